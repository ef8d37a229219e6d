"""Figures against the reference series: General Staff losses (with the UK MoD beside them), Oryx, ISW territory.

A figure is matched with a series only on clear cues, and is otherwise left alone:

* what it counts: its entity ("soldiers", "troops", "personnel" -> personnel; "tanks" -> tanks, ...); a figure
  naming nothing inherits the subject of the matched figure before it in the same sentence, or in the sentence
  before when its own sentence points back ("for those 31 days");
* whose losses: Russia's (the General Staff counts only those), from the side named nearest before the figure;
* who says so: Ukraine's General Staff or nobody for the General Staff series, the UK Ministry of Defence for its
  monthly averages, Oryx for visually confirmed counts; a figure attributed to anyone else is not compared;
* which days: a month or year the sentence names ("in October"), "so far this year" (1 January to the day before
  publication), "since the invasion" (cumulative), "last month" (the previous calendar month or the 30 days before
  publication), and for a bare rate ("1,000 a day") the **7 and the 30 days before publication**; every candidate
  window counts, so the series side is the range of their values.

Unknown publication dates give ``unverifiable``; so do windows the series does not cover.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from claimledger.check import context, tables
from claimledger.check.arithmetic import PERIOD_DAYS
from claimledger.check.context import Source, Window
from claimledger.check.refdata import evidence
from claimledger.check.tolerance import Interval, compare, interval
from claimledger.models import Check, Evidence, Extraction, Quantity, TimeMention, Verdict

LOSS_SERIES = "loss_series.v1"

_D = Decimal
_COLUMNS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (column, re.compile(rf"^(?:russian |enemy |russia's |more |additional )?(?:{words})$"))
    for column, words in (
        (
            "personnel",
            r"soldiers|troops|servicemen|personnel|military personnel|casualties|men|invaders|occupiers",
        ),
        ("tank", r"(?:main battle )?tanks"),
        ("apc", r"armou?red (?:combat |fighting |personnel )?(?:vehicles|carriers)|apcs"),
        ("artillery", r"artillery(?: systems| pieces| guns)?"),
        ("mlrs", r"(?:multiple )?rocket launchers|mlrs|multiple-launch rocket systems"),
        ("air_defence", r"air[- ]defen[cs]e systems"),
        ("aircraft", r"aircraft|planes|warplanes|jets|fighter jets"),
        ("helicopter", r"helicopters"),
        ("drone", r"drones|uavs|unmanned aerial vehicles"),
        ("cruise_missile", r"cruise missiles"),
        ("naval_ship", r"warships|ships|boats|vessels"),
        (
            "vehicles",
            r"(?:military |motor )vehicles(?: and fuel (?:tanks|trucks))?|vehicles and fuel (?:tanks|trucks)|"
            r"trucks|fuel tanks",
        ),
    )
)
NOUN = {
    "personnel": "soldiers", "tank": "tanks", "apc": "armoured combat vehicles", "artillery": "artillery systems",
    "mlrs": "rocket launchers", "air_defence": "air-defence systems", "aircraft": "aircraft",
    "helicopter": "helicopters", "drone": "drones", "cruise_missile": "cruise missiles", "naval_ship": "ships",
    "vehicles": "vehicles and fuel tanks",
}  # fmt: skip
_PER_AFTER = re.compile(r"^[\w\s'’-]{0,40}?\b(?:a|per|each|every)\s+(day|week|month|year)\b", re.IGNORECASE)
_YEAR_TO_DATE = re.compile(
    r"\bso far this year\b|\bthis year so far\b|\bsince (?:the (?:start|beginning) of )?(?:the year|january)\b|"
    r"\byear to date\b|\byear-to-date\b",
    re.IGNORECASE,
)
_CUMULATIVE = re.compile(
    r"\bsince (?:the (?:start|beginning|outbreak) of )?(?:the |russia's |its )?(?:full[- ]scale )?"
    r"(?:invasion|war)\b|\bsince (?:russia |moscow )?(?:invaded|launched)\b|\bsince (?:24 )?february 2022\b|"
    r"\bin total\b|\bto date\b|\bso far\b|\boverall\b|\baltogether\b|\btotal of\b|\btotal losses\b",
    re.IGNORECASE,
)
_LAST_MONTH = re.compile(
    r"\b(?:last|past|previous) month\b|\bover the (?:past |last )?month\b|\bduring the month\b", re.IGNORECASE
)
_LAST_WEEK = re.compile(
    r"\b(?:last|past|previous) week\b|\bover the (?:past |last )?week\b|\b(?:past|last) (?:seven|7) days\b",
    re.IGNORECASE,
)
_LOSS = re.compile(
    r"\b(?:lost|lose|loses|losing|losses|loss|killed|wounded|casualt\w*|destroyed|destroying|eliminated|"
    r"liquidated|dead|died|downed|shot down|put out of action|neutrali[sz]ed|knocked out)\b",
    re.IGNORECASE,
)
"""A loss word between the sentence start and just after the figure: a series of losses only compares losses."""
_RESTATES = re.compile(
    r"\b(?:or|that'?s|that is|which is|i\.e\.|meaning|equivalent to|amounting to|a total of|in all|altogether|"
    r"making|bringing)\b",
    re.IGNORECASE,
)
"""Words that make a figure naming nothing restate the one before it in the same sentence ("..., or 88")."""
_TALLY = re.compile(r"\b(?:count(?:ed|s)?|tall(?:y|ies|ied))\b", re.IGNORECASE)
_LAST_DAY = re.compile(
    r"\b(?:past|last) 24 hours\b|\b(?:the )?(?:past|last|previous) day\b|\bover the day\b", re.IGNORECASE
)


@dataclass(frozen=True, slots=True)
class Subject:
    """What a figure counts, whose, who says so and over which candidate windows."""

    column: str
    side: str | None
    source: Source
    windows: tuple[Window, ...]
    cumulative: bool
    per: str | None


def column_of(entity: str | None) -> str | None:
    """The General Staff column a counted noun names.

    >>> column_of("soldiers"), column_of("Russian tanks"), column_of("military vehicles"), column_of("houses")
    ('personnel', 'tank', 'vehicles', None)
    >>> column_of("soldiers, Ukraine's General Staff")
    'personnel'

    """
    if not entity:
        return None
    word = " ".join(re.split(r"[,;(]", entity.lower(), maxsplit=1)[0].split())
    return next((column for column, pattern in _COLUMNS if pattern.match(word)), None)


def per_of(text: str, q: Quantity) -> str | None:
    """The rate period of a figure, from the extractor or the words after it ("650 vehicles and trucks a week")."""
    if q.per:
        return q.per
    match = _PER_AFTER.match(context.clause_after(text, q))
    return match.group(1).lower() if match else None


def time_window(t: TimeMention, published: date) -> Window | None:
    value = t.value or ""
    if t.precision == "month" and re.fullmatch(r"\d{4}-\d{2}", value):
        return context.month_window(int(value[:4]), int(value[5:]), f"'{t.text}'")
    if t.precision == "year" and re.fullmatch(r"\d{4}", value):
        year = int(value)
        return Window(date(year, 1, 1), date(year, 12, 31), f"'{t.text}'")
    if "/" in value and t.kind in ("span", "season"):
        start, _, end = value.partition("/")
        since = t.text.lower().startswith("since")
        return Window(date.fromisoformat(start), date.fromisoformat(end), f"'{t.text}'", open_end=since)
    if (
        t.precision == "day"
        and t.text.lower().startswith("since")
        and re.fullmatch(r"\d{4}-\d{2}-\d{2}", value)
    ):
        return Window(date.fromisoformat(value), published - timedelta(days=1), f"'{t.text}'", open_end=True)
    return None


def _clip(window: Window, published: date) -> Window | None:
    last = published - timedelta(days=1)
    if window.start > last:
        return None
    return Window(window.start, last, window.label, window.open_end) if window.end > last else window


def windows_of(
    extraction: Extraction, q: Quantity, sentence: str, per: str | None
) -> tuple[tuple[Window, ...], bool] | None:
    """Candidate windows of a figure and whether it is cumulative; None when the text names no period."""
    published = extraction.document.published
    assert published is not None
    own = [t for t in extraction.times if t.sentence == q.sentence]
    named = {w for t in own if (w := time_window(t, published)) is not None}
    if _YEAR_TO_DATE.search(sentence):
        named = {Window(date(published.year, 1, 1), published - timedelta(days=1), "so far this year", True)}
    if len(named) == 1:
        clipped = _clip(named.pop(), published)
        return ((clipped,), False) if clipped else None
    if named:
        return None
    if _CUMULATIVE.search(sentence) and per is None:
        return (Window(tables.INVASION, published - timedelta(days=1), "since the invasion", True),), True
    if _LAST_MONTH.search(sentence):
        first = published.replace(day=1) - timedelta(days=1)
        previous = context.month_window(first.year, first.month, "the previous calendar month")
        return (previous, context.trailing(published, 30, "the 30 days before publication")), False
    if _LAST_WEEK.search(sentence):
        return (context.trailing(published, 7, "the 7 days before publication"),), False
    if _LAST_DAY.search(sentence):
        report_day = Window(published, published, "the report of the publication day")
        return (report_day, context.trailing(published, 1, "the day before publication")), False
    if per is not None:
        return (
            context.trailing(published, 7, "the 7 days before publication"),
            context.trailing(published, 30, "the 30 days before publication"),
        ), False
    return None


def _series_value(column: str, window: Window, per: str | None, cumulative: bool) -> Interval | None:
    gs = tables.general_staff()
    if window.open_end and per is None:
        ends = [window.end + timedelta(days=n) for n in range(1 - context.REPORT_LAG_DAYS, 2)]
        totals = [
            gs.cumulative(column, e) if cumulative else gs.window(column, window.start, e) for e in ends
        ]
        found = [v for v in totals if v is not None]
        return Interval(_D(min(found)), _D(max(found))) if found else None
    total = gs.window(column, window.start, window.end)
    if total is None:
        return None
    if per is None:
        return Interval(_D(total), _D(total))
    daily = Interval(_D(total), _D(total)) / Interval(_D(window.days), _D(window.days))
    return daily * PERIOD_DAYS[per]


def _span(values: Sequence[Interval]) -> Interval:
    highs = [v.high for v in values]
    high = None if any(h is None for h in highs) else max(h for h in highs if h is not None)
    return Interval(min(v.low for v in values), high)


@dataclass
class _Chain:
    """The last figure matched with a series, which a following figure naming nothing may refer to."""

    q: Quantity | None = None
    subject: Subject | None = None


def _subject(extraction: Extraction, q: Quantity, chain: _Chain) -> Subject | None:
    text = extraction.document.text
    sentence = context.sentence_text(extraction, q.sentence)
    offset = q.start - context.sentence_start(extraction, q.sentence)
    column = column_of(q.entity)
    inherited = None
    if column is None and q.entity is None and chain.q is not None and chain.subject is not None:
        between = text[chain.q.end : q.start]
        near = (chain.q.sentence == q.sentence and bool(_RESTATES.search(between))) or (
            chain.q.sentence == q.sentence - 1 and context.refers_back(sentence)
        )
        inherited = chain.subject if near else None
        column = inherited.column if inherited else None
    if column is None or q.kind != "count" or q.unit is not None:
        return None
    source = context.source_of(sentence)
    words = text[context.sentence_start(extraction, q.sentence) : q.end + 30]
    if inherited is None and not about_losses(words, source):
        return None
    side = context.side_of(sentence, offset)
    if inherited is not None:
        source = inherited.source if source == "none" else source
        side = side or inherited.side
    if side is None and source == "general_staff":
        side = "russia"
    per = per_of(text, q)
    if extraction.document.published is None:
        return Subject(column, side, source, (), False, per)
    found = windows_of(extraction, q, sentence, per)
    if found is None and inherited is not None:
        return Subject(column, side, source, inherited.windows, inherited.cumulative, per)
    windows, cumulative = found if found is not None else ((), False)
    if any(w.start < tables.INVASION for w in windows) and not cumulative:
        return None
    return Subject(column, side, source, windows, cumulative, per)


def about_losses(words: str, source: Source) -> bool:
    """A loss word, or the General Staff's own tally (it counts nothing but Russian losses)."""
    return bool(_LOSS.search(words) or (source == "general_staff" and _TALLY.search(words)))


