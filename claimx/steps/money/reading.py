"""Reading one match of the amount pattern: its number, currency and cents tail."""

from __future__ import annotations

import re
from decimal import Decimal
from typing import TYPE_CHECKING

from .amounts import Amount, is_year, parse_number
from .currency import lookup
from .ranges import bare_after
from .vocabulary import name_key, norm

if TYPE_CHECKING:
    from .currency import Context


# A currency name after one of these is the currency itself ("the pound 2 cents higher").
_DETERMINER = re.compile(r"(?i:\b(?:the|a|an|its|their|this|that|per|each|every)\s+)\Z")
_CENT = Decimal("0.01")
_MILLION = Decimal(1000000)


def _noun_follows(ctx: Context, pos: int) -> bool:
    """Whether a noun comes next, as the tagger saw it ("3 grand pianos", not "10 grand a year")."""
    span = ctx.doc.char_span(pos, len(ctx.text), alignment_mode="expand")
    nxt = next((t for t in span if not t.is_space), None) if span is not None else None
    return nxt is not None and nxt.pos_ in ("NOUN", "PROPN") and nxt.idx - pos < 3


def _dollar(prefix: re.Match[str] | None, group: str, ctx: Context) -> tuple[int, str | None]:
    """Start and currency of a `$` and the letters before it, if any (US$, C $, aud$).

    Prefixes that are also words ("us", "a") count spaced only in lower-cased archive text.
    """
    word = prefix.group(group).lower() if prefix and prefix.group(group) else None
    if word is None or (
        prefix.group(group + "sp")
        and (
            word in ctx.rules.never_spaced
            or (word in ctx.rules.prefix_words and not ctx.lowercased())
        )
    ):
        return -1, ctx.currency(None, "dollar")
    return prefix.start(group), ctx.rules.dollar_prefixes.get(word)


def _currency_of(m: re.Match[str], ctx: Context, *, pre: bool) -> tuple[int, str | None]:
    """Start of the currency marker written before the number (else -1), and its code."""
    if pre and m.group("dollar"):
        start = m.start("dollar")
        return _dollar(ctx.rules.dollar_prefix.search(ctx.text, max(0, start - 8), start), "p", ctx)
    surface = m.group("pre" if pre else "post")
    if not pre and surface.endswith("$") and (m.group("dp2") is not None or surface == "$"):
        return -1, _dollar(m, "dp2", ctx)[1]
    scaled = m.group("cs" if pre else "c2s")
    if scaled:
        surface = surface[len(scaled) :]
    return -1, ctx.currency(*lookup(ctx.rules, surface))


def read_amounts(m: re.Match[str], ctx: Context) -> list[Amount]:
    """What one match of the amount pattern stands for: nothing (a year, a title, "won 3
    games"), an amount, or an amount and the other end of its range."""
    if m.group("vsym") or m.group("vague") is not None:
        return _read_vague(m, ctx)
    if m.group("pnum") is not None:
        return _read_currency_first(m, ctx)
    if m.group("num") is not None:
        return _read_number_first(m, ctx)
    return _read_subunits(m, ctx)


def _read_vague(m: re.Match[str], ctx: Context) -> list[Amount]:
    """ "£millions", "millions of dollars", "tens of billions of pounds"."""
    rules = ctx.rules
    vague = rules.vague
    if m.group("vsym"):
        low = vague[m.group("vpl2").lower()]
        code = ctx.currency(*lookup(rules, m.group("vsym")))
    elif m.group("post") is None:
        return []  # "several thousand grand"
    else:
        if m.group("vpl"):
            low = vague[m.group("vpl").lower()] * vague.get((m.group("vmul") or "").lower(), 1)
        else:
            low = vague[norm(m.group("vcnt")).lower()] * parse_number(m.group("vsc"), rules)[0]
        code = _currency_of(m, ctx, pre=False)[1]
    return [Amount(m.start(), m.end(), None, code, low=low, vague=True)]


