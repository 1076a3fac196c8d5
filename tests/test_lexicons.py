"""Framing lexicons: shipped data validates, matching is exact, voice and negation are right on real text."""

from __future__ import annotations

import importlib.resources
import json
from types import SimpleNamespace
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import pytest

from framing.lexicons import (
    HIT_COLUMNS,
    OPTIONAL_SHIPPED_FILES,
    SHIPPED_FILES,
    SUMMARY_COLUMNS,
    LexiconError,
    LexiconSet,
    default_lexicons,
    find_hits,
    framing_summary,
    hits_frame,
    load_lexicon,
    load_lexicons,
    parse_entry,
    summary_frame,
    verb_forms,
)
from framing.segment import make_document


@dataclass(frozen=True)
class Span:
    """A quote span given explicitly, so these tests do not depend on quote extraction."""

    start: int
    end: int
    speaker: str | None


HEADER = {"lexicon": "test", "version": "0.1", "licence": "CC0-1.0", "description": "test lexicon", "source": "tests"}


def entry(entry_id: str, pattern: str, category: str = "test", **fields) -> dict:
    """A valid entry record with the required fields."""
    return {"id": entry_id, "pattern": pattern, "category": category, "note": "why it frames", "source": "tests", **fields}


def write_lexicon(path: Path, records: list[dict], header: dict = HEADER) -> Path:
    """Write a JSONL lexicon file."""
    path.write_text("\n".join(json.dumps(record) for record in [header, *records]) + "\n", encoding="utf-8")
    return path


def quote_between(text: str, first: str, last: str, speaker: str | None) -> Span:
    """The quote span from the start of `first` to the end of `last` (both found in `text`)."""
    start = text.index(first)
    return Span(start, text.index(last, start) + len(last), speaker)


def occurrences(text: str, phrase: str) -> list[tuple[int, int]]:
    """Every (start, end) of `phrase` in `text`."""
    spans, at = [], text.find(phrase)
    while at >= 0:
        spans.append((at, at + len(phrase)))
        at = text.find(phrase, at + 1)
    return spans


# ---------------------------------------------------------------------------------------------
# Shipped data


def shipped_names() -> list[str]:
    """Every shipped framing lexicon file that exists."""
    folder = importlib.resources.files("framing.lexicon_data")
    return [name for name in SHIPPED_FILES + OPTIONAL_SHIPPED_FILES if folder.joinpath(name).is_file()]


@pytest.mark.parametrize("name", shipped_names())
def test_every_shipped_file_validates_with_notes_and_sources(name: str) -> None:
    path = Path(str(importlib.resources.files("framing.lexicon_data").joinpath(name)))
    lexicon = load_lexicon(path)
    assert lexicon.entries, name
    assert lexicon.licence and lexicon.version and lexicon.source
    for item in lexicon.entries:
        assert item.note.strip() and item.source.strip(), item.id
        assert item.polarity in (-1, 0, 1, None) and item.intensity in (1, 2, 3, None)


def test_shipped_ids_are_unique_and_actors_are_not_loaded() -> None:
    lexicons = default_lexicons()
    ids = Counter(item.id for _, item in lexicons.entries)
    assert [entry_id for entry_id, count in ids.items() if count > 1] == []
    assert not any("actor" in lexicon.name for lexicon in lexicons.lexicons)
    assert len(lexicons.entries) >= 500


@pytest.mark.parametrize(
    "category", ["loaded", "crisis", "water_metaphor", "war_metaphor", "crime", "label", "hedge", "intensifier", "frame"]
)
def test_each_category_is_substantial(category: str) -> None:
    count = sum(1 for _, item in default_lexicons().entries if item.category == category)
    assert count >= 30, (category, count)


def test_all_fifteen_policy_frames_are_documented_and_fourteen_have_cues() -> None:
    frames = {item.subcategory for _, item in default_lexicons().entries if item.category == "frame"}
    header = next(lx for lx in default_lexicons().lexicons if lx.name == "policy-frames")
    expected = {
        "economic", "capacity_resources", "morality", "fairness_equality", "legality", "policy", "crime_punishment",
        "security_defence", "health_safety", "quality_of_life", "cultural_identity", "public_opinion", "political",
        "external_regulation",
    }
    assert frames == expected
    assert all(name in header.description for name in expected | {"other"})


# ---------------------------------------------------------------------------------------------
# The seeds: voice on real text

PHILP_001 = ("a sham designed", "keep soaring", "Chris Philp")
PHILP_003 = ("Over 50,000 illegal", "control of Britain's borders.", "Chris Philp")
TORIES_003 = ("sham\"", "sham", "Tories")


def seed_quotes(seed: str, text: str) -> list[Span]:
    """Hand-given quote spans for the seed cases."""
    if seed == "001":
        return [quote_between(text, *PHILP_001[:2], PHILP_001[2])]
    if seed == "003":
        tories = text.index('branded it a "sham"') + len('branded it a "')
        return [quote_between(text, *PHILP_003[:2], PHILP_003[2]), Span(tories, tories + len("sham"), "Tories")]
    if seed == "004":
        return [quote_between(text, "The work to stop", "other law enforcement.", "Yvette Cooper")]
    return []


@pytest.mark.parametrize(
    ("seed", "phrase", "voice", "speaker"),
    [
        ("004", "smash the people smuggling gangs", "author", None),
        ("004", "small boats crisis", "author", None),
        ("004", "stem the flow", "author", None),
        ("001", "sham", "quote", "Chris Philp"),
        ("001", "soaring", "quote", "Chris Philp"),
        ("003", "get a grip", "author", None),
        ("003", "crack down", "author", None),
        ("003", "sham", "quote", None),
        ("003", "surrendered", "quote", "Chris Philp"),
        ("003", "chaos", "quote", "Chris Philp"),
    ],
)
def test_seed_voice(seed_documents, seed_texts, seed: str, phrase: str, voice: str, speaker: str | None) -> None:
    text = seed_texts[seed]
    hits = find_hits(seed_documents[seed], quotes=seed_quotes(seed, text))
    spans = occurrences(text, phrase)
    assert spans, phrase
    for start, end in spans:
        inside = [hit for hit in hits if start <= hit.start and hit.end <= end and hit.category != "frame"]
        assert inside, (phrase, start)
        assert {hit.voice for hit in inside} == {voice}
        if speaker is not None:
            assert {hit.speaker for hit in inside} == {speaker}


def test_seed_terms_slice_the_original_text(seed_documents) -> None:
    for seed, doc in seed_documents.items():
        for hit in find_hits(doc):
            assert doc.text[hit.start:hit.end] == hit.term
            assert doc.sentences[hit.sentence].start <= hit.start < doc.sentences[hit.sentence].end


def test_seed_labels_split_by_outlet(seed_documents) -> None:
    summaries = {seed: framing_summary(doc, find_hits(doc)) for seed, doc in seed_documents.items()}
    assert "label-illegal-migrants" in {label.entry_id for label in summaries["002"].labels}
    assert "label-small-boat-arrivals" in {label.entry_id for label in summaries["001"].labels}
    assert all(summary.top_frame is not None for summary in summaries.values())


def test_quotes_integration(seed_documents) -> None:
    from framing.quotes import extract_quotes

    doc = seed_documents["001"]
    hits = find_hits(doc, quotes=extract_quotes(doc))
    quoted = {hit.term: hit.speaker for hit in hits if hit.category == "loaded" and hit.voice == "quote"}
    assert quoted.get("sham") == "Chris Philp" and quoted.get("soaring") == "Chris Philp"


