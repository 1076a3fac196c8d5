"""`FramingFeatures`: a scikit-learn transformer from article texts to numeric framing features.

Every feature is a count or score from the analysis, normalised so articles of different lengths
compare: quote shares by reporting-verb stance and by side, loaded words per 1,000 words by
category and voice, label choices for people on the move, policy-frame cue rates, mean sentiment
toward each side by voice, and readability. The vocabulary (stances, sides, categories, frames,
labels) comes from the lexicons and actor registry in force, so feature names are fixed before
any data is seen; `fit` learns nothing from the texts.
"""

from __future__ import annotations

import warnings
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import numpy as np
import pandas as pd
from sklearn.base import BaseEstimator, TransformerMixin
from sklearn.utils.validation import check_is_fitted

from framing import errors
from framing.actors import Registry, default_registry
from framing.corpus import Article
from framing.lexicons import (
    FRAME_CATEGORY,
    LABEL_CATEGORY,
    LOADED_CATEGORIES,
    VOICES,
    LexiconSet,
    default_lexicons,
)
from framing.pipeline import ArticleAnalysis, Options, iter_analyses
from framing.lexicons import reporting_verbs
from framing.readability import TEXTSTAT_METRICS

GROUPS = ("quotes", "loaded", "labels", "frames", "sentiment", "readability")
READABILITY_FEATURES = (*TEXTSTAT_METRICS, "words_per_sentence")
UNKNOWN_SIDE = "unknown"


@dataclass(frozen=True)
class FeatureVocabulary:
    """The closed lists the feature names are built from (taken from the lexicons and registry in force).

    >>> vocabulary = FeatureVocabulary.from_data()
    >>> vocabulary.stances[:3], vocabulary.sides[-1]
    (('neutral', 'assertive', 'distancing'), 'unknown')
    >>> vocabulary.names(["frames"])[:2]
    ['frames__capacity_resources', 'frames__crime_punishment']
    """

    stances: tuple[str, ...]
    sides: tuple[str, ...]
    loaded_categories: tuple[str, ...]
    label_connotations: tuple[str, ...]
    frames: tuple[str, ...]

    @classmethod
    def from_data(cls, lexicons: LexiconSet | None = None, registry: Registry | None = None) -> FeatureVocabulary:
        """The vocabulary of the given (or shipped) lexicons and registry."""
        lexicons = lexicons or default_lexicons()
        registry = registry or default_registry()
        entries = [entry for _, entry in lexicons.entries]
        categories = dict.fromkeys(entry.category for entry in entries)
        return cls(
            stances=tuple(dict.fromkeys(verb.stance for verb in reporting_verbs(lexicons).values())),
            sides=(*sorted({actor.side for actor in registry.actors if actor.side}), UNKNOWN_SIDE),
            loaded_categories=tuple(
                name for name in categories
                if name in LOADED_CATEGORIES or any(entry.loaded for entry in entries if entry.category == name)
            ),
            label_connotations=tuple(sorted({e.subcategory for e in entries if e.category == LABEL_CATEGORY and e.subcategory})),
            frames=tuple(sorted({e.subcategory for e in entries if e.category == FRAME_CATEGORY and e.subcategory})),
        )

    def names(self, groups: Sequence[str]) -> list[str]:
        """Feature names, `group__what__detail`, in a fixed order."""
        by_group = {
            "quotes": [
                "quotes__quoted_share", "quotes__per_1000_words", "quotes__scare_per_1000_words",
                *(f"quotes__cue_share__{stance}" for stance in self.stances),
                *(f"quotes__side_share__{side}" for side in self.sides),
            ],
            "loaded": [f"loaded__{category}__{voice}" for category in (*self.loaded_categories, "all") for voice in VOICES],
            "labels": ["labels__author_per_1000_words", *(f"labels__share__{name}" for name in self.label_connotations)],
            "frames": [f"frames__{frame}" for frame in self.frames],
            "sentiment": [f"sentiment__{side}__{voice}" for side in (*self.sides[:-1], "all") for voice in VOICES],
            "readability": [f"readability__{voice}__{metric}" for voice in ("all", "author") for metric in READABILITY_FEATURES],
        }
        return [name for group in groups for name in by_group[group]]


def _per_1000(count: float, words: int) -> float:
    """A count per 1,000 words (0 for no words)."""
    return 1000.0 * count / words if words else 0.0


def _shares(counts: Counter, keys: Iterable[str], prefix: str) -> dict[str, float]:
    """Each key's share of the counts' total (all 0 when the total is 0)."""
    total = sum(counts.values())
    return {f"{prefix}{key}": (counts[key] / total if total else 0.0) for key in keys}


