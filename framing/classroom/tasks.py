"""The exercise tasks, each built from one story's analyses (never canned): openings side by side,
spot the loaded words, who is quoted, reporting verbs, figures, one quote cut two ways, a neutral
rewrite, labels for people and readability. Each task is one small function taking a Story and the
lexicons and returning a Task whose items carry their answers and evidence."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from itertools import zip_longest

from framing.classroom.cuts import shared_quote, utterances
from framing.figures import chosen_figures
from framing.classroom.selection import Source, Story
from framing.classroom.uncertainty import Estimate, apart, quoted_share, readability_estimates, speaker_shares
from framing.formatting import format_number, format_share
from framing.lexicons import Hit, LexiconSet

STANCES = ("neutral", "assertive", "tentative", "distancing", "critical", "approving")
OPENING_MIN_WORDS = 25
BASIC_MIN_INTENSITY = 2
CUTS_LIMIT = 3
"""Quotes are long: at most three pairs, the most differently cut first."""


@dataclass(frozen=True)
class Evidence:
    """One loaded word as the key explains it: whose voice, the lexicon's note and neutral alternatives."""

    term: str
    entry_id: str
    voice: str
    speaker: str | None
    note: str
    neutral: tuple[str, ...]
    forms: tuple[str, ...]

    @property
    def whose(self) -> str:
        """'the journalist' or 'quoted: NAME' for the key."""
        return "the journalist's own word" if self.voice == "author" else f"quoted, said by {self.speaker or 'an unnamed source'}"


@dataclass(frozen=True)
class Opening:
    """An article's first lines; students name the outlet (or, with outlets hidden, say whether the
    journalist's own words are loaded)."""

    label: str
    outlet: str
    text: str
    answer: str
    giveaways: tuple[Evidence, ...]


@dataclass(frozen=True)
class Word:
    """A clickable word of a sentence: the text before it, the word, and the loaded phrase it belongs to."""

    before: str
    text: str
    hit: int | None
    ignored: bool


@dataclass(frozen=True)
class SpotSentence:
    """A sentence whose words students click; `hits` are the loaded phrases in it (maybe none)."""

    label: str
    outlet: str
    words: tuple[Word, ...]
    after: str
    hits: tuple[Evidence, ...]
    ignored: tuple[Evidence, ...]


@dataclass(frozen=True)
class Speaker:
    """One quoted speaker in one article; `share` is the share of quoted words with its 95% interval, and
    `ranks` the ranks (best, worst) the speaker may take when orders within noise are accepted."""

    name: str
    side: str | None
    quotes: int
    words: int
    share: str
    ranks: tuple[int, int] = (1, 1)


@dataclass(frozen=True)
class Voices:
    """Who one article quotes, how much, first and last, and which sides of the story it leaves out."""

    label: str
    outlet: str
    speakers: tuple[Speaker, ...]
    shown_order: tuple[int, ...]
    first: str | None
    last: str | None
    quoted_share: str
    missing_sides: tuple[str, ...]
    apart: tuple[tuple[int, int], ...] = ()
    """Pairs of speakers (by position in `speakers`) whose shares' intervals do not overlap: only their order is marked."""
    sentences: int = 0
    """Quoting sentences the shares rest on (the bootstrap resamples them)."""
    intervals: bool = True
    """False when too few quoting sentences for intervals: the word counts then decide the order."""


@dataclass(frozen=True)
class VerbExcerpt:
    """A sentence with a reporting verb in focus, and the verb's stance class for the key."""

    label: str
    outlet: str
    before: str
    verb: str
    after: str
    stance: str
    speaker: str | None
    note: str


@dataclass(frozen=True)
class FigureRow:
    """One figure and the articles that report it, with the sentence each used."""

    text: str
    reported_by: tuple[str, ...]
    evidence: tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class QuoteCut:
    """The same quote in two articles; `answer` is the article that kept more of the speaker's words."""

    labels: tuple[str, str]
    outlets: tuple[str, str]
    speakers: tuple[str, str]
    verbs: tuple[str | None, str | None]
    texts: tuple[str, str]
    word_counts: tuple[int, int]
    left_out: tuple[tuple[str, ...], tuple[str, ...]]
    marked: tuple[tuple[tuple[str, bool], ...], tuple[tuple[str, bool], ...]]
    answer: str


