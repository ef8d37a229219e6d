"""The time layer: dates, months, seasons, years, relative times and war days resolved against publication."""

from __future__ import annotations

from datetime import date

import pytest

from claimledger.extract.sentences import split_sentences
from claimledger.extract.times import NAME, extract_times, find_dateline

PUBLISHED = date(2025, 11, 3)  # a Monday, as in the contract example

CONTRACT_TEXT = (
    "KYIV, 3 November 2025 - Ukraine's General Staff said Russia lost about 1,090 soldiers a day in October, "
    "or roughly 33,800 over the month. Near Kupiansk, 12 to 15 armoured vehicles were destroyed on Sunday."
)


def times_of(text: str, published: date | None = PUBLISHED) -> list[tuple[str, str | None, str | None, str]]:
    return [
        (t.text, t.value, t.precision, t.kind)
        for t in extract_times(text, split_sentences(text), published=published)
    ]


def test_name_is_versioned() -> None:
    assert NAME == "times.v1"


def test_contract_example() -> None:
    found = extract_times(CONTRACT_TEXT, split_sentences(CONTRACT_TEXT), published=PUBLISHED)
    october, sunday = found[1], found[2]
    assert (october.id, october.start, october.end, october.text) == ("t2", 92, 102, "in October")
    assert (october.value, october.precision, october.kind, october.sentence) == (
        "2025-10",
        "month",
        "month",
        0,
    )
    assert (sunday.id, sunday.start, sunday.end, sunday.text) == ("t3", 195, 204, "on Sunday")
    assert (sunday.value, sunday.precision, sunday.kind, sunday.sentence) == ("2025-11-02", "day", "date", 1)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("It happened on Nov. 19.", ("on Nov. 19", "2024-11-19", "day", "date")),
        ("It happened on 19 November 2024.", ("on 19 November 2024", "2024-11-19", "day", "date")),
        ("It happened November 19th.", ("November 19th", "2024-11-19", "day", "date")),
        ("Filed 2024-11-19 in court.", ("2024-11-19", "2024-11-19", "day", "date")),
        ("Since Feb 24, 2022 the war", ("Since Feb 24, 2022", "2022-02-24/2025-11-03", "day", "span")),
        ("It began on Feb 24, 2022.", ("on Feb 24, 2022", "2022-02-24", "day", "date")),
        ("Talks are due on 20 November.", ("on 20 November", "2025-11-20", "day", "date")),
        ("The summit will open on December 5.", ("on December 5", "2025-12-05", "day", "date")),
        (
            "It fell on Monday, 12 February 2024.",
            ("on Monday, 12 February 2024", "2024-02-12", "day", "date"),
        ),
        ("The 4th of July parade", ("The 4th of July", "2025-07-04", "day", "date")),
        ("Dated 21/04/2016.", ("21/04/2016", "2016-04-21", "day", "date")),
        ("Dated 02/22/2016.", ("02/22/2016", "2016-02-22", "day", "date")),
        ("Dated 03/04/2016.", ("03/04/2016", "2016", "year", "date")),
        ("Losses rose in October.", ("in October", "2025-10", "month", "month")),
        ("Losses rose in December.", ("in December", "2024-12", "month", "month")),
        ("Kyiv will get jets in March.", ("in March", "2026-03", "month", "month")),
        ("Losses rose last March.", ("last March", "2025-03", "month", "month")),
        ("Fighting in February 2022 was fierce.", ("in February 2022", "2022-02", "month", "month")),
        ("It ends by the end of March.", ("by the end of March", "2025-03", "month", "month")),
        ("Since February 2022, the war", ("Since February 2022", "2022-02-01/2025-11-03", "month", "span")),
        ("The front held in 2023.", ("in 2023", "2023", "year", "year")),
        ("The front held until mid-2023.", ("until mid-2023", "2023", "year", "year")),
        ("He served in 2014-2022.", ("in 2014-2022", "2014-01-01/2022-12-31", "year", "span")),
        ("In the 1990s Ukraine gave up", ("In the 1990s", "1990-01-01/1999-12-31", "decade", "decade")),
        ("Russia struck last spring.", ("last spring", "2025-03-01/2025-05-31", "season", "season")),
        ("Russia may strike this autumn.", ("this autumn", "2025-09-01/2025-11-30", "season", "season")),
        ("Russia will strike this winter.", ("this winter", "2025-12-01/2026-02-28", "season", "season")),
        (
            "It began in the summer of 2023.",
            ("in the summer of 2023", "2023-06-01/2023-08-31", "season", "season"),
        ),
        ("Russia's winter 2022-23 strikes", ("winter 2022-23", "2022-12-01/2023-02-28", "season", "season")),
        ("the winter campaign stalled", ("the winter", "2024-12-01/2025-02-28", "season", "season")),
        ("Drones hit Kyiv on Sunday.", ("on Sunday", "2025-11-02", "day", "date")),
        ("Drones hit Kyiv on Monday.", ("on Monday", "2025-11-03", "day", "date")),
        ("Talks will resume on Friday.", ("on Friday", "2025-11-07", "day", "date")),
        ("Drones hit Kyiv last Sunday.", ("last Sunday", "2025-11-02", "day", "date")),
        ("Talks resume next Friday.", ("next Friday", "2025-11-14", "day", "date")),
        ("Russia struck yesterday.", ("yesterday", "2025-11-02", "day", "relative")),
        ("Russia struck last night.", ("last night", "2025-11-02", "day", "relative")),
        ("Talks start tomorrow.", ("tomorrow", "2025-11-04", "day", "relative")),
        ("It fell 18 months ago.", ("18 months ago", "2024-05", "month", "relative")),
        ("It fell three years ago.", ("three years ago", "2022", "year", "relative")),
        ("It fell two weeks ago.", ("two weeks ago", "2025-10-20/2025-10-26", "week", "relative")),
        ("It fell 10 days ago.", ("10 days ago", "2025-10-24", "day", "relative")),
        ("It fell a few days ago.", ("a few days ago", None, None, "relative")),
        ("It fell last week.", ("last week", "2025-10-27/2025-11-02", "week", "relative")),
        ("Aid arrives next month.", ("next month", "2025-12", "month", "relative")),
        ("Aid arrived last year.", ("last year", "2024", "year", "relative")),
        (
            "Aid arrives by the end of next month.",
            ("by the end of next month", "2025-12", "month", "relative"),
        ),
        ("Aid arrives by the end of the year.", ("by the end of the year", "2025-12", "month", "relative")),
        ("Aid arrives by March 1 of next year.", ("by March 1 of next year", "2026-03-01", "day", "date")),
        (
            "Russia lost 1,200 over the past 24 hours.",
            ("over the past 24 hours", "2025-11-02/2025-11-03", "day", "span"),
        ),
        (
            "Russia gained in the last two years.",
            ("in the last two years", "2023-11-03/2025-11-03", "year", "span"),
        ),
        ("Two days later it fell.", ("Two days later", None, "day", "relative")),
        ("by the end of 2022", ("by the end of 2022", "2022-12", "month", "month")),
        (
            "in the first half of 2023",
            ("in the first half of 2023", "2023-01-01/2023-06-30", "month", "span"),
        ),
        (
            "in the next three to six months",
            ("in the next three to six months", "2025-11-03/2026-05-03", "month", "span"),
        ),
        (
            "a ship was damaged over the weekend",
            ("over the weekend", "2025-11-01/2025-11-02", "day", "relative"),
        ),
        (
            "Polls ran between 28 April and 11 May.",
            ("28 April and 11 May", "2025-04-28/2025-05-11", "day", "span"),
        ),
        ("Talks ran between March 8 and 15.", ("March 8 and 15", "2025-03-08/2025-03-15", "day", "span")),
        (
            "Talks ran from 14 to 19 February.",
            ("from 14 to 19 February", "2025-02-14/2025-02-19", "day", "span"),
        ),
        (
            "It happened 2 weeks before May 13 1999.",
            ("2 weeks before May 13 1999", "1999-04-29", "day", "relative"),
        ),
        ("Jets will arrive, said Hodges on Oct. 21.", ("on Oct. 21", "2025-10-21", "day", "date")),
        ("It was day 1,000 of the war.", ("day 1,000 of the war", "2024-11-19", "day", "war_day")),
        (
            "On the 97th day of the invasion",
            ("On the 97th day of the invasion", "2022-05-31", "day", "war_day"),
        ),
        (
            "Since the full-scale invasion, 6m left",
            ("Since the full-scale invasion", "2022-02-24/2025-11-03", "day", "span"),
        ),
        (
            "the biggest war since World War II",
            ("since World War II", "1945-09-02/2025-11-03", "day", "span"),
        ),
    ],
)
def test_single_time(text: str, expected: tuple[str, str | None, str | None, str]) -> None:
    assert times_of(text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Russia may use nuclear weapons.",
        "Troops march on Kyiv.",
        "the fall of Mariupol",
        "Ukraine's 47th Brigade held the line",
        "the first prize went to the second team",
        "Russia fired 1990 shells",
        "about 2000 troops crossed",
        "Russia lost 1,090 soldiers a day",
        "a Shahed-136 drone",
        "Theresa May resigned",
    ],
)
def test_no_time(text: str) -> None:
    assert times_of(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Kyiv was hit on Feb. 28. Three days later, Russia struck again.",
            ("Three days later", "2025-03-03"),
        ),
        ("Putin spoke on April 28.\n\nThe day before, he had threatened", ("The day before", "2025-04-27")),
        ("In 2022, displacement peaked at the end of the year.", ("at the end of the year", "2022-12")),
    ],
)
def test_resolved_from_the_story(text: str, expected: tuple[str, str]) -> None:
    assert expected in [(t[0], t[1]) for t in times_of(text)]


