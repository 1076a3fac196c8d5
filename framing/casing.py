"""Title Case headlines read as sentence case: which capitalised words of such a headline are common words.

US outlets capitalise every word of a headline ('GOP Senator Calls Child Tax Credit Expansion ‘Welfare’'); read
literally, 'Says Strikes Are' would be a person's name and 'Calls' no verb. A word of a Title Case headline is read in
lower case when the rest of the article never capitalises it and it is a common word: a function word or reporting verb
the caller passes, a word the article writes in lower case, a title or role that ends its phrase ('GOP Senator Calls'),
or, below a body, a word that is no known name. Names keep their capitals: the body writes them so, or the caller knows
them. Also here: camelCase surnames ('diGenova'), capitalised for every name rule.
"""

from __future__ import annotations

import re
from collections.abc import Container, Iterator

from framing.document import Document

_WORD = re.compile(r"[A-Za-z][A-Za-z’']*")
"""A word as the headline and body are compared: letters and apostrophes, hyphenated parts apart ('Biden-Era')."""
_QUOTED = re.compile(r"[“‘\"](?=\w)[^“”\"\n]*?[”’\"](?!\w)")
"""A quoted stretch: its words are the speaker's, capitalised as the headline writes them, and are left alone."""
TITLE_CASE_MIN_WORDS = 2
"""Fewest words of four letters or more, all capitalised, that make a headline Title Case (‘...,’ Trump Says)."""
TITLE_CASE_MAX_WORDS = 30
"""A first line longer than this is a paragraph, however capitalised."""


_CAMEL_NAME = re.compile(r"[a-z]{1,3}[A-Z][a-z]{2,}")
"""A surname whose lower-case prefix is followed by a capital ('diGenova', 'deBlasio'), not an 'iPhone' or 'mRNA'."""


def is_camel_name(word: str) -> bool:
    """True for a name written with a lower-case prefix before its capital ('diGenova'): capitalised for every name rule."""
    return _CAMEL_NAME.match(word) is not None and not word.startswith(("i", "e"))


def _outside_quotes(line: str) -> str:
    """The line with its quoted stretches blanked (same length)."""
    return _QUOTED.sub(lambda match: " " * len(match.group()), line)


def is_title_case(line: str) -> bool:
    """A Title Case headline: at most `TITLE_CASE_MAX_WORDS` words, and outside its quotes at least `TITLE_CASE_MIN_WORDS`
    words of four letters or more, every one capitalised and not all in capitals (a shouted tabloid line is not Title Case)."""
    bare = _outside_quotes(line)
    if len(line.split()) > TITLE_CASE_MAX_WORDS:
        return False
    long_words = [match.group() for match in _WORD.finditer(bare) if len(match.group()) > 3]
    return len(long_words) >= TITLE_CASE_MIN_WORDS and all(w[0].isupper() and not w.isupper() for w in long_words)


def _body_words(doc: Document) -> Iterator[tuple[str, bool]]:
    """Every word of the article after its first paragraph, as written, and whether it opens its sentence."""
    for sentence in doc.sentences:
        if sentence.paragraph == 0:
            continue
        for position, match in enumerate(_WORD.finditer(sentence.text)):
            yield match.group(), position == 0


def lowered_headline_words(doc: Document, common: frozenset[str], verbs: frozenset[str], roles: frozenset[str],
                           names: Container[str] = frozenset()) -> tuple[tuple[int, int], ...]:
    """Spans (absolute offsets) of the capitalised words of a Title Case first paragraph to read in lower case.

    No word the rest of the article capitalises is lowered. Of the others: `common` (function words) and `verbs`
    (reporting-verb forms, 'Hits Out' with its particle) always are, and so is any word the body writes in lower case;
    `roles` (titles and roles) are when no capitalised word follows them ('GOP Senator Calls', not 'Senator Tom Harlan');
    and when the article has a body, any other word that is not in `names` (known first names and registered name words)
    is too ('Judge Who Blocked Deportation Flights Now Claims'): a name in a headline is nearly always named again below
    it. Without a body only the listed words are lowered.
    """
    headline = next((p for p in doc.paragraphs if p.index == 0), None)
    if headline is None or not is_title_case(headline.text):
        return ()
    lower_seen: set[str] = set()
    capital_seen: set[str] = set()
    for word, opening in _body_words(doc):
        if not word[0].isupper():
            lower_seen.add(word.lower())
        elif not opening or word.lower() not in common:  # 'The' opening a sentence says nothing; 'Pelosi' opening one does
            capital_seen.add(word.lower())
    has_body = any(paragraph.index > 0 for paragraph in doc.paragraphs)

    def common_word(word: str) -> bool:
        """A capitalised word that is no name: listed, written in lower case below, or (with a body) unknown as a name."""
        key = word.lower()
        if not word[:1].isupper() or (word.isupper() and len(word) > 1) or key in capital_seen or key in roles:
            return False
        return key in common or key in verbs or key in lower_seen or (has_body and key not in names)

    bare = _outside_quotes(headline.text)
    words = list(_WORD.finditer(bare))
    lowered: list[tuple[int, int]] = []
    for position, match in enumerate(words):
        word, key = match.group(), match.group().lower()
        following = words[position + 1] if position + 1 < len(words) else None
        if following is not None and f"{key} {following.group().lower()}" in verbs and bare[match.end():following.start()] == " " \
                and word[0].isupper() and key not in capital_seen:
            lowered += [match.span(), following.span()]  # 'Hits Out': the verb and its particle
            continue
        ends_phrase = following is None or not following.group()[0].isupper() or common_word(following.group())
        if common_word(word) or (key in roles and ends_phrase and word[0].isupper() and key not in capital_seen):
            lowered.append(match.span())
    return tuple(sorted({(headline.start + start, headline.start + end) for start, end in lowered}))


def lower_spans(text: str, spans: tuple[tuple[int, int], ...]) -> str:
    """`text` with the words at `spans` in lower case (same length, so every offset still holds)."""
    if not spans:
        return text
    chars = list(text)
    for start, end in spans:
        chars[start:end] = text[start:end].lower()
    return "".join(chars)
