"""Which currency a shared name means in one story ("dollars", "pounds", a bare `$`)."""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Sequence
from functools import lru_cache
from typing import TYPE_CHECKING

from ..dates.written import YEAR
from .vocabulary import name_key

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from .grammar import MoneyRules


def _iso_day(published: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(published[:10]) if published else None
    except ValueError:
        return None


@lru_cache(maxsize=512)
def _tender(country: str) -> tuple[str, ...]:
    """The currencies a country uses today, most used first (CLDR)."""
    import babel.numbers

    return tuple(babel.numbers.get_territory_currencies(country, tender=True))


class Context:
    """One story's doc, text, rules, dateline country and named countries, and the currency
    names it settles: by the dateline country, then (for `named_countries` generics) by the
    currency the story names with its country, then by the countries it names."""

    def __init__(
        self,
        doc: Doc,
        text: str,
        rules: MoneyRules,
        country: str | None,
        named: Sequence[str] = (),
        published: str | None = None,
    ):
        self.doc = doc
        self.day = _iso_day(published)
        self.text = text
        self.rules = rules
        self.country = country.upper() if isinstance(country, str) and country else None
        self.named = [code for code, _ in Counter(c.upper() for c in named if c).most_common()]
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

    def dated(self, code: str | None, start: int, end: int) -> str | None:
        """The currency of the amount at text[start:end] when the story speaks (`dated`): by
        the era word written in it, else the publication day, else the latest year its
        sentence writes; a story with neither keeps today's currency."""
        if code not in _namesakes():
            return code
        era = self.rules.era.search(self.text, start, end)
        word = self.rules.eras.get(era.group(1).lower()) if era else None
        return dated(code, self.day or self._year_of_sentence(start), word)

    def _year_of_sentence(self, start: int) -> dt.date | None:
        span = self.doc.char_span(start, start + 1, alignment_mode="expand")
        if span is None:
            return None
        sent = span.sent
        this_year = dt.date.today().year
        years = [int(y) for y in YEAR.findall(self.text, sent.start_char, sent.end_char)]
        years = [y for y in years if y <= this_year]
        return dt.date(max(years), 12, 31) if years else None

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
        for code in _tender(self.country) if self.country else ():
            if code in candidates:
                return code
        if generic not in self.rules.named_countries:
            return default
        written = self._written(candidates)
        if written:
            return written
        for country in self.named:
            for code in _tender(country):
                if code in candidates:
                    return code
        return default

    def _written(self, candidates: frozenset[str]) -> str | None:
        """The candidate the story names with its country most often: "3.4bn Danish kroner"
        settles a later "36bn kroner" in a story that names Sweden too."""
        found = Counter()
        for m in self.rules.written.finditer(self.text):
            code = lookup(self.rules, m.group())[0]
            if code in candidates:
                found[code] += 1
        return found.most_common(1)[0][0] if found else None

    def _named(self, m: re.Match[str]) -> str | None:
        if m.group("sp") is not None:
            return self.rules.dollar_prefixes.get(m.group("sp").lower())
        code, generic = lookup(self.rules, m.group("cur"))
        return code if code or generic != "dollar" else None


def lookup(rules: MoneyRules, surface: str) -> tuple[str | None, str | None]:
    found = rules.currencies.get(surface) or rules.currencies.get(name_key(surface))
    era = None if found else rules.era.match(surface)  # "old lira", not "New Zealand dollars"
    if era:
        found = rules.currencies.get(name_key(surface[era.end() :]))
    return found or (None, None)


def _base_name(code: str) -> str:
    """CLDR's English name without its years: "Turkish Lira (1922–2005)" is "Turkish Lira"."""
    import babel.numbers

    return babel.numbers.get_currency_name(code, locale="en").split(" (")[0]


@lru_cache(maxsize=1)
def _namesakes() -> dict[str, tuple[tuple[str, dt.date, dt.date | None], ...]]:
    """Each currency in use today that replaced one of the same name in its country (a
    redenomination: TRL before TRY), with that country's currencies of the name, oldest first,
    each with the days CLDR gives it."""
    from babel.core import get_global

    out = {}
    for history in get_global("territory_currencies").values():
        current = [code for code, _, end, tender in history if tender and end is None]
        for code in current:
            same = sorted(
                (h[1], h[0], h[2]) for h in history if h[3] and _base_name(h[0]) == _base_name(code)
            )
            if len(same) > 1 and code not in out:
                out[code] = tuple((c, dt.date(*s), e and dt.date(*e)) for s, c, e in same)
    return out


def dated(code: str | None, day: dt.date | None, era: str | None = None) -> str | None:
    """The code of the currency that `code`'s name meant on `day` (the latest of its
    namesakes begun by then): a 2004 story's lira is TRL. `era` "current" keeps today's
    ("new lira"), "former" takes the one before it ("old lira")."""
    history = _namesakes().get(code) if code else None
    if not history or era == "current" or (day is None and era is None):
        return code
    if era == "former":
        return next((c for c, _, _ in reversed(history) if c != code), code)
    begun = [c for c, start, end in history if start <= day and (end is None or day <= end)]
    return begun[-1] if begun else code  # between namesakes (Argentina's austral): today's
