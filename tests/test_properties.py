"""Properties that hold for any text: valid output, offsets that point at their text, no crash.

The default profile, `ci` (tests/conftest.py), runs 2,000 library examples with a fixed
seed; `--hypothesis-profile=thorough` 10,000, `long` 100,000 with fresh randomness, `dev` a
quick 300.
"""

import json

import jsonschema
from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st

import claimx
from claimx.cli import cli
from claimx.output.schema import ARTICLE
from claimx.output.writers import dumps

# Pieces of news copy, so that generated texts reach deep into every extractor.
FRAGMENTS = [
    "$5.7 million",
    "£600m",
    "€1.4bn",
    "US$ 4.7 billion",
    "between $5 and $10 million",
    "up to $50,000 a year",
    "43 cents",
    "millions of dollars",
    "2.15pm",
    "15%",
    "1,200,000",
    "on Friday",
    "mid-September",
    "last week",
    "Nov. 27, 2026",
    "27/11/2026",
    "the 1990s",
    "two years ago",
    "early 2027",
    "yesterday",
    "from March to May",
    "73-year-old",
    "SACRAMENTO, Calif. (AP) — ",
    "LONDON (Reuters) - ",
    "Portland, Maine",
    "Paris, Texas",
    "Washington",
    "Reading",
    "Nice",
    "Jackson said",
    "Springfield, Ill.",
    '"',
    "“",
    "”",
    "'",
    "‘",
    "’",
    " said ",
    " he said.",
    "according to officials",
    "Richard Parsons",
    "a spokesman for the police department",
    ", chief executive, ",
    "\n",
    "\n\n",
    " ",
    ". ",
    ", ",
    ":",
    " — ",
    "(",
    ")",
    "[bold]",
    "\x1b[31m",
    "\u202e",
    "\x00",
    "\t",
    "\r\n",
    "\ufeff",
]
texts = st.one_of(
    st.text(max_size=200),
    st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=12)), max_size=40).map("".join),
)
KINDS = ("money", "dates", "cities", "quotes", "claims")


def spans(article: dict) -> list[dict]:
    found = [item for kind in KINDS for item in article[kind]]
    found += [q["speaker"] for q in article["quotes"] if q.get("speaker")]
    found += [article["dateline"]] if article["dateline"] else []
    return found


@given(texts)
def test_any_text_gives_valid_output_with_true_offsets(text):
    article = claimx.extract(text)
    assert "error" not in article
    jsonschema.validate(article, ARTICLE)
    assert json.loads(dumps(article)) == article
    for item in spans(article):
        assert text[item["start"] : item["end"]] == item["text"]
        assert 0 <= item["start"] <= item["end"] <= len(text)


@settings(max_examples=300)
@given(st.binary(max_size=300) | texts.map(str.encode))
def test_cli_accounts_for_any_bytes(data):
    result = CliRunner().invoke(cli, ["extract", "-", "--format", "jsonl"], input=data)
    assert result.exit_code in (0, 1), result.output
    out = [json.loads(line) for line in result.stdout.splitlines()]
    if result.exit_code == 0:
        assert len(out) >= 1
        for article in out:
            jsonschema.validate(article, ARTICLE)
    else:
        assert out == [] and "claimx: -:" in result.stderr
