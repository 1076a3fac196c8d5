"""Target-dependent sentiment: seed sentences, offsets, the JSON model and its round trip."""

from __future__ import annotations

import copy
import json
import math

import numpy as np
import pytest

import framing.sentiment as sentiment_module
from framing.sentiment import (
    LABELS,
    FeatureMemo,
    TargetSentiment,
    TargetSentimentClassifier,
    load_default_model,
    sentiment_toward,
    sentiment_toward_many,
    target_features,
    vader_sentence_score,
)

# seed id, sentence as printed in the seed, target mention, expected label ("not negative" allows two)
SEED_CASES = [
    ("002", "Labour has surrendered our borders, and the consequences are being felt in our communities, from rising "
     "crime to shocking cases of rape and sexual assault by recent arrivals.", "Labour", "negative"),
    pytest.param("000", "The UK will also pay Iraq £500,000 to train local law enforcement in border security",
                 "Iraq", "not negative",
                 marks=pytest.mark.xfail(strict=True, reason="known weakness of the cheap model: 'pay' is negative in "
                                         "VADER's lexicon (-0.4) and, next to the target, tips a near three-way tie "
                                         "(0.35 / 0.34 / 0.32) to negative; the four-context model said neutral")),
    ("000", "The work to stop smuggler gangs doesn’t start on the French coast.", "smuggler gangs", "negative"),
    ("004", "he accused the Conservatives of running “Britain as an experiment in open borders”", "the Conservatives",
     "negative"),
    ("004", "Britain has signed a border pact with Iraq to smash the people smuggling gangs driving the small boats "
     "crisis.", "the people smuggling gangs", "negative"),
    pytest.param("004", "Britain has signed a border pact with Iraq to smash the people smuggling gangs driving the "
                 "small boats crisis.", "Iraq", "not negative",
                 marks=pytest.mark.xfail(strict=True, reason="known weakness: a neutral target in a sentence full of "
                                         "negative words near it is pulled negative")),
    ("004", "Keir Starmer said the deal would tackle people smuggling upstream “before it reaches our shores”",
     "Keir Starmer", "not negative"),
]


def expect(label: str, expected: str) -> bool:
    """Whether a predicted label meets an expectation ('not negative' accepts neutral and positive)."""
    return label != "negative" if expected == "not negative" else label == expected


@pytest.mark.parametrize(("seed", "sentence", "target", "expected"), SEED_CASES)
def test_seed_sentences(seed_texts, seed, sentence, target, expected):
    assert sentence in seed_texts[seed], "the case must quote the seed exactly"
    start = sentence.index(target)
    result = sentiment_toward(sentence, start, start + len(target))
    assert expect(result.label, expected), f"{target!r}: {result}"


def test_same_sentence_different_targets_differ(seed_texts):
    sentence = ("Keir Starmer said the deal would tackle people smuggling upstream “before it reaches our shores” at a "
                "No10 press conference where he accused the Conservatives of running “Britain as an experiment in open "
                "borders”.")
    assert sentence in seed_texts["004"]
    spans = [(sentence, k, k + len(target)) for target in ("the Conservatives", "Keir Starmer")
             for k in [sentence.index(target)]]
    conservatives, starmer = sentiment_toward_many(spans)
    assert conservatives.label == "negative" and starmer.label != "negative"
    assert conservatives.score < starmer.score


@pytest.mark.parametrize(("sentence", "start", "end"), [
    ("", 0, 0),
    ("   ", 0, 0),
    ("Labour has surrendered our borders", 0, 6),
    ("Labour has surrendered our borders", 27, 34),
    ("Iraq", 0, 4),
    ("“Trump”", 1, 6),
])
def test_score_range_and_label_consistency(sentence, start, end):
    result = sentiment_toward(sentence, start, end)
    assert isinstance(result, TargetSentiment)
    assert -1.0 <= result.score <= 1.0
    probabilities = dict(result.probabilities)
    assert set(probabilities) == set(LABELS)
    assert math.isclose(sum(probabilities.values()), 1.0, abs_tol=1e-9)
    assert result.label == max(probabilities, key=probabilities.__getitem__)
    assert math.isclose(result.score, probabilities["positive"] - probabilities["negative"], abs_tol=1e-12)
    if result.label != "neutral":
        assert (result.score > 0) == (result.label == "positive")


