"""`--format csv`: one row per fact, a table a spreadsheet opens safely.

The file is RFC 4180 CSV (comma, `"` quoting where needed, CRLF line ends) in UTF-8
with a byte order mark, which Excel needs to read UTF-8 (Python readers: `utf-8-sig`).
Several stories share one header. A number claimx computed (a value, an offset, a
coordinate, a score) is written as a plain number, negative ones included: it cannot be
a formula. Any text cell that begins with `=`, `+`, `-`, `@`, a tab, a carriage return
or NUL (or their full-width forms, which some spreadsheets also read as formulas) gets
a leading `'`, as OWASP recommends against formula injection; control and bidi
characters are shown as `\\uXXXX` escapes.

| column | for | holds |
|---|---|---|
| story_id | all | the story's `id` |
| kind | all | `money`, `date`, `city`, `place`, `quote` or `claim` |
| text | all | the words as in the story (a quote without its quote marks; a claim's sentence) |
| start, end | all | character offsets into the story's text |
| sentence | all but place | the index of the sentence |
| value | money, date | the amount (a number), or the TIMEX3 date value (`2027-09`) |
| currency, low, high | money | ISO 4217 code; the range the amount means |
| qualifier, unit | money | `over`, `up_to`, `about`...; the rate's unit (`hour`, `month`) |
| date_grain, date_mod | date | `day`, `month`, `year`...; `START`, `MID`, `END`... |
| place_name, region | city, place | the GeoNames name (a place's own name); admin1 region |
| country | city, place | ISO 3166 alpha-2 |
| latitude, longitude, geonames_id | city | where it is, and its GeoNames id |
| speaker, direct | quote | the speaker's resolved name; `true` for words in quote marks |
| claimer | claim | who stands behind the claim (its `claimer`, else its attribution) |
| claim_type, checkworthiness, checkworthy | claim | when the claim carries them |
"""

from __future__ import annotations

import csv
from collections.abc import Iterable, Iterator
from typing import IO

from .writers import safe

COLUMNS = (
    "story_id",
    "kind",
    "text",
    "start",
    "end",
    "sentence",
    "value",
    "currency",
    "low",
    "high",
    "qualifier",
    "unit",
    "date_grain",
    "date_mod",
    "place_name",
    "region",
    "country",
    "latitude",
    "longitude",
    "geonames_id",
    "speaker",
    "direct",
    "claimer",
    "claim_type",
    "checkworthiness",
    "checkworthy",
)
BOM = "\ufeff"
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\0", "\uff1d", "\uff0b", "\uff0d", "\uff20")


class FactTable:
    """Rows of facts streamed to `out` under one header, written before the first story."""

    def __init__(self, out: IO[str]):
        self.out = out
        self.writer = csv.writer(out, lineterminator="\r\n")
        self.started = False

    def write(self, article: dict) -> None:
        self._start()
        self.writer.writerows([cell(row.get(c)) for c in COLUMNS] for row in fact_rows(article))
        self.out.flush()

    def close(self) -> None:
        self._start()  # no stories still gives a table with its header
        self.out.flush()

    def _start(self) -> None:
        if not self.started:
            self.started = True
            self.out.write(BOM)
            self.writer.writerow(COLUMNS)


def write_csv(articles: Iterable[dict], out: IO[str]) -> None:
    """The facts of these articles (error records skipped) as one CSV table."""
    table = FactTable(out)
    for article in articles:
        if "error" not in article:
            table.write(article)
    table.close()


def cell(value: object) -> object:
    """What a spreadsheet may see of a value: numbers as numbers, text made inert."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return value
    text = safe(str(value))
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def fact_rows(article: dict) -> Iterator[dict]:
    """One dict per fact, keyed by `COLUMNS`: money, dates, cities, places, quotes, claims."""
    story = article.get("id")
    for item in article.get("money", []):
        yield {
            **_span(story, "money", item),
            **{k: item.get(k) for k in ("value", "currency", "low", "high", "qualifier", "unit")},
        }
    for item in article.get("dates", []):
        yield {
            **_span(story, "date", item),
            "value": item.get("value"),
            "date_grain": item.get("grain"),
            "date_mod": item.get("mod"),
        }
    for item in article.get("cities", []):
        yield {
            **_span(story, "city", item),
            "place_name": item.get("name"),
            **{k: item.get(k) for k in ("region", "country", "latitude", "longitude")},
            "geonames_id": item.get("geonames_id"),
        }
    for item in article.get("places", []):
        region = item.get("name") if item.get("kind") == "region" else None
        yield {
            **_span(story, "place", item),
            "place_name": item.get("name"),
            "region": region,
            "country": item.get("country") or None,
        }
    for item in article.get("quotes", []):
        speaker = item.get("speaker") or {}
        yield {
            **_span(story, "quote", item),
            "speaker": speaker.get("name"),
            "direct": item.get("direct"),
        }
    for claim in article.get("claims", []):
        yield {
            **_span(story, "claim", claim),
            "claimer": claimer_name(claim),
            "claim_type": claim.get("type"),
            "checkworthiness": claim.get("checkworthiness"),
            "checkworthy": claim.get("checkworthy"),
        }


def claimer_name(claim: dict) -> str | None:
    """Who stands behind a claim: its `claimer` where claims carry one, else its attribution."""
    who = claim.get("claimer") or claim.get("attribution")
    return who.get("name") if isinstance(who, dict) else who


def _span(story: str | None, kind: str, item: dict) -> dict:
    return {
        "story_id": story,
        "kind": kind,
        **{k: item.get(k) for k in ("text", "start", "end", "sentence")},
    }
