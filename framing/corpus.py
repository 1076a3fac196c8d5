"""Load articles from a folder of .txt files (with an optional manifest), CSV, JSONL, Parquet or one .txt.

Whole-input problems (missing path, unreadable table, unknown column) raise `InputError`; a problem
with one article (unreadable or undecodable file, broken link, empty text, a web page that yields no
article) is kept on that article as `error`, so every input article appears in the output. What was
done to an article's text on the way in (a web page's article extracted, a long text truncated) is
kept on it as `warnings`.
"""

from __future__ import annotations

import codecs
import csv
import dataclasses
import errno
import html
import io
import itertools
import json
import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path

import charset_normalizer

from framing import errors
from framing.errors import InputError

METADATA_FIELDS = ("outlet", "title", "published", "story", "url")
MANIFEST_NAME = "manifest.csv"
TABLE_SUFFIXES = (".csv", ".jsonl", ".parquet")
PARQUET_BATCH_ROWS = 256
"""Parquet rows read at a time: memory stays flat however many rows the file has."""
# Tried before open detection: short English news text is otherwise often mistaken for cp1250.
WESTERN_ENCODINGS = ["utf_16", "cp1252", "iso8859_15", "latin_1", "mac_roman"]
# A web page saved as text: a doctype or <html> at the start, or known tags with at least one closed.
# (A comment cannot contain "-->", so each is matched one way only: no backtracking blow-up.)
HTML_START = re.compile(r"\s*(?:<!--(?:(?!-->).)*-->\s*)*<(?:!doctype\s+html|html[\s>]|head[\s>]|body[\s>])", re.IGNORECASE | re.DOTALL)
HTML_TAG = re.compile(
    r"<(/?)(?:html|head|body|title|meta|link|script|style|nav|header|footer|main|article|section|aside|div|span|"
    r"p|br|hr|a|img|figure|figcaption|h[1-6]|ul|ol|li|table|tr|td|th|strong|em|b|i|blockquote|noscript|iframe)"
    r"(?:\s[^<>]*)?/?>",
    re.IGNORECASE,
)
HTML_MIN_TAGS = 2
# Character references (&ldquo; &#8217; &amp;) left in text that has no tags: decoded, with a warning.
HTML_ENTITY = re.compile(r"&(?:[A-Za-z][A-Za-z0-9]{1,9}|#[0-9]{2,7}|#[xX][0-9A-Fa-f]{2,6});")
HTML_MIN_ENTITIES = 2
WORD = re.compile(r"\S+")


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
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True)
class BadRow:
    """A table row that could not be read (a JSONL line that is not a JSON object): it becomes an error article."""

    line: int
    error: str


def load_corpus(
    path: str | Path,
    text_column: str = "text",
    id_column: str = "id",
    columns: Mapping[str, str] | None = None,
) -> tuple[Article, ...]:
    """Articles from `path`; for tables, `text_column`/`id_column` name the columns and
    `columns` maps metadata fields (outlet, title, published, story, url) to other column names."""
    return tuple(iter_corpus(path, text_column, id_column, columns))


def iter_corpus(
    path: str | Path,
    text_column: str = "text",
    id_column: str = "id",
    columns: Mapping[str, str] | None = None,
) -> Iterator[Article]:
    """`load_corpus` one article at a time: CSV, JSONL and Parquet are read row by row, so memory
    stays flat however long the table is. Whole-input problems raise `InputError` before the first
    article (missing path, unsupported file, unknown column) or when met (a duplicate id)."""
    parts = partitions(path)
    if parts is not None:
        return itertools.chain.from_iterable(iter_corpus(part, text_column, id_column, columns) for part in parts)
    path = Path(path)
    if not path.exists():
        raise InputError("E001", errors.E001.format(path=path))
    if path.is_dir():
        return iter(load_folder(path))
    suffix = path.suffix.lower()
    if suffix == ".txt":
        manifest_path = path.parent / MANIFEST_NAME
        manifest = read_manifest(manifest_path) if manifest_path.exists() else {}
        return iter((read_text_article(path, path.stem, manifest.get(path.name)),))
    if suffix in TABLE_SUFFIXES:
        rows = iter_table(path)
        first = next(rows, None)  # read now, so a bad file or column fails before any article is used
        rows = itertools.chain([first], rows) if first is not None else iter(())
        articles = iter_articles_from_rows(path, rows, text_column, id_column, dict(columns or {}), first)
        return articles
    raise InputError("E002", errors.E002.format(path=path))


