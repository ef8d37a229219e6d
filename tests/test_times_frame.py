"""Time rules of issue 4 round 2: the story's own year, budget years, year-ends, "June 4 this year", seasonal
operations, holidays, "in two weeks" ahead of publication, "next 6th of April"."""

from __future__ import annotations

from datetime import date

import pytest

from claimledger.extract.sentences import split_sentences
from claimledger.extract.times import extract_times

PUBLISHED = date(2024, 4, 19)

RETOLD = (
    "Less than a week after the start of Russia's February 2022 invasion, peace talks began.\n\n"
    "The first round was held in Belarus on Feb. 28. Three days later they met again.\n\n"
    "At the third round of talks on March 7, the two sides laid out their red lines. "
    "Further talks were held between March 13 and 17, and a deal was drafted by the end of the month.\n\n"
    "Its 2014 annexation of Crimea was not on the table. On March 29 a draft took shape.\n\n"
    "The March 29 draft was a good start."
)


def values(text: str, published: date | None = PUBLISHED) -> dict[str, str | None]:
    return {t.text: t.value for t in extract_times(text, split_sentences(text), published=published)}


@pytest.mark.parametrize(
    ("written", "value"),
    [
        ("on Feb. 28", "2022-02-28"),
        ("Three days later", "2022-03-03"),
        ("on March 7", "2022-03-07"),
        ("March 13 and 17", "2022-03-13/2022-03-17"),
        ("by the end of the month", "2022-03"),
        ("On March 29", "2022-03-29"),
        ("March 29", "2022-03-29"),
        ("2014", "2014"),
    ],
)
def test_a_retold_story_keeps_its_year(written: str, value: str) -> None:
    assert values(RETOLD)[written] == value


@pytest.mark.parametrize(
    ("text", "written", "value"),
    [
        # No year written before: the publication rule.
        ("The first round was held on Feb. 28.", "on Feb. 28", "2024-02-28"),
        # A background year is no frame.
        ("Russia annexed Crimea in 2014. On March 10 Lavrov met Kuleba.", "On March 10", "2024-03-10"),
        # A month written with its year frames only the days inside it.
        (
            "In April 2022, Russia was suspended.\n\nOn May 4, the OSCE published a report.",
            "On May 4",
            "2023-05-04",
        ),
        # Recent news stays recent, even right after the invasion date.
        (
            "The war began on February 24, 2022. Zelensky spoke on April 10 about the war.",
            "on April 10",
            "2024-04-10",
        ),
        # A later time read from publication ends the story.
        (
            "Talks began on Feb. 24, 2022. On Tuesday Kyiv said that on Feb. 28 it had nothing to add.",
            "on Feb. 28",
            "2024-02-28",
        ),
        # A bare month is not moved by a single written date.
        (
            "In February last year, Putin spoke. After Macron said in February that troops could go, Putin spoke.",
            "in February",
            "2024-02",
        ),
        # The future is never reframed.
        ("Talks began on Feb. 24, 2022. They will resume on Feb. 28.", "on Feb. 28", "2025-02-28"),
    ],
)
def test_frame_does_not_overreach(text: str, written: str, value: str) -> None:
    assert values(text)[written] == value


def test_without_publication_nothing_is_framed() -> None:
    assert values("The war began in February 2022. It escalated on Feb. 28.", None)["on Feb. 28"] is None


@pytest.mark.parametrize(
    ("text", "written", "value"),
    [
        (
            "The UK gave £500m, taking the total to £3bn this financial year.",
            "this financial year",
            "2024-04-01/2025-03-31",
        ),
        ("The UK spent £2bn last financial year.", "last financial year", "2023-04-01/2024-03-31"),
        (
            "The Pentagon asked Congress for more in fiscal year 2025.",
            "in fiscal year 2025",
            "2024-10-01/2025-09-30",
        ),
        ("The US budget for this fiscal year grew.", "this fiscal year", "2023-10-01/2024-09-30"),
        ("The ministry spent more this financial year.", "this financial year", None),
        ("It helps short term - to year end 24'. But questions remain.", "year end 24'", "2024-12"),
        ("Reserves last until year-end 2025.", "year-end 2025", "2025-12"),
    ],
)
def test_budget_years_and_year_ends(text: str, written: str, value: str | None) -> None:
    assert values(text)[written] == value


@pytest.mark.parametrize(
    ("text", "written", "value"),
    [
        ("The BBC confirmed it from June 4 this year.", "from June 4 this year", "2024-06-04"),
        ("Ten generals died in August last year.", "in August last year", "2023-08"),
        ("In February this year, police listed her.", "In February this year", "2024-02"),
    ],
)
def test_month_with_this_or_last_year(text: str, written: str, value: str) -> None:
    assert values(text)[written] == value


@pytest.mark.parametrize(
    ("text", "published", "value"),
    [
        ("Weapons for Ukraine to mount its needed spring counter-offensive.", date(2023, 1, 24), "2023"),
        ("Russia may well be preparing a spring offensive.", date(2023, 2, 26), "2023"),
        ("Having rebuffed Ukraine's summer counteroffensive, Russia advanced.", date(2024, 5, 8), "2023"),
        ("Its spring offensive stalled.", date(2023, 1, 24), "2022"),
    ],
)
def test_seasonal_operation_looked_forward_to_is_the_nearest(text: str, published: date, value: str) -> None:
    found = [
        t.value for t in extract_times(text, split_sentences(text), published=published) if t.kind == "season"
    ]
    assert len(found) == 1 and found[0] is not None and found[0].startswith(value)


