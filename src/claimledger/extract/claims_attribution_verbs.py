"""Reported speech: the subject of a reporting verb ("X said", "..., said X", "X, the mayor of Y, said",
"X cut its forecast and said") and the subject of a sentence that goes on ", saying ...".

A verb in a clause that holds none of the figures ("... 11 civilians killed; blackouts will continue, Ukrenergo
says") does not source them; nor does a subject-verb attribution whose reported words all follow the figures.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from claimledger.extract.claims_attribution_scope import (
    after_the_quote,
    all_within,
    announced_act,
    description_end,
    in_occasion,
)
from claimledger.extract.claims_sources import (
    VERBS,
    is_role_word,
    named,
    speaker_after,
    speaker_before,
)
from claimledger.extract.claims_sources_kinds import COUNTRY, KIND_WORDS, TITLE_WORDS, lexical_kind
from claimledger.models import ClaimSource

# A reporting verb, not a noun or an adjective after a determiner ("the report", "his claims", "An estimated"). The pattern opens with a word
# boundary before a lower-case letter so that the engine tries the rest at few positions of a sentence.
VERB = re.compile(
    r"\b(?=[a-z])(?<!\b[aA] )(?<!\b[aA]n )(?<!\b[tT]he )(?<!\b[sS]ome )(?<!\b[iI]ts )(?<!\b[hH]is )(?<!\b[hH]er )"
    r"(?<!\b[tT]heir )"
    r"(?:(?:has |have |had |also |previously |later |further )*(?:" + VERBS + r")\b"
    r"|put(?:s|ting)?\b(?=[^.;]{0,60}\bat\b))"
)
# Words between a subject and its verb: "Zelensky last night reiterated", "Hodges correctly asserts",
# "authorities there said".
BETWEEN_SUBJECT_AND_VERB = re.compile(
    r"(?:\s+(?:last night|yesterday|today|on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
    r"|earlier|later|again|this week|last week|there|here|themselves|[a-z]+ly"
    r"|in (?:a|an|the|his|her|their|its) (?:[\w-]+ ){0,3}?(?:briefing|statement|interview|speech|address|post"
    r"|video|tweet|message|letter|report|conference)"
    # "Journalist Anastasija Briuchanowa on the online channel The lens pointed out"
    r"|on (?:(?:the|his|her|their|its) )?(?:[\w-]+ ){0,2}?(?:channel|television|TV|radio|website|blog|podcast"
    r"|programme|program|show|air|Telegram|Twitter|Facebook|YouTube)(?: [A-Z][\w-]*(?: [A-Za-z][\w-]*)?)?))+\s*$"
)


def without_adverbs(head: str) -> str:
    """``head`` without the adverbs and times that end it ("Zelensky last night" gives "Zelensky")."""
    cut = max(0, len(head) - 100)  # the words between a subject and its verb are few: search a window
    return head[:cut] + BETWEEN_SUBJECT_AND_VERB.sub("", head[cut:])


_ANONYMOUSLY = re.compile(r"\s+(?:anonymously|on (?:the )?condition of anonymity)\b")
# A name in apposition after its title: "The Chinese foreign ministry spokesperson, Wang Wenbin, said",
# "Ukraine's ambassador to the UN, Sergiy Kyslytsya, said".
_NAME_AFTER_TITLE = re.compile(r",\s+([A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){1,3}),\s*$")
_PERSONS = frozenset({"official", "media", "other"})
# Verbs whose object follows them: "..., told reporters" names the listeners, not the speaker.
_ADDRESSEE_VERBS = frozenset({"told", "tells", "informed", "informs", "briefed"})
# An unnamed source before its verb: "two officials familiar with the matter told CNN".
_UNNAMED_BEFORE = re.compile(
    r"(?:\b[\w-]+\s+){0,3}(?:officials?|sources?|people|persons?|diplomats?|officers?)\s+(?:familiar with"
    r"|close to|briefed on|with knowledge of|knowledgeable about)\b[^,;“”\"]{0,50}$",
    re.IGNORECASE,
)
_UNNAMED_CUES = ("familiar", "close to", "briefed on", "knowledge")
# A clause that opens a sentence before its subject: "On Wednesday, ...", "Despite ..., ".
_OPENER = re.compile(
    r"^\s*(?:On|In|At|After|Before|Despite|Meanwhile|Last|Earlier|Later|While|Although|Though|When|As|Since|For"
    r"|By|Under|Amid|Following|Speaking|However|Yet|Still|Also|Separately|Today|Yesterday|Overnight|Now|Then"
    r"|This|That|Back|According|If|With|During|Until|Without)\b"
)
# A clause the author adds after reported words: ", but ...", ", after ...", "as he signed ...", "despite ...";
# not a participle (", after advancing about 5km"), which goes on with what the speaker reports.
_AUTHOR_CLAUSE = re.compile(
    r",[”\"’]?\s+(?:but|though|although|after|while|whereas)\s(?!\w+ing\b)|\s(?:as|after|when|while)\s+(?:he|she|they|it|we)\s"
    r"|\sdespite\s"
)
_PARENTHESIS_OPEN = re.compile(r",\s*(?:the\s+|a\s+|an\s+)?$", re.IGNORECASE)
# A finite verb after the name that follows a reporting verb: the name is the subject of the reported words.
_FINITE_AFTER = re.compile(
    r"\s+(?:must|will|would|could|can|should|may|might|is|was|are|were|has|had|have|did|does|do)\b"
)
# A relative pronoun before the speaker: the verb reports only the relative clause ("accusations of sabotage,
# which Moscow officials acknowledged was a possibility").
_RELATIVE_BEFORE = re.compile(r"\b(?:which|whom|that)\s+(?:the\s+)?$")
# Verbs that report an act when a thing or an amount is their object ("announced an extra $25m", "declared a
# dividend of $19.5 billion") and a statement with a clause (decision 6).
_ACT_VERBS = ("announc", "declar")
# Another verb or clause between a subject and a reporting verb: "Moscow seems to ... - and there is much to
# suggest".
_CLAUSE_BREAK = re.compile(r"\b(?:and|but|is|are|was|were|seems?|has|have|had|be)\b|\s[-–—]\s")
_SAID = frozenset({"said", "says", "told", "tells"})
# A title in apposition whose closing comma is missing: "Patricia Lewis, head of the ... programme at Chatham
# House told me"; the title is bare (with an article it is the subject: "In Kyiv, the mayor said").
_OPEN_APPOSITION = re.compile(
    r"(?:^|[^\w\s]\s*|\b(?:and|but|As|as)\s+)(?!As\b)([A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){1,3}),\s+(?:[\w-]+\s+){0,2}"
    r"(?:" + TITLE_WORDS + r")\b[^,;“”\"]{0,100},?\s*$"
)
_COORDINATED = re.compile(r"\s(?:and|but)\s*$")
_SAYING = re.compile(r",\s+(?:saying|claiming|adding|noting|warning)\b")


def _word(verb: re.Match[str]) -> str:
    """The reporting verb itself, without the auxiliaries before it ("has announced" gives "announced")."""
    return verb.group(0).rsplit(maxsplit=1)[-1]


def clause_subject(head: str) -> str:
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
    if not figures or not _word(verb).startswith("describ"):
        return True
    end = sentence.find(" as ", verb.end())
    end = len(sentence) if end < 0 else end
    return any(verb.end() <= begin < end for begin, _ in figures)


def _inverted(
    sentence: str, verb: re.Match[str], last: ClaimSource | None, figures: Sequence[tuple[int, int]]
) -> ClaimSource | None:
    """The speaker after a verb that follows a comma or a quote: "..., said Naeem Aslam"; not of figures that
    stand only in the speaker's name or description ("..., said the 99-year-old Henry Kissinger")."""
    if verb.group(0).split()[-1] in _ADDRESSEE_VERBS or not re.search(
        r"[,”\"’]\s*$", sentence[: verb.start()]
    ):
        return None
    before = sentence[: verb.start()]
    if after_the_quote(sentence, verb.start(), figures):
        return None
    if _name_after_title(before):
        return None  # "Beth Van Schaack, the US ambassador-at-large, said Prigozhin ...": the subject speaks
    found = named(speaker_after(sentence[verb.end() :]), last)
    if not found or found.name.endswith(("'s", "’s")):  # "..., described Russia's invasion"
        return None
    name_at = sentence.find(found.name, verb.end())
    if name_at >= 0 and _FINITE_AFTER.match(sentence, name_at + len(found.name)):
        return None  # "..., also said Kyiv must not be forced": the subject of the reported words
    if not (found is last or any(w[:1].isupper() or w.lower() in KIND_WORDS for w in found.name.split())):
        return None  # "..., said two explosions had cut the signal"
    name_end = sentence.find(found.name, verb.end())
    if name_end >= 0 and all_within(
        figures, verb.end(), description_end(sentence, name_end + len(found.name))
    ):
        return None
    return found


