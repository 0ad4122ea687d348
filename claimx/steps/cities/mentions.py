"""Reading the candidate names: each is a state or country named as context, a city
mention with its namesakes, or neither; longest match first, left to right."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from .candidates import dateline_like
from .gazetteer import km, name_key

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from .candidates import TokenLists
    from .gazetteer import Gazetteer, Place

_COUNTY_RIVAL = 50_000  # a town this big abroad may be meant by a British county's name
_REGION_AFTER = frozenset({"state", "State"})
# A state's offices and houses after a name that is both a state and a city ("New York's
# attorney general", "the Georgia legislature") say the state.
_STATE_OFFICES = frozenset(
    {"governor", "gov.", "legislature", "legislators", "senator", "senators", "assembly"}
    | {"premier", "statehouse", "attorney"}
)
_CITY_BEFORE = frozenset({"city of", "town of", "village of"})
_CITY_KM = 25  # a borough lies this close to its city's middle
_BIG_CITY = 300_000  # a state or region named like a city this big means the city ("New York")
_REGION_SEAT = 50_000  # a town its foreign region is named after, this big: "Salzburg", not "Bar"
_TOWN_REGION_CITY = 100_000  # a city this big beats a foreign region named after a smaller town


@dataclass
class Mention:
    start: int  # token indices
    end: int
    key: str
    places: list[Place]
    evidence: float = 0.0
    reasons: list[str] = field(default_factory=list)
    qualifier: tuple[str, str] | None = None  # (country, admin1 or "")
    dateline: bool = False
    said: bool = False
    world_host: bool = False  # the host of the Olympic Games or a world expo: the famous city
    near: tuple[float, float] | None = None  # a British county qualifier's middle (lat, lon)
    other: str = ""  # what else the name means here: "club", "organization", "person"...
    choice: Place | None = None
    score: float = 0.0
    margin: float = 0.0


@dataclass
class Area:
    start: int
    end: int
    kind: str
    country: str
    admin1: str
    name: str
    states: list[tuple[str, str]]  # every (country, admin1) the name may be in: counties repeat
    team: bool = False  # a country named as a sports team ("England beat Wales")


# Romance links inside a name: a place word before one opens a longer name the gazetteer
# lacks (a stadium, a bank), not a city's mention
_NAME_LINKS = frozenset({"de", "du", "del", "d'"})


def choose(doc, words, gaz, spans, found):
    """Longest match first, left to right; a name that is both a region and a city is read
    as the region unless a big city carries it ("New York") and no "state" follows."""
    by_start: dict[int, list[tuple[int, str]]] = {}
    for i, j, key in spans:
        by_start.setdefault(i, []).append((j, key))
    named = _named_countries(words, gaz, spans)
    areas: list[Area] = []
    mentions: list[Mention] = []
    i = 0
    n = len(doc)
    stop = gaz.stop_words
    starts = gaz.abbreviation_starts
    while i < n:
        state = _state_abbreviation_at(doc, gaz, i) if words.text[i] in starts else None
        if state is not None:
            code, j = state
            name = gaz.region_name("US", code) or code
            areas.append(Area(i, j, "region", "US", code, name, [("US", code)]))
            i = j
            continue
        best = None
        for j, key in sorted(by_start.get(i, []), reverse=True):
            places = found.get(key, [])
            options = gaz.areas.get(key, [])
            area = [a for a in options if _area_applies(a, named, places, gaz.cues)] or None
            foreign = [a for a in options if a[0] == "region"]
            if foreign and not area and not _seat_of_region(places, foreign):
                places = []  # a foreign region's name ("Ontario") in a story not about its country
            if not places and not area:
                continue
            text = words.span(i, j)
            stopped = (
                j - i == 1
                and not area
                and (text in stop or text.title() in stop or text in gaz.demonyms)
            )
            if stopped and qualifier_at(doc, gaz, j) is None:
                continue
            best = (j, key, places, area)
            break
        if best is None:
            i += 1
            continue
        j, key, places, area = best
        longest = max(end for end, _ in by_start[i])
        if longest > j and words.text[j].lower() in _NAME_LINKS:
            i = longest  # "Stade de France", "Banco de Portugal": a longer name it only opens
            continue
        if area and not _city_over_area(doc, words, gaz, i, j, places, area):
            kind, cc, a1, name = _pick_area(area, named)
            # A British county's nation (England, Wales) is too wide to favour its towns.
            states = [
                (c, r) for k, c, r, _n in area if k == kind and r and (k, c) != ("county", "GB")
            ]
            areas.append(Area(i, j, kind, cc, a1, name, states))
        elif places:
            mentions.append(Mention(i, j, key, places))
            qualifier = _qualifier_area(doc, gaz, j, places)
            if qualifier is not None:
                areas.append(qualifier)  # "Ipswich, Suffolk": the county, not Suffolk, Va.
                j = qualifier.end
        i = j
    return areas, mentions


def _qualifier_area(doc: Doc, gaz: Gazetteer, j: int, places: list[Place]) -> Area | None:
    """The state, province, county or country after a town's comma that holds one of the
    town's namesakes ("Ipswich, Suffolk", "Bendigo, Victoria", "Kent, Washington"): a region
    qualifying the town, never a city of its own name (Suffolk, Va.; Victoria, Hong Kong).
    A big city around the town is that city ("Queens, New York")."""
    qual = qualifier_at(doc, gaz, j)
    region = qualified(places, qual[0]) if qual else None
    if region is None or listed_after(doc, qual[1]):
        return None  # "Montreal, Quebec City and Halifax": a list of towns
    k, end = j + 1, qual[1]
    cc, a1 = region
    name = doc[k:end].text
    inside = [p for p in places if p.country == cc and (not a1 or p.admin1 == a1)]
    cities = gaz.lookup([name_key(name)])[name_key(name)]
    if any(_around(c, p) for c in cities if c.population >= _BIG_CITY for p in inside):
        return None
    for kind, acc, aa1, full in gaz.areas.get(name_key(name), []):
        if acc == cc and (not a1 or aa1 == a1):
            states = [(cc, a1)] if a1 and kind != "county" else []
            return Area(k, end, kind, cc, a1, full, states)
    return None


def _around(city: Place, p: Place) -> bool:
    """Whether a place lies within a big city (a borough of it)."""
    return km(city.latitude, city.longitude, p.latitude, p.longitude) <= _CITY_KM


def _seat_of_region(places: list[Place], regions: list[tuple[str, str, str, str]]) -> bool:
    """Whether a foreign region's name may be a city in a story not about its country: a big
    city ("Tokyo"), or a town of some size the region is named after, inside it ("a festival
    in Salzburg"; Ontario, California lies outside the province it is named after), or a city
    elsewhere when the region is a small town's district named after it ("San Sebastián" is
    a town and municipality of Puerto Rico, and the Basque city)."""
    inside = [p for p in places if any(p.country == a[1] and p.admin1 == a[2] for a in regions)]
    return any(
        p.population >= _BIG_CITY
        or (p.main and p.population >= _REGION_SEAT and p in inside)
        or (inside and p.main and p.population >= _TOWN_REGION_CITY and p not in inside)
        for p in places
    )


def _state_abbreviation_at(doc: Doc, gaz: Gazetteer, k: int) -> tuple[str, int] | None:
    """An AP state abbreviation ("Calif.", "N.M.", "W. Va.") at token k: (code, end).

    Two-letter postal codes only count right after a comma ("Boise, ID")."""
    for width in (2, 1):
        if k + width > len(doc):
            continue
        text = doc[k : k + width].text
        code = gaz.state_abbreviations.get(text)
        if code is None or not text[:1].isupper():
            continue
        if len(text) > 2 and "." in text:
            return code, k + width
        if text.isupper() and k > 0 and doc[k - 1].text == ",":
            return code, k + width
    return None


def _named_countries(words: TokenLists, gaz: Gazetteer, spans) -> set[str]:
    """Countries the story names or implies (demonyms, big cities); a foreign region's name
    ("Punjab", "Gulf") reads as a region only in a story about its country."""
    named = {"US"}
    found = gaz.lookup([key for _i, _j, key in spans])
    for _i, _j, key in spans:
        options = gaz.areas.get(key, [])
        if not any(a[0] == "region" and a[1] == "US" for a in options):
            named.update(a[1] for a in options if a[0] == "country")
        mains = [p for p in found[key] if p.main]
        # A big city with no namesake of its size names its country: "Toronto", "Edmonton".
        big = mains and mains[0].population >= 200_000
        if big and (len(mains) == 1 or mains[1].population * 10 < mains[0].population):
            named.add(mains[0].country)
    named.update(gaz.demonyms[t] for t in words.text if gaz.demonyms.get(t))
    return named


def _area_applies(
    area: tuple[str, str, str, str], named: set[str], places: list[Place], cues: dict
) -> bool:
    """A foreign region's name is a region in a story about its country, or where it is a
    name of several words, no compass point among them, that no town bears ("British
    Columbia", not "North West"); a British county's
    too, or where no namesake town of 50,000 outside Britain competes ("Lincolnshire", but
    "Norfolk" in a Virginian story is the city)."""
    kind, cc = area[0], area[1]
    if kind == "region":
        words = area[3].replace("-", " ").split()
        own_name = len(words) > 1 and not cues["direction_words"].intersection(words)
        return cc in named or (own_name and not places)
    if kind == "county" and cc == "GB":
        return cc in named or not any(
            p.population >= _COUNTY_RIVAL and p.country != "GB" for p in places
        )
    return True


def _pick_area(area: list[tuple[str, str, str, str]], named: set[str]) -> tuple[str, str, str, str]:
    # "Georgia" is the country in a story that otherwise names it (Tbilisi), else the state.
    countries = [a for a in area if a[0] == "country"]
    if countries and countries[0][1] in named:
        return countries[0]
    us = [a for a in area if a[0] == "region" and a[1] == "US"]
    return (us or countries or area)[0]


def _city_over_area(
    doc: Doc, words: TokenLists, gaz: Gazetteer, i: int, j: int, places: list[Place], area
) -> bool:
    if not places:
        return False
    nxt = doc[j] if j < len(doc) else None
    prev2 = doc[i - 2 : i].text.lower() if i >= 2 else ""
    if (nxt is not None and nxt.text in _REGION_AFTER) or prev2 == "state of":
        return False
    if prev2 in _CITY_BEFORE:
        return True  # "the city of Kunduz": not the province named alike
    if _state_office_after(doc, j):
        return False
    qualifier = qualifier_at(doc, gaz, j)
    if qualifier is not None and qualified(places, qualifier[0]):  # "Mexico, Mo."
        return True
    if doc[i].text.isupper() and dateline_like(words, i):  # "LEBANON (AP) --"
        return True
    if any(a[0] == "country" for a in area):
        city_state = any(_city_state(places, a[1]) for a in area if a[0] == "country")
        return city_state and not _among_countries(words, gaz, i, j)
    region_countries = {a[1] for a in area}
    return any(
        (p.main or p.population >= 1_000_000)
        and p.population >= _BIG_CITY
        and p.country in region_countries
        for p in places
    )


def _city_state(places: list[Place], country: str) -> bool:
    """A country named like its capital, a city with no region around it (GeoNames gives it
    no first-level division): Singapore, Hong Kong, Monaco are cities."""
    return any(
        p.capital and p.main and p.country == country and p.admin1 in ("", "00") for p in places
    )


def _among_countries(words: TokenLists, gaz: Gazetteer, i: int, j: int) -> bool:
    """A city-state listed with a country ("Japan, Hong Kong", "Hong Kong and China") is the
    country sense too."""
    text = words.text
    before = i > 1 and text[i - 1] in (",", "and") and _is_country(gaz, text[i - 2])
    after = j + 1 < len(text) and text[j] in (",", "and") and _is_country(gaz, text[j + 1])
    return before or after


def _is_country(gaz: Gazetteer, word: str) -> bool:
    """A country's one-word name, not a city-state's ("Japan", not "Singapore")."""
    key = name_key(word)
    countries = [a[1] for a in gaz.areas.get(key, []) if a[0] == "country"]
    places = gaz.lookup([key]).get(key, []) if countries else []
    return any(not _city_state(places, cc) for cc in countries)


def _state_office_after(doc: Doc, j: int) -> bool:
    """ "New York's governor", "the New York Legislature", "New York Attorney General"
    (British style: "attorney-general")."""
    k = j + 1 if j < len(doc) and doc[j].text in ("'s", "’s") else j
    if k >= len(doc) or doc[k].lower_ not in _STATE_OFFICES:
        return False
    general = [t.lower_ for t in doc[k + 1 : k + 3]]
    return doc[k].lower_ != "attorney" or general[:1] == ["general"] or general == ["-", "general"]


# ----------------------------------------------------------------------------- evidence
def qualifier_at(doc: Doc, gaz: Gazetteer, j: int) -> tuple[list[tuple[str, str]], int] | None:
    """What a state abbreviation, a state or a country right after a city's comma may name:
    ([(country, admin1 or "")], end)."""
    if j + 1 >= len(doc) or doc[j].text != ",":
        return None
    k = j + 1
    state = _state_abbreviation_at(doc, gaz, k)
    if state is not None:
        return ([("US", state[0])], state[1])
    for width in (3, 2, 1):
        if k + width > len(doc) or not doc[k].text[:1].isupper():
            continue
        key = name_key(doc[k : k + width].text)
        area = gaz.areas.get(key, [])
        options = [(cc, a1) for kind, cc, a1, _n in area if kind in ("country", "region")]
        if key in gaz.uk_counties:  # "Richmond, North Yorks", "Newport, Gwent"
            options.append(("GB", gaz.uk_counties[key][0]))
        if options and not _clause_opens(doc, j - 1, k + width - 1):
            return (options, k + width)
    return None


def _clause_opens(doc: Doc, town: int, name: int) -> bool:
    """ "After the draw in Paris, Ireland face Israel": the comma closes an opening phrase,
    and the name after it is the clause's subject, no state or country of the town's (it
    has no comma of its own, and its head comes after it, outside the town's phrase)."""
    after = doc[name]
    return (
        doc[town].dep_ == "pobj"
        and after.dep_ in ("nsubj", "nsubjpass", "compound")
        and after.head.i > name
        and not doc[town].is_ancestor(after)
        and (name + 1 >= len(doc) or not doc[name + 1].is_punct)
    )


def listed_after(doc: Doc, k: int) -> bool:
    """Whether the name ending before token k is one of a list ("and", "or", or a comma and
    another capitalized name follow) or a word of a longer name."""
    nxt = doc[k] if k < len(doc) else None
    after = doc[k + 1] if k + 1 < len(doc) else None
    if nxt is None:
        return False
    if nxt.is_title and nxt.is_alpha:
        return True  # a longer name: "Tallahassee, Panama City"
    return nxt.lower_ in ("and", "or", "&") or (
        nxt.text == "," and after is not None and after.is_title
    )


def qualified(places: list[Place], options: list[tuple[str, str]]) -> tuple[str, str] | None:
    for cc, a1 in options:
        if any(p.country == cc and (not a1 or p.admin1 == a1) for p in places):
            return (cc, a1)
    return None
