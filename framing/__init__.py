"""framing: media-bias and framing analysis of news articles, reproducible and inspectable.

Everything is one import away: load articles, analyse them, get tidy tables, compare outlets, or
call any stage on its own (quotes, actors, sentiment toward a target, lexicon hits, readability).
"""

__version__ = "0.1.0"

import importlib
from typing import Any

_EXPORTS = {
    "Actor": "framing.actors",
    "ActorIndex": "framing.actors",
    "ActorSummary": "framing.actors",
    "Mention": "framing.actors",
    "MentionSentiment": "framing.actors",
    "actor_sentiment": "framing.actors",
    "actor_summary": "framing.actors",
    "find_actors": "framing.actors",
    "load_registry": "framing.actors",
    "MEASURES": "framing.compare",
    "Measure": "framing.compare",
    "compare": "framing.compare",
    "comparison_grid": "framing.compare",
    "Article": "framing.corpus",
    "load_corpus": "framing.corpus",
    "Document": "framing.document",
    "Paragraph": "framing.document",
    "RemovedLine": "framing.document",
    "Sentence": "framing.document",
    "Token": "framing.document",
    "FramingError": "framing.errors",
    "InputError": "framing.errors",
    "render_exercises": "framing.exercise",
    "story_questions": "framing.exercise",
    "FramingSummary": "framing.lexicons",
    "Hit": "framing.lexicons",
    "Lexicon": "framing.lexicons",
    "LexiconEntry": "framing.lexicons",
    "LexiconSet": "framing.lexicons",
    "default_lexicons": "framing.lexicons",
    "find_hits": "framing.lexicons",
    "framing_summary": "framing.lexicons",
    "load_lexicon": "framing.lexicons",
    "load_lexicons": "framing.lexicons",
    "TABLES": "framing.output",
    "article_record": "framing.output",
    "to_frame": "framing.output",
    "to_json": "framing.output",
    "to_jsonl": "framing.output",
    "STAGES": "framing.pipeline",
    "ArticleAnalysis": "framing.pipeline",
    "Options": "framing.pipeline",
    "Stage": "framing.pipeline",
    "analyze": "framing.pipeline",
    "Quote": "framing.quotes",
    "SpeakerSummary": "framing.quotes",
    "extract_quotes": "framing.quotes",
    "speaker_summary": "framing.quotes",
    "readability": "framing.readability",
    "render_report": "framing.report",
    "make_document": "framing.segment",
    "TargetSentiment": "framing.sentiment",
    "TargetSentimentClassifier": "framing.sentiment",
    "sentiment_toward": "framing.sentiment",
    "sentiment_toward_many": "framing.sentiment",
}
"""Public name -> the module defining it: imported on first use, so `framing --help` does not load
scikit-learn, pandas or jinja2 (PEP 562 module __getattr__)."""


def __getattr__(name: str) -> Any:
    """Import the module of a public name on first access."""
    if name not in _EXPORTS:
        raise AttributeError(f"module 'framing' has no attribute {name!r}")
    value = getattr(importlib.import_module(_EXPORTS[name]), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    """The public names, for tab completion."""
    return sorted([*globals(), *_EXPORTS])


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
]
