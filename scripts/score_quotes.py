"""Score quote extraction against the hand-annotated gold and write reports/benchmarks/quotes.md.

Usage: python scripts/score_quotes.py [--out reports/benchmarks/quotes.md]

Gold: tests/data/quotes_gold.jsonl (one record per quote span of the seeds: seed, start, end, text,
kind, speaker), tests/data/quotes_hard_cases.jsonl (short texts, each with its quotes) and
tests/data/quotes_blind.jsonl (news passages in many outlets' styles, annotated before the rules were
read). A gold quote matches a predicted one when their spans overlap by at least half of their union.
"""

from __future__ import annotations

import argparse
import json
import importlib
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from framing.document import Document
from framing.quotes import Quote, extract_quotes
from framing.segment import make_document

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT / "tests" / "data" / "quotes_gold.jsonl"
HARD = ROOT / "tests" / "data" / "quotes_hard_cases.jsonl"
BLIND = ROOT / "tests" / "data" / "quotes_blind.jsonl"
BLIND2 = ROOT / "tests" / "data" / "quotes_blind2.jsonl"
BLIND3 = {"blind3 US": ROOT / "tests" / "data" / "quotes_blind3_us.jsonl", "blind3 UK": ROOT / "tests" / "data" / "quotes_blind3_uk.jsonl"}
"""Third blind sets (US and UK styles), written by people who had not read the code; see their READMEs beside them."""
BLIND4 = {"blind4 US": ROOT / "tests" / "data" / "quotes_blind4_us.jsonl", "blind4 UK": ROOT / "tests" / "data" / "quotes_blind4_uk.jsonl"}
"""Fourth blind sets (US: 35 passages, 331 quotes; UK: 22 passages, 234 quotes), written by people who had not read the
code, while issue 8's third round of rules was written by someone who never opened them; READMEs beside them."""
BLIND4_MEASURED = {
    "before (7c77543)": {"blind4 US": ((0.968, 0.984, 0.976, 0.995, 0.734, 0.566, 0.667, 0.924), 0.893),
                         "blind4 UK": ((1.000, 0.928, 0.963, 0.996, 0.641, 0.644, 0.895, 0.902), 0.592)},
    "after issue 8 round 3 (f45fe06)": {"blind4 US": ((0.968, 0.984, 0.976, 0.995, 0.731, 0.598, 0.792, 0.946), 0.893),
                                        "blind4 UK": ((1.000, 0.928, 0.963, 0.996, 0.641, 0.644, 0.842, 0.902), 0.600)},
    "after clean names (8d902ea)": {"blind4 US": ((0.968, 0.984, 0.976, 0.995, 0.752, 0.631, 0.792, 0.946), 0.911),
                                    "blind4 UK": ((1.000, 0.928, 0.963, 0.996, 0.667, 0.678, 0.842, 0.902), 0.625)},
    "after four tuned rules (15c641c)": {"blind4 US": ((0.968, 0.984, 0.976, 0.995, 0.767, 0.631, 0.792, 0.946), 0.940),
                                         "blind4 UK": ((1.000, 0.928, 0.963, 0.996, 0.667, 0.678, 0.842, 0.902), 0.625)},
}
"""Fourth-blind-set figures (COLUMNS order, then named-speaker accuracy on direct quotes) with this scorer, default
extract_quotes: at 7c77543, before any change of this round, and after the third round of rules (tuned on blind3 and
invented sentences, never on these sets) and after the clean-name round (also never shown these sets): honest estimates
for unseen news. Later changes were found on these sets' errors (a middle initial that spells a stop word, a pronoun
subject after a fronted phrase, a pair named by surnames, an auxiliary after a subject), so the "now" rows are tuned."""
BLIND5 = {"blind5 US": ROOT / "tests" / "data" / "quotes_blind5_us.jsonl", "blind5 UK": ROOT / "tests" / "data" / "quotes_blind5_uk.jsonl"}
"""Fifth blind sets (US: 28 passages, 280 quotes; UK: 22 passages, 256 quotes), written by people who had read none of the
code; READMEs beside them."""
BLIND6 = {"blind6 US": ROOT / "tests" / "data" / "quotes_blind6_us.jsonl", "blind6 UK": ROOT / "tests" / "data" / "quotes_blind6_uk.jsonl"}
"""Sixth blind sets: 22 US passages (174 quotes) and 15 UK passages (127 quotes), mostly ordinary political news."""
BLIND7 = {"blind7 US": ROOT / "tests" / "data" / "quotes_blind7_us.jsonl", "blind7 UK": ROOT / "tests" / "data" / "quotes_blind7_uk.jsonl"}
"""Seventh blind sets: 32 US passages (473 quotes) in 2016-campaign-era styles and 14 UK passages (178 quotes)."""
BLIND7_MEASURED = {
    "at the session's start (05a0835)": {"blind7 US": ((0.996, 0.933, 0.963, 0.995, 0.748, 0.751, 0.579, 0.915), 0.840),
                                         "blind7 UK": ((1.000, 0.966, 0.982, 0.994, 0.730, 0.798, 0.429, 0.933), 0.787)},
    "branch resolve alone (f74273e; its engineer never read blind7)": {
        "blind7 US": ((0.996, 0.933, 0.963, 0.995, 0.763, 0.761, 0.579, 0.915), 0.863),
        "blind7 UK": ((1.000, 0.966, 0.982, 0.994, 0.764, 0.833, 0.429, 0.933), 0.827)},
}
"""Blind7 scored before anyone read its errors (05a0835 and 8147f72, the continued-quote rule, gave the same figures)."""
BLIND8 = {"blind8 US": ROOT / "tests" / "data" / "quotes_blind8_us.jsonl", "blind8 UK": ROOT / "tests" / "data" / "quotes_blind8_uk.jsonl"}
"""Eighth blind sets: 16 US passages (265 quotes) of 2016-era political news, 10 UK passages (132 quotes); never tuned on."""
BLIND8_MEASURED = {
    "at the session's start (05a0835)": {"blind8 US": ((0.993, 0.923, 0.957, 0.998, 0.770, 0.720, 0.400, 0.879), 0.884),
                                         "blind8 UK": ((1.000, 0.882, 0.938, 0.996, 0.795, 0.803, 0.667, 0.902), 0.862)},
    "after session 5's rounds (c7e1e3b: speech, resolve, q7 merged)": {
        "blind8 US": ((0.993, 0.948, 0.970, 0.998, 0.789, 0.750, 0.400, 0.906), 0.899),
        "blind8 UK": ((1.000, 0.926, 0.962, 0.996, 0.803, 0.820, 0.667, 0.924), 0.862)},
    "after the titled-surname rule, measured once (11f29a4: 'President Obama' names a person)": {
        "blind8 US": ((0.993, 0.948, 0.970, 0.998, 0.811, 0.770, 0.400, 0.906), 0.928),
        "blind8 UK": ((1.000, 0.926, 0.962, 0.996, 0.803, 0.820, 0.667, 0.924), 0.862)},
    "session 8's start (9a5f4b7; 'now' is the session's end: the speaker ranker and its name rules)": {
        "blind8 US": ((0.994, 0.994, 0.994, 0.998, 0.842, 0.790, 0.400, 0.943), 0.935),
        "blind8 UK": ((1.000, 0.985, 0.993, 0.996, 0.848, 0.852, 0.667, 0.955), 0.914)},
    "session 9's start (e0b038b, session 8's end; its end is the next row)": {
        "blind8 US": ((0.994, 0.994, 0.994, 0.998, 0.845, 0.800, 0.400, 0.947), 0.935),
        "blind8 UK": ((1.000, 0.985, 0.993, 0.996, 0.879, 0.869, 0.667, 0.962), 0.966)},
    "session 10's start (871b34c, session 9's end; 'now' is session 10's end)": {
        "blind8 US": ((0.994, 0.994, 0.994, 0.998, 0.838, 0.800, 0.200, 0.940), 0.935),
        "blind8 UK": ((1.000, 0.985, 0.993, 0.996, 0.871, 0.869, 0.667, 0.962), 0.948)},
}
"""Blind8 scored before anyone read its errors; it is kept for measuring the end of session 5, never for tuning."""
BLIND9 = {"blind9 US": ROOT / "tests" / "data" / "quotes_blind9_us.jsonl", "blind9 UK": ROOT / "tests" / "data" / "quotes_blind9_uk.jsonl"}
"""Ninth blind sets: 18 US passages (204 quotes) of 2017-2025 news in 16 outlets' styles, 13 UK passages (146 quotes)."""
BLIND9_MEASURED = {
    "at session 6's start, before its errors were read (6d5e244; same output as 7ad7056)": {
        "blind9 US": ((0.972, 0.954, 0.963, 0.988, 0.833, 0.883, 0.632, 0.936), 0.916),
        "blind9 UK": ((1.000, 0.909, 0.952, 0.990, 0.747, 0.793, 0.818, 0.938), 0.806)},
}
"""Blind9 scored once before anyone read its errors (the honest estimate); session 6's quote round was then tuned on it."""
BLIND10 = {"blind10 US": ROOT / "tests" / "data" / "quotes_blind10_us.jsonl", "blind10 UK": ROOT / "tests" / "data" / "quotes_blind10_uk.jsonl"}
"""Tenth blind sets: 20 US passages (209 quotes) and 13 UK passages (147 quotes) of 2010-2025 public life; never tuned on."""
BLIND10_MEASURED = {
    "session 6's start (7ad7056), measured after the set was written": {
        "blind10 US": ((0.941, 0.925, 0.933, 0.981, 0.818, 0.772, 0.700, 0.890), 0.925),
        "blind10 UK": ((1.000, 0.872, 0.932, 0.993, 0.741, 0.704, 0.714, 0.891), 0.853)},
    "after session 6's rounds (blind9 rules; measured once)": {
        "blind10 US": ((0.941, 0.925, 0.933, 0.981, 0.823, 0.785, 0.700, 0.895), 0.925),
        "blind10 UK": ((0.987, 0.884, 0.933, 0.993, 0.755, 0.704, 0.714, 0.898), 0.880)},
    "after the shown-or-chanted rule (signs reading, chants of, chanted: direct; measured once)": {
        "blind10 US": ((0.944, 0.983, 0.963, 0.981, 0.833, 0.785, 0.700, 0.928), 0.925),
        "blind10 UK": ((0.988, 0.988, 0.988, 0.993, 0.789, 0.704, 0.714, 0.959), 0.867)},
    "session 8's start (9a5f4b7; 'now' is the session's end: the speaker ranker and its name rules)": {
        "blind10 US": ((0.944, 0.983, 0.963, 0.981, 0.837, 0.785, 0.700, 0.928), 0.925),
        "blind10 UK": ((0.988, 0.988, 0.988, 0.993, 0.796, 0.722, 0.714, 0.959), 0.867)},
    "session 9's start (e0b038b, session 8's end; its end is the next row)": {
        "blind10 US": ((0.944, 0.983, 0.963, 0.981, 0.833, 0.772, 0.700, 0.947), 0.925),
        "blind10 UK": ((0.988, 0.988, 0.988, 0.993, 0.782, 0.704, 0.714, 0.966), 0.867)},
    "session 10's start (871b34c, session 9's end; 'now' is session 10's end)": {
        "blind10 US": ((0.944, 0.983, 0.963, 0.981, 0.837, 0.772, 0.700, 0.947), 0.934),
        "blind10 UK": ((0.988, 0.988, 0.988, 0.993, 0.782, 0.704, 0.714, 0.966), 0.867)},
}
"""Blind10 written at the end of session 6 by someone who had read no code, scored for the code at the session's start and
at its end, its errors never read: the honest estimate of what session 6's rules carry over to unseen text."""
BLIND11 = {"blind11 US": ROOT / "tests" / "data" / "quotes_blind11_us.jsonl", "blind11 UK": ROOT / "tests" / "data" / "quotes_blind11_uk.jsonl"}
"""Eleventh blind sets: 23 US passages (345 quotes) of mostly 2015-2020 US politics, 16 UK and Irish passages (234 quotes)."""
BLIND11_MEASURED = {
    "session 7's start, before its errors were read (9cdb79e; the rules of 6243c89)": {
        "blind11 US": ((1.000, 0.978, 0.989, 0.999, 0.774, 0.750, 0.571, 0.928), 0.884),
        "blind11 UK": ((1.000, 0.991, 0.995, 0.996, 0.786, 0.833, 0.722, 0.957), 0.800)},
}
"""Blind11 scored once before anyone read its errors (the honest estimate); session 7's quote round was then tuned on it."""
REAL = ROOT / "tests" / "data" / "quotes_real_newsmtsc.jsonl"
REAL_HALVES = {"real news, tune": "tune", "real news, test": "test"}
"""Real NewsMTSC sentences with quotations (400 sentences, 483 quotes), annotated blind; rules read off the tune half only."""
REAL_MEASURED = {
    "session 7's start, before any rule was changed for it (9cdb79e; the rules of 6243c89)": {
        "real news, tune": ((0.971, 0.887, 0.927, 0.979, 0.757, 0.676, 0.625, 0.765), 0.868),
        "real news, test": ((0.980, 0.847, 0.909, 0.994, 0.805, 0.748, 0.533, 0.742), 0.761)},
    "session 8's start (9a5f4b7; the test half still never printed; 'now' is the session's end)": {
        "real news, tune": ((0.971, 0.887, 0.927, 0.979, 0.798, 0.731, 0.625, 0.814), 0.926),
        "real news, test": ((0.980, 0.847, 0.909, 0.994, 0.805, 0.748, 0.533, 0.784), 0.761)},
    "session 9's start (e0b038b, session 8's end; its end is the next row)": {
        "real news, tune": ((0.963, 0.896, 0.928, 0.979, 0.850, 0.833, 0.625, 0.842), 0.956),
        "real news, test": ((0.981, 0.873, 0.924, 0.994, 0.818, 0.757, 0.533, 0.801), 0.804)},
    "session 10's start (871b34c, session 9's end; 'now' is session 10's end)": {
        "real news, tune": ((0.963, 0.904, 0.933, 0.979, 0.858, 0.833, 0.625, 0.846), 0.985),
        "real news, test": ((0.981, 0.873, 0.924, 0.994, 0.818, 0.757, 0.533, 0.801), 0.804)},
}
"""The real-news halves as measured (speaker columns count a quote whose speaker the sentence does not name as right)."""
REAL2 = {"real news 2": ROOT / "tests" / "data" / "quotes_real_newsmtsc2.jsonl"}
"""400 more real NewsMTSC sentences (481 quotes), annotated blind at the end of session 7; never read for errors."""
REAL2_MEASURED = {
    "session 7's start (9cdb79e; the rules of 6243c89), measured after the set was written": {
        "real news 2": ((0.987, 0.895, 0.939, 0.986, 0.780, 0.670, 0.824, 0.788), 0.799)},
    "session 8's start (9a5f4b7, session 7's end; 'now' is session 8's end)": {
        "real news 2": ((0.987, 0.895, 0.939, 0.986, 0.788, 0.691, 0.824, 0.840), 0.799)},
    "session 9's start (e0b038b, session 8's end; its end is the next row)": {
        "real news 2": ((0.987, 0.906, 0.945, 0.986, 0.834, 0.749, 0.794, 0.865), 0.879)},
    "session 10's start (871b34c, session 9's end; 'now' is session 10's end)": {
        "real news 2": ((0.983, 0.906, 0.943, 0.986, 0.836, 0.754, 0.794, 0.865), 0.879)},
}
"""The second real-news set, scored for the code at session 7's start and end; its errors are never read."""
REAL3 = {"real news 3": ROOT / "tests" / "data" / "quotes_real_newsmtsc3.jsonl"}
"""400 more real NewsMTSC sentences (479 quotes), annotated blind at the end of session 8; never read for errors."""
REAL3_MEASURED = {
    "session 8's start (9a5f4b7), measured once after the set was written; 'now' is session 8's end": {
        "real news 3": ((0.986, 0.888, 0.935, 0.989, 0.785, 0.667, 0.778, 0.854), 0.852)},
    "session 9's start (e0b038b, session 8's end; measured once more at session 9's end, the next row)": {
        "real news 3": ((0.986, 0.901, 0.942, 0.989, 0.808, 0.706, 0.778, 0.875), 0.875)},
    "session 10's start (871b34c, session 9's end; 'now' is session 10's end)": {
        "real news 3": ((0.986, 0.901, 0.942, 0.989, 0.806, 0.701, 0.778, 0.875), 0.875)},
}
"""The third real-news set, scored once for the code at session 8's start and once at its end; its errors are never read."""
REAL4 = {"real news 4": ROOT / "tests" / "data" / "quotes_real_newsmtsc4.jsonl"}
"""The last 460 NewsMTSC sentences with quotation marks (513 quotes), annotated blind at the start of session 9."""
REAL4_MEASURED = {
    "session 9's start (e0b038b, session 8's end), measured once before any rule was changed; its end is the next row": {
        "real news 4": ((0.959, 0.887, 0.922, 0.985, 0.782, 0.673, 0.746, 0.784), 0.862)},
    "session 10's start (871b34c, session 9's end; 'now' is session 10's end)": {
        "real news 4": ((0.959, 0.887, 0.922, 0.985, 0.784, 0.678, 0.746, 0.784), 0.862)},
}
"""The fourth real-news set, scored once for the code at session 9's start and once at its end; its errors are never read."""
BLIND12 = {"blind12 US": ROOT / "tests" / "data" / "quotes_blind12_us.jsonl", "blind12 UK": ROOT / "tests" / "data" / "quotes_blind12_uk.jsonl"}
"""Twelfth blind sets: 18 whole US articles (311 quotes) and 14 UK and Irish ones (192), written at session 9's end."""
BLIND12_MEASURED = {
    "session 9's start (e0b038b), measured once after the set was written; its end is the next row": {
        "blind12 US": ((1.000, 0.933, 0.965, 0.979, 0.801, 0.759, 0.560, 0.916), 0.955),
        "blind12 UK": ((1.000, 0.946, 0.972, 0.987, 0.766, 0.862, 0.400, 0.922), 0.822)},
    "session 10's start (871b34c, session 9's end; 'now' is session 10's end)": {
        "blind12 US": ((1.000, 0.933, 0.965, 0.979, 0.801, 0.759, 0.560, 0.916), 0.955),
        "blind12 UK": ((1.000, 0.946, 0.972, 0.987, 0.771, 0.862, 0.400, 0.922), 0.822)},
}
"""Blind12 scored once for the code at session 9's start and once at its end; its errors are never read."""
BLIND13 = {"blind13 US": ROOT / "tests" / "data" / "quotes_blind13_us.jsonl", "blind13 UK": ROOT / "tests" / "data" / "quotes_blind13_uk.jsonl"}
"""Thirteenth blind sets: the tops of 38 US articles (290 quotes) and 28 UK and Irish ones (183), headlines in each
outlet's case style, written at session 10's start."""
BLIND13_MEASURED = {
    "session 10's start (871b34c), measured once after the set was written": {
        "blind13 US": ((0.979, 1.000, 0.989, 0.998, 0.886, 0.885, 0.571, 0.948), 0.955),
        "blind13 UK": ((0.988, 0.955, 0.971, 0.995, 0.781, 0.821, 0.562, 0.918), 0.827)},
    "the Title Case headline rules as first written, before the set was seen": {
        "blind13 US": ((0.979, 1.000, 0.989, 0.998, 0.876, 0.870, 0.524, 0.945), 0.955),
        "blind13 UK": ((0.988, 0.955, 0.971, 0.995, 0.781, 0.821, 0.562, 0.918), 0.827)},
}
"""Blind13 scored, figures only, for the code at session 10's start and after the headline rules; its errors are never read."""
NEVER_LISTED = frozenset({*BLIND8, *BLIND10, *BLIND12, *BLIND13, *REAL2, *REAL3, *REAL4, "real news, test"})
"""Sets whose errors are never listed, so they stay honest measures of unseen text."""
BLIND6_MEASURED = {
    "at the session's start (15c641c)": {"blind6 US": ((1.000, 0.978, 0.989, 0.994, 0.793, 0.756, 0.857, 0.977), 0.869),
                                         "blind6 UK": ((1.000, 0.978, 0.989, 0.996, 0.740, 0.773, 0.667, 0.945), 0.780)},
    "after the entity and blind5 rounds (db97043)": {"blind6 US": ((1.000, 0.978, 0.989, 0.994, 0.810, 0.782, 0.857, 0.977), 0.869),
                                                    "blind6 UK": ((1.000, 0.978, 0.989, 0.996, 0.764, 0.773, 0.667, 0.945), 0.854)},
    "after the q6 round as well (5ae1a8f)": {"blind6 US": ((1.000, 0.978, 0.989, 0.994, 0.810, 0.782, 0.857, 0.977), 0.869),
                                            "blind6 UK": ((1.000, 0.978, 0.989, 0.996, 0.764, 0.773, 0.667, 0.945), 0.854)},
}
"""Sixth-blind-set figures (COLUMNS order, then named-speaker accuracy on direct quotes), each measured before anyone read
the sets' errors: the honest estimates of this session's rules on unseen news. Rules were then tuned on their errors."""
BLIND5_MEASURED = {
    "before (15c641c)": {"blind5 US": ((0.956, 0.903, 0.929, 0.982, 0.671, 0.573, 0.737, 0.893), 0.802),
                         "blind5 UK": ((0.992, 0.969, 0.980, 1.000, 0.742, 0.739, 0.889, 0.938), 0.795)},
    "after the blind4 entity round, still blind (e2889e7)": {
        "blind5 US": ((0.956, 0.903, 0.929, 0.982, 0.696, 0.590, 0.737, 0.893), 0.840),
        "blind5 UK": ((0.992, 0.969, 0.980, 1.000, 0.762, 0.757, 0.889, 0.938), 0.821)},
}
"""Fifth-blind-set figures (COLUMNS order, then named-speaker accuracy on direct quotes) with this scorer, default
extract_quotes, at 15c641c before any rule was changed for them, and after a round of rules found on blind4 by an
engineer who never opened blind5: both honest estimates for unseen news. Rules were then tuned on blind5's own
errors, so the "now" rows flatter."""
Q6_BEFORE = {
    "blind4 US": ((0.968, 0.995, 0.981, 0.995, 0.801, 0.656, 0.792, 0.952), 0.976),
    "blind4 UK": ((1.000, 0.944, 0.971, 0.996, 0.735, 0.722, 0.842, 0.915), 0.725),
    "blind5 US": ((0.957, 0.938, 0.947, 0.982, 0.779, 0.658, 0.737, 0.921), 0.947),
    "blind5 UK": ((0.992, 0.976, 0.984, 1.000, 0.812, 0.802, 0.889, 0.953), 0.893),
}
"""Fourth- and fifth-blind-set figures (COLUMNS order, then named direct) at db97043, before the generic round on their
error classes (branch q6: datelines with a date, documents in 'in a statement posted', roundup partials, 'as X did', lede
titles, gender from the text, a lede organisation's documents, a document's issuer after `by`). Both sets were already tuned on before it."""
BLIND3_BEFORE = {
    "blind3 US, without index": (0.991, 0.955, 0.973, 1.000, 0.591, 0.463, 0.737, 0.884),
    "blind3 US, with find_actors": (0.991, 0.955, 0.973, 1.000, 0.596, 0.478, 0.737, 0.884),
    "blind3 UK, without index": (1.000, 1.000, 1.000, 1.000, 0.787, 0.657, 0.875, 0.951),
    "blind3 UK, with find_actors": (1.000, 1.000, 1.000, 1.000, 0.781, 0.657, 0.875, 0.951),
}
"""Third-blind-set figures (COLUMNS order) measured with this scorer on the code of main at f28f9b7 (a separate
worktree), before any rule was changed for them: the honest estimate for unseen news."""
BLIND3_ROUND2 = {
    "blind3 US": (0.991, 0.991, 0.991, 1.000, 0.818, 0.716, 0.684, 0.939),
    "blind3 UK": (1.000, 1.000, 1.000, 1.000, 0.891, 0.791, 0.938, 0.973),
}
"""Third-blind-set figures (default) after the second round of rules, at 7c77543 (before issue 8's third round)."""
BLIND3_ROUND1 = {
    "blind3 US": (0.991, 0.991, 0.991, 1.000, 0.793, 0.672, 0.684, 0.934),
    "blind3 UK": (1.000, 1.000, 1.000, 1.000, 0.874, 0.761, 0.938, 0.973),
}
"""Third-blind-set figures (default, index built inside) after the first round of rules found on them, at 651845d."""
SEEDS = ROOT / "seeds"
REPORT = ROOT / "reports" / "benchmarks" / "quotes.md"
BLIND_BEFORE = {
    "direct P": 1.000, "direct R": 0.991, "direct F1": 0.996, "any-quote F1": 0.997, "speaker acc.": 0.665,
    "partial w/ speaker": 0.619, "scare w/o speaker": 0.667, "kind acc.": 0.975,
}
"""Blind-set figures measured at commit 2b58b58, before any rule was changed for the blind set."""
BLIND2_BEFORE = {
    "without index": (1.000, 1.000, 1.000, 0.997, 0.753, 0.785, 0.333, 0.979),
    "with find_actors": (1.000, 1.000, 1.000, 0.997, 0.763, 0.800, 0.333, 0.979),
}
"""Second-blind-set figures (COLUMNS order) measured at f4d2795, before any rule was changed for it: the honest estimate."""


