"""Two amounts that make one range ("$5-$10 billion", "between $5 and 10 million"), and the
qualifier before an amount ("more than", "up to")."""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING

from .amounts import Amount, is_year, parse_number
from .vocabulary import norm

if TYPE_CHECKING:
    from .currency import Context


def bare_after(first: Amount, ctx: Context) -> list[Amount]:
    """ "$5-10 million", "between $5 and 10 billion": a second number borrowing the currency."""
    rules, text = ctx.rules, ctx.text
    m = rules.bare_after.match(text, first.end)
    if m is None or rules.amount.match(text, m.start("n")):
        return [first]
    parsed = parse_number(m.group("n"), rules)
    if parsed is None:
        return [first]
    value, scale = parsed
    q = qualifier_before(first.start, ctx)
    sep = m.group("sep")
    if sep == "and" and q != "between":
        return [first]
    if sep == "to" and not (scale or first.scale or q in ("between", "from")):
        return [first]
    if not scale and not rules.follow.match(text, m.end()):
        return [first]
    second = Amount(m.start("n"), m.end(), value, first.currency, scale, pre=True)
    return _join(first, second, q, ctx)


def qualifier_before(start: int, ctx: Context) -> str | None:
    m = ctx.rules.qualifier.search(ctx.text, max(0, start - 40), start)
    if m is None:
        return None
    q = norm(m.group("q") or m.group("qn")).lower()
    return "between" if " " in q and q.split()[-1] in ("from", "between") else q


def _propagate(first: Amount, second: Amount) -> None:
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


def _join(first: Amount, second: Amount, q: str | None, ctx: Context) -> list[Amount]:
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
            and ctx.rules.change.search(ctx.text, max(0, first.start - 40), first.start)
        )
    ):
        return [first, second]
    return [
        Amount(
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


def join_ranges(found: list[Amount], ctx: Context) -> list[Amount]:
    rules, text = ctx.rules, ctx.text
    out: list[Amount] = []
    for amount in found:
        prev = out[-1] if out else None
        if amount.vague:
            out.append(amount)
            continue
        if prev is not None and not prev.vague and prev.qualifier != "range":
            gap = rules.gap.fullmatch(text, prev.end, amount.start)
            if gap is not None and (prev.currency == amount.currency or not prev.currency):
                q = qualifier_before(prev.start, ctx)
                if gap.group("sep") != "and" or q == "between":
                    out[-1:] = _join(prev, amount, q, ctx)
                    continue
        if not amount.pre:
            lo = max(prev.end if prev else 0, amount.start - 60)
            m = rules.bare_before.search(text, lo, amount.start)
            parsed = parse_number(m.group("n"), rules) if m else None
            if parsed and not is_year(m.group("n")):
                q = qualifier_before(m.start("n"), ctx)
                if m.group("sep") != "and" or q == "between":
                    first = Amount(m.start("n"), m.end("n"), parsed[0], amount.currency, parsed[1])
                    out.extend(_join(first, amount, q, ctx))
                    continue
        out.append(amount)
    return out
