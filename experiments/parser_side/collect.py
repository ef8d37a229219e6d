"""Run the pipeline over the hand-labelled claims and record, per labelled claim, what the side rules saw and
decided: the sentence, its quantities, the leading quantities, the speaker, the rules' side, and whether the
figure rules (``figure_side``, rules 1-10 of docs/claims.md "Sides") decided it or the fallbacks
(``nearest_party``, rules 11-17) did.

Instrumentation only wraps ``claims.side_of`` and ``claims_sides.figure_side``: the pipeline's output is
unchanged. Matching of predicted claims to labelled sentences reuses ``test_claims_annotated``.
"""

from __future__ import annotations

import json
import os
import pickle
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import test_claims_annotated as scoring
from claimledger.extract import claims as claims_module
from claimledger.extract import claims_sides, extract
from claimledger.models import Quantity

ROOT = Path(__file__).resolve().parents[2]
SHARED = Path(os.environ.get("CLAIMLEDGER_SHARED", "/work/shared"))
CORPUS = SHARED / "corpus" / "war-news-2022-2024" / "articles.jsonl"
# Corpus text must not be written into the repository: the cache lives outside it.
CACHE = Path(os.environ.get("PARSER_SIDE_CACHE", "/tmp/parser_side_cache"))
HELD_OUT = "held-out-6"
NEVER = ("held-out-7",)  # may appear later: never read nor scored


@dataclass
class Record:
    """One labelled claim with what the rules saw of it."""

    set_name: str
    article: str
    gold: str | None
    matched: bool
    sentence: str = ""
    offset: int = 0
    members: list[Quantity] = field(default_factory=list)
    focus: list[Quantity] = field(default_factory=list)
    speaker: str | None = None
    claim_kind: str | None = None
    rules: Any = "<no claim>"  # the rules' side (the pipeline's output)
    figure_decided: bool = False  # figure_side (rules 1-10) decided
    figure: str | None = None


def load_records() -> dict[str, dict[str, Any]]:
    with CORPUS.open(encoding="utf-8") as handle:
        return {r["id"]: r for r in (json.loads(line) for line in handle if line.strip())}


class _Recorder:
    """Wraps side_of / figure_side and keeps each call's inputs and answers, keyed by sentence offset."""

    def __init__(self) -> None:
        self.calls: dict[int, dict[str, Any]] = {}
        self._figure: tuple[bool, str | None] = (False, None)
        self._side_of = claims_module.side_of
        self._figure_side = claims_sides.figure_side

    def figure_side(self, *args: Any, **kwargs: Any) -> tuple[bool, str | None]:
        self._figure = self._figure_side(*args, **kwargs)
        return self._figure

    def side_of(self, sentence: str, offset: int, members: Any, **kwargs: Any) -> str | None:
        self._figure = (False, None)
        side = self._side_of(sentence, offset, members, **kwargs)
        self.calls[offset] = {
            "sentence": sentence,
            "members": list(members),
            "focus": list(kwargs.get("leading") or members),
            "speaker": kwargs.get("speaker"),
            "claim_kind": kwargs.get("claim_kind"),
            "rules": side,
            "figure_decided": self._figure[0],
            "figure": self._figure[1],
        }
        return side

    def __enter__(self) -> _Recorder:
        claims_module.side_of = self.side_of  # type: ignore[assignment]
        claims_sides.figure_side = self.figure_side  # type: ignore[assignment]
        return self

    def __exit__(self, *_: object) -> None:
        claims_module.side_of = self._side_of
        claims_sides.figure_side = self._figure_side


def collect(set_name: str, records: dict[str, dict[str, Any]]) -> list[Record]:
    """The labelled claims of one set with the rules' reading of each."""
    assert set_name not in NEVER
    out: list[Record] = []
    for path in scoring.annotation_files(set_name):
        annotation = scoring.load_annotation(path)
        text = records[annotation["id"]]["text"]
        with _Recorder() as recorder:
            found = extract(text, published=date.fromisoformat(annotation["published"])).claims
        for gold in annotation["claims"]:
            claim = scoring._match(gold, found)
            record = Record(set_name, annotation["id"], gold["side"], claim is not None)
            if claim is not None:
                call = recorder.calls[claim.start]
                record.offset = claim.start
                for key, value in call.items():
                    setattr(record, key, value)
                assert record.rules == scoring.predicted_label(claim, "side")
            out.append(record)
    return out


def cached(set_name: str) -> list[Record]:
    CACHE.mkdir(parents=True, exist_ok=True)
    path = CACHE / f"{set_name}.pickle"
    if path.is_file():
        with path.open("rb") as handle:
            data: list[Record] = pickle.load(handle)
            return data
    data = collect(set_name, load_records())
    with path.open("wb") as handle:
        pickle.dump(data, handle)
    return data


def development_sets() -> list[str]:
    return [name for name in scoring.SETS if name != HELD_OUT and name not in NEVER]
