"""What the article says around a sentence: the sentences before it, the subject a pronoun stands for
and the party named last in the paragraphs before (``Article``), and the side of the claim before
(``continued``)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from claimledger.extract.claims_parties import Hit, party_hits
from claimledger.extract.claims_sides_people import Cast


def last_sentence(text: str) -> str:
    return SENTENCE_END.split(text)[-1] if text else ""


def continued(context: str, carried: str | None) -> str | None:
    """The side of a sentence that names no party at all: the side of the claim just before it, else the party
    its predecessor names first."""
    if carried in ("russia", "ukraine", "other", "civilian"):
        # The claim before's side, read from its own evidence, says more than the first party its sentence
        # names ("the UK is sending 1,600 missiles [aid: ukraine]. There will also be more than 400 vehicles").
        return carried
    # "Other KIIS results show ... for ordinary Ukrainians: · 64% - about a decrease in income"
    first = sorted(party_hits(context)[0])[:1] if context else []
    return first[0][1] if first else None


# A sentence that names the war is about the war: "After our 114 days of attack on Ukraine"
_ABOUT_THE_WAR = re.compile(r"\b(?:war|invasion|invaded|attack|conflict)\b", re.IGNORECASE)
# How far back in the article ``Article.last_party`` reads: a few paragraphs, in characters
EARLIER = 1500


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
class Article:
    """What the article says before a sentence: its people, and the sentences a pronoun refers back to."""

    before: str
    cast: Cast
    earlier: str = ""  # the few paragraphs before the sentence

    def hits(self, sentence: str) -> tuple[list[Hit], list[Hit]]:
        """The parties named in ``sentence``, the article's known people among them."""
        named, generic = party_hits(sentence)
        return sorted([*named, *self.cast.hits(sentence)]), generic

    def last_party(self, sentence: str) -> str | None:
        """The party named last in the few paragraphs before a sentence that names no party and not the war
        (rule 13): an article's figures that name nobody are mostly about whom it has been telling of ("Saudi
        Aramco ... Free cash flow reached a record of $148.5 billion").

        >>> Article("", NO_CAST, "Belarus moved troops. Ukraine watched.").last_party("It took two weeks.")
        'ukraine'
        """
        if _ABOUT_THE_WAR.search(sentence) or any(party_hits(sentence)):
            return None
        named = party_hits(self.earlier)[0]
        return max(named)[1] if named else None

    def antecedent(self, sentence: str) -> str | None:
        """The party a pronoun subject stands for ("Four years later, it declared ..." after "In 2004, NATO
        added ..."): the party in the subject of the sentence before, or of the one before it when that
        subject is a pronoun too."""
        if not pronoun_subject(sentence):
            return None
        for earlier in reversed(SENTENCE_END.split(self.before)[-2:]):
            found = subject_party(earlier, self.hits(earlier)[0])
            if found or not pronoun_subject(earlier):
                # a subject that is no party ("Silva, a company ...") is the antecedent, and names no side
                return found
        return None


NO_CAST = Cast()
# a sentence ends at a stop, past a closing quote ('... an excuse.”'), at a line break, and where sentences
# are glued without a space ("... the Putin regime.In 2013, he decided")
SENTENCE_END = re.compile(r"(?:(?<=[.!?])|(?<=[.!?][\"”’)]))\s+|\s*\n\s*|(?<=[a-z][.!?])(?=[A-Z])")
_PRONOUN_SUBJECT = re.compile(
    r"^\W*(?:he|she|it|they|this|his|her|its|their)\b|\b(?:he|she|it|they)\s*$", re.IGNORECASE
)


def pronoun_subject(sentence: str) -> bool:
    """Whether the main clause's subject is a pronoun: "He was 22", "A month later he issued", "Its army"."""
    start, end = _subject_span(sentence)
    return bool(_PRONOUN_SUBJECT.search(sentence[start:end]))


def _subject_span(sentence: str) -> tuple[int, int]:
    """Where the main clause's subject stands: after a leading adverbial ("Earlier on Thursday, "), before
    the first finite verb."""
    lead = _LEADING_ADVERBIAL.match(sentence)
    start = lead.end() if lead else 0
    verb = _FINITE_VERB.search(sentence, start)
    return start, verb.start() if verb else len(sentence)


def subject_party(sentence: str, named: Sequence[tuple[int, str]]) -> str | None:
    """The party named in the main clause's subject: the words before its first verb, after a leading
    adverbial ("Of its three most consequential foreign wars, the Red Army lost two")."""
    start, end = _subject_span(sentence)
    inside = sorted(h for h in named if start <= h[0] < end)
    return inside[0][1] if inside else None
