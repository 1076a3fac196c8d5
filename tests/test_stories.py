"""Stories: the manifest's story, or articles grouped by TF-IDF similarity when it is missing."""

from __future__ import annotations

from framing.stories import assign_stories, group_by_similarity


def test_without_a_manifest_the_2024_and_2025_seed_events_fall_apart(seed_documents) -> None:
    groups = group_by_similarity({key: document.cleaned_text for key, document in seed_documents.items()})
    assert groups["000"] == groups["004"]
    assert groups["001"] == groups["002"] == groups["003"]
    assert groups["000"] != groups["001"]
    assert "cooper" in groups["000"]  # named after its heaviest words


def test_manifest_stories_win_and_the_rest_are_grouped(seed_documents) -> None:
    articles = {key: (None, document.cleaned_text) for key, document in seed_documents.items()}
    articles["000"] = ("border-pact", seed_documents["000"].cleaned_text)
    groups = assign_stories(articles)
    assert groups.story["000"] == "border-pact" and groups.method["000"] == "manifest"
    assert groups.method["004"] == "similarity" and groups.story["001"] == groups.story["003"]


def test_empty_and_single_inputs() -> None:
    assert group_by_similarity({}) == {}
    assert group_by_similarity({"a": ""}) == {"a": "(no words to group by)"}
    assert list(group_by_similarity({"a": "Ministers signed a returns deal with Iraq."})) == ["a"]
    assert assign_stories({}).story == {}


def test_articles_without_words_do_not_stop_the_grouping(seed_documents) -> None:
    texts = {key: document.cleaned_text for key, document in seed_documents.items()}
    texts.update({"empty": "", "digits": "2024 2025"})
    groups = group_by_similarity(texts)
    assert groups["empty"] == groups["digits"] == "(no words to group by)"
    assert groups["001"] == groups["003"] != groups["000"]
