"""Claim types, ACLED event types, opinion and prediction marks and check-worthiness, on invented sentences.

Each case is a construction named in ``docs/claims.md`` ("Claim types", "ACLED event types", "Opinion,
prediction and check-worthiness"); the hand-annotated corpus claims are scored in ``test_claims_annotated.py``.
"""

from __future__ import annotations

from datetime import date
from itertools import product

import pytest

from claimledger.extract import extract
from claimledger.models import Claim

PUBLISHED = date(2025, 11, 3)


def only_claim(text: str) -> Claim:
    claims = extract(text, published=PUBLISHED).claims
    assert len(claims) == 1, claims
    return claims[0]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # munitions: fired, brought down, sent
        ("Russia launched 40 missiles at Kyiv overnight.", "strike_count"),
        ("At least five HIMARS rockets crashed into the building.", "strike_count"),
        ("Air defences intercepted 12 drones on Sunday.", "equipment_loss_count"),
        ("A Patriot battery shot down one ballistic missile over the city.", "equipment_loss_count"),
        ("Russia launched 40 drones at Odesa, and air defences intercepted 35 drones.", "strike_count"),
        ("The UK is sending more than 300 air defence missiles to Ukraine.", "money_aid"),
        ("The allies can support Ukraine with thousands of drones and hundreds of tanks.", "money_aid"),
        ("The package includes 100,000 artillery shells.", "money_aid"),
        # arms held or deployed are a force
        ("The navy gathered over 20 warships near the coast.", "force_size"),
        ("Moscow has about 5,000 nuclear warheads.", "force_size"),
        (
            "As many as 100,000 troops massed at the border, alongside 1,000 tanks and missile launchers.",
            "force_size",
        ),
        ("Washington is deploying thousands of additional U.S. troops to the eastern flank.", "force_size"),
        ("The ministry said the number of troops at the border had reached 120,000.", "force_size"),
        # money and aid
        ("The allies have sent billions in military aid to Kyiv.", "money_aid"),
        ("He promised to ship grain free of charge to six countries.", "money_aid"),
        # sanctions targets, crowds and roles are not populations
        ("The EU has adopted 11 packages of sanctions.", "other"),
        ("Washington sanctioned 300 companies and individuals on Friday.", "other"),
        ("Three state bodies linked to the weapons programme were sanctioned.", "other"),
        ("Thousands of residents lined the streets to watch the parade.", "other"),
        ("The railway employs about 200,000 people.", "other"),
        ("About 2 million people have fled the region.", "population"),
        ("In 2023, the number of displaced people rose to 6 million.", "population"),
        ("Tens of thousands have already left the country.", "population"),
        ("Hundreds of civilians are sheltering in the basements.", "population"),
        # places counted are territory only when they change hands
        ("Ukrainian forces recaptured three villages last week.", "territory_area"),
        ("The province includes two regions loyal to Moscow.", "other"),
        # shares and changes
        ("The index lost 2% on Monday.", "percent_change"),
        ("Forecasts were within 1.5 percentage points of the outcome.", "percent_change"),
        ("Just 17 leaders came, less than half of the 43 who came in 2019.", "other"),
        ("Among voters, 64 percent support increasing them, as do 67 percent of experts.", "ratio"),
        # casualties
        ("The invaders have suffered thousands of KIAs.", "casualty_count"),
        ("More than 500 death camps were set up.", "other"),
        ("A 45-year-old man was killed in the strike.", "casualty_count"),
        ("Three were pulled out alive from the rubble.", "casualty_count"),
        ("Almost 2,000 people were burned in the village.", "casualty_count"),
        ("At least 200 soldiers have been treated for gas poisoning.", "casualty_count"),
        # durations and date arithmetic
        ("They spent 10 days in captivity after their arrest.", "duration"),
        ("After 12 days, the hostages were released.", "date_arithmetic"),
        ("After 100 days of war, the front has barely moved.", "duration"),
        ("Shelling has eased in the last two months, since the town fell.", "duration"),
        ("The talks will start within the next 48 hours.", "date_arithmetic"),
        ("Ten years have passed since the annexation.", "date_arithmetic"),
        ("Beijing calls itself neutral in the two-year-old war.", "duration"),
        ("Men between the ages of 18 and 60 may not leave the country.", "other"),
        ("The forum counted 3,000 active users over the last 30 days.", "other"),
        # round 5: constructions that the third held-out set showed
        ("The country faces this choice for the third time in 100 years.", "date_arithmetic"),
        ("Within two weeks, the republic ceased to exist.", "duration"),
        ("As the war approaches the 16-month mark, the front is quiet.", "duration"),
        ("The eight-year conflict has claimed more than 14,000 lives.", "casualty_count"),
        ("If the city falls, tens of thousands could die.", "casualty_count"),
        ("Kyiv's mayor said three people were in hospital.", "casualty_count"),
        ("Russia has forcibly abducted at least 6,000 children.", "population"),
        ("More than 19,000 children had been forcibly deported to Russia.", "population"),
        ("Thousands of people marched across the capital on Saturday.", "other"),
        ("The blockade has cost the economy billions.", "money_aid"),
        ("The package includes some 300,000 rounds of ammunition.", "money_aid"),
        ("Police detained five saboteurs near the plant.", "force_size"),
        ("Referendums will be held in four occupied areas next week.", "territory_area"),
        ("Some 87% of Ukrainians are against any territorial concessions.", "ratio"),
    ],
)
def test_claim_type_of_a_construction(text: str, kind: str) -> None:
    assert only_claim(text).type == kind


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # round 7: arms neither lost, fired nor sent are a force's; captured arms on show are a loss
        ("Four Russian military aircraft breached the air defence zone.", "force_size"),
        ("The navy will get six new ships next year.", "force_size"),
        ("The museum put 30 pieces of captured Western equipment on display.", "equipment_loss_count"),
        ("Belarus hosted three rounds of talks.", "other"),
        # a harm verb before the figure, of any kind; cases of detention are casualties (decision 20)
        ("Soldiers summarily executed more than 70 of them.", "casualty_count"),
        ("The report documents 75 cases of arbitrary detention.", "casualty_count"),
        # a bare magnitude followed by no noun counts people
        ("Hundreds of millions on the continent are facing rising food prices.", "population"),
        # the age of something that lasts; a share of another figure; "March" the month is no march
        ("Russia ended a more than 20-year-old exchange program.", "duration"),
        ("Only half of its 280,000 residents remain there after it was occupied in March.", "population"),
    ],
)
def test_claim_type_of_a_round_7_construction(text: str, kind: str) -> None:
    assert only_claim(text).type == kind


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # round 9: more harm words (dying, the death of), graves, and people who live somewhere
        ("Officials say 500 Russian troops are dying each day.", "casualty_rate"),
        ("The army confirmed the deaths of 12 officers.", "casualty_count"),
        ("Investigators found hundreds of graves near the town.", "casualty_count"),
        ("Before the war the region had a population of around 2 million.", "population"),
        ("Just over 300,000 live in the city now.", "population"),
    ],
)
def test_claim_type_of_a_round_9_construction(text: str, kind: str) -> None:
    assert only_claim(text).type == kind


