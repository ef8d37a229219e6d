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
from dataclasses import dataclass

from claimledger.models import ClaimSource, Sentence, SourceKind

AUTHOR = ClaimSource("author", "author")

_VERBS = (
    r"said|says|say|claimed|claims|claim|estimated|estimates|estimate|reported|reports|report|told|tells"
    r"|insists|insisted|insist|announced|announces|stated|added|adds|noted|notes|believes|believe"
    r"|assessed|assesses|warned|warns|revealed|reveals|confirmed|confirms|wrote|writes|suggest"
    r"|suggests|suggested|shows|showed|show|mentioned|alleged|alleges|informed|informs|explained|explains"
    r"|emphasized|emphasised|stressed|argued|argues|forecasts|forecast|predicted|predicts|decried"
    r"|acknowledged|admitted|indicated|indicates|found|finds"
    r"|declared|quoted|cited|briefed|assesses|described|thinks|expects|expected|pointed out|points out"
    r"|reiterated|denied|denies|promised|promises|asserted|asserts|maintained|maintains|recalled|recalls"
)
_VERB = re.compile(
    r"(?<!\ban )(?<!\bthe )(?<!\bsome )\b(?:has |have |had |also |previously |later |further )*(?:"
    + _VERBS
    + r")\b"
    r"|\bput(?:s|ting)?\b(?=[^.;]{0,60}\bat\b)"
)
_ACCORDING = re.compile(
    r"\b(?:according to|as reported by|citing|cited by|in the words of|in the opinion of|(?:confirmed|reported"
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
    r"[^,;\"“”]{3,80},\s+(?:has\s+|had\s+|also\s+)?(?:" + _VERBS + r")\b"
)
_IT_SAYS = re.compile(r"\W*(?:It|They)\s+(?:also\s+)?(?:" + _VERBS + r")\b")
_BULLET = re.compile(r"^\s*[·•▪*–—-]\s")
_OPINION_OF = re.compile(
    r"\b[Ii]n (his|her|their) (?:opinion|view|words)\b|\b[Aa]ccording to (him|her|them)\b"
)
_DASH_SPEAKER = re.compile(r"\s[-–—]\s*(?:" + _VERBS + r")\s+")
_PASSIVE = re.compile(
    r"\b[Ii]t (?:was|is|has been) (?:estimated|reported|believed|emphasized|said|claimed)\b"
)
_AS_SPEAKER = re.compile(r"\b[Aa]s (?:the )?(\w[\w'’.-]*(?:\s+\w[\w'’.-]*){0,3}?)\s+(?:" + _VERBS + r")\b")

_CONNECTORS = frozenset({"of", "the", "for", "and", "de", "'s", "’s", "in", "on", "at"})
_ROLE = re.compile(
    r"^(?:officials?|intelligence|ministry|military|sources?|spokes\w*|analysts?|experts?|authorities|agency"
    r"|government|services?|command|staff|commander|governor|mayor|president|minister|secretary|adviser"
    r"|advisor|head|chief|director|ambassador|representative|administration|report|data|database|statement"
    r"|survey|poll|polls|study|figures|results|filings|letter|presidency|army|forces|officers?|diplomats?"
    r"|investigators?|researchers?|observers?|monitors?|leader|leaders|correspondent|bloggers|deputy"
    r"|general|gen|lawyer|expert|analyst|people|residents|witnesses|council|institute|update|tweet|calls"
    r"|economists|strategist|tycoon|businessman|businesswoman|oligarch|billionaire|activists?|professor|journalists?|media|mission|organizers|authors|volunteers|office"
    r"|senior|high-ranking|regional|local|defence|defense|western|ukrainian|russian|american|british|us"
    r"|u\.s\.|eastern|southern|northern|military-civil|familiar|unnamed|anonymous|two|three|several|one"
    r"|some|many|other|new|daily|sunday|latest|intercepted|customs|his|her|their|its|this|that|a|an)$",
    re.IGNORECASE,
)
_PRONOUN = re.compile(r"^(?:he|she|they|him|her|them|we|i)$", re.IGNORECASE)
_NOT_A_SPEAKER = re.compile(r"^(?:it|this|that|which|who|what|there|these|those|as)$", re.IGNORECASE)
_AGE = re.compile(r"^\d{1,3}-year-old$")
_CALENDAR = re.compile(
    r"^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July"
    r"|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|Today|Yesterday)\.?$"
)
_TOKEN = re.compile(r"[\w'’.&-]+|,")
_QUOTE_OPEN = '“"«„'
_QUOTE_CLOSE = '”"»“'


