"""Output writers: Parquet tables (partitioned, typed) that pandas and DuckDB read back."""

from __future__ import annotations

import json
from pathlib import Path

import duckdb
import pandas as pd
import pytest
from typer.testing import CliRunner

from framing.cli import app
from framing.output import TABLES, write_parquet_tables
from framing.results import AnalysisResult, analyze

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
runner = CliRunner()


@pytest.fixture(scope="module")
def seeds_result() -> AnalysisResult:
    return analyze(SEEDS)


def test_parquet_parts_read_back_as_the_typed_tables(seeds_result: AnalysisResult, tmp_path: Path) -> None:
    written = write_parquet_tables(seeds_result, tmp_path, articles_per_part=2)
    assert len(written) == 3 * len(TABLES)  # 5 articles, 2 a part: 3 parts a table
    for table in TABLES:
        expected = getattr(seeds_result, table)
        back = pd.read_parquet(tmp_path / table)
        assert list(back.columns) == list(expected.columns), table
        assert len(back) == len(expected), table
        for column in expected.columns:
            if isinstance(expected[column].dtype, pd.CategoricalDtype):
                assert isinstance(back[column].dtype, pd.CategoricalDtype), (table, column)
                assert back[column].astype(object).tolist() == expected[column].astype(object).tolist()
        pd.testing.assert_series_equal(back["article_id"].astype(str), expected["article_id"].astype(str))


def test_duckdb_queries_parquet_tables(seeds_result: AnalysisResult, tmp_path: Path) -> None:
    write_parquet_tables(seeds_result, tmp_path, articles_per_part=2)
    query = f"""
        SELECT outlet, count(*) FILTER (WHERE loaded AND voice = 'author' AND NOT negated) AS loaded_author
        FROM read_parquet('{tmp_path}/framing/*.parquet') GROUP BY outlet ORDER BY outlet
    """
    by_duckdb = duckdb.sql(query).df().set_index("outlet")["loaded_author"]
    hits = seeds_result.framing
    by_pandas = hits[hits["loaded"] & (hits["voice"] == "author") & ~hits["negated"]].groupby("outlet").size()
    assert by_duckdb.to_dict() == by_pandas.to_dict() and len(by_duckdb) == 5


def test_parquet_output_is_byte_identical_run_to_run(seeds_result: AnalysisResult, tmp_path: Path) -> None:
    first = write_parquet_tables(seeds_result, tmp_path / "a")
    second = write_parquet_tables(seeds_result, tmp_path / "b")
    assert [path.read_bytes() for path in first] == [path.read_bytes() for path in second]


def test_an_empty_run_still_writes_every_table_with_its_columns(tmp_path: Path) -> None:
    written = write_parquet_tables([], tmp_path)
    assert len(written) == len(TABLES)
    quotes = pd.read_parquet(tmp_path / "quotes")
    assert quotes.empty and "speaker" in quotes.columns


def test_cli_parquet_needs_a_folder_and_writes_tables(tmp_path: Path) -> None:
    result = runner.invoke(app, ["analyze", str(SEEDS), "--format", "parquet"])
    assert result.exit_code == 2 and "give a folder with -o DIR" in result.output
    result = runner.invoke(app, ["analyze", str(SEEDS), "--format", "parquet", "-o", str(tmp_path / "out")])
    assert result.exit_code == 0, result.output
    articles = duckdb.sql(f"SELECT article_id, status FROM '{tmp_path}/out/articles/*.parquet' ORDER BY article_id").fetchall()
    assert [status for _, status in articles] == ["ok"] * 5



@pytest.mark.parametrize(
    "value",
    [
        "",
        {"schema_version": "1", "articles": []},
        {"a": [], "b": {}, "c": [{"d": [[]]}], "e": None, "f": True},
        {"text": "“Quoted,” she said — naïve café \n\t \\ \"x\" \u2028 😀", "score": -0.0, "tiny": 1e-07, "big": 1e22},
        {"lone": "\ud800 surrogate"},  # not UTF-8: the standard library's path
    ],
)
def test_indented_json_is_the_standard_librarys_text(value) -> None:
    from framing.output import indented_json

    assert indented_json(value) == json.dumps(value, ensure_ascii=False, indent=2)
