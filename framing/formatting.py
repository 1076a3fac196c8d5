"""One way to show a number to a reader, shared by the terminal, Markdown, HTML report and exercises.

Values stay numbers in every table; only these functions turn them into text, so a share, a rate or a
score is rounded the same way wherever a person reads it.
"""

from __future__ import annotations

import math

COUNT_UNITS = ("count", "articles", "words")


def format_share(share: float | None) -> str:
    """A fraction 0..1 as a percentage: whole percent, one decimal under 1% (never a misleading "0%")."""
    if share is None or (isinstance(share, float) and math.isnan(share)):
        return ""
    percent = 100.0 * share
    if percent == 0:
        return "0%"
    if abs(percent) < 1:
        return f"{percent:.1f}%"
    return f"{percent:.0f}%"


def format_number(value: float | int | None, unit: str = "") -> str:
    """A value as a reader sees it: shares as percentages, counts as integers, others to one decimal.

    `unit` is the measure's unit ("share", "count", "per_1000_words", "score", "grade", ...).
    """
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    if unit == "share":
        return format_share(float(value))
    if unit in COUNT_UNITS or isinstance(value, bool):
        return f"{int(value):,}"
    if isinstance(value, int):
        return f"{value:,}"
    if unit == "score" and abs(value) < 10:
        return "0.00" if round(value, 2) == 0 else f"{value:+.2f}"
    return f"{value:,.1f}"


def format_interval(value: float | None, low: float | None, high: float | None, unit: str = "") -> str:
    """A value with its interval, "45% [30, 60]": the bounds in the value's format (shares without the % sign)."""
    shown = format_number(value, unit)
    if not shown or low is None or high is None or math.isnan(low) or math.isnan(high):
        return shown
    bounds = [format_number(bound, unit).rstrip("%") for bound in (low, high)]
    return f"{shown} [{bounds[0]}, {bounds[1]}]"
