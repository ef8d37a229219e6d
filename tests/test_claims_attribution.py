"""Attribution constructions, each on invented sentences: who is the source of a claim, and of which kind.

The hand-annotated corpus claims (``tests/test_claims_annotated.py``) measure how often the rules are right;
these tests pin down one construction each, so that a change that breaks one is named by the failing case.
"""

from __future__ import annotations

from datetime import date

import pytest

from claimledger.extract import extract
from claimledger.extract.claims_attribution import source_kind
from claimledger.extract.claims_attribution_titles import title_kind
from claimledger.extract.claims_sources import speaker_after, speaker_before
from claimledger.models import Claim, ClaimSource

PUBLISHED = date(2025, 11, 3)


def last_claim(text: str) -> Claim:
    claims = extract(text, published=PUBLISHED).claims
    assert claims, text
    return claims[-1]


def source_of(text: str) -> ClaimSource:
    return last_claim(text).source


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        # the head of the name decides: a title, a body, an outlet, a document, a profession
        ("the British defence ministry", "institution"),
        ("the ministry", "institution"),
        ("Chinese leader Xi Jinping's government", "institution"),
        ("the head of the Estonian intelligence service", "official"),
        ("a spokesman for the regional police", "official"),
        ("NATO leaders", "official"),
        ("The broadsheet Die Welt", "media"),
        ("an Ukrinform correspondent", "media"),
        ("the news agency Interfax", "media"),
        ("UN data", "document"),
        ("the official customs data", "document"),
        ("Ukrainian analysts", "other"),
        ("the former president", "other"),
        ("Olesia Koval, a gynaecologist and researcher", "other"),
        # bodies named as such, even when their name holds no body word
        ("the Federation of Atomic Scientists", "institution"),
        ("the Kharkiv Conflict Observatory", "institution"),
        ("the World Food Programme", "institution"),
        ("Oxford Analytica analysts", "institution"),
        ("ISW", "institution"),
        # unnamed on purpose
        ("two department officials", "anonymous"),
        ("officials familiar with the talks", "anonymous"),
        ("a high-ranking representative of the administration", "anonymous"),
        # a bare name of no known office holder
        ("Ivan Petrenko", "other"),
    ],
)
def test_the_kind_of_a_name_comes_from_its_head(name: str, kind: str) -> None:
    assert source_kind(name) == kind


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        # a coordinated verb takes the subject of its clause
        (
            "The IMF cut its forecast and said the economy would shrink by 2.1% this year.",
            "IMF",
            "institution",
        ),
        (
            "Beijing's government is friendly with Moscow but says it sold no more than 40 drones.",
            "",
            "institution",
        ),
        # a name in apposition, with a relative clause inside the apposition
        (
            "On Tuesday, Olena Marchenko, the mayor of Sumy, a city that lies near the border, said 14 shells hit "
            "the centre.",
            "Olena Marchenko",
            "official",
        ),
        # "told" names its listener after it, not its speaker
        (
            "Petro Hlib, the regional governor, told the BBC programme Newsnight that 12 villages were cut off.",
            "Petro Hlib",
            "official",
        ),
        # an unnamed source before its verb
        (
            "The cabinet discussed 30 new brigades, two officials familiar with the plans told Reuters.",
            "two officials familiar with the plans",
            "anonymous",
        ),
        (
            "Rescuers went to the village after authorities there said they found 35 bodies.",
            "",
            "institution",
        ),
        # an outlet that is more than one word, after an inverted verb
        (
            "Thousands of wealthy Russians still ski in the Alps, writes Ukrainian truth.",
            "Ukrainian truth",
            "media",
        ),
        # a place after "said in" is no speaker
        (
            "China sells 90% of Russia's chips, the Nato secretary general, Jens Stoltenberg, said in Berlin on "
            "Thursday.",
            "Jens Stoltenberg",
            "official",
        ),
        # an outlet or a monitoring body that finds or counts the figures
        ("On April 2, AFP discovers the bodies of at least 20 civilians in a suburb.", "AFP", "media"),
        ("Volunteers of the InformNapalm group identified 263 dead soldiers.", "", "institution"),
        # "according to data compiled by X" names X
        (
            "Australia exported $723m in goods to Russia, according to data compiled by the Department of Trade.",
            "Department of Trade",
            "institution",
        ),
        # a parenthetical attribution sources the clause before it, however long the sentence goes on
        (
            "Troops can be moved in less than 72 hours, the agency said, since they need only be sent by train "
            "across the country.",
            "agency",
            "institution",
        ),
        # the subject of "says" whose head is a title, past words the name reader stops at
        ("The head of Ukraine railways says 5 stations came under fire.", "head of Ukraine", "official"),
        ("Van Schaack in a briefing said 65,000 allegations were being examined.", "Van Schaack", "other"),
        (
            "Russia lost 10 generals, according to data of Japanese intelligence.",
            "Japanese intelligence",
            "institution",
        ),
        # an all-capitals headline
        ("KREMLIN SAYS IT WILL CUT GAS FLOWS BY 20%", "Kremlin", "institution"),
    ],
)
def test_a_source_named_in_the_sentence(text: str, name: str, kind: str) -> None:
    source = source_of(text)
    assert (name in source.name, source.kind) == (True, kind)


