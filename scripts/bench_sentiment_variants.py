"""Measure model classes and features the shipped linear target-sentiment model cannot express (issue 14).

Usage: python scripts/bench_sentiment_variants.py [--variant NAME ...] [--data ../shared/data/newsmtsc]

Each variant is scored like the shipped model in scripts/bench_sentiment.py: 5-fold cross-validation on
NewsMTSC train grouped by sentence (the same folds), and a fit on train only scored on dev_rw, dev_mt and
both. Features are those of `framing.sentiment.target_features`, computed once; a variant adds features or
replaces the logistic regression. Every learner has a fixed seed, so two runs print the same figures. The
results and what was kept are in framing/models/README.md. About 15 s to 6 min of one core per variant.
"""

from __future__ import annotations

import argparse
import sys
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path

import numpy as np
from scipy import sparse
from sklearn.decomposition import TruncatedSVD
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import f1_score
from sklearn.model_selection import GroupKFold
from sklearn.neural_network import MLPClassifier

from framing.sentiment import LABELS, TARGET, FeatureMemo, target_features, tokenize

sys.path.insert(0, str(Path(__file__).resolve().parent))
from train_sentiment import DATA, LEXICON, PARAMS, load_lexicon, load_targets, shared_data

BIAS_LEXICONS = shared_data("bias-lexicons")
DENSE_PREFIXES = ("v:", "x:", "y:", "q:", "p:")
"""The 33 numeric and flag features (VADER, polarity counts and sums, polar words near the target, position)."""
Item = tuple[tuple[str, int, int], str]
Rows = list[dict[str, float]]
FitPredict = Callable[[Rows, np.ndarray, Rows, Sequence[Item], Sequence[Item]], np.ndarray]


def vocabulary(rows: Rows, min_count: int = PARAMS["min_count"]) -> dict[str, int]:
    """Column index of each feature seen in at least `min_count` rows, in sorted name order."""
    counts = Counter(name for row in rows for name in row)
    return {name: k for k, name in enumerate(sorted(n for n, c in counts.items() if c >= min_count))}


def design(rows: Rows, columns: Mapping[str, int]) -> sparse.csr_matrix:
    """Sparse matrix of feature dicts over `columns` (unknown names dropped)."""
    data, indices, indptr = [], [], [0]
    for row in rows:
        for name, value in row.items():
            if name in columns and value:
                indices.append(columns[name])
                data.append(value)
        indptr.append(len(indices))
    return sparse.csr_matrix((data, indices, indptr), shape=(len(rows), len(columns)))


def shipped_lr(rows: Rows, y: np.ndarray) -> tuple[dict[str, int], LogisticRegression]:
    """The shipped model's regression (same C, class weights, vocabulary rule) fitted on these rows."""
    columns = vocabulary(rows)
    model = LogisticRegression(C=PARAMS["C"], class_weight=PARAMS["class_weight"], max_iter=3000)
    return columns, model.fit(design(rows, columns), y)


def lr_with(extra: Callable[[Item], dict[str, float]]) -> FitPredict:
    """The shipped regression over the shipped features plus `extra(item)`."""
    def fit_predict(fit_rows, y, test_rows, fit_items, test_items):
        fit_rows = [{**row, **extra(item)} for row, item in zip(fit_rows, fit_items)]
        test_rows = [{**row, **extra(item)} for row, item in zip(test_rows, test_items)]
        columns, model = shipped_lr(fit_rows, y)
        return model.predict(design(test_rows, columns))
    return fit_predict


def masked_words(item: Item) -> tuple[list[str], int]:
    """The sentence's tokens with the target replaced by one placeholder, and the placeholder's index."""
    (sentence, start, end), _ = item
    words, starts, ends = tokenize(sentence)
    i, j = bisect_right(ends, start), bisect_left(starts, end)
    return [*words[:i], TARGET, *words[j:]], i


