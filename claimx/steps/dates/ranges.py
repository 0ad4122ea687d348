"""Ranges between the dates found: "from March to May", "since mid-September"."""

from __future__ import annotations

import re

_RANGE_LINK = re.compile(r"\s*(?:-|–|—|to|through|thru|until|till|and)\s*", re.IGNORECASE)
_RANGE_OPEN = re.compile(r"\b(from|between|since|until|till|through)\s+$", re.IGNORECASE)


def link_ranges(items: list[dict], text: str) -> None:
    """ "from March to May", "between 2019 and 2021", "2009-2010"; "since X" opens a range."""
    for i, item in enumerate(items):
        before = _RANGE_OPEN.search(text[max(0, item["start"] - 12) : item["start"]])
        opener = before.group(1).lower() if before else ""
        if item["range"] is None and i + 1 < len(items):
            nxt = items[i + 1]
            link = _RANGE_LINK.fullmatch(text[item["end"] : nxt["start"]])
            word = link.group().strip().lower() if link else ""
            if link and (
                opener == "between" if word == "and" else opener == "from" or not word.isalpha()
            ):
                item["range"] = {"role": "start", "other": i + 1}
                nxt["range"] = {"role": "end", "other": i}
                continue
        if item["range"] is None and opener in ("since", "from"):
            item["range"] = {"role": "start", "other": None}
        elif item["range"] is None and opener in ("until", "till", "through"):
            item["range"] = {"role": "end", "other": None}
