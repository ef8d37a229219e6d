"""Sides, actors and scope, rule by rule (``claimledger.extract.claims_sides``), on invented sentences.

Each case calls ``side_of`` directly with the figure marked by hand, so that a change to the quantity
extractor, the attribution or the claim types does not move these cases; ``tests/test_claims.py`` runs the
same rules through the whole pipeline and ``tests/test_claims_annotated.py`` measures them on real articles.

A case's sentence marks its figure in brackets: ``[12 howitzers|howitzers]`` is the quantity "12 howitzers"
with the entity "howitzers"; a third field gives its kind when it is not a count (``[$40m||money]``).
"""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal
from typing import cast

import pytest

from claimledger.extract import extract
from claimledger.extract.claims_parties import clause_span, party_hits
from claimledger.extract.claims_sides import BASES, actor_of, scope_of, side_of
from claimledger.extract.claims_sides_people import Cast
from claimledger.models import Quantity, QuantityKind

# Narrow rules that round 7 removed (each earned at most one claim of the 820 annotated: docs/claims-changelog.md,
# "Sides: Round 7"); their invented cases stay as known misses.
REMOVED = pytest.mark.xfail(strict=True, reason="rule removed in round 7 as overfitting")

_MARK = re.compile(r"\[([^]|]+)(?:\|([^]|]*))?(?:\|([^]|]+))?\]")


def side(
    marked: str,
    claim_kind: str | None,
    *,
    context: str = "",
    carried: str | None = None,
    before: str = "",
    people: Cast | None = None,
    speaker: str | None = None,
) -> str | None:
    """The side of the marked figure, its sentence read with the marks removed."""
    found = _MARK.search(marked)
    assert found, marked
    text, entity, kind = found.group(1), found.group(2) or None, found.group(3) or "count"
    sentence = marked[: found.start()] + text + marked[found.end() :]
    q = Quantity(
        "q1",
        found.start(),
        found.start() + len(text),
        text,
        Decimal(1),
        Decimal(1),
        entity=entity,
        kind=cast(QuantityKind, kind),
    )
    return side_of(
        sentence,
        0,
        [q],
        speaker=speaker,
        claim_kind=claim_kind,
        context=context,
        carried=carried,
        leading=[q],
        before=before,
        cast=people,
    )


@pytest.mark.parametrize(
    ("marked", "claim_kind", "expected"),
    [
        # aid goes to its recipient, named or not; a donor's nationality on it is not the side
        (
            "The Senate passed [$40 billion||money] in new US military aid for Ukraine.",
            "money_aid",
            "ukraine",
        ),
        ("The latest [$300 million||money] weapons package includes 900 rockets.", "money_aid", "ukraine"),
        (
            "Canada is sending [12 howitzers|howitzers] in its largest delivery so far.",
            "money_aid",
            "ukraine",
        ),
        (
            "Pyongyang delivered [500 containers|containers] of shells to Russia as aid.",
            "money_aid",
            "russia",
        ),
        ("It pledged [$9m||money] in aid to key U.S. allies Ukraine and Israel.", "money_aid", "ukraine"),
        # trade is not aid; troops sent are a deployment, not aid
        ("Norway's exports included a [$40m||money] shipment of goods by sea.", "money_aid", "other"),
        ("Germany is sending [500 German troops|German troops] to Lithuania.", "force_size", "other"),
    ],
)
def test_aid_goes_to_its_recipient(marked: str, claim_kind: str, expected: str | None) -> None:
    assert side(marked, claim_kind) == expected


@pytest.mark.parametrize(
    ("marked", "claim_kind", "expected"),
    [
        # a strike with no nationality on it is Russia's ...
        ("Ukraine's air force said [30 drones|drones] were shot down over Odesa.", "strike_count", "russia"),
        ("Ukraine's navy shot down [7 drones|drones] over Odesa.", "strike_count", "russia"),
        # ... unless it lands on Russian ground or uses weapons only Ukraine fires
        (
            "[Four strikes|strikes] on Russian air bases in Crimea destroyed two jets.",
            "strike_count",
            "ukraine",
        ),
        (
            "[Six drones|drones] were downed, but a depot in the Russian capital was hit.",
            "equipment_loss_count",
            "ukraine",
        ),
        ("At least [three Himars rockets|Himars rockets] hit the bridge.", "strike_count", "ukraine"),
        # the attacker named as the agent or as the subject of an attack verb
        ("Ukraine fired [20 drones|drones] at Belgorod overnight.", "strike_count", "ukraine"),
        ("[Dozens of drones|drones] were launched by Ukrainian forces.", "strike_count", "ukraine"),
        # a nationality after a preposition of place names the target, not the figure
        ("[Two attacks|attacks] on Russian depots were reported by Kyiv.", "strike_count", "ukraine"),
    ],
)
def test_strikes_are_the_attackers(marked: str, claim_kind: str, expected: str | None) -> None:
    assert side(marked, claim_kind) == expected


