"""The kind of a named source, read from general word lists rather than from per-case patterns.

A source's kind is decided by the head of its name, the last word of the phrase before any "of", "for",
"from", comma or relative clause (after a possessive: "Xi Jinping's government" is a government) that appears in
one of the word lists below: a title makes an ``official`` ("the mayor of Melitopol"), a body an ``institution``
("the British defence ministry"), an outlet or a journalist ``media`` ("the broadsheet Die Welt"), a report or a
data set a ``document`` ("UN data"), a profession without office ``other`` ("analysts"). A name with no such
word is looked up in lists of outlets, bodies and office holders; an acronym is a body; an unknown proper name is
a person without office (``other``). Unnamed sources ("a senior official", "two officials familiar with the
matter") are ``anonymous`` whatever their head.
"""

from __future__ import annotations

import re

from claimledger.models import SourceKind


def _words(listing: str) -> frozenset[str]:
    return frozenset(listing.split())


_OFFICIAL_WORDS = _words(
    """president presidents vice-president minister ministers prime premier governor governors mayor mayors mer
    spokesman spokeswoman spokesperson spokesmen spokespeople commander commanders commander-in-chief general
    generals gen admiral adm colonel col lieutenant lt maj sgt capt brig secretary secretary-general ambassador ambassadors envoy adviser
    advisor advisers advisors director director-general head chief chancellor senator senators sen rep
    congressman congresswoman lawmaker lawmakers legislator deputy deputies mp mps mep meps leader leaders
    official officials prosecutor prosecutor-general coordinator commissioner king queen prince chairman
    chairwoman chairperson speaker ombudsman dictator diplomat diplomats officer officers governor-general
    attorney-general representative representatives politician politicians councillor councillors consul
    negotiator negotiators taoiseach tánaiste"""
)
_INSTITUTION_WORDS = _words(
    """ministry ministries department office staff command headquarters forces army navy military intelligence
    service services agency council committee commission parliament government governments administration
    authorities authority presidency kremlin pentagon embassy police guard court tribunal institute institution
    university center centre bank fund federation observatory organisation organization organisations
    organizations group association union alliance coalition company companies firm corporation giant watchdog
    regulator inspectorate foundation society secretariat cabinet senate congress duma rada assembly mission
    party bureau directorate think-tank thinktank consultancy laboratory board operator producer manufacturer
    brigade battalion regiment division unit units organizers organisers volunteers monitors prosecutors treasury"""
)
_MEDIA_WORDS = _words(
    """newspaper newspapers daily weekly tabloid broadsheet magazine outlet outlets broadcaster channel
    television tv radio website portal correspondent correspondents reporter reporters journalist journalists
    editor columnist blogger bloggers media programme program podcast zeitung gazette gazeta tribune herald
    chronicle"""
)
_DOCUMENT_WORDS = _words(
    """report reports statement statements communique communiqué resolution data database dataset survey
    surveys poll polls study studies filings filing document documents letter decree results figures update
    tweet footage video videos images imagery records assessment assessments estimates bulletin summary
    analysis statistics findings census papers memo cable transcript release readout declaration notice
    tally review audit forecast forecasts projections outlook polling research updates investigation
    investigations"""
)
_OTHER_WORDS = _words(
    """analyst analysts expert experts lawyer lawyers witness witnesses resident residents economist economists
    strategist strategists researcher researchers scientist scientists professor historian doctor doctors dr
    tycoon businessman businesswoman oligarch billionaire activist activists author authors observer
    observers commentator academic scholar investor investors trader traders veteran survivor eyewitness
    locals citizens student teacher farmer nurse medic surgeon engineer pilot priest pope manager worker
    founder co-founder ceo"""
)
_KINDS_OF_WORDS: tuple[tuple[frozenset[str], SourceKind], ...] = (
    (_OFFICIAL_WORDS, "official"),
    (_INSTITUTION_WORDS, "institution"),
    (_MEDIA_WORDS, "media"),
    (_DOCUMENT_WORDS, "document"),
    (_OTHER_WORDS, "other"),
)
DOCUMENT_WORDS = _DOCUMENT_WORDS
# Common nouns that describe a body or an outlet before its name ("energy giant Gazprom", "the broadsheet Die Welt").
BODY_WORDS = _INSTITUTION_WORDS | _MEDIA_WORDS - {"correspondent", "correspondents", "reporter", "reporters"}
TITLE_WORDS = "|".join(sorted(_OFFICIAL_WORDS, key=len, reverse=True))  # for a regular expression
KIND_WORDS = _OFFICIAL_WORDS | _INSTITUTION_WORDS | _MEDIA_WORDS | _DOCUMENT_WORDS | _OTHER_WORDS
# Two-word heads whose last word alone would mislead: a news agency is an outlet, a press service a body.
_PAIRS: dict[tuple[str, str], SourceKind] = {
    ("news", "agency"): "media",
    ("press", "agency"): "media",
    ("news", "service"): "media",
    ("press", "service"): "institution",
    ("head", "state"): "official",
    ("air", "force"): "institution",
    ("general", "staff"): "institution",
}

