"""Speaker ranking where the quote rules stall: the actors near a quote the rules gave nobody are candidates, and a small
logistic ranker (trained by `scripts/train_speaker_ranker.py`, shipped as JSON) picks one of them or nobody.

The rules in `framing.quotes` decide first; the ranker only sees quotes they left without a speaker (a scare quote, a
partial quote whose cue they could not read, a direct quote with no cue found) and may give such a quote a speaker
from the actor index. Its features are plain and inspectable: where the candidate stands, what lies between it and
the quote, and which words frame the quote.
"""

from __future__ import annotations

import json
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import files
from pathlib import Path
from typing import Any, Protocol

from framing.document import Document

RANKER_FORMAT = "framing.speaker_ranker/1"
NOBODY = "nobody"
"""The feature every 'nobody speaks' row carries: the ranker's bias toward leaving a quote without a speaker."""


@dataclass(frozen=True)
class SpeakerCandidate:
    """One possible speaker of a quote: an actor the index found near it (name as the quote stage would write it), or
    nobody (`name` None, offsets -1)."""

    name: str | None
    actor_id: str | None
    side: str | None
    mention: str | None
    start: int
    end: int


NOBODY_CANDIDATE = SpeakerCandidate(None, None, None, None, -1, -1)


@dataclass(frozen=True)
class NameRun:
    """A run of capitalised words the actor index has no mention for ('Pelosi said', "Simpson's discussions"): a
    possible speaker the ranker weighs with its own features (`kind` 'unindexed')."""

    text: str
    start: int
    end: int
    kind: str = "unindexed"


def unindexed_name_runs(doc: Document, taken: Sequence[tuple[int, int]], cased: str | None = None) -> tuple[NameRun, ...]:
    """Runs of capitalised words outside `taken` (index mentions and quotes), joined by single spaces or an initial's
    full stop, a closing possessive dropped, in text order. A word is capitalised as `cased` writes it (the article's text
    with a Title Case headline's common words lowered, same offsets; the text itself when None)."""
    cased = doc.text if cased is None else cased
    starts = sorted(taken)
    runs: list[NameRun] = []
    current: list[Any] = []

    def close() -> None:
        if current:
            first, last = current[0], current[-1]
            text = doc.text[first.start:last.end]
            for ending in ("'s", "’s"):
                if text.endswith(ending):
                    text = text[:-2]
            runs.append(NameRun(text, first.start, first.start + len(text)))
            current.clear()

    position = 0
    for token in doc.tokens:
        while position < len(starts) and starts[position][1] <= token.start:
            position += 1
        inside = position < len(starts) and starts[position][0] <= token.start < starts[position][1]
        if inside or not cased[token.start:token.start + 1].isupper():
            close()
            continue
        if current:
            gap = doc.text[current[-1].end:token.start]
            if not (gap == " " or (gap == ". " and len(current[-1].text) == 1)) or current[-1].text.endswith(("'s", "’s")):
                close()
        current.append(token)
    close()
    return tuple(runs)


class QuoteLike(Protocol):
    """What the ranker reads from a quote (`framing.quotes.Quote`)."""

    text: str
    start: int
    end: int
    kind: str
    rule: str


def _bucket(n: int, edges: Sequence[int] = (0, 1, 3, 6, 10, 20)) -> str:
    """A coarse size label: the first edge `n` does not exceed, else the last edge with '+'."""
    return next((str(edge) for edge in edges if n <= edge), f"{edges[-1]}+")


def _words(text: str) -> list[str]:
    """Lower-case words and single punctuation marks of `text`, in order (what lies between a name and a quote)."""
    out, word = [], []
    for char in text:
        if char.isalnum() or (word and char in "'’-."):
            word.append(char)
            continue
        if word:
            out.append("".join(word).lower().rstrip("."))
            word = []
        if char in ",:;—–()":
            out.append(char)
    if word:
        out.append("".join(word).lower().rstrip("."))
    return [w.replace("’", "'") for w in out if w]


