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
    r"(?<!\bpolitical will)|\bwould\b(?! like\b)|\bwon[’']t\b|\bcould\b(?! not\b)"
    r"|\bmight\b(?<!\bmilitary might)(?<!\bthe might)|\bgoing to\b"
    r"|\b(?:is|are) set to\b|\blikely to\b|\bwill likely\b|\bexpected to\b|\b(?:is|are) expected\b"
    r"|\bexpects? (?:\w+ ){1,3}?to\b|\bforecasts?\b|\bpredicts?\b|\bpredicted that\b"
    r"|\bplans to\b|\bplanning to\b|\bintends? to\b"
    r"|\bintent to\b|\bin the next\b|\bwithin the next\b|\bnext (?:week|month|year)\b"
    r"|\bpromis(?:e|es|ed|ing) (?:to|that)\b|\bvow(?:s|ed|ing)? to\b|\bprobably\b|\bcan lead\b"
    r"|\bif\b(?<!\bas if)(?<!\bwhat if)(?! not\b)|\beligible to (?:run|serve|stand)\b"
)
"""Future and hypothetical words. "Its will" and "military might" are nouns; "a plan to" names a plan that
exists; a figure in an "if" clause is hypothetical ("what if" asks, "if not more" sets no condition); "would like
to" is a wish; "could not" tells what was impossible ("the Germans could not risk ...", "could not detect a
whole five saboteurs"). A term that may be served ("eligible to run for another six years") lies ahead."""
_HEDGE = re.compile(
    r"\b(?:could|may|might|can)\s+(?:\w+\s+)?(?:reach|hit|strike|fly)\b(?=[^.;]{0,40}?\b(?:km|kilomet\w+|miles?)\b)"
    r"|\b(?:(?:during|over|in) the (?:past|last)|so far|to date)\b[^.;]*?\b(?:could|may|might) (?:\w+ )?"
    r"(?:reach|be|exceed|total)\b",
    re.IGNORECASE,
)
"""Hedges that are no prediction (docs/claims.md, Annotation decisions 15): a range a weapon may reach
("missiles ... which may reach targets 300 kilometers away") and an estimate of a count to date ("the number
of children abducted during the past nine years ... could reach 300,000")."""
_MAY = re.compile(r"\bmay\b")
"""Case-sensitive: "May" is mostly the month. The other cues are read in the lower-cased sentence."""
_PLAN = re.compile(r"\bplan to\b")
_PLAN_NOUN = re.compile(r"\b(?:a|an|the|its|their|his|her|our|this|that)\s+(?:[\w$€£.,-]+\s+){0,4}$")
"""A plan named as a thing ("a EUR 120 billion plan to help Ukraine") exists; "we plan to" is a plan."""
_CLAUSE_BREAK = re.compile(
    r"(?<!\d),|,(?!\d{3})|[;:()—–?!]|\s-\s"
    r"|\b(?:that|which|who|but|while|whereas|although|though|because|since|when|where|after|before|until)\b"
    r"|\bas(?= (?:he|she|they|it|we|I)\b)"
    r"|\b(?:say|said|says|told|tells|announced|added|noted|stated|explained|reported)\b",
    re.IGNORECASE,
)
"""Where a clause ends: punctuation (not a thousands separator), a subordinating word, and a verb of saying,
which separates the speaker from the words reported ("Three sources told CNN the weapon could ...")."""
_SAYING = re.compile(r"say|said|says|told|tells|announced|added|noted|stated|explained|reported", re.I)
_JOINING = frozenset({",", "-", "–", "—"})
_OPENING = frozenset({",", "-", "–", "—", "that"})
"""A verbless phrase joins its neighbour only when it opens the sentence or follows a comma, a dash or "that";
after "while", "which", "when" or a verb of saying its verb may be a participle or lie with the speaker."""
_APPOSITION = re.compile(r"\s*(?:the|a|an)\b", re.I)
"""A phrase that opens with an article after a comma describes the noun before it ("Nato, the defensive alliance
of 30 countries"): it does not join the clause before."""
_VERB = re.compile(
    r"\b(?:is|are|was|were|be|been|am|has|have|had|do|does|did|will|would|can|could|may|might|shall|should"
    r"|must|won[’']t|\w{2,}ed|lost|sent|fell|rose|took|gave|made|left|hit|struck|came|went|got|held|kept|put"
    r"|became|began|found|brought|built|bought|spent|saw|led|won|ran|shot|fled|set|says|said|told)\b",
    re.IGNORECASE,
)
"""A word that makes a run of words a clause: an auxiliary, a modal, a past tense. A figure in a phrase with no
such word ("for about $2 billion, Ukrainians will ...", "$1 billion in artillery, air defenses, and other
hardware would ...") belongs to the clause next to it."""
_EXAMPLES = re.compile(r"\s*(?:such as|including|like)\b", re.IGNORECASE)
_NUMBER_WORD = (
    r"(?:one|two|three|four|five|six|seven|eight|nine|ten|dozens?|hundreds?|thousands?|millions?)\b"
)
_OPINION_LEXICON = {
    "obligation and advice": (
        r"should|must|ought to|(?:we|you|i) (?:have|need) to|we call on|how about|why not",
        r"it(?: is|[’']s) (?:\w+ )?(?:important|essential|necessary|vital|imperative|time|wrong|unacceptable)",
        r"(?:one|the only|the best) (?:way|option|solution|hope|chance) (?:through|out|forward|to|is|would)",
    ),
    "stance of the writer or a speaker": (
        r"(?:i|we) (?:\w+ )?(?:think|believe|doubt|fear|suspect|am convinced|are convinced|am sure|seem)",
        r"in (?:my|his|her|our|their) (?:opinion|view)|i[’']d say|sounds? like",
        r"it(?: is|[’']s) (?:no|not a|little) (?:coincidence|surprise|accident|secret|wonder)",
    ),
    "stance adverbs and hedged proposals": (
        r"surely|simply|of course|obviously|undoubtedly|frankly|in essence|needless to say|all well and good",
        r"arguably|regrettably|thankfully|sadly|unfortunately|in the strongest (?:possible )?terms",
        r"one might (?:think|argue|say)|as (?:others|some|many) have argued|(?:is|seems) obvious",
        # "maybe"/"perhaps" before a count hedges an estimate ("maybe a maximum of two weeks"); a number word
        # inside a compound ("perhaps a hundred-year war") is no count
        r"(?:maybe|perhaps)(?![^,.;]{0,25}(?:\d|\b" + _NUMBER_WORD + r"(?!-)))",
    ),
    "words that judge": (
        r"worthless|useless|pointless|senseless|shameful|disgrace\w*|outrageous|unconscionable|despicable",
        r"heinous|cynical|reckless|irresponsible|naive|foolish|stupid|idiots?|insane|lunatic|absurd",
        r"ridiculous|pathetic|cowardly|paranoid|delusional|hypocritical|incompeten\w*|friendless|shocking",
        r"evil|noble|heroic\w*|whopping|catastroph\w*|massacre|bloodbath|crushing|mistake",
        r"horrif\w*|unimaginabl\w*",
        r"neo\s?-?\s?nazi\w*|no (?:one|country) can|one inch",
        r"(?:most|least) (?:globally )?(?:significant|important|dangerous|crucial|effective)",
    ),
    "a judgement as the main predicate": (
        r"(?:is|was|are|were|has been|would be)\s+(?:(?:a|an|the|another)\s+)?(?:[\w-]+\s+){0,3}?"
        r"(?:crime|feat|disaster|tragedy|failure|mistake|triumph|shame|disgrace|travesty|farce|betrayal|blunder"
        r"|folly|fiasco|humiliation|nonsense)",
    ),
    "rhetoric": (
        r"meat grinder|cannon fodder|human wave|body bags|throw (?:\w+ )*?into",
        r"a whole (?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|dozen)",
    ),
}
"""What makes a sentence argue, judge or declaim (docs/claims.md, "Opinion"), by kind: "This war is a great
collective crime", "we seem to have failed", "There is simply no evidence", "Your intelligence is worthless",
"a whole five saboteurs". A question is rhetoric too (below). A capital inside a clause makes the word part of
a name, not a judgement ("the Nuclear Catastrophe in Chernobyl", "Operation Noble Anvil")."""
_OPINION = re.compile(r"\b(?:" + "|".join(alt for kind in _OPINION_LEXICON.values() for alt in kind) + r")\b")
"""Read in the lower-cased sentence (several times faster than a case-blind search)."""
_NAME_BEFORE = re.compile(r"[\w,]\s*$")
_QUESTION = re.compile(r"\?\W*$")
_ASKED = re.compile(r"\b(?:ask\w*|wonder\w*|question|poll\w*|survey\w*)\b", re.IGNORECASE)
"""A question that someone asked or a poll put ("KIIS has been asking Ukrainians “Do you ...?”") is reported."""
_REPORTED_STANCE = re.compile(
    r"(?:\d\s*(?:%|percent|per cent)|\bmajority\b|\bmost\b|\brespondents\b)[^.;]{0,60}?"
    r"\b(?:believe|think|say|feel|felt|agree|want)s?\b[^.;]*$"
    r"|\b(?:view|position|implies|means|vow\w*|demand\w*|insist\w*)\s+(?:is\s+)?(?:that\s+)?(?:[\w’'-]+\s+){0,3}$"
    r"|\b(?:view|position)\b[^.;]{0,60}?\bis that\s+(?:[\w’'-]+\s+){0,3}$",
    re.IGNORECASE,
)
"""An obligation reported as data or as a position, not held by the writer: "64% of Ukrainians believe that
Ukraine should ...", "the prevailing view ... is that Russia must ...", "vowing it should be ...", "This implies
that Russian forces must leave" (docs/claims.md, Annotation decisions 18)."""


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
    lower = sentence.lower()
    cues = [found.start() for found in _PREDICTION.finditer(lower)]
    cues += [found.start() for found in _MAY.finditer(sentence)]
    cues += [
        plan.start()
        for plan in _PLAN.finditer(lower)
        if not _PLAN_NOUN.search(lower, max(0, plan.start() - 40), plan.start())
    ]
    if not cues:  # most sentences: nothing to place in a clause
        return False
    if not figures:
        return not _HEDGE.search(lower)
    clauses = _Clauses(sentence)
    for figure in figures:
        start, end = clauses.around(*figure)
        if any(start <= cue < end for cue in cues) and not _HEDGE.search(lower, 0, end):
            return True
    return False


