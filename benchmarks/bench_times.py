"""Speed of the time layer over the shared corpus, against the rest of extraction (the issue allows +30%).

Run: ``.venv/bin/python benchmarks/bench_times.py`` (needs ../shared; prints figures, asserts nothing).
Extraction runs once per article with the time layer timed inside it; the ratio is the time layer's share of
what extraction costs without it. A second figure times each recognizer over the whole corpus text.
"""

from __future__ import annotations

import json
import time
from collections import Counter
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus" / "war-news-2022-2024" / "articles.jsonl"


def _records() -> list[dict[str, str]]:
    with CORPUS.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def _share(records: list[dict[str, str]]) -> None:
    from claimledger.extract import extract, times

    original = times.extract_times
    spent = [0.0]
    kinds: Counter[str] = Counter()

    def timed(*args: object, **kwargs: object) -> object:
        started = time.perf_counter()
        found = original(*args, **kwargs)  # type: ignore[arg-type]
        spent[0] += time.perf_counter() - started
        kinds.update(t.kind for t in found)
        return found

    times.extract_times = timed  # type: ignore[assignment]
    try:
        started = time.perf_counter()
        for record in records:
            extract(record["text"], published=date.fromisoformat(record["published"][:10]))
        total = time.perf_counter() - started
    finally:
        times.extract_times = original
    words = sum(len(r["text"].split()) for r in records)
    rest = total - spent[0]
    print(f"corpus: {len(records)} articles, {words:,} words")
    print(f"extraction, all layers:   {total:6.2f} s")
    print(f"time layer:               {spent[0]:6.2f} s  = +{100 * spent[0] / rest:.1f}% on the other layers")
    print(f"time mentions: {sum(kinds.values())} ({', '.join(f'{k} {n}' for k, n in kinds.most_common())})")


def _recognizers(records: list[dict[str, str]]) -> None:
    from claimledger.extract.sentences import split_sentences
    from claimledger.extract.times_absolute import find_dates
    from claimledger.extract.times_anchored import find_anchored
    from claimledger.extract.times_calendar import Context
    from claimledger.extract.times_fiscal import find_fiscal
    from claimledger.extract.times_holidays import find_holidays
    from claimledger.extract.times_periods import find_periods
    from claimledger.extract.times_relative import find_relative
    from claimledger.extract.times_story import find_story
    from claimledger.extract.times_weekdays import find_weekdays

    text = "\n\n".join(r["text"] for r in records)
    ctx = Context(text, split_sentences(text), date(2024, 1, 1))
    for name, recognizer in (
        ("dates", find_dates),
        ("periods", find_periods),
        ("relative", find_relative),
        ("weekdays", find_weekdays),
        ("story", find_story),
        ("anchored", find_anchored),
        ("fiscal", find_fiscal),
        ("holidays", find_holidays),
    ):
        started = time.perf_counter()
        count = sum(1 for _ in recognizer(ctx))
        print(f"  {name:<10} {time.perf_counter() - started:6.3f} s  {count} candidates")


def main() -> None:
    if not CORPUS.is_file():
        print(f"skipped: corpus not found at {CORPUS}")
        return
    records = _records()
    _share(records)
    print("recognizers over the whole corpus as one text:")
    _recognizers(records)


if __name__ == "__main__":
    main()