def _window(doc: Document, start: int, end: int) -> tuple[int, int]:
    """The text a quote's speaker is sought in: its own sentence(s) and the sentence before it in the same paragraph."""
    first = doc.sentence_at(start)
    last = doc.sentence_at(max(start, end - 1)) if end < len(doc.text) else None
    after = doc.sentence_at(end) if end < len(doc.text) else None
    lo = first.start if first is not None else start
    hi = max((s.end for s in (first, last, after) if s is not None and s.paragraph == (first or s).paragraph), default=end)
    previous = doc.sentences[first.index - 1] if first is not None and first.index > 0 else None
    if previous is not None and previous.paragraph == first.paragraph:
        return previous.start, max(hi, end)
    return lo, max(hi, end)


@dataclass(frozen=True)
class CandidatePool:
    """An article's possible speakers: groups of mentions (the index's, then capitalised runs it lacks), each in text
    order, with what makes finding those near one quote logarithmic, not a scan of the whole article per quote."""

    groups: tuple[tuple[tuple[Any, ...], tuple[int, ...], int], ...]
    quote_starts: tuple[int, ...]
    quote_reach: tuple[int, ...]
    """The furthest end of any quote starting at or before each quote's start (quotes sorted by start)."""

    @classmethod
    def build(cls, groups: Iterable[Sequence[Any]], quoted: Sequence[tuple[int, int]]) -> CandidatePool:
        """The pool of `groups` (each already in text order) outside the `quoted` spans."""
        built = []
        for mentions in groups:
            ordered = tuple(mentions)
            built.append((ordered, tuple(m.start for m in ordered), max((m.end - m.start for m in ordered), default=0)))
        spans = sorted(quoted)
        reach, furthest = [], -1
        for _, end in spans:
            furthest = max(furthest, end)
            reach.append(furthest)
        return cls(tuple(built), tuple(a for a, _ in spans), tuple(reach))

    def _quoted(self, offset: int) -> bool:
        """True when `offset` lies inside a quote."""
        at = bisect_right(self.quote_starts, offset) - 1
        return at >= 0 and self.quote_reach[at] > offset

    def within(self, lo: int, hi: int) -> Iterator[Any]:
        """The mentions overlapping [lo, hi) that start outside every quote, group by group, each in text order."""
        for mentions, starts, longest in self.groups:
            for mention in mentions[bisect_left(starts, lo - longest):bisect_left(starts, hi)]:
                if mention.end > lo and not self._quoted(mention.start):
                    yield mention


def speaker_candidates(doc: Document, quote: QuoteLike, pool: CandidatePool,
                       name_of: Callable[[Any], SpeakerCandidate | None]) -> tuple[SpeakerCandidate, ...]:
    """Nobody, then every actor mentioned outside quotation marks in the quote's window (its sentence and the one
    before), one candidate per name, at its mention nearest the quote. `name_of` turns an index mention into the
    candidate the quote stage would write (None when the mention names no speaker)."""
    lo, hi = _window(doc, quote.start, quote.end)
    found: dict[str, SpeakerCandidate] = {}
    for mention in pool.within(lo, hi):
        candidate = name_of(mention)
        if candidate is None or candidate.name is None:
            continue
        known = found.get(candidate.name)
        if known is None or _gap(quote, candidate) < _gap(quote, known):
            found[candidate.name] = candidate
    return (NOBODY_CANDIDATE, *sorted(found.values(), key=lambda c: (c.start, c.name or "")))


def _gap(quote: QuoteLike, candidate: SpeakerCandidate) -> int:
    """Characters between a candidate's mention and the quote."""
    return quote.start - candidate.end if candidate.end <= quote.start else candidate.start - quote.end


