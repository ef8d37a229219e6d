"""Sides, actors and scope: whom a figure is about, which unit, and over what part of the war.

The side is the party the figure describes (in "Ukraine's General Staff said Russia lost 1,000 soldiers" the
side is ``russia``), never the speaker: the source's own words are blanked out before the side is read. Sides
are ``russia``, ``ukraine``, ``civilian`` (non-combatants of any country: the killed, wounded, displaced,
refugees), ``other`` (a third party: the US, NATO, the EU, Belarus, ...) or None when the figure is about no
party (the length of the war, a market index).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from claimledger.extract.claims_parties import Hit, clause_span, party_hits
from claimledger.extract.claims_sides_figure import UKRAINE_WEAPON, aid_recipient, figure_side
from claimledger.extract.claims_sides_people import Cast
from claimledger.models import PlaceMention, Quantity

_STRIKE_WORDS = re.compile(
    r"\b(?:strikes? (?:on|in|at|hit)|struck|(?:missiles?|rockets?|drones?) (?:were |was )?(?:launched|fired|hit))\b",
    re.IGNORECASE,
)

# Strikes that land on Russian ground are Ukraine's: "attacks on Russian bases", "the Russian capital was hit".
_RUSSIAN_TARGET = re.compile(
    r"\b(?:on|at|into|against|over|in)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:of\s+the\s+)?(?:Russian|Russia['’]s)\s+"
    r"(?:[\w-]+\s+)?(?:bases?|air ?bases?|airfields?|capital|territory|soil|cities|city|regions?|refiner(?:y|ies)"
    r"|depots?|border regions?|ships?|warships?)\b"
    r"|\b(?:on|at|against|over|inside)\s+(?:Russia|Moscow)\b(?!['’]s)",
)
_AGENT = re.compile(
    r"\b(?:launched|fired|carried out|conducted|shot|sent|attacked)\s+(?:\w+\s+){0,3}?by\s+(?:the\s+)?",
    re.IGNORECASE,
)
_ATTACKS = re.compile(
    r"[\w'’]+(?:\s+(?:forces|troops|army|military|navy|air force|drones|units))?\s+(?:has\s+|have\s+)?"
    r"(?:fired|launched|attacked|struck|shelled|targeted)\b"
)
_MUNITIONS = re.compile(r"\b(?:drones?|missiles?|rockets?|shells?|UAVs?)\b", re.IGNORECASE)
# A possessive right before the figure ("his two-day work at the front", "its 400,000 recruits") points to
# the speaker.
_OWN_FIGURE = re.compile(r"\b(?:its|their|our|his|her|my)\s+(?:own\s+|first\s+|latest\s+)?$", re.IGNORECASE)

_LOSS_TYPES = frozenset({"casualty_count", "casualty_rate", "equipment_loss_count", "equipment_loss_rate"})

# Claims about whoever acts (how long, when, how far): the subject of the sentence decides first.
_SUBJECT_FIRST = frozenset({"duration", "date_arithmetic", "distance"})
# Claims typed by what they count, in which the party named before the figure is mostly the one that counts:
# the only claims in which a party named outside the figure's clause and its few words still decides.
_TYPED = frozenset(
    {
        "casualty_count",
        "casualty_rate",
        "equipment_loss_count",
        "equipment_loss_rate",
        "force_size",
        "strike_count",
        "territory_area",
        "money_aid",
    }
)

# How far before the figure (in characters, about ten words) a named party is still "on" it.
_NEAR_WINDOW = 60

# A party as the subject of a verb: "Russia has denied", "Ukrainian forces recaptured", "Moscow's army says".
_SUBJECT_VERB = re.compile(
    r"[\w.]+(?:['’]s)?(?:\s+(?:[A-Z]\w+|forces|troops|army|military|government|authorities|officials"
    r"|president|leader))*\s+(?:\w+ly\s+)?(?:has|have|had|is|are|was|were|will|would|could|can|may|might"
    r"|must|did|does|\w+ed|\w+es|\w+s)\b"
)

_UNIT = re.compile(
    r"\b(?:[Tt]he\s+)?\d{1,3}(?:st|nd|rd|th)\s+(?:Separate\s+)?(?:[A-Z][\w-]*\s+){0,3}"
    r"(?:Brigade|Division|Regiment|Army|Corps|Battalion|Fleet)\b"
    r"|\bWagner(?: Group)?\b|\bSBU\b|\bFSB\b|\bGUR\b|\bHUR\b|\bAzov\b|\bAkhmat\b|\bStorm-Z\b|\bKadyrovites\b"
    r"|\bBlack Sea Fleet\b|\bRosgvardia\b|\bNational Guard\b|\bTerritorial Defen[cs]e\b|\bVDV\b"
    r"|\b(?:Northern|Pacific|Baltic) Fleet\b|\bAfrica Corps\b|\bRussian Volunteer Corps\b"
    r"|\bFreedom of Russia Legion\b"
    r"|\bKraken\b|\bSpetsnaz\b|\bInternational Legion\b|\bDa Vinci Wolves\b"
    r"|\bGeneral Staff of the Armed Forces of Ukraine\b|\bArmed Forces of Ukraine\b"
)

_FRONT = re.compile(
    r"\b(?:entire|whole|along the|across the|all along the|on the)\s+front(?:\s*line)?\b", re.I
)

_OPERATION = re.compile(
    r"\bOperation\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?|\b(?:counter-?offensive|offensive)\b(?= (?:in|on|around|near))"
)


def side_of(
    sentence: str,
    offset: int,
    members: Sequence[Quantity],
    *,
    speaker: str | None = None,
    claim_kind: str | None = None,
    context: str = "",
    carried: str | None = None,
    leading: Sequence[Quantity] = (),
    before: str = "",
    cast: Cast | None = None,
) -> str | None:
    """The side the figures of one sentence are about, or None when no party is named.

    :param sentence: the sentence text
    :param offset: where the sentence starts in the document (quantity offsets are document offsets)
    :param members: the sentence's quantities
    :param speaker: the source's name, blanked out first so that the speaker never decides the side
    :param claim_kind: the claim type, when known (casualties without combatants are civilians; the length
        of the war is about no side)
    :param context: the previous sentence, read when this one names no party
    :param carried: the side of the claim one or two sentences before, kept when this sentence names no party
    :param leading: the quantities that give the claim its type (all of them when empty): a nationality on
        them, and the party nearest to them, decide ("four injuries from 51 attacks by Russian forces" is
        about the injured)
    :param before: the two sentences before, where a pronoun subject ("he", "it") finds
        its antecedent
    :param cast: the article's people introduced with a nationality ("US Senator Mark Kelly"), read as
        parties wherever they are named again ("Kelly")

    >>> from decimal import Decimal
    >>> q = Quantity("q1", 41, 55, "1,000 soldiers", Decimal(1000), Decimal(1000), entity="soldiers")
    >>> side_of("Ukraine's General Staff said Russia lost 1,000 soldiers.", 0, [q], speaker="Ukraine's General Staff")
    'russia'
    """
    said_by = ""
    if speaker and speaker != "author" and speaker in sentence:
        said_by = speaker
        sentence = _blank_speaker(sentence, speaker, [(q.start - offset, q.end - offset) for q in members])
    own = [side for _, side in party_hits(said_by or speaker or "")[0] if side in ("russia", "ukraine")]
    speaker_side = own[0] if own else None
    enemy = "ukraine" if speaker_side == "russia" else "russia"
    focus = leading or members
    decided, side = figure_side(sentence, offset, members, focus, claim_kind, enemy)
    if decided:
        return side
    article = _Article(before, cast or _NO_CAST)
    decided, side = _meeting_side(sentence, offset, focus, claim_kind, article)
    if decided:
        return side
    return _nearest_party(
        sentence,
        offset,
        focus,
        claim_kind=claim_kind,
        said_by=said_by,
        enemy=enemy,
        context=context,
        speaker_side=speaker_side,
        carried=carried,
        article=article,
    ) or (carried if carried in ("russia", "ukraine") else None)


# The speaker's appositive is the speaker too: "Mikk Marran, director of the Estonian Foreign Intelligence
# Service, said"
_APPOSITIVE = re.compile(r",\s*(?:the\s+|a\s+|an\s+)?[^,;:()“”\"]{3,90}?,")


def _blank_speaker(sentence: str, speaker: str, figures: Sequence[tuple[int, int]]) -> str:
    """The sentence with the speaker's name, and an appositive after it that holds no figure, blanked out."""
    at = sentence.index(speaker)
    end = at + len(speaker)
    appositive = _APPOSITIVE.match(sentence, end)
    if appositive and not any(end <= a < appositive.end() for a, _ in figures):
        end = appositive.end() - 1
    return sentence[:at] + " " * (end - at) + sentence[end:]


