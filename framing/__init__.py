"""framing: media-bias and framing analysis of news articles, reproducible and inspectable.

Everything is one import away: load articles, analyse them, get tidy tables, compare outlets, or
call any stage on its own (quotes, actors, sentiment toward a target, lexicon hits, readability).
"""

__version__ = "0.1.0"

from framing.actors import Actor, ActorIndex, ActorSummary, Mention, MentionSentiment, actor_sentiment, actor_summary, find_actors, load_registry
from framing.compare import MEASURES, Bootstrap, Measure, compare, comparison_grid, outlet_differences
from framing.distinctive import DistinctiveTerm, LogOddsDirichlet, distinctive_terms
from framing.corpus import Article, load_corpus, truncate_words
from framing.document import Document, Paragraph, RemovedLine, Sentence, Token
from framing.errors import FramingError, InputError
from framing.figures import Figure, FigureCitation, FigureDifference, NameVariant, chosen_figures, figure_citations, figure_differences, find_figures, name_variants, person_names
from framing.classroom.selection import ExerciseOptions
from framing.exercise import exercise_sheets, render_exercises, render_interactive
from framing.features import FramingFeatures, feature_table
from framing.lexicons import FramingSummary, Hit, Lexicon, LexiconEntry, LexiconSet, default_lexicons, find_hits, framing_summary, load_lexicon, load_lexicons
from framing.output import TABLES, article_record, to_frame, to_json, to_jsonl, write_parquet_tables
from framing.pipeline import STAGES, ArticleAnalysis, Options, Stage
from framing.quotes import Quote, SpeakerSummary, extract_quotes, speaker_summary
from framing.readability import readability
from framing.report import build_report, render_report, write_report
from framing.results import AnalysisResult, analyze, analyze_text
from framing.segment import make_document
from framing.shared_copy import SharedPassage, SharedShare, find_shared_copy, shared_shares
from framing.stories import assign_stories, group_by_similarity
from framing.sentiment import TargetSentiment, TargetSentimentClassifier, sentiment_toward, sentiment_toward_many
from framing.targets import is_sentiment_target, target_role

__all__ = [
    "MEASURES", "STAGES", "TABLES",
    "Actor", "ActorIndex", "AnalysisResult", "ActorSummary", "Article", "ArticleAnalysis", "Document", "FramingError", "FramingFeatures", "FramingSummary",
    "Hit", "InputError", "Lexicon", "LexiconEntry", "LexiconSet", "Measure", "Mention", "MentionSentiment", "Options",
    "Paragraph", "Quote", "RemovedLine", "Sentence", "SpeakerSummary", "Stage", "TargetSentiment",
    "TargetSentimentClassifier", "Token",
    "actor_sentiment", "actor_summary", "analyze", "analyze_text", "article_record", "compare", "comparison_grid", "default_lexicons",
    "extract_quotes", "feature_table", "find_actors", "find_hits", "framing_summary", "load_corpus", "load_lexicon", "load_lexicons",
    "Figure", "FigureCitation", "FigureDifference", "NameVariant", "SharedPassage", "SharedShare",
    "Bootstrap", "DistinctiveTerm", "LogOddsDirichlet",
    "assign_stories", "build_report", "distinctive_terms", "group_by_similarity", "outlet_differences", "write_report",
    "chosen_figures", "figure_citations", "figure_differences", "find_figures", "find_shared_copy", "name_variants", "person_names", "shared_shares",
    "load_registry", "make_document", "readability", "render_exercises", "render_interactive", "exercise_sheets", "ExerciseOptions", "render_report", "sentiment_toward", "sentiment_toward_many",
    "speaker_summary", "to_frame", "to_json", "to_jsonl", "truncate_words", "write_parquet_tables",
    "is_sentiment_target", "target_role",
]