def test_empty_sentence_is_neutral():
    result = sentiment_toward("", 0, 0)
    assert (result.label, result.score, result.probability("neutral")) == ("neutral", 0.0, 1.0)


@pytest.mark.parametrize(("sentence", "start", "end", "message"), [
    ("Labour won.", -1, 3, "outside"),
    ("Labour won.", 0, 99, "outside"),
    ("Labour won.", 5, 2, "outside"),
    ("Labour won.", 3, 3, "empty or blank"),
    ("Labour won.", 6, 7, "empty or blank"),
    ("", 0, 1, "outside"),
    ("  ", 0, 1, "blank"),
    ("Labour won.", 0.0, 6, "integers"),
])
def test_bad_offsets_raise(sentence, start, end, message):
    with pytest.raises(ValueError, match=message):
        sentiment_toward(sentence, start, end)


def test_batch_matches_single():
    sentence = "Labour has surrendered our borders, and the consequences are being felt in our communities"
    items = [(sentence, 0, 6), ("", 0, 0), (sentence, 27, 34)]
    assert sentiment_toward_many(items) == [sentiment_toward(*item) for item in items]
    assert sentiment_toward_many([]) == []


def test_features_mask_the_target():
    features = target_features("Critics slammed Trump over the deal", 16, 21, {"slammed": -1})
    assert "l1:slammed" in features and "r1:over" in features and "t:trump" in features
    assert not any(name.startswith(("l", "r", "w", "c")) and name.endswith(":trump") for name in features)
    assert features["x:left:neg"] > 0


def test_shipped_model_is_json_and_round_trips(tmp_path):
    model = load_default_model()
    assert list(model.classes_) == list(LABELS)
    assert model.coef_.shape == (3, len(model.get_feature_names_out()))
    assert model.metadata_["data_sha256"]
    assert "train" in model.metadata_["splits"] and model.metadata_["n_targets"] >= 8739
    path = tmp_path / "model.json"
    model.to_json(path, model.metadata_)
    assert json.loads(path.read_text("utf-8"))["format"] == "framing.target_sentiment/2"
    again = TargetSentimentClassifier.from_json(path)
    items = [("Labour has surrendered our borders", 0, 6), ("The UK will pay Iraq a lot", 16, 20)]
    np.testing.assert_array_equal(again.predict_proba(items), model.predict_proba(items))
    gz = tmp_path / "model.json.gz"
    again.to_json(gz, model.metadata_)
    assert gz.read_bytes()[:2] == b"\x1f\x8b"
    np.testing.assert_array_equal(TargetSentimentClassifier.from_json(gz).predict(items), model.predict(items))


def test_fit_learns_a_toy_task_and_round_trips(tmp_path):
    sentences = [f"{name} {verb} the plan" for name in ("Smith", "Jones", "Brown", "Green")
                 for verb in ("praised", "hailed", "attacked", "slammed", "discussed", "reviewed")]
    labels = [{"praised": "positive", "hailed": "positive", "attacked": "negative", "slammed": "negative"}.get(
        s.split()[1], "neutral") for s in sentences]
    X = [(s, 0, s.index(" ")) for s in sentences]
    model = TargetSentimentClassifier(C=10.0, min_count=1).fit(X, labels)
    assert model.score(X, labels) == 1.0
    path = tmp_path / "toy.json"
    model.to_json(path)
    assert list(TargetSentimentClassifier.from_json(path).predict(X)) == list(model.predict(X))
    assert "r1:praised" in set(model.get_feature_names_out())


