"""Every script in examples/ runs as a researcher would run it, on the data it ships or makes."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pandas as pd

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"


def run(script: str, *args: str) -> str:
    """Run an example in a fresh process; its stdout (fails the test on a non-zero exit)."""
    completed = subprocess.run([sys.executable, str(EXAMPLES / script), *args], check=False, capture_output=True, text=True, timeout=300)
    assert completed.returncode == 0, completed.stderr
    return completed.stdout


def test_every_example_has_a_test() -> None:
    tested = set(re.findall(r'run\("(\w+\.py)"', Path(__file__).read_text()))
    assert {path.name for path in EXAMPLES.glob("*.py")} == tested


def test_compare_outlets_on_the_seeds() -> None:
    out = run("compare_outlets.py")
    express = next(line for line in out.splitlines() if "Daily Express" in line)
    # its one 'illegal migrants' is in "The Home Office said the accord would allow the return of illegal migrants":
    # the Home Office's words (reported speech), not the journalist's label
    assert "opposition" in express and "small boat migrants" in express and "illegal migrants" not in express
    assert out.count("government") == 4


def test_score_csv_on_its_own_data_and_on_a_csv_with_other_column_names(tmp_path: Path) -> None:
    out = run("score_csv.py")
    assert all(f"{name}-1" in out for name in ("ledger", "civic", "harbour", "patriot", "sentinel", "heartland"))
    csv = tmp_path / "mine.csv"
    pd.DataFrame({"doc": [1, 2], "body": ["Critics branded it a stunt.", "The minister said it would work."], "paper": ["A", "B"]}).to_csv(csv, index=False)
    run("score_csv.py", str(csv), "--text", "body", "--id", "doc", "--outlet", "paper")
    scores = pd.read_csv(tmp_path / "mine.scores.csv")
    # 'branded' is the writer's loaded verb; 'stunt' is the critics' label (indirect speech), not the writer's
    assert list(scores["article_id"]) == [1, 2] and scores.loc[0, "loaded_per_1000_author"] == 200.0


def test_predict_lean_beats_the_majority_class_with_outlets_held_out() -> None:
    out = run("predict_lean.py")
    model, fold_majority, corpus_majority = map(float, re.search(r"model ([\d.]+), .* ([\d.]+), .* ([\d.]+)", out).groups())
    # 24 texts: the margin over the corpus-wide majority (0.46 vs 0.35) is within noise, so only the
    # fold majority (the baseline with outlets held out) is asserted, with room for upstream changes
    assert model > fold_majority + 0.15 and corpus_majority > fold_majority
    assert "features pointing to left" in out and "features pointing to right" in out


def test_query_parquet_with_duckdb(tmp_path: Path) -> None:
    out = run("query_parquet.py", str(EXAMPLES.parent / "seeds"), str(tmp_path))
    rows = out.split("by outlet:\n", 1)[1].splitlines()
    assert rows[1].split()[:2] == ["Daily", "Express"]  # the most loaded journalist's voice of the five
    assert sorted(path.name for path in tmp_path.iterdir()) == sorted(["actors", "articles", "framing", "mentions", "quotes", "readability", "removed", "speakers"])
