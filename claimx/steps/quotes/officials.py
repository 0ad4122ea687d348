"""Which body a nation's officials stand for: 'Canadian authorities said' after a notice
from Health Canada.

A nation's officials ('Canadian authorities', 'British officials', 'U.S. regulators') stand
for the one state body of that nation the story names, before or after them: an
organization whose name holds the nation (its demonym, a name the gazetteer knows it by, or
the country's name the demonym is made from: 'Canada' in 'Canadian', 'China' in 'Chinese')
and either a word for a state body ('the Canadian Food Inspection Agency', 'the U.S. Food
and Drug Administration') or a portfolio before the country's name ('Health Canada',
'Transport Canada'). A story naming two such bodies, or none, leaves the description as
it is: officials of a nation are not any firm of it ('British officials' are no 'British
Airways').
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .mention import lefts

if TYPE_CHECKING:
    from spacy.tokens import Token

# Plural nouns for the people who speak for a state.
_OFFICIALS = frozenset({"authorities", "officials", "regulators", "government"})
# Words that name a body of a state in English ('Ministry of Health', 'Border Agency').
_STATE_BODIES = frozenset(
    {
        "administration",
        "agency",
        "authority",
        "bureau",
        "commission",
        "department",
        "government",
        "inspectorate",
        "ministry",
        "office",
        "police",
        "service",
    }
)
# A government's portfolios, which some states put before the country's name ('Health Canada').
_PORTFOLIOS = frozenset(
    {
        "agriculture",
        "customs",
        "defence",
        "energy",
        "environment",
        "finance",
        "health",
        "immigration",
        "industry",
        "justice",
        "statistics",
        "trade",
        "transport",
    }
)


def nation_body(tok: Token, organizations: list[tuple[int, str]], nations: dict[str, str]):
    """The name of the one state body of the nation whose officials `tok` heads, else None.
    `organizations`: (char, name) of every organization the story names; `nations`: a
    demonym or country name, lower case, to its country code."""
    if tok.lower_ not in _OFFICIALS:
        return None
    nation = next(
        (c for c in lefts(tok) if c.dep_ in ("amod", "compound") and c.lower_ in nations), None
    )
    if nation is None:
        return None
    code = nations[nation.lower_]
    found = {name for _, name in organizations if _of_nation(name, nation.lower_, code, nations)}
    return found.pop() if len(found) == 1 else None


def _of_nation(name: str, nation: str, code: str, nations: dict[str, str]) -> bool:
    """Whether an organization's name is a state body of the nation `nation` names."""
    words = name.lower().split()
    ours = any(nations.get(w) == code or (len(w) > 3 and nation.startswith(w[:-1])) for w in words)
    ours = ours or any(
        " " in key and f" {key} " in f" {name.lower()} " for key, c in nations.items() if c == code
    )
    if not ours:
        return False
    return any(w in _STATE_BODIES for w in words) or (len(words) == 2 and words[0] in _PORTFOLIOS)
