"""Compare outlets side by side: what each chose to quote, say, count and stress.

A comparison is a tidy table with a numeric `value`: one row per story, outlet, measure and key
(a speaker, a side, a term; empty for single-number measures), with its `unit`. Rates and means
carry a 95% bootstrap interval (`ci_low`, `ci_high`, resampling sentences or mentions with a fixed
seed, so the output is deterministic) and `n`, the number of units they rest on; `distinguishable`
says whether an outlet's interval is clear of at least one other outlet's in the same story.
`comparison_grid` turns it into one column an outlet for reading, formatted by `framing.formatting`.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
import pandas as pd

from framing.formatting import format_interval, format_number
from framing.pipeline import ArticleAnalysis

Analyses = Sequence[ArticleAnalysis]

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
    """A named comparison measure: a short label, what it means, and how to compute it from an outlet's articles.

    `interval` marks rates and means, which carry a bootstrap interval and are checked for overlap.
    """

    name: str
    label: str
    description: str
    compute: Callable[[Analyses, Bootstrap], list[Value]]
    interval: bool = False


def _ok(analyses: Analyses) -> list[ArticleAnalysis]:
    """Only the articles that were analysed without error."""
    return [item for item in analyses if item.status == "ok" and item.document is not None]


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
    values = np.concatenate(ratios)
    values = values[~np.isnan(values)]
    tail = 100 * (1 - settings.level) / 2
    low, high = np.percentile(values, [tail, 100 - tail])
    return float(low), float(high)


def _ratio_value(key: str, unit: str, numerators: Sequence[float], denominators: Sequence[float], settings: Bootstrap, scale: float = 1.0, n: int | None = None) -> Value:
    """A ratio with its bootstrap interval, optionally scaled (1000 for a rate per 1,000 words)."""
    total = sum(denominators)
    units = n if n is not None else len(numerators)
    if not total:
        return Value(key, None, unit, n=units)
    value = scale * sum(numerators) / total
    if units < MIN_UNITS_FOR_INTERVAL:
        return Value(key, value, unit, n=units)
    low, high = bootstrap_ratio(numerators, denominators, settings)
    return Value(key, value, unit, scale * low, scale * high, units)


@dataclass(frozen=True)
class SentenceUnit:
    """What one sentence contributes: its words, quoted words by speaker and side, loaded hits by voice."""

    words: int
    quoted: Mapping[str, int]
    sides: Mapping[str, int]
    loaded: Mapping[str, int]


def sentence_units(analyses: Analyses) -> list[SentenceUnit]:
    """One unit per sentence of the outlet's articles: the resampling unit for shares and rates."""
    units = []
    for item in _ok(analyses):
        document = item.document
        words = Counter(token.sentence for token in document.tokens)
        quoted: dict[int, Counter] = defaultdict(Counter)
        sides: dict[int, Counter] = defaultdict(Counter)
        for quote in item.quotes:
            if quote.kind == "scare":
                continue
            for token in document.tokens_between(quote.start, quote.end):
                quoted[token.sentence][quote.speaker or UNATTRIBUTED] += 1
                sides[token.sentence][(quote.side or "unknown") if quote.speaker else UNATTRIBUTED] += 1
        loaded: dict[int, Counter] = defaultdict(Counter)
        for hit in item.framing:
            if hit.loaded and not hit.negated:
                loaded[hit.sentence][hit.voice] += 1
        for sentence in document.sentences:
            index = sentence.index
            units.append(SentenceUnit(words[index], quoted.get(index, {}), sides.get(index, {}), loaded.get(index, {})))
    return units


def _count(compute: Callable[[Analyses], int]) -> Callable[[Analyses, Bootstrap], list[Value]]:
    """A single count, no interval."""
    return lambda analyses, settings: [Value("", compute(analyses), "count")]


def _words(analyses: Analyses) -> int:
    """Total words in the kept paragraphs."""
    return sum(item.document.n_words for item in _ok(analyses))


def _quotes_of_kind(kind: str) -> Callable[[Analyses], int]:
    """Number of quote spans of one kind (direct, partial, scare)."""
    return lambda analyses: sum(1 for item in _ok(analyses) for quote in item.quotes if quote.kind == kind)


def _quoted_share(analyses: Analyses, settings: Bootstrap) -> list[Value]:
    """Share of the outlet's words inside quotes, resampling sentences."""
    units = sentence_units(analyses)
    return [_ratio_value("", "share", [sum(unit.quoted.values()) for unit in units], [unit.words for unit in units], settings)]


