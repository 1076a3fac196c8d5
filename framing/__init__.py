"""framing: media-bias and framing analysis of news articles, reproducible and inspectable.

Everything is one import away: load articles, analyse them, get tidy tables, compare outlets, or
call any stage on its own (quotes, actors, sentiment toward a target, lexicon hits, readability).
"""

__version__ = "0.1.0"

from framing.actors import Actor, ActorIndex, ActorSummary, Mention, MentionSentiment, actor_sentiment, actor_summary, find_actors, load_registry
from framing.compare import MEASURES, Measure, compare, comparison_grid
from framing.corpus import Article, load_corpus
from framing.document import Document, Paragraph, RemovedLine, Sentence, Token
from framing.errors import FramingError, InputError
from framing.exercise import render_exercises, story_questions
from framing.lexicons import FramingSummary, Hit, Lexicon, LexiconEntry, LexiconSet, default_lexicons, find_hits, framing_summary, load_lexicon, load_lexicons
from framing.output import TABLES, article_record, to_frame, to_json, to_jsonl
from framing.pipeline import STAGES, ArticleAnalysis, Options, Stage, analyze
from framing.quotes import Quote, SpeakerSummary, extract_quotes, speaker_summary
from framing.readability import readability
from framing.report import render_report
from framing.segment import make_document
from framing.sentiment import TargetSentiment, TargetSentimentClassifier, sentiment_toward, sentiment_toward_many
from framing.targets import is_sentiment_target, target_role

__all__ = [
    "MEASURES", "STAGES", "TABLES",
    "Actor", "ActorIndex", "ActorSummary", "Article", "ArticleAnalysis", "Document", "FramingError", "FramingSummary",
    "Hit", "InputError", "Lexicon", "LexiconEntry", "LexiconSet", "Measure", "Mention", "MentionSentiment", "Options",
    "Paragraph", "Quote", "RemovedLine", "Sentence", "SpeakerSummary", "Stage", "TargetSentiment",
    "TargetSentimentClassifier", "Token",
    "actor_sentiment", "actor_summary", "analyze", "article_record", "compare", "comparison_grid", "default_lexicons",
    "extract_quotes", "find_actors", "find_hits", "framing_summary", "load_corpus", "load_lexicon", "load_lexicons",
    "load_registry", "make_document", "readability", "render_exercises", "render_report", "sentiment_toward", "sentiment_toward_many",
    "speaker_summary", "story_questions", "to_frame", "to_json", "to_jsonl",
    "is_sentiment_target", "target_role",
]
