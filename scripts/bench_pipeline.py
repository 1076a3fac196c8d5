"""Benchmark the whole pipeline: articles a second and peak memory on copies of the seeds.

Usage: python scripts/bench_pipeline.py [--copies 20] [--out reports/benchmarks/pipeline.md]
Figures depend on the machine; they are measured, never asserted in tests.
"""

from __future__ import annotations

import argparse
import platform
import resource
import time
import tracemalloc
from dataclasses import replace
from pathlib import Path

from framing.corpus import load_corpus
from framing.pipeline import Options, analyze_article

REPO = Path(__file__).resolve().parent.parent


def main() -> None:
    """Run the benchmark and write its Markdown summary."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--copies", type=int, default=20, help="how many times to repeat the five seeds")
    parser.add_argument("--out", type=Path, default=REPO / "reports" / "benchmarks" / "pipeline.md")
    args = parser.parse_args()
    seeds = load_corpus(REPO / "seeds")
    corpus = [replace(article, id=f"{article.id}-{copy}") for copy in range(args.copies) for article in seeds]
    options = Options()
    analyze_article(corpus[0], options)  # load shipped models and lexicons once, outside the timing
    words = 0
    started = time.perf_counter()
    for article in corpus:
        result = analyze_article(article, options)
        words += result.document.n_words if result.document else 0
    elapsed = time.perf_counter() - started
    tracemalloc.start()  # a second, traced pass over the five seeds: tracing slows Python down, so it is not timed
    for article in seeds:
        analyze_article(article, options)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    lines = [
        "# Pipeline benchmark",
        "",
        f"- machine: {platform.machine()}, Python {platform.python_version()}",
        f"- articles: {len(corpus)} ({args.copies} copies of the 5 seeds), {words:,} words",
        f"- time: {elapsed:.2f} s, {len(corpus) / elapsed:.1f} articles/s, {words / elapsed:,.0f} words/s",
        f"- peak traced memory while analysing the seeds (one article at a time, models loaded): {peak / 2**20:.1f} MiB",
        f"- peak resident memory of the whole process (Python, libraries, model, lexicons): "
        f"{resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MiB",
        "",
        "Command: `python scripts/bench_pipeline.py --copies " + str(args.copies) + "`",
    ]
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
