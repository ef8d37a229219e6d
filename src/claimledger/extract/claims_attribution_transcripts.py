"""Transcripts: an article that gives the full text of a speech, address or statement is its speaker's words.

"Full text of Zelensky's speech at Munich Security Conference", "Speech by the President of Ukraine at the 58th
Munich Security Conference", "The full text of the speech is provided below:" open a transcript. From there to
the end of the article, a sentence that names no source of its own is the speaker's (Annotation decision 22 in
docs/claims.md), as a quote that runs over many sentences keeps its speaker.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from claimledger.extract.claims_sources import named, speaker_after, speaker_before
from claimledger.models import ClaimSource

_TALK = r"(?:speech|address|statement|remarks)"
_MARKER = re.compile(
    # "Full text of Zelensky's speech at ...", "Here is the full text of his statement ..."
    r"\b[Ff]ull text of (?:(?P<whose>his|her|the)|(?P<name>[A-Z][\w.'’ -]{1,50}?)['’]s) " + _TALK + r"\b"
    # "Speech by the President of Ukraine at the 58th Munich Security Conference", on a line of its own
    r"|^[^\S\n]*(?:Speech|Address|Remarks|Statement) by (?P<by>[^\n]{3,80}?) (?:at|to|on|before|in)\b[^\n]*$",
    re.MULTILINE,
)
# Who gave the speech, when the marker does not say: "The relevant statement was made by Ukrainian President
# Volodymyr Zelensky in his video address", "President Zelensky delivered an impassioned ... speech"
_MADE_BY = re.compile(r"\b(?:made|delivered|given) by\s+")
# A transcript is told in the first person: a heading such as "Speech by ... at ..." among the links of a news
# article opens none.
_FIRST_PERSON = re.compile(r"\b(?:I|[Ww]e|[Oo]ur|[Mm]y)\b")
_READ_AHEAD = 3000  # characters after the marker in which the first person must be heard at least twice
_DELIVERED = re.compile(r"\s+(?:delivered|gave|made)\s+(?:an?|his|her)\s+(?:[\w-]+\s+){0,4}?" + _TALK + r"\b")


@dataclass(frozen=True)
class Transcript:
    """Where a transcript starts in the text, and its speaker when the marker names one."""

    start: int
    speaker: ClaimSource | None


def transcript_of(text: str) -> Transcript | None:
    """The transcript an article gives, or None.

    >>> transcript_of("Full text of Zelensky's speech at Munich. Two days ago I was in Donbas. We want peace.")
    Transcript(start=30, speaker=ClaimSource(name='Zelensky', kind='official'))
    >>> transcript_of("Here is the full text of his statement.\\n\\nI was in Donbas. We want peace.").speaker is None
    True
    >>> transcript_of("Zelensky delivered a speech. The full text of the speech is below: I was there. My land.").speaker
    ClaimSource(name='Zelensky', kind='official')
    >>> transcript_of("Speech by Biden at the UN\\nThe summit ended on Friday with 30 leaders.") is None
    True
    >>> transcript_of("He read the full text of the bill.") is None
    True
    """
    found = _MARKER.search(text)
    if found is None or len(_FIRST_PERSON.findall(text, found.end(), found.end() + _READ_AHEAD)) < 2:
        return None
    name = found.group("name") or found.group("by") or _maker(text[: found.start()])
    return Transcript(found.end(), named(name, None) if name else None)


def _maker(before: str) -> str:
    """The speaker the article names, before the transcript, as the one who made or delivered it."""
    by = _MADE_BY.search(before)
    if by:
        return speaker_after(before[by.end() :])
    delivered = _DELIVERED.search(before)
    return speaker_before(before[: delivered.start()]) if delivered else ""
