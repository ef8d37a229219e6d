"""Sentence boundaries from spaCy's blank English pipeline with its rule-based sentencizer.

No statistical model is loaded (nothing to download); the tokenizer and sentencizer are pure rules.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from claimledger.models import Sentence

NAME = "sentences.v1"


@lru_cache(maxsize=1)
def _nlp() -> Any:
    import spacy

    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    nlp.max_length = 50_000_000
    return nlp


def split_sentences(text: str) -> tuple[Sentence, ...]:
    """Split ``text`` into sentences; paragraph breaks always end a sentence.

    >>> [(s.start, s.end) for s in split_sentences("Russia lost 1,000. Kyiv said so.")]
    [(0, 18), (19, 32)]
    """
    sentences: list[Sentence] = []
    offset = 0
    for block in text.split("\n"):
        if block.strip():
            doc = _nlp()(block)
            for sent in doc.sents:
                start, end = offset + sent.start_char, offset + sent.end_char
                while end > start and text[end - 1].isspace():
                    end -= 1
                if end > start:
                    sentences.append(Sentence(start, end))
        offset += len(block) + 1
    return tuple(sentences)


def sentence_index(sentences: tuple[Sentence, ...], position: int) -> int:
    """Index of the sentence holding character ``position`` (the previous one when between sentences).

    >>> sentence_index((Sentence(0, 5), Sentence(6, 10)), 7)
    1
    """
    lo, hi = 0, len(sentences) - 1
    found = 0
    while lo <= hi:
        mid = (lo + hi) // 2
        if sentences[mid].start <= position:
            found = mid
            lo = mid + 1
        else:
            hi = mid - 1
    return found
