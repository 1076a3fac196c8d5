"""Target-dependent sentiment: how a sentence speaks of one mention in it, not its overall mood.

A multinomial logistic regression over cheap target-aware features: the words left and right of the
mention with the mention masked, n-grams that span it, its clause, prior polarities of the words around
it (opinion lexicon and VADER's lexicon, negation-flipped) by side and distance, and VADER's scores of
the whole sentence, computed once per sentence and shared by every target in it. Trained on NewsMTSC
(Hamborg & Donnay, EACL 2021). The shipped model is plain JSON in `framing/models/target_sentiment.json`;
no pickle.
"""

from __future__ import annotations

import gzip
import json
import math
import re
from bisect import bisect_left, bisect_right
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

from framing.datafile import shipped_vocabulary

FORMAT = "framing.target_sentiment/2"
"""Version 2: features from one VADER run per sentence (version 1 scored four contexts per target)."""
MODEL_FILE = "target_sentiment.json"
LABELS = ("negative", "neutral", "positive")
TARGET = "<t>"
TOKEN_PATTERN = re.compile(r"\w+(?:['’\-]\w+)*|[^\w\s]")
NUMBER = re.compile(r"^\d[\d,.]*$")
QUOTE_MARKS = '"“”'
"""Double quotation marks; single ones are left out because ’ is also the apostrophe."""
CLAUSE_BREAKS = frozenset({",", ";", ":", "(", ")", "—", "–", "-", '"', "“", "”"}) | shipped_vocabulary().words("sentiment_clause_breaks")
"""Punctuation and words that end the clause holding a target (the `c:` features)."""
NEGATORS = shipped_vocabulary().words("negators", "approximate_negators", "negated_auxiliaries")
SCOPE_END = frozenset({",", ";", ":", ".", "!", "?", "but", "—"})
SPEECH_VERBS = shipped_vocabulary().words("speech_cue_words")


@dataclass(frozen=True)
class TargetSentiment:
    """Sentiment toward one target: score P(positive) - P(negative) in [-1, 1], label and probabilities."""

    score: float
    label: str
    probabilities: tuple[tuple[str, float], ...]

    def probability(self, label: str) -> float:
        """The probability of one label ('negative', 'neutral' or 'positive')."""
        return dict(self.probabilities)[label]


def tokenize(sentence: str) -> tuple[tuple[str, ...], tuple[int, ...], tuple[int, ...]]:
    """(words, start offsets, end offsets) of the lower-cased word and punctuation tokens; numbers become
    '<num>', ’ becomes '."""
    words, starts, ends = [], [], []
    for match in TOKEN_PATTERN.finditer(sentence):
        word = match.group().lower()
        if "’" in word:
            word = word.replace("’", "'")
        if word[0].isdigit() and NUMBER.match(word):  # every \d is a digit: the cheap test first
            word = "<num>"
        words.append(word)
        start, end = match.span()
        starts.append(start)
        ends.append(end)
    return tuple(words), tuple(starts), tuple(ends)


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


def target_range(context: SentenceContext, start: int, end: int) -> tuple[int, int]:
    """Indices [i, j) of the sentence's tokens overlapping the character span [start, end) (bisection)."""
    return bisect_right(context.ends, start), bisect_left(context.starts, end)


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
    return sum(sentence.count(mark, 0, start) for mark in QUOTE_MARKS) % 2 == 1


@lru_cache(maxsize=1)
def vader() -> SentimentIntensityAnalyzer:
    """The VADER analyser with the lexicon shipped in the vaderSentiment wheel (nothing downloaded)."""
    return SentimentIntensityAnalyzer()


def vader_scores(sentence: str) -> tuple[float, float, float]:
    """VADER's (compound, positive, negative) scores of the whole sentence; zeros for a blank one."""
    if not sentence.strip():
        return 0.0, 0.0, 0.0
    scores = vader().polarity_scores(sentence)
    return float(scores["compound"]), float(scores["pos"]), float(scores["neg"])


def vader_sentence_score(sentence: str) -> float:
    """VADER compound score of the whole sentence in [-1, 1] (the sentence-level baseline)."""
    return vader_scores(sentence)[0]