@dataclass(frozen=True)
class GoldQuote:
    """One annotated quote span."""

    start: int
    end: int
    text: str
    kind: str
    speaker: str | None
    any_speaker: bool = False
    """True when the words are someone's but the text does not name them (a sentence seen out of its article)."""


@dataclass(frozen=True)
class Case:
    """One annotated text: its document and gold quotes."""

    name: str
    doc: Document
    gold: tuple[GoldQuote, ...]


@dataclass(frozen=True)
class Scores:
    """Detection and attribution figures over a set of cases, with the errors seen."""

    direct_precision: float
    direct_recall: float
    direct_f1: float
    quote_f1: float
    speaker_accuracy: float
    partial_recall_with_speaker: float
    scare_no_speaker: float
    kind_accuracy: float
    named_direct_accuracy: float
    n_gold: int
    errors: tuple[str, ...]


def read_jsonl(path: Path) -> list[dict]:
    """Records of a JSONL file, blank lines skipped."""
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def gold_quote(record: dict) -> GoldQuote:
    """A GoldQuote from a JSON record."""
    return GoldQuote(record["start"], record["end"], record["text"], record["kind"], record.get("speaker"),
                     record.get("speaker_outside", False))


def seed_cases(gold_path: Path = GOLD, seeds: Path = SEEDS) -> list[Case]:
    """One case per seed article, with its gold quotes (offsets into the original text)."""
    by_seed: dict[str, list[GoldQuote]] = {}
    for record in read_jsonl(gold_path):
        by_seed.setdefault(record["seed"], []).append(gold_quote(record))
    cases = []
    for path in sorted(seeds.glob("*.txt")):
        key = path.name.split("_", 1)[0]
        cases.append(Case(key, make_document(path.read_text(encoding="utf-8")), tuple(by_seed.get(key, ()))))
    return cases


