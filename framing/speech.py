"""Indirect speech: words a sentence attributes to someone's speech or belief without quotation marks.

'Critics allege that the campaign is a cover for a racist worldview': 'racist' is the critics' word, reported by the
writer, not the writer's own judgement. The loaded-language stage reads these spans like quotes, so the journalist's voice holds only what the journalist says.

A span is found by two small rules, each on one sentence:
- `verb_led`: a reporting verb with words before it (its subject) and its complement after it, up to the end of the
  sentence or a clause that turns back to the writer (', but', ';', ', who'): 'Trump accused Priebus of rigging the rules';
- `according_to`: a sentence opening 'According to <source>, ...';
- `noun_led`: the complement of a noun of claim or charge before 'that' or 'of' ("Comey's assertion that the president
  had lied", 'charges of hypocrisy'), to the next comma or clause turn;
(`verb_led` also reads a sentence opening with the -ing form of such a verb, 'Accusing Trump of betraying his trust,
Green ...', as the subject's words up to the comma)
and three on the text: `signed_post`, an embedded post signed '— Name (@handle) Month D, YYYY' (how tweets appear in
news text once the embed is flattened) is the poster's words, from the start of its line (or of the line before, when
the signature stands on a line of its own) to the dash; `transcript_turn`, a line opening with an upper-case name and a
colon ('CONANT: John Kasich is really toxic'; not a newsroom label such as 'BREAKING:') is that speaker's words to the
end of the line; `introduced_line`, a line after one ending in a verb of saying and a colon ('..., saying:') is the
speaker's words.
A paraphrase closing on ', critics say.' is left in the writer's voice: the words before the comma are the writer's
choice of how to put the critics' view (on the blind sets and the NewsMTSC audit, treating them as reported speech
lost more loaded words annotators gave the writer than it removed false ones).
Verbs come from the lexicon set's reporting verbs (a user `--lexicon` verb counts), kept to the lemmas listed in
`lexicons/vocabulary.jsonl` as taking a reported complement; a first-person subject ('I think') is the writer's own.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from framing.datafile import Vocabulary, shipped_vocabulary
from framing.document import Document, Sentence, Token
from framing.lexicons import ReportingVerb

_CLAUSE_TURN = re.compile(r";|,?\s+but\s|,?\s+while\s|\s[—–]\s|,\s+(?:who|which)\s")
_RELATIVE = frozenset({"who", "which"})
_SIGNED_POST = re.compile(
    r"[—–]\s*[^\n—–()@]{1,80}\(@\w{1,15}\)\s*(?:January|February|March|April|May|June|July|August|September|October"
    r"|November|December)\s+\d{1,2},\s+\d{4}"
)
_POSSESSIVE = re.compile(r"['’]s?$")
_TRANSCRIPT_LABEL = re.compile(r"^(?P<label>[A-Z][A-Z.'’\-]*(?: [A-Z][A-Z.'’\-]*){0,2}):(?:[ \t]+|[ \t]*\n)(?=\S)", re.MULTILINE)
_INTRODUCING_COLON = re.compile(r"\b(?P<verb>[a-z]+):[ \t]*\n")


@dataclass(frozen=True)
class ReportedSpeech:
    """One span of indirect speech: offsets into `doc.text`, the reporting verb as written and the rule that found it.

    `speaker` is always None: the subject of the verb is not resolved to an actor here; the span only says whose
    voice the words are not (the writer's)."""

    start: int
    end: int
    verb: str
    rule: str
    speaker: str | None = None


@dataclass(frozen=True)
class SpeechVerbs:
    """The reporting-verb forms that take a reported complement, and those that do only before 'that'."""

    complement: frozenset[str]
    with_that: frozenset[str]
    first_person: frozenset[str]
    particles: frozenset[str]
    objects: frozenset[str]
    noun_markers: frozenset[str]
    saying: frozenset[str] = frozenset()
    kickers: frozenset[str] = frozenset()
    claim_nouns: frozenset[str] = frozenset()


def speech_verbs(verbs: Mapping[str, ReportingVerb], vocabulary: Vocabulary | None = None) -> SpeechVerbs:
    """The forms of `verbs` whose lemma takes a reported complement, per the vocabulary's lists."""
    vocabulary = vocabulary or shipped_vocabulary()
    complement_lemmas = vocabulary.words("reported_speech_verbs")
    that_lemmas = vocabulary.words("reported_speech_verbs_with_that")
    return SpeechVerbs(
        complement=frozenset(form for form, verb in verbs.items() if verb.lemma in complement_lemmas and " " not in form),
        with_that=frozenset(form for form, verb in verbs.items() if verb.lemma in that_lemmas and " " not in form),
        first_person=vocabulary.words("first_person_subjects"),
        particles=vocabulary.words("reported_speech_blockers"),
        objects=vocabulary.words("reported_speech_objects"),
        noun_markers=vocabulary.words("determiners", "possessive_pronouns", "prepositions", "complement_prepositions"),
        saying=frozenset(form for form in verbs if " " not in form),
        kickers=vocabulary.words("newsroom_kickers"),
        claim_nouns=vocabulary.words("reported_claim_nouns"),
    )


def reported_speech(doc: Document, verbs: SpeechVerbs) -> tuple[ReportedSpeech, ...]:
    """Every span of indirect speech in `doc`, in text order (at most one a sentence by the sentence rules, the first that
    fits, and every signed post)."""
    tokens_by_sentence: dict[int, list[Token]] = {}
    for token in doc.tokens:
        tokens_by_sentence.setdefault(token.sentence, []).append(token)
    found = []
    for sentence in doc.sentences:
        words = tokens_by_sentence.get(sentence.index, [])
        span = according_to(doc.text, sentence, words) or verb_led(doc.text, sentence, words, verbs) \
            or noun_led(doc.text, sentence, words, verbs)
        if span is not None:
            found.append(span)
    found += [*signed_posts(doc.text), *transcript_turns(doc.text, verbs), *introduced_lines(doc.text, verbs)]
    return tuple(sorted(found, key=lambda span: (span.start, span.end)))


def transcript_turns(text: str, verbs: SpeechVerbs) -> tuple[ReportedSpeech, ...]:
    """Lines of a transcript, 'CONANT: John Kasich is really toxic': an upper-case name of one to three words and a colon
    open the line; the rest of the line (or the next line, when the name stands alone) is that speaker's. Newsroom
    labels ('BREAKING:', 'SEE ALSO:') are not names."""
    found = []
    for label in _TRANSCRIPT_LABEL.finditer(text):
        name = label.group("label")
        if name.lower().replace("’", "'") in verbs.kickers or not any(c.isalpha() for c in name) or len(name) < 2:
            continue
        end = text.find("\n", label.end())
        end = len(text) if end < 0 else end
        while end > label.end() and text[end - 1].isspace():
            end -= 1
        if end > label.end():
            found.append(ReportedSpeech(label.end(), end, name, "transcript_turn"))
    return tuple(found)


def introduced_lines(text: str, verbs: SpeechVerbs) -> tuple[ReportedSpeech, ...]:
    """The line after one that ends in a verb of saying and a colon ('..., saying:' / 'she said, adding:'): the speaker's
    words, set off as a block without quotation marks."""
    found = []
    for colon in _INTRODUCING_COLON.finditer(text):
        if colon.group("verb") not in verbs.saying:
            continue
        start = colon.end()
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        while end > start and text[end - 1].isspace():
            end -= 1
        if end > start:
            found.append(ReportedSpeech(start, end, colon.group("verb"), "introduced_line"))
    return tuple(found)


def signed_posts(text: str) -> tuple[ReportedSpeech, ...]:
    """Embedded posts signed '— Name (@handle) Month D, YYYY': the words before the signature on its line (or the line
    before, when the signature stands alone), never reaching back past an earlier signature."""
    found = []
    floor = 0
    for signature in _SIGNED_POST.finditer(text):
        line_start = text.rfind("\n", 0, signature.start()) + 1
        start = max(line_start, floor)
        if not text[start:signature.start()].strip() and line_start - 1 > floor:
            start = max(text.rfind("\n", 0, line_start - 1) + 1, floor)
        end = signature.start()
        while end > start and text[end - 1].isspace():
            end -= 1
        while start < end and text[start].isspace():
            start += 1
        if end > start:
            found.append(ReportedSpeech(start, end, text[signature.start()], "signed_post"))
        floor = signature.end()
    return tuple(found)


def according_to(text: str, sentence: Sentence, words: Sequence[Token]) -> ReportedSpeech | None:
    """'According to <source>, <reported words>.': the words after the first comma."""
    if len(words) < 4 or words[0].text.lower() != "according" or words[1].text.lower() != "to":
        return None
    comma = text.find(",", words[2].start, sentence.end)
    if comma < 0:
        return None
    return ReportedSpeech(comma + 1, _trimmed_end(text, sentence), "according to", "according_to")


def verb_led(text: str, sentence: Sentence, words: Sequence[Token], verbs: SpeechVerbs) -> ReportedSpeech | None:
    """The complement of the sentence's first reporting verb that has a subject before it: from the verb to the end
    of the sentence or to a clause that turns back to the writer."""
    for at, word in enumerate(words):
        key = word.text.lower()
        following = words[at + 1].text.lower() if at + 1 < len(words) else ""
        if key not in verbs.complement and not (key in verbs.with_that and following == "that"):
            continue
        if at == 0 and key.endswith("ing") and "," in text[word.end:sentence.end]:
            # 'Accusing Trump of betraying his trust, Green referenced Hitler': the opening clause is the subject's
            return ReportedSpeech(word.end, text.index(",", word.end, sentence.end), word.text, "verb_led")
        if at == 0 or following in verbs.particles | verbs.objects or not _verb_shaped(words, at, verbs) \
                or _first_person_subject(words, at, verbs):
            continue
        start = word.end
        turn = _CLAUSE_TURN.search(text, start, sentence.end)
        end = turn.start() if turn else _trimmed_end(text, sentence)
        writer = next((w.start for w in words[at + 1:] if w.text.lower() in verbs.first_person and w.start < end), None)
        end = writer if writer is not None else end  # 'the man everyone says he is, I believe ...': the writer again
        if words[at - 1].text.lower() in _RELATIVE and "," in text[start:end]:
            end = text.index(",", start, end)  # 'X, who said he would act, slammed ...': the clause ends at its comma
        if end > start and any(w.start >= start and w.end <= end for w in words):
            return ReportedSpeech(start, end, word.text, "verb_led")
    return None


def noun_led(text: str, sentence: Sentence, words: Sequence[Token], verbs: SpeechVerbs) -> ReportedSpeech | None:
    """The complement of a noun of claim or charge before 'that' or 'of' ("Comey's assertion that the president had lied",
    'charges of hypocrisy'): from the noun to the end of the sentence or a clause that turns back to the writer."""
    for at, word in enumerate(words[:-1]):
        if word.text.lower() not in verbs.claim_nouns or words[at + 1].text.lower() not in ("that", "of"):
            continue
        start = word.end
        turn = _CLAUSE_TURN.search(text, start, sentence.end)
        comma = text.find(",", start, sentence.end)
        ends = [end for end in (turn.start() if turn else -1, comma) if end > start]
        end = min(ends) if ends else _trimmed_end(text, sentence)
        if any(w.start >= words[at + 1].end and w.end <= end for w in words):
            return ReportedSpeech(start, end, word.text, "noun_led")
    return None


def _verb_shaped(words: Sequence[Token], at: int, verbs: SpeechVerbs) -> bool:
    """False for a noun or adjective spelt like a reporting verb: capitalised mid-sentence ('the United States', 'Secretary
    of State'), or after an article, a possessive or a preposition ('the charges', "Wynn's alleged", 'of reports')."""
    word, previous = words[at], words[at - 1].text.lower()
    return not word.text[:1].isupper() and previous not in verbs.noun_markers and not _POSSESSIVE.search(previous)


def _first_person_subject(words: Sequence[Token], at: int, verbs: SpeechVerbs) -> bool:
    """True when the verb's subject is the writer ('I think', 'we believe'): a first-person word within two words before."""
    return any(word.text.lower() in verbs.first_person for word in words[max(0, at - 2):at])


def _trimmed_end(text: str, sentence: Sentence) -> int:
    """The sentence's end without trailing spaces."""
    end = sentence.end
    while end > sentence.start and text[end - 1].isspace():
        end -= 1
    return end
