"""Run the named stages over each article, one at a time, catching an article's failure.

Each stage declares what it needs and what it adds to the article's state, spaCy-style; `STAGES`
lists them in order and `check_stages` verifies the order once, so a stage can never read
something no earlier stage made.
"""

from __future__ import annotations

import bisect
import functools
import itertools
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from framing.actors import ActorSummary, MentionSentiment, Registry, actor_sentiment, actor_summary, find_actors, link_speakers
from framing.corpus import Article
from framing.document import Document, RemovedLine
from framing.lexicons import FramingSummary, Hit, LexiconSet, find_hits, framing_summary, reporting_verbs
from framing.quotes import Quote, SpeakerSummary, extract_quotes, speaker_summary
from framing.sentiment import TargetSentimentClassifier
from framing.speech import SpeechVerbs, reported_speech, speech_verbs
from framing.readability import author_text, readability
from framing.segment import make_document

State = dict[str, Any]


@dataclass(frozen=True)
class Options:
    """What the stages may use besides the article: switches and user data (lexicons, registry, model)."""

    clean: bool = True
    lexicons: LexiconSet | None = None
    registry: Registry | None = None
    sentiment_model: TargetSentimentClassifier | None = None


@dataclass(frozen=True)
class Stage:
    """A named step: reads `requires` from the state and returns the `provides` entries."""

    name: str
    requires: tuple[str, ...]
    provides: tuple[str, ...]
    run: Callable[[State, Options], Mapping[str, Any]]


@dataclass(frozen=True)
class ArticleAnalysis:
    """Everything `framing` found in one article; `status` is "ok" or "error" (then `error` says why)."""

    article: Article
    status: str
    error: str | None = None
    document: Document | None = None
    removed: tuple[RemovedLine, ...] = ()
    readability: Mapping[str, float | int | None] = field(default_factory=dict)
    author_readability: Mapping[str, float | int | None] = field(default_factory=dict)
    quotes: tuple[Quote, ...] = ()
    speakers: SpeakerSummary | None = None
    actors: tuple[ActorSummary, ...] = ()
    mentions: tuple[MentionSentiment, ...] = ()
    framing: tuple[Hit, ...] = ()
    framing_summary: FramingSummary | None = None


def _segment_stage(state: State, options: Options) -> Mapping[str, Any]:
    """Clean and split the article's text."""
    document = make_document(state["article"].text, clean=options.clean)
    return {"document": document, "removed": document.removed}


def _actors_stage(state: State, options: Options) -> Mapping[str, Any]:
    """People, organisations and groups, each mention resolved to one canonical actor."""
    return {"actor_index": find_actors(state["document"], options.registry, date=state["article"].published)}


def _quotes_stage(state: State, options: Options) -> Mapping[str, Any]:
    """Direct, partial and scare quotes with their speakers, and who gets how much voice."""
    document = state["document"]
    quotes = extract_quotes(document, state["actor_index"], options.lexicons)
    return {"quotes": quotes, "speakers": speaker_summary(document, quotes)}


def _speaker_links_stage(state: State, options: Options) -> Mapping[str, Any]:
    """The actor index with each speaking pronoun linked to its quote's speaker, so mentions and quotes agree on who spoke."""
    return {"linked_index": link_speakers(state["actor_index"], state["quotes"])}


def _sentiment_stage(state: State, options: Options) -> Mapping[str, Any]:
    """Sentiment toward every actor mention, in the journalist's voice or the quoted speaker's."""
    index = state["linked_index"]
    mentions = actor_sentiment(state["document"], index, state["quotes"], options.sentiment_model)
    return {"mentions": mentions, "actors": actor_summary(index, mentions)}


class _Same:
    """A memo key standing for one object by identity: a lexicon set's reporting-verb table is made once and never
    changed, and hashing the table (or the set) would read every entry."""

    __slots__ = ("value",)

    def __init__(self, value: object) -> None:
        self.value = value

    def __hash__(self) -> int:
        return id(self.value)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, _Same) and other.value is self.value


