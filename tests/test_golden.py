"""Golden files: quantities and times annotated by hand in real articles, scored against the extractors.

Each ``tests/golden/<slug>.json`` holds the hand annotation of one record of the war-news corpus; the article
text stays in ``../shared`` and is read from there (it may not be copied into the repository). The guidelines
the annotation follows are in ``tests/golden/README.md``.

Scoring (the same functions serve ``scripts/golden.py``, which prints the misses for review):

- a predicted quantity matches a gold one when their spans overlap and ``low`` and ``high`` are equal (to 4
  decimal places, the precision of the gold ratios); precision, recall and F1 count those matches;
  "value-exact" is the share of gold quantities matched with ``approx``, ``unit`` and ``per`` equal too;
- a predicted time matches a gold one when their spans overlap; "resolution accuracy" is the share of gold
  times matched with an equal ``value`` (a null gold value is only matched by a null prediction); an
  "invented" date is a non-null predicted value where the gold value is null.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from claimledger.extract.quantities import extract_quantities
from claimledger.extract.sentences import split_sentences
from claimledger.extract.times import extract_times
from claimledger.models import Quantity, TimeMention

GOLDEN_DIR = Path(__file__).resolve().parent / "golden"
GOLDEN_FILES = sorted(GOLDEN_DIR.glob("*.json"))

# Floors: what the extractors reached when the golden files were finished (2026-11-25, both extractors then
# being rewritten: quantities P 0.877 R 0.854 F1 0.865, value-exact 0.769; times P 0.965 R 0.932 F1 0.948,
# resolution accuracy 0.770, no invented date). They only guard against regressions; the lead raises them as
# the extractors improve. Targets (issues 3 and 4): quantity F1 0.95 with every value exact; time resolution
# accuracy 0.95; no invented date.
# Quantities after issue 3 round 2 (2026-11-25, 302 gold quantities after the README's change log): P 0.987
# R 0.993 F1 0.990, value-exact 0.964 (misses left: the Australian "$" read as usd, 8 entries; "1:23";
# "as much as 1-10"; extra: "35." of "35. The combined army", "year end 24’", "One need not").
# Times after issue 4 round 2 (2026-11-25, 148 gold times): P 0.993 R 1.000 F1 0.997, resolution accuracy
# 1.000 (148/148), no invented date; the one extra is "since the second world war", a span the extractor
# keeps by design although the guidelines leave events used as anchors unannotated. The floors allow one miss.
MIN_QUANTITY_F1 = 0.99
MIN_QUANTITY_VALUE_EXACT = 0.96
MIN_TIME_F1 = 0.99
MIN_TIME_ACCURACY = 0.99
MAX_INVENTED_DATES = 0

APPROX = {None, "about", "at_least", "more_than", "at_most", "less_than", "vague"}
QUANTITY_KINDS = {"count", "measure", "duration", "percent", "ratio", "money"}
TIME_KINDS = {"date", "month", "season", "year", "weekday", "relative", "span", "war_day", "decade"}
PRECISIONS = {None, "day", "week", "month", "season", "year", "decade"}
PERIODS = {None, "day", "week", "month", "year"}
_DAY = r"\d{4}-\d{2}-\d{2}"
TIME_VALUE = re.compile(rf"\d{{4}}(?:-\d{{2}})?|{_DAY}(?:/{_DAY})?")
VALUE_PLACES = Decimal("0.0001")
TIME_UNITS = {"second", "minute", "hour", "day", "week", "month", "year"}
CURRENCIES = {"usd", "gbp", "eur", "aud", "uah", "rub"}


@dataclass(frozen=True)
class Golden:
    """One hand-annotated article: its corpus id, publication date and gold entries."""

    slug: str
    id: str
    published: date
    quantities: tuple[dict[str, Any], ...]
    times: tuple[dict[str, Any], ...]
    notes: tuple[str, ...]


@dataclass
class Score:
    """Match counts of one kind of mention, summed over articles."""

    gold: int = 0
    predicted: int = 0
    matched: int = 0
    exact: int = 0

    def add(self, other: Score) -> None:
        self.gold += other.gold
        self.predicted += other.predicted
        self.matched += other.matched
        self.exact += other.exact

    @property
    def precision(self) -> float:
        return self.matched / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.matched / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        total = self.precision + self.recall
        return 2 * self.precision * self.recall / total if total else 0.0

    @property
    def exact_rate(self) -> float:
        """Share of gold entries matched with every compared field equal."""
        return self.exact / self.gold if self.gold else 0.0


@dataclass
class ArticleResult:
    """The scores of one article and the pairs behind them, for review."""

    golden: Golden
    quantities: Score
    times: Score
    invented: int
    quantity_pairs: list[tuple[dict[str, Any] | None, Quantity | None]] = field(default_factory=list)
    time_pairs: list[tuple[dict[str, Any] | None, TimeMention | None]] = field(default_factory=list)


def kind_of_unit(unit: str | None) -> str:
    """The quantity kind that the annotation guidelines derive from a canonical unit.

    >>> kind_of_unit("gbp"), kind_of_unit("km"), kind_of_unit(None)
    ('money', 'measure', 'count')
    """
    if unit is None:
        return "count"
    if unit in {"percent", "percentage_point"}:
        return "percent"
    if unit == "ratio":
        return "ratio"
    if unit in CURRENCIES:
        return "money"
    return "duration" if unit in TIME_UNITS else "measure"


def load_golden(path: Path) -> Golden:
    """Read one golden file; numbers become ``Decimal`` so that values compare exactly."""
    raw = json.loads(path.read_text(encoding="utf-8"), parse_float=Decimal, parse_int=Decimal)
    return Golden(
        slug=path.stem,
        id=raw["id"],
        published=date.fromisoformat(raw["published"]),
        quantities=tuple(raw["quantities"]),
        times=tuple(raw["times"]),
        notes=tuple(raw.get("notes", ())),
    )


def load_texts(corpus_path: Path, ids: Iterable[str]) -> dict[str, str]:
    """The article text of each wanted corpus id (the first record of an id that appears twice)."""
    wanted = set(ids)
    texts: dict[str, str] = {}
    with corpus_path.open(encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                record = json.loads(line)
                if record["id"] in wanted and record["id"] not in texts:
                    texts[record["id"]] = record["text"]
    return texts


def _overlaps(start: int, end: int, gold: dict[str, Any]) -> bool:
    return start < int(gold["end"]) and int(gold["start"]) < end


def _same_number(left: Decimal, right: Decimal) -> bool:
    return left.quantize(VALUE_PLACES) == right.quantize(VALUE_PLACES)


def _values_equal(predicted: Quantity, gold: dict[str, Any]) -> bool:
    return _same_number(predicted.low, gold["low"]) and _same_number(predicted.high, gold["high"])


def _exact(predicted: Quantity, gold: dict[str, Any]) -> bool:
    fields = ("approx", "unit", "per")
    return _values_equal(predicted, gold) and all(getattr(predicted, name) == gold[name] for name in fields)


def match_quantities(
    gold: Sequence[dict[str, Any]], predicted: Sequence[Quantity]
) -> list[tuple[dict[str, Any] | None, Quantity | None]]:
    """Pair gold and predicted quantities one to one: overlapping spans with equal values.

    Unpaired entries come out with ``None`` on the other side, gold first, in text order.
    """
    free = list(predicted)
    pairs: list[tuple[dict[str, Any] | None, Quantity | None]] = []
    for entry in gold:
        found = next((p for p in free if _overlaps(p.start, p.end, entry) and _values_equal(p, entry)), None)
        if found is not None:
            free.remove(found)
        pairs.append((entry, found))
    pairs.extend((None, p) for p in free)
    return pairs


def match_times(
    gold: Sequence[dict[str, Any]], predicted: Sequence[TimeMention]
) -> list[tuple[dict[str, Any] | None, TimeMention | None]]:
    """Pair gold and predicted times one to one on overlapping spans (values are compared afterwards)."""
    free = list(predicted)
    pairs: list[tuple[dict[str, Any] | None, TimeMention | None]] = []
    for entry in gold:
        candidates = [p for p in free if _overlaps(p.start, p.end, entry)]
        found = next(
            (p for p in candidates if p.value == entry["value"]), candidates[0] if candidates else None
        )
        if found is not None:
            free.remove(found)
        pairs.append((entry, found))
    pairs.extend((None, p) for p in free)
    return pairs


def score_article(golden: Golden, text: str) -> ArticleResult:
    """Run both extractors on ``text`` and score them against ``golden``."""
    sentences = split_sentences(text)
    predicted_quantities = extract_quantities(text, sentences)
    predicted_times = extract_times(text, sentences, published=golden.published)
    quantity_pairs = match_quantities(golden.quantities, predicted_quantities)
    time_pairs = match_times(golden.times, predicted_times)
    quantities = Score(
        gold=len(golden.quantities),
        predicted=len(predicted_quantities),
        matched=sum(1 for g, p in quantity_pairs if g is not None and p is not None),
        exact=sum(1 for g, p in quantity_pairs if g is not None and p is not None and _exact(p, g)),
    )
    times = Score(
        gold=len(golden.times),
        predicted=len(predicted_times),
        matched=sum(1 for g, p in time_pairs if g is not None and p is not None),
        exact=sum(1 for g, p in time_pairs if g is not None and p is not None and p.value == g["value"]),
    )
    invented = sum(
        1 for g, p in time_pairs if g is not None and p is not None and g["value"] is None and p.value
    )
    return ArticleResult(golden, quantities, times, invented, quantity_pairs, time_pairs)


def total(results: Iterable[ArticleResult]) -> tuple[Score, Score, int]:
    """Quantity and time scores and invented dates summed over ``results``."""
    quantities, times, invented = Score(), Score(), 0
    for result in results:
        quantities.add(result.quantities)
        times.add(result.times)
        invented += result.invented
    return quantities, times, invented


def format_report(results: Sequence[ArticleResult]) -> str:
    """A table of the figures, one row per article and a total row."""
    lines = [
        f"{'article':34} {'q gold':>6} {'q P':>5} {'q R':>5} {'q F1':>5} {'exact':>5}  {'t gold':>6} {'t F1':>5} {'t acc':>5}"
    ]
    for result in results:
        lines.append(_report_row(result.golden.slug, result.quantities, result.times))
    quantities, times, invented = total(results)
    lines.append(_report_row(f"TOTAL ({len(results)} articles)", quantities, times))
    lines.append(f"invented dates (value where the gold is null): {invented}")
    return "\n".join(lines)


def _report_row(name: str, quantities: Score, times: Score) -> str:
    return (
        f"{name:34} {quantities.gold:6d} {quantities.precision:5.2f} {quantities.recall:5.2f} {quantities.f1:5.2f}"
        f" {quantities.exact_rate:5.2f}  {times.gold:6d} {times.f1:5.2f} {times.exact_rate:5.2f}"
    )


@pytest.fixture(scope="module")
def goldens() -> list[Golden]:
    return [load_golden(path) for path in GOLDEN_FILES]


@pytest.fixture(scope="module")
def texts(corpus_path: Path, goldens: list[Golden]) -> dict[str, str]:
    return load_texts(corpus_path, (golden.id for golden in goldens))


@pytest.fixture(scope="module")
def results(goldens: list[Golden], texts: dict[str, str]) -> list[ArticleResult]:
    return [score_article(golden, texts[golden.id]) for golden in goldens]


def test_enough_golden_articles() -> None:
    assert len(GOLDEN_FILES) >= 12
    assert sum(len(load_golden(path).quantities) for path in GOLDEN_FILES) >= 300


@pytest.mark.parametrize("path", GOLDEN_FILES, ids=lambda path: path.stem)
def test_golden_file_is_well_formed(path: Path) -> None:
    golden = load_golden(path)
    assert path.stem.endswith(golden.id.split("_")[-1].removesuffix(".txt"))
    for entry in golden.quantities:
        assert entry["low"] <= entry["high"], entry
        assert entry["approx"] in APPROX, entry
        assert entry["kind"] in QUANTITY_KINDS, entry
        assert entry["per"] in PERIODS, entry
        assert entry["kind"] == kind_of_unit(entry["unit"]), entry
        assert entry["entity"] is None or entry["kind"] in {"count", "ratio"}, entry
    for entry in golden.times:
        assert entry["kind"] in TIME_KINDS, entry
        assert entry["precision"] in PRECISIONS, entry
        assert (entry["value"] is None) == (entry["precision"] is None), entry
        assert entry["value"] is None or TIME_VALUE.fullmatch(entry["value"]), entry


@pytest.mark.parametrize("path", GOLDEN_FILES, ids=lambda path: path.stem)
def test_golden_spans_match_article_text(path: Path, texts: dict[str, str]) -> None:
    golden = load_golden(path)
    assert golden.id in texts, f"{golden.id} is not in the corpus"
    text = texts[golden.id]
    for entry in (*golden.quantities, *golden.times):
        start, end = int(entry["start"]), int(entry["end"])
        assert text[start:end] == entry["text"], entry
    for entries in (golden.quantities, golden.times):
        spans = [(int(e["start"]), int(e["end"])) for e in entries]
        assert spans == sorted(spans), "entries are kept in text order"
        assert len(set(spans)) == len(spans), "no span is annotated twice"


def test_quantities_meet_floor(results: list[ArticleResult]) -> None:
    quantities, _, _ = total(results)
    report = format_report(results)
    print(report)
    assert quantities.f1 >= MIN_QUANTITY_F1, report
    assert quantities.exact_rate >= MIN_QUANTITY_VALUE_EXACT, report


def test_times_meet_floor(results: list[ArticleResult]) -> None:
    _, times, invented = total(results)
    report = format_report(results)
    print(report)
    assert times.f1 >= MIN_TIME_F1, report
    assert times.exact_rate >= MIN_TIME_ACCURACY, report
    assert invented <= MAX_INVENTED_DATES, report