@pytest.mark.parametrize(
    "text",
    [
        # a reporting verb in another ";"-clause than the figures
        "Drone strikes near Odesa kill 9 civilians; blackouts will continue for weeks, the grid operator says.",
        # the author's clause after the reported words
        "Smith said the shells had arrived in recent weeks, but the three latest packages make no mention of them.",
        "Biden said he would rush weapons to Kyiv as he signed a $95 billion aid bill into law.",
        "Moscow denied that its jet hit the drone despite video showing the jet make at least two passes.",
        # an insertion between the speaker and the verb
        "Russia, while massing more than 100,000 troops along the border, denies it plans to attack.",
        # "described A as B": the rest of the sentence is not the speaker's
        "Officials described the talks as useful, as 3,000 more troops arrived at the border.",
        # "in the opinion of" inside a clause does not source the sentence
        "The regime suddenly got interested in the opinion of the 2 million residents.",
        # "decried" with an act as its object, like "announced a call-up"
        "The Pope decried a missile strike on a mall that left 18 dead.",
        # a country that records an event reports it, it is no monitor
        "Russia recorded 40 cases of cholera in the occupied south.",
    ],
)
def test_the_author_is_the_source(text: str) -> None:
    assert source_of(text).kind == "author"


def test_a_description_sources_the_figures_it_describes() -> None:
    source = source_of("General Hodges described the build-up of 100,000 troops as the largest since 1991.")
    assert (source.name, source.kind) == ("General Hodges", "official")


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "Denmark's defence minister, Lars Olsen, visited Kyiv. Olsen said 19 more F-16s would follow.",
            "official",
        ),
        (
            "Ivan Koval, the mayor of Berdiansk, spoke on Monday. Koval said 3 explosions hit the port.",
            "official",
        ),
        ("Analyst Maria Wood spoke on Monday. Wood said Russia lost 300 tanks in May.", "other"),
    ],
)
def test_a_surname_keeps_the_title_given_earlier(text: str, kind: str) -> None:
    assert source_of(text).kind == kind


def test_title_kind_reads_the_title_around_a_name() -> None:
    text = "Belarusian Minister of Foreign Affairs Vladimir Mazur spoke. Mazur said 3 envoys left."
    assert (title_kind(text, "Mazur"), title_kind(text, "Minsk")) == ("official", None)


def test_a_dash_paragraph_is_direct_speech_that_keeps_its_speaker() -> None:
    text = (
        "- We lost power in 3 districts - said Mayor Ihor Tkach.\n\nThe city has been shelled daily.\n\n"
        "- The hospital treated 40 wounded overnight."
    )
    assert source_of(text).name == "Mayor Ihor Tkach"


def test_a_dash_heading_is_not_speech() -> None:
    text = '"We need 20 more systems," Prime Minister Kaja Kallas said.\n\n- Gas prices at a 6-month high -'
    assert source_of(text).kind == "author"


def test_a_quote_introduced_in_its_own_sentence_does_not_continue_the_last_speaker() -> None:
    text = (
        '"This is our land," Zelensky said.\n\nIn a meeting that lasted 45 minutes, Harris told the Ukrainian '
        'leader that the US "takes seriously the integrity of Ukraine and stands with Ukraine in this regard."'
    )
    assert source_of(text).kind == "author"


def test_a_quote_that_opens_a_sentence_continues_the_last_speaker() -> None:
    text = (
        'UNHCR said the crisis was the fastest since 1945. At the end of 2022, "11.6 million Ukrainians '
        'remained displaced, including 5.9 million within their country," a figure little changed since.'
    )
    assert source_of(text).name == "UNHCR"


def test_a_pronoun_after_as_takes_the_last_source() -> None:
    text = (
        "Governor Ivan Lysenko said 12 people were hurt. As he revealed, 3 children were among the injured."
    )
    assert source_of(text).name == "Governor Ivan Lysenko"


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        (
            "Moscow imported $100 million worth of drones this year.\n\nThat's according to Politico.",
            "Politico",
            "media",
        ),
        (
            "The Kremlin wants 2 million people to flee Kharkiv.\n\nThe Institute for the Study of War said this "
            "in its daily assessment.",
            "Institute for the Study of War",
            "institution",
        ),
    ],
)
def test_the_next_sentence_can_source_the_one_before(text: str, name: str, kind: str) -> None:
    source = extract(text, published=PUBLISHED).claims[0].source
    assert (name in source.name, source.kind) == (True, kind)


def test_a_headline_of_another_article_is_not_remembered_as_a_speaker() -> None:
    text = "Pence said 2,000 families fled. KREMLIN SAYS IT HITS ONLY MILITARY SITES\n\nHe said 40 towns were hit."
    assert source_of(text).name == "Pence"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("a permanent representative of Poland. Then", "a permanent representative of Poland"),
        ("the US national security adviser, told", "US national security adviser"),
        ("Tanninko urges people to visit", "Tanninko"),
        ("U.K. officials citing data", "U.K. officials"),
        ("in Berlin on Thursday.", ""),
        ("in TVN24 Ambassador of Ukraine in Poland.", "Ambassador of Ukraine"),
        ("Putin.- The next quote", "Putin"),
    ],
)
def test_speaker_after(text: str, speaker: str) -> None:
    assert speaker_after(text) == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Sen. Mark Kelly, D-AZ.,", "Sen. Mark Kelly"),
        ("We were in the house, Maksym Maksymov, 29,", "Maksym Maksymov"),
        ("Last week, Ukraine's General Staff", "Ukraine's General Staff"),
    ],
)
def test_speaker_before(text: str, speaker: str) -> None:
    assert speaker_before(text) == speaker
