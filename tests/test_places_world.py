"""World news places: towns outside Ukraine, "City, State", people named like towns, country and state
context, and Ukraine first in war reporting."""

from __future__ import annotations

import pytest

from claimledger.extract.gazetteer import TOKEN, distance_km, fold, load
from claimledger.extract.places import extract_places
from claimledger.extract.places_cues import abbreviation, county_states, qualifier, surnames
from claimledger.extract.places_world import Conventions
from claimledger.extract.sentences import split_sentences
from claimledger.models import PlaceMention


def places(text: str, conventions: Conventions = "war") -> list[PlaceMention]:
    return extract_places(text, split_sentences(text), conventions=conventions)


def found(text: str) -> dict[str, tuple[str | None, str | None, int | None]]:
    return {p.text: (p.country, p.admin1, p.geonames_id) for p in places(text)}


@pytest.mark.parametrize(
    ("text", "name", "country", "admin1"),
    [
        ("Chiquita Henry of Cottonport, La., was arrested on Friday.", "Cottonport", "US", "Louisiana"),
        ("The fire in Alexandria, Louisiana, was set on purpose.", "Alexandria", "US", "Louisiana"),
        ("Police in Paris, Texas, and Dallas said the suspect fled.", "Paris", "US", "Texas"),
        ("She moved to London, Ont., in 2008.", "London", "CA", "Ontario"),
        ("Tourists returned to Paris and Lyon this summer.", "Paris", "FR", "Île-de-France"),
        ("Oil prices rose in Edmonton and Calgary, Alberta's largest cities.", "Edmonton", "CA", "Alberta"),
        ("Atlanta and Savannah are the largest cities in Georgia.", "Georgia", "US", "Georgia"),
        ("Leaders of Ukraine, Georgia and Moldova met in Chisinau.", "Georgia", "GE", None),
        ("Governors of Hawaii, California, Washington and Utah met.", "Washington", "US", "Washington"),
        ("The talks in Mexico ended without a deal.", "Mexico", "MX", None),
        (
            "She trains in Red Deer and Edmonton, Alberta. She won the title in Queensland, Australia.",
            "Queensland",
            "AU",
            "Queensland",
        ),
    ],
)
def test_world_towns_follow_their_qualifier_and_the_document(
    text: str, name: str, country: str, admin1: str | None
) -> None:
    assert found(text)[name][:2] == (country, admin1)


@pytest.mark.parametrize(
    ("text", "abbreviated", "region"),
    [
        ("Chiquita Henry of Cottonport, La., was arrested.", "La.", "Louisiana"),
        ("She moved to London, Ont., in 2008.", "Ont.", "Ontario"),
    ],
)
def test_abbreviated_states_are_places(text: str, abbreviated: str, region: str) -> None:
    mention = next(p for p in places(text) if p.text == abbreviated)
    assert (mention.name, mention.precision) == (region, 3)


@pytest.mark.parametrize(
    "text",
    [
        "Defence Secretary Lloyd Austin spoke at length. Austin said more aid would come.",
        "Mr. Moore said the shop would reopen.",
        "The author wrote that President Lincoln was tall.",
        "Wilson said the car had been stolen.",
        "The seat was vacated by Councilman Moore in May.",
        "Commerce and industry grew in the region.",
        "The White House said the aid would continue.",
        "READ THE FULL REPORT: MOBILE USERS CLICK HERE",
        "The bottom line is clear.",
        "Officials met on Nov. 3 and again on Dec. 1.",
    ],
)
def test_people_words_and_headlines_are_not_places(text: str) -> None:
    assert places(text) == []


@pytest.mark.parametrize(
    ("text", "name", "geonames_id"),
    [
        # Russian Seversk (Tomsk) and Kirovsk (Murmansk) are bigger, but war reporting means Ukraine's.
        ("Fighting raged around Seversk.", "Seversk", 694403),
        ("Russian forces attacked Kirovsk.", "Kirovsk", 705809),
        # World-known places still beat Ukrainian villages named after them.
        ("Drones hit New York and Moldova, officials in Kyiv said.", "New York", 5128581),
        ("Drones hit New York and Moldova, officials in Kyiv said.", "Moldova", 617790),
    ],
)
def test_ukraine_comes_first_in_war_reporting(text: str, name: str, geonames_id: int) -> None:
    assert found(text)[name][2] == geonames_id


