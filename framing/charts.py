"""Charts for the report, drawn from the comparison's tidy rows as inline SVG (no script, no download).

Each chart is computed here as geometry (bars, whiskers, ticks, legend) and drawn by the Jinja2 template
`chart.svg.j2` with autoescaping; the rows behind it are kept so the report can write them as CSV.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import pandas as pd

from framing.formatting import format_interval, format_number

# Okabe & Ito (2008) colour-blind-safe palette, then lighter tints for long legends.
SERIES_COLOURS = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#999999", "#F0E442",
                  "#004B75", "#9C6B00", "#006B4E", "#8A4F74")
WIDTH = 760
LEFT = 190
RIGHT = 24
TOP = 52
BAR = 13
GAP = 10
LEGEND_ROW = 18
MAX_SIDES = 5


@dataclass(frozen=True)
class Bar:
    """One drawn bar (or stacked segment), with its whisker (interval) and hover text."""

    x: float
    y: float
    width: float
    height: float
    colour: str
    title: str
    whisker: tuple[float, float] | None = None
    label: str = ""


@dataclass(frozen=True)
class Chart:
    """A chart ready to draw: bars, axis, legend and the rows behind it."""

    id: str
    title: str
    x_label: str
    y_label: str
    width: int
    height: int
    plot_left: float
    plot_right: float
    plot_bottom: float
    zero: float
    ticks: tuple[tuple[float, str], ...]
    row_labels: tuple[tuple[float, str], ...]
    legend: tuple[tuple[float, float, str, str], ...]
    bars: tuple[Bar, ...]
    data: pd.DataFrame
    note: str = ""


def series_colours(names: Sequence[str]) -> dict[str, str]:
    """A distinct colour for each name, in the given order."""
    return {name: SERIES_COLOURS[number % len(SERIES_COLOURS)] for number, name in enumerate(names)}


def nice_ticks(low: float, high: float, count: int = 5, whole: bool = False) -> list[float]:
    """Round tick values covering [low, high] (steps of 1, 2, 2.5 or 5 times a power of ten; whole numbers if `whole`)."""
    if high <= low:
        high = low + 1
    raw = (high - low) / count
    power = 10 ** math.floor(math.log10(raw))
    multiples = (1, 2, 5, 10) if whole else (1, 2, 2.5, 5, 10)
    step = next(multiple * power for multiple in multiples if multiple * power >= raw)
    if whole:
        step = max(step, 1)
    first = math.floor(low / step + 1e-9) * step
    ticks = []
    value = first
    while value <= high + step * 1e-6:
        ticks.append(round(value, 10))
        value += step
    if ticks[-1] < high - 1e-9:
        ticks.append(round(value, 10))
    return ticks


def _legend(names: Sequence[str], colours: Mapping[str, str]) -> tuple[tuple[tuple[float, float, str, str], ...], float]:
    """Legend entries (x, y, colour, name) laid out in rows across the chart, and the height they take."""
    entries = []
    x, y = float(LEFT), 34.0
    for name in names:
        width = 24 + 7 * len(name)
        if x + width > WIDTH - RIGHT and x > LEFT:
            x, y = float(LEFT), y + LEGEND_ROW
        entries.append((x, y, colours[name], name))
        x += width
    return tuple(entries), y + 10


def _axis(low: float, high: float, unit: str) -> tuple[list[float], float, float]:
    """Ticks and the value range they span."""
    ticks = nice_ticks(low, high, whole=unit in ("count", "articles"))
    return ticks, ticks[0], ticks[-1]


def _tick_label(value: float, unit: str) -> str:
    """A tick as a reader sees it (shares as percentages)."""
    if unit == "share":
        return f"{100 * value:.0f}%"
    if unit == "score":
        return f"{value:+.1f}" if value else "0"
    return format_number(value, unit if unit != "per_1000_words" else "")


def grouped_bars(
    chart_id: str, title: str, x_label: str, data: pd.DataFrame, row_column: str, series_column: str,
    colours: Mapping[str, str], unit: str, note: str = "",
) -> Chart | None:
    """Horizontal bars, one group a row (an outlet) and one bar a series (a side, a voice), whiskers for intervals."""
    data = data[data["value"].notna()]
    if data.empty:
        return None
    rows = list(dict.fromkeys(data[row_column]))
    series = [name for name in colours if name in set(data[series_column])]
    legend, legend_bottom = _legend(series, colours)
    top = max(TOP, legend_bottom + 8)
    lows = pd.concat([data["value"], data["ci_low"].dropna()])
    highs = pd.concat([data["value"], data["ci_high"].dropna()])
    low, high = min(0.0, float(lows.min())), max(0.0, float(highs.max()))
    if unit == "share":
        low, high = 0.0, max(high, 0.05)
    if unit == "score":
        reach = max(abs(low), abs(high), 0.1)
        low, high = -reach, reach
    ticks, low, high = _axis(low, high, unit)
    left, right = float(LEFT), float(WIDTH - RIGHT)
    scale = (right - left) / (high - low)
    place = lambda value: left + (value - low) * scale  # noqa: E731 - a tiny local mapping
    records: dict[str, dict[str, dict]] = {}
    for record in data.to_dict("records"):
        records.setdefault(record[row_column], {}).setdefault(record[series_column], record)
    bars, labels = [], []
    y = float(top)
    for row in rows:
        present = [name for name in series if name in records[row]]
        labels.append((y + BAR * len(present) / 2 + 4, str(row)))
        for name in present:
            record = records[row][name]
            start, end = sorted((place(0.0 if low <= 0 <= high else low), place(record["value"])))
            whisker = None
            if pd.notna(record["ci_low"]):
                whisker = (place(record["ci_low"]), place(record["ci_high"]))
            shown = format_interval(record["value"], record["ci_low"] if pd.notna(record["ci_low"]) else None,
                                    record["ci_high"] if pd.notna(record["ci_high"]) else None, unit)
            marks = " (not distinguishable here)" if record.get("distinguishable") is False else ""
            count = f", n={record['n']}" if pd.notna(record.get("n")) else ""
            bars.append(Bar(start, y, max(end - start, 1.0), BAR - 2, colours[name], f"{row} · {name}: {shown}{count}{marks}", whisker, shown))
            y += BAR
        y += GAP
    bottom = y
    return Chart(
        id=chart_id, title=title, x_label=x_label, y_label="outlet", width=WIDTH, height=int(bottom + 44),
        plot_left=left, plot_right=right, plot_bottom=bottom, zero=place(0.0) if low <= 0 <= high else left,
        ticks=tuple((place(value), _tick_label(value, unit)) for value in ticks), row_labels=tuple(labels),
        legend=legend, bars=tuple(bars), data=data.reset_index(drop=True), note=note,
    )


def stacked_bars(
    chart_id: str, title: str, x_label: str, data: pd.DataFrame, row_column: str, series_column: str,
    colours: Mapping[str, str], unit: str, note: str = "",
) -> Chart | None:
    """Horizontal stacked bars: one bar a row (an outlet), one segment a series (a speaker, a label)."""
    data = data[data["value"].notna() & (data["value"] > 0)]
    if data.empty:
        return None
    rows = list(dict.fromkeys(data[row_column]))
    series = [name for name in colours if name in set(data[series_column])]
    legend, legend_bottom = _legend(series, colours)
    top = max(TOP, legend_bottom + 8)
    totals = data.groupby(row_column)["value"].sum()
    high = 1.0 if unit == "share" else float(totals.max())
    ticks, low, high = _axis(0.0, high, unit)
    left, right = float(LEFT), float(WIDTH - RIGHT)
    scale = (right - left) / (high - low)
    records: dict[str, dict[str, float]] = {}
    for record in data.to_dict("records"):
        records.setdefault(record[row_column], {}).setdefault(record[series_column], float(record["value"]))
    bars, labels = [], []
    y = float(top)
    for row in rows:
        labels.append((y + BAR + 2, str(row)))
        x = left
        for name in series:
            if name not in records[row]:
                continue
            value = records[row][name]
            width = value * scale
            shown = format_number(value, unit)
            bars.append(Bar(x, y, width, 2 * BAR - 2, colours[name], f"{row} · {name}: {shown}", None, shown if width > 34 else ""))
            x += width
        y += 2 * BAR + GAP
    return Chart(
        id=chart_id, title=title, x_label=x_label, y_label="outlet", width=WIDTH, height=int(y + 44),
        plot_left=left, plot_right=right, plot_bottom=y, zero=left,
        ticks=tuple((left + (value - low) * scale, _tick_label(value, unit)) for value in ticks), row_labels=tuple(labels),
        legend=legend, bars=tuple(bars), data=data.reset_index(drop=True), note=note,
    )


def _top_keys(data: pd.DataFrame, top: int) -> list[str]:
    """The `top` keys with the largest total value, ties alphabetical."""
    totals = data.groupby("key")["value"].sum()
    return sorted(totals.index, key=lambda key: (-totals[key], key))[:top]


def story_charts(table: pd.DataFrame, story: str, side_colours: Mapping[str, str], slug: str) -> list[Chart]:
    """The report's charts for one story, from its tidy comparison rows (charts with no data are left out)."""
    rows = table[table["story"] == story]
    pick = lambda *measures: rows[rows["measure"].isin(measures)].copy()  # noqa: E731 - a tiny local selector
    charts: list[Chart | None] = []
    sides = pick("voice_share_by_side")
    charts.append(grouped_bars(
        f"{slug}-sides", "Quoted share by side", "share of all quoted words (bars: 95% interval)", sides, "outlet", "key",
        {name: colour for name, colour in side_colours.items() if name in set(sides["key"])}, "share",
    ))
    speakers = pick("voice_share_by_speaker")
    if not speakers.empty:
        keep = _top_keys(speakers, 9)
        others = speakers[~speakers["key"].isin(keep)].groupby(["story", "outlet", "measure", "unit"], as_index=False)["value"].sum()
        others["key"] = "others"
        speakers = pd.concat([speakers[speakers["key"].isin(keep)], others], ignore_index=True)
        names = [*keep, *(["others"] if len(others) else [])]
        charts.append(stacked_bars(
            f"{slug}-speakers", "Who speaks", "share of all quoted words", speakers, "outlet", "key", series_colours(names), "share",
        ))
    loaded = pick("loaded_per_1000_author", "loaded_per_1000_quoted")
    loaded["key"] = loaded["measure"].map({"loaded_per_1000_author": "journalist's voice", "loaded_per_1000_quoted": "quoted voices"})
    charts.append(grouped_bars(
        f"{slug}-loaded", "Loaded words per 1,000 words, by voice", "loaded words per 1,000 words (bars: 95% interval)", loaded,
        "outlet", "key", series_colours(["journalist's voice", "quoted voices"]), "per_1000_words",
    ))
    sentiment = pick("sentiment_by_side_author", "sentiment_by_side_quoted")
    if not sentiment.empty:  # the sides mentioned most, so the chart stays readable; the CSV and table keep all
        mentions = sentiment.groupby("key")["n"].sum()
        sentiment = sentiment[sentiment["key"].isin(sorted(mentions.index, key=lambda key: (-mentions[key], key))[:MAX_SIDES])]
    sentiment["row"] = sentiment["outlet"] + sentiment["measure"].map({"sentiment_by_side_author": " · journalist", "sentiment_by_side_quoted": " · quoted"})
    sentiment = sentiment.sort_values(["outlet", "measure"], kind="stable")
    charts.append(grouped_bars(
        f"{slug}-sentiment", "Sentiment toward each side, by voice", "mean sentiment, -1 negative to +1 positive (bars: 95% interval)",
        sentiment, "row", "key", {name: colour for name, colour in side_colours.items() if name in set(sentiment["key"])}, "score",
        note=f"The {MAX_SIDES} sides mentioned most; all sides are in the table and the CSV.",
    ))
    labels = pick("labels_for_people_on_the_move")
    if not labels.empty:
        keep = _top_keys(labels, 10)
        labels = labels[labels["key"].isin(keep)]
        charts.append(stacked_bars(
            f"{slug}-labels", "Labels for people on the move (journalist's voice)", "uses", labels, "outlet", "key", series_colours(keep), "count",
        ))
    readability = pick("flesch_reading_ease")
    readability["key"] = "Flesch reading ease"
    charts.append(grouped_bars(
        f"{slug}-readability", "Readability", "Flesch reading ease (higher is easier; 30-50 is college level)", readability,
        "outlet", "key", series_colours(["Flesch reading ease"]), "score_plain",
    ))
    return [chart for chart in charts if chart is not None]
