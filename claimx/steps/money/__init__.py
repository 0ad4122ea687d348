"""Money amounts in English news: value, ISO 4217 currency, bounds, qualifier and rate.

One precompiled regex over ``doc.text`` finds amounts marked by a currency symbol, ISO code,
name, slang word or subunit, in running or archive-tokenized text ("$ 75 million",
"us$ 4.7 billion"). Numbers may be digits, words or both, with magnitudes and news shorthands
("$1.13bn", "five lakh rupees", "three quarters billion"). Small anchored regexes then read
what surrounds each amount: a cents tail ("20 dollars and 43 cents"), a range ("$5-$10 billion",
"between $5 and $10 million": the magnitude applies to both ends), a qualifier before it
("more than", "up to") and a rate after it ("$15 an hour"). "From X to Y" and "rose X to Y"
stay two amounts: a change and its result, not a range.

What a bare ``$`` (or "dollars", "bucks", "cents") means, first rule that applies:
1. the text states it ("all figures in Canadian dollars");
2. the story's dateline ``country`` has a dollar of its own (CA, AU, NZ, HK, SG ...): that one;
3. USD. A prefix or name (US$, C$, A$, "Australian dollars") always says it outright.
Other shared names follow rule 2 then a default: "pounds" (GBP), "rupees" and "Rs" (INR),
"kr", "francs", "pesos", "riyals" (no default: null). ``£`` is always GBP; ``¥`` is JPY unless
the text names the yuan or renminbi, or the dateline is in China. "Ten grand" is 10,000 of
the dateline country's currency (else what a bare dollar means); bitcoin is XBT.

Fields: the span covers currency, number, magnitude and subunits, from the first to the last
amount of a range; qualifier and rate words stay outside it. ``low``/``high``: exact amounts
value/value; over, at_least: value/None; under, at_most, up_to, nearly: None/value; about:
None/None; range: both ends (value = low); vague ("millions of dollars"): value None, low the
least the phrase allows, ``vague`` true. ``unit`` names the rate ("hour", "year", "share").
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from ...resources import models_path
from ..doctext import doc_text

if TYPE_CHECKING:
    from collections.abc import Iterable
    from pathlib import Path

    from spacy.tokens import Doc

_SP = r"[^\S\n]"
# Digits, with thousands commas, decimals, or a stock-price fraction ("$34 3/4").
_DIG = (
    r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+|[ \u00a0](?:1/2|[13]/4|[1357]/8|1?[0-9]/16|[0-9]{1,2}/32)"
    r"(?![\d/]))?"
)
_NOT_PCT = r"(?!\d|[.,]\d|" + _SP + r"?(?:%|per" + _SP + r"?cent\b|percent\b|pct\b))"
# What may follow a number that ends an amount without a currency word of its own.
_FOLLOW = (
    r"\s*(?:[.,;:!?)\]\"'\u201d\u2019]|$)|" + _SP + r"+(?:more|less|each|extra|only|apiece|"
    r"a|an|per|for|to|and|or|but|in|on|at|from|with|by|is|was|were|are|will|would|of|that|this|"
    r"which|it)\b"
)
# A currency name after one of these is the currency itself ("the pound 2 cents higher").
_DETERMINER = re.compile(r"(?i:\b(?:the|a|an|its|their|this|that|per|each|every)\s+)\Z")
_CENT = Decimal("0.01")
_TOKEN = re.compile(r"\d+/\d+|\d[\d,]*(?:\.\d+)?|[^\W\d_]+")


@dataclass(frozen=True)
class MoneyRules:
    """Compiled patterns and lookup tables; built once by :func:`load_money_rules`."""

    amount: re.Pattern[str]
    dollar_prefix: re.Pattern[str]
    tail: re.Pattern[str]
    follow: re.Pattern[str]
    rate: re.Pattern[str]
    qualifier: re.Pattern[str]
    gap: re.Pattern[str]
    bare_before: re.Pattern[str]
    bare_after: re.Pattern[str]
    statement: re.Pattern[str]
    yuan: re.Pattern[str]
    change: re.Pattern[str]
    currencies: dict[str, tuple[str | None, str | None]]
    subunits: dict[str, tuple[str | None, str | None, Decimal]]
    dollar_prefixes: dict[str, str]
    prefix_words: frozenset[str]
    never_spaced: frozenset[str]
    generics: dict[str, tuple[str | None, frozenset[str]]]
    with_magnitude: frozenset[str]
    numbers: dict[str, Decimal]
    fractions: dict[str, Decimal]
    scales: dict[str, Decimal]
    code_scales: dict[str, Decimal]
    slang_scales: dict[str, Decimal]
    vague: dict[str, Decimal]
    qualifiers: dict[str, str]
    units: dict[str, str]


def _read_json(folder: Path, name: str) -> Any:
    with open(folder / name, encoding="utf-8") as f:
        return json.load(f)


def _read_jsonl(folder: Path, name: str) -> list[dict[str, Any]]:
    with open(folder / name, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def _trie(words: Iterable[str], *, gap: str = "+") -> str:
    """A regex matching any of `words`, longest first; `gap` repeats the space between words."""
    root: dict[str, Any] = {}
    for word in words:
        node = root
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict[str, Any]) -> str:
        alts = [
            (_SP + gap if ch == " " else re.escape(ch)) + build(child)
            for ch, child in sorted(node.items())
            if ch
        ]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?" if "" in node else body

    return build(root)


def _norm(surface: str) -> str:
    return " ".join(surface.split())


def _name_key(surface: str) -> str:
    """Names match with or without their spaces ("Saudi riyals", "Saudiriyals")."""
    return "".join(surface.split()).lower()


@lru_cache(maxsize=1)
def load_money_rules(folder: Path | None = None) -> MoneyRules:
    """Read `folder` (models/money/ by default) and CLDR's currency names (babel); compile once."""
    import babel.numbers
    from babel import Locale

    folder = folder or models_path("money")
    en = Locale("en")
    codes_cfg = _read_json(folder, "codes.json")
    ambiguous = set(codes_cfg["ambiguous"])
    current: set[str] = set()
    for territory in en.territories:
        current.update(babel.numbers.get_territory_currencies(territory, tender=True))
    gcfg = _read_json(folder, "generics.json")

    # Nouns shared by several current currencies ("dollar" -> USD, CAD, AUD ...).
    candidates: dict[str, set[str]] = {}
    for code in current:
        noun = en.currencies.get(code, "").split(" ")[-1].lower()
        candidates.setdefault(gcfg["noun_aliases"].get(noun, noun), set()).add(code)
    generics = {
        name: (spec["default"], frozenset(candidates.get(name, set()) | set(spec.get("extra", []))))
        for name, spec in gcfg["generics"].items()
    }

    # Surface form -> (code, generic); names are keyed lower-cased, symbols and codes as written.
    currencies: dict[str, tuple[str | None, str | None]] = {}
    names: set[str] = set()

    def add_name(surface: str, code: str | None, generic: str | None) -> None:
        names.add(_norm(surface).lower())
        currencies.setdefault(_name_key(surface), (code, generic))

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

    symbols: set[str] = set()
    for entry in _read_jsonl(folder, "symbols.jsonl"):
        symbols.add(entry["symbol"])
        currencies[entry["symbol"]] = (entry.get("code"), entry.get("generic"))
    for code, sym in en.currency_symbols.items():
        if sym != code and code in current and not sym.endswith("$") and sym not in currencies:
            symbols.add(sym)
            currencies[sym] = (code, None)

    upper_codes = sorted(c for c in en.currencies if c not in ambiguous and c.isalpha())
    for code in upper_codes:
        currencies[code] = (code, None)
    lower_codes = codes_cfg["lower_case"]
    for code in lower_codes:
        currencies.setdefault(code, (code.upper(), None))

    dcfg = _read_json(folder, "dollar_prefixes.json")
    dollar_prefixes = {p.lower(): c for p, c in dcfg["prefixes"].items()}
    for code, sym in en.currency_symbols.items():
        if sym.endswith("$") and len(sym) > 1:
            dollar_prefixes.setdefault(sym[:-1].lower(), code)
    for code in generics["dollar"][1]:
        dollar_prefixes.setdefault(code.lower(), code)

    ncfg = _read_json(folder, "numbers.json")
    dec = {k: Decimal(str(v)) for k, v in ncfg["units"].items() | ncfg["tens"].items()}
    fractions = {k: Decimal(str(v)) for k, v in ncfg["fractions"].items()}
    word_scales = {k: Decimal(v) for k, v in ncfg["scales"].items()}
    abbreviations = {k: Decimal(v) for k, v in ncfg["abbreviations"].items()}
    slang = {k: Decimal(v) for k, v in ncfg["slang_scales"].items()}

    subunits: dict[str, tuple[str | None, str | None, Decimal]] = {}
    subunit_forms: set[str] = set()
    for entry in _read_jsonl(folder, "subunits.jsonl"):
        ratio = Decimal(str(entry.get("ratio", "0.01")))
        for form in (entry["name"], entry["plural"]):
            subunit_forms.add(_norm(form).lower())
            subunits[_name_key(form)] = (entry.get("code"), entry.get("generic"), ratio)

    qcfg = _read_json(folder, "qualifiers.json")
    qualifiers = {phrase: q for q, phrases in qcfg["qualifiers"].items() for phrase in phrases}
    ucfg = _read_json(folder, "units.json")
    units = {alias.lower(): unit for unit, aliases in ucfg["units"].items() for alias in aliases}

    # Pattern pieces.
    scale_words = _trie(word_scales)
    abbr_attached = _trie(sorted(abbreviations))
    abbr_spaced = _trie(ncfg["spaced_abbreviations"])
    magnitude = (
        rf"(?:\.?(?:{abbr_attached})(?![^\W\d_])|{_SP}(?:{abbr_spaced})\b"
        rf"|(?:{_SP}+|-)(?i:{scale_words})\b(?:(?:{_SP}+|-)(?i:{scale_words})\b){{0,3}})"
    )
    num_digits = rf"{_DIG}(?:{magnitude})?"
    word_atoms = _trie([*dec, *fractions, *word_scales])
    a_targets = _trie([*fractions, *word_scales, *slang, *ncfg["a_names"]])
    a_word = rf"an?(?=(?:{_SP}+|-)(?:{a_targets})\b)"
    and_join = (
        rf"(?:(?<=hundred)|(?<=thousand)|(?<=million)|(?<=billion)){_SP}+and{_SP}+"
        rf"|{_SP}+and{_SP}+(?=an?{_SP}+(?:half|quarter))"
        rf"|(?:(?<=half)|(?<=quarter)|(?<=quarters)|(?<=third)|(?<=thirds)){_SP}+of{_SP}+(?=an?{_SP})"
    )
    word_atom = rf"(?:{a_word}|{word_atoms})\b"
    # Bounded repeats keep the scan linear on long runs of number words.
    word_number = rf"(?i:\b{word_atom}(?:(?:{and_join}|{_SP}+|-){word_atom}){{0,11}})"
    number = rf"(?:{num_digits}|{word_number})"
    name_re = rf"(?i:{_trie(sorted(names), gap='*')})(?![\w])"
    sym_re = rf"(?<![^\W\d_])(?:{_trie(sorted(symbols))})(?!(?<=[^\W\d_])[^\W\d_])"
    dollar_words = rf"(?<![^\W\d_.])(?i:{_trie(sorted(dollar_prefixes))})"
    dollar_re = rf"(?:(?P<{{g}}>{dollar_words})(?P<{{g}}sp>{_SP}?))?\$"
    code_scale = _trie(ncfg["code_scale_prefixes"])
    code_re = (
        rf"(?<![^\W\d_])(?:(?P<{{g}}s>{code_scale})?(?:{_trie(upper_codes)})(?![^\W\d_])"
        rf"|(?:{_trie(lower_codes)})(?![^\W\d_]))"
    )
    subunit_re = rf"(?i:{_trie(sorted(subunit_forms), gap='*')})(?![\w])"
    vague_plurals = _trie(ncfg["vague_plurals"])
    vague_counts = _trie(ncfg["vague_counts"])
    vague_multipliers = _trie(ncfg["vague_multipliers"])
    grand = rf"(?:{_trie(slang)})(?![\w])"
    amount = (
        # vague with a symbol: "£millions"
        rf"(?P<vsym>[$£€])(?i:(?P<vpl2>{vague_plurals}))\b"
        # currency first: "$5m", "US$ 4.7 billion", "GBP3.01", "Rs. 20", "MAUD 60", "ringgit 42"
        rf"|(?P<pre>(?P<dollar>\$)|{sym_re}|{code_re.format(g='c')}"
        rf"|(?<![\w])(?P<pname>{name_re}))(?P<psp>{_SP}?)(?P<pnum>{num_digits}){_NOT_PCT}"
        # subunits alone: "43 cents", "50p", "99 pence"
        rf"|(?<![\w.,$£€])(?P<snum>{number}){_SP}?(?P<sub>{subunit_re})"
        rf"|(?<![\w.,$£€])(?P<pnum2>\d+(?:\.\d+)?)p(?![\w]|\.?{_SP}?m\b)"
        # number first: "528 million francs", "115USD", "ten dollars", "75 USD million", "10 grand";
        # or vague: "millions of dollars", "tens of billions of pounds", "multimillion-dollar"
        rf"|(?:(?P<vague>(?i:(?<![\w])(?:(?:(?P<vmul>{vague_multipliers}){_SP}+of{_SP}+)?"
        rf"(?P<vpl>{vague_plurals})[\"'\u201d\u2019]?{_SP}+(?:more{_SP}+)?(?:of|in){_SP}+"
        rf"|(?P<vcnt>{vague_counts}){_SP}?"
        rf"(?P<vsc>{scale_words}(?:{_SP}+{scale_words}){{0,3}})[ \-])))"
        rf"|(?<![\w.,$£€])(?P<num>{number}){_NOT_PCT}(?:{_SP}?|-))"
        rf"(?:(?P<post>(?:{dollar_re.format(g='dp2')}|{sym_re})(?!(?<![^\W\d_]){_SP}?\d)"
        rf"|{code_re.format(g='c2')}"
        rf"|{name_re})"
        rf"(?:{_SP}+(?P<pmag>(?i:{scale_words}))\b)?|(?P<grand>{grand}))"
    )
    small = _trie([*dec])
    tail = (
        rf"(?:{_SP}+and)?{_SP}*(?P<n>\d{{1,2}}(?![\d]|[.,]\d)|(?i:\b(?:{small})"
        rf"(?:(?:{_SP}+|-)(?:{small}))?\b))"
        rf"(?:{_SP}?(?P<sub>{subunit_re}|c(?![\w]))|(?={_FOLLOW}))"
    )
    rate_words = _trie(sorted(units))
    rate = (
        rf"(?:{_SP}*-{_SP}*|{_SP}+)(?i:(?:(?:a|an|per|each|every)(?:{_SP}+|-)|/{_SP}?)"
        rf"(?P<u>{rate_words})(?![\w])(?!(?:{_SP}+|-)(?:{_trie(ucfg['time_words'])})\b)"
        rf"|(?P<adv>{_trie(sorted(ucfg['adverbs']))})(?![\w]))"
    )
    bounds = _trie(sorted([*qualifiers, *qcfg["range_words"]]))
    fillers = _trie(qcfg["fillers"])
    qualifier = rf"(?i:(?<![\w])(?P<q>{bounds})(?:{_SP}+(?:{fillers}))?){_SP}+\Z"
    gap = rf"{_SP}*(?P<sep>-|–|—|to|and|through){_SP}*"
    bare_before = rf"(?<![\w.,$£€])(?P<n>{number}){_SP}*(?P<sep>-|–|—|to|and){_SP}*\Z"
    bare_after = rf"{_SP}*(?P<sep>-|–|—|to|and){_SP}*(?P<n>{num_digits}){_NOT_PCT}"
    nouns = "figures|amounts|prices|sums|values|numbers|totals|dollar figures|dollar amounts"
    statement = (
        rf"(?i:\b(?:all\s+(?:{nouns})\s+(?:are\s+)?|(?:{nouns})\s+(?:are|is)\s+)"
        rf"(?:(?:quoted|given|expressed|stated|shown|reported)\s+)?in\s+)"
        rf"(?P<cur>(?i:{_trie(sorted(n for n in names if 'dollar' in n))})\b"
        rf"|{dollar_re.format(g='sp')})"
    )
    change = (
        rf"(?i:\b(?:{_trie(qcfg['change_words'])})(?:{_SP}+by)?"
        rf"(?:{_SP}+(?:{_trie(sorted(qualifiers))}))?){_SP}+\Z"
    )
    yuan = rf"(?i:(?<![\w])(?:{_trie(gcfg['yuan_markers'])})(?![\w]))"
    return MoneyRules(
        dollar_prefix=re.compile(rf"(?P<p>{dollar_words})(?P<psp>{_SP}?)\Z"),
        amount=re.compile(amount),
        tail=re.compile(tail),
        follow=re.compile(_FOLLOW),
        rate=re.compile(rate),
        qualifier=re.compile(qualifier),
        gap=re.compile(gap),
        bare_before=re.compile(bare_before),
        bare_after=re.compile(bare_after),
        statement=re.compile(statement),
        yuan=re.compile(yuan),
        change=re.compile(change),
        currencies=currencies,
        subunits=subunits,
        dollar_prefixes=dollar_prefixes,
        prefix_words=frozenset(dcfg["words"]),
        never_spaced=frozenset(dcfg["never_spaced"]),
        generics=generics,
        with_magnitude=frozenset(gcfg["with_magnitude"]),
        numbers=dec,
        fractions=fractions,
        scales={**word_scales, **{k.lower(): v for k, v in abbreviations.items()}, **abbreviations},
        code_scales={k: Decimal(v) for k, v in ncfg["code_scale_prefixes"].items()},
        slang_scales=slang,
        vague={
            **{k: Decimal(v) for k, v in ncfg["vague_plurals"].items()},
            **{k: Decimal(v) for k, v in ncfg["vague_multipliers"].items()},
            **{_norm(k): Decimal(v) for k, v in ncfg["vague_counts"].items()},
        },
        qualifiers=qualifiers,
        units={**units, **{k.lower(): v for k, v in ucfg["adverbs"].items()}},
    )


