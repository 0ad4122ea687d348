"""Cities a news story names, each resolved to one GeoNames place.

Finding: every capitalized span that is the name of a populated place is a candidate; the
story decides whether it is a place here (a qualifier such as "Sacramento, Calif.", the
dateline, spaCy's entity label, a locative cue such as "in" or "mayor of") or a person or a
word ("Jackson said", "Mobile phones").
Resolving: among namesakes, the states and countries the story names, its dateline, the
other cities it names (a local story names several towns of one state, close together) and
then population decide.
"""

from __future__ import annotations

import logging
import math
from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

from .gazetteer import Gazetteer, Place, name_key

log = logging.getLogger(__name__)

_MAX_NAME_TOKENS = 5
_CONNECTORS = frozenset({"of", "de", "du", "la", "le", "del", "upon", "on", "-", "d'", "sur"})
# "\x97" and "\x96" are the Windows-1252 dashes that mis-decoded copy carries.
_DASHES = frozenset({"--", "—", "–", "-", "(", ":", "\x97", "\x96"})
_REGION_AFTER = frozenset({"state", "State"})
_BIG_CITY = 300_000  # a state or region named like a city this big means the city ("New York")
# Weights of the evidence and of the resolver's scores, set on development data (LGL and
# TR-News dev sets) as whole classes of cues, never per name. Scores add up log10(population)
# terms with context bonuses, so 0.35 in a score is a tenfold population.
_ANCHOR_KM = 160.0  # towns of a local story lie within a county or two of each other
_NEAR_BONUS = 1.2  # score for a namesake next to a town the story surely names
_ANCHOR_MARGIN = 0.6  # how far a mention's best place must lead to serve as such a town
_PRIOR_POP = 0.15  # plausibility per tenfold population when deciding "is this a city at all"
_HOME_PRIOR = 0.3  # ... for a place in the state that holds most of the story's names
_ALT_PRIOR = 0.3  # "Bombay" is a name of Mumbai, but big places carry odd other names too
_ALT_SCORE = 1.0  # ... and so rank below namesakes of that very name
_PERSON_ALONE = 0.1  # spaCy's small model calls many towns PERSON; alone it says little
_DATELINE_LIKE = 1.5  # "TORRINGTON —" opening a paragraph
_CURRENCY = 0.5  # "$" or "£" in the story, as evidence of its country
_ANCHOR_COUNTRY = 0.5  # a town the story surely names, as evidence of its country
_LISTED = 0.5  # a name in a list after a clear place
_CAPITAL = 1.5  # the seat of government of a country the story is about ("Washington")
_ACCEPT = 1.4  # a name is a city when its best mention's evidence plus the place's prior reach
_CONTRADICTED = -1.5  # ... and each mention is, unless its own words say otherwise this strongly


@dataclass
class _Mention:
    start: int  # token indices
    end: int
    key: str
    places: list[Place]
    evidence: float = 0.0
    reasons: list[str] = field(default_factory=list)
    qualifier: tuple[str, str] | None = None  # (country, admin1 or "")
    dateline: bool = False
    said: bool = False
    choice: Place | None = None
    score: float = 0.0
    margin: float = 0.0


def find_cities(doc: Doc, gazetteer: Gazetteer, *, dateline: dict | None) -> dict:
    """Cities, the states and countries named as context, and the dateline's city."""
    try:
        return _find(doc, gazetteer, dateline)
    except Exception:  # a missed city must never cost the rest of the story's facts
        log.exception("city finding failed")
        return {"cities": [], "places": [], "dateline_city": None}


def _find(doc: Doc, gaz: Gazetteer, dateline: dict | None) -> dict:
    words = _Words.of(doc)
    spans = _name_spans(doc, words, dateline)
    if not spans:
        return {"cities": [], "places": [], "dateline_city": None}
    found = gaz.lookup(list({key for _, _, key in spans}))
    areas, mentions = _choose(doc, words, gaz, spans, found)
    _collect_evidence(doc, gaz, mentions, areas, dateline)
    _resolve(gaz, words, mentions, areas)
    resolved = [m for m in mentions if m.choice is not None]
    cities = [_city_item(doc, gaz, m) for m in resolved]
    dateline_city = next((c for c, m in zip(cities, resolved) if m.dateline), None)
    places = [_area_item(doc, a) for a in areas if a.kind != "county"]
    return {"cities": cities, "places": places, "dateline_city": dateline_city}