@dataclass(frozen=True, slots=True)
class QuoteSpan:
    """A quoted passage ``text[start:end]`` and its speaker, when one is named next to it."""

    start: int
    end: int
    speaker: ClaimSource | None
    pronoun: bool = False


def _speaker_words(words: list[str]) -> str:
    while words and (words[0].lower() in _CONNECTORS or words[0] == ","):
        words = words[1:]
    while words and (words[-1].lower() in _CONNECTORS or words[-1] == ","):
        words = words[:-1]
    return " ".join(words).replace(" 's", "'s").replace(" ’s", "’s").strip(" ,.:;")


def _is_name_word(word: str) -> bool:
    word = word.rstrip(".")
    return (
        word[:1].isupper() or bool(_ROLE.match(word)) or word.lower() in _CONNECTORS or bool(_AGE.match(word))
    )


def speaker_before(text: str) -> str:
    """The noun phrase that ends ``text``: the subject of a reporting verb that follows it.

    >>> speaker_before("Last week, Ukraine's General Staff")
    "Ukraine's General Staff"
    >>> speaker_before("Russia, Kahl")
    'Kahl'
    """
    tokens = _TOKEN.findall(text)
    while tokens and tokens[-1] == ",":
        tokens.pop()
    taken: list[str] = []
    for word in reversed(tokens):
        if word == "," or not _is_name_word(word) or (taken and _PRONOUN.match(word)):
            break
        taken.insert(0, word)
        if len(taken) >= 9:
            break
    return _speaker_words(taken)


def speaker_after(text: str) -> str:
    """The noun phrase that starts ``text``: the subject of an inverted reporting verb before it.

    >>> speaker_after("Naeem Aslam, chief market analyst with AvaTrade, in a report")
    'Naeem Aslam'
    >>> speaker_after("the British Ministry of Defense.")
    'British Ministry of Defense'
    """
    taken: list[str] = []
    for word in _TOKEN.findall(text):
        if word == "," or not _is_name_word(word) or (taken and word.lower() in {"in", "on", "at", "that"}):
            break
        if _CALENDAR.match(word) and taken and taken[-1].lower() in {"on", "last", "this", "next", "since"}:
            break
        taken.append(word)
        if _PRONOUN.match(word) or len(taken) >= 9:
            break
    return _speaker_words(taken)


