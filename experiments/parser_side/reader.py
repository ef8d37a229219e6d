"""A structural side reader: whose figure it is, read from spaCy's dependency parse of the sentence.

For each leading quantity of a claim: find its tokens, the counted noun (the head of the quantity's span, or
the noun the number modifies), and read the party, in order, from

1. ``mod``: a party written on the counted noun: amod / compound / poss / nmod / det ("Russian soldiers",
   "Ukraine's losses", "Nato troops", "the alliance's 32 members");
2. ``prep``: a party in a prepositional phrase on the counted noun, one or two levels down: "of X"
   ("losses of the Russian army", "64% of Ukrainians"), "for/to X" (the recipient: "$61bn in aid for
   Ukraine"); for aid nouns the recipient is read before the donor's nationality;
3. ``verb``: the verb governing the noun (climbing conj/appos and a preposition): for an object, the subject
   of the verb, inverted for verbs of destroying/capturing ("Ukrainian forces destroyed 14 tanks" -> russia),
   the recipient ("to/for X", dative) for verbs of giving; for a passive subject the "by X" agent (inverted
   likewise); a relative pronoun subject stands for the noun the clause modifies; a verb with no subject of
   its own (xcomp, conj) takes its head verb's subject.

It never reads the speaker (blanked before the party lexicon is applied), and returns None when no party is
found. The party lexicon is the rules' own (``claims_parties.party_hits``), so the reader differs from the
rules only in *where* it looks for a party.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from claimledger.extract.claims_parties import party_hits
from claimledger.models import Quantity

_MODIFIERS = frozenset({"amod", "compound", "poss", "nmod", "det", "flat", "npadvmod"})
_OWNING_PREPS = frozenset({"of"})
_RECIPIENT_PREPS = frozenset({"for", "to"})
_DOWN_PREPS = frozenset({"of", "in", "worth"})  # "$61bn in aid for Ukraine", "a package of weapons to Kyiv"
# Claim types whose figure, destroyed or seized by a party, is the other side's (the rules' own restriction:
# territory a party seizes is its own, "More than a third of this area was already seized by Russian proxies").
_INVERTIBLE: frozenset[str | None] = frozenset(
    [
        *[
            "equipment_loss_count",
            "equipment_loss_rate",
            "casualty_count",
            "casualty_rate",
            "strike_count",
            "other",
        ],
        None,
    ]
)
_AID_NOUNS = frozenset(
    [
        "aid",
        "assistance",
        "package",
        "funding",
        "support",
        "help",
        "loan",
        "grant",
        "donation",
        "pledge",
        "tranche",
        "shipment",
        "delivery",
        "weapon",
        "ammunition",
        "financing",
        "contribution",
    ]
)
_GIVE_VERBS = frozenset(
    [
        "send",
        "give",
        "provide",
        "pledge",
        "donate",
        "supply",
        "deliver",
        "allocate",
        "transfer",
        "offer",
        "promise",
        "ship",
        "grant",
        "commit",
        "earmark",
        "approve",
        "sell",
        "lend",
    ]
)
# What a party destroys, seizes or brings down is the other side's (docs/claims.md, Sides rule 3).
_TAKE_VERBS = frozenset(
    [
        "destroy",
        "seize",
        "capture",
        "kill",
        "eliminate",
        "neutralize",
        "neutralise",
        "intercept",
        "down",
        "annihilate",
        "wipe",
        "liquidate",
        "recapture",
        "retake",
        "liberate",
        "hit",
        "damage",
        "shoot",
    ]
)
_OBJECTS = frozenset({"dobj", "attr", "oprd", "dative", "obj"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj", "expl"})
_RELATIVE = frozenset({"which", "that", "who", "whom"})
_WARRING = ("russia", "ukraine")


@dataclass(frozen=True)
class Reading:
    side: str | None
    how: str  # mod, prep, verb-subject, verb-taker, verb-recipient, agent, agent-taker, none


NONE = Reading(None, "none")


def opposite(side: str | None) -> str | None:
    if side == "russia":
        return "ukraine"
    if side == "ukraine":
        return "russia"
    return side


class Parties:
    """The parties named in a parsed sentence, per token (the rules' lexicon; the speaker's span left out)."""

    def __init__(self, doc: Doc, sentence_for_lexicon: str) -> None:
        named, _generic = party_hits(sentence_for_lexicon)
        self.by_token: dict[int, str] = {}
        starts = {t.idx: t.i for t in doc}
        for position, side in named:
            index = starts.get(position)
            if index is None:  # a hit inside a token ("U.S.-made")
                index = next((t.i for t in doc if t.idx <= position < t.idx + len(t.text)), None)
            if index is not None:
                self.by_token.setdefault(index, side)

    def of_phrase(self, token: Token, depth: int = 2) -> str | None:
        """The party written on a noun: the noun itself or its modifiers (recursively, ``depth`` levels)."""
        if token.i in self.by_token:
            return self.by_token[token.i]
        if depth == 0:
            return None
        sides = []
        for child in token.children:
            if child.dep_ in _MODIFIERS and child.i < token.i:
                side = self.of_phrase(child, depth - 1)
                if side:
                    sides.append(side)
        if len(set(sides)) == 1:
            return sides[0]
        return None  # none, or two parties at once ("Russian and Ukrainian troops")

    def of_conjuncts(self, token: Token) -> str | None:
        """The party of a noun phrase with its conjuncts: "the US and its allies" -> other; two parties: None."""
        sides = {s for s in (self.of_phrase(t) for t in [token, *token.conjuncts]) if s}
        return sides.pop() if len(sides) == 1 else None


def counted_noun(doc: Doc, sentence_start: int, q: Quantity) -> Token | None:
    """The noun a quantity counts: the head of its span, or the noun its number modifies."""
    start, end = q.start - sentence_start, q.end - sentence_start
    tokens = [t for t in doc if start <= t.idx < end]
    if not tokens:
        return None
    inside = {t.i for t in tokens}
    heads = [t for t in tokens if t.head.i not in inside or t.head.i == t.i]
    head = heads[-1] if heads else tokens[-1]
    numeric = head.pos_ in ("NUM", "SYM", "X") and head.dep_ in (
        "nummod",
        "quantmod",
        "compound",
        "nmod",
        "amod",
    )
    if numeric and head.head.i != head.i:
        return head.head
    return head


def _preps(token: Token, words: frozenset[str]) -> list[Token]:
    """The objects of the prepositions ``words`` attached to ``token``."""
    return [
        grandchild
        for child in token.children
        if child.dep_ in ("prep", "dative") and child.lower_ in words
        for grandchild in child.children
        if grandchild.dep_ == "pobj"
    ] + [child for child in token.children if child.dep_ == "dative" and child.pos_ in ("PROPN", "NOUN")]


def _recipient(token: Token, parties: Parties) -> str | None:
    for target in _preps(token, _RECIPIENT_PREPS):
        side = parties.of_conjuncts(target)
        if side:
            return side
    return None


def _noun_reading(noun: Token, parties: Parties) -> Reading:
    aid = noun.lemma_.lower() in _AID_NOUNS
    if aid:
        recipient = _recipient(noun, parties)
        if recipient:
            return Reading(recipient, "prep")
    own = parties.of_phrase(noun)
    if own and not (aid and own == "other"):
        return Reading(own, "mod")
    # one or two levels of prepositions: "losses of the Russian army", "$61 billion in aid for Ukraine"
    for inner in _preps(noun, _DOWN_PREPS):
        if inner.lemma_.lower() in _AID_NOUNS:
            recipient = _recipient(inner, parties) or _recipient(noun, parties)
            if recipient:
                return Reading(recipient, "prep")
        side = parties.of_conjuncts(inner) if inner.head.lower_ in _OWNING_PREPS else None
        side = side or (parties.of_phrase(inner) if inner.lemma_.lower() not in _AID_NOUNS else None)
        if side:
            return Reading(side, "prep")
    recipient = _recipient(noun, parties)
    if recipient:
        return Reading(recipient, "prep")
    if own:
        return Reading(own, "mod")
    return NONE


def _subject(verb: Token) -> Token | None:
    """The subject of a verb, or of the verb it depends on when it has none (xcomp, conj, advcl)."""
    for _ in range(3):
        for child in verb.children:
            if child.dep_ in ("nsubj", "nsubjpass"):
                return child
        if verb.dep_ in ("xcomp", "conj", "advcl", "acl") and verb.head.i != verb.i:
            verb = verb.head
        else:
            return None
    return None


def _agent(verb: Token) -> Token | None:
    for child in verb.children:
        if child.dep_ == "agent":
            return next((g for g in child.children if g.dep_ == "pobj"), None)
    return None


def _party_of_actor(actor: Token | None, parties: Parties) -> str | None:
    if actor is None:
        return None
    if actor.lower_ in _RELATIVE and actor.head.dep_ == "relcl":
        return parties.of_conjuncts(actor.head.head)  # "the forces, which lost 1,000 soldiers"
    side = parties.of_conjuncts(actor)
    if side:
        return side
    for inner in _preps(actor, _OWNING_PREPS):  # "the bulk of Russian forces"
        side = parties.of_conjuncts(inner)
        if side:
            return side
    return None


def _governing_verb(noun: Token) -> tuple[Token | None, str]:
    """The verb whose argument the noun phrase is, and the noun's role ('object', 'subject', 'passive')."""
    token = noun
    for _ in range(4):
        if token.dep_ in ("conj", "appos") and token.head.i != token.i:
            token = token.head
            continue
        if token.dep_ == "npadvmod" and token.head.pos_ in ("ADV", "ADP", "SCONJ"):
            token = token.head  # "five months ago", "two years later"
            continue
        if token.dep_ == "pobj" and token.head.dep_ in ("prep", "agent"):
            prep = token.head
            if prep.head.pos_ in ("VERB", "AUX"):
                return prep.head, "agent" if prep.dep_ == "agent" else "oblique"
            token = prep.head
            continue
        break
    if token.head.pos_ not in ("VERB", "AUX") or token.head.i == token.i:
        return None, ""
    verb = token.head
    marks = {c.lower_ for c in verb.children if c.dep_ == "mark"}
    if token.dep_ == "npadvmod" and verb.dep_ == "advcl" and marks & {"after", "before", "since", "until"}:
        # "two years after Russian forces invaded": the figure dates the main clause's event
        return verb.head, "dated"
    if token.dep_ in _OBJECTS:
        return token.head, "object"
    if token.dep_ == "nsubjpass":
        return token.head, "passive"
    if token.dep_ in _SUBJECTS:
        return token.head, "subject"
    return token.head, "other"


