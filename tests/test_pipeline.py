import json
from pathlib import Path

import pytest

import claimx
from claimx.pipeline import ModelNotFound, claimx_components, load_pipeline, resolve_model

STORIES = sorted((Path(__file__).parent / "stories").glob("*.txt"))
KINDS = ("money", "dates", "cities", "quotes", "claims")


@pytest.fixture(scope="module")
def nlp():
    return load_pipeline()


def test_pipeline_is_the_base_plus_claimx_components(nlp):
    assert nlp.pipe_names[-len(claimx_components()) :] == claimx_components()
    assert "ner" in nlp.pipe_names and "parser" in nlp.pipe_names


def test_unknown_model_is_refused_without_download():
    with pytest.raises(ModelNotFound, match="not installed"):
        resolve_model("en_core_web_nonexistent")


def test_doc_extensions_hold_only_json(nlp):
    doc = nlp(STORIES[-1].read_text())
    for kind in KINDS:
        value = getattr(doc._, kind)
        assert value and json.loads(json.dumps(value)) == value


def test_n_process_2_gives_the_same_annotations(nlp):
    texts = [p.read_text() for p in STORIES] * 2
    serial = [{k: getattr(d._, k) for k in KINDS} for d in nlp.pipe(texts)]
    parallel = [
        {k: getattr(d._, k) for k in KINDS} for d in nlp.pipe(texts, n_process=2, batch_size=2)
    ]
    assert parallel == serial


@pytest.mark.parametrize("path", STORIES, ids=lambda p: p.name)
def test_every_offset_points_at_its_text(path):
    text = path.read_text()
    article = claimx.extract(text)
    spans = [item for kind in KINDS for item in article[kind]]
    spans += [q["speaker"] for q in article["quotes"] if q["speaker"]]
    if article["dateline"]:
        spans.append(article["dateline"])
    assert spans
    for item in spans:
        assert text[item["start"] : item["end"]] == item["text"]


def test_extract_api_matches_one_story():
    text = STORIES[-1].read_text()
    article = claimx.extract(text, published="2026-11-27", id="s1")
    assert article["id"] == "s1" and article["published"] == "2026-11-27"
    assert article["schema"] == "claimx/1"


def test_extract_many_streams_texts_records_and_errors_in_order():
    items = [
        "The fund lost $3 million last year.",
        {"id": "r2", "text": "Shares rose 4% in London.", "published": "2026-01-05"},
        {"id": "r3"},
    ]
    out = list(claimx.extract_many(items))
    assert [a.get("id") for a in out] == ["1", "r2", "r3"]
    assert out[0]["money"][0]["value"] == 3_000_000
    assert out[1]["published"] == "2026-01-05"
    assert out[2]["error"] == 'record has no "text" string'


def test_unreadable_published_date_is_noted_not_guessed():
    article = claimx.extract("It happened on Friday.", published="not a date")
    assert article["published"] is None
    assert "not understood" in article["notes"][0]


def test_published_dates_in_the_forms_feeds_use():
    from claimx.api import parse_published

    assert parse_published("2026-11-27T10:42:00Z") == "2026-11-27"
    assert parse_published("Nov. 27, 2026") == "2026-11-27"
    assert parse_published("Fri, 27 Nov 2026 10:42:00 +0000") == "2026-11-27"
    assert parse_published("27 novembre 2026") == "2026-11-27"
    assert parse_published("2026-02-30") is None
    assert parse_published("next week sometime") is None


@pytest.mark.parametrize(
    ("dateline", "value"),
    [("LONDON (Reuters) - ", "2026-06-05"), ("WASHINGTON (AP) — ", "2026-05-06")],
)
def test_numeric_dates_read_in_the_datelines_locale(dateline, value):
    text = f"{dateline}The hearing was moved to 05/06/2026, the court said on Monday."
    article = claimx.extract(text, published="2026-03-02")
    assert [d["value"] for d in article["dates"] if "/" in d["text"]] == [value]