def real_cases(half: str, path: Path = REAL) -> list[Case]:
    """One case per real news sentence of one half ('tune' or 'test'), segmented without furniture cleaning."""
    return [Case(record["id"], make_document(record["text"], clean=False), tuple(gold_quote(q) for q in record["quotes"]))
            for record in read_jsonl(path) if record["half"] == half]


def hard_cases(path: Path = HARD) -> list[Case]:
    """One case per annotated text (hard cases or blind passages), segmented without furniture cleaning."""
    return [
        Case(f"{record['id']} {record.get('pattern') or record.get('outlet')}", make_document(record["text"], clean=False),
             tuple(gold_quote(q) for q in record["quotes"]))
        for record in read_jsonl(path)
    ]


def blind_cases(path: Path = BLIND) -> list[Case]:
    """One case per blind news passage."""
    return hard_cases(path)


def blind2_cases(path: Path = BLIND2) -> list[Case]:
    """One case per passage of the second blind set (scored before any rule was changed for it)."""
    return hard_cases(path)


def normal(speaker: str | None) -> str | None:
    """Speaker names compared case-blind, with one apostrophe and no leading article."""
    if speaker is None:
        return None
    lowered = speaker.lower().replace("’", "'").strip()
    return lowered[4:] if lowered.startswith("the ") else lowered


def overlap(a_start: int, a_end: int, b_start: int, b_end: int) -> float:
    """Intersection over union of two character spans."""
    inter = max(0, min(a_end, b_end) - max(a_start, b_start))
    union = max(a_end, b_end) - min(a_start, b_start)
    return inter / union if union else 0.0


def align(gold: Sequence[GoldQuote], predicted: Sequence[Quote]) -> dict[int, int]:
    """Greedy one-to-one matching, gold index to predicted index, overlap >= 0.5."""
    pairs = sorted(
        ((overlap(g.start, g.end, p.start, p.end), gi, pi) for gi, g in enumerate(gold) for pi, p in enumerate(predicted)),
        reverse=True,
    )
    matched: dict[int, int] = {}
    used: set[int] = set()
    for score, gi, pi in pairs:
        if score >= 0.5 and gi not in matched and pi not in used:
            matched[gi] = pi
            used.add(pi)
    return matched


def _ratio(numerator: int, denominator: int) -> float:
    """numerator / denominator, 1.0 when there is nothing to count."""
    return numerator / denominator if denominator else 1.0


def gold_names(speaker: str | None, index: object | None) -> set[str | None]:
    """The gold speaker compared case-blind, plus the canonical name a registry actor gives it (with an index)."""
    names = {normal(speaker)}
    actor = index.resolve(speaker, -1, -1) if index is not None and speaker else None
    if actor is not None and getattr(actor, "known", False):
        names.add(normal(actor.name))
    return names


def score(cases: Iterable[Case], index_for: Callable[[Document], object] | None = None, registry_names: bool = False,
          ranker: bool = True) -> Scores:
    """Compare extract_quotes (with the actor index `index_for` builds, if given) with the gold of every case.

    With `registry_names`, a gold speaker also matches the registry's canonical name for it ('Tories' -> 'Conservatives');
    `ranker` False scores the rules alone, without the speaker ranker.
    """
    tally = dict(gold_direct=0, pred_direct=0, hit_direct=0, gold_all=0, pred_all=0, hit_all=0, speaker=0,
                 partial=0, partial_ok=0, scare=0, scare_ok=0, kind=0, named_direct=0, named_direct_ok=0)
    errors = []
    for case in cases:
        index = index_for(case.doc) if index_for else None
        predicted = extract_quotes(case.doc, index, ranker=ranker)
        matched = align(case.gold, predicted)
        tally["gold_all"] += len(case.gold)
        tally["pred_all"] += len(predicted)
        tally["hit_all"] += len(matched)
        tally["gold_direct"] += sum(g.kind == "direct" for g in case.gold)
        tally["pred_direct"] += sum(p.kind == "direct" for p in predicted)
        tally["hit_direct"] += sum(case.gold[gi].kind == "direct" and predicted[pi].kind == "direct" for gi, pi in matched.items())
        for gi, gold in enumerate(case.gold):
            found = predicted[matched[gi]] if gi in matched else None
            right = found is not None and (gold.any_speaker or normal(found.speaker) in gold_names(gold.speaker, index if registry_names else None))
            tally["speaker"] += right
            tally["kind"] += found is not None and found.kind == gold.kind
            if gold.kind == "partial":
                tally["partial"] += 1
                tally["partial_ok"] += right
            if gold.kind == "direct" and gold.speaker:
                tally["named_direct"] += 1
                tally["named_direct_ok"] += right
            if gold.kind == "scare":
                tally["scare"] += 1
                tally["scare_ok"] += found is not None and found.speaker is None
            if not right or found.kind != gold.kind:
                got = "missed" if found is None else f"{found.kind} / {found.speaker!r} ({found.rule})"
                errors.append(f"{case.name}: {gold.text[:50]!r} gold {gold.kind} / {gold.speaker!r}, got {got}")
        for pi, quote in enumerate(predicted):
            if pi not in matched.values():
                errors.append(f"{case.name}: spurious {quote.kind} {quote.text[:50]!r} ({quote.rule})")
    precision = _ratio(tally["hit_direct"], tally["pred_direct"])
    recall = _ratio(tally["hit_direct"], tally["gold_direct"])
    all_p = _ratio(tally["hit_all"], tally["pred_all"])
    all_r = _ratio(tally["hit_all"], tally["gold_all"])
    return Scores(
        direct_precision=precision, direct_recall=recall, direct_f1=_f1(precision, recall), quote_f1=_f1(all_p, all_r),
        speaker_accuracy=_ratio(tally["speaker"], tally["gold_all"]),
        partial_recall_with_speaker=_ratio(tally["partial_ok"], tally["partial"]),
        scare_no_speaker=_ratio(tally["scare_ok"], tally["scare"]), kind_accuracy=_ratio(tally["kind"], tally["gold_all"]),
        named_direct_accuracy=_ratio(tally["named_direct_ok"], tally["named_direct"]),
        n_gold=tally["gold_all"], errors=tuple(errors),
    )


def _f1(precision: float, recall: float) -> float:
    """Harmonic mean of precision and recall."""
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


COLUMNS = ("direct P", "direct R", "direct F1", "any-quote F1", "speaker acc.", "partial w/ speaker", "scare w/o speaker", "kind acc.")


def figures(s: Scores) -> tuple[float, ...]:
    """The table's figures of one Scores, in COLUMNS order."""
    return (s.direct_precision, s.direct_recall, s.direct_f1, s.quote_f1, s.speaker_accuracy,
            s.partial_recall_with_speaker, s.scare_no_speaker, s.kind_accuracy)


def table(rows: dict[str, tuple[int | str, tuple[float, ...]]], columns: Sequence[str] = COLUMNS) -> list[str]:
    """A Markdown table: set name, gold quote count, then the figures of `columns`."""
    lines = ["| set | gold quotes | " + " | ".join(columns) + " |", "| --- | ---: |" + " ---: |" * len(columns)]
    for name, (n, values) in rows.items():
        lines.append(f"| {name} | {n} | " + " | ".join(f"{v:.3f}" for v in values) + " |")
    return lines


