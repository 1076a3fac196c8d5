"""Score the loaded-language flag of lexicon hits against hand-labelled news passages.

Usage: python scripts/score_loaded.py [--out reports/benchmarks/loaded.md] [--gold tests/data/loaded_gold.jsonl]
                                     [--blind tests/data/loaded_blind.jsonl] [--blind-figures] [--show-tuning-errors]
                                     [--newsmtsc ../shared/data/newsmtsc] [--audit-tune-only]

Gold: tests/data/loaded_gold.jsonl, one news passage a line (`id`, `outlet`, `topic`, `neutral`, `text`,
`spans`: the loaded words and phrases with `start`/`end` offsets into `text`), annotated the way a
BABE/MBIC annotator marks biased words: words that are emotionally charged or reveal the writer's (or a
quoted speaker's) stance. Voice is not scored here: `hit.loaded` does not depend on it.

Two views, both counting only hits with `hit.loaded`:

- token level: a word token is predicted when a loaded hit overlaps it and gold when a gold span
  overlaps it; precision, recall and F1 over all tokens of all passages.
- span level: overlapping loaded hits are merged into one predicted span (so `illegal migrants`, a
  label, and its `illegal`, crime framing, count once); a predicted span is right when it overlaps a
  gold span, a gold span is found when a predicted span overlaps it.

A second table adds, one at a time, the non-loaded cue categories (hedges, intensifiers, policy-frame
cues, reporting verbs, non-negative labels) to the loaded hits, to show what counting them as loaded
language would do to precision.

Blind set: tests/data/loaded_blind.jsonl, 436 one-sentence news items written and annotated by someone who
never saw the lexicons (tests/data/loaded_blind_README.md); each span has a `voice` (author / quote) and each
sentence says whether the journalist's own words are loaded (`author_loaded`). Three views, each on the whole
set and on two halves split by id (odd ids: the tuning half, whose errors may be read; even ids: the held-out
half, whose errors are never printed):

- span: loaded hits merged as above against the gold spans (either voice), P/R/F1 by overlap;
- sentence (the analogue of paragraph-level scoring): a sentence is predicted loaded when it has any loaded
  hit, gold when it has any span;
- journalist voice: a sentence is predicted when it has a loaded hit with `voice == "author"` (quotes found
  by the pipeline's own actor and quote stages), gold when `author_loaded`.

NewsMTSC (`--newsmtsc`, the folder of its train and dev splits, default `../shared/data/newsmtsc` beside the repo;
left out of the report when absent): real US political news sentences, unannotated for bias, each analysed alone;
the share with a loaded hit in the journalist's voice is a precision alarm: a rise means more hits on ordinary news.

`--audit-tune-only` scores the NewsMTSC audit's tune half alone and writes no report: the way to check a change
while working, since the audit's test half is measured once a round (a plain run computes and prints it).

`--blind-figures` prints only the blind figures as JSON (used to measure them on an older commit with
PYTHONPATH pointing at its worktree).
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from framing.actors import find_actors
from framing.lexicons import LOADED_CATEGORIES, Hit, find_hits
from framing.pipeline import framing_hits
from framing.quotes import extract_quotes
from framing.segment import make_document

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT / "tests" / "data" / "loaded_gold.jsonl"
BLIND = ROOT / "tests" / "data" / "loaded_blind.jsonl"
REPORT = ROOT / "reports" / "benchmarks" / "loaded.md"
CUE_CATEGORIES = ("hedge", "intensifier", "frame", "reporting_verb", "label")

BEFORE = {
    "commit": "93131cc",
    "token": (0.850, 0.395, 0.540),
    "span": (0.869, 0.441, 0.585),
    "neutral_fp": 2,
    "predicted_spans": 99,
}
"""Figures measured on the shipped lexicons at the commit that added the gold, before any lexicon change."""

BLIND_BEFORE: dict[str, dict[str, tuple[float, float, float]]] = {
    "all": {"span": (0.902, 0.544, 0.679), "sentence": (0.945, 0.818, 0.877), "author sentence": (0.935, 0.849, 0.890)},
    "tuning": {"span": (0.909, 0.575, 0.704), "sentence": (0.929, 0.837, 0.881), "author sentence": (0.924, 0.858, 0.890)},
    "held-out": {"span": (0.894, 0.511, 0.651), "sentence": (0.964, 0.797, 0.872), "author sentence": (0.949, 0.839, 0.891)},
}
"""Blind-set figures (P, R, F1 per view and half) of main at f28f9b7, before any change prompted by the set."""
BLIND_BEFORE_COMMIT = "f28f9b7"
BLIND_ISSUE14_START: dict[str, dict[str, tuple[float, float, float]]] = {
    "all": {"span": (0.953, 0.707, 0.812), "sentence": (0.988, 0.927, 0.957), "author sentence": (0.983, 0.950, 0.966)},
    "tuning": {"span": (0.977, 0.834, 0.900), "sentence": (0.993, 0.993, 0.993), "author sentence": (0.992, 0.992, 0.992)},
    "held-out": {"span": (0.917, 0.575, 0.707), "sentence": (0.983, 0.857, 0.916), "author sentence": (0.971, 0.902, 0.935)},
}
"""Blind-set figures of main at 7c77543, before the issue-14 work on sense guards, names and recall."""
BLIND_ISSUE14_COMMIT = "7c77543"
BLIND4 = ROOT / "tests" / "data" / "loaded_blind4.jsonl"
"""Fourth blind set: 246 news paragraphs (US and UK, 91 with no loaded language), written and annotated by someone
who had not read the code while the issue-14 lexicon changes were made by someone who never opened it."""
BLIND4_BEFORE = {"span": (0.898, 0.588, 0.710), "sentence": (0.930, 0.852, 0.889), "author sentence": (0.920, 0.858, 0.888)}
"""Fourth-blind-set figures (P, R, F1 per view; the sentence views are paragraphs here) at 7c77543, before issue 14's
lexicon changes: the honest starting point."""
BLIND5 = {
    "lexbias": ROOT / "tests" / "data" / "lexbias_blind5.jsonl",
    "ptc": ROOT / "tests" / "data" / "loaded_blind5_ptc.jsonl",
}
"""Fifth blind sets: 504 single sentences labelled for the journalist's own lexical bias (BABE-style, `biased` and the
biased words), and 391 paragraphs of 23 whole articles in the styles of the propaganda-technique corpus's sites with
Loaded Language spans and their voice; both written and annotated by people who had not read the code."""
BLIND5_BEFORE = {
    "lexbias": {"span": (0.795, 0.576, 0.668), "sentence": (0.857, 0.784, 0.819), "author sentence": (0.926, 0.784, 0.849)},
    "ptc": {"span": (0.629, 0.561, 0.593), "sentence": (0.741, 0.667, 0.702), "author sentence": (0.658, 0.694, 0.676)},
}
"""Fifth-blind-set figures (P, R, F1 per view) at 15c641c, measured before any change: the honest estimates."""
BLIND5_TUNED_FROM = "edec1a7"
"""The commit from which the fifth blind sets' errors were read and the lexicons tuned on them (same figures as 15c641c)."""
NEWSMTSC = ROOT.parent / "shared" / "data" / "newsmtsc"
NEWSMTSC_SPLITS = ("train.jsonl", "dev_rw.jsonl", "dev_mt.jsonl")
AUDIT = ROOT / "tests" / "data" / "loaded_newsmtsc_audit.jsonl"
AUDIT_STRATA = {"flagged": 1002, "unflagged": 7272}
"""NewsMTSC's 8,274 distinct sentences by whether main at 05a0835 put a loaded hit in the journalist's voice: the audit
drew 400 of the first and 200 of the second, so each judged sentence stands for stratum size / sample size sentences."""
AUDIT_MEASURED = {
    "before (05a0835, measured before any change for it)": {"tune": (0.505, 0.417, 0.457, 0.486), "test": (0.495, 0.337, 0.401, 0.435)},
    "a sentence cut from a longer quote is quoted (8147f72)": {"tune": (0.531, 0.417, 0.467, 0.511), "test": (0.500, 0.337, 0.403, 0.439)},
    "indirect speech that attributes a claim, belief or label is not the writer's": {"tune": (0.594, 0.417, 0.490, 0.567),
                                                                                     "test": (0.546, 0.313, 0.398, 0.489)},
    "verbs of verbal attack, judgement words, 'lied', sense guards (d96deb4; test measured once, at the end)": {
        "tune": (0.743, 0.767, 0.755, 0.714), "test": (0.583, 0.364, 0.448, 0.526)},
    "newsroom cues, sense guards, reported anger, 'rips', signed posts (79f73ab; test measured once, at the end)": {
        "tune": (0.818, 0.759, 0.787, 0.789), "test": (0.644, 0.350, 0.453, 0.580)},
    "session 8: said/told clauses, claim nouns, transcripts; name and sense guards; 24 idioms (1254ff8; test once, at the end)": {
        "tune": (0.854, 0.801, 0.827, 0.847), "test": (0.627, 0.339, 0.440, 0.578)},
}
"""Weighted journalist-voice sentence P/R/F1 and hit precision on each half of the audit, as measured."""
AUDIT2 = ROOT / "tests" / "data" / "loaded_newsmtsc_audit2.jsonl"
AUDIT2_STRATA = {"flagged": 568, "unflagged": 7106}
"""The second audit's population: NewsMTSC's sentences outside the first audit, by whether main at 6243c89 flagged them."""
AUDIT2_MEASURED = {
    "before (6243c89, measured before any change for it)": {"tune": (0.360, 0.603, 0.451, 0.303), "test": (0.376, 0.739, 0.498, 0.336)},
    "newsroom cues, sense guards, reported anger, 'rips', signed posts (79f73ab; test measured once, at the end)": {
        "tune": (0.532, 0.794, 0.637, 0.469), "test": (0.432, 0.729, 0.543, 0.394)},
    "session 8: said/told clauses, claim nouns, transcripts; name and sense guards; 24 idioms (1254ff8; test once, at the end)": {
        "tune": (0.616, 0.778, 0.688, 0.563), "test": (0.490, 0.729, 0.586, 0.441)},
}
"""The second audit's figures, as measured (same columns as `AUDIT_MEASURED`)."""
NEWSMTSC_BEFORE = {"commit": "edec1a7", "sentences": 8274, "author": 982, "any": 1342}
"""NewsMTSC sentences with a loaded hit in the journalist's voice (and in any voice) before the fifth-blind-set tuning."""
NEWSMTSC_ROUND_START = {"commit": "7ad7056", "sentences": 8274, "author": 862, "any": 1363}
"""The same counts at the start of the verbal-attack round (after the audit's quote and indirect-speech rounds)."""
NEWSMTSC_PRECISION_START = {"commit": "2fe1955", "sentences": 8274, "author": 908, "any": 1419}
"""The same counts at the start of the precision round on both audits (newsroom cues, sense guards, signed posts)."""
NEWSMTSC_SESSION8_START = {"commit": "194e7cc", "sentences": 8274, "author": 764, "any": 1246}
"""The same counts at the start of session 8 (voice of said/told clauses, name and sense guards, idioms)."""
SESSION8 = {
    "start": "194e7cc",
    "end": "1254ff8",
    "rows": {
        "blind (436 sentences), tuning half: span / sentence / journalist F1": ((0.897, 0.993, 0.992), (0.897, 0.993, 0.984)),
        "blind, held-out half (errors never read): span / sentence / journalist F1": ((0.757, 0.924, 0.949), (0.760, 0.924, 0.953)),
        "blind4 paragraphs: span / paragraph / journalist F1": ((0.762, 0.921, 0.920), (0.764, 0.921, 0.923)),
        "blind5 lexbias sentences (tuned on): span / sentence / journalist F1": ((0.798, 0.911, 0.940), (0.801, 0.913, 0.946)),
        "blind5 ptc paragraphs (tuned on): span / paragraph / journalist F1": ((0.758, 0.808, 0.808), (0.763, 0.812, 0.841)),
        "NewsMTSC audit, tune half: journalist-voice P / R / F1": ((0.818, 0.759, 0.787), (0.854, 0.801, 0.827)),
        "NewsMTSC audit, test half (measured at the start and once at the end): P / R / F1": ((0.644, 0.350, 0.453), (0.627, 0.339, 0.440)),
        "NewsMTSC audit 2, tune half: P / R / F1": ((0.532, 0.794, 0.637), (0.616, 0.778, 0.688)),
        "NewsMTSC audit 2, test half (measured at the start and once at the end): P / R / F1": ((0.432, 0.729, 0.543), (0.490, 0.729, 0.586)),
    },
}
"""Every set at the start and at the end of session 8 (loaded language on unseen real news, issue 14), as measured."""
BLIND_VIEWS = ("span", "sentence", "author sentence")
HALVES = ("all", "tuning", "held-out")


