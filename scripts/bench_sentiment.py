"""Benchmark target-dependent sentiment on the NewsMTSC dev splits and write reports/benchmarks/sentiment.md.

Usage: python scripts/bench_sentiment.py [--data ../shared/data/newsmtsc] [--model framing/models/target_sentiment.json]
                                         [--out reports/benchmarks/sentiment.md]

Scores the sentence-level VADER baseline (compound >= 0.05 positive, <= -0.05 negative, else neutral; the
same label for every target of a sentence) and the target model on dev_rw, dev_mt and both. The shipped
model is trained on train + dev (scripts/train_sentiment.py), so its dev figures are in-sample: the honest
held-out figures come from a model with the same parameters refitted here on train only (about 10 s).
With --model, that model is scored instead (held out if its metadata says it saw train only).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from sklearn.metrics import accuracy_score, f1_score

from framing.sentiment import (
    LABELS,
    TargetSentimentClassifier,
    load_default_model,
    vader_sentence_score,
)

sys.path.insert(0, str(Path(__file__).resolve().parent))
from train_sentiment import DATA, LEXICON, ROOT, TRAIN_ONLY, load_targets, train

REPORT = ROOT / "reports" / "benchmarks" / "sentiment.md"
SPLITS = ("dev_rw", "dev_mt")


def vader_label(sentence: str) -> str:
    """Sentence-level VADER label with the usual ±0.05 thresholds."""
    score = vader_sentence_score(sentence)
    return "positive" if score >= 0.05 else "negative" if score <= -0.05 else "neutral"


def scores(gold: Sequence[str], predicted: Sequence[str]) -> dict[str, float]:
    """Macro-F1, accuracy and per-class F1."""
    per_class = f1_score(gold, predicted, labels=list(LABELS), average=None, zero_division=0)
    return {"F1m": f1_score(gold, predicted, labels=list(LABELS), average="macro", zero_division=0),
            "acc": accuracy_score(gold, predicted), **{f"F1 {label}": float(f) for label, f in zip(LABELS, per_class)}}


def table(rows: Sequence[tuple[str, str, int, dict[str, float]]]) -> list[str]:
    """Markdown table of (split, system, n, scores) rows."""
    columns = ["F1m", "acc", *(f"F1 {label}" for label in LABELS)]
    lines = [f"| split | system | targets | {' | '.join(columns)} |", "|" + "---|" * (3 + len(columns))]
    lines += [f"| {split} | {system} | {n} | " + " | ".join(f"{figures[c]:.3f}" for c in columns) + " |"
              for split, system, n, figures in rows]
    return lines


def main() -> None:
    """Score model and baseline on each dev split and on both, print and write the report."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--model", type=Path, default=None, help="a JSON model; default: the shipped one")
    parser.add_argument("--out", type=Path, default=REPORT)
    parser.add_argument("--lexicon", type=Path, default=LEXICON)
    args = parser.parse_args()
    shipped = TargetSentimentClassifier.from_json(args.model) if args.model else load_default_model()
    seen = getattr(shipped, "metadata_", {}).get("splits", list(TRAIN_ONLY))
    held_out, _ = (shipped, None) if list(seen) == list(TRAIN_ONLY) else train(args.data, args.lexicon, TRAIN_ONLY)
    splits = {name: load_targets(args.data / f"{name}.jsonl") for name in SPLITS}
    splits["dev_rw + dev_mt"] = [item for name in SPLITS for item in splits[name]]
    rows = []
    for name, items in splits.items():
        gold, X = [label for _, label in items], [x for x, _ in items]
        rows.append((name, "target model, train only", len(items), scores(gold, list(held_out.predict(X)))))
        if held_out is not shipped:
            rows.append((name, "shipped (saw dev: in-sample)", len(items), scores(gold, list(shipped.predict(X)))))
        rows.append((name, "VADER sentence", len(items), scores(gold, [vader_label(x[0]) for x, _ in items])))
    metadata = getattr(shipped, "metadata_", {})
    lines = [
        "# Target-dependent sentiment: NewsMTSC dev splits",
        "",
        "Written by `scripts/bench_sentiment.py`. Macro-F1 (F1m) over negative / neutral / positive, as in",
        "Hamborg & Donnay (EACL 2021); their test splits are held out and not scored here. The VADER baseline",
        "labels every target with its sentence's compound score (±0.05).",
        "",
        f"Shipped model: `{args.model or 'framing/models/target_sentiment.json'}`, trained on NewsMTSC "
        f"{' + '.join(seen)} ({metadata.get('n_targets', '?')} targets), {len(shipped.vocabulary_)} features, "
        f"params {shipped.get_params() | {'lexicon': '...'}}, data sha256 {metadata.get('data_sha256', '?')[:12]}.",
        "",
        "**Honest estimate: the 'train only' rows** (same parameters, fitted on train alone, never saw dev)."
        + ("" if held_out is shipped else " The shipped model saw the dev splits, so its rows are in-sample"
           " and only show that it fits them."),
        "",
        *table(rows),
        "",
    ]
    text = "\n".join(lines)
    print(text)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
