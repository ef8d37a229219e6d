"""The claim layer: attribution, sides, actors, scope, types, ACLED events, worthiness and links."""

from __future__ import annotations

import csv
import json
from collections import Counter
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from claimledger.extract import extract
from claimledger.extract.claims import NAME, build_claims
from claimledger.extract.claims_attribution import attribute, source_kind
from claimledger.extract.claims_types import CLAIM_TYPES, acled_categories, event_type
from claimledger.extract.sentences import sentence_index, split_sentences
from claimledger.extract.serialize import to_contract
from claimledger.models import Claim, Quantity

GOLDEN = Path(__file__).resolve().parent / "golden"
PUBLISHED = date(2025, 11, 3)


def claims_of(text: str) -> tuple[Claim, ...]:
    return extract(text, published=PUBLISHED).claims


def only_claim(text: str) -> Claim:
    claims = claims_of(text)
    assert len(claims) == 1, claims
    return claims[0]


def test_version() -> None:
    assert NAME == "claims.v4"


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        (
            "Ukraine's General Staff said Russia lost 1,000 soldiers on Sunday.",
            "Ukraine's General Staff",
            "institution",
        ),
        (
            "According to the UK Ministry of Defence, Russia loses about 900 troops a day.",
            "UK Ministry of Defence",
            "institution",
        ),
        (
            "Western intelligence estimates put Russia's losses at 900-1,100 a day.",
            "Western intelligence",
            "institution",
        ),
        ("Moscow insists that only 6,000 of its soldiers have died.", "Moscow", "institution"),
        ("Russia lost 300 tanks in a month, the Pentagon claims.", "Pentagon", "institution"),
        ("Kirby told reporters that 20,000 Russians had been killed since December.", "Kirby", "official"),
        ("Intercepted calls suggest that 400 men of the unit were killed.", "Intercepted calls", "anonymous"),
        (
            "Russia has lost 5,000 soldiers near Avdiivka, two senior US officials said.",
            "two senior US officials",
            "anonymous",
        ),
        ("Russian forces fired 40 missiles at Kyiv overnight, Reuters reported.", "Reuters", "media"),
        ("The report said 1,200 civilians were killed in Mariupol.", "report", "document"),
        ("Russia fired 40 missiles at Kyiv overnight.", "author", "author"),
        (
            "Zelensky's adviser Mykhailo Podolyak puts the army's losses at 10,000 to 13,000.",
            "Zelensky's adviser Mykhailo Podolyak",
            "official",
        ),
        # an adverb or a time between the subject and its verb
        ("Hodges correctly asserts that 200 kilometers would not change the outcome.", "Hodges", "other"),
        (
            "President Zelensky last night announced that 200 people would face sanctions.",
            "President Zelensky",
            "official",
        ),
        # ", saying ..." before the figures: the subject of the sentence
        (
            "Yevgeny Prigozhin, the head of Wagner, has launched a coup, saying he has 25,000 fighters.",
            "Yevgeny Prigozhin",
            "official",
        ),
        ("Officials briefed anonymously that the invasion was two weeks away.", "Officials", "anonymous"),
        (
            "More than 110 million people are displaced, according to a report released by UNHCR.",
            "UNHCR",
            "institution",
        ),
        ("Exports rose by 69% to Russia, Chinese customs data show.", "Chinese customs data", "document"),
        ("‘‘Almost half a million refugees fled this year,’’ said Saltmarsh.", "Saltmarsh", "official"),
        # an announced act is reported by the author; "As reported" names nobody
        ("Putin announces a call-up of some 300,000 reservists.", "author", "author"),
        (
            "As reported, the Ministry of Defense of Estonia has drawn up a EUR 120 billion plan.",
            "author",
            "author",
        ),
    ],
)
def test_attribution(text: str, name: str, kind: str) -> None:
    claim = only_claim(text)
    assert (claim.source.name.removeprefix("the ").removeprefix("The "), claim.source.kind) == (name, kind)


def test_a_quote_spanning_sentences_keeps_its_speaker() -> None:
    text = (
        '"We lost 40 vehicles in two days. Another 12 were damaged beyond repair," said Oleksandr Syrskyi, '
        "Ukraine's commander. The weather was poor."
    )
    sources = [c.source.name for c in claims_of(text)]
    assert sources == ["Oleksandr Syrskyi", "Oleksandr Syrskyi"]


def test_a_pronoun_speaker_takes_the_last_named_source() -> None:
    text = "Governor Oleh Syniehubov said the city was shelled. He said 12 people were wounded."
    assert only_claim(text).source.name.endswith("Oleh Syniehubov")