# Meetings, calls and speeches: their length is about who holds them.
_MEETING = re.compile(
    r"\b(?:meeting|call|talks|summit|speech|conversation|visit|interview|session|debate|negotiations)\b"
)


def _meeting_side(
    sentence: str, offset: int, focus: Sequence[Quantity], claim_kind: str | None, article: _Article
) -> tuple[bool, str | None]:
    """The side of a meeting's, call's or speech's length, as (decided, side): a third party when one takes
    part ("the 50-minute call" of Biden and Zelenskiy), None when only Russia and Ukraine meet; the parties
    are those of the sentence, else of the two sentences before ("Less than 50 minutes.")."""
    if claim_kind != "duration" or not focus:
        return False, None
    start, end = focus[0].start - offset, focus[-1].end - offset
    near = _MEETING.search(sentence, max(0, start - 40), end + 40)
    if not near and not _MEETING.search(article.before):
        return False, None
    parties = {side for _, side in article.hits(sentence)[0]}
    if parties and not near:
        return False, None
    # "... the US leader stated ... the call. Less than 50 minutes.": the parties of the sentences before
    parties = parties or {side for _, side in article.hits(article.before)[0]}
    if "other" in parties:
        return True, "other"
    return ({"russia", "ukraine"} <= parties), None


def _nearest_party(
    sentence: str,
    offset: int,
    members: Sequence[Quantity],
    *,
    claim_kind: str | None,
    said_by: str,
    enemy: str,
    context: str,
    speaker_side: str | None = None,
    carried: str | None = None,
    article: _Article | None = None,
) -> str | None:
    """The party the sentence ties to the figures when the figures themselves say nothing: the attacker of a
    strike, the speaker's own side, the claim before, the subject, the party in the figures' clause."""
    article = article or _Article("", _NO_CAST)
    named, generic = article.hits(sentence, enemy)
    attacker = _attacker(sentence, members, claim_kind, named, before=article.before)
    if attacker:
        return attacker
    anchor = min(q.start - offset for q in members) if members else 0
    if speaker_side and _OWN_FIGURE.search(sentence[max(0, anchor - 30) : anchor]):
        return speaker_side
    if said_by and not named and claim_kind not in _LOSS_TYPES:
        # "The Russian Defence Ministry announced its intent to add 400,000 recruits", "Putin announces a
        # call-up of some 300,000 reservists": a sentence that names a warring party only through its speaker
        # is about the speaker's side. Not for losses, which a party mostly reports of its enemy.
        own = [side for _, side in party_hits(said_by)[0] if side != "other"]
        if own:
            return own[0]
    if not named and not generic:
        if claim_kind == "money_aid" and _pronoun_subject(sentence):
            # "... a new military assistance package for Ukraine. It is worth $1 million."
            recipient = aid_recipient(_last_sentence(article.before))
            if recipient:
                return recipient
        return article.antecedent(sentence) or _continued(context, carried)
    served = _served_by(sentence, offset, members, named)
    if served:
        return served
    if claim_kind in _SUBJECT_FIRST:
        # How long, when and how far are about whoever acts: the subject ("Moscow failed to reply ... by the
        # 48-hour deadline", "The bulk of Russian forces ... are now 19 miles from the city centre").
        subject = _subject_party(sentence, named) or article.antecedent(sentence)
        if subject:
            return subject
    tied = _tied_party(sentence, anchor, named, claim_kind)
    if tied:
        return tied
    if named and all(side == "other" for _, side in named):
        # A sentence whose only named parties are third parties ("30 missiles were launched during the attack
        # on Israel", "the 8,500 troops that Austin put on standby for the NATO response force") is about them.
        return "other"
    # Last, the party in the main clause's subject, wherever the figure stands: "Of its three most
    # consequential foreign wars, the Red Army lost two", "The Ukrainian weightlifter ..., who finished fourth
    # in the 85kg category, has been killed"; a pronoun subject stands for the subject before it.
    return _subject_party(sentence, named) or article.antecedent(sentence)