# ---------------------------------------------------------------------------------------------
# Hard cases on the shipped lexicons


def entries_hit(text: str, category: str | None = None, quotes=()) -> list[tuple[str, str, bool]]:
    """(entry id, term, negated) of the hits in `text`, optionally of one category."""
    hits = find_hits(make_document(text, clean=False), quotes=quotes)
    return [(hit.entry_id, hit.term, hit.negated) for hit in hits if category in (None, hit.category)]


@pytest.mark.parametrize(
    ("text", "category", "expected"),
    [
        ("", None, []),
        ("   \n\n  ", None, []),
        ("This is not a crisis.", "crisis", [("crisis-crisis", "crisis", True)]),
        ("This isn't a crisis.", "crisis", [("crisis-crisis", "crisis", True)]),
        ("It is no sham.", "loaded", [("loaded-sham", "sham", True)]),
        ("There was never a flood of migrants.", "water_metaphor", [("wm-flood", "flood", True)]),
        ("This is a crisis.", "crisis", [("crisis-crisis", "crisis", False)]),
        ("It is not only a crisis.", "crisis", [("crisis-crisis", "crisis", False)]),
        ("They are not rich, but a crisis looms.", "crisis", [("crisis-crisis", "crisis", False)]),
        ("Two crises at once.", "crisis", [("crisis-crisis", "crises", False)]),
        ("A crisis-hit town.", "crisis", [("crisis-crisis", "crisis", False)]),
        ("They will crack down on gangs.", "war_metaphor", [("war-crack-down", "crack down", False)]),
        ("They will crack-down on gangs.", "war_metaphor", [("war-crack-down", "crack-down", False)]),
        ("A new crackdown on gangs.", "war_metaphor", [("war-crack-down", "crackdown", False)]),
        ("Police are cracking  down on gangs.", "war_metaphor", [("war-crack-down", "cracking  down", False)]),
        ("Police said they would crack\ndown on the gangs.", "war_metaphor", [("war-crack-down", "crack\ndown", False)]),
        ("We must crack, down the line, the code.", "war_metaphor", []),
        ("Crossings hit a record. High winds helped.", "crisis", [("crisis-a-record", "a record", False)]),
        ("Crossings hit a record high.", "crisis", [("crisis-record-high", "record high", False)]),
        ("The NCA will hire 300 officers who will target smuggling kingpins.", "war_metaphor", [("war-target", "target", False)]),
        ("The force has a target of 300 officers.", "war_metaphor", []),
        ("It will tackle illegal drug flows and immigration.", "water_metaphor", []),
        ("It aims to stem the flow of would-be asylum seekers.", "water_metaphor", [("wm-stem-the-flow", "stem the flow", False)]),
        ("She gave a wave of her hand.", "water_metaphor", []),
        ("A new wave of migrants arrived.", "water_metaphor", [("wm-wave-of", "wave of", False)]),
        ("The gang's leader SMASHED the door.", "loaded", [("loaded-smash", "SMASHED", False)]),
        ("The gang's leader fled.", "crime", [("crime-gang", "gang's", False)]),
        ("He returned failed asylum seekers.", "label", [("label-failed-asylum-seekers", "failed asylum seekers", False)]),
        ("They returned illegal migrants.", "label", [("label-illegal-migrants", "illegal migrants", False)]),
        ("They returned illegal migrants.", "crime", [("crime-illegal", "illegal", False)]),
        ("Refugee Council staff met refugees.", "label", [("label-refugees", "refugees", False)]),
        ("Software awards and a warrant.", "war_metaphor", []),
        ("It wastes taxpayers’ money.", "frame", [("frame-economic-taxpayer", "taxpayers’ money", False)]),
    ],
)
def test_hard_cases(text: str, category: str | None, expected: list) -> None:
    assert entries_hit(text, category) == expected


@pytest.mark.parametrize(
    ("text", "pattern", "expected_terms"),
    [
        ("war and award and software", "war", ["war"]),
        ("War; the warrior; wars", "war", ["War"]),  # case-insensitive (a lone capitalised word mid-sentence is a name)
        ("forewarned", "war", []),
        ("crack-down, crack down and crackdown", "crack down", ["crack-down", "crack down"]),
        ("", "war", []),
    ],
)
def test_whole_words_only(tmp_path: Path, text: str, pattern: str, expected_terms: list[str]) -> None:
    lexicons = load_lexicons([write_lexicon(tmp_path / "user.jsonl", [entry("u1", pattern)])], include_default=False)
    hits = find_hits(make_document(text, clean=False), lexicons)
    assert [hit.term for hit in hits] == expected_terms


def test_quote_voice_uses_given_spans_and_scare_quotes_have_no_speaker() -> None:
    text = 'The minister said: "It is a sham." Critics call the plan a "gimmick" and a sham.'
    doc = make_document(text, clean=False)
    direct = quote_between(text, "It is a sham.", "It is a sham.", "A Minister")
    scare = quote_between(text, "gimmick", "gimmick", None)
    hits = [hit for hit in find_hits(doc, quotes=[scare, direct]) if hit.category == "loaded"]
    assert [(hit.term, hit.voice, hit.speaker) for hit in hits] == [
        ("sham", "quote", "A Minister"), ("gimmick", "quote", None), ("sham", "author", None),
    ]


# ---------------------------------------------------------------------------------------------
# Loading user files and errors


@pytest.mark.parametrize(
    ("lines", "line", "problem"),
    [
        (["{not json"], 2, "not valid JSON"),
        ([json.dumps(entry("a", "x")), "{oops"], 3, "not valid JSON"),
        ([json.dumps({"id": "a", "pattern": "x", "category": "c", "source": "s"})], 2, "missing field 'note'"),
        ([json.dumps(entry("a", "x", polarity=2))], 2, "field 'polarity' must be one of -1, 0, 1 or null"),
        ([json.dumps(entry("a", "x", intensity=0))], 2, "field 'intensity' must be one of 1, 2, 3 or null"),
        ([json.dumps(entry("a", "x")), json.dumps(entry("a", "y"))], 3, "duplicate id 'a' (first on line 2)"),
        ([json.dumps(entry("a", "x", colour="red"))], 2, "unknown field 'colour'"),
        ([json.dumps(entry("a", "--"))], 2, "pattern '--' has no words"),
        ([json.dumps(entry("a", "x", variants=["x", "--"]))], 2, "variant '--' has no words"),
        ([json.dumps(entry("a", "x", variants="xs"))], 2, "field 'variants' must be a list of non-empty strings"),
        ([json.dumps(entry("a", "x", inflect="adverb"))], 2, "field 'inflect' must be 'verb', 'noun' or null"),
        ([json.dumps(entry("a", "x", note=""))], 2, "field 'note' must be a non-empty string"),
        ([json.dumps(["a list"])], 2, "an entry must be a JSON object"),
    ],
)
def test_bad_line_names_file_and_line(tmp_path: Path, lines: list[str], line: int, problem: str) -> None:
    path = tmp_path / "mine.jsonl"
    path.write_text("\n".join([json.dumps(HEADER), *lines]) + "\n", encoding="utf-8")
    with pytest.raises(LexiconError) as error:
        load_lexicon(path)
    assert error.value.line == line
    assert f"{path}: line {line}: {problem}" in str(error.value)
    assert isinstance(error.value, ValueError)


@pytest.mark.parametrize(
    ("content", "line", "problem"),
    [
        ("", None, "empty file"),
        (json.dumps({"lexicon": "x"}) + "\n", 1, "header is missing 'version'"),
        (json.dumps(entry("a", "x")) + "\n", 1, "header is missing 'lexicon'"),
    ],
)
def test_bad_header_or_empty_file(tmp_path: Path, content: str, line: int | None, problem: str) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(LexiconError, match=problem) as error:
        load_lexicon(path)
    assert error.value.line == line and str(path) in str(error.value)


