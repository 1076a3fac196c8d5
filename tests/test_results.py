"""`framing.analyze` for researchers: inputs (DataFrame, paths, texts, Articles) and the typed tidy tables."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

import framing
from framing.corpus import Article
from framing.errors import InputError
from framing.results import TABLE_COLUMNS, AnalysisResult, analyze, analyze_text

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


@pytest.fixture(scope="module")
def seeds_result() -> AnalysisResult:
    return analyze(SEEDS)


@pytest.fixture(scope="module")
def seeds_frame(seed_texts: dict[str, str]) -> pd.DataFrame:
    """The seeds as a researcher's DataFrame: integer ids, their own column names."""
    manifest = pd.read_csv(SEEDS / "manifest.csv")
    return pd.DataFrame({
        "doc": [100 + n for n in range(len(manifest))],
        "body": [(SEEDS / name).read_text(encoding="utf-8") for name in manifest["file"]],
        "paper": manifest["outlet"],
        "event": manifest["story"],
        "coder": ["anna"] * len(manifest),
    })


def test_a_dataframe_gives_tables_keyed_by_its_id_column(seeds_frame: pd.DataFrame, seeds_result: AnalysisResult) -> None:
    result = analyze(seeds_frame, text="body", id="doc", outlet="paper", story="event")
    articles = result.articles
    assert list(articles["article_id"]) == list(seeds_frame["doc"])
    assert articles["article_id"].dtype == seeds_frame["doc"].dtype
    assert list(articles["outlet"]) == list(seeds_frame["paper"])
    assert list(articles["story"]) == list(seeds_frame["event"])
    assert set(result.quotes["article_id"]) <= set(seeds_frame["doc"])
    assert result[0].article.meta == {"coder": "anna"}
    # the same texts give the same findings whichever way they come in
    by_path = seeds_result
    assert list(result.quotes["text"]) == list(by_path.quotes["text"])
    assert list(result.framing["term"]) == list(by_path.framing["term"])


def test_every_table_has_its_documented_columns_and_dtypes(seeds_result: AnalysisResult) -> None:
    for name, columns in TABLE_COLUMNS.items():
        table = getattr(seeds_result, name)
        assert list(table.columns) == list(columns), name
        assert len(table) > 0, name
        for column, (dtype, _) in columns.items():
            actual = table[column].dtype
            if dtype.startswith("category:"):
                assert isinstance(actual, pd.CategoricalDtype), (name, column)
                assert not table[column].isna().any() or column in ("cue_class", "side", "subcategory"), (name, column)
            else:
                assert actual == pd.Series([], dtype=dtype).dtype, (name, column, actual)


def test_categoricals_carry_the_whole_vocabulary_in_force(seeds_result: AnalysisResult) -> None:
    assert list(seeds_result.quotes["kind"].cat.categories) == ["direct", "partial", "scare"]
    assert list(seeds_result.mentions["label"].cat.categories) == ["negative", "neutral", "positive"]
    assert {"distancing", "neutral"} <= set(seeds_result.quotes["cue_class"].cat.categories)
    assert {"government", "opposition", "ngo"} <= set(seeds_result.speakers["side"].cat.categories)
    assert {"loaded", "frame", "label"} <= set(seeds_result.framing["category"].cat.categories)


def test_empty_tables_keep_columns_and_dtypes() -> None:
    result = analyze(["Nothing here is quoted or loaded at all."])
    assert result.quotes.empty and list(result.quotes.columns) == list(TABLE_COLUMNS["quotes"])
    assert isinstance(result.quotes["kind"].dtype, pd.CategoricalDtype)
    assert result.quotes["start"].dtype == "int64"


@pytest.mark.parametrize("data", [str(SEEDS), SEEDS / "001_135b1febb4143c68.txt", str(SEEDS / "001_135b1febb4143c68.txt")])
def test_paths_as_str_or_path(data) -> None:
    result = analyze(data)
    assert all(item.status == "ok" for item in result)
    assert all(item.article.outlet for item in result)


@pytest.mark.parametrize("value", ["seeds2", "corpus.csv", "", "word"])
def test_a_string_that_is_no_path_and_no_text_is_refused(value: str) -> None:
    with pytest.raises(InputError, match=r"E030.*Path\(.*analyze_text") as caught:
        analyze(value)
    assert "\n" not in str(caught.value)


def test_a_string_with_spaces_is_one_text_and_a_list_gives_positional_ids() -> None:
    (one,) = analyze("Critics branded the plan a stunt.")
    assert one.status == "ok" and one.article.id == "0"
    result = analyze(["First text.", Article(id="mine", text="Second text.", source="x")])
    assert list(result.articles["article_id"]) == ["0", "mine"]
    with pytest.raises(InputError, match="E031.*int"):
        analyze(["text", 3])


def test_dataframe_rows_with_no_text_are_errors_not_dropped() -> None:
    frame = pd.DataFrame({"text": ["A real sentence here.", "", None], "id": ["a", "b", "c"]})
    articles = analyze(frame).articles
    assert list(articles["status"]) == ["ok", "error", "error"]
    assert articles["error"].iloc[1].startswith("<dataframe>: row 2")


@pytest.mark.parametrize(
    "frame, kwargs, code",
    [
        (pd.DataFrame({"body": ["x y"]}), {}, "E004"),
        (pd.DataFrame({"text": ["a b", "c d"], "id": [1, 1]}), {}, "E009"),
    ],
)
def test_bad_dataframes_raise_coded_errors(frame: pd.DataFrame, kwargs: dict, code: str) -> None:
    with pytest.raises(InputError, match=code):
        analyze(frame, **kwargs)


def test_without_an_id_column_the_index_is_the_id() -> None:
    frame = pd.DataFrame({"text": ["One text.", "Two texts."]}, index=[10, 20])
    assert list(analyze(frame).articles["article_id"]) == [10, 20]
    series = pd.Series(["One text.", "Two texts."], index=["x", "y"])
    assert list(analyze(series).articles["article_id"]) == ["x", "y"]


def test_result_is_a_sequence_of_analyses_for_older_callers(seeds_result: AnalysisResult) -> None:
    assert [item.status for item in seeds_result] == ["ok"] * 5
    assert framing.to_json(seeds_result) == framing.to_json(list(seeds_result))
    pd.testing.assert_frame_equal(seeds_result.comparison, framing.compare(list(seeds_result)))
    from framing.pipeline import analyze as moved

    assert moved is analyze


def test_analyze_text_gives_one_analysis() -> None:
    analysis = analyze_text("“We will act,” the minister said.")
    assert analysis.status == "ok" and analysis.quotes[0].cue == "said"
    assert analyze_text("").status == "ok"


def test_html_view_escapes_article_text() -> None:
    result = analyze([Article(id="<b>x</b>", text="<script>alert(1)</script> said nothing.", source="s", outlet="<i>O</i>")])
    html = result._repr_html_()
    assert "<script>" not in html and "<i>O</i>" not in html and "&lt;b&gt;x&lt;/b&gt;" in html
    assert ".quotes" in html and "1 articles" in html


def test_a_csv_path_with_its_own_column_names(seeds_frame: pd.DataFrame, tmp_path: Path) -> None:
    path = tmp_path / "corpus.csv"
    seeds_frame.to_csv(path, index=False)
    articles = analyze(str(path), text="body", id="doc", outlet="paper", story="event").articles
    assert list(articles["article_id"]) == [str(doc) for doc in seeds_frame["doc"]]
    assert list(articles["outlet"]) == list(seeds_frame["paper"]) and list(articles["story"]) == list(seeds_frame["event"])
