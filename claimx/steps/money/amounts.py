"""An amount as it is read, and the value of the number that states it."""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .grammar import MoneyRules


_TOKEN = re.compile(r"\d+/\d+|\d[\d,]*(?:\.\d+)?|[^\W\d_]+")


@dataclass
class Amount:
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


def parse_number(text: str, rules: MoneyRules) -> tuple[Decimal, Decimal | None] | None:
    """Value of digits and number words ("1.5bn", "three quarters billion"), and its magnitude."""
    tokens = _TOKEN.findall(text.replace(", 000", ",000"))  # "$30, 000"
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


def is_year(number: str) -> bool:
    return len(number) == 4 and number.isdigit() and 1800 <= int(number) <= 2100
