"""Read back the JSONL that `framing analyze -f jsonl` writes, one record at a time, for a comparison.

Only the fields a comparison uses are decoded (msgspec with a typed schema skips the rest at C speed),
so a large analysed corpus is compared in one pass with memory that does not grow with it.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import msgspec

from framing import errors
from framing.corpus import partitions
from framing.errors import InputError


class QuoteRecord(msgspec.Struct):
    """A quote as written in the output: what the comparison counts."""

    text: str
    start: int
    kind: str
    speaker: str | None
    side: str | None
    cue: str | None
    cue_class: str | None
    utterance: int


class HitRecord(msgspec.Struct):
    """A lexicon hit as written in the output."""

    term: str
    category: str
    subcategory: str | None
    voice: str
    sentence: int
    negated: bool
    loaded: bool


class MentionRecord(msgspec.Struct):
    """An actor mention's sentiment as written in the output."""

    actor_id: str
    voice: str
    score: float


class ActorRecord(msgspec.Struct):
    """An actor as written in the output: its id and side."""

    id: str
    side: str | None


class AnalysedRecord(msgspec.Struct):
    """One line of `framing analyze -f jsonl`: the fields `framing.compare.compare_records` reads."""

    id: str
    status: str
    sentence_words: list[int]
    quote_words: list[tuple[int, int]]
    outlet: str | None = None
    title: str | None = None
    story: str | None = None
    error: str | None = None
    words: int = 0
    removed: list[msgspec.Raw] = []
    readability: dict[str, int | float | None] = {}
    quotes: list[QuoteRecord] = []
    framing: list[HitRecord] = []
    mentions: list[MentionRecord] = []
    actors: list[ActorRecord] = []


def iter_analysed(path: str | Path) -> Iterator[AnalysedRecord]:
    """The analysed records of a JSONL file, or of the parts of a partitioned output (a folder of
    .jsonl files or a glob), one at a time (blank lines skipped). A line that is not JSON, or not a
    record `framing analyze` wrote, raises `InputError` naming the file and line."""
    parts = partitions(path)
    if parts is not None:
        for part in parts:
            yield from iter_analysed(part)
        return
    path = Path(path)
    if not path.exists():
        raise InputError("E001", errors.E001.format(path=path))
    decoder = msgspec.json.Decoder(AnalysedRecord)
    with path.open("rb") as stream:
        for number, line in enumerate(stream, start=1):
            if not line.strip():
                continue
            try:
                yield decoder.decode(line)
            except msgspec.ValidationError as exc:
                raise InputError("E019", errors.E019.format(path=path, line=number, detail=exc)) from None
            except msgspec.DecodeError as exc:
                raise InputError("E005", errors.E005.format(path=path, line=number, detail=exc)) from None
