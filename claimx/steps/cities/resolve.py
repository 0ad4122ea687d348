"""Resolving among namesakes: one place per name, and whether the name is a city here at all.

The states and countries the story names, its dateline, the other cities it names (a local
story names several towns of one state, close together) and then population decide.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

from .gazetteer import km, name_key
from .metonymy import GOVERNMENT
from .readings import HOST_REASON

if TYPE_CHECKING:
    from .candidates import TokenLists
    from .gazetteer import Gazetteer, Place
    from .mentions import Area, Mention

# Weights of the resolver's scores, set on development data (LGL and TR-News dev sets) as
# whole classes of cues, never per name. Scores add up log10(population) terms with context
# bonuses, so 0.35 in a score is a tenfold population.
_ANCHOR_KM = 160.0  # towns of a local story lie within a county or two of each other
_NEAR_BONUS = 1.2  # score for a namesake next to a town the story surely names
_AMONG_KM = 80.0  # a namesake this close to the story's other towns outweighs a world city
_SOFT_NEAR = 0.6  # ... next to a town the story names with some evidence but no clear lead
_ANCHOR_MARGIN = 0.6  # how far a mention's best place must lead to serve as such a town
_PRIOR_POP = 0.15  # plausibility per tenfold population when deciding "is this a city at all"
_HOME_PRIOR = 0.3  # ... for a place in the state that holds most of the story's names
_ALT_PRIOR = 0.3  # "Bombay" is a name of Mumbai, but big places carry odd other names too
_ALT_SCORE = 1.0  # ... and so rank below namesakes of that very name
_CURRENCY = 0.5  # "$" or "£" in the story, as evidence of its country
_ANCHOR_COUNTRY = 0.5  # a town the story surely names, as evidence of its country
_COUNTY_KM = 90  # a British county's towns lie within this of its rough middle
_TEAM_COUNTRY = 0.5  # all of a story's mentions of a country as a sports team
# A city known abroad by another name than its own ("Seville" for Sevilla, "Cologne" for Köln)
# dwarfs the villages that bear that name together; an old or odd name of a big place
# ("Berea" for Aleppo, "Venice" for Dayton) does not.
_EXONYM_RATIO = 100
_CAPITAL = 1.5  # the seat of government of a country the story is about ("Washington")
_WORLD_CITY = 0.8  # a big city that dwarfs its namesakes: Boston, Athens, Washington DC ...
_WORLD_CITY_POP = 500_000  # ... when this big and five times the next namesake
_LOCAL_GOVERNMENT = frozenset(
    {"mayor", "council", "city", "mayor of", "city of", "town of", "police", "fire", "schools"}
    | {"selectmen", "aldermen", "alderman", "commissioners", "residents", "resident", "voters"}
)
_REPEATED = 0.2  # ... for a name the story gives a town this many times, never anything else
_REPEATED_TIMES = 3
_LOCAL_NEWS = 0.5  # the story's words mark it American local news (cues.json: us_local_words)
_LOCAL_NEWS_WORDS = 2  # ... when it has this many different such words
# GeoNames gives a section of a city (a London district: Hammersmith, Hackney) no population,
# so its prior is a village's; next to a city the story surely names it is that city's part.
_DISTRICT = 0.5
_DISTRICT_KM = 25
_SECTION_POP = 20_000  # ... and one inside a city of a million weighs as a town this big
_DISTRICT_CUE = 0.3  # ... when its own words say place ("in Hammersmith", not "(Ealing AC)")
_FAR_TOWN_POP = 200_000  # a town under this, in another state than a local story's ...
_FAR_KM = 500  # ... and this far from each of its sure towns, is a local namesake we lack
# A city that dwarfs its namesakes, after a locative word ("met in Cardiff"), is the city a
# reader means even in a one-sentence story, where spaCy may give it no label.
_DOMINANT = 0.2
_DOMINANT_POP = 100_000
_DOMINANT_RATIO = 10
_ACCEPT = 1.4  # a name is a city when its best mention's evidence plus the place's prior reach
_CONTRADICTED = -1.5  # ... and each mention is, unless its own words say otherwise this strongly


def resolve(
    gaz: Gazetteer, words: TokenLists, mentions: list[Mention], areas: list[Area], sport=False
) -> None:
    """Choose each mention's place, or None where the name is no city of this story (`sport`:
    a sports story, whose nationalities say who plays, not where)."""
    states, countries, coverage, counties = _story_regions(gaz, words, mentions, areas, sport)
    if _american_local(words, gaz.cues["us_local_words"]):
        countries["US"] = countries.get("US", 0) + _LOCAL_NEWS
        local_country = "US"
    else:
        local_country = ""
    scoring = (states, countries, coverage, counties, local_country)
    _score_all(mentions, *scoring, [], [])
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
            own = list({p.geonames_id: (k, p) for k, p in anchors}.values())
        _score_all(mentions, *scoring, anchors, own)
    home = _home(coverage)
    _one_place_per_name(mentions)
    _drop_non_cities(words, mentions, anchors, (states, countries), counties, home)


def _story_regions(gaz: Gazetteer, words: TokenLists, mentions: list[Mention], areas, sport):
    """What the story says of its states and countries, and the counties it names."""
    states: dict[tuple[str, str], float] = {}
    countries: dict[str, float] = {}
    for word in words.text:
        if gaz.demonyms.get(word):
            countries[gaz.demonyms[word]] = countries.get(gaz.demonyms[word], 0) + 0.5
    if sport:  # "the American Andy Roddick": a player's nationality, however often
        countries = {cc: min(n, _TEAM_COUNTRY) for cc, n in countries.items()}
    # Prices hint at the country too: dollars in a local story are most likely American.
    for symbol, cc in (("$", "US"), ("£", "GB")):
        if symbol in words.text:
            countries[cc] = countries.get(cc, 0) + _CURRENCY
    coverage: dict[tuple[str, str], float] = {}
    counties = {name_key(a.name) for a in areas if a.kind == "county"}
    for a in areas:
        if a.team:
            continue  # "England beat Wales" in a sports story: counted once, below
        for region in a.states:
            states[region] = states.get(region, 0) + 1 / len(a.states)
        if a.kind == "county":
            for region in set(a.states):
                coverage[region] = coverage.get(region, 0) + 0.5
        countries[a.country] = countries.get(a.country, 0) + 1
    # A country named as a team ("England beat Wales", however often) says the story is about
    # its sport, not where the story is: a half mention at most.
    for cc in {a.country for a in areas if a.team}:
        countries[cc] = countries.get(cc, 0) + _TEAM_COUNTRY
    for m in mentions:
        if m.qualifier:
            cc, a1 = m.qualifier
            if a1:
                states[(cc, a1)] = states.get((cc, a1), 0) + 1
            countries[cc] = countries.get(cc, 0) + 1
    # Local stories name several towns of one state: the state that holds the most of the
    # story's candidate names is its likely home. The host of an event held by turns ("the
    # 1936 Berlin Games") is the famous city: its namesakes elsewhere say nothing of the story.
    hosts = {m.key for m in mentions if HOST_REASON in m.reasons}
    for key in {m.key for m in mentions if m.evidence > 0} - hosts:
        m = next(x for x in mentions if x.key == key)
        weights: dict[tuple[str, str], float] = {}
        for p in m.places:
            if p.main:
                region = (p.country, p.admin1)
                weights[region] = max(weights.get(region, 0), math.log10(p.population + 10) / 6)
        for region, weight in weights.items():
            coverage[region] = coverage.get(region, 0) + weight
    return states, countries, coverage, counties


def _one_place_per_name(mentions: list[Mention]) -> None:
    """One place per name in a story: a qualified or dateline mention decides for all, else
    the best-scored one; the host of the Games keeps its own ("the Athens Olympics" in a
    story about Athens, Ga.)."""
    best: dict[str, Mention] = {}
    for m in mentions:
        if m.choice is None or m.world_host:
            continue
        rank = (m.qualifier is not None or m.dateline, m.score)
        if m.key not in best or rank > (
            best[m.key].qualifier is not None or best[m.key].dateline,
            best[m.key].score,
        ):
            best[m.key] = m
    for m in mentions:
        if m.key in best and not m.qualifier and not m.world_host:
            m.choice = best[m.key].choice


def _drop_non_cities(words, mentions, anchors, regions, counties, home) -> None:
    """A name the story shows to be a place is one wherever it recurs, unless a mention is
    plainly something else ("Mr. Arlington", "David Hopkins", "the Leeds striker")."""
    states, countries = regions
    top = max(countries.values(), default=0.0)
    support: dict[str, float] = {}
    for m in mentions:
        if m.other:
            m.choice = None  # the name means a club, an organization or a person here
        elif m.choice is not None:
            support[m.key] = max(support.get(m.key, -9.0), _forgiven(m))
    distinct = {(k, p.geonames_id): (k, p) for k, p in anchors}.values()
    placed = {m.key for m in mentions if m.qualifier or m.dateline}  # "Oroville, Calif."
    # A story that names a town again and again, never as anything else and at least once on
    # its own (not only as the start of a longer name: "Box Elder School District"), is
    # about it.
    counts: dict[str, int] = {}
    alone: set[str] = set()
    for m in mentions:
        counts[m.key] = counts.get(m.key, 0) + (1 if m.choice and not m.other else -99)
        if m.end >= len(words.text) or not words.text[m.end][:1].isupper():
            alone.add(m.key)
    # ... named alone: not "San" of "in San Sebastian", whatever the split
    located = {
        m.key
        for m in mentions
        if "locative" in m.reasons
        and m.choice is not None
        and (m.end >= len(words.text) or not words.text[m.end].istitle())
    }
    priors: dict[tuple[str, int], float] = {}
    for m in mentions:
        if m.choice is None:
            continue
        group = (m.key, m.choice.geonames_id)
        if group not in priors:
            others = [p for k, p in distinct if k != m.key]
            priors[group] = _prior(m.choice, states, counties, others)
            if m.key in located and _dominant(m.choice, m.places):
                priors[group] += _DOMINANT  # "Ministers met in Cardiff on Saturday."
            if support[m.key] >= _DISTRICT_CUE and _district(m.choice, others):
                priors[group] += _DISTRICT  # "held in Hammersmith" in a London story
            if home is not None and (m.choice.country, m.choice.admin1) == home:
                priors[group] += _HOME_PRIOR
            if (
                counts[m.key] >= _REPEATED_TIMES
                and m.key in alone
                and countries.get(m.choice.country, 0) >= top
            ):
                priors[group] += _REPEATED
        far = m.key not in placed and _far_from_home(m.choice, m.key, distinct)
        if support[m.key] + priors[group] < _ACCEPT or _forgiven(m) <= _CONTRADICTED or far:
            m.choice = None


def _far_from_home(p: Place, key: str, anchors) -> bool:
    """A name whose best namesake is a mid-sized town in another state than the one holding
    most (two or more) of the other towns the story surely names, and far from each of those,
    is a small local town the gazetteer lacks (an Oakdale in a story of Lexington and
    Winchester, Ky., is none of the gazetteer's Oakdales, all far away); a big city stays,
    and so does a name the story places itself ("Oroville, Calif.")."""
    if p.population >= _FAR_TOWN_POP:
        return False
    others = {a.geonames_id: a for k, a in anchors if k != key}.values()
    counts: dict[tuple[str, str], int] = {}
    for a in others:
        counts[(a.country, a.admin1)] = counts.get((a.country, a.admin1), 0) + 1
    home = max(counts, key=counts.__getitem__, default=None)
    if home is None or counts[home] < 2 or 2 * counts[home] <= len(others):
        return False
    if p.country != home[0] or p.admin1 == home[1]:
        return False
    return all(_km(p, a) > _FAR_KM for a in others if (a.country, a.admin1) == home)


def _home(coverage: dict[tuple[str, str], float]) -> tuple[str, str] | None:
    """The state that clearly holds most of the story's names, if one does."""
    ranked = sorted(coverage.items(), key=lambda item: -item[1])
    if not ranked or ranked[0][1] < 1.2:
        return None
    if len(ranked) > 1 and ranked[0][1] - ranked[1][1] < 0.5:
        return None
    return ranked[0][0]


def _forgiven(m: Mention) -> float:
    """People speak, and so do capitals ("Tbilisi says"): a capital's "says" is no evidence."""
    if m.said and m.choice is not None and (m.choice.capital or m.choice.population >= 1_000_000):
        return max(m.evidence + 1.0, 1.0)
    return m.evidence


def _here(m: Mention) -> bool:
    """A capital standing for its government ("Washington has warned") says nothing of where
    the story's towns are: Vienna beside it is still Austria's."""
    return GOVERNMENT not in m.reasons


def _confident(m: Mention) -> bool:
    return (
        _here(m)
        and m.evidence >= 0.5
        and (m.margin >= _ANCHOR_MARGIN or m.qualifier is not None or m.dateline)
    )


def _prior(p: Place, states, counties, anchors) -> float:
    """How plausible the chosen place is as a city of this story, before the words around it."""
    value = _PRIOR_POP * math.log10(_size(p) + 10) - (0 if p.main else _ALT_PRIOR)
    if states.get((p.country, p.admin1), 0) >= 0.5 or p.county in counties:
        value += 0.6
    if any(_km(p, a) <= _ANCHOR_KM for a in anchors):
        value += 0.5
    return value


def _dominant(p: Place, places: list[Place]) -> bool:
    """A city under its own name, big, and ten times each namesake (Cardiff, not Jackson)."""
    return (
        p.main
        and p.population >= _DOMINANT_POP
        and all(
            q.population * _DOMINANT_RATIO <= p.population for q in places if q is not p and q.main
        )
    )


def _size(p: Place) -> int:
    """The population to weigh a place by: a section of a big city, of unknown population in
    GeoNames ("Lewisham"), weighs as a town; it outranks a village of its name abroad."""
    return p.population or (_SECTION_POP if p.section else 0)


def _district(p: Place, anchors) -> bool:
    """A section of a city (no population in GeoNames) beside a town the story surely names."""
    return p.population == 0 and any(_km(p, a) <= _DISTRICT_KM for a in anchors)


def _american_local(words: TokenLists, cues: frozenset[str]) -> bool:
    """Whether the story's own words (sheriff, township, "Sen.", neighborhood...) mark it as
    American local news."""
    return len(cues.intersection(w.lower() for w in words.text)) >= _LOCAL_NEWS_WORDS


def _score_all(mentions, states, countries, coverage, counties, local_country, anchors, own):
    """Mentions of one name with one qualifier score alike: each such group is scored once;
    `own` holds the (name, place) of each sure town that added to the story's countries;
    `local_country` is the country whose local news the story's words show it to be."""
    done: dict[tuple, tuple[Place | None, float, float]] = {}
    # Towns the story names with some evidence but no clear lead count as neighbours, less.
    soft = [(m.key, m.choice) for m in mentions if m.choice and m.evidence >= 0.5 and _here(m)]
    # A name the story gives a mayor or a council is its local town, not a world city abroad.
    local = {m.key for m in mentions if _LOCAL_GOVERNMENT.intersection(m.reasons)}
    for m in mentions:
        group = (m.key, m.qualifier, m.near, m.world_host)
        if group not in done:
            others = list({p.geonames_id: p for k, p in anchors if _other(k, m.key)}.values())
            near = list({p.geonames_id: p for k, p in soft if _other(k, m.key)}.values())
            # A name's own reading is no evidence that its country is the story's: what the
            # rest of the story says decides a capital's and a world city's bonus.
            theirs = dict(countries)
            for k, p in own:
                if not _other(k, m.key):
                    theirs[p.country] = max(0.0, theirs.get(p.country, 0) - _ANCHOR_COUNTRY)
            counted = {p.geonames_id for _k, p in own}
            for p in others:  # towns found sure only on the second reading count too
                if p.geonames_id not in counted:
                    theirs[p.country] = theirs.get(p.country, 0) + _ANCHOR_COUNTRY
            world = _world_city(m.places, states, coverage)
            # "Berlin" beside Hartford, "Alexandria" beside Mount Vernon: a namesake among the
            # story's other towns is the one it means (its own reading is then no evidence of
            # the story's country), as is a town given a council.
            among = _namesake_among(m.places, world, [*others, *near])
            countries_here = (countries, theirs)
            # ... and so is a namesake in the country whose local news the story is.
            at_home = (
                any(p.country == local_country != world.country for p in m.places)
                if world
                else False
            )
            if (
                world is not None
                and not theirs.get(world.country)
                and (m.key in local or among or at_home)
            ):
                world = None
                countries_here = (theirs, theirs)
            famous = _famous(m.places) if m.world_host and not m.qualifier else None
            done[group] = _score(
                [famous] if famous else m.places,
                m.qualifier,
                states,
                countries_here,
                coverage,
                counties,
                (others, near),
                world,
                m.near,
            )
        m.choice, m.score, m.margin = done[group]


def _other(key: str, own: str) -> bool:
    """Another name than `own`, not one that only extends it ("Dublin City" for "Dublin")."""
    return key != own and not key.startswith(own + " ") and not own.startswith(key + " ")


def _namesake_among(places: list[Place], world: Place | None, towns: list[Place]) -> bool:
    """A namesake of a world city, in another country, close to the story's other towns."""
    return world is not None and any(
        p is not world and p.country != world.country and _km(p, t) <= _AMONG_KM
        for p in places
        for t in towns
    )


def _score(
    places, qualifier, states, countries, coverage, counties, neighbours, world_city, near=None
) -> tuple[Place | None, float, float]:
    """The best place for a name, its score and its lead over the next namesake; `neighbours`
    are the other towns the story surely names and those it names with less evidence."""
    anchors, soft = neighbours
    countries, theirs = countries
    ranked = []
    candidates = places
    if qualifier:
        cc, a1 = qualifier
        narrowed = [p for p in candidates if p.country == cc and (not a1 or p.admin1 == a1)]
        candidates = narrowed or candidates
    if near:  # a British county names the namesake inside it: "Richmond, North Yorks"
        inside = [p for p in candidates if km(p.latitude, p.longitude, *near) <= _COUNTY_KM]
        candidates = inside or candidates
    counts = [*sorted(coverage.values(), reverse=True), 0, 0]
    top_coverage, lead = counts[0], min(1, counts[0] - counts[1])
    country_total = sum(countries.values()) or 1.0
    mains = [p.population for p in candidates if p.main]
    # a population of 0 is unknown (a district: "Twickenham"), so no ratio can be read; the
    # namesakes count together (the Bereas of Ohio, Kentucky and South Carolina against Aleppo)
    all_mains = sum(mains) if mains and min(mains) > 0 else None
    for p in candidates:
        s = 0.35 * math.log10(_size(p) + 10)
        share = countries.get(p.country, 0) / country_total
        if not p.main and (all_mains is None or p.population < _EXONYM_RATIO * all_mains):
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
        if p is world_city:
            s += _WORLD_CITY  # ... which a foreign story means too ("Boston" in British news)
        if p.capital and theirs.get(p.country):
            s += _CAPITAL
        if anchors or soft:
            near = min((_km(p, a) for a in anchors), default=9e9)
            loose = min((_km(p, a) for a in soft), default=9e9)
            s += max(
                _NEAR_BONUS * max(0.0, 1 - near / (2 * _ANCHOR_KM)),
                _SOFT_NEAR * max(0.0, 1 - loose / (2 * _ANCHOR_KM)),
            )
        ranked.append((s, p.population, p))
    ranked.sort(key=lambda r: (r[0], r[1]), reverse=True)
    if not ranked:
        return None, 0.0, 0.0
    margin = ranked[0][0] - ranked[1][0] if len(ranked) > 1 else 2.0
    return ranked[0][2], ranked[0][0], margin


def _famous(places: list[Place]) -> Place | None:
    """The namesake famous the world over: big, and five times the next (Athens, Greece)."""
    ranked = sorted(places, key=lambda p: -p.population)
    if not ranked or ranked[0].population < _WORLD_CITY_POP:
        return None
    if len(ranked) > 1 and ranked[1].population * 5 > ranked[0].population:
        return None
    return ranked[0]


def _world_city(places: list[Place], states, coverage) -> Place | None:
    """The namesake known far beyond its country, if one is (`_famous` among the places of
    that very name), and no namesake's state is named or holds the story's other towns
    (Athens, Ga.)."""
    famous = _famous([p for p in places if p.main])
    if famous is None:
        return None
    home = _home(coverage)
    for p in places[1:]:
        region = (p.country, p.admin1)
        if states.get(region, 0) >= 0.5 or region == home:
            return None
    return famous


def _km(a: Place, b: Place) -> float:
    return km(a.latitude, a.longitude, b.latitude, b.longitude)