# ----------------------------------------------------------------------------- finding


@dataclass
class _Words:
    """The doc's tokens as plain lists, read in one pass: the finder looks at every token and
    spaCy's per-token objects cost more than the finding itself."""

    text: list[str]
    sent_start: list[bool]
    space_after: list[bool]

    @classmethod
    def of(cls, doc: Doc) -> _Words:
        from spacy.attrs import ORTH, SENT_START, SPACY

        if len(doc) == 0:
            return cls([], [], [])
        rows = doc.to_array([ORTH, SENT_START, SPACY]).tolist()
        strings = doc.vocab.strings
        text = [strings[orth] for orth, _s, _w in rows]
        sent_start = [s == 1 for _o, s, _w in rows]
        sent_start[0] = True
        return cls(text, sent_start, [bool(w) for _o, _s, w in rows])

    def span(self, i: int, j: int) -> str:
        return "".join(
            self.text[k] + (" " if self.space_after[k] and k < j - 1 else "") for k in range(i, j)
        )


def _is_name_word(words: _Words, i: int, in_dateline: bool) -> bool:
    text = words.text[i]
    if not text[:1].isupper() or not any(c.isalpha() for c in text):
        return False
    if text.isupper() and len(text) > 1 and not text.endswith("."):
        # Capitals are a dateline's style ("MANSFIELD --"); elsewhere they are acronyms.
        return in_dateline or _dateline_like(words, i)
    return True


def _caps(word: str) -> bool:
    return word.isupper() and word.isalpha()


def _dateline_like(words: _Words, i: int) -> bool:
    text = words.text
    first = i
    while first > 0 and _caps(text[first - 1]):
        first -= 1
    k = i + 1
    while k < len(text) and _caps(text[k]):
        k += 1
    if k >= len(text) or (text[k] not in _DASHES and text[k] != ","):
        return False
    # Capitals then a dash open a paragraph anywhere ("2009 MANSFIELD --"); then a comma only
    # at a sentence's start ("SALINA, Kan.").
    return text[k] != "," or words.sent_start[first] or "\n" in text[first - 1]


def _name_spans(doc: Doc, words: _Words, dateline: dict | None) -> list[tuple[int, int, str]]:
    """Every run of capitalized tokens (with "of", "de", hyphens inside) up to five long."""
    dl_start, dl_end = _dateline_bounds(dateline)
    in_dl = dl_start >= 0
    text = words.text
    n = len(text)
    spans = []
    for i in range(n):
        first = text[i][:1]
        if not first.isupper():
            continue
        dl = in_dl and dl_start <= doc[i].idx < dl_end
        if not _is_name_word(words, i, dl):
            continue
        for j in range(i + 1, min(n, i + _MAX_NAME_TOKENS) + 1):
            last = j - 1
            if last > i:
                if words.sent_start[last]:
                    break
                is_name = _is_name_word(words, last, dl)
                if not is_name and text[last].lower() not in _CONNECTORS:
                    break
                if text[last] == "-" and words.space_after[last - 1]:
                    break
                if not is_name:
                    continue
            key = name_key(words.span(i, j))
            if len(key) >= 3:
                spans.append((i, j, key))
    return spans


def _dateline_bounds(dateline: dict | None) -> tuple[int, int]:
    if not dateline:
        return (-1, -1)
    start, end = dateline.get("place_start"), dateline.get("place_end")
    if isinstance(start, int) and isinstance(end, int):
        return (start, end)
    return (-1, -1)


@dataclass
class _Area:
    start: int
    end: int
    kind: str
    country: str
    admin1: str
    name: str
    states: list[tuple[str, str]]  # every (country, admin1) the name may be in: counties repeat


