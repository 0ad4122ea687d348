"""A money amount as claimx writes it to `money[]`."""

from __future__ import annotations

from typing import Annotated, Literal

from ..item import JsonSchema, Offset, TextSpan

Amount = Annotated[float, JsonSchema(minimum=0)]
"""An amount in the currency's main unit: an integer when whole ("$5.7 million" is 5700000)."""


class Money(TextSpan):
    """A money amount; `low` and `high` say what its qualifier means (see claimx.steps.money)."""

    value: Amount | None  # None when vague ("millions of dollars")
    currency: Annotated[str, JsonSchema(pattern="^[A-Z]{3}$")] | None  # ISO 4217; None when unsure
    low: Amount | None  # the least the text allows, None when it sets no floor
    high: Amount | None  # the most the text allows, None when it sets no ceiling
    qualifier: (
        Literal["over", "at_least", "under", "at_most", "up_to", "about", "nearly", "range"] | None
    )
    vague: bool
    unit: str | None  # what the amount is per: "$15 an hour" is per "hour"
    sentence: Offset  # the index of the sentence it sits in