@lru_cache(maxsize=1)
def stemmer() -> PorterStemmer:
    """NLTK's Porter stemmer (pure code, no data download)."""
    return PorterStemmer()


@lru_cache(maxsize=16384)
def stem(word: str) -> str:
    """Porter stem of a lower-cased word, cached (a miss costs about 50 µs; the 16,384 most recent words
    hold at most about 2.5 MiB, where 65,536 grew to about 10 MiB on a corpus with a growing vocabulary)."""
    return stemmer().stem(word)


def word_polarity(word: str, lexicon: Mapping[str, int]) -> float:
    """Prior polarity of a word in [-1, 1]: mean of the opinion lexicon and VADER (valence / 4), stems tried too."""
    stemmed = stem(word)
    valences = vader().lexicon
    votes = [float(lexicon[w]) for w in (word, stemmed) if w in lexicon][:1]
    votes += [max(-1.0, min(1.0, valences[w] / 4)) for w in (word, stemmed) if w in valences][:1]
    return sum(votes) / len(votes) if votes else 0.0


@dataclass(frozen=True)
class SentenceContext:
    """What every target in one sentence shares, computed once: tokens and their offsets, negation-marked
    words, each word's negation-flipped prior polarity, and VADER's scores of the whole sentence."""

    words: tuple[str, ...]
    starts: tuple[int, ...]
    ends: tuple[int, ...]
    marked: tuple[str, ...]
    polarity: tuple[float, ...]
    vader: tuple[float, float, float]
    totals: tuple[int, int, float]
    """Sentence-wide (positive words, negative words, polarity sum), so a target's 'rest of the sentence' is a subtraction."""


POLARITY_MEMO_WORDS = 1 << 14
"""Words whose prior polarity a model remembers across batches (a float and a short string each: about 1.5 MiB)."""


@dataclass
class FeatureMemo:
    """What targets in one batch share: each sentence's context and each word's prior polarity."""

    sentences: dict[str, SentenceContext] = field(default_factory=dict)
    polarity: dict[str, float] = field(default_factory=dict)


def sentence_context(sentence: str, lexicon: Mapping[str, int], memo: FeatureMemo) -> SentenceContext:
    """The sentence's shared context, built once per batch (VADER runs here and nowhere else)."""
    context = memo.sentences.get(sentence)
    if context is not None:
        return context
    words, starts, ends = tokenize(sentence)
    flags = negated(words)
    priors = memo.polarity
    polarity = []
    for word in words:
        prior = priors.get(word)
        if prior is None:
            prior = priors[word] = word_polarity(word, lexicon)
        polarity.append(prior)
    polarity = [-prior if flag else prior for prior, flag in zip(polarity, flags)]
    context = memo.sentences[sentence] = SentenceContext(
        words=words, starts=starts, ends=ends,
        marked=tuple(f"not_{word}" if flag else word for word, flag in zip(words, flags)), polarity=tuple(polarity), vader=vader_scores(sentence), totals=polarity_totals(polarity))
    return context


def polarity_totals(polarity: Sequence[float]) -> tuple[int, int, float]:
    """(positive words, negative words, sum of polarities) of a run of negation-flipped prior polarities."""
    positive = negative = 0
    total = 0.0
    for p in polarity:
        if p:
            total += p
            if p > 0:
                positive += 1
            else:
                negative += 1
    return positive, negative, total


def balance_features(name: str, positive: int, negative: int, total: float) -> dict[str, float]:
    """Polar-word counts (log 1 + n) and their sum squashed to [-1, 1] like VADER's compound (x / sqrt(x² + 15))."""
    return {f"x:{name}:pos": math.log1p(positive), f"x:{name}:neg": math.log1p(negative),
            f"y:{name}": total / math.sqrt(total * total + 15.0)}


def polarity_features(polarity: Sequence[float], t: int, window: int) -> dict[str, float]:
    """Polar words around the target at position t: 1/distance-weighted sums per side and signs near / far."""
    features: dict[str, float] = {}
    n = len(polarity)
    for d in range(1, window + 1):
        band = "near" if d <= 2 else "far"
        for side, k in (("l", t - d), ("r", t + d)):
            if 0 <= k < n:
                p = polarity[k]
                if p:
                    total = "q:" + side
                    features[total] = features.get(total, 0.0) + p / d
                    features[f"q:{side}{band}:{'+' if p > 0 else '-'}"] = 1.0
    return features