def test_story_time_without_a_day_before_stays_unresolved() -> None:
    assert times_of("Three days later, Russia struck again.") == [
        ("Three days later", None, "day", "relative")
    ]


def test_season_needs_lead_in() -> None:
    assert times_of("a spring in the garden") == []
    assert times_of("the spring offensive stalled")[0][:2] == ("the spring", "2025-03-01/2025-05-31")


@pytest.mark.parametrize(
    "text",
    [
        "It fell 18 months ago.",
        "Drones hit Kyiv on Sunday.",
        "Losses rose in October.",
        "It fell last week.",
        "Since February 2022, the war",
        "Russia struck yesterday.",
        "Nov. 19 was quiet.",
        "Russia struck this autumn.",
    ],
)
def test_no_publication_date_no_guess(text: str) -> None:
    found = times_of(text, published=None)
    assert len(found) == 1
    assert found[0][1] is None


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("It was day 1,000 of the war.", "2024-11-19"),
        ("Since February 2022, the war", None),
        ("It happened on 19 November 2024.", "2024-11-19"),
        ("in the summer of 2023", "2023-06-01/2023-08-31"),
    ],
)
def test_absolute_values_need_no_publication_date(text: str, value: str | None) -> None:
    assert times_of(text, published=None)[0][1] == value


