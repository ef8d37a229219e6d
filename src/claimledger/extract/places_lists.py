"""Lists of names: regions named together are regions, not their capitals.

"Donetsk and Luhansk oblasts", "the regions of Chernihiv and Zhytomyr" and the Donbas pair "Donetsk and
Luhansk" name oblasts; in a list of states ("Hawaii, California, Washington and Utah") or of countries a
name that is both a region and a town is the region.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from claimledger.extract.gazetteer import Gazetteer

if TYPE_CHECKING:
    from claimledger.extract.places_match import Match

REGION_NAMES = frozenset({"PCLI", "ADM1"})
PLURAL_REGIONS = (" regions", " oblasts", " provinces")
LIST_GAPS = frozenset({", ", " and ", ", and ", " or "})
REGIONS_BEFORE = re.compile(r"\b(?:regions|oblasts|provinces)\b[^.;:!?A-Z]{0,30}$")
DONBAS_PAIR = (frozenset({"donetsk"}), frozenset({"luhansk", "lugansk"}))


def coordinated_regions(text: str, matches: list[Match], gazetteer: Gazetteer) -> list[Match]:
    """Names listed as regions are oblasts, not their capitals.

    "Donetsk and Luhansk oblasts" (a plural after the list), "the regions of Chernihiv and Zhytomyr",
    "four regions — Kherson, Zaporizhzhia, Luhansk and Donetsk" (a plural before it), and the Donbas pair
    "Donetsk and Luhansk" named together, which war reporting uses for the two oblasts.
    """
    for group in _lists(text, matches):
        keys = {matches[i].key for i in group}
        regional = (
            matches[group[-1]].key.endswith(PLURAL_REGIONS)
            or REGIONS_BEFORE.search(text, max(0, matches[group[0]].start - 40), matches[group[0]].start)
            or (DONBAS_PAIR[0] & keys and DONBAS_PAIR[1] & keys)
        )
        if regional:
            for i in group:
                matches[i] = _as_region(matches[i], gazetteer)
        elif len(group) >= 3:
            _listed_regions(matches, group)
    return matches


def _listed_regions(matches: list[Match], group: list[int]) -> None:
    """In a list of states or provinces ("Hawaii, California, Washington, Utah") a name that is both a
    region and a town is the region; in a list of countries ("Ukraine, Georgia and Finland"), the country."""
    for fcode in REGION_NAMES:
        _listed(matches, group, fcode)


def _listed(matches: list[Match], group: list[int], fcode: str) -> None:
    of_kind = [i for i in group if all(p.fcode == fcode for p in matches[i].places)]
    for i in group:
        match = matches[i]
        keep = [k for k, p in enumerate(match.places) if p.fcode == fcode]
        if len([j for j in of_kind if j != i]) >= 2 and keep and len(keep) < len(match.places):
            places = tuple(match.places[k] for k in keep)
            matches[i] = replace(match, places=places, alternate=tuple(match.alternate[k] for k in keep))


def _lists(text: str, matches: list[Match]) -> list[list[int]]:
    """Runs of matches joined only by commas, "and" or "or"."""
    groups: list[list[int]] = []
    for index in range(len(matches)):
        if index and text[matches[index - 1].end : matches[index].start] in LIST_GAPS:
            groups[-1].append(index)
        else:
            groups.append([index])
    return groups


def _as_region(match: Match, gazetteer: Gazetteer) -> Match:
    if match.key.endswith(PLURAL_REGIONS) or any(p.fcode == "ADM1" for p in match.places):
        return match
    candidates = gazetteer.candidates(match.key + " region")
    if not candidates:
        return match
    places = tuple(p for p, _ in candidates)
    return replace(match, places=places, alternate=(False,) * len(places))