_OUTLET_NAMES = (
    r"(?:Reuters|AP|AFP|Agence France-Presse|Associated Press|BBC|CNN|Fox|NBC|CBS|ABC|CNBC|MSNBC|NPR|PBS|Sky"
    r"|Financial Times|FT|Telegraph|Guardian|Times|Post|Journal|Politico|Ukrinform|UNIAN|TASS|RIA|Interfax"
    r"|Novosti|Euromaidan|Pravda|Ukrainian truth|Hromadske|Suspilne|TVN\w*|Onet|Gazeta\w*|Rzeczpospolita"
    r"|Kyiv Independent|Bloomberg|Axios|Xinhua|Meduza|Mediazona|BelTA|Izvestia|Kommersant|Vedomosti|RBC"
    r"|Al Jazeera|Newsweek|Die Welt|Welt|Bild|Spiegel|Le Monde|Le Figaro|Handelsblatt|FAZ|NYT|WSJ|Euronews"
    r"|Deutsche Welle|DW|RFE/RL|Radio Liberty|Radio Free Europe|Sputnik|RT|Anadolu|Yonhap|Kyodo|NHK|Economist"
    r"|Daily Mail|Independent|Mirror|Express|Le Parisien|Corriere|Repubblica|El País|Yle|Rybar)"
)
_OUTLETS = re.compile(r"\b" + _OUTLET_NAMES + r"\b")
# An outlet that opens a text, not the first word of a longer name ("the Independent Anti-Corruption Bureau").
OUTLET_FIRST = re.compile(r"\s*(?:the\s+)?(" + _OUTLET_NAMES + r")\b(?![ \t]+[A-Z])")

