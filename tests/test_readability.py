"""Readability is computed on cleaned text and on the journalist's own words."""

from __future__ import annotations

from dataclasses import dataclass

import pytest
import textstat

from framing.document import Document
from framing.readability import TEXTSTAT_METRICS, author_text, readability
from framing.segment import make_document


@dataclass(frozen=True)
class Span:
    start: int
    end: int


@pytest.mark.parametrize(
    ("text", "words", "sentences"),
    [
        ("", 0, 0),
        ("The cat sat on the mat.", 6, 1),
        ("Mr Jarvis said it. The deal is done.\nA new paragraph here.", 12, 3),
    ],
)
def test_counts(text: str, words: int, sentences: int) -> None:
    scores = readability(text)
    assert (scores["words"], scores["sentences"]) == (words, sentences)
    assert scores["words_per_sentence"] == (round(words / sentences, 3) if sentences else None)
    for name in TEXTSTAT_METRICS:
        assert (scores[name] is None) == (words == 0)


def test_scores_are_textstat_on_the_cleaned_text(seed_documents: dict[str, Document]) -> None:
    mirror = seed_documents["004"]
    scores = readability(mirror.cleaned_text)
    assert "WHATSAPP" not in mirror.cleaned_text
    assert scores["flesch_reading_ease"] == round(textstat.flesch_reading_ease(mirror.cleaned_text), 3)
    assert scores["sentences"] == len(mirror.sentences)
    assert scores["words"] == mirror.n_words


@pytest.mark.parametrize(
    ("text", "quoted", "expected"),
    [
        ("", [], ""),
        ('He said: "We will win." Then he left.', ["We will win."], "He said: Then he left."),
        ("Plain text only.", [], "Plain text only."),
        ("“All quoted.”", ["All quoted."], ""),
    ],
)
def test_author_text_cuts_quotes_and_marks(text: str, quoted: list[str], expected: str) -> None:
    doc = make_document(text)
    spans = [Span(text.index(piece), text.index(piece) + len(piece)) for piece in quoted]
    assert author_text(doc, spans) == expected
