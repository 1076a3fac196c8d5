"""Target-dependent sentiment: how a sentence speaks of one mention in it, not its overall mood.

A multinomial logistic regression over target-aware features (the words left and right of the
mention with the mention masked, n-grams that span it, its clause, lexicon and VADER scores of
those contexts, negation and quotation marks), trained on NewsMTSC (Hamborg & Donnay, EACL 2021).
The shipped model is plain JSON in `framing/models/target_sentiment.json`; no pickle.
"""

from __future__ import annotations

import gzip
import json
import math
import re
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from importlib.resources import files
from pathlib import Path
from typing import Any

import numpy as np
from scipy import sparse
from sklearn.base import BaseEstimator, ClassifierMixin
from sklearn.linear_model import LogisticRegression
from nltk.stem.porter import PorterStemmer
from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

FORMAT = "framing.target_sentiment/1"
MODEL_FILE = "target_sentiment.json"
LABELS = ("negative", "neutral", "positive")
TARGET = "<t>"
TOKEN_PATTERN = re.compile(r"\w+(?:['’\-]\w+)*|[^\w\s]")
NUMBER = re.compile(r"^\d[\d,.]*$")
QUOTE_MARKS = '"“”'
"""Double quotation marks; single ones are left out because ’ is also the apostrophe."""
CLAUSE_BREAKS = frozenset({",", ";", ":", "(", ")", "—", "–", "-", '"', "“", "”", "but", "while", "although",
                           "though", "whereas", "because", "after", "as", "which", "who", "that", "and", "or"})
NEGATORS = frozenset({"not", "no", "never", "n't", "nothing", "nobody", "none", "neither", "nor", "without",
                      "cannot", "hardly", "barely", "doesn't", "don't", "didn't", "isn't", "wasn't", "aren't",
                      "weren't", "won't", "wouldn't", "shouldn't", "couldn't", "can't", "hasn't", "haven't"})
SCOPE_END = frozenset({",", ";", ":", ".", "!", "?", "but", "—"})
SPEECH_VERBS = frozenset({"said", "says", "say", "told", "tells", "added", "wrote", "writes", "argued", "argues",
                          "claimed", "claims", "stated", "insisted", "noted", "explained", "tweeted", "asked"})


@dataclass(frozen=True)
class TargetSentiment:
    """Sentiment toward one target: score P(positive) - P(negative) in [-1, 1], label and probabilities."""

    score: float
    label: str
    probabilities: tuple[tuple[str, float], ...]

    def probability(self, label: str) -> float:
        """The probability of one label ('negative', 'neutral' or 'positive')."""
        return dict(self.probabilities)[label]


@dataclass(frozen=True)
class Token:
    """A normalised word or punctuation mark with its character offsets."""

    text: str
    start: int
    end: int


def tokenize(sentence: str) -> list[Token]:
    """Lower-cased word and punctuation tokens with offsets; numbers become '<num>', ’ becomes '."""
    tokens = []
    for match in TOKEN_PATTERN.finditer(sentence):
        word = match.group().lower().replace("’", "'")
        tokens.append(Token("<num>" if NUMBER.match(word) else word, match.start(), match.end()))
    return tokens


def check_span(sentence: str, start: int, end: int) -> None:
    """Raise ValueError unless [start, end) is a non-blank span of `sentence` (or (0, 0) of a blank one)."""
    if not isinstance(start, int) or not isinstance(end, int) or isinstance(start, bool) or isinstance(end, bool):
        raise ValueError(f"target offsets must be integers, got start={start!r}, end={end!r}")
    if not 0 <= start <= end <= len(sentence):
        raise ValueError(f"target offsets start={start}, end={end} are outside the sentence of length "
                         f"{len(sentence)} (need 0 <= start <= end <= length)")
    if not sentence.strip():
        if (start, end) != (0, 0):
            raise ValueError(f"the sentence is blank; the only target it has is (0, 0), got ({start}, {end})")
        return
    if not sentence[start:end].strip():
        raise ValueError(f"target span ({start}, {end}) is empty or blank: {sentence[start:end]!r}")


def target_range(tokens: Sequence[Token], start: int, end: int) -> tuple[int, int]:
    """Indices [i, j) of the tokens overlapping the character span [start, end)."""
    inside = [k for k, token in enumerate(tokens) if token.start < end and token.end > start]
    return inside[0], inside[-1] + 1


