"""Quotes two articles share but cut differently, for the exercises: a speaker's utterances as each
article quotes them, and the words one cut keeps and the other leaves out."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher

from framing.quotes import Quote

MIN_SHARED_WORDS = 5
_WORD = re.compile(r"\w+(?:['’-]\w+)*")


@dataclass(frozen=True)
class Utterance:
    """What one speaker said in one go, as one article quotes it (cue-split pieces joined)."""

    speaker: str
    text: str
    cue: str | None
    start: int
    end: int


@dataclass(frozen=True)
class SharedQuote:
    """Two articles quoting the same words of one speaker, each cut its own way."""

    first: Utterance
    second: Utterance
    shared_words: int
    only_first: tuple[str, ...]
    only_second: tuple[str, ...]
    marked_first: tuple[tuple[str, bool], ...]
    marked_second: tuple[tuple[str, bool], ...]
    """Each version as pieces of text, True for the words both versions quote."""


def utterances(quotes: Sequence[Quote]) -> tuple[Utterance, ...]:
    """Attributed direct and partial quotes grouped by utterance, pieces joined with an ellipsis; a
    speaker's utterances in consecutive paragraphs count as one statement (the same words may be
    one paragraph in one outlet and four in another)."""
    runs: list[list[Quote]] = []
    for quote in sorted((q for q in quotes if q.kind != "scare" and q.speaker), key=lambda q: q.start):
        last = runs[-1][-1] if runs else None
        same_statement = last is not None and last.speaker == quote.speaker and (
            last.utterance == quote.utterance or quote.paragraph - last.paragraph == 1 and last.kind == quote.kind == "direct"
        )
        if same_statement:
            runs[-1].append(quote)
        else:
            runs.append([quote])
    return tuple(
        Utterance(run[0].speaker, " … ".join(piece.text for piece in run), next((p.cue for p in run if p.cue), None), run[0].start, run[-1].end)
        for run in runs
    )


def _words(text: str) -> tuple[list[str], list[tuple[int, int]]]:
    """Words of a quote as comparison keys (lower case, straight apostrophes, no hyphens: 'co-operation'
    is 'cooperation') and their spans in `text`."""
    matches = list(_WORD.finditer(text))
    return [m.group(0).lower().replace("’", "'").replace("-", "") for m in matches], [m.span() for m in matches]


def _left_out(text: str, spans: list[tuple[int, int]], kept: list[tuple[int, int]]) -> tuple[str, ...]:
    """Runs of words outside the matched blocks (start, size), as the quote writes them."""
    runs, position = [], 0
    for start, size in kept + [(len(spans), 0)]:
        if start > position:
            runs.append(text[spans[position][0]:spans[start - 1][1]])
        position = max(position, start + size)
    return tuple(runs)


def _marked(text: str, spans: list[tuple[int, int]], kept: list[tuple[int, int]]) -> tuple[tuple[str, bool], ...]:
    """The whole quote as pieces, True where its words are in the matched blocks (start, size)."""
    pieces, position = [], 0
    for start, size in kept:
        if size == 0:
            continue
        left, right = spans[start][0], spans[start + size - 1][1]
        if left > position:
            pieces.append((text[position:left], False))
        pieces.append((text[left:right], True))
        position = right
    if position < len(text):
        pieces.append((text[position:], False))
    return tuple(pieces)


def shared_quote(first: Utterance, second: Utterance) -> SharedQuote | None:
    """The two utterances as one quote cut differently (at least five words in a row in common, not
    the same words), or None."""
    (a, a_spans), (b, b_spans) = _words(first.text), _words(second.text)
    if a == b:
        return None
    matcher = SequenceMatcher(None, a, b, autojunk=False)
    if matcher.find_longest_match(0, len(a), 0, len(b)).size < MIN_SHARED_WORDS:
        return None
    blocks = [block for block in matcher.get_matching_blocks() if block.size >= 2]
    return SharedQuote(
        first, second, sum(block.size for block in blocks),
        _left_out(first.text, a_spans, [(block.a, block.size) for block in blocks]),
        _left_out(second.text, b_spans, [(block.b, block.size) for block in blocks]),
        _marked(first.text, a_spans, [(block.a, block.size) for block in blocks]),
        _marked(second.text, b_spans, [(block.b, block.size) for block in blocks]),
    )
