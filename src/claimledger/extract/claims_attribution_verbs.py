"""Reported speech: the subject of a reporting verb ("X said", "..., said X", "X, the mayor of Y, said",
"X cut its forecast and said") and the subject of a sentence that goes on ", saying ...".

A verb in a clause that holds none of the figures ("... 11 civilians killed; blackouts will continue, Ukrenergo
says") does not source them; nor does a subject-verb attribution whose reported words all follow the figures.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from claimledger.extract.claims_sources import (
    VERBS,
    is_role_word,
    named,
    speaker_after,
    speaker_before,
)
from claimledger.extract.claims_sources_kinds import COUNTRY, KIND_WORDS, TITLE_WORDS, lexical_kind
from claimledger.models import ClaimSource

VERB = re.compile(
    r"(?<!\ban )(?<!\bthe )(?<!\bsome )(?<!\bits )(?<!\bhis )(?<!\bher )(?<!\btheir )"
    r"\b(?:has |have |had |also |previously |later |further )*(?:" + VERBS + r")\b"
    r"|\bput(?:s|ting)?\b(?=[^.;]{0,60}\bat\b)"
)
# Words between a subject and its verb: "Zelensky last night reiterated", "Hodges correctly asserts",
# "authorities there said".
BETWEEN_SUBJECT_AND_VERB = re.compile(
    r"(?:\s+(?:last night|yesterday|today|on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
    r"|earlier|later|again|this week|last week|there|here|themselves|[a-z]+ly"
    r"|in (?:a|an|the|his|her|their|its) (?:[\w-]+ ){0,3}?(?:briefing|statement|interview|speech|address|post"
    r"|video|tweet|message|letter|report|conference)))+\s*$"
)


def without_adverbs(head: str) -> str:
    """``head`` without the adverbs and times that end it ("Zelensky last night" gives "Zelensky")."""
    cut = max(0, len(head) - 100)  # the words between a subject and its verb are few: search a window
    return head[:cut] + BETWEEN_SUBJECT_AND_VERB.sub("", head[cut:])


_ANONYMOUSLY = re.compile(r"\s+(?:anonymously|on (?:the )?condition of anonymity)\b")
# "announced a call-up", "announced the missiles", "announced $1 billion": an act reported by the author, not a
# statement ("announced that ...", "announced on Monday ...").
_ANNOUNCED_ACT = re.compile(r"\s+(?:(?:a|an|the)\b|[$£€\d])")
# Verbs whose object follows them: "..., told reporters" names the listeners, not the speaker.
_ADDRESSEE_VERBS = frozenset({"told", "tells", "informed", "informs", "briefed"})
# An unnamed source before its verb: "two officials familiar with the matter told CNN".
_UNNAMED_BEFORE = re.compile(
    r"(?:\b[\w-]+\s+){0,3}(?:officials?|sources?|people|persons?|diplomats?|officers?)\s+(?:familiar with"
    r"|close to|briefed on|with knowledge of|knowledgeable about)\b[^,;“”\"]{0,50}$",
    re.IGNORECASE,
)
# A clause that opens a sentence before its subject: "On Wednesday, ...", "Despite ..., ".
_OPENER = re.compile(
    r"^\s*(?:On|In|At|After|Before|Despite|Meanwhile|Last|Earlier|Later|While|Although|Though|When|As|Since|For"
    r"|By|Under|Amid|Following|Speaking|However|Yet|Still|Also|Separately|Today|Yesterday|Overnight|Now|Then"
    r"|This|That|Back|According|If|With|During|Until|Without)\b"
)
# A clause the author adds after reported words: ", but ...", ", after ...", "as he signed ...", "despite ...";
# not a participle (", after advancing about 5km"), which goes on with what the speaker reports.
_AUTHOR_CLAUSE = re.compile(
    r",\s+(?:but|though|although|after|while|whereas)\s(?!\w+ing\b)|\s(?:as|after|when|while)\s+(?:he|she|they|it|we)\s"
    r"|\sdespite\s"
)
# A title in apposition right before the verb: "[Name], the US ambassador-at-large for ...,"
_IN_APPOSITION = re.compile(
    r"[A-Za-z][\w’'.-]*,\s+(?:the|a|an)\s+[^,;“”\"]{0,80}?\b(?:" + TITLE_WORDS + r")\b[^,;“”\"]{0,60},\s*$"
)
_PARENTHESIS_OPEN = re.compile(r",\s*(?:the\s+|a\s+|an\s+)?$", re.IGNORECASE)
_SAID = frozenset({"said", "says", "told", "tells"})
_QUANTIFIER = re.compile(
    r"^(?:\w+ )?(?:percent|per cent|%|half|third|quarter|majority|most|many|some|dozens)\b", re.I
)
_COORDINATED = re.compile(r"\s(?:and|but)\s*$")
_SAYING = re.compile(r",\s+(?:saying|claiming|adding|noting|warning)\b")


def _clause_subject(head: str) -> str:
    """The subject of the clause that ``head`` belongs to, past the openers before it ("On Wednesday, Ivan
    Fedorov, the mayor of Melitopol, a city close to Crimea," gives "Ivan Fedorov")."""
    start = max(head.rfind(mark) for mark in '.;:!?”"“')
    for segment in head[start + 1 :].split(","):
        if not segment.strip() or _OPENER.match(segment):
            continue
        subject = speaker_after(segment)
        rest = segment.strip()[len(subject) :].strip() if segment.strip().startswith(subject) else ""
        return subject if subject and (not rest or rest[:1].islower()) else ""
    return ""


def _figure_clause(sentence: str, position: int, figures: Sequence[tuple[int, int]]) -> bool:
    """Whether the ";"-clause of ``position`` holds a figure (or no figures are known)."""
    if not figures or ";" not in sentence:
        return True
    start = sentence.rfind(";", 0, position) + 1
    end = sentence.find(";", position)
    end = len(sentence) if end < 0 else end
    return any(start <= begin < end for begin, _ in figures)


def _in_description(sentence: str, verb: re.Match[str], figures: Sequence[tuple[int, int]]) -> bool:
    """For "X described A as B", whether a figure lies in A: the rest of the sentence is not X's ("Officials
    described the invasion as imminent, as thousands of troops massed")."""
    if not figures or not verb.group(0).startswith("describ"):
        return True
    end = sentence.find(" as ", verb.end())
    end = len(sentence) if end < 0 else end
    return any(verb.end() <= begin < end for begin, _ in figures)


def _inverted(sentence: str, verb: re.Match[str], last: ClaimSource | None) -> ClaimSource | None:
    """The speaker after a verb that follows a comma or a quote: "..., said Naeem Aslam"."""
    if verb.group(0).split()[-1] in _ADDRESSEE_VERBS or not re.search(
        r"[,”\"’]\s*$", sentence[: verb.start()]
    ):
        return None
    if _IN_APPOSITION.search(sentence, max(0, verb.start() - 120), verb.start()):
        return None  # "Beth Van Schaack, the US ambassador-at-large, said Prigozhin ...": the subject speaks
    found = named(speaker_after(sentence[verb.end() :]), last)
    if not found or found.name.endswith(("'s", "’s")):  # "..., described Russia's invasion"
        return None
    if found is last or any(w[:1].isupper() or w.lower() in KIND_WORDS for w in found.name.split()):
        return found
    return None  # "..., said two explosions had cut the signal"


def _subject(head: str, last: ClaimSource | None, *, said: bool = False) -> ClaimSource | None:
    """The subject of a verb from the words before it: an unnamed source, a name, a name in apposition
    ("X, the mayor of Y, said"), or the subject of a coordinated verb ("The IMF cut its forecast and said")."""
    unnamed = _UNNAMED_BEFORE.search(head, max(0, len(head) - 140))  # a window: the pattern ends the head
    if unnamed:
        return ClaimSource(unnamed.group(0).strip(), "anonymous")
    head = without_adverbs(head)
    coordinated = _COORDINATED.search(head)
    # "Although arms are flowing to Kyiv, promises ...": a name at the end of an opening clause is no subject.
    clause = head[max(head.rfind(mark, 0, len(head.rstrip(", "))) for mark in ",.;:") + 1 :]
    opening = head.rstrip().endswith(",") and _OPENER.match(clause)
    found = None if coordinated or opening else named(speaker_before(head), last)
    if found and (
        found is last or any(w[:1].isupper() or w.lower() in KIND_WORDS for w in found.name.split())
    ):
        return (
            _appositive_subject(head, found) if head.rstrip().endswith(",") and found is not last else found
        )
    if head.rstrip().endswith(",") or coordinated:
        subject = _clause_subject(_COORDINATED.sub("", head).rstrip().rstrip(","))
        if subject and (subject[:1].isupper() or is_role_word(subject.split()[0])):
            return named(subject, last)
    if not found and "," not in head and said:
        # "The head of Ukraine railways says": the sentence's subject, when its head shows a kind
        subject = _clause_subject(head)
        if subject and lexical_kind(subject) and not _QUANTIFIER.match(subject):
            return named(subject, last)
    return None


def _appositive_subject(head: str, found: ClaimSource) -> ClaimSource:
    """ "Jake Sullivan, the US national security adviser, told": the name from the clause's subject, the kind
    from the title in apposition when the name alone shows none."""
    subject = _clause_subject(head.rstrip().rstrip(","))
    if not subject or not subject[:1].isupper() or subject == found.name or found.name[:1].isupper():
        return found
    return ClaimSource(subject, lexical_kind(subject) or found.kind)


def _says(sentence: str, verb: re.Match[str], speaker: tuple[int, int], figure: tuple[int, int]) -> bool:
    """Whether the subject of ``verb`` states ``figure``: not when the figure comes before the speaker and the
    reported words are long ("In a meeting that lasted 45 minutes, Harris told him that ..."), nor in an
    insertion between the speaker and the verb ("Russia, while mobilizing 100,000 troops, denies ..."), nor in
    a clause the author adds after the reported words ("Kahl said ..., but the five most recent packages ...",
    "Biden said ... as he signed a $95 billion measure")."""
    begin, end = figure
    if end <= speaker[0]:
        # "Troops can be deployed in 72 hours, the agency said, since ...": a parenthetical attribution
        opened = _PARENTHESIS_OPEN.search(sentence, 0, speaker[0])
        parenthetical = bool(opened) and sentence[verb.end() : verb.end() + 1] in ",."
        return parenthetical or len(sentence) - verb.end() <= 50
    if speaker[1] <= begin and end <= verb.start():
        return False
    added = _AUTHOR_CLAUSE.search(sentence, verb.end())
    return added is None or begin < added.start()


def reporting_verb(
    sentence: str, last: ClaimSource | None, figures: Sequence[tuple[int, int]]
) -> ClaimSource | None:
    """A source named as the subject of a reporting verb: "X said", "..., X said", "..., said X"."""
    for verb in VERB.finditer(sentence):
        if verb.group(0).startswith("announc") and _ANNOUNCED_ACT.match(sentence, verb.end()):
            continue
        if not _figure_clause(sentence, verb.start(), figures) or not _in_description(
            sentence, verb, figures
        ):
            continue
        inverted = _inverted(sentence, verb, last)
        if inverted:
            return inverted
        found = _subject(sentence[: verb.start()], last, said=verb.group(0).split()[-1] in _SAID)
        if not found:
            continue
        start = sentence.rfind(found.name, 0, verb.start())
        start = verb.start() - len(found.name) - 1 if start < 0 else start
        if figures and not any(_says(sentence, verb, (start, start + len(found.name)), f) for f in figures):
            continue
        if _ANONYMOUSLY.match(sentence, verb.end()):  # "officials briefed anonymously that ..."
            return ClaimSource(found.name, "anonymous")
        return found
    return None


def announcer(sentence: str, last: ClaimSource | None) -> ClaimSource | None:
    """The subject of an announced act ("Putin announces a call-up of 300,000 reservists"): the author reports
    the act, but a following "he says" refers to its subject."""
    if "announc" not in sentence:
        return None
    for verb in VERB.finditer(sentence):
        if verb.group(0).startswith("announc") and _ANNOUNCED_ACT.match(sentence, verb.end()):
            return named(speaker_before(without_adverbs(sentence[: verb.start()])), last)
    return None


def saying(sentence: str, last: ClaimSource | None, figures: Sequence[tuple[int, int]]) -> ClaimSource | None:
    """The subject of a sentence that goes on ", saying ..." and states the figures after it ("Prigozhin, the
    head of Wagner, has launched a coup, saying he has 25,000 fighters")."""
    found_saying = _SAYING.search(sentence)
    if not found_saying or not figures or any(start < found_saying.end() for start, _ in figures):
        return None
    found = named(speaker_after(sentence), last)
    return found if found and found.name[:1].isupper() else None


FINDING_VERBS = (
    r"discovered|discovers|identified|identifies|counted|counts|documented|documents|recorded|records|verified"
    r"|verifies|tallied|registered|registers"
)
_FINDING = re.compile(r"\b(?:" + FINDING_VERBS + r")\b")
_FINDERS = frozenset({"media", "institution", "document"})


def finding(
    sentence: str, last: ClaimSource | None, figures: Sequence[tuple[int, int]]
) -> ClaimSource | None:
    """An outlet or a body that counts or finds the figures after it: "AFP discovers the bodies of at least 20
    civilians", "volunteers of the Information Resistance identified 263 dead" (not a country: "Russia recorded
    ..." is the author's report of an event)."""
    for verb in _FINDING.finditer(sentence):
        if not figures or any(begin < verb.end() for begin, _ in figures):
            continue
        found = _subject(sentence[: verb.start()], last)
        if found and found.kind in _FINDERS and not COUNTRY.match(found.name):
            return found
    return None