def loss_series(extraction: Extraction) -> list[Check]:
    """Compare loss figures (rates, window totals, year-to-date and cumulative totals) with the General Staff."""
    checks: list[Check] = []
    chain = _Chain()
    for q in extraction.quantities:
        subject = _subject(extraction, q, chain)
        if subject is None:
            if q.entity is not None:
                chain = _Chain()
            continue
        chain = _Chain(q, subject)
        if subject.side != "russia" or subject.source == "other":
            continue
        if subject.source == "uk_mod" and subject.column != "personnel":
            continue
        found = _check(extraction, q, subject)
        if found is not None:
            checks.append(found)
    return checks


def _times(extraction: Extraction, q: Quantity) -> tuple[str, ...]:
    return tuple(t.id for t in extraction.times if t.sentence == q.sentence and t.kind != "war_day")


def _unverifiable(extraction: Extraction, q: Quantity, why: str) -> Check:
    return Check("", LOSS_SERIES, (q.id,), _times(extraction, q), "unverifiable", why)


def _check(extraction: Extraction, q: Quantity, subject: Subject) -> Check | None:
    noun = NOUN[subject.column]
    if extraction.document.published is None:
        return _unverifiable(
            extraction, q, f"'{q.text}' ({noun}) needs a publication date to find its period"
        )
    if not subject.windows:
        return None
    values = [_series_value(subject.column, w, subject.per, subject.cumulative) for w in subject.windows]
    if any(v is None for v in values):
        covered = tables.general_staff().days
        span = f"{covered[0]} to {covered[-1]}" if covered else "no days"
        return _unverifiable(
            extraction, q, f"the General Staff series covers {span}, not the period of '{q.text}'"
        )
    series = _span([v for v in values if v is not None])
    uk = _uk_mod(subject)
    if subject.source == "uk_mod":
        if uk is None:
            return _unverifiable(
                extraction, q, "the UK MoD publishes monthly averages only, for whole months"
            )
        verdict: Verdict = compare(interval(q), uk[0])  # type: ignore[assignment]
        explanation = (
            f"{_uk_words(subject, uk[0])}, {_joined(verdict)} '{q.text}'; {_gs_words(subject, series)}"
        )
    else:
        verdict = compare(interval(q), series)  # type: ignore[assignment]
        explanation = f"{_gs_words(subject, series)}, {_joined(verdict)} '{q.text}'"
        if uk is not None:
            explanation += f"; beside it, {_uk_words(subject, uk[0])}"
    proof = [
        _gs_evidence(subject, w, v) for w, v in zip(subject.windows, values, strict=True) if v is not None
    ]
    proof.extend(uk[1] if uk else ())
    return Check("", LOSS_SERIES, (q.id,), _times(extraction, q), verdict, explanation, tuple(proof))


