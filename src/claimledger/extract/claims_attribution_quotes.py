"""Quotes: the quoted passages of a text and the speaker named next to each of them (``X said: "...``,
``"...," said X``, ``"...," X said``)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from claimledger.extract.claims_sources import (
    NOT_A_SPEAKER,
    PRONOUN,
    VERBS,
    source_kind,
    speaker_after,
    speaker_before,
)
from claimledger.extract.claims_sources_kinds import KIND_WORDS
from claimledger.models import ClaimSource


@dataclass(frozen=True, slots=True)
class QuoteSpan:
    """A quoted passage ``text[start:end]`` and its speaker, when one is named next to it."""

    start: int
    end: int
    speaker: ClaimSource | None
    pronoun: bool = False


_QUOTE = re.compile(r"(?:[“«„]|‘‘)([^”»\n]{8,}?)(?:[”»]|’’)|\"([^\"”\n]{8,}?)[\"”]")
"""A quote in curly, angle or doubled single marks, or opened with a straight mark and closed with either."""
# "“...,” reads the statement", "“...,” the communique reads."
_READS = re.compile(r"\s*,?\s*reads\s+")
# A quote still open at the end of its paragraph runs to that end (and, by the convention of quotes over
# several paragraphs, the next paragraph reopens it with another “).
_OPEN_QUOTE = re.compile(r"“([^”\n]{8,})$", re.MULTILINE)
# The same convention with straight marks: a paragraph that opens a quote and leaves its last mark unclosed.
_OPEN_STRAIGHT = re.compile(r'(?m)(?:^|(?<=\s))"(?=[A-Z])[^"\n]{8,}$')


def _unclosed(text: str, mark: int) -> bool:
    """Whether the straight quote mark at ``mark`` is the odd one of its paragraph, which opens a quote."""
    line_start = text.rfind("\n", 0, mark) + 1
    return text.count('"', line_start, mark) % 2 == 0


_VERB_ONLY = re.compile(r"\b(?:" + VERBS + r")\b")
_INVERTED = re.compile(r"\s*,?\s*(?:" + VERBS + r")\s+")
_PRONOUN_SAID = re.compile(r"\s*,?\s*(?:he|she|they)\s+(?:" + VERBS + r")\b", re.IGNORECASE)
# A sentence ends at "." unless it marks an abbreviation ("Kelly, D-AZ., told", "U.S."); "Poland.He" is two.
_STOP = re.compile(r"[;:!?\n]|\.(?![,\w])|(?<=[a-z]{3})\.(?=[A-Z][a-z])")
# Direct speech opened by a dash, as in translations from Polish and Ukrainian: a paragraph "- We lost ...", or
# a dash glued to the end of the sentence before it ("... other countries.- It was ..."); it runs to the end
# of its paragraph, and "- said X" in it names its speaker.
_DASH_OPEN = re.compile(r"(?m)^[ \t]*[-–—][ \t]?(?=[A-Z„“\"])|(?<=[.!?])[-–—][ \t]?(?=[A-Z])")
_SENTENCE_END = re.compile(r"[.!?](?=\s|[-–—]?[A-Z]|$)")
_DASH_SAID = re.compile(r"\s[-–—]\s*(?:" + VERBS + r")\s+")


def _named_after_quote(after: str) -> str:
    """The speaker named just after a closing quote: ``, said X``, ``, X said`` or ``, reads the statement``."""
    inverted = _INVERTED.match(after) or _READS.match(after)
    if inverted:
        return speaker_after(after[inverted.end() :])
    verb = _VERB_ONLY.search(after, 0, 90)
    if verb and not _STOP.search(after, 0, verb.start()) and after[: verb.start()].strip(" ,"):
        return speaker_before(after[: verb.start()])
    return ""


# A pull quote's caption: the speaker's name and title after the quote, with no verb ("“...” Denis Skopin Former
# philosophy professor at Smolny College “...").
_CAPTION = re.compile(
    r"[ \t]*([A-Z][\w’'-]+(?:[ \t]+[A-Z][\w’'-]+){1,2})[ \t]+([A-Z][^“”\"\n.]{3,80}?)[ \t]*(?:[“\"]|\n|$)"
)


def _named_by_caption(after: str) -> str:
    """The speaker named in a caption after a quote, when the caption's title shows a person's kind."""
    found = _CAPTION.match(after)
    if not found or not any(word.lower() in KIND_WORDS for word in found.group(2).split()):
        return ""
    return found.group(1)


def _named_before_quote(before: str) -> str:
    """The speaker named just before an opening quote: ``X said: "``."""
    if not before.rstrip().endswith((":", ",")):
        return ""
    verbs = list(_VERB_ONLY.finditer(before))
    if (
        not verbs
        or len(before) - verbs[-1].end() > 40
        or _STOP.search(before, verbs[-1].end(), len(before) - 2)
    ):
        return ""
    head = before[: verbs[-1].start()]
    cut = max(head.rfind(mark) for mark in '.;!?"”')
    return speaker_before(head[cut + 1 :])


def _dash_spans(text: str) -> list[QuoteSpan]:
    spans: list[QuoteSpan] = []
    for match in _DASH_OPEN.finditer(text):
        end = text.find("\n", match.end())
        end = len(text) if end < 0 else end
        if text[match.end() : end].rstrip().endswith(("-", "–", "—")):
            continue  # a heading: "– Gas prices at six-month high –"
        said = _DASH_SAID.search(text, match.end(), end)
        name = speaker_after(text[said.end() : end]) if said else ""
        if said:  # the narration goes on after "- said X."
            stop = _SENTENCE_END.search(text, said.end(), end)
            end = stop.end() if stop else end
        if not name or PRONOUN.match(name) or NOT_A_SPEAKER.match(name):
            spans.append(QuoteSpan(match.start(), end, None))
        else:
            spans.append(QuoteSpan(match.start(), end, ClaimSource(name, source_kind(name))))
    return spans


def quote_spans(text: str) -> list[QuoteSpan]:
    """Quoted passages of ``text`` (within a paragraph), each with the speaker named next to it, then the
    passages of direct speech opened by a dash."""
    spans: list[QuoteSpan] = []
    matches = list(_QUOTE.finditer(text))
    if "“" in text:
        matches += _OPEN_QUOTE.finditer(text)
    if '"' in text:
        matches += (m for m in _OPEN_STRAIGHT.finditer(text) if _unclosed(text, m.start()))
    for match in matches:
        start, end = match.span()
        after = text[end : end + 120]
        name = (
            _named_after_quote(after)
            or _named_before_quote(text[max(0, start - 120) : start])
            or _named_by_caption(after)
        )
        pronoun = bool(_PRONOUN_SAID.match(after))
        if pronoun or not name or PRONOUN.match(name) or NOT_A_SPEAKER.match(name):
            spans.append(QuoteSpan(start, end, None, pronoun))
        else:
            spans.append(QuoteSpan(start, end, ClaimSource(name, source_kind(name))))
    return spans + _dash_spans(text) if "-" in text or "–" in text or "—" in text else spans
