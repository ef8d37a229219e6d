"""Robustness of the quantity extractor: Hypothesis properties over digit soup, word soup and any text.

Whatever the input, extraction raises nothing, ids run in text order, offsets lie inside the text and do not
overlap, ``text`` equals the span and ``low <= high``.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from claimledger.extract.quantities import extract_quantities
from claimledger.extract.sentences import split_sentences


@settings(max_examples=300, deadline=None)
@given(
    st.text(alphabet=st.sampled_from(list("0123456789 ,.-–/:%$£€₴ abcdeghilmnorstuvwxyzMBK\n")), max_size=80)
)
def test_property_any_digit_soup(text: str) -> None:
    _check_properties(text)


_WORDS = [
    "about",
    "at least",
    "more than",
    "up to",
    "between",
    "and",
    "to",
    "or",
    "a",
    "day",
    "per",
    "cent",
    "million",
    "bn",
    "tens",
    "of",
    "thousands",
    "hundreds",
    "one",
    "two",
    "twenty-five",
    "half",
    "dozen",
    "km",
    "%",
    "$",
    "tanks",
    "Russian",
    "soldiers",
    "-",
    "–",
    ":",
    "1,090",
    "2.4",
    "300",
    "2022",
    "47th",
]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_WORDS), max_size=14).map(" ".join))
def test_property_word_soup(text: str) -> None:
    _check_properties(text)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=60))
def test_property_any_text(text: str) -> None:
    _check_properties(text)


def _check_properties(text: str) -> None:
    found = extract_quantities(text, split_sentences(text) if text.strip() else ())
    previous_end = 0
    for index, q in enumerate(found, start=1):
        assert q.id == f"q{index}"
        assert 0 <= q.start < q.end <= len(text)
        assert q.start >= previous_end
        assert q.text == text[q.start : q.end]
        assert q.low <= q.high
        previous_end = q.end