@lru_cache(maxsize=512)
def _tender(country: str) -> tuple[str, ...]:
    """The currencies a country uses today, most used first (CLDR)."""
    import babel.numbers

    return tuple(babel.numbers.get_territory_currencies(country, tender=True))


def _noun_follows(story: _Story, pos: int) -> bool:
    """Whether a noun comes next, as the tagger saw it ("3 grand pianos", not "10 grand a year")."""
    span = story.doc.char_span(pos, len(story.text), alignment_mode="expand")
    nxt = next((t for t in span if not t.is_space), None) if span is not None else None
    return nxt is not None and nxt.pos_ in ("NOUN", "PROPN") and nxt.idx - pos < 3


class _Story:
    """What one document says about shared currency words, worked out only when asked."""

    def __init__(self, doc: Doc, text: str, rules: MoneyRules, country: str | None):
        self.doc = doc
        self.text = text
        self.rules = rules
        self.country = country.upper() if isinstance(country, str) and country else None
        self._generic: dict[str, str | None] = {}
        self._lowercased: bool | None = None

    def lowercased(self) -> bool:
        if self._lowercased is None:
            self._lowercased = self.text == self.text.lower()
        return self._lowercased

    def currency(self, code: str | None, generic: str | None) -> str | None:
        if code or not generic:
            return code
        if generic not in self._generic:
            self._generic[generic] = self._settle(generic)
        return self._generic[generic]

    def local(self) -> str | None:
        """The dateline country's own currency, else what a bare dollar means."""
        local = _tender(self.country) if self.country else ()
        return local[0] if local else self.currency(None, "dollar")

    def _settle(self, generic: str) -> str | None:
        default, candidates = self.rules.generics.get(generic, (None, frozenset()))
        if generic == "dollar":
            m = self.rules.statement.search(self.text)
            if m:
                code = self._named(m)
                if code in candidates:
                    return code
        if generic == "yen_sign" and self.rules.yuan.search(self.text):
            return "CNY"
        if self.country:
            for code in _tender(self.country):
                if code in candidates:
                    return code
        return default

    def _named(self, m: re.Match[str]) -> str | None:
        if m.group("sp") is not None:
            return self.rules.dollar_prefixes.get(m.group("sp").lower())
        code, generic = _lookup(self.rules, m.group("cur"))
        return code if code or generic != "dollar" else None


