"""Attribution: who makes a claim, read from reported speech, sourcing phrases and quotes.

The author is the source by default. A sentence names another source through reported speech ("X said",
"X claims", "X estimates", "X puts ... at", "X told reporters"), sourcing phrases ("according to X",
"intercepted calls suggest", "data shows") or a quote whose speaker is named before or after it; a quote
that runs over several sentences keeps its speaker in each of them. Pronoun speakers ("he said", "according
to him") take the last named source.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from claimledger.extract.claims_attribution_quotes import QuoteSpan, quote_spans
from claimledger.extract.claims_attribution_titles import titled
from claimledger.extract.claims_attribution_verbs import (
    FINDING_VERBS,
    VERB,
    announcer,
    finding,
    reporting_verb,
    saying,
)
from claimledger.extract.claims_sources import (
    VERBS,
    named,
    source_kind,
    speaker_after,
    speaker_before,
)
from claimledger.models import ClaimSource, Sentence, SourceKind

__all__ = ["AUTHOR", "Attributor", "QuoteSpan", "attribute", "named_source", "quote_spans", "source_kind"]

AUTHOR = ClaimSource("author", "author")

_ACCORDING = re.compile(
    r"\b(?:according to|as reported by|citing|cited by|(?:^|(?<=, ))in the (?:words|opinion) of|(?:confirmed|reported"
    r"|announced|estimated|stated|claimed|assessed|published|revealed|verified|compiled) by)\s+",
    re.IGNORECASE,
)
_RESULTS_OF = re.compile(
    r"\b(?:results|data|figures|findings|estimates|statistics|polls?|surveys?) (?:from|of|by|published by)\s+"
    r"(?:the\s+)?(?:most recent\s+|latest\s+|new\s+)?([A-Z][\w'’-]*(?:\s+[A-Z\w][\w'’-]*){0,4})",
)
_TRAILING_BODY = re.compile(
    r",\s+(?:the\s+)?([A-Z][\w'’-]*(?:\s+(?:of\s+|the\s+)?[A-Z][\w'’-]*){0,6})\.?\s*$"
)
_APPOSITIVE = re.compile(
    r"((?:^|[.;]\s*|,\s*)(?:[Tt]he\s+)?(?:[A-Z][\w'’.-]*\s+){0,3}[A-Z]?[\w'’.-]+),\s+(?:who|which|in|at|speaking)\b"
    r"[^,;\"“”]{3,80},\s+(?:has\s+|had\s+|also\s+)?(?:" + VERBS + r")\b"
)
_IT_SAYS = re.compile(r"\W*(?:It|They)\s+(?:also\s+)?(?:" + VERBS + r")\b")
_BULLET = re.compile(r"^\s*[·•▪*–—-]\s")
_OPINION_OF = re.compile(
    r"\b[Ii]n (his|her|their) (?:opinion|view|words)\b|\b[Aa]ccording to (him|her|them)\b"
)
_DASH_SPEAKER = re.compile(r"\s[-–—]\s*(?:" + VERBS + r")\s+")
_PASSIVE = re.compile(
    r"\b[Ii]t (?:was|is|has been) (?:estimated|reported|believed|emphasized|said|claimed)\b"
)
_AS_SPEAKER = re.compile(r"\b[Aa]s (?:the )?(\w[\w'’.-]*(?:\s+\w[\w'’.-]*){0,3}?)\s+(?:" + VERBS + r")\b")

_PRONOUN_TAIL = re.compile(r"[,\"”]\s*(?:he|she|they)\s+(?:" + VERBS + r")\b", re.IGNORECASE)

# Words without which a sentence names no source: a set lookup, far cheaper than one big regular expression
# run over every sentence of every article.
_OTHER_CUES = (
    r"according|cited|citing|opinion|view|words|by|results|data|figures|findings|estimates|statistics|poll|polls"
    r"|survey|surveys|as|put|puts|putting|saying|claiming|adding|noting|warning|" + FINDING_VERBS
)
_CUE_WORDS = frozenset(word for cue in f"{VERBS}|{_OTHER_CUES}".split("|") for word in cue.split())
_WORD = re.compile(r"[a-z]+")
_DASH = re.compile(r"\s[-–—]\s")


_HEADLINE_VERBS = frozenset(
    {"says", "said", "claims", "warns", "tells", "told", "insists", "admits", "reveals", "confirms", "denies"}
)
_HEADLINE_WORD = re.compile(r"[A-Z]{4,}|[A-Z]+(?=\s+[A-Z]{4,})")


def _headline_case(word: re.Match[str]) -> str:
    """A word of an all-capitals headline as running text writes it: "SAYS" -> "says", "TRUMP" -> "Trump"."""
    lowered = word.group(0).lower()
    return lowered if lowered in _HEADLINE_VERBS else word.group(0).capitalize()


def _has_cue(sentence: str) -> bool:
    return not _CUE_WORDS.isdisjoint(_WORD.findall(sentence.lower())) or bool(_DASH.search(sentence))


def _in_sentence(
    sentence: str, last: ClaimSource | None, figures: Sequence[tuple[int, int]] = ()
) -> ClaimSource | None:
    """The source named inside one sentence, if any.

    :param figures: spans of the sentence's quantities (sentence offsets): a subject-verb attribution whose
        reported words all come after the figures ("In a meeting that lasted 45 minutes, Harris told him that
        ...") does not source them
    """
    if sentence.isupper():  # a headline: "TRUMP SAYS US WILL '100%' STAY IN NATO"
        sentence = _HEADLINE_WORD.sub(_headline_case, sentence)
    trailing = _TRAILING_BODY.search(sentence)
    if trailing and source_kind(trailing.group(1)) in ("institution", "media"):
        # "76 explosions have been recorded in the Sumy region, the Regional Military Administration."
        return ClaimSource(trailing.group(1), source_kind(trailing.group(1)))
    if not _has_cue(sentence):
        return None
    if _OPINION_OF.search(sentence) or _PRONOUN_TAIL.search(sentence):
        return last
    if last and last.kind in ("institution", "document", "media") and _IT_SAYS.match(sentence):
        return last  # "It says in a statement ..." after "Gazprom says ..."
    return (
        _sourcing_phrase(sentence, last)
        or reporting_verb(sentence, last, figures)
        or saying(sentence, last, figures)
        or finding(sentence, last, figures)
    )


_DOCUMENT_BY = re.compile(
    r"(?:(?:an?|the)\s+)?(?:new\s+|latest\s+|recent\s+|official\s+)?(?:report|study|statement|survey|assessment"
    r"|data|figures|estimates|statistics|analysis)\s+(?:[\w,]+\s+){0,5}?(?:by|from|of)\s+(?:the\s+)?([A-Z][\w'’-]*(?:\s+(?:of\s+|for\s+|the\s+)?[A-Z][\w'’-]*){0,6})"
)


def _sourcing_phrase(sentence: str, last: ClaimSource | None) -> ClaimSource | None:
    """A source named by a sourcing phrase: "according to X", "results from X", "- said X", "it was
    estimated", "X, who ..., said", "as X said"."""
    according = _ACCORDING.search(sentence)
    if according and (found := named(speaker_after(sentence[according.end() :]), last)):
        body = _DOCUMENT_BY.match(sentence, according.end())
        if body and found.kind == "document":  # "according to a report released on Wednesday by UNHCR"
            name = speaker_after(sentence[body.start(1) :]) or body.group(
                1
            )  # "data of Japanese intelligence"
            return ClaimSource(name, source_kind(name))
        return found
    results = _RESULTS_OF.search(sentence)
    if results:
        return ClaimSource(results.group(0).strip(), "document")
    dash = _DASH_SPEAKER.search(sentence)
    if dash and (found := named(speaker_after(sentence[dash.end() :]), last)):
        return found
    passive = _PASSIVE.search(sentence)
    if passive:
        return ClaimSource(passive.group(0), "anonymous")
    appositive = _APPOSITIVE.search(sentence)
    if appositive and (found := named(speaker_before(appositive.group(1)), last)):
        return found
    as_said = _AS_SPEAKER.search(sentence)
    if as_said and (found := named(speaker_after(as_said.group(1)), last)):
        return found
    return None


_NEXT_SENTENCE = re.compile(r"\s+([^\n]{10,300}?[.!?])(?=\s|$)")
# A sentence that sources the one before it: "That's according to X", "X said this in a statement".
_BACK_REFERENCE = re.compile(
    r"^(?:(?:That|This)(?:'s|’s| is| was)\s+(according to|(?:reported|said|stated|announced|claimed) by)\s+"
    r"|[^.,;“”\"]{2,80}?\s(?:has\s+|also\s+)?(said|reported|stated|wrote|announced|claimed) (?:this|so)\b)"
)


@dataclass(slots=True)
class Attributor:
    """Reads the source of each sentence of one document in order, remembering quotes and the last source.

    A quote without a named speaker continues the last source named within the previous few sentences (the
    journalistic convention for a quoted paragraph after "X said"); the items of a list introduced by a
    sentence ending in a colon keep that sentence's source.
    """

    text: str
    quotes: list[QuoteSpan]
    last: ClaimSource | None = None
    last_seen: int = -10
    seen: int = 0
    list_source: ClaimSource | None = None
    titles: dict[str, SourceKind | None] = field(default_factory=dict)

    @classmethod
    def for_text(cls, text: str) -> Attributor:
        return cls(text, quote_spans(text))

    def _quote_speaker(self, span: Sentence, figures: Sequence[tuple[int, int]]) -> ClaimSource | None:
        """The speaker of a quote that covers most of the sentence, or all of its figures. A quote with no
        named speaker continues the last source unless a reporting verb before it in the sentence introduces it
        ("... Harris told him that the US “takes seriously ...”")."""
        for quote in self.quotes:
            if quote.start < span.end and span.start < quote.end:
                inside = min(quote.end, span.end) - max(quote.start, span.start)
                holds_figures = (
                    bool(figures)
                    and quote.end - quote.start >= 40  # not a phrase in scare quotes: XI's "Four rules"
                    and all(quote.start <= a and b <= quote.end for a, b in figures)
                )
                if inside * 2 < span.end - span.start and not holds_figures:
                    continue
                if quote.speaker:
                    return quote.speaker
                introduced = quote.start > span.start and VERB.search(self.text, span.start, quote.start)
                if quote.pronoun or (not introduced and self.seen - self.last_seen <= 3):
                    return self.last
        return None

    def _named_next(self, span: Sentence) -> ClaimSource | None:
        """The source that the next sentence gives this one: "That's according to Politico", "The Institute
        for the Study of War said this in a new assessment"."""
        after = _NEXT_SENTENCE.match(self.text, span.end)
        if not after:
            return None
        back = _BACK_REFERENCE.match(after.group(1))
        if not back:
            return None
        if back.group(1):
            return named(speaker_after(after.group(1)[back.end() :]), None)
        return named(speaker_before(after.group(1)[: back.start(2)]), None)

    def source(self, span: Sentence, figures: Sequence[tuple[int, int]] = ()) -> ClaimSource:
        """The source of the sentence ``text[span.start:span.end]``; updates the remembered source.

        :param figures: the document spans of the sentence's quantities
        """
        sentence = self.text[span.start : span.end]
        self.seen += 1
        relative = [(start - span.start, end - span.start) for start, end in figures]
        named = _in_sentence(sentence, self.last, relative)
        quoted = self._quote_speaker(span, figures)
        # A source named in the sentence itself ("The World Bank believes ...") outranks the speaker of a quote
        # that contains it; a pronoun ("he said") does not.
        found = named if named is not None and named is not self.last else quoted or named
        if found is None:
            found = self._named_next(span)
        if found is None and self.list_source and _BULLET.match(sentence):
            found = self.list_source
        elif not _BULLET.match(sentence) and len(sentence.split()) > 3:
            # A short line between the items ("Advertisement", a heading) does not end the list.
            self.list_source = None
        if found is None:
            subject = announcer(sentence, self.last)
            if subject:  # not the source of this sentence, but the "he" of the next ones
                self.last, self.last_seen = subject, self.seen
            if sentence.rstrip().endswith(":") and re.search(
                r"\b(?:results?|poll|survey|data|report)\b", sentence
            ):
                self.list_source = ClaimSource(sentence.strip().rstrip(":"), "document")
            return AUTHOR
        # "Morrison said" after "Australia's prime minister, Scott Morrison"
        found = titled(found, self.text, self.titles)
        if sentence.isupper():  # the headline of another article, linked in this one: no speaker to carry on
            return found
        self.last, self.last_seen = found, self.seen
        if sentence.rstrip().endswith(":"):
            self.list_source = found
        return found


def named_source(sentence: str) -> ClaimSource | None:
    """The source a sentence names by itself (no quotes, no pronouns resolved), or None.

    >>> named_source("Ukraine's General Staff said Russia lost 1,000 soldiers.")
    ClaimSource(name="Ukraine's General Staff", kind='institution')
    """
    return _in_sentence(sentence, None)


def attribute(text: str, sentences: Sequence[Sentence]) -> list[ClaimSource]:
    """The source of every sentence of ``text``, in order.

    >>> [s.name for s in attribute("Kyiv said Russia lost 1,000. It rained.", [Sentence(0, 28), Sentence(29, 38)])]
    ['Kyiv', 'author']
    """
    reader = Attributor.for_text(text)
    return [reader.source(span) for span in sentences]
