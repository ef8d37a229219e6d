"""Place mentions: recognition rules, disambiguation, abstention, ids, offsets and precision codes."""

from __future__ import annotations

import pytest

from claimledger.extract.gazetteer import distance_km
from claimledger.extract.places import NAME, extract_places
from claimledger.extract.sentences import split_sentences
from claimledger.models import PlaceMention


def places(text: str) -> list[PlaceMention]:
    return extract_places(text, split_sentences(text))


def resolved(text: str) -> list[tuple[str, int | None]]:
    return [(p.text, p.geonames_id) for p in places(text)]


def test_name_is_versioned() -> None:
    assert NAME == "places.v3"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Near Kupiansk, troops advanced.", [("Kupiansk", 703656)]),
        ("Shelling hit Kupyansk and Kharkov.", [("Kupyansk", 703656), ("Kharkov", 706483)]),
        ("Dzerzhynsk, now called Toretsk, was shelled.", [("Dzerzhynsk", 709354), ("Toretsk", 709354)]),
        ("Troops advanced near the village of Rabotino.", [("Rabotino", 695586)]),
        ("Officials in Dnipropetrovsk said so.", [("Dnipropetrovsk", 709930)]),
        ("The plant in Zhovti Vody was hit.", [("Zhovti Vody", 687196)]),
        ("Fighting raged around Seversk.", [("Seversk", 694403)]),
        ("Russian forces attacked Kirovsk.", [("Kirovsk", 705809)]),
        ("Drones struck Moscow and Belgorod.", [("Moscow", 524901), ("Belgorod", 578072)]),
        ("the Kursk region was shelled", [("Kursk region", 538555)]),
        ("a country the size of Belgium", [("Belgium", 2802361)]),
        ("It is as big as Texas.", [("Texas", 4736286)]),
        ("Strikes hit Crimea and the Donbas.", [("Crimea", 703884), ("Donbas", 709718)]),
        ("Troops regrouped on the southern front.", [("southern front", None)]),
    ],
)
def test_recognises_and_resolves(text: str, expected: list[tuple[str, int | None]]) -> None:
    assert resolved(text) == expected


@pytest.mark.parametrize(
    ("text", "region_id"),
    [
        ("Missiles hit the Kharkiv region overnight.", 706482),
        ("Missiles hit Kharkiv Oblast overnight.", 706482),
        ("Missiles hit the Kharkov region overnight.", 706482),
        ("Referendums were held in the Donetsk and Luhansk oblasts.", 709716),
        ("Pseudo-referenda in Zaporizhzhia, Kherson, Donetsk, and Luhansk oblasts were held.", 687699),
    ],
)
def test_region_phrases_come_before_town_names(text: str, region_id: int) -> None:
    found = places(text)
    assert found[0].geonames_id == region_id
    assert all(p.precision == 3 for p in found)


@pytest.mark.parametrize(
    "text",
    [
        "Russian and Ukrainian forces clashed again.",
        "Volodymyr Zelensky met Vladimir Putin's envoy.",
        "The Kyiv Independent reported a strike.",
        "The cruiser “Moskva” sank in April.",
        "Human rights groups protested.",
        "Peace will come, the mayor said. Victory is near.",
        "Putin and Lavrov spoke with Medvedev.",
        "The Black Sea Fleet lost a ship.",
    ],
)
def test_sides_people_words_and_organisations_are_not_places(text: str) -> None:
    assert places(text) == []


@pytest.mark.parametrize(
    ("text", "name", "admin1"),
    [
        ("Fighting continued near Pervomaisk in the Luhansk region.", "Pervomaisk", "Luhansk Oblast"),
        (
            "Shelling hit the village of Novoselivka in the Kharkiv region, near Kupiansk.",
            "Novoselivka",
            "Kharkiv Oblast",
        ),
        (
            "Russian forces took Soloviove in the Donetsk region and Kotliarivka farther north in the Kharkiv region.",
            "Kotliarivka",
            "Kharkiv Oblast",
        ),
        ("Russian forces entered Ocheretyne, north-west of Avdiivka.", "Ocheretyne", "Donetsk Oblast"),
        (
            "Fighting in other towns: Novokalynove, Lastochkyne, Pervomaiske and Avdiivka.",
            "Pervomaiske",
            "Donetsk Oblast",
        ),
    ],
)
def test_namesakes_follow_oblast_and_neighbour_cues(text: str, name: str, admin1: str) -> None:
    mention = next(p for p in places(text) if p.text == name)
    assert mention.admin1 == admin1
    assert mention.geonames_id is not None


def test_nearby_namesake_beats_the_bigger_one() -> None:
    # Pervomaiske near Avdiivka (renamed Avdiivske) beats the other Pervomaiskes of Donetsk Oblast.
    text = "Fighting in other towns: Novokalynove, Lastochkyne, Pervomaiske and Avdiivka."
    found = {p.text: p for p in places(text)}
    km = distance_km(found["Pervomaiske"], found["Avdiivka"])
    assert km is not None
    assert km < 25


@pytest.mark.parametrize(
    "text",
    ["Shelling hit the village of Novoselivka.", "Russian troops said they took Kostiantynivka village."],
)
def test_abstains_when_namesakes_stay_tied(text: str) -> None:
    mention = places(text)[0]
    assert mention.geonames_id is None
    assert mention.lat is None
    assert mention.confidence < 0.5


def test_common_word_villages_need_a_cue() -> None:
    assert places("The victory was celebrated.") == []


def test_ids_offsets_and_sentences() -> None:
    text = "Kyiv said so. Later, near Bakhmut and in the Donetsk region, troops advanced."
    found = places(text)
    assert [p.id for p in found] == ["p1", "p2", "p3"]
    assert all(text[p.start : p.end] == p.text for p in found)
    assert [p.sentence for p in found] == [0, 1, 1]
    assert [p.precision for p in found] == [1, 2, 3]


def test_possessive_is_not_part_of_the_name() -> None:
    text = "Kharkiv's mayor spoke."
    found = places(text)
    assert [(p.text, p.end) for p in found] == [("Kharkiv", 7)]


@pytest.mark.parametrize(
    ("text", "precision"),
    [
        ("Troops entered Kupiansk.", 1),
        ("Troops fought near Kupiansk.", 2),
        ("Troops left the Kharkiv region.", 3),
    ],
)
def test_acled_precision(text: str, precision: int) -> None:
    assert places(text)[0].precision == precision


def test_contract_fields() -> None:
    mention = places("Near Kupiansk, 12 vehicles were destroyed.")[0]
    assert (mention.name, mention.country, mention.admin1) == ("Kupiansk", "UA", "Kharkiv Oblast")
    assert mention.lat == pytest.approx(49.710, abs=0.01)
    assert mention.lon == pytest.approx(37.616, abs=0.01)
    assert 0.0 < mention.confidence <= 1.0


def test_distances_between_resolved_mentions() -> None:
    found = places("Kharkiv and Kupiansk were shelled.")
    assert distance_km(found[0], found[1]) == pytest.approx(102, abs=3)


def test_empty_text() -> None:
    assert extract_places("", ()) == []