def test_qualifier_reads_the_region_after_a_town() -> None:
    gazetteer = load()
    text = "Springfield, Illinois, is the capital."
    span = qualifier(text, len("Springfield"), gazetteer)
    assert span is not None
    start, end, regions = span
    assert text[start:end] == "Illinois"
    assert [r.fcode for r in regions] == ["ADM1"]
    assert qualifier("Springfield, said the mayor.", len("Springfield"), gazetteer) is None
    assert abbreviation("Springfield, Ill., police", len("Springfield"), gazetteer) is not None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The defence secretary, Lloyd Austin, spoke. Austin said so.", {"austin"}),
        ("George W. Bush and the Greater London area.", set()),
        ("Western Ukraine and New York were calm.", set()),
        ("MOLDOVA Dubasari Iasi Chisinau Tiraspol", set()),
    ],
)
def test_surnames(text: str, expected: set[str]) -> None:
    tokens = [(m.start(), m.end()) for m in TOKEN.finditer(text)]
    assert surnames(text, tokens, load()) >= expected
    if not expected:
        assert not {"london", "ukraine", "york", "chisinau", "tiraspol"} & surnames(text, tokens, load())


@pytest.mark.parametrize(
    ("key", "common"),
    [("commerce", True), ("white house", True), ("london", False), ("kupiansk", False), ("mobile", False)],
)
def test_small_towns_named_like_words_need_a_cue(key: str, common: bool) -> None:
    assert (fold(key) in load().common) is common


@pytest.mark.parametrize(("key", "wordlike"), [("mobile", True), ("reading", True), ("china", False)])
def test_big_towns_named_like_words(key: str, wordlike: bool) -> None:
    assert (key in load().wordlike) is wordlike


@pytest.mark.parametrize(
    ("text", "name", "country", "admin1"),
    [
        (
            "A Palestine man was arrested at a Freestone County home near Fairfield. Anderson County "
            "deputies said he had fled a traffic stop in Palestine.",
            "Palestine",
            "US",
            "Texas",
        ),
        ("Talks between Israel and Palestine resumed in Cairo and Amman.", "Palestine", "PS", None),
        (
            "Lebanon police and Wilson County deputies searched Mt. Juliet, Murfreesboro and Nashville.",
            "Lebanon",
            "US",
            "Tennessee",
        ),
        ("Refugees crossed from Syria into Lebanon and Jordan.", "Lebanon", "LB", None),
    ],
)
def test_towns_named_like_countries_need_their_state_in_the_document(
    text: str, name: str, country: str, admin1: str | None
) -> None:
    assert found(text)[name][:2] == (country, admin1)


@pytest.mark.parametrize(
    ("text", "states"),
    [
        ("Deputies of the Alachua County Sheriff's Office said", [("Florida",)]),
        ("in ANDERSON COUNTY and Rapides Parish", [("Kansas", "Kentucky", "South Carolina", "Tennessee", "Texas"), ("Louisiana",)]),
        ("St. Louis County police", [("Minnesota", "Missouri")]),
        ("The county said. Kherson Oblast", []),
    ],
)  # fmt: skip
def test_county_names_give_their_states(text: str, states: list[tuple[str, ...]]) -> None:
    assert county_states(text, load()) == states


def test_a_far_larger_namesake_wins_outside_war_reporting() -> None:
    """Nothing in the text tells Arlington, Texas (390,000 people) from Arlington, Virginia (210,000): the
    larger one is taken, as a local reader would."""
    text = "The Arlington council approved the permit. Arlington residents packed City Hall."
    assert {p.admin1 for p in places(text)} == {"Texas"}


@pytest.mark.parametrize(
    "name",
    [
        *("Alberta", "Manitoba", "Quebec", "Queensland", "Western Australia", "Scotland", "Jiangsu"),
        *("Texas", "Michigan", "Alaska", "Belgorod Oblast", "Kursk Oblast", "Krasnodar Krai", "Gomel Oblast"),
    ],
)
def test_first_level_regions_have_a_point_inside_them(name: str) -> None:
    """Region points of large or thinly settled countries and of Russia, Belarus, Moldova and the US are the
    centroids of the region's share of the country (scripts/gazetteer_regions.py): the town nearest to the
    point lies in the region itself. Krasnodar Krai's share leaves out Crimea, which Natural Earth draws
    inside Russia."""
    region = next(p for p in load().lookup(name) if p.fcode == "ADM1")
    towns = [p for p in load().places if p.is_town and p.country == region.country and p.population >= 1000]
    nearest = min(towns, key=lambda p: distance_km(p, region) or 0.0)
    assert nearest.admin1 == region.admin1, nearest


