"""Train the speaker ranker (`framing/models/speaker_ranker.json`) on the annotated quote sets the rules were tuned on.

Usage: python scripts/train_speaker_ranker.py [--cv] [--out framing/models/speaker_ranker.json]

The ranker only sees quotes the rules left without a speaker. For each such quote matched to an annotated quote, the row
of the annotated speaker (or of nobody, for a scare quote or an unnamed speaker) is labelled 1 and every other row 0;
quotes whose speaker the text names only elsewhere ('he said' with no antecedent), or whose annotated speaker is none of
the candidates, are left out. Training sets: every set rules were already read off (TRAINING_SETS); never the sets kept
for measuring (blind8, blind10, the real-news test half, real news 2, 3 and 4), so their figures stay honest.
`--cv` prints leave-one-set-out accuracy of the choice (ranker against nobody, the rules' answer) before fitting.
Deterministic: sets and rows in a fixed order, liblinear with a fixed seed, JSON with sorted keys.
"""

from __future__ import annotations

import argparse
import hashlib
import sys
from collections.abc import Iterable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "scripts")]

import score_quotes as sq  # noqa: E402
from framing.actors import find_actors  # noqa: E402
from framing.attribution import SpeakerRanker  # noqa: E402
from framing.quotes import speaker_choices  # noqa: E402

DATA = ROOT / "tests" / "data"
OUT = ROOT / "framing" / "models" / "speaker_ranker.json"
PARAMS = {"C": 3.0, "min_count": 2}
"""Chosen by leave-one-set-out accuracy on the training sets (`--cv`: C 0.3 0.783, 1 0.794, 3 0.802, 10 0.789)."""
TRAINING_SETS = {
    "seeds": lambda: sq.seed_cases(),
    "hard cases": lambda: sq.hard_cases(sq.HARD),
    "blind": lambda: sq.blind_cases(sq.BLIND),
    "blind2": lambda: sq.blind2_cases(sq.BLIND2),
    **{name: (lambda path=path: sq.hard_cases(path)) for sets in (sq.BLIND3, sq.BLIND4, sq.BLIND5, sq.BLIND6, sq.BLIND7, sq.BLIND9, sq.BLIND11)
       for name, path in sets.items()},
    "real news, tune": lambda: sq.real_cases("tune"),
    "real news, training": lambda: sq.hard_cases(DATA / "quotes_real_newsmtsc_training.jsonl"),
}
"""Annotated sets the rules were read off (or, for the real-news training set, written only to train on)."""


def labelled_groups(cases: Iterable[sq.Case]) -> list[tuple[list[dict[str, float]], int]]:
    """(feature rows, index of the annotated speaker's row) per quote the rules left without a speaker."""
    groups = []
    for case in cases:
        choices = speaker_choices(case.doc, find_actors(case.doc))
        quotes = [quote for quote, _, _ in choices]
        matched = sq.align(case.gold, quotes)
        for gold_index, quote_index in sorted(matched.items()):
            gold = case.gold[gold_index]
            _, candidates, rows = choices[quote_index]
            if len(candidates) < 2 or gold.any_speaker:
                continue
            want = sq.normal(gold.speaker)
            right = [i for i, c in enumerate(candidates) if sq.normal(c.name) == want]
            if right:
                groups.append((rows, right[0]))
    return groups


def rows_and_labels(groups: Iterable[tuple[list[dict[str, float]], int]]) -> tuple[list[dict[str, float]], list[int]]:
    """Flatten groups into rows and 0/1 labels."""
    rows, labels = [], []
    for group, right in groups:
        rows.extend(group)
        labels.extend(int(i == right) for i in range(len(group)))
    return rows, labels


def accuracy(ranker: SpeakerRanker, groups: list[tuple[list[dict[str, float]], int]]) -> tuple[float, float]:
    """Share of quotes where the ranker picks the annotated row, and where nobody (row 0) is right."""
    if not groups:
        return 1.0, 1.0
    return (sum(ranker.choose(rows) == right for rows, right in groups) / len(groups),
            sum(right == 0 for _, right in groups) / len(groups))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--cv", action="store_true", help="print leave-one-set-out accuracy first")
    parser.add_argument("--C", type=float, default=PARAMS["C"])
    args = parser.parse_args()
    by_set = {name: labelled_groups(load()) for name, load in TRAINING_SETS.items()}
    params = {**PARAMS, "C": args.C}
    if args.cv:
        hits = nobody_hits = total = 0
        for held_out, groups in by_set.items():
            train = [g for name, gs in by_set.items() if name != held_out for g in gs]
            ranker = SpeakerRanker(**params).fit(*rows_and_labels(train))
            acc, base = accuracy(ranker, groups)
            hits += round(acc * len(groups))
            nobody_hits += round(base * len(groups))
            total += len(groups)
            print(f"{held_out:22} {len(groups):4} quotes  ranker {acc:.3f}  nobody {base:.3f}")
        print(f"{'all':22} {total:4} quotes  ranker {hits / total:.3f}  nobody {nobody_hits / total:.3f}")
    groups = [g for gs in by_set.values() for g in gs]
    rows, labels = rows_and_labels(groups)
    ranker = SpeakerRanker(**params).fit(rows, labels)
    digest = hashlib.sha256(repr(sorted(by_set)).encode() + repr(groups).encode()).hexdigest()[:12]
    ranker.to_json(args.out, {"training_sets": sorted(by_set), "quotes": len(groups), "rows": len(rows), "data_sha256": digest})
    print(f"wrote {args.out}: {len(groups)} quotes, {len(rows)} rows, {len(ranker.feature_names_)} features")


if __name__ == "__main__":
    main()
