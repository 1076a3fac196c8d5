"""Score framing for every article in a CSV: loaded language by voice, labels, frames, quotes.

Run: python examples/score_csv.py [FILE.csv] [--text COLUMN] [--id COLUMN] [--outlet COLUMN]
Without a file it writes a small CSV from the example passages (data/lean_passages.jsonl) and
scores that. Writes the scores next to the input as <name>.scores.csv and prints them.
"""

from __future__ import annotations

import argparse
import tempfile
from pathlib import Path

import pandas as pd

import framing

HERE = Path(__file__).resolve().parent


def example_csv() -> Path:
    """A CSV with the example passages, in a temporary folder."""
    path = Path(tempfile.mkdtemp()) / "articles.csv"
    pd.read_json(HERE / "data" / "lean_passages.jsonl", lines=True).to_csv(path, index=False)
    return path


def scores(result: framing.AnalysisResult) -> pd.DataFrame:
    """One row an article: loaded words per 1,000 by voice, the top frame, labels, quoted share."""
    articles = result.articles.set_index("article_id")
    hits = result.framing[~result.framing["negated"]]
    loaded = hits[hits["loaded"]].groupby(["article_id", "voice"], observed=False).size().unstack("voice")
    loaded = loaded.reindex(articles.index, fill_value=0).div(articles["words"], axis=0).mul(1000).round(1)
    frames = hits[hits["category"] == "frame"].groupby("article_id")["subcategory"].agg(lambda s: s.value_counts().index[0])
    labels = hits[(hits["category"] == "label") & (hits["voice"] == "author")].groupby("article_id")["term"].agg(
        lambda terms: ", ".join(sorted(set(terms.str.lower())))
    )
    quoted = result.speakers[result.speakers["level"] == "side"].groupby("article_id")["words"].sum()
    return pd.DataFrame({
        "outlet": articles["outlet"],
        "status": articles["status"],
        "loaded_per_1000_author": loaded["author"],
        "loaded_per_1000_quote": loaded["quote"],
        "top_frame": frames.reindex(articles.index).astype("string"),
        "labels_author": labels.reindex(articles.index).astype("string"),
        "quoted_share": (quoted.reindex(articles.index, fill_value=0) / articles["words"]).round(2),
    })


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("csv", nargs="?", type=Path, help="a CSV with one article a row")
    parser.add_argument("--text", default="text", help="the text column")
    parser.add_argument("--id", default="id", help="the id column")
    parser.add_argument("--outlet", default="outlet", help="the outlet column")
    args = parser.parse_args()
    path = args.csv or example_csv()
    frame = pd.read_csv(path)
    result = framing.analyze(frame, text=args.text, id=args.id, outlet=args.outlet)
    table = scores(result)
    out = path.with_suffix(".scores.csv")
    table.to_csv(out)
    with pd.option_context("display.width", 200, "display.max_colwidth", 40):
        print(table.to_string())
    print(f"\nwrote {out}")


if __name__ == "__main__":
    main()
