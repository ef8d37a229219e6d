"""The reference and arithmetic rules on hand-built extractions (independent of the extractors) and the example."""

from __future__ import annotations

import functools
import re
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from claimledger.check import RULES, check, reference_versions
from claimledger.check.durations import duration_comparison, elapsed_since
from claimledger.check.facts import area_comparison, place_distance, settlement_population, unit_size
from claimledger.check.inside import parts_sum, percent_change
from claimledger.check.series import loss_series
from claimledger.check.series_change import loss_change
from claimledger.check.territory import oryx_count, territory_share
from claimledger.extract import extract
from claimledger.extract.sentences import split_sentences
from claimledger.ingest.documents import make_document
from claimledger.ingest.readers import read_path
from claimledger.models import Approx, Document, Extraction, PlaceMention, Quantity, QuantityKind, TimeMention

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "frontline-report.txt"


def q(
    text: str,
    whole: str,
    low: str,
    high: str | None = None,
    *,
    approx: Approx | None = None,
    unit: str | None = None,
    entity: str | None = None,
    per: str | None = None,
    kind: QuantityKind = "count",
    n: int = 1,
) -> Quantity:
    """A quantity found at its (first) place in ``whole``, in sentence 0."""
    start = whole.index(text)
    return Quantity(
        f"q{n}",
        start,
        start + len(text),
        text,
        Decimal(low),
        Decimal(high or low),
        approx,
        unit,
        entity,
        per,
        kind,
        0,
    )


def place(text: str, whole: str, lat: float, lon: float, name: str | None = None, n: int = 1) -> PlaceMention:
    start = whole.index(text)
    return PlaceMention(
        f"p{n}", start, start + len(text), text, name or text, n, lat, lon, "UA", None, 1, 0.9, 0
    )


def month(text: str, whole: str, value: str) -> TimeMention:
    start = whole.index(text)
    return TimeMention("t1", start, start + len(text), text, value, "month", "month", 0)


def doc(
    text: str,
    *quantities: Quantity,
    published: date | None = date(2025, 11, 3),
    times: tuple[TimeMention, ...] = (),
    places: tuple[PlaceMention, ...] = (),
) -> Extraction:
    document = make_document(
        text, origin="<test>", published=published, published_from="user" if published else None
    )
    return Extraction(document, split_sentences(text), quantities, times, places)


def verdicts(found: list) -> list[str]:  # type: ignore[type-arg]
    return [k.verdict for k in found]


# --- General Staff series -------------------------------------------------------------------------------------

OCTOBER = "Ukraine's General Staff said Russia lost {figure} in October."


@pytest.mark.parametrize(
    ("figure", "low", "approx", "per", "entity", "expected"),
    [
        ("31,270 soldiers", "31270", None, None, "soldiers", "consistent"),
        ("about 31,000 soldiers", "31000", "about", None, "soldiers", "consistent"),
        ("20,000 soldiers", "20000", None, None, "soldiers", "inconsistent"),
        ("about 1,000 troops a day", "1000", "about", "day", "troops", "consistent"),
        ("500 troops a day", "500", None, "day", "troops", "inconsistent"),
        ("88 tanks", "88", None, None, "tanks", "consistent"),
        ("300 tanks", "300", None, None, "tanks", "inconsistent"),
        ("more than 25,000 soldiers", "25000", "more_than", None, "soldiers", "consistent"),
    ],
)
def test_general_staff_month(
    figure: str, low: str, approx: Approx | None, per: str | None, entity: str, expected: str
) -> None:
    text = OCTOBER.format(figure=figure)
    found = loss_series(
        doc(
            text,
            q(figure, text, low, approx=approx, entity=entity, per=per),
            times=(month("in October", text, "2025-10"),),
        )
    )
    assert verdicts(found) == [expected]
    assert found[0].evidence[0].dataset == "refdata/gs_losses"
    assert found[0].evidence[0].from_ == "2025-10-01"
    assert found[0].evidence[0].to == "2025-10-31"


def test_uk_mod_is_shown_beside_the_general_staff_for_a_month() -> None:
    text = OCTOBER.format(figure="31,270 soldiers")
    found = loss_series(
        doc(
            text,
            q("31,270 soldiers", text, "31270", entity="soldiers"),
            times=(month("in October", text, "2025-10"),),
        )
    )
    assert {e.dataset for e in found[0].evidence} == {"refdata/gs_losses", "refdata/uk_mod_monthly"}
    assert "UK MoD" in found[0].explanation