def _name_after_title(head: str) -> ClaimSource | None:
    """The name in apposition after the title that is a verb's subject, with the title's kind."""
    after = _NAME_AFTER_TITLE.search(head, max(0, len(head) - 200))
    if not after:
        return None
    before = head[: after.start()]
    title = before[max(before.rfind(mark) for mark in '.;:!?“”",') + 1 :].strip()
    kind = lexical_kind(title) if title and not _OPENER.match(title) else None
    return ClaimSource(after.group(1), kind) if kind in _PERSONS and kind is not None else None


def _subject(head: str, last: ClaimSource | None, *, said: bool = False) -> ClaimSource | None:
    """The subject of a verb from the words before it: an unnamed source, a name, a name in apposition
    ("X, the mayor of Y, said"), or the subject of a coordinated verb ("The IMF cut its forecast and said")."""
    window = max(0, len(head) - 140)  # the pattern ends the head: search a window, and only past a cue word
    lowered = head[window:].lower()
    cue = any(word in lowered for word in _UNNAMED_CUES)
    unnamed = _UNNAMED_BEFORE.search(head, window) if cue else None
    if unnamed:
        return ClaimSource(unnamed.group(0).strip(), "anonymous")
    head = without_adverbs(head)
    titled_name = _name_after_title(head) if head.rstrip().endswith(",") else None
    if titled_name:
        return titled_name
    apposition = _OPEN_APPOSITION.search(head, max(0, len(head) - 160))
    if apposition and not _OPENER.match(apposition.group(1)):
        name = apposition.group(1)
        title = head[apposition.end(1) :].strip(" ,")
        return ClaimSource(name, lexical_kind(name) or lexical_kind(title) or "other")
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
        subject = clause_subject(_COORDINATED.sub("", head).rstrip().rstrip(","))
        if subject and (subject[:1].isupper() or is_role_word(subject.split()[0])):
            return named(subject, last)
    if not found and "," not in head:
        # "The head of Ukraine railways says", "Declassified documents released in 2005 suggest": the sentence's
        # subject, when its head shows a kind and no other verb stands between it and the reporting verb
        subject = clause_subject(head)
        if (
            subject
            and lexical_kind(subject)
            and (said or not _CLAUSE_BREAK.search(head, head.find(subject) + len(subject)))
        ):
            return named(subject, last)
    return None