def blind2_section(results: dict[str, Scores], with_actors: dict[str, Scores] | None) -> list[str]:
    """The second blind set's before/now table, without and with the actor index."""
    n = results["blind2"].n_gold
    rows = {"blind2, before, without index": (n, BLIND2_BEFORE["without index"]),
            "blind2, before, with find_actors": (n, BLIND2_BEFORE["with find_actors"]),
            "blind2, now, default (index built inside)": (n, figures(results["blind2"]))}
    if with_actors:
        rows["blind2, now, with find_actors"] = (n, figures(with_actors["blind2, raw names"]))
    return [
        "## Second blind set: before and after",
        "",
        "`tests/data/quotes_blind2.jsonl`: 27 passages (194 quotes) written and annotated without reading the rules or",
        "the first blind set: courts (UK and US), sports post-match, business, science and health, war reporting with",
        "several governments and NGOs, a Q&A transcript, a live blog, op-eds, social posts, a long feature, tabloid single",
        "quotes, unbalanced marks. The \"before\" rows, scored before any rule was changed for it, are the honest estimate",
        "for unseen news; the \"now\" rows were reached with general rules found on this set.",
        "",
        *table(rows),
    ]


def blind3_section(results: dict[str, Scores], with_actors: dict[str, Scores] | None) -> list[str]:
    """The third blind sets' before/now table (US and UK styles), without and with the actor index."""
    rows: dict[str, tuple[int | str, tuple[float, ...]]] = {}
    for name in BLIND3:
        n = results[name].n_gold
        rows[f"{name}, before (f28f9b7), without index"] = (n, BLIND3_BEFORE[f"{name}, without index"])
        rows[f"{name}, before (f28f9b7), with find_actors"] = (n, BLIND3_BEFORE[f"{name}, with find_actors"])
        rows[f"{name}, after round 1 (651845d), default"] = (n, BLIND3_ROUND1[name])
        rows[f"{name}, after round 2 (7c77543), default"] = (n, BLIND3_ROUND2[name])
        rows[f"{name}, now, default (index built inside)"] = (n, figures(results[name]))
        if with_actors:
            rows[f"{name}, now, with find_actors (as in the pipeline)"] = (n, figures(with_actors[f"{name}, raw names"]))
    return [
        "## Third blind sets (US and UK styles): before and after",
        "",
        "`tests/data/quotes_blind3_us.jsonl` (30 passages, 198 quotes: AP, Reuters, NYT, Washington Post, WSJ, Politico, The",
        "Hill, Axios, Fox News, Breitbart, HuffPost, Daily Kos, The Federalist, pundit roundups, live blogs, local TV) and",
        "`tests/data/quotes_blind3_uk.jsonl` (21 passages, 183 quotes: BBC, Guardian, Sky, PA, Independent, Times, Telegraph,",
        "tabloids, regional, Scottish and Welsh papers), written and annotated by two people who had read none of the code,",
        "copied unedited (their READMEs are beside them). The \"before\" rows were scored with this scorer on the code of",
        "main at f28f9b7 in a separate worktree, before any rule was changed: they are the honest estimate. The \"now\" rows",
        "come after general rules found on these sets' errors (each pinned by invented sentences in tests/test_quotes.py,",
        "`test_context_patterns`), so they flatter. The scorer change was neutral: it only adds these two sets and",
        "`--print-only`; matching and speaker comparison are unchanged and applied alike to before and after.",
        "The \"after round 1\" rows are the figures at 651845d; the \"now\" rows add a second round of general rules, also",
        "found on these sets' errors (letters after a name, a registry party label before a name, dotted abbreviations and",
        "`one`/`another` in a speaker phrase, a cue after a dash, a description before an organisation, a participle after",
        "an issuer, the index's full name for a pronoun both resolvers agree on, an acronym of an earlier name without",
        "brackets): tuned on the sets, not an estimate. The \"after round 2\" rows are the figures at 7c77543; the \"now\"",
        "rows add a third round (issue 8: scare markers, anonymous-source modifiers, joint speakers, organisation names",
        "with `and`/`of`, the delayed-identification lede, fronted phrases before a subject; see Known weak spots), found",
        "on these sets' errors and on invented US sentences: tuned as well. A fresh blind set measures the next estimate.",
        "",
        *table(rows),
    ]


def measured_rows(results: dict[str, Scores], sets: Mapping[str, Path],
                  measured: Mapping[str, Mapping[str, tuple[tuple[float, ...], float]]]) -> dict[str, tuple[int | str, tuple[float, ...]]]:
    """Table rows for blind sets: each recorded measurement ('<set>, <when>'), then the set now, named-direct column last."""
    rows: dict[str, tuple[int | str, tuple[float, ...]]] = {}
    for name in sets:
        n = results[name].n_gold
        for when, figures_then in measured.items():
            values, named = figures_then[name]
            rows[f"{name}, {when}"] = (n, (*values, named))
        rows[f"{name}, now"] = (n, (*figures(results[name]), results[name].named_direct_accuracy))
    return rows


def measured_section(results: dict[str, Scores], sets: Mapping[str, Path],
                     measured: Mapping[str, Mapping[str, tuple[tuple[float, ...], float]]], heading: str, prose: Sequence[str]) -> list[str]:
    """A blind-set section: its heading, its prose, then `measured_rows` as a table with the named-direct column last."""
    return [heading, "", *prose, "", *table(measured_rows(results, sets, measured), (*COLUMNS, "named direct speaker acc."))]


def blind4_section(results: dict[str, Scores]) -> list[str]:
    """The fourth blind sets' table: before this round, after issue 8's third round, and now."""
    heading = "## Fourth blind sets (US and UK styles): the honest estimate"
    return measured_section(results, BLIND4, BLIND4_MEASURED, heading, [
        "`tests/data/quotes_blind4_us.jsonl` (35 passages, 331 quotes: wire, broadsheets, trade press, cable-news sites, a",
        "transcript, partisan sites, regional papers, local TV, a live blog, a roundup, business, sport and culture) and",
        "`tests/data/quotes_blind4_uk.jsonl` (22 passages, 234 quotes), written and annotated by people who had read none of",
        "the code, committed unedited and scored at 7c77543 before anything else changed. Issue 8's third round of rules",
        "was written without anyone opening these sets, so its row is an honest estimate too: the gains it made on blind3",
        "(tuned there) did not carry over; the clean-name round (speaker = the full name without title or description),",
        "also written blind to them, did. The \"now\" rows add four rules found on these sets' errors (a middle initial that",
        "spells a stop word, `Samuel A. Alito`; a pronoun subject after a fronted phrase, `Pressed on it, he was blunt:`;",
        "a pair named by surnames, `Blumenthal and Collins said`; an auxiliary after a subject, `Lawler didn't deny it`):",
        "tuned. The entity round after 15c641c (`ent` branch) adds general rules found on these sets' errors, each pinned",
        "by invented US and UK sentences (tests/test_quotes.py `test_entity_layer_names_the_speaker`, tests/test_actors.py):",
        "hyphenated surnames, an honorific vouching for an earlier full name, a family member's unlisted first name, a",
        "tabloid lede in capitals, `Her husband ... he said`, a possessive role before an appositive name, a description",
        "before a name as sentence subject, `The Mayor of Greater Manchester`, a bare role after a sentence about a named",
        "person, no person inside an organisation the index reads, an organisation cut at its `of`, `X, Y's spokesman,",
        "said`, a joint pair of titled names after a quote, the census first names, a name set off as a speaker, a show's",
        "name quoted inside a cue, a lead-in paragraph with no reporting verb, `A and her counterpart B said`: tuned too.",
        "The last column is speaker accuracy on direct quotes whose gold speaker is named. Ignoring a leading `a`/`one`",
        "(the UK set writes `one EU diplomat`, the rules `EU diplomat`), UK named direct would be 0.800 (US unchanged);",
        "the UK set also credits a spokesperson's words to the organisation (`Downing Street` for `a No 10 spokesman`,",
        "eight direct quotes), where the rules keep the words as written with the organisation's id and side.",
        "Annotation conventions differ between the two sets (US: anonymous sources have no speaker; UK: `one cabinet",
        "minister`), and speakers are compared as strings, so `Tuchel` for `Thomas Tuchel` is an error.",
    ])


def blind5_section(results: dict[str, Scores]) -> list[str]:
    """The fifth blind sets' table: before any change for them, and now."""
    heading = "## Fifth blind sets (US and UK styles): the honest estimate"
    return measured_section(results, BLIND5, BLIND5_MEASURED, heading, [
        "`tests/data/quotes_blind5_us.jsonl` (28 passages, 280 quotes: wire, broadsheets, trade press, cable-news sites,",
        "partisan sites, local paper and TV, a live blog, a pundit roundup, a Q&A, court, business, sport, an obituary, a",
        "profile, public radio) and `tests/data/quotes_blind5_uk.jsonl` (22 passages, 256 quotes), written and annotated by",
        "people who had read none of the code, committed unedited and scored at 15c641c before anything changed: the",
        "\"before\" rows are the honest estimate. The \"now\" rows add general rules found on these sets' errors (each pinned by",
        "invented sentences in tests/test_quotes.py): tuned. Conventions differ from earlier sets: an unnamed spokesperson",
        "is given as the organisation (earlier sets keep the phrase), nested quotes inside a quote are annotated (earlier",
        "sets leave them out), and the US set gives anonymous sources no speaker. The last column is speaker accuracy on",
        "direct quotes whose gold speaker is named.",
    ])


def blind6_section(results: dict[str, Scores]) -> list[str]:
    """The sixth blind sets' table: the honest rows, then now."""
    heading = "## Sixth blind sets (US and UK political news): this session's honest estimate"
    return measured_section(results, BLIND6, BLIND6_MEASURED, heading, [
        "`tests/data/quotes_blind6_us.jsonl` (22 passages, 174 quotes: AP, Reuters, NYT, WaPo, WSJ, Politico, The Hill, Axios,",
        "CNN, Fox News, NPR, USA Today, partisan sites, a local paper) and `tests/data/quotes_blind6_uk.jsonl` (15 passages,",
        "127 quotes), written at the end of the session by someone who had read none of the code, committed unedited and",
        "scored before anyone looked at their errors, three times: at the session's start, after the entity and blind5",
        "rounds, and after the q6 round (whose rules, found on blind4/blind5, changed nothing here). The \"now\" rows add",
        "the rules then found on their errors (initials run together after a title, `JD Vance`; a suffix in capitals,",
        "`Charles S. Bullock III`; a state's abbreviation alone as a party tag, `(R.I.)`; a described person after a fronted",
        "phrase; a sentence closing on `, the Royal College of Nursing has warned.` however long the clause before it; a",
        "reporting verb after a modal, `must ask`, or a possessive, `Streeting's promise`, reporting no speech; `college` as",
        "an organisation head; `state Rep. X` a title, not the verb): tuned. The last column is speaker accuracy on direct",
        "quotes whose gold speaker is named.",
    ])


