"""Train the target-dependent sentiment model on NewsMTSC and write framing/models/target_sentiment.json.

Usage: python scripts/train_sentiment.py [--data ../shared/data/newsmtsc] [--lexicon ../shared/data/opinion-lexicon]
                                         [--splits train dev_rw dev_mt] [--out framing/models/target_sentiment.json]

Reproducible: inputs are read in sorted order, the solver is deterministic, and the JSON is written with
sorted keys, so two runs on the same data give byte-identical files.

The shipped model is trained on train + dev_rw + dev_mt (SHIPPED_SPLITS): all model selection was done by
grouped cross-validation on train and by scoring a train-only model on the dev splits, and the final fit then
uses the dev targets too. scripts/bench_sentiment.py refits the train-only model (TRAIN_ONLY) to report
honest dev figures. `--splits train` writes that train-only model.
"""

from __future__ import annotations

import argparse
import hashlib
import json
from pathlib import Path

from framing.sentiment import TargetSentimentClassifier

ROOT = Path(__file__).resolve().parent.parent


def shared_data(name: str) -> Path:
    """The shared data folder `name` (shared/data/<name> beside the repo, or beside the folder of worktrees)."""
    candidates = [parent / "shared" / "data" / name for parent in ROOT.parents]
    return next((path for path in candidates if path.is_dir()), candidates[0])


DATA = shared_data("newsmtsc")
LEXICON = shared_data("opinion-lexicon")
OUT = ROOT / "framing" / "models" / "target_sentiment.json"
POLARITY = {2.0: "negative", 4.0: "neutral", 6.0: "positive"}
PARAMS = {"C": 0.1, "window": 6, "min_count": 2, "class_weight": "balanced"}
"""Hyper-parameters chosen by grouped CV on train and by dev_rw + dev_mt (see framing/models/README.md)."""
SHIPPED_SPLITS = ("train", "dev_rw", "dev_mt")
TRAIN_ONLY = ("train",)


def load_targets(path: Path, further_mentions: bool = False) -> list[tuple[tuple[str, int, int], str]]:
    """((sentence, start, end), label) per target of a NewsMTSC file, sorted; optionally its further mentions too."""
    items = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        record = json.loads(line)
        sentence = record["sentence_normalized"]
        for target in record["targets"]:
            label = POLARITY[target["polarity"]]
            spans = [target, *(target.get("further_mentions", []) if further_mentions else [])]
            items.extend(((sentence, span["from"], span["to"]), label) for span in spans)
    return sorted(items)


def load_lexicon(folder: Path) -> dict[str, int]:
    """Hu & Liu opinion lexicon as word -> +1 / -1 (';' lines are comments)."""
    lexicon: dict[str, int] = {}
    for name, polarity in (("positive-words.txt", 1), ("negative-words.txt", -1)):
        for line in (folder / name).read_text(encoding="latin-1").splitlines():
            if line.strip() and not line.startswith(";"):
                lexicon[line.strip()] = polarity
    return lexicon


def sha256(*paths: Path) -> str:
    """SHA-256 over the bytes of the files, in the given order."""
    digest = hashlib.sha256()
    for path in paths:
        digest.update(path.read_bytes())
    return digest.hexdigest()


def train(data: Path, lexicon: Path, splits: tuple[str, ...]) -> tuple[TargetSentimentClassifier, dict]:
    """Fit the model on the targets of the given NewsMTSC splits; return it with its metadata."""
    items = sorted(item for split in splits for item in load_targets(data / f"{split}.jsonl"))
    X, y = [item for item, _ in items], [label for _, label in items]
    model = TargetSentimentClassifier(**PARAMS, lexicon=load_lexicon(lexicon)).fit(X, y)
    metadata = {
        "data": f"NewsMTSC {' + '.join(splits)} (Hamborg & Donnay, EACL 2021), MIT licence",
        "data_sha256": sha256(*(data / f"{split}.jsonl" for split in splits)),
        "splits": list(splits),
        "lexicon": "Hu & Liu opinion lexicon (KDD 2004)",
        "lexicon_sha256": sha256(lexicon / "positive-words.txt", lexicon / "negative-words.txt"),
        "n_targets": len(X),
    }
    return model, metadata


def main() -> None:
    """Train on the chosen splits (default train + dev) and write the JSON model."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--lexicon", type=Path, default=LEXICON)
    parser.add_argument("--splits", nargs="+", default=list(SHIPPED_SPLITS),
                        choices=["train", "dev_rw", "dev_mt"], help="NewsMTSC splits to train on")
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    model, metadata = train(args.data, args.lexicon, tuple(args.splits))
    model.to_json(args.out, metadata)
    print(f"wrote {args.out} ({args.out.stat().st_size / 1e6:.2f} MB, {len(model.vocabulary_)} features, "
          f"{metadata['n_targets']} targets from {' + '.join(args.splits)})")

if __name__ == "__main__":
    main()