def test_missing_file_is_a_lexicon_error(tmp_path: Path) -> None:
    with pytest.raises(LexiconError, match="cannot be read"):
        load_lexicon(tmp_path / "absent.jsonl")


def test_user_lexicon_adds_and_replaces(tmp_path: Path) -> None:
    added = write_lexicon(tmp_path / "add.jsonl", [entry("u-pushback", "pushback", "user")])
    replacing = write_lexicon(
        tmp_path / "replace.jsonl", [entry("u-measly", "measly", "loaded")], dict(HEADER, lexicon="loaded-language")
    )
    doc = make_document("A measly sham of a pushback.", clean=False)
    hits = find_hits(doc, load_lexicons([added, replacing]))
    loaded = {hit.term: hit.entry_id for hit in hits if hit.category == "loaded"}
    assert loaded == {"measly": "u-measly"}
    assert [hit.lexicon for hit in hits if hit.category == "user"] == ["test"]
    assert len(load_lexicons([added], include_default=False).lexicons) == 1


def test_inflect_flag_generates_regular_forms(tmp_path: Path) -> None:
    path = write_lexicon(tmp_path / "v.jsonl", [entry("u-slam", "slam", inflect="verb"), entry("u-gang", "gang", inflect="noun")])
    doc = make_document("He slammed the gangs, slamming them; slams.", clean=False)
    hits = find_hits(doc, load_lexicons([path], include_default=False))
    assert [hit.term for hit in hits] == ["slammed", "gangs", "slamming", "slams"]


@pytest.mark.parametrize(
    ("verb", "forms"),
    [
        ("smash", ("smashes", "smashed", "smashing")),
        ("slam", ("slams", "slammed", "slamming")),
        ("target", ("targets", "targeted", "targeting")),
        ("surrender", ("surrenders", "surrendered", "surrendering")),
        ("balloon", ("balloons", "ballooned", "ballooning")),
        ("deploy", ("deploys", "deployed", "deploying")),
        ("bury", ("buries", "buried", "burying")),
        ("berate", ("berates", "berated", "berating")),
    ],
)
def test_verb_forms(verb: str, forms: tuple[str, str, str]) -> None:
    assert verb_forms(verb) == forms


# ---------------------------------------------------------------------------------------------
# Summary and tables


def test_summary_rates_and_voice_split(seed_documents, seed_texts) -> None:
    doc = seed_documents["003"]
    hits = find_hits(doc, quotes=seed_quotes("003", seed_texts["003"]))
    summary = framing_summary(doc, hits)
    assert summary.n_words == doc.n_words and summary.n_hits == len(hits)
    for record in summary.categories:
        chosen = [hit for hit in hits if hit.category == record.category and record.voice in (hit.voice, "all")]
        assert record.hits == len(chosen)
        assert record.negated == sum(hit.negated for hit in chosen)
        assert record.per_1000_words == pytest.approx(1000 * len(chosen) / doc.n_words, abs=1e-3)
    labels = {label.entry_id: label for label in summary.labels}
    quoted_illegal = [h for h in hits if h.entry_id == "label-illegal-immigrants"]
    assert labels["label-illegal-immigrants"].quote == len(quoted_illegal) > 0
    assert summary.author_label in {hit.entry_id for hit in hits if hit.category == "label" and hit.voice == "author"}


def test_empty_text_summary_and_frames() -> None:
    doc = make_document("", clean=False)
    hits = find_hits(doc)
    summary = framing_summary(doc, hits)
    assert (summary.n_hits, summary.categories, summary.labels, summary.author_label, summary.top_frame) == (0, (), (), None, None)
    assert list(hits_frame(hits).columns) == list(HIT_COLUMNS)
    assert list(summary_frame(summary).columns) == list(SUMMARY_COLUMNS) and summary_frame(summary).empty


def test_frames_have_stable_columns(seed_documents) -> None:
    doc = seed_documents["002"]
    hits = find_hits(doc)
    table = hits_frame(hits)
    assert list(table.columns) == list(HIT_COLUMNS) and len(table) == len(hits)
    summary = summary_frame(framing_summary(doc, hits))
    assert list(summary.columns) == list(SUMMARY_COLUMNS)
    assert set(summary["table"]) == {"category", "frame", "label"}


def test_lexicon_set_is_reusable_and_lookups_work() -> None:
    lexicons = default_lexicons()
    assert isinstance(lexicons, LexiconSet) and default_lexicons() is lexicons
    assert lexicons.entry("loaded-sham").pattern == "sham" and lexicons.entry("no-such-id") is None


@pytest.mark.parametrize(
    ("text", "term", "loaded"),
    [
        ("The Tories called it a sham.", "sham", True),
        ("The small boats crisis deepened.", "small boats crisis", True),
        ("Officials warned of chaos at the border.", "chaos", True),
        ("Ministers said the plan would work.", "said", False),
        ("Illegal migrants crossed the Channel.", "Illegal migrants", True),
        ("Asylum seekers waited in hotels.", "Asylum seekers", False),
        ("The deal may perhaps help.", "perhaps", False),
    ],
)
def test_loaded_flag_separates_loaded_words_from_cues(text: str, term: str, loaded: bool) -> None:
    hits = [hit for hit in find_hits(make_document(text)) if hit.term == term and hit.category != "frame"]
    assert hits, f"no hit for {term!r}"
    assert {hit.loaded for hit in hits} == {loaded}


def test_empty_text_has_no_loaded_hits() -> None:
    assert find_hits(make_document("")) == ()


# ---------------------------------------------------------------------------------------------
# Precision guards and cue entries (scripts/score_loaded.py; reports/benchmarks/loaded.md)


def loaded_hits(text: str, entry_id: str) -> list[tuple[str, bool]]:
    """(term, loaded) of the hits of one entry in `text`."""
    return [(hit.term, hit.loaded) for hit in find_hits(make_document(text, clean=False)) if hit.entry_id == entry_id]


