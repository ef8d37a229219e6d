"""Reading the Recognizers-Text peer suite and our lists of its known failures (shared by the peer tests)."""

from __future__ import annotations

import json
import os
import re
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
SHARED = Path(os.environ.get("CLAIMLEDGER_SHARED", HERE.parent.parent / "shared"))
SUITE = SHARED / "eval" / "recognizers-en"
KNOWN = HERE / "peer_known_failures"
_SPACES = re.compile(r"\s+")


def load_cases(name: str) -> list[dict[str, Any]]:
    """The cases of one spec file (they start with a UTF-8 byte-order mark)."""
    with (SUITE / f"{name}.json").open(encoding="utf-8-sig") as handle:
        cases: list[dict[str, Any]] = json.load(handle)
    return cases


def load_known(name: str) -> dict[int, tuple[str, str]]:
    """Case index -> (status, reason) from ``peer_known_failures/<name>.txt``."""
    path = KNOWN / f"{name}.txt"
    known: dict[int, tuple[str, str]] = {}
    if path.is_file():
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip() and not line.startswith("#"):
                index, status, reason = line.split("\t", 2)
                known[int(index)] = (status, reason)
    return known


def case_param(name: str, index: int, known: dict[int, tuple[str, str]]) -> Any:
    """One case as a pytest parameter, marked xfail (strict) or skipped as outside the contract when listed."""
    import pytest

    status, reason = known.get(index, ("pass", ""))
    marks: list[Any] = []
    if status == "xfail":
        marks.append(pytest.mark.xfail(strict=True, reason=reason))
    elif status == "out":
        marks.append(pytest.mark.skip(reason=f"outside the contract: {reason}"))
    return pytest.param(name, index, id=f"{name}-{index}", marks=marks)


def write_known(name: str, entries: list[tuple[int, str, str]], script: str) -> None:
    """Rewrite ``peer_known_failures/<name>.txt`` from (case index, status, reason) entries."""
    lines = [f"# {name}: index<TAB>xfail|out<TAB>reason (regenerate: python {script})"]
    for index, status, reason in entries:
        flat = _SPACES.sub(" ", reason) if status == "xfail" else reason  # a failure message may span lines
        lines.append(f"{index}\t{status}\t{flat}")
    KNOWN.mkdir(exist_ok=True)
    (KNOWN / f"{name}.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")


def print_rates(rates: dict[str, tuple[int, int, int]]) -> None:
    """Print each spec file's pass rate over its in-scope cases."""
    for name, (passed, total, out) in rates.items():
        sys.stdout.write(
            f"{name}: {passed}/{total} = {passed / total:.1%} in scope ({out} out of contract)\n"
        )