_ANONYMOUS = re.compile(
    r"\b(?:sources?|anonymous\w*|unnamed|familiar with|an? (?:(?:senior|high-ranking|western|us|u\.s\.|top|"
    r"ukrainian|russian|american|european|nato|defen[cs]e|military|government|administration|intelligence) ){0,3}"
    r"(?:official|representative|diplomat|source|officer)|(?:one|two|three|four|several|\d+) (?:\w+ ){0,3}officials?"
    r"|it (?:was|is|has been) \w+|intercepted|people close)\b",
    re.IGNORECASE,
)
_MEDIA = re.compile(
    r"\b(?:Reuters|AP|AFP|Associated Press|BBC|CNN|Fox|NBC|CBS|ABC|Sky News|Financial Times|FT|Telegraph"
    r"|Guardian|Times|Post|Journal|Politico|Ukrinform|TASS|RIA|Interfax|Novosti|Euromaidan|Pravda"
    r"|Ukrainian truth|TVN\w*|Onet|Gazeta\w*|Kyiv Independent|Kyiv Post|Bloomberg|Axios|Xinhua|Meduza"
    r"|Mediazona|BelTA|Izvestia|Kommersant|Al Jazeera|Newsweek|correspondent|newspaper|agency"
    r"|daily|outlet|media|broadcaster|bloggers?|Telegram channel)\b"
)
_DOCUMENT = re.compile(
    r"\b(?:report|statement|resolution|data|database|survey|surveys|polls?|study|filings|document|letter"
    r"|decree|results|figures|update|tweet|footage|records|assessment|estimates|calls|bulletin|summary"
    r"|It was emphasized)\b",
    re.IGNORECASE,
)
_INSTITUTION = re.compile(
    r"General Staff|Ministry|MoD\b|Pentagon|Kremlin|[Ii]ntelligence|Institute|ISW|\bUN\b|UNHCR|UNICEF|OHCHR"
    r"|United Nations|NATO|Nato|Office|Command|Forces|[Ss]ervices?\b|Agency|Council|Bank|Army|Navy|[Mm]ilitary"
    r"|[Gg]overnment|[Pp]residency|[Aa]uthorities|[Aa]dministration|FSB|SBU|DSNS|GUR|HUR|Eurostat|KIIS"
    r"|Gazprom|Rosatom|Naftogaz|Ukrenergo|Capital Economics|Commission|Parliament|Rada|Duma|Senate|Congress"
    r"|Staff\b|Department|Committee|Economist Intelligence|Information Resistance|organizers|FBK|EU\b"
    r"|European Union|White House|Downing Street|World Bank|IMF|Red Cross|ICRC|Amnesty|Human Rights Watch"
    r"|OSCE|IAEA|[Uu]niversity|[Cc]enter|[Cc]entre|Energy Information|Air Force|Guard\b|company|[Ff]irm"
)
_OFFICIAL = re.compile(
    r"President|president|Minister|minister|Governor|governor|Mayor|mayor|\bMer\b|[Ss]pokes|[Cc]ommander"
    r"|General\b|\bGen\b|[Oo]fficials?\b|Secretary|secretary|Chief\b|chief\b|Ambassador|ambassador|[Aa]dvis[eo]r"
    r"|[Hh]ead of|[Dd]irector|Chancellor|chancellor|Sen\.|Senator|Rep\.|[Dd]eputy|\bMP\b|[Ll]eader|Prime"
    r"|Zelensk|Zelenskiy|Zelanski|Putin|Biden|Lukashenko|Łukaszenko|Macron|Stoltenberg|Kirby|Shoigu|Peskov"
    r"|Lavrov|Ławrow|Kuleba|Podolyak|Prigozhin|Scholz|Sunak|Johnson|Truss|Blinken|Austin|Milley|Zaluzhn"
    r"|Syrskyi|Budanov|Kallas|Sikorski|Duda|Morawiecki|Tusk|Erdogan|Xi\b|Kadyrov|Medvedev|Gerasimov|Yermak"
    r"|Reznikov|Umerov|Shmyhal|Klitschko|Sandu|Harris|Trump|Kahl|Ryder|Sullivan|Borrell|von der Leyen|Grandi"
    r"|Guterres|Saltmarsh|Kelly|Nebenzya|Zakharova|Kuleba|Nuland|Wallace|Shapps|Cameron|Stefanchuk|Kirby"
    # office holders often named without their title in this war's reporting: governors, mayors, spokesmen
    r"|Syniehubov|Synehubov|Synegubov|Synahubow|Gladkov|Ihnat|Lubinets|Vereshchuk|Danilov|Klymenko|Sybiha"
    r"|Arestovych|Patrushev|Belousov|Volodin|Jean-Pierre|Pistorius|Baerbock|Rutte|Orb[aá]n|Fico|Starmer|Lammy"
    r"|Healey|Kiriyenko|Sobyanin|Bortnikov|Naryshkin|Nebenzia|Polyanskiy|Skibitsk|Yusov|Lysak|Vitaliy Kim"
    r"|Prokudin|Kiper|Vilkul|Terekhov|Sadovyi|Sadowy|Kozytskyi|Filashkin|Kyrylenko|Haidai|Hayday|Fedorov"
    r"|Kamala|Pelosi|Schumer|McConnell|Kim Jong"
)
_COUNTRY = re.compile(
    r"^(?:the )?(?:Ukraine|Russia|Moscow|Kyiv|Kiev|Israel|the United Kingdom|United Kingdom|Britain|UK"
    r"|the UK|Washington|the US|US|the United States|United States|China|Beijing|Poland|Warsaw|Germany|Berlin"
    r"|France|Paris|London|Belarus|Minsk|Iran|Tehran|Riga|Estonia|Latvia|Lithuania)$"
)