def _voice_shares(level: str) -> Callable[[Analyses, Bootstrap], list[Value]]:
    """Quoted words by speaker or side as shares of all quoted words, resampling the sentences that quote."""

    def compute(analyses: Analyses, settings: Bootstrap) -> list[Value]:
        units = [unit for unit in sentence_units(analyses) if unit.quoted]
        counts = [getattr(unit, level) for unit in units]
        totals = [sum(count.values()) for count in counts]
        keys = Counter()
        for count in counts:
            keys.update(count)
        ranked = sorted(keys.items(), key=lambda pair: (-pair[1], pair[0]))
        return [_ratio_value(key, "share", [count.get(key, 0) for count in counts], totals, settings) for key, _ in ranked]

    return compute


def _speakers_at(position: str) -> Callable[[Analyses, Bootstrap], list[Value]]:
    """How many of the outlet's articles each speaker opens (or closes), counting quotes of 3 words or more."""

    def compute(analyses: Analyses, settings: Bootstrap) -> list[Value]:
        names: Counter = Counter()
        for item in _ok(analyses):
            spoken = [
                quote for quote in sorted(item.quotes, key=lambda quote: quote.start)
                if quote.speaker and quote.kind != "scare" and len(item.document.tokens_between(quote.start, quote.end)) >= MIN_SPEAKING_WORDS
            ]
            if spoken:
                names[(spoken[0] if position == "first" else spoken[-1]).speaker] += 1
        return [Value(name, count, "articles") for name, count in sorted(names.items(), key=lambda pair: (-pair[1], pair[0]))]

    return compute


def _counted(counter: Counter, unit: str = "count") -> list[Value]:
    """Counter items as values, most common first, ties alphabetical (deterministic)."""
    return [Value(str(key), count, unit) for key, count in sorted(counter.items(), key=lambda pair: (-pair[1], str(pair[0])))]


def _cues(analyses: Analyses, settings: Bootstrap) -> list[Value]:
    """Reporting verbs that carry a stance (not neutral), counted once per utterance, keyed "verb (stance)"."""
    return _counted(Counter(
        f"{(quote.cue or '').lower()} ({quote.cue_class})"
        for item in _ok(analyses)
        for quote in {quote.utterance: quote for quote in item.quotes if quote.cue}.values()
        if quote.cue_class and quote.cue_class != "neutral"
    ))


def _scare_quotes(analyses: Analyses, settings: Bootstrap) -> list[Value]:
    """Quoted phrases nobody is said to have said (scare or title quotes), with counts."""
    return _counted(Counter(quote.text for item in _ok(analyses) for quote in item.quotes if quote.kind == "scare"))


def _loaded_rate(voice: str) -> Callable[[Analyses, Bootstrap], list[Value]]:
    """Loaded-language hits in one voice per 1,000 words of the outlet's articles, resampling sentences."""

    def compute(analyses: Analyses, settings: Bootstrap) -> list[Value]:
        units = sentence_units(analyses)
        return [_ratio_value("", "per_1000_words", [unit.loaded.get(voice, 0) for unit in units], [unit.words for unit in units], settings, scale=1000)]

    return compute


def _loaded_terms(voice: str) -> Callable[[Analyses, Bootstrap], list[Value]]:
    """The loaded words used in one voice, lower-cased, with counts."""
    return lambda analyses, settings: _counted(Counter(
        hit.term.lower() for item in _ok(analyses) for hit in item.framing if hit.loaded and hit.voice == voice and not hit.negated
    ))


def _category_count(category: str) -> Callable[[Analyses], int]:
    """Hits of one lexicon category in the journalist's own voice."""
    return lambda analyses: sum(1 for item in _ok(analyses) for hit in item.framing if hit.category == category and hit.voice == "author")


def _labels(analyses: Analyses, settings: Bootstrap) -> list[Value]:
    """Labels for people on the move in the journalist's own voice, with counts."""
    return _counted(Counter(
        hit.term.lower() for item in _ok(analyses) for hit in item.framing if hit.category == "label" and hit.voice == "author"
    ))


def _frames(analyses: Analyses, settings: Bootstrap) -> list[Value]:
    """Policy-frame cues (Media Frames Corpus codebook), with counts."""
    return _counted(Counter(hit.subcategory for item in _ok(analyses) for hit in item.framing if hit.category == "frame" and hit.subcategory))


def _sentiment_by_side(voice: str) -> Callable[[Analyses, Bootstrap], list[Value]]:
    """Mean sentiment toward the actors of each side in one voice, resampling mentions."""

    def compute(analyses: Analyses, settings: Bootstrap) -> list[Value]:
        scores: dict[str, list[float]] = defaultdict(list)
        for item in _ok(analyses):
            sides = {actor.id: actor.side for actor in item.actors}
            for mention in item.mentions:
                if mention.voice == voice and sides.get(mention.actor_id):
                    scores[sides[mention.actor_id]].append(mention.score)
        return [_ratio_value(side, "score", values, [1] * len(values), settings) for side, values in sorted(scores.items())]

    return compute