# A term of office or in prison: "to swear in Vladimir Putin for a new six-year term", "sentenced to two
# years in prison".
_TERM_AFTER = re.compile(
    r"[\s-]*(?:(?:\w+\s+)?term\b|in (?:prison|jail)\b|(?:prison|jail) (?:term|sentence)\b)"
)
_TERM_BEFORE = re.compile(r"\bsentenced to (?:up to |at least )?$")


def _served_by(
    sentence: str, offset: int, members: Sequence[Quantity], named: Sequence[tuple[int, str]]
) -> str | None:
    """The side of a term of office or a prison term: the party of whoever serves it, named last before the
    figure (Annotation decision 10)."""
    for q in members:
        start, end = q.start - offset, q.end - offset
        if q.kind == "duration" and (
            _TERM_AFTER.match(sentence, end) or _TERM_BEFORE.search(sentence, max(0, start - 30), start)
        ):
            before = [hit for hit in named if hit[0] < start]
            return max(before)[1] if before else None
    return None


def _attacker(
    sentence: str,
    members: Sequence[Quantity],
    claim_kind: str | None,
    named: Sequence[tuple[int, str]],
    *,
    before: str = "",
) -> str | None:
    """The side of a strike: whoever fires it. None when the claim is not about strikes or names nobody. A
    sentence that names no party fires the weapon of the two sentences before ("The Himars launchers supplied by
    the United States ... Missiles fired by the system can reach 80 kilometers")."""
    if claim_kind == "distance" and _STRIKE_WORDS.search(sentence):
        claim_kind = "strike_count"  # how far a strike landed or was launched from is about the attacker too
    fired = claim_kind == "strike_count" or (
        claim_kind in _LOSS_TYPES and any(q.entity and _MUNITIONS.search(q.entity) for q in members)
    )
    weapon = UKRAINE_WEAPON.search(sentence) or (not named and UKRAINE_WEAPON.search(before))
    if fired and (_RUSSIAN_TARGET.search(sentence) or weapon):
        # Strikes on Russian ground ("attacks on Russian bases in Crimea", "the west of the Russian capital
        # was hit") or with Western weapons only Ukraine fires ("five Himars missiles") are Ukraine's.
        return "ukraine"
    if claim_kind != "strike_count":
        return None
    # The attacker named as the agent ("drones launched by Ukrainian forces") or as the subject of an attack
    # verb ("Ukraine fired 20 drones at Belgorod").
    agent = _AGENT.search(sentence)
    by = _party_at(sentence, agent.end(), named) if agent else None
    fired_by = next((found for at, found in named if _ATTACKS.match(sentence, at)), None)
    if (by or fired_by) in ("russia", "ukraine"):
        return by or fired_by
    if not named or any(side in ("russia", "ukraine") for _, side in named):
        # A strike count with no nationality on the figure itself ("14 missiles were fired at Kyiv", "76
        # explosions have been recorded in the Sumy region") is about the attacker; in this war's reporting
        # that is Russia unless the figure says otherwise.
        return "russia"
    return None