class _Clauses:
    """A sentence cut at its clause breaks, to find the clause of each figure."""

    __slots__ = ("breaks", "joins", "opens", "pieces", "text")

    def __init__(self, sentence: str) -> None:
        self.text = sentence
        self.breaks = list(_CLAUSE_BREAK.finditer(sentence))
        cuts = [0, *(c for found in self.breaks for c in found.span()), len(sentence)]
        self.pieces = [(cuts[i], cuts[i + 1]) for i in range(0, len(cuts) - 1, 2)]
        self.joins = [found.group().strip() in _JOINING for found in self.breaks]  # between piece i and i + 1
        self.opens = [found.group().strip().lower() in _OPENING for found in self.breaks]

    def around(self, start: int, end: int) -> tuple[int, int]:
        """The clause holding ``text[start:end]``, between the nearest clause breaks; a phrase with no verb
        joins the clause after it past a comma or a dash, or at the end of the sentence the clause before."""
        pieces, text = self.pieces, self.text
        first = next((i for i, (_, right) in enumerate(pieces) if right > start), len(pieces) - 1)
        last = next((i for i in range(first, len(pieces)) if pieces[i][1] >= end), len(pieces) - 1)
        if first and _EXAMPLES.match(text, pieces[first][0]):
            first -= 1  # "..., such as 500 Tomahawks" belongs to the clause before
        said = last < len(self.breaks) and _SAYING.fullmatch(self.breaks[last].group())
        if said or (first and not self.opens[first - 1]):  # a speaker ("..., the leader said"), a participle
            return pieces[first][0], pieces[last][1]
        while not _VERB.search(text, pieces[first][0], pieces[last][1]):
            if last + 1 < len(pieces) and self.joins[last]:
                last += 1
            elif first and self.joins[first - 1] and not _APPOSITION.match(text, pieces[first][0]):
                first -= 1
            else:
                break
        return pieces[first][0], pieces[last][1]


def is_opinion(sentence: str) -> bool:
    """Whether the sentence argues, judges or declaims rather than reports.

    >>> is_opinion("The enemy will throw thousands more into the meat grinder.")
    True
    >>> is_opinion("As many as 64% of Ukrainians believe that Ukraine should retake all of its territory.")
    False
    >>> is_opinion("What are you doing here, thousands of kilometers away?")
    True
    """
    if _QUESTION.search(sentence) and not _ASKED.search(sentence):
        return True
    return any(
        not _REPORTED_STANCE.search(sentence, 0, cue.start()) and not _named(sentence, cue.start())
        for cue in _OPINION.finditer(sentence.lower())
    )


def _named(sentence: str, position: int) -> bool:
    """Whether the word at ``position`` is capitalised inside a clause: part of a name."""
    word = sentence[position : position + 2]
    return (
        word[:1].isupper()
        and word not in ("I ", "I’", "I'")
        and bool(_NAME_BEFORE.search(sentence, 0, position))
    )


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