def masked_words(words: Sequence[str], i: int, j: int) -> list[str]:
    """The words with the target tokens [i, j) replaced by one TARGET placeholder."""
    return [*words[:i], TARGET, *words[j:]]


def negated(words: Sequence[str]) -> list[bool]:
    """For each word, whether it lies in a negation scope (after a negator, up to punctuation or 'but')."""
    flags, active = [], False
    for word in words:
        if word in SCOPE_END:
            active = False
        flags.append(active)
        if word in NEGATORS or word.endswith("n't"):
            active = True
    return flags


def clause_bounds(words: Sequence[str], t: int) -> tuple[int, int]:
    """Indices [a, b) of the clause holding position t: the run between the nearest clause breaks."""
    a = t
    while a > 0 and words[a - 1] not in CLAUSE_BREAKS:
        a -= 1
    b = t + 1
    while b < len(words) and words[b] not in CLAUSE_BREAKS:
        b += 1
    return a, b


def in_quotes(sentence: str, start: int) -> bool:
    """Whether an odd number of quotation marks precede the target (it sits inside a quote)."""
    return sum(sentence[:start].count(mark) for mark in QUOTE_MARKS) % 2 == 1


@lru_cache(maxsize=1)
def vader() -> SentimentIntensityAnalyzer:
    """The VADER analyser with the lexicon shipped in the vaderSentiment wheel (nothing downloaded)."""
    return SentimentIntensityAnalyzer()


def vader_sentence_score(sentence: str) -> float:
    """VADER compound score of the whole sentence in [-1, 1] (the sentence-level baseline)."""
    return float(vader().polarity_scores(sentence)["compound"]) if sentence.strip() else 0.0


def vader_words_score(words: Sequence[str], memo: dict[str, float] | None = None) -> float:
    """VADER compound score of a run of tokens (the target placeholder left out); `memo` keeps the
    scores of strings already scored (targets in one sentence share contexts), so VADER runs once per string."""
    text = " ".join(word for word in words if word != TARGET)
    if memo is None:
        return vader_sentence_score(text)
    if text not in memo:
        memo[text] = vader_sentence_score(text)
    return memo[text]


@lru_cache(maxsize=1)
def stemmer() -> PorterStemmer:
    """NLTK's Porter stemmer (pure code, no data download)."""
    return PorterStemmer()


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """Porter stem of a lower-cased word, cached."""
    return stemmer().stem(word)


def word_polarity(word: str, lexicon: Mapping[str, int]) -> float:
    """Prior polarity of a word in [-1, 1]: mean of the opinion lexicon and VADER (valence / 4), stems tried too."""
    stemmed = stem(word)
    votes = [float(lexicon[w]) for w in (word, stemmed) if w in lexicon][:1]
    votes += [max(-1.0, min(1.0, vader().lexicon[w] / 4)) for w in (word, stemmed) if w in vader().lexicon][:1]
    return sum(votes) / len(votes) if votes else 0.0


def polarity_features(words: Sequence[str], flags: Sequence[bool], t: int, window: int,
                      lexicon: Mapping[str, int], memo: dict[str, float] | None = None) -> dict[str, float]:
    """Polar words around the target: distance-weighted sums per side and signs at near / far distances.
    `memo` keeps each word's prior polarity (targets in one batch share it); the features are the same without it."""
    features: dict[str, float] = {}
    memo = {} if memo is None else memo
    for d in range(1, window + 1):
        for side, k in (("l", t - d), ("r", t + d)):
            if 0 <= k < len(words):
                prior = memo.get(words[k])
                if prior is None:
                    prior = memo[words[k]] = word_polarity(words[k], lexicon)
                polarity = prior * (-1 if flags[k] else 1)
                if polarity:
                    features[f"q:{side}"] = features.get(f"q:{side}", 0.0) + polarity / d
                    name = f"q:{side}{'near' if d <= 2 else 'far'}:{'+' if polarity > 0 else '-'}"
                    features[name] = 1.0
    return features