def test_the_author_speaks_when_nobody_is_named() -> None:
    sentences = split_sentences("Kyiv said Russia lost 1,000. It rained for 3 days.")
    assert [s.name for s in attribute("Kyiv said Russia lost 1,000. It rained for 3 days.", sentences)] == [
        "Kyiv",
        "author",
    ]


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("the General Staff of the Ukrainian Armed Forces", "institution"),
        ("director of the Estonian Foreign Intelligence Service", "official"),
        ("Defence Minister Rustem Umerov", "official"),
        ("a senior Western official", "anonymous"),
        ("sources familiar with the matter", "anonymous"),
        ("the Kyiv Independent", "media"),
        ("the latest survey", "document"),
        ("Michael Kofman", "other"),
    ],
)
def test_source_kind(name: str, kind: str) -> None:
    assert source_kind(name) == kind


@pytest.mark.parametrize(
    ("text", "side"),
    [
        ("Ukraine's General Staff said Russia lost 1,000 soldiers on Sunday.", "russia"),
        ("Russia's defence ministry said Ukraine lost 350 soldiers near Bakhmut.", "ukraine"),
        ("At least 18 civilians were killed when a missile hit a shopping centre in Kremenchuk.", "civilian"),
        ("Russian attacks killed at least six people in the Donetsk region.", "civilian"),
        ("More than 6 million refugees have fled Ukraine.", "civilian"),
        ("The US will send 31 Abrams tanks to Ukraine.", "ukraine"),
        ("The Pentagon will deploy 3,000 more US troops to Romania.", "other"),
        (
            "According to the General Staff of the Ukrainian Armed Forces, 1,260 Russian soldiers were eliminated.",
            "russia",
        ),
        ("Russia has massed more than 100,000 troops near its western neighbour.", "russia"),
        ("782 days ago, Russia's armed invasion of Ukraine began.", None),
        (
            "Ukraine's General Staff said the front was quiet. Near Kupiansk, 12 armoured vehicles were destroyed.",
            None,
        ),
        ("Moscow has bought drones from a Chinese firm. It ordered 100,000 helmets in May.", "russia"),
        # third parties counted as such, whatever the sentence says about the war
        ("Last month, 39 countries did not support a UN resolution demanding that Russia withdraw.", "other"),
        ("Zelensky thanked nearly 60 nations and organizations that backed Ukraine.", "other"),
        # the target of sanctions
        ("The UK sanctioned 65 individuals and entities for supporting Russia's invasion.", "russia"),
        # markets belong to no party
        ("The conflict between Russia and Ukraine pushed crude oil prices above $100 a barrel.", None),
        ("The S&P 500 plunged nearly 17% in the first weeks of the war.", None),
        # both warring parties at once
        ("The war has left tens of thousands of Russians and Ukrainians dead.", None),
        # displaced people are civilians, whatever their nationality
        ("The Kremlin wants to displace millions of Ukrainians from Kharkiv.", "civilian"),
        ("Thousands of migrants appeared on the Polish-Belarusian border.", "civilian"),
        # a casualty claim is about its victims, not the attacks that caused them
        ("Authorities in Sumy reported four injuries from 51 attacks by Russian forces.", "civilian"),
        # a strike count or a strike's distance with no nationality on it: the attacker
        ("76 explosions have been recorded in the Sumy region during the last day.", "russia"),
        ("Ukraine's military says missiles were launched from bombers some 1,450km away.", "russia"),
        # places named with a party are not the party
        ("Russian forces made gains in at least three locations along Ukraine's eastern front.", "russia"),
        (
            "Russia has passed laws threatening jail sentences of up to 15 years for spreading fake information "
            "about the Ukraine war.",
            "russia",
        ),
        # a date set by the war is about whoever acts in it; the war's own date is about no party
        (
            "It was at a meeting of Russia's security council, three days before the invasion, that he spoke.",
            "russia",
        ),
        ("Nine years ago, Russian aggression began with Crimea.", None),
        # the speaker's own side: when the sentence names a party only through its speaker, or "his"/"its"
        ("Putin announces a call-up of some 300,000 reservists.", "russia"),
        (
            "Ukraine's army chief said his two-day work at the front showed the need for more drones.",
            "ukraine",
        ),
        # "the enemy" is the other side of whoever speaks
        ("Russia's defence ministry said 500 enemy soldiers were killed.", "ukraine"),
        ("Ukraine's General Staff said 500 enemy soldiers were killed.", "russia"),
        # possessives and "of the ... army" on the figure
        ("Ivanov is one of Russia's 12 deputy defence ministers.", "russia"),
        # money in a warring party's own currency
        ("The city allocated 15 million hryvnia for military brigades.", "ukraine"),
        # a party named far from the figure, or only after it, is no side of the figure; since round 7 a sentence
        # that names one party only gives the figure to it (the annotated sets label "Despite ... traveling to
        # Ukraine, the company sold 150 tickets" ukraine), which reads these two wrongly: known misses
        pytest.param(
            "The museum received 12 letters last week, and Russia was not among the senders.",
            None,
            marks=pytest.mark.xfail(strict=True, reason="a party named as not involved (round 7, rule 16)"),
        ),
        pytest.param(
            "After years of talks with Kyiv, officials at the ministry and its partners in the region finally "
            "opened 40 schools.",
            None,
            marks=pytest.mark.xfail(
                strict=True, reason="the one party named is far from the figure (round 7)"
            ),
        ),
        # ... except in a claim typed by what it counts (forces, losses, strikes, territory, aid)
        (
            "In the east, where Russian commanders have concentrated their reserves for months and the weather "
            "has turned, some 100,000 troops now stand ready.",
            "russia",
        ),
        # a list keeps the side of its first item
        (
            "KIIS found many consequences for ordinary Ukrainians:\n\n· 78% talk about the injury of a relative;"
            "\n\nAdvertisement\n\n· 64% - about a decrease in income;",
            "ukraine",
        ),
    ],
)
def test_side_is_what_the_figure_is_about(text: str, side: str | None) -> None:
    assert claims_of(text)[-1].side == side