def partitions(path: str | Path) -> list[Path] | None:
    """The parts of a partitioned corpus, sorted: the matches of a glob (`data/part-*.jsonl`), or the
    .jsonl, .csv and .parquet files of a folder that holds no .txt file; None for any other input.
    A glob that matches nothing raises `InputError`."""
    path = Path(path)
    if not path.exists() and any(char in str(path) for char in "*?["):
        parts = sorted(match for match in path.parent.glob(path.name) if match.is_file())
        if not parts:
            raise InputError("E001", errors.E001.format(path=path))
        return parts
    if path.is_dir():
        try:
            entries = sorted(path.iterdir())
        except OSError:
            return None
        if any(entry.suffix.lower() == ".txt" for entry in entries) or (path / MANIFEST_NAME).exists():
            return None
        parts = [entry for entry in entries if entry.suffix.lower() in TABLE_SUFFIXES and entry.is_file()]
        return parts or None
    return None


def decode_bytes(data: bytes) -> tuple[str, str]:
    """Text and encoding name: UTF-16 without a byte-order mark (else it passes as UTF-8 with a NUL
    between letters), UTF-8 (BOM stripped), then Western single-byte encodings, then whatever
    charset-normalizer detects. Raises UnicodeError when nothing fits the bytes.
    """
    codec = utf16_without_bom(data)
    if codec is not None:
        try:
            return data.decode(codec), codec
        except UnicodeDecodeError:
            pass
    try:
        return data.decode("utf-8-sig"), "utf-8"
    except UnicodeDecodeError as exc:
        for isolation in (WESTERN_ENCODINGS, None):
            best = charset_normalizer.from_bytes(data, cp_isolation=isolation).best()
            if best is not None and best.encoding is not None:
                return str(best), best.encoding
        raise UnicodeError(str(exc)) from exc


def utf16_without_bom(data: bytes) -> str | None:
    """"utf_16_le" or "utf_16_be" when `data` has no byte-order mark but a NUL byte beside most
    characters, as UTF-16 text in a Latin script has; else None."""
    if len(data) < 4 or len(data) % 2 or data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        return None
    half = len(data) // 2
    even, odd = data[0::2].count(0), data[1::2].count(0)
    if odd > 0.4 * half and even < 0.05 * half:
        return "utf_16_le"
    if even > 0.4 * half and odd < 0.05 * half:
        return "utf_16_be"
    return None


def read_text_article(path: Path, article_id: str, metadata: Mapping[str, str] | None = None) -> Article:
    """One .txt file as an Article. A file that cannot be read or decoded, an empty one, or a web page
    with no extractable article becomes an Article with `error`; a web page's extracted article text
    is used instead of its markup, with a warning."""
    metadata = dict(metadata or {})
    known = {name: metadata.pop(name) or None for name in METADATA_FIELDS if name in metadata}
    text, error, warnings = "", None, ()
    try:
        if path.exists() and not path.is_file() and not path.is_dir():
            raise OSError(errno.EINVAL, "not a regular file, but a pipe, socket or device")
        text, encoding = decode_bytes(path.read_bytes())
        if encoding != "utf-8":
            metadata["encoding"] = encoding
    except OSError as exc:
        error = read_error(path, exc)
    except UnicodeError as exc:
        error = errors.message("E003", path=path, detail=exc)
    if error is None and looks_like_html(text):
        try:
            text, title, extractor = extract_html_article(text)
        except HtmlError as exc:
            text, error = "", errors.message(exc.code, path=path)
        else:
            metadata.update(extracted_from="html", extractor=extractor)
            known["title"] = known.get("title") or title
            warnings = (errors.message("W001", path=path, extractor=extractor),)
    elif error is None and has_html_entities(text):
        text = html.unescape(text)
        warnings = (errors.message("W003", path=path),)
    if error is None and not text.strip():
        error = errors.message("E012", path=path)
    return Article(id=article_id, text=text, source=str(path), meta=metadata, error=error, warnings=warnings, **known)