@pytest.mark.parametrize(
    ("marked", "claim_kind", "expected"),
    [
        # people who flee, cross a border, are deported, stranded or sheltering are civilians; so are the
        # victims of forces named as the perpetrators, and a people forced from their homes with no noun on
        # the figure
        (
            "About [40,000 people|people] have crossed into Moldova since the war began.",
            "population",
            "civilian",
        ),
        ("Kyiv says Moscow has deported [thousands of people|people] to Siberia.", "population", "civilian"),
        (
            "Ireland will offer Ukrainians fleeing the war a [two-year||duration] visa.",
            "duration",
            "civilian",
        ),
        ("Russian forces detained two journalists for [9 days||duration].", "duration", "civilian"),
        ("Up to [a million] more Ukrainians may be forced to leave their homes.", "population", "civilian"),
        ("[Thousands of Ukrainians|Ukrainians] were stranded by the flood.", "population", "civilian"),
        ("[About 2,000 civilians|civilians] were sheltering in the plant.", "other", "civilian"),
        # a figure counting the speakers is about no party
        ("Moscow moved its jets, [three officials|officials] familiar with the plans said.", "other", None),
        # the people of a party, counted as such, and a share of a people
        ("[Hundreds of citizens|citizens] of the Russian Federation bought villas.", "population", "russia"),
        # round 7 removed "members of the Irish ..." (a hand list of nationalities after "of")
        pytest.param(
            "Moscow banned [40 members|members] of the Irish parliament from entering.",
            "other",
            "other",
            marks=REMOVED,
        ),
        ("[Some 58%||percent] of Ukrainians back the plan.", "ratio", "ukraine"),
        ("[One in four||ratio] Latvians speaks Russian at home.", "ratio", "other"),
        # what a party destroys or seizes is the other side's
        ("Ukrainian forces destroyed [14 tanks|tanks] near the river.", "equipment_loss_count", "russia"),
        ("Russians have seized [3,000 tonnes||measure] of grain stores.", "other", "ukraine"),
        # a market word just before the figure: no party, whatever the sentence goes on to say about Russia
        (
            "Brent crude rose [3%||percent] to $90 on fears of lost supplies from Russia.",
            "percent_change",
            None,
        ),
        # the length of the war itself, whatever the claim's type
        ("Beijing says it is neutral in the [20-month-old||duration] war.", "other", None),
    ],
)
def test_figure_rules(marked: str, claim_kind: str, expected: str | None) -> None:
    assert side(marked, claim_kind) == expected


@pytest.mark.parametrize(
    ("marked", "claim_kind", "expected"),
    [
        # a sentence whose only named parties are third parties is about them
        ("Some [25 cruise missiles] were launched during the attack on Israel.", "strike_count", "other"),
        ("The [4,000 soldiers] will be based in Germany and North Carolina.", "force_size", "other"),
        # the bloc and the alliance are third parties; a thousands separator does not end a clause
        ("The [two-day||duration] summit of European Union leaders opened in Paris.", "duration", "other"),
        (
            "[About 200,000 troops] will be ready in case of an attack on a member of the alliance.",
            "force_size",
            "other",
        ),
        # how long, when and how far: the subject of the clause
        (
            "Moscow ignored a request from Kyiv to explain the drills within [48 hours||duration].",
            "duration",
            "russia",
        ),
        (
            "The main body of Russian troops near Kyiv is now [20 km||measure] from the centre.",
            "distance",
            "russia",
        ),
        # else, the party in the main clause's subject, even after the figure
        ("Of its [four] last campaigns, the Red Army lost three.", "other", "russia"),
        # a party named only as a language is no party: round 7 removed the language frames (no claim of the
        # 820 changed), so "Polish" counts as a party again
        pytest.param("The Polish-language site has [4,000 editors].", "other", None, marks=REMOVED),
    ],
)
def test_fallbacks(marked: str, claim_kind: str, expected: str | None) -> None:
    assert side(marked, claim_kind) == expected


def test_a_sentence_naming_no_party_keeps_the_side_of_the_claim_before_it() -> None:
    marked = "There will also be [300 trucks|trucks] and 40 boats."
    context = "The UK is sending more than 900 missiles in its largest delivery yet."
    assert side(marked, "other", context=context, carried="ukraine") == "ukraine"
    assert side(marked, "other", context=context) == "other"  # no claim before: the context decides
    # civilians too: "The hospital ... 40 km from the front. Supported over half a million people."
    assert (
        side("Supported over [half a million people|people].", "population", carried="civilian") == "civilian"
    )


@pytest.mark.parametrize(
    ("name", "side_name"),
    [
        ("Gazprom", "russia"),
        ("Lavrov", "russia"),
        ("the Verkhovna Rada", "ukraine"),
        ("Budanov", "ukraine"),
        ("Brussels", "other"),
        ("the White House", "other"),
        ("Stoltenberg", "other"),
        ("the Council of Europe", "other"),
    ],
)
def test_institutions_and_leaders_stand_for_their_party(name: str, side_name: str) -> None:
    named, _ = party_hits(f"{name} said so on Monday.")
    assert [found for _, found in named] == [side_name]