def around(words: Sequence[str], t: int, window: int):
    """(side, distance, index) of the tokens within `window` of position t."""
    for d in range(1, window + 1):
        for side, k in (("l", t - d), ("r", t + d)):
            if 0 <= k < len(words):
                yield side, d, k


def baseline(fit_rows, y, test_rows, fit_items, test_items):
    """The shipped model, refitted (reproduces CV 0.677, dev 0.706)."""
    columns, model = shipped_lr(fit_rows, y)
    return model.predict(design(test_rows, columns))


def mlp(hidden: int, alpha: float, blend: float = 0.0) -> FitPredict:
    """One-hidden-layer MLP on the same sparse features, early stopping, probabilities divided by the class
    priors (the MLP has no class weights); with `blend`, averaged with the shipped regression's probabilities."""
    def fit_predict(fit_rows, y, test_rows, fit_items, test_items):
        columns = vocabulary(fit_rows)
        X, Xt = design(fit_rows, columns), design(test_rows, columns)
        net = MLPClassifier(hidden_layer_sizes=(hidden,), alpha=alpha, early_stopping=True, validation_fraction=0.1,
                            n_iter_no_change=5, max_iter=200, random_state=0).fit(X, y)
        probabilities = net.predict_proba(Xt) / np.array([np.mean(y == c) for c in net.classes_])
        probabilities /= probabilities.sum(axis=1, keepdims=True)
        if blend:
            regression = LogisticRegression(C=PARAMS["C"], class_weight=PARAMS["class_weight"], max_iter=3000).fit(X, y)
            probabilities = (1 - blend) * probabilities + blend * regression.predict_proba(Xt)
        return net.classes_[probabilities.argmax(axis=1)]
    return fit_predict


def dense(rows: Rows, names: Sequence[str]) -> np.ndarray:
    """The numeric features `names` of each row as a dense array."""
    return np.array([[row.get(name, 0.0) for name in names] for row in rows])


def out_of_fold_scores(rows: Rows, y: np.ndarray, items: Sequence[Item]) -> np.ndarray:
    """The shipped regression's linear scores for each row from an inner 5-fold grouped CV (no leakage)."""
    scores = np.zeros((len(rows), len(LABELS)))
    for fit, held in GroupKFold(n_splits=5).split(rows, y, [x[0] for x, _ in items]):
        columns, model = shipped_lr([rows[k] for k in fit], y[fit])
        scores[held] = model.decision_function(design([rows[k] for k in held], columns))
    return scores


def boosted_trees(stacked: bool) -> FitPredict:
    """Histogram gradient boosting on the 33 dense features; `stacked` adds the regression's scores (out of
    fold on the fitting rows) so the trees can learn interactions on top of the linear model."""
    def fit_predict(fit_rows, y, test_rows, fit_items, test_items):
        names = sorted({name for row in fit_rows for name in row if name.startswith(DENSE_PREFIXES)})
        X, Xt = dense(fit_rows, names), dense(test_rows, names)
        if stacked:
            columns, model = shipped_lr(fit_rows, y)
            X = np.hstack([out_of_fold_scores(fit_rows, y, fit_items), X])
            Xt = np.hstack([model.decision_function(design(test_rows, columns)), Xt])
        trees = HistGradientBoostingClassifier(learning_rate=0.05, max_iter=300, max_leaf_nodes=15, min_samples_leaf=40,
                                               l2_regularization=1.0, early_stopping=True, validation_fraction=0.1,
                                               n_iter_no_change=20, class_weight="balanced", random_state=0)
        return trees.fit(X, y).predict(Xt)
    return fit_predict


def window_ngrams(item: Item, window: int = PARAMS["window"]) -> dict[str, float]:
    """Side-marked unigrams and bigrams within `window` of the masked target, weighted 1/distance."""
    words, t = masked_words(item)
    grams: dict[str, float] = {}
    for side, d, k in around(words, t, window):
        neighbour = k + 1 if side == "l" else k - 1
        names = [f"{side}:{words[k]}"]
        if neighbour != t:
            names.append(f"{side}2:{words[min(k, neighbour)]} {words[max(k, neighbour)]}")
        for name in names:
            grams[name] = max(grams.get(name, 0.0), 1.0 / d)
    return grams