# Round 7 removed the constructions below: each fired on one claim of the whole corpus, the one it was written
# for (docs/claims-changelog.md, "Types: Round 7"). Their invented sentences stay as known misses.
@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Air defences shot down 30 of 40 drones overnight.", "strike_count"),
        ("Dozens of officers had joined the mutiny by noon.", "force_size"),
        ("The three latest packages included artillery shells.", "money_aid"),
        ("The agency has received just over half the funding it needs.", "money_aid"),
        ("The small nation of 2.5 million fears an invasion.", "population"),
        ("The country has lost nearly 15% of its grain storage capacity.", "ratio"),
        ("Four have been lost to enemy fire.", "equipment_loss_count"),
        ("The two decades from Iraq to Ukraine changed the region.", "date_arithmetic"),
        ("The order covers children between the ages of four months and 17 years.", "other"),
    ],
)
@pytest.mark.xfail(strict=True, reason="construction removed in round 7 (it fired on one corpus claim)")
def test_claim_type_of_a_removed_construction(text: str, kind: str) -> None:
    assert only_claim(text).type == kind


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "About 1,500 troops are stationed there under a deal agreed in 1992.",
            "Headquarters or base established",
        ),
        ("Moscow has deported thousands of children to Russia.", "Abduction/forced disappearance"),
        ("Three state bodies tied to chemical weapons programmes were sanctioned.", None),
        ("Four people were killed in occupied parts of the region.", None),
        ("The $1 billion package included 300 missiles and 40 launchers.", None),
        ("Russian shelling killed 4 people in Kherson.", "Shelling/artillery/missile attack"),
    ],
)
def test_only_an_event_that_the_claim_reports_gets_an_acled_type(text: str, expected: str | None) -> None:
    assert only_claim(text).sub_event_type == expected


