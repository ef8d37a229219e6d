"""Which figures a speaker's words hold: a speaker sources only what they said, not the author's description of
them or of the occasion (docs/claims.md, Annotation decisions 1 and 6).

A figure in the speaker's name ("the 99-year-old Henry Kissinger"), in a relative clause or apposition about the
speaker ("Nazar Novoselsky, who joined the march with his two little children"), in the occasion of the words
("said in what has become a nightly address since Russia invaded nearly 4 months ago", "in his two-hour
speech") or in an "As X told me ..." clause is the author's. "Announced" with an amount or a thing as its object
reports an act ("announced an extra $25m", "declared a dividend of $19.5 billion"); with a that-clause or an
intention it is a statement.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

_DAY = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
# What follows "announced" in a statement: "that ...", "on Monday that ...", "its intent to add ...", a clause
# without "that" ("announced the US would allocate ..."), the end of the clause (", the ministry announced."),
# a quote.
_ANNOUNCED_STATEMENT = re.compile(
    r"\s*(?:$|[,.:;“\"(]|(?:that|on|in|at|during|late|early|last|this|earlier|yesterday|today|tonight|to|plans"
    rf"|{_DAY})\b|(?:its|his|her|their|the) (?:intent|intention|plans?|decision|readiness|willingness)\b"
    r"|(?:[\w'’.-]+\s+){1,4}(?:would|will|is|was|are|were|has|had|have|could|can|must|should|plans|intends)\b)"
)
# An object that makes "announced" an act: a thing or an amount ("the provision of ...", "an extra $25m",
# "300,000 reservists", "sanctions on 200 people", "arms deals worth billions"); whatever is not a statement
# (decision 6).
_ANNOUNCED_OBJECT = re.compile(r"\s+(?:(?:a|an|the|another|new|more|further)\b|[$£€\d]|[a-z])")
# The occasion named right after a reporting verb: "in what has become ...", "in his two-hour speech".
_OCCASION = re.compile(
    r"\s+(?:in what\b[^,;:“”\"]*|(?:in|at|during) (?:an?|the|his|her|their|its) (?:[\w-]+ ){0,4}?(?:speech|address"
    r"|interview|briefing|statement|conference|meeting|call|appearance|video|post|message|session|hearing))"
)
# A description of the speaker after the name: ", who ...", ", the ..."; it ends at the next comma.
_DESCRIPTION = re.compile(r",\s+(?:who|whose|which|the|a|an)\b[^,;:“”\"]*")
_CLAUSE_END = re.compile(r"[,:;“\"]")
# The end of reported words that a speaker's name follows: a closing quote ("...,” said X", "...” - wrote X") or
# a dash of direct speech ("... - said X").
_REPORTED_WORDS_END = re.compile(r"(?:[”\"’]\s*,?|[”\"’]?\s[-–—])\s*$")
# Words of the speaker that go on after the attribution: another quote, ", adding ...".
_WORDS_GO_ON = re.compile(
    r"[“\"]|\b(?:adding|saying|noting|warning|claiming|explaining|stressing|insisting)\b"
)


def announced_act(sentence: str, end: int) -> bool:
    """Whether "announced" ending at ``end`` takes an act as its object rather than reported words.

    >>> [announced_act(s, 9) for s in ("announced an extra $25m", "announced that it will", "announced.")]
    [True, False, False]
    """
    return bool(_ANNOUNCED_OBJECT.match(sentence, end)) and not _ANNOUNCED_STATEMENT.match(sentence, end)


def in_occasion(sentence: str, verb_end: int, figure: tuple[int, int]) -> bool:
    """Whether ``figure`` lies in the occasion named right after the reporting verb ending at ``verb_end``.

    >>> s = "Zelensky said in what has become a nightly address since Russia invaded nearly 4 months ago."
    >>> in_occasion(s, 13, (s.index("nearly"), s.index(" ago")))
    True
    """
    occasion = _OCCASION.match(sentence, verb_end)
    return occasion is not None and verb_end <= figure[0] and figure[1] <= occasion.end()


def description_end(sentence: str, name_end: int) -> int:
    """Where the description of a speaker named up to ``name_end`` ends (``name_end`` itself when none follows).

    >>> s = "said Nazar Novoselsky, who joined the march with his two little children."
    >>> s[: description_end(s, 21)]
    'said Nazar Novoselsky, who joined the march with his two little children.'
    """
    description = _DESCRIPTION.match(sentence, name_end)
    return description.end() if description else name_end


def as_clause_end(sentence: str, verb_end: int) -> int:
    """Where the clause "As X told me ..." whose verb ends at ``verb_end`` gives way to the main clause: at the
    first comma, colon or quote."""
    found = _CLAUSE_END.search(sentence, verb_end)
    return found.start() if found else len(sentence)


def after_the_quote(sentence: str, attribution: int, figures: Sequence[tuple[int, int]]) -> bool:
    """Whether the reported words end (a quote or dash) right before the attribution that starts at
    ``attribution`` and every figure lies after it, in the author's account of the speaker or the occasion
    ("“...,” Ramaphosa said at a news conference alongside four other African leaders": decision 1).

    >>> s = "“We are here,” said Truss, having spent 45 days in office."
    >>> after_the_quote(s, 15, [(s.index("45"), s.index(" days"))])
    True
    """
    return (
        bool(figures)
        and all(attribution <= begin for begin, _ in figures)
        and bool(_REPORTED_WORDS_END.search(sentence, max(0, attribution - 6), attribution))
        and not _WORDS_GO_ON.search(sentence, attribution, max(begin for begin, _ in figures))
    )


def all_within(figures: Sequence[tuple[int, int]], start: int, end: int) -> bool:
    """Whether every figure lies within ``start:end`` (False when no figures are known)."""
    return bool(figures) and all(start <= begin and finish <= end for begin, finish in figures)