_ROLE_TITLE = re.compile(
    r"\b(?:[Pp]resident|[Mm]inister|[Gg]overnor|[Mm]ayor|Mer|[Ss]pokes\w*|[Cc]ommander|General(?! Staff)|Gen|"
    r"[Ss]ecretary|[Aa]mbassador|[Aa]dvis[eo]r|[Dd]irector|[Hh]ead|[Cc]hief(?! of)|[Cc]hancellor|Sen|Senator|Rep"
    r"|[Dd]eputy|[Ll]eader|[Oo]fficials?|MP|[Pp]rosecutor|[Cc]oordinator|[Ee]nvoy|[Cc]ommissioner)\b"
)


def source_kind(name: str) -> SourceKind:
    """The kind of a named source.

    >>> [source_kind(n) for n in ("Ukraine's General Staff", "Reuters", "two senior officials", "Kahl")]
    ['institution', 'media', 'anonymous', 'official']
    >>> source_kind("director of the Estonian Foreign Intelligence Service")
    'official'
    """
    if _ANONYMOUS.search(name):
        return "anonymous"
    if _COUNTRY.match(name):
        return "institution"
    if _ROLE_TITLE.search(name) and not _DOCUMENT.search(name.split()[0]):
        return "official"
    if _MEDIA.search(name):
        return "media"
    if _DOCUMENT.search(name):
        return "document"
    if _INSTITUTION.search(name):
        return "institution"
    if _OFFICIAL.search(name):
        return "official"
    return "other"


def _named(name: str, last: ClaimSource | None) -> ClaimSource | None:
    """A ClaimSource for ``name``; a pronoun takes the last named source; nothing usable gives None."""
    if not name or _NOT_A_SPEAKER.match(name.split()[0]):
        return None
    if _PRONOUN.match(name.split()[0]) and len(name.split()) == 1:
        return last
    if not re.search(r"[A-Za-z]{2}", name):
        return None
    return ClaimSource(name, source_kind(name))


_QUOTE = re.compile(r"(?:[“«„]|‘‘)([^”»\n]{8,}?)(?:[”»]|’’)|\"([^\"\n]{8,}?)\"")
_VERB_ONLY = re.compile(r"\b(?:" + _VERBS + r")\b")
_INVERTED = re.compile(r"\s*,?\s*(?:" + _VERBS + r")\s+")
_PRONOUN_SAID = re.compile(r"\s*,?\s*(?:he|she|they)\s+(?:" + _VERBS + r")\b", re.IGNORECASE)
_STOP = re.compile(r"[.;:!?]")
_PRONOUN_TAIL = re.compile(r"[,\"”]\s*(?:he|she|they)\s+(?:" + _VERBS + r")\b", re.IGNORECASE)


def _named_after_quote(after: str) -> str:
    """The speaker named just after a closing quote: ``, said X`` or ``, X said``."""
    inverted = _INVERTED.match(after)
    if inverted:
        return speaker_after(after[inverted.end() :])
    verb = _VERB_ONLY.search(after, 0, 90)
    if verb and not _STOP.search(after, 0, verb.start()) and after[: verb.start()].strip(" ,"):
        return speaker_before(after[: verb.start()])
    return ""


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


