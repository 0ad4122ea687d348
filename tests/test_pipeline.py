import json
import subprocess
import sys
from pathlib import Path

import pytest
import spacy
from spacy.attrs import DEP, HEAD, LEMMA, MORPH, POS, TAG
from spacy.pipeline import AttributeRuler
from spacy.tokens import Doc

import claimx
from claimx.pipeline import ModelNotFound, claimx_components, load_pipeline, resolve_model
from claimx.pipeline.stand_ins import FastAttributeRuler, FastLemmatizer
from claimx.running.settings import Settings

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
    from claimx.inputs.published import parse_published

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


# Speech with the shapes the base attribute ruler's rarer patterns are for: two-token
# forms ("gonna", "ain't", "let's", "y'all"), a regex form ("nothin'"), "there is",
# object and subject pronouns, "but" as an adverb.
COLLOQUIAL = (
    '"We ain\'t gonna sell," said Dale Hobbs, 61, who has farmed near Lubbock since 1988. '
    "\"Y'all know there's nothin' they can offer. Let's be clear: I gotta keep it, and you "
    "can't make me.\" Did the buyers care? They did, but only a little; it was all but over."
)
RULED = [TAG, POS, MORPH, LEMMA, DEP, HEAD]


def test_pipeline_stands_in_for_the_attribute_ruler_and_lemmatizer(nlp):
    assert {"claimx_attribute_ruler", "claimx_lemmatizer"} <= set(nlp.pipe_names)
    assert {"attribute_ruler", "lemmatizer"} <= set(nlp.disabled)


def test_fast_rules_write_what_spacys_own_write():
    base = spacy.load(resolve_model(), exclude=["ner"])
    ruler, lemmatizer = base.get_pipe("attribute_ruler"), base.get_pipe("lemmatizer")
    fast_ruler = FastAttributeRuler("r", ruler)
    fast_lemmatizer = FastLemmatizer("l", lemmatizer)
    fast_ruler.refresh()
    assert not len(fast_ruler.residual)  # every en_core_web_sm pattern is looked up
    texts = [p.read_text() for p in STORIES] + [COLLOQUIAL]
    with base.select_pipes(disable=["attribute_ruler", "lemmatizer"]):
        parsed = list(base.pipe(texts))
    for doc in parsed:
        twin = Doc(doc.vocab).from_bytes(doc.to_bytes())
        assert fast_ruler.match(twin) == ruler.match(doc)
        lemmatizer(ruler(doc))
        fast_lemmatizer(fast_ruler(twin))
        assert (twin.to_array(RULED) == doc.to_array(RULED)).all()
        assert [t.lemma_ for t in twin] == [t.lemma_ for t in doc]
    lemmas = {t.text: t.lemma_ for t in twin}
    assert lemmas["gon"] == "go" and lemmas["nothin'"] == "nothing" and lemmas["ai"] == "be"
    assert lemmas["farmed"] == "farm" and lemmas["buyers"] == "buyer"
    assert any(end - start == 2 for _, _, start, end in fast_ruler.match(twin))


def test_fast_attribute_ruler_matches_every_pattern_shape_like_the_ruler():
    nlp = spacy.blank("en")
    ruler = AttributeRuler(nlp.vocab)
    patterns = [
        ([{"LOWER": "new"}, {"LOWER": "york"}], {"LEMMA": "NYC"}),
        ([{"ORTH": "May"}], {"LEMMA": "month"}),
        ([{"LOWER": {"IN": ["gon", "wan"]}}, {"LOWER": "na"}], {"LEMMA": "go"}),
        ([{"LOWER": {"REGEX": "^y'?$"}}, {"LOWER": "all"}], {"LEMMA": "you"}),
        ([{"LOWER": {"NOT_IN": ["the", "a"]}, "IS_SPACE": False}], {"NORM": "x"}),
        ([{"IS_SPACE": True}], {"LEMMA": "_SP"}),
        ([{"LOWER": "big"}, {"LOWER": "apple", "OP": "?"}], {"LEMMA": "big"}),  # a Matcher's
        ([{"LENGTH": 5}], {"LEMMA": "five"}),  # likewise
    ]
    for pattern, attrs in patterns:
        ruler.add([pattern], attrs)
    fast = FastAttributeRuler("r", ruler)
    fast.refresh()
    assert len(fast.residual) == 2
    doc = nlp("In May, y'all in New York  gon na see the Big Apple and a big deal.")
    twin = Doc(doc.vocab).from_bytes(doc.to_bytes())
    matches = ruler.match(doc)
    assert fast.match(twin) == matches
    assert {end - start for *_, start, end in matches} == {1, 2}
    ruler(doc)
    fast(twin)
    assert [t.lemma_ for t in twin] == [t.lemma_ for t in doc]
    lemmas = dict(zip([t.text for t in twin], [t.lemma_ for t in twin]))
    assert lemmas["New"] == "NYC" and lemmas["gon"] == "go" and lemmas["y'"] == "you"
    assert lemmas["May"] == "month" and lemmas["deal"] == "" and lemmas["Big"] == "big"
    assert lemmas["Apple"] == "five"  # a later pattern wins, as in the ruler


