"""Compare outlets side by side: what each chose to quote, say, count and stress.

A comparison is a tidy table (story, outlet, measure, value) built from finished analyses by small
named measures; `comparison_grid` pivots it to one column an outlet for reading.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

import pandas as pd

from framing.pipeline import ArticleAnalysis

Analyses = Sequence[ArticleAnalysis]


@dataclass(frozen=True)
class Measure:
    """One row of the comparison: a name, what it means, and how to compute it from an outlet's articles."""

    name: str
    description: str
    compute: Callable[[Analyses], Any]


def _ok(analyses: Analyses) -> list[ArticleAnalysis]:
    """Only the articles that were analysed without error."""
    return [item for item in analyses if item.status == "ok"]


def _words(analyses: Analyses) -> int:
    """Total words in the kept paragraphs."""
    return sum(item.document.n_words for item in _ok(analyses))


def _mean_score(metric: str) -> Callable[[Analyses], float | None]:
    """Mean of one readability metric over the outlet's articles."""

    def compute(analyses: Analyses) -> float | None:
        values = [item.readability.get(metric) for item in _ok(analyses)]
        values = [value for value in values if value is not None]
        return round(sum(values) / len(values), 1) if values else None

    return compute


def _removed_lines(analyses: Analyses) -> int:
    """Furniture lines removed by cleaning."""
    return sum(len(item.removed) for item in _ok(analyses))


def _errors(analyses: Analyses) -> int:
    """Articles that could not be analysed."""
    return sum(1 for item in analyses if item.status != "ok")


def _quotes_of_kind(kind: str) -> Callable[[Analyses], int]:
    """Number of quote spans of one kind (direct, partial, scare)."""

    def compute(analyses: Analyses) -> int:
        return sum(1 for item in _ok(analyses) for quote in item.quotes if quote.kind == kind)

    return compute


def _quoted_share(analyses: Analyses) -> str | None:
    """Share of the outlet's words that are inside quotes."""
    words = _words(analyses)
    quoted = sum(item.speakers.quoted_words for item in _ok(analyses) if item.speakers)
    return f"{quoted / words:.0%}" if words else None


def _voice_shares(level: str) -> Callable[[Analyses], str]:
    """Quoted words by speaker or by side, as shares of all quoted words, largest first."""

    def compute(analyses: Analyses) -> str:
        words: Counter = Counter()
        for item in _ok(analyses):
            for share in getattr(item.speakers, level, ()) if item.speakers else ():
                words[share.name] += share.words
        total = sum(words.values())
        ranked = sorted(words.items(), key=lambda pair: (-pair[1], pair[0]))[:4]
        return ", ".join(f"{name} {count / total:.0%}" for name, count in ranked) if total else ""

    return compute


def _speaker_at(position: str) -> Callable[[Analyses], str]:
    """Who speaks first (or gets the last word) in each of the outlet's articles."""

    def compute(analyses: Analyses) -> str:
        names = [getattr(item.speakers, f"{position}_speaker") for item in _ok(analyses) if item.speakers]
        return "; ".join(name or "(nobody)" for name in names)

    return compute


def _cues(analyses: Analyses) -> str:
    """Reporting verbs that carry a stance (not neutral), with counts, per utterance."""
    cues = Counter(
        (quote.cue_class, (quote.cue or "").lower())
        for item in _ok(analyses)
        for quote in {quote.utterance: quote for quote in item.quotes if quote.cue}.values()
        if quote.cue_class and quote.cue_class != "neutral"
    )
    return top_counts(Counter({f"{cue} [{stance}]": count for (stance, cue), count in cues.items()}), n=6)


def _scare_quotes(analyses: Analyses) -> str:
    """Quoted phrases nobody is said to have said (scare or title quotes)."""
    return "; ".join(
        dict.fromkeys(quote.text for item in _ok(analyses) for quote in item.quotes if quote.kind == "scare")
    )


def _loaded_rate(voice: str) -> Callable[[Analyses], float | None]:
    """Loaded-language hits in one voice (author or quote) per 1,000 words of the outlet's articles."""

    def compute(analyses: Analyses) -> float | None:
        words = _words(analyses)
        hits = sum(1 for item in _ok(analyses) for hit in item.framing if hit.loaded and hit.voice == voice and not hit.negated)
        return round(1000 * hits / words, 1) if words else None

    return compute


def _loaded_terms(voice: str) -> Callable[[Analyses], str]:
    """The loaded words used most in one voice, lower-cased, with counts."""

    def compute(analyses: Analyses) -> str:
        terms = Counter(hit.term.lower() for item in _ok(analyses) for hit in item.framing if hit.loaded and hit.voice == voice)
        return top_counts(terms, n=6)

    return compute


def _category_count(category: str) -> Callable[[Analyses], int]:
    """Hits of one lexicon category in the journalist's own voice."""

    def compute(analyses: Analyses) -> int:
        return sum(1 for item in _ok(analyses) for hit in item.framing if hit.category == category and hit.voice == "author")

    return compute


def _labels(analyses: Analyses) -> str:
    """Labels for people on the move in the journalist's own voice, with counts."""
    labels = Counter(
        hit.term.lower() for item in _ok(analyses) for hit in item.framing if hit.category == "label" and hit.voice == "author"
    )
    return top_counts(labels, n=4)


def _top_frames(analyses: Analyses) -> str:
    """The policy frames cued most often (Media Frames Corpus codebook), with counts."""
    frames = Counter(hit.subcategory for item in _ok(analyses) for hit in item.framing if hit.category == "frame")
    return top_counts(frames, n=3)


