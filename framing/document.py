"""The segmented article every stage reads: paragraphs, sentences and words with offsets.

All offsets index into the *original* article text, never into a cleaned copy, so any finding
(a quote, a mention, a lexicon hit) can be highlighted exactly in what the user supplied.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass
from functools import cached_property


@dataclass(frozen=True)
class Paragraph:
    """One kept paragraph (page furniture already removed)."""

    index: int
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Sentence:
    """One sentence; never crosses a paragraph boundary."""

    index: int
    paragraph: int
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Token:
    """One word (letters/digits with inner apostrophes or hyphens) and its sentence."""

    index: int
    sentence: int
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class RemovedLine:
    """A line of page furniture taken out by cleaning, with the rule that took it."""

    start: int
    end: int
    text: str
    reason: str
    rule: str


@dataclass(frozen=True)
class Document:
    """An article's original text with its kept paragraphs, sentences and words."""

    text: str
    paragraphs: tuple[Paragraph, ...]
    sentences: tuple[Sentence, ...]
    tokens: tuple[Token, ...]
    removed: tuple[RemovedLine, ...] = ()

    @cached_property
    def cleaned_text(self) -> str:
        """The kept paragraphs joined by newlines: what readability is measured on (joined once)."""
        return "\n".join(paragraph.text for paragraph in self.paragraphs)

    @property
    def n_words(self) -> int:
        """Number of words in the kept paragraphs."""
        return len(self.tokens)

    @cached_property
    def _starts(self) -> dict[str, list[int]]:
        """Start offsets of paragraphs, sentences and tokens, computed once for binary search."""
        return {
            "paragraphs": [span.start for span in self.paragraphs],
            "sentences": [span.start for span in self.sentences],
            "tokens": [span.start for span in self.tokens],
        }

    def sentence_at(self, offset: int) -> Sentence | None:
        """The sentence containing character `offset`, or None if it lies outside every sentence."""
        return _span_at(self.sentences, self._starts["sentences"], offset)

    def sentence_index_before(self, offset: int) -> int | None:
        """Index of the sentence at `offset`, or of the last sentence starting before it (None before the first)."""
        position = bisect.bisect_right(self._starts["sentences"], offset) - 1
        return self.sentences[position].index if position >= 0 else None

    def paragraph_at(self, offset: int) -> Paragraph | None:
        """The paragraph containing character `offset`, or None (e.g. inside removed furniture)."""
        return _span_at(self.paragraphs, self._starts["paragraphs"], offset)

    def tokens_between(self, start: int, end: int) -> tuple[Token, ...]:
        """The words lying wholly inside [start, end)."""
        first = bisect.bisect_left(self._starts["tokens"], start)
        last = first
        while last < len(self.tokens) and self.tokens[last].end <= end:
            last += 1
        return self.tokens[first:last]


def _span_at(spans, starts: list[int], offset: int):
    """Binary search for the span (sorted, non-overlapping, `starts` their start offsets) that contains `offset`."""
    position = bisect.bisect_right(starts, offset) - 1
    if position >= 0 and spans[position].start <= offset < spans[position].end:
        return spans[position]
    return None
