"""Find page furniture in scraped articles: promo plugs, link blocks, trailing unrelated headlines.

Cleaning never edits text: it returns the furniture lines (with offsets and the reason each was
taken) and segmentation skips them, so every removal can be audited in the output.
"""

from __future__ import annotations

import re

from framing.document import RemovedLine

_LINE = re.compile(r"[^\r\n]+")

# An all-caps label and colon opening a plug: "POLITICS WHATSAPP: ...", "NEWSLETTER: ...".
_PLUG_LABEL = re.compile(r"^(?:[A-Z][A-Z'’&]*\s+){0,3}[A-Z][A-Z'’&]+\s*:\s")
_PROMO_WORDS = re.compile(
    r"\b(?:whatsapp|newsletter|podcast|sign up|subscribe|follow us|join our|privacy notice|"
    r"read more|click here|download|inbox|listen to|watch|telegram|app|alerts?)\b",
    re.IGNORECASE,
)
_BLOCK_HEADERS = re.compile(
    r"^(?:you may also like|you might also like|more on this story|related (?:articles|stories|topics|content)|"
    r"read more|more from [\w\s]+|most read|most popular|recommended(?: for you| stories)?|trending|"
    r"latest news|top stories|what to read next|around the web|related)\s*:?$",
    re.IGNORECASE,
)
_BOILERPLATE = re.compile(
    r"^(?:advertisement|advert|skip advert|share this article|share on \w+|copy link|"
    r"image(?:\s+source|\s+caption)?\s*:.*|getty images|sign up to .*|follow .* on (?:twitter|x|facebook|instagram).*|"
    r"this article (?:was|has been) (?:originally )?published .*|listen to this article.*|"
    r"\(?image:.*\)?|photo:.*|©.*|copyright .*)$",
    re.IGNORECASE,
)
_TERMINAL = tuple(".!?\"'”’)…:;,")


def find_furniture(text: str) -> tuple[RemovedLine, ...]:
    """Every furniture line in `text`, in order, each with its reason and rule id."""
    lines = [_strip(match) for match in _LINE.finditer(text)]
    lines = [line for line in lines if line[2]]
    removed: dict[int, RemovedLine] = {}
    in_block = False
    for start, end, line in lines:
        if in_block:
            if _looks_like_headline(line):
                removed[start] = RemovedLine(start, end, line, "headline in a link block", "link-block-item")
                continue
            in_block = False
        if _BLOCK_HEADERS.match(line):
            removed[start] = RemovedLine(start, end, line, "link block header", "link-block-header")
            in_block = True
        elif _PLUG_LABEL.match(line) and _PROMO_WORDS.search(line):
            removed[start] = RemovedLine(start, end, line, "newsletter or social plug", "promo-plug")
        elif _BOILERPLATE.match(line):
            removed[start] = RemovedLine(start, end, line, "page boilerplate", "boilerplate")
    for start, end, line in reversed(lines):
        if start in removed:
            continue
        if lines and start != lines[0][0] and _looks_like_headline(line):
            removed[start] = RemovedLine(start, end, line, "unrelated headline after the article", "trailing-headline")
        else:
            break
    return tuple(removed[start] for start in sorted(removed))


def _strip(match: re.Match) -> tuple[int, int, str]:
    """A line's offsets and text without outer whitespace."""
    raw = match.group()
    stripped = raw.strip()
    start = match.start() + len(raw) - len(raw.lstrip())
    return start, start + len(stripped), stripped


def _looks_like_headline(line: str) -> bool:
    """Short and without sentence-final punctuation: a headline or link title, not a paragraph."""
    return len(line.split()) <= 25 and not line.endswith(_TERMINAL)