def test_a_town_before_a_verb_of_speech_stays_a_place_after_a_locative_cue() -> None:
    text = "A student from Brampton said the bus was late."
    assert found(text)["Brampton"][:2] == ("CA", "Ontario")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Chinese officials met Tunisian diplomats.", {"Chinese": "CN", "Tunisian": "TN"}),
        ("The American and South Korean envoys arrived.", {"American": "US", "South Korean": "KR"}),
        ("The US and the UK agreed; the U.S. will pay.", {"US": "US", "UK": "GB", "U.S": "US"}),
        ("Let us hope the US and the USA agree.", {"US": "US", "USA": "US"}),
        ("Toronto Police said the Air Zimbabwe flight landed.", {"Toronto": "CA", "Zimbabwe": "ZW"}),
        ("Russian troops met French officers.", {"Russian": "RU", "French": "FR"}),
    ],
)
def test_world_news_counts_adjectives_abbreviations_and_names_inside_organisations(
    text: str, expected: dict[str, str]
) -> None:
    """Under ``conventions="world"``, as world-news geoparsing gold does (GeoWebNews, LGL): "Chinese
    officials", "the US", "Toronto Police", and "Russian" like any other country's adjective; the project's
    guideline (the default) counts none of them, whatever the text is about: "Russian" is a side of the war."""
    assert {p.text: p.country for p in places(text, "world")} == expected
    assert places(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Russian and French officials met in Kyiv.", {"Russian": "RU", "Kyiv": "UA", "French": "FR"}),
        ("The US sent aid to Kharkiv.", {"US": "US", "Kharkiv": "UA"}),
    ],
)
def test_the_convention_is_the_callers_choice_not_read_from_the_text(
    text: str, expected: dict[str, str]
) -> None:
    """A text about Ukraine gets the world-news convention when the caller asks for it, and only then."""
    assert {p.text: p.country for p in places(text, "world")} == expected
    assert {p.text for p in places(text)} == set(expected) - {"Russian", "French", "US"}


@pytest.mark.parametrize(
    "text",
    [
        "Russian and French officials met in Kyiv; the US and Chinese envoys stayed home.",
        "The Kyiv Independent and the Kharkiv Times reported shelling of the U.S. embassy in Kyiv.",
        "Madison County deputies and Mississippi State fans met on Pine Street in St. Paris.",
    ],
)
def test_names_that_are_not_mentions_in_war_reporting_or_other_places(text: str) -> None:
    """The project's guideline (the default convention): no adjectives, abbreviations or names inside
    organisations; "Madison County" is no mention of Madison."""
    kept = {p.text for p in places(text)}
    assert not kept & {
        "Russian",
        "French",
        "US",
        "U.S",
        "Chinese",
        "Independent",
        "Times",
        "Madison",
        "Paris",
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("BOSTON (Reuters) - The owner of a restaurant was charged.", {"BOSTON": "US"}),
        ("MANILA, Philippines - Ahead of Easter, the church opened.", {"MANILA": "PH", "Philippines": "PH"}),
        ("MOBILE phones are banned in class.", {}),
        ("The Madison County Health Department met in Madison on Monday.", {"Madison": "US"}),
        # capitalised words around it ("at Bread + Butter, on ... in the") do not make a street a town
        (
            "Thieves were filmed at Bread + Butter, on Hampton Avenue in the Lemay area of St. Louis.",
            {"Lemay": "US", "St. Louis": "US"},
        ),
    ],
)
def test_datelines_in_capitals_and_county_names(text: str, expected: dict[str, str]) -> None:
    """A town named like an English word ("Boston", "Manila") needs a cue in capitals, and a dateline is one;
    "Madison County" is the county, not the town."""
    assert {p.text: p.country for p in places(text)} == expected