def read_error(path: Path, exc: OSError) -> str:
    """The one-line message for a file that could not be read: a folder, a broken link, no permission ..."""
    if path.is_dir():
        return errors.message("E013", path=path)
    if path.is_symlink() and not path.exists():
        return errors.message("E014", path=path, target=path.readlink())
    return errors.message("E015", path=path, detail=exc.strerror or exc.__class__.__name__)


class HtmlError(Exception):
    """A web page whose article text cannot be extracted; `code` names the error message."""

    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code


def looks_like_html(text: str) -> bool:
    """True for a web page or HTML fragment saved as text: markup must never be analysed as words."""
    if HTML_START.match(text):
        return True
    tags = 0
    closed = False
    for match in HTML_TAG.finditer(text):
        tags += 1
        closed = closed or bool(match.group(1))
        if tags >= HTML_MIN_TAGS and closed:
            return True
    return False


def has_html_entities(text: str) -> bool:
    """True when `text` holds HTML character references (&ldquo;, &#8217;) that decode to something
    else: a quote written as &ldquo;...&rdquo; would otherwise be missed and the entity read as a word."""
    found = HTML_ENTITY.findall(text, 0, len(text))
    return len(found) >= HTML_MIN_ENTITIES and any(html.unescape(entity) != entity for entity in found)


def extract_html_article(markup: str) -> tuple[str, str | None, str]:
    """The article text and title of a web page, and the extractor used (trafilatura, extra `html`).

    trafilatura drops navigation, scripts, styles and comments and decodes entities (&ldquo;);
    it works on the markup alone and fetches nothing. Raises HtmlError when it is not installed or
    finds no article text.
    """
    try:
        import trafilatura
    except ImportError:
        raise HtmlError("E016") from None
    result = trafilatura.bare_extraction(
        markup, with_metadata=True, include_comments=False, include_tables=False, deduplicate=False
    )
    text = (getattr(result, "text", None) or "").strip()
    if not text:
        raise HtmlError("E017")
    return text, getattr(result, "title", None) or None, f"trafilatura {trafilatura.__version__}"


def truncate_words(article: Article, max_words: int) -> Article:
    """`article` cut after its first `max_words` words (runs of non-space characters), with a warning
    saying so; unchanged when it is no longer. The kept text is a prefix, so offsets still hold."""
    if max_words < 1:
        raise ValueError(f"max_words must be at least 1, not {max_words}")
    if article.error:
        return article
    end = 0
    for count, match in enumerate(WORD.finditer(article.text), start=1):
        if count == max_words:
            end = match.end()
        elif count > max_words:
            break
    else:
        return article
    total = sum(1 for _ in WORD.finditer(article.text))
    warning = errors.message("W002", path=article.source, kept=max_words, total=total)
    return dataclasses.replace(article, text=article.text[:end], warnings=(*article.warnings, warning))


def load_folder(folder: Path) -> tuple[Article, ...]:
    """Every .txt entry in `folder` (sorted by name), with metadata from `manifest.csv` if present.

    An entry named .txt that is not a readable file (a folder, a broken link, no permission) and a
    second file with the same id (a.txt, a.TXT) become error articles, never silently skipped.
    """
    try:
        entries = sorted(folder.iterdir())
    except OSError as exc:
        raise InputError("E015", errors.E015.format(path=folder, detail=exc.strerror or exc.__class__.__name__)) from exc
    files = [path for path in entries if path.suffix.lower() == ".txt"]
    manifest_path = folder / MANIFEST_NAME
    manifest = read_manifest(manifest_path) if manifest_path.exists() else {}
    if not files and not manifest:
        others = [path.name for path in entries if path.name != MANIFEST_NAME]
        detail = f" (only {len(others)} other entries: {', '.join(others[:5])}{', ...' if len(others) > 5 else ''})" if others else ""
        raise InputError("E006", errors.E006.format(path=folder) + detail)
    articles, first_file = [], {}
    for path in files:
        if path.stem in first_file:
            error = errors.message("E018", path=path, id=path.stem, other=first_file[path.stem].name)
            articles.append(Article(id=path.name, text="", source=str(path), error=error))
            continue
        first_file[path.stem] = path
        articles.append(read_text_article(path, path.stem, manifest.get(path.name)))
    present = {path.name for path in files}
    for row_number, name in enumerate(manifest, start=2):
        if name not in present:
            articles.append(
                Article(
                    id=name if Path(name).stem in first_file else Path(name).stem,
                    text="",
                    source=str(folder / name),
                    error=errors.message("E007", path=manifest_path, row=row_number, file=name),
                )
            )
    return tuple(articles)


