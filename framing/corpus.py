"""Load articles from a folder of .txt files (with an optional manifest), CSV, JSONL, Parquet or one .txt.

Whole-input problems (missing path, unreadable table, unknown column) raise `InputError`; a problem
with one article (undecodable file, empty text) is kept on that article as `error`, so every input
article appears in the output.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

import charset_normalizer

from framing import errors
from framing.errors import InputError

METADATA_FIELDS = ("outlet", "title", "published", "story", "url")
MANIFEST_NAME = "manifest.csv"
TABLE_SUFFIXES = (".csv", ".jsonl", ".parquet")
# Tried before open detection: short English news text is otherwise often mistaken for cp1250.
WESTERN_ENCODINGS = ["utf_16", "cp1252", "iso8859_15", "latin_1", "mac_roman"]


@dataclass(frozen=True)
class Article:
    """One input article: its text, where it came from, and its metadata."""

    id: str
    text: str
    source: str
    outlet: str | None = None
    title: str | None = None
    published: str | None = None
    story: str | None = None
    url: str | None = None
    meta: Mapping[str, str] = field(default_factory=dict, hash=False)
    error: str | None = None


def load_corpus(
    path: str | Path,
    text_column: str = "text",
    id_column: str = "id",
    columns: Mapping[str, str] | None = None,
) -> tuple[Article, ...]:
    """Articles from `path`; for tables, `text_column`/`id_column` name the columns and
    `columns` maps metadata fields (outlet, title, published, story, url) to other column names."""
    path = Path(path)
    if not path.exists():
        raise InputError("E001", errors.E001.format(path=path))
    if path.is_dir():
        return load_folder(path)
    suffix = path.suffix.lower()
    if suffix == ".txt":
        manifest_path = path.parent / MANIFEST_NAME
        manifest = read_manifest(manifest_path) if manifest_path.exists() else {}
        return (read_text_article(path, path.stem, manifest.get(path.name)),)
    if suffix in TABLE_SUFFIXES:
        rows = read_table(path)
        return articles_from_rows(path, rows, text_column, id_column, dict(columns or {}))
    raise InputError("E002", errors.E002.format(path=path))


def decode_bytes(data: bytes) -> tuple[str, str]:
    """Text and encoding name: UTF-8 (BOM stripped) first, then Western single-byte encodings,
    then whatever charset-normalizer detects. Raises UnicodeError when nothing fits the bytes.
    """
    try:
        return data.decode("utf-8-sig"), "utf-8"
    except UnicodeDecodeError as exc:
        for isolation in (WESTERN_ENCODINGS, None):
            best = charset_normalizer.from_bytes(data, cp_isolation=isolation).best()
            if best is not None and best.encoding is not None:
                return str(best), best.encoding
        raise UnicodeError(str(exc)) from exc


def read_text_article(path: Path, article_id: str, metadata: Mapping[str, str] | None = None) -> Article:
    """One .txt file as an Article; an undecodable or empty file becomes an Article with `error`."""
    metadata = dict(metadata or {})
    known = {name: metadata.pop(name) or None for name in METADATA_FIELDS if name in metadata}
    text, error = "", None
    try:
        text, encoding = decode_bytes(path.read_bytes())
        if encoding != "utf-8":
            metadata["encoding"] = encoding
    except UnicodeError as exc:
        error = errors.E003.format(path=path, detail=exc)
    if error is None and not text.strip():
        error = errors.E012.format(path=path)
    return Article(id=article_id, text=text, source=str(path), meta=metadata, error=error, **known)


def load_folder(folder: Path) -> tuple[Article, ...]:
    """Every .txt file in `folder` (sorted by name), with metadata from `manifest.csv` if present."""
    files = sorted(path for path in folder.iterdir() if path.suffix.lower() == ".txt" and path.is_file())
    manifest_path = folder / MANIFEST_NAME
    manifest = read_manifest(manifest_path) if manifest_path.exists() else {}
    if not files and not manifest:
        raise InputError("E006", errors.E006.format(path=folder))
    articles = [read_text_article(path, path.stem, manifest.get(path.name)) for path in files]
    present = {path.name for path in files}
    for row_number, name in enumerate(manifest, start=2):
        if name not in present:
            articles.append(
                Article(
                    id=Path(name).stem,
                    text="",
                    source=str(folder / name),
                    error=errors.E007.format(path=manifest_path, row=row_number, file=name),
                )
            )
    return tuple(articles)


def read_manifest(path: Path) -> dict[str, dict[str, str]]:
    """File name to its metadata row from a manifest CSV with a `file` column."""
    rows = read_table(path)
    if rows and "file" not in rows[0]:
        raise InputError("E004", errors.E004.format(path=path, column="file", columns=sorted(rows[0])))
    return {row["file"]: {key: value for key, value in row.items() if key != "file"} for row in rows}


def read_table(path: Path) -> list[dict[str, str]]:
    """Rows of a CSV, JSONL or Parquet file as dicts of strings (missing values as '')."""
    suffix = path.suffix.lower()
    if suffix == ".parquet":
        return read_parquet(path)
    try:
        text, _ = decode_bytes(path.read_bytes())
    except UnicodeError as exc:
        raise InputError("E003", errors.E003.format(path=path, detail=exc)) from exc
    if suffix == ".jsonl":
        return read_jsonl_rows(path, text)
    try:
        return [{key: value or "" for key, value in row.items() if key is not None} for row in csv.DictReader(io.StringIO(text))]
    except csv.Error as exc:
        raise InputError("E008", errors.E008.format(path=path, kind="CSV", detail=exc)) from exc


def read_jsonl_rows(path: Path, text: str) -> list[dict[str, str]]:
    """Rows of a JSONL text, each a JSON object; blank lines are skipped."""
    rows = []
    for line_number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            raise InputError("E005", errors.E005.format(path=path, line=line_number, detail=exc.msg)) from exc
        if not isinstance(record, dict):
            raise InputError("E005", errors.E005.format(path=path, line=line_number, detail="not an object"))
        rows.append({key: "" if value is None else str(value) for key, value in record.items()})
    return rows


def read_parquet(path: Path) -> list[dict[str, str]]:
    """Rows of a Parquet file (needs pyarrow) as dicts of strings."""
    import pandas as pd

    try:
        frame = pd.read_parquet(path)
    except ImportError as exc:
        raise InputError("E011", errors.E011.format(path=path)) from exc
    except Exception as exc:  # pyarrow raises several unrelated types for corrupt files
        raise InputError("E008", errors.E008.format(path=path, kind="Parquet", detail=exc)) from exc
    frame = frame.astype(object).where(frame.notna(), "")
    return [{str(key): str(value) for key, value in row.items()} for row in frame.to_dict(orient="records")]


def articles_from_rows(
    path: Path,
    rows: Iterable[Mapping[str, str]],
    text_column: str,
    id_column: str,
    columns: Mapping[str, str],
) -> tuple[Article, ...]:
    """Articles from table rows; ids from `id_column` when present, else `<file stem>-<row>`."""
    rows = list(rows)
    available = sorted(rows[0]) if rows else []
    for column in (text_column, *columns.values()):
        if rows and column not in rows[0]:
            raise InputError("E004", errors.E004.format(path=path, column=column, columns=available))
    field_columns = {name: columns.get(name, name) for name in METADATA_FIELDS}
    used = {text_column, id_column, *field_columns.values()}
    articles, seen = [], {}
    for row_number, row in enumerate(rows, start=1):
        article_id = row.get(id_column) or f"{path.stem}-{row_number}"
        if article_id in seen:
            raise InputError(
                "E009", errors.E009.format(path=path, id=article_id, first=seen[article_id], second=row_number)
            )
        seen[article_id] = row_number
        text = row.get(text_column, "")
        articles.append(
            Article(
                id=article_id,
                text=text,
                source=f"{path}#row={row_number}",
                meta={key: value for key, value in row.items() if key not in used},
                error=None if text.strip() else errors.E010.format(path=path, row=row_number, column=text_column),
                **{name: row.get(column) or None for name, column in field_columns.items()},
            )
        )
    return tuple(articles)