_BODIES = re.compile(
    r"\b(?:Pentagon|Kremlin|United Nations|NATO|Nato|UN|EU|European Union|White House|Downing Street|Elysee"
    r"|Élysée|Bundestag|Rada|Duma|Sejm|Congress|Senate|Gazprom|Rosatom|Naftogaz|Ukrenergo|Eurostat|Rosstat"
    r"|Ukrstat|Levada|Gallup|Pew|YouGov|Ipsos|Wagner|Amnesty|Human Rights Watch|Red Cross|World Bank|Capital"
    r"|Economics|Information Resistance|Rheinmetall|Lockheed|Raytheon|Boeing|Airbus|Mossad)\b"
)
_STATE_COMPANIES = re.compile(
    r"\b(?:Gazprom|Rosatom|Naftogaz|Ukrenergo|Energoatom|Ukrzaliznytsia|Ukroboronprom|Rosneft|Transneft|Roscosmos"
    r"|Rostec|Aeroflot|Sberbank|VTB)\b"
)
_OFFICE_HOLDERS = re.compile(
    r"\b(?:Zelensk\w*|Zelanski|Putin|Biden|Lukashenko|Łukaszenko|Macron|Stoltenberg|Kirby|Shoigu|Peskov"
    r"|Lavrov|Ławrow|Kuleba|Podolyak|Prigozhin|Scholz|Sunak|Johnson|Truss|Blinken|Austin|Milley|Zaluzhn\w*"
    r"|Syrskyi|Budanov|Kallas|Sikorski|Duda|Morawiecki|Tusk|Erdogan|Xi|Kadyrov|Medvedev|Gerasimov|Yermak"
    r"|Reznikov|Umerov|Shmyhal|Klitschko|Sandu|Harris|Kahl|Ryder|Sullivan|Borrell|von der Leyen|Grandi"
    r"|Guterres|Saltmarsh|Kelly|Nebenzya|Zakharova|Nuland|Wallace|Shapps|Cameron|Stefanchuk"
    # office holders often named without their title in this war's reporting: governors, mayors, spokesmen
    r"|Syniehubov|Synehubov|Synegubov|Synahubow|Gladkov|Ihnat|Lubinets|Vereshchuk|Danilov|Klymenko|Sybiha"
    r"|Arestovych|Patrushev|Belousov|Volodin|Jean-Pierre|Pistorius|Baerbock|Rutte|Orb[aá]n|Fico|Starmer|Lammy"
    r"|Healey|Kiriyenko|Sobyanin|Bortnikov|Naryshkin|Nebenzia|Polyanskiy|Skibitsk\w*|Yusov|Lysak|Łysak"
    r"|Vitaliy Kim|Prokudin|Kiper|Vilkul|Terekhov|Sadovyi|Sadowy|Kozytskyi|Filashkin|Kyrylenko|Haidai|Hayday"
    r"|Fedorov|Kamala|Pelosi|Schumer|McConnell|Kim Jong[- ]un)\b"
)
COUNTRY = re.compile(
    r"^(?:the )?(?:Ukraine|Russia|Moscow|Kyiv|Kiev|Israel|United Kingdom|Britain|UK|Washington|US|U\.S\."
    r"|United States|China|Beijing|Poland|Warsaw|Germany|Berlin|France|Paris|London|Belarus|Minsk|Iran|Tehran"
    r"|Riga|Estonia|Tallinn|Latvia|Lithuania|Vilnius|Japan|Tokyo|Turkey|Ankara|India|New Delhi|Australia"
    r"|Canberra|Canada|Ottawa|Finland|Helsinki|Sweden|Stockholm|Hungary|Budapest|Pyongyang|North Korea)$"
)
_ANONYMOUS = re.compile(
    r"\b(?:sources?|anonymous\w*|unnamed|familiar with|close to|briefed on|with knowledge of"
    r"|(?:^|(?<=\s))an? (?:[\w.-]+ ){0,3}(?:official|representative|diplomat|source|officer)|(?:one|two|three|four|five|several|\d+) (?:[\w.-]+ ){0,3}officials?"
    r"|it (?:was|is|has been) \w+|intercepted|people close)\b",
    re.IGNORECASE,
)
# The head phrase ends where a complement begins: "the head | of the service", "a spokesman | for the police".
_COMPLEMENT = re.compile(
    r",|\s(?:of|for|from|at|in|on|with|who|which|that|to|by|under|conducted|released|published|compiled)\s"
)
_POSSESSIVE = re.compile(r"['’]s\s+")
_FORMER = frozenset({"former", "ex", "ex-", "retired", "late"})
_ACRONYM = re.compile(r"^[A-Z][A-Za-z&]{0,5}[A-Z]$")  # "ISW", "UNHCR", "MoD"
_WORD = re.compile(r"[\w’'&.-]+")


_PICTURE_WORDS = frozenset(
    {"footage", "video", "videos", "images", "imagery", "photos", "photographs", "pictures"}
)
_MADE_BY = re.compile(r"\s(?:from|by|of)\s+(?:the\s+)?(.+)$")
_MEMBERS_OF = re.compile(r"\s+(?:at|of|from|with)\s+(?:the\s+)?([A-Z].*)$")
_MEMBERS = frozenset({"analysts", "economists", "researchers", "experts", "strategists", "scientists"})
_NATIONALITY = re.compile(
    r"^(?:[A-Z][a-z]+(?:an|ian|ese|ish|ic|i)|Western|Eastern|Northern|Southern|Foreign|Independent|Military|Senior"
    r"|Other|Some|Many|Most|Leading|Top|Several|Two|Three|The|A|An|US|U\.S\.|UK|U\.K\.|EU)$"
)


# Bodies without public office: the heads, founders and staff of private companies, NGOs, clinics and
# consultancies speak as persons (docs/claims.md, Annotation decisions 4).
_PRIVATE = re.compile(
    r"\s(?:of|for|from|at|with)\s+(?:the\s+|a\s+|an\s+)?(?:[\w&'’-]+\s+){0,4}?(?:non-governmental|NGO|charity"
    r"|company|firm|consultancy|Consulting|think[- ]tank|clinic|start-?up|website)\b",
    re.IGNORECASE,
)


def private_affiliation(text: str) -> bool:
    """Whether ``text`` (a name and what follows it) ties a person to a private body (a state company is none).

    >>> private_affiliation("Mykola Kuleba of the non-governmental organization Save Ukraine")
    True
    >>> private_affiliation("a spokesman for the state company Naftogaz")
    False
    """
    return bool(_PRIVATE.search(text)) and not _STATE_COMPANIES.search(text)


