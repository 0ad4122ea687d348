"""The head of a story: its headline, its dateline, a "Published:" line."""

import pytest

from claimx.steps.dateline import find_dateline, find_published_line
from claimx.steps.headline import headline


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "Ad sales boost Time Warner profit\n\nQuarterly profits rose.",
            "Ad sales boost Time Warner profit",
        ),
        ("The council met on Monday.\nIt voted.", None),
        ("Only one line here", None),
        ("LONDON (Reuters) - Shares fell.\n\nMore text.", None),
    ],
)
def test_headline(text, title):
    assert headline(text) == title


@pytest.mark.parametrize(
    ("text", "place", "date"),
    [
        ("SACRAMENTO, Calif. (AP) — The city said.", "SACRAMENTO, Calif.", None),
        ("Title\n\nLONDON (Reuters) - Shares fell.", "LONDON", None),
        ("WASHINGTON, Nov. 27 (Reuters) - The Senate voted.", "WASHINGTON", "Nov. 27"),
        ("NEW YORK -- Stocks rose on Friday.", "NEW YORK", None),
        ("PORTLAND, Maine — Fishermen said.", "PORTLAND, Maine", None),
        (
            "DENVER, June 4, 2025 /PRNewswire/ -- Acme Foods Inc. today reported sales.",
            "DENVER",
            "June 4, 2025",
        ),
    ],
)
def test_dateline(text, place, date):
    found = find_dateline(text)
    assert found["place"] == place and found["date_text"] == date
    assert text[found["place_start"] : found["place_end"]] == place
    assert text[found["start"] : found["end"]] == found["text"]


@pytest.mark.parametrize(
    "text",
    ["The mayor - who was late - spoke.", "US sales rose - again.", "NOTE: figures are estimates."],
)
def test_no_dateline(text):
    assert find_dateline(text) is None


def test_published_line():
    assert (
        find_published_line("Headline\nPublished: 27 November 2026\n\nBody.") == "27 November 2026"
    )
    assert find_published_line("Body text only.") is None