def _read_currency_first(m: re.Match[str], ctx: Context) -> list[Amount]:
    """ "$5m", "US$ 4.7 billion", "GBP3.01": perhaps the first end of a range."""
    rules, text = ctx.rules, ctx.text
    parsed = parse_number(m.group("pnum"), rules)
    if parsed is None:
        return []
    if m.group("pname") and (
        is_year(m.group("pnum"))
        or name_key(m.group("pname")) in rules.with_magnitude
        or _DETERMINER.search(text, max(0, m.start() - 8), m.start())
    ):
        return []
    value, scale = parsed
    start, code = _currency_of(m, ctx, pre=True)
    if m.group("cs"):
        value *= rules.code_scales[m.group("cs")]
        scale = scale or rules.code_scales[m.group("cs")]
    end = m.end()
    if scale is None:
        value, end = _tail(value, end, ctx, strict=True)
    first = Amount(m.start() if start < 0 else start, end, value, code, scale, pre=True)
    return bare_after(first, ctx)


def _read_number_first(m: re.Match[str], ctx: Context) -> list[Amount]:
    """ "528 million francs", "115USD", "ten dollars", "10 grand"."""
    rules, text = ctx.rules, ctx.text
    parsed = parse_number(m.group("num"), rules)
    if parsed is None:
        return []
    value, scale = parsed
    end = m.end()
    number, post = m.group("num"), m.group("post") or ""
    if scale is None and not m.group("pmag") and name_key(post) in rules.with_magnitude:
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
        if _noun_follows(ctx, end):
            return []
        return [
            Amount(
                m.start(),
                end,
                value * rules.slang_scales[m.group("grand").lower()],
                ctx.local(),
                rules.slang_scales[m.group("grand").lower()],
            )
        ]
    _, code = _currency_of(m, ctx, pre=False)
    words = number.lower().split()
    if (
        scale == value >= _MILLION
        and words[0] in ("a", "an", words[-1])
        and text[m.end("num")] == "-"
    ):
        # "a billion-dollar deal": an order of magnitude, like "multibillion-dollar"; but
        # "a hundred-dollar bill" is one
        start = m.end("num") - len(words[-1])
        return [Amount(start, end, None, code, low=value, vague=True)]
    post = norm(m.group("post")).lower()
    if post in ("pound", "pounds") and scale is None:
        joined = text[m.end("num") : m.start("post")]
        if "-" in joined or re.match(r"\s+of\b", text[end : end + 4]):
            return []
    if m.group("pmag") and scale is None:
        scale = rules.scales[m.group("pmag").lower()]
        value *= scale
    elif scale is None:
        value, end = _tail(value, end, ctx, strict=False)
    return [Amount(m.start(), end, value, code, scale)]


def _read_subunits(m: re.Match[str], ctx: Context) -> list[Amount]:
    """ "43 cents", "50p", "99 pence"."""
    rules = ctx.rules
    number, sub = m.group("snum") or m.group("pnum2"), m.group("sub") or ""
    parsed = parse_number(number, rules)
    if parsed is None or (sub[:1].isupper() and sub[1:].islower()):
        return []  # a name: "50 Cent"
    code, generic, ratio = rules.subunits[name_key(sub or "penny")]
    return [Amount(m.start(), m.end(), parsed[0] * ratio, ctx.currency(code, generic))]


def _tail(value: Decimal, end: int, ctx: Context, *, strict: bool) -> tuple[Decimal, int]:
    """Add a subunit tail ("20 dollars and 43 cents", "20 Rupees 43", "$20 and 43c").

    After a symbol (`strict`), a bare number joined by "and" is not taken: "$5 and 10 more".
    """
    rules = ctx.rules
    tail = rules.tail.match(ctx.text, end)
    if tail is None or value != value.to_integral_value():
        return value, end
    sub = tail.group("sub")
    if strict and not sub and "and" in tail.group(0):
        return value, end
    ratio = rules.subunits.get(name_key(sub), (None, None, _CENT))[2] if sub else _CENT
    cents = parse_number(tail.group("n"), rules)
    if cents is None or cents[0] * ratio >= 1:
        return value, end
    return value + cents[0] * ratio, tail.end()