@dataclass
class _Amount:
    start: int
    end: int
    value: Decimal | None
    currency: str | None
    scale: Decimal | None = None
    pre: bool = False
    low: Decimal | None = None
    high: Decimal | None = None
    vague: bool = False
    qualifier: str | None = None


def _lookup(rules: MoneyRules, surface: str) -> tuple[str | None, str | None]:
    found = rules.currencies.get(surface) or rules.currencies.get(_name_key(surface))
    return found or (None, None)


def _number(text: str, rules: MoneyRules) -> tuple[Decimal, Decimal | None] | None:
    """Value of digits and number words ("1.5bn", "three quarters billion"), and its magnitude."""
    tokens = _TOKEN.findall(text)
    total, current, scale, prev = Decimal(0), None, None, ""
    for i, tok in enumerate(tokens):
        low = tok.lower()
        nxt = tokens[i + 1].lower() if i + 1 < len(tokens) else ""
        if "/" in tok:
            numerator, denominator = tok.split("/")
            current = (current or 0) + Decimal(numerator) / Decimal(denominator)
        elif tok[0].isdigit():
            current = (current or 0) + Decimal(tok.replace(",", ""))
        elif low in ("a", "an"):
            if prev in rules.fractions or prev == "of" or nxt in rules.fractions:
                continue
            current = (current or 0) + 1
        elif low in ("and", "of"):
            pass
        elif low in rules.numbers:
            current = (current or 0) + rules.numbers[low]
        elif low in rules.fractions:
            if current is None or prev == "and":
                current = (current or 0) + rules.fractions[low]
            else:
                current *= rules.fractions[low]
        elif tok in rules.scales or low in rules.scales:
            factor = rules.scales.get(tok) or rules.scales[low]
            if factor < 1000:
                current = (current if current is not None else 1) * factor
            elif current is None and total:
                total *= factor
            else:
                total += (current if current is not None else 1) * factor
                current = None
            scale = factor
        else:
            return None
        prev = low
    value = total + (current or 0)
    return (value, scale) if 0 < value < Decimal("1e16") else None


