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
_WORD = re.compile(r"\w+(?:['’-]\w+)*")
TIME_UNITS = (" second", " minute", " hour", " day", " week", " month", " year")


@dataclass(frozen=True)
class Figure:
    """One figure as written (`text`), its value and kind for comparing across articles, and its sentence."""

    text: str
    value: float
    kind: str
    start: int
    end: int
    sentence: int


def _is_age(text: str, start: int, end: int, number: str) -> bool:
    """'a girl, 14,', 'aged 14', '14-year-old', '12 months ago': an age or a span of time, not a figure
    an outlet chose."""
    if len(number) > 2:
        return False
    before, after = text[max(0, start - 6):start].lower(), text[end:end + 10].lower()
    return (
        before.endswith(("aged ", ", ")) and (after[:1] in (",", ".", ")", "") or before.endswith("aged "))
        or after.startswith(("-year", " year-old", " years old")) or after.startswith(TIME_UNITS)
    )


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
            bare = not (currency or multiplier or percent)
            if bare and (_is_date_part(document.text, match.start(), match.end(), number) or _is_age(document.text, match.start(), match.end(), number)):
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