@pytest.mark.parametrize(
    ("text", "entry_id", "expected"),
    [
        ("", "loaded-smash", []),
        ("", "crime-illegal", []),
        # unless_next / unless_previous / context guards
        ("Smash-and-grab raids rose in the city.", "loaded-smash", []),
        ("Ministers vowed to smash the gangs.", "loaded-smash", [("smash", True)]),
        ("Police seized illegal drugs and illegal weapons near the border.", "crime-illegal", []),
        ("Lula promised to end illegal deforestation by 2030.", "crime-illegal", []),
        ("They returned illegal migrants.", "crime-illegal", [("illegal", True)]),
        ("Troops shelled enemy positions overnight.", "war-enemy", []),
        ("He called the press the enemy of the people.", "war-enemy", [("enemy", False)]),  # a cue; the phrase is loaded:
        ("He called the press the enemy of the people.", "loaded-enemy-of-the-people", [("enemy of the people", True)]),
        ("Romania's governing Social Democrats consider her their mortal enemy.", "war-enemy", [("enemy", False)]),
        ("Arsenal boss Mikel Arteta agreed.", "war-arsenal", []),
        ("Women should book a cervical smear test.", "loaded-smear", []),
        ("It was a smear campaign against her.", "loaded-smear", [("smear", True)]),
        ("Feral cats roam the estate.", "loaded-feral", []),
        ("Feral youths roamed the estate.", "loaded-feral", [("Feral", True)]),
        ("Gunmen hijacked a plane.", "loaded-hijack", []),
        ("Activists hijacked the debate.", "loaded-hijack", [("hijacked", True)]),
        ("Toxic chemicals leaked into the river.", "loaded-toxic", []),
        ("The debate has become toxic.", "loaded-toxic", [("toxic", True)]),
        ("She takes anti-inflammatory drugs for inflammatory bowel disease.", "loaded-inflammatory", []),
        ("He made inflammatory remarks.", "loaded-inflammatory", [("inflammatory", True)]),
        ("The Edinburgh Fringe festival opens today.", "loaded-fringe", []),
        ("A fringe group staged the protest.", "loaded-fringe", [("fringe", True)]),
        ("The film has a cult following.", "loaded-cult", []),
        ("The party has become a cult.", "loaded-cult", [("cult", True)]),
        ("The town lies on the coast.", "loaded-lies", []),
        ("He was spreading lies about migrants.", "loaded-lies", [("spreading lies", True)]),
        ("Police treated it as a bomb hoax.", "loaded-witch-hunt", []),
        ("He called the inquiry a witch hunt.", "loaded-witch-hunt", [("witch hunt", True)]),
        ("They queued at the butcher's shop.", "loaded-butcher", []),
        ("The company is in dire straits.", "loaded-dismal", []),
        ("The ruling could have a chilling effect.", "loaded-chilling", []),
        ("Hurricane Milton hit Florida.", "wm-hurricane", []),
        ("She warned of a hurricane of migration.", "wm-hurricane", [("hurricane", True)]),
        ("Madrid beat them in the Champions League.", "loaded-champion", []),
        ("Rayner, who has championed the bill, spoke.", "loaded-champion", [("championed", True)]),
        ("Inflation rose and runaway inflation followed.", "loaded-runaway", [("runaway inflation", True)]),
        # entries kept in their category as cues, not loaded language
        ("Fighting raged in Darfur.", "war-fight", [("Fighting", False)]),
        ("Police targeted the gangs.", "war-target", [("targeted", False)]),
        ("The WHO declared a public health emergency.", "crisis-emergency", [("emergency", False)]),
        ("The airport handled a record 92 million passengers.", "crisis-a-record", [("a record", False)]),
        ("He was jailed for people smuggling.", "crime-smuggling", [("people smuggling", False)]),
        ("It will tackle organised crime.", "crime-organised-crime", [("organised crime", False)]),
        ("The court ruled the plan unlawful.", "crime-unlawful", [("unlawful", False)]),
        ("Campaigners welcomed the decision.", "loaded-welcome", [("welcomed", False)]),
        ("Israeli strikes killed Hamas militants.", "loaded-militant", [("militants", False)]),
        ("Nuclear weapons and conventional weapons.", "war-weapon", [("weapons", False)]),
        ("They weaponised the issue.", "war-weaponise", [("weaponised", True)]),
    ],
)
def test_precision_guards_and_cues(text: str, entry_id: str, expected: list) -> None:
    assert loaded_hits(text, entry_id) == expected


def test_entry_loaded_field_overrides_the_category(tmp_path: Path) -> None:
    path = write_lexicon(tmp_path / "mine.jsonl", [
        entry("u-fight", "fight", "war_metaphor", loaded=False),
        entry("u-sham", "sham", "war_metaphor"),
        entry("u-perhaps", "perhaps", "hedge", loaded=True),
    ])
    hits = find_hits(make_document("Perhaps the fight is a sham.", clean=False), load_lexicons([path], include_default=False))
    assert [(hit.term, hit.loaded) for hit in hits] == [("Perhaps", True), ("fight", False), ("sham", True)]


def test_entry_loaded_field_must_be_boolean(tmp_path: Path) -> None:
    path = tmp_path / "mine.jsonl"
    path.write_text("\n".join([json.dumps(HEADER), json.dumps(entry("a", "x", loaded="yes"))]) + "\n", encoding="utf-8")
    with pytest.raises(LexiconError, match="field 'loaded' must be true, false or null") as error:
        load_lexicon(path)
    assert error.value.line == 2 and error.value.code == "L005"


@pytest.mark.parametrize(
    ("neutral", "expected"),
    [(None, ()), (["disrupt", "break up"], ("disrupt", "break up"))],
)
def test_neutral_alternatives_are_read(neutral, expected) -> None:
    record = {"id": "x", "pattern": "smash", "category": "loaded", "note": "n", "source": "s"}
    if neutral is not None:
        record["neutral"] = neutral
    assert parse_entry(record, "f.jsonl", 2).neutral == expected


@pytest.mark.parametrize("neutral", ["disrupt", [""], [3]])
def test_neutral_alternatives_must_be_a_list_of_words(neutral) -> None:
    record = {"id": "x", "pattern": "smash", "category": "loaded", "note": "n", "source": "s", "neutral": neutral}
    with pytest.raises(LexiconError, match="neutral"):
        parse_entry(record, "f.jsonl", 2)


def test_shipped_neutral_alternatives_cover_the_loaded_words_in_the_seeds(seed_analyses) -> None:
    lexicons = default_lexicons()
    used = {hit.entry_id for analysis in seed_analyses for hit in analysis.framing if hit.loaded}
    assert used and all(lexicons.entry(entry_id).neutral for entry_id in used)


# ---------------------------------------------------------------------------------------------
# Sense guards and names, on sentences of the blind set's tuning half (odd ids; the even half is held out)


BLIND = Path(__file__).resolve().parent / "data" / "loaded_blind.jsonl"


@pytest.fixture(scope="module")
def blind_texts() -> dict[str, str]:
    """Blind-set id to sentence text."""
    records = (json.loads(line) for line in BLIND.read_text(encoding="utf-8").splitlines() if line.strip())
    return {record["id"]: record["text"] for record in records}


@pytest.mark.parametrize(
    ("sentence_id", "term", "loaded"),
    [
        # inside a capitalised name: the name's word, not the writer's
        ("lb-185", "Crisis", False),  # the International Crisis Group
        ("lb-135", "HEROES", False),  # the HEROES Act
        ("lb-407", "Woke", True),  # sentence-initial, before a name: still the writer's word
        # literal senses
        ("lb-223", "slammed", False),  # a storm slammed into the coast
        ("lb-335", "surge", False),  # storm surge
        ("lb-049", "disaster", False),  # disaster relief
        ("lb-341", "a danger to", False),  # the Met Office's 'danger to life'
        ("lb-149", "battled", False),  # troops battled: literal fighting
        ("lb-431", "frontline", False),  # frontline care
        ("lb-065", "plunged", False),  # shares plunged 17%
        ("lb-083", "soar", False),  # the mercury set to soar
        ("lb-169", "cash in", False),  # $1.3 billion in cash in the quarter
        ("lb-119", "dump", False),  # England dump Germany out of the Euros
        # the loaded senses of the same and new words
        ("lb-297", "plunged", True),
        ("lb-175", "disaster", True),
        ("lb-005", "ruined", True),
        ("lb-105", "plunders", True),
        ("lb-105", "black hole", True),
        ("lb-237", "doubled down", False),  # a cue: both NewsMTSC audits judged it marginal
        ("lb-237", "baseless", True),
    ],
)
def test_sense_and_name_guards_on_blind_tuning_sentences(blind_texts: dict[str, str], sentence_id: str, term: str,
                                                          loaded: bool) -> None:
    assert int(sentence_id.rsplit("-", 1)[1]) % 2 == 1, "only the tuning half may pin behaviour"
    hits = find_hits(make_document(blind_texts[sentence_id], clean=False))
    assert any(hit.loaded and hit.term == term for hit in hits) == loaded


