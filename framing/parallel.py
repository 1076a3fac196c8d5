"""Analyse a stream of articles in several processes (`--jobs N`): results in input order, memory bounded.

Articles go to worker processes in small batches and at most a few batches per worker are in flight,
so a corpus of any length streams through with flat memory. Each worker runs the same per-article
function as a single process (`analyze_article`) and returns the serialised record, so the output is
byte for byte the output of `--jobs 1`.
"""

from __future__ import annotations

import itertools
import multiprocessing
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from framing.corpus import Article, iter_corpus, truncate_words
from framing.pipeline import ArticleAnalysis, Options, analyze_article

Serialise = Callable[[ArticleAnalysis], str]
BATCH_ARTICLES = 4
"""Articles sent to a worker at a time: few enough to keep workers evenly busy, enough to amortise the hand-over."""
BATCHES_IN_FLIGHT = 3
"""Batches queued per worker: keeps every worker busy while bounding memory."""

_worker: tuple[Options, Serialise] | None = None


def analyse_one(article: Article, options: Options, serialise: Serialise) -> tuple[str | None, str]:
    """(failure, serialised record) of one article, failure being "id: error" or None when it was
    analysed: the unit of work of every engine."""
    analysis = analyze_article(article, options)
    failure = None if analysis.status == "ok" else f"{article.id}: {analysis.error or ''}"
    return failure, serialise(analysis)


def _start_worker(options: Options, serialise: Serialise) -> None:
    """Keep the options and the serialiser in the worker process (sent once, not with every batch)."""
    global _worker
    _worker = (options, serialise)


def _analyse_batch(articles: list[Article]) -> list[tuple[str | None, str]]:
    """Analyse a batch in a worker process started by `_start_worker`."""
    assert _worker is not None, "worker not started"
    return analyse_batch(articles, *_worker)


def analyse_batch(articles: list[Article], options: Options, serialise: Serialise) -> list[tuple[str | None, str]]:
    """(failure, serialised record) of each article of a batch: what every engine's workers run."""
    return [analyse_one(article, options, serialise) for article in articles]


def warm_up(options: Options) -> None:
    """Load the shipped models, lexicons and dictionaries once in this process, so forked workers share them."""
    analyze_article(Article(id="warm-up", text="Ms Smith said: “It works.” The minister agreed.", source="<warm-up>"), options)


def analyse_stream(
    articles: Iterable[Article], options: Options, serialise: Serialise, jobs: int = 1
) -> Iterator[tuple[str | None, str]]:
    """(failure, serialised record) of every article, in input order, using `jobs` processes."""
    if jobs <= 1:
        for article in articles:
            yield analyse_one(article, options, serialise)
        return
    warm_up(options)
    context = multiprocessing.get_context("fork")
    source = iter(articles)
    batches = iter(lambda: list(itertools.islice(source, BATCH_ARTICLES)), [])
    pending: deque[Future[list[tuple[str | None, str]]]] = deque()
    with ProcessPoolExecutor(jobs, mp_context=context, initializer=_start_worker, initargs=(options, serialise)) as pool:
        for batch in itertools.chain(batches, [None]):
            if batch is not None:
                pending.append(pool.submit(_analyse_batch, batch))
            while pending and (batch is None or len(pending) >= jobs * BATCHES_IN_FLIGHT):
                yield from pending.popleft().result()


@dataclass(frozen=True)
class PartResult:
    """What analysing one part of a partitioned corpus gave: where its records went, how many articles,
    and each failure ("id: error") and warning, for the command line to report."""

    output: Path
    articles: int
    failures: tuple[str, ...]
    warnings: tuple[str, ...]


@dataclass(frozen=True)
class PartJob:
    """How to read and analyse a part: the table's columns, the word limit and the pipeline options."""

    options: Options
    text_column: str = "text"
    id_column: str = "id"
    max_words: int | None = None


def part_output(part: Path, folder: Path) -> Path:
    """The output part of an input part: same name, .jsonl, in `folder`."""
    return folder / f"{part.stem}.jsonl"


def analyse_part(part: Path, folder: Path, job: PartJob) -> PartResult:
    """Analyse one input part (JSONL, CSV or Parquet) into `folder`/<its stem>.jsonl, an article at a
    time: the bytes `framing analyze PART -f jsonl` writes. The unit of work of partitioned runs on every
    engine; written to a temporary name and renamed, so a part is either whole or absent."""
    from framing.output import jsonl_line

    target = part_output(part, folder)
    partial = target.with_name(f".{target.name}.partial")
    failures, warnings, count = [], [], 0
    folder.mkdir(parents=True, exist_ok=True)
    with partial.open("w", encoding="utf-8") as stream:
        for article in iter_corpus(part, text_column=job.text_column, id_column=job.id_column):
            if job.max_words is not None:
                article = truncate_words(article, job.max_words)
            warnings.extend(article.warnings)
            failure, text = analyse_one(article, job.options, jsonl_line)
            if failure is not None:
                failures.append(failure)
            stream.write(text)
            count += 1
    os.replace(partial, target)
    return PartResult(target, count, tuple(failures), tuple(warnings))


def analyse_parts(parts: Iterable[Path], folder: Path, job: PartJob, jobs: int = 1) -> Iterator[PartResult]:
    """`analyse_part` of every part, results in input order, `jobs` parts at a time in worker processes."""
    parts = list(parts)
    if jobs <= 1 or len(parts) < 2:
        for part in parts:
            yield analyse_part(part, folder, job)
        return
    warm_up(job.options)
    with ProcessPoolExecutor(min(jobs, len(parts)), mp_context=multiprocessing.get_context("fork")) as pool:
        yield from pool.map(analyse_part, parts, itertools.repeat(folder), itertools.repeat(job))
