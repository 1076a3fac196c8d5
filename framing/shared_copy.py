"""Shared copy: passages two articles share word for word or nearly (wire copy, press releases).

Each sentence of six words or more becomes a set of word 3-grams ("shingles"); datasketch's MinHash
and locality-sensitive hashing propose candidate sentence pairs across articles without comparing every
pair, and each candidate is kept only if the exact Jaccard similarity of its shingles reaches the
threshold. Consecutive matching sentences are merged into passages. Offsets index the original texts.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from datasketch import MinHash, MinHashLSH

from framing.document import Document, Sentence

SHINGLE_WORDS = 3
MIN_SENTENCE_WORDS = 6
PERMUTATIONS = 128
MINHASH_SEED = 1


@dataclass(frozen=True)
class SharedPassage:
    """A run of sentences in article `a` that article `b` also carries, nearly word for word."""

    article_a: str
    start_a: int
    end_a: int
    text_a: str
    article_b: str
    start_b: int
    end_b: int
    text_b: str
    similarity: float
    words_a: int
    words_b: int


@dataclass(frozen=True)
class SharedShare:
    """How much of one article is shared with other articles: words in shared passages and their share."""

    article: str
    shared_words: int
    words: int
    share: float
    shared_with: tuple[str, ...]


def shingles(words: list[str], size: int = SHINGLE_WORDS) -> set[str]:
    """Lower-cased word n-grams of a sentence (the whole sentence when shorter than `size`)."""
    lowered = [word.lower() for word in words]
    if len(lowered) < size:
        return {" ".join(lowered)} if lowered else set()
    return {" ".join(lowered[at:at + size]) for at in range(len(lowered) - size + 1)}


def jaccard(first: set[str], second: set[str]) -> float:
    """Shared shingles over all shingles of the two sets (0 when both are empty)."""
    union = first | second
    return len(first & second) / len(union) if union else 0.0


def _sentence_words(document: Document) -> dict[int, list[str]]:
    """Each sentence's words, by sentence index."""
    words: dict[int, list[str]] = {}
    for token in document.tokens:
        words.setdefault(token.sentence, []).append(token.text)
    return words


def find_shared_copy(documents: Mapping[str, Document], threshold: float = 0.5) -> tuple[SharedPassage, ...]:
    """Passages shared between any two of `documents` (article id to Document), most similar pairs first.

    `threshold` is the Jaccard similarity of 3-word shingles a pair of sentences needs to count as shared.
    """
    units: dict[str, tuple[str, Sentence, set[str], int]] = {}
    signatures: dict[str, MinHash] = {}
    lsh = MinHashLSH(threshold=max(0.1, threshold - 0.2), num_perm=PERMUTATIONS)
    for article, document in sorted(documents.items()):
        sentence_words = _sentence_words(document)
        for sentence in document.sentences:
            words = sentence_words.get(sentence.index, [])
            if len(words) < MIN_SENTENCE_WORDS:
                continue
            key = f"{article}\x00{sentence.index}"
            grams = shingles(words)
            signature = MinHash(num_perm=PERMUTATIONS, seed=MINHASH_SEED)
            signature.update_batch([gram.encode("utf-8") for gram in sorted(grams)])
            units[key] = (article, sentence, grams, len(words))
            signatures[key] = signature
            lsh.insert(key, signature)
    pairs: dict[tuple[str, str], list[tuple[int, int]]] = {}
    for key, (article, sentence, grams, _) in units.items():
        for other in sorted(lsh.query(signatures[key])):
            other_article, other_sentence, other_grams, _ = units[other]
            if other_article <= article or jaccard(grams, other_grams) < threshold:
                continue
            pairs.setdefault((article, other_article), []).append((sentence.index, other_sentence.index))
    passages = []
    for (article_a, article_b), matches in sorted(pairs.items()):
        for run in _runs(sorted(set(matches))):
            passages.append(_passage(documents, units, article_a, article_b, run))
    return tuple(sorted(passages, key=lambda item: (-item.words_a, item.article_a, item.start_a, item.article_b, item.start_b)))


def _runs(matches: list[tuple[int, int]]) -> list[list[tuple[int, int]]]:
    """Group sentence matches into runs where both sides move forward by at most two sentences."""
    runs: list[list[tuple[int, int]]] = []
    for first, second in matches:
        if runs and 0 < first - runs[-1][-1][0] <= 2 and 0 < second - runs[-1][-1][1] <= 2:
            runs[-1].append((first, second))
        else:
            runs.append([(first, second)])
    return runs


def _passage(documents: Mapping[str, Document], units, article_a: str, article_b: str, run: list[tuple[int, int]]) -> SharedPassage:
    """One passage from a run of matched sentences: spans, texts and the similarity of the whole run."""
    side_a = [units[f"{article_a}\x00{first}"] for first, _ in run]
    side_b = [units[f"{article_b}\x00{second}"] for second in dict.fromkeys(second for _, second in run)]
    start_a, end_a = side_a[0][1].start, side_a[-1][1].end
    start_b, end_b = side_b[0][1].start, side_b[-1][1].end
    grams_a = set().union(*(unit[2] for unit in side_a))
    grams_b = set().union(*(unit[2] for unit in side_b))
    return SharedPassage(
        article_a=article_a, start_a=start_a, end_a=end_a, text_a=documents[article_a].text[start_a:end_a],
        article_b=article_b, start_b=start_b, end_b=end_b, text_b=documents[article_b].text[start_b:end_b],
        similarity=round(jaccard(grams_a, grams_b), 3),
        words_a=sum(unit[3] for unit in side_a), words_b=sum(unit[3] for unit in side_b),
    )


def shared_shares(documents: Mapping[str, Document], passages: tuple[SharedPassage, ...]) -> tuple[SharedShare, ...]:
    """For each article, the share of its words inside passages it shares with any other article."""
    spans: dict[str, list[tuple[int, int, str]]] = {article: [] for article in documents}
    for passage in passages:
        spans[passage.article_a].append((passage.start_a, passage.end_a, passage.article_b))
        spans[passage.article_b].append((passage.start_b, passage.end_b, passage.article_a))
    shares = []
    for article, document in sorted(documents.items()):
        covered = {
            token.index for token in document.tokens
            if any(start <= token.start and token.end <= end for start, end, _ in spans[article])
        }
        words = document.n_words
        shares.append(SharedShare(
            article=article, shared_words=len(covered), words=words, share=len(covered) / words if words else 0.0,
            shared_with=tuple(sorted({other for _, _, other in spans[article]})),
        ))
    return tuple(shares)