def _last_sentence(text: str) -> str:
    return SENTENCE_END.split(text)[-1] if text else ""


def _continued(context: str, carried: str | None) -> str | None:
    """The side of a sentence that names no party at all: the side of the claim just before it, else the party
    its predecessor names first."""
    if carried in ("russia", "ukraine", "other", "civilian"):
        # The claim before's side, read from its own evidence, says more than the first party its sentence
        # names ("the UK is sending 1,600 missiles [aid: ukraine]. There will also be more than 400 vehicles").
        return carried
    # "Other KIIS results show ... for ordinary Ukrainians: · 64% - about a decrease in income"
    first = sorted(party_hits(context)[0])[:1] if context else []
    return first[0][1] if first else None


def _tied_party(
    sentence: str, anchor: int, named: Sequence[tuple[int, str]], claim_kind: str | None
) -> str | None:
    """A party tied to the figure at ``anchor``: named in its clause (the nearest), else in the few words before
    it, as the subject of a verb before it ("Russia has denied that ... at least two fly-bys"), or, in a claim
    typed by what it counts (losses, forces, strikes, territory, aid), last before it. A party named far from
    the figure or after it, or only as "the West" or "countries", is too weak a cue (it read third parties and
    "no side" as Russia)."""
    start, end = clause_span(sentence, anchor)
    inside = [h for h in named if start <= h[0] < end]
    if inside:
        return min(inside, key=lambda h: abs(h[0] - anchor))[1]
    before = [h for h in named if h[0] <= anchor]
    near = [h for h in before if anchor - _NEAR_WINDOW <= h[0]]
    subjects = [h for h in before if _SUBJECT_VERB.match(sentence, h[0])]
    typed = before if claim_kind in _TYPED else []
    cues = near or subjects or typed
    return max(cues)[1] if cues else None