@dataclass(frozen=True)
class Passage:
    """One annotated passage."""

    id: str
    outlet: str
    topic: str
    text: str
    gold: tuple[tuple[int, int], ...]


@dataclass
class Tally:
    """Counts for precision and recall."""

    tp_tokens: int = 0
    pred_tokens: int = 0
    gold_tokens: int = 0
    right_spans: int = 0
    pred_spans: int = 0
    found_gold: int = 0
    gold_spans: int = 0
    neutral_fp: int = 0

    def token(self) -> tuple[float, float, float]:
        """Token-level precision, recall, F1."""
        return prf(self.tp_tokens, self.pred_tokens, self.tp_tokens, self.gold_tokens)

    def span(self) -> tuple[float, float, float]:
        """Span-level precision, recall, F1."""
        return prf(self.right_spans, self.pred_spans, self.found_gold, self.gold_spans)


def prf(right: int, predicted: int, found: int, gold: int) -> tuple[float, float, float]:
    """Precision, recall and F1 (precision is 1.0 when nothing is predicted)."""
    precision = right / predicted if predicted else 1.0
    recall = found / gold if gold else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def load_gold(path: Path) -> list[Passage]:
    """The annotated passages."""
    passages = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            record = json.loads(line)
            gold = tuple((span["start"], span["end"]) for span in record["spans"])
            for (start, end), span in zip(gold, record["spans"]):
                assert record["text"][start:end] == span["text"], (record["id"], span)
            passages.append(Passage(record["id"], record["outlet"], record["topic"], record["text"], gold))
    return passages


def overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    """True when two half-open spans share a character."""
    return a[0] < b[1] and b[0] < a[1]


def merge(spans: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """Overlapping spans merged into one."""
    merged: list[list[int]] = []
    for start, end in sorted(spans):
        if merged and start < merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    return [(start, end) for start, end in merged]


def score(passages: Sequence[Passage], hits: dict[str, Sequence[Hit]], chosen) -> tuple[Tally, list, list]:
    """Tally of the hits `chosen(hit)` selects; with false-positive and missed spans."""
    tally, false_pos, missed = Tally(), [], []
    for passage in passages:
        doc = make_document(passage.text, clean=False)
        predicted = merge((hit.start, hit.end) for hit in hits[passage.id] if chosen(hit))
        for token in doc.tokens:
            span = (token.start, token.end)
            is_pred = any(overlaps(span, p) for p in predicted)
            is_gold = any(overlaps(span, g) for g in passage.gold)
            tally.pred_tokens += is_pred
            tally.gold_tokens += is_gold
            tally.tp_tokens += is_pred and is_gold
        for span in predicted:
            tally.pred_spans += 1
            if any(overlaps(span, g) for g in passage.gold):
                tally.right_spans += 1
            else:
                false_pos.append((passage.id, passage.text[span[0]:span[1]], _entries(hits[passage.id], span, chosen)))
                tally.neutral_fp += not passage.gold
        for span in passage.gold:
            tally.gold_spans += 1
            if any(overlaps(span, p) for p in predicted):
                tally.found_gold += 1
            else:
                missed.append((passage.id, passage.text[span[0]:span[1]]))
    return tally, false_pos, missed


def _entries(hits: Sequence[Hit], span: tuple[int, int], chosen) -> str:
    """The entry ids of the chosen hits inside `span`."""
    return ", ".join(sorted({hit.entry_id for hit in hits if chosen(hit) and overlaps((hit.start, hit.end), span)}))


def _row(name: str, tally: Tally) -> str:
    """One markdown table row."""
    tp, tr, tf = tally.token()
    sp, sr, sf = tally.span()
    return (
        f"| {name} | {tally.pred_spans} | {tally.gold_spans} | {tp:.3f} | {tr:.3f} | {tf:.3f} | {sp:.3f} | {sr:.3f} "
        f"| {sf:.3f} | {tally.neutral_fp} |"
    )


def report(passages: Sequence[Passage], gold_path: Path) -> tuple[str, Tally]:
    """The markdown report and the loaded-language tally."""
    hits = {p.id: find_hits(make_document(p.text, clean=False)) for p in passages}
    tally, false_pos, missed = score(passages, hits, lambda hit: hit.loaded)
    neutral = sum(1 for p in passages if not p.gold)
    header = (
        "| hits counted | predicted spans | gold spans | token P | token R | token F1 | span P | span R | span F1 "
        "| false spans in neutral passages |\n| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"
    )
    lines = [
        "# Loaded-language benchmark",
        "",
        f"Generated by `python scripts/score_loaded.py` against `{gold_path.relative_to(ROOT) if gold_path.is_relative_to(ROOT) else gold_path}`:",
        f"{len(passages)} news passages ({neutral} with no loaded word at all) in the styles of UK and US",
        "tabloids and broadsheets, left and right, online outlets and wire copy, on immigration, crime, elections,",
        "the economy, climate, health, war and the culture wars. Every loaded or biased word was marked the way a",
        "BABE/MBIC annotator would (emotionally charged, or revealing the writer's or a quoted speaker's stance).",
        "",
        "**Caveat: the gold was written by the same engineer who then tuned the lexicons**, in one sitting,",
        "before opening the lexicon entries; it is a small, single-annotator set, so treat the `before` row as",
        "the honest estimate and the `after` row as optimistic (the fixes were meant to be general, but they",
        "were found by reading this set's errors). Real BABE/MBIC labels are noisier and include stance words",
        "that no lexicon lists, so expect lower recall there.",
        "",
        "Only hits with `hit.loaded` count (categories loaded, crisis, water_metaphor, war_metaphor, crime and",
        "labels with polarity -1). Token level: a word is predicted when a loaded hit overlaps it. Span level:",
        "overlapping loaded hits are merged into one predicted span; it is right when it overlaps a gold span.",
        "",
        "## Loaded language",
        "",
        header,
    ]
    if BEFORE["predicted_spans"]:
        before_p, before_r, before_f = BEFORE["token"]
        span_p, span_r, span_f = BEFORE["span"]
        lines.append(
            f"| loaded, before ({BEFORE['commit']}) | {BEFORE['predicted_spans']} | {tally.gold_spans} | {before_p:.3f} "
            f"| {before_r:.3f} | {before_f:.3f} | {span_p:.3f} | {span_r:.3f} | {span_f:.3f} | {BEFORE['neutral_fp']} |"
        )
    lines.append(_row("loaded, now", tally))
    lines += [
        "",
        "## If the cue categories were counted as loaded language",
        "",
        "Each row adds one non-loaded category to the loaded hits. `label` means labels that are not negative",
        "(asylum seekers, migrants, refugees, undocumented...). The own-precision column is the share of that",
        "category's spans that overlap a gold loaded span.",
        "",
        header.replace("| false spans in neutral passages |", "| false spans in neutral passages | own precision |")
        .replace("| ---: |\n", "| ---: |\n", 1) + " ---: |",
    ]
    for category in CUE_CATEGORIES:
        def chosen(hit: Hit, category: str = category) -> bool:
            return hit.loaded or (hit.category == category and not hit.loaded)
        added, _, _ = score(passages, hits, chosen)
        own, _, _ = score(passages, hits, lambda hit, category=category: hit.category == category and not hit.loaded)
        own_p = own.span()[0] if own.pred_spans else float("nan")
        lines.append(_row(f"loaded + {category}", added) + f" {own_p:.3f} ({own.pred_spans}) |")
    demoted = lambda hit: hit.category in LOADED_CATEGORIES and not hit.loaded  # noqa: E731
    added, _, _ = score(passages, hits, lambda hit: hit.loaded or demoted(hit))
    own, _, _ = score(passages, hits, demoted)
    own_p = own.span()[0] if own.pred_spans else float("nan")
    lines.append(_row("loaded + `loaded: false` entries of loaded categories", added) + f" {own_p:.3f} ({own.pred_spans}) |")
    lines += [
        "",
        "## What changed between before and now",
        "",
        "- Schema: an entry may say `\"loaded\": false` (a cue of its category, not loaded language) and",
        "  `unless_context` (drop the hit when a word occurs in the sentence). See `lexicons/README.md`.",
        "- 38 entries marked `loaded: false`: mild war cues (fight, target, deploy, task force, troops, retreat...),",
        "  names of crimes (people smuggling, organised crime, trafficking, fraud, unlawful, criminal gangs), official",
        "  crisis terms (emergency, a record, threat, escalation), welcome, boost, vow, militants, vulnerable, robust.",
        "- Guards: `illegal` only near migration words and not before drugs/weapons/logging...; `smash` not in",
        "  smash-and-grab; `enemy` not before positions/lines/forces; `champion` only as a verb; `arsenal` not",
        "  before boss/women...; `weaponise` split from the (cue) `weapon` entry and kept loaded.",
        "- About 75 new loaded-language entries for common biased words missing before (racist, extremist, tirade,",
        "  draconian, cruel/inhumane, scapegoat/demonise, smear, unleash, tyrant, cowardly, feral/yobs, brutal,",
        "  blatant, power grab, ram through, crusade, incompetent, hijack, divisive, unhinged, ludicrous, greed,",
        "  obscene, giveaway, tax raid, anti-vax/deniers, alarmist, greenwashing, toxic, liar, dog-whistle, outrage,",
        "  agony, witch hunt, grifter, sleaze/corrupt, cult, leftist, moan/sneer/gloat, gaffe, dismal, chilling,",
        "  carnage, stunning, voter suppression, waste of money...), each with guards for literal uses",
        "  (toxic chemicals, feral cats, cervical smear test, hijacked a plane, Edinburgh Fringe, cult following,",
        "  bomb hoax, chilling effect), and `hurricane` as a migration metaphor.",
        "",
        "Remaining weak spots: stance carried by ordinary words in context (`claim`, `scheme`, `agenda`,",
        "`establishment`, `dangerous`, `rhetoric`, `sweeping`, `robbed`), idioms and similes (`at it again`,",
        "`treated like animals`, `barely scratch the surface`), and sense ambiguity no word list resolves",
        "(`enemies` of a country vs a literal enemy, `terror`). The new entries were checked for literal uses on",
        "the seeds and the quote benchmark passages, not on an independent labelled corpus.",
    ]
    lines += ["", "## False loaded spans (now)", ""]
    lines += [f"- {pid}: `{text}` ({entries})" for pid, text, entries in false_pos] or ["- none"]
    lines += ["", "## Gold spans missed (now)", ""]
    lines += [", ".join(f"`{text}` ({pid})" for pid, text in missed) or "none"]
    return "\n".join(lines) + "\n", tally


@dataclass(frozen=True)
class BlindSentence:
    """One sentence of the blind set with its gold spans (and their voices) and whether the author's words are loaded."""

    id: str
    text: str
    gold: tuple[tuple[int, int], ...]
    author_loaded: bool

    @property
    def half(self) -> str:
        """'tuning' for odd ids (errors may be read while tuning), 'held-out' for even ones."""
        return "tuning" if int(self.id.rsplit("-", 1)[1]) % 2 else "held-out"


def _checked_records(path: Path) -> Iterator[dict]:
    """The JSONL records of a blind set, each span's offsets checked against its text."""
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            record = json.loads(line)
            for span in record["spans"]:
                assert record["text"][span["start"]:span["end"]] == span["text"], (record["id"], span)
            yield record


def _spans(record: dict) -> tuple[tuple[int, int], ...]:
    """A record's gold spans as (start, end)."""
    return tuple((span["start"], span["end"]) for span in record["spans"])


def load_blind(path: Path) -> list[BlindSentence]:
    """The blind sentences, offsets checked against the text."""
    return [BlindSentence(r["id"], r["text"], _spans(r), bool(r["author_loaded"])) for r in _checked_records(path)]


def load_blind4(path: Path = BLIND4) -> list[BlindSentence]:
    """The fourth blind set's paragraphs as BlindSentence records (journalist's words loaded when any span has the
    author voice), offsets checked against the text."""
    return [BlindSentence(r["id"], r["text"], _spans(r), any(span["voice"] == "author" for span in r["spans"]))
            for r in _checked_records(path)]


def load_blind5(name: str) -> list[BlindSentence]:
    """A fifth blind set as BlindSentence records: the journalist's words are loaded when the sentence is labelled
    `biased` (lexbias) or when any span has the author voice (ptc paragraphs)."""
    return [BlindSentence(r["id"], r["text"], _spans(r),
                          bool(r["biased"]) if "biased" in r else any(span["voice"] == "author" for span in r["spans"]))
            for r in _checked_records(BLIND5[name])]


def blind5_report(now: dict[str, dict[str, tuple[float, float, float]]], counts: dict[str, int]) -> list[str]:
    """The fifth blind sets' before/now table."""
    names = {"span": "span", "sentence": "unit has loaded language", "author sentence": "journalist's own words loaded"}
    lines = [
        "## Fifth blind sets: sentences (journalist's lexical bias) and propaganda-style paragraphs",
        "",
        f"`tests/data/lexbias_blind5.jsonl`: {counts['lexbias']} single sentences from US and UK outlets' styles on contentious",
        "topics, each labelled whether the journalist's own word choice is biased, with the biased words (the unit of",
        f"the hidden journalist-voice measure); `tests/data/loaded_blind5_ptc.jsonl`: {counts['ptc']} paragraphs of 23 whole",
        "articles in the styles of hyper-partisan, conspiracy and state-media sites and a few mainstream ones, with",
        "Loaded Language spans and their voice (the unit of the hidden paragraph measure). Both were written and",
        "annotated by people who had read none of the code, committed unedited and scored at 15c641c before any change.",
        f"From {BLIND5_TUNED_FROM} on their errors were read and the lexicons tuned on them (literal-sense guards and about",
        "80 loaded entries drawn from Hu & Liu's list and the Loaded_Language definition): the `now` rows are optimistic,",
        "the `before` rows stay the honest estimates. Errors left are listed at the end of this report.",
        "",
        "| set | view | before P | before R | before F1 | now P | now R | now F1 |",
        "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    for name in BLIND5:
        for view in BLIND_VIEWS:
            cells = " | ".join(f"{x:.3f}" for x in (*BLIND5_BEFORE[name][view], *now[name][view]))
            lines.append(f"| {name} | {names[view]} | {cells} |")
    return lines + [
        "",
        "These sets are far easier than the hidden human annotations (journalist-voice sentence F1 0.20 and paragraph",
        "F1 0.44 there, against 0.85 and 0.70 here at the same commit): one writer chose and marked every loaded word,",
        "so the words are the ones a writer reaches for on purpose. Read the changes between rows, not the levels.",
        "",
    ]


def newsmtsc_sentences(folder: Path) -> list[str]:
    """NewsMTSC's distinct sentences (train and dev splits, first occurrence kept), in file order."""
    seen: dict[str, None] = {}
    for name in NEWSMTSC_SPLITS:
        for line in (folder / name).read_text(encoding="utf-8").splitlines():
            if line.strip():
                seen.setdefault(json.loads(line)["sentence_normalized"], None)
    return list(seen)


def newsmtsc_rates(sentences: Sequence[str]) -> dict[str, int]:
    """How many sentences have a loaded hit in the journalist's voice, and in any voice (each sentence analysed alone)."""
    author = any_voice = 0
    for sentence in sentences:
        loaded = [hit for hit in pipeline_hits(sentence) if hit.loaded]
        author += any(hit.voice == "author" for hit in loaded)
        any_voice += bool(loaded)
    return {"sentences": len(sentences), "author": author, "any": any_voice}


def audit_figures(path: Path = AUDIT, halves: Sequence[str] = ("tune", "test"),
                  strata: Mapping[str, int] = AUDIT_STRATA) -> dict[str, tuple[float, float, float, float]]:
    """Per half: weighted sentence P, R, F1 of the journalist-voice loaded flag against `biased`, and weighted hit
    precision (a journalist-voice loaded hit is right when it overlaps a judged span of a biased sentence). The test
    half is measured once per round: pass `halves=("tune",)` while working, so it is not even computed."""
    records = list(_checked_records(path))
    sampled = {stratum: sum(r["stratum"] == stratum for r in records) for stratum in strata}
    figures = {}
    for half in halves:
        right = predicted = gold = hits_right = hits = 0.0
        for record in (r for r in records if r["half"] == half):
            weight = strata[record["stratum"]] / sampled[record["stratum"]]
            found = [hit for hit in pipeline_hits(record["text"]) if hit.loaded and hit.voice == "author"]
            spans = _spans(record) if record["biased"] else ()
            right += weight * (bool(found) and record["biased"])
            predicted += weight * bool(found)
            gold += weight * record["biased"]
            hits += weight * len(found)
            hits_right += weight * sum(any(overlaps((hit.start, hit.end), span) for span in spans) for hit in found)
        p, r, f = prf(right, predicted, right, gold)
        figures[half] = (round(p, 3), round(r, 3), round(f, 3), round(hits_right / hits if hits else 0.0, 3))
    return figures


def audit_table(rows: Sequence[tuple[str, Mapping[str, tuple[float, ...]]]]) -> list[str]:
    """An audit's Markdown table: one row per measurement, each half's P, R, F1 and hit precision."""
    return [
        "| measured | tune P | tune R | tune F1 | tune hit P | test P | test R | test F1 | test hit P |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|",
        *[f"| {name} | " + " | ".join(f"{x:.3f}" for x in (*figures["tune"], *figures["test"])) + " |" for name, figures in rows],
    ]


def audit_report(now: dict[str, tuple[float, float, float, float]]) -> list[str]:
    """The NewsMTSC audit table: each recorded measurement, then now."""
    rows = [*AUDIT_MEASURED.items(), ("now", now)]
    return [
        "## Real news judged blind (NewsMTSC audit): the journalist's own loaded words",
        "",
        "`tests/data/loaded_newsmtsc_audit.jsonl`: 600 real US political news sentences from NewsMTSC's train and dev",
        "splits (MIT), 400 drawn at random from those main at 05a0835 flagged (a loaded hit in the journalist's voice) and",
        "200 from the rest, judged by two annotators who read none of the code or lexicons: the loaded words in the",
        "writer's own voice and whether the sentence is biased (marginal cases not). Figures are weighted back to all",
        "8,274 sentences (each judged sentence counts for its stratum's size over its sample size); the judged base rate is",
        "16%. Rules may be read off the tuning half's errors only; the test half is never printed.",
        "",
        *audit_table(rows),
        "",
        "The verbal-attack round (from 7ad7056, tuned on the tune half; the test half measured at the start and once at the",
        "end, between them only by an accidental plain run after the first step, which left it unchanged): verbs of verbal",
        "attack in the writer's voice (`bashed`, `trashed`, `excoriated`, `pilloried`, `assailed`, `upbraided`, `sniping`,",
        "`jabs`, `launched into`, `drew fire`), judgements of people and speech (`bravado`, `bluster`, `foolish`, `vulgar`,",
        "`smug`, `shills`, `tendentious`, `grandstanding`, `fool`, `irrational`, `exactly right`, `dead wrong`), `fatal blow`,",
        "`180-degree pivot`, `lied` and `his lies` as verdicts, each guarded for its literal senses; not loaded: a story",
        "`blasted out`, `stayed woke`, `thrashed about`, a `fantasy painting`. The tune row is optimistic: six of its ten",
        "missed biased sentences prompted entries (most of those phrases occur once in NewsMTSC). Two precision guards the",
        "audit's annotators would support (`scandal` after a topic noun, `embolden` as a cue) were dropped because a",
        "helper-written blind set lost a gold span.",
        "",
    ]


def audit2_report(now: dict[str, tuple[float, float, float, float]]) -> list[str]:
    """The second audit's table: each recorded measurement, then now."""
    rows = [*AUDIT2_MEASURED.items(), ("now", now)]
    return [
        "## Real news judged blind, second sample (NewsMTSC audit 2)",
        "",
        "`tests/data/loaded_newsmtsc_audit2.jsonl`: 600 more NewsMTSC sentences, none in the first audit, drawn the same way",
        "(400 of those main at 6243c89 flagged, 200 of the rest) and judged by two new annotators who read no code, no",
        "lexicon and no earlier audit. Committed and measured before any rule was changed for it. Its annotators are",
        "stricter than the first audit's (weighted base rate 4% of sentences against 16%), so precision is lower here.",
        "Weighted to the 7,674 sentences outside the first audit; rules may be read off the tuning half only.",
        "",
        *audit_table(rows),
        "",
        "The precision round (from 2fe1955; rules read off both audits' tune halves, test halves measured once, at the end):",
        "words both audits' annotators judged mild newsroom wording are cues, not loaded (`controversial`, `tough`, `defiant`,",
        "`doubled down`, `snub`, `grilled`, `scourge`), and so are reports of others' acts, feelings and events (`hailed`,",
        "`mocked`, `feud`, `historic`, `crisis`, `staunch`, `jabs`, `discredited`, `unprecedented`, `alarming`, the nouns",
        "`courage` and `bravery`); sense guards: `scandal` after a determiner or possessive names the affair, `charm",
        "offensive`, `war on terror`, lying before the FBI, prosecutors or a court, someone `was furious`, anger someone's act",
        "`had outraged` or `drew`, waking up (`woke up`); `rips` as a verb of verbal attack; an embedded post signed",
        "'— Name (@handle) Month D, YYYY' is the poster's words (`framing.speech.signed_posts`). The audit-2 tune recall",
        "step (0.595 -> 0.794) is one unflagged sentence ('Berman Rips Mo Brooks') weighted 35.5: optimistic. Helper-written",
        "blind sets lost 15 gold spans to it (13 to the demoted words, two `scandal` in blind4) and gained three (`rips`).",
        "",
    ]


def session8_report() -> list[str]:
    """Session 8's before/after table over every set, and what changed."""
    return [
        "## Session 8: every set before and after (issue 14, loaded language on unseen real news)",
        "",
        f"From {SESSION8['start']} to {SESSION8['end']}; rules read off the two NewsMTSC audits' tune halves (and the fifth sets,",
        "already tuned on); the audits' test halves and the first blind set's held-out half were never printed.",
        "",
        "| set and view | start | end |",
        "| --- | --- | --- |",
        *[f"| {name} | {' / '.join(f'{x:.3f}' for x in start)} | {' / '.join(f'{x:.3f}' for x in end)} |"
          for name, (start, end) in SESSION8["rows"].items()],
        "",
        "What changed, by class: **voice** (`framing.speech`): plain `say`/`tell` report their clause (`Avenatti said it was",
        "despicable`), as both audits' annotators read them; nouns of claim before `that`/`of` (`Comey's assertion that the",
        "president had lied`, `charges of hypocrisy`) and an opening `Accusing X of ...,` clause are reported; transcript",
        "turns (`CONANT: ...`, not newsroom labels such as `BREAKING:`) and lines after `saying:` are the speaker's.",
        "**Names**: a connector inside a capitalised name (`the Champion of Freedom Award`), a sentence-initial surname",
        "before a verb of saying (`Petty said`). **Sense guards** (lexicon data): the `Iraq invasion`, a gunman who",
        "`surrendered` to a deputy, `smearing` feces, the `lesser of two evils`, `police brutality`, `tax loopholes`,",
        "`hard-pressed to`, `relentless fighting`, an `embattled` rail hub in a war, blood that `flows`, `lying about` after",
        "`for`/`of` (a charge); `enemy` and `tragedy` are cues, `enemy of the people` loaded. **Recall**: 24 idioms and",
        "evaluative words (`false narrative`, `lip service`, `par for the course`, `sent shockwaves`, `stoop to`, `troll",
        "armies`, `one-man rule`, `pesky`, `Crooked Hillary`...), each guarded for its literal sense.",
        "",
        "Read honestly: the second audit's test half (the stricter annotators, base rate 4%, the closest to the hidden",
        "journalist-voice measure) rose 0.543 -> 0.586 on precision (0.432 -> 0.490) with recall unchanged; the first",
        "audit's test half fell 0.453 -> 0.440 (P 0.644 -> 0.627, R 0.350 -> 0.339; its errors were not read, so the cause",
        "is a guess: its more lenient annotators probably give the writer some of what `said` clauses hold), and the recall",
        "entries read off its tune half did not carry over (tune recall 0.759 -> 0.801). The tune rows are optimistic.",
        "Helper-written sets moved little: span and paragraph views level or up, journalist-voice recall down where the",
        "writer put a loaded word inside a `said` clause (blind tuning half 0.984 -> 0.969; the hand gold's span recall",
        "0.867 -> 0.862).",
        "",
    ]


def session9_report() -> list[str]:
    """Session 9 changed no lexicon; its quote rules moved which words are the writer's."""
    return [
        "## Session 9: no lexicon change, quote voices moved",
        "",
        "Session 9 changed no lexicon entry or guard. Its quote rules (issue 8: whole `that` clauses as direct quotes, speakers",
        "after clause-opening prepositions, page furniture, datelines) moved a few words between the writer's voice and a",
        "quote's. Measured at its end, every helper-written set and both audits' tune halves are unchanged; the second audit's",
        "test half moved 0.490 / 0.729 / 0.586 -> 0.486 / 0.719 / 0.580 (P / R / F1; about one weighted sentence), the first",
        "audit's test half not at all. Its errors were not printed.",
        "",
    ]


def newsmtsc_report(now: dict[str, int]) -> list[str]:
    """The NewsMTSC hit-rate table, before and now."""
    def cells(counts: dict[str, int]) -> str:
        n = counts["sentences"]
        return (f"{n:,} | {counts['author']:,} ({100 * counts['author'] / n:.2f}%) "
                f"| {counts['any']:,} ({100 * counts['any'] / n:.2f}%)")
    return [
        "## Hit rate on real US news (NewsMTSC, unannotated for bias)",
        "",
        "NewsMTSC's train and dev sentences (US political news, Hamborg & Donnay 2021), each analysed alone. Not",
        "labelled for bias: the share with a loaded hit in the journalist's voice is a precision alarm, since the",
        "hidden journalist-voice measure had precision 0.16; a rise means more hits on ordinary news sentences.",
        "",
        "| code | sentences | journalist-voice loaded hit | any loaded hit |",
        "| --- | ---: | ---: | ---: |",
        f"| before ({NEWSMTSC_BEFORE['commit']}) | {cells(NEWSMTSC_BEFORE)} |",
        f"| verbal-attack round start ({NEWSMTSC_ROUND_START['commit']}) | {cells(NEWSMTSC_ROUND_START)} |",
        f"| precision round start ({NEWSMTSC_PRECISION_START['commit']}) | {cells(NEWSMTSC_PRECISION_START)} |",
        f"| session 8 start ({NEWSMTSC_SESSION8_START['commit']}) | {cells(NEWSMTSC_SESSION8_START)} |",
        f"| now | {cells(now)} |",
        "",
    ]


def blind5_errors(name: str, units: Sequence[BlindSentence], hits: dict[str, Sequence[Hit]]) -> list[str]:
    """False loaded spans (with entries) and missed gold spans of a fifth blind set, one markdown item each."""
    lines = []
    for unit in units:
        for label, span, entries in span_errors(unit, [hit for hit in hits[unit.id] if hit.loaded]):
            lines.append(f"- {name} {label} {unit.id}: `{unit.text[span[0]:span[1]]}`" + (f" ({entries})" if label == "FP" else ""))
    return lines


def span_errors(unit: BlindSentence, loaded: Sequence[Hit]) -> Iterator[tuple[str, tuple[int, int], str]]:
    """('FP', merged predicted span, its entry ids) for each loaded span no gold span overlaps, then ('FN', gold span, '')
    for each gold span no loaded hit overlaps."""
    for span in merge((hit.start, hit.end) for hit in loaded):
        if not any(overlaps(span, g) for g in unit.gold):
            yield "FP", span, ", ".join(sorted({h.entry_id for h in loaded if overlaps((h.start, h.end), span)}))
    for span in unit.gold:
        if not any(overlaps(span, (h.start, h.end)) for h in loaded):
            yield "FN", span, ""


def blind4_report(now: dict[str, tuple[float, float, float]], count: int) -> list[str]:
    """The fourth blind set's before/now table (paragraph level)."""
    names = {"span": "span", "sentence": "paragraph has loaded language", "author sentence": "journalist's own words loaded"}
    lines = [
        "## Fourth blind set: paragraphs, the honest estimate",
        "",
        f"`tests/data/loaded_blind4.jsonl`: {count} news paragraphs in US and UK outlets' styles (wire to fringe sites),",
        "written and annotated by someone who had read none of the code, committed unedited and scored at 7c77543 before",
        "issue 14's lexicon changes, which were made by someone who never opened it: both rows are honest estimates.",
        "",
        "| view | before P | before R | before F1 | now P | now R | now F1 |",
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    for view in BLIND_VIEWS:
        lines.append(f"| {names[view]} | " + " | ".join(f"{x:.3f}" for x in (*BLIND4_BEFORE[view], *now[view])) + " |")
    return lines + [""]


def pipeline_hits(text: str) -> tuple[Hit, ...]:
    """Lexicon hits of `text` with voices from the pipeline's own actor and quote stages."""
    doc = make_document(text, clean=False)
    return framing_hits(doc, extract_quotes(doc, find_actors(doc)))


@dataclass
class Counts:
    """True positives, predictions and gold items of one view."""

    right: int = 0
    predicted: int = 0
    found: int = 0
    gold: int = 0

    def prf(self) -> tuple[float, float, float]:
        """Precision, recall and F1."""
        return prf(self.right, self.predicted, self.found, self.gold)


def blind_counts(sentences: Sequence[BlindSentence], hits: dict[str, Sequence[Hit]]) -> dict[str, Counts]:
    """Span, sentence and journalist-voice sentence counts over `sentences`."""
    counts = {view: Counts() for view in BLIND_VIEWS}
    for sentence in sentences:
        loaded = [hit for hit in hits[sentence.id] if hit.loaded]
        predicted = merge((hit.start, hit.end) for hit in loaded)
        span = counts["span"]
        span.predicted += len(predicted)
        span.right += sum(any(overlaps(p, g) for g in sentence.gold) for p in predicted)
        span.gold += len(sentence.gold)
        span.found += sum(any(overlaps(g, p) for p in predicted) for g in sentence.gold)
        for view, pred, gold in (("sentence", bool(loaded), bool(sentence.gold)),
                                 ("author sentence", any(hit.voice == "author" for hit in loaded), sentence.author_loaded)):
            counts[view].predicted += pred
            counts[view].gold += gold
            counts[view].right += pred and gold
            counts[view].found += pred and gold
    return counts


def blind_figures(sentences: Sequence[BlindSentence], hits: dict[str, Sequence[Hit]]) -> dict[str, dict[str, tuple[float, float, float]]]:
    """(P, R, F1) per view, on all sentences and on each half."""
    figures = {}
    for half in HALVES:
        chosen = [s for s in sentences if half in ("all", s.half)]
        figures[half] = {view: tuple(round(x, 3) for x in c.prf()) for view, c in blind_counts(chosen, hits).items()}
    return figures


def blind_errors(sentences: Sequence[BlindSentence], hits: dict[str, Sequence[Hit]]) -> list[str]:
    """False loaded spans (with entries) and missed gold spans of the tuning half only, one line each."""
    lines = []
    for sentence in sentences:
        if sentence.half != "tuning":
            continue
        loaded = [hit for hit in hits[sentence.id] if hit.loaded]
        for label, span, entries in span_errors(sentence, loaded):
            shown = f"`{sentence.text[span[0]:span[1]]}`" + (f" ({entries})" if label == "FP" else "")
            lines.append(f"{label} {sentence.id}: {shown} | {sentence.text}")
        if not sentence.author_loaded and any(h.voice == "author" for h in loaded) and sentence.gold:
            lines.append(f"AUTHOR-FP {sentence.id}: {[h.term for h in loaded if h.voice == 'author']} | {sentence.text}")
    return lines


def blind_report(figures: dict[str, dict[str, tuple[float, float, float]]], counts: dict[str, int]) -> list[str]:
    """Markdown lines for the blind-set section."""
    lines = [
        "## Blind set (written by someone who never saw the lexicons)",
        "",
        f"`tests/data/loaded_blind.jsonl`: {counts['all']} one-sentence news items in the styles of 40 US and UK outlets",
        f"({counts['neutral']} with no loaded word), 14 topics, with hard cases (names holding emotive words, literal",
        "senses, neutral hyphenated compounds, hedged and negated uses); see `tests/data/loaded_blind_README.md`.",
        "Split by id: odd ids are the tuning half (its errors were read while fixing), even ids the held-out half",
        f"({counts['held-out']} sentences; its errors were never looked at), so the held-out `now` row is the honest after figure.",
        "",
        "Views: **span** (loaded hits merged, overlap with gold spans of either voice); **sentence** (any loaded hit vs",
        "any gold span: the analogue of paragraph-level scoring); **journalist voice** (a loaded hit in the author's",
        "voice, quotes found by the pipeline, vs `author_loaded`).",
        "",
        "| code | half | span P | span R | span F1 | sentence P | sentence R | sentence F1 | journalist P | journalist R | journalist F1 |",
        "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    for code, table in ((f"before ({BLIND_BEFORE_COMMIT})", BLIND_BEFORE), (f"issue 14 start ({BLIND_ISSUE14_COMMIT})", BLIND_ISSUE14_START),
                        ("now", figures)):
        for half in HALVES:
            if half in table:
                cells = " | ".join(f"{x:.3f}" for view in BLIND_VIEWS for x in table[half][view])
                lines.append(f"| {code} | {half} | {cells} |")
    return lines + [
        "",
        "What changed after the before row (fixed generically, from the tuning half's errors only):",
        "",
        "- a capitalised match inside a longer capitalised name is not loaded (`International Crisis Group`,",
        "  `HEROES Act`), except sentence-initially, in title-case headlines and for capitalised patterns (`Big Oil`);",
        "- literal-sense guards: storm `slammed into` and `battered`, `storm surge`, `disaster relief`, `danger to life`, troops and",
        "  firefighters `battling`, `frontline care`, market and temperature `plunge`/`soar`, `cost-of-living crisis`,",
        "  `record-breaking heat`, police `clashed`, a military `invasion`, a tax or sanctions `regime`, a dog `savaged`;",
        "  `gang`, `cartel` are cues;",
        "- about 115 new loaded words and phrases with their inflections, each guarded for literal senses.",
        "",
        f"Issue 14 (from {BLIND_ISSUE14_COMMIT} to now; tuning / held-out span F1, sentence F1, journalist F1 after each step):",
        "",
        "- event-name heads (`unless_after_name`: `the Horizon scandal`, `the Grenfell tragedy`), sentence-initial names",
        "  before an organisation head (`Freedom Party officials`), `blow to` a cue, `Big Tech` dropped, conventional senses",
        "  guarded (war hero, historic lows, tough questions, surging in polls, treacherous crossing, surrendered to police):",
        "  tuning 0.900 -> 0.904 / 0.993 -> 0.996 / 0.992 -> 0.996, held-out unchanged (0.707 / 0.916 / 0.935);",
        "- 56 recall entries, strong emotive words of Hu & Liu's opinion lexicon and Loaded_Language idioms, each with",
        "  literal-sense guards: tuning unchanged, held-out 0.720 / 0.924 / 0.940;",
        "- conventional senses in political news (`battle` a cue, constitutional or economic `crisis`, `regime change`, `a",
        "  tough sell`, `surge` only near migration words): both halves unchanged;",
        "- 18 more entries and missing inflections (gruesome, depraved, oppressive, bloodshed, havoc, doomed, dark money,",
        "  `fossil-fuel-funded`, revolted...): tuning 0.906 / 0.996 / 0.996, held-out 0.729 / 0.924 / 0.940;",
        "- literal `ammunition` (firing, guns, troops in the sentence): held-out span 0.730 (precision 0.921 -> 0.925);",
        "- `ride-hailing`, `hails from`, mock exams, bare `rob` (the first name), `massacred` apart from the event-name",
        "  noun, and a lone capitalised word in mid-sentence in the journalist's voice as a surname or title",
        "  (`Rep. Slaughter said`, `Fast and Furious`): both halves unchanged;",
        "- `lied about`/`lied to`, `patriots` (not Patriot missiles), `un-American`/`treasonous` (not seditious",
        "  conspiracy), `martyrs`, `groomers`: held-out span 0.733 (tuning unchanged).",
        "- fifth-blind-set round (from edec1a7, tuned on the fifth sets' errors, never on this set's held-out half): literal",
        "  senses (blasting rock, fires destroying homes, radical mastectomy, a software flaw exploited, bravery under fire,",
        "  post-traumatic stress, broken glass, extreme risk orders, lying to the FBI as a charge, 'border wall' as a plain name) and about 80 loaded entries",
        "  from Hu & Liu's list and the Loaded_Language definition: held-out 0.733 -> 0.753 / 0.924 -> 0.929 / 0.940 -> 0.945,",
        "  tuning unchanged (0.906 / 0.996 / 0.996).",
        "",
        "None of these changes was prompted by a held-out error (they were never printed); the recall entries came from",
        "the word lists and the propaganda-technique definition, and their literal senses were checked on real US news",
        "sentences (NewsMTSC train/dev, 8,274 sentences, unannotated for bias): the share with a loaded hit in the",
        "journalist's voice went from 11.6% at the start to 11.7% (any voice: 15.1% to 16.0%): the guards removed about as",
        "many journalist-voice hits as the additions brought, and most of the added hits are in quotes.",
        "",
        "The tuning half's `now` row is optimistic (its errors prompted the fixes); the held-out half's is the",
        "honest after figure. The set is much easier than the hidden annotations (every loaded word in it was",
        "marked by one writer, with many tabloid and partisan sentences), so read the changes, not the levels.",
        "",
    ]


def main(argv: Sequence[str] | None = None) -> int:
    """Score, print the loaded-language figures and write the report."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", type=Path, default=GOLD)
    parser.add_argument("--out", type=Path, default=REPORT)
    parser.add_argument("--blind", type=Path, default=BLIND)
    parser.add_argument("--blind-figures", action="store_true", help="print only the blind-set figures as JSON")
    parser.add_argument("--show-tuning-errors", action="store_true", help="print the tuning half's errors")
    parser.add_argument("--newsmtsc", type=Path, default=NEWSMTSC, help="NewsMTSC folder (train/dev JSONL) for the hit rate")
    parser.add_argument("--audit-tune-only", action="store_true",
                        help="score the NewsMTSC audit's tune half only (the test half is measured once a round) and "
                             "print every figure without writing the report")
    args = parser.parse_args(argv)
    sentences = load_blind(args.blind)
    blind = {s.id: pipeline_hits(s.text) for s in sentences}
    figures = blind_figures(sentences, blind)
    if args.blind_figures:
        print(json.dumps(figures, indent=1))
        return 0
    if args.show_tuning_errors:
        print("\n".join(blind_errors(sentences, blind)))
    text, tally = report(load_gold(args.gold), args.gold.resolve())
    counts = {"all": len(sentences), "neutral": sum(not s.gold for s in sentences),
              "held-out": sum(s.half == "held-out" for s in sentences)}
    errors = [line.split(" | ")[0] for line in blind_errors(sentences, blind) if line.startswith("FP")]
    section = blind_report(figures, counts) + ["False loaded spans left in the tuning half:", ""]
    section += [f"- {line[3:]}" for line in errors] or ["- none"]
    paragraphs = load_blind4()
    now4 = {view: tuple(round(x, 3) for x in c.prf())
            for view, c in blind_counts(paragraphs, {p.id: pipeline_hits(p.text) for p in paragraphs}).items()}
    section += ["", *blind4_report(now4, len(paragraphs))]
    fifth = {name: load_blind5(name) for name in BLIND5}
    fifth_hits = {name: {u.id: pipeline_hits(u.text) for u in units} for name, units in fifth.items()}
    now5 = {name: {view: tuple(round(x, 3) for x in c.prf()) for view, c in blind_counts(units, fifth_hits[name]).items()}
            for name, units in fifth.items()}
    section += ["", *blind5_report(now5, {name: len(units) for name, units in fifth.items()})]
    halves = ("tune",) if args.audit_tune_only else ("tune", "test")
    audit = audit_figures(halves=halves)
    audit2 = audit_figures(AUDIT2, halves, AUDIT2_STRATA)
    if not args.audit_tune_only:
        section += ["", *audit_report(audit), *audit2_report(audit2), *session8_report(), *session9_report()]
    rates = newsmtsc_rates(newsmtsc_sentences(args.newsmtsc)) if args.newsmtsc.is_dir() else None
    if rates:
        section += newsmtsc_report(rates)
    text = text.replace("## If the cue categories", "\n".join(section) + "\n\n## If the cue categories", 1)
    text += "\n".join(["", "## Fifth blind sets: false and missed spans left (now; tuned on)", "",
                        *[line for name, units in fifth.items() for line in blind5_errors(name, units, fifth_hits[name])]]) + "\n"
    if not args.audit_tune_only:
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_text(text, encoding="utf-8")
    tp, tr, tf = tally.token()
    sp, sr, sf = tally.span()
    print(f"token P/R/F1 {tp:.3f}/{tr:.3f}/{tf:.3f}  span P/R/F1 {sp:.3f}/{sr:.3f}/{sf:.3f}  "
          f"predicted {tally.pred_spans}, gold {tally.gold_spans}, neutral FP {tally.neutral_fp}")
    for half in HALVES:
        print(f"blind {half:8s} " + "  ".join(f"{view} P/R/F1 " + "/".join(f"{x:.3f}" for x in figures[half][view])
                                              for view in BLIND_VIEWS))
    print("blind4 paragraphs " + "  ".join(f"{view} P/R/F1 " + "/".join(f"{x:.3f}" for x in now4[view]) for view in BLIND_VIEWS))
    for name in BLIND5:
        print(f"blind5 {name} " + "  ".join(f"{view} P/R/F1 " + "/".join(f"{x:.3f}" for x in now5[name][view]) for view in BLIND_VIEWS))
    print("newsmtsc audit " + "  ".join(f"{half} P/R/F1/hitP " + "/".join(f"{x:.3f}" for x in audit[half]) for half in audit))
    print("newsmtsc audit 2 " + "  ".join(f"{half} P/R/F1/hitP " + "/".join(f"{x:.3f}" for x in audit2[half]) for half in audit2))
    if rates:
        print(f"newsmtsc {rates['sentences']} sentences: journalist-voice loaded {100 * rates['author'] / rates['sentences']:.2f}%, "
              f"any voice {100 * rates['any'] / rates['sentences']:.2f}%")
    print("report not written (--audit-tune-only)" if args.audit_tune_only else f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
