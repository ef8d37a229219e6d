"""Calendar arithmetic of the time layer (properties), and the layer's invariants over the whole test corpus."""

from __future__ import annotations

import re
from datetime import date, timedelta
from itertools import pairwise
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimledger.extract.anchors import war_day_date, war_day_number
from claimledger.extract.sentences import split_sentences
from claimledger.extract.times import extract_times
from claimledger.extract.times_calendar import (
    add_months,
    at_precision,
    season_span,
    season_year,
    span_end,
    span_start,
)

DAYS = st.dates(min_value=date(1900, 1, 1), max_value=date(2099, 12, 31))
VALUE = re.compile(r"^\d{4}(?:-\d{2}(?:-\d{2})?)?(?:/\d{4}-\d{2}-\d{2})?$")


@given(DAYS, st.integers(min_value=-240, max_value=240))
def test_add_months_keeps_the_day_or_clamps(day: date, months: int) -> None:
    moved = add_months(day, months)
    assert (moved.year * 12 + moved.month) - (day.year * 12 + day.month) == months
    assert moved.day == day.day or (moved.day < day.day and (moved + timedelta(days=1)).day == 1)


@given(DAYS, st.sampled_from(["day", "week", "month", "year", "decade"]))
def test_a_value_covers_its_day(day: date, precision: Any) -> None:
    value = at_precision(day, precision)
    assert VALUE.match(value)
    assert span_start(value) <= day <= span_end(value)


@given(st.sampled_from(["spring", "summer", "autumn", "winter"]), st.integers(min_value=1901, max_value=2098))
def test_seasons_last_three_months_and_follow_each_other(season: str, year: int) -> None:
    value = season_span(season, year)
    first, last = span_start(value), span_end(value)
    assert add_months(first, 3) - timedelta(days=1) == last
    following = {"spring": ("summer", year), "summer": ("autumn", year), "autumn": ("winter", year)}
    follower = following.get(season, ("spring", year + 1))
    assert span_start(season_span(*follower)) == last + timedelta(days=1)


@given(st.sampled_from(["spring", "summer", "autumn", "winter"]), DAYS)
def test_last_season_is_over_and_next_has_not_begun(season: str, day: date) -> None:
    assert span_end(season_span(season, season_year(season, day, -1))) < day
    assert span_start(season_span(season, season_year(season, day, 1))) > day


@given(st.integers(min_value=1, max_value=20_000))
def test_war_day_round_trip(number: int) -> None:
    assert war_day_number(war_day_date(number)) == number


@pytest.mark.shared
@pytest.mark.slow
def test_corpus_invariants(corpus_records: list[dict[str, Any]]) -> None:
    """Over every corpus article: exact offsets, ids in text order, contract-shaped values, no overlaps."""
    total = 0
    for record in corpus_records:
        text = record["text"]
        found = extract_times(
            text, split_sentences(text), published=date.fromisoformat(record["published"][:10])
        )
        total += len(found)
        assert [t.id for t in found] == [f"t{i}" for i in range(1, len(found) + 1)]
        for mention, following in pairwise(found):
            assert mention.end <= following.start
        for mention in found:
            assert text[mention.start : mention.end] == mention.text
            assert mention.value is None or VALUE.match(mention.value), mention
    assert total > 1000