@dataclass(frozen=True)
class Rewrite:
    """A sentence in the journalist's voice with loaded words to replace, and the key's neutral alternatives."""

    label: str
    outlet: str
    sentence: str
    hits: tuple[Evidence, ...]


@dataclass(frozen=True)
class Answer:
    """A written answer for one article (labels, readability)."""

    label: str
    outlet: str
    text: str


@dataclass(frozen=True)
class Task:
    """One exercise: its kind (which decides how it is shown), what students are asked, and the items."""

    kind: str
    title: str
    prompt: str
    items: tuple
    answer_lines: int
    choices: tuple[str, ...] = ()


# ---------------------------------------------------------------------------------------------
# Helpers


def evidence(hit: Hit, lexicons: LexiconSet) -> Evidence:
    """The hit with its entry's neutral alternatives and surface forms."""
    entry = lexicons.entry(hit.entry_id)
    neutral = entry.neutral if entry else ()
    forms = tuple(form.lower() for form in entry.forms) if entry else (hit.term.lower(),)
    plain = {alternative.lower() for alternative in neutral}
    return Evidence(hit.term, hit.entry_id, hit.voice, hit.speaker, hit.note, neutral, tuple(form for form in forms if form not in plain))


def loaded_hits(source: Source, level: str) -> list[Hit]:
    """Loaded, non-negated hits; for the basic level only the strong ones (intensity 2 or more, or unrated)."""
    return [
        hit for hit in source.analysis.framing
        if hit.loaded and not hit.negated and (level != "basic" or (hit.intensity or BASIC_MIN_INTENSITY) >= BASIC_MIN_INTENSITY)
    ]


def distinct_hits(hits: Sequence[Hit]) -> list[Hit]:
    """One hit per span and entry kind: 'illegal immigration crisis' counted as crime and crisis is shown once."""
    seen, kept = set(), []
    for hit in sorted(hits, key=lambda item: (item.start, -item.end)):
        if any(start <= hit.start and hit.end <= end for start, end in seen):
            continue
        seen.add((hit.start, hit.end))
        kept.append(hit)
    return kept


def counts_either_way(hit: Hit) -> bool:
    """A framing word that is not loaded here (a cue, a negated or mild hit): clicking it is neither right
    nor wrong. Frame cues, hedges and neutral reporting verbs are plain words."""
    if hit.category in ("frame", "hedge"):
        return False
    return not (hit.category == "reporting_verb" and hit.subcategory == "neutral")


def round_robin(groups: Sequence[Sequence], limit: int) -> list:
    """Take from each group in turn, so every article gets items before any gets a second."""
    taken = []
    for row in zip_longest(*groups):
        taken.extend(item for item in row if item is not None)
    return taken[:limit]


def limit_for(story: Story, basic_cap: int = 3) -> int:
    """Items per task: the teacher's --items, at most `basic_cap` for the basic level."""
    return min(story.options.items, basic_cap) if story.options.level == "basic" else story.options.items


def _normalised(text: str) -> str:
    """A sentence reduced to lower-case words, to spot the same sentence in two articles."""
    return " ".join(re.findall(r"\w+", text.lower().replace("’", "'")))


# ---------------------------------------------------------------------------------------------
# Tasks