@pytest.mark.parametrize(
    "text",
    [
        "Ukraine lost 20,000 soldiers in October.",  # the other side: no Ukrainian series
        "A Russian blogger wrote that Russia lost 20,000 soldiers in October.",  # someone else's figure
        "Russia lost 20,000 houses in October.",  # not a series the General Staff keeps
    ],
)
def test_no_series_check_without_clear_cues(text: str) -> None:
    figure = "20,000 soldiers" if "soldiers" in text else "20,000 houses"
    entity = figure.split()[1]
    assert (
        loss_series(
            doc(text, q(figure, text, "20000", entity=entity), times=(month("in October", text, "2025-10"),))
        )
        == []
    )


def test_unknown_publication_date_is_unverifiable() -> None:
    text = "Russia loses about 1,000 soldiers a day, Ukraine's General Staff says."
    found = loss_series(
        doc(
            text,
            q("about 1,000 soldiers a day", text, "1000", approx="about", entity="soldiers", per="day"),
            published=None,
        )
    )
    assert verdicts(found) == ["unverifiable"]


def test_bare_rate_uses_the_weeks_before_publication() -> None:
    text = "Russia is losing about 1,000 soldiers a day."
    found = loss_series(
        doc(text, q("about 1,000 soldiers a day", text, "1000", approx="about", entity="soldiers", per="day"))
    )
    assert verdicts(found) == ["consistent"]
    assert [e.to for e in found[0].evidence] == ["2025-11-02", "2025-11-02"]


def test_cumulative_and_year_to_date() -> None:
    text = "Since the start of the invasion Russia has lost more than 1.1 million soldiers."
    found = loss_series(
        doc(text, q("more than 1.1 million soldiers", text, "1100000", approx="more_than", entity="soldiers"))
    )
    assert verdicts(found) == ["consistent"]
    text = "So far this year Russia has lost 20,000 soldiers, the General Staff says."
    found = loss_series(doc(text, q("20,000 soldiers", text, "20000", entity="soldiers")))
    assert verdicts(found) == ["inconsistent"]
    assert found[0].evidence[0].from_ == "2025-01-01"


def test_series_beyond_coverage_is_unverifiable() -> None:
    text = "Russia lost 30,000 soldiers in October."
    found = loss_series(
        doc(
            text,
            q("30,000 soldiers", text, "30000", entity="soldiers"),
            published=date(2026, 12, 1),
            times=(month("in October", text, "2026-10"),),
        )
    )
    assert verdicts(found) == ["unverifiable"]


def test_corrections_are_subtracted() -> None:
    # 2025-10-03 carries a back-dated correction of 64 artillery systems: October's own losses exclude it.
    text = "The General Staff said Russia lost 1,100 artillery systems in October."
    raw = loss_series(
        doc(
            text,
            q("1,100 artillery systems", text, "1100", entity="artillery systems"),
            times=(month("in October", text, "2025-10"),),
        )
    )
    from claimledger.check import tables

    gs = tables.general_staff()
    plain = gs.cumulative("artillery", date(2025, 10, 31)) - gs.cumulative("artillery", date(2025, 9, 30))  # type: ignore[operator]
    assert gs.window("artillery", date(2025, 10, 1), date(2025, 10, 31)) == plain - 64
    assert raw[0].evidence[0].value == Decimal(plain - 64)


# --- territory and Oryx ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("figure", "low", "approx", "expected"),
    [
        ("about 19.8 percent", "19.8", "about", "consistent"),
        ("12 percent", "12", None, "inconsistent"),
        ("19.5 percent", "19.5", None, "consistent"),
    ],
)
def test_territory_share(figure: str, low: str, approx: Approx | None, expected: str) -> None:
    text = f"Russia controls {figure} of Ukraine's territory."
    found = territory_share(doc(text, q(figure, text, low, approx=approx, unit="percent", kind="percent")))
    assert verdicts(found) == [expected]
    assert found[0].evidence[0].dataset == "refdata/isw_territory"


@pytest.mark.parametrize(
    "text",
    [
        "Russia controls 60 percent of the Donetsk region's territory.",
        "Russia gained 0.5 percent of Ukraine's territory this year.",
    ],
)
def test_territory_share_of_a_region_or_a_change_is_left_alone(text: str) -> None:
    figure = next(w for w in ("60 percent", "0.5 percent") if w in text)
    assert (
        territory_share(doc(text, q(figure, text, figure.split()[0], unit="percent", kind="percent"))) == []
    )


def test_oryx_count() -> None:
    text = "Oryx has visually confirmed the loss of 4,000 Russian tanks."
    found = oryx_count(
        doc(text, q("4,000 Russian tanks", text, "4000", entity="Russian tanks"), published=date(2025, 7, 1))
    )
    assert verdicts(found) == ["consistent"]
    found = oryx_count(
        doc(text, q("4,000 Russian tanks", text, "4000", entity="Russian tanks"), published=date(2026, 7, 1))
    )
    assert verdicts(found) == ["unverifiable"]


# --- reference facts ------------------------------------------------------------------------------------------

KUPIANSK = (49.71003, 37.61581)
KHARKIV = (49.98177, 36.25475)