@pytest.mark.parametrize(
    ("text", "published", "written", "value"),
    [
        ("The Easter truce was broken.", date(2024, 4, 19), "Easter", "2024-03-31"),
        ("Russia struck Kharkiv on Orthodox Easter.", date(2024, 4, 19), "on Orthodox Easter", "2023-04-16"),
        ("Russia will strike on Orthodox Easter.", date(2024, 4, 19), "on Orthodox Easter", "2024-05-05"),
        (
            "Putin declared a ceasefire for Orthodox Christmas.",
            date(2023, 1, 10),
            "Orthodox Christmas",
            "2023-01-07",
        ),
        ("Moscow will celebrate Victory Day.", date(2024, 5, 7), "Victory Day", "2024-05-09"),
        ("Ukraine's Independence Day nears.", date(2022, 8, 23), "Independence Day", "2022-08-24"),
        ("The US marked Independence Day.", date(2022, 8, 23), "Independence Day", "2022-07-04"),
        ("The ministry issued an Independence Day statement.", date(2022, 8, 24), "Independence Day", None),
        ("Victory Day is a holiday of the Soviet victory.", date(2024, 4, 20), "Victory Day", None),
        ("When was the last easter?", date(2019, 3, 12), "last easter", "2018-04-01"),
        ("When was the next easter?", date(2019, 2, 12), "next easter", "2019-04-21"),
        ("I'll go back on easter 2018", date(2016, 11, 7), "on easter 2018", "2018-04-01"),
        (
            "It happened 2 weeks before Christmas.",
            date(2016, 11, 7),
            "2 weeks before Christmas",
            "2015-12-11",
        ),
        ("Prices fall on Black Friday 2010.", date(2016, 11, 7), "on Black Friday 2010", "2010-11-26"),
    ],
)
def test_holidays(text: str, published: date, written: str, value: str | None) -> None:
    assert values(text, published)[written] == value


def test_may_day_needs_capitals() -> None:
    assert values("Some may day-trade.", PUBLISHED) == {}


@pytest.mark.parametrize(
    ("text", "written", "value"),
    [
        ("The jets will arrive in two weeks.", "in two weeks", "2024-05-03"),
        ("Talks resume in a fortnight's time.", "in a fortnight's time", "2024-05-03"),
        ("Kyiv will get aid in three months.", "in three months", "2024-07-19"),
        ("It will take effect in a few weeks.", "in a few weeks", None),
    ],
)
def test_in_n_units_ahead(text: str, written: str, value: str | None) -> None:
    assert values(text)[written] == value


@pytest.mark.parametrize(
    "text",
    [
        "Russia captured the town in three days.",
        "Putin's boast to be in Kyiv in three days wasn't going to happen.",
        "The strikes came in a week when Moscow will celebrate.",
    ],
)
def test_in_n_units_as_a_duration_is_no_date(text: str) -> None:
    assert not any(written.startswith("in ") and "day" in written for written in values(text))
    assert "in a week" not in values(text)


@pytest.mark.parametrize(
    ("text", "written", "value"),
    [
        ("This task should be done next 6th of April.", "next 6th of April", "2025-04-06"),
        ("The filings are dated last November 24.", "last November 24", "2023-11-24"),
        ("I bought it for $ 12 December 27.", "December 27", "2023-12-27"),
        ("It was filed on feb 30 2019.", "feb 30 2019", None),
    ],
)
def test_written_dates(text: str, written: str, value: str | None) -> None:
    assert values(text)[written] == value


@pytest.mark.parametrize(
    ("text", "written", "value"),
    [
        (
            "She was born on January twenty five nineteen eighty six.",
            "on January twenty five nineteen eighty six",
            "1986-01-25",
        ),
        ("They arrived 13 Sept nineteen seventy two.", "13 Sept nineteen seventy two", "1972-09-13"),
        (
            "The conference was in October two thousand and five.",
            "in October two thousand and five",
            "2005-10",
        ),
        ("They left in nineteen ninety six and came back.", "in nineteen ninety six", "1996"),
    ],
)
def test_years_in_words(text: str, written: str, value: str) -> None:
    assert values(text)[written] == value


@pytest.mark.parametrize(
    "text",
    [
        "On 5 May two thousand troops crossed.",
        "In March nineteen soldiers died.",
        "in twenty ten-minute rounds",
    ],
)
def test_counts_in_words_are_no_years(text: str) -> None:
    assert not any(
        value is not None and value[:2] in ("19", "20") and len(value) == 4 for value in values(text).values()
    )
    assert all("thousand" not in written and "nineteen" not in written for written in values(text))


@pytest.mark.parametrize(
    ("text", "written", "value"),
    [
        ("In March nineteen soldiers died.", "In March", "2024-03"),
        ("the invasion in February. Four months on, NATO met.", "in February", "2024-02"),
        ("They met on May twenty one.", "on May twenty one", "2023-05-21"),
        ("On Feb. four, it began.", "On Feb. four", "2024-02-04"),
    ],
)
def test_cardinal_word_days(text: str, written: str, value: str) -> None:
    assert values(text) == {written: value}
