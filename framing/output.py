"""Turn analyses into plain records, JSON, JSONL, CSV tables and tidy pandas DataFrames.

The JSON schema is documented in the README ("Output"); every key there comes from `article_record`.
The tidy tables' columns and dtypes are `TABLE_COLUMNS`: closed vocabularies (status, quote kind,
voice, sentiment label, side, lexicon category ...) are pandas categoricals whose categories are the
vocabulary in force (shipped or user data) plus any other value seen.
"""

from __future__ import annotations

import dataclasses
import functools
import json
import math
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

import msgspec

from framing.actors import MENTION_KINDS, TYPES, default_registry
from framing.lexicons import VOICES, default_lexicons
from framing.document import Document
from framing.pipeline import ArticleAnalysis, Options
from framing.quotes import Quote
from framing.lexicons import reporting_verbs
from framing.readability import TEXTSTAT_METRICS
from framing.sentiment import LABELS

if TYPE_CHECKING:  # pandas loads only when a table is built, not for JSON output
    import pandas as pd

SCHEMA_VERSION = "1"
ARTICLE_COLUMNS = ("id", "source", "outlet", "title", "published", "story", "url", "status", "error")
TABLES = ("articles", "removed", "quotes", "speakers", "actors", "mentions", "framing", "readability")


def plain(value: Any) -> Any:
    """A JSON-ready copy of `value`: dataclasses and mappings to dicts, tuples to lists, NaN to None.

    >>> plain({"scores": (1, float("nan"))})
    {'scores': [1, None]}
    """
    kind = type(value)
    if kind in _LEAVES:  # most values: returned as they are, without the checks below
        return value
    if kind is float:
        return value if math.isfinite(value) else None
    names = _field_names(kind)
    if names is not None:
        return {name: plain(getattr(value, name)) for name in names}
    if isinstance(value, Mapping):
        return {str(key): plain(item) for key, item in value.items()}
    if isinstance(value, (list, tuple)):
        return [plain(item) for item in value]
    if isinstance(value, float) and not math.isfinite(value):
        return None
    return value


_LEAVES = frozenset({str, int, bool, type(None)})
"""Exact types that `plain` returns unchanged (subclasses take the general path)."""


@functools.lru_cache(maxsize=None)
def _field_names(kind: type) -> tuple[str, ...] | None:
    """The field names of a dataclass type, looked up once per type; None for any other type."""
    return tuple(item.name for item in dataclasses.fields(kind)) if dataclasses.is_dataclass(kind) else None


def article_record(analysis: ArticleAnalysis) -> dict[str, Any]:
    """One article's analysis as a JSON-ready dict (the documented output schema).

    >>> from framing.results import analyze_text
    >>> record = article_record(analyze_text("“We will act,” the minister said."))
    >>> record["status"], record["words"], record["quotes"][0]["cue"]
    ('ok', 6, 'said')
    """
    article = analysis.article
    document = analysis.document
    return {
        **{name: getattr(article, name) for name in ARTICLE_COLUMNS if name not in ("status", "error")},
        "meta": dict(article.meta),
        "status": analysis.status,
        "error": analysis.error,
        "warnings": list(article.warnings),
        "paragraphs": len(document.paragraphs) if document else 0,
        "sentences": len(document.sentences) if document else 0,
        "words": document.n_words if document else 0,
        "removed": [
            {"text": line.text, "reason": line.reason, "rule": line.rule, "start": line.start, "end": line.end}
            for line in analysis.removed
        ],
        "readability": plain(analysis.readability),
        "author_readability": plain(analysis.author_readability),
        "quotes": plain(analysis.quotes),
        "speakers": plain(analysis.speakers),
        "actors": plain(analysis.actors),
        "mentions": plain(analysis.mentions),
        "framing": plain(analysis.framing),
        "framing_summary": plain(analysis.framing_summary),
        "sentence_words": sentence_words(document) if document else [],
        "quote_words": quote_words(document, analysis.quotes) if document else [],
    }


def sentence_words(document: Document) -> list[int]:
    """Words in each kept sentence, in order: with `quote_words`, what a comparison resamples
    (sentences) read back from the output without the text."""
    counts = [0] * len(document.sentences)
    for token in document.tokens:
        counts[token.sentence] += 1
    return counts


def quote_words(document: Document, quotes: Sequence[Quote]) -> list[list[int]]:
    """[index of the first word, number of words] of each quote's words (those wholly inside it);
    a word's sentence follows from `sentence_words`."""
    spans = []
    for quote in quotes:
        inside = document.tokens_between(quote.start, quote.end)
        spans.append([inside[0].index, len(inside)] if inside else [0, 0])
    return spans


