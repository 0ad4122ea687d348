"""Cities as claimx writes them to `cities[]` and `dateline.city`, and `places[]`."""

from __future__ import annotations

from typing import Annotated, Literal

from ..item import Country, JsonSchema, Offset, TextSpan


class ResolvedCity(TextSpan):
    """A name in the text resolved to a GeoNames populated place."""

    name: str  # the place's GeoNames name
    region: str | None  # its admin1 region ("Illinois"), when GeoNames names one
    country: Country
    latitude: Annotated[float, JsonSchema(minimum=-90, maximum=90)]
    longitude: Annotated[float, JsonSchema(minimum=-180, maximum=180)]
    geonames_id: Annotated[int, JsonSchema(minimum=1)]
    population: Annotated[int, JsonSchema(minimum=0)]
    confidence: Annotated[float, JsonSchema(minimum=0, maximum=1)]  # a heuristic, not calibrated
    reason: str  # the evidence, comma-separated: "qualified, GPE, locative"


class City(ResolvedCity):
    """A city the story names."""

    sentence: Offset  # the index of the sentence it sits in


class Place(TextSpan):
    """A country, region or continent the story names: context for its cities."""

    name: str
    kind: Literal["country", "region", "continent"]
    country: Annotated[str, JsonSchema(pattern="^([A-Z]{2})?$")]  # ISO alpha-2; "" for a continent
