"""Finding a story's cities: candidate names, read, weighed and resolved, as output items."""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

from .candidates import TokenLists, name_spans
from .evidence import collect_evidence
from .mentions import choose
from .resolve import resolve

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from .gazetteer import Gazetteer
    from .mentions import Area, Mention


def find_cities(doc: Doc, gazetteer: Gazetteer, *, dateline: dict | None) -> dict:
    """Cities, the states and countries named as context, and the dateline's city."""
    words = TokenLists.of(doc)
    spans = name_spans(doc, words, dateline, gazetteer.initials)
    if not spans:
        return {"cities": [], "places": [], "dateline_city": None}
    found = gazetteer.lookup(list({key for _, _, key in spans}))
    areas, mentions = choose(doc, words, gazetteer, spans, found)
    sport = collect_evidence(doc, gazetteer, words, mentions, dateline, areas)
    resolve(gazetteer, words, mentions, areas, sport)
    resolved = [m for m in mentions if m.choice is not None]
    cities = [_city_item(doc, gazetteer, m) for m in resolved]
    dateline_city = next((c for c, m in zip(cities, resolved) if m.dateline), None)
    places = [_area_item(doc, a) for a in areas if a.kind != "county"]
    return {"cities": cities, "places": places, "dateline_city": dateline_city}


def _city_item(doc: Doc, gaz: Gazetteer, m: Mention) -> dict:
    p = m.choice
    start = doc[m.start].idx
    end = doc[m.end - 1].idx + len(doc[m.end - 1].text)
    confidence = 1 / (1 + math.exp(-(m.evidence + m.margin - 0.5)))
    return {
        "text": doc[m.start : m.end].text,
        "start": start,
        "end": end,
        "name": p.name,
        "region": gaz.region_name(p.country, p.admin1),
        "country": p.country,
        "latitude": p.latitude,
        "longitude": p.longitude,
        "geonames_id": p.geonames_id,
        "population": p.population,
        "confidence": round(confidence, 3),
        "reason": ", ".join(m.reasons) or "gazetteer name in context",
    }


def _area_item(doc: Doc, a: Area) -> dict:
    start = doc[a.start].idx
    end = doc[a.end - 1].idx + len(doc[a.end - 1].text)
    return {
        "text": doc[a.start : a.end].text,
        "start": start,
        "end": end,
        "name": a.name,
        "kind": a.kind,
        "country": a.country,
    }
