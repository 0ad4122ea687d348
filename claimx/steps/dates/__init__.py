"""Date expressions in a news story, as TimeML TIMEX3 values anchored on its publication date.

`find` is the step (and says what each item holds); `rules` compiles the grammar of a
`models/dates` folder, `expressions` finds its matches, `resolvers` gives each a value with the
help of `anchoring` and `calendar_math` (`counted` those counted from another date, `values`
the shape of a value), and `ranges` links the ends of ranges.
"""

from .find import find_dates, parse_explicit_date
from .rules import DateRules, load_date_rules

__all__ = ["DateRules", "find_dates", "load_date_rules", "parse_explicit_date"]
