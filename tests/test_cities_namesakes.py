"""Namesakes: the story's other towns say which one a name means (claimx/steps/cities/resolve.py).
Sentences written for these tests."""

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
