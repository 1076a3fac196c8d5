"""Compare outlets side by side: what each chose to quote, say, count and stress.

A comparison is a tidy table with a numeric `value`: one row per story, outlet, measure and key
(a speaker, a side, a term; empty for single-number measures), with its `unit`. Rates and means
carry a 95% bootstrap interval (`ci_low`, `ci_high`, resampling sentences or mentions with a fixed
seed, so the output is deterministic) and `n`, the number of units they rest on; `distinguishable`
says whether an outlet's interval is clear of at least one other outlet's in the same story.
`comparison_grid` turns it into one column an outlet for reading, formatted by `framing.formatting`.
"""

from __future__ import annotations

import bisect
import itertools
from array import array
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import numpy as np
import pandas as pd

from framing.formatting import format_interval, format_number

if TYPE_CHECKING:  # the analysis pipeline loads only to compare analyses, not analysed records
    from framing.pipeline import ArticleAnalysis

Analyses = Sequence["ArticleAnalysis"]

COLUMNS = ["story", "outlet", "measure", "key", "value", "unit", "ci_low", "ci_high", "n", "distinguishable"]
NOT_DISTINGUISHABLE = "not distinguishable here"
UNATTRIBUTED = "(no speaker found)"
MIN_SPEAKING_WORDS = 3
MIN_UNITS_FOR_INTERVAL = 5


@dataclass(frozen=True)
class Bootstrap:
    """How intervals are drawn: resamples, seed and confidence level (fixed, so output is deterministic)."""

    resamples: int = 1000
    seed: int = 2008
    level: float = 0.95


@dataclass(frozen=True)
class Value:
    """One number a measure gives for an outlet: its key, value, unit, interval and the n it rests on."""

    key: str
    value: float | int | None
    unit: str
    ci_low: float | None = None
    ci_high: float | None = None
    n: int | None = None


@dataclass(frozen=True)
class Measure:
    """A named comparison measure: a short label, what it means, and how to compute it from an outlet's tally.

    `compute` reads an `OutletTally` (the outlet's articles in a story, summed up one at a time);
    `interval` marks rates and means, which carry a bootstrap interval and are checked for overlap.
    """

    name: str
    label: str
    description: str
    compute: Callable[[OutletTally, Bootstrap], list[Value]]
    interval: bool = False


EXACT_UNITS = 20_000
"""Up to this many units a ratio's bootstrap resamples them one by one (`bootstrap_ratio`); beyond, it
keeps how often each (numerator, denominator) pair occurs and draws the counts (`bootstrap_ratio_counts`):
the same resampling distribution in memory and time that do not grow with the corpus."""


