"""Figures an article reports (money, counts, percentages) and the quotes two articles share but cut
differently. Small local functions for the exercises: the comparison module may later offer its own."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher

from framing.document import Document
from framing.quotes import Quote

MONTHS = frozenset(
    "january february march april may june july august september october november december "
    "jan feb mar apr jun jul aug sep sept oct nov dec".split()
)
MULTIPLIERS = {"bn": 1e9, "billion": 1e9, "m": 1e6, "million": 1e6, "k": 1e3, "thousand": 1e3}
FIGURE = re.compile(
    r"(?<![\w.,£$€])(?P<currency>[£$€])?(?P<number>\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)"
    r"(?:\s?(?P<multiplier>bn|billion|million|thousand|m|k)(?!\w))?"
    r"(?:\s?(?P<percent>%|per\s?cent|percent)(?!\w))?"
)
SMALLEST_BARE_FIGURE = 10
MIN_SHARED_WORDS = 5
_WORD = re.compile(r"\w+(?:['’]\w+)*")


@dataclass(frozen=True)
class Figure:
    """One figure as written (`text`), its value and kind for comparing across articles, and its sentence."""

    text: str
    value: float
    kind: str
    start: int
    end: int
    sentence: int


def _is_date_part(text: str, start: int, end: int, number: str) -> bool:
    """Years (1900-2099 standing alone) and day numbers next to a month name are dates, not figures."""
    if re.fullmatch(r"(19|20)\d\d", number):
        return True
    before = text[max(0, start - 12):start].split()
    after = text[end:end + 12].split()
    near = [word.strip(".,").lower() for word in (before[-1:] + after[:1])]
    return any(word in MONTHS for word in near) and len(number) <= 2


def find_figures(document: Document) -> tuple[Figure, ...]:
    """Money, percentages and counts of ten or more in the kept sentences; dates and years left out."""
    figures = []
    for sentence in document.sentences:
        for match in FIGURE.finditer(document.text, sentence.start, sentence.end):
            currency, number, multiplier, percent = match.group("currency", "number", "multiplier", "percent")
            if not (currency or multiplier or percent) and _is_date_part(document.text, match.start(), match.end(), number):
                continue
            value = float(number.replace(",", "")) * MULTIPLIERS.get((multiplier or "").lower(), 1.0)
            if not (currency or multiplier or percent) and value < SMALLEST_BARE_FIGURE:
                continue
            kind = currency or ("%" if percent else "count")
            figures.append(Figure(match.group(0), value, kind, match.start(), match.end(), sentence.index))
    return tuple(figures)


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


def utterances(quotes: Sequence[Quote]) -> tuple[Utterance, ...]:
    """Attributed direct and partial quotes grouped by utterance, pieces joined with an ellipsis."""
    grouped: dict[int, list[Quote]] = {}
    for quote in quotes:
        if quote.kind != "scare" and quote.speaker:
            grouped.setdefault(quote.utterance, []).append(quote)
    return tuple(
        Utterance(pieces[0].speaker, " … ".join(piece.text for piece in pieces), next((p.cue for p in pieces if p.cue), None), pieces[0].start, pieces[-1].end)
        for pieces in (grouped[key] for key in sorted(grouped))
    )


def _words(text: str) -> list[str]:
    """Lower-case words with straight apostrophes, for comparing two cuts of a quote."""
    return [word.lower().replace("’", "'") for word in _WORD.findall(re.sub(r"(?<=\w)-(?=\w)", "", text))]


def _left_out(words: list[str], kept: list[tuple[int, int]]) -> tuple[str, ...]:
    """Runs of `words` outside the matched blocks [start, start+size), as phrases."""
    runs, position = [], 0
    for start, size in kept + [(len(words), 0)]:
        if start > position:
            runs.append(" ".join(words[position:start]))
        position = max(position, start + size)
    return tuple(runs)


def shared_quote(first: Utterance, second: Utterance) -> SharedQuote | None:
    """The two utterances as one quote cut differently (at least five words in a row in common, not
    the same words), or None."""
    a, b = _words(first.text), _words(second.text)
    if a == b:
        return None
    matcher = SequenceMatcher(None, a, b, autojunk=False)
    if matcher.find_longest_match(0, len(a), 0, len(b)).size < MIN_SHARED_WORDS:
        return None
    blocks = [block for block in matcher.get_matching_blocks() if block.size >= 2]
    return SharedQuote(
        first, second, sum(block.size for block in blocks),
        _left_out(a, [(block.a, block.size) for block in blocks]),
        _left_out(b, [(block.b, block.size) for block in blocks]),
    )
