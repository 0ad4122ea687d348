"""Which currency a shared name means in one story ("dollars", "pounds", a bare `$`)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from functools import lru_cache
from typing import TYPE_CHECKING

from .vocabulary import name_key

if TYPE_CHECKING:
    import re

    from spacy.tokens import Doc

    from .grammar import MoneyRules


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
    ):
        self.doc = doc
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
    return found or (None, None)
