"""Turn analyses into plain records, JSON, JSONL, CSV tables and tidy pandas DataFrames.

The JSON schema is documented in the README ("Output"); every key there comes from `article_record`.
"""

from __future__ import annotations

import dataclasses
import json
import math
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any, TextIO

import pandas as pd

from framing.pipeline import ArticleAnalysis

SCHEMA_VERSION = "1"
ARTICLE_COLUMNS = ("id", "source", "outlet", "title", "published", "story", "url", "status", "error")
TABLES = ("articles", "removed", "quotes", "speakers", "actors", "mentions", "framing", "readability")


def plain(value: Any) -> Any:
    """A JSON-ready copy of `value`: dataclasses and mappings to dicts, tuples to lists, NaN to None."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {item.name: plain(getattr(value, item.name)) for item in dataclasses.fields(value)}
    if isinstance(value, Mapping):
        return {str(key): plain(item) for key, item in value.items()}
    if isinstance(value, (list, tuple)):
        return [plain(item) for item in value]
    if isinstance(value, float) and not math.isfinite(value):
        return None
    return value


def article_record(analysis: ArticleAnalysis) -> dict[str, Any]:
    """One article's analysis as a JSON-ready dict (the documented output schema)."""
    article = analysis.article
    document = analysis.document
    return {
        **{name: getattr(article, name) for name in ARTICLE_COLUMNS if name not in ("status", "error")},
        "meta": dict(article.meta),
        "status": analysis.status,
        "error": analysis.error,
        "paragraphs": len(document.paragraphs) if document else 0,
        "sentences": len(document.sentences) if document else 0,
        "words": document.n_words if document else 0,
        "removed": [
            {"text": line.text, "reason": line.reason, "rule": line.rule, "start": line.start, "end": line.end}
            for line in analysis.removed
        ],
        "readability": plain(analysis.readability),
        "author_readability": plain(analysis.author_readability),
        "quotes": plain(analysis.quotes),
        "speakers": plain(analysis.speakers),
        "actors": plain(analysis.actors),
        "mentions": plain(analysis.mentions),
        "framing": plain(analysis.framing),
        "framing_summary": plain(analysis.framing_summary),
    }


def to_json(analyses: Sequence[ArticleAnalysis]) -> str:
    """One JSON document with a top-level "articles" list."""
    document = {"schema_version": SCHEMA_VERSION, "articles": [article_record(item) for item in analyses]}
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


def json_article(analysis: ArticleAnalysis) -> str:
    """One article as it sits in the `to_json` document (indented, after a line break), for `write_json_stream`."""
    return "\n    " + json.dumps(article_record(analysis), ensure_ascii=False, indent=2).replace("\n", "\n    ")


def write_json_stream(pieces: Iterable[str], stream: TextIO) -> int:
    """Write the `to_json` document article by article from `json_article` pieces (same bytes); returns how many."""
    stream.write('{\n  "schema_version": ' + json.dumps(SCHEMA_VERSION) + ',\n  "articles": [')
    count = 0
    for piece in pieces:
        stream.write(("," if count else "") + piece)
        count += 1
    stream.write("\n  ]\n}\n" if count else "]\n}\n")
    return count


def to_jsonl(analyses: Iterable[ArticleAnalysis]) -> Iterable[str]:
    """One JSON line an article."""
    for analysis in analyses:
        yield jsonl_line(analysis)


def jsonl_line(analysis: ArticleAnalysis) -> str:
    """One article as a JSON line."""
    return json.dumps(article_record(analysis), ensure_ascii=False) + "\n"


def to_frame(analyses: ArticleAnalysis | Sequence[ArticleAnalysis], table: str = "articles") -> pd.DataFrame:
    """A tidy DataFrame of one table (see `TABLES`): one row an article, quote, hit, mention ..."""
    if isinstance(analyses, ArticleAnalysis):
        analyses = [analyses]
    if table not in TABLES:
        raise ValueError(f"unknown table {table!r}; choose one of {', '.join(TABLES)}")
    rows: list[dict[str, Any]] = []
    for analysis in analyses:
        record = article_record(analysis)
        keys = {"article_id": record["id"], "outlet": record["outlet"], "story": record["story"]}
        if table == "articles":
            rows.append(_article_row(record))
        elif table == "readability":
            rows.extend(
                {**keys, "voice": voice, "metric": metric, "value": value}
                for voice, scores in (("all", record["readability"]), ("author", record["author_readability"]))
                for metric, value in scores.items()
            )
        elif table == "speakers":
            rows.extend({**keys, **row} for row in _speaker_rows(record["speakers"]))
        else:
            rows.extend({**keys, **_flat(item)} for item in record[table])
    return pd.DataFrame(rows)


def _article_row(record: Mapping[str, Any]) -> dict[str, Any]:
    """The one-row-an-article summary: metadata, counts and readability scores."""
    row = {name: record[name] for name in ARTICLE_COLUMNS}
    row.update(paragraphs=record["paragraphs"], sentences=record["sentences"], words=record["words"])
    row.update(removed_lines=len(record["removed"]), quotes=len(record["quotes"]), framing_hits=len(record["framing"]))
    row.update(record["readability"])
    return row


def _speaker_rows(speakers: Any) -> list[dict[str, Any]]:
    """Per-speaker and per-side rows from the quotes stage's summary (`level` says which)."""
    if not speakers:
        return []
    return [{"level": level[:-1], **_flat(item)} for level in ("speakers", "sides") for item in speakers.get(level, [])]


def _flat(item: Mapping[str, Any]) -> dict[str, Any]:
    """Lists and dicts inside a row become JSON strings so every cell is a scalar."""
    return {
        key: json.dumps(value, ensure_ascii=False) if isinstance(value, (list, dict)) else value
        for key, value in item.items()
    }


def write_csv_tables(analyses: Sequence[ArticleAnalysis], folder: Path) -> list[Path]:
    """Write every table as `<folder>/<table>.csv`; returns the paths written."""
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for table in TABLES:
        path = folder / f"{table}.csv"
        to_frame(analyses, table).to_csv(path, index=False, lineterminator="\n")
        written.append(path)
    return written
