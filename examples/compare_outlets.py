"""Compare how outlets covered the same story: who they quote, which loaded words they choose.

Run: python examples/compare_outlets.py [CORPUS]   (default: the five seed articles)
"""

from __future__ import annotations

import sys
from pathlib import Path

import pandas as pd

import framing

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def main(corpus: Path) -> None:
    result = framing.analyze(corpus)
    words = result.articles.groupby(["story", "outlet"])["words"].sum()

    hits = result.framing[result.framing["loaded"] & ~result.framing["negated"]]
    loaded = hits.groupby(["story", "outlet", "voice"], observed=True).size().unstack("voice", fill_value=0)
    loaded = loaded.reindex(words.index, fill_value=0).div(words, axis=0).mul(1000).round(1)
    loaded.columns = [f"loaded per 1,000 ({voice})" for voice in loaded.columns]

    sides = result.speakers[result.speakers["level"] == "side"]
    quoted = sides.groupby(["story", "outlet", "name"])["words"].sum()
    top_side = quoted.groupby(["story", "outlet"]).idxmax().map(lambda key: key[-1]).rename("side quoted most")
    share = (quoted.groupby(["story", "outlet"]).sum() / words).round(2).rename("quoted share")

    framing_hits = result.framing[~result.framing["negated"]]
    labels = framing_hits[(framing_hits["category"] == "label") & (framing_hits["voice"] == "author")]
    label_words = labels.groupby(["story", "outlet"])["term"].agg(lambda terms: ", ".join(sorted(set(terms.str.lower()))))

    table = pd.concat([loaded, share, top_side, label_words.rename("labels (journalist)")], axis=1).fillna("")
    with pd.option_context("display.width", 200, "display.max_colwidth", 60):
        print(table.to_string())
    print(f"\nthe full comparison ({len(result.comparison)} rows): framing.compare(result) or result.comparison")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else SEEDS)