def test_words_stay_in_the_vocab_only_up_to_its_limit():
    nlp = load_pipeline(None)
    keep = Settings(vocab_limit=len(nlp.vocab) + 10**6)
    list(claimx.extract_many(["Glorbunkel shares rose $3 million on Friday."], settings=keep))
    assert "Glorbunkel" in nlp.vocab  # made before the memory zone, kept
    full = Settings(vocab_limit=len(nlp.vocab))
    texts = ["Frimbleworth shares rose $4 million on Friday."]
    (article,) = claimx.extract_many(texts, settings=full)
    assert article["money"][0]["value"] == 4_000_000
    assert "Frimbleworth" not in nlp.vocab  # made inside the zone, freed with its chunk


def test_stand_ins_follow_their_original_when_it_changes():
    nlp = spacy.blank("en")
    ruler = AttributeRuler(nlp.vocab)
    fast = FastAttributeRuler("r", ruler)  # made empty, as `spacy.load` makes it
    ruler.add([[{"LOWER": "may"}]], {"LEMMA": "month"})
    doc = fast(nlp("In May."))
    assert doc[1].lemma_ == "month"
    ruler.clear()
    assert fast.match(nlp("In May.")) == []
    ruler.add([[{"ORTH": "In"}]], {"LEMMA": "in"})
    doc = nlp("In May.")
    assert fast.match(doc) == ruler.match(doc) and len(ruler.match(doc)) == 1


# What a saved pipeline gives, from a process that imports spaCy only: claimx's
# components come through its `spacy_factories` entry points, their rules from the folder.
SAVED_VALUES = ("money", "dates", "cities", "quotes", "speakers", "claims", "dateline", "notes")
FRESH_PROCESS = """
import json, sys
import spacy
from spacy.attrs import DEP, HEAD, LEMMA, MORPH, POS, TAG

nlp = spacy.load(sys.argv[1])
keys = json.loads(sys.argv[2])
docs = [nlp(open(path, encoding="utf-8").read()) for path in sys.argv[3:]]
print(json.dumps({
    "pipes": nlp.pipe_names,
    "values": [{key: getattr(doc._, key) for key in keys} for doc in docs],
    "tokens": [doc.to_array([TAG, POS, MORPH, LEMMA, DEP, HEAD]).tolist() for doc in docs],
}))
"""


def test_saved_pipeline_loads_with_spacy_alone_and_gives_the_same_results(nlp, tmp_path):
    nlp.to_disk(tmp_path / "pipeline")
    keys = json.dumps(SAVED_VALUES)
    done = subprocess.run(
        [sys.executable, "-c", FRESH_PROCESS, str(tmp_path / "pipeline"), keys, *STORIES],
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stderr
    fresh = json.loads(done.stdout)
    assert fresh["pipes"] == nlp.pipe_names
    docs = [nlp(path.read_text()) for path in STORIES]
    assert fresh["values"] == [{key: getattr(doc._, key) for key in SAVED_VALUES} for doc in docs]
    assert all(values["money"] and values["claims"] for values in fresh["values"])
    assert fresh["tokens"] == [doc.to_array(RULED).tolist() for doc in docs]


def _broken(*args, **kwargs):
    raise ValueError("out of order")


def test_a_failed_step_is_noted_and_the_rest_of_the_story_stands(monkeypatch):
    from cli_helpers import run

    import claimx.steps.money

    whole = claimx.extract(STORIES[-1].read_text())
    monkeypatch.setattr(claimx.steps.money, "find_money", _broken)
    result = run("extract", STORIES[-1], "--format", "json")
    assert result.exit_code == 0, result.stderr  # a story with a failed step is still a story
    article = json.loads(result.stdout)
    assert article["notes"] == [*whole["notes"], "money step failed: ValueError: out of order"]
    assert whole["money"] and article["money"] == []
    for key in ("dateline", "dates", "cities", "places", "quotes", "speakers"):
        assert article[key] == whole[key]
    assert article["claims"]
    assert "0 failed" in result.stderr


def _values(doc, keys):
    return {key: json.dumps(getattr(doc._, key)) for key in keys}


def test_each_component_writes_only_what_it_declares(nlp, monkeypatch):
    from claimx.pipeline.components import EXTENSIONS

    text = STORIES[-1].read_text()
    for failing in (False, True):
        doc = nlp.make_doc(text)
        for name, proc in nlp.pipeline:
            if failing and hasattr(proc, "empty"):
                monkeypatch.setattr(proc, "match", _broken)
            before = _values(doc, EXTENSIONS)
            doc = proc(doc)
            after = _values(doc, EXTENSIONS)
            written = {f"doc._.{key}" for key in EXTENSIONS if after[key] != before[key]}
            assert written <= set(nlp.get_pipe_meta(name).assigns), name
        assert len(doc._.notes or []) == (7 if failing else 0)
    # token.pos comes from the attribute ruler's patterns, which no factory can declare
    problems = nlp.analyze_pipes()["problems"]
    assert {need for needs in problems.values() for need in needs} <= {"token.pos"}
