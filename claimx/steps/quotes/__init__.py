"""Quotes and reported speech in news, each with the speaker a reader would name.

Direct quotes come from the quote marks themselves (marks.py); the speaker comes from
the parse around them (attribution.py) and is resolved to the full name the story
gave (speakers.py); reported speech is read off the reporting verbs (reported.py).
"""

from __future__ import annotations

from .find import find_quotes
from .marks import scan_marks
from .rules import QuoteRules, load_quote_rules

__all__ = ["QuoteRules", "find_quotes", "load_quote_rules", "scan_marks"]