def to_json(analyses: Sequence[ArticleAnalysis]) -> str:
    """One JSON document with a top-level "articles" list.

    >>> import json
    >>> from framing.results import analyze
    >>> document = json.loads(to_json(analyze(["One text here.", "Another one here."])))
    >>> document["schema_version"], [article["id"] for article in document["articles"]]
    ('1', ['0', '1'])
    """
    document = {"schema_version": SCHEMA_VERSION, "articles": [article_record(item) for item in analyses]}
    return indented_json(document) + "\n"


def indented_json(value: Any) -> str:
    """`json.dumps(value, ensure_ascii=False, indent=2)`, the same text made faster: the standard library
    indents in Python, so the compact C encoding is re-indented by msgspec (which keeps every token as
    written). Text that cannot be UTF-8 (a lone surrogate) takes the standard library's path."""
    compact = json.dumps(value, ensure_ascii=False)
    try:
        return msgspec.json.format(compact, indent=2)
    except UnicodeEncodeError:
        return json.dumps(value, ensure_ascii=False, indent=2)


def json_article(analysis: ArticleAnalysis) -> str:
    """One article as it sits in the `to_json` document (indented, after a line break), for `write_json_stream`."""
    return "\n    " + indented_json(article_record(analysis)).replace("\n", "\n    ")


def write_json_stream(pieces: Iterable[str], stream: TextIO) -> int:
    """Write the `to_json` document article by article from `json_article` pieces (same bytes); returns how many."""
    stream.write('{\n  "schema_version": ' + json.dumps(SCHEMA_VERSION) + ',\n  "articles": [')
    count = 0
    for piece in pieces:
        stream.write(("," if count else "") + piece)
        count += 1
    stream.write("\n  ]\n}\n" if count else "]\n}\n")
    return count


def to_jsonl(analyses: Iterable[ArticleAnalysis]) -> Iterable[str]:
    """One JSON line an article.

    >>> from framing.results import analyze
    >>> lines = list(to_jsonl(analyze(["One text here.", "Another one here."])))
    >>> len(lines), lines[0].startswith('{"id": "0"')
    (2, True)
    """
    for analysis in analyses:
        yield jsonl_line(analysis)


def jsonl_line(analysis: ArticleAnalysis) -> str:
    """One article as a JSON line."""
    return json.dumps(article_record(analysis), ensure_ascii=False) + "\n"


def to_frame(analyses: ArticleAnalysis | Sequence[ArticleAnalysis], table: str = "articles") -> pd.DataFrame:
    """A tidy DataFrame of one table (see `TABLES`): one row an article, quote, hit, mention ...
    Columns keep pandas' inferred dtypes; `AnalysisResult` tables have the documented ones.

    >>> from framing.results import analyze_text
    >>> to_frame(analyze_text("“We will act,” the minister said."), "quotes")[["article_id", "text", "speaker", "speaker_mention", "cue"]]
      article_id          text speaker speaker_mention   cue
    0       text  We will act,    None    the minister  said
    """
    if isinstance(analyses, ArticleAnalysis):
        analyses = [analyses]
    if table not in TABLES:
        raise ValueError(f"unknown table {table!r}; choose one of {', '.join(TABLES)}")
    import pandas as pd

    rows: list[dict[str, Any]] = []
    for analysis in analyses:
        record = article_record(analysis)
        keys = {"article_id": record["id"], "outlet": record["outlet"], "story": record["story"]}
        if table == "articles":
            rows.append(_article_row(record))
        elif table == "readability":
            rows.extend(
                {**keys, "voice": voice, "metric": metric, "value": value}
                for voice, scores in (("all", record["readability"]), ("author", record["author_readability"]))
                for metric, value in scores.items()
            )
        elif table == "speakers":
            rows.extend({**keys, **row} for row in _speaker_rows(record["speakers"]))
        else:
            rows.extend({**keys, **_flat(item)} for item in record[table])
    return pd.DataFrame(rows)


def _article_row(record: Mapping[str, Any]) -> dict[str, Any]:
    """The one-row-an-article summary: metadata, counts and readability scores."""
    row = {name: record[name] for name in ARTICLE_COLUMNS}
    row["warnings"] = json.dumps(record["warnings"], ensure_ascii=False)
    row.update(paragraphs=record["paragraphs"], sentences=record["sentences"], words=record["words"])
    row.update(removed_lines=len(record["removed"]), quotes=len(record["quotes"]), framing_hits=len(record["framing"]))
    row.update(record["readability"])
    return row