def _quote_features(doc: Document, quote: QuoteLike, n_candidates: int, verbs: Mapping[str, Any]) -> dict[str, float]:
    """What frames the quote itself (the 'nobody' row): the rules' reading, its length and case, the words just outside
    its marks, whether its sentence holds a reporting verb, how many actors stand near it."""
    words = quote.text.split()
    before = _words(doc.text[max(0, quote.start - 40):max(0, quote.start - 1)])[-2:]
    after = _words(doc.text[quote.end + 1:quote.end + 40])[:2]
    sentence = doc.sentence_at(quote.start)
    outside = (doc.text[sentence.start:quote.start] + " " + doc.text[quote.end:sentence.end]) if sentence else ""
    features = {NOBODY: 1.0, f"none:kind:{quote.kind}": 1.0, f"none:rule:{quote.rule.split('+')[0]}": 1.0,
                f"none:words:{_bucket(len(words))}": 1.0, f"none:candidates:{_bucket(n_candidates, (0, 1, 2, 3))}": 1.0}
    if words and all(w[:1].isupper() for w in words if w[:1].isalpha()):
        features["none:title_case"] = 1.0
    if quote.text[:1].isupper():
        features["none:capital"] = 1.0
    if quote.text.rstrip("'\"’”")[-1:] in ".?!":
        features["none:closes_sentence"] = 1.0
    if any(w in verbs for w in _words(outside)):
        features["none:verb_in_sentence"] = 1.0
    for at, word in enumerate(reversed(before), start=1):
        features[f"none:before{at}:{word}"] = 1.0
    for at, word in enumerate(after, start=1):
        features[f"none:after{at}:{word}"] = 1.0
    return features


def _candidate_features(doc: Document, quote: QuoteLike, candidate: SpeakerCandidate, others: Sequence[SpeakerCandidate],
                        verbs: Mapping[str, Any], actor_type: str, mention_kind: str) -> dict[str, float]:
    """Where one candidate stands against the quote and what lies between them."""
    side = "before" if candidate.end <= quote.start else "after"
    between_text = doc.text[candidate.end:quote.start] if side == "before" else doc.text[quote.end:candidate.start]
    between = _words(between_text)
    gap_words = sum(w[0].isalnum() for w in between)
    near = [c for c in others if c.name is not None and c is not candidate and (
        (side == "before" and candidate.end <= c.start and c.end <= quote.start)
        or (side == "after" and quote.end <= c.start and c.end <= candidate.start))]
    features = {f"pos:{side}": 1.0, f"gap:{side}:{_bucket(gap_words)}": 1.0, f"type:{actor_type}": 1.0,
                f"mention:{mention_kind}": 1.0, f"kind:{quote.kind}:{side}": 1.0}
    sentence = doc.sentence_at(quote.start)
    if sentence is not None and candidate.end <= sentence.start:
        features["sentence:previous"] = 1.0
    if near:
        features[f"other_between:{side}"] = 1.0
    verbs_between = [w for w in between if w in verbs]
    if verbs_between:
        features[f"verb_between:{side}"] = 1.0
    if between:
        features[f"first_between:{side}:{between[0]}"] = 1.0
        features[f"last_between:{side}:{between[-1]}"] = 1.0
    if gap_words <= 8:
        for word in between:
            features[f"between:{side}:{word}"] = 1.0
    following = _words(doc.text[candidate.end:candidate.end + 30])[:1]
    preceding = _words(doc.text[max(0, candidate.start - 30):candidate.start])[-1:]
    if following and following[0] in verbs:
        features["followed_by_verb"] = 1.0
    if following:
        features[f"followed_by:{following[0]}"] = 1.0
    if sentence is not None and not _words(doc.text[sentence.start:candidate.start]):
        features["starts_sentence"] = 1.0
    if candidate.mention and candidate.mention.rstrip().endswith(("'s", "’s")) or doc.text[candidate.end:candidate.end + 2] in ("'s", "’s"):
        features[f"possessive:{side}"] = 1.0
    if preceding:
        features[f"preceded_by:{preceding[0]}"] = 1.0
    if sentence is not None and not any(c.name is not None and sentence.start <= c.start < candidate.start for c in others):
        features["first_in_sentence"] = 1.0
    return features


def choice_features(doc: Document, quote: QuoteLike, candidates: Sequence[SpeakerCandidate], verbs: Mapping[str, Any],
                    describe: Callable[[SpeakerCandidate], tuple[str, str]]) -> list[dict[str, float]]:
    """One feature row per candidate, nobody first; `describe` gives a candidate's actor type and mention kind."""
    rows = [_quote_features(doc, quote, len(candidates) - 1, verbs)]
    for candidate in candidates[1:]:
        rows.append(_candidate_features(doc, quote, candidate, candidates, verbs, *describe(candidate)))
    return rows


