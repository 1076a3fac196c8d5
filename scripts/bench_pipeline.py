"""Benchmark the whole pipeline on one core: articles and words a second, against VADER alone, and long articles.

Usage:
  python scripts/bench_pipeline.py [--articles 300] [--long-mb 1.0] [--out reports/benchmarks/pipeline.md]

The corpus cycles through the five seeds (about 700 words an article), each copy with a closing line of
its own. Two VADER references score every sentence of the same corpus, in the same process, so the
ratios are comparable across machines and loads: nltk's VADER (`nltk.sentiment.vader`, the issue's
reference; its lexicon copied from the vaderSentiment wheel into a temporary nltk data folder for this
run only, nothing downloaded) and vaderSentiment's analyser (the one framing's sentiment model runs). Times are CPU seconds of this
process (robust on a shared machine); wall seconds are printed too. The long-article mode analyses
one article of about `--long-mb` megabytes (the seeds repeated) and compares its words a second with
a 750-word seed's. Figures are measured here, never asserted in tests.
"""

from __future__ import annotations

import argparse
import platform
import resource
import shutil
import tempfile
import time
from dataclasses import replace
from pathlib import Path

from framing.corpus import Article, load_corpus
from framing.pipeline import Options, analyze_article
from framing.sentiment import vader

REPO = Path(__file__).resolve().parent.parent


def timed(function, *args):
    """(result, CPU seconds, wall seconds) of one call."""
    cpu, wall = time.process_time(), time.perf_counter()
    result = function(*args)
    return result, time.process_time() - cpu, time.perf_counter() - wall


def analyse_all(corpus: list[Article], options: Options) -> list:
    """Analyse every article, keeping only the documents' sentences (for the VADER reference)."""
    sentences = []
    for article in corpus:
        result = analyze_article(article, options)
        sentences.append([sentence.text for sentence in result.document.sentences] if result.document else [])
    return sentences


def nltk_vader(folder: Path):
    """nltk's VADER analyser, its lexicon copied from the vaderSentiment wheel into the nltk data folder
    `folder` (the benchmark's own set-up: the package never touches nltk's data path)."""
    import nltk
    import vaderSentiment
    from nltk.sentiment.vader import SentimentIntensityAnalyzer

    resource_name = "sentiment/vader_lexicon/vader_lexicon.txt"
    target = folder / resource_name
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(Path(vaderSentiment.__file__).parent / "vader_lexicon.txt", target)
    nltk.data.path.insert(0, str(folder))
    return SentimentIntensityAnalyzer(lexicon_file=resource_name)


def vader_all(sentences: list[list[str]], analyser) -> int:
    """Score every sentence with one VADER analyser alone; returns how many were scored."""
    count = 0
    for article in sentences:
        for sentence in article:
            analyser.polarity_scores(sentence)
            count += 1
    return count


def words_per_second(article: Article, options: Options, repeats: int = 1) -> tuple[int, float, float]:
    """(words, CPU seconds per analysis, words a CPU second) of `article`, the best of `repeats` runs."""
    best, words = float("inf"), 0
    for _ in range(repeats):
        result, cpu, _ = timed(analyze_article, article, options)
        words = result.document.n_words if result.document else 0
        best = min(best, cpu)
    return words, best, words / best


def main() -> None:
    """Run the benchmark and write its Markdown summary."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=300, help="articles in the throughput corpus (seeds cycled)")
    parser.add_argument("--long-mb", type=float, default=1.0, help="size of the long article in MB (0 to skip)")
    parser.add_argument("--out", type=Path, default=REPO / "reports" / "benchmarks" / "pipeline.md")
    args = parser.parse_args()
    seeds = load_corpus(REPO / "seeds")
    # each copy gets a closing line of its own: textstat memoises whole texts, so identical copies would hide its cost
    corpus = [
        replace(seeds[k % len(seeds)], id=f"{seeds[k % len(seeds)].id}-{k}", text=f"{seeds[k % len(seeds)].text}\nThis is closing line number {k} of the article.")
        for k in range(args.articles)
    ]
    options = Options()
    started = time.perf_counter()
    analyze_article(seeds[0], options)  # shipped models and lexicons load once, outside the timing
    warm_up = time.perf_counter() - started

    sentences, cpu, wall = timed(analyse_all, corpus, options)
    words = sum(len(article.text.split()) for article in corpus)
    scored, vader_cpu, vader_wall = timed(vader_all, sentences, vader())
    with tempfile.TemporaryDirectory() as folder:
        analyser = nltk_vader(Path(folder))
        nltk_scored, nltk_cpu, nltk_wall = timed(vader_all, sentences, analyser)
    lines = [
        "# Pipeline benchmark",
        "",
        f"- machine: {platform.machine()}, Python {platform.python_version()}, one core (one process)",
        f"- first article (loads models, lexicons, dictionaries): {warm_up:.2f} s wall",
        f"- corpus: {len(corpus)} articles (the 5 seeds cycled, each with a closing line of its own), {words:,} words (whitespace-separated)",
        f"- framing: {cpu:.2f} CPU s ({wall:.2f} s wall): {len(corpus) / cpu:.1f} articles/s, {words / cpu:,.0f} words/s per core",
        f"- nltk's VADER (`nltk.sentiment.vader`, the issue's reference) alone on every sentence of the same articles ({nltk_scored:,} sentences): {nltk_cpu:.2f} CPU s ({nltk_wall:.2f} s wall)",
        f"- vaderSentiment's VADER (the analyser framing runs) alone on the same sentences ({scored:,}): {vader_cpu:.2f} CPU s ({vader_wall:.2f} s wall)",
        f"- **ratio framing / nltk's VADER: {cpu / nltk_cpu:.2f}** (CPU time; wall {wall / nltk_wall:.2f}; the issue's target is at most 1.5)",
        f"- ratio framing / vaderSentiment's VADER: {cpu / vader_cpu:.2f} (CPU time; wall {wall / vader_wall:.2f})",
        f"- peak resident memory of this process: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MiB",
    ]
    if args.long_mb > 0:
        short = next(article for article in seeds if article.id.startswith("004"))
        short_words, short_cpu, short_rate = words_per_second(short, options, repeats=5)
        body = "\n\n".join(article.text for article in seeds)
        copies = max(1, round(args.long_mb * 2**20 / len(body.encode("utf-8"))))
        long = replace(short, id="long", text="\n\n".join([body] * copies))
        long_words, long_cpu, long_rate = words_per_second(long, options)
        size = len(long.text.encode("utf-8")) / 2**20
        lines += [
            "",
            "## Long article",
            "",
            f"- a {short_words:,}-word seed: {short_cpu:.3f} CPU s, {short_rate:,.0f} words/s (best of 5)",
            f"- one {size:.2f} MB article ({copies} copies of the five seeds, {long_words:,} words): "
            f"{long_cpu:.1f} CPU s, {long_rate:,.0f} words/s = {long_rate / short_rate:.2f} of the short article's rate",
        ]
    lines += ["", f"Command: `python scripts/bench_pipeline.py --articles {args.articles} --long-mb {args.long_mb}`"]
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