def lexicon_counts(words: Sequence[str], flags: Sequence[bool], lexicon: Mapping[str, int]) -> tuple[int, int]:
    """(positive, negative) lexicon hits in the words, a negated hit counting for the other side."""
    positive = negative = 0
    for word, flag in zip(words, flags):
        polarity = lexicon.get(word, 0) * (-1 if flag else 1)
        positive += polarity > 0
        negative += polarity < 0
    return positive, negative


def bag_features(words: Sequence[str], prefix: str) -> dict[str, float]:
    """Binary bag of the words (the target placeholder left out), each name prefixed."""
    return {f"{prefix}:{word}": 1.0 for word in words if word != TARGET}


def window_features(words: Sequence[str], t: int, window: int) -> dict[str, float]:
    """Side-specific and distance-weighted words around the masked target at position t."""
    features: dict[str, float] = {}
    for d in range(1, window + 1):
        for side, k in (("l", t - d), ("r", t + d)):
            if 0 <= k < len(words):
                word = words[k]
                features[f"{side}:{word}"] = max(features.get(f"{side}:{word}", 0.0), 1.0)
                features[f"w:{word}"] = max(features.get(f"w:{word}", 0.0), 1.0 / d)
                if d <= 2:
                    features[f"{side}{d}:{word}"] = 1.0
    return features


def span_features(words: Sequence[str], t: int) -> dict[str, float]:
    """N-grams that include the masked target: 'x <t>', 'x y <t>', '<t> x', '<t> x y', 'x <t> y'."""
    left = words[max(0, t - 2):t]
    right = words[t + 1:t + 3]
    features = {"s:<s> <t>" if t == 0 else f"s:{left[-1]} <t>": 1.0,
                f"s:<t> {right[0]}" if right else "s:<t> </s>": 1.0}
    if len(left) == 2:
        features[f"s:{left[0]} {left[1]} <t>"] = 1.0
    if len(right) == 2:
        features[f"s:<t> {right[0]} {right[1]}"] = 1.0
    if left and right:
        features[f"s:{left[-1]} <t> {right[0]}"] = 1.0
    return features


def score_features(name: str, words: Sequence[str], flags: Sequence[bool], lexicon: Mapping[str, int],
                   memo: dict[str, float] | None = None) -> dict[str, float]:
    """VADER compound and lexicon balance of one context (sentence, clause, left or right window)."""
    positive, negative = lexicon_counts(words, flags, lexicon)
    compound = vader_words_score(words, memo)
    return {
        f"v:{name}": compound,
        f"v:{name}:{'+' if compound >= 0.05 else '-' if compound <= -0.05 else '0'}": 1.0,
        f"x:{name}:pos": math.log1p(positive),
        f"x:{name}:neg": math.log1p(negative),
    }


@dataclass
class FeatureMemo:
    """What targets in one batch share: each sentence's tokens, each context string's VADER score and
    each word's prior polarity."""

    tokens: dict[str, tuple[Token, ...]] = field(default_factory=dict)
    vader: dict[str, float] = field(default_factory=dict)
    polarity: dict[str, float] = field(default_factory=dict)


def target_features(sentence: str, start: int, end: int, lexicon: Mapping[str, int], window: int = 6,
                    memo: FeatureMemo | None = None) -> dict[str, float]:
    """All features of the target [start, end) in `sentence` as a name-to-value dict.

    `memo` (one per batch) keeps each sentence's tokens and each context's VADER score, so targets
    sharing a sentence tokenise and score it once; the features are the same with or without it."""
    check_span(sentence, start, end)
    memo = FeatureMemo() if memo is None else memo
    tokens = memo.tokens.get(sentence)
    if tokens is None:
        tokens = memo.tokens[sentence] = tuple(tokenize(sentence))
    if not tokens:
        return {"bias": 1.0}
    i, j = target_range(tokens, start, end)
    words = masked_words([token.text for token in tokens], i, j)
    flags = negated(words)
    marked = [f"not_{word}" if flag else word for word, flag in zip(words, flags)]
    a, b = clause_bounds(words, i)
    features: dict[str, float] = {"bias": 1.0}
    features.update(bag_features(marked[a:b], "c"))
    features.update(window_features(marked, i, window))
    features.update(span_features(words, i))
    features.update(polarity_features(words, flags, i, window, lexicon, memo.polarity))
    features.update({f"t:{token.text}": 1.0 for token in tokens[i:j]})
    for name, lo, hi in (("all", 0, len(words)), ("clause", a, b), ("left", max(0, i - window), i),
                         ("right", i + 1, i + 1 + window)):
        features.update(score_features(name, words[lo:hi], flags[lo:hi], lexicon, memo.vader))
    features["p:first"] = float(i == 0)
    features["p:quoted"] = float(in_quotes(sentence, start))
    features["p:quotes"] = float(any(mark in sentence for mark in QUOTE_MARKS))
    features["p:speaker"] = float(any(word in SPEECH_VERBS for word in words[i + 1:i + 4]))
    features["p:neg_near"] = float(any(word in NEGATORS for word in words[max(0, i - 3):i + 4]))
    return features