def log_count_ratios(grams: Sequence[Mapping[str, float]], y: np.ndarray) -> dict[str, dict[str, float]]:
    """One-vs-rest log-count ratios of each n-gram per class (Wang & Manning 2012, add-one smoothing)."""
    counts = {label: Counter() for label in LABELS}
    for row, label in zip(grams, y):
        counts[label].update(row.keys())
    names = set().union(*counts.values())
    ratios = {}
    for label in LABELS:
        rest = Counter()
        for other in LABELS:
            if other != label:
                rest.update(counts[other])
        own_total, rest_total = sum(counts[label].values()) + len(names), sum(rest.values()) + len(names)
        ratios[label] = {name: float(np.log((counts[label][name] + 1) / own_total) - np.log((rest[name] + 1) / rest_total))
                         for name in names if counts[label][name] + rest[name] >= 2}
    return ratios


def ratio_features(grams: Mapping[str, float], ratios: Mapping[str, Mapping[str, float]]) -> dict[str, float]:
    """Per class and side, the 1/distance-weighted mean log-count ratio of the window n-grams."""
    features = {}
    for label in LABELS:
        for side in ("l", "r"):
            values = [ratios[label].get(name, 0.0) * weight for name, weight in grams.items() if name.startswith(side)]
            features[f"nb:{label}:{side}"] = sum(values) / (1 + len(values))
    return features


def nb_ratios(fit_rows, y, test_rows, fit_items, test_items):
    """Shipped features plus NB log-count-ratio summaries, out of fold on the fitting rows (no leakage)."""
    fit_grams, test_grams = [window_ngrams(item) for item in fit_items], [window_ngrams(item) for item in test_items]
    extra: list[dict[str, float]] = [{} for _ in fit_items]
    for fit, held in GroupKFold(n_splits=5).split(fit_rows, y, [x[0] for x, _ in fit_items]):
        ratios = log_count_ratios([fit_grams[k] for k in fit], y[fit])
        for k in held:
            extra[k] = ratio_features(fit_grams[k], ratios)
    ratios = log_count_ratios(fit_grams, y)
    fit_rows = [{**row, **more} for row, more in zip(fit_rows, extra)]
    test_rows = [{**row, **ratio_features(grams, ratios)} for row, grams in zip(test_rows, test_grams)]
    columns, model = shipped_lr(fit_rows, y)
    return model.predict(design(test_rows, columns))


def read_bias_lexicons(folder: Path = BIAS_LEXICONS) -> dict[str, set[str]]:
    """Word -> names of the Recasens et al. (2013) lists it is in ('#' lines are comments)."""
    lists: dict[str, set[str]] = {}
    for name in ("npov_lexicon", "hedges_hyland2005", "factives_hooper1975", "assertives_hooper1975",
                 "implicatives_karttunen1971", "report_verbs"):
        for line in (folder / f"{name}.txt").read_text(encoding="utf-8").splitlines():
            word = line.strip().lower()
            if word and not word.startswith("#"):
                lists.setdefault(word, set()).add(name.split("_")[0])
    return lists


def bias_lexicon_features(lists: Mapping[str, set[str]]) -> Callable[[Item], dict[str, float]]:
    """Which bias list a word within the window belongs to, by side, and near (distance <= 2)."""
    def extra(item: Item) -> dict[str, float]:
        words, t = masked_words(item)
        features = {}
        for side, d, k in around(words, t, PARAMS["window"]):
            for name in lists.get(words[k], ()):
                features[f"b:{side}:{name}"] = 1.0
                if d <= 2:
                    features[f"b:{side}near:{name}"] = 1.0
        return features
    return extra


