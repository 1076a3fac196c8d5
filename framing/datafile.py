"""The JSONL data files users can edit (lexicons, actor registries): a header line, then one record a line.

Reading, JSON checks, the header and duplicate ids are the same for every kind of file; each kind
validates its own records. Errors carry a stable code (the kind's letter and a number) and name the
file, the line and the problem.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
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
