"""framing: media-bias and framing analysis of news articles, reproducible and inspectable.

Everything is one import away: load articles, analyse them, get tidy tables, compare outlets, or
call any stage on its own (quotes, actors, sentiment toward a target, lexicon hits, readability).
"""

__version__ = "0.1.0"

import importlib
import sys
import types
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
    "link_speakers": "framing.actors",
    "load_registry": "framing.actors",
    "MEASURES": "framing.compare",
    "Bootstrap": "framing.compare",
    "Measure": "framing.compare",
    "compare": "framing.compare",
    "compare_records": "framing.compare",
    "iter_analysed": "framing.analysed",
    "comparison_grid": "framing.compare",
    "outlet_differences": "framing.compare",
    "DistinctiveTerm": "framing.distinctive",
    "LogOddsDirichlet": "framing.distinctive",
    "distinctive_terms": "framing.distinctive",
    "Article": "framing.corpus",
    "load_corpus": "framing.corpus",
    "truncate_words": "framing.corpus",
    "Document": "framing.document",
    "Paragraph": "framing.document",
    "RemovedLine": "framing.document",
    "Sentence": "framing.document",
    "Token": "framing.document",
    "FramingError": "framing.errors",
    "InputError": "framing.errors",
    "Figure": "framing.figures",
    "FigureCitation": "framing.figures",
    "FigureDifference": "framing.figures",
    "NameVariant": "framing.figures",
    "chosen_figures": "framing.figures",
    "figure_citations": "framing.figures",
    "figure_differences": "framing.figures",
    "find_figures": "framing.figures",
    "name_variants": "framing.figures",
    "person_names": "framing.figures",
    "ExerciseOptions": "framing.classroom.selection",
    "exercise_sheets": "framing.exercise",
    "render_exercises": "framing.exercise",
    "render_interactive": "framing.exercise",
    "FramingFeatures": "framing.features",
    "feature_table": "framing.features",
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
    "write_parquet_tables": "framing.output",
    "STAGES": "framing.pipeline",
    "ArticleAnalysis": "framing.pipeline",
    "Options": "framing.pipeline",
    "Stage": "framing.pipeline",
    "Quote": "framing.quotes",
    "SpeakerSummary": "framing.quotes",
    "extract_quotes": "framing.quotes",
    "speaker_choices": "framing.quotes",
    "SpeakerCandidate": "framing.attribution",
    "SpeakerRanker": "framing.attribution",
    "ReportedSpeech": "framing.speech",
    "reported_speech": "framing.speech",
    "speech_verbs": "framing.speech",
    "framing_hits": "framing.pipeline",
    "speaker_summary": "framing.quotes",
    "readability": "framing.readability",
    "build_report": "framing.report",
    "render_report": "framing.report",
    "write_report": "framing.report",
    "AnalysisResult": "framing.results",
    "analyze": "framing.results",
    "analyze_text": "framing.results",
    "make_document": "framing.segment",
    "SharedPassage": "framing.shared_copy",
    "SharedShare": "framing.shared_copy",
    "find_shared_copy": "framing.shared_copy",
    "shared_shares": "framing.shared_copy",
    "assign_stories": "framing.stories",
    "group_by_similarity": "framing.stories",
    "TargetSentiment": "framing.sentiment",
    "TargetSentimentClassifier": "framing.sentiment",
    "sentiment_toward": "framing.sentiment",
    "sentiment_toward_many": "framing.sentiment",
    "is_sentiment_target": "framing.targets",
    "target_role": "framing.targets",
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


class _PublicModule(types.ModuleType):
    """Keeps `framing.compare` and `framing.readability` the public functions: importing the submodule
    of the same name must not rebind the package attribute to the module."""

    def __setattr__(self, name: str, value: Any) -> None:
        if isinstance(value, types.ModuleType) and name in _EXPORTS and value.__name__ == f"{__name__}.{name}":
            return
        super().__setattr__(name, value)


sys.modules[__name__].__class__ = _PublicModule


def __dir__() -> list[str]:
    """The public names, for tab completion."""
    return sorted([*globals(), *_EXPORTS])


__all__ = sorted(_EXPORTS)