def _mean_score(metric: str, unit: str) -> Callable[[Analyses, Bootstrap], list[Value]]:
    """Mean of one readability metric over the outlet's articles (n = articles; no interval: too few articles)."""

    def compute(analyses: Analyses, settings: Bootstrap) -> list[Value]:
        values = [value for value in (item.readability.get(metric) for item in _ok(analyses)) if value is not None]
        return [Value("", sum(values) / len(values) if values else None, unit, n=len(values))]

    return compute


MEASURES: tuple[Measure, ...] = (
    Measure("articles", "articles", "articles from this outlet in the story", _count(len)),
    Measure("errors", "errors", "articles that could not be analysed", _count(lambda analyses: sum(1 for item in analyses if item.status != "ok"))),
    Measure("words", "words", "words after cleaning", _count(_words)),
    Measure("removed_lines", "furniture removed", "page-furniture lines removed by cleaning", _count(lambda analyses: sum(len(item.removed) for item in _ok(analyses)))),
    Measure("direct_quotes", "direct quotes", "direct quote spans (a multi-paragraph quote counts once a paragraph)", _count(_quotes_of_kind("direct"))),
    Measure("partial_quotes", "partial quotes", "short quoted phrases inside the journalist's sentence", _count(_quotes_of_kind("partial"))),
    Measure("quoted_share", "quoted share", "share of the outlet's words that are inside quotes (interval: sentences resampled)", _quoted_share, interval=True),
    Measure("voice_share_by_speaker", "voice: speaker", "each speaker's share of all quoted words (interval: quoting sentences resampled)", _voice_shares("quoted"), interval=True),
    Measure("voice_share_by_side", "voice: side", "each side's share of all quoted words: government, opposition, NGO ... (interval: quoting sentences resampled)", _voice_shares("sides"), interval=True),
    Measure("first_speaker", "speaks first", "articles in which this speaker is the first quoted (quotes of 3 words or more)", _speakers_at("first")),
    Measure("last_word", "last word", "articles in which this speaker is the last quoted (quotes of 3 words or more)", _speakers_at("last")),
    Measure("stance_verbs", "stance verbs", "reporting verbs that are not neutral (claimed, branded, insisted, hailed ...), once per utterance", _cues),
    Measure("scare_quotes", "scare quotes", "phrases in quote marks with no speaker", _scare_quotes),
    Measure("loaded_per_1000_author", "loaded/1k: journalist", "loaded words in the journalist's own voice per 1,000 words of the articles, negated ones left out (interval: sentences resampled)", _loaded_rate("author"), interval=True),
    Measure("loaded_per_1000_quoted", "loaded/1k: quoted", "loaded words inside quotes per 1,000 words of the articles, negated ones left out (interval: sentences resampled)", _loaded_rate("quote"), interval=True),
    Measure("loaded_words_author", "loaded: journalist", "loaded words the journalist chose, with counts", _loaded_terms("author")),
    Measure("loaded_words_quoted", "loaded: quoted", "loaded words the outlet chose to quote, with counts", _loaded_terms("quote")),
    Measure("labels_for_people_on_the_move", "labels for migrants", "labels for migrants, asylum seekers, refugees in the journalist's voice, with counts", _labels),
    Measure("water_metaphors", "water metaphors", "water metaphors for people (flow, influx, wave) in the journalist's voice", _count(_category_count("water_metaphor"))),
    Measure("war_metaphors", "war metaphors", "war and military metaphors (battle, crack down) in the journalist's voice", _count(_category_count("war_metaphor"))),
    Measure("crisis_words", "crisis words", "crisis and threat words in the journalist's voice", _count(_category_count("crisis"))),
    Measure("policy_frames", "policy frames", "policy-frame cues by frame (Card et al. 2015 codebook), with counts", _frames),
    Measure("sentiment_by_side_author", "sentiment: journalist", "mean sentiment (-1..1) toward each side's actors in the journalist's voice (interval: mentions resampled)", _sentiment_by_side("author"), interval=True),
    Measure("sentiment_by_side_quoted", "sentiment: quoted", "mean sentiment (-1..1) toward each side's actors in quoted voices (interval: mentions resampled)", _sentiment_by_side("quote"), interval=True),
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
    groups: dict[tuple[str, str], list[ArticleAnalysis]] = defaultdict(list)
    for analysis in analyses:
        story = (stories or {}).get(analysis.article.id) or story_of(analysis)
        groups[(story, outlet_of(analysis))].append(analysis)
    rows = [
        {"story": story, "outlet": outlet, "measure": measure.name, "key": value.key, "value": value.value, "unit": value.unit,
         "ci_low": value.ci_low, "ci_high": value.ci_high, "n": value.n}
        for (story, outlet), items in sorted(groups.items())
        for measure in measures
        for value in measure.compute(items, settings)
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
