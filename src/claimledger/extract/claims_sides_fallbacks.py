"""The side of a figure that says nothing of its own: the party the sentence ties to it
(``nearest_party``): the attacker of a strike, the speaker's own side, whoever serves a term, the subject, the
party in the figure's clause or just before it, else the claim before."""

from __future__ import annotations

import re
from collections.abc import Sequence

from claimledger.extract.claims_parties import clause_span, party_hits
from claimledger.extract.claims_sides_aid import aid_recipient
from claimledger.extract.claims_sides_context import (
    NO_CAST,
    Article,
    continued,
    last_sentence,
    pronoun_subject,
    subject_party,
)
from claimledger.extract.claims_sides_strikes import LOSS_TYPES, attacker_side
from claimledger.models import Quantity

# A possessive right before the figure ("his two-day work at the front", "its 400,000 recruits") points to
# the speaker.
_OWN_FIGURE = re.compile(r"\b(?:its|their|our|his|her|my)\s+(?:own\s+|first\s+|latest\s+)?$", re.IGNORECASE)

# Claims about whoever acts (how long, when, how far): the subject of the sentence decides first.
_SUBJECT_FIRST = frozenset({"duration", "date_arithmetic", "distance"})
# How far before the figure (in characters, about ten words) a named party is still "on" it.
_NEAR_WINDOW = 60


def nearest_party(
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
    article: Article | None = None,
) -> str | None:
    """The party the sentence ties to the figures when the figures themselves say nothing: the attacker of a
    strike, the speaker's own side, the claim before, the subject, the party in the figures' clause."""
    article = article or Article("", NO_CAST)
    named, generic = article.hits(sentence, enemy)
    attacker = attacker_side(sentence, members, claim_kind, named, before=article.before)
    if attacker:
        return attacker
    anchor = min(q.start - offset for q in members) if members else 0
    if speaker_side and _OWN_FIGURE.search(sentence[max(0, anchor - 30) : anchor]):
        return speaker_side
    if said_by and not named and claim_kind not in LOSS_TYPES:
        # "The Russian Defence Ministry announced its intent to add 400,000 recruits", "Putin announces a
        # call-up of some 300,000 reservists": a sentence that names a warring party only through its speaker
        # is about the speaker's side. Not for losses, which a party mostly reports of its enemy.
        own = [side for _, side in party_hits(said_by)[0] if side != "other"]
        if own:
            return own[0]
    if not named and not generic:
        if claim_kind == "money_aid" and pronoun_subject(sentence):
            # "... a new military assistance package for Ukraine. It is worth $1 million."
            recipient = aid_recipient(last_sentence(article.before))
            if recipient:
                return recipient
        return article.antecedent(sentence) or continued(context, carried) or article.last_party(sentence)
    served = _served_by(sentence, offset, members, named)
    if served:
        return served
    if claim_kind in _SUBJECT_FIRST:
        # How long, when and how far are about whoever acts: the subject ("Moscow failed to reply ... by the
        # 48-hour deadline", "The bulk of Russian forces ... are now 19 miles from the city centre").
        subject = subject_party(sentence, named) or article.antecedent(sentence)
        if subject:
            return subject
    tied = _tied_party(sentence, anchor, named)
    if tied:
        return tied
    if named and all(side == "other" for _, side in named):
        # A sentence whose only named parties are third parties ("30 missiles were launched during the attack
        # on Israel", "the 8,500 troops that Austin put on standby for the NATO response force") is about them.
        return "other"
    # Last, the party in the main clause's subject, wherever the figure stands: "Of its three most
    # consequential foreign wars, the Red Army lost two", "The Ukrainian weightlifter ..., who finished fourth
    # in the 85kg category, has been killed"; a pronoun subject stands for the subject before it.
    return subject_party(sentence, named) or article.antecedent(sentence)


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


def _tied_party(sentence: str, anchor: int, named: Sequence[tuple[int, str]]) -> str | None:
    """A party tied to the figure at ``anchor``: named in its clause (the nearest), else in the few words before
    it. A party named far from the figure or after it, or only as "the West" or "countries", is too weak a cue
    (it read third parties and "no side" as Russia); so, from round 6, is the subject of a verb far before the
    figure and the party named last before a figure of a counting type."""
    start, end = clause_span(sentence, anchor)
    inside = [h for h in named if start <= h[0] < end]
    if inside:
        return min(inside, key=lambda h: abs(h[0] - anchor))[1]
    near = [h for h in named if anchor - _NEAR_WINDOW <= h[0] <= anchor]
    return max(near)[1] if near else None
