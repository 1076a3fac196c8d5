"""CPU time per article in `--jobs` worker processes against one process, inside one Python process.

Usage: python scripts/bench_workers.py [--articles 80] [--jobs 1 2] [--repeat 2]

Runs `framing.parallel.analyse_stream` over N distinct articles (the seeds cycled, each with a closing
line of its own) with each number of jobs, and prints the parent's CPU (RUSAGE_SELF: reading, warm-up,
handing batches over, collecting records), the workers' CPU (RUSAGE_CHILDREN) and the wall time, so the
cost of parallelism per article can be told apart from the machine's load. Measured, never asserted.
"""

from __future__ import annotations

import argparse
import dataclasses
import os
import resource
import time
from pathlib import Path

from framing.corpus import load_corpus
from framing.output import jsonl_line
from framing.parallel import analyse_stream
from framing.pipeline import Options

REPO = Path(__file__).resolve().parent.parent


def cpu(who: int) -> float:
    """User + system CPU seconds of this process or of its finished children."""
    usage = resource.getrusage(who)
    return usage.ru_utime + usage.ru_stime


def main() -> None:
    """Run each number of jobs `--repeat` times, alternating, and print a Markdown table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=80)
    parser.add_argument("--jobs", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--repeat", type=int, default=2)
    args = parser.parse_args()
    seeds = load_corpus(REPO / "seeds")
    articles = [
        dataclasses.replace(seeds[k % len(seeds)], id=f"a{k}", text=f"{seeds[k % len(seeds)].text}\nThis is closing line number {k} of the article.")
        for k in range(args.articles)
    ]
    print("| jobs | parent CPU s | workers CPU s | total CPU s | ms / article | wall s | load average |")
    print("|---:|---:|---:|---:|---:|---:|---:|")
    outputs = {}
    for _ in range(args.repeat):
        for jobs in args.jobs:
            parent, workers, started = cpu(resource.RUSAGE_SELF), cpu(resource.RUSAGE_CHILDREN), time.perf_counter()
            records = [text for _, text in analyse_stream(iter(articles), Options(), jsonl_line, jobs)]
            parent, workers = cpu(resource.RUSAGE_SELF) - parent, cpu(resource.RUSAGE_CHILDREN) - workers
            wall = time.perf_counter() - started
            outputs.setdefault(jobs, records)
            print(f"| {jobs} | {parent:.2f} | {workers:.2f} | {parent + workers:.2f} | {1000 * (parent + workers) / len(articles):.1f} | {wall:.1f} | {os.getloadavg()[0]:.1f} |", flush=True)
    same = all(records == outputs[args.jobs[0]] for records in outputs.values())
    print(f"\nrecords identical across jobs: {same}")


if __name__ == "__main__":
    main()