@pytest.mark.parametrize(
    ("text", "actor", "scope"),
    [
        (
            "The 47th Mechanized Brigade destroyed 12 tanks near Avdiivka.",
            "The 47th Mechanized Brigade",
            "Avdiivka",
        ),
        ("Wagner lost 20,000 fighters in Bakhmut, Prigozhin said.", "Wagner", "Bakhmut"),
        ("Shelling killed 3 people along the front line.", None, "front"),
    ],
)
def test_actor_and_scope(text: str, actor: str | None, scope: str | None) -> None:
    claim = only_claim(text)
    assert (claim.actor, claim.scope) == (actor, scope)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Russia lost about 1,000 soldiers on Sunday, Kyiv said.", "casualty_count"),
        ("Russia is losing about 1,090 soldiers a day.", "casualty_rate"),
        ("Ukraine says Russia has lost 3,552 tanks since the invasion.", "equipment_loss_count"),
        ("Russia loses about 10 tanks a day, analysts say.", "equipment_loss_rate"),
        ("Russia launched 40 missiles and 30 drones at Ukraine overnight.", "strike_count"),
        ("The Senate approved $61 billion in aid for Ukraine.", "money_aid"),
        ("Russia occupies about 18% of Ukraine's territory.", "territory_area"),
        ("Ukraine liberated 6,000 square kilometres in September.", "territory_area"),
        ("Russia has massed 100,000 troops on the border.", "force_size"),
        ("The brigade fielded about 700 soldiers, a full battalion.", "unit_equivalence"),
        ("About 8 million people have fled abroad as refugees.", "population"),
        ("Gas exports fell by 25% last year.", "percent_change"),
        ("Two in three Ukrainians support joining NATO.", "ratio"),
        ("The HIMARS has a range of 80 km.", "distance"),
        ("The siege lasted 86 days.", "duration"),
        ("The invasion began 782 days ago.", "date_arithmetic"),
        ("The Senate vote was 79 to 18.", "other"),
    ],
)
def test_claim_type(text: str, kind: str) -> None:
    assert only_claim(text).type == kind


def test_the_type_list_is_the_documented_taxonomy() -> None:
    documented = (Path(__file__).resolve().parent.parent / "docs" / "claims.md").read_text(encoding="utf-8")
    for name in CLAIM_TYPES:
        assert f"`{name}`" in documented


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A Russian missile strike killed 18 people in Kremenchuk.",
            ("Explosions/Remote violence", "Shelling/artillery/missile attack"),
        ),
        ("A drone strike on Odesa killed 3 people.", ("Explosions/Remote violence", "Air/drone strike")),
        (
            "Air defences shot down 30 of 40 drones overnight.",
            ("Strategic developments", "Disrupted weapons use"),
        ),
        ("Ukrainian forces liberated 20 villages near Kharkiv.", ("Battles", "Government regains territory")),
        (
            "Russian soldiers kidnapped 12 civilians in Kherson.",
            ("Violence against civilians", "Abduction/forced disappearance"),
        ),
    ],
)
def test_acled_event_type(text: str, expected: tuple[str, str]) -> None:
    claim = only_claim(text)
    assert (claim.event_type, claim.sub_event_type) == expected


def test_no_event_type_for_a_statistic() -> None:
    assert event_type("About 12% of the uranium is imported from Russia.", "ratio") is None