def char_ngrams(item: Item, window: int = 3, n: int = 4) -> dict[str, float]:
    """Character n-grams (with word boundaries) of the alphabetic words longer than 3 within `window`, by side."""
    words, t = masked_words(item)
    features = {}
    for side, _, k in around(words, t, window):
        if words[k].isalpha() and len(words[k]) > 3:
            marked = f"^{words[k]}$"
            features.update({f"ch{side}:{marked[g:g + n]}": 1.0 for g in range(len(marked) - n + 1)})
    return features


def ppmi_vectors(sentences: Sequence[str], dims: int = 50) -> tuple[dict[str, int], np.ndarray]:
    """Word vectors learned from these sentences only: PPMI of co-occurrence within 4 tokens, truncated SVD."""
    tokens = [tokenize(sentence)[0] for sentence in sorted(set(sentences))]
    counts = Counter(word for words in tokens for word in words)
    index = {word: k for k, word in enumerate(sorted(w for w, c in counts.items() if c >= 3))}
    rows, cols = [], []
    for words in tokens:
        ids = [index.get(word, -1) for word in words]
        for p, a in enumerate(ids):
            neighbours = [ids[q] for q in range(max(0, p - 4), min(len(ids), p + 5)) if q != p and ids[q] >= 0]
            if a >= 0:
                rows += [a] * len(neighbours)
                cols += neighbours
    cooc = sparse.csr_matrix((np.ones(len(rows)), (rows, cols)), shape=(len(index), len(index))).tocoo()
    row_sums, col_sums = np.asarray(cooc.tocsr().sum(1)).ravel(), np.asarray(cooc.tocsr().sum(0)).ravel()
    pmi = np.log(cooc.data * cooc.data.sum() / (row_sums[cooc.row] * col_sums[cooc.col] ** 0.75 * col_sums.sum() ** 0.25))
    keep = pmi > 0
    ppmi = sparse.csr_matrix((pmi[keep], (cooc.row[keep], cooc.col[keep])), shape=cooc.shape)
    vectors = TruncatedSVD(dims, random_state=0).fit_transform(ppmi)
    return index, vectors / (np.linalg.norm(vectors, axis=1, keepdims=True) + 1e-9)


def ppmi_window(fit_rows, y, test_rows, fit_items, test_items):
    """Shipped features plus the unit-length, 1/distance-weighted mean word vector left and right of the
    target (vectors learned from the fitting sentences only, no pretrained embeddings)."""
    index, vectors = ppmi_vectors([x[0] for x, _ in fit_items])

    def extra(item: Item) -> dict[str, float]:
        words, t = masked_words(item)
        features = {}
        for side in ("l", "r"):
            total = np.zeros(vectors.shape[1])
            for s, d, k in around(words, t, PARAMS["window"]):
                if s == side and words[k] in index:
                    total += vectors[index[words[k]]] / d
            norm = np.linalg.norm(total)
            features.update({f"e{side}{z}": float(v) for z, v in enumerate(total / norm if norm else total)})
        return features
    return lr_with(extra)(fit_rows, y, test_rows, fit_items, test_items)


def elastic_net(C: float, l1_ratio: float) -> FitPredict:
    """The shipped regression with an elastic-net penalty (saga solver) instead of L2 alone."""
    def fit_predict(fit_rows, y, test_rows, fit_items, test_items):
        columns = vocabulary(fit_rows)
        model = LogisticRegression(C=C, l1_ratio=l1_ratio, penalty="elasticnet", solver="saga", class_weight="balanced",
                                   max_iter=300, tol=1e-3, random_state=0).fit(design(fit_rows, columns), y)
        return model.predict(design(test_rows, columns))
    return fit_predict


def window_ensemble(windows: Sequence[int] = (4, 6, 8)) -> FitPredict:
    """The shipped regression fitted once per feature window, probabilities summed (a bagging over windows)."""
    lexicon, memo, cache = load_lexicon(LEXICON), FeatureMemo(), {}

    def features(item: Item, window: int) -> dict[str, float]:
        key = (item[0], window)
        if key not in cache:
            cache[key] = target_features(*item[0], lexicon, window, memo)
        return cache[key]

    def fit_predict(fit_rows, y, test_rows, fit_items, test_items):
        total = 0.0
        for window in windows:
            columns, model = shipped_lr([features(item, window) for item in fit_items], y)
            total = total + model.predict_proba(design([features(item, window) for item in test_items], columns))
        return model.classes_[np.argmax(total, axis=1)]
    return fit_predict


