"""Time and peak memory of `framing compare out.jsonl --analysed` as the analysed corpus grows.

Usage: python scripts/bench_compare.py [--sizes 1000 10000 100000] [--out reports/benchmarks/compare.md]

Analyses the five seeds once, then writes analysed JSONL files of N records by cycling the five
records with new ids (so no corpus of N articles has to be analysed), and runs
`framing compare FILE --analysed -f csv` on each in a separate process, reading its CPU time and peak
resident set size from the kernel. Flat memory means the same peak at every N. Measured, never asserted
in tests. The files are large (about 100 KB a record) and are deleted after each run.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

from process_usage import measure

REPO = Path(__file__).resolve().parent.parent


def seed_records(folder: Path) -> list[tuple[str, str]]:
    """(id, rest of the JSON line after the id) of each analysed seed record. The seeds are analysed in
    a child process, so this process stays small: a child's peak RSS counts its parent's memory at fork."""
    path = folder / "seeds.jsonl"
    subprocess.run([sys.executable, "-m", "framing", "analyze", str(REPO / "seeds"), "-f", "jsonl", "-o", str(path)],
                   check=True, stderr=subprocess.DEVNULL)
    records = []
    for line in path.read_text(encoding="utf-8").splitlines(keepends=True):
        key = json.loads(line)["id"]
        head = '{"id": ' + json.dumps(key, ensure_ascii=False)
        assert line.startswith(head)
        records.append((key, line[len(head):]))
    return records


def run(path: Path) -> tuple[float, float, float]:
    """(peak RSS MiB, CPU seconds, wall seconds) of one `framing compare --analysed` process."""
    usage = measure([sys.executable, "-m", "framing", "compare", str(path), "--analysed", "-f", "csv"])
    return usage.peak_mib, usage.cpu_seconds, usage.wall_seconds


def main() -> None:
    """Build the analysed files, compare each, write the Markdown table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000, 100000])
    parser.add_argument("--out", type=Path, default=REPO / "reports" / "benchmarks" / "compare.md")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        records = seed_records(Path(folder))
    lines = [
        "# Comparing an analysed corpus",
        "",
        "`framing compare out.jsonl --analysed -f csv`, one process per size; out.jsonl holds N analysed records,",
        f"the {len(records)} analysed seeds cycled with new ids ({len(records)} outlets, 2 stories). Peak RSS is the",
        "kernel's maximum resident set size of the process; CPU s is user + system.",
        "",
        "| records | file MB | peak RSS (MiB) | CPU s | wall s | records / CPU s | load average before / after |",
        "|---:|---:|---:|---:|---:|---:|---|",
    ]
    print("\n".join(lines), flush=True)
    with tempfile.TemporaryDirectory() as folder:
        for size in args.sizes:
            path = Path(folder) / f"analysed{size}.jsonl"
            with path.open("w", encoding="utf-8") as stream:
                for number in range(size):
                    key, rest = records[number % len(records)]
                    stream.write('{"id": ' + json.dumps(f"{key}-{number}") + rest)
            megabytes = path.stat().st_size / 1e6
            before = os.getloadavg()[0]
            rss, cpu, wall = run(path)
            after = os.getloadavg()[0]
            lines.append(f"| {size:,} | {megabytes:,.0f} | {rss:.0f} | {cpu:.1f} | {wall:.1f} | {size / cpu:,.0f} | {before:.1f} / {after:.1f} |")
            print(lines[-1], flush=True)
            path.unlink()
    lines += ["", f"Command: `python scripts/bench_compare.py --sizes {' '.join(map(str, args.sizes))}`"]
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