def _appositive_subject(head: str, found: ClaimSource) -> ClaimSource:
    """ "Jake Sullivan, the US national security adviser, told": the name from the clause's subject, the kind
    from the title in apposition when the name alone shows none."""
    subject = clause_subject(head.rstrip().rstrip(","))
    if not subject or not subject[:1].isupper() or subject == found.name or found.name[:1].isupper():
        return found
    return ClaimSource(subject, lexical_kind(subject) or found.kind)


def _says(
    sentence: str, verb: re.Match[str], speaker: tuple[int, int], figure: tuple[int, int], *, counted: bool
) -> bool:
    """Whether the subject of ``verb`` states ``figure``: not when the figure comes before the speaker and the
    reported words are long ("In a meeting that lasted 45 minutes, Harris told him that ..."), nor in an
    insertion between the speaker and the verb ("Russia, while mobilizing 100,000 troops, denies ..."), nor in
    a clause the author adds after the reported words ("Kahl said ..., but the five most recent packages ...",
    "Biden said ... as he signed a $95 billion measure")."""
    begin, end = figure
    # "the 70-year-old leader said", "said in his two-hour speech" (but "two officials said" counts the speakers)
    in_name = not counted and speaker[0] <= begin and end <= speaker[1]
    if in_name or in_occasion(sentence, verb.end(), figure):
        return False
    if end <= speaker[0]:
        if _RELATIVE_BEFORE.search(sentence, max(0, speaker[0] - 12), speaker[0]):
            return False
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
        if _word(verb).startswith(_ACT_VERBS) and announced_act(sentence, verb.end()):
            continue
        if not _figure_clause(sentence, verb.start(), figures) or not _in_description(
            sentence, verb, figures
        ):
            continue
        inverted = _inverted(sentence, verb, last, figures)
        if inverted:
            return inverted
        found = _subject(sentence[: verb.start()], last, said=verb.group(0).split()[-1] in _SAID)
        if not found:
            continue
        start = sentence.rfind(found.name, 0, verb.start())
        start = verb.start() - len(found.name) - 1 if start < 0 else start
        speaker = (start, start + len(found.name))
        counted = found.kind == "anonymous"  # "two officials familiar with the matter told CNN"
        if after_the_quote(sentence, start, figures):
            continue
        if figures and not any(_says(sentence, verb, speaker, f, counted=counted) for f in figures):
            continue
        # "officials briefed anonymously that ...", "US officials, speaking on condition of anonymity, said"
        if _ANONYMOUSLY.match(sentence, verb.end()) or _ANONYMOUSLY.search(sentence, start, verb.start()):
            return ClaimSource(found.name, "anonymous")
        return found
    return None


