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


MEASURES: tuple[Measure, ...] = (
    Measure("articles", "articles from this outlet in the story", len),
    Measure("errors", "articles that could not be analysed", _errors),
    Measure("words", "words after cleaning", _words),
    Measure("removed_lines", "page-furniture lines removed", _removed_lines),
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
