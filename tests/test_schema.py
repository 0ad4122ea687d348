"""The output contract: the JSON Schema generated from the TypedDicts matches what claimx writes.

Every object in the schema is closed (`additionalProperties: false`), so an article that
validates has no key the TypedDicts leave out, and its keys come in their declared order.
"""

import copy
from pathlib import Path

import jsonschema
import pytest
from cli_helpers import lines, run

import claimx
from claimx.inputs.story import InputError
from claimx.output.assemble import SCHEMA_ID, error_record
from claimx.output.schema import ARTICLE, ERROR_RECORD, json_schema
from claimx.steps.item import JsonSchema

# A story with one of every kind of item: a dateline with an agency, a date range, a money
# range with a unit, and a quote whose speaker has a title and an organization.
CRAFTED = """Acme to raise wages

LONDON, March 3 (Reuters) - Acme Corp will pay warehouse staff $15-$20 an hour from March to \
May 2026, the company said.

"We are proud of our people," said Acme Corp chief executive John Smith. He spoke in Paris, \
France.
"""


@pytest.fixture(scope="module")
def stories() -> list[dict]:
    result = run("extract", Path(__file__).parent / "stories")
    assert result.exit_code == 0, result.stderr
    return lines(result.stdout)


@pytest.fixture(scope="module")
def crafted() -> dict:
    return claimx.extract(CRAFTED)


def _objects(schema: dict, path: str = "$"):
    """Every object schema inside `schema`, with where it sits."""
    if "properties" in schema:
        yield path, schema
        for key, sub in schema["properties"].items():
            yield from _objects(sub, f"{path}.{key}")
    if "items" in schema:
        yield from _objects(schema["items"], f"{path}[]")


def _key_order(value, schema: dict, path: str = "$") -> list[str]:
    """Where an object's keys do not come in the order its schema declares them."""
    wrong = []
    if isinstance(value, dict):
        if list(value) != [key for key in schema["properties"] if key in value]:
            wrong.append(path)
        for key, sub in value.items():
            wrong += _key_order(sub, schema["properties"][key], f"{path}.{key}")
    elif isinstance(value, list) and "items" in schema:
        for item in value:
            wrong += _key_order(item, schema["items"], f"{path}[]")
    return wrong


@pytest.mark.parametrize("schema", [ARTICLE, ERROR_RECORD])
def test_the_generated_schema_is_valid_json_schema(schema):
    jsonschema.Draft202012Validator.check_schema(schema)


@pytest.mark.parametrize("schema", [ARTICLE, ERROR_RECORD])
def test_every_object_is_closed_and_requires_every_key(schema):
    """Every key is always written, but for the article's web-page `author` and `text`."""
    for path, obj in _objects(schema):
        assert obj["additionalProperties"] is False, path
        optional = {"author", "text"} if obj is ARTICLE else set()
        assert obj["required"] == [k for k in obj["properties"] if k not in optional], path


def test_what_the_hand_written_schema_asserted_still_holds():
    props = ARTICLE["properties"]
    assert props["schema"] == {"const": SCHEMA_ID}
    assert props["published"]["pattern"] == r"^\d{4}-\d{2}-\d{2}$"
    sources = ["given", "page", "capture", "dateline", "story", None]
    assert props["published_source"]["enum"] == sources
    assert props["text_sha256"]["pattern"] == "^[0-9a-f]{64}$"
    city = props["cities"]["items"]["properties"]
    assert city["country"]["pattern"] == "^[A-Z]{2}$"
    assert (city["latitude"]["minimum"], city["latitude"]["maximum"]) == (-90, 90)
    speaker = props["quotes"]["items"]["properties"]["speaker"]["properties"]
    assert speaker["kind"]["enum"] == ["person", "organization", "group", "unnamed"]


def test_the_test_stories_validate_with_their_keys_in_declared_order(stories):
    assert len(stories) == 3
    for article in stories:
        jsonschema.validate(article, ARTICLE)
        assert _key_order(article, ARTICLE) == [], article["id"]


def test_a_story_with_every_kind_of_item_validates(crafted):
    dateline = crafted["dateline"]
    assert dateline["agency"] == "Reuters" and dateline["city"]["name"] == "London"
    assert any(d["range"] and d["range"]["other"] is not None for d in crafted["dates"])
    assert any(m["qualifier"] == "range" and m["unit"] == "hour" for m in crafted["money"])
    speakers = [q["speaker"] for q in crafted["quotes"] if q["speaker"]]
    assert any(s["title"] and s["organization"] for s in speakers)
    assert crafted["places"] and any(c["attribution"] for c in crafted["claims"])
    jsonschema.validate(crafted, ARTICLE)
    assert _key_order(crafted, ARTICLE) == []


@pytest.mark.parametrize(
    "where",
    [
        lambda a: a,
        lambda a: a["dateline"],
        lambda a: a["dateline"]["city"],
        lambda a: a["money"][0],
        lambda a: a["dates"][1]["range"],
        lambda a: a["quotes"][-1]["speaker"],
        lambda a: a["speakers"][0],
        lambda a: a["claims"][0]["attribution"],
        lambda a: a["stats"],
    ],
)
def test_a_key_the_contract_does_not_declare_fails(crafted, where):
    article = copy.deepcopy(crafted)
    where(article)["undeclared"] = 1
    with pytest.raises(jsonschema.ValidationError, match="undeclared"):
        jsonschema.validate(article, ARTICLE)


def test_a_missing_key_or_a_wrong_value_fails(crafted):
    article = copy.deepcopy(crafted)
    del article["money"][0]["unit"]
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(article, ARTICLE)
    article = copy.deepcopy(crafted)
    article["dates"][0]["grain"] = "fortnight"
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(article, ARTICLE)


@pytest.mark.parametrize("id", ["story-1", None])
def test_error_records_validate_against_their_own_schema(id):
    record = error_record(InputError("story.txt", "empty input", id=id))
    jsonschema.validate(record, ERROR_RECORD)
    assert _key_order(record, ERROR_RECORD) == []
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(record, ARTICLE)


def test_annotated_keywords_and_unions():
    from typing import Annotated, Literal

    assert json_schema(Annotated[int, JsonSchema(minimum=0)] | None) == {
        "type": ["integer", "null"],
        "minimum": 0,
    }
    assert json_schema(Literal["a", "b"] | None) == {"enum": ["a", "b", None]}
    assert json_schema(int | str) == {"anyOf": [{"type": "integer"}, {"type": "string"}]}
    with pytest.raises(TypeError):
        json_schema(dict[str, int])
