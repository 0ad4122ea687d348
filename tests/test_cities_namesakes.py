"""Namesakes: the story's other towns say which one a name means (claimx/steps/cities/resolve.py).
Sentences written for these tests."""

import pytest

from claimx.steps.cities import find_cities
from claimx.steps.cities.gazetteer import load_gazetteer

ALEXANDRIA_VA = 4744091
MOUNT_VERNON_VA = 7258318


@pytest.fixture(scope="module")
def gazetteer():
    return load_gazetteer()


def ids(base_nlp, gazetteer, text):
    result = find_cities(base_nlp(text), gazetteer, dateline=None)
    return [(c["text"], c["geonames_id"]) for c in result["cities"]]


def test_namesake_among_the_storys_towns_beats_a_world_city(base_nlp, gazetteer):
    text = (
        "The school board in Alexandria met on Tuesday, a week after a similar forum in "
        "Mount Vernon drew 200 parents."
    )
    assert ids(base_nlp, gazetteer, text) == [
        ("Alexandria", ALEXANDRIA_VA),
        ("Mount Vernon", MOUNT_VERNON_VA),
    ]
