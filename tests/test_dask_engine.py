"""`--engine dask`: the same articles on a local Dask cluster (loopback only) give the local run's bytes.

One cluster for the module (starting one takes seconds), reached through `--scheduler ADDRESS` as a
real cluster would be."""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from framing.cli import app

distributed = pytest.importorskip("distributed")

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
runner = CliRunner()


@pytest.fixture(scope="module")
def scheduler() -> Iterator[str]:
    """Address of a one-worker local cluster listening on 127.0.0.1 only."""
    with distributed.LocalCluster(n_workers=1, threads_per_worker=1, processes=True, host="127.0.0.1",
                                  dashboard_address=None, silence_logs=logging.ERROR) as cluster:
        yield cluster.scheduler_address


@pytest.mark.parametrize("format", ["jsonl", "json"])
def test_dask_cluster_output_is_byte_identical_to_the_local_run(tmp_path: Path, scheduler: str, format: str) -> None:
    assert scheduler.startswith("tcp://127.0.0.1:")
    texts = [path.read_text(encoding="utf-8") for path in sorted(SEEDS.glob("*.txt"))[:2]]
    corpus = tmp_path / "corpus.jsonl"
    lines = [json.dumps({"id": f"a{k}", "text": text}) for k, text in enumerate(texts)] + ["{broken", json.dumps({"id": "blank", "text": ""})]
    corpus.write_text("\n".join(lines) + "\n", encoding="utf-8")
    outputs = []
    for engine in ("local", "dask"):
        out = tmp_path / f"{engine}.{format}"
        result = runner.invoke(app, ["analyze", str(corpus), "-f", format, "-o", str(out), "--engine", engine, "--scheduler", scheduler])
        assert result.exit_code == 0, result.output
        outputs.append(out.read_bytes())
    assert outputs[0] == outputs[1]
    assert b'"corpus-line-3"' in outputs[1]