def _is_year(number: str) -> bool:
    return len(number) == 4 and number.isdigit() and 1800 <= int(number) <= 2100


def _dollar(prefix: re.Match[str] | None, group: str, story: _Story) -> tuple[int, str | None]:
    """Start and currency of a `$` and the letters before it, if any (US$, C $, aud$).

    Prefixes that are also words ("us", "a") count spaced only in lower-cased archive text.
    """
    word = prefix.group(group).lower() if prefix and prefix.group(group) else None
    if word is None or (
        prefix.group(group + "sp")
        and (
            word in story.rules.never_spaced
            or (word in story.rules.prefix_words and not story.lowercased())
        )
    ):
        return -1, story.currency(None, "dollar")
    return prefix.start(group), story.rules.dollar_prefixes.get(word)


def _currency_of(m: re.Match[str], story: _Story, *, pre: bool) -> tuple[int, str | None]:
    """Start of the currency marker written before the number (else -1), and its code."""
    if pre and m.group("dollar"):
        start = m.start("dollar")
        return _dollar(
            story.rules.dollar_prefix.search(story.text, max(0, start - 8), start), "p", story
        )
    surface = m.group("pre" if pre else "post")
    if not pre and surface.endswith("$") and (m.group("dp2") is not None or surface == "$"):
        return -1, _dollar(m, "dp2", story)[1]
    scaled = m.group("cs" if pre else "c2s")
    if scaled:
        surface = surface[len(scaled) :]
    return -1, story.currency(*_lookup(story.rules, surface))