@pytest.mark.parametrize(
    ("text", "loaded_terms"),
    [
        ("", []),
        ("Workers on the oil rig were evacuated.", []),
        ("Trump claimed the election was rigged.", ["rigged"]),
        ("The Stop the War Coalition marched to Parliament.", []),
        ("Storm Darragh brought down trees across Wales.", []),
        ("Critics say the war on drugs has failed.", ["war on"]),
        ("Labour Slams Tory Chaos As Crisis Deepens", ["Slams", "Chaos"]),  # crisis is a cue
        ("Campaigners blamed Big Oil lobbyists for the delay.", ["Big Oil"]),  # a capitalised pattern is exempt
        # literal senses of violent words: weather, street clashes, a military invasion
        ("A storm battered the coast, bringing down power lines.", []),
        ("Ministers were battered by criticism.", ["battered"]),
        ("Police clashed with protesters outside the embassy.", []),
        ("Russian troops began the invasion of Ukraine.", []),
        ("He warned of an invasion of migrants.", ["invasion"]),
        # established names of events and literal records
        ("The cost-of-living crisis has hit families.", []),
        ("Ministers said the crisis had deepened.", []),  # names a situation: a cue
        ("The record-breaking heat continued.", []),
        ("The company went into the special administration regime.", []),
        ("Britain tightened its sanctions regime on Moscow.", []),
        ("The regime in Tehran executed three protesters.", ["regime"]),
        ("A dog savaged her as she walked to the shops.", []),
        # the head of an event's name after a capitalised word, but not after a possessive or at the start
        ("The Post Office Horizon scandal ruined hundreds of lives.", ["ruined"]),
        ("The inquiry into the Grenfell tragedy reported on Wednesday.", []),
        ("Labour's scandal deepened on Friday.", ["scandal"]),
        ("Scandal engulfed the council.", ["Scandal"]),
        ("Scandalous claims by Labour were dropped.", ["Scandalous"]),
        # a sentence-initial loaded word before an organisation head is a name; before another name it is not
        ("Freedom Party officials said the vote was close.", []),
        ("Furious Brexiteers savaged the plan.", ["Furious", "savaged"]),
        # conventional senses: a blow to, Big Tech, war hero, historic lows, tough questions, polls
        ("In a further blow to the prosecution, the judge acquitted him.", []),
        ("The result was a crushing blow to the government.", ["crushing blow"]),
        ("Big Tech firms lobbied against the bill.", []),
        ("He was a decorated war hero.", []),
        ("Crime rates are at historic lows.", []),
        ("She faces tough questions on Monday about the plan.", []),
        ("Ministers promised tough new rules on migration.", []),  # mild newsroom wording: a cue
        ("Trump is surging in the polls.", []),
        ("The migrants made the treacherous crossing at night.", []),
        ("The suspect surrendered to police on Friday.", []),
        ("Senator Cruz won the primary battle.", []),
        # recall additions (Hu & Liu's opinion lexicon, Loaded_Language idioms) and their literal senses
        ("Crude oil prices fell as OPEC met.", []),
        ("He made crude remarks about her.", ["crude"]),
        ("He was convicted of petty theft.", []),
        ("It was a petty act of revenge.", ["petty"]),
        ("He was diagnosed with paranoid schizophrenia.", []),
        ("The minister's paranoid rant alarmed colleagues.", ["paranoid", "rant"]),
        ("Farmers took the cattle to slaughter.", []),
        ("Civilians were slaughtered in the village.", ["slaughtered"]),
        ("The venomous snake bit a hiker.", []),
        ("She launched a venomous attack on her rival.", ["venomous"]),
        ("Garbage collection was suspended during the strike.", []),
        ("He called the report garbage.", ["garbage"]),
        ("The storm was the most destructive in decades.", []),
        ("Critics called the policy destructive.", ["destructive"]),
        ("The band played to a sell-out crowd.", []),
        ("Unions called the deal a sell-out.", ["sell-out"]),
        ("The report is a smoking gun, he said.", ["smoking gun"]),
        ("The senator threw his allies under the bus.", ["under the bus"]),
        ("He claimed the deep state was working against him.", ["deep state"]),
        ("The inquiry into the Srebrenica massacre reported.", []),
        ("Gunmen carried out a massacre at the school.", ["massacre"]),
        # established names of crises, regime change, a tough sell, surges outside migration, battle as a cue
        ("The country faces a constitutional crisis over the vote.", []),
        ("He backed regime change in Libya.", []),
        ("The deal will be a tough sell in Congress.", []),
        ("Imports surged in March.", []),
        ("Ministers warned of a surge in illegal crossings.", ["surge", "illegal crossings"]),
        ("The two parties are locked in a long battle over the budget.", []),
        ("Oppressive heat is forecast for Madrid.", []),
        ("Dissidents fled the oppressive regime.", ["oppressive", "regime"]),
        ("He was jailed for perverting the course of justice after he perverted the course of the inquiry.", []),
        ("Regulators fined the firm for deceptive practices.", []),
        ("The storm wreaked havoc across Kent.", []),
        ("The strikes wreaked havoc on commuters' lives.", ["wreaked havoc"]),
        ("Marchers remembered Bloody Sunday in Derry.", []),
        ("The fossil-fuel-funded think tank attacked the plan, unlike Iran-backed groups.", ["fossil-fuel-funded"]),
        ("House conservatives revolted against the deal.", ["revolted"]),
        ("The gunman surrendered after firing all of his ammunition.", []),
        ("The report gave his critics more ammunition.", ["ammunition"]),
        # hyphenated compounds and literal senses of reporting words
        ("Ride-hailing firms such as Uber face new rules.", []),
        ("He hails from Ohio and tried to hail a taxi.", []),
        ("Democrats hailed a breakthrough.", []),  # reports others' praise: a cue
        ("Students sat mock exams and built a mocked-up version.", []),
        ("Critics mocked the plan.", []),  # reports others' words: a cue
        ("Rob Jenrick said the plan would fail.", []),
        ("Ministers robbed savers of their interest.", ["robbed"]),
        ("Assad massacred thousands of civilians.", ["massacred"]),
        # a single capitalised word in mid-sentence, in the journalist's voice: a surname or a title
        ("The bill was flawed, Rep. Slaughter said, and Mr. Nutter agreed.", []),
        ("The dispute over Fast and Furious deepened.", []),
        ("Breaking: Furious residents marched.", ["Furious"]),
        ("Kyiv asked for more Patriot missiles as the Patriots beat the Jets.", []),
        ("The rally drew thousands of patriots.", ["patriots"]),
        ("He was convicted of seditious conspiracy.", []),
        ("He lied about the payments but she was lying on the floor.", ["lied about"]),
        ("The Democrat-run city struggled after a humiliating U-turn by Bidenflation critics.", ["Democrat-run", "humiliating", "U-turn", "Bidenflation"]),
        # literal and technical senses found on the fifth blind sets (blasting rock, fires destroying homes, surgery,
        # software flaws, soldiers under fire, clinical terms, broken glass, a court order's name)
        ("Engineers blasted through granite to build the new tunnel.", []),
        ("The blizzard blasted the Northeast with two feet of snow.", []),
        ("The governor blasted the ruling as a disgrace.", ["blasted", "disgrace"]),
        ("The wildfire destroyed about 2,200 structures in Lahaina, officials said.", []),
        ("Surgeons performed a radical mastectomy.", []),
        ("Hackers exploited a flaw to read the emails.", []),
        ("He won the Military Cross for bravery under fire.", []),  # the noun 'bravery' is a cue; the literal fire too
        ("The Met was found to be institutionally racist.", []),
        ("Veterans suffer from post-traumatic stress and traumatic brain injuries.", []),
        ("Her kitchen window was shattered by a blast.", []),
        ("The bill creates an extreme risk protection order.", []),
        ("A court may remove guns from a person deemed a danger to themselves or others.", []),
        # Loaded_Language recall additions (Hu & Liu's negative list, propaganda-corpus sneers and idioms) and the
        # literal or conventional senses they leave alone
        ("The craven refusal of Western leaders to act is a gift to the jihadis.", ["craven", "jihadis"]),
        ("The judge said he held a warped and murderous ideology.", ["warped", "murderous"]),
        ("The warped floorboards were replaced.", []),
        ("The files came after eleven months of stonewalling by the department.", ["stonewalling"]),
        ("Stonewall, the LGBT charity, criticised the guidance.", []),
        ("The agents who cooked up the hoax kept their jobs.", ["cooked up", "hoax"]),
        ("She cooked up a stew for dinner.", []),
        ("He built a career lecturing Americans about ethics.", ["lecturing"]),
        ("She lectured in law at Harvard for a decade.", []),
        ("Europe brought a virtue signal to an energy war.", ["virtue signal"]),
        ("This is the gun grab the activists have wanted for decades.", ["gun grab"]),
        ("The mainstream media ignored the story.", ["mainstream media"]),
        ("They were political hacks with badges.", ["political hacks"]),
        ("The network ran a debunked story about him.", ["debunked"]),
        ("It was a claim election officials have repeatedly debunked.", []),
        ("Damascus demanded an end to the coalition's illegitimate presence.", ["illegitimate"]),
        ("He had an illegitimate son.", []),
        ("Europe decided to shoot itself in the foot.", ["shoot itself in the foot"]),
        ("Critics dismissed those measures as a fig leaf.", ["fig leaf"]),
        ("Share this article before it gets memory-holed.", ["memory-holed"]),
        ("The Western media lost its mind.", ["lost its mind"]),
        ("Romney's flip from pro-abortion rights to anti-abortion views was noted.", []),
        ("Harris dodged questions about fracking.", ["dodged"]),
        ("DeSantis bullied the College Board into changes.", ["bullied"]),
        ("Pupils bullied at school can call the helpline.", []),
        ("Republicans pounced on the new figures.", ["pounced"]),
        ("The cat pounced on a mouse.", []),
        ("Police seized on Monday more than a tonne of cocaine.", []),
        ("Greedy firms gouged consumers.", ["Greedy", "gouged"]),
        ("His eyes were gouged out in the attack.", []),
        ("He was stopped for driving erratically.", []),
        ("Trump's erratic tariff policy unsettled markets.", ["erratic"]),
        ("The reactor melted down in 1986.", []),
        ("The corporate media melted down after the vote.", ["corporate media", "melted down"]),
        # the legal charge is not the writer's accusation; the military charge's enemy is literal
        ("Flynn pleaded guilty on Friday to lying to the FBI about his talks with Kislyak.", []),
        ("He lied to voters about the deal.", ["lied to"]),
        ("Bergdahl pleaded guilty to desertion and misbehavior before the enemy.", []),
        ("The gun lobby has blood on its hands.", ["blood on its hands"]),
        ("He pushed the discredited theory, which officials had discredited years before.", []),  # descriptive
        ("Jindal brushed aside the question.", ["brushed aside"]),
        ("Officers are fleeing the anti-police city, unlike the anti-police violence group.", ["anti-police"]),
        ("The embattled leader clung to power.", ["embattled", "clung to power"]),
        # the wall's plain name is not the slogan
        ("Democrats refused funding for a border wall and the wall Trump wants.", []),
        ("The crowd chanted build the wall.", ["build the wall"]),
    ],
)
def test_names_and_headlines(text: str, loaded_terms: list[str]) -> None:
    hits = find_hits(make_document(text, clean=False))
    assert sorted(hit.term for hit in hits if hit.loaded) == sorted(loaded_terms)


