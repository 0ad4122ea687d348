"""Money amounts in English news: value, ISO 4217 currency, bounds, qualifier and rate.

One precompiled regex over ``doc.text`` finds amounts marked by a currency symbol, ISO code,
name, slang word or subunit, in running or archive-tokenized text ("$ 75 million",
"us$ 4.7 billion"). Numbers may be digits, words or both, with magnitudes and news shorthands
("$1.13bn", "five lakh rupees", "three quarters billion"). Small anchored regexes then read
what surrounds each amount: a cents tail ("20 dollars and 43 cents"), a range ("$5-$10 billion",
"between $5 and $10 million": the magnitude applies to both ends), a qualifier before it
("more than", "up to") and a rate after it ("$15 an hour"). "From X to Y", "rose X to Y" and
"by X to Y" stay two amounts: a change and its result, not a range.

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

import re
from typing import TYPE_CHECKING, Any

from ..doctext import doc_text, plain_text
from .currency import Context
from .ranges import join_ranges, qualifier_before
from .reading import read_amounts
from .vocabulary import norm

if TYPE_CHECKING:
    from collections.abc import Sequence
    from decimal import Decimal

    from spacy.tokens import Doc

    from .amounts import Amount
    from .grammar import MoneyRules


def _number_out(value: Decimal | None) -> int | float | None:
    if value is None:
        return None
    return int(value) if value == value.to_integral_value() else float(value)


def _emit(amount: Amount, ctx: Context) -> dict[str, Any]:
    rules, text = ctx.rules, ctx.text
    unit = None
    rate = rules.rate.match(text, amount.end)
    if rate is not None:
        unit = rules.units.get(norm(rate.group("u") or rate.group("adv")).lower())
    value = amount.value
    if amount.vague:
        qualifier, low, high = None, amount.low, None
    elif amount.qualifier == "range":
        qualifier, low, high = "range", value, amount.high
    else:
        qualifier = rules.qualifiers.get(qualifier_before(amount.start, ctx) or "")
        if qualifier is None:  # "$200 or less", "£3m-plus"
            qualifier = _qualifier_after(text, amount.end, rules)
        low, high = _bounds(value, qualifier)
    return {
        "text": doc_text(ctx.doc)[amount.start : amount.end],  # as written, escapes and all
        "start": amount.start,
        "end": amount.end,
        "value": _number_out(value),
        "currency": ctx.dated(amount.currency, amount.start, amount.end),
        "low": _number_out(low),
        "high": _number_out(high),
        "qualifier": qualifier,
        "vague": amount.vague,
        "unit": unit,
    }


def _qualifier_after(text: str, pos: int, rules: MoneyRules) -> str | None:
    """A qualifier written after the amount ("or less", "-plus"), if one starts at `pos`."""
    after = rules.qualifier_after.match(text, pos)
    if after is None:
        return None
    return rules.qualifiers_after[norm(after.group("qa") or after.group("qb")).lower()]


def _bounds(value, qualifier: str | None) -> tuple:
    """`low` and `high` of a single amount under its qualifier."""
    low = value if qualifier in (None, "over", "at_least") else None
    high = value if qualifier in (None, "under", "at_most", "up_to", "nearly") else None
    return low, high


_OPEN = re.compile(r"\s*\(\s*")
_CLOSE = re.compile(r"\s*\)")
_BETWEEN = re.compile(r"\s*[;,/]\s*")  # "($91m; £49m)", "($91m, £49m)"


def _following(items: list[dict], i: int):
    """The items after the i-th, without copying the list (a story may hold 10⁵ amounts)."""
    for j in range(i + 1, len(items)):
        yield items[j]


def _share_with_conversions(items: list[dict], text: str, rules: MoneyRules) -> None:
    """Amounts in brackets right after another are the same amount in other currencies,
    under the same qualifier: "more than $5bn (£2.7bn)", "about 70m euros ($91m; £49m)",
    "$75,000 (£39,000) or above"."""
    for i, first in enumerate(items):
        if first["vague"] or first["qualifier"] == "range":
            continue
        group, gap = [first], _OPEN
        for item in _following(items, i):
            if (
                item["vague"]
                or item["qualifier"]
                or not gap.fullmatch(text, group[-1]["end"], item["start"])
            ):
                break
            group.append(item)
            gap = _BETWEEN
        close = _CLOSE.match(text, group[-1]["end"]) if len(group) > 1 else None
        if close is None:
            continue
        qualifier = first["qualifier"] or _qualifier_after(text, close.end(), rules)
        if qualifier is None:
            continue
        for item in group:
            item["qualifier"] = qualifier
            item["low"], item["high"] = _bounds(item["value"], qualifier)


def find_money(
    doc: Doc,
    rules: MoneyRules,
    *,
    country: str | None = None,
    named: Sequence[str] = (),
    published: str | None = None,
) -> list[dict]:
    """Every money amount in the text, in order, not overlapping.

    `country` (ISO alpha-2 of the dateline place) settles bare `$` and other shared names;
    `named`, the countries of the places the story names (one per mention), settles names
    such as "pesos" that no default does; `published` (ISO day) dates a redenominated
    currency: a 2004 story's lira is TRL.
    """
    text = plain_text(doc)
    if not text or not isinstance(text, str):
        return []
    ctx = Context(doc, text, rules, country, named, published)
    found: list[Amount] = []
    pos = 0
    while pos < len(text):
        m = rules.amount.search(text, pos)
        if m is None:
            break
        amounts = read_amounts(m, ctx)
        if not amounts:
            pos = m.start() + 1
            continue
        found.extend(amounts)
        pos = max(m.end(), amounts[-1].end)
    items = [_emit(a, ctx) for a in join_ranges(found, ctx)]
    _share_with_conversions(items, text, rules)
    return items
