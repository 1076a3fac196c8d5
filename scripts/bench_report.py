"""Benchmark the comparison report: seconds and peak memory to build it from finished analyses.

Usage: python scripts/bench_report.py [--copies 20] [--out DIR]
The seeds are repeated `copies` times, each copy a story of its own (10 stories) and outlets split in
three, so the report is split into an overview and a page per story above 40 articles. Copies are
word-for-word duplicates, the worst case for shared copy. Figures depend on the machine; they are
measured, never asserted in tests.
"""

from __future__ import annotations

import argparse
import resource
import tempfile
import time
from dataclasses import replace
from pathlib import Path

from framing.corpus import load_corpus
from framing.pipeline import Options, analyze_article
from framing.report import write_report

REPO = Path(__file__).resolve().parent.parent


def main() -> None:
    """Analyse the copies, then time the report alone and print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--copies", type=int, default=20, help="how many times to repeat the five seeds")
    parser.add_argument("--out", type=Path, default=None, help="folder for the report (default: a temporary folder)")
    args = parser.parse_args()
    seeds = load_corpus(REPO / "seeds")
    corpus = [
        replace(article, id=f"{article.id}-{copy}", story=f"{article.story}-{copy % 10}", outlet=f"{article.outlet} {copy % 3}")
        for copy in range(args.copies) for article in seeds
    ]
    started = time.perf_counter()
    analyses = [analyze_article(article, Options()) for article in corpus]
    analysed = time.perf_counter() - started
    out = args.out or Path(tempfile.mkdtemp(prefix="bench-report-"))
    started = time.perf_counter()
    files = write_report(analyses, out)
    reported = time.perf_counter() - started
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    size = sum(path.stat().st_size for path in files) / 1e6
    print(f"{len(corpus)} articles: analysis {analysed:.1f} s, report {reported:.1f} s, {len(files)} files, {size:.1f} MB, peak RSS {peak:.0f} MiB")


if __name__ == "__main__":
    main()