def _speaker_rows(speakers: Any) -> list[dict[str, Any]]:
    """Per-speaker and per-side rows from the quotes stage's summary (`level` says which)."""
    if not speakers:
        return []
    return [{"level": level[:-1], **_flat(item)} for level in ("speakers", "sides") for item in speakers.get(level, [])]


def _flat(item: Mapping[str, Any]) -> dict[str, Any]:
    """Lists and dicts inside a row become JSON strings so every cell is a scalar."""
    return {
        key: json.dumps(value, ensure_ascii=False) if isinstance(value, (list, dict)) else value
        for key, value in item.items()
    }


def write_csv_tables(analyses: Sequence[ArticleAnalysis], folder: Path) -> list[Path]:
    """Write every table as `<folder>/<table>.csv`; returns the paths written.

    >>> import tempfile
    >>> from framing.results import analyze
    >>> [path.name for path in write_csv_tables(analyze(["One text here."]), Path(tempfile.mkdtemp()))][:3]
    ['articles.csv', 'removed.csv', 'quotes.csv']
    """
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for table in TABLES:
        path = folder / f"{table}.csv"
        to_frame(analyses, table).to_csv(path, index=False, lineterminator="\n")
        written.append(path)
    return written


STRING = "string"
QUOTE_KINDS = ("direct", "partial", "scare")
STATUSES = ("ok", "error")
READABILITY_METRICS = (*TEXTSTAT_METRICS, "words", "sentences", "words_per_sentence")
KEY_COLUMNS = {
    "article_id": (STRING, "the article's id (the id column, file stem or list position); joins every table"),
    "outlet": (STRING, "the outlet, when known"),
    "story": (STRING, "the story the article belongs to, when known"),
}

