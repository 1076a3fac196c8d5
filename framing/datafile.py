"""The JSONL data files users can edit (lexicons, actor registries): a header line, then one record a line.

Reading, JSON checks, the header and duplicate ids are the same for every kind of file; each kind
validates its own records. Errors carry a stable code (the kind's letter and a number) and name the
file, the line and the problem.
"""

from __future__ import annotations

import functools
import importlib.resources
import json
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType
from typing import Any, TypeVar

from framing.errors import FramingError

HEADER_FIELDS = ("lexicon", "version", "licence", "description", "source")
OPEN, JSON, HEADER, FIELD, VALUE, DUPLICATE, EMPTY = range(1, 8)

Item = TypeVar("Item")


class DataFileError(FramingError):
    """A data file that cannot be used; `prefix` is the file kind's code letter."""

    prefix = "D"

    def __init__(self, number: int, path: str, line: int | None, problem: str) -> None:
        where = f"{path}: line {line}" if line is not None else path
        super().__init__(f"{self.prefix}{number:03d}", f"{where}: {problem}")
        self.path = path
        self.line = line
        self.problem = problem


@dataclass(frozen=True)
class DataFile:
    """A parsed data file: its header fields and its items in file order."""

    header: dict[str, str]
    items: tuple[Any, ...]


def read_text(path: str | Path, error: type[DataFileError]) -> str:
    """The file's UTF-8 text, or `error` saying why it cannot be read."""
    try:
        return Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise error(OPEN, str(path), None, f"cannot be read ({exc.__class__.__name__}: {exc})") from None


def _records(text: str, path: str, error: type[DataFileError]) -> Iterator[tuple[int, Any]]:
    """(line number, decoded JSON) for every non-blank line."""
    for line, raw in enumerate(text.splitlines(), start=1):
        if not raw.strip():
            continue
        try:
            yield line, json.loads(raw)
        except json.JSONDecodeError as exc:
            raise error(JSON, path, line, f"not valid JSON ({exc.msg} at column {exc.colno})") from None


def parse_header(record: Any, path: str, line: int, error: type[DataFileError]) -> dict[str, str]:
    """The header fields, or `error` naming what is missing."""
    if not isinstance(record, dict):
        raise error(HEADER, path, line, f"the first line must be a header object with {', '.join(HEADER_FIELDS)}")
    missing = [name for name in HEADER_FIELDS if not isinstance(record.get(name), str) or not record[name].strip()]
    if missing:
        raise error(HEADER, path, line, f"header is missing {', '.join(repr(name) for name in missing)}")
    return {name: record[name].strip() for name in HEADER_FIELDS}


def check_fields(
    record: Any, path: str, line: int, error: type[DataFileError], what: str, required: tuple[str, ...], optional: tuple[str, ...]
) -> dict[str, Any]:
    """The record as a dict once it is a JSON object with every `required` field and no field outside `required` and
    `optional`; else `error` naming the first problem ('unknown field 'colour'' is probably a typo)."""
    if not isinstance(record, dict):
        raise error(FIELD, path, line, f"{what} must be a JSON object")
    unknown = sorted(set(record) - set(required) - set(optional))
    if unknown:
        raise error(FIELD, path, line, f"unknown field {unknown[0]!r}")
    missing = [name for name in required if name not in record]
    if missing:
        raise error(FIELD, path, line, f"missing field {missing[0]!r}")
    return record


def parse_data_file(
    text: str, path: str, parse_item: Callable[[Any, str, int], Item], error: type[DataFileError], what: str
) -> DataFile:
    """Header and items of a data file's text; `parse_item(record, path, line)` validates one record
    and returns an object with an `id`; ids must be unique within the file."""
    header: dict[str, str] | None = None
    items: list[Item] = []
    first_line: dict[str, int] = {}
    for line, record in _records(text, path, error):
        if header is None:
            header = parse_header(record, path, line, error)
            continue
        item = parse_item(record, path, line)
        if item.id in first_line:
            raise error(DUPLICATE, path, line, f"duplicate id {item.id!r} (first on line {first_line[item.id]})")
        first_line[item.id] = line
        items.append(item)
    if header is None:
        raise error(EMPTY, path, None, f"empty file: expected a header line and {what}")
    return DataFile(header=header, items=tuple(items))


# ---------------------------------------------------------------------------------------------
# The vocabulary: the English word lists the entity and quote rules read (lexicons/vocabulary.jsonl)

VOCABULARY_FILE = "vocabulary.jsonl"


class VocabularyError(DataFileError):
    """A vocabulary file that cannot be used; the message names the file, the line and the problem (codes V001-V007)."""

    prefix = "V"


@dataclass(frozen=True)
class WordList:
    """One word list: lower-case word -> value (a gender or a class, None for plain lists), with why and where from."""

    id: str
    values: Mapping[str, str | None]
    note: str
    source: str


@dataclass(frozen=True)
class Vocabulary:
    """Every word list of a vocabulary file, by id."""

    lists: Mapping[str, WordList]

    def words(self, *ids: str) -> frozenset[str]:
        """The union of the words of the lists `ids`."""
        return frozenset(word for list_id in ids for word in self._list(list_id).values)

    def values(self, list_id: str) -> Mapping[str, str | None]:
        """Word -> value of one list (read-only)."""
        return MappingProxyType(dict(self._list(list_id).values))

    def _list(self, list_id: str) -> WordList:
        """The list `list_id`, or a KeyError naming it."""
        if list_id not in self.lists:
            raise KeyError(f"vocabulary has no word list {list_id!r}")
        return self.lists[list_id]


def parse_word_list(record: Any, path: str, line: int) -> WordList:
    """One word list: {"id", "words": [...] or {word: value}, "note", "source"}."""
    check_fields(record, path, line, VocabularyError, "a word list", ("id", "words", "note", "source"), ())
    for name in ("id", "note", "source"):
        if not isinstance(record.get(name), str) or not record[name].strip():
            raise VocabularyError(VALUE, path, line, f"field {name!r} must be a non-empty string")
    words = record.get("words")
    if isinstance(words, list) and all(isinstance(w, str) and w.strip() for w in words):
        values: dict[str, str | None] = dict.fromkeys((w.strip().lower() for w in words), None)
    elif isinstance(words, dict) and all(isinstance(v, str) or v is None for v in words.values()):
        values = {w.strip().lower(): v for w, v in words.items()}
    else:
        raise VocabularyError(VALUE, path, line, "field 'words' must be a list of words or an object of word -> string or null")
    return WordList(record["id"], MappingProxyType(values), record["note"], record["source"])


def parse_vocabulary(text: str, path: str) -> Vocabulary:
    """The word lists of one vocabulary file's text (header line first), validated."""
    items = parse_data_file(text, path, parse_word_list, VocabularyError, "word lists").items
    return Vocabulary(MappingProxyType({item.id: item for item in items}))


@functools.lru_cache(maxsize=1)
def shipped_vocabulary() -> Vocabulary:
    """The shipped `lexicons/vocabulary.jsonl`, read once."""
    text = importlib.resources.files("framing.lexicon_data").joinpath(VOCABULARY_FILE).read_text("utf-8")
    return parse_vocabulary(text, VOCABULARY_FILE)
