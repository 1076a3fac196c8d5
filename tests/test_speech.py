"""Indirect speech: the words a sentence attributes to someone's claim, belief or label are not the writer's."""

import pytest

from framing.actors import find_actors
from framing.lexicons import reporting_verbs
from framing.pipeline import framing_hits
from framing.quotes import extract_quotes
from framing.segment import make_document
from framing.speech import reported_speech, speech_verbs

VERBS = speech_verbs(reporting_verbs())


def reported_text(text: str) -> list[tuple[str, str]]:
    """(rule, reported words without the closing full stop) of every span in `text`."""
    doc = make_document(text, clean=False)
    return [(span.rule, doc.text[span.start:span.end].strip().rstrip(".")) for span in reported_speech(doc, VERBS)]


@pytest.mark.parametrize(("text", "expected"), [
    ("", []),
    ("Critics allege that the scheme is a cover for a racist worldview.",
     [("verb_led", "that the scheme is a cover for a racist worldview")]),
    ("Trump accused Reince Priebus of rigging the rules against him.", [("verb_led", "Reince Priebus of rigging the rules against him")]),
    ("Tory MPs branded the plan a shambles on Tuesday.", [("verb_led", "the plan a shambles on Tuesday")]),
    ("The report found that the council had wasted millions.", [("verb_led", "that the council had wasted millions")]),
    ("According to the union, the cuts are brutal.", [("according_to", "the cuts are brutal")]),
    # the writer's own words around or after the reported clause
    ("Republicans argue the bill is reckless, but the brutal truth is that it passed.", [("verb_led", "the bill is reckless")]),
    ("The senator, who claimed the vote was rigged, slammed the ruling.", [("verb_led", "the vote was rigged")]),
    # plain saying reports its clause too (both NewsMTSC audits' annotators: 'X said ...' is not the writer's voice)
    ("The minister said the plan was a disaster.", [("verb_led", "the plan was a disaster")]),
    ("Avenatti, in an interview with USA TODAY, said it was despicable that Trump would call the claims false.",
     [("verb_led", "it was despicable that Trump would call the claims false")]),
    ("Minorities say Hindu hardliners have committed acts of violence, but the data are thin.",
     [("verb_led", "Hindu hardliners have committed acts of violence")]),
    # transcripts and lines introduced by a verb of saying and a colon (NewsMTSC audit tune halves)
    ("CONANT: John Kasich is really toxic with Republican voters.",
     [("transcript_turn", "John Kasich is really toxic with Republican voters")]),
    ("MICHAEL VICKERS:\nWell, it was tragic.", [("transcript_turn", "Well, it was tragic")]),
    ("BREAKING: Senate passes the bill in a stunning vote.", []),                # a newsroom label, not a speaker
    ("SEE ALSO: The most damning stories of the week", []),
    ("She reasoned that way, saying:\nWe must remember the blood of immigrants flows through our veins.",
     [("introduced_line", "We must remember the blood of immigrants flows through our veins")]),
    ("The plan had three parts:\nIt was a disaster.", []),                      # a colon after a noun introduces a list
    # nouns of claim or charge, and an opening -ing clause of a verb of claim (NewsMTSC audit tune halves)
    ("Asked to respond to Mr. Comey's assertion that the president had lied, she said nothing.",
     [("noun_led", "that the president had lied")]),
    ("The RNC has been silent, opening itself to charges of hypocrisy.", [("noun_led", "of hypocrisy")]),
    ("Accusing Trump of betraying his trust as president, Green referenced Adolf Hitler.",
     [("verb_led", "Trump of betraying his trust as president")]),
    ("Claims adjusters were busy after the storm.", []),                        # 'claims' without 'that' or 'of'
    # not reported speech
    ("I think this is a reckless plan.", []),                                  # the writer's own belief
    ("Trump called for a crackdown on reckless lenders.", []),                 # 'call for' is another verb
    ("He wrote a scathing letter to the board.", []),                          # 'write' reports words only before 'that'
    ("Wynn's alleged tawdry behaviour will draw attention.", []),              # an adjective after a possessive
    ("The charges against the brutal regime were dropped.", []),               # a noun after an article
    ("Trump suggested something truly destructive.", []),                      # the object, described by the writer
    ("The rebels asked the United States to provide airstrikes.", []),         # capitalised: part of a name
    # embedded posts signed '— Name (@handle) Month D, YYYY' (NewsMTSC audit tune half): the poster's words
    ("Even CONSIDERING this nomination will cement the first American dictatorship #KavaNO — Joss Whedon (@joss) July 10, 2018",
     [("signed_post", "Even CONSIDERING this nomination will cement the first American dictatorship #KavaNO")]),
    ("The thought police want to suppress freedom of thought\n— KANYE WEST (@kanyewest) April 22, 2018\nHis post drew likes.",
     [("signed_post", "The thought police want to suppress freedom of thought")]),
    ("— Anna Merlan (@annamerlan) December 5, 2014 Merlan's tweets drew criticism.", []),  # the post itself is not here
    ("The senator wrote on Twitter (@senator) that the plan was reckless.", []),            # a handle, no signature
])
def test_reported_speech_spans(text, expected):
    assert reported_text(text) == expected


@pytest.mark.parametrize(("text", "term", "voice"), [
    ("Critics allege that the scheme is a cover for a racist worldview.", "racist", "quote"),
    ("The racist scheme, critics allege, is a cover.", "racist", "author"),
    ('Critics allege that the minister said it was "a brutal plan".', "brutal", "quote"),
    ('"We allege that the scheme is racist," said Ms Jones.', "racist", "quote"),
    ("The racist scheme will end, the minister said.", "racist", "author"),
    ("The minister said the racist scheme would end.", "racist", "quote"),
])
def test_voice_of_loaded_words(text, term, voice):
    """Loaded words in indirect speech take the quote voice; a reporting verb inside a quote leaves the quote's speaker."""
    doc = make_document(text, clean=False)
    hits = [hit for hit in framing_hits(doc, extract_quotes(doc, find_actors(doc))) if hit.term.lower() == term]
    assert hits and {hit.voice for hit in hits} == {voice}


def test_loaded_words_of_a_signed_post_are_not_the_writers():
    text = "The thought police want to suppress freedom of thought — KANYE WEST (@kanyewest) April 22, 2018"
    doc = make_document(text, clean=False)
    hits = [hit for hit in framing_hits(doc, extract_quotes(doc, find_actors(doc))) if hit.loaded]
    assert [(hit.term, hit.voice) for hit in hits] == [("thought police", "quote")]


def test_a_quote_inside_reported_speech_keeps_its_speaker():
    text = 'Ms Jones, the union leader, alleged that ministers were "brutal" towards nurses.'
    doc = make_document(text, clean=False)
    hits = [hit for hit in framing_hits(doc, extract_quotes(doc, find_actors(doc))) if hit.term == "brutal"]
    assert [(hit.voice, hit.speaker) for hit in hits] == [("quote", "Jones")]
