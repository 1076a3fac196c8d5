"""Cleaning: the furniture rules, the seeds line by line, and hard cases in many outlets' styles."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from framing.clean import SCOPES, anchored_parts, find_furniture, lexicon_header, read_rules, shipped_rules, top_level_alternatives
from framing.document import Document

CASES = [json.loads(line) for line in (Path(__file__).parent / "data" / "clean_cases.jsonl").read_text("utf-8").splitlines() if line.strip()]
OPENING = "The Home Office signed a returns agreement with Iraq on Thursday, ministers said."

# What a reader of each seed calls furniture (by content); everything else is article text.
SEED_FURNITURE = {
    "000": ["'President Musk' is flexing his muscles and revealing how weak Trump is"],
    "001": [],
    "002": [],
    "003": [
        "You may also like",
        "Farah Khan is 'eternally grateful' to Tom Cruise for removing his shirt",
        "Full list of who can get 100% discount on council tax in the UK",
        "Arsenal star Max Dowman ready to follow in footsteps of Wayne Rooney and Jude Bellingham",
        "The bakery 'better than Greggs' opening new UK stores",
        "Iga Swiatek calls out doubles partner after jetting to US Open 12 hours before match",
    ],
    "004": [
        "US ELECTION WHATSAPP:",
        "POLITICS WHATSAPP:",
        "NEWSLETTER: Or sign up here to the Mirror’s Politics newsletter",
        "PODCAST: And listen to our exciting new political podcast",
    ],
}


def _lines(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip()]


def _is_seed_furniture(key: str, line: str) -> bool:
    return any(line == item or (item.endswith((":", "newsletter", "podcast")) and line.startswith(item)) for item in SEED_FURNITURE[key])


# --- the lexicon ----------------------------------------------------------------------------------


def test_lexicon_header_and_records_are_well_formed() -> None:
    header = lexicon_header()
    assert header["lexicon"] == "furniture" and header["licence"] == "CC0-1.0"
    assert header["version"] and header["description"] and header["source"]
    records = read_rules(Path(__file__).resolve().parent.parent / "lexicons" / "furniture.jsonl")
    ids = [record["id"] for record in records]
    assert len(ids) == len(set(ids)), "rule ids must be unique"
    assert all(record["scope"] in SCOPES and record.get("label") for record in records)
    rules = shipped_rules()
    assert rules.block_item.max_words and rules.trailing.max_words and rules.common_words


RULE_EXAMPLES = [(rule.id, example) for rule in shipped_rules().all for example in rule.examples]
RULE_COUNTEREXAMPLES = [(rule.id, example) for rule in shipped_rules().all for example in rule.counterexamples]


@pytest.mark.parametrize(("rule_id", "line"), RULE_EXAMPLES)
def test_each_rule_removes_its_examples(rule_id: str, line: str) -> None:
    after = "" if rule_id in {rule.id for rule in shipped_rules().tail} else "\nCritics said the deal would do little."
    text = f"{OPENING}\n{line}{after}"
    removed = {item.text: item.rule for item in find_furniture(text)}
    assert removed.get(line) == rule_id


@pytest.mark.parametrize(("rule_id", "line"), RULE_COUNTEREXAMPLES)
def test_no_rule_removes_the_counterexamples(rule_id: str, line: str) -> None:
    text = f"{OPENING}\n{line}\nCritics said the agreement would make little difference to the crossings."
    assert find_furniture(text) == ()


BODY = (
    f"{OPENING}\nCooper said the joint statement was a first step focused on speeding up paperwork for returns.\n"
    "The Refugee Council said the Government must uphold international law when striking migration deals."
)


@pytest.mark.parametrize("line", shipped_rules().trailing.counterexamples)
def test_trailing_headline_rule_keeps_prose_endings(line: str) -> None:
    assert find_furniture(f"{BODY}\n{line}") == ()


def test_unpunctuated_last_paragraph_on_the_articles_subject_is_kept() -> None:
    # no tense or speech marker protects it: only its shared vocabulary with the article does
    assert find_furniture(f"{BODY}\nCooper met Refugee Council officials in Baghdad to discuss returns paperwork") == ()


@pytest.mark.parametrize(
    "line", ["Taylor Swift announces surprise stadium tour dates", "'President Musk' is flexing his muscles"]
)
def test_trailing_headline_rule_takes_unrelated_headlines(line: str) -> None:
    assert [(item.text, item.rule) for item in find_furniture(f"{BODY}\n{line}\n")] == [(line, "trailing-headline")]


# --- small table ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("", []),
        ("\n \n\t\n", []),
        ("A single headline without a full stop", []),
        ("Advertisement", ["Advertisement"]),
        (f"{OPENING}\nAdvertisement\nThe deal was welcomed.", ["Advertisement"]),
        (f"{OPENING}\n   Share   \nThe deal was welcomed.", ["Share"]),
        (f"{OPENING}\r\nREAD MORE: Starmer defends deal\r\nThe deal was welcomed.", ["READ MORE: Starmer defends deal"]),
        (f"{OPENING}\nPHILP: It is a sham designed to look tough\nThe deal was welcomed.", []),
        (f"{OPENING}\nThe deal was welcomed by the Iraqi government\n", []),
        (f"{OPENING}\nThe deal was welcomed.\nTaylor Swift announces surprise stadium tour dates", ["Taylor Swift announces surprise stadium tour dates"]),
        (f"{OPENING}\nYou may also like\nCelebrity chef opens new restaurant\nThe deal was welcomed.", ["You may also like", "Celebrity chef opens new restaurant"]),
        (f"{OPENING}\nThe scheme has two parts:\nCelebrity training days\nFootball coaching", []),
    ],
    ids=["empty", "blank-lines", "one-line", "only-furniture", "advert", "indented", "crlf", "transcript", "last-no-stop",
         "trailing-headline", "block", "list-at-end"],
)
def test_small_cases(text: str, expected: list[str]) -> None:
    removed = find_furniture(text)
    assert [line.text for line in removed] == expected
    assert all(text[line.start : line.end] == line.text and line.reason and line.rule for line in removed)


def test_user_rules_are_tried_first_and_can_replace_shipped_ones() -> None:
    text = f"{OPENING}\nPromoted by Acme Ltd\nThe deal was welcomed."
    assert find_furniture(text) == ()
    extra = [{"id": "acme", "label": "sponsor line", "scope": "line", "pattern": r"^promoted by "}]
    (line,) = find_furniture(text, extra_rules=extra)
    assert (line.text, line.rule, line.reason) == ("Promoted by Acme Ltd", "acme", "sponsor line")
    off = [{"id": "advertisement", "label": "never", "scope": "line", "pattern": r"^$never"}]
    assert find_furniture(f"{OPENING}\nAdvertisement\nThe deal was welcomed.", extra_rules=off) == ()
    with pytest.raises(ValueError, match="bad"):
        find_furniture(text, extra_rules=[{"id": "bad", "scope": "line", "pattern": "("}])


# --- seeds ----------------------------------------------------------------------------------------


@pytest.mark.parametrize("key", sorted(SEED_FURNITURE))
def test_seed_furniture_removed_exactly(key: str, seed_texts: dict[str, str], seed_documents: dict[str, Document]) -> None:
    text = seed_texts[key]
    removed = find_furniture(text)
    removed_texts = [line.text for line in removed]
    expected = [line for line in _lines(text) if _is_seed_furniture(key, line)]
    assert len(expected) == len(SEED_FURNITURE[key]), "each expected furniture line is in the seed once"
    assert removed_texts == expected
    assert all(text[line.start : line.end] == line.text and line.reason and line.rule for line in removed)
    document = seed_documents[key]
    assert document.removed == removed
    kept = [paragraph.text for paragraph in document.paragraphs]
    assert len(kept) == len(_lines(text)) - len(removed)
    assert kept == [line for line in _lines(text) if line not in removed_texts]


def test_seed_rules_and_reasons(seed_texts: dict[str, str]) -> None:
    rules = {key: [line.rule for line in find_furniture(text)] for key, text in seed_texts.items()}
    assert rules["000"] == ["trailing-headline"]
    assert rules["003"] == ["link-block-header"] + ["link-block-item"] * 5
    assert rules["004"] == ["promo-label"] * 4
    mirror = seed_texts["004"].splitlines()
    # the Mirror goes on after its plugs: the lines after them are kept
    assert not any(line.text.startswith("Ms Cooper said: “There are smuggler gangs") for line in find_furniture(seed_texts["004"]))
    assert mirror[-1].startswith("There will also be UK-funded social media campaigns")


def test_cleaning_can_be_turned_off(seed_texts: dict[str, str]) -> None:
    from framing.segment import make_document

    document = make_document(seed_texts["004"], clean=False)
    assert document.removed == () and len(document.paragraphs) == len(_lines(seed_texts["004"]))


# --- hard cases from many outlets -----------------------------------------------------------------


def _score(case: dict) -> tuple[list[str], list[str]]:
    """(furniture lines kept, article lines removed) for one hard case."""
    text = "\n".join(line["text"] for line in case["lines"])
    removed = {line.text for line in find_furniture(text)}
    missed = [line["text"] for line in case["lines"] if line["furniture"] and line["text"] not in removed]
    wrong = [line["text"] for line in case["lines"] if not line["furniture"] and line["text"] in removed]
    return missed, wrong


def test_hard_cases_cover_furniture_and_lookalikes() -> None:
    assert len(CASES) >= 20 and len({case["outlet"] for case in CASES}) >= 15
    assert sum(line["furniture"] for case in CASES for line in case["lines"]) >= 100
    assert sum(not line["furniture"] for case in CASES for line in case["lines"]) >= 80


@pytest.mark.parametrize("case", CASES, ids=[case["id"] for case in CASES])
def test_hard_case(case: dict) -> None:
    missed, wrong = _score(case)
    assert not wrong, f"article lines removed: {wrong}"
    assert not missed, f"furniture kept: {missed}"


def test_hard_cases_score() -> None:
    furniture = sum(line["furniture"] for case in CASES for line in case["lines"])
    article = sum(not line["furniture"] for case in CASES for line in case["lines"])
    missed = sum(len(_score(case)[0]) for case in CASES)
    wrong = sum(len(_score(case)[1]) for case in CASES)
    recall, precision_errors = (furniture - missed) / furniture, wrong
    assert recall == 1.0 and precision_errors == 0, f"recall {recall:.3f} over {furniture}; {wrong} of {article} article lines removed"


@pytest.mark.parametrize("source, expected", [
    ("", [""]),
    ("^a|b", ["^a", "b"]),
    ("^(?:a|b)|c", ["^(?:a|b)", "c"]),
    (r"^[(\[]?x|y\|z", [r"^[(\[]?x", r"y\|z"]),
    ("[|]|[]|]|[^]|]", ["[|]", "[]|]", "[^]|]"]),
])
def test_top_level_alternatives(source: str, expected: list[str]) -> None:
    assert top_level_alternatives(source) == expected


LINES = ["", "Contributed reporting by AP.", "Jo Lee contributed to this report.", "Reporting by Jo Lee", "(Reporting by Jo)",
         "© 2024 The Times", "Copyright 2024", "The text. All rights reserved.", "all rights reserved here", "A line of prose, reporting by no one."]


@pytest.mark.parametrize("rule", [rule for rule in shipped_rules().line + shipped_rules().tail], ids=lambda rule: rule.id)
def test_split_patterns_find_what_search_finds(rule) -> None:
    """A rule's pattern tried as anchored and unanchored parts finds a line exactly when `search` does."""
    lines = LINES + list(rule.examples) + list(rule.counterexamples)
    assert [rule._found(line) for line in lines] == [rule.pattern.search(line) is not None for line in lines]


@pytest.mark.parametrize("source, split", [
    ("^a|b", True), ("^a|^b", False), ("a|b", False), ("^(a)|\\1", False), ("(?i)^a|b", False), ("^(?:a|b)", False),
])
def test_only_mixed_patterns_are_split(source: str, split: bool) -> None:
    assert (anchored_parts(re.compile(source)) is not None) == split