def test_ids_offsets_and_sentences() -> None:
    text = "Russia struck yesterday. Kyiv said on Sunday that it began in March 2022.\n\nIt was day 500 of the war."
    sentences = split_sentences(text)
    found = extract_times(text, sentences, published=PUBLISHED)
    assert [t.id for t in found] == [f"t{i}" for i in range(1, len(found) + 1)]
    assert [t.start for t in found] == sorted(t.start for t in found)
    for mention in found:
        assert text[mention.start : mention.end] == mention.text
    assert [t.sentence for t in found] == [0, 1, 1, 2]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("KYIV, 3 November 2025 - Ukraine's General Staff said", date(2025, 11, 3)),
        ("KYIV, Ukraine, Feb. 24, 2022 (AP) — Russia attacked", date(2022, 2, 24)),
        ("LONDON, 2023-05-01 - Britain said", date(2023, 5, 1)),
        ("Published: 12 March 2023\n\nRussia said", date(2023, 3, 12)),
        ("Nov 19 (Reuters) - Russia said", None),
        ("MINSK, 28 January (BelTA) – Lukashenko said", None),
        ("Russia said on 3 November 2025 that it had", None),
        ("", None),
    ],
)
def test_find_dateline(text: str, expected: date | None) -> None:
    assert find_dateline(text) == expected