def quote_spans(text: str) -> list[QuoteSpan]:
    """Quoted passages of ``text`` (within a paragraph), each with the speaker named next to it."""
    spans: list[QuoteSpan] = []
    for match in _QUOTE.finditer(text):
        start, end = match.span()
        after = text[end : end + 120]
        name = _named_after_quote(after) or _named_before_quote(text[max(0, start - 120) : start])
        pronoun = bool(_PRONOUN_SAID.match(after))
        if pronoun or not name or _PRONOUN.match(name) or _NOT_A_SPEAKER.match(name):
            spans.append(QuoteSpan(start, end, None, pronoun))
        else:
            spans.append(QuoteSpan(start, end, ClaimSource(name, source_kind(name))))
    return spans


# Words without which a sentence names no source: a set lookup, far cheaper than one big regular expression
# run over every sentence of every article.
_OTHER_CUES = (
    r"according|cited|citing|opinion|view|words|by|results|data|figures|findings|estimates|statistics|poll|polls"
    r"|survey|surveys|as|put|puts|putting|saying|claiming|adding|noting|warning"
)
_CUE_WORDS = frozenset(word for cue in f"{_VERBS}|{_OTHER_CUES}".split("|") for word in cue.split())
_WORD = re.compile(r"[a-z]+")
_DASH = re.compile(r"\s[-–—]\s")


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
        or _reporting_verb(sentence, last, figures)
        or _saying(sentence, last, figures)
    )


_SAYING = re.compile(r",\s+(?:saying|claiming|adding|noting|warning)\b")


def _saying(
    sentence: str, last: ClaimSource | None, figures: Sequence[tuple[int, int]]
) -> ClaimSource | None:
    """The subject of a sentence that goes on ", saying ..." and states the figures after it ("Prigozhin, the
    head of Wagner, has launched a coup, saying he has 25,000 fighters")."""
    saying = _SAYING.search(sentence)
    if not saying or not figures or any(start < saying.end() for start, _ in figures):
        return None
    found = _named(speaker_after(sentence), last)
    return found if found and found.name[:1].isupper() else None


_DOCUMENT_BY = re.compile(
    r"(?:an?|the)\s+(?:new\s+|latest\s+|recent\s+)?(?:report|study|statement|survey|assessment)\s+"
    r"(?:[\w,]+\s+){0,5}?(?:by|from|of)\s+(?:the\s+)?([A-Z][\w'’-]*(?:\s+(?:of\s+|for\s+|the\s+)?[A-Z][\w'’-]*){0,6})"
)


def _sourcing_phrase(sentence: str, last: ClaimSource | None) -> ClaimSource | None:
    """A source named by a sourcing phrase: "according to X", "results from X", "- said X", "it was
    estimated", "X, who ..., said", "as X said"."""
    according = _ACCORDING.search(sentence)
    if according and (found := _named(speaker_after(sentence[according.end() :]), last)):
        body = _DOCUMENT_BY.match(sentence, according.end())
        if body and found.kind == "document":  # "according to a report released on Wednesday by UNHCR"
            return ClaimSource(body.group(1), source_kind(body.group(1)))
        return found
    results = _RESULTS_OF.search(sentence)
    if results:
        return ClaimSource(results.group(0).strip(), "document")
    dash = _DASH_SPEAKER.search(sentence)
    if dash and (found := _named(speaker_after(sentence[dash.end() :]), last)):
        return found
    passive = _PASSIVE.search(sentence)
    if passive:
        return ClaimSource(passive.group(0), "anonymous")
    appositive = _APPOSITIVE.search(sentence)
    if appositive and (found := _named(speaker_before(appositive.group(1)), last)):
        return found
    as_said = _AS_SPEAKER.search(sentence)
    if as_said and (found := _named(speaker_after(as_said.group(1)), last)):
        return found
    return None


# Words between a subject and its verb: "Zelensky last night reiterated", "Hodges correctly asserts".
_BETWEEN_SUBJECT_AND_VERB = re.compile(
    r"(?:\s+(?:last night|yesterday|today|on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
    r"|earlier|later|again|this week|last week|[a-z]+ly))+\s*$"
)
_ANONYMOUSLY = re.compile(r"\s+(?:anonymously|on (?:the )?condition of anonymity)\b")
# "announced a call-up", "announced the missiles": an act reported by the author, not a statement.
_ANNOUNCED_ACT = re.compile(r"\s+(?:a|an|the)\b")