@pytest.mark.parametrize(
    ("figure", "low", "expected"),
    [("104 km", "104", "consistent"), ("30 km", "30", "inconsistent"), ("200 km", "200", "inconsistent")],
)
def test_place_distance(figure: str, low: str, expected: str) -> None:
    text = f"In Kupiansk, {figure} east of Kharkiv, the shelling went on."
    places = (place("Kupiansk", text, *KUPIANSK, n=1), place("Kharkiv", text, *KHARKIV, n=2))
    found = place_distance(doc(text, q(figure, text, low, unit="km", kind="measure"), places=places))
    assert verdicts(found) == [expected]


def test_distance_without_a_named_origin_is_left_alone() -> None:
    text = "The front line runs 5 km from Kharkiv."
    places = (place("Kharkiv", text, *KHARKIV),)
    assert place_distance(doc(text, q("5 km", text, "5", unit="km", kind="measure"), places=places)) == []


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        ("Kupiansk had a pre-war population of 27,000.", "27,000", "consistent"),
        ("Kupiansk had a pre-war population of 60,000.", "60,000", "inconsistent"),
        ("Kupiansk now has a population of 1,000.", "1,000", "unverifiable"),
    ],
)
def test_settlement_population(text: str, figure: str, expected: str) -> None:
    places = (
        PlaceMention(
            "p1", 0, 8, "Kupiansk", "Kupyansk", 703656, *KUPIANSK, "UA", "Kharkiv Oblast", 1, 0.9, 0
        ),
    )
    found = settlement_population(doc(text, q(figure, text, figure.replace(",", "")), places=places))
    assert verdicts(found) == [expected]


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        (
            "Russia holds an area the size of Belgium, about 5 percent of Ukraine.",
            "about 5 percent",
            "consistent",
        ),
        (
            "Russia holds an area the size of Belgium, about 15 percent of Ukraine.",
            "about 15 percent",
            "inconsistent",
        ),
    ],
)
def test_area_share(text: str, figure: str, expected: str) -> None:
    low = figure.split()[1]
    assert verdicts(
        area_comparison(doc(text, q(figure, text, low, approx="about", unit="percent", kind="percent")))
    ) == [expected]


def test_area_size_of() -> None:
    text = "Ukraine retook 28,000 square kilometres, an area the size of Belgium."
    found = area_comparison(
        doc(text, q("28,000 square kilometres", text, "28000", unit="km2", kind="measure"))
    )
    assert verdicts(found) == ["consistent"]
    text = "Ukraine retook 500 square kilometres, an area the size of Belgium."
    assert verdicts(
        area_comparison(doc(text, q("500 square kilometres", text, "500", unit="km2", kind="measure")))
    ) == ["inconsistent"]


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        ("Russia lost about 700 soldiers, a full battalion.", "about 700 soldiers", "consistent"),
        ("Russia lost 40 soldiers, a full brigade.", "40 soldiers", "inconsistent"),
    ],
)
def test_unit_size(text: str, figure: str, expected: str) -> None:
    low = figure.split()[-2].replace(",", "")
    approx: Approx | None = "about" if figure.startswith("about") else None
    assert verdicts(unit_size(doc(text, q(figure, text, low, approx=approx, entity="soldiers")))) == [
        expected
    ]


@pytest.mark.parametrize(
    ("published", "expected"),
    [(date(2026, 6, 20), "consistent"), (date(2025, 1, 1), "inconsistent"), (None, "unverifiable")],
)
def test_duration_comparison(published: date | None, expected: str) -> None:
    text = "The war has now lasted longer than the First World War."
    assert verdicts(duration_comparison(doc(text, published=published))) == [expected]


@pytest.mark.parametrize(
    ("figure", "low", "unit", "expected"),
    [
        ("two years", "2", "year", "consistent"),
        ("three years", "3", "year", "inconsistent"),
        ("about 700 days", "700", "day", "consistent"),
    ],
)
def test_elapsed_since(figure: str, low: str, unit: str, expected: str) -> None:
    text = f"It is {figure} since the full-scale invasion."
    approx: Approx | None = "about" if figure.startswith("about") else None
    found = elapsed_since(
        doc(
            text, q(figure, text, low, approx=approx, unit=unit, kind="duration"), published=date(2024, 2, 24)
        )
    )
    assert verdicts(found) == [expected]


# --- arithmetic inside the article ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "pct", "expected"),
    [
        ("Attacks rose from 300 to 450, a 50% increase.", "50", "consistent"),
        ("Attacks rose from 300 to 450, a 70% increase.", "70", "inconsistent"),
        ("Attacks fell from 450 to 300, a 33% drop.", "33", "consistent"),
    ],
)
def test_percent_change(text: str, pct: str, expected: str) -> None:
    pair = "from 300 to 450" if "from 300" in text else "from 450 to 300"
    quantities = (
        q(pair, text, "300", "450", n=1),
        q(f"{pct}%", text, pct, unit="percent", kind="percent", n=2),
    )
    assert verdicts(percent_change(doc(text, *quantities))) == [expected]