def _choose(doc, words, gaz, spans, found):
    """Longest match first, left to right; a name that is both a region and a city is read
    as the region unless a big city carries it ("New York") and no "state" follows."""
    by_start: dict[int, list[tuple[int, str]]] = {}
    for i, j, key in spans:
        by_start.setdefault(i, []).append((j, key))
    named = _named_countries(words, gaz, spans)
    areas: list[_Area] = []
    mentions: list[_Mention] = []
    i = 0
    n = len(doc)
    stop = gaz.stop_words
    starts = gaz.abbreviation_starts
    while i < n:
        state = _state_abbreviation_at(doc, gaz, i) if words.text[i] in starts else None
        if state is not None:
            code, j = state
            name = gaz.region_name("US", code) or code
            areas.append(_Area(i, j, "region", "US", code, name, [("US", code)]))
            i = j
            continue
        best = None
        for j, key in sorted(by_start.get(i, []), reverse=True):
            places = found.get(key, [])
            options = gaz.areas.get(key, [])
            area = [a for a in options if a[0] != "region" or a[1] in named] or None
            if options and not area and not any(p.population >= _BIG_CITY for p in places):
                places = []  # a foreign region's name ("Ontario") in a story not about its country
            if not places and not area:
                continue
            text = words.span(i, j)
            stopped = (
                j - i == 1
                and not area
                and (text in stop or text.title() in stop or text in gaz.demonyms)
            )
            if stopped and _qualifier_at(doc, gaz, j) is None:
                continue
            best = (j, key, places, area)
            break
        if best is None:
            i += 1
            continue
        j, key, places, area = best
        if area and not _city_over_area(doc, words, gaz, i, j, places, area):
            kind, cc, a1, name = _pick_area(area, named)
            states = [(c, r) for k, c, r, _n in area if k == kind and r]
            areas.append(_Area(i, j, kind, cc, a1, name, states))
        elif places:
            mentions.append(_Mention(i, j, key, places))
        i = j
    return areas, mentions


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


def _named_countries(words: _Words, gaz: Gazetteer, spans) -> set[str]:
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


def _pick_area(area: list[tuple[str, str, str, str]], named: set[str]) -> tuple[str, str, str, str]:
    # "Georgia" is the country in a story that otherwise names it (Tbilisi), else the state.
    countries = [a for a in area if a[0] == "country"]
    if countries and countries[0][1] in named:
        return countries[0]
    us = [a for a in area if a[0] == "region" and a[1] == "US"]
    return (us or countries or area)[0]


def _city_over_area(
    doc: Doc, words: _Words, gaz: Gazetteer, i: int, j: int, places: list[Place], area
) -> bool:
    if not places:
        return False
    nxt = doc[j] if j < len(doc) else None
    prev2 = doc[i - 2 : i].text.lower() if i >= 2 else ""
    if (nxt is not None and nxt.text in _REGION_AFTER) or prev2 == "state of":
        return False
    qualifier = _qualifier_at(doc, gaz, j)
    if qualifier is not None and _qualified(places, qualifier[0]):  # "Mexico, Mo."
        return True
    if doc[i].text.isupper() and _dateline_like(words, i):  # "LEBANON (AP) --"
        return True
    if any(a[0] == "country" for a in area):
        return False
    region_countries = {a[1] for a in area}
    return any(
        (p.main or p.population >= 1_000_000)
        and p.population >= _BIG_CITY
        and p.country in region_countries
        for p in places
    )


# ----------------------------------------------------------------------------- evidence


def _qualifier_at(doc: Doc, gaz: Gazetteer, j: int) -> tuple[list[tuple[str, str]], int] | None:
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
        area = gaz.areas.get(name_key(doc[k : k + width].text), [])
        options = [(cc, a1) for kind, cc, a1, _n in area if kind in ("country", "region")]
        if options:
            return (options, k + width)
    return None


def _qualified(places: list[Place], options: list[tuple[str, str]]) -> tuple[str, str] | None:
    for cc, a1 in options:
        if any(p.country == cc and (not a1 or p.admin1 == a1) for p in places):
            return (cc, a1)
    return None