def blind7_section(results: dict[str, Scores]) -> list[str]:
    """The seventh blind sets' table: the honest rows, then now."""
    heading = "## Seventh blind sets (2016-campaign-style US news, UK politics): session 5's honest estimate"
    return measured_section(results, BLIND7, BLIND7_MEASURED, heading, [
        "`tests/data/quotes_blind7_us.jsonl` (32 passages of 10-17 paragraphs, 473 quotes: NYT, WaPo, AP, Reuters, CNN,",
        "Politico, The Hill, Fox, Breitbart-style and HuffPost-style sites, a pundit roundup, a live blog, an opinion",
        "roundup; the 2016 campaign and Congress) and `tests/data/quotes_blind7_uk.jsonl` (14 passages, 178 quotes), written",
        "by someone who had read none of the code (`tests/data/quotes_blind7.README.md`), committed unedited and scored",
        "before anyone looked at their errors. The last column is speaker accuracy on direct quotes whose gold speaker is",
        "named (the hidden-set measure). The \"now\" rows add rules then found on their errors (branch q7, tuned, each pinned",
        "by invented US and UK sentences in tests/test_quotes.py `test_q7_patterns` and tests/test_actors.py): a definite",
        "description as speaker (`the Vermont senator`, `the presumptive Democratic nominee`, `the former secretary of state",
        "said:`) is the named person of the latest sentence subject before it, in its paragraph or the one before, unless",
        "titled otherwise; a bare document (`the statement said`) speaks for its author; an emphatic reflexive (`Trump",
        "himself told`) and a possessive full name (`Donald Trump's campaign spokesman`) read as names; an honorific before a",
        "two-word surname (`Ms. Wasserman Schultz`); a subject pronoun after a fronted phrase (`At one point she told`); words",
        "ending on `!` or `?` are direct (chants, shouts, signs); a fronted time phrase (`Hours earlier,`) is no speaker; a",
        "capitalised particle opens a name (`Van Jones`); an organisation the index reads whole speaks when the phrase lost",
        "its first words (`Select Committee on Benghazi`). Left on blind7 US / UK (errors 93 / 50, conventions included):",
        "conventions: an anonymous source, a group or a crowd given as its description where the gold has null 34 / 13; a",
        "spokesperson's words credited to the organisation 0 / 13; chants and signs read as a phrase 5 / 2; scare vs partial",
        "19 / 8 (show titles quoted after a cue 8); nested quotes 5 / 0. Real errors 30 / 12: pronouns, family names and",
        "shared surnames 9 / 2 (`Khan said` for Khizr Khan goes to Ghazala Khan, whom the index meets first), documents 6 / 0",
        "(`the post said`, a statement `in Clinton's name`, `the report said` after the committee's report), cue and clause",
        "6 / 1 (`shot back`, a partial before `, while the nominee demanded`), names 6 / 5 (`Judge` read as a title, `Obama` written",
        "`President Obama`, `Healthwatch England watchdog`, `One, a retired teacher named Helen Fairbairn,`), junk speakers",
        "3 / 1 (`Ohio` after `campaigning in Toledo, Ohio,`), `The PM` read as an organisation 0 / 3; missed 0 / 2. The honest",
        "estimate for unseen US news is still the first row: named direct 0.840.",
    ])


def blind8_section(results: dict[str, Scores]) -> list[str]:
    """The eighth blind sets' table: the honest rows (the set is never tuned on), then now."""
    heading = "## Eighth blind sets (2016-era US political news, UK politics): never tuned on"
    return measured_section(results, BLIND8, BLIND8_MEASURED, heading, [
        "`tests/data/quotes_blind8_us.jsonl` (16 full articles, 265 quotes: NYT, WaPo, AP, Politico, Fox, CNN, The Hill,",
        "Reuters, USA Today, NPR, partisan sites) and `tests/data/quotes_blind8_uk.jsonl` (10 articles, 132 quotes), written",
        "by someone who had read none of the code (`tests/data/quotes_blind8.README.md`) while session 5's quote rounds were",
        "under way, committed unedited and scored at the session's start and after its rounds, never read for errors: the",
        "honest estimate of what the session's rules carry over to unseen text.",
    ])


def blind9_section(results: dict[str, Scores]) -> list[str]:
    """The ninth blind sets' table: the honest row measured before their errors were read, then now (tuned on)."""
    heading = "## Ninth blind sets (2017-2025 US news in 16 outlets' styles, UK news in 13): honest row, then tuned"
    return measured_section(results, BLIND9, BLIND9_MEASURED, heading, [
        "`tests/data/quotes_blind9_us.jsonl` (18 passages, 204 quotes: AP, Reuters, NYT, WaPo, WSJ, USA Today, Politico",
        "Playbook and Q&A, The Hill, Axios, a CNN live blog, Fox, NPR transcript, a local TV site, partisan sites, a columnist",
        "roundup) and `tests/data/quotes_blind9_uk.jsonl` (13 passages, 146 quotes), written by someone who had read none of",
        "the code (`tests/data/quotes_blind9.README.md`), committed unedited and scored once before session 6 read their",
        "errors: that first row is the honest estimate. Session 6's quote round was tuned on their errors, so `now` is",
        "optimistic; blind8 stays the never-read check.",
    ])


def blind10_section(results: dict[str, Scores]) -> list[str]:
    """The tenth blind sets' table: the code at session 6's start and end, both measured before anyone read the sets' errors."""
    heading = "## Tenth blind sets (US and UK public life 2010-2025): never tuned on, session 6's honest estimate"
    return measured_section(results, BLIND10, BLIND10_MEASURED, heading, [
        "`tests/data/quotes_blind10_us.jsonl` (20 passages, 209 quotes: AP, Reuters, Bloomberg, NYT, WaPo, WSJ, LA Times, Chicago",
        "Tribune, USA Today, Politico, The Hill, Axios, NBC/CNN, Fox, NPR, the Boston Globe, partisan sites, a sports-politics",
        "piece) and `tests/data/quotes_blind10_uk.jsonl` (13 passages, 147 quotes), written at the end of session 6 by someone",
        "who had read none of the code (`tests/data/quotes_blind10.README.md`), committed unedited and scored for the code at",
        "the session's start and at its end; their errors are never read or listed.",
    ])


def blind11_section(results: dict[str, Scores]) -> list[str]:
    """The eleventh blind sets' table: the honest row measured before their errors were read, then now (tuned on)."""
    heading = "## Eleventh blind sets (US politics 2015-2023 in 19 outlets' styles, UK and Irish news in 16): honest row, then tuned"
    return measured_section(results, BLIND11, BLIND11_MEASURED, heading, [
        "`tests/data/quotes_blind11_us.jsonl` (23 passages, 345 quotes: NYT with courtesy titles, WaPo, WSJ, USA Today, AP,",
        "Reuters, CNN and a CNN live blog, Fox, Breitbart- and HuffPost-style sites, Politico, The Hill, NPR, Vox, Slate- and",
        "National Review-style commentary, a punditry roundup, a debate recap, a local paper) and",
        "`tests/data/quotes_blind11_uk.jsonl` (16 passages, 234 quotes), written at the start of session 7 by two helpers who",
        "had read none of the code (`tests/data/quotes_blind11.README.md`), committed unedited and scored once before their",
        "errors were read: that row is the honest estimate. Session 7's quote round was tuned on them, so `now` is optimistic.",
    ])


def real_section(results: dict[str, Scores]) -> list[str]:
    """The real-news sentences' table: both halves before any change, then now (the tune half read, the test half not)."""
    heading = "## Real news sentences (NewsMTSC, 2016-2019 US political news), annotated blind"
    return measured_section(results, REAL_HALVES, REAL_MEASURED, heading, [
        "`tests/data/quotes_real_newsmtsc.jsonl`: 400 real sentences holding a quotation mark, drawn at random from",
        "NewsMTSC (MIT) and annotated for kind and speaker by two helpers who read no code",
        "(`tests/data/quotes_real_newsmtsc.README.md`); each sentence is analysed alone, out of its article. A quote whose",
        "words are someone's but whose speaker the sentence does not name (`she said`, a fragment of a longer quote) counts",
        "as right for any speaker. Real text, the closest of these sets to the hidden evaluation: session 7 read the errors",
        "of the tune half (247 quotes) only; the test half (236 quotes) is measured, never printed.",
    ])


def real2_section(results: dict[str, Scores]) -> list[str]:
    """The second real-news set: the code at session 7's start, then now; never read for errors."""
    heading = "## Real news sentences, second sample (NewsMTSC): never read, session 7's honest estimate on real text"
    return measured_section(results, REAL2, REAL2_MEASURED, heading, [
        "`tests/data/quotes_real_newsmtsc2.jsonl`: 400 more NewsMTSC sentences with quotation marks (none in the first",
        "sample), annotated blind by two more helpers who read no code (`tests/data/quotes_real_newsmtsc2.README.md`),",
        "written at the end of session 7 and scored for the code at the session's start and end; its errors are never",
        "read or listed.",
    ])


def real3_section(results: dict[str, Scores]) -> list[str]:
    """The third real-news set: the code at session 8's start, then now; never read for errors."""
    heading = "## Real news sentences, third sample (NewsMTSC): never read, session 8's honest estimate on real text"
    return measured_section(results, REAL3, REAL3_MEASURED, heading, [
        "`tests/data/quotes_real_newsmtsc3.jsonl`: 400 more NewsMTSC sentences with quotation marks (none in the earlier",
        "samples or the training sentences), annotated blind by two more helpers who read no code",
        "(`tests/data/quotes_real_newsmtsc3.README.md`), written at the end of session 8 and scored once for the code at",
        "the session's start and once at its end: the cleanest estimate of the session's gain, since the test half and the",
        "second sample were measured several times during it. Its errors are never read or listed.",
    ])


def real4_section(results: dict[str, Scores]) -> list[str]:
    """The fourth real-news set: the code at session 9's start, then now; never read for errors."""
    heading = "## Real news sentences, fourth sample (NewsMTSC): never read, session 9's honest estimate on real text"
    return measured_section(results, REAL4, REAL4_MEASURED, heading, [
        "`tests/data/quotes_real_newsmtsc4.jsonl`: the last 460 NewsMTSC sentences with quotation marks (in none of the",
        "earlier samples or the training sentences), annotated blind by two helpers who read no code",
        "(`tests/data/quotes_real_newsmtsc4.README.md`), written at the start of session 9 and scored for the code at the",
        "session's start before any rule was changed, then once at its end. Its errors are never read or listed.",
    ])


def blind12_section(results: dict[str, Scores]) -> list[str]:
    """The twelfth blind sets: the code at session 9's start, then now; never read for errors."""
    heading = "## Twelfth blind sets (whole articles, US and UK): never read, session 9's honest estimate on article text"
    return measured_section(results, BLIND12, BLIND12_MEASURED, heading, [
        "`tests/data/quotes_blind12_us.jsonl`, `tests/data/quotes_blind12_uk.jsonl`: whole invented articles (headline and 10-12",
        "paragraphs) in the house styles of 18 US outlets and 14 UK and Irish ones, with speakers taken up by surname, title,",
        "description and pronoun across paragraphs, written and annotated by two helpers who read no code",
        "(`tests/data/quotes_blind12.README.md`) after most of session 9's rules were made; scored for the code at the",
        "session's start and at its end. Its errors are never read or listed.",
    ])


