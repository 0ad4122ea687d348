"""Money amounts in English news: value, ISO 4217 currency, bounds, qualifier and rate.

`find` is the step (and says what each amount holds); `vocabulary` reads a `models/money`
folder, `grammar` builds the patterns from it, `reading` reads each match with the help of
`amounts` and `currency`, and `ranges` joins the ends of ranges.
"""

from .find import find_money
from .grammar import MoneyRules, load_money_rules

__all__ = ["MoneyRules", "find_money", "load_money_rules"]