@pytest.mark.parametrize(("value", "expected"), [(None, False), (True, True), (False, False)])
def test_unless_after_name_is_read(value, expected) -> None:
    record = {"id": "x", "pattern": "scandal", "category": "loaded", "note": "n", "source": "s"}
    if value is not None:
        record["unless_after_name"] = value
    assert parse_entry(record, "f.jsonl", 2).unless_after_name is expected


@pytest.mark.parametrize("value", ["yes", 1, ["x"]])
def test_unless_after_name_must_be_boolean(value) -> None:
    record = {"id": "x", "pattern": "scandal", "category": "loaded", "note": "n", "source": "s", "unless_after_name": value}
    with pytest.raises(LexiconError, match="unless_after_name") as error:
        parse_entry(record, "f.jsonl", 2)
    assert error.value.code == "L005"


def test_capitalised_word_inside_a_quote_stays_loaded() -> None:
    text = 'Trump called it "the greatest Witch Hunt in political history" and a Disgrace.'
    start = text.index('"') + 1
    quote = SimpleNamespace(start=start, end=text.index('"', start), speaker="Donald Trump")
    hits = find_hits(make_document(text, clean=False), quotes=[quote])
    assert [(hit.term, hit.voice) for hit in hits if hit.loaded] == [("Witch Hunt", "quote")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("", []),
        ("The Minister’s plan.", [("the", 0, 3), ("minister", 4, 14), ("plan", 15, 19)]),
        ("The crack-down's end.", [("the", 0, 3), ("crack", 4, 9), ("down", 10, 16), ("end", 17, 20)]),
        ("A well-worn-out line", [("a", 0, 1), ("well", 2, 6), ("worn", 7, 11), ("out", 12, 15), ("line", 16, 20)]),
    ],
)
def test_document_units_split_hyphens_and_keep_offsets(text: str, expected: list[tuple[str, int, int]]) -> None:
    from framing.lexicons import document_units

    units = document_units(make_document(text))
    assert [(unit.key, unit.start, unit.end) for unit in units] == expected
    assert all(text[unit.start:unit.end].replace("’", "'").lower().startswith(unit.key) for unit in units)


