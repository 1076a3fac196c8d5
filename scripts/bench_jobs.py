"""Speed-up of `framing analyze --jobs N` over one process, on whole processes, and whether the bytes match.

Usage: python scripts/bench_jobs.py [--articles 100] [--jobs 2] [--out reports/benchmarks/jobs.md]

The corpus cycles the five seeds. Each run is one `framing analyze corpus.jsonl -f jsonl -o out` process;
wall time, CPU time (the process and its workers) and the load average around each run are reported,
because the machine is shared and wall-clock speed-up depends on what else runs. Measured, never asserted.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from pathlib import Path

from process_usage import measure

REPO = Path(__file__).resolve().parent.parent


def run(corpus: Path, out: Path, jobs: int) -> tuple[float, float, float, float]:
    """(wall s, CPU s of the process and its children, load average before, after) of one run."""
    before = os.getloadavg()[0]
    usage = measure([sys.executable, "-m", "framing", "analyze", str(corpus), "-f", "jsonl", "-o", str(out), "--jobs", str(jobs)])
    return usage.wall_seconds, usage.cpu_seconds, before, os.getloadavg()[0]


def main() -> None:
    """Run one process and N processes on the same corpus; write the Markdown summary."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=100)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--out", type=Path, default=REPO / "reports" / "benchmarks" / "jobs.md")
    args = parser.parse_args()
    seeds = [path.read_text(encoding="utf-8") for path in sorted((REPO / "seeds").glob("*.txt"))]
    lines = [
        "# Parallel jobs",
        "",
        f"{args.articles} articles (the five seeds cycled), `framing analyze corpus.jsonl -f jsonl -o out.jsonl --jobs N`, "
        f"{os.cpu_count()} CPUs, shared machine.",
        "",
        "| jobs | wall s | CPU s (all processes) | load average before / after |",
        "|---:|---:|---:|---|",
    ]
    with tempfile.TemporaryDirectory() as folder:
        corpus = Path(folder) / "corpus.jsonl"
        corpus.write_text("".join(json.dumps({"id": f"a{k}", "text": seeds[k % len(seeds)]}) + "\n" for k in range(args.articles)),
                          encoding="utf-8")
        results = {}
        for jobs in (1, args.jobs):
            out = Path(folder) / f"out{jobs}.jsonl"
            wall, cpu, before, after = run(corpus, out, jobs)
            results[jobs] = (wall, out.read_bytes())
            lines.append(f"| {jobs} | {wall:.1f} | {cpu:.1f} | {before:.1f} / {after:.1f} |")
            print(lines[-1], flush=True)
    lines += [
        "",
        f"- speed-up (wall): {results[1][0] / results[args.jobs][0]:.2f}x with {args.jobs} jobs",
        f"- output byte-identical: {results[1][1] == results[args.jobs][1]}",
        "",
        f"Command: `python scripts/bench_jobs.py --articles {args.articles} --jobs {args.jobs}`",
    ]
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print("\n".join(lines[-5:]))


if __name__ == "__main__":
    main()