def test_shipped_acled_categories_match_the_standard(shared_dir: Path) -> None:
    with (shared_dir / "data" / "standards" / "acled_event_categories.csv").open(encoding="utf-8") as handle:
        rows = {(r["event_type"], r["sub_event_type"]) for r in csv.DictReader(handle)}
    shipped = {(name, sub) for name, subs in acled_categories().items() for sub in subs}
    assert shipped == rows


@pytest.mark.parametrize(
    ("text", "opinion", "prediction"),
    [
        ("The enemy will throw thousands more into the meat grinder.", True, True),
        ("Ukraine's General Staff said Russia lost 1,000 soldiers on Sunday.", False, False),
        ("The defence ministry expects to recruit 400,000 men next year.", False, True),
        ("We must send 100 more tanks to Ukraine.", True, False),
    ],
)
def test_opinion_and_prediction(text: str, opinion: bool, prediction: bool) -> None:
    claim = only_claim(text)
    assert (claim.opinion, claim.prediction) == (opinion, prediction)


def test_checkable_claims_rank_above_opinion_and_prediction() -> None:
    specific = only_claim("Ukraine's General Staff said Russia lost 1,090 soldiers near Bakhmut on Sunday.")
    rhetoric = only_claim("The enemy will throw thousands more into the meat grinder.")
    aside = only_claim("The Senate vote was 79 to 18.")
    assert 0.0 <= rhetoric.checkworthy < aside.checkworthy < specific.checkworthy <= 1.0
    assert specific.checkworthy >= 0.8 and rhetoric.checkworthy <= 0.3


def test_a_restatement_is_linked_to_the_claim_it_restates() -> None:
    claims = claims_of(
        "Russia lost about 1,300 soldiers a day in May, Kyiv said. That's roughly 9,000 a week."
    )
    assert [c.restates for c in claims] == [(), ("c1",)]


def test_a_repeated_figure_is_linked_to_its_first_mention() -> None:
    claims = claims_of("Russia has massed 100,000 troops. Diplomats met in Geneva. The 100,000 troops stay.")
    assert claims[-1].restates == ("c1",)


@pytest.mark.parametrize(
    ("text", "pairs"),
    [
        ("The brigade had about 700 soldiers, a full battalion.", [("q1", "unit:battalion")]),
        ("The missiles flew some 1,450km (900 miles).", [("q1", "q2")]),
        ("Russia lost 1,090 soldiers a day in October, or roughly 33,800 over the month.", [("q1", "q2")]),
        ("Russia lost 24,000 soldiers, 1,000 tanks and 500 guns.", []),
    ],
)
def test_equivalences_inside_a_claim(text: str, pairs: list[tuple[str, str]]) -> None:
    assert list(only_claim(text).equivalences) == pairs


def test_the_contract_fields_are_unchanged() -> None:
    contract = to_contract(extract("Kyiv said Russia lost 1,000 soldiers in October.", published=PUBLISHED))
    assert set(contract["claims"][0]) == {
        "id",
        "start",
        "end",
        "quantities",
        "places",
        "times",
        "source",
        "side",
        "type",
        "checkworthy",
    }
    assert set(contract["claims"][0]["source"]) == {"name", "kind"}


def test_no_quantities_no_claims() -> None:
    assert build_claims("Nothing to count here.", split_sentences("Nothing to count here."), [], [], []) == []


def _gold_quantities(text: str, gold: dict[str, Any]) -> list[Quantity]:
    sentences = split_sentences(text)
    return [
        Quantity(
            f"q{n}",
            q["start"],
            q["end"],
            q["text"],
            Decimal(str(q["low"])),
            Decimal(str(q["high"])),
            kind=q["kind"],
            entity=q["entity"],
            unit=q["unit"],
            per=q["per"],
            sentence=sentence_index(sentences, q["start"]),
        )
        for n, q in enumerate(gold["quantities"], start=1)
    ]


@pytest.mark.parametrize("path", sorted(GOLDEN.glob("*.json")), ids=lambda p: p.stem)
def test_every_golden_quantity_belongs_to_exactly_one_claim(
    path: Path, corpus_records: list[dict[str, Any]]
) -> None:
    gold = json.loads(path.read_text(encoding="utf-8"))
    text = next(r["text"] for r in corpus_records if r["id"] == gold["id"])
    quantities = _gold_quantities(text, gold)
    claims = build_claims(text, split_sentences(text), quantities, [], [])
    owners = Counter(q for claim in claims for q in claim.quantities)
    assert all(owners[q.id] == 1 for q in quantities)
    assert sum(owners.values()) == len(quantities)
