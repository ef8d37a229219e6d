"""Peer geoparsing suites from ../shared/eval/geoparsing (test-only, GPL-3): GeoWebNews, TR-News, LGL.

Scored as Gritta et al. and Mordecai3 report them: accuracy within 161 km over gold toponyms with
coordinates, and precision / recall of recognition. The packaged gazetteer is Ukraine plus countries,
neighbouring and US first-level regions and a short list of cities, so these world and US local news suites
are mostly out of its reach: the floors below guard against regressions, and beating Mordecai3 stays a
strict xfail until a world gazetteer ships.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from claimledger.extract.places import extract_places
from claimledger.extract.places_eval import GoldPlace, Scores, load_peer_suite, score
from claimledger.extract.sentences import split_sentences
from claimledger.models import PlaceMention

KM = 161
# suite: (file, Mordecai3's published accuracy, floor for accuracy over recognised toponyms, recall floor)
SUITES = {
    "GeoWebNews": ("GWN.xml", 0.94, 0.80, 0.30),
    "TR-News": ("TR-News.xml", 0.873, 0.75, 0.35),
    "LGL": ("lgl.xml", 0.827, 0.70, 0.22),
}
_cache: dict[str, Scores] = {}


def suite_scores(shared_dir: Path, name: str) -> Scores:
    if name not in _cache:
        path = shared_dir / "eval" / "geoparsing" / SUITES[name][0]
        if not path.is_file():
            pytest.skip(f"{path} not found")
        predictions: dict[str, list[PlaceMention]] = {}
        gold: list[GoldPlace] = []
        for record, text, items in load_peer_suite(path):
            predictions[record] = extract_places(text, split_sentences(text))
            gold.extend(items)
        _cache[name] = score(predictions, gold, km=KM, exhaustive=frozenset(predictions))
    return _cache[name]


@pytest.mark.shared
@pytest.mark.parametrize("name", sorted(SUITES))
def test_recognition_precision(shared_dir: Path, name: str) -> None:
    assert suite_scores(shared_dir, name).recognition_precision >= 0.95


@pytest.mark.shared
@pytest.mark.parametrize("name", sorted(SUITES))
def test_accuracy_floor(shared_dir: Path, name: str) -> None:
    scores = suite_scores(shared_dir, name)
    assert scores.accuracy >= SUITES[name][2], scores
    assert scores.recognition_recall >= SUITES[name][3], scores


@pytest.mark.shared
@pytest.mark.xfail(strict=True, reason="no world gazetteer ships: accuracy@161 km 0.88 / 0.82 / 0.81")
@pytest.mark.parametrize("name", sorted(SUITES))
def test_beats_mordecai3(shared_dir: Path, name: str) -> None:
    assert suite_scores(shared_dir, name).accuracy > SUITES[name][1]
