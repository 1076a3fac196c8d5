"""FramingFeatures: texts in, numeric framing features out, as a well-behaved scikit-learn transformer."""

from __future__ import annotations

import json
import pickle
import warnings
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from sklearn.base import clone
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import GridSearchCV
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler
from sklearn.utils import estimator_checks

from framing.features import GROUPS, FramingFeatures, feature_table
from framing.lexicons import load_lexicons
from framing.results import analyze

HARD_TEXTS = [
    "",
    "Critics branded the plan a stunt, warning of an invasion of illegal migrants.",
    "“We will not be deterred,” the Home Secretary insisted. Refugee charities hailed the move.",
    "This is not a crisis.",
]


@pytest.fixture(scope="module")
def seed_list(seed_texts: dict[str, str]) -> list[str]:
    return [seed_texts[key] for key in sorted(seed_texts)]


@pytest.fixture(scope="module")
def fitted(seed_list: list[str]) -> tuple[FramingFeatures, pd.DataFrame]:
    features = FramingFeatures().set_output(transform="pandas")
    return features, features.fit_transform(pd.Series(seed_list, index=list("abcde")))


def test_pandas_output_names_columns_and_keeps_the_index(fitted) -> None:
    features, table = fitted
    assert list(table.columns) == list(features.get_feature_names_out())
    assert list(table.index) == list("abcde")
    assert table.dtypes.eq("float64").all() and np.isfinite(table.to_numpy()).all()
    assert {name.split("__")[0] for name in table.columns} == set(GROUPS)


def test_features_agree_with_the_tidy_tables(seed_list: list[str], fitted) -> None:
    """Each feature recomputed by hand from `analyze(...)`'s tables, a second route to the same number."""
    _, table = fitted
    result = analyze(seed_list)
    words = result.articles.set_index("article_id")["words"]
    hits = result.framing[~result.framing["negated"]]
    for position, article_id in enumerate(result.articles["article_id"]):
        row = table.iloc[position]
        mine = hits[hits["article_id"] == article_id]
        loaded_author = ((mine["voice"] == "author") & mine["loaded"]).sum()
        assert row["loaded__all__author"] == pytest.approx(1000 * loaded_author / words[article_id])
        crime_quote = ((mine["voice"] == "quote") & mine["loaded"] & (mine["category"] == "crime")).sum()
        assert row["loaded__crime__quote"] == pytest.approx(1000 * crime_quote / words[article_id])
        frames = (mine["category"] == "frame").sum()
        assert table.filter(like="frames__").iloc[position].sum() == pytest.approx(1000 * frames / words[article_id])
        sides = result.speakers[(result.speakers["article_id"] == article_id) & (result.speakers["level"] == "side")]
        government = sides.loc[sides["side"] == "government", "share"].sum()
        assert row["quotes__side_share__government"] == pytest.approx(government, abs=1e-3)
        mentions = result.mentions[(result.mentions["article_id"] == article_id) & (result.mentions["voice"] == "author")]
        assert row["sentiment__all__author"] == pytest.approx(mentions["score"].mean())
        readability = result.readability[(result.readability["article_id"] == article_id) & (result.readability["voice"] == "all")]
        assert row["readability__all__flesch_reading_ease"] == readability.set_index("metric").loc["flesch_reading_ease", "value"]


def test_seed_outlets_differ_where_a_reader_sees_them_differ(fitted) -> None:
    """The Express (003) quotes the opposition most; every seed quotes someone and cues frames."""
    _, table = fitted
    assert table["quotes__side_share__opposition"].idxmax() == "d"
    assert (table["quotes__quoted_share"] > 0).all() and (table.filter(like="frames__").sum(axis=1) > 0).all()
    labels = table.filter(like="labels__share__")
    assert np.allclose(labels.sum(axis=1)[table["labels__author_per_1000_words"] > 0], 1.0)


@pytest.mark.parametrize(
    "text, feature, expected",
    [
        ("", "loaded__all__author", np.nan),
        # 'branded' is the writer's; stunt, invasion, illegal (crime) and "illegal migrants" (a loaded label) are the
        # critics' words, reported (indirect speech): 1 and 4 hits in 13 words
        (HARD_TEXTS[1], "loaded__all__author", 1000 * 1 / 13),
        (HARD_TEXTS[1], "loaded__all__quote", 1000 * 4 / 13),
        (HARD_TEXTS[2], "quotes__cue_share__assertive", 1.0),
        (HARD_TEXTS[3], "loaded__crisis__author", 0.0),  # negated: "not a crisis"
    ],
)
def test_hard_cases(text: str, feature: str, expected: float) -> None:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        table = FramingFeatures().set_output(transform="pandas").fit_transform([text])
    value = table.loc[0, feature]
    if np.isnan(expected):
        assert table.isna().all(axis=None) and "could not be analysed" in str(caught[0].message)
    else:
        assert value == pytest.approx(expected)


