"""The words of money: a `models/money` folder read together with CLDR's currency names (babel).

Currency surfaces map to (code, generic): a generic ("dollar", "pound") is a name several
currencies share, settled per story. Names are keyed lower-cased and without their spaces,
symbols and codes as written.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from ...resources import read_json

if TYPE_CHECKING:
    from pathlib import Path

    from babel import Locale


@dataclass(frozen=True)
class Vocabulary:
    """What the grammar is built from; the `*_cfg` fields are the folder's JSON files as read."""

    currencies: dict[str, tuple[str | None, str | None]]
    names: set[str]  # currency names, lower-cased, for the name pattern
    symbols: set[str]
    upper_codes: list[str]
    lower_codes: list[str]
    generics: dict[str, tuple[str | None, frozenset[str]]]
    dollar_prefixes: dict[str, str]
    subunits: dict[str, tuple[str | None, str | None, Decimal]]
    subunit_forms: set[str]
    qualifiers: dict[str, str]
    units: dict[str, str]
    numbers_cfg: dict[str, Any]
    generics_cfg: dict[str, Any]
    dollars_cfg: dict[str, Any]
    qualifiers_cfg: dict[str, Any]
    units_cfg: dict[str, Any]


def norm(surface: str) -> str:
    return " ".join(surface.split())


def name_key(surface: str) -> str:
    """Names match with or without their spaces ("Saudi riyals", "Saudiriyals")."""
    return "".join(surface.split()).lower()


def read_vocabulary(folder: Path) -> Vocabulary:
    import babel.numbers
    from babel import Locale

    en = Locale("en")
    codes_cfg = read_json(folder, "codes.json")
    ambiguous = set(codes_cfg["ambiguous"])
    current: set[str] = set()
    for territory in en.territories:
        current.update(babel.numbers.get_territory_currencies(territory, tender=True))
    gcfg = read_json(folder, "generics.json")
    generics = _generics(en, current, gcfg)
    currencies, names = _currency_names(folder, en, ambiguous, gcfg, generics)
    symbols = _symbols(folder, en, current, currencies)
    upper_codes = sorted(c for c in en.currencies if c not in ambiguous and c.isalpha())
    for code in upper_codes:
        currencies[code] = (code, None)
    lower_codes = codes_cfg["lower_case"]
    for code in lower_codes:
        currencies.setdefault(code, (code.upper(), None))
    dcfg = read_json(folder, "dollar_prefixes.json")
    subunits, subunit_forms = _subunits(folder)
    qcfg = read_json(folder, "qualifiers.json")
    ucfg = read_json(folder, "units.json")
    return Vocabulary(
        currencies=currencies,
        names=names,
        symbols=symbols,
        upper_codes=upper_codes,
        lower_codes=lower_codes,
        generics=generics,
        dollar_prefixes=_dollar_prefixes(dcfg, en, generics),
        subunits=subunits,
        subunit_forms=subunit_forms,
        qualifiers={phrase: q for q, phrases in qcfg["qualifiers"].items() for phrase in phrases},
        units={alias.lower(): unit for unit, aliases in ucfg["units"].items() for alias in aliases},
        numbers_cfg=read_json(folder, "numbers.json"),
        generics_cfg=gcfg,
        dollars_cfg=dcfg,
        qualifiers_cfg=qcfg,
        units_cfg=ucfg,
    )


