"""Media-literacy exercises built from real analyses: a student worksheet and a teacher's answer key.

Every question and every answer comes from the finished analyses of one story, so a class can
work on the same articles the numbers were computed from, and a teacher can see why each answer
is right (the lexicon note, the reporting-verb class, the quote's speaker).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

import jinja2

from framing import __version__
from framing.pipeline import ArticleAnalysis


@dataclass(frozen=True)
class Excerpt:
    """A sentence shown to students, with one word or phrase to look at."""

    outlet: str
    before: str
    focus: str
    after: str


@dataclass(frozen=True)
class Question:
    """One exercise: what students are asked, what they see, and the answers for the key."""

    title: str
    prompt: str
    excerpts: tuple[Excerpt, ...]
    answers: tuple[str, ...]


def _outlet(analysis: ArticleAnalysis) -> str:
    """The outlet's name, or the article id when the outlet is unknown."""
    return analysis.article.outlet or analysis.article.id


def _excerpt(analysis: ArticleAnalysis, start: int, end: int) -> Excerpt:
    """The sentence around [start, end) split into the text before, the focus and the text after."""
    document = analysis.document
    sentence = document.sentence_at(start)
    left, right = (sentence.start, sentence.end) if sentence else (start, end)
    right = max(right, end)
    text = document.text
    return Excerpt(_outlet(analysis), text[left:start], text[start:end], text[end:right])


def cue_position(analysis: ArticleAnalysis, start: int, end: int, cue: str) -> int | None:
    """Where the reporting verb `cue` of the quote at [start, end) stands: the nearest whole-word match
    in the quote's paragraph or the one before it, outside the quote itself."""
    document = analysis.document
    paragraph = document.paragraph_at(start)
    if paragraph is None:
        return None
    window_start = document.paragraphs[max(paragraph.index - 1, 0)].start
    pattern = re.compile(rf"(?<!\w){re.escape(cue)}(?!\w)")
    found = [m.start() for m in pattern.finditer(document.text, window_start, paragraph.end) if not start <= m.start() < end]
    return min(found, key=lambda position: min(abs(position - start), abs(position - end)), default=None)


def voices_question(analyses: Sequence[ArticleAnalysis]) -> Question:
    """Who is quoted in each article, who speaks first and who has the last word."""
    answers = []
    for analysis in analyses:
        summary = analysis.speakers
        if summary is None or not summary.speakers:
            answers.append(f"{_outlet(analysis)}: nobody is quoted.")
            continue
        names = ", ".join(f"{share.name} ({share.share:.0%} of quoted words)" for share in summary.speakers)
        answers.append(
            f"{_outlet(analysis)}: {names}. First: {summary.first_speaker}. Last word: {summary.last_speaker}. "
            f"Quotes make up {summary.quoted_share:.0%} of the article."
        )
    return Question(
        title="Who gets a voice?",
        prompt="For each article, list everyone who is quoted. Who speaks first, and who has the last word? "
        "Which side does each speaker belong to, and is any side missing?",
        excerpts=(),
        answers=tuple(answers),
    )


def reporting_verbs_question(analyses: Sequence[ArticleAnalysis], limit: int = 6) -> Question:
    """Sentences whose reporting verb is not neutral: what does the verb tell the reader?"""
    excerpts, answers = [], []
    for analysis in analyses:
        seen = set()
        for quote in analysis.quotes:
            if quote.cue_class in (None, "neutral") or not quote.cue:
                continue
            position = cue_position(analysis, quote.start, quote.end, quote.cue)
            if position is None or position in seen:
                continue
            seen.add(position)
            excerpts.append(_excerpt(analysis, position, position + len(quote.cue)))
            answers.append(f"{_outlet(analysis)}: “{quote.cue}” is {quote.cue_class}; it reports {quote.speaker or 'an unnamed source'}.")
    return Question(
        title="Said, or something else?",
        prompt="Each sentence reports what someone said with a verb other than “said”. Underline the verb. "
        "Would “said” change how you see the speaker? Is the verb neutral, assertive, distancing, critical or approving?",
        excerpts=tuple(excerpts[:limit]),
        answers=tuple(answers[:limit]),
    )