VARIANTS: dict[str, Callable[[], FitPredict]] = {
    "baseline": lambda: baseline,
    "mlp32": lambda: mlp(32, 1e-3),
    "mlp32-alpha0.1": lambda: mlp(32, 0.1),
    "mlp128-alpha0.01": lambda: mlp(128, 0.01),
    "mlp32-alpha0.01+lr": lambda: mlp(32, 0.01, blend=0.5),
    "trees-dense": lambda: boosted_trees(stacked=False),
    "trees-stacked": lambda: boosted_trees(stacked=True),
    "nb-ratios": lambda: nb_ratios,
    "bias-lexicons": lambda: lr_with(bias_lexicon_features(read_bias_lexicons())),
    "char-4grams": lambda: lr_with(char_ngrams),
    "ppmi-svd": lambda: ppmi_window,
    "elastic-net-0.2-0.3": lambda: elastic_net(0.2, 0.3),
    "elastic-net-0.5-0.1": lambda: elastic_net(0.5, 0.1),
    "windows-4-6-8": lambda: window_ensemble(),
}


def macro_f1(gold: Sequence[str], predicted: Sequence[str]) -> float:
    """Macro-F1 over negative / neutral / positive."""
    return float(f1_score(gold, predicted, labels=list(LABELS), average="macro"))


def evaluate(name: str, fit_predict: FitPredict, train: Sequence[Item], train_rows: Rows,
             dev: dict[str, Sequence[Item]], dev_rows: dict[str, Rows]) -> str:
    """One line: grouped 5-fold CV macro-F1 (mean, sd, folds) on train, and train-only dev figures."""
    y = np.array([label for _, label in train])
    folds = []
    for fit, held in GroupKFold(n_splits=5).split(train_rows, y, [x[0] for x, _ in train]):
        predicted = fit_predict([train_rows[k] for k in fit], y[fit], [train_rows[k] for k in held],
                                [train[k] for k in fit], [train[k] for k in held])
        folds.append(macro_f1(y[held], predicted))
    items = [item for split in dev.values() for item in split]
    predicted = fit_predict(train_rows, y, [row for split in dev_rows.values() for row in split], train, items)
    figures, offset = [], 0
    for split, split_items in dev.items():
        figures.append(f"{split} {macro_f1([l for _, l in split_items], predicted[offset:offset + len(split_items)]):.3f}")
        offset += len(split_items)
    return (f"{name}: CV {np.mean(folds):.3f} (sd {np.std(folds):.3f}; folds {' '.join(f'{f:.3f}' for f in folds)}) "
            f"{' '.join(figures)} dev both {macro_f1([l for _, l in items], predicted):.3f}")


def main() -> None:
    """Featurize NewsMTSC once and print one line per variant."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--variant", nargs="+", choices=sorted(VARIANTS), default=list(VARIANTS))
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--lexicon", type=Path, default=LEXICON)
    args = parser.parse_args()
    lexicon, memo = load_lexicon(args.lexicon), FeatureMemo()
    featurize = lambda items: [target_features(s, a, b, lexicon, PARAMS["window"], memo) for (s, a, b), _ in items]
    train = load_targets(args.data / "train.jsonl")
    dev = {split: load_targets(args.data / f"{split}.jsonl") for split in ("dev_rw", "dev_mt")}
    train_rows, dev_rows = featurize(train), {split: featurize(items) for split, items in dev.items()}
    for name in args.variant:
        print(evaluate(name, VARIANTS[name](), train, train_rows, dev, dev_rows), flush=True)


if __name__ == "__main__":
    main()