def test_groups_select_columns_and_bad_params_fail_at_fit() -> None:
    names = FramingFeatures(groups=("frames",)).fit(["x y"]).get_feature_names_out()
    # fourteen policy frames have cues (the fifteenth, "other", has none)
    assert len(names) == 14 and all(name.startswith("frames__") for name in names)
    with pytest.raises(ValueError, match="groups must be"):
        FramingFeatures(groups=("vibes",)).fit(["x y"])


@pytest.mark.parametrize("bad", ["one text", [1, 2], np.array([["a", "b"]]), pd.DataFrame({"a": ["x"], "b": ["y"]}), []])
def test_input_that_is_not_texts_is_refused(bad) -> None:
    with pytest.raises(ValueError, match="FramingFeatures"):
        FramingFeatures().fit(bad)


def test_user_lexicons_add_their_categories(tmp_path: Path) -> None:
    path = tmp_path / "spin.jsonl"
    header = {"lexicon": "spin", "version": "1", "licence": "CC0-1.0", "description": "d", "source": "s"}
    entry = {"id": "spin-stunt", "pattern": "stunt", "category": "spin", "note": "n", "source": "s", "loaded": True}
    path.write_text(json.dumps(header) + "\n" + json.dumps(entry) + "\n", encoding="utf-8")
    features = FramingFeatures(groups=("loaded",), lexicons=load_lexicons([path])).set_output(transform="pandas")
    table = features.fit_transform(["The plan was a stunt."])
    assert table.loc[0, "loaded__spin__author"] == pytest.approx(1000 / 5)


def test_one_text_column_works_in_a_pipeline_with_grid_search(seed_texts: dict[str, str]) -> None:
    paragraphs = [line for text in seed_texts.values() for line in text.splitlines() if len(line.split()) > 25][:12]
    frame = pd.DataFrame({"text": paragraphs})
    y = np.arange(len(paragraphs)) % 2
    pipeline = make_pipeline(FramingFeatures(), StandardScaler(), LogisticRegression(max_iter=500))
    search = GridSearchCV(pipeline, {"framingfeatures__groups": [("loaded",), ("quotes", "frames")]}, cv=2)
    search.fit(frame, y)
    assert search.best_params_["framingfeatures__groups"] in [("loaded",), ("quotes", "frames")]
    assert search.predict(frame).shape == (len(paragraphs),)
    assert len(search.best_estimator_[:-1].get_feature_names_out()) == search.best_estimator_[-1].coef_.shape[1]


SKLEARN_CHECKS = [
    "check_estimator_cloneable", "check_estimator_tags_renamed", "check_valid_tag_types", "check_estimator_repr",
    "check_no_attributes_set_in_init", "check_estimators_unfitted", "check_do_not_raise_errors_in_init_or_set_params",
    "check_mixin_order", "check_transformers_unfitted", "check_transformer_n_iter", "check_parameters_default_constructible",
    "check_get_params_invariance", "check_set_params", "check_fit1d",
]


@pytest.mark.parametrize("check", SKLEARN_CHECKS)
def test_sklearn_checks_that_apply_to_a_text_transformer(check: str) -> None:
    """scikit-learn's own checks that do not feed numeric arrays (the rest are redone on text below)."""
    getattr(estimator_checks, check)("FramingFeatures", FramingFeatures())


def test_sklearn_invariants_on_text(seed_list: list[str]) -> None:
    """What check_estimator's numeric-array checks assert, on texts: fit returns self and leaves the
    parameters alone, pickling, sample order and subset invariance, idempotent fit, no state change in transform."""
    texts = [*seed_list[:3], HARD_TEXTS[1], HARD_TEXTS[2]]
    features = FramingFeatures(groups=("quotes", "loaded", "sentiment"))
    params = clone(features).get_params()
    assert features.fit(texts) is features
    assert features.get_params() == params
    assert all(name.endswith("_") for name in set(vars(features)) - set(params))
    state = dict(vars(features))
    first = features.transform(texts)
    assert vars(features).keys() == state.keys()
    np.testing.assert_array_equal(pickle.loads(pickle.dumps(features)).transform(texts), first)
    np.testing.assert_array_equal(features.transform(texts[::-1]), first[::-1])
    np.testing.assert_array_equal(features.transform(texts[1:3]), first[1:3])
    np.testing.assert_array_equal(features.fit(texts[:1]).transform(texts), first)


def test_feature_table_from_finished_analyses(seed_list: list[str], fitted) -> None:
    _, table = fitted
    again = feature_table(analyze(seed_list))
    np.testing.assert_array_equal(again.to_numpy(), table.to_numpy())
    assert list(again.index) == ["0", "1", "2", "3", "4"]