def test_from_json_rejects_other_files(tmp_path):
    path = tmp_path / "other.json"
    path.write_text('{"format": "something-else"}', encoding="utf-8")
    with pytest.raises(ValueError, match="not a target-sentiment model"):
        TargetSentimentClassifier.from_json(path)


@pytest.mark.parametrize(("sentence", "sign"), [("", 0), ("This is a wonderful, great result.", 1),
                                                 ("A terrible, shameful failure.", -1)])
def test_vader_sentence_score(sentence, sign):
    assert np.sign(round(vader_sentence_score(sentence), 2)) == sign


@pytest.mark.parametrize(
    ("sentence", "targets"),
    [
        ("", [(0, 0)]),
        ("Labour attacked the Conservatives, and the Conservatives hit back at Labour.", [(0, 6), (20, 33), (43, 56), (69, 75)]),
        ("Ms Smith praised Mr Jones; Mr Jones thanked her.", [(3, 8), (20, 25), (27, 35)]),
    ],
)
def test_targets_sharing_a_sentence_get_the_features_they_get_alone(sentence: str, targets: list[tuple[int, int]]) -> None:
    lexicon = load_default_model().lexicon
    memo = FeatureMemo()
    shared = [target_features(sentence, start, end, lexicon, memo=memo) for start, end in targets]
    assert shared == [target_features(sentence, start, end, lexicon) for start, end in targets]
    assert list(memo.sentences) == [sentence]


@pytest.mark.parametrize(("sentence", "target", "expected"), [
    # the target's own prior polarity is not part of "the rest of the sentence" ('liberty' is positive in the lexicon)
    ("Liberty criticised the plan.", "Liberty", {"x:all:pos": 0.0, "x:all:neg": math.log(2), "x:left:neg": 0.0}),
    # a negated negative word counts as positive ('did not fail')
    ("The minister did not fail the voters, Smith said.", "Smith", {"x:all:pos": math.log(2), "x:all:neg": 0.0}),
    ("Smith said.", "Smith", {"x:all:pos": 0.0, "x:all:neg": 0.0, "y:all": 0.0}),
])
def test_polarity_counts_around_the_target(sentence, target, expected):
    start = sentence.index(target)
    features = target_features(sentence, start, start + len(target), load_default_model().lexicon)
    assert {name: features[name] for name in expected} == pytest.approx(expected)


@pytest.mark.parametrize(("items", "runs"), [
    ([("", 0, 0)], 0),
    ([("Labour attacked the Conservatives, and the Conservatives hit back at Labour.", start, end)
      for start, end in [(0, 6), (20, 33), (43, 56), (69, 75)]], 1),
    ([("Ms Smith praised Mr Jones.", 3, 8), ("Mr Jones thanked her.", 3, 8), ("Ms Smith praised Mr Jones.", 20, 25)], 2),
])
def test_vader_runs_once_per_sentence(monkeypatch, items, runs):
    """Every target in a sentence shares one VADER run (issue 9: compute each thing once)."""
    calls = []
    real = sentiment_module.vader_scores
    monkeypatch.setattr(sentiment_module, "vader_scores", lambda sentence: calls.append(sentence) or real(sentence))
    sentiment_toward_many(items)
    assert len(calls) == runs == len(set(calls))


@pytest.mark.parametrize(("first", "second"), [
    ("", "The deal was a disaster, Smith said."),
    ("Critics praised Smith.", "Critics praised Smith again."),
])
def test_word_polarities_kept_across_batches_follow_the_lexicon(first: str, second: str) -> None:
    model = copy.deepcopy(load_default_model())  # its own memo and lexicon, the shared model untouched
    for lexicon in ({"praised": 1, "disaster": -1}, {"praised": -1, "disaster": 1}):
        model.set_params(lexicon=lexicon)
        for sentence in (first, second):
            start, end = (sentence.index("Smith"), sentence.index("Smith") + 5) if sentence else (0, 0)
            assert model.featurize([(sentence, start, end)]) == [target_features(sentence, start, end, lexicon)]
