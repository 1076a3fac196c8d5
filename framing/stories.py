"""Stories: which articles report the same event, from the manifest or, when it is silent, from the text.

Articles without a `story` are grouped by TF-IDF cosine similarity of their cleaned text (scikit-learn):
average-linkage agglomerative clustering cut at a distance, so two articles about the same event fall
together and articles about different events fall apart. Each new group is named after the words that
weigh most in it, so the name says what the story is about.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

import numpy as np
from sklearn.cluster import AgglomerativeClustering
from sklearn.feature_extraction.text import TfidfVectorizer

DISTANCE_THRESHOLD = 0.7
NAME_WORDS = 3
NO_WORDS = "(no words to group by)"


@dataclass(frozen=True)
class StoryGroups:
    """Article id to story name, and how each was decided ("manifest" or "similarity")."""

    story: Mapping[str, str]
    method: Mapping[str, str]


def group_by_similarity(texts: Mapping[str, str], distance_threshold: float = DISTANCE_THRESHOLD) -> dict[str, str]:
    """Article id to a story name for articles grouped by the cosine similarity of their TF-IDF vectors.

    Two articles join when their average cosine distance is below `distance_threshold` (0 = identical text).
    """
    ids = sorted(texts)
    if not ids:
        return {}
    vectorizer = TfidfVectorizer(stop_words="english", sublinear_tf=True, token_pattern=r"(?u)\b[^\W\d_][\w'-]*[^\W_]\b")
    try:
        matrix = vectorizer.fit_transform([texts[key] for key in ids])
    except ValueError:  # no words in any text
        return {key: NO_WORDS for key in ids}
    worded = [row for row in range(len(ids)) if matrix[row].getnnz() > 0]
    stories = {key: NO_WORDS for key in ids}
    if len(worded) == 1:
        labels = np.zeros(1, dtype=int)
    else:
        clustering = AgglomerativeClustering(
            n_clusters=None, metric="cosine", linkage="average", distance_threshold=distance_threshold
        )
        labels = clustering.fit_predict(matrix[worded].toarray())
    weighted = matrix[worded]
    terms = vectorizer.get_feature_names_out()
    names: dict[int, str] = {}
    for label in sorted(set(labels), key=lambda value: list(labels).index(value)):
        weights = np.asarray(weighted[labels == label].sum(axis=0)).ravel()
        top = sorted(range(len(terms)), key=lambda column: (-weights[column], terms[column]))[:NAME_WORDS]
        names[label] = "-".join(terms[column] for column in top)
    stories.update({ids[row]: names[label] for row, label in zip(worded, labels)})
    return stories


def assign_stories(articles: Mapping[str, tuple[str | None, str]], distance_threshold: float = DISTANCE_THRESHOLD) -> StoryGroups:
    """Each article's story: its manifest story when given, else a group found by text similarity.

    `articles` maps article ids to (manifest story or None, cleaned text).
    """
    story = {key: given for key, (given, _) in articles.items() if given}
    rest = {key: text for key, (given, text) in articles.items() if not given}
    found = group_by_similarity(rest, distance_threshold)
    return StoryGroups(
        story={key: story.get(key) or found[key] for key in sorted(articles)},
        method={key: "manifest" if key in story else "similarity" for key in sorted(articles)},
    )