def article_features(analysis: ArticleAnalysis, vocabulary: FeatureVocabulary) -> dict[str, float]:
    """Every feature of one analysed article by name (all groups); NaN everywhere for an error article.

    >>> from framing.results import analyze_text
    >>> features = article_features(analyze_text("“It is a disgrace,” Chris Philp said."), FeatureVocabulary.from_data())
    >>> features["quotes__side_share__opposition"], features["loaded__loaded__quote"]
    (1.0, 142.85714285714286)
    """
    names = vocabulary.names(GROUPS)
    if analysis.status != "ok" or analysis.document is None:
        return dict.fromkeys(names, float("nan"))
    words = analysis.document.n_words
    values: dict[str, float] = {}

    cued = {quote.utterance: quote for quote in analysis.quotes if quote.cue_class and quote.kind != "scare"}
    spoken = {quote.utterance for quote in analysis.quotes if quote.kind != "scare"}
    side_words = Counter({(share.side or UNKNOWN_SIDE): share.words for share in analysis.speakers.sides}) if analysis.speakers else Counter()
    values["quotes__quoted_share"] = analysis.speakers.quoted_share if analysis.speakers else 0.0
    values["quotes__per_1000_words"] = _per_1000(len(spoken), words)
    values["quotes__scare_per_1000_words"] = _per_1000(sum(q.kind == "scare" for q in analysis.quotes), words)
    values.update(_shares(Counter(quote.cue_class for quote in cued.values()), vocabulary.stances, "quotes__cue_share__"))
    values.update(_shares(side_words, vocabulary.sides, "quotes__side_share__"))

    hits = [hit for hit in analysis.framing if not hit.negated]
    loaded = Counter((hit.category, hit.voice) for hit in hits if hit.loaded)
    for voice in VOICES:
        for category in vocabulary.loaded_categories:
            values[f"loaded__{category}__{voice}"] = _per_1000(loaded[category, voice], words)
        values[f"loaded__all__{voice}"] = _per_1000(sum(n for (_, v), n in loaded.items() if v == voice), words)

    labels = Counter(hit.subcategory for hit in hits if hit.category == LABEL_CATEGORY and hit.voice == "author")
    values["labels__author_per_1000_words"] = _per_1000(sum(labels.values()), words)
    values.update(_shares(labels, vocabulary.label_connotations, "labels__share__"))

    frames = Counter(hit.subcategory for hit in hits if hit.category == FRAME_CATEGORY)
    values.update({f"frames__{frame}": _per_1000(frames[frame], words) for frame in vocabulary.frames})

    sides = {actor.id: actor.side for actor in analysis.actors}
    scores: dict[tuple[str, str], list[float]] = {}
    for mention in analysis.mentions:
        for side in (sides.get(mention.actor_id), "all"):
            if side:
                scores.setdefault((side, mention.voice), []).append(mention.score)
    for side in (*vocabulary.sides[:-1], "all"):
        for voice in VOICES:
            found = scores.get((side, voice))
            values[f"sentiment__{side}__{voice}"] = sum(found) / len(found) if found else 0.0

    for voice, scores_of in (("all", analysis.readability), ("author", analysis.author_readability)):
        for metric in READABILITY_FEATURES:
            value = scores_of.get(metric)
            if value is None:  # quotes only (no author words) or no words: fall back to the whole text, then 0
                value = analysis.readability.get(metric) or 0.0
            values[f"readability__{voice}__{metric}"] = float(value)
    return {name: float(values[name]) for name in names}


def feature_table(
    analyses: Iterable[ArticleAnalysis], groups: Sequence[str] = GROUPS, vocabulary: FeatureVocabulary | None = None
) -> pd.DataFrame:
    """Features of finished analyses: one row an article (index `article_id`), one column a feature.

    >>> import framing
    >>> result = framing.analyze(["Critics branded the plan a stunt, warning of an invasion.", "The minister said it would work."])
    >>> table = feature_table(result, groups=["loaded"])
    >>> table.loc["0", ["loaded__loaded__author", "loaded__crisis__author", "loaded__all__quote"]].tolist()
    [100.0, 0.0, 200.0]
    """
    vocabulary = vocabulary or FeatureVocabulary.from_data()
    names = vocabulary.names(groups)
    analyses = list(analyses)
    rows = [[article_features(item, vocabulary)[name] for name in names] for item in analyses]
    index = pd.Index([item.article.id for item in analyses], name="article_id")
    return pd.DataFrame(np.asarray(rows, dtype=float).reshape(len(analyses), len(names)), index=index, columns=names)


