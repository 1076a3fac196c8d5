"""Distinctive language per outlet: weighted log-odds ratios with an informative Dirichlet prior.

Monroe, Colaresi & Quinn (2008), "Fightin' Words", Political Analysis 16(4), eq. 16-22: for each word,
the log-odds of it in one group's texts minus in all other groups' texts, each smoothed by a prior
proportional to the word's frequency in the whole corpus, divided by its standard error (a z-score).
Frequent function words shrink toward zero; a word only one outlet uses often stands out. Counts come
from scikit-learn's CountVectorizer.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import numpy as np
from sklearn.feature_extraction.text import CountVectorizer

PRIOR_WEIGHT = 500.0

TOKEN_PATTERN = r"(?u)\b[^\W\d_][\w'’-]*[^\W_]\b"


@dataclass(frozen=True)
class DistinctiveTerm:
    """A word one group uses more (z > 0) or less (z < 0) than the other groups, with the evidence."""

    group: str
    term: str
    z: float
    log_odds: float
    count: int
    count_elsewhere: int


class LogOddsDirichlet:
    """Weighted log-odds ratio with an informative Dirichlet prior (Monroe et al. 2008), scikit-learn style.

    `fit(texts, groups)` counts words per group; `z_` (groups x terms) holds each group's z-scores against
    all other groups together; `groups_` and `get_feature_names_out()` label its rows and columns.
    `prior_weight` (alpha_0) is how many pseudo-words the corpus-frequency prior adds (Monroe et al. use
    500); it never exceeds the corpus size, so a small corpus is not swamped by its own prior.
    """

    def __init__(self, prior_weight: float = PRIOR_WEIGHT, min_count: int = 2, lowercase: bool = True) -> None:
        self.prior_weight = prior_weight
        self.min_count = min_count
        self.lowercase = lowercase

    def fit(self, texts: Sequence[str], groups: Sequence[str]) -> LogOddsDirichlet:
        """Count the words of every text by group and compute each group's z-scores."""
        self.groups_ = sorted(set(groups))
        self.vectorizer_ = CountVectorizer(lowercase=self.lowercase, token_pattern=TOKEN_PATTERN)
        matrix = self.vectorizer_.fit_transform(texts) if any(text.strip() for text in texts) else None
        if matrix is None or not self.groups_:
            self.counts_ = np.zeros((len(self.groups_), 0))
            self.z_ = self.log_odds_ = self.counts_
            self.terms_ = np.array([], dtype=object)
            return self
        rows = np.array([self.groups_.index(group) for group in groups])
        counts = np.vstack([np.asarray(matrix[rows == index].sum(axis=0)).ravel() for index in range(len(self.groups_))])
        keep = counts.sum(axis=0) >= self.min_count
        self.terms_ = self.vectorizer_.get_feature_names_out()[keep]
        self.counts_ = counts[:, keep].astype(float)
        total = self.counts_.sum(axis=0)
        weight = min(self.prior_weight, total.sum())
        alpha = weight * total / total.sum() if total.sum() else total
        alpha0 = alpha.sum()
        own = self.counts_
        rest = total - own
        own_n = own.sum(axis=1, keepdims=True)
        rest_n = rest.sum(axis=1, keepdims=True)
        self.log_odds_ = (np.log((own + alpha) / (own_n + alpha0 - own - alpha))
                          - np.log((rest + alpha) / (rest_n + alpha0 - rest - alpha)))
        self.z_ = self.log_odds_ / np.sqrt(1.0 / (own + alpha) + 1.0 / (rest + alpha))
        return self

    def get_feature_names_out(self) -> np.ndarray:
        """The words, in the column order of `z_`."""
        return self.terms_

    def top_terms(self, n: int = 10, min_z: float = 1.96) -> list[DistinctiveTerm]:
        """Each group's `n` most over-used words with z above `min_z`, highest first (ties alphabetical)."""
        found = []
        for row, group in enumerate(self.groups_):
            order = sorted(range(len(self.terms_)), key=lambda column: (-self.z_[row, column], self.terms_[column]))
            for column in order[:n]:
                if self.z_[row, column] < min_z:
                    break
                found.append(DistinctiveTerm(
                    group, str(self.terms_[column]), round(float(self.z_[row, column]), 3), round(float(self.log_odds_[row, column]), 3),
                    int(self.counts_[row, column]), int(self.counts_[:, column].sum() - self.counts_[row, column]),
                ))
        return found


def distinctive_terms(texts_by_group: Mapping[str, Sequence[str]], n: int = 10, min_z: float = 1.96) -> list[DistinctiveTerm]:
    """The words each group (an outlet) uses distinctively more than the others: top `n` by z-score above `min_z`."""
    texts = [text for group in sorted(texts_by_group) for text in texts_by_group[group]]
    groups = [group for group in sorted(texts_by_group) for _ in texts_by_group[group]]
    if len(set(groups)) < 2:
        return []
    return LogOddsDirichlet().fit(texts, groups).top_terms(n=n, min_z=min_z)