def _read(m: re.Match[str], story: _Story) -> list[_Amount]:
    rules, text = story.rules, story.text
    if m.group("vsym") or m.group("vague") is not None:
        vague = rules.vague
        if m.group("vsym"):
            low = vague[m.group("vpl2").lower()]
            code = story.currency(*_lookup(rules, m.group("vsym")))
        elif m.group("post") is None:
            return []  # "several thousand grand"
        else:
            if m.group("vpl"):
                low = vague[m.group("vpl").lower()] * vague.get((m.group("vmul") or "").lower(), 1)
            else:
                low = vague[_norm(m.group("vcnt")).lower()] * _number(m.group("vsc"), rules)[0]
            code = _currency_of(m, story, pre=False)[1]
        return [_Amount(m.start(), m.end(), None, code, low=low, vague=True)]

    if m.group("pnum") is not None:
        parsed = _number(m.group("pnum"), rules)
        if parsed is None:
            return []
        if m.group("pname") and (
            _is_year(m.group("pnum"))
            or _name_key(m.group("pname")) in rules.with_magnitude
            or _DETERMINER.search(text, max(0, m.start() - 8), m.start())
        ):
            return []
        value, scale = parsed
        start, code = _currency_of(m, story, pre=True)
        if m.group("cs"):
            value *= rules.code_scales[m.group("cs")]
            scale = scale or rules.code_scales[m.group("cs")]
        end = m.end()
        if scale is None:
            value, end = _tail(value, end, story, strict=True)
        first = _Amount(m.start() if start < 0 else start, end, value, code, scale, pre=True)
        return _bare_after(first, story)

    if m.group("num") is not None:
        parsed = _number(m.group("num"), rules)
        if parsed is None:
            return []
        value, scale = parsed
        end = m.end()
        number, post = m.group("num"), m.group("post") or ""
        if scale is None and not m.group("pmag") and _name_key(post) in rules.with_magnitude:
            return []  # "won 3 games", "50 marks"; but "5 billion won", "2bn marks"
        last = post.split()[-1] if post.strip() else ""
        if (
            number.lower() in ("a", "an")
            and post
            and (not post.islower() or text[end : end + 1] == "-")
        ):
            return []  # "a dollar" but not "a Euro MP", "a dollar-denominated bond"
        if not number[0].isdigit() and last[:1].isupper() and last[1:].islower():
            return []  # a title: "Million Dollar Baby"
        if m.group("grand") is not None:
            if _noun_follows(story, end):
                return []
            return [
                _Amount(
                    m.start(),
                    end,
                    value * rules.slang_scales[m.group("grand").lower()],
                    story.local(),
                    rules.slang_scales[m.group("grand").lower()],
                )
            ]
        _, code = _currency_of(m, story, pre=False)
        post = _norm(m.group("post")).lower()
        if post in ("pound", "pounds") and scale is None:
            joined = text[m.end("num") : m.start("post")]
            if "-" in joined or re.match(r"\s+of\b", text[end : end + 4]):
                return []
        if m.group("pmag") and scale is None:
            scale = rules.scales[m.group("pmag").lower()]
            value *= scale
        elif scale is None:
            value, end = _tail(value, end, story, strict=False)
        return [_Amount(m.start(), end, value, code, scale)]

    number, sub = m.group("snum") or m.group("pnum2"), m.group("sub") or ""
    parsed = _number(number, rules)
    if parsed is None or (sub[:1].isupper() and sub[1:].islower()):
        return []  # a name: "50 Cent"
    code, generic, ratio = rules.subunits[_name_key(sub or "penny")]
    return [_Amount(m.start(), m.end(), parsed[0] * ratio, story.currency(code, generic))]


