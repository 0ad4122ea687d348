"""Mentions kept in text order: lists of (char, ...) tuples sorted by where they stand."""

from __future__ import annotations

from bisect import bisect_left


def last_before(items: list[tuple], char: int) -> tuple | None:
    """The last item standing before `char`."""
    i = bisect_left(items, (char,))
    return items[i - 1] if i else None


def remember(items: list[tuple], char: int, *rest: str) -> None:
    """Insert (char, *rest) in its place."""
    i = bisect_left(items, (char,))
    items.insert(i, (char, *rest))
