"""`analyze()` for researchers: DataFrames, paths, texts or Articles in; typed tidy tables out.

`AnalysisResult` holds the per-article analyses (it is a sequence of `ArticleAnalysis`, so every
function that takes analyses takes it) and builds each tidy table on first use, keyed by
`article_id`, with the columns and dtypes documented in `framing.output.TABLE_COLUMNS`.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Iterator, Sequence
from functools import cached_property
from pathlib import Path
from typing import Any, overload

import jinja2
import pandas as pd
from markupsafe import Markup

from framing import errors
from framing.corpus import METADATA_FIELDS, Article, load_corpus
from framing.errors import InputError
from framing.output import (
    STRING,
    TABLE_COLUMNS,
    TABLES,
    to_frame,
    typed_table,
    vocabularies,
)
from framing.pipeline import ArticleAnalysis, Options, iter_analyses


def _table_property(name: str, doc: str) -> cached_property:
    """A cached attribute holding the typed table `name`."""

    def build(self: AnalysisResult) -> pd.DataFrame:
        return self.table(name)

    build.__doc__ = doc
    build.__name__ = name
    return cached_property(build)


class AnalysisResult(Sequence[ArticleAnalysis]):
    """The analyses of a corpus, and its tidy tables as DataFrames keyed by `article_id`.

    >>> result = analyze(["The minister said: “We will act.”", "Officials warned of a crisis."])
    >>> len(result), list(result.articles["article_id"])
    (2, ['0', '1'])
    >>> result.quotes[["article_id", "speaker", "speaker_mention", "cue", "kind"]]
      article_id speaker speaker_mention   cue    kind
    0          0    <NA>    The minister  said  direct
    >>> str(result.framing["voice"].dtype)
    'category'
    """

    def __init__(self, analyses: Iterable[ArticleAnalysis], options: Options | None = None, id_dtype: Any = STRING) -> None:
        self.analyses = tuple(analyses)
        self.options = options or Options()
        self.id_dtype = id_dtype

    def __len__(self) -> int:
        return len(self.analyses)

    @overload
    def __getitem__(self, index: int) -> ArticleAnalysis: ...

    @overload
    def __getitem__(self, index: slice) -> Sequence[ArticleAnalysis]: ...

    def __getitem__(self, index):
        return self.analyses[index]

    def __iter__(self) -> Iterator[ArticleAnalysis]:
        return iter(self.analyses)

    def __repr__(self) -> str:
        failed = sum(item.status != "ok" for item in self.analyses)
        return f"<AnalysisResult: {len(self)} articles, {failed} errors; tables {', '.join(TABLES)}, comparison>"

    @cached_property
    def _vocab(self) -> dict[str, tuple[str, ...]]:
        return vocabularies(self.options)

    def table(self, name: str) -> pd.DataFrame:
        """One tidy table by name (see `TABLE_COLUMNS`); also available as an attribute."""
        if name not in TABLE_COLUMNS:
            raise ValueError(f"unknown table {name!r}; choose one of {', '.join(TABLE_COLUMNS)}")
        return typed_table(to_frame(self.analyses, name), name, self._vocab, self.id_dtype)

    articles = _table_property("articles", "One row an article: metadata, status, counts, readability.")
    removed = _table_property("removed", "One row a removed furniture line.")
    quotes = _table_property("quotes", "One row a quote span, with speaker, cue and side.")
    speakers = _table_property("speakers", "Quoted words per speaker and per side (`level`).")
    actors = _table_property("actors", "One row an actor an article: mentions and sentiment by voice.")
    mentions = _table_property("mentions", "One row a scored actor mention.")
    framing = _table_property("framing", "One row a lexicon hit, with voice and negation.")
    readability = _table_property("readability", "Long form: article, voice, metric, value.")

    @cached_property
    def comparison(self) -> pd.DataFrame:
        """Outlets side by side per story: `framing.compare` over these analyses."""
        from framing.compare import (
            compare,  # compare imports the pipeline; imported on use
        )

        return compare(self.analyses)

    def _repr_html_(self) -> str:
        """Jupyter: a summary line, the articles table and the size of every other table."""
        return _HTML.render(
            result=self,
            articles=Markup(self.articles.head(20).astype(object).fillna("").to_html(index=False, escape=True)),
            sizes={name: len(getattr(self, name)) for name in TABLE_COLUMNS},
        )


_HTML = jinja2.Environment(autoescape=True).from_string(
    "<div><p><b>framing</b> analysis of {{ result|length }} articles"
    " ({{ result.articles.status.eq('error').sum() }} errors)</p>"
    "<p>tables: {% for name, rows in sizes.items() %}<code>.{{ name }}</code> {{ rows }} rows{{ ', ' if not loop.last }}{% endfor %},"
    " <code>.comparison</code></p>{{ articles }}</div>"
)


def analyze(
    data: pd.DataFrame | pd.Series | str | Path | Iterable[str | Article],
    text: str = "text",
    id: str | None = "id",
    outlet: str = "outlet",
    story: str = "story",
    options: Options | None = None,
) -> AnalysisResult:
    """Analyse a corpus: a DataFrame (`text`, `id`, `outlet`, `story` name its columns), a path
    (folder, .txt, .csv, .jsonl, .parquet; table columns named the same way), a Series of texts
    (ids from its index), or a list of texts or `Article`s (ids are list positions). For one text,
    use `analyze_text`.

    >>> import pandas as pd
    >>> frame = pd.DataFrame({"doc": [7, 9], "body": ["Ministers hailed a deal.", "Critics branded it a stunt."],
    ...                       "paper": ["A", "B"]})
    >>> result = analyze(frame, text="body", id="doc", outlet="paper")
    >>> result.articles[["article_id", "outlet", "status", "words"]]
       article_id outlet status  words
    0           7      A     ok      4
    1           9      B     ok      5
    >>> analyze("seedz")
    Traceback (most recent call last):
    ...
    framing.errors.InputError: [E030] 'seedz': no such file or folder; for a path use Path('seedz'), for one article's text use framing.analyze_text('seedz')
    """
    options = options or Options()
    if isinstance(data, pd.Series):  # texts with their index as ids
        data, text, id = data.rename("text").to_frame(), "text", None
    if isinstance(data, pd.DataFrame):
        articles, id_dtype = articles_from_frame(data, text, id, outlet, story)
        return AnalysisResult(iter_analyses(articles, options), options, id_dtype)
    if isinstance(data, str) and not _is_existing_path(data):
        if not any(character.isspace() for character in data):
            raise InputError("E030", errors.E030.format(value=data))
        data = [data]
    if isinstance(data, (str, Path)):
        columns = {name: column for name, column in (("outlet", outlet), ("story", story)) if column != name}
        return AnalysisResult(iter_analyses(load_corpus(data, text_column=text, id_column=id, columns=columns), options), options)
    articles = [item if isinstance(item, Article) else _text_article(item, str(n)) for n, item in enumerate(data)]
    return AnalysisResult(iter_analyses(articles, options), options)


def _is_existing_path(value: str) -> bool:
    """Whether a string names an existing file or folder (an article's text is never one: too long,
    or with characters a file name cannot have, is simply not a path)."""
    try:
        return bool(value.strip()) and Path(value).exists()
    except (OSError, ValueError):
        return False


def analyze_text(text: str | Article, options: Options | None = None) -> ArticleAnalysis:
    """Analyse one article given as its text (or as an `Article`).

    >>> analysis = analyze_text("“It is a crisis,” the minister said.")
    >>> analysis.status, analysis.quotes[0].text, analysis.quotes[0].cue
    ('ok', 'It is a crisis,', 'said')
    """
    article = text if isinstance(text, Article) else Article(id="text", text=text, source="<text>")
    return next(iter_analyses([article], options or Options()))


def _text_article(text: Any, article_id: str) -> Article:
    """An Article from one list item, which must be a string."""
    if not isinstance(text, str):
        raise InputError("E031", errors.E031.format(position=article_id, kind=type(text).__name__))
    return Article(id=article_id, text=text, source=f"<list>#{article_id}")


def articles_from_frame(frame: pd.DataFrame, text: str, id: str | None, outlet: str, story: str) -> tuple[list[Article], Any]:
    """Articles from DataFrame rows, and the dtype to give `article_id` (the id column's when it is
    an integer column, else string). Without an `id` column (or with `id=None`) the row index is the id.

    >>> articles, id_dtype = articles_from_frame(pd.DataFrame({"text": ["A text."], "paper": ["X"]}), "text", "id", "paper", "story")
    >>> articles[0].id, articles[0].outlet, articles[0].source, str(id_dtype)
    ('0', 'X', '<dataframe>#row=1', 'int64')
    """
    if text not in frame.columns:
        raise InputError("E004", errors.E004.format(path="<dataframe>", column=text, columns=sorted(map(str, frame.columns))))
    ids = frame[id] if id is not None and id in frame.columns else pd.Series(frame.index, index=frame.index)
    id_dtype = ids.dtype if pd.api.types.is_integer_dtype(ids.dtype) else STRING
    keys = [str(value) for value in ids]
    seen: dict[str, int] = {}
    for row, key in enumerate(keys, start=1):
        if key in seen:
            raise InputError("E009", errors.E009.format(path="<dataframe>", id=key, first=seen[key], second=row))
        seen[key] = row
    fields = {name: name for name in METADATA_FIELDS} | {"outlet": outlet, "story": story}
    used = {text, id, *fields.values()}
    articles = []
    for row, (key, record) in enumerate(zip(keys, frame.to_dict(orient="records")), start=1):
        body = record.get(text)
        body = body if isinstance(body, str) else ""
        articles.append(
            Article(
                id=key, text=body, source=f"<dataframe>#row={row}",
                meta={str(k): str(v) for k, v in record.items() if k not in used and _present(v)},
                error=None if body.strip() else errors.E010.format(path="<dataframe>", row=row, column=text),
                **{name: str(record[column]) if _present(record.get(column)) else None for name, column in fields.items()},
            )
        )
    return articles, id_dtype


def _present(value: Any) -> bool:
    """True for a real value (not None, NaN or an empty string)."""
    return value is not None and value is not pd.NA and not (isinstance(value, float) and math.isnan(value)) and value != ""