def blind13_section(results: dict[str, Scores]) -> list[str]:
    """The thirteenth blind sets: the code at session 10's start, the headline rules as first written, then now."""
    heading = "## Thirteenth blind sets (article tops: headlines, decks, ledes; US and UK): never read"
    return measured_section(results, BLIND13, BLIND13_MEASURED, heading, [
        "`tests/data/quotes_blind13_us.jsonl`, `tests/data/quotes_blind13_uk.jsonl`: the tops of invented articles (the",
        "headline in the outlet's own case style, Title Case for many US outlets, a deck, a dateline and 2-5 paragraphs) from",
        "38 US outlets and 27 UK and Irish ones; 31 of 38 US and 24 of 28 UK headlines hold a quotation. Written and annotated",
        "by two helpers who read no code (`tests/data/quotes_blind13.README.md`) while the Title Case headline rules",
        "(`framing.casing`) were being written, and scored, figures only, for the code at session 10's start and then for",
        "those rules, then at the session's end ('now'). Its errors are never read or listed. The headline rules alone did not",
        "raise it (the body usually quotes the headline's words again from a named speaker, which the headline-echo pass",
        "already used); by the session's end speaker accuracy rose (US 0.886 -> 0.903, UK 0.781 -> 0.831) and UK named direct",
        "0.827 -> 0.864, mostly from the null-speaker convention and the spokesperson rules.",
    ])


SESSION9_START = "session 9's start"
"""The prefix of the measured rows taken at session 9's start (e0b038b), before any of its rules."""
SESSION10_START = "session 10's start"
"""The prefix of the measured rows taken at session 10's start (871b34c, session 9's end), before any of its rules."""


MEASURED_SETS = (REAL_MEASURED, REAL2_MEASURED, REAL3_MEASURED, REAL4_MEASURED, BLIND8_MEASURED, BLIND10_MEASURED, BLIND12_MEASURED,
                 BLIND13_MEASURED)
"""Every table of figures measured on the sets kept for measuring."""


def measured_rows_at(prefix: str) -> dict[str, tuple[tuple[float, ...], float]]:
    """The measured rows whose label starts with `prefix` (a session's start), by set, the tune half left out."""
    found: dict[str, tuple[tuple[float, ...], float]] = {}
    for measured in MEASURED_SETS:
        for label, rows in measured.items():
            if label.startswith(prefix):
                found |= {name: row for name, row in rows.items() if name != "real news, tune"}
    return found


def start_end_table(start: Mapping[str, tuple[tuple[float, ...], float]], end: Mapping[str, tuple[int, float, float, float]]) -> list[str]:
    """Named direct, speaker accuracy and direct F1 of each set at a session's start and end (quotes, then the end figures)."""
    speaker, f1 = COLUMNS.index("speaker acc."), COLUMNS.index("direct F1")
    lines = ["| set | quotes | named direct, start | end | speaker acc., start | end | direct F1, start | end |",
             "|---|---:|---:|---:|---:|---:|---:|---:|"]
    for name, (row, named) in start.items():
        if name not in end:
            continue
        quotes, end_named, end_speaker, end_f1 = end[name]
        lines.append(f"| {name} | {quotes} | {named:.3f} | {end_named:.3f} | {row[speaker]:.3f} | {end_speaker:.3f} | "
                     f"{row[f1]:.3f} | {end_f1:.3f} |")
    return lines


def session9_section(results: dict[str, Scores]) -> list[str]:
    """Session 9 on every set kept for measuring: its start (e0b038b) against its end (session 10's start rows)."""
    speaker, f1 = COLUMNS.index("speaker acc."), COLUMNS.index("direct F1")
    end = {name: (results[name].n_gold, named, row[speaker], row[f1]) for name, (row, named) in measured_rows_at(SESSION10_START).items()}
    lines = start_end_table(measured_rows_at(SESSION9_START), end)
    return [
        "## Session 9: every set kept for measuring, start against end",
        "",
        "Session 9's rules were read off the real-news training sentences' errors (`quotes_real_newsmtsc_training.jsonl`),",
        "the tune half and articles written to try the code; each moved those dev sets (training named direct 0.889 -> 0.902,",
        "tune half 0.956 -> 0.985). On the sets kept for measuring, scored at the start and at the end without reading",
        "their errors, they moved almost nothing: the real-news samples 3 and 4 (992 quotes) keep their named-direct and",
        "direct-F1 figures (speaker accuracy -1 and +1 quote), blind12 (503 quotes in whole articles, written after most of",
        "the rules) is identical but for one UK speaker. Read honestly, the",
        "errors left on real text are a long tail of one-off forms, and a rule read off one sample rarely meets the same form",
        "in another. Figures only, by commit: the whole-complement 'that' rule cost real news 2 one direct quote (its annotators",
        "marked it partial); the clause-opening prepositions gave one blind8 US scare quote a speaker; the inverted-speaker",
        "referents cost blind8 UK one named speaker and the fronted past participle gained blind10 US one (neither changed",
        "for it). The end was scored twice: once after the speaker rules, and again after the last three commits (accents",
        "folded in names, a tabloid's capitalised lede, time phrases before the verb), which moved real news 3 and 4 by one",
        "speaker each; a corpus diff during that round showed the real-news 3 sentence that lost its speaker.",
        "",
        *lines,
    ]


def session10_section(results: dict[str, Scores]) -> list[str]:
    """Session 10 on every set kept for measuring: its start (871b34c) against now."""
    end = {name: (s.n_gold, s.named_direct_accuracy, s.speaker_accuracy, s.direct_f1) for name, s in results.items()}
    return [
        "## Session 10: every set kept for measuring, start against end",
        "",
        "Session 10's rules: Title Case headlines read as sentence case (`framing.casing`), a speaker is an actor of the index",
        "or null (an unnamed source, a group or a bare role keeps its words in `speaker_mention` and its side, with no speaker",
        "name), an unnamed spokesperson speaks as the organisation or person it speaks for (named before the noun, or the",
        "organisation the sentence before names), organisations named through `for`/`of` after one word, acronyms after `the`",
        "that act, `Surname, X's role, said`, counted time phrases and adverbs before a fronted phrase, camelCase surnames,",
        "documents `from` their issuer. Read off the dev sets (the real-news training sentences, the tune half, blind3-11) and",
        "sentences written to try the code. The sets below were scored at the start (before any rule) and at the end, their",
        "errors never printed; blind13 was written during the session, its first row before it was seen. Speaker accuracy",
        "rises on every one of them (+0.004 to +0.05), mostly from the null-speaker convention, which the later blind sets",
        "and the real-news annotators follow; named direct moves -0.008 to +0.037 (real news 3 one quote down, real news 4 up).",
        "The dev sets written before that convention was stated keep descriptions as speakers and fall with it (blind3 US",
        "speaker accuracy 0.904 -> 0.874, UK 0.896 -> 0.869; the first blind set and blind2 too); the rule author's own hard",
        "cases were re-annotated to it (five quotes: 'a senior source', 'a Border Force officer', 'critics' and a bare 'a",
        "spokesman' have no speaker, 'a Metropolitan Police spokesperson' speaks as the Metropolitan Police).",
        "",
        *start_end_table(measured_rows_at(SESSION10_START), end),
    ]


def q6_section(results: dict[str, Scores]) -> list[str]:
    """The generic round on the fourth and fifth sets' error classes: before it (db97043) and now."""
    rows: dict[str, tuple[int | str, tuple[float, ...]]] = {}
    for name, (values, named) in Q6_BEFORE.items():
        rows[f"{name}, before the generic round (db97043)"] = (results[name].n_gold, (*values, named))
        rows[f"{name}, now"] = (results[name].n_gold, (*figures(results[name]), results[name].named_direct_accuracy))
    return [
        "## Generic round on the error classes left (branch q6)",
        "",
        "Nine small rules for the classes left on blind4/blind5 that are real errors, not annotation conventions, each",
        "pinned by invented US and UK sentences (tests/test_quotes.py `test_q6_patterns`, the empty text among them): a",
        "dateline with a date, a verb form after `in a statement` or a number, a roundup label's partials, `as X did`, a",
        "lede title's holder named later or in the next paragraph, a person's gender from the text, a bare document for the",
        "lede's organisation, a name after `dubbed` and a document's issuer after `released ... by`. Found on these sets' errors, so the rows flatter: the honest",
        "figure for unseen news is still the \"before\" rows of each set's own table (blind5 named direct 0.802 US / 0.795 UK).",
        "",
        *table(rows, (*COLUMNS, "named direct speaker acc.")),
    ]


RANKER_MEASURED = ("blind8 US", "blind8 UK", "blind10 US", "blind10 UK", "real news, test", "real news 2")
"""The sets kept for measuring, scored with and without the speaker ranker (which never trained on them)."""


def ranker_section(results: dict[str, Scores], rules_only: dict[str, Scores]) -> list[str]:
    """The speaker ranker's effect on the sets it never saw: the rules alone, then rules and ranker (the default)."""
    rows: dict[str, tuple[int | str, tuple[float, ...]]] = {}
    for name in RANKER_MEASURED:
        rows[f"{name}, rules only"] = (rules_only[name].n_gold, (*figures(rules_only[name]), rules_only[name].named_direct_accuracy))
        rows[f"{name}, with the ranker"] = (results[name].n_gold, (*figures(results[name]), results[name].named_direct_accuracy))
    return [
        "## Speaker ranker where the rules stall (issue 8)",
        "",
        "For a quote the rules leave without a speaker, `framing.attribution` offers nobody and every actor mentioned outside",
        "quotation marks in the quote's sentence and the one before it (index mentions, and runs of capitalised words the",
        "index does not know), and a logistic ranker (`framing/models/speaker_ranker.json`, trained by",
        "`scripts/train_speaker_ranker.py`) picks one; a scare quote someone is picked for becomes partial. It was trained",
        "only on sets the rules were already read off plus real NewsMTSC sentences annotated to train on",
        "(`tests/data/quotes_real_newsmtsc_training.jsonl`); the sets below never trained it. Session 8 scored them twice:",
        "with the first ranker (600 training sentences; real news test half named direct 0.761 -> 0.804, real news 2",
        "0.799 -> 0.852, blind10 UK speaker accuracy 0.796 -> 0.782) and, after 600 more training sentences and the",
        "session's name rules (month surnames, datelines, kickers, `quoted X as saying`), with the ranker retrained (below).",
        "The rules-only rows include those name rules, so 'real news 2, rules only' is 0.805 where the session began at",
        "0.799. `extract_quotes(doc, ranker=False)` gives the rules alone.",
        "",
        *table(rows, (*COLUMNS, "named direct speaker acc.")),
    ]