def _verb_reading(noun: Token, parties: Parties, claim_kind: str | None) -> Reading:
    verb, role = _governing_verb(noun)
    if verb is None or role == "agent":
        return NONE
    lemma = verb.lemma_.lower()
    taking = role in ("object", "passive") and claim_kind in _INVERTIBLE
    taking = taking and (
        lemma in _TAKE_VERBS or any(c.dep_ == "prt" and c.lower_ == "down" for c in verb.children)
    )
    if role == "passive":
        agent = _party_of_actor(_agent(verb), parties)
        if agent:
            return Reading(opposite(agent) if taking else agent, "agent-taker" if taking else "agent")
        return NONE
    if role == "subject":
        return NONE  # the noun's own modifiers were read already
    if lemma in _GIVE_VERBS:
        recipient = _recipient(verb, parties) if role == "object" else None
        # what is given is the recipient's; the giver (the subject) is not the side
        return Reading(recipient, "verb-recipient") if recipient else NONE
    actor = _party_of_actor(_subject(verb), parties)
    if actor:
        if taking and actor in _WARRING:
            return Reading(opposite(actor), "verb-taker")
        return Reading(actor, "verb-subject")
    return NONE


def read_side(
    doc: Doc, sentence_start: int, lexicon_sentence: str, focus: Sequence[Quantity], claim_kind: str | None
) -> Reading:
    """The side of a claim's leading quantities read from the parse, or ``NONE``.

    :param doc: the parsed sentence (character offsets relative to the sentence)
    :param sentence_start: the sentence's offset in the document
    :param lexicon_sentence: the sentence with the speaker blanked out, for the party lexicon
    :param focus: the leading quantities, in order; the first that yields a party decides
    :param claim_kind: the claim's type (the pipeline's), which limits the destroy/seize inversion
    """
    parties = Parties(doc, lexicon_sentence)
    for q in focus:
        noun = counted_noun(doc, sentence_start, q)
        if noun is None:
            continue
        reading = _noun_reading(noun, parties)
        if reading.side is None:
            reading = _verb_reading(noun, parties, claim_kind)
        if reading.side is not None:
            return reading
    return NONE
