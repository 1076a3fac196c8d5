"""Predict an outlet's known political lean from FramingFeatures, holding whole outlets out.

Every outlet is in the test fold exactly once and never in its own training folds
(LeaveOneGroupOut by outlet), so the model cannot learn an outlet's house style and recognise it:
it has to carry lean from one outlet to another. Then the model is refitted on everything to
show which features carry lean.

The corpus (small, and honest about it):
- three seed articles from outlets whose lean is commonly rated (AllSides, Media Bias/Fact Check:
  Daily Express right; Daily Mirror and The Independent left), each split into two halves by
  paragraph; the BBC (centre) and The National (lean not established) seeds are left out;
- 18 short passages in `data/lean_passages.jsonl` for six fictional outlets, written by the
  framing team to imitate how left- and right-leaning British outlets cover migration, policing,
  pay and the economy.
Limits: the passages were written by people who know what the features measure, so the figure
shows that the method runs end to end and which features carry lean in this corpus; it is not an
estimate of accuracy on real outlets. Use a real labelled corpus (many outlets a side) for that.

Run: python examples/predict_lean.py
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import f1_score
from sklearn.model_selection import LeaveOneGroupOut, cross_val_predict
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler

import framing

HERE = Path(__file__).resolve().parent
SEEDS = HERE.parent / "seeds"
SEED_LEAN = {"Daily Express": "right", "Daily Mirror": "left", "The Independent": "left"}


def halves(text: str) -> list[str]:
    """An article's paragraphs split into two halves (two rows of the same outlet)."""
    paragraphs = [line for line in text.splitlines() if line.strip()]
    middle = len(paragraphs) // 2
    return ["\n".join(paragraphs[:middle]), "\n".join(paragraphs[middle:])]


def corpus() -> pd.DataFrame:
    """Labelled rows: text, outlet, lean, origin."""
    rows = [
        {"text": half, "outlet": article.outlet, "lean": SEED_LEAN[article.outlet], "origin": "seed"}
        for article in framing.load_corpus(SEEDS) if article.outlet in SEED_LEAN
        for half in halves(article.text)
    ]
    written = pd.read_json(HERE / "data" / "lean_passages.jsonl", lines=True).assign(origin="written")
    return pd.concat([pd.DataFrame(rows), written[["text", "outlet", "lean", "origin"]]], ignore_index=True)


def main() -> None:
    data = corpus()
    print(f"{len(data)} texts, {data['outlet'].nunique()} outlets: {data.groupby('lean')['outlet'].nunique().to_dict()} outlets by lean")
    # FramingFeatures learns nothing from the texts (its vocabulary comes from the lexicons), so
    # computing the features once before cross-validation leaks nothing from test to train.
    X = framing.FramingFeatures().set_output(transform="pandas").fit_transform(data["text"])
    y, outlets = data["lean"], data["outlet"]
    model = make_pipeline(StandardScaler(), LogisticRegression(C=0.1, class_weight="balanced", max_iter=2000))
    held_out = LeaveOneGroupOut()
    predicted = cross_val_predict(model, X, y, groups=outlets, cv=held_out)
    baseline = cross_val_predict(DummyClassifier(strategy="most_frequent"), X, y, groups=outlets, cv=held_out)
    overall_majority = [y.mode()[0]] * len(y)  # the corpus-wide majority, a kinder baseline than the fold's
    print(f"macro-F1, whole outlets held out: model {f1_score(y, predicted, average='macro'):.2f}, "
          f"majority class of the training outlets {f1_score(y, baseline, average='macro'):.2f}, "
          f"corpus-wide majority ({y.mode()[0]}) {f1_score(y, overall_majority, average='macro'):.2f}")
    by_outlet = data.assign(predicted=predicted).groupby(["outlet", "lean"])["predicted"].agg(
        lambda values: f"{(values == data.loc[values.index, 'lean']).mean():.0%} correct ({len(values)} texts)"
    )
    print(by_outlet.to_string())
    model.fit(X, y)
    weights = pd.Series(model[-1].coef_[0], index=X.columns).sort_values()
    print(f"features pointing to {model[-1].classes_[0]} (most negative weights):")
    print(weights.head(6).round(2).to_string())
    print(f"features pointing to {model[-1].classes_[1]} (most positive weights):")
    print(weights.tail(6)[::-1].round(2).to_string())


if __name__ == "__main__":
    main()