def _read_jsonl(folder: Path, name: str) -> list[dict[str, Any]]:
    with open(folder / name, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def _generics(
    en: Locale, current: set[str], gcfg: dict[str, Any]
) -> dict[str, tuple[str | None, frozenset[str]]]:
    """Nouns shared by several current currencies ("dollar" -> USD, CAD, AUD ...)."""
    candidates: dict[str, set[str]] = {}
    for code in current:
        noun = en.currencies.get(code, "").split(" ")[-1].lower()
        candidates.setdefault(gcfg["noun_aliases"].get(noun, noun), set()).add(code)
    return {
        name: (spec["default"], frozenset(candidates.get(name, set()) | set(spec.get("extra", []))))
        for name, spec in gcfg["generics"].items()
    }


def _currency_names(
    folder: Path,
    en: Locale,
    ambiguous: set[str],
    gcfg: dict[str, Any],
    generics: dict[str, tuple[str | None, frozenset[str]]],
) -> tuple[dict[str, tuple[str | None, str | None]], set[str]]:
    """Currency names ("euros", "Australian dollars", "Saudi riyals") and what they mean."""
    import babel.numbers

    currencies: dict[str, tuple[str | None, str | None]] = {}
    names: set[str] = set()

    def add_name(surface: str, code: str | None, generic: str | None) -> None:
        names.add(norm(surface).lower())
        currencies.setdefault(name_key(surface), (code, generic))

    for code, name in en.currencies.items():
        if "(" in name or " " not in name or code in ambiguous:
            continue
        add_name(name, code, None)
        add_name(babel.numbers.get_currency_name(code, count=2, locale="en"), code, None)
    for territory, tname in en.territories.items():
        if not re.fullmatch(r"[A-Za-z .'-]+", tname) or territory.isdigit():
            continue
        for code in babel.numbers.get_territory_currencies(territory, tender=True):
            noun = en.currencies[code].split(" ")[-1]
            plural = babel.numbers.get_currency_name(code, count=2, locale="en").split(" ")[-1]
            if noun.lower() in gcfg["bare"]:
                add_name(f"{tname} {noun}", code, None)
                add_name(f"{tname} {plural}", code, None)
    for noun, target in gcfg["bare"].items():
        code, generic = (None, target) if target in generics else (target, None)
        for form in (noun, noun + "s"):
            add_name(form, code, generic)
    for entry in _read_jsonl(folder, "names.jsonl"):
        for form in (entry["name"], entry["plural"]):
            add_name(form, entry.get("code"), entry.get("generic"))
    for noun, code in gcfg["with_magnitude"].items():
        add_name(noun, code, None)
    return currencies, names


def _symbols(
    folder: Path,
    en: Locale,
    current: set[str],
    currencies: dict[str, tuple[str | None, str | None]],
) -> set[str]:
    """The symbols ("€", "₹", "CN¥"), entered in `currencies` too; a `$` and its prefix are
    read apart (see `_dollar_prefixes`)."""
    symbols: set[str] = set()
    for entry in _read_jsonl(folder, "symbols.jsonl"):
        symbols.add(entry["symbol"])
        currencies[entry["symbol"]] = (entry.get("code"), entry.get("generic"))
    for code, sym in en.currency_symbols.items():
        if sym != code and code in current and not sym.endswith("$") and sym not in currencies:
            symbols.add(sym)
            currencies[sym] = (code, None)
    return symbols


def _dollar_prefixes(
    dcfg: dict[str, Any], en: Locale, generics: dict[str, tuple[str | None, frozenset[str]]]
) -> dict[str, str]:
    """The letters before a `$` that say whose dollar it is (US$, C$, A$, aud$)."""
    dollar_prefixes = {p.lower(): c for p, c in dcfg["prefixes"].items()}
    for code, sym in en.currency_symbols.items():
        if sym.endswith("$") and len(sym) > 1:
            dollar_prefixes.setdefault(sym[:-1].lower(), code)
    for code in generics["dollar"][1]:
        dollar_prefixes.setdefault(code.lower(), code)
    return dollar_prefixes


def _subunits(
    folder: Path,
) -> tuple[dict[str, tuple[str | None, str | None, Decimal]], set[str]]:
    """Subunits ("cents", "pence", "kopeks") with their share of the unit."""
    subunits: dict[str, tuple[str | None, str | None, Decimal]] = {}
    subunit_forms: set[str] = set()
    for entry in _read_jsonl(folder, "subunits.jsonl"):
        ratio = Decimal(str(entry.get("ratio", "0.01")))
        for form in (entry["name"], entry["plural"]):
            subunit_forms.add(norm(form).lower())
            subunits[name_key(form)] = (entry.get("code"), entry.get("generic"), ratio)
    return subunits, subunit_forms