class SpeakerRanker:
    """A logistic scorer of (quote, candidate) rows: fitted on rows labelled 1 for the annotated speaker (or nobody) and
    0 otherwise, it picks per quote the candidate with the highest score. scikit-learn style: `__init__` stores the
    parameters, `fit` returns self, learned attributes end in `_`."""

    def __init__(self, C: float = 1.0, min_count: int = 2) -> None:
        """Regularisation strength `C` and the fewest training rows a feature needs to be kept."""
        self.C = C
        self.min_count = min_count

    def get_params(self, deep: bool = True) -> dict[str, Any]:
        """The constructor's parameters (scikit-learn convention)."""
        return {"C": self.C, "min_count": self.min_count}

    def fit(self, X: Sequence[Mapping[str, float]], y: Sequence[int]) -> SpeakerRanker:
        """Fit a class-balanced L2 logistic regression on feature rows `X` and 0/1 labels `y`."""
        from sklearn.feature_extraction import DictVectorizer
        from sklearn.linear_model import LogisticRegression

        counts: dict[str, int] = {}
        for row in X:
            for name in row:
                counts[name] = counts.get(name, 0) + 1
        kept = [{k: v for k, v in row.items() if counts[k] >= self.min_count} for row in X]
        vectorizer = DictVectorizer(sort=True)
        matrix = vectorizer.fit_transform(kept).tocsr()
        matrix.indices, matrix.indptr = matrix.indices.astype("int32"), matrix.indptr.astype("int32")  # liblinear wants 32-bit
        model = LogisticRegression(C=self.C, max_iter=5000, class_weight="balanced", solver="liblinear", random_state=0)
        model.fit(matrix, list(y))
        self.feature_names_ = tuple(vectorizer.get_feature_names_out())
        self.coef_ = tuple(round(float(w), 6) for w in model.coef_[0])
        self.intercept_ = round(float(model.intercept_[0]), 6)
        self.weights_ = dict(zip(self.feature_names_, self.coef_))
        return self

    def get_feature_names_out(self, input_features: Any = None) -> tuple[str, ...]:
        """The features the fitted ranker weighs, in coefficient order."""
        return self.feature_names_

    def decision_function(self, X: Iterable[Mapping[str, float]]) -> list[float]:
        """The score of every row (higher: more likely the speaker)."""
        return [self.intercept_ + sum(self.weights_.get(name, 0.0) * value for name, value in row.items()) for row in X]

    def choose(self, rows: Sequence[Mapping[str, float]]) -> int:
        """Index of the best row of one quote's candidates (0, nobody, on a tie)."""
        scores = self.decision_function(rows)
        return max(range(len(scores)), key=lambda i: (scores[i], -i))

    def to_json(self, path: str | Path, metadata: Mapping[str, Any] | None = None) -> None:
        """Write the fitted ranker as JSON (sorted keys: the same fit gives the same bytes)."""
        payload = {"format": RANKER_FORMAT, "params": self.get_params(), "intercept": self.intercept_,
                   "weights": {name: weight for name, weight in zip(self.feature_names_, self.coef_) if weight != 0.0},
                   "metadata": dict(metadata or {})}
        Path(path).write_text(json.dumps(payload, sort_keys=True, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")

    @classmethod
    def from_dict(cls, payload: Mapping[str, Any]) -> SpeakerRanker:
        """A fitted ranker from its JSON payload."""
        if payload.get("format") != RANKER_FORMAT:
            raise ValueError(f"not a speaker ranker of format {RANKER_FORMAT}: {payload.get('format')!r}")
        ranker = cls(**payload["params"])
        ranker.feature_names_ = tuple(sorted(payload["weights"]))
        ranker.coef_ = tuple(payload["weights"][name] for name in ranker.feature_names_)
        ranker.intercept_ = payload["intercept"]
        ranker.weights_ = dict(zip(ranker.feature_names_, ranker.coef_))
        return ranker

    @classmethod
    def from_json(cls, path: str | Path) -> SpeakerRanker:
        """A fitted ranker from a JSON file written by `to_json`."""
        return cls.from_dict(json.loads(Path(path).read_text(encoding="utf-8")))


@lru_cache(maxsize=1)
def default_ranker() -> SpeakerRanker:
    """The shipped ranker (`framing/models/speaker_ranker.json`), read once."""
    return SpeakerRanker.from_dict(json.loads(files("framing.models").joinpath("speaker_ranker.json").read_text(encoding="utf-8")))