def _tail(value: Decimal, end: int, story: _Story, *, strict: bool) -> tuple[Decimal, int]:
    """Add a subunit tail ("20 dollars and 43 cents", "20 Rupees 43", "$20 and 43c").

    After a symbol (`strict`), a bare number joined by "and" is not taken: "$5 and 10 more".
    """
    rules = story.rules
    tail = rules.tail.match(story.text, end)
    if tail is None or value != value.to_integral_value():
        return value, end
    sub = tail.group("sub")
    if strict and not sub and "and" in tail.group(0):
        return value, end
    ratio = rules.subunits.get(_name_key(sub), (None, None, _CENT))[2] if sub else _CENT
    cents = _number(tail.group("n"), rules)
    if cents is None or cents[0] * ratio >= 1:
        return value, end
    return value + cents[0] * ratio, tail.end()


def _bare_after(first: _Amount, story: _Story) -> list[_Amount]:
    """ "$5-10 million", "between $5 and 10 billion": a second number borrowing the currency."""
    rules, text = story.rules, story.text
    m = rules.bare_after.match(text, first.end)
    if m is None or rules.amount.match(text, m.start("n")):
        return [first]
    parsed = _number(m.group("n"), rules)
    if parsed is None:
        return [first]
    value, scale = parsed
    q = _before(first.start, story)
    sep = m.group("sep")
    if sep == "and" and q != "between":
        return [first]
    if sep == "to" and not (scale or first.scale or q in ("between", "from")):
        return [first]
    if not scale and not rules.follow.match(text, m.end()):
        return [first]
    second = _Amount(m.start("n"), m.end(), value, first.currency, scale, pre=True)
    return _join(first, second, q, story)


