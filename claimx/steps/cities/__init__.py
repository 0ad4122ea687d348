"""Cities a news story names, each resolved to one GeoNames place.

Finding: every capitalized span that is the name of a populated place is a candidate
(candidates.py, mentions.py); the story decides whether it is a place here (a qualifier such
as "Sacramento, Calif.", the dateline, spaCy's entity label, a locative cue such as "in" or
"mayor of") or a person or a word ("Jackson said", "Mobile phones") (evidence.py), or a club, an
organization or a seat of power ("the Leeds striker", "London University", "Whitehall")
(readings.py).
Resolving: among namesakes, the states and countries the story names, its dateline, the
other cities it names (a local story names several towns of one state, close together) and
then population decide, a big city that dwarfs its namesakes winning abroad too (resolve.py).
"""

from __future__ import annotations

from .find import find_cities

__all__ = ["find_cities"]