@pytest.mark.parametrize(
    ("text", "entry_id", "expected"),
    [
        ("", "loaded-bash", []),
        # verbs of verbal attack in the writer's voice (sentences from NewsMTSC, US news)
        ("He bashed President Barack Obama over his executive actions on immigration.", "loaded-bash", ["bashed"]),
        ("Sessions has drawn fire from Democrats who say his steadfast support raises questions.", "loaded-draw-fire",
         ["drawn fire"]),
        ("Kerry draws fire for reported comment about 'apartheid' and Israel", "loaded-draw-fire", ["draws fire"]),
        ("Only a day earlier, Mr. Trump assailed the nation's most prominent television news anchors.", "loaded-assail",
         ["assailed"]),
        ("Kellyanne Conway is taking verbal jabs at House Speaker Nancy Pelosi.", "loaded-jab", []),  # a cue now
        ("Manigault Newman trashes DeVos throughout the book.", "loaded-trash", ["trashes"]),
        ("Nielsen had been pilloried for repeating his falsehoods.", "loaded-pillory", ["pilloried"]),
        ("Then he launched into how the numbers stand for 'Heil Hitler'.", "loaded-launch-into", ["launched into"]),
        # their literal senses
        ("The patrol drew fire from snipers near the village.", "loaded-draw-fire", []),
        ("Vandals trashed the hotel room before they left.", "loaded-trash", []),
        ("He bashed in the window with a brick.", "loaded-bash", []),
        ("Pharmacies began giving flu jabs last week.", "loaded-jab", []),
        ("An investigation was launched into the leak.", "loaded-launch-into", []),
        ("A probe launched into the crash found no fault.", "loaded-launch-into", []),
        # judgements of people and speech in the writer's voice
        ("Typical Trump bluster, soon followed by those pesky facts that then dilute his bravado.", "loaded-bravado",
         ["bluster", "bravado"]),
        ("It was foolish of President Trump to leave officials such as Acting Attorney General Yates in place.",
         "loaded-foolish", ["foolish"]),
        ("Rove took Obama's quotes out of context in order to build a tendentious case.", "loaded-tendentious",
         ["tendentious"]),
        ("This absurd propaganda is by one of the Times' resident shills for Islam.", "loaded-shill", ["shills"]),
        ("Yates never should have been in the position to undertake her grandstanding.", "loaded-grandstanding",
         ["grandstanding"]),
        ("She is exactly right.", "loaded-verdict", ["exactly right"]),
        ("Graham's 180-degree pivot from Trump critic to confidant has been dramatic.", "loaded-u-turn",
         ["180-degree pivot"]),
        ("His performance undercut his cause, but it wasn't a fatal blow.", "loaded-hammer-blow", ["fatal blow"]),
        ("He died of a fatal blow to the head.", "loaded-hammer-blow", []),
    ],
)
def test_verbal_attack_and_judgement_entries_on_news_sentences(text: str, entry_id: str, expected: list[str]) -> None:
    assert [term for term, loaded in loaded_hits(text, entry_id) if loaded] == expected


@pytest.mark.parametrize(
    ("text", "entry_id", "expected"),
    [
        ("", "loaded-blasted", []),
        # senses a word is not loaded in (sentences from NewsMTSC, US news)
        ("Clinton's campaign blasted out a Politico story titled \"Sanders says he'd be better for race relations.\"",
         "loaded-blasted", []),
        ("Jeb Bush blasted the Obama administration on Saturday.", "loaded-blasted", ["blasted"]),
        ("Here are some of the celebrities who, in the words of Childish Gambino, stayed woke.", "loaded-woke", []),
        ("He screamed out the word several times as he thrashed about on the gurney.", "loaded-drubbing", []),
        ("Sanders thrashed Clinton in the primary.", "loaded-drubbing", ["thrashed"]),
        ("A fantasy painting Andy Thomas created shows Trump with past presidents.", "loaded-fantasy", []),
        # inflections of entries
        ("One by Mr. Bannon ridiculing the 'minor Murdochs' followed.", "loaded-mock", []),  # a cue now
        ("Mitt Romney is callously dismissive toward poor people.", "loaded-callous", ["callously"]),
        ("The musty sleaziness went out of style in the 1970s.", "loaded-sleaze", ["sleaziness"]),
    ],
)
def test_sense_guards_and_inflections_on_news_sentences(text: str, entry_id: str, expected: list[str]) -> None:
    assert [term for term, loaded in loaded_hits(text, entry_id) if loaded] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("", []),
        ("For months, evidence mounted that Clinton had lied.", ["lied"]),  # NewsMTSC
        ("Milo does not deserve a national platform for his lies and hate.", ["his lies"]),  # NewsMTSC
        ("If he lied back then, why couldn't he be lying today?", ["lied", "be lying"]),  # NewsMTSC
        ("The victim was lying on the floor when officers arrived.", []),
        ("He was found lying dead in his cell.", []),
        ("Flynn pleaded guilty to lying to the FBI.", []),  # the charge, not a verdict
        ("Sullivan County lies on the western border of New Hampshire.", []),
    ],
)
def test_lied_and_lying_as_verdicts_on_honesty(text: str, expected: list[str]) -> None:
    assert [term for term, loaded in loaded_hits(text, "loaded-lies") if loaded] == expected


@pytest.mark.parametrize(
    ("text", "entry_id", "expected"),
    [
        ("", "loaded-fool", []),
        ("It makes him look like a fool in the eyes of any intelligent person.", "loaded-fool", ["fool"]),  # NewsMTSC
        ("The ad was meant to fool voters into thinking he had changed.", "loaded-fool", []),
        ("Don't fool around with the budget.", "loaded-fool", []),
        ("It was a really irrational enmity that makes no sense.", "loaded-irrational", ["irrational"]),  # NewsMTSC
        ("Pi is an irrational number.", "loaded-irrational", []),
        ("The U.N. is fighting a scourge that has darkened the reputation of peacekeeping.", "loaded-scourge",
         []),  # NewsMTSC: marginal for both audits, a cue
    ],
)
def test_judgement_words_and_their_plain_senses(text: str, entry_id: str, expected: list[str]) -> None:
    assert [term for term, loaded in loaded_hits(text, entry_id) if loaded] == expected


@pytest.mark.parametrize(
    ("text", "entry_id", "expected"),
    [
        ("", "loaded-scandal", []),
        # mild newsroom wording both NewsMTSC audits judged marginal: cues, not loaded (tune-half sentences)
        ("In particular, they pointed to his controversial decision to publicly announce the reopening of that inquiry.",
         "loaded-controversial", []),
        ("Trump and U.S. border officials are calling for tougher security measures amid a spike in migrants.",
         "loaded-tough", []),
        ("The Trump administration doubled down Thursday on prioritizing the fight against ISIS.", "loaded-double-down", []),
        ("Human rights, civil rights, and civil liberties supporters were bolstered by her defiance.", "loaded-defiant", []),
        ("The British press has been filled with speculation that Harry and Markle might snub Trump.", "loaded-snub", []),
        ("Matt Gaetz grilled Dean for turning Nixon comparisons into a profitable cottage industry.", "loaded-grilled", []),
        # others' acts and feelings reported, events named: cues
        ("But House Minority Nancy Pelosi hailed Obama's new chapter.", "loaded-hailed", []),
        ("Shaheen, who has previously mocked Brown for treating New Hampshire as a consolation prize, was less forceful.",
         "loaded-mock", []),
        ("Mr. Spicer also downplayed reports of a growing feud between Steve Bannon and other members of the administration.",
         "loaded-spat", []),
        ("BREAKING: President Trump and Kim Jong Un just shook hands ahead of their historic summit.", "loaded-historic", []),
        ("Don't forget that she has weathered numerous crises in the last few years.", "crisis-crisis", []),
        ("Corsi was a leading proponent of the discredited theory that Barack Obama was not born in the US.",
         "loaded-discredited", []),
        ("Little was sacred when President Barack Obama handed out playful but pointed jabs before a hotel ballroom.",
         "loaded-jab", []),
        # a scandal named with a determiner is the affair itself; scandal as an attribute is the writer's
        ("While Muscat's administration survived that scandal, a journalist alleged another shell company was his wife's.",
         "loaded-scandal", []),
        ("All of which gives Trump and his allies another reason to worry about the seriousness of this scandal.",
         "loaded-scandal", []),
        ("WCAT has been dogged by scandal in recent years.", "loaded-scandal", ["scandal"]),
        ("The Secret Service is reeling from a new scandal after an intruder jumped the White House fence.",
         "loaded-scandal", ["scandal"]),
        # a charm offensive and the war on terror are conventional names
        ("Trump awards sumo trophy as Tokyo charm offensive continues", "war-offensive", []),
        ("Glenn Greenwald, a longtime critic of the war on terror, disagrees.", "war-war-on", []),
        ("Boehner declared war on the outside conservative groups that tried to scuttle it.", "war-war-on", ["declared war"]),
        # lying before investigators, prosecutors or a court is the charge or the finding, not the writer's verdict
        ("He may have lied to the FBI about his calls with Kislyak.", "loaded-lies", []),
        ("Prosecutors had told the judge that Mr. Manafort had lied about the fact that he had shared polling data.",
         "loaded-lies", []),
        ("He gave a speech at CIA headquarters in which he lied about the size of the crowd at his inauguration.",
         "loaded-lies", ["lied about"]),
        # someone's anger reported as their state ('was furious') is theirs, not the writer's
        ("The king was reportedly furious when airstrikes threatened against Damascus did not come to pass.",
         "loaded-furious", []),
        ("Democrats were furious when Barr called the surveillance of Trump's campaign spying.", "loaded-furious", []),
        ("The furious backlash forced the minister to apologise.", "loaded-furious", ["furious"]),
        # anger someone's act caused or drew is reported, the writer's own 'outrage' is not
        ("During Pompeo's visit to Riyadh, his broad smiles with the crown prince had outraged some Americans.",
         "loaded-outrage", []),
        ("Marc Lamont Hill fired from CNN after his speech on Israel draws outrage", "loaded-outrage", []),
        ("Half the country and cable news could have erupted in faux outrage.", "loaded-outrage", ["outrage"]),
        # the nouns 'courage' and 'bravery' describe; the adjectives praise
        ("Mr. Foley was remembered by colleagues for his courage — to some a bravery that he took to its extreme.",
         "loaded-courage", []),
        ("Ten years later, when Ali regained the title in Kinshasa, the bravery in the ring was, if anything, greater.",
         "loaded-courage", []),
        ("Ministers praised the brave volunteers.", "loaded-courageous", ["brave"]),
        # waking up is not the culture-war 'woke'
        ("Romans woke up Saturday to find their city plastered with posters criticizing Pope Francis.", "loaded-woke", []),
        ("The woke mob came for the comedian.", "loaded-woke", ["woke"]),
        # 'rips' as verbal attack, not tearing or blasts
        ("CNN's Berman Rips Mo Brooks for Defending Trump with 'Mean-Spirited' Attack on Alabama", "loaded-rips", ["Rips"]),
        ("Militants claimed deadly explosions that ripped through a hotel in Mogadishu.", "loaded-rips", []),
        ("Trump appeared to step back from his pledge to rip up the deal.", "loaded-rips", []),
    ],
)
def test_newsroom_cues_and_sense_guards_on_real_news(text: str, entry_id: str, expected: list[str]) -> None:
    assert [term for term, loaded in loaded_hits(text, entry_id) if loaded] == expected