def _before(start: int, story: _Story) -> str | None:
    m = story.rules.qualifier.search(story.text, max(0, start - 40), start)
    if m is None:
        return None
    q = _norm(m.group("q")).lower()
    return "between" if " " in q and q.split()[-1] in ("from", "between") else q


def _propagate(first: _Amount, second: _Amount) -> None:
    """ "between $5 and $10 million": the second magnitude applies to the first number too.

    So do implied thousands: "$50-100,000" is $50,000 to $100,000.
    """
    if first.scale is not None or first.value is None or not second.value:
        return
    scale = second.scale
    if scale is None and second.value % 1000 == 0 and first.value < 1000:
        scale = Decimal(1000) if first.value * 10000 >= second.value else None
    if scale and first.value * scale <= second.value:
        first.value *= scale
        first.scale = scale


def _join(first: _Amount, second: _Amount, q: str | None, story: _Story) -> list[_Amount]:
    """One range from two amounts, unless they read as a change and its result.

    "from X to Y", "rose $1.64 to $47.10", "rose by 400m euros to 2.5bn euros" are two amounts:
    a movement word before X says so (not after "between").
    """
    _propagate(first, second)
    if (
        q == "from"
        or first.value is None
        or second.value is None
        or first.value > second.value
        or (
            q != "between"
            and story.rules.change.search(story.text, max(0, first.start - 40), first.start)
        )
    ):
        return [first, second]
    return [
        _Amount(
            first.start,
            second.end,
            first.value,
            second.currency or first.currency,
            second.scale,
            pre=first.pre,
            high=second.value,
            qualifier="range",
        )
    ]


