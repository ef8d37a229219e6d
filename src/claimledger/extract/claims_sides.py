"""Sides, actors and scope: whom a figure is about, which unit, and over what part of the war.

The side is the party the figure describes (in "Ukraine's General Staff said Russia lost 1,000 soldiers" the
side is ``russia``), never the speaker: the source's own words are blanked out before the side is read. Sides
are ``russia``, ``ukraine``, ``civilian`` (non-combatants of any country: the killed, wounded, displaced,
refugees), ``other`` (a third party: the US, NATO, the EU, Belarus, ...) or None when the figure is about no
party (the length of the war, a market index).

``side_of`` tries, in order: the figure itself (``claims_sides_figure``, with ``claims_sides_attached`` and
``claims_sides_aid``), then the party the sentence ties to the figure (``claims_sides_fallbacks``, with
``claims_sides_strikes``) and the sentences before it (``claims_sides_context``). The article's people are in ``claims_sides_people``, the actor and the scope in ``claims_sides_scope``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from claimledger.extract.claims_parties import clause_span, party_hits
from claimledger.extract.claims_sides_context import NO_CAST, SENTENCE_END, Article
from claimledger.extract.claims_sides_fallbacks import BASES, nearest_party
from claimledger.extract.claims_sides_figure import figure_side
from claimledger.extract.claims_sides_people import Cast
from claimledger.extract.claims_sides_scope import actor_of, scope_of
from claimledger.extract.claims_sides_strikes import LOSS_TYPES
from claimledger.models import Quantity

__all__ = ["BASES", "SENTENCE_END", "actor_of", "scope_of", "side_of", "side_with_basis"]


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
    earlier: str = "",
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
    :param earlier: the few paragraphs before the sentence, whose last named party a sentence that names
        no party, no claim before it and not the war is about

    >>> from decimal import Decimal
    >>> q = Quantity("q1", 41, 55, "1,000 soldiers", Decimal(1000), Decimal(1000), entity="soldiers")
    >>> side_of("Ukraine's General Staff said Russia lost 1,000 soldiers.", 0, [q], speaker="Ukraine's General Staff")
    'russia'
    """
    return side_with_basis(
        sentence,
        offset,
        members,
        speaker=speaker,
        claim_kind=claim_kind,
        context=context,
        carried=carried,
        leading=leading,
        before=before,
        cast=cast,
        earlier=earlier,
    )[0]


def side_with_basis(
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
    earlier: str = "",
) -> tuple[str | None, str]:
    """:func:`side_of` with what decided it, one of :data:`BASES` (from the strongest evidence to the weakest):
    a reviewer can tell a side read from the figure itself from one read from the sentences before.

    >>> from decimal import Decimal
    >>> q = Quantity("q1", 12, 26, "1,000 soldiers", Decimal(1000), Decimal(1000), entity="soldiers")
    >>> side_with_basis("Russia lost 1,000 soldiers.", 0, [q])
    ('russia', 'on the figure')
    >>> q = Quantity("q1", 14, 22, "40 tanks", Decimal(40), Decimal(40), entity="tanks")
    >>> side_with_basis("There will be 40 tanks too.", 0, [q], carried="ukraine")
    ('ukraine', 'sentence before')
    """
    said_by = ""
    if speaker and speaker != "author" and speaker in sentence:
        said_by = speaker
        sentence = _blank_speaker(sentence, speaker, [(q.start - offset, q.end - offset) for q in members])
    own = [side for _, side in party_hits(said_by or speaker or "")[0] if side in ("russia", "ukraine")]
    enemy = "ukraine" if own[:1] == ["russia"] else "russia"  # "500 enemy soldiers"
    focus = leading or members
    decided, side = figure_side(sentence, offset, members, focus, claim_kind, enemy)
    if decided:
        return side, "on the figure"
    if own and claim_kind not in LOSS_TYPES and _first_person(sentence, offset, focus):
        # "Two days ago I was in Donbas" in Zelensky's speech: what the speaker says of their own acts is
        # about their own side (not losses, which a party mostly reports of its enemy)
        return own[0], "first person"
    article = Article(before, cast or NO_CAST, earlier)
    side, basis = nearest_party(
        sentence,
        offset,
        focus,
        claim_kind=claim_kind,
        said_by=said_by,
        context=context,
        carried=carried,
        article=article,
    )
    if side is None and carried in ("russia", "ukraine"):
        return carried, "sentence before"
    return side, basis


# "I" and "we", not the numeral: "World War I"
_FIRST_PERSON = re.compile(r"(?<!War )(?<!Phase )\b(?:I|[Ww]e)\b(?!['’.-]\w)")


def _first_person(sentence: str, offset: int, focus: Sequence[Quantity]) -> bool:
    """Whether the clause of the first figure that gives the claim its type is told in the first person."""
    if not focus:
        return False
    start, end = clause_span(sentence, focus[0].start - offset)
    return bool(_FIRST_PERSON.search(sentence, start, end))


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