def bag_features(words: Sequence[str], prefix: str) -> dict[str, float]:
    """Binary bag of the words (the target placeholder left out), each name prefixed."""
    head = prefix + ":"
    return {head + word: 1.0 for word in words if word != TARGET}


def window_features(words: Sequence[str], t: int, window: int) -> dict[str, float]:
    """Side-specific and distance-weighted words around the masked target at position t."""
    features: dict[str, float] = {}
    n = len(words)
    for d in range(1, window + 1):
        for side, k in (("l", t - d), ("r", t + d)):
            if 0 <= k < n:
                word = words[k]
                features[side + ":" + word] = 1.0
                weighted = "w:" + word
                if weighted not in features:  # nearest first: a word seen nearer keeps its larger 1/distance
                    features[weighted] = 1.0 / d
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


def target_features(sentence: str, start: int, end: int, lexicon: Mapping[str, int], window: int = 6,
                    memo: FeatureMemo | None = None) -> dict[str, float]:
    """All features of the target [start, end) in `sentence` as a name-to-value dict.

    Everything about the sentence as a whole (tokens, negation, prior polarities, VADER) comes from its
    `SentenceContext`, built once per sentence in `memo` and shared by every target in it; the rest are
    dictionary lookups in a window around the target. The features are the same with or without `memo`."""
    check_span(sentence, start, end)
    context = sentence_context(sentence, lexicon, FeatureMemo() if memo is None else memo)
    if not context.words:
        return {"bias": 1.0}
    i, j = target_range(context, start, end)
    words = [*context.words[:i], TARGET, *context.words[j:]]
    marked = [*context.marked[:i], TARGET, *context.marked[j:]]
    polarity = [*context.polarity[:i], 0.0, *context.polarity[j:]]
    a, b = clause_bounds(words, i)
    compound, positive, negative = context.vader
    inside = polarity_totals(context.polarity[i:j])
    features: dict[str, float] = {"bias": 1.0, "v:all": compound, "v:pos": positive, "v:neg": negative,
                                  f"v:all:{'+' if compound >= 0.05 else '-' if compound <= -0.05 else '0'}": 1.0}
    features.update(bag_features(marked[a:b], "c"))
    features.update(window_features(marked, i, window))
    features.update(span_features(words, i))
    features.update(polarity_features(polarity, i, window))
    features.update({f"t:{word}": 1.0 for word in context.words[i:j]})
    features.update(balance_features("all", *(whole - part for whole, part in zip(context.totals, inside))))
    for name, lo, hi in (("clause", a, b), ("left", max(0, i - window), i), ("right", i + 1, i + 1 + window)):
        features.update(balance_features(name, *polarity_totals(polarity[lo:hi])))
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
        memo = FeatureMemo(polarity=self._word_polarities(lexicon))
        return [target_features(sentence, start, end, lexicon, self.window, memo) for sentence, start, end in X]

    def _word_polarities(self, lexicon: Mapping[str, int]) -> dict[str, float]:
        """Prior polarities of the words met so far with this lexicon, kept across batches (an article is a
        batch, so each word's polarity was computed again in every article); a pure memo of `word_polarity`,
        emptied when it passes POLARITY_MEMO_WORDS words or the lexicon object changes."""
        memo = self.__dict__.get("_polarity_memo")
        if memo is None or memo[0] is not lexicon or len(memo[1]) > POLARITY_MEMO_WORDS:
            memo = self._polarity_memo = (lexicon, {})
        return memo[1]

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
                if value:  # a zero is no entry: tested first, so the vocabulary is not searched for it
                    k = column(name)
                    if k is not None:
                        indices.append(k)
                        data.append(value)
            indptr.append(len(indices))
        # arrays, not lists: scipy converts them in a third less time, and still picks the index type from the contents
        arrays = (np.array(data, dtype=np.float64), np.array(indices, dtype=np.int64), np.array(indptr, dtype=np.int64))
        return sparse.csr_matrix(arrays, shape=(len(rows), len(self.vocabulary_)), dtype=np.float64)

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