def announcer(sentence: str, last: ClaimSource | None) -> ClaimSource | None:
    """The subject of an announced act ("Putin announces a call-up of 300,000 reservists"): the author reports
    the act, but a following "he says" refers to its subject."""
    if "announc" not in sentence and "declar" not in sentence:
        return None
    for verb in VERB.finditer(sentence):
        if _word(verb).startswith(_ACT_VERBS) and announced_act(sentence, verb.end()):
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


SPEAKING_BODIES = ("institution", "document", "media")
_IT_FINDS = re.compile(r"\W*(?:It|They)\s+(?:also\s+)?(?:" + VERBS + "|" + FINDING_VERBS + r")\b")
_PRONOUN_SUBJECT = re.compile(r"\W*(?:It|They)\b")


def pronoun_antecedent(sentence: str, previous: str, last: ClaimSource | None) -> ClaimSource | None:
    """The body, outlet or document that "It" or "They" opening ``sentence`` before a reporting or finding verb
    stands for: the subject of the sentence before, ``previous``, when it names one ("The report covers ... It
    also documents 75 cases"), or the source that the sentence before's own "It" stood for, ``last``."""
    if not _IT_FINDS.match(sentence):
        return None
    if _PRONOUN_SUBJECT.match(previous):
        return last if last and last.kind in SPEAKING_BODIES else None
    subject = clause_subject(previous[:100].rstrip(' .!?”"’'))
    kind = lexical_kind(subject) if subject else None
    return ClaimSource(subject, kind) if kind in SPEAKING_BODIES and kind else None
