"""Check-worthiness in [0, 1], and the marks for opinion and prediction.

Checkable, specific and consequential claims rank high: a war figure (losses, strikes, territory, forces,
money) with an exact number, a named source, a time and a place. Opinion, prediction and rhetoric ("the enemy
will throw thousands more into the meat grinder") rank low and are marked as such. The scale is in
``docs/claims.md``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from claimledger.models import ClaimSource, Quantity

_PREDICTION = re.compile(
    r"\bwill\b(?<!\bits will)(?<!\bthe will)(?<!\bhis will)(?<!\bher will)(?<!\btheir will)"
    r"(?<!\bpolitical will)|\bwould\b|\bwon[’']t\b|\bcould\b"
    r"|\bmight\b(?<!\bmilitary might)(?<!\bthe might)|\bgoing to\b"
    r"|\b(?:is|are) set to\b|\blikely to\b|\bwill likely\b|\bexpected to\b|\b(?:is|are) expected\b"
    r"|\bexpects? (?:\w+ ){1,3}?to\b|\bforecasts?\b|\bpredicts?\b|\bpredicted that\b"
    r"|\bplans to\b|\bplanning to\b|\bintends? to\b"
    r"|\bintent to\b|\bin the next\b|\bwithin the next\b|\bnext (?:week|month|year)\b"
    r"|\bpromis(?:e|es|ed|ing) (?:to|that)\b|\bvow(?:s|ed|ing)? to\b|\bprobably\b|\bcan lead\b"
    r"|\bif\b(?<!\bas if)",
    re.IGNORECASE,
)
"""Future and hypothetical words. "Its will" and "military might" are nouns; "a plan to" names a plan that
exists; a figure in an "if" clause is hypothetical."""
_MAY = re.compile(r"\bmay\b")
"""Case-sensitive: "May" is mostly the month."""
_PLAN = re.compile(r"\bplan to\b", re.IGNORECASE)
_PLAN_NOUN = re.compile(r"\b(?:a|an|the|its|their|his|her|our|this|that)\s+(?:[\w$€£.,-]+\s+){0,4}$", re.I)
"""A plan named as a thing ("a EUR 120 billion plan to help Ukraine") exists; "we plan to" is a plan."""
_CLAUSE_BREAK = re.compile(
    r"[,;:()—–?!]|\s-\s|\b(?:that|which|who|but|while|whereas|although|though|because|since)\b", re.IGNORECASE
)
_EXAMPLES = re.compile(r"\s*(?:such as|including|like)\b", re.IGNORECASE)
_OPINION = re.compile(
    r"\bshould\b|\bmust\b|\bneed to\b|\bI think\b|\bwe think\b|\bI believe\b|\bin (?:my|his|her|our) (?:opinion|view)"
    r"|\bmeat grinder\b|\bcannon fodder\b|\bhuman wave\b|\bbody bags\b|\bidiots?\b|\bnoble\b|\bheroic\w*"
    r"|\bevil\b|\bonly chance\b|\bone inch\b|\bwe call on\b|\bcrushing\b|\bshameful\b|\bdisgrace\w*"
    r"|\bunconscionable\b|\bmost (?:globally )?(?:significant|important|dangerous|crucial)\b|\bworst of all\b"
    r"|\bcatastroph\w*|\bmassacre\b|\bsenseless\b|\bincompeten\w*|\bneo\s?-?\s?nazi\w*"
    r"|\bfester\w*|\bthe only thing\b"
    r"|\bno (?:one|country) can\b|\bmistake\b|\bexacerbat\w*|\bonly (?:hope|way)\b|\bbloodbath\b"
    r"|\bthrow (?:\w+ )*?into\b|\bwe must\b|\bit is time\b|\bridiculous\b|\babsurd\b|\bshocking\b",
    re.IGNORECASE,
)
_CORE = frozenset(
    {
        "casualty_count",
        "casualty_rate",
        "equipment_loss_count",
        "equipment_loss_rate",
        "strike_count",
        "territory_area",
        "force_size",
        "money_aid",
        "population",
    }
)
_MARKED = 0.15
"""The factor for an opinion or a prediction: at most 0.15, the lowest score of a report."""
_MARKED_BOTH = 0.075
_SECONDARY = frozenset({"percent_change", "ratio", "unit_equivalence", "distance", "date_arithmetic"})


def is_prediction(sentence: str, figures: Sequence[tuple[int, int]] = ()) -> bool:
    """Whether the sentence states that its figures will or may come about, rather than what happened.

    :param figures: spans of the figures in the sentence (sentence offsets); when given, only a future or
        hypothetical word in a figure's own clause counts ("Russia has 1,500 troops there that it could
        activate" reports a present figure)

    >>> is_prediction("The enemy will throw thousands more into the meat grinder.")
    True
    >>> is_prediction("Kyiv said Russia lost 1,000 soldiers.")
    False
    >>> is_prediction("Russia has 1,500 troops in Transnistria that it could activate.", [(11, 23)])
    False
    """
    spans = [_clause(sentence, start, end) for start, end in figures] or [(0, len(sentence))]
    return any(_future(sentence, *span) for span in spans)


def _future(sentence: str, start: int, end: int) -> bool:
    if _PREDICTION.search(sentence, start, end) or _MAY.search(sentence, start, end):
        return True
    return any(
        not _PLAN_NOUN.search(sentence, max(start, plan.start() - 40), plan.start())
        for plan in _PLAN.finditer(sentence, start, end)
    )


def _clause(sentence: str, start: int, end: int) -> tuple[int, int]:
    """The clause holding ``sentence[start:end]``, between the nearest clause breaks."""
    left, right, previous = 0, len(sentence), 0
    for found in _CLAUSE_BREAK.finditer(sentence):
        if found.end() <= start:
            left, previous = found.end(), left
        elif found.start() >= end:
            right = found.start()
            break
    if left and _EXAMPLES.match(sentence, left):  # "..., such as 500 Tomahawks" belongs to the clause before
        left = previous
    return left, right


def is_opinion(sentence: str) -> bool:
    """Whether the sentence argues, judges or declaims rather than reports.

    >>> is_opinion("The enemy will throw thousands more into the meat grinder.")
    True
    """
    return bool(_OPINION.search(sentence))


def checkworthiness(
    claim_kind: str,
    members: Sequence[Quantity],
    source: ClaimSource,
    *,
    has_time: bool,
    has_place: bool,
    opinion: bool,
    prediction: bool,
) -> float:
    """A score in [0, 1]: how much checking this claim is worth.

    A report scores by what it counts (a war figure above a secondary one), how specific its figures are,
    who gives it and whether it has a time and a place. An opinion or a prediction is not a report that can be
    checked now: its score shrinks into [0, 0.15], below every report, keeping its order inside that band.

    >>> from decimal import Decimal
    >>> q = Quantity("q1", 0, 5, "1,090", Decimal(1090), Decimal(1090))
    >>> src = ClaimSource("General Staff", "institution")
    >>> checkworthiness("casualty_rate", [q], src, has_time=True, has_place=False, opinion=False, prediction=False)
    0.85
    >>> checkworthiness("casualty_rate", [q], src, has_time=True, has_place=False, opinion=False, prediction=True)
    0.13
    """
    score = 0.45 if claim_kind in _CORE else 0.3 if claim_kind in _SECONDARY else 0.15
    if claim_kind in _CORE:
        score += 0.1
    if any(q.approx != "vague" and (q.high >= 10 or q.kind != "count") for q in members):
        score += 0.15
    if source.kind in ("institution", "official", "document", "media"):
        score += 0.1
    score += 0.05 * has_time + 0.05 * has_place
    if opinion or prediction:
        score *= _MARKED_BOTH if opinion and prediction else _MARKED
    return round(min(1.0, max(0.0, score)), 2)