def openings_task(story: Story, lexicons: LexiconSet) -> Task | None:
    """Openings side by side: which outlet wrote which, and which words give it away."""
    if len(story.sources) < 2:
        return None
    items = []
    for source in story.sources:
        paragraphs = source.analysis.document.paragraphs
        if not paragraphs:
            continue
        last = 0
        while last + 1 < len(paragraphs) and sum(len(p.text.split()) for p in paragraphs[: last + 1]) < OPENING_MIN_WORDS:
            last += 1
        start, end = paragraphs[0].start, paragraphs[last].end
        hits = [hit for hit in distinct_hits(loaded_hits(source, "standard")) if start <= hit.start < end]
        giveaways = tuple(evidence(hit, lexicons) for hit in hits)
        author_loaded = any(hit.voice == "author" for hit in hits)
        answer = ("loaded" if author_loaded else "neutral") if story.options.hide_outlets else source.label
        items.append(Opening(source.label, source.outlet, source.text(start, end), answer, giveaways))
    story.rng("openings").shuffle(items)
    if story.options.hide_outlets:
        return Task(
            "openings", "How does each article open?",
            "Read each opening. Does the journalist, in their own words (not in quotes), use loaded words that tell "
            "you how to feel? Answer “loaded” or “neutral”, and underline the words that give it away.",
            tuple(items), 2, ("loaded", "neutral"),
        )
    choices = tuple(sorted(source.label for source in story.sources))
    return Task(
        "openings", "Who wrote this opening?",
        "Here are the first lines of each article, in a shuffled order. Which outlet wrote each one? "
        "Underline the words that give it away.",
        tuple(items), 2, choices,
    )


def spot_task(story: Story, lexicons: LexiconSet) -> Task | None:
    """Sentences whose words students click: which are loaded, and whose voice each one is."""
    level = story.options.level
    seen: set[str] = set()
    groups, calm = [], []
    for source in story.sources:
        document = source.analysis.document
        hits = distinct_hits(loaded_hits(source, level))
        by_sentence: dict[int, list[Hit]] = {}
        for hit in hits:
            by_sentence.setdefault(hit.sentence, []).append(hit)
        others = [hit for hit in source.analysis.framing if counts_either_way(hit) and hit not in hits]
        candidates = []
        for sentence in document.sentences:
            key = _normalised(sentence.text)
            if key in seen or source.redacts(sentence.start, sentence.end) or len(key.split()) < 6:
                continue
            if sentence.index in by_sentence or (not any(h.sentence == sentence.index for h in source.analysis.framing) and len(key.split()) >= 12):
                seen.add(key)
                built = _spot_sentence(source, sentence.index, by_sentence.get(sentence.index, []), [h for h in others if h.sentence == sentence.index], lexicons)
                (candidates if built.hits else calm).append(built)
        story.rng(f"spot|{source.label}").shuffle(candidates)
        groups.append(candidates)
    limit = limit_for(story)
    chosen = round_robin(groups, limit if level == "basic" or not calm else limit - 1)
    if not chosen:
        return None
    if level != "basic" and calm:
        chosen.append(story.rng("spot|calm").choice(calm))
    story.rng("spot|order").shuffle(chosen)
    return Task(
        "spot", "Spot the loaded words",
        "Click (or circle) every word you think is loaded: a word that tells the reader how to feel, or frames "
        "people or events, where a plainer word would do. Some sentences may have none. Then say whose words they "
        "are: the journalist's, or someone quoted?",
        tuple(chosen), 1,
    )


def _spot_sentence(source: Source, index: int, hits: Sequence[Hit], others: Sequence[Hit], lexicons: LexiconSet) -> SpotSentence:
    """A sentence split into clickable words, each pointing at the loaded phrase it belongs to."""
    document = source.analysis.document
    sentence = document.sentences[index]
    words, position = [], sentence.start
    for token in document.tokens_between(sentence.start, sentence.end):
        hit = next((number for number, h in enumerate(hits) if h.start < token.end and token.start < h.end), None)
        ignored = hit is None and any(h.start < token.end and token.start < h.end for h in others)
        words.append(Word(document.text[position:token.start], token.text, hit, ignored))
        position = token.end
    apart = [h for h in others if not any(h.start < hit.end and hit.start < h.end for hit in hits)]
    ignored_evidence = tuple(evidence(h, lexicons) for h in distinct_hits(apart))
    return SpotSentence(
        source.label, source.outlet, tuple(words), document.text[position:sentence.end],
        tuple(evidence(hit, lexicons) for hit in hits), ignored_evidence,
    )