def read_manifest(path: Path) -> dict[str, dict[str, str]]:
    """File name to its metadata row from a manifest CSV with a `file` column."""
    try:
        rows = read_table(path)
    except OSError as exc:
        raise InputError("E015", errors.E015.format(path=path, detail=exc.strerror or exc.__class__.__name__)) from exc
    if rows and "file" not in rows[0]:
        raise InputError("E004", errors.E004.format(path=path, column="file", columns=sorted(rows[0])))
    return {row["file"]: {key: value for key, value in row.items() if key != "file"} for row in rows}


def read_table(path: Path) -> list[dict[str, str]]:
    """Rows of a CSV, JSONL or Parquet file as dicts of strings (missing values as '')."""
    return list(iter_table(path))


def iter_table(path: Path) -> Iterator[dict[str, str] | BadRow]:
    """Rows of a CSV, JSONL or Parquet file one at a time, as dicts of strings (missing values as '').

    A JSONL line that is not a JSON object comes as a `BadRow`, so the caller can report that row
    and go on; other problems raise `InputError`."""
    suffix = path.suffix.lower()
    if suffix == ".parquet":
        return read_parquet(path)
    lines = _text_lines(path)
    if suffix == ".jsonl":
        return read_jsonl_rows(path, lines)
    return _read_csv_rows(path, lines)


def _text_lines(path: Path) -> Iterator[str]:
    """The file's lines: streamed when it is UTF-8 (checked in a first pass with constant memory),
    else decoded whole by `decode_bytes` (other encodings are rare and need the whole text to detect)."""
    decoder = codecs.getincrementaldecoder("utf-8")()
    try:
        with path.open("rb") as stream:
            for chunk in iter(lambda: stream.read(1 << 20), b""):
                decoder.decode(chunk)
            decoder.decode(b"", final=True)
    except UnicodeDecodeError:
        try:
            text, _ = decode_bytes(path.read_bytes())
        except UnicodeError as exc:
            raise InputError("E003", errors.E003.format(path=path, detail=exc)) from exc
        return iter(io.StringIO(text, newline=""))
    return _utf8_lines(path)


def _utf8_lines(path: Path) -> Iterator[str]:
    """Lines of a UTF-8 file (byte-order mark dropped), read lazily; the file closes when they are used up."""
    with path.open("r", encoding="utf-8-sig", newline="") as stream:
        yield from stream


def _read_csv_rows(path: Path, lines: Iterator[str]) -> Iterator[dict[str, str]]:
    """Rows of a CSV text as dicts of strings."""
    try:
        for row in csv.DictReader(lines):
            yield {key: value or "" for key, value in row.items() if key is not None}
    except csv.Error as exc:
        raise InputError("E008", errors.E008.format(path=path, kind="CSV", detail=exc)) from exc