@functools.lru_cache(maxsize=4)
def _speech_verbs_of(verbs: _Same) -> SpeechVerbs:
    """`speech_verbs` of one reporting-verb table, made once per table, not once per article (about 0.27 ms each)."""
    return speech_verbs(verbs.value)


def framing_hits(document: Document, quotes: Sequence[Quote], lexicons: LexiconSet | None = None) -> tuple[Hit, ...]:
    """Lexicon hits with their voice: a quote's speaker inside quotation marks or indirect speech, else the writer."""
    ordered = sorted(quotes, key=lambda quote: quote.start)
    starts = [quote.start for quote in ordered]
    reach = list(itertools.accumulate((quote.end for quote in ordered), max))

    def inside_a_quote(offset: int) -> bool:
        position = bisect.bisect_right(starts, offset) - 1
        return position >= 0 and reach[position] > offset

    # a reporting verb inside a quote is the speaker's own: its complement stays in the quote's voice
    reported = [span for span in reported_speech(document, _speech_verbs_of(_Same(reporting_verbs(lexicons)))) if not inside_a_quote(span.start)]
    return find_hits(document, lexicons, (*quotes, *reported))


def _framing_stage(state: State, options: Options) -> Mapping[str, Any]:
    """Lexicon hits (loaded words, metaphors, labels, frame cues) split by voice, and their rates."""
    document = state["document"]
    hits = framing_hits(document, state["quotes"], options.lexicons)
    return {"framing": hits, "framing_summary": framing_summary(document, hits)}


def _readability_stage(state: State, options: Options) -> Mapping[str, Any]:
    """textstat scores of the cleaned text and of the journalist's own words."""
    document = state["document"]
    return {
        "readability": readability(document.cleaned_text),
        "author_readability": readability(author_text(document, state["quotes"])),
    }


STAGES: tuple[Stage, ...] = (
    Stage("segment", ("article",), ("document", "removed"), _segment_stage),
    Stage("actors", ("document",), ("actor_index",), _actors_stage),
    Stage("quotes", ("document", "actor_index"), ("quotes", "speakers"), _quotes_stage),
    Stage("speaker_links", ("actor_index", "quotes"), ("linked_index",), _speaker_links_stage),
    Stage("sentiment", ("document", "linked_index", "quotes"), ("mentions", "actors"), _sentiment_stage),
    Stage("framing", ("document", "quotes"), ("framing", "framing_summary"), _framing_stage),
    Stage("readability", ("document", "quotes"), ("readability", "author_readability"), _readability_stage),
)


def check_stages(stages: Iterable[Stage]) -> None:
    """Raise if a stage requires something that no earlier stage provides."""
    available = {"article"}
    for stage in stages:
        missing = [name for name in stage.requires if name not in available]
        if missing:
            raise RuntimeError(f"stage {stage.name!r} requires {missing}, which no earlier stage provides")
        available.update(stage.provides)


def analyze_article(article: Article, options: Options = Options(), stages: tuple[Stage, ...] = STAGES) -> ArticleAnalysis:
    """Run every stage on one article; a failure becomes status "error" with the stage named."""
    if article.error:
        return ArticleAnalysis(article=article, status="error", error=article.error)
    state: State = {"article": article}
    for stage in stages:
        try:
            state.update(stage.run(state, options))
        except Exception as exc:  # one bad article must not stop the corpus
            return ArticleAnalysis(
                article=article, status="error", error=f"{article.source}: stage {stage.name!r} failed: {exc!r}"
            )
    fields = {name: value for name, value in state.items() if name in ArticleAnalysis.__dataclass_fields__}
    return ArticleAnalysis(status="ok", **fields)


def iter_analyses(articles: Iterable[Article], options: Options = Options()) -> Iterator[ArticleAnalysis]:
    """Analyse articles one at a time, in order (streams: memory stays flat for big corpora)."""
    check_stages(STAGES)
    for article in articles:
        yield analyze_article(article, options)


def __getattr__(name: str) -> Any:
    """`framing.pipeline.analyze` moved to `framing.results` (it returns an `AnalysisResult`); kept importable here."""
    if name == "analyze":
        from framing.results import analyze

        return analyze
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