# Per table: column -> (dtype, meaning). "category:NAME" is a categorical over vocabulary NAME.
TABLE_COLUMNS: dict[str, dict[str, tuple[str, str]]] = {
    "articles": {
        **KEY_COLUMNS,
        "source": (STRING, "where the text came from (file, file#row=N, <dataframe>#row=N, <text>)"),
        "title": (STRING, "headline, when given"),
        "published": (STRING, "publication date as given"),
        "url": (STRING, "URL, when given"),
        "status": ("category:status", "ok, or error (then `error` says why)"),
        "error": (STRING, "why the article could not be analysed"),
        "paragraphs": ("int64", "paragraphs after cleaning"),
        "sentences": ("int64", "sentences after cleaning"),
        "words": ("int64", "words after cleaning"),
        "removed_lines": ("int64", "page-furniture lines removed"),
        "quotes": ("int64", "quote spans (direct, partial, scare)"),
        "framing_hits": ("int64", "lexicon hits"),
        **{name: ("float64", f"textstat {name} of the cleaned text") for name in TEXTSTAT_METRICS},
        "words_per_sentence": ("float64", "words a sentence"),
    },
    "removed": {
        **KEY_COLUMNS,
        "text": (STRING, "the removed line"),
        "reason": (STRING, "why it was removed"),
        "rule": (STRING, "the furniture rule id (lexicons/furniture.jsonl)"),
        "start": ("int64", "character offset into the original text"),
        "end": ("int64", "end offset (exclusive)"),
    },
    "quotes": {
        **KEY_COLUMNS,
        "text": (STRING, "the quoted words, = original text[start:end]"),
        "start": ("int64", "character offset into the original text"),
        "end": ("int64", "end offset (exclusive)"),
        "paragraph": ("int64", "paragraph index"),
        "kind": ("category:quote_kind", "direct, partial or scare"),
        "speaker": (STRING, "canonical speaker name"),
        "speaker_id": (STRING, "actor id of the speaker"),
        "speaker_mention": (STRING, "the speaker as written"),
        "cue": (STRING, "reporting verb as written"),
        "cue_lemma": (STRING, "reporting verb lemma"),
        "cue_class": ("category:cue_class", "stance class of the reporting verb (lexicons/reporting_verbs.jsonl)"),
        "side": ("category:side", "the speaker's side (actor registry)"),
        "rule": (STRING, "the rule that decided the speaker"),
        "utterance": ("int64", "pieces of one multi-paragraph or cue-split quote share it"),
        "closed": ("bool", "false for an unclosed quote ended at the paragraph"),
        "speaker_start": ("Int64", "offset of speaker_mention in the original text (null without one)"),
        "speaker_end": ("Int64", "end offset of speaker_mention (exclusive)"),
    },
    "speakers": {
        **KEY_COLUMNS,
        "level": ("category:level", "speaker or side"),
        "name": (STRING, "speaker name, or side name"),
        "speaker_id": (STRING, "actor id (speaker rows)"),
        "side": ("category:side", "side of the speaker, or the side itself"),
        "quotes": ("int64", "quote spans"),
        "words": ("int64", "quoted words"),
        "share": ("float64", "share of the article's quoted words, 0..1"),
    },
    "actors": {
        **KEY_COLUMNS,
        "id": (STRING, "actor id (registry id, or made from the text for unknown actors)"),
        "name": (STRING, "canonical name"),
        "type": ("category:actor_type", "person, organisation, country or group"),
        "side": ("category:side", "side (actor registry)"),
        "mentions": ("int64", "mentions scored"),
        "author_mentions": ("int64", "mentions in the journalist's voice"),
        "quote_mentions": ("int64", "mentions inside quotes"),
        "author_sentiment": ("float64", "mean sentiment in the journalist's voice, -1..1 (NaN: none)"),
        "quote_sentiment": ("float64", "mean sentiment in quoted voices, -1..1 (NaN: none)"),
        "negative": ("int64", "mentions labelled negative"),
        "neutral": ("int64", "mentions labelled neutral"),
        "positive": ("int64", "mentions labelled positive"),
        "most_negative": (STRING, "the sentence scored most negative"),
        "most_negative_score": ("float64", "its score"),
        "most_positive": (STRING, "the sentence scored most positive"),
        "most_positive_score": ("float64", "its score"),
    },
    "mentions": {
        **KEY_COLUMNS,
        "actor_id": (STRING, "the actor mentioned"),
        "name": (STRING, "its canonical name"),
        "kind": ("category:mention_kind", "how it is mentioned (name, surname, title, pronoun ...)"),
        "text": (STRING, "the mention as written"),
        "start": ("int64", "character offset into the original text"),
        "end": ("int64", "end offset (exclusive)"),
        "sentence_index": ("int64", "sentence index"),
        "sentence": (STRING, "the words scored"),
        "voice": ("category:voice", "author (the journalist) or quote"),
        "speaker": (STRING, "the quoted speaker, for quote voice"),
        "speaker_id": (STRING, "the quoted speaker's actor id"),
        "score": ("float64", "P(positive) - P(negative), -1..1"),
        "label": ("category:sentiment_label", "negative, neutral or positive"),
    },
    "framing": {
        **KEY_COLUMNS,
        "term": (STRING, "the words matched, as written"),
        "entry_id": (STRING, "lexicon entry id"),
        "lexicon": ("category:lexicon", "lexicon name"),
        "category": ("category:lexicon_category", "loaded, crisis, water_metaphor, label, frame ..."),
        "subcategory": ("category:subcategory", "finer class (label connotation, policy frame ...)"),
        "polarity": ("Int64", "the entry's evaluative direction, -1/0/1"),
        "intensity": ("Int64", "1 (mild) to 3 (strong)"),
        "voice": ("category:voice", "author or quote"),
        "speaker": (STRING, "the quoted speaker, for quote voice"),
        "sentence": ("int64", "sentence index"),
        "start": ("int64", "character offset into the original text"),
        "end": ("int64", "end offset (exclusive)"),
        "negated": ("bool", "negated (\"not a crisis\")"),
        "note": (STRING, "why the entry frames"),
        "loaded": ("bool", "loaded language (not just a cue)"),
    },
    "readability": {
        **KEY_COLUMNS,
        "voice": ("category:readability_voice", "all (cleaned text) or author (quotes cut out)"),
        "metric": ("category:readability_metric", "textstat metric, words, sentences or words_per_sentence"),
        "value": ("float64", "its value (NaN when there are no words)"),
    },
}


