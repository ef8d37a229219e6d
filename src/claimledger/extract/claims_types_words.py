"""The cue words of the claim types (``claims_types``): what a figure counts and the verbs around it.

Each pattern is a construction, not a sentence: "N soldiers were killed", "sending N missiles", "N years ago".
The taxonomy and its rules are in ``docs/claims.md`` ("Claim types").
"""

from __future__ import annotations

import re

CASUALTY = re.compile(
    r"\bkill\w*|\bdead\b|\bdied\b|\bdeaths?\b|\bwounded\b|\binjur\w*|\bhurt\w*|\bperish\w*|\bcasualt\w*"
    r"|\bbodies\b|\beliminated\b|\bvictims\b|\blost\b|\blosses\b|\blose\b|\bloses\b|\blosing\b|\bcaptured?\b"
    r"|\btrapped\b|\bexecuted\b|\bneutrali[sz]ed\b|\bprisoners?\b|\bPOWs?\b",
    re.IGNORECASE,
)
PEOPLE = re.compile(
    r"soldier|troop|personnel|servicem|service member|fighter|people|person|civilian|child|women|men\b|\bresident"
    r"|athlete|rescuer|journalist|medic|combatant|Russians|Ukrainians|staff|crew|victim|\bdead\b|mercenar"
    r"|military|workers|coaches|inmates|hostages|prisoners",
    re.IGNORECASE,
)
EQUIPMENT = re.compile(
    r"tank|vehicle|artillery|howitzer|aircraft|helicopter|jet|plane|\bship\b|ships\b|warship|vessel|boat|\bAPC|armou?red|system"
    r"|launcher|radar|air defen[cs]e|\bMLRS|Abrams|Leopard|Bradley|Challenger|HIMARS|equipment|pieces",
    re.IGNORECASE,
)
ARMS = re.compile(
    r"weapon|warhead|ammunition|munition|\bshells\b|\bmachines\b|mortar|\brounds\b|grenade|cartridge", re.I
)
"""Arms that are neither a vehicle nor a projectile fired at a target: counted when held, sent or lost."""
NOT_ARMS = re.compile(
    r"\brounds(?:\s+of)?\s+(?:[\w-]+\s+){0,2}?(?:talks|negotiations|consultations|discussions|sanctions|voting)\b",
    re.I,
)
"""Rounds of talks are no arms."""
EQUIPMENT_LOSS = re.compile(
    r"\blost\b|\blosses\b|\bloses\b|\blosing\b|\bdestroy\w*|\bdestruction\b|\bshot down\b|\bdowned\b|\bhit\b"
    r"|\bdamaged\b|\bcaptured\b|\bknocked out\b|\bsunk\b|\btaken off\b|\bwritten off\b",
    re.IGNORECASE,
)
STRIKE = re.compile(
    r"\bmissiles?\b|\brockets?\b|\bdrones?\b|\bShaheds?\b|\bshells?\b|\bstrikes?\b|\battacks?\b|\bexplosions?\b"
    r"|\bshelling\b|\bbombs?\b|\bair raids?\b|\bbarrages?\b|\bsorties\b|\bprojectiles\b|\bmunitions\b",
    re.IGNORECASE,
)
STRIKE_VERB = re.compile(
    r"\blaunch\w*|\bfired?\b|\bstruck\b|\bstrikes?\b|\battack\w*|\brecorded\b|\bflew\b|\bhit\b|\btargeted\b"
    r"|\bshell\w*|\bintercept\w*|\bbarrage\b|\bpounded\b|\bfell\b|\bcrash\w*",
    re.IGNORECASE,
)
DOWNED = re.compile(
    r"\bintercept\w*|\bshot down\b|\bshoot down\b|\bdowned\b|\bdestroyed\b|\bneutrali[sz]ed\b", re.I
)
"""Missiles and drones brought down: an equipment loss, unless the claim also reports the attack."""
AID = re.compile(
    r"\baid\b|\bassistance\b|\bsend\b|\bsent\b|\bsending\b|\bsupply\w*|\bsupplied\b|\bdeliver\w*|\bpledg\w*"
    r"|\bdonat\w*|\bpackage\b|\bprovid\w*|\bgive\b|\bgave\b|\btransfer\w*|\bgrant\w*|\bpromised\b|\bloan\b",
    re.IGNORECASE,
)
AID_BEFORE = re.compile(
    r"\b(?:send|sends|sent|sending|supply|supplies|supplied|supplying|deliver\w*|pledg\w*|donat\w*|provid\w*"
    r"|give|gives|gave|giving|transfer\w*|receiv\w*|support \w+ with|arm \w+ with|to ship|shipp(?:ed|ing))\b",
    re.IGNORECASE,
)
"""An aid verb governing the figure from before it ("the UK is sending 1,600 missiles")."""
AID_NOUN = re.compile(r"\b(?:aid|assistance|package|tranche|delivery|shipment)\b", re.I)
"""An aid noun in the figure's sentence ("the $1 billion package included 300 missiles")."""
FIRED_BEFORE = re.compile(
    r"\b(?:launch(?:ed|es|ing)?|fired|firing|struck|hit|attacked|attacking|shelled|shelling|pounded)\b", re.I
)
"""A verb of firing: the munitions it governs were fired, not sent."""
FORCE = re.compile(
    r"troop|soldier|forces|fighters|personnel|recruit|reservist|servicemembers|servicemen|battalion|brigade"
    r"|division|regiment|battle group|BTG|army|conscript|mobiliz|mobilis|men under arms|contingent"
    r"|combat strength|units|marines|paratroop|active-duty|mercenar|saboteur|commando|special forces|guerrilla|sniper",
    re.IGNORECASE,
)
ON_SHOW = re.compile(r"\b(?:display\w*|exhibit\w*|on show|showcas\w*|paraded)\b", re.IGNORECASE)
CAPTURED_ARMS = re.compile(r"\b(?:captured|trophy|trophies|seized|Western|NATO|Nato|foreign)\b")
"""Captured arms put on show are an equipment loss (decision 20); a force's own arms on parade are a force."""
UNIT_WORD = re.compile(
    r"\b(?:a|one|an entire|a full|the size of a|equivalent (?:of|to) an?|roughly an?|about an?)\s+"
    r"(?:full\s+)?(?:battalion|brigade|division|regiment|company|platoon|corps|army)\b",
    re.IGNORECASE,
)
TERRITORY = re.compile(
    r"\bterritor(?:y|ies)\b|\bsquare (?:kilo)?met\w*|\bsq\.? ?(?:km|mi)\b|\bkm2\b|\bkm²|\bhectares?\b|\bvillages?\b"
    r"|\bsettlements?\b|\btowns?\b|\bregions\b|\barea\b|\boccupied\b|\bcontrol\w*|\bannex\w*|\bliberat\w*"
    r"|\bseized?\b|\bgains?\b|\badvanced?\b|\brecaptur\w*|\bretak\w*|\bground\b|\blocations\b|\bof Ukraine\b",
    re.IGNORECASE,
)
PLACES_COUNTED = re.compile(
    r"villages|towns|settlements|regions|locations|cities|districts|\bareas\b|oblasts|provinces|territories",
    re.I,
)
CONTROL_CHANGE = re.compile(
    r"\boccup\w*|\bcontrol\w*|\bannex\w*|\bliberat\w*|\bseiz\w*|\bcaptur\w*|\badvanc\w*|\bgains?\b"
    r"|\brecaptur\w*|\bretak\w*|\btook\b|\btaken\b|\bwon back\b|\bwinning back\b|\bfell\b|\bwithdr\w*"
    r"|\bcleared\b|\bfreed\b",
    re.IGNORECASE,
)
"""Places counted are territory only when they change hands; "two separatist regions" is not an area."""
POPULATION = re.compile(
    r"\brefugees?\b|\bdisplaced\b|\bIDPs?\b|\bresidents\b|\bpopulation\b|\binhabitants\b|\bpeople\b|\bpersons\b"
    r"|\bmigrants\b|\bcitizens\b|\bUkrainians\b|\bRussians\b|\bwithout power\b|\bevacuat\w*|\bfled\b",
    re.IGNORECASE,
)
DISPLACED = re.compile(
    r"refugee|displaced|\bIDP|evacuee|migrant|\bresident|inhabitant|deported|population|abduct", re.I
)
DISPLACED_AFTER = re.compile(
    r"^\s+(?:[\w-]+\s+){0,2}?(?:have\s+|has\s+|had\s+)?(?:already\s+)?(?:fled|left the country|emigrated"
    r"|(?:been|were|was)\s+(?:forcibly\s+)?(?:evacuated|displaced|deported|abducted|transferred|forced to flee)"
    r"|(?:are|were|remain|remained)\s+(?:sheltering|stranded|hiding|living))\b",
    re.IGNORECASE,
)
"""People who flee or are moved: "almost 8 million Venezuelans have fled", "Tens of thousands have already left
the country", "19,000 children had been forcibly deported"."""
LIVING_AFTER = re.compile(
    r"^\s+(?:people\s+|inhabitants\s+|residents\s+)?(?:still\s+)?(?:live|lived|living|reside|resided)\b",
    re.IGNORECASE,
)
"""People who live somewhere: "just over 20 million live in free Ukraine"."""
POPULATION_OF = re.compile(
    r"\b(?:a|its|the) population of\s+(?:about\s+|around\s+|some\s+|roughly\s+|nearly\s+|over\s+)?$",
    re.IGNORECASE,
)
"""A population given as such: "Ukraine had a population of around 40 million"."""
DISPLACED_BEFORE = re.compile(
    r"\b(?:deport(?:ed|ing|s)?|abduct(?:ed|ing|s)?|evacuat(?:ed|ing|es)|forcibly (?:transferred|removed))\s+$",
    re.I,
)
"""People moved by a verb before them: "Russia had forcibly abducted at least 6,000 Ukrainian children"."""
CROWD = re.compile(
    r"\blined\b|\bstreets\b|\bcrowds?\b|\b(?-i:march)(?:ed|es|ing)?\b|\bdemonstrat\w*|\bspeaking to\b"
    r"|\baddress(?:ed|ing)\b|\battend\w*"
    r"|\bprotest\w*|\brall(?:y|ied|ies)\b|\bwatch(?:ed|ing)?\b|\bspectators\b|\baudience\b",
    re.IGNORECASE,
)
"""People counted as a crowd or an audience are not a population ("march" in lower case: not the month)."""
ROLE = re.compile(
    r"\bemploy\w*|\bworkers\b|\bstaff\b|\bmembers\b|\busers\b|\beditors\b|\bsubscribers\b|\bfollowers\b"
    r"|\bviewers\b|\bvoters\b|\bpresidents\b|\bministers\b|\bheads of state\b",
    re.IGNORECASE,
)
"""People counted by a role (employees, users, voters, leaders) are not a population."""
SANCTIONS = re.compile(r"\bsanction\w*|\bpenalt\w*|\bblacklist\w*|\basset freezes?\b", re.I)
TARGETS = re.compile(
    r"entit\w*|compan\w*|firms|individuals|people|persons|bodies|organi[sz]ations|banks|businesses|workers"
    r"|officials|representatives|oligarchs|vessels|tankers",
    re.IGNORECASE,
)
"""What sanctions target: counted as such, these are `other` (docs/claims.md), never casualties."""
CHANGE = re.compile(
    r"\brose\b|\brise\b|\brising\b|\brisen\b|\bfallen\b|\bgrown\b|\bgrew\b|\bgrow\w*|\bincreas\w*|\bfell\b"
    r"|\bfall\w*|\bdrop\w*|\bdeclin\w*|\bup\b|\bdown\b|\bcut\w*|\bplunged?\b|\bsurg\w*|\bjump\w*|\bslump\w*"
    r"|\bshr[aui]nk\w*|\bdecreas\w*|\bfrom \d[\d.,]*\s*(?:%|percent|per cent)? to\b|\badd\b|\bboost\w*"
    r"|\breduc\w*|\bsoar\w*|\blost\b|\bgained\b|\bupgraded\b|\bdowngraded\b"
    r"|\b(?:higher|lower) than\b",
    re.IGNORECASE,
)
CHANGE_AFTER = re.compile(
    r"^\s*(?:an?\s+)?(?:increase|rise|drop|fall|decline|jump|cut|growth|gain|loss|reduction|decrease|surge"
    r"|hike|slump|plunge|higher|lower)s?\b",
    re.IGNORECASE,
)
"""A change named right after the percentage ("a 20% increase", "5% higher")."""
OF_NUMBER = re.compile(r"^\s+of\s+(?:the\s+|its\s+|their\s+|his\s+|her\s+|our\s+)?\d")
"""A share of another figure in the claim ("less than half of the 43 heads of state") compares the two."""
BARE_BILLIONS = re.compile(r"^(?:\w+\s+(?:of\s+)?)?(?:billions|trillions)$", re.I)
"""A bare magnitude of billions with no noun ("has lost fifteen U.S. billions") is money."""
BARE_MAGNITUDE = re.compile(
    r"^(?:[\w-]+\s+(?:of\s+)?)?(?:hundreds|thousands|millions|dozens|tens)(?:\s+of\s+(?:thousands|millions))?$",
    re.I,
)
NO_NOUN = re.compile(
    r"^(?:on|in|at|across|around|from|who|that|which|are|were|is|was|have|has|had|could|would|will|may|might"
    r"|must|can|remain\w*|live|living|face|facing|need|needing|fled|flee|lack|lacking)\b",
    re.I,
)
"""A bare magnitude followed by a verb or a preposition, not by a noun ("hundreds of millions on the continent
are facing rising food prices", "the killing of millions that had been going on"): people."""
MONEY_NOUN = re.compile(r"dollars|euros|hryvni|roubles|rubles|pounds|revenues?|funding|budget", re.IGNORECASE)
RATE_WORDS = re.compile(
    r"\b(?:daily|a day|per day|each day|every day|last day|past day|past 24 hours|over the "
    r"past day|in a day|average|a week|per week|weekly|a month|per month|monthly)\b",
    re.I,
)
CASUALTY_NOUN = re.compile(
    r"injur|casualt|deaths?\b(?! camps?| penalty| sentences?| squads?)|\bdead\b|bodies|wounded|killed|\bKIAs?\b|\bgraves\b"
    r"|\blives\b|\bdetentions?\b",
    re.IGNORECASE,
)
HARMED_AFTER = re.compile(
    r"^\s+(?:\w+\s+){0,3}?(?:were|was|have been|had been|are|is)?\s*(?:killed|wounded|injured|dead|died|die|hurt"
    r"|murdered|executed|shot(?! down)|buried|treated for|hospitali[sz]ed|in hospital|poisoned|pulled out|burned|burnt"
    r"|tortured|massacred|slaughtered|drowned|starved|dying|perish\w*|lost their lives)\b",
    re.IGNORECASE,
)
HARMED_BEFORE = re.compile(
    r"\b(?:kill\w*|wound\w*|injur\w*|hurt\w*|claimed the lives of|murder\w*|execut\w*|shoot\w*|shot"
    r"|tortur\w*|massacr\w*|slaughter\w*|poison\w*|deaths? of)\s+(?:an?\s+|(?:more|fewer) than\s+|at least\s+)?$",
    re.IGNORECASE,
)
"""A harm verb before the figure, of the same kinds as after it ("summarily executing more than 70")."""
DISTANCE_NOUN = re.compile(r"\bkm\b|kilomet|\bmiles?\b", re.IGNORECASE)
TERRITORY_SHARE = re.compile(
    r"territor|\barea\b|\bland\b|occupied|\bcontroll?(?:ed|s)\b|\bunder (?:\w+ )?control\b|\bseized\b|\bannex",
    re.IGNORECASE,
)
NUMBER_OF = re.compile(r"\b(?:the|this|that) (?:total )?number of ((?:[\w-]+\s+){0,2}[\w-]+)", re.I)
"""The noun a bare figure counts when the sentence names it apart ("the number of displaced people grew by
21%, standing at 108.4 million")."""
TIME_WORD = re.compile(r"\b(?:years?|months?|weeks?|days?|decades?|hours?)\b", re.IGNORECASE)
HALF_BEFORE = re.compile(
    r"\b(?:years?|months?|weeks?|days?|decades?|hours?|centur\w+) and\s*$", re.IGNORECASE
)
AGE_AFTER = re.compile(r"^-?\s?(?:years?-?\s?)?old\b", re.IGNORECASE)
AGE_BEFORE = re.compile(r"\b(?:aged|ages? of|age of|ages? between|between the ages of)\s*$", re.I)
AGE_IN = re.compile(r"\bages? (?:of|between)\b", re.IGNORECASE)
AGED_THING = re.compile(
    r"^\s+(?:war|conflict|invasion|campaign|offensive|siege|blockade|occupation|standoff|stand-off|crisis"
    r"|dispute|regime|ceasefire|truce|rule|treaty|ban|embargo|sanctions|insurgency|uprising|agreement|pact"
    r"|partnership|alliance|relationship|friendship|rivalry|feud|tradition|policy|program|programme|project"
    r"|exchange|system|law|institution|company|business|organi[sz]ation)\b",
    re.IGNORECASE,
)
"""An age of something that lasts ("the 18-month-old war") is a duration, not a person's age."""
NAME_COMMA = re.compile(r"\b[A-Z][a-z]+,\s*$")
WITHIN_BEFORE = re.compile(
    r"\b(?:within the next|in the next|(?:first|second|third|fourth|fifth|last|\d+(?:st|nd|rd|th)) time in)\s+(?:the\s+)?$",
    re.I,
)
"""A deadline or a gap counted from now or to now ("within the next 48 hours", "for the first time in 32 years",
"for the third time in 100 years"). A bare "within two weeks, Poland ceased to exist" says how long it took."""
DATE_BEFORE = re.compile(r"\b(?:after|since|until)\s+(?:the\s+)?$", re.IGNORECASE)
"""A time placed against another, from before the figure ("After 12 days, his body was found")."""
DATE_AFTER = re.compile(
    r"^\s*,?\s*(?:ago|before|after|later|earlier|since|into|on\b|away|from now|prior|anniversary|back\b"
    r"|(?:have|has|had) passed)",
    re.IGNORECASE,
)
"""A time placed against another, right after the figure ("782 days ago", "three days before the
invasion", "two years into its invasion", "four months on")."""
SPAN_BEFORE = re.compile(r"\b(?:the|its|their|his|her|our)\s+(?:last|past|previous|first)\s+$", re.I)
"""A span up to a moment ("in the last two months", "over the past four months") is a duration."""