def _ordered(first: Estimate, second: Estimate) -> bool:
    """Must two speakers with different word counts keep their order? Yes when their intervals are apart; when
    either rests on too few quoting sentences for an interval, the article's own counts decide."""
    if first.low is None or second.low is None:
        return True
    return apart(first, second)


def rank_ranges(count: int, pairs: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """For speakers listed most quoted first, the ranks each may take when only the `pairs` that are apart must
    keep their order: best = 1 + those clearly above it, worst = count - those clearly below it."""
    above = Counter(second for first, second in pairs)
    below = Counter(first for first, second in pairs)
    return [(1 + above[position], count - below[position]) for position in range(count)]


def voices_task(story: Story, lexicons: LexiconSet) -> Task | None:
    """Who is quoted in each article, in what order of quoted words, first and last; which sides are missing.
    Shares carry 95% intervals (quoting sentences resampled); two speakers whose intervals overlap may be
    ranked either way (with too few quoting sentences for intervals, the word counts decide)."""
    story_sides = sorted({share.side for source in story.sources if source.analysis.speakers for share in source.analysis.speakers.speakers if share.side and share.words})
    items = []
    for source in story.sources:
        summary = source.analysis.speakers
        shares = speaker_shares(source.analysis)
        quoted = [share for share in (summary.speakers if summary else ()) if share.words > 0]
        estimates = [shares.get(share.name, Estimate(share.share, None, None, 0, "share")) for share in quoted]
        pairs = tuple(
            (first, second) for first in range(len(quoted)) for second in range(first + 1, len(quoted))
            if quoted[first].words > quoted[second].words and _ordered(estimates[first], estimates[second])
        )
        ranges = rank_ranges(len(quoted), pairs)
        speakers = tuple(
            Speaker(share.name, share.side, share.quotes, share.words, estimate.shown, ranks)
            for share, estimate, ranks in zip(quoted, estimates, ranges)
        )
        order = list(range(len(speakers)))
        story.rng(f"voices|{source.label}").shuffle(order)
        sides = {speaker.side for speaker in speakers}
        items.append(Voices(
            source.label, source.outlet, speakers, tuple(order),
            summary.first_speaker if summary else None, summary.last_speaker if summary else None,
            quoted_share(source.analysis).shown if summary else format_share(0.0),
            tuple(side for side in story_sides if side not in sides), pairs,
            max((estimate.n for estimate in estimates), default=0),
            all(estimate.low is not None for estimate in estimates),
        ))
    if not any(item.speakers for item in items):
        return None
    return Task(
        "voices", "Who gets a voice?",
        "For each article, rank the people quoted by how many of their words it quotes (1 = most). Who speaks "
        "first, and who has the last word? Whose side of the story is missing?",
        tuple(items), 2,
    )


def verbs_task(story: Story, lexicons: LexiconSet) -> Task | None:
    """Sentences whose reporting verb carries a stance (or a neutral one other than 'said'): pick the stance."""
    notes = {entry.pattern: entry.note for lexicon in lexicons.lexicons for entry in lexicon.entries if entry.category == "reporting_verb"}
    groups = []
    for source in story.sources:
        found, seen = [], set()
        for quote in source.analysis.quotes:
            if not quote.cue or quote.cue_class not in STANCES or quote.cue_lemma == "say":
                continue
            if story.options.level == "basic" and quote.cue_class == "neutral":
                continue
            position = cue_position(source, quote.start, quote.end, quote.cue)
            if position is None or position in seen:
                continue
            seen.add(position)
            sentence = source.analysis.document.sentence_at(position)
            if sentence is None or source.redacts(position, position + len(quote.cue)):
                continue
            found.append(VerbExcerpt(
                source.label, source.outlet, source.text(sentence.start, position), quote.cue,
                source.text(position + len(quote.cue), max(sentence.end, position + len(quote.cue))),
                quote.cue_class, quote.speaker, notes.get(quote.cue_lemma or "", ""),
            ))
        found.sort(key=lambda item: item.stance == "neutral")
        groups.append(found)
    chosen = round_robin(groups, limit_for(story))
    if not chosen:
        return None
    return Task(
        "verbs", "Said, or something else?",
        "Each sentence reports what someone said with a verb other than “said” (in bold). Which stance does the "
        "verb lend the speaker: neutral, assertive, tentative, distancing, critical or approving? Would “said” "
        "change how you see the speaker?",
        tuple(chosen), 1, STANCES,
    )


def cue_position(source: Source, start: int, end: int, cue: str) -> int | None:
    """Where the reporting verb `cue` of the quote at [start, end) stands: the nearest whole-word match
    in the quote's paragraph or the one before it, outside the quote itself."""
    document = source.analysis.document
    paragraph = document.paragraph_at(start)
    if paragraph is None:
        return None
    window_start = document.paragraphs[max(paragraph.index - 1, 0)].start
    pattern = re.compile(rf"(?<!\w){re.escape(cue)}(?!\w)")
    found = [m.start() for m in pattern.finditer(document.text, window_start, paragraph.end) if not start <= m.start() < end]
    return min(found, key=lambda position: min(abs(position - start), abs(position - end)), default=None)


def figures_task(story: Story, lexicons: LexiconSet) -> Task | None:
    """Figures some articles report and others leave out: which article chose to report each one?"""
    if len(story.sources) < 2 or story.options.level == "basic":
        return None
    table: dict[tuple[str, str, float], dict[str, str]] = {}
    written: dict[tuple[str, str, float], str] = {}
    for source in story.sources:
        document = source.analysis.document
        for figure in chosen_figures(document):
            key = (figure.kind, figure.unit, figure.value)
            sentence = document.sentences[figure.sentence_index]
            table.setdefault(key, {}).setdefault(source.label, source.text(sentence.start, sentence.end))
            written.setdefault(key, figure.text)
    shared = [key for key, by in table.items() if 1 < len(by) < len(story.sources)]
    rng = story.rng("figures")
    rng.shuffle(shared)
    singles = []
    for source in story.sources:
        own = [key for key, by in table.items() if list(by) == [source.label]]
        rng.shuffle(own)
        singles.append(own)
    limit = limit_for(story)
    keys = (shared[: (limit + 1) // 2] + round_robin(singles, limit))[:limit]
    if not keys:
        return None
    order = [source.label for source in story.sources]
    rows = tuple(
        FigureRow(written[key], tuple(label for label in order if label in table[key]), tuple(sorted(table[key].items(), key=lambda pair: order.index(pair[0]))))
        for key in sorted(keys)
    )
    return Task(
        "figures", "Which figures did they choose?",
        "Each article chose which numbers to report. For each figure, tick every article that reports it. "
        "What does each choice add to the story, and what does leaving it out do?",
        rows, 1, tuple(order),
    )


def cuts_task(story: Story, lexicons: LexiconSet) -> Task | None:
    """The same quote cut differently by two articles: who kept what, with which verb."""
    if story.options.level == "basic":
        return None
    found = []
    sources = story.sources
    for left_index, left in enumerate(sources):
        for right in sources[left_index + 1:]:
            for first in utterances(left.analysis.quotes):
                for second in utterances(right.analysis.quotes):
                    shared = shared_quote(first, second)
                    if shared is None or left.redacts(first.start, first.end) or right.redacts(second.start, second.end):
                        continue
                    counts = (len(re.findall(r"\w+", first.text)), len(re.findall(r"\w+", second.text)))
                    if counts[0] == counts[1]:
                        continue
                    found.append(QuoteCut(
                        (left.label, right.label), (left.outlet, right.outlet), (first.speaker, second.speaker),
                        (first.cue, second.cue), (first.text, second.text), counts, (shared.only_first, shared.only_second),
                        (shared.marked_first, shared.marked_second),
                        left.label if counts[0] > counts[1] else right.label,
                    ))
    if not found:
        return None
    found.sort(key=lambda cut: min(cut.word_counts) / max(cut.word_counts))
    chosen, used = [], set()
    for cut in found:
        sides = {(cut.labels[0], cut.texts[0]), (cut.labels[1], cut.texts[1])}
        if not sides & used:
            chosen.append(cut)
            used |= sides
    chosen = chosen[: min(limit_for(story), CUTS_LIMIT)]
    return Task(
        "cuts", "One quote, two cuts",
        "Two articles quote the same words, but cut them differently. Which article kept more of the speaker's "
        "words? What did the other leave out, and does the cut change what the speaker seems to say?",
        tuple(chosen), 2,
    )


def rewrite_task(story: Story, lexicons: LexiconSet) -> Task | None:
    """The journalist's sentences with the most loaded words: rewrite them neutrally."""
    groups = []
    for source in story.sources:
        hits = [hit for hit in distinct_hits(loaded_hits(source, story.options.level)) if hit.voice == "author"]
        counts = Counter(hit.sentence for hit in hits)
        ranked = sorted(counts, key=lambda number: (-counts[number], number))
        document = source.analysis.document
        groups.append([
            Rewrite(
                source.label, source.outlet, source.text(document.sentences[number].start, document.sentences[number].end),
                tuple(evidence(hit, lexicons) for hit in hits if hit.sentence == number),
            )
            for number in ranked
        ])
    chosen = round_robin(groups, limit_for(story, basic_cap=2))
    if not chosen:
        return None
    return Task(
        "rewrite", "Say it neutrally",
        "Rewrite each sentence so that it reports the same facts without taking a side. Which words did you "
        "change, and why?",
        tuple(chosen), 3,
    )


def labels_task(story: Story, lexicons: LexiconSet) -> Task | None:
    """Which words each article uses, in its own voice, for people on the move."""
    if story.options.level == "basic":
        return None
    items = []
    for source in story.sources:
        labels = Counter(hit.term.lower() for hit in source.analysis.framing if hit.category == "label" and hit.voice == "author")
        listed = ", ".join(f"“{term}” ×{format_number(count, 'count')}" for term, count in sorted(labels.items(), key=lambda pair: (-pair[1], pair[0])))
        items.append(Answer(source.label, source.outlet, listed or "no label in the journalist’s own words"))
    return Task(
        "labels", "What do they call people?",
        "Find every word or phrase each article uses in its own voice (not in quotes) for migrants, asylum seekers "
        "and refugees. Which words are neutral, which are negative, and which are legal terms?",
        tuple(items), 2,
    )


def readability_task(story: Story, lexicons: LexiconSet) -> Task | None:
    """Which article is easiest to read, by Flesch reading ease and sentence length, each with a 95% interval
    (sentences resampled); articles whose Flesch intervals overlap are named as not distinguishable here."""
    if story.options.level != "advanced":
        return None
    ranked = sorted(story.sources, key=lambda source: (-(source.analysis.readability.get("flesch_reading_ease") or 0), source.label))
    estimates = {source.label: readability_estimates(source.analysis) for source in ranked}
    items = []
    for source in ranked:
        flesch, per_sentence = estimates[source.label]
        close = [other.label for other in ranked if other is not source and not apart(flesch, estimates[other.label][0])]
        items.append(Answer(
            source.label, source.outlet,
            f"Flesch reading ease {flesch.shown}, {per_sentence.shown} words a sentence (higher Flesch is easier; "
            f"95% intervals from resampling its {flesch.n} sentences)."
            + (f" Not distinguishable here from {' or '.join(close)}: either order is right." if close else ""),
        ))
    return Task(
        "readability", "Who is it written for?",
        "Read the first three paragraphs of each article. Which is easiest to read? Count the words in three "
        "sentences of each: who writes the longest sentences?",
        tuple(items), 2,
    )


TASKS: tuple[Callable[[Story, LexiconSet], Task | None], ...] = (
    openings_task, spot_task, voices_task, verbs_task, figures_task, cuts_task, rewrite_task, labels_task, readability_task,
)


def story_tasks(story: Story, lexicons: LexiconSet) -> tuple[Task, ...]:
    """Every task for one story, dropping those with nothing to show."""
    built = (make(story, lexicons) for make in TASKS)
    return tuple(task for task in built if task is not None and task.items)
