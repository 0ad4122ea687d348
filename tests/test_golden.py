"""Whole stories against reviewed golden output: any change in what claimx says shows here.

After an intended change, `pytest tests/test_golden.py --update-golden` rewrites the
files; review their diff as you would code.
"""

import json
from pathlib import Path

import pytest

import claimx

HERE = Path(__file__).parent
STORIES = sorted((HERE / "stories").glob("*.txt"))
# Stories without a date of their own are anchored as a caller would anchor them.
PUBLISHED = {"parsons.txt": "2026-05-14", "airbus.txt": "2026-11-23"}


@pytest.mark.parametrize("path", STORIES, ids=lambda p: p.name)
def test_story_matches_golden(path, request):
    article = claimx.extract(
        path.read_text(encoding="utf-8"), published=PUBLISHED.get(path.name), id=path.name
    )
    golden = HERE / "golden" / f"{path.stem}.json"
    if request.config.getoption("--update-golden"):
        golden.parent.mkdir(exist_ok=True)
        golden.write_text(json.dumps(article, indent=2, ensure_ascii=False) + "\n")
    assert article == json.loads(golden.read_text(encoding="utf-8"))
