"""Lexicon matching throughput: the shipped set and a synthetic 5,000-entry set over the seeds.

Run: .venv/bin/python scripts/bench_lexicons.py [--entries 5000] [--rounds 20]
Prints figures; not a timed test. The synthetic set mixes seed words (so it hits), made-up words
(so it misses) and two- and three-word phrases, with explicit variants like the shipped files; the
'rare' set is almost all made-up words, which separates the cost per entry from the cost per hit.
"""

from __future__ import annotations

import argparse
import json
import random
import tempfile
import time
from pathlib import Path

from framing.lexicons import LexiconSet, default_lexicons, find_hits, load_lexicon
from framing.segment import make_document

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def synthetic_lexicon(path: Path, size: int, vocabulary: list[str], rng: random.Random, real_share: float = 0.5) -> Path:
    """Write a valid lexicon file of `size` entries: words from `vocabulary` (share `real_share`) or invented."""
    records = [{"lexicon": "synthetic", "version": "0", "licence": "CC0-1.0", "description": "bench", "source": "bench"}]
    for number in range(size):
        length = rng.choice((1, 1, 1, 2, 2, 3))
        words = [rng.choice(vocabulary) if rng.random() < real_share else f"zq{rng.randrange(10**6)}" for _ in range(length)]
        pattern = " ".join(words)
        records.append({
            "id": f"syn-{number}", "pattern": pattern, "variants": [pattern + "s", pattern.replace(" ", "-")],
            "category": f"cat{number % 12}", "subcategory": None, "polarity": None, "intensity": None,
            "note": "synthetic", "source": "bench",
        })
    path.write_text("\n".join(json.dumps(record) for record in records) + "\n", encoding="utf-8")
    return path


def measure(label: str, lexicons: LexiconSet, documents: list, rounds: int) -> None:
    """Print compile time, then per-article time, words/s and hits for `rounds` passes over `documents`."""
    started = time.perf_counter()
    lexicons.automaton
    compiled = time.perf_counter() - started
    hits = sum(len(find_hits(doc, lexicons)) for doc in documents)
    started = time.perf_counter()
    for _ in range(rounds):
        for doc in documents:
            find_hits(doc, lexicons)
    elapsed = time.perf_counter() - started
    words = sum(doc.n_words for doc in documents) * rounds
    articles = len(documents) * rounds
    print(
        f"{label:<28} entries={len(lexicons.entries):>6} compile={compiled * 1000:7.1f} ms "
        f"per-article={elapsed / articles * 1000:6.2f} ms words/s={words / elapsed:>10,.0f} hits/pass={hits}"
    )


def main() -> None:
    """Benchmark the shipped lexicons and a synthetic set of `--entries` entries."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--entries", type=int, default=5000)
    parser.add_argument("--rounds", type=int, default=20)
    args = parser.parse_args()
    documents = [make_document(path.read_text(encoding="utf-8")) for path in sorted(SEEDS.glob("*.txt"))]
    vocabulary = sorted({token.text.lower() for doc in documents for token in doc.tokens})
    print(f"seeds: {len(documents)} articles, {sum(doc.n_words for doc in documents)} words")
    started = time.perf_counter()
    shipped = default_lexicons()
    print(f"load shipped lexicons: {(time.perf_counter() - started) * 1000:.1f} ms")
    measure("shipped", shipped, documents, args.rounds)
    with tempfile.TemporaryDirectory() as folder:
        path = synthetic_lexicon(Path(folder) / "synthetic.jsonl", args.entries, vocabulary, random.Random(5))
        started = time.perf_counter()
        synthetic = load_lexicon(path)
        print(f"load synthetic lexicon: {(time.perf_counter() - started) * 1000:.1f} ms")
        rare = load_lexicon(synthetic_lexicon(Path(folder) / "rare.jsonl", args.entries, vocabulary, random.Random(6), 0.02))
    measure(f"rare {args.entries} (few hits)", LexiconSet((rare,)), documents, args.rounds)
    measure(f"synthetic {args.entries}", LexiconSet((synthetic,)), documents, args.rounds)
    measure(f"shipped + synthetic {args.entries}", LexiconSet((*shipped.lexicons, synthetic)), documents, args.rounds)


if __name__ == "__main__":
    main()
