"""Comparing an analysed JSONL file record by record: the same table as comparing the analyses themselves."""

from __future__ import annotations

import dataclasses
import sys
from pathlib import Path

import pandas as pd
import pytest
from typer.testing import CliRunner

from framing.analysed import iter_analysed
from framing.cli import app
from framing.compare import Bootstrap, bootstrap_ratio, bootstrap_ratio_counts, compare, compare_records
from framing.errors import InputError
from framing.output import jsonl_line

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


@pytest.fixture(scope="module")
def analysed_jsonl(seed_analyses, tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("analysed") / "seeds.jsonl"
    path.write_text("".join(jsonl_line(item) for item in seed_analyses), encoding="utf-8")
    return path


def test_records_give_the_table_of_the_analyses(seed_analyses, analysed_jsonl) -> None:
    pd.testing.assert_frame_equal(compare_records(iter_analysed(analysed_jsonl)), compare(seed_analyses))


def test_records_carry_words_per_sentence_and_each_quote_words(seed_analyses, analysed_jsonl) -> None:
    for analysis, record in zip(seed_analyses, iter_analysed(analysed_jsonl)):
        document = analysis.document
        assert sum(record.sentence_words) == record.words == document.n_words
        assert len(record.sentence_words) == len(document.sentences)
        for quote, (first, words) in zip(analysis.quotes, record.quote_words):
            inside = document.tokens_between(quote.start, quote.end)
            assert words == len(inside) and (not words or first == inside[0].index)


def test_an_error_article_is_counted_as_an_error(seed_analyses, tmp_path) -> None:
    from framing.corpus import Article
    from framing.pipeline import analyze_article

    broken = analyze_article(Article(id="empty", text="", source="<test>", outlet="BBC News", story="uk-iraq-returns-deal-2025", error="[E012] empty"))
    path = tmp_path / "with_error.jsonl"
    path.write_text("".join(jsonl_line(item) for item in (*seed_analyses, broken)), encoding="utf-8")
    table = compare_records(iter_analysed(path))
    pd.testing.assert_frame_equal(table, compare([*seed_analyses, broken]))
    errors = table.query("measure == 'errors' and outlet == 'BBC News'")["value"].tolist()
    assert errors == [1.0]


@pytest.mark.parametrize(
    ("line", "code"),
    [
        ('{"id": "a", "status": "ok"', "E005"),
        ('{"id": "a", "status": "ok"}', "E019"),  # written before sentence_words existed, or not by framing
        ('{"id": 3, "status": "ok", "sentence_words": [], "quote_words": []}', "E019"),
        ("[]", "E019"),
    ],
)
def test_a_bad_line_is_a_coded_error_naming_file_and_line(tmp_path, line: str, code: str) -> None:
    path = tmp_path / "out.jsonl"
    path.write_text('\n{"id": "x", "status": "error", "sentence_words": [], "quote_words": []}\n' + line + "\n", encoding="utf-8")
    with pytest.raises(InputError, match=rf"\[{code}\] .*out.jsonl: line 3: ") as caught:
        list(iter_analysed(path))
    assert caught.value.code == code


def test_empty_file_gives_an_empty_table(tmp_path) -> None:
    path = tmp_path / "empty.jsonl"
    path.write_text("", encoding="utf-8")
    assert compare_records(iter_analysed(path)).empty


@pytest.mark.parametrize(
    ("pairs", "expected"),
    [
        ({}, (None, None)),
        ({(0.0, 0.0): 4}, (None, None)),
        ({(1.0, 1.0): 7}, (1.0, 1.0)),
        ({(0.0, 2.0): 3, (2.0, 2.0): 3}, None),
    ],
)
def test_bootstrap_of_pair_counts(pairs, expected) -> None:
    found = bootstrap_ratio_counts(pairs, Bootstrap())
    if expected is not None:
        assert found == expected
    else:  # three sentences of two words with none quoted, three all quoted: the share lies in [0, 1] around 0.5
        low, high = found
        assert 0.0 <= low < 0.5 < high <= 1.0
        assert found == bootstrap_ratio_counts(dict(reversed(list(pairs.items()))), Bootstrap())  # order of the pairs does not matter


def test_pair_counts_draw_the_same_distribution_as_single_units() -> None:
    numerators = [0, 1, 3, 0, 2, 5, 1, 0] * 50
    denominators = [10, 12, 9, 20, 14, 11, 8, 16] * 50
    pairs: dict[tuple[float, float], int] = {}
    for pair in zip(numerators, denominators):
        pairs[pair] = pairs.get(pair, 0) + 1
    exact = bootstrap_ratio(numerators, denominators, Bootstrap(resamples=4000))
    counted = bootstrap_ratio_counts(pairs, Bootstrap(resamples=4000))
    width = exact[1] - exact[0]
    assert abs(exact[0] - counted[0]) < 0.1 * width and abs(exact[1] - counted[1]) < 0.1 * width


def test_a_large_outlet_keeps_pair_counts_with_the_same_values(analysed_jsonl, monkeypatch) -> None:
    import msgspec

    records = list(iter_analysed(analysed_jsonl))
    many = [msgspec.structs.replace(record, id=f"{record.id}-{copy}") for copy in range(6) for record in records]
    exact = compare_records(many)
    monkeypatch.setattr(sys.modules["framing.compare"], "EXACT_UNITS", 40)
    counted = compare_records(many)
    pd.testing.assert_frame_equal(exact.drop(columns=["ci_low", "ci_high", "distinguishable"]), counted.drop(columns=["ci_low", "ci_high", "distinguishable"]))
    spread = (exact["ci_high"] - exact["ci_low"]).fillna(0)
    assert ((exact["ci_low"] - counted["ci_low"]).abs().fillna(0) <= 0.25 * spread + 1e-9).all()
    assert exact["ci_low"].isna().equals(counted["ci_low"].isna())


@pytest.mark.parametrize("fmt", ["csv", "markdown"])
def test_compare_command_on_analysed_output_matches_the_raw_comparison(analysed_jsonl, fmt: str) -> None:
    runner = CliRunner()
    raw = runner.invoke(app, ["compare", str(SEEDS), "-f", fmt])
    analysed = runner.invoke(app, ["compare", str(analysed_jsonl), "--analysed", "-f", fmt])
    assert analysed.exit_code == 0, analysed.output
    if fmt == "csv":
        assert analysed.stdout == raw.stdout
    else:  # the same grids; distinctive words need the text, which the records do not hold
        blocks = raw.stdout.split("\n\n")
        kept = [block for number, block in enumerate(blocks) if not block.startswith("Distinctive words")
                and not (number and blocks[number - 1].startswith("Distinctive words"))]
        assert analysed.stdout.split("\n\n") == kept
        assert "Distinctive words" not in analysed.stdout


@pytest.mark.parametrize(
    ("args", "fragment"),
    [
        (["--lexicon", "x.jsonl"], "--analysed compares finished analyses"),
        ([], "[E005]"),
    ],
)
def test_compare_analysed_bad_use_exits_2(args: list[str], fragment: str) -> None:
    result = CliRunner().invoke(app, ["compare", str(SEEDS / "manifest.csv"), "--analysed", *args])
    assert result.exit_code == 2 and fragment in result.output and "Traceback" not in result.output


def test_a_folder_of_analysed_parts_compares_as_one_file(seed_analyses, tmp_path) -> None:
    for number, item in enumerate(seed_analyses):
        with (tmp_path / f"part-{number // 2}.jsonl").open("a", encoding="utf-8") as stream:
            stream.write(jsonl_line(item))
    pd.testing.assert_frame_equal(compare_records(iter_analysed(tmp_path)), compare(seed_analyses))
