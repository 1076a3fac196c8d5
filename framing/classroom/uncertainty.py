"""How sure an answer key can be: 95% bootstrap intervals for the rates and means an exercise answer rests on
(each speaker's share of an article's quoted words, the article's quoted share, Flesch reading ease and words
a sentence), drawn with `framing.compare`'s seeded bootstrap over the article's sentences, so a key never marks a
student wrong for an order that is noise. Two answers are told apart only when their intervals do not overlap."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import textstat

from framing.compare import MIN_UNITS_FOR_INTERVAL, UNATTRIBUTED, Bootstrap, bootstrap_ratio
from framing.formatting import format_interval, format_number
from framing.pipeline import ArticleAnalysis

FLESCH_BASE, FLESCH_SENTENCE, FLESCH_SYLLABLE = 206.835, 1.015, 84.6
"""Flesch reading ease = 206.835 - 1.015 * words a sentence - 84.6 * syllables a word (textstat's formula)."""


@dataclass(frozen=True)
class Estimate:
    """A rate or mean with its 95% interval (None when it rests on too few units) and the n it rests on."""

    value: float | None
    low: float | None
    high: float | None
    n: int
    unit: str = ""

    @property
    def shown(self) -> str:
        """'45% [30, 60]' with an interval, '45% (n=3)' without one."""
        if self.low is None or self.high is None:
            number = format_number(self.value, self.unit)
            return f"{number} (n={self.n})" if number else number
        return format_interval(self.value, self.low, self.high, self.unit)


def apart(first: Estimate, second: Estimate) -> bool:
    """True when both have intervals and they do not overlap: the difference is more than resampling noise."""
    if None in (first.low, first.high, second.low, second.high):
        return False
    return bool(first.high < second.low or second.high < first.low)


def _ratio(numerators: Sequence[float], denominators: Sequence[float], settings: Bootstrap, unit: str) -> Estimate:
    """sum(numerators) / sum(denominators) with a bootstrap interval over the units, if there are enough."""
    total = sum(denominators)
    value = sum(numerators) / total if total else None
    if value is None or len(numerators) < MIN_UNITS_FOR_INTERVAL:
        return Estimate(value, None, None, len(numerators), unit)
    low, high = bootstrap_ratio(numerators, denominators, settings)
    return Estimate(value, low, high, len(numerators), unit)


@dataclass(frozen=True)
class SentenceWords:
    """One sentence of an article, the resampling unit: its words and its quoted words by speaker."""

    words: int
    quoted: Counter


def sentence_words(analysis: ArticleAnalysis) -> list[SentenceWords]:
    """The article's sentences with their words and quoted words by speaker (scare quotes left out; a quote
    with no speaker counts under compare's unattributed name), as the comparison counts them."""
    document = analysis.document
    if document is None:
        return []
    words = Counter(token.sentence for token in document.tokens)
    quoted: dict[int, Counter] = {}
    for quote in analysis.quotes:
        if quote.kind == "scare":
            continue
        for token in document.tokens_between(quote.start, quote.end):
            quoted.setdefault(token.sentence, Counter())[quote.speaker or UNATTRIBUTED] += 1
    return [SentenceWords(words[sentence.index], quoted.get(sentence.index, Counter())) for sentence in document.sentences]


def speaker_shares(analysis: ArticleAnalysis, settings: Bootstrap = Bootstrap()) -> dict[str, Estimate]:
    """Each speaker's share of the article's quoted words, resampling the sentences that quote (n = those sentences)."""
    units = [unit for unit in sentence_words(analysis) if unit.quoted]
    totals = [sum(unit.quoted.values()) for unit in units]
    names = {name for unit in units for name in unit.quoted if name != UNATTRIBUTED}
    return {name: _ratio([unit.quoted.get(name, 0) for unit in units], totals, settings, "share") for name in sorted(names)}


def quoted_share(analysis: ArticleAnalysis, settings: Bootstrap = Bootstrap()) -> Estimate:
    """Share of the article's words inside quotes, resampling its sentences."""
    units = sentence_words(analysis)
    return _ratio([sum(unit.quoted.values()) for unit in units], [unit.words for unit in units], settings, "share")


def _shifted(shown: float | None, own: float, resampled: np.ndarray, settings: Bootstrap) -> tuple[float | None, float | None]:
    """The percentile interval of the resampled statistic, moved by the shown value minus its own estimate, so
    the interval sits around the figure the key prints (textstat's score of the whole text)."""
    if shown is None:
        return None, None
    tail = 100 * (1 - settings.level) / 2
    low, high = np.percentile(resampled, [tail, 100 - tail])
    return float(low - own + shown), float(high - own + shown)


def readability_estimates(analysis: ArticleAnalysis, settings: Bootstrap = Bootstrap()) -> tuple[Estimate, Estimate]:
    """Flesch reading ease and words a sentence of the article, each with an interval from resampling its
    sentences (textstat's word and syllable counts a sentence); the values are the analysis's own scores."""
    scores = analysis.readability
    flesch, per_sentence = scores.get("flesch_reading_ease"), scores.get("words_per_sentence")
    sentences = analysis.document.sentences if analysis.document is not None else ()
    words = np.array([textstat.lexicon_count(sentence.text) for sentence in sentences], dtype=float)
    syllables = np.array([textstat.syllable_count(sentence.text) for sentence in sentences], dtype=float)
    n = len(sentences)
    if n < MIN_UNITS_FOR_INTERVAL or words.sum() == 0:
        return Estimate(flesch, None, None, n), Estimate(per_sentence, None, None, n)
    picks = np.random.default_rng(settings.seed).integers(0, n, size=(settings.resamples, n))
    picked_words, picked_syllables = words[picks].sum(axis=1), syllables[picks].sum(axis=1)
    kept = picked_words > 0
    mean_words = picked_words[kept] / n
    reading_ease = FLESCH_BASE - FLESCH_SENTENCE * mean_words - FLESCH_SYLLABLE * picked_syllables[kept] / picked_words[kept]
    own_mean = words.sum() / n
    own_ease = FLESCH_BASE - FLESCH_SENTENCE * own_mean - FLESCH_SYLLABLE * syllables.sum() / words.sum()
    return (
        Estimate(flesch, *_shifted(flesch, own_ease, reading_ease, settings), n),
        Estimate(per_sentence, *_shifted(per_sentence, own_mean, mean_words, settings), n),
    )