def report(results: dict[str, Scores], with_actors: dict[str, Scores] | None = None, rules_only: dict[str, Scores] | None = None) -> str:
    """The Markdown benchmark page."""
    blind = results["blind"]
    lines = [
        "# Quote extraction benchmark",
        "",
        "Generated by `python scripts/score_quotes.py` against `tests/data/quotes_gold.jsonl` (every quote of the",
        "five seeds, hand-annotated), `tests/data/quotes_hard_cases.jsonl` (hand-written real-news patterns) and",
        "`tests/data/quotes_blind.jsonl` (30 news passages in the styles of AP, Reuters, NYT, US local papers, the",
        "Guardian, BBC, Times, Telegraph, Mail, Sun, Independent, Al Jazeera and The National, annotated before",
        "the rules were read). A gold quote matches a predicted one when the spans overlap by at least half their",
        "union. Speaker accuracy counts every gold quote (a missed quote is a wrong speaker; a scare quote needs",
        "no speaker); speakers compare case-blind without a leading \"the\". Targets on unseen news: direct",
        "F1 >= 0.95, speaker accuracy >= 0.90. The seeds and hard cases were written by the rules' author and",
        "flatter; the blind set is the honest estimate, though it has since been used to find general fixes.",
        "",
        "## Default: `extract_quotes(doc)`",
        "",
        "Since the entity-layer work `extract_quotes` always asks the actor index (it builds `find_actors(doc)` with the",
        "shipped registry when none is given), so these rows equal the \"raw names\" rows further down; before it, this table",
        "measured the quote stage's own in-article resolver, which is what the \"without index\" before-rows still show.",
        "",
        *table({name: (s.n_gold, figures(s)) for name, s in results.items()}),
        "",
        "## Blind set before and after the blind-set fixes",
        "",
        *table({"blind, before (2b58b58)": (blind.n_gold, tuple(BLIND_BEFORE[c] for c in COLUMNS)),
                "blind, now": (blind.n_gold, figures(blind))}),
        "",
        "One gold label was corrected after the first scoring, to follow the stated convention (full name as first",
        "introduced): blind-07's RSF speaker is `Rapid Support Forces`. The before row is unchanged by it (the rules said `X`).",
        "The fixes are general rules, but they were found on this set, so the next unseen set will score lower than \"now\".",
    ]
    lines += ["", *blind2_section(results, with_actors)]
    lines += ["", *blind3_section(results, with_actors)]
    lines += ["", *blind4_section(results)]
    lines += ["", *blind5_section(results)]
    lines += ["", *blind6_section(results)]
    lines += ["", *blind7_section(results)]
    lines += ["", *blind8_section(results)]
    lines += ["", *blind9_section(results)]
    lines += ["", *blind10_section(results)]
    lines += ["", *blind11_section(results)]
    lines += ["", *real_section(results)]
    lines += ["", *real2_section(results)]
    lines += ["", *real3_section(results)]
    lines += ["", *real4_section(results)]
    lines += ["", *blind12_section(results)]
    lines += ["", *session9_section(results)]
    lines += ["", *blind13_section(results)]
    lines += ["", *session10_section(results)]
    if rules_only:
        lines += ["", *ranker_section(results, rules_only)]
    lines += ["", *q6_section(results)]
    if with_actors:
        lines += ["", "## With `find_actors(doc)` as the actor index", "",
                  *table({name: (s.n_gold, figures(s)) for name, s in with_actors.items()})]
    lines += [
        "",
        "## Known weak spots",
        "",
        *KNOWN_WEAK_SPOTS,
        "",
        "## Errors (default: the actor index built inside; the sets kept for measuring, NEVER_LISTED, are never listed)",
        "",
    ]
    errors = [e for name, s in results.items() if name != "all" and name not in NEVER_LISTED for e in s.errors]
    lines += [f"- {error}" for error in errors] or ["None on this gold."]
    return "\n".join(lines) + "\n"


