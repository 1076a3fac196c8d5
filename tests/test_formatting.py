"""Numbers are shown the same way everywhere: shares as percentages, one decimal under 1%."""

from __future__ import annotations

import math

import pytest

from framing.formatting import format_interval, format_number, format_share


@pytest.mark.parametrize(
    ("share", "expected"),
    [(None, ""), (math.nan, ""), (0.0, "0%"), (0.004, "0.4%"), (0.0099, "1.0%"), (0.33, "33%"), (1.0, "100%")],
)
def test_format_share(share, expected):
    assert format_share(share) == expected


@pytest.mark.parametrize(
    ("value", "unit", "expected"),
    [
        (None, "", ""),
        (12, "count", "12"),
        (12000, "count", "12,000"),
        (12000.0, "count", "12,000"),
        (1.0, "articles", "1"),
        (0.005, "share", "0.5%"),
        (36.854, "per_1000_words", "36.9"),
        (40.68, "grade", "40.7"),
        (-0.314, "score", "-0.31"),
        (0.1, "score", "+0.10"),
        (-0.0035, "score", "0.00"),  # no signed zero
        (29.321, "", "29.3"),
    ],
)
def test_format_number(value, unit, expected):
    assert format_number(value, unit) == expected


@pytest.mark.parametrize(
    ("value", "low", "high", "unit", "expected"),
    [
        (None, None, None, "share", ""),
        (0.45, None, None, "share", "45%"),
        (0.45, 0.3, 0.6049, "share", "45% [30, 60]"),
        (0.004, 0.001, 0.009, "share", "0.4% [0.1, 0.9]"),
        (36.854, 20.12, 52.29, "per_1000_words", "36.9 [20.1, 52.3]"),
        (-0.314, -0.5, -0.12, "score", "-0.31 [-0.50, -0.12]"),
        (0.1, math.nan, 0.2, "score", "+0.10"),
    ],
)
def test_format_interval(value, low, high, unit, expected):
    assert format_interval(value, low, high, unit) == expected