def whose_words_question(analyses: Sequence[ArticleAnalysis], limit: int = 8) -> Question:
    """Loaded words in bold: did the journalist choose the word, or a quoted speaker?"""
    chosen = []
    for analysis in analyses:
        by_voice = {"author": [], "quote": []}
        for hit in analysis.framing:
            if hit.loaded and not hit.negated:
                by_voice[hit.voice].append(hit)
        for author_hit, quote_hit in zip(by_voice["author"], by_voice["quote"]):
            chosen.extend([(analysis, author_hit), (analysis, quote_hit)])
    chosen = chosen[:limit]
    return Question(
        title="Whose words are these?",
        prompt="Each sentence has one word or phrase in bold. Did the journalist choose it, or is it inside a quote? "
        "If it is quoted, who said it? Why might the word matter?",
        excerpts=tuple(_excerpt(analysis, hit.start, hit.end) for analysis, hit in chosen),
        answers=tuple(
            f"{_outlet(analysis)}: “{hit.term}” — "
            + ("the journalist's own word" if hit.voice == "author" else f"quoted, said by {hit.speaker or 'no named speaker'}")
            + f". {hit.note}"
            for analysis, hit in chosen
        ),
    )


def labels_question(analyses: Sequence[ArticleAnalysis]) -> Question:
    """Which words does each outlet use, in its own voice, for people on the move?"""
    answers = []
    for analysis in analyses:
        labels = Counter(hit.term.lower() for hit in analysis.framing if hit.category == "label" and hit.voice == "author")
        listed = ", ".join(f"“{term}” ×{count}" for term, count in sorted(labels.items(), key=lambda pair: (-pair[1], pair[0])))
        answers.append(f"{_outlet(analysis)}: {listed or 'no label in the journalist’s own words'}.")
    return Question(
        title="What do they call people?",
        prompt="Find every word or phrase each outlet uses in its own voice (not in quotes) for migrants, asylum "
        "seekers and refugees. Which words are neutral, which are negative, and which are legal terms?",
        excerpts=(),
        answers=tuple(answers),
    )


def rewrite_question(analyses: Sequence[ArticleAnalysis]) -> Question:
    """The journalist's sentence with the most loaded words, in each article: rewrite it neutrally."""
    excerpts, answers = [], []
    for analysis in analyses:
        counts = Counter(hit.sentence for hit in analysis.framing if hit.loaded and hit.voice == "author" and not hit.negated)
        if not counts:
            continue
        index = min(counts, key=lambda number: (-counts[number], number))
        sentence = analysis.document.sentences[index]
        excerpts.append(Excerpt(_outlet(analysis), "", sentence.text, ""))
        words = [hit for hit in analysis.framing if hit.sentence == index and hit.loaded and hit.voice == "author"]
        answers.append(f"{_outlet(analysis)}: loaded words " + "; ".join(f"“{hit.term}” ({hit.note})" for hit in words))
    return Question(
        title="Say it neutrally",
        prompt="Rewrite each sentence so that it reports the same facts without taking a side. "
        "Which words did you change, and why?",
        excerpts=tuple(excerpts),
        answers=tuple(answers),
    )


def readability_question(analyses: Sequence[ArticleAnalysis]) -> Question:
    """Which article is easiest to read, by Flesch reading ease and sentence length?"""
    ranked = sorted(analyses, key=lambda item: -(item.readability.get("flesch_reading_ease") or 0))
    return Question(
        title="Who is it written for?",
        prompt="Read the first three paragraphs of each article. Which is easiest to read? "
        "Count the words in three sentences of each: who writes the longest sentences?",
        excerpts=(),
        answers=tuple(
            f"{_outlet(item)}: Flesch reading ease {item.readability.get('flesch_reading_ease')}, "
            f"{item.readability.get('words_per_sentence')} words a sentence (higher Flesch is easier)."
            for item in ranked
        ),
    )


QUESTIONS = (voices_question, reporting_verbs_question, whose_words_question, labels_question, rewrite_question, readability_question)


def story_questions(analyses: Sequence[ArticleAnalysis]) -> tuple[Question, ...]:
    """Every exercise for one story's analysed articles, dropping those with nothing to show."""
    usable = [analysis for analysis in analyses if analysis.status == "ok"]
    questions = (build(usable) for build in QUESTIONS)
    return tuple(question for question in questions if question.answers)


def render_exercises(analyses: Sequence[ArticleAnalysis], answer_key: bool) -> str:
    """The worksheet (or, with `answer_key`, the teacher's key) for every story, as one HTML page."""
    stories: dict[str, list[ArticleAnalysis]] = {}
    for analysis in analyses:
        stories.setdefault(analysis.article.story or "(no story)", []).append(analysis)
    environment = jinja2.Environment(
        loader=jinja2.PackageLoader("framing", "templates"),
        autoescape=jinja2.select_autoescape(default=True, default_for_string=True),
        undefined=jinja2.StrictUndefined,
    )
    return environment.get_template("exercise.html.j2").render(
        version=__version__,
        answer_key=answer_key,
        stories=[(story, items, story_questions(items)) for story, items in sorted(stories.items())],
    )
