"""The money grammar: one regex for amounts, and small anchored ones for what surrounds them,
built from the vocabulary as tries of alternatives (longest first)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from ...resources import models_path
from .vocabulary import Vocabulary, name_key, norm, read_vocabulary

if TYPE_CHECKING:
    from collections.abc import Iterable
    from pathlib import Path

_SP = r"[^\S\n]"
# Digits, with thousands commas (or South Asian grouping: "1,00,000"; a stray space after the
# comma before "000": "$30, 000"), decimals, or a stock-price fraction ("$34 3/4").
_DIG = (
    r"(?:\d{1,3}(?:,\d{3})*(?:, 000)+(?![\d,.])|\d{1,2}(?:,\d\d)+,\d{3}|\d{1,3}(?:,\d{3})+|\d+)"
    r"(?:\.\d+|[ \u00a0](?:1/2|[13]/4|[1357]/8|1?[0-9]/16|[0-9]{1,2}/32)"
    r"(?![\d/]))?"
)
_NOT_PCT = r"(?!\d|[.,]\d|" + _SP + r"?(?:%|per" + _SP + r"?cent\b|percent\b|pct\b))"
# What may follow a number that ends an amount without a currency word of its own.
_FOLLOW = (
    r"\s*(?:[.,;:!?)\]\"'\u201d\u2019]|$)|" + _SP + r"+(?:more|less|each|extra|only|apiece|"
    r"a|an|per|for|to|and|or|but|in|on|at|from|with|by|is|was|were|are|will|would|of|that|this|"
    r"which|it)\b"
)


@dataclass(frozen=True)
class MoneyRules:
    """Compiled patterns and lookup tables; built once by :func:`load_money_rules`."""

    amount: re.Pattern[str]
    dollar_prefix: re.Pattern[str]
    tail: re.Pattern[str]
    follow: re.Pattern[str]
    rate: re.Pattern[str]
    qualifier: re.Pattern[str]
    qualifier_after: re.Pattern[str]
    gap: re.Pattern[str]
    bare_before: re.Pattern[str]
    bare_after: re.Pattern[str]
    statement: re.Pattern[str]
    yuan: re.Pattern[str]
    written: re.Pattern[str]  # currency names with their country ("Danish kroner")
    change: re.Pattern[str]
    era: re.Pattern[str]  # "new" or "old" written before a currency name
    currencies: dict[str, tuple[str | None, str | None]]
    subunits: dict[str, tuple[str | None, str | None, Decimal]]
    dollar_prefixes: dict[str, str]
    prefix_words: frozenset[str]
    never_spaced: frozenset[str]
    generics: dict[str, tuple[str | None, frozenset[str]]]
    named_countries: frozenset[str]  # generics the countries a story names settle
    eras: dict[str, str]  # "new": "current", "old": "former"
    with_magnitude: frozenset[str]
    numbers: dict[str, Decimal]
    fractions: dict[str, Decimal]
    scales: dict[str, Decimal]
    code_scales: dict[str, Decimal]
    slang_scales: dict[str, Decimal]
    vague: dict[str, Decimal]
    qualifiers: dict[str, str]
    qualifiers_after: dict[str, str]
    units: dict[str, str]


@dataclass(frozen=True)
class _Pieces:
    """Patterns several of the grammar's regexes are made of; `dollar` and `codes` are
    templates to format with the name of their group (`g`)."""

    scale_words: str
    num_digits: str
    number: str
    names: str
    symbols: str
    dollar_words: str
    dollar: str
    codes: str
    subunits: str
    grand: str


@lru_cache(maxsize=4)
def load_money_rules(folder: Path | None = None) -> MoneyRules:
    """Read a `models/money` folder (by default the installed one) and CLDR's currency names
    (babel), and compile the patterns once."""
    words = read_vocabulary(folder or models_path("money"))
    pieces = _pieces(words)
    return MoneyRules(
        amount=re.compile(_amount_pattern(words, pieces)),
        **_context_patterns(words, pieces),
        **_tables(words),
    )


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


def _pieces(words: Vocabulary) -> _Pieces:
    """Numbers in digits or words with their magnitudes, and the currency markers."""
    ncfg = words.numbers_cfg
    dec, fractions = [*ncfg["units"], *ncfg["tens"]], ncfg["fractions"]
    word_scales, abbreviations, slang = ncfg["scales"], ncfg["abbreviations"], ncfg["slang_scales"]
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
    era = rf"(?:(?:{_trie(sorted(words.generics_cfg['eras']))}){_SP}+)?"  # "old lira"
    name_re = rf"(?i:{era}{_trie(sorted(words.names), gap='*')})(?![\w])"
    sym_re = rf"(?<![^\W\d_])(?:{_trie(sorted(words.symbols))})(?!(?<=[^\W\d_])[^\W\d_])"
    dollar_words = rf"(?<![^\W\d_.])(?i:{_trie(sorted(words.dollar_prefixes))})"
    dollar_re = rf"(?:(?P<{{g}}>{dollar_words})(?P<{{g}}sp>{_SP}?))?\$"
    code_scale = _trie(ncfg["code_scale_prefixes"])
    code_re = (
        rf"(?<![^\W\d_])(?:(?P<{{g}}s>{code_scale})?(?:{_trie(words.upper_codes)})(?![^\W\d_])"
        rf"|(?:{_trie(words.lower_codes)})(?![^\W\d_]))"
    )
    subunit_re = rf"(?i:{_trie(sorted(words.subunit_forms), gap='*')})(?![\w])"
    grand = rf"(?:{_trie(slang)})(?![\w])"
    return _Pieces(
        scale_words=scale_words,
        num_digits=num_digits,
        number=number,
        names=name_re,
        symbols=sym_re,
        dollar_words=dollar_words,
        dollar=dollar_re,
        codes=code_re,
        subunits=subunit_re,
        grand=grand,
    )


def _amount_pattern(words: Vocabulary, p: _Pieces) -> str:
    """Amounts marked by a currency before or after the number, subunits alone, and vague ones."""
    ncfg = words.numbers_cfg
    vague_plurals = _trie(ncfg["vague_plurals"])
    vague_counts = _trie(ncfg["vague_counts"])
    vague_multipliers = _trie(ncfg["vague_multipliers"])
    return (
        # vague with a symbol: "£millions"
        rf"(?P<vsym>[$£€])(?i:(?P<vpl2>{vague_plurals}))\b"
        # currency first: "$5m", "US$ 4.7 billion", "GBP3.01", "Rs. 20", "MAUD 60", "ringgit 42"
        rf"|(?P<pre>(?P<dollar>\$)|{p.symbols}|{p.codes.format(g='c')}"
        rf"|(?<![\w])(?P<pname>{p.names}))(?P<psp>{_SP}?)(?P<pnum>{p.num_digits}){_NOT_PCT}"
        # subunits alone: "43 cents", "50p", "99 pence"
        rf"|(?<![\w.,$£€])(?P<snum>{p.number}){_SP}?(?P<sub>{p.subunits})"
        rf"|(?<![\w.,$£€])(?P<pnum2>\d+(?:\.\d+)?)p(?![\w]|\.?{_SP}?m\b)"
        # number first: "528 million francs", "115USD", "ten dollars", "75 USD million", "10 grand";
        # or vague: "millions of dollars", "tens of billions of pounds", "multimillion-dollar"
        rf"|(?:(?P<vague>(?i:(?<![\w])(?:(?:(?P<vmul>{vague_multipliers}){_SP}+of{_SP}+)?"
        rf"(?P<vpl>{vague_plurals})[\"'\u201d\u2019]?{_SP}+(?:more{_SP}+)?(?:of|in){_SP}+"
        rf"|(?P<vcnt>{vague_counts}){_SP}?"
        rf"(?P<vsc>{p.scale_words}(?:{_SP}+{p.scale_words}){{0,3}})[ \-])))"
        rf"|(?<![\w.,$£€])(?P<num>{p.number}){_NOT_PCT}(?:{_SP}?|-))"
        rf"(?:(?P<post>(?:{p.dollar.format(g='dp2')}|{p.symbols})(?!(?<![^\W\d_]){_SP}?\d)"
        rf"|{p.codes.format(g='c2')}"
        rf"|{p.names})"
        rf"(?:{_SP}+(?P<pmag>(?i:{p.scale_words}))\b)?|(?P<grand>{p.grand}))"
    )


def _context_patterns(words: Vocabulary, p: _Pieces) -> dict[str, re.Pattern[str]]:
    """What is read around an amount: a cents tail, a rate, a qualifier, a range's other end,
    a statement of the currency meant, a change."""
    ncfg, qcfg, ucfg = words.numbers_cfg, words.qualifiers_cfg, words.units_cfg
    qualifiers = words.qualifiers
    small = _trie([*ncfg["units"], *ncfg["tens"]])
    tail = (
        rf"(?:{_SP}+and)?{_SP}*(?P<n>\d{{1,2}}(?![\d]|[.,]\d)|(?i:\b(?:{small})"
        rf"(?:(?:{_SP}+|-)(?:{small}))?\b))"
        rf"(?:{_SP}?(?P<sub>{p.subunits}|c(?![\w]))|(?={_FOLLOW}))"
    )
    rate_words = _trie(sorted(words.units))
    rate = (
        rf"(?:{_SP}*-{_SP}*|{_SP}+)(?i:(?:(?:a|an|per|each|every)(?:{_SP}+|-)|/{_SP}?)"
        rf"(?P<u>{rate_words})(?![\w])(?!(?:{_SP}+|-)(?:{_trie(ucfg['time_words'])})\b)"
        rf"|(?P<adv>{_trie(sorted(ucfg['adverbs']))})(?![\w]))"
    )
    bounds = _trie(sorted([*qualifiers, *qcfg["range_words"]]))
    fillers = _trie(qcfg["fillers"])
    of_a_noun = _trie(qcfg["of_a_noun"])
    qualifier = (
        rf"(?i:(?<![\w])(?:(?P<q>{bounds})(?:{_SP}+(?:{fillers}))?"
        rf"|(?P<qn>{of_a_noun})(?:{_SP}+[a-z]+(?:-[a-z]+)*){{1,2}}{_SP}+of)){_SP}+\Z"
    )
    after = [w for w in qcfg["after"].values() for w in w]
    spaced = _trie(sorted(w for w in after if w[0].isalpha()))
    attached = _trie(sorted(w for w in after if not w[0].isalpha()))
    qualifier_after = rf"(?i:{_SP}+(?P<qa>{spaced})|(?P<qb>{attached}))(?![\w+])"
    gap = rf"{_SP}*(?P<sep>-|–|—|to|and|through){_SP}*"
    bare_before = rf"(?<![\w.,$£€])(?P<n>{p.number}){_SP}*(?P<sep>-|–|—|to|and){_SP}*\Z"
    bare_after = rf"{_SP}*(?P<sep>-|–|—|to|and){_SP}*(?P<n>{p.num_digits}){_NOT_PCT}"
    nouns = "figures|amounts|prices|sums|values|numbers|totals|dollar figures|dollar amounts"
    statement = (
        rf"(?i:\b(?:all\s+(?:{nouns})\s+(?:are\s+)?|(?:{nouns})\s+(?:are|is)\s+)"
        rf"(?:(?:quoted|given|expressed|stated|shown|reported)\s+)?in\s+)"
        rf"(?P<cur>(?i:{_trie(sorted(n for n in words.names if 'dollar' in n))})\b"
        rf"|{p.dollar.format(g='sp')})"
    )
    # "rose (by) X to Y"; "by X to Y" after any verb ("boost net income by 400m euros to
    # 2.5bn euros"): the change and the level it brings, never a range
    change = (
        rf"(?i:\b(?:(?:{_trie(qcfg['change_words'])})(?:{_SP}+by)?|by)"
        rf"(?:{_SP}+(?:{_trie(sorted(qualifiers))}))?){_SP}+\Z"
    )
    yuan = rf"(?i:(?<![\w])(?:{_trie(words.generics_cfg['yuan_markers'])})(?![\w]))"
    # "Danish kroner", "Mexican pesos": names that say whose currency it is, anywhere in a story
    qualified = sorted(n for n in words.names if " " in n and words.currencies[name_key(n)][0])
    written = rf"(?i:(?<![\w])(?:{_trie(qualified)})(?![\w]))"
    return {
        "dollar_prefix": re.compile(rf"(?P<p>{p.dollar_words})(?P<psp>{_SP}?)\Z"),
        "tail": re.compile(tail),
        "follow": re.compile(_FOLLOW),
        "rate": re.compile(rate),
        "qualifier": re.compile(qualifier),
        "qualifier_after": re.compile(qualifier_after),
        "gap": re.compile(gap),
        "bare_before": re.compile(bare_before),
        "bare_after": re.compile(bare_after),
        "statement": re.compile(statement),
        "yuan": re.compile(yuan),
        "written": re.compile(written),
        "change": re.compile(change),
        "era": re.compile(rf"(?i:(?<![\w])({_trie(sorted(words.generics_cfg['eras']))}){_SP}+)"),
    }


def _tables(words: Vocabulary) -> dict[str, Any]:
    """The lookup tables amounts are read with."""
    ncfg, ucfg = words.numbers_cfg, words.units_cfg
    abbreviations = {k: Decimal(v) for k, v in ncfg["abbreviations"].items()}
    return {
        "currencies": words.currencies,
        "subunits": words.subunits,
        "dollar_prefixes": words.dollar_prefixes,
        "prefix_words": frozenset(words.dollars_cfg["words"]),
        "never_spaced": frozenset(words.dollars_cfg["never_spaced"]),
        "generics": words.generics,
        "named_countries": frozenset(words.generics_cfg["named_countries"]),
        "eras": words.generics_cfg["eras"],
        "with_magnitude": frozenset(words.generics_cfg["with_magnitude"]),
        "numbers": {k: Decimal(str(v)) for k, v in ncfg["units"].items() | ncfg["tens"].items()},
        "fractions": {k: Decimal(str(v)) for k, v in ncfg["fractions"].items()},
        "scales": {
            **{k: Decimal(v) for k, v in ncfg["scales"].items()},
            **{k.lower(): v for k, v in abbreviations.items()},
            **abbreviations,
        },
        "code_scales": {k: Decimal(v) for k, v in ncfg["code_scale_prefixes"].items()},
        "slang_scales": {k: Decimal(v) for k, v in ncfg["slang_scales"].items()},
        "vague": {
            **{k: Decimal(v) for k, v in ncfg["vague_plurals"].items()},
            **{k: Decimal(v) for k, v in ncfg["vague_multipliers"].items()},
            **{norm(k): Decimal(v) for k, v in ncfg["vague_counts"].items()},
        },
        "qualifiers": words.qualifiers,
        "qualifiers_after": {
            norm(w): q for q, phrases in words.qualifiers_cfg["after"].items() for w in phrases
        },
        "units": {**words.units, **{k.lower(): v for k, v in ucfg["adverbs"].items()}},
    }