_LEADING_ADVERBIAL = re.compile(
    r"^\W*(?:(?:In|On|At|By|After|Before|Since|For|During|Earlier|Later|Last|Despite|Although|Though|While|As"
    r"|When|If|According to|Besides|Unlike|Like|Until|Over|Under|With|Without|Today|Yesterday|Now|However"
    r"|Meanwhile|But|And|Also|Still|Yet|Instead|Moreover|Already|Even|Then|Of"
    r"|(?:A|An|One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|\d+)\s+\w+\s+(?:before|after|later|earlier|ago)"
    r"|[A-Z][a-z]+ing)"
    r"\b[^,;:]{0,90},\s*)+"
)
_FINITE_VERB = re.compile(
    r"\b(?:has|have|had|is|are|was|were|will|would|could|can|may|might|must|did|does|do|said|says|say|told"
    r"|(?![A-Z])\w{3,}ed|(?![A-Z])\w{3,}s)\b(?![-'’])"  # a capitalised word is a name, not a verb: "Francis"
)


@dataclass(frozen=True)
class _Article:
    """What the article says before a sentence: its people, and the sentences a pronoun refers back to."""

    before: str
    cast: Cast

    def hits(self, sentence: str, enemy: str = "russia") -> tuple[list[Hit], list[Hit]]:
        """The parties named in ``sentence``, the article's known people among them."""
        named, generic = party_hits(sentence, enemy)
        return sorted([*named, *self.cast.hits(sentence)]), generic

    def antecedent(self, sentence: str) -> str | None:
        """The party a pronoun subject stands for ("Four years later, it declared ..." after "In 2004, NATO
        added ..."): the party in the subject of the sentence before, or of the one before it when that
        subject is a pronoun too."""
        if not _pronoun_subject(sentence):
            return None
        for earlier in reversed(SENTENCE_END.split(self.before)[-2:]):
            found = _subject_party(earlier, self.hits(earlier)[0])
            if found or not _pronoun_subject(earlier):
                # a subject that is no party ("Silva, a company ...") is the antecedent, and names no side
                return found
        return None


_NO_CAST = Cast()
# a sentence ends at a stop, past a closing quote ('... an excuse.”'), at a line break, and where sentences
# are glued without a space ("... the Putin regime.In 2013, he decided")
SENTENCE_END = re.compile(r"(?:(?<=[.!?])|(?<=[.!?][\"”’)]))\s+|\s*\n\s*|(?<=[a-z][.!?])(?=[A-Z])")
_PRONOUN_SUBJECT = re.compile(
    r"^\W*(?:he|she|it|they|this|his|her|its|their)\b|\b(?:he|she|it|they)\s*$", re.IGNORECASE
)


def _pronoun_subject(sentence: str) -> bool:
    """Whether the main clause's subject is a pronoun: "He was 22", "A month later he issued", "Its army"."""
    start, end = _subject_span(sentence)
    return bool(_PRONOUN_SUBJECT.search(sentence[start:end]))


def _party_at(sentence: str, position: int, named: Sequence[tuple[int, str]]) -> str | None:
    """The party named at ``position`` (after "the" and a word or two), if any."""
    return next((found for at, found in named if position <= at <= position + 12), None)


def _subject_span(sentence: str) -> tuple[int, int]:
    """Where the main clause's subject stands: after a leading adverbial ("Earlier on Thursday, "), before
    the first finite verb."""
    lead = _LEADING_ADVERBIAL.match(sentence)
    start = lead.end() if lead else 0
    verb = _FINITE_VERB.search(sentence, start)
    return start, verb.start() if verb else len(sentence)


def _subject_party(sentence: str, named: Sequence[tuple[int, str]]) -> str | None:
    """The party named in the main clause's subject: the words before its first verb, after a leading
    adverbial ("Of its three most consequential foreign wars, the Red Army lost two")."""
    start, end = _subject_span(sentence)
    inside = sorted(h for h in named if start <= h[0] < end)
    return inside[0][1] if inside else None


def actor_of(sentence: str) -> str | None:
    """A named unit or force in the sentence ("the 47th Mechanized Brigade", "Wagner", "the SBU").

    >>> actor_of("Soldiers of the 47th Mechanized Brigade said 12 tanks were hit.")
    'the 47th Mechanized Brigade'
    """
    found = _UNIT.search(sentence)
    return found.group(0) if found else None


def scope_of(sentence: str, places: Sequence[PlaceMention]) -> str | None:
    """What part of the war the figures cover: ``front`` (the whole front), a named operation or a place.

    >>> scope_of("Shelling continues across the entire front line.", [])
    'front'
    """
    if _FRONT.search(sentence):
        return "front"
    operation = _OPERATION.search(sentence)
    if operation and operation.group(0).startswith("Operation"):
        return operation.group(0)
    return places[0].name if places else None
