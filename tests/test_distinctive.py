"""Distinctive language: Monroe et al. (2008) weighted log-odds with an informative Dirichlet prior."""

from __future__ import annotations

import numpy as np
import pytest

from framing.distinctive import LogOddsDirichlet, distinctive_terms


def test_a_word_only_one_group_uses_often_stands_out() -> None:
    texts = ["the deal is a sham sham sham and the crossings soar"] * 20 + ["the deal was signed and the crossings fell"] * 20
    groups = ["Express"] * 20 + ["BBC"] * 20
    model = LogOddsDirichlet(min_count=1).fit(texts, groups)
    terms = list(model.get_feature_names_out())
    express = model.groups_.index("Express")
    assert model.z_[express, terms.index("sham")] > 1.96
    # two groups: one's z-score is the other's with the sign flipped
    assert np.allclose(model.z_[0], -model.z_[1])
    # a word both use is far less distinctive than one only one group uses
    assert abs(model.z_[express, terms.index("the")]) < model.z_[express, terms.index("sham")] / 3
    top = model.top_terms(n=3)
    assert top[0].group == "BBC" or top[0].term == "sham"


@pytest.mark.parametrize("texts_by_group", [{}, {"only": ["one outlet"]}, {"a": [""], "b": [""]}])
def test_fewer_than_two_groups_or_no_words_give_nothing(texts_by_group) -> None:
    assert distinctive_terms(texts_by_group) == []


def test_seed_outlets_across_the_corpus(seed_analyses) -> None:
    texts: dict[str, list[str]] = {}
    for item in seed_analyses:
        texts.setdefault(item.article.outlet, []).append(item.document.cleaned_text)
    terms = distinctive_terms(texts, n=10)
    national = [term.term for term in terms if term.group == "The National"]
    assert "hotel" in national  # The National alone covers the asylum-hotel protests
    assert all(term.z >= 1.96 and term.count > 0 for term in terms)
    assert not [term for term in terms if term.term in {"the", "and", "of"}]