def _joined(verdict: str) -> str:
    return {"consistent": "which matches", "inconsistent": "which does not match"}.get(
        verdict, "too close to call against"
    )


def _window_words(subject: Subject) -> str:
    labels = []
    for w in subject.windows:
        if w.open_end:
            first = w.end - timedelta(days=context.REPORT_LAG_DAYS - 1)
            labels.append(f"{w.label} ({w.start} up to a report of {first} to {w.end + timedelta(days=1)})")
        else:
            labels.append(f"{w.label} ({w.start} to {w.end})")
    return " and ".join(labels)


def _gs_words(subject: Subject, series: Interval) -> str:
    noun = NOUN[subject.column]
    if subject.cumulative:
        return f"the General Staff's cumulative count of Russian {noun} was {series.describe()} {_window_words(subject)}"
    rate = f" a {subject.per}" if subject.per else ""
    return f"the General Staff counted {series.describe()} Russian {noun}{rate} over {_window_words(subject)}"


def _gs_evidence(subject: Subject, window: Window, value: Interval) -> Evidence:
    shown = _round(value.low) if value.low == value.high else value.describe()
    start = None if subject.cumulative else window.start
    end = window.end + timedelta(days=1) if window.open_end else window.end
    return evidence("gs_losses", shown, start, end)