@pytest.mark.parametrize(
    ("text", "prediction"),
    [
        ("Troops held out for 20 days in May.", False),
        ("Ukraine may receive 30 more jets.", True),
        ("The nation has shown its will to resist for 500 days.", False),
        ("The military might of 30 allies was on show.", False),
        ("The ministry has drawn up a $5 billion plan to rebuild the grid.", False),
        ("The ministry plans to recruit 20,000 soldiers.", True),
        ("If the allies send 100 jets, the war will end sooner.", True),
        ("The IMF expects Russia to grow 3% this year.", True),
        ("He began his term by promising to build 500 schools.", True),
        ("Who will pay for it?Officials counted 40 destroyed homes.", False),
        ("Other systems will be bought, such as 400 Tomahawk missiles.", True),
        # round 5: a phrase with no verb joins the clause next to it; a speaker is not what is said
        ("For about $2 billion, Ukraine will be able to buy air defence systems.", True),
        (
            "Officials announced that $1 billion in artillery, air defenses, and other hardware would be sent.",
            True,
        ),
        ("The plan adds 5,000 troops in Romania, with more in the east, and will cost little.", True),
        ("Three sources told CNN the weapon could destroy satellites.", False),
        ("Russia has massed 130,000 troops and Truss said an invasion could be imminent.", False),
        ("Moscow wants a promise that Ukraine will never join Nato, the alliance of 30 countries.", False),
        ("Russia, while mobilizing 100,000 troops along the border, denies it plans to invade.", False),
        ("I would like to thank the 40 countries that came.", False),
        ("Russia outguns Ukraine by a staggering 7:1 ratio, if not more.", False),
        ("The Germans could not risk moving more than 20% of their troops.", False),
        # hedges and terms (docs/claims.md, Annotation decisions 15 and 16)
        ("The missiles may reach targets 300 kilometers away.", False),
        ("The number of children abducted during the past nine years could reach 300,000.", False),
        ("The number of refugees could reach 300,000 by the spring.", True),
        ("In 2030 he is eligible to run for another six years.", True),
    ],
)
def test_prediction_mark(text: str, prediction: bool) -> None:
    assert only_claim(text).prediction is prediction


@pytest.mark.parametrize(
    ("text", "opinion"),
    [
        ("Russia's senseless war has killed 10,000 civilians, the minister said.", True),
        ("The regime supplied thousands of tons of shells to neo -Nazi groups, he said.", True),
        ("The two most crucial targets are 50 kilometres apart.", True),
        ("Russian shelling killed 4 people in Kherson on Sunday.", False),
        # round 5: obligation, stance, stance adverbs, judging words, rhetoric; reported stances are reports
        ("We have to work in two directions at the meeting of 40 leaders.", True),
        ("One way out would be to keep Ukraine neutral for at least a decade.", True),
        ("The US has fought four wars this century, but we seem to have learned nothing.", True),
        ("There is simply no evidence that the 150,000 soldiers are there to escalate.", True),
        ("France condemns in the strongest possible terms the strike that killed 12 people.", True),
        ("Your intelligence is worthless although you spend billions of dollars on it.", True),
        ("The entire armada could not detect a whole five saboteurs.", True),
        ("What are you doing here, thousands of kilometers away?", True),
        ("For 20 years the institute has asked Ukrainians: “Are you happy?”", False),
        ("As many as 64% of Ukrainians believe that Ukraine should retake Crimea.", False),
        ("This implies that Russian forces must leave all 20 districts.", False),
        ("The siege killed perhaps 10,000 people.", False),
        ("The Nuclear Catastrophe site in Chernobyl lies 56 miles north.", False),
        ("It was a brutal conflict that killed 3,000 people.", False),
        ("The $95 billion package was a feat of tough-minded negotiation.", True),
        # round 7: the writer's stance on a fact
        ("It's no coincidence that Australia sent $70m-worth of equipment.", True),
        ("Like China, it's no surprise Russia is high up in a 41-page report.", True),
        # round 9: judging adjectives, "one might think", "as others have argued", "is obvious"
        ("The numbers are horrifying: the city had 400,000 people before the war.", True),
        ("With a six-month delay, one might think Ukraine has more time.", True),
        ("As others have argued, the $61 billion comes just in time.", True),
        ("For a country that has lost thousands of people, the answer is obvious.", True),
    ],
)
def test_opinion_mark(text: str, opinion: bool) -> None:
    assert only_claim(text).opinion is opinion


REPORTS = (
    "Ukraine's General Staff said Russia lost 1,090 soldiers near Bakhmut on Sunday.",
    "Russia has massed tens of thousands of troops.",
    "The Senate vote was 79 to 18.",
    "The museum has two floors.",
)
MARKED = (
    "The enemy will throw thousands more into the meat grinder.",
    "Ukraine's General Staff said Russia will lose 1,000 soldiers near Bakhmut next week.",
    "Russia's senseless war has killed 10,000 civilians, the minister said.",
    "If the allies send 100 jets, the war will end sooner.",
)


def test_a_specific_sourced_war_figure_ranks_highest() -> None:
    scores = [only_claim(text).checkworthy for text in REPORTS]
    assert scores == sorted(scores, reverse=True) and scores[0] >= 0.85


@pytest.mark.parametrize(("report", "marked"), list(product(REPORTS, MARKED)))
def test_opinion_prediction_and_rhetoric_rank_below_every_report(report: str, marked: str) -> None:
    claim = only_claim(marked)
    assert claim.opinion or claim.prediction  # marked as such
    assert claim.checkworthy <= 0.15
    assert claim.checkworthy <= only_claim(report).checkworthy


def test_rhetoric_that_is_both_opinion_and_prediction_ranks_lowest() -> None:
    rhetoric = only_claim("The enemy will throw thousands more into the meat grinder.")
    assert rhetoric.opinion and rhetoric.prediction
    assert rhetoric.checkworthy < min(only_claim(text).checkworthy for text in MARKED[1:])