class TargetSentimentClassifier(BaseEstimator, ClassifierMixin):
    """Scikit-learn classifier of (sentence, start, end) targets into negative / neutral / positive."""

    def __init__(self, C: float = 0.1, window: int = 6, min_count: int = 2, class_weight: str | None = "balanced",
                 lexicon: Mapping[str, int] | None = None, max_iter: int = 3000, decimals: int = 5) -> None:
        self.C = C
        self.window = window
        self.min_count = min_count
        self.class_weight = class_weight
        self.lexicon = lexicon
        self.max_iter = max_iter
        self.decimals = decimals

    def featurize(self, X: Sequence[tuple[str, int, int]]) -> list[dict[str, float]]:
        """Feature dicts of the targets (offsets are checked; bad ones raise ValueError)."""
        lexicon = self.lexicon or {}
        memo = FeatureMemo()
        return [target_features(sentence, start, end, lexicon, self.window, memo) for sentence, start, end in X]

    def fit(self, X: Sequence[tuple[str, int, int]], y: Sequence[str]) -> TargetSentimentClassifier:
        """Learn the vocabulary (features seen in >= min_count targets) and the regression weights."""
        rows = self.featurize(X)
        counts = Counter(name for row in rows for name in row)
        names = sorted(name for name, count in counts.items() if count >= self.min_count)
        self.vocabulary_ = {name: k for k, name in enumerate(names)}
        model = LogisticRegression(C=self.C, class_weight=self.class_weight, max_iter=self.max_iter)
        model.fit(self.matrix(rows), np.asarray(y))
        self.classes_ = model.classes_
        self.coef_ = np.round(model.coef_, self.decimals)
        self.intercept_ = np.round(model.intercept_, self.decimals)
        return self

    def matrix(self, rows: Sequence[Mapping[str, float]]) -> sparse.csr_matrix:
        """Sparse design matrix of feature dicts over the learned vocabulary (unknown names dropped)."""
        data, indices, indptr = [], [], [0]
        column = self.vocabulary_.get
        for row in rows:
            for name, value in row.items():
                k = column(name)
                if k is not None and value:
                    indices.append(k)
                    data.append(value)
            indptr.append(len(indices))
        return sparse.csr_matrix((data, indices, indptr), shape=(len(rows), len(self.vocabulary_)), dtype=np.float64)

    def decision_function(self, X: Sequence[tuple[str, int, int]]) -> np.ndarray:
        """Per-class linear scores, shape (n_samples, n_classes)."""
        return np.asarray(self.matrix(self.featurize(X)) @ self.coef_.T) + self.intercept_

    def predict_proba(self, X: Sequence[tuple[str, int, int]]) -> np.ndarray:
        """Class probabilities (softmax of the linear scores), columns in `classes_` order."""
        scores = self.decision_function(X)
        scores -= scores.max(axis=1, keepdims=True)
        exp = np.exp(scores)
        return exp / exp.sum(axis=1, keepdims=True)

    def predict(self, X: Sequence[tuple[str, int, int]]) -> np.ndarray:
        """The most probable label of each target."""
        return self.classes_[np.argmax(self.decision_function(X), axis=1)]

    def get_feature_names_out(self, input_features: Any = None) -> np.ndarray:
        """Feature names in column order of `coef_`."""
        return np.array(sorted(self.vocabulary_, key=self.vocabulary_.__getitem__), dtype=object)

    def to_json(self, path: str | Path, metadata: Mapping[str, Any] | None = None) -> None:
        """Write the fitted model as JSON (gzip when the path ends in .gz), byte-stable for equal models."""
        params = self.get_params()
        lexicon = params.pop("lexicon") or {}
        payload = {
            "format": FORMAT,
            "params": params,
            "metadata": dict(metadata or {}),
            "classes": [str(label) for label in self.classes_],
            "intercept": [float(value) for value in self.intercept_],
            "lexicon": {"positive": sorted(w for w, p in lexicon.items() if p > 0),
                        "negative": sorted(w for w, p in lexicon.items() if p < 0)},
            "features": {name: [float(value) for value in self.coef_[:, k]]
                         for name, k in sorted(self.vocabulary_.items())},
        }
        text = json.dumps(payload, ensure_ascii=False, sort_keys=True, separators=(",", ":")) + "\n"
        path = Path(path)
        if path.suffix == ".gz":
            path.write_bytes(gzip.compress(text.encode("utf-8"), mtime=0))
        else:
            path.write_text(text, encoding="utf-8")

    @classmethod
    def from_json(cls, path: str | Path) -> TargetSentimentClassifier:
        """Load a model written by `to_json` (plain or .gz)."""
        raw = Path(path).read_bytes()
        return cls.from_dict(json.loads(gzip.decompress(raw) if raw[:2] == b"\x1f\x8b" else raw))

    @classmethod
    def from_dict(cls, payload: Mapping[str, Any]) -> TargetSentimentClassifier:
        """Rebuild a fitted model from the parsed JSON payload."""
        if payload.get("format") != FORMAT:
            raise ValueError(f"not a target-sentiment model: format {payload.get('format')!r}, expected {FORMAT!r}")
        lexicon = {word: 1 for word in payload["lexicon"]["positive"]}
        lexicon.update({word: -1 for word in payload["lexicon"]["negative"]})
        model = cls(**payload["params"], lexicon=lexicon)
        names = sorted(payload["features"])
        model.vocabulary_ = {name: k for k, name in enumerate(names)}
        model.coef_ = np.array([payload["features"][name] for name in names], dtype=np.float64).T.reshape(
            len(payload["classes"]), len(names))
        model.intercept_ = np.array(payload["intercept"], dtype=np.float64)
        model.classes_ = np.array(payload["classes"], dtype=object)
        model.metadata_ = dict(payload["metadata"])
        return model