def _collect_evidence(doc, gaz, mentions, areas, dateline) -> None:
    dl_start, dl_end = _dateline_bounds(dateline)
    ents = {}
    for ent in doc.ents:
        for t in range(ent.start, ent.end):
            ents[t] = ent
    # Names the story gives people ("Roy Jones", "Charlotte Graham") are people's elsewhere too.
    person_words = {
        name_key(token.text)
        for ent in doc.ents
        if ent.label_ == "PERSON" and len(ent) > 1
        for token in (ent[0], ent[-1])
        if token.text[:1].isupper()
    }
    ends: dict[int, _Mention] = {}
    for m in mentions:
        first = doc[m.start]
        qual = _qualifier_at(doc, gaz, m.end)
        m.qualifier = _qualified(m.places, qual[0]) if qual else None
        if m.qualifier:
            m.evidence += 1.5
            m.reasons.append("qualified")
        if dl_start <= first.idx < dl_end:
            m.dateline = True
            m.evidence += 1.5
            m.reasons.append("dateline")
        elif first.text.isupper() and len(first.text) > 1:
            m.evidence += _DATELINE_LIKE
            m.reasons.append("dateline-like")
        ent = ents.get(m.start)
        label = ent.label_ if ent is not None else ""
        if label == "GPE":
            m.evidence += 0.8
            m.reasons.append("GPE")
        elif label in ("LOC", "FAC", "ORG", "NORP"):
            m.evidence += 0.2
        elif label == "PERSON":
            multi = ent.end - ent.start > m.end - m.start
            m.evidence -= 1.5 if multi else _PERSON_ALONE
            m.reasons.append("person")
        if m.key in person_words and label != "GPE":
            m.evidence -= 1.0
        prev = doc[m.start - 1] if m.start > 0 else None
        prev2 = doc[m.start - 2] if m.start > 1 else None
        nxt = doc[m.end] if m.end < len(doc) else None
        if prev is not None and prev.lower_ in gaz.cues["person_titles_before"]:
            m.evidence -= 2.0
        if prev is not None and prev.lower_ in gaz.cues["locative_before"]:
            m.evidence += 0.5
            m.reasons.append("locative")
        if prev is not None and prev.lower_ == "of" and prev2 is not None:
            if prev2.lower_ in gaz.cues["place_nouns_before_of"]:
                m.evidence += 1.0
                m.reasons.append(f"{prev2.lower_} of")
            elif prev2.ent_type_ == "PERSON" or (
                prev2.text == "," and prev2.i > 0 and doc[prev2.i - 1].like_num
            ):
                m.evidence += 1.0  # "Galen Miller of Palestine", "Smith, 34, of Jeannette"
                m.reasons.append("hometown")
        if (
            prev is not None
            and prev.text == "-"
            and prev2 is not None
            and prev2.text in gaz.cues["party_before"]
        ):
            m.evidence += 1.0  # "Rep. Jay Roberts (R-Ocilla)"
            m.reasons.append("hometown")
        if _in_list_of(doc, m.end, gaz.cues["after_not_city"]):
            m.evidence -= 3.0  # "Camden and Charlton counties"
        if nxt is not None:
            if _part_of_longer_name(nxt, gaz):
                m.evidence -= 0.8  # "Webb Center", "Des Moines Register"
            elif nxt.lower_ in gaz.cues["place_words_after"] or nxt.text.startswith("-based"):
                m.evidence += 0.7
                m.reasons.append(f"{nxt.lower_}")
            elif (
                nxt.text in ("'s", "’s")
                and nxt.i + 1 < len(doc)
                and doc[nxt.i + 1].lower_ in gaz.cues["place_words_after"]
            ):
                m.evidence += 0.5
        if prev is not None and not first.is_sent_start and prev.is_title and prev.is_alpha:
            m.evidence -= 0.5  # "Rodeo Gainesville", "Texas Ranger"
        if first.is_sent_start and m.end - m.start == 1 and not m.reasons:
            m.evidence -= 0.3  # a capital that may only be the sentence's
        listed = ends.get(m.start - 2)
        if (
            prev is not None
            and prev.text in ("and", "or", ",")
            and listed is not None
            and listed.evidence >= 0.8
        ):
            m.evidence += _LISTED  # "in Leeds and Manchester"
            m.reasons.append("listed with places")
        ends[m.end - 1] = m
        if _age_follows(doc, m.end):
            m.evidence -= 1.5  # "Shelton, 33, had been reported missing"
        locative = prev is not None and prev.lower_ in gaz.cues["locative_before"]
        if nxt is not None and nxt.lower_ in gaz.cues["speech_after"] and not locative:
            m.evidence -= 1.0
            m.said = True


def _age_follows(doc: Doc, k: int) -> bool:
    """ ", 33," after a name is a person's age, AP style."""
    if k + 2 >= len(doc) or doc[k].text != "," or doc[k + 2].text != ",":
        return False
    age = doc[k + 1].text
    return age.isdigit() and int(age) < 120


def _in_list_of(doc: Doc, k: int, nouns: frozenset[str]) -> bool:
    """Whether a name is a county, river or street's: "Camden County", "Camden and Charlton
    counties"."""
    for token in doc[k : k + 8]:
        if token.text in nouns:
            return token.i == k or token.text.islower()
        if not (token.text in (",", "and", "or", "&") or token.is_title):
            return False
    return False


