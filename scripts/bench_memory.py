"""Peak resident memory of `framing analyze corpus.jsonl -f jsonl -o out.jsonl` as the corpus grows.

Usage: python scripts/bench_memory.py [--sizes 1000 5000 20000] [--seed 001] [--paragraphs 0] [--jobs 1] [--out reports/benchmarks/memory.md]

Builds JSONL corpora of N copies of one seed article (distinct ids), runs the command line on each in
a separate process and reads that process's peak resident set size (and its CPU time) from the
kernel. Flat memory means the same peak at every N. `--paragraphs K` keeps the seed's first K
paragraphs (shorter articles, so large N finish on a shared machine). `--fresh-names` gives every
capitalised word of each copy a spelling no other copy has, so the vocabulary keeps growing as a real
corpus's long tail of names does and every per-word memo fills up. Measured, never asserted in tests.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
from pathlib import Path

from process_usage import measure

REPO = Path(__file__).resolve().parent.parent
CAPITALISED = re.compile(r"\b([A-Z][a-z]{2,})\b")


def letters(number: int) -> str:
    """`number` written in the letters a-z (0 -> 'a', 26 -> 'ba'), to make unseen spellings."""
    digits = ""
    while True:
        number, digit = divmod(number, 26)
        digits = "abcdefghijklmnopqrstuvwxyz"[digit] + digits
        if not number:
            return digits


def fresh_names(text: str, copy: int) -> str:
    """The text with every capitalised word spelt anew for this copy ('Starmer' -> 'Starmerqbc')."""
    return CAPITALISED.sub(lambda match: match.group(1) + letters(copy + 26 * 26), text)


def run(corpus: Path, out: Path, jobs: int) -> tuple[float, float, float]:
    """(peak RSS MiB, CPU seconds, wall seconds) of one `framing analyze` process (children included with --jobs)."""
    usage = measure([sys.executable, "-m", "framing", "analyze", str(corpus), "-f", "jsonl", "-o", str(out), "--jobs", str(jobs)])
    return usage.peak_mib, usage.cpu_seconds, usage.wall_seconds


def main() -> None:
    """Build the corpora, run them, write the Markdown table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 5000, 20000])
    parser.add_argument("--seed", default="001", help="seed file prefix whose text every article copies")
    parser.add_argument("--paragraphs", type=int, default=0, help="keep only the first K non-blank lines (0: all)")
    parser.add_argument("--jobs", type=int, default=1)
    parser.add_argument("--fresh-names", action="store_true", help="spell each copy's capitalised words anew (a growing vocabulary)")
    parser.add_argument("--out", type=Path, default=REPO / "reports" / "benchmarks" / "memory.md")
    args = parser.parse_args()
    text = next((REPO / "seeds").glob(f"{args.seed}_*.txt")).read_text(encoding="utf-8")
    if args.paragraphs:
        text = "\n\n".join([line for line in text.splitlines() if line.strip()][: args.paragraphs])
    words = len(text.split())
    lines = [
        "# Memory as the corpus grows",
        "",
        f"Each article is seed {args.seed} ({words} words{', capitalised words spelt anew in every copy' if args.fresh_names else ''}); `framing analyze corpus.jsonl -f jsonl -o out.jsonl --jobs {args.jobs}`,",
        "one process per size. Peak RSS is the kernel's maximum resident set size of the process.",
        "",
        "| articles | peak RSS (MiB) | CPU s | wall s | articles / CPU s |",
        "|---:|---:|---:|---:|---:|",
    ]
    print("\n".join(lines), flush=True)
    with tempfile.TemporaryDirectory() as folder:
        for size in args.sizes:
            corpus, out = Path(folder) / f"corpus{size}.jsonl", Path(folder) / "out.jsonl"
            with corpus.open("w", encoding="utf-8") as stream:
                for k in range(size):
                    body = fresh_names(text, k) if args.fresh_names else text
                    stream.write(json.dumps({"id": f"a{k}", "text": body}, ensure_ascii=False) + "\n")
            rss, cpu, wall = run(corpus, out, args.jobs)
            lines.append(f"| {size:,} | {rss:.0f} | {cpu:.0f} | {wall:.0f} | {size / cpu:.1f} |")
            print(lines[-1], flush=True)
            corpus.unlink()
    lines += ["", f"Command: `python scripts/bench_memory.py --sizes {' '.join(map(str, args.sizes))} --seed {args.seed} --paragraphs {args.paragraphs} --jobs {args.jobs}{' --fresh-names' if args.fresh_names else ''}`"]
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
