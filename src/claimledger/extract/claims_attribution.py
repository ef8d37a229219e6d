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

from claimledger.extract.claims_attribution_phrases import (
    according_to_pronoun,
    as_running_text,
    heading_source,
    impersonal,
    unnamed,
    without_byline,
)
from claimledger.extract.claims_attribution_quotes import QuoteSpan, quote_spans
from claimledger.extract.claims_attribution_scope import after_the_quote, all_within, as_clause_end
from claimledger.extract.claims_attribution_titles import affiliated, titled
from claimledger.extract.claims_attribution_transcripts import Transcript, transcript_of
from claimledger.extract.claims_attribution_verbs import (
    FINDING_VERBS,
    SPEAKING_BODIES,
    VERB,
    announcer,
    clause_subject,
    finding,
    pronoun_antecedent,
    reporting_verb,
    saying,
)
from claimledger.extract.claims_sources import (
    VERB_FORMS,
    VERBS,
    alternation,
    named,
    source_kind,
    speaker_after,
    speaker_before,
)
from claimledger.extract.claims_sources_kinds import DOCUMENT_WORDS
from claimledger.models import ClaimSource, Sentence, SourceKind

__all__ = ["AUTHOR", "Attributor", "QuoteSpan", "attribute", "named_source", "quote_spans", "source_kind"]

AUTHOR = ClaimSource("author", "author")