def _part_of_longer_name(nxt: Token, gaz: Gazetteer) -> bool:
    """A capitalized word after the name makes it part of another name ("Webb Center", "Des
    Moines Register"), except the town's institutions ("Hartford Hospital")."""
    return (
        nxt.is_title
        and nxt.is_alpha
        and nxt.lower_ not in gaz.cues["place_words_after"]
        and nxt.text not in gaz.cues["institution_after"]
        and nxt.text not in gaz.state_abbreviations
    )


# ----------------------------------------------------------------------------- resolving


def _resolve(gaz: Gazetteer, words: _Words, mentions: list[_Mention], areas: list[_Area]) -> None:
    states: dict[tuple[str, str], float] = {}
    countries: dict[str, float] = {}
    for word in words.text:
        if gaz.demonyms.get(word):
            countries[gaz.demonyms[word]] = countries.get(gaz.demonyms[word], 0) + 0.5
    # Prices hint at the country too: dollars in a local story are most likely American.
    for symbol, cc in (("$", "US"), ("£", "GB")):
        if symbol in words.text:
            countries[cc] = countries.get(cc, 0) + _CURRENCY
    coverage: dict[tuple[str, str], float] = {}
    counties = {name_key(a.name) for a in areas if a.kind == "county"}
    for a in areas:
        for region in a.states:
            states[region] = states.get(region, 0) + 1 / len(a.states)
        if a.kind == "county":
            for region in set(a.states):
                coverage[region] = coverage.get(region, 0) + 0.5
        countries[a.country] = countries.get(a.country, 0) + 1
    for m in mentions:
        if m.qualifier:
            cc, a1 = m.qualifier
            if a1:
                states[(cc, a1)] = states.get((cc, a1), 0) + 1
            countries[cc] = countries.get(cc, 0) + 1
    # Local stories name several towns of one state: the state that holds the most of the
    # story's candidate names is its likely home.
    for key in {m.key for m in mentions if m.evidence > 0}:
        m = next(x for x in mentions if x.key == key)
        weights: dict[tuple[str, str], float] = {}
        for p in m.places:
            if p.main:
                region = (p.country, p.admin1)
                weights[region] = max(weights.get(region, 0), math.log10(p.population + 10) / 6)
        for region, weight in weights.items():
            coverage[region] = coverage.get(region, 0) + weight
    _score_all(mentions, states, countries, coverage, counties, [])
    for m in mentions:
        if m.dateline and m.choice:
            region = (m.choice.country, m.choice.admin1)
            states[region] = states.get(region, 0) + 2
    anchors: list[tuple[str, Place]] = []
    for _round in range(2):
        anchors = [(m.key, m.choice) for m in mentions if m.choice and _confident(m)]
        if _round == 0:
            # The towns the story surely names say which country it is about.
            for place in {p.geonames_id: p for _k, p in anchors}.values():
                countries[place.country] = countries.get(place.country, 0) + _ANCHOR_COUNTRY
        _score_all(mentions, states, countries, coverage, counties, anchors)
    home = _home(coverage)
    # One place per name in a story: a qualified or dateline mention decides for all, else
    # the best-scored one.
    best: dict[str, _Mention] = {}
    for m in mentions:
        if m.choice is None:
            continue
        rank = (m.qualifier is not None or m.dateline, m.score)
        if m.key not in best or rank > (
            best[m.key].qualifier is not None or best[m.key].dateline,
            best[m.key].score,
        ):
            best[m.key] = m
    for m in mentions:
        if m.key in best and not m.qualifier:
            m.choice = best[m.key].choice
    # A name the story shows to be a place is one wherever it recurs, unless a mention is
    # plainly something else ("Mr. Arlington", "David Hopkins").
    support: dict[str, float] = {}
    for m in mentions:
        if m.choice is not None:
            support[m.key] = max(support.get(m.key, -9.0), _forgiven(m))
    distinct = {(k, p.geonames_id): (k, p) for k, p in anchors}.values()
    priors: dict[tuple[str, int], float] = {}
    for m in mentions:
        if m.choice is None:
            continue
        group = (m.key, m.choice.geonames_id)
        if group not in priors:
            others = [p for k, p in distinct if k != m.key]
            priors[group] = _prior(m.choice, states, counties, others)
            if home is not None and (m.choice.country, m.choice.admin1) == home:
                priors[group] += _HOME_PRIOR
        if support[m.key] + priors[group] < _ACCEPT or _forgiven(m) <= _CONTRADICTED:
            m.choice = None