def bootstrap_ratio(
    numerators: Sequence[float], denominators: Sequence[float], settings: Bootstrap
) -> tuple[float | None, float | None]:
    """Percentile interval of sum(numerators) / sum(denominators), resampling the units with replacement.

    Each unit (a sentence, a mention) is one pair; for a mean pass denominators of 1.
    """
    top = np.asarray(numerators, dtype=float)
    bottom = np.asarray(denominators, dtype=float)
    if len(top) == 0 or bottom.sum() == 0:
        return None, None
    rng = np.random.default_rng(settings.seed)
    chunk = max(1, min(settings.resamples, 2_000_000 // len(top)))
    ratios = []
    for done in range(0, settings.resamples, chunk):
        picks = rng.integers(0, len(top), size=(min(chunk, settings.resamples - done), len(top)))
        below = bottom[picks].sum(axis=1)
        with np.errstate(invalid="ignore", divide="ignore"):
            ratios.append(np.where(below > 0, top[picks].sum(axis=1) / np.where(below > 0, below, 1), np.nan))
    return _percentiles(np.concatenate(ratios), settings)


def bootstrap_ratio_counts(pairs: Mapping[tuple[float, float], int], settings: Bootstrap) -> tuple[float | None, float | None]:
    """`bootstrap_ratio` of units given as {(numerator, denominator): how many units}: drawing n units with
    replacement is drawing how many of each pair from a multinomial, so the cost grows with the distinct pairs, not n."""
    ordered = sorted(pairs.items())
    counts = np.array([count for _, count in ordered], dtype=float)
    top = np.array([pair[0] for pair, _ in ordered], dtype=float)
    bottom = np.array([pair[1] for pair, _ in ordered], dtype=float)
    units = int(counts.sum())
    if units == 0 or (bottom * counts).sum() == 0:
        return None, None
    rng = np.random.default_rng(settings.seed)
    chunk = max(1, min(settings.resamples, 2_000_000 // len(ordered)))
    ratios = []
    for done in range(0, settings.resamples, chunk):
        drawn = rng.multinomial(units, counts / units, size=min(chunk, settings.resamples - done))
        below = drawn @ bottom
        with np.errstate(invalid="ignore", divide="ignore"):
            ratios.append(np.where(below > 0, (drawn @ top) / np.where(below > 0, below, 1), np.nan))
    return _percentiles(np.concatenate(ratios), settings)


def _percentiles(values: np.ndarray, settings: Bootstrap) -> tuple[float, float]:
    """The interval's ends: percentiles of the resampled ratios (undefined ones dropped)."""
    values = values[~np.isnan(values)]
    tail = 100 * (1 - settings.level) / 2
    low, high = np.percentile(values, [tail, 100 - tail])
    return float(low), float(high)


class RatioSample:
    """The units of one rate, share or mean, added one at a time: running sums for the value and, for the
    interval, the units in order (up to `EXACT_UNITS`) or how often each (numerator, denominator) pair occurs."""

    def __init__(self) -> None:
        self.numerators: array | None = array("d")
        self.denominators: array | None = array("d")
        self.pairs: Counter | None = None
        self.top: float = 0
        self.bottom: float = 0
        self.n = 0

    def extend(self, numerators: Sequence[float], denominators: Sequence[float]) -> None:
        """Units (sentences, mentions) in order, each a numerator and a denominator."""
        self.top = sum(numerators, self.top)
        self.bottom = sum(denominators, self.bottom)
        self.n += len(numerators)
        if self.pairs is not None:
            self.pairs.update(zip(numerators, denominators))
            return
        self.numerators.extend(numerators)
        self.denominators.extend(denominators)
        if self.n > EXACT_UNITS:
            self.pairs = Counter(zip(self.numerators, self.denominators))
            self.numerators = self.denominators = None

    def value(self, key: str, unit: str, settings: Bootstrap, scale: float = 1.0) -> Value:
        """The ratio (scaled: 1000 for a rate per 1,000 words) with its bootstrap interval and n."""
        if not self.bottom:
            return Value(key, None, unit, n=self.n)
        value = scale * self.top / self.bottom
        if self.n < MIN_UNITS_FOR_INTERVAL:
            return Value(key, value, unit, n=self.n)
        if self.pairs is None:
            low, high = bootstrap_ratio(self.numerators, self.denominators, settings)
        else:
            low, high = bootstrap_ratio_counts(self.pairs, settings)
        return Value(key, value, unit, scale * low, scale * high, self.n)


class KeyedShares:
    """Shares of quoted words by key (a speaker, a side) over the quoting sentences: each sentence's total,
    and per key only the sentences that quote it (beyond `EXACT_UNITS`, pair counts as in `RatioSample`)."""

    def __init__(self) -> None:
        self.totals: array | None = array("d")
        self.by_key: dict[str, dict[int, int]] | None = defaultdict(dict)
        self.total_pairs: Counter | None = None
        self.pairs_by_key: dict[str, Counter] | None = None
        self.sums: Counter = Counter()
        self.bottom = 0
        self.n = 0

    def add(self, counts: Mapping[str, int]) -> None:
        """One quoting sentence: its quoted words by key."""
        total = sum(counts.values())
        self.bottom += total
        for key, count in counts.items():
            self.sums[key] += count
            if self.by_key is not None:
                self.by_key[key][self.n] = count
            else:
                self.pairs_by_key[key][(count, total)] += 1
        if self.totals is not None:
            self.totals.append(total)
        else:
            self.total_pairs[total] += 1
        self.n += 1
        if self.totals is not None and self.n > EXACT_UNITS:
            self.total_pairs = Counter(self.totals)
            self.pairs_by_key = defaultdict(Counter)
            for key, positions in self.by_key.items():
                for position, count in positions.items():
                    self.pairs_by_key[key][(count, self.totals[position])] += 1
            self.totals = self.by_key = None

    def values(self, settings: Bootstrap) -> list[Value]:
        """Each key's share of all quoted words with its interval, most quoted first (ties alphabetical)."""
        return [self._share(key, settings) for key, _ in sorted(self.sums.items(), key=lambda pair: (-pair[1], pair[0]))]

    def _share(self, key: str, settings: Bootstrap) -> Value:
        """One key's share: its words over all quoted words, the quoting sentences resampled."""
        sample = RatioSample()
        sample.top, sample.bottom, sample.n = self.sums[key], self.bottom, self.n
        if self.totals is not None:
            numerators = array("d", bytes(8 * self.n))
            for position, count in self.by_key[key].items():
                numerators[position] = count
            sample.numerators, sample.denominators = numerators, self.totals
        else:
            pairs = Counter({(0, total): units for total, units in self.total_pairs.items()})
            for (count, total), units in self.pairs_by_key[key].items():
                pairs[(0, total)] -= units
                pairs[(count, total)] += units
            sample.pairs, sample.numerators, sample.denominators = +pairs, None, None
        return sample.value(key, "share", settings)


VOICES = ("author", "quote")
MEAN_METRICS = ("flesch_reading_ease", "flesch_kincaid_grade")


class OutletTally:
    """What the measures need from one outlet's articles in a story, summed up an article at a time
    (`add`): counts, counters of terms and speakers, and the units the intervals resample, never the articles."""

    def __init__(self) -> None:
        self.articles = self.errors = self.words = self.removed_lines = 0
        self.quote_kinds: Counter = Counter()
        self.quoted_share = RatioSample()
        self.loaded = {voice: RatioSample() for voice in VOICES}
        self.shares = {"quoted": KeyedShares(), "sides": KeyedShares()}
        self.speakers_at: dict[str, Counter] = {"first": Counter(), "last": Counter()}
        self.cues: Counter = Counter()
        self.scare: Counter = Counter()
        self.loaded_terms: dict[str, Counter] = {voice: Counter() for voice in VOICES}
        self.labels: Counter = Counter()
        self.author_categories: Counter = Counter()
        self.frames: Counter = Counter()
        self.sentiment: dict[str, dict[str, RatioSample]] = {voice: defaultdict(RatioSample) for voice in VOICES}
        self.means: dict[str, list[float]] = {metric: [0, 0] for metric in MEAN_METRICS}

    def add(self, article: Any) -> None:
        """One article, analysed (`ArticleAnalysis` through `article_view`) or read back from the output
        (an `AnalysedRecord`): anything with the record's status, words, removed, sentence_words,
        quote_words, quotes, framing, mentions, actors and readability."""
        self.articles += 1
        if article.status != "ok":
            self.errors += 1
            return
        self.words += article.words
        self.removed_lines += len(article.removed)
        loaded = {voice: [0] * len(article.sentence_words) for voice in VOICES}
        terms: dict[str, list[str]] = {voice: [] for voice in VOICES}
        categories, labels, frames = [], [], []
        for hit in article.framing:
            voice, category = hit.voice, hit.category
            if hit.loaded and not hit.negated and voice in loaded:
                terms[voice].append(hit.term.lower())
                loaded[voice][hit.sentence] += 1
            if voice == "author":
                categories.append(category)
                if category == "label":
                    labels.append(hit.term.lower())
            if category == "frame" and hit.subcategory:
                frames.append(hit.subcategory)
        for voice, counts in loaded.items():  # Counter.update counts a list in C
            self.loaded[voice].extend(counts, article.sentence_words)
            self.loaded_terms[voice].update(terms[voice])
        self.author_categories.update(categories)
        self.labels.update(labels)
        self.frames.update(frames)
        self._add_quotes(article)
        sides = {actor.id: actor.side for actor in article.actors}
        scores: dict[tuple[str, str], list[float]] = defaultdict(list)
        for mention in article.mentions:
            side = sides.get(mention.actor_id)
            if side and mention.voice in self.sentiment:
                scores[(mention.voice, side)].append(mention.score)
        for (voice, side), values in scores.items():
            self.sentiment[voice][side].extend(values, [1] * len(values))
        for metric, total in self.means.items():
            value = article.readability.get(metric)
            if value is not None:
                total[0] += value
                total[1] += 1

    def _add_quotes(self, article: Any) -> None:
        """Quoted words by sentence, speaker and side; quote counts by kind; who speaks first and last;
        stance verbs; scare quotes."""
        starts = list(itertools.accumulate(article.sentence_words, initial=0))
        quoted: dict[int, dict[str, int]] = {}
        sides: dict[int, dict[str, int]] = {}
        self.quote_kinds.update([quote.kind for quote in article.quotes])
        for quote, (first, words) in zip(article.quotes, article.quote_words):
            if quote.kind == "scare":
                self.scare[quote.text] += 1
                continue
            if not words:
                continue
            speaker = quote.speaker or UNATTRIBUTED
            side = (quote.side or "unknown") if quote.speaker else UNATTRIBUTED
            sentence = bisect.bisect_right(starts, first) - 1
            word, end = first, first + words
            while word < end:  # the quote's words sentence by sentence
                upto = min(end, starts[sentence + 1])
                by_speaker = quoted.setdefault(sentence, {})
                by_speaker[speaker] = by_speaker.get(speaker, 0) + upto - word
                by_side = sides.setdefault(sentence, {})
                by_side[side] = by_side.get(side, 0) + upto - word
                word, sentence = upto, sentence + 1
        self.quoted_share.extend([sum(quoted[index].values()) if index in quoted else 0 for index in range(len(article.sentence_words))], article.sentence_words)
        for index in sorted(quoted):
            self.shares["quoted"].add(quoted[index])
            self.shares["sides"].add(sides[index])
        ordered = sorted(zip(article.quotes, article.quote_words), key=lambda pair: pair[0].start)
        spoken = [quote for quote, (_, words) in ordered if quote.speaker and quote.kind != "scare" and words >= MIN_SPEAKING_WORDS]
        if spoken:
            self.speakers_at["first"][spoken[0].speaker] += 1
            self.speakers_at["last"][spoken[-1].speaker] += 1
        for quote in {quote.utterance: quote for quote in article.quotes if quote.cue}.values():
            if quote.cue_class and quote.cue_class != "neutral":
                self.cues[f"{(quote.cue or '').lower()} ({quote.cue_class})"] += 1


@dataclass(frozen=True)
class ArticleView:
    """An `ArticleAnalysis` seen as an analysed record (what `OutletTally.add` reads)."""

    status: str
    words: int
    removed: Sequence[Any]
    sentence_words: Sequence[int]
    quote_words: Sequence[Sequence[int]]
    quotes: Sequence[Any]
    framing: Sequence[Any]
    mentions: Sequence[Any]
    actors: Sequence[Any]
    readability: Mapping[str, Any]


def article_view(analysis: ArticleAnalysis) -> ArticleView:
    """The analysis with the word counts its output record carries (`framing.output.sentence_words`, `quote_words`)."""
    from framing.output import quote_words, sentence_words

    document = analysis.document
    ok = analysis.status == "ok" and document is not None
    return ArticleView(
        status="ok" if ok else "error", words=document.n_words if ok else 0, removed=analysis.removed,
        sentence_words=sentence_words(document) if ok else [], quote_words=quote_words(document, analysis.quotes) if ok else [],
        quotes=analysis.quotes, framing=analysis.framing, mentions=analysis.mentions, actors=analysis.actors,
        readability=analysis.readability,
    )


def _count(read: Callable[[OutletTally], int]) -> Callable[[OutletTally, Bootstrap], list[Value]]:
    """A single count, no interval."""
    return lambda tally, settings: [Value("", read(tally), "count")]


def _counted(counter: Counter, unit: str = "count") -> list[Value]:
    """Counter items as values, most common first, ties alphabetical (deterministic)."""
    return [Value(str(key), count, unit) for key, count in sorted(counter.items(), key=lambda pair: (-pair[1], str(pair[0])))]


def _mean_score(metric: str, unit: str) -> Callable[[OutletTally, Bootstrap], list[Value]]:
    """Mean of one readability metric over the outlet's articles (n = articles; no interval: too few articles)."""

    def compute(tally: OutletTally, settings: Bootstrap) -> list[Value]:
        total, count = tally.means[metric]
        return [Value("", total / count if count else None, unit, n=count)]

    return compute


MEASURES: tuple[Measure, ...] = (
    Measure("articles", "articles", "articles from this outlet in the story", _count(lambda tally: tally.articles)),
    Measure("errors", "errors", "articles that could not be analysed", _count(lambda tally: tally.errors)),
    Measure("words", "words", "words after cleaning", _count(lambda tally: tally.words)),
    Measure("removed_lines", "furniture removed", "page-furniture lines removed by cleaning", _count(lambda tally: tally.removed_lines)),
    Measure("direct_quotes", "direct quotes", "direct quote spans (a multi-paragraph quote counts once a paragraph)", _count(lambda tally: tally.quote_kinds["direct"])),
    Measure("partial_quotes", "partial quotes", "short quoted phrases inside the journalist's sentence", _count(lambda tally: tally.quote_kinds["partial"])),
    Measure("quoted_share", "quoted share", "share of the outlet's words that are inside quotes (interval: sentences resampled)", lambda tally, settings: [tally.quoted_share.value("", "share", settings)], interval=True),
    Measure("voice_share_by_speaker", "voice: speaker", "each speaker's share of all quoted words (interval: quoting sentences resampled)", lambda tally, settings: tally.shares["quoted"].values(settings), interval=True),
    Measure("voice_share_by_side", "voice: side", "each side's share of all quoted words: government, opposition, NGO ... (interval: quoting sentences resampled)", lambda tally, settings: tally.shares["sides"].values(settings), interval=True),
    Measure("first_speaker", "speaks first", "articles in which this speaker is the first quoted (quotes of 3 words or more)", lambda tally, settings: _counted(tally.speakers_at["first"], "articles")),
    Measure("last_word", "last word", "articles in which this speaker is the last quoted (quotes of 3 words or more)", lambda tally, settings: _counted(tally.speakers_at["last"], "articles")),
    Measure("stance_verbs", "stance verbs", "reporting verbs that are not neutral (claimed, branded, insisted, hailed ...), once per utterance", lambda tally, settings: _counted(tally.cues)),
    Measure("scare_quotes", "scare quotes", "phrases in quote marks with no speaker", lambda tally, settings: _counted(tally.scare)),
    Measure("loaded_per_1000_author", "loaded/1k: journalist", "loaded words in the journalist's own voice per 1,000 words of the articles, negated ones left out (interval: sentences resampled)", lambda tally, settings: [tally.loaded["author"].value("", "per_1000_words", settings, scale=1000)], interval=True),
    Measure("loaded_per_1000_quoted", "loaded/1k: quoted", "loaded words inside quotes per 1,000 words of the articles, negated ones left out (interval: sentences resampled)", lambda tally, settings: [tally.loaded["quote"].value("", "per_1000_words", settings, scale=1000)], interval=True),
    Measure("loaded_words_author", "loaded: journalist", "loaded words the journalist chose, with counts", lambda tally, settings: _counted(tally.loaded_terms["author"])),
    Measure("loaded_words_quoted", "loaded: quoted", "loaded words the outlet chose to quote, with counts", lambda tally, settings: _counted(tally.loaded_terms["quote"])),
    Measure("labels_for_people_on_the_move", "labels for migrants", "labels for migrants, asylum seekers, refugees in the journalist's voice, with counts", lambda tally, settings: _counted(tally.labels)),
    Measure("water_metaphors", "water metaphors", "water metaphors for people (flow, influx, wave) in the journalist's voice", _count(lambda tally: tally.author_categories["water_metaphor"])),
    Measure("war_metaphors", "war metaphors", "war and military metaphors (battle, crack down) in the journalist's voice", _count(lambda tally: tally.author_categories["war_metaphor"])),
    Measure("crisis_words", "crisis words", "crisis and threat words in the journalist's voice", _count(lambda tally: tally.author_categories["crisis"])),
    Measure("policy_frames", "policy frames", "policy-frame cues by frame (Card et al. 2015 codebook), with counts", lambda tally, settings: _counted(tally.frames)),
    Measure("sentiment_by_side_author", "sentiment: journalist", "mean sentiment (-1..1) toward each side's actors in the journalist's voice (interval: mentions resampled)", lambda tally, settings: [sample.value(side, "score", settings) for side, sample in sorted(tally.sentiment["author"].items())], interval=True),
    Measure("sentiment_by_side_quoted", "sentiment: quoted", "mean sentiment (-1..1) toward each side's actors in quoted voices (interval: mentions resampled)", lambda tally, settings: [sample.value(side, "score", settings) for side, sample in sorted(tally.sentiment["quote"].items())], interval=True),
    Measure("flesch_reading_ease", "reading ease", "Flesch reading ease, mean over articles (higher is easier)", _mean_score("flesch_reading_ease", "score")),
    Measure("flesch_kincaid_grade", "grade level", "Flesch-Kincaid grade level, mean over articles", _mean_score("flesch_kincaid_grade", "grade")),
)

MEASURES_BY_NAME: Mapping[str, Measure] = {measure.name: measure for measure in MEASURES}


def story_of(analysis: ArticleAnalysis) -> str:
    """The article's story from its manifest, or "(no story)"."""
    return analysis.article.story or "(no story)"


def outlet_of(analysis: ArticleAnalysis) -> str:
    """The outlet's name, or the article's title or id when the outlet is unknown."""
    return analysis.article.outlet or analysis.article.title or analysis.article.id


def compare(
    analyses: Analyses,
    measures: Sequence[Measure] = MEASURES,
    settings: Bootstrap = Bootstrap(),
    stories: Mapping[str, str] | None = None,
) -> pd.DataFrame:
    """Tidy comparison table: one row per story, outlet, measure and key, with a numeric value.

    `stories` maps article ids to a story (see `framing.stories.assign_stories`); by default the manifest's.
    """
    tallies: dict[tuple[str, str], OutletTally] = defaultdict(OutletTally)
    for analysis in analyses:
        story = (stories or {}).get(analysis.article.id) or story_of(analysis)
        tallies[(story, outlet_of(analysis))].add(article_view(analysis))
    return comparison_table(tallies, measures, settings)


def compare_records(records: Iterable[Any], measures: Sequence[Measure] = MEASURES, settings: Bootstrap = Bootstrap()) -> pd.DataFrame:
    """`compare` over analysed records read back one at a time (`framing.analysed.iter_analysed` of the JSONL
    `framing analyze` writes): only each outlet's tally is kept, so memory does not grow with the articles.
    The story is the record's (its manifest's), or "(no story)"."""
    tallies: dict[tuple[str, str], OutletTally] = defaultdict(OutletTally)
    for record in records:
        tallies[(record.story or "(no story)", record.outlet or record.title or record.id)].add(record)
    return comparison_table(tallies, measures, settings)


def comparison_table(tallies: Mapping[tuple[str, str], OutletTally], measures: Sequence[Measure], settings: Bootstrap) -> pd.DataFrame:
    """The tidy table of every (story, outlet) tally: its measures' values, absent voices, `distinguishable`."""
    rows = [
        {"story": story, "outlet": outlet, "measure": measure.name, "key": value.key, "value": value.value, "unit": value.unit,
         "ci_low": value.ci_low, "ci_high": value.ci_high, "n": value.n}
        for (story, outlet), tally in sorted(tallies.items(), key=lambda pair: pair[0])
        for measure in measures
        for value in measure.compute(tally, settings)
    ]
    rows = _with_absent_voices(rows, [measure.name for measure in measures])
    table = pd.DataFrame(rows, columns=COLUMNS[:-1])
    table["value"] = pd.to_numeric(table["value"]).astype(float)
    for column in ("ci_low", "ci_high"):
        table[column] = pd.to_numeric(table[column]).astype(float)
    table["n"] = pd.array(table["n"], dtype="Int64")
    interval_measures = [measure.name for measure in measures if measure.interval]
    table["distinguishable"] = pd.array(_distinguishable(table, interval_measures), dtype="boolean")
    return table


SHARE_BREAKDOWNS = ("voice_share_by_speaker", "voice_share_by_side")


def _with_absent_voices(rows: list[dict[str, Any]], order: Sequence[str]) -> list[dict[str, Any]]:
    """Add a 0 share for a speaker or side another outlet of the story quotes but this one never does.

    An outlet that quotes nobody gets no rows (its shares are undefined); a 0 share rests on the outlet's
    own quoting sentences, so its interval is [0, 0] when there are enough of them.
    """
    present: dict[tuple[str, str], set[str]] = defaultdict(set)
    outlets: dict[tuple[str, str], dict[str, int | None]] = defaultdict(dict)
    have: dict[tuple[str, str, str], set[str]] = defaultdict(set)
    for row in rows:
        if row["measure"] in SHARE_BREAKDOWNS:
            present[(row["story"], row["measure"])].add(row["key"])
            outlets[(row["story"], row["measure"])][row["outlet"]] = row["n"]
            have[(row["story"], row["measure"], row["outlet"])].add(row["key"])
    added = []
    for (story, measure), keys in present.items():
        for outlet, units in outlets[(story, measure)].items():
            for key in sorted(keys - have[(story, measure, outlet)]):
                bound = 0.0 if units is not None and units >= MIN_UNITS_FOR_INTERVAL else None
                added.append({"story": story, "outlet": outlet, "measure": measure, "key": key, "value": 0.0, "unit": "share",
                              "ci_low": bound, "ci_high": bound, "n": units})
    position = {name: number for number, name in enumerate(order)}
    return sorted([*rows, *added], key=lambda row: (row["story"], row["outlet"], position.get(row["measure"], len(position))))


def _distinguishable(table: pd.DataFrame, interval_measures: Sequence[str]) -> list[bool | None]:
    """Per row of a rate or mean: is its interval clear of at least one other outlet's (same story, measure, key)?

    A value resting on too few units to have an interval is never distinguishable; None when no other
    outlet has a value to compare with, or the measure is not a rate or mean.
    """
    groups: dict[tuple[str, str, str], list[int]] = defaultdict(list)
    records = table.to_dict("records")
    for position, row in enumerate(records):
        if row["measure"] in interval_measures and pd.notna(row["value"]):
            groups[(row["story"], row["measure"], row["key"])].append(position)
    marks: list[bool | None] = [None] * len(records)
    for members in groups.values():
        if len(members) < 2:
            continue
        for position in members:
            row = records[position]
            others = [records[other] for other in members if other != position and pd.notna(records[other]["ci_low"])]
            marks[position] = bool(pd.notna(row["ci_low"]) and any(_apart(row, other) for other in others))
    return marks


def _apart(first: Mapping[str, Any], second: Mapping[str, Any]) -> bool:
    """Do two rows' intervals not overlap? (False when either has none.)"""
    if pd.isna(first["ci_low"]) or pd.isna(second["ci_low"]):
        return False
    return bool(first["ci_high"] < second["ci_low"] or second["ci_high"] < first["ci_low"])


def outlet_differences(table: pd.DataFrame) -> pd.DataFrame:
    """Every pair of outlets in a story for each rate or mean: both values and whether their intervals are apart."""
    groups: dict[tuple[str, str, str], list[dict[str, Any]]] = defaultdict(list)
    for row in table[table["distinguishable"].notna()].to_dict("records"):
        groups[(row["story"], row["measure"], row["key"])].append(row)
    rows = []
    for (story, measure, key), members in sorted(groups.items()):
        members = sorted(members, key=lambda row: row["outlet"])
        for number, first in enumerate(members):
            for second in members[number + 1:]:
                rows.append({
                    "story": story, "measure": measure, "key": key, "outlet_a": first["outlet"], "value_a": first["value"],
                    "outlet_b": second["outlet"], "value_b": second["value"], "distinguishable": _apart(first, second),
                })
    return pd.DataFrame(rows, columns=["story", "measure", "key", "outlet_a", "value_a", "outlet_b", "value_b", "distinguishable"])


def format_row(row: Mapping[str, Any], with_interval: bool = True) -> str:
    """One tidy row's value as a reader sees it: the number, its interval, and "≈" when not distinguishable."""
    value = row["value"]
    if value is None or pd.isna(value):
        return ""
    shown = format_number(value, row["unit"])
    if with_interval and pd.notna(row["ci_low"]):
        shown = format_interval(value, row["ci_low"], row["ci_high"], row["unit"])
    elif with_interval and pd.notna(row["n"]) and row["distinguishable"] is not None and pd.notna(row["distinguishable"]):
        shown += f" (n={row['n']})"
    return shown + (" ≈" if row["distinguishable"] is False else "")


def comparison_grid(table: pd.DataFrame, story: str, top: int | None = 6, with_interval: bool = True) -> pd.DataFrame:
    """One story's comparison for reading: a row per measure (and key), a column per outlet, formatted cells.

    Breakdown measures show their `top` keys (largest value in any outlet first; sides of a score by name);
    the tidy table keeps all.
    """
    records = table[table["story"] == story].to_dict("records")
    outlets = sorted({row["outlet"] for row in records})
    known = [measure.name for measure in MEASURES]
    order = {name: number for number, name in enumerate(dict.fromkeys([*known, *(row["measure"] for row in records)]))}
    by_measure: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for row in records:
        by_measure[row["measure"]].append(row)
    rows: dict[tuple[str, str], dict[str, str]] = {}
    for measure in sorted(by_measure, key=order.__getitem__):
        group = by_measure[measure]
        maxima: dict[str, float] = {}
        for row in group:
            value = row["value"] if pd.notna(row["value"]) else -np.inf
            maxima[row["key"]] = max(maxima.get(row["key"], -np.inf), value)
        by_name = {row["unit"] for row in group} == {"score"}
        ranked = sorted(maxima, key=lambda key: (0 if by_name else -maxima[key], key))
        for key in ranked[:top] if top else ranked:
            cells = {outlet: "" for outlet in outlets}
            for row in group:
                if row["key"] == key:
                    cells[row["outlet"]] = format_row(row, with_interval)
            rows[(measure, key)] = cells
    grid = pd.DataFrame([list(cells.values()) for cells in rows.values()], columns=outlets)
    grid.index = pd.MultiIndex.from_tuples(list(rows) or [], names=["measure", "key"]) if rows else pd.MultiIndex.from_tuples([], names=["measure", "key"])
    return grid


def row_label(measure: str, key: str) -> str:
    """A grid row's label: the measure's short label, then the key ("voice: side · government")."""
    label = MEASURES_BY_NAME[measure].label if measure in MEASURES_BY_NAME else measure
    return f"{label} · {key}" if key else label


def _cell(value: Any) -> str:
    """A Markdown table cell: pipes escaped, no line breaks."""
    return str(value).replace("|", "\\|").replace("\n", " ")


def grid_to_markdown(grid: pd.DataFrame) -> str:
    """A comparison grid as a Markdown table (measure rows, outlet columns)."""
    header = ["measure", *map(str, grid.columns)]
    lines = ["| " + " | ".join(_cell(name) for name in header) + " |", "|" + "---|" * len(header)]
    for (measure, key), row in grid.iterrows():
        lines.append("| " + " | ".join([_cell(row_label(measure, key)), *(_cell(value) for value in row)]) + " |")
    return "\n".join(lines) + "\n"


def glossary(measures: Sequence[Measure] = MEASURES) -> list[tuple[str, str, str]]:
    """(name, label, description) of every measure, for the report's glossary and hover text."""
    return [(measure.name, measure.label, measure.description) for measure in measures]


INTERVAL_NOTE = (
    f"Brackets give a 95% bootstrap interval (none under {MIN_UNITS_FOR_INTERVAL} sentences or mentions: n shown); "
    f"≈ marks an outlet whose interval overlaps every other outlet's: its difference from them is {NOT_DISTINGUISHABLE}."
)


def _ok(analyses: Analyses) -> list[ArticleAnalysis]:
    """Only the articles that were analysed without error."""
    return [item for item in analyses if item.status == "ok" and item.document is not None]


def distinctive_words(analyses: Analyses, stories: Mapping[str, str] | None = None, n: int = 5) -> pd.DataFrame:
    """Each outlet's most distinctive words within each story (Monroe et al. 2008 z-scores), as a tidy table."""
    from framing.distinctive import distinctive_terms

    texts: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    for item in _ok(analyses):
        story = (stories or {}).get(item.article.id) or story_of(item)
        texts[story][outlet_of(item)].append(item.document.cleaned_text)
    rows = [
        {"story": story, "outlet": term.group, "term": term.term, "z": term.z, "count": term.count, "count_elsewhere": term.count_elsewhere}
        for story in sorted(texts)
        for term in distinctive_terms(texts[story], n=n, min_z=0.0)
    ]
    return pd.DataFrame(rows, columns=["story", "outlet", "term", "z", "count", "count_elsewhere"])


def format_distinctive(words: pd.DataFrame, story: str) -> list[tuple[str, str]]:
    """(outlet, "term (z), ...") for one story, for the terminal and Markdown tables."""
    subset = words[words["story"] == story]
    return [
        (outlet, ", ".join(f"{row.term} ({row.z:.1f})" for row in group.itertuples()))
        for outlet, group in subset.groupby("outlet", sort=True)
    ]
