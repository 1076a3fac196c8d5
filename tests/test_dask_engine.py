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


@pytest.fixture()
def parts(tmp_path: Path) -> Path:
    """A partitioned corpus: two JSONL parts and a Parquet part, with a broken line and an empty text."""
    import pandas as pd

    texts = [path.read_text(encoding="utf-8") for path in sorted(SEEDS.glob("*.txt"))[:3]]
    folder = tmp_path / "parts"
    folder.mkdir()
    (folder / "part-0.jsonl").write_text(json.dumps({"id": "a0", "text": texts[0]}) + "\n{broken\n", encoding="utf-8")
    (folder / "part-1.jsonl").write_text(json.dumps({"id": "b0", "text": texts[1]}) + "\n" + json.dumps({"id": "blank", "text": ""}) + "\n", encoding="utf-8")
    pd.DataFrame({"id": ["c0"], "text": [texts[2]], "outlet": ["BBC News"]}).to_parquet(folder / "part-2.parquet")
    return folder


def test_partitioned_input_gives_one_output_part_per_input_part_identical_to_the_local_run(tmp_path: Path, parts: Path, scheduler: str) -> None:
    written = {}
    for engine in ("local", "dask"):
        out = tmp_path / f"out-{engine}"
        result = runner.invoke(app, ["analyze", str(parts), "-f", "jsonl", "-o", str(out), "--engine", engine, "--scheduler", scheduler])
        assert result.exit_code == 0, result.output
        assert "2 of 5 articles could not be analysed" in result.output
        written[engine] = {path.name: path.read_bytes() for path in sorted(out.iterdir())}
    assert list(written["dask"]) == ["part-0.jsonl", "part-1.jsonl", "part-2.jsonl"]
    assert written["dask"] == written["local"]
    # each output part holds the bytes of analysing its input part alone
    alone = tmp_path / "alone.jsonl"
    assert runner.invoke(app, ["analyze", str((parts / "part-2.parquet").resolve()), "-f", "jsonl", "-o", str(alone)]).exit_code == 0
    assert written["dask"]["part-2.jsonl"] == alone.read_bytes()
    assert [json.loads(line)["id"] for line in written["dask"]["part-0.jsonl"].splitlines()] == ["a0", "part-0-line-2"]


def test_a_glob_of_parts_is_a_partitioned_input(tmp_path: Path, parts: Path) -> None:
    out = tmp_path / "out"
    result = runner.invoke(app, ["analyze", str(parts / "part-*.jsonl"), "-f", "jsonl", "-o", str(out), "--jobs", "2"])
    assert result.exit_code == 0, result.output
    assert sorted(path.name for path in out.iterdir()) == ["part-0.jsonl", "part-1.jsonl"]


@pytest.mark.parametrize(
    ("args", "fragment"),
    [
        (["-f", "json"], "partitioned input writes one JSONL part per input part"),
        (["-f", "jsonl", "--glob-nothing"], "[E001]"),
    ],
)
def test_partitioned_input_bad_use_is_one_line(tmp_path: Path, parts: Path, args: list[str], fragment: str) -> None:
    source = str(parts / "nothing-*.jsonl") if "--glob-nothing" in args else str(parts)
    args = [arg for arg in args if arg != "--glob-nothing"]
    result = runner.invoke(app, ["analyze", source, *args, "-o", str(tmp_path / "out")])
    assert result.exit_code == 2 and fragment in result.output and "Traceback" not in result.output