KNOWN_WEAK_SPOTS = [
    "- Session 7 (blind11 and the real-news tune half; tuned): fixed a partial quote whose cue's subject is a pronoun the",
    "  text never resolves (stays partial, no speaker), US news reporting verbs (`assured`, `derided`, `mocked`,",
    "  `characterized`), possessive cues (`Trump's \"rigged system\"`, `Comey's comment that Trump is \"unethical\"`), a",
    "  list's next quote sharing a partial's cue, a generational suffix in the name a surname takes up, titles ending on",
    "  their complement (`Chief of Staff Mick Mulvaney`), an unnamed spokesperson named as the organisation (the convention of",
    "  blind4-11; the oldest sets write `X spokesperson` and lose), fronted prepositional phrases (`Ahead of his speech,`),",
    "  newsroom roles (`Guardian journalist Owen Jones`), media names as speakers (`NBC News reported`), a verb form closing a",
    "  hyphenated word (`so-called`). Left on the real-news tune half: a whole clause quoted after `that` (the real-news",
    "  annotators call it direct, the helper-written sets partial; left partial), quotes nested in quotes (not produced),",
    "  page furniture glued to a sentence (`Story Continued Below`), subjects far back across a coordination (`Mr. Obama has",
    "  made ... and has often stated that ...`), words reported inside a reported clause (`Bannon went on, Wolff writes, to",
    "  say`), nicknames after `calling her,` (direct, gold partial). The real-news test half did not move on speaker",
    "  accuracy (named direct 0.761 before and after): these rules did not carry to it.",
    "- Generic round (branch q6, on blind4/blind5's error classes; tuned): fixed a dateline with a date (`BOSTON, Nov 24",
    "  (Reuters) -`; widening it alone had lost blind4 US kind acc. because `20 states` then read as the verb `states` and",
    "  `A coalition` was no speaker, so a partial fell to scare: an `-s` form after a number is a noun now, coalition and",
    "  alliance are group nouns), `said in a statement posted/read ...` (the participle is no verb), a roundup item's",
    "  partials after `Name, Outlet:`, `\"modest,\" as Roberts did`, a lede title named later or in the next paragraph",
    "  (`Scotland's First Minister` -> John Swinney, `The U.S. special envoy for Sudan` -> `envoy Laura Brandt`; never a",
    "  deputy for the title, an anonymous role or a spokesperson), a person's gender from a gendered appositive or a",
    "  he/she in their paragraph (`she said` no longer goes to `Dmitry Peskov, Vladimir Putin's spokesman`), `The release`",
    "  for the organisation opening the lede, `the plan, dubbed \"Project Northstar\"` as a name, and a document's issuer",
    "  after `released Tuesday by` taken up by `The report` (centre/center now organisation heads). Left on blind4 US / UK /",
    "  blind5 US / UK (errors 68 / 68 / 61 / 46 in all, conventions included): partial read as scare 7 / 6 / 1 / 3",
    "  (headline claims `Waller Says ... 'Still in Play'`, `'Bot Army' Claim` 3; documents and organisations named",
    "  elsewhere: `It identifies` for a memo, `The district said`, `The minutes ... noted`, `budget papers describe` 5;",
    "  `what the state calls` 1; a transcript line 1; `is understood to have warned ..., according to` 1; `signalled` 1; an",
    "  anonymous description 1; a relative clause in a lede subject 1; `call for \"order\"` 1; the press review's papers 2);",
    "  scare read as partial 5 / 3 / 5 / 3 (show, book, campaign and plan titles quoted inside a cue 9, labels 7); pronouns",
    "  with a shared surname (`Tolliver` after three Tollivers: the bare surname goes to the latest full name, `Ruth`, so",
    "  `he` skips it) 2 on blind5 US. Tried and dropped: title-case headline verbs (`Says`) read as verbs (fixed one,",
    "  made junk speakers of four headlines: `Blocked Deportation Flights Now`), every `-ed` participle after a noun and",
    "  comma as no verb (lost eight partials across blind to blind5: `..., accused`), a subject after a fronted participle",
    "  and dashes (`Asked about ...—...—Tolliver deflected`: no change while the surname resolves to Ruth).",
    "- Fifth blind sets (branch b5, tuned on them; before 15c641c: named direct 0.802 US / 0.795 UK, direct F1 0.929 / 0.980):",
    "  fixed WSJ party tags `(R., Ohio)`, a name then a party tag then a long appositive before a quote-first cue, `X, who",
    "  said ... \"behind the curve\"`, an `-ing` cue after a verb with no subject of its own, `could be heard telling`,",
    "  organisation names with commas, a possessive first mention, junk speakers (`Though a ...`, `one of the people`),",
    "  a verb three words before a capitalised quote, `One member of the caucus, Rep. X,`, a surname the index gave to a",
    "  later namesake, MSP/MLA/administrator titles, `the court Mills`, `is expected to say:` lead-in paragraphs, `the",
    "  statement said`, `'Quote': headline`, headline echoes without articles, time-stamped live-blog subjects, pronoun",
    "  chains, `Assistant Secretary of the Navy Rebecca Liu`, hyphenated roles, a `that` clause in a lead-in, `The Mayor`",
    "  two paragraphs after the lede name, someone's role as an appositive. Left (counted on blind5 US / UK): conventions",
    "  (anonymous sources null 11 / 11, an unnamed spokesperson as the organisation 6 / 14, chants and signs as direct",
    "  quotes 6 / 3, nested quotes annotated only here 5 / 0, Q&A lines without marks 5 / 0, group speech null 8 / 3, the",
    "  press review's papers 0 / 5); titles whose holder is named only elsewhere 2 / 9; scare vs partial 5 / 5; roundup",
    "  partials after a label 4 / 0; documents' issuers 4 / 0; pronouns and shared surnames 5 / 1; hyphenated surnames 2 / 0",
    "  (branch ent); registry names 1 / 1. Tried and dropped: `The Mayor of X` as a title (recursion through the role table),",
    "  datelines with a date (`BOSTON, Nov 24 (Reuters) -`, removed the junk speaker `BOSTON` but lowered blind4 US kind acc.).",
    "- Third blind sets before fixes (speaker 0.60 US, 0.78 UK with the index): titles before a name left the person unlinked",
    "  (`Fed Chair Janet L. Yellen`, `Prosecutor X`), middle initials ended sentences, names lost their punctuation",
    "  (`Charles E Grassley`), roundup labels (`Name, Outlet:`), bullets and dash-list items, coordinated and participial",
    "  naming verbs (`... and called it \"a hoax\"`, `..., telling voters it was \"a disaster\"`), `as he put it`, `per X`,",
    "  `what it calls`, `Republican of Iowa`, `the report` for its issuer, `Sir Keir`, headline titles and quotes named",
    "  or repeated in the body (`Oil-funded senator`, `'Sound'`), `the Lib Dem leader` after `Sir Ed Davey`, and non-actors as speakers",
    "  (`Tuesday`, `Among`, `Dated Oct. 14`). Fixed by general rules pinned in tests/test_quotes.py and tests/test_actors.py.",
    "- Still failing on the third blind sets after round 3: a headline quote the body does not repeat (`'I'm paying £1,400'`),",
    "  organisation-style gold for spokespeople (`Meta` for `a Meta spokesperson`, `ICE` for `A spokesperson for ICE`; the UK",
    "  set keeps `Home Office spokesperson`), titles with no name in the text (`The chancellor` for Rachel Reeves, `First",
    "  Minister` for John Swinney: the registry does not know them), a document's issuer named elsewhere (`An internal memo",
    "  circulated by the state party`, `The draft` for the White House, `an inspection found` for Healthcare Inspectorate",
    "  Wales), `Iran's mission to the United Nations`, `the union representing governors` for the Prison Governors'",
    "  Association, `they` for `Gary and Linda Pasko` after `Among those in the crowd were ...`, anonymous-source wording",
    "  (`European diplomat` in the gold, `European diplomat briefed on the talks` here), and scare vs partial on quoted",
    "  labels: `voting rights`, `no-fault` and `AI capex hangover`",
    "  (gold scare) read as partial, `put down the knives` (gold partial) with no speaker found.",
    "- Third round (issue 8, tuned on blind3 and on invented US sentences; speaker 0.818 -> 0.914 US, 0.891 -> 0.923 UK,",
    "  blind2 0.897 -> 0.928, blind 0.962 -> 0.968): `so-called` before a quote marks a scare quote; `he would vote no.` ends",
    "  a sentence; anonymous-source modifiers (`people familiar with the matter said`, `a diplomat briefed on the talks",
    "  told`, `said one banker involved in the offering`); `One senior aide was blunter:`; a long appositive between a",
    "  quote and its verb; joint speakers (`Senators A and B`, `Reps.`, `Gary and Linda Pasko`); organisation names with",
    "  `and`/`of` (`Securities and Exchange Commission`, `Department of Health and Human Services`, `Pharmaceutical",
    "  Research and Manufacturers of America`); `Bowser (D)`; `Apple Inc.` and `Cerulean` after `Cerulean Chips Inc.`;",
    "  `issued a joint statement calling` (a verb and its object are not a speaker); an `-ing` clause takes the",
    "  sentence subject; `which Republicans call`; `a statement from the Pentagon` speaks as the Pentagon; `Jen Pasko, the",
    "  White House press secretary,` then `the press secretary`; `the retired plumber said`; `Writing for the majority,",
    "  Justice X` and `Outside the meeting room, X, 67,` as sentence subjects for a later pronoun; `the Fed`; `the claims",
    "  were` (a noun after a determiner, not a verb); the delayed-identification lede (`A Republican state lawmaker in",
    "  Missouri ...` then `State Rep. Dale Ruffin made the remarks`) and a headline role giving way to the named body",
    "  speaker of the same words; `State party chair Sharif Street`; `Prof X of the University of Y, the study’s lead",
    "  author`; `a Department for Education statement`; `on CNN’s \"State of the Union\"` (a title); an unattributed",
    "  first-person headline quote for the story's first quoted person; `<Surname> campaign` for `Spanberger's campaign`,",
    "  `her campaign`, `the campaign` after `the Trump campaign`. Tried and dropped: a person from any name set off",
    "  by an appositive whose surname recurs (lost three: families sharing a surname, `Boston Celtics`), and words owned",
    "  by a name as a partial quote (`the government's \"one in, one out\" scheme` is scare in all four gold cases).",
    "- Clean speaker names (issue 8, `names` branch; invented US/UK sentences in tests/test_quotes.py `test_speaker_is_the_clean_full_name`",
    "  and tests/test_actors.py; on the sets only blind3 UK moved, 0.923 -> 0.929, the rest unchanged): a description before a",
    "  known first name is a title (`Labour MP for Leeds East Richard Burgon`, `said Supervisor Kathryn Barger`, the side kept),",
    "  hyphenated descriptions (`Mum-of-three Kerry Adams`), a middle initial makes a person of an unlisted first name",
    "  (`Rajiv K. Menon`, then `Menon said`), two-word surnames (`Torres Small`), an honorific ending a name (`Andy Lord`), names",
    "  as written (`J. D. Vance`), `said longtime GOP strategist Karl Rove`; organisations: plural heads (`Loudoun County Public",
    "  Schools`), `&` (`Cascadia Power & Light`), a name cut before of/for/&/and (`the Royal College`), plural possessives",
    "  (`Prison Governors’ Association`), `an FBI Agents Association survey released this fall` for its issuer. Still failing:",
    "  a title the vocabulary lacks before a first name the list lacks (`Zoning Administrator Xiomara Vega`; a suffix rule on",
    "  role nouns was tried and dropped: `Walker Art Center` became a person), commas inside organisation names.",
    "- One resolver (issue 8), branch resolve: the quote stage no longer reads names itself. Its people are the actor",
    "  index's person mentions (`ActorIndex.person_names`, with the titles the text writes for each, `titles_at`); a surname,",
    "  a two-word surname or a full name is whoever the index links that mention to (`ActorIndex.person_at`); a person's",
    "  gender is the index's. To make that possible without a drop the index learnt what the quote stage's own reading",
    "  knew: first names on both census lists (Tracy, Jean, Kim) with no gender, a name the article treats as one whatever",
    "  the lists say (its last word used alone, `, who` or an age after it, a person noun or a possessive owner before it, a",
    "  reporting verb after it with he/she next), `Tom and Evelyn Marchetti`, `Son Heung-min`, `Torres Small` after its",
    "  full name, apposed titles through an organisation (`Prof X of the University of Y, the study's lead author`), the",
    "  honorific's gender for an ungendered first name. Still in the quote stage: titles (`the Chancellor`: routing them",
    "  through the index's title mentions alone lost 26 quotes, 0.739 -> 0.705 on blind4 UK), pronoun antecedents, a first",
    "  or middle name used alone (`Jade, who ...`), family relations, epithets and ages, each a lookup over the index's people.",
    "- Earlier state (entity round): the index made a person of a name set off as",
    "  a speaker whatever its first name (`Dmitry Peskov, Vladimir Putin's spokesman, said`), of an earlier full name an",
    "  honorific vouches for (`Mr Wadephul`), of an unlisted first name before a family surname and of a tabloid lede in",
    "  capitals, reads hyphenated surnames whole, and knows 4,412 more first names (US Census 1990); the resolver drops",
    "  people inside the index's organisations and takes the index's id for the names it resolves. Left: pronouns and",
    "  titles are still resolved by the quote stage's resolver (routing them through the index was not re-measured).",
    "- Earlier state of the same point: the quote stage still asks its in-article resolver for pronouns and for the",
    "  text name of a speaker the index does not know. Measured at 2dcc707: pronouns through the index alone give",
    "  speaker 0.899 / 0.892 / 0.879 US / 0.869 UK on blind / blind2 / blind3 (0.968 / 0.928 / 0.909 / 0.923 with the",
    "  resolver, measured before the campaign rule); the mention's own words instead of the resolver's name give",
    "  0.835 / 0.794 / 0.838 / 0.885. The index",
    "  misses people whose first name is not in `first_names.txt` and who have no title ('Jen Psaki' opening a sentence).",
    "- No candidate ranker: on the sets the rules leave one uncued direct quote per set at most (blind2, blind3 UK) and one",
    "  pronoun error on blind3 US, too few to train or to show a gain, so none was built.",
    "- Second round on the third blind sets (tuned, speaker 0.793 -> 0.818 US, 0.874 -> 0.891 UK): `Prosecutor X KC` and `X MP`",
    "  (letters after the name), `Republican Winsome Earle-Sears` (a registry party's adjective before a name said again",
    "  alone), `Jerome H` for `Jerome H. Powell` through a pronoun, `said one U.S. official`, `another aide`, `... — \"not",
    "  even close,\" he said` after an inner verb, `Human rights group Liberty`, `a report by X released this spring found`, `The ONS` after `the Office for National Statistics`.",
    "  Tried and dropped: a fronted prepositional phrase read through the clause-subject rule (lost one blind-set quote,",
    "  gained none), the index's he/she whenever its person has the pronoun's gender (lost five).",
    "- Blind set before fixes: the second piece of `\"...,\" Cruz said in an interview. \"...\"` had no speaker; descriptive",
    "  appositives (`Tim Mitchell, president of ...,`), party tags (`R-Texas`), `WHO` read as `who`, `witness` as a plural,",
    "  shared surnames, `da Silva`, `KC`, `'I'm` after an opening mark and definite roles (`the deputy prime minister`) failed.",
    "  All fixed by general rules pinned in tests/test_quotes.py (`test_blind_set_patterns`).",
    "- Still failing on the blind set: headline inversion to a role (`'...', says Chancellor` stays `Chancellor`), headline",
    "  `'quote': Grandmother, 72, ...`, acronym to full name (`WHO` for `World Health Organization`), `the group` for an",
    "  organisation named earlier, passive question (`was asked: \"...\"` by the interviewer), and headline passive",
    "  `Ministers accused of 'war on motorists'` read as the ministers speaking.",
    "- Second blind set before fixes: epithets (`the 54-year-old`, `the Spaniard`, `the Texas Republican`), `the spokesperson`",
    "  after `A spokesperson for X said`, `A <role>` linked to an earlier titled person, appositive subjects (`Her neighbour,",
    "  Name, is ...`), `X and Sen. Name` read as an organisation, `Lula` for `Luiz Inacio Lula da Silva`, same-surname siblings,",
    "  `Medical charity X` as a person, `Name of the University of Y` after the verb, `with X accusing`, and double marks nested",
    "  in a single-quoted quote failed. Fixed by general rules pinned in tests/test_quotes.py (`test_blind2_patterns`).",
    "- Still failing on the second blind set: headline speakers introduced later in the body (`Nurse tells jury she 'froze'`,",
    "  `Former Tory minister says`, `Gran, 81,`), an appositive role after the name (`Name, the study's lead author`, later `the",
    "  study's lead author`), acronyms (`BMA` for `British Medical Association`), commas inside organisation names (`Department",
    "  for Environment, Food and Rural Affairs`), `in` inside an organisation name (`monitoring mission in Ukraine`), a first",
    "  name alone (`Her husband, Jim`), `the statement said` for the organisation that issued it, `X's family`, a bare surname",
    "  shared by two people (latest full name wins), `called` inside a relative clause, `ruled out ... \"in my lifetime\"`, and",
    "  scare quotes inside a reported clause (`the company said ... under the \"special administration regime\"`).",
    "- Epithets resolve to the latest named person in the same or previous paragraph (an age to `Name, 54` first); a capitalised",
    "  demonym-like head (`the Vatican`) can be misread as an epithet when a person was named just before.",
    "- Pronoun gender comes from honorifics, gendered role nouns and `lexicons/first_names.txt` when installed.",
    "- `Judge X of the [long court name] in [place]` loses the person when a breaker word (`in`) sits in the complement.",
    "- With `find_actors`, the registry's canonical names differ from the gold's text names (`UK Government` for",
    "  `government`, `Conservatives` for `Tories`): the raw-name rows count those as errors; the registry-name rows map",
    "  gold names through the registry (known actors only). The quote stage keeps its own name, and takes only the side,",
    "  for registry groups (`NGOs and charities`), members of an organisation (`Home Office spokesperson`) and actors the",
    "  registry does not know; it rejects an actor whose name lacks a proper word of the phrase (`Scottish government`).",
]


def actor_index_builder() -> Callable[[Document], object] | None:
    """framing.actors.find_actors when that module exists, else None."""
    try:
        return importlib.import_module("framing.actors").find_actors
    except ImportError:
        return None


def main() -> None:
    """Score seeds, hard cases and the blind set, print the tables and write the report."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=REPORT)
    parser.add_argument("--print-only", action="store_true", help="print the tables, do not write the report")
    args = parser.parse_args()
    sets = {"seeds": seed_cases(), "hard cases": hard_cases(), "blind": blind_cases(), "blind2": blind2_cases()}
    sets |= {name: hard_cases(path) for name, path in BLIND3.items()}
    sets |= {name: hard_cases(path) for name, path in BLIND4.items()}
    sets |= {name: hard_cases(path) for name, path in BLIND5.items()}
    sets |= {name: hard_cases(path) for name, path in BLIND6.items()}
    sets |= {name: hard_cases(path) for name, path in BLIND7.items()}
    sets |= {name: hard_cases(path) for name, path in BLIND8.items()}
    sets |= {name: hard_cases(path) for name, path in BLIND9.items()}
    sets |= {name: hard_cases(path) for name, path in BLIND10.items()}
    sets |= {name: hard_cases(path) for name, path in BLIND11.items()}
    sets |= {name: hard_cases(path) for name, path in BLIND12.items()}
    sets |= {name: hard_cases(path) for name, path in BLIND13.items()}
    sets["all"] = [case for cases in sets.values() for case in cases]
    sets |= {name: real_cases(half) for name, half in REAL_HALVES.items()}
    sets |= {name: real_cases("test", path) for name, path in {**REAL2, **REAL3, **REAL4}.items()}
    results = {name: score(cases) for name, cases in sets.items()}
    rules_only = {name: score(sets[name], ranker=False) for name in RANKER_MEASURED}
    builder = actor_index_builder()
    with_actors = None
    if builder:
        with_actors = {f"{name}, raw names": score(cases, builder) for name, cases in sets.items() if name != "all"}
        with_actors |= {f"{name}, registry names": score(cases, builder, True) for name, cases in sets.items() if name != "all"}
    text = report(results, with_actors, rules_only)
    if args.print_only:
        print(text)
        return
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(text, encoding="utf-8")
    print(text)


if __name__ == "__main__":
    main()
