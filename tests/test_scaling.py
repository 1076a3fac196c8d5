"""Cost grows linearly with an article's length: Python lines executed inside `framing`, counted at two sizes.

Counting executed lines (a work counter, not wall time) makes the test deterministic on a loaded
machine; a stage that rescans the article per mention or per quote makes the count grow with the
square of the length and fails it.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from types import FrameType
from typing import Any

import pytest

import framing
from framing.results import analyze_text

PACKAGE = str(Path(framing.__file__).resolve().parent)
SIZES = (1, 3)
ALLOWED_GROWTH = 1.15
"""Lines executed at 3x the text may be at most 3 x 1.15 those at 1x (before the fix: 1.46)."""


def lines_executed(text: str) -> int:
    """Python lines executed in the framing package while analysing `text` (libraries not counted)."""
    count = 0

    def local(frame: FrameType, event: str, arg: Any) -> Any:
        nonlocal count
        if event == "line":
            count += 1
        return local

    def calls(frame: FrameType, event: str, arg: Any) -> Any:
        return local if frame.f_code.co_filename.startswith(PACKAGE) else None

    sys.settrace(calls)
    try:
        result = analyze_text(text)
    finally:
        sys.settrace(None)
    assert result.status == "ok", result.error
    return count


QUOTE_SENTENCES = Path(__file__).resolve().parent / "data" / "quotes_real_newsmtsc_training.jsonl"


def quote_dense_article() -> str:
    """Eighty real news sentences full of quotes, scare quotes and unattributed fragments, one a paragraph: the text
    that exercises the quote stage's per-quote work (the speaker ranker's candidates, utterances, mention lookups)."""
    return "\n\n".join(json.loads(line)["text"] for line in QUOTE_SENTENCES.read_text(encoding="utf-8").splitlines()[:80])


@pytest.mark.parametrize("source", ["seed 002", "real quote sentences"])
def test_work_grows_linearly_with_article_length(seed_texts: dict[str, str], source: str) -> None:
    # seed 002 is the longest seed: many quotes, titles, surnames and pronouns
    body = seed_texts["002"] if source == "seed 002" else quote_dense_article()
    analyze_text(body)  # load shipped lexicons and models before counting
    small, large = (lines_executed("\n\n".join([body] * copies)) for copies in SIZES)
    growth = large / small / (SIZES[1] / SIZES[0])
    assert growth <= ALLOWED_GROWTH, f"{small:,} lines at 1x, {large:,} at {SIZES[1]}x: {growth:.2f}x linear"
