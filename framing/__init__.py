"""framing: media-bias and framing analysis of news articles, reproducible and inspectable.

Everything is one import away: `framing.load_corpus`, `framing.analyze`, `framing.to_frame`,
`framing.compare` and the records they return.
"""

__version__ = "0.1.0"

from framing.compare import compare, comparison_grid
from framing.corpus import Article, load_corpus
from framing.document import Document, Paragraph, RemovedLine, Sentence, Token
from framing.errors import FramingError, InputError
from framing.output import article_record, to_frame, to_json, to_jsonl
from framing.pipeline import STAGES, ArticleAnalysis, Options, Stage, analyze
from framing.readability import readability
from framing.segment import make_document

__all__ = [
    "Article",
    "ArticleAnalysis",
    "Document",
    "FramingError",
    "InputError",
    "Options",
    "Paragraph",
    "RemovedLine",
    "STAGES",
    "Sentence",
    "Stage",
    "Token",
    "analyze",
    "article_record",
    "compare",
    "comparison_grid",
    "load_corpus",
    "make_document",
    "readability",
    "to_frame",
    "to_json",
    "to_jsonl",
]