def _round(value: Decimal) -> Decimal:
    """A series value as evidence: whole numbers stay whole, rates keep one decimal.

    >>> _round(Decimal("31270.000")), _round(Decimal("1008.709677"))
    (Decimal('31270'), Decimal('1008.7'))
    """
    return value.quantize(_D(1)) if value == value.to_integral_value() else value.quantize(_D("0.1"))


def _uk_mod(subject: Subject) -> tuple[Interval, tuple[Evidence, ...]] | None:
    """The UK MoD monthly figure for a whole-calendar-month personnel window, as a rate or a month total."""
    if subject.column != "personnel" or subject.cumulative or len(subject.windows) != 1:
        return None
    window = subject.windows[0]
    month = context.month_window(window.start.year, window.start.month, "")
    if (window.start, window.end) != (month.start, month.end):
        return None
    row = tables.uk_mod().get(f"{window.start:%Y-%m}")
    if row is None:
        return None
    daily, total = row
    value = (
        Interval(total, total) if subject.per is None else Interval(daily, daily) * PERIOD_DAYS[subject.per]
    )
    return value, (evidence("uk_mod_monthly", daily if subject.per else total, window.start, window.end),)


def _uk_words(subject: Subject, value: Interval) -> str:
    rate = f" a {subject.per}" if subject.per else ""
    return f"the UK MoD estimated {value.describe()} Russian casualties{rate} in {subject.windows[0].start:%B %Y}"