def _home(coverage: dict[tuple[str, str], float]) -> tuple[str, str] | None:
    """The state that clearly holds most of the story's names, if one does."""
    ranked = sorted(coverage.items(), key=lambda item: -item[1])
    if not ranked or ranked[0][1] < 1.2:
        return None
    if len(ranked) > 1 and ranked[0][1] - ranked[1][1] < 0.5:
        return None
    return ranked[0][0]


def _forgiven(m: _Mention) -> float:
    """People speak, and so do capitals ("Tbilisi says"): a capital's "says" is no evidence."""
    if m.said and m.choice is not None and (m.choice.capital or m.choice.population >= 1_000_000):
        return max(m.evidence + 1.0, 1.0)
    return m.evidence


def _confident(m: _Mention) -> bool:
    return m.evidence >= 0.5 and (
        m.margin >= _ANCHOR_MARGIN or m.qualifier is not None or m.dateline
    )


def _prior(p: Place, states, counties, anchors) -> float:
    """How plausible the chosen place is as a city of this story, before the words around it."""
    value = _PRIOR_POP * math.log10(p.population + 10) - (0 if p.main else _ALT_PRIOR)
    if states.get((p.country, p.admin1), 0) >= 0.5 or p.county in counties:
        value += 0.6
    if any(_km(p, a) <= _ANCHOR_KM for a in anchors):
        value += 0.5
    return value


def _score_all(mentions, states, countries, coverage, counties, anchors) -> None:
    """Mentions of one name with one qualifier score alike: each such group is scored once."""
    done: dict[tuple[str, tuple[str, str] | None], tuple[Place | None, float, float]] = {}
    for m in mentions:
        group = (m.key, m.qualifier)
        if group not in done:
            others = list({p.geonames_id: p for k, p in anchors if k != m.key}.values())
            done[group] = _score(
                m.places, m.qualifier, states, countries, coverage, counties, others
            )
        m.choice, m.score, m.margin = done[group]


def _score(
    places, qualifier, states, countries, coverage, counties, anchors
) -> tuple[Place | None, float, float]:
    """The best place for a name, its score and its lead over the next namesake."""
    ranked = []
    candidates = places
    if qualifier:
        cc, a1 = qualifier
        narrowed = [p for p in candidates if p.country == cc and (not a1 or p.admin1 == a1)]
        candidates = narrowed or candidates
    counts = [*sorted(coverage.values(), reverse=True), 0, 0]
    top_coverage, lead = counts[0], min(1, counts[0] - counts[1])
    country_total = sum(countries.values()) or 1.0
    for p in candidates:
        s = 0.35 * math.log10(p.population + 10)
        share = countries.get(p.country, 0) / country_total
        if not p.main:
            # Other names of big places are often historical ("Berea" for Aleppo); one counts
            # in a story about its country ("Newcastle" in British news).
            s -= _ALT_SCORE if share < 0.5 else _ALT_SCORE / 3
        s += 1.2 * min(1.0, states.get((p.country, p.admin1), 0))
        s += share
        if top_coverage >= 1.2:
            held = coverage.get((p.country, p.admin1), 0)
            s += 0.3 * (held / top_coverage) ** 2 + (0.8 * lead if held == top_coverage else 0)
        if p.county in counties:
            s += 1.5
        if p.capital and countries.get(p.country):
            s += _CAPITAL
        if anchors:
            near = min(_km(p, a) for a in anchors)
            s += _NEAR_BONUS * max(0.0, 1 - near / (2 * _ANCHOR_KM))
        ranked.append((s, p.population, p))
    ranked.sort(key=lambda r: (r[0], r[1]), reverse=True)
    if not ranked:
        return None, 0.0, 0.0
    margin = ranked[0][0] - ranked[1][0] if len(ranked) > 1 else 2.0
    return ranked[0][2], ranked[0][0], margin


def _km(a: Place, b: Place) -> float:
    """Distance on a flat local map: exact enough below the few hundred km that matter here."""
    dx = (b.longitude - a.longitude) * math.cos(math.radians((a.latitude + b.latitude) / 2))
    dx = min(abs(dx), 360 - abs(dx))
    return 111.2 * math.hypot(dx, b.latitude - a.latitude)


# ----------------------------------------------------------------------------- output


def _city_item(doc: Doc, gaz: Gazetteer, m: _Mention) -> dict:
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


def _area_item(doc: Doc, a: _Area) -> dict:
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