def _sentiment_by_side(voice: str) -> Callable[[Analyses], str]:
    """Mean sentiment toward the actors of each side in one voice, most negative first (mentions in brackets)."""

    def compute(analyses: Analyses) -> str:
        scores: dict[str, list[float]] = {}
        for item in _ok(analyses):
            sides = {actor.id: actor.side for actor in item.actors}
            for mention in item.mentions:
                if mention.voice == voice and sides.get(mention.actor_id):
                    scores.setdefault(sides[mention.actor_id], []).append(mention.score)
        means = sorted((sum(values) / len(values), side, len(values)) for side, values in scores.items())
        return ", ".join(f"{side} {mean:+.2f} ({count})" for mean, side, count in means)

    return compute


MEASURES: tuple[Measure, ...] = (
    Measure("articles", "articles from this outlet in the story", len),
    Measure("errors", "articles that could not be analysed", _errors),
    Measure("words", "words after cleaning", _words),
    Measure("removed_lines", "page-furniture lines removed", _removed_lines),
    Measure("direct_quotes", "direct quote spans (a multi-paragraph quote counts once a paragraph)", _quotes_of_kind("direct")),
    Measure("partial_quotes", "short quoted phrases inside the journalist's sentence", _quotes_of_kind("partial")),
    Measure("quoted_share", "share of the words that are quoted", _quoted_share),
    Measure("voices", "quoted words by speaker, as shares of all quoted words", _voice_shares("speakers")),
    Measure("sides", "quoted words by side (government, opposition, NGO ...)", _voice_shares("sides")),
    Measure("first_speaker", "who is quoted first", _speaker_at("first")),
    Measure("last_word", "who is quoted last", _speaker_at("last")),
    Measure("stance_verbs", "reporting verbs that are not neutral (claimed, branded, insisted, hailed ...)", _cues),
    Measure("scare_quotes", "phrases in quote marks with no speaker", _scare_quotes),
    Measure("loaded_per_1000_author", "loaded words in the journalist's own voice per 1,000 words (negated ones left out)", _loaded_rate("author")),
    Measure("loaded_per_1000_quoted", "loaded words inside quotes per 1,000 words", _loaded_rate("quote")),
    Measure("loaded_words_author", "loaded words the journalist chose", _loaded_terms("author")),
    Measure("loaded_words_quoted", "loaded words the outlet chose to quote", _loaded_terms("quote")),
    Measure("labels_for_people_on_the_move", "labels for migrants, asylum seekers, refugees in the journalist's voice", _labels),
    Measure("water_metaphors", "water metaphors for people (flow, influx, wave) in the journalist's voice", _category_count("water_metaphor")),
    Measure("war_metaphors", "war and military metaphors (battle, crack down) in the journalist's voice", _category_count("war_metaphor")),
    Measure("crisis_words", "crisis and threat words in the journalist's voice", _category_count("crisis")),
    Measure("top_frames", "policy frames cued most (Card et al. 2015 codebook)", _top_frames),
    Measure("sentiment_by_side_author", "mean sentiment toward each side's actors in the journalist's voice (-1..1)", _sentiment_by_side("author")),
    Measure("sentiment_by_side_quoted", "mean sentiment toward each side's actors in quoted voices (-1..1)", _sentiment_by_side("quote")),
    Measure("flesch_reading_ease", "Flesch reading ease (higher is easier)", _mean_score("flesch_reading_ease")),
    Measure("flesch_kincaid_grade", "Flesch-Kincaid grade level", _mean_score("flesch_kincaid_grade")),
)


def top_counts(counter: Counter, n: int = 3) -> str:
    """The `n` most common items as "item (count)", ties broken alphabetically for determinism."""
    ranked = sorted(counter.items(), key=lambda pair: (-pair[1], str(pair[0])))[:n]
    return ", ".join(f"{item} ({count})" for item, count in ranked)


def compare(analyses: Analyses, measures: Sequence[Measure] = MEASURES) -> pd.DataFrame:
    """Tidy comparison table: one row per story, outlet and measure."""
    groups: dict[tuple[str, str], list[ArticleAnalysis]] = {}
    for analysis in analyses:
        key = (analysis.article.story or "(no story)", analysis.article.outlet or analysis.article.id)
        groups.setdefault(key, []).append(analysis)
    rows = [
        {"story": story, "outlet": outlet, "measure": measure.name, "value": measure.compute(items)}
        for (story, outlet), items in sorted(groups.items())
        for measure in measures
    ]
    return pd.DataFrame(rows, columns=["story", "outlet", "measure", "value"], dtype=object)


def comparison_grid(table: pd.DataFrame, story: str) -> pd.DataFrame:
    """One story's comparison with a row a measure and a column an outlet, measures in their defined order."""
    subset = table[table["story"] == story]
    order = list(dict.fromkeys(subset["measure"]))
    grid = subset.pivot(index="measure", columns="outlet", values="value")
    return grid.reindex(order)


def _cell(value: Any) -> str:
    """A table cell: empty for missing values, pipes escaped for Markdown."""
    if value is None or (isinstance(value, float) and value != value):
        return ""
    return str(value).replace("|", "\\|").replace("\n", " ")


def grid_to_markdown(grid: pd.DataFrame) -> str:
    """A comparison grid as a Markdown table (measure rows, outlet columns)."""
    header = ["measure", *map(str, grid.columns)]
    lines = ["| " + " | ".join(_cell(name) for name in header) + " |", "|" + "---|" * len(header)]
    for measure, row in grid.iterrows():
        lines.append("| " + " | ".join([_cell(measure), *(_cell(value) for value in row)]) + " |")
    return "\n".join(lines) + "\n"
