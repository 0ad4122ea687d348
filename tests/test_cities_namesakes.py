"""Namesakes: the story's other towns say which one a name means (claimx/steps/cities/resolve.py).
Sentences written for these tests."""

import pytest

ALEXANDRIA_VA = 4744091
MOUNT_VERNON_VA = 7258318


def test_namesake_among_the_storys_towns_beats_a_world_city(city_ids):
    text = (
        "The school board in Alexandria met on Tuesday, a week after a similar forum in "
        "Mount Vernon drew 200 parents."
    )
    assert city_ids(text) == [
        ("Alexandria", ALEXANDRIA_VA),
        ("Mount Vernon", MOUNT_VERNON_VA),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Whitestown thanks its donors. Donors gave $8,000 for the Whitestown water line"
            " project, and Whitestown invited them to a ceremony at Whitestown Town Hall.",
            [("Whitestown", 4266965)] * 4,
        ),
        # never on its own, only as the start of a district's name: no town
        (
            "The Box Elder School District hired a principal for $90,000. He will move to the"
            " Box Elder District in June and join Box Elder School District staff.",
            [],
        ),
    ],
)
def test_town_named_again_and_again(city_ids, text, expected):
    """A small town a local story names four times, with little said around each mention."""
    assert city_ids(text) == expected
