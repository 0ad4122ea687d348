"""A date expression as claimx writes it to `dates[]`."""

from __future__ import annotations

from typing import Literal, TypedDict

from ..item import Offset, TextSpan


class DateRange(TypedDict):
    """This date as one end of a range ("from March to May", "since 2019")."""

    role: Literal["start", "end"]
    other: Offset | None  # the index of the range's other end in `dates[]`; None when open


class Date(TextSpan):
    """A date as a TimeML TIMEX3 value of type DATE, anchored on the publication date."""

    value: str  # TIMEX3: "2026-12", "2026-Q4", "XXXX-WXX-5", "PRESENT_REF", "2026-12-01TMO"
    grain: Literal[
        "time",
        "day",
        "week",
        "month",
        "quarter",
        "half",
        "season",
        "year",
        "decade",
        "century",
        "ref",
    ]
    mod: Literal["START", "MID", "END", "APPROX", "LESS_THAN", "MORE_THAN"] | None  # TIMEX3 mod
    anchored: bool  # False when unknown parts stay X: the story has no publication date
    range: DateRange | None
    sentence: Offset  # the index of the sentence it sits in
