"""Claims: who says what about whom. Each sentence's quantities, times and places become one claim with its
source, side, actor, scope, type, ACLED event type, opinion and prediction marks and a check-worthiness score;
restatements and equivalences are linked so that the checks can use them.

The parts live in ``claims_attribution`` (sources and quotes), ``claims_sides`` (side, actor, scope),
``claims_types`` (claim and event types) and ``claims_worthiness`` (opinion, prediction, score). The taxonomy
is documented in ``docs/claims.md``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import pairwise

from claimledger.extract.claims_attribution import AUTHOR, Attributor, named_source
from claimledger.extract.claims_parties import party_hits
from claimledger.extract.claims_sides import SENTENCE_END, actor_of, scope_of, side_with_basis
from claimledger.extract.claims_sides_context import EARLIER
from claimledger.extract.claims_sides_people import Cast
from claimledger.extract.claims_types import event_type, leading
from claimledger.extract.claims_worthiness import checkworthiness, is_opinion, is_prediction
from claimledger.models import Claim, ClaimSource, PlaceMention, Quantity, Sentence, TimeMention

__all__ = ["AUTHOR", "NAME", "build_claims", "equivalences"]

NAME = "claims.v4"

_EQUALS_BETWEEN = re.compile(
    r"(?:\(|,?\s*\bor|[—–]|\s-|,\s*(?:i\.e\.|that is|which is|equivalent to|the equivalent of|amounting to))\s*$",
    re.IGNORECASE,
)
_EQUALS_UNIT = re.compile(
    r"^\s*(?:,|[—–]|\(|-)\s*(?:or\s+)?(?:roughly\s+|about\s+|nearly\s+|almost\s+)?(?:a|an|one|an entire|a full"
    r"|the size of an?|the equivalent of an?)\s+(?:full\s+|whole\s+)?"
    r"(battalion|brigade|division|regiment|company|platoon|corps|army|battalion tactical group)\b",
    re.IGNORECASE,
)
_RESTATE_OPENING = re.compile(
    r"^\W*(?:That(?:'s|’s| is| was| means| would be| amounts to| works out)|This (?:means|is|amounts to)"
    r"|In other words|Put another way|Which (?:is|means)|i\.e\.|Or roughly|Or about|Roughly|All told|In total)\b",
    re.IGNORECASE,
)


def equivalences(text: str, members: Sequence[Quantity]) -> tuple[tuple[str, str], ...]:
    """Pairs inside one claim that state the same amount twice: two quantity ids, or a quantity id and
    ``"unit:<name>"`` for a military unit named as its equivalent ("about 700 soldiers, a full battalion").

    >>> from decimal import Decimal
    >>> a = Quantity("q1", 0, 18, "about 700 soldiers", Decimal(700), Decimal(700))
    >>> equivalences("about 700 soldiers, a full battalion", [a])
    (('q1', 'unit:battalion'),)
    """
    found: list[tuple[str, str]] = []
    for first, second in pairwise(members):
        between = text[first.end : second.start]
        if len(between) <= 40 and _EQUALS_BETWEEN.search(between) and not re.search(r"[.;]", between):
            found.append((first.id, second.id))
    for q in members:
        unit = _EQUALS_UNIT.match(text[q.end : q.end + 60])
        if unit:
            found.append((q.id, f"unit:{unit.group(1).lower()}"))
    return tuple(found)


def _same_figure(a: Quantity, b: Quantity) -> bool:
    return (a.low, a.high, a.unit, a.per) == (b.low, b.high, b.unit, b.per) and (
        a.high >= 100 or a.kind != "count"
    )


def _restates(
    sentence: str, members: Sequence[Quantity], earlier: Sequence[tuple[Claim, list[Quantity]]]
) -> tuple[str, ...]:
    """Ids of earlier claims that this one restates: an opening such as "That's roughly ..." refers to the
    previous claim; a repeated figure (same value, unit and rate) refers to the claim that first gave it."""
    linked: list[str] = []
    if earlier and _RESTATE_OPENING.match(sentence):
        linked.append(earlier[-1][0].id)
    for claim, figures in earlier:
        if claim.id not in linked and any(_same_figure(a, b) for a in members for b in figures):
            linked.append(claim.id)
    return tuple(linked)


def _context(text: str, span: Sentence, kind: str) -> str:
    """The sentence before a claim's, with its speaker blanked out, for the side of a sentence that names no
    party ("It ordered 100,000 helmets." after a sentence about a Russian company)."""
    if kind in ("duration", "date_arithmetic"):
        return ""
    before = text[max(0, span.start - 300) : span.start].rstrip()
    context = re.split(r"(?<=[.!?:])\s+", before)[-1] if before else ""
    speaker = named_source(context)
    if speaker:  # the previous sentence's speaker is no more a side than this one's
        context = context.replace(speaker.name, " " * len(speaker.name), 1)
    return context


def _earlier(text: str, span: Sentence) -> str:
    """The few paragraphs before a claim's sentence, up to the sentence just before it, whose speaker
    ``_context`` blanks out ("Ukraine's General Staff said the front was quiet. Near Kupiansk, 12 armoured
    vehicles were destroyed." is about no party)."""
    before = text[max(0, span.start - EARLIER) : span.start].rstrip()
    last = re.split(r"(?<=[.!?:])\s+", before)[-1] if before else ""
    return before[: len(before) - len(last)]


def _before(text: str, span: Sentence) -> str:
    """The two sentences before a claim's, where a pronoun subject ("he", "it") finds the party it stands for
    (their speakers included: "Kelly said ... He added")."""
    before = text[max(0, span.start - 500) : span.start].rstrip()
    return "\n".join(SENTENCE_END.split(before)[-2:]) if before else ""


def _within(span: Sentence, items: Sequence[TimeMention] | Sequence[PlaceMention]) -> list[str]:
    return [item.id for item in items if span.start <= item.start < span.end]


def build_claims(
    text: str,
    sentences: Sequence[Sentence],
    quantities: Sequence[Quantity],
    times: Sequence[TimeMention],
    places: Sequence[PlaceMention],
) -> list[Claim]:
    """One claim per sentence that holds quantities, with its source, side, type and check-worthiness.

    :param text: the document text
    :param sentences: its sentences, in order
    :param quantities: every quantity found (each belongs to exactly one claim: the one of its sentence)
    :param times: time mentions, attached to the claim of their sentence
    :param places: place mentions, attached to the claim of their sentence
    """
    by_sentence: dict[int, list[Quantity]] = {}
    for q in quantities:
        by_sentence.setdefault(q.sentence, []).append(q)
    reader = Attributor.for_text(text)
    cast = Cast.of(text)
    claims: list[Claim] = []
    earlier: list[tuple[Claim, list[Quantity]]] = []
    last_index = -10
    for index, span in enumerate(sentences):
        members = by_sentence.pop(index, None)
        source = reader.source(span, [(q.start, q.end) for q in members or ()])
        if members:
            # A claim two sentences on (past a heading or an "Advertisement" line) still continues its list.
            carried = claims[-1].side if claims and index - last_index <= 2 else None
            if carried and index - last_index == 2:
                # a sentence between that names a party of its own is the nearer evidence
                between = party_hits(text[sentences[index - 1].start : sentences[index - 1].end])[0]
                carried = min(between)[1] if between else carried
            claim = _claim(
                text,
                span,
                members,
                source,
                times,
                places,
                f"c{len(claims) + 1}",
                earlier,
                carried=carried,
                cast=cast,
            )
            claims.append(claim)
            earlier.append((claim, members))
            last_index = index
    for members in by_sentence.values():  # quantities whose sentence index lies past the sentence list
        span = Sentence(min(q.start for q in members), max(q.end for q in members))
        claim = _claim(text, span, members, AUTHOR, times, places, f"c{len(claims) + 1}", earlier, cast=cast)
        claims.append(claim)
        earlier.append((claim, members))
    return claims


def _claim(
    text: str,
    span: Sentence,
    members: list[Quantity],
    source: ClaimSource,
    times: Sequence[TimeMention],
    places: Sequence[PlaceMention],
    claim_id: str,
    earlier: Sequence[tuple[Claim, list[Quantity]]],
    *,
    carried: str | None = None,
    cast: Cast | None = None,
) -> Claim:
    sentence = text[span.start : span.end]
    kind, leaders = leading(sentence, span.start, members)
    figures = [(q.start - span.start, q.end - span.start) for q in members]
    opinion, prediction = is_opinion(sentence), is_prediction(sentence, figures)
    time_ids, place_ids = _within(span, times), _within(span, places)
    event = event_type(sentence, kind)
    side, basis = side_with_basis(
        sentence,
        span.start,
        members,
        speaker=source.name,
        claim_kind=kind,
        context=_context(text, span, kind),
        carried=carried,  # the items of a list
        leading=leaders,
        before=_before(text, span),
        cast=cast,
        earlier=_earlier(text, span),
    )
    return Claim(
        id=claim_id,
        start=span.start,
        end=span.end,
        quantities=tuple(q.id for q in members),
        places=tuple(place_ids),
        times=tuple(time_ids),
        source=source,
        side=side,
        type=kind,
        checkworthy=checkworthiness(
            kind,
            members,
            source,
            has_time=bool(time_ids),
            has_place=bool(place_ids),
            opinion=opinion,
            prediction=prediction,
        ),
        opinion=opinion,
        prediction=prediction,
        actor=actor_of(sentence),
        scope=scope_of(sentence, [p for p in places if p.id in place_ids]),
        event_type=event[0] if event else None,
        sub_event_type=event[1] if event else None,
        side_basis=basis,
        restates=_restates(sentence, members, earlier),
        equivalences=equivalences(text, members),
    )
