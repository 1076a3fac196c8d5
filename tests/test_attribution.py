"""The speaker ranker: candidates where the quote rules stall, its features, fitting and the shipped JSON model."""

from __future__ import annotations

import json

import pytest

from framing.attribution import NOBODY, CandidatePool, SpeakerRanker, default_ranker, unindexed_name_runs
from framing.quotes import extract_quotes, speaker_choices
from framing.segment import make_document


@pytest.mark.parametrize(
    "text, taken, runs",
    [
        ("", [], []),
        ("Pelosi said it was over.", [], ["Pelosi"]),
        ("Buttigieg criticized Statehouse politicians.", [], ["Buttigieg", "Statehouse"]),
        ("Later, Simpson's discussions were taped.", [], ["Later", "Simpson"]),
        ("Senator Charles E. Grassley spoke.", [], ["Senator Charles E. Grassley"]),
        ("“Nothing Trump said” counts, Ms Reyes wrote.", [(1, 19)], ["Ms Reyes"]),
        ("no capital letters here", [], []),
    ],
)
def test_unindexed_name_runs(text, taken, runs):
    doc = make_document(text, clean=False)
    assert [run.text for run in unindexed_name_runs(doc, taken)] == runs


@pytest.mark.parametrize(
    "text, names",
    [
        ("", None),
        # the rules give 'a really bad situation' nobody; the people standing near it become candidates, nobody first
        ('Trump in the interview also touched on voter fraud and how it is "a really bad situation."', [None, "Trump"]),
        ('The so-called "dossier" has been disputed for years.', [None]),
        # a quote the rules attribute is not the ranker's business
        ('"We will win," Ms Ortega said.', []),
    ],
)
def test_speaker_choices_offer_nobody_and_nearby_names(text, names):
    choices = speaker_choices(make_document(text, clean=False))
    if names is None:
        assert choices == []
        return
    (quote, candidates, rows), = choices
    assert [c.name for c in candidates] == names
    assert len(rows) == len(candidates)
    if rows:
        assert NOBODY in rows[0] and all(NOBODY not in row for row in rows[1:])


@pytest.mark.parametrize(
    "text, kind, speaker",
    [
        # real news shapes the rules leave without a speaker (ranker picks a person named beside the words)
        ('Biden in the same speech also talked about the economy and how it is "finally turning around."', "partial", "Biden"),
        ('Trump in the interview also touched on voter fraud and how it is "a really bad situation."', "partial", "Trump"),
        # a title with nobody reported using it stays a scare quote
        ('The company renamed its "Project Lantern" initiative last spring.', "scare", None),
        ('The so-called "dossier" has been disputed for years.', "scare", None),
        ("", None, None),
    ],
)
def test_ranker_in_extract_quotes(text, kind, speaker):
    quotes = extract_quotes(make_document(text, clean=False))
    if kind is None:
        assert quotes == ()
        return
    (quote,) = quotes
    assert (quote.kind, quote.speaker) == (kind, speaker)
    assert ("+ranked" in quote.rule) == (speaker is not None)


def test_rules_only_leaves_the_ranker_out():
    text = 'Trump in the interview also touched on voter fraud and how it is "a really bad situation."'
    (quote,) = extract_quotes(make_document(text, clean=False), ranker=False)
    assert (quote.kind, quote.speaker) == ("scare", None)


def test_shipped_ranker_is_json_and_round_trips(tmp_path):
    ranker = default_ranker()
    assert len(ranker.get_feature_names_out()) == len(ranker.coef_) > 100
    path = tmp_path / "ranker.json"
    ranker.to_json(path)
    again = SpeakerRanker.from_json(path)
    assert again.get_feature_names_out() == ranker.get_feature_names_out()
    assert again.intercept_ == ranker.intercept_
    assert json.loads(path.read_text(encoding="utf-8"))["format"] == "framing.speaker_ranker/1"


def test_fit_returns_self_learns_and_is_deterministic(tmp_path):
    rows = [{NOBODY: 1.0, "none:kind:scare": 1.0}, {"pos:before": 1.0, "verb_between:before": 1.0},
            {NOBODY: 1.0, "none:kind:scare": 1.0}, {"pos:before": 1.0}] * 3
    labels = [0, 1, 1, 0] * 3
    ranker = SpeakerRanker(C=1.0, min_count=1)
    assert ranker.fit(rows, labels) is ranker
    assert ranker.choose([rows[0], rows[1]]) == 1  # a reporting verb between the name and the quote
    assert ranker.choose([rows[2], rows[3]]) == 0  # no verb: nobody
    first, second = tmp_path / "a.json", tmp_path / "b.json"
    ranker.to_json(first)
    SpeakerRanker(C=1.0, min_count=1).fit(rows, labels).to_json(second)
    assert first.read_bytes() == second.read_bytes()


def test_from_json_rejects_other_files(tmp_path):
    path = tmp_path / "other.json"
    path.write_text('{"format": "framing.target_sentiment/2"}', encoding="utf-8")
    with pytest.raises(ValueError, match="speaker ranker"):
        SpeakerRanker.from_json(path)


class _CountedMention:
    """A mention whose `end` counts how often it is read: the work a window search does."""

    reads = 0

    def __init__(self, start: int, end: int) -> None:
        self.start, self._end, self.kind, self.text = start, end, "name", "X"

    @property
    def end(self) -> int:
        _CountedMention.reads += 1
        return self._end


def _pool_reads(copies: int) -> int:
    """Mention reads for one window search per quote in an article of `copies` blocks (ten mentions, one quote each)."""
    mentions = [_CountedMention(block * 1000 + i * 50, block * 1000 + i * 50 + 10) for block in range(copies) for i in range(10)]
    quoted = [(block * 1000 + 900, block * 1000 + 950) for block in range(copies)]
    pool = CandidatePool.build((mentions, []), quoted)
    _CountedMention.reads = 0
    for block in range(copies):
        list(pool.within(block * 1000, block * 1000 + 1000))
    return _CountedMention.reads


def test_candidate_search_grows_linearly_with_the_article():
    # four times the article, four times the work: a scan of every mention per quote would be sixteen times
    small, large = _pool_reads(25), _pool_reads(100)
    assert small > 0 and large <= 4.5 * small


@pytest.mark.parametrize(
    "lo, hi, expected",
    [
        (0, 0, []),
        (0, 60, [0, 50]),           # the mention at 50 starts inside the window
        (55, 120, [50, 100]),       # the mention at 50 ends inside it (50-60)
        (300, 400, []),             # inside the quote (300-400): no speaker stands there
        (900, 2000, []),
    ],
)
def test_candidate_pool_window_matches_a_scan(lo, hi, expected):
    mentions = [_CountedMention(start, start + 10) for start in (0, 50, 100, 320, 500)]
    pool = CandidatePool.build((mentions, []), [(300, 400)])
    assert [m.start for m in pool.within(lo, hi)] == expected