@pytest.mark.parametrize(
    "sentence",
    [
        "Russia's invasion of Ukraine entered its third year.",
        "Fighting raged along Ukraine's eastern front.",
        "A pro-Russian party won the vote.",
    ],
)
def test_frames_compounds_and_languages_are_no_party(sentence: str) -> None:
    named, _ = party_hits(sentence)
    assert named == []


@pytest.mark.parametrize(
    ("sentence", "word", "clause"),
    [
        ("Kyiv said so, and Moscow denied it", "Moscow", "Moscow denied it"),
        (
            "About 300,000 troops will stand by, officials said",
            "troops",
            "About 300,000 troops will stand by",
        ),
    ],
)
def test_clause_span_stops_at_commas_and_conjunctions(sentence: str, word: str, clause: str) -> None:
    start, end = clause_span(sentence, sentence.index(word))
    assert sentence[start:end].strip() == clause


@pytest.mark.parametrize(
    ("sentence", "actor"),
    [
        ("The 93rd Separate Mechanized Brigade held the line.", "The 93rd Separate Mechanized Brigade"),
        ("Wagner Group fighters entered the town.", "Wagner Group"),
        ("The SBU detained two agents.", "SBU"),
        ("The Russian Volunteer Corps claimed two villages.", "Russian Volunteer Corps"),
        (
            "According to the General Staff of the Armed Forces of Ukraine, 900 soldiers were lost.",
            "General Staff of the Armed Forces of Ukraine",
        ),
        ("Nobody in particular did it.", None),
    ],
)
def test_actor(sentence: str, actor: str | None) -> None:
    assert actor_of(sentence) == actor


@pytest.mark.parametrize(
    ("sentence", "scope"),
    [
        ("Clashes went on all along the front line.", "front"),
        ("Operation Spiderweb hit 41 aircraft.", "Operation Spiderweb"),
        ("Nothing else happened.", None),
    ],
)
def test_scope(sentence: str, scope: str | None) -> None:
    assert scope_of(sentence, []) == scope


# Round 9 (docs/claims-changelog.md, "Sides: Round 9"): general readings found in the sixth held-out set.
@pytest.mark.parametrize(
    ("marked", "claim_kind", "speaker", "expected"),
    [
        # the speaker's own acts, told in the first person, are about the speaker's side
        ("[Three days||duration] ago I was at the front line.", "date_arithmetic", "Zelensky", "ukraine"),
        ("We have trained [40,000 recruits] this year.", "force_size", "Peskov", "russia"),
        # but not losses, which a party mostly reports of its enemy
        ("We have destroyed [40 tanks] this week.", "equipment_loss_count", "Zelensky", None),
        # a price level dated by its span belongs to no party
        ("European gas prices surge to a [six-month||duration] peak.", "duration", None, None),
        # the war's own start, counted back from now
        (
            "[Eight years||duration] ago, the Russian Federation launched an armed invasion of Crimea.",
            "date_arithmetic",
            None,
            None,
        ),
        (
            "The statement marks [8 years||duration] since the beginning of Russia's armed aggression.",
            "date_arithmetic",
            None,
            None,
        ),
        # forces gathered at Ukraine's border are Russia's
        (
            "The US says [190,000 troops|troops] are massed on Ukraine's border.",
            "force_size",
            "The US",
            "russia",
        ),
        ("There are [150,000 troops|troops] arrayed on its borders.", "force_size", None, "russia"),
        # not a third party's
        ("NATO has [40,000 troops|troops] stationed near Ukraine's borders.", "force_size", None, "other"),
        # what is destroyed by a party, in the passive, is the other side's
        ("[Dozens of silos|silos] have been destroyed by Russian bombardment.", "other", None, "ukraine"),
        # an event dated by the war is about whoever acts in it
        (
            "[Two months||duration] after Russia launched its invasion, Americans back more sanctions.",
            "date_arithmetic",
            None,
            "other",
        ),
    ],
)
def test_round9(marked: str, claim_kind: str, speaker: str | None, expected: str | None) -> None:
    assert side(marked, claim_kind, speaker=speaker) == expected


def test_every_claim_says_what_decided_its_side() -> None:
    text = (
        "Russia lost 1,000 soldiers on Monday. There were also 40 tanks. "
        "Kyiv received 30 howitzers from Poland, which has 4,000 troops near its border."
    )
    claims = extract(text, published=date(2024, 5, 1)).claims
    assert claims and all(c.side_basis in BASES for c in claims)
    assert (claims[0].side, claims[0].side_basis) == ("russia", "on the figure")
    assert (claims[1].side, claims[1].side_basis) == ("russia", "sentence before")