@pytest.mark.parametrize(
    ("text", "numbers", "expected"),
    [
        (
            "The army reported 1,200 casualties, of whom 400 killed and 800 wounded.",
            ("1,200", "400", "800"),
            "consistent",
        ),
        (
            "The army reported 1,200 casualties, of whom 400 killed and 1,100 wounded.",
            ("1,200", "400", "1,100"),
            "inconsistent",
        ),
        (
            "The army reported 1,200 casualties, including 400 killed and 300 wounded.",
            ("1,200", "400", "300"),
            "consistent",
        ),
        ("Some 400 killed and 800 wounded, a total of 1,200.", ("400", "800", "1,200"), "consistent"),
    ],
)
def test_parts_sum(text: str, numbers: tuple[str, ...], expected: str) -> None:
    quantities = tuple(q(n, text, n.replace(",", ""), n=i) for i, n in enumerate(numbers, start=1))
    assert verdicts(parts_sum(doc(text, *quantities))) == [expected]


# --- registry and the bundled example -------------------------------------------------------------------------


def test_every_rule_is_versioned_and_reference_versions_are_recorded() -> None:
    assert all(name.rsplit(".", 1)[1].startswith("v") for name in RULES)
    versions = reference_versions()
    assert "refdata/gs_losses" in versions
    assert versions["refdata/gs_losses"].startswith("PetroIvaniuk@37655f8b+")


EXAMPLE_EXPECTED = [
    ("loss_series.v1", "roughly 31,000", "consistent"),
    ("loss_series.v1", "31,270", "consistent"),
    ("loss_series.v1", "650", "consistent"),
    ("territory_share.v1", "19.8 percent", "consistent"),
    ("place_distance.v1", "104 km", "consistent"),
    ("settlement_population.v1", "27,000", "consistent"),
    ("rate_times_period.v1", "40,000", "inconsistent"),
    ("war_day_date.v1", None, "inconsistent"),
]


@functools.cache
def _example() -> Extraction:
    """The bundled example as `claimledger check` reads it (its dateline gives the publication date)."""
    (item,) = read_path(EXAMPLE)
    assert isinstance(item, Document)
    return check(extract(item))


@pytest.mark.parametrize(("rule", "figure", "verdict"), EXAMPLE_EXPECTED)
def test_bundled_example(rule: str, figure: str | None, verdict: str) -> None:
    extraction = _example()
    texts = {x.id: x.text for x in extraction.quantities}
    found = [
        k
        for k in extraction.checks
        if k.rule == rule and (figure is None or any(figure in texts[i] for i in k.quantities))
    ]
    assert verdict in {k.verdict for k in found}, [k.explanation for k in extraction.checks if k.rule == rule]


def test_check_keeps_working_without_ledger() -> None:
    extraction = check(extract("Russia lost 1,000 soldiers a day in October.", published=date(2025, 11, 3)))
    assert [k.id for k in extraction.checks] == [f"k{n}" for n in range(1, len(extraction.checks) + 1)]


def test_every_rule_fires_on_the_example() -> None:
    (item,) = read_path(EXAMPLE)
    assert isinstance(item, Document)
    extraction = check(extract(item))
    assert set(RULES) <= {k.rule for k in extraction.checks}
    assert not [
        k
        for k in extraction.checks
        if k.verdict == "inconsistent" and k.rule not in ("rate_times_period.v1", "war_day_date.v1")
    ]


@pytest.mark.parametrize(
    ("text", "pct", "expected"),
    [
        (
            "Russian losses of soldiers rose 10% in October from September, the General Staff said.",
            "10",
            "consistent",
        ),
        (
            "Russia lost 30% fewer tanks in September than in August, the General Staff said.",
            "30",
            "inconsistent",
        ),
        (
            "Russia lost 15% fewer tanks in September than in August, the General Staff said.",
            "15",
            "consistent",
        ),
        ("A blogger wrote that Russian tank losses rose 50% in October from September.", "50", None),
    ],
)
def test_loss_change_between_two_months(text: str, pct: str, expected: str | None) -> None:
    months = re.findall(r"September|October|August", text)
    values = {"August": "2025-08", "September": "2025-09", "October": "2025-10"}
    times = tuple(
        TimeMention(f"t{n}", text.index(m), text.index(m) + len(m), m, values[m], "month", "month", 0)
        for n, m in enumerate(months, start=1)
    )
    quantity = q(f"{pct}%", text, pct, unit="percent", kind="percent")
    found = loss_change(doc(text, quantity, times=times))
    assert verdicts(found) == ([expected] if expected else [])
