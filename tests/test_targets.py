"""Who gets a sentiment: countries used as places or modifiers are not sentiment targets (framing.targets)."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from framing.actors import actor_sentiment, actor_summary, default_registry, find_actors
from framing.segment import make_document
from framing.targets import TargetRuleError, is_sentiment_target, parse_rules, target_role

HEADER = ('{"lexicon": "t", "version": "1", "licence": "CC0-1.0", "description": "d", "source": "s"}\n')


def role_in(text: str, word: str, actor_id: str, kind: str = "name") -> str:
    """The role of the first `word` in `text` as a mention (of `kind`) of the registry actor `actor_id`."""
    start = text.index(word)
    mention = SimpleNamespace(start=start, end=start + len(word), text=word, kind=kind)
    return target_role(make_document(text, clean=False), mention, default_registry().by_id[actor_id])


@pytest.mark.parametrize(("sentence", "word", "actor_id", "expected"), [
    # seeds 000-004 (UK-Iraq returns deal), as written
    ("Home Secretary Yvette Cooper travelled to Iraq to sign the agreement this week.", "Iraq", "iraq", "place"),
    ("Britain has struggled to return failed asylum seekers to Iraq despite them being among the top nationalities "
     "for arrivals via small boat crossings.", "Iraq", "iraq", "place"),
    ("Britain has struggled to return failed asylum seekers to Iraq despite them being among the top nationalities "
     "for arrivals via small boat crossings.", "Britain", "uk", "target"),
    ("It was signed by Home Office minister Dan Jarvis as part of a two-day visit to the UK by Iraq’s Deputy Foreign "
     "Minister Fuad Hussein.", "UK", "uk", "place"),
    ("The UK will also pay Iraq £500,000 to train local law enforcement in border security.", "UK", "uk", "target"),
    ("The UK will also pay Iraq £500,000 to train local law enforcement in border security.", "Iraq", "iraq", "target"),
    ("I’ve been talking to the Iraqi government about increasing our returns co-operation.", "Iraqi", "iraq", "modifier"),
    ("Cooper told reporters: “The work to stop smuggler gangs doesn’t start on the French coast.", "French", "france",
     "modifier"),
    ("“This visit reinforces the strength of the UK-Iraq partnership and demonstrates our government’s commitment to "
     "serious diplomacy that delivers real results,”", "Iraq", "iraq", "modifier"),
    ("Disrupting the gangs and ensuring the UK works with other countries to deliver effective enforcement is "
     "important.", "UK", "uk", "target"),
    ("The UK has signed a deal with Iraq to return migrants and tackle people smuggling, ministers have announced.",
     "Iraq", "iraq", "target"),
    # hard cases: a verb after the country, a possessive, 'the' before a place
    ("UK officials said the talks had stalled, while France insisted the plan would work.", "UK", "uk", "modifier"),
    ("UK officials said the talks had stalled, while France insisted the plan would work.", "France", "france", "target"),
    ("Migrants who crossed into the UK from France last year were housed in hotels.", "UK", "uk", "place"),
    ("Britain’s decision to quit the treaty was condemned, the report said.", "Britain’s", "uk", "target"),
    ("Britain’s borders are not secure, the report said.", "Britain’s", "uk", "modifier"),
])
def test_role_on_real_sentences(sentence, word, actor_id, expected):
    assert role_in(sentence, word, actor_id) == expected


@pytest.mark.parametrize(("sentence", "word", "expected"), [
    ("The UK signed the deal, and it will pay Iraq £500,000.", "it", "target"),
    ("Iraq said it had agreed; migrants will be returned to it.", "it", "target"),
])
def test_a_pronoun_for_a_country_is_not_a_demonym(sentence, word, expected):
    assert role_in(sentence, word, "uk", kind="pronoun") == expected


def test_people_and_organisations_are_always_targets():
    text = "Labour officials met the Home Office in London."
    doc = make_document(text, clean=False)
    index = find_actors(doc)
    assert index.mentions and all(is_sentiment_target(doc, m, index.actor(m.actor_id)) for m in index.mentions)


def test_empty_text_has_no_mentions_and_no_sentiment():
    doc = make_document("", clean=False)
    index = find_actors(doc)
    assert actor_sentiment(doc, index) == () and actor_summary(index, ()) == ()


def test_country_named_only_as_modifier_is_in_passing_and_unscored():
    text = ("“This visit reinforces the strength of the UK-Iraq partnership and demonstrates our government’s commitment "
            "to serious diplomacy that delivers real results,” the Home Office said.")
    doc = make_document(text, clean=False)
    index = find_actors(doc)
    assert "iraq" in {m.actor_id for m in index.mentions}
    scored = actor_sentiment(doc, index)
    assert "iraq" not in {m.actor_id for m in scored}
    summaries = {s.id: s for s in actor_summary(index, scored)}
    assert summaries["iraq"].in_passing and summaries["iraq"].author_sentiment is None
    assert not summaries["home-office"].in_passing


@pytest.mark.parametrize(("body", "problem"), [
    ('{"id": "x", "role": "nowhere", "types": ["country"], "before": ["in"], "note": "n"}', "T005"),
    ('{"id": "x", "role": "place", "types": ["country"], "note": "n"}', "T004"),
    ('{"id": "x", "role": "place", "types": ["country"], "before": "in", "note": "n"}', "T005"),
    ('{"id": "x", "role": "place", "types": ["country"], "before": ["in"], "note": "n", "colour": "red"}', "T004"),
    ('', "T007"),
])
def test_bad_rule_files_name_the_problem(body, problem):
    with pytest.raises(TargetRuleError) as error:
        parse_rules((HEADER if body else "") + body, "rules.jsonl")
    assert problem in str(error.value) and "rules.jsonl" in str(error.value)
