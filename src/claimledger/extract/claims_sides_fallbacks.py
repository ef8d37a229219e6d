"""The side of a figure that says nothing of its own: the party the sentence ties to it
(``nearest_party``): the attacker of a strike, the speaker's own side, the subject, the party in the figure's
clause or just before it, the one party the sentence names, else the claim before."""

from __future__ import annotations

from collections.abc import Sequence

from claimledger.extract.claims_parties import clause_span, party_hits
from claimledger.extract.claims_sides_context import (
    NO_CAST,
    Article,
    continued,
    subject_party,
)
from claimledger.extract.claims_sides_strikes import LOSS_TYPES, attacker_side
from claimledger.models import Quantity

# Claims about whoever acts (how long, when, how far): the subject of the sentence decides first.
_SUBJECT_FIRST = frozenset({"duration", "date_arithmetic", "distance"})
# What decided a side, from the strongest evidence to the weakest (docs/claims.md, "How far to trust a side"):
BASES = (
    "on the figure",  # rules 1-11: a nationality, loss, seizure, civilians, third parties, markets, aid, ...
    "first person",  # the speaker's own acts, told in the first person
    "attacker",
    "speaker's side",
    "subject",
    "near the figure",
    "pronoun",
    "sentence before",
    "only party named",
    "named before",
    "no party tied",
    "no party named",
)
# How far before the figure (in characters, about ten words) a named party is still "on" it.
_NEAR_WINDOW = 60


def nearest_party(
    sentence: str,
    offset: int,
    members: Sequence[Quantity],
    *,
    claim_kind: str | None,
    said_by: str,
    context: str,
    carried: str | None = None,
    article: Article | None = None,
) -> tuple[str | None, str]:
    """The party the sentence ties to the figures when the figures themselves say nothing: the attacker of a
    strike, the speaker's own side, the claim before, the subject, the party in the figures' clause, the one
    party the sentence names; with the basis of the choice (one of :data:`BASES`)."""
    article = article or Article("", NO_CAST)
    named, generic = article.hits(sentence)
    attacker = attacker_side(sentence, members, claim_kind, named, before=article.before)
    if attacker:
        return attacker, "attacker"
    anchor = min(q.start - offset for q in members) if members else 0
    if said_by and not named and claim_kind not in LOSS_TYPES:
        # "The Russian Defence Ministry announced its intent to add 400,000 recruits", "Putin announces a
        # call-up of some 300,000 reservists": a sentence that names a warring party only through its speaker
        # is about the speaker's side. Not for losses, which a party mostly reports of its enemy.
        own = [side for _, side in party_hits(said_by)[0] if side != "other"]
        if own:
            return own[0], "speaker's side"
    if not named and not generic:
        antecedent = article.antecedent(sentence)
        if antecedent:
            return antecedent, "pronoun"
        before = continued(context, carried)
        if before:
            return before, "sentence before"
        last = article.last_party(sentence)
        return (last, "named before") if last else (None, "no party named")
    if claim_kind in _SUBJECT_FIRST:
        # How long, when and how far are about whoever acts: the subject ("Moscow failed to reply ... by the
        # 48-hour deadline", "The bulk of Russian forces ... are now 19 miles from the city centre").
        subject = subject_party(sentence, named) or article.antecedent(sentence)
        if subject:
            return subject, "subject"
    tied = _tied_party(sentence, anchor, named)
    if tied:
        return tied, "near the figure"
    if named and len({side for _, side in named}) == 1:
        # A sentence that names one party only, however often, is about it ("30 missiles were launched during
        # the attack on Israel", "For more than a decade, the college was led by Alexei Kudrin, a close
        # associate of Putin's"): the figure says nothing else of its own.
        return named[0][1], "only party named"
    # Last, the party in the main clause's subject, wherever the figure stands: "Of its three most
    # consequential foreign wars, the Red Army lost two", "The Ukrainian weightlifter ..., who finished fourth
    # in the 85kg category, has been killed"; a pronoun subject stands for the subject before it.
    last = subject_party(sentence, named) or article.antecedent(sentence)
    return last, "subject" if last else "no party tied"


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