def _ranges(found: list[_Amount], story: _Story) -> list[_Amount]:
    rules, text = story.rules, story.text
    out: list[_Amount] = []
    for amount in found:
        prev = out[-1] if out else None
        if amount.vague:
            out.append(amount)
            continue
        if prev is not None and not prev.vague and prev.qualifier != "range":
            gap = rules.gap.fullmatch(text, prev.end, amount.start)
            if gap is not None and (prev.currency == amount.currency or not prev.currency):
                q = _before(prev.start, story)
                if gap.group("sep") != "and" or q == "between":
                    out[-1:] = _join(prev, amount, q, story)
                    continue
        if not amount.pre:
            lo = max(prev.end if prev else 0, amount.start - 60)
            m = rules.bare_before.search(text, lo, amount.start)
            parsed = _number(m.group("n"), rules) if m else None
            if parsed and not _is_year(m.group("n")):
                q = _before(m.start("n"), story)
                if m.group("sep") != "and" or q == "between":
                    first = _Amount(m.start("n"), m.end("n"), parsed[0], amount.currency, parsed[1])
                    out.extend(_join(first, amount, q, story))
                    continue
        out.append(amount)
    return out


def _number_out(value: Decimal | None) -> int | float | None:
    if value is None:
        return None
    return int(value) if value == value.to_integral_value() else float(value)


def _emit(amount: _Amount, story: _Story) -> dict[str, Any]:
    rules, text = story.rules, story.text
    unit = None
    rate = rules.rate.match(text, amount.end)
    if rate is not None:
        unit = rules.units.get(_norm(rate.group("u") or rate.group("adv")).lower())
    value = amount.value
    if amount.vague:
        qualifier, low, high = None, amount.low, None
    elif amount.qualifier == "range":
        qualifier, low, high = "range", value, amount.high
    else:
        qualifier = rules.qualifiers.get(_before(amount.start, story) or "")
        low = value if qualifier in (None, "over", "at_least") else None
        high = value if qualifier in (None, "under", "at_most", "up_to", "nearly") else None
    return {
        "text": text[amount.start : amount.end],
        "start": amount.start,
        "end": amount.end,
        "value": _number_out(value),
        "currency": amount.currency,
        "low": _number_out(low),
        "high": _number_out(high),
        "qualifier": qualifier,
        "vague": amount.vague,
        "unit": unit,
    }


def find_money(doc: Doc, rules: MoneyRules, *, country: str | None = None) -> list[dict]:
    """Every money amount in the text, in order, not overlapping.

    `country` (ISO alpha-2 of the dateline place) settles bare `$` and other shared names.
    """
    text = doc_text(doc)
    if not text or not isinstance(text, str):
        return []
    story = _Story(doc, text, rules, country)
    found: list[_Amount] = []
    pos = 0
    while pos < len(text):
        m = rules.amount.search(text, pos)
        if m is None:
            break
        try:
            amounts = _read(m, story)
        except Exception:  # one odd match must not cost the story its other amounts
            amounts = []
        if not amounts:
            pos = m.start() + 1
            continue
        found.extend(amounts)
        pos = max(m.end(), amounts[-1].end)
    return [_emit(a, story) for a in _ranges(found, story)]