_ACCORDING = re.compile(
    r"\b(?:according to|as reported by|citing|(?:^|(?<=, ))in the (?:words|opinion) of|(?:confirmed|reported"
    r"|announced|estimated|stated|claimed|assessed|revealed|verified|compiled) by)\s+",
    re.IGNORECASE,
)
_RESULTS_OF = re.compile(
    r"\b(?:results|data|figures|findings|estimates|statistics|polls?|surveys?) (?:from|of|by|published by)\s+"
    r"(?:the\s+)?(?:most recent\s+|latest\s+|new\s+)?([A-Z][\w'’-]*(?:\s+[A-Z\w][\w'’-]*){0,4})",
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
_REPORTED_THAT = re.compile(r"\b(?:" + VERBS + r")\s+that\s+$")
_AS_SPEAKER = re.compile(r"\b[Aa]s (?:the )?(\w[\w'’.-]*(?:\s+\w[\w'’.-]*){0,3}?)\s+(?:" + VERBS + r")\b")

_PRONOUN_TAIL = re.compile(r"[,\"”]\s*(?:he|she|they)\s+(?:" + VERBS + r")\b", re.IGNORECASE)

# Words without which a sentence names no source: a set lookup, far cheaper than one big regular expression
# run over every sentence of every article.
_OTHER_CUES = (
    r"according|cited|citing|opinion|view|words|by|results|data|figures|findings|estimates|statistics|poll|polls"
    r"|survey|surveys|as|put|puts|putting|saying|claiming|adding|noting|warning|established|" + FINDING_VERBS
)
_CUE_WORDS = frozenset(word for cue in (*VERB_FORMS, *_OTHER_CUES.split("|")) for word in cue.split())
_WORD = re.compile(r"[a-z]+")
_OPINION_CUES = frozenset({"opinion", "view", "words", "according"})
_PRONOUNS = frozenset({"he", "she", "they"})
_ACCORDING_CUES = frozenset({"according", "reported", "citing", "words", "opinion", "by"})
_POLL_WORDS = frozenset({"poll", "polls", "survey", "surveys"})
_RESULTS_CUES = frozenset({"results", "data", "figures", "findings", "estimates", "statistics"}) | _POLL_WORDS
_APPOSITIVE_CUES = frozenset({"who", "which", "in", "at", "speaking"})
_DASH = re.compile(r"\s[-–—]\s")


def _in_sentence(
    sentence: str, last: ClaimSource | None, figures: Sequence[tuple[int, int]] = ()
) -> ClaimSource | None:
    """The source named inside one sentence, if any.

    :param figures: spans of the sentence's quantities (sentence offsets): a subject-verb attribution whose
        reported words all come after the figures ("In a meeting that lasted 45 minutes, Harris told him that
        ...") does not source them
    """
    sentence = without_byline(as_running_text(sentence))
    heading = heading_source(sentence) if ":" in sentence else None
    if heading:
        return heading
    lowered = sentence.lower()
    words = frozenset(_WORD.findall(lowered))
    dashed = ("-" in sentence or "–" in sentence or "—" in sentence) and bool(_DASH.search(sentence))
    if _CUE_WORDS.isdisjoint(words) and not dashed:
        return None
    # Each pattern below runs only when the words it needs are in the sentence: most sentences name no source.
    if (not _OPINION_CUES.isdisjoint(words) and _OPINION_OF.search(sentence)) or (
        not _PRONOUNS.isdisjoint(words) and _PRONOUN_TAIL.search(sentence)
    ):
        return last
    if last and last.kind in SPEAKING_BODIES and _IT_SAYS.match(sentence):
        return last  # "It says in a statement ..." after "Gazprom says ..."
    if "according to" in lowered and (pronoun := _according_to_pronoun(sentence, last)):
        return pronoun
    return unnamed(
        _sourcing_phrase(sentence, last, figures, words, dashed=dashed)
        or reporting_verb(sentence, last, figures)
        or saying(sentence, last, figures)
        or finding(sentence, last, figures)
        or impersonal(sentence, last),
        sentence,
    )


def _according_to_pronoun(sentence: str, last: ClaimSource | None) -> ClaimSource | None:
    at = sentence.lower().find("according to")
    return according_to_pronoun(sentence, last, clause_subject(sentence[:at].rstrip(", ")))


# "according to a report released on Wednesday by UNHCR", "according to the forecasts of Western intelligence":
# any document word (docs/claims.md, Source kinds) made by a named body.
_DOCUMENT_BY = re.compile(
    r"(?:(?:an?|the)\s+)?(?:new\s+|latest\s+|recent\s+|official\s+)?(?:"
    + alternation(DOCUMENT_WORDS)
    + r")\s+"
    r"(?:[\w,]+\s+){0,5}?(?:by|from|of)\s+(?:the\s+)?([A-Z][\w'’-]*(?:\s+(?:of\s+|for\s+|the\s+)?[A-Z][\w'’-]*){0,6})"
)


def _sourcing_phrase(
    sentence: str,
    last: ClaimSource | None,
    figures: Sequence[tuple[int, int]],
    words: frozenset[str],
    *,
    dashed: bool,
) -> ClaimSource | None:
    """A source named by a sourcing phrase: "according to X", "results from X", "- said X", "X, who ...,
    said", "as X said". "According to X" inside the words of a speaker ("KIIS recalled that according to the
    Institute's latest data ...") is that speaker's citation: the speaker is the source.

    :param words: the sentence's words in lower case
    """
    according = _ACCORDING.search(sentence) if not _ACCORDING_CUES.isdisjoint(words) else None
    if according and _REPORTED_THAT.search(sentence, max(0, according.start() - 60), according.start()):
        according = None
    if according and (found := named(speaker_after(sentence[according.end() :]), last)):
        body = _DOCUMENT_BY.match(sentence, according.end())
        if body and found.kind == "document":  # "according to a report released on Wednesday by UNHCR"
            name = speaker_after(sentence[body.start(1) :]) or body.group(
                1
            )  # "data of Japanese intelligence"
            return ClaimSource(name, source_kind(name))
        return found
    results = _RESULTS_OF.search(sentence) if not _RESULTS_CUES.isdisjoint(words) else None
    if results:
        return ClaimSource(results.group(0).strip(), "document")
    dash = _DASH_SPEAKER.search(sentence) if dashed else None
    if (
        dash
        and not after_the_quote(sentence, dash.start(), figures)
        and (found := named(speaker_after(sentence[dash.end() :]), last))
    ):
        return found
    appositive = (
        _APPOSITIVE.search(sentence) if _APPOSITIVE_CUES.intersection(words) and ", " in sentence else None
    )
    # "Kelly, who flew 39 combat missions, said ...": a figure in the relative clause is the author's
    if (
        appositive
        and not all_within(figures, appositive.start(), appositive.end())
        and (found := named(speaker_before(appositive.group(1)), last))
    ):
        # "US officials, speaking on condition of anonymity, said"
        return ClaimSource(found.name, "anonymous") if "anonym" in appositive.group(0) else found
    as_said = _AS_SPEAKER.search(sentence) if "as" in words else None
    if (
        as_said
        and not all_within(figures, as_said.start(), as_clause_end(sentence, as_said.end()))
        and (found := named(speaker_after(as_said.group(1)), last))
    ):
        return found
    return None


# Stands for the last speaker when a pronoun ("he said") is to be told apart from a name.
_PRONOUN_SPEAKER = ClaimSource("<pronoun>", "other")
_NEXT_SENTENCE = re.compile(r"\s+([^\n]{10,300}?[.!?])(?=\s|$)")
# The next sentence, also when the text glues it to this one ("... structures.By transferring ...").
_FOLLOWING = re.compile(r"\s*([^\n]{10,300}?[.!?])(?=\s|$|[A-Z])")
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
    previous_end: int = 0
    previous: str = ""
    transcript: Transcript | None = None
    speaking: ClaimSource | None = None  # the transcript's speaker, once the transcript has started
    transcribing: bool = False  # whether the transcript has started (its speaker is then fixed, or None)

    @classmethod
    def for_text(cls, text: str) -> Attributor:
        return cls(text, quote_spans(text), transcript=transcript_of(text))

    def _transcribed(self, span: Sentence) -> ClaimSource | None:
        """The speaker of a transcript the sentence belongs to: the one its marker names ("Full text of
        Zelensky's speech"), else the source named last before it ("Here is the full text of his statement")."""
        if self.transcript is None or span.start < self.transcript.start:
            return None
        if not self.transcribing:
            # fixed once: a source named inside the transcript is the speaker's citation, not the speaker
            self.transcribing, self.speaking = True, self.transcript.speaker or self.last
        return self.speaking

    def _quote_at(self, span: Sentence, figures: Sequence[tuple[int, int]]) -> QuoteSpan | None:
        """The quote that sources the sentence: one that covers most of it, or all of its figures, and holds at
        least one of them (a figure outside the quoted words is the author's: "...,” said the 99-year-old
        Henry Kissinger")."""
        for quote in self.quotes:
            if quote.start < span.end and span.start < quote.end:
                if figures and not any(quote.start <= a and b <= quote.end for a, b in figures):
                    continue
                inside = min(quote.end, span.end) - max(quote.start, span.start)
                holds_figures = (
                    bool(figures)
                    and quote.end - quote.start >= 40  # not a phrase in scare quotes: XI's "Four rules"
                    and all(quote.start <= a and b <= quote.end for a, b in figures)
                )
                if inside * 2 < span.end - span.start and not holds_figures:
                    continue
                return quote
        return None

    def _quote_speaker(self, quote: QuoteSpan, span: Sentence) -> ClaimSource | None:
        """The speaker of a quote. A quote with no named speaker continues the last source unless a reporting
        verb before it in the sentence introduces it ("... Harris told him that the US “takes seriously ...”")."""
        if quote.speaker:
            return quote.speaker
        introduced = quote.start > span.start and VERB.search(self.text, span.start, quote.start)
        if quote.pronoun or (not introduced and self.seen - self.last_seen <= 3):
            return self.last
        return None

    def _quote_or_named(
        self, quote: QuoteSpan, quoted: ClaimSource, named: ClaimSource | None, span: Sentence
    ) -> ClaimSource:
        """The speaker named next to a quote is its source: a source cited inside it is the speaker's citation
        ("The World Bank believes ...," Blinken said), and a body named outside it relays the speaker's words
        ("“...,” reads the statement by the President, the White House informs"). A source named in the
        sentence outranks a speaker only carried on from earlier sentences (the quote marks may be paired
        wrongly)."""
        if named is None or named is self.last or quote.speaker:
            return quoted
        # "... According to the statement of the leadership of Belarus, they ...”": a source cited in a sentence
        # that is all quoted words (decision 7); a dash's speech may run on past its speaker
        cited = (
            self.text[quote.start] in '“"«„‘'
            and quote.start <= span.start
            and quote.end >= span.end - 1
            and named.name in self.text[span.start : quote.end]
        )
        return quoted if cited else named

    def _continues_account(self, span: Sentence) -> bool:
        """Whether a sentence that names no source continues the reported account of the last speaker: the
        sentences before and after it, in the same paragraph, are that speaker's (docs/claims.md, Annotation
        decisions 3)."""
        if self.last is None or self.last_seen != self.seen - 1:
            return False
        following = None
        end = span.end
        for _ in range(3):  # the account goes on for a few sentences at most
            after = _FOLLOWING.match(self.text, end)
            if not after or "\n" in self.text[end : after.start(1)]:
                return False
            following = _in_sentence(after.group(1), _PRONOUN_SPEAKER)
            if following is not None:
                break
            end = after.end(1)
        if following is None or following is _PRONOUN_SPEAKER:
            return False  # "he said" may be someone else: the account must name its speaker again
        # the same speaker again, by name or by a bare description ("the expert", "the spokesman")
        return following.kind == self.last.kind and (
            following.name == self.last.name or (" " not in following.name and following.name.islower())
        )

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
        same_paragraph = "\n" not in self.text[self.previous_end : span.start]
        self.previous_end = span.end
        previous, self.previous = self.previous, sentence
        relative = [(start - span.start, end - span.start) for start, end in figures]
        named = pronoun_antecedent(sentence, previous, self.last) or _in_sentence(
            sentence, self.last, relative
        )
        quote = self._quote_at(span, figures)
        quoted = self._quote_speaker(quote, span) if quote else None
        found = named if quote is None or quoted is None else self._quote_or_named(quote, quoted, named, span)
        if found is None:
            found = self._named_next(span)
        if found is None and same_paragraph and self._continues_account(span):
            found = self.last  # between "In his opinion, ..." and "... - believes the expert"
        if found is None:
            found = self._transcribed(span)
        if found is None and self.list_source and _BULLET.match(sentence):
            found = self.list_source
        elif not _BULLET.match(sentence) and len(sentence.split()) > 3:
            # A short line between the items ("Advertisement", a heading) does not end the list.
            self.list_source = None
        if found is None:
            # not the source of this sentence's figures, but the "he" of the next ones: the subject of an
            # announced act, a speaker whose words do not hold the figures
            subject = announcer(sentence, self.last) or (
                _in_sentence(sentence, self.last) if figures else None
            )
            if subject:
                self.last, self.last_seen = subject, self.seen
            if sentence.rstrip().endswith(":") and re.search(
                r"\b(?:results?|poll|survey|data|report)\b", sentence
            ):
                self.list_source = ClaimSource(sentence.strip().rstrip(":"), "document")
            return AUTHOR
        # "Morrison said" after "Australia's prime minister, Scott Morrison"
        found = affiliated(titled(found, self.text, self.titles), sentence)
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