def _reporting_verb(
    sentence: str, last: ClaimSource | None, figures: Sequence[tuple[int, int]]
) -> ClaimSource | None:
    """A source named as the subject of a reporting verb: "X said", "..., X said", "..., said X"."""
    for verb in _VERB.finditer(sentence):
        if verb.group(0).startswith("announc") and _ANNOUNCED_ACT.match(sentence, verb.end()):
            continue
        head = sentence[: verb.start()]
        if re.search(r"[,”\"’]\s*$", head):
            found = _named(speaker_after(sentence[verb.end() :]), last)
            if found and not found.name.endswith(("'s", "’s")):  # "..., described Russia's invasion"
                return found
        head = _BETWEEN_SUBJECT_AND_VERB.sub("", head)
        found = _named(speaker_before(head), last)
        if not found or not (found is last or found.name[:1].isupper() or _ROLE.match(found.name.split()[0])):
            continue
        speaker_start = verb.start() - len(found.name) - 1
        if figures and all(end <= speaker_start for _, end in figures) and len(sentence) - verb.end() > 50:
            continue
        if _ANONYMOUSLY.match(sentence, verb.end()):  # "officials briefed anonymously that ..."
            return ClaimSource(found.name, "anonymous")
        return found
    return None


def _announcer(sentence: str, last: ClaimSource | None) -> ClaimSource | None:
    """The subject of an announced act ("Putin announces a call-up of 300,000 reservists"): the author reports
    the act, but a following "he says" refers to its subject."""
    if "announc" not in sentence:
        return None
    for verb in _VERB.finditer(sentence):
        if verb.group(0).startswith("announc") and _ANNOUNCED_ACT.match(sentence, verb.end()):
            return _named(speaker_before(_BETWEEN_SUBJECT_AND_VERB.sub("", sentence[: verb.start()])), last)
    return None


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

    @classmethod
    def for_text(cls, text: str) -> Attributor:
        return cls(text, quote_spans(text))

    def _quote_speaker(self, span: Sentence) -> ClaimSource | None:
        for quote in self.quotes:
            if quote.start < span.end and span.start < quote.end:
                inside = min(quote.end, span.end) - max(quote.start, span.start)
                if inside * 2 < span.end - span.start:
                    continue
                if quote.speaker:
                    return quote.speaker
                if quote.pronoun or self.seen - self.last_seen <= 3:
                    return self.last
        return None

    def source(self, span: Sentence, figures: Sequence[tuple[int, int]] = ()) -> ClaimSource:
        """The source of the sentence ``text[span.start:span.end]``; updates the remembered source.

        :param figures: the document spans of the sentence's quantities
        """
        sentence = self.text[span.start : span.end]
        self.seen += 1
        relative = [(start - span.start, end - span.start) for start, end in figures]
        named = _in_sentence(sentence, self.last, relative)
        quoted = self._quote_speaker(span)
        # A source named in the sentence itself ("The World Bank believes ...") outranks the speaker of a quote
        # that contains it; a pronoun ("he said") does not.
        found = named if named is not None and named is not self.last else quoted or named
        if found is None and self.list_source and _BULLET.match(sentence):
            found = self.list_source
        elif not _BULLET.match(sentence) and len(sentence.split()) > 3:
            # A short line between the items ("Advertisement", a heading) does not end the list.
            self.list_source = None
        if found is None:
            announcer = _announcer(sentence, self.last)
            if announcer:  # not the source of this sentence, but the "he" of the next ones
                self.last, self.last_seen = announcer, self.seen
            if sentence.rstrip().endswith(":") and re.search(
                r"\b(?:results?|poll|survey|data|report)\b", sentence
            ):
                self.list_source = ClaimSource(sentence.strip().rstrip(":"), "document")
            return AUTHOR
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