def _is_body_name(word: str) -> bool:
    """A capitalised word that names a body rather than a nationality: "Capital", "ISW" (not "Ukrainian")."""
    return word[:1].isupper() and not _NATIONALITY.match(word)


def _head_words(name: str) -> list[str]:
    """The words of the head phrase of ``name``: before any complement, after any possessive."""
    phrase = _COMPLEMENT.split(f" {name} ", maxsplit=1)[0]
    parts = [part for part in _POSSESSIVE.split(phrase) if part.strip()]
    return _WORD.findall(parts[-1] if parts else phrase)


def _word_kind(words: list[str], name: str = "") -> SourceKind | None:
    """The kind given by the last word of ``words`` found in a word list (a two-word head first)."""
    lowered = [word.lower().strip(".") for word in words]
    for index in range(len(lowered) - 1, -1, -1):
        word = lowered[index]
        if index and (pair := _PAIRS.get((lowered[index - 1], word))):
            return pair
        if word in ("agency", "service", "programme", "program"):
            # "the agency Ukrinform" is an outlet, "the World Food Programme" a body, "a TV programme" media
            if _OUTLETS.search(name):
                return "media"
            return "institution" if words[index][:1].isupper() or word in ("agency", "service") else "media"
        for words_of_kind, kind in _KINDS_OF_WORDS:
            if word in words_of_kind or word.split("-")[0] in words_of_kind:  # "ambassador-at-large"
                if kind == "official" and not _FORMER.isdisjoint(lowered[max(0, index - 4) : index]):
                    return "other"  # "the former president", "a former Defense Intelligence Agency officer"
                return kind
    return None


def head_kind(words: list[str]) -> SourceKind | None:
    """The kind that the head of the phrase ``words`` shows, if any.

    >>> head_kind("the mayor of Melitopol".split())
    'official'
    """
    kind = _word_kind(_head_words(" ".join(words)))
    return "other" if kind == "official" and private_affiliation(" ".join(words)) else kind


def lexical_kind(name: str, *, acronyms: bool = True) -> SourceKind | None:
    """The kind that the words of ``name`` show, or None for a bare proper name that shows none.

    :param acronyms: whether an unknown acronym ("ISW") is a body (not in a heading, where it may be a place)

    >>> [lexical_kind(n) for n in ("the British defense ministry", "The broadsheet Die Welt", "Ivan Petrenko")]
    ['institution', 'media', None]
    """
    if _ANONYMOUS.search(name):
        return "anonymous"
    if COUNTRY.match(name):
        return "institution"
    head = _head_words(name)
    found = _word_kind(head, name)
    if found == "official" and private_affiliation(name):
        return "other"  # "president of Doctrine & Strategy Consulting"
    if found == "other" and _STATE_COMPANIES.search(name):
        return "official"  # "Naftogaz CEO": the head of a state company holds an office
    if head and head[-1].lower() in _PICTURE_WORDS and (maker := _MADE_BY.search(name)):
        return lexical_kind(maker.group(1))  # "Footage from Kremlin military bloggers"
    if found == "other" and head[-1].lower() in _MEMBERS:
        # "Capital Economics analysts", "analysts at the Institute for the Study of War": the body speaks
        body = _MEMBERS_OF.match(name[name.lower().find(head[-1].lower()) + len(head[-1]) :])
        if any(_is_body_name(word) for word in head[:-1]) or (
            body and lexical_kind(body.group(1)) == "institution"
        ):
            return "institution"
    if found:
        return found
    if _OUTLETS.search(name):
        return "media"
    if _BODIES.search(name):
        return "institution"
    if _OFFICE_HOLDERS.search(" ".join(head)):
        return "other" if private_affiliation(name) else "official"
    if acronyms and any(_ACRONYM.match(word) for word in head):
        return "institution"  # "ISW", "the DSNS"
    if "," in name:  # "Naeem Aslam, chief market analyst with AvaTrade"
        return _word_kind(_head_words(name.split(",", 1)[1]))
    return None


def source_kind(name: str) -> SourceKind:
    """The kind of a named source; a person named without any title is ``other``.

    >>> [source_kind(n) for n in ("Ukraine's General Staff", "Reuters", "two senior officials", "Kahl")]
    ['institution', 'media', 'anonymous', 'official']
    >>> source_kind("director of the Estonian Foreign Intelligence Service")
    'official'
    >>> source_kind("Chinese leader Xi Jinping's government")
    'institution'
    """
    return lexical_kind(name) or "other"