@lru_cache(maxsize=1)
def load_default_model() -> TargetSentimentClassifier:
    """The shipped model (framing/models/target_sentiment.json), loaded once."""
    resource = files("framing.models").joinpath(MODEL_FILE)
    return TargetSentimentClassifier.from_dict(json.loads(resource.read_text(encoding="utf-8")))


def to_target_sentiment(classes: Sequence[str], probabilities: np.ndarray) -> TargetSentiment:
    """Wrap one row of class probabilities as a TargetSentiment."""
    pairs = {str(label): float(p) for label, p in zip(classes, probabilities)}
    score = pairs.get("positive", 0.0) - pairs.get("negative", 0.0)
    return TargetSentiment(score=max(-1.0, min(1.0, score)), label=max(pairs, key=pairs.__getitem__),
                           probabilities=tuple(sorted(pairs.items())))


def sentiment_toward_many(items: Sequence[tuple[str, int, int]],
                          model: TargetSentimentClassifier | None = None) -> list[TargetSentiment]:
    """Sentiment toward many (sentence, start, end) targets in one vectorised pass; blank sentences are neutral."""
    model = model if model is not None else load_default_model()
    for sentence, start, end in items:
        check_span(sentence, start, end)
    scored = [k for k, (sentence, _, _) in enumerate(items) if sentence.strip()]
    probabilities = model.predict_proba([items[k] for k in scored]) if scored else np.empty((0, len(model.classes_)))
    rows = dict(zip(scored, probabilities))
    neutral = np.array([float(label == "neutral") for label in model.classes_])
    return [to_target_sentiment(model.classes_, rows.get(k, neutral)) for k in range(len(items))]


def sentiment_toward(sentence: str, start: int, end: int,
                     model: TargetSentimentClassifier | None = None) -> TargetSentiment:
    """Sentiment toward the target sentence[start:end]; ValueError for bad offsets."""
    return sentiment_toward_many([(sentence, start, end)], model)[0]
