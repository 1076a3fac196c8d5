"""Run the per-article analysis on a Dask cluster (`--engine dask`): the extra `framing[dask]`.

The unit of work is the same function a single process runs (`framing.parallel.analyse_batch`):
batches of articles go to the cluster's workers, a few per worker in flight, and the serialised
records come back in input order, so the output is byte for byte the local run's. Without a
scheduler address a local cluster is started on the loopback interface.
"""

from __future__ import annotations

import itertools
import logging
from collections import deque
from collections.abc import Iterable, Iterator

from pathlib import Path

from framing.corpus import Article
from framing.parallel import BATCH_ARTICLES, BATCHES_IN_FLIGHT, PartJob, PartResult, Serialise, analyse_batch, analyse_part
from framing.pipeline import Options


def _client(scheduler: str | None, workers: int):
    """A Dask client of the cluster at `scheduler`, or of a new local cluster of `workers` single-threaded
    processes on 127.0.0.1 (closed with the client); raises ValueError without the dask extra."""
    try:
        from distributed import Client, LocalCluster
    except ImportError as exc:
        raise ValueError("--engine dask needs the dask extra: pip install 'framing[dask]'") from exc
    if scheduler:
        return Client(scheduler), None
    cluster = LocalCluster(
        n_workers=workers, threads_per_worker=1, processes=True, host="127.0.0.1", dashboard_address=None,
        silence_logs=logging.ERROR,
    )
    return Client(cluster), cluster


def analyse_parts_dask(
    parts: Iterable[Path], folder: Path, job: PartJob, scheduler: str | None = None, workers: int = 1,
) -> Iterator[PartResult]:
    """`framing.parallel.analyse_part` of every part on a Dask cluster, results in input order: each
    worker reads its input part and writes its output part itself, so the paths must be the same on
    every machine (a shared file system); only the options and small results travel."""
    client, cluster = _client(scheduler, workers)
    try:
        with client:
            shared = client.scatter(job, broadcast=True)
            slots = max(1, sum(client.nthreads().values())) * BATCHES_IN_FLIGHT
            pending: deque = deque()
            for part in itertools.chain(parts, [None]):
                if part is not None:
                    pending.append(client.submit(analyse_part, Path(part).resolve(), folder.resolve(), shared, pure=False))
                while pending and (part is None or len(pending) >= slots):
                    yield pending.popleft().result()
    finally:
        if cluster is not None:
            cluster.close()


def analyse_stream_dask(
    articles: Iterable[Article], options: Options, serialise: Serialise, scheduler: str | None = None, workers: int = 1,
) -> Iterator[tuple[str | None, str]]:
    """(failure, serialised record) of every article, in input order, computed on a Dask cluster.

    `scheduler` is the address of a running scheduler (e.g. tcp://10.0.0.5:8786); without one, a
    local cluster of `workers` single-threaded worker processes listens on 127.0.0.1 only."""
    client, cluster = _client(scheduler, workers)
    try:
        with client:
            shared = client.scatter(options, broadcast=True)
            slots = max(1, sum(client.nthreads().values())) * BATCHES_IN_FLIGHT
            source = iter(articles)
            batches = iter(lambda: list(itertools.islice(source, BATCH_ARTICLES)), [])
            pending: deque = deque()
            for batch in itertools.chain(batches, [None]):
                if batch is not None:
                    pending.append(client.submit(analyse_batch, batch, shared, serialise, pure=False))
                while pending and (batch is None or len(pending) >= slots):
                    yield from pending.popleft().result()
    finally:
        if cluster is not None:
            cluster.close()