def vocabularies(options: Options) -> dict[str, tuple[str, ...]]:
    """The closed vocabularies of the categorical columns, from the code and the data in force.

    >>> vocabularies(Options())["voice"], "government" in vocabularies(Options())["side"]
    (('author', 'quote'), True)
    """
    registry = options.registry or default_registry()
    lexicons = options.lexicons or default_lexicons()
    entries = [entry for _, entry in lexicons.entries]
    return {
        "status": STATUSES,
        "quote_kind": QUOTE_KINDS,
        "cue_class": tuple(dict.fromkeys(verb.stance for verb in reporting_verbs(lexicons).values())),
        "side": tuple(sorted({actor.side for actor in registry.actors if actor.side})),
        "level": ("speaker", "side"),
        "actor_type": TYPES,
        "mention_kind": MENTION_KINDS,
        "voice": VOICES,
        "sentiment_label": LABELS,
        "lexicon": tuple(lexicon.name for lexicon in lexicons.lexicons),
        "lexicon_category": tuple(dict.fromkeys(entry.category for entry in entries)),
        "subcategory": tuple(sorted({entry.subcategory for entry in entries if entry.subcategory})),
        "readability_voice": ("all", "author"),
        "readability_metric": READABILITY_METRICS,
    }


def typed_table(frame: pd.DataFrame, table: str, vocab: Mapping[str, Sequence[str]], id_dtype: Any = STRING) -> pd.DataFrame:
    """`frame` with the documented columns in order and their dtypes (an empty table keeps them too).

    >>> import pandas as pd
    >>> typed = typed_table(pd.DataFrame(), "quotes", vocabularies(Options()))
    >>> len(typed), str(typed["kind"].dtype), str(typed["start"].dtype)
    (0, 'category', 'int64')
    """
    import pandas as pd

    columns = TABLE_COLUMNS[table]
    frame = frame.rename(columns={"id": "article_id"}) if table == "articles" else frame
    typed = {}
    for name, (dtype, _) in columns.items():
        values = frame[name] if name in frame else pd.Series([None] * len(frame), dtype=object)
        if dtype.startswith("category:"):
            known = list(vocab[dtype.split(":", 1)[1]])
            extra = sorted({value for value in values.dropna() if value not in known})
            typed[name] = pd.Categorical(values.where(values.notna(), None), categories=known + extra)
        elif name == "article_id":
            typed[name] = values.astype(id_dtype)
        else:
            typed[name] = values.where(values.notna(), None).astype(dtype) if dtype == STRING else values.astype(dtype)
    return pd.DataFrame(typed, index=pd.RangeIndex(len(frame)))


def _arrow_schema(frame: pd.DataFrame) -> Any:
    """The Arrow schema of a typed table, categoricals as dictionary<int32, string> so every part agrees."""
    import pandas as pd
    import pyarrow as pa

    schema = pa.Schema.from_pandas(frame, preserve_index=False)
    for position, name in enumerate(frame.columns):
        if isinstance(frame[name].dtype, pd.CategoricalDtype):
            schema = schema.set(position, pa.field(name, pa.dictionary(pa.int32(), pa.string())))
    return schema


def write_parquet_tables(
    analyses: Iterable[ArticleAnalysis], folder: Path, articles_per_part: int = 5000, options: Options | None = None
) -> list[Path]:
    """Write every table as Parquet under `<folder>/<table>/part-NNNNN.parquet`, `articles_per_part`
    articles a part (analyses are consumed as a stream, so memory stays flat for large runs).
    A folder reads back whole with `pd.read_parquet(folder / "quotes")` or DuckDB's
    `read_parquet('DIR/quotes/*.parquet')`. Needs pyarrow.

    >>> import tempfile, framing
    >>> folder = Path(tempfile.mkdtemp())
    >>> paths = write_parquet_tables(framing.analyze(["Critics branded it a stunt."]), folder)
    >>> [path.relative_to(folder).as_posix() for path in paths][:2]
    ['articles/part-00000.parquet', 'removed/part-00000.parquet']
    >>> import pandas as pd
    >>> pd.read_parquet(folder / "framing")[["article_id", "term", "voice"]]
      article_id     term   voice
    0          0  branded  author
    1          0  branded  author
    2          0    stunt   quote
    """
    import pyarrow as pa
    import pyarrow.parquet as pq

    vocab = vocabularies(options or Options())
    schemas: dict[str, Any] = {}
    written: list[Path] = []
    iterator = iter(analyses)
    part = 0
    while True:
        chunk = [analysis for _, analysis in zip(range(articles_per_part), iterator)]
        if not chunk and part:
            return written
        for table in TABLES:
            frame = typed_table(to_frame(chunk, table), table, vocab)
            schema = schemas.setdefault(table, _arrow_schema(frame))
            path = folder / table / f"part-{part:05d}.parquet"
            path.parent.mkdir(parents=True, exist_ok=True)
            pq.write_table(pa.Table.from_pandas(frame, schema=schema, preserve_index=False), path)
            written.append(path)
        part += 1