def read_jsonl_rows(path: Path, lines: str | Iterable[str]) -> Iterator[dict[str, str] | BadRow]:
    """Rows of a JSONL text (or its lines), each a JSON object; blank lines are skipped. A line that
    is not a JSON object comes as a `BadRow` naming the line: one bad line never stops the rest."""
    for line_number, line in enumerate(io.StringIO(lines, newline="") if isinstance(lines, str) else lines, start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
            detail = None if isinstance(record, dict) else "not an object"
        except json.JSONDecodeError as exc:
            detail = f"{exc.msg.removesuffix(' at')} at column {exc.colno}"
        if detail is not None:
            yield BadRow(line_number, errors.message("E005", path=path, line=line_number, detail=detail))
            continue
        yield {key: "" if value is None else str(value) for key, value in record.items()}


def read_parquet(path: Path) -> Iterator[dict[str, str]]:
    """Rows of a Parquet file (needs pyarrow) as dicts of strings, a batch of rows at a time."""
    try:
        import pyarrow.parquet as pq
    except ImportError as exc:
        raise InputError("E011", errors.E011.format(path=path)) from exc
    try:
        batches = pq.ParquetFile(path).iter_batches(batch_size=PARQUET_BATCH_ROWS)
        first = next(batches, None)
    except Exception as exc:  # pyarrow raises several unrelated types for corrupt files
        raise InputError("E008", errors.E008.format(path=path, kind="Parquet", detail=exc)) from exc
    return _parquet_rows(path, itertools.chain([first], batches) if first is not None else iter(()))


def _parquet_rows(path: Path, batches: Iterable) -> Iterator[dict[str, str]]:
    """Rows of Parquet record batches, converted as pandas does (nulls as '', values through str)."""
    try:
        for batch in batches:
            frame = batch.to_pandas()
            frame = frame.astype(object).where(frame.notna(), "")
            yield from ({str(key): str(value) for key, value in row.items()} for row in frame.to_dict(orient="records"))
    except InputError:
        raise
    except Exception as exc:
        raise InputError("E008", errors.E008.format(path=path, kind="Parquet", detail=exc)) from exc


def articles_from_rows(
    path: Path,
    rows: Iterable[Mapping[str, str]],
    text_column: str,
    id_column: str,
    columns: Mapping[str, str],
) -> tuple[Article, ...]:
    """Articles from table rows; ids from `id_column` when present, else `<file stem>-<row>`."""
    rows = list(rows)
    return tuple(iter_articles_from_rows(path, rows, text_column, id_column, columns, rows[0] if rows else None))


def iter_articles_from_rows(
    path: Path,
    rows: Iterable[Mapping[str, str] | BadRow],
    text_column: str,
    id_column: str,
    columns: Mapping[str, str],
    first: Mapping[str, str] | BadRow | None,
) -> Iterator[Article]:
    """Articles from table rows one at a time; the columns are checked on `first` (the first row)
    before anything is yielded. A row that could not be read becomes an error article."""
    header = first if first is not None and not isinstance(first, BadRow) else None
    available = sorted(header) if header is not None else []
    for column in (text_column, *columns.values()):
        if header is not None and column not in header:
            raise InputError("E004", errors.E004.format(path=path, column=column, columns=available))
    return _articles(path, rows, text_column, id_column, columns)


def _articles(
    path: Path, rows: Iterable[Mapping[str, str] | BadRow], text_column: str, id_column: str, columns: Mapping[str, str],
) -> Iterator[Article]:
    """The articles of `iter_articles_from_rows` (a generator, so the checks above run eagerly)."""
    field_columns = {name: columns.get(name, name) for name in METADATA_FIELDS}
    used = {text_column, id_column, *field_columns.values()}
    seen: dict[str, int] = {}
    for row_number, row in enumerate(rows, start=1):
        if isinstance(row, BadRow):
            yield Article(id=f"{path.stem}-line-{row.line}", text="", source=f"{path}#line={row.line}", error=row.error)
            continue
        article_id = row.get(id_column) or f"{path.stem}-{row_number}"
        if article_id in seen:
            raise InputError(
                "E009", errors.E009.format(path=path, id=article_id, first=seen[article_id], second=row_number)
            )
        seen[article_id] = row_number
        text = row.get(text_column, "")
        yield Article(
            id=article_id,
            text=text,
            source=f"{path}#row={row_number}",
            meta={key: value for key, value in row.items() if key not in used},
            error=None if text.strip() else errors.message("E010", path=path, row=row_number, column=text_column),
            **{name: row.get(column) or None for name, column in field_columns.items()},
        )
