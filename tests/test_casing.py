"""A Title Case headline read as sentence case (`framing.casing`): which of its capitalised words are common words."""

import pytest

from framing.actors import find_actors, headline_words
from framing.casing import is_camel_name, is_title_case, lower_spans
from framing.lexicons import reporting_verbs
from framing.segment import make_document


@pytest.mark.parametrize(("line", "title_case"), [
    ("Pelosi Says Trump Is ‘Afraid’ of Impeachment Inquiry", True),
    ("‘We Need Roy Moore to Win in Alabama,’ Trump Says", True),  # two words outside the quote are enough
    ("Pelosi says Trump is ‘afraid’ of impeachment inquiry", False),  # sentence case
    ("BORIS SLAMS TORY REBELS", False),  # a shouted tabloid line
    ("Trump", False),
    ("", False),
])
def test_title_case_lines(line, title_case):
    assert is_title_case(line) is title_case


def lowered(text: str) -> list[str]:
    """The headline words read in lower case, as written."""
    doc = make_document(text, clean=False)
    return [doc.text[start:end] for start, end in headline_words(doc, reporting_verbs(None).forms)]


@pytest.mark.parametrize(("text", "expected"), [
    # verbs, function words and the words the body writes in lower case; names the body capitalises stay
    ("Pelosi Says Trump Is ‘Afraid’ of Impeachment Inquiry\nHouse Speaker Nancy Pelosi said Donald Trump feared the inquiry.",
     ["Says", "Is", "Impeachment", "Inquiry"]),
    # a phrasal verb with its particle; an acronym is never lowered
    ("McConnell Hits Out at ‘Radical’ Democrats\nMitch McConnell spoke.", ["Hits", "Out"]),
    ("AOC Blasts ‘Cruel’ Border Policy\nRep. Alexandria Ocasio-Cortez spoke of the border policy.", ["Blasts", "Border", "Policy"]),
    # a title ending its phrase is lowered, one before a name is not
    ("GOP Senator Calls Tax Plan ‘Welfare’\nSen. Tom Harlan criticised the tax plan.", ["Senator", "Calls", "Tax", "Plan"]),
    ("Senator Tom Harlan Calls Tax Plan ‘Welfare’\nHarlan criticised the tax plan.", ["Calls", "Tax", "Plan"]),
    # with a body, a word it never writes that is no known first name or registered name word is a common word
    ("Judge Who Blocked Deportation Flights Now Claims ‘Disregard’\nU.S. District Judge James Boasberg wrote on Friday.",
     ["Who", "Blocked", "Deportation", "Flights", "Now", "Claims"]),
    # without a body only the listed words are: the rest cannot be told from names
    ("Judge Who Blocked Deportation Flights Now Claims ‘Disregard’", ["Now", "Claims"]),
    # a sentence-case headline is left alone
    ("Pelosi says Trump is ‘afraid’ of inquiry\nNancy Pelosi spoke.", []),
    ("", []),
])
def test_lowered_headline_words(text, expected):
    assert lowered(text) == expected


@pytest.mark.parametrize(("text", "not_a_person"), [
    ("Labour MP Says Strikes Are ‘Justified’\nLabour MP Jane Doe said on Monday the strikes were justified.", "Says Strikes Are"),
    ("Court Blocks Texas Law on Migrants\nA federal court on Friday blocked a Texas law.", "Blocks Texas Law"),
])
def test_title_case_headline_makes_no_person_of_common_words(text, not_a_person):
    index = find_actors(make_document(text, clean=False))
    assert not_a_person not in {m.text for m in index.mentions}


def test_lower_spans_keeps_offsets():
    assert lower_spans("GOP Senator Calls", ((4, 11), (12, 17))) == "GOP senator calls"
    assert lower_spans("", ()) == ""


@pytest.mark.parametrize(("word", "camel"), [
    ("diGenova", True), ("deBlasio", True), ("DeSantis", False), ("iPhone", False), ("eBay", False), ("mRNA", False),
    ("digital", False), ("", False),
])
def test_camel_case_names(word, camel):
    assert is_camel_name(word) is camel


def test_camel_case_surname_is_an_actor():
    index = find_actors(make_document("Joseph diGenova said the probe was a hoax. Later diGenova said more.", clean=False))
    assert {m.actor_id for m in index.mentions} == {"person:joseph-digenova"}