@pytest.mark.parametrize(
    ("text", "loaded_terms"),
    [
        ("", []),
        # session 8, NewsMTSC audit tune halves: conventional and literal senses are not the writer's judgement
        ('Obama rose to national prominence in 2002 on the eve of the Iraq invasion by calling it a "dumb war."', []),
        ("They warned of an invasion of illegal migrants.", ["invasion", "illegal", "illegal migrants"]),
        ("Santiago surrendered after firing all of his ammunition when a sheriff's deputy approached him.", []),
        ("He brought jury selection to an end by smearing his head and face with feces.", []),
        ("It was a smear campaign against her.", ["smear"]),
        ("Many saw him merely as the lesser of two evils.", []),
        ("Players took a knee to protest police brutality against African Americans.", []),
        ("Police brutally tackled the unarmed teenager.", ["brutally"]),
        ("House leaders agreed to close tax loopholes to reduce the deficit.", []),
        ("I am hard-pressed to think of one thing he has done right.", []),
        ("Hard-pressed families face another rise in bills.", ["Hard-pressed"]),
        ("After weeks of relentless fighting, the embattled rail hub fell to separatists.", []),
        ("Israel's relentless bombardment of Gaza has killed thousands.", ["relentless"]),
        ("Oberlander was stripped of his citizenship for lying about his Nazi activities.", []),
        ("He has been lying about the size of the crowd.", ["been lying"]),
        ("In his first speech he was lying to voters about the crowd.", ["was lying"]),
        ("Milo does not deserve a national platform for his lies and hate.", ["his lies"]),
        # names: a connector inside a capitalised name, a surname before a verb of saying
        ("Wald spoke while receiving the Champion of Freedom Award.", []),
        ("She has been a champion of voting rights for years.", ["champion of"]),
        ('Petty said the families of the slain "universally" appreciated Scott.', []),
        ("Petty squabbles dominated the meeting.", ["Petty"]),
        # literal senses and event nouns
        ("The blood of immigrants flows through all of our veins.", []),
        ("Perhaps no one in American politics has dealt with more personal tragedy than Biden.", []),
    ],
)
def test_session8_guards_on_news_sentences(text: str, loaded_terms: list[str]) -> None:
    """Sense, name and charge guards found on real news sentences (NewsMTSC audit tune halves), with the loaded use kept."""
    hits = find_hits(make_document(text, clean=False))
    assert sorted(hit.term for hit in hits if hit.loaded) == sorted(loaded_terms)


@pytest.mark.parametrize(
    ("text", "loaded_terms"),
    [
        ("", []),
        # session 8 recall: idioms and evaluative words the audits' annotators marked, each with its literal sense
        ("Black Lives Matter and Kaepernick were drawn to the false narrative of killer cops.", ["false narrative", "killer cops"]),
        ("He challenged Trump over the fabrication that millions voted illegally.", ["fabrication"]),
        ("The plant does metal fabrication for the auto industry.", []),
        ("Mr. Trump has barely paid lip service to the promotion of human rights.", ["lip service"]),
        ("He lied about Medicare, but that's par for the course.", ["lied about", "par for the course"]),
        ("Typical Trump bluster, soon followed by those pesky facts.", ["bluster", "pesky"]),
        ("Rubio heaped praise on the president for showing compassion.", ["heaped praise"]),
        ("Gove sent shockwaves through Westminster with a last-minute bid.", ["sent shockwaves"]),
        ("The earthquake sent shock waves across the valley.", []),
        ("The Secret Service is reeling from a new scandal.", ["reeling from", "scandal"]),
        ("Really sad to see Wendy Davis stoop to such attacks, but Trump chose not to jump into the gutter.",
         ["stoop to", "into the gutter"]),
        ("He lets his proxies and troll armies spread abuse.", ["troll armies"]),
        ("His founding principles are nativism and the promise of one-man rule.", ["nativism", "one-man rule"]),
        ("A petty man full of bluster and bile.", ["petty", "bluster", "bile"]),
        ("The tumour blocked the bile duct, and bile backed up into the liver.", []),
        ("Hagel seemed ill-prepared under cross-examination.", ["ill-prepared"]),
        ("Why is Trump so enthralled by Putin?", ["enthralled"]),
        ("Protesters staged a thunderous protest at the Hart Senate Office Building.", ["thunderous"]),
        ("Trolling HRC, the conservative super PAC launched a site.", ["Trolling"]),
        ("Fishermen were trolling for salmon off the coast.", []),
        ("Morello has made wild suggestions about political activism.", ["wild suggestions"]),
        ("The Democrats, led by their fearless leader, Crooked Hillary Clinton, lost.", ["Crooked Hillary"]),
    ],
)
def test_session8_recall_entries(text: str, loaded_terms: list[str]) -> None:
    """Idioms and evaluative words missed on real news (NewsMTSC audit tune halves), matched in their loaded sense only."""
    hits = find_hits(make_document(text, clean=False))
    assert sorted(hit.term for hit in hits if hit.loaded) == sorted(loaded_terms)