def _texts(X: object) -> list[str]:
    """The texts in X: a list, 1-D array or Series of strings, or a one-column 2-D array or DataFrame."""
    if isinstance(X, pd.DataFrame):
        if X.shape[1] != 1:
            raise ValueError(f"FramingFeatures takes one text column; got a DataFrame with {X.shape[1]} columns")
        X = X.iloc[:, 0]
    if isinstance(X, str) or not isinstance(X, (Sequence, np.ndarray, pd.Series)):
        raise ValueError(f"FramingFeatures takes a list, array or Series of texts; got {type(X).__name__}")  # noqa: TRY004 (scikit-learn's convention for bad X)
    array = np.asarray(X, dtype=object)
    if array.ndim == 2 and array.shape[1] == 1:
        array = array[:, 0]
    if array.ndim != 1:
        raise ValueError(f"FramingFeatures takes texts (1-D, or one column); got an array of shape {array.shape}")
    if len(array) == 0:
        raise ValueError("FramingFeatures needs at least one text; got 0 samples")
    for position, text in enumerate(array):
        if not isinstance(text, str):
            raise ValueError(f"FramingFeatures takes texts: item {position} is a {type(text).__name__}, not a str")  # noqa: TRY004
    return list(array)


class FramingFeatures(TransformerMixin, BaseEstimator):
    """Article texts in, numeric framing features out (see `framing.features` for the groups).

    Parameters: `groups` (any of "quotes", "loaded", "labels", "frames", "sentiment",
    "readability"), `lexicons` (a `LexiconSet`, default the shipped ones), `registry` (an actor
    `Registry`, default the shipped one) and `clean` (remove page furniture first). An article that
    cannot be analysed gets NaN features and a warning, never a silently dropped row.

    >>> texts = ["Officials warned of a crisis at the border.", "“It works,” the minister said."]
    >>> features = FramingFeatures(groups=["quotes"]).set_output(transform="pandas")
    >>> table = features.fit_transform(texts)
    >>> list(table.columns[:3])
    ['quotes__quoted_share', 'quotes__per_1000_words', 'quotes__scare_per_1000_words']
    >>> table.loc[1, ["quotes__cue_share__neutral", "quotes__cue_share__distancing"]].tolist()
    [1.0, 0.0]
    """

    def __init__(
        self, groups: Sequence[str] = GROUPS, lexicons: LexiconSet | None = None,
        registry: Registry | None = None, clean: bool = True,
    ) -> None:
        self.groups = groups
        self.lexicons = lexicons
        self.registry = registry
        self.clean = clean

    def fit(self, X: object, y: object = None) -> FramingFeatures:
        """Check the input and fix the feature names (from the lexicons and registry, not the texts)."""
        _texts(X)
        unknown = [group for group in self.groups if group not in GROUPS]
        if unknown or not self.groups:
            raise ValueError(f"groups must be a non-empty selection of {', '.join(GROUPS)}; got {list(self.groups)!r}")
        self.vocabulary_ = FeatureVocabulary.from_data(self.lexicons, self.registry)
        self.feature_names_ = tuple(self.vocabulary_.names(list(dict.fromkeys(self.groups))))
        return self

    def transform(self, X: object) -> np.ndarray:
        """One row a text, one column a feature (float64)."""
        check_is_fitted(self, "feature_names_")
        texts = _texts(X)
        options = Options(clean=self.clean, lexicons=self.lexicons, registry=self.registry)
        articles = [
            Article(id=str(n), text=text, source=f"<texts>#{n}", error=None if text.strip() else errors.E012.format(path=f"<texts>#{n}"))
            for n, text in enumerate(texts)
        ]
        analyses = list(iter_analyses(articles, options))
        failed = [item for item in analyses if item.status != "ok"]
        if failed:
            warnings.warn(f"{len(failed)} of {len(texts)} texts could not be analysed (NaN features); first: {failed[0].error}", stacklevel=2)
        rows = [article_features(item, self.vocabulary_) for item in analyses]
        return np.array([[row[name] for name in self.feature_names_] for row in rows], dtype=float)

    def get_feature_names_out(self, input_features: object = None) -> np.ndarray:
        """The feature names, `group__what__detail`."""
        check_is_fitted(self, "feature_names_")
        return np.asarray(self.feature_names_, dtype=object)

    def __sklearn_tags__(self):
        tags = super().__sklearn_tags__()
        tags.input_tags.two_d_array = False
        tags.input_tags.string = True
        return tags

