import json
from pathlib import Path

import jsonschema
import pytest
from cli_helpers import lines, run

from claimx.output.schema import ARTICLE

STORIES = Path(__file__).parent / "stories"
SACRAMENTO = STORIES / "sacramento.txt"


def test_one_story_gives_one_json_object_when_piped():
    result = run("extract", SACRAMENTO)
    assert result.exit_code == 0, result.stderr
    article = json.loads(result.stdout)
    jsonschema.validate(article, ARTICLE)
    assert article["title"] == "Sacramento police to spend $5.7 million on new radios"
    assert article["published"] == "2026-11-27" and article["published_source"] == "story"
    assert article["dateline"]["place"] == "SACRAMENTO, Calif."
    assert {"value": 5_700_000, "currency": "USD", "qualifier": "over"}.items() <= article["money"][
        1
    ].items()
    assert "1 story," in result.stderr and "0 failed" in result.stderr


def test_stdin_is_read_when_no_path_is_given():
    result = run("extract", input=SACRAMENTO.read_text())
    assert result.exit_code == 0
    article = json.loads(result.stdout)
    assert article["source"] == "-"
    assert 5_700_000 in [m["value"] for m in article["money"]]


def test_dash_reads_stdin_beside_files():
    result = run("extract", "-", STORIES / "parsons.txt", input="Shares fell 3% on Monday.")
    assert result.exit_code == 0
    assert [a["source"] for a in lines(result.stdout)] == ["-", str(STORIES / "parsons.txt")]


def test_folder_streams_json_lines_in_sorted_order():
    result = run("extract", STORIES)
    assert result.exit_code == 0
    articles = lines(result.stdout)
    assert [a["id"] for a in articles] == ["airbus.txt", "parsons.txt", "sacramento.txt"]
    for article in articles:
        jsonschema.validate(article, ARTICLE)


def test_format_json_with_several_stories_is_an_array():
    result = run("extract", STORIES, "--format", "json")
    assert [a["id"] for a in json.loads(result.stdout)] == [
        "airbus.txt",
        "parsons.txt",
        "sacramento.txt",
    ]


def test_format_jsonl_with_one_story_is_one_line():
    result = run("extract", SACRAMENTO, "--format", "jsonl")
    assert len(result.stdout.splitlines()) == 1


def test_pretty_view_shows_claims_and_summary():
    result = run("extract", SACRAMENTO, "--format", "pretty")
    assert result.exit_code == 0
    out = result.stdout
    assert "Sacramento police to spend $5.7 million on new radios" in out
    assert "5,700,000 USD (over)" in out
    assert "summary" in out


def test_pretty_view_prints_hostile_text_inertly():
    story = (
        "Markup [bold red]test[/] \x1b[31mred\x1b]0;pwned\x07 \u202eevil\n\nIt cost $5 on Friday."
    )
    result = run("extract", "--format", "pretty", input=story)
    assert result.exit_code == 0
    assert "\x1b" not in result.stdout and "\u202e" not in result.stdout
    assert "[bold red]test[/]" in result.stdout
    assert "\\u001b" in result.stdout


def test_json_escapes_control_and_bidi_characters():
    result = run("extract", input="Title\n\nThe \u202efund\x1b[0m paid $5 million on Friday.")
    assert "\u202e" not in result.stdout and "\x1b" not in result.stdout
    texts = [c["text"] for c in json.loads(result.stdout)["claims"]]
    assert texts == ["The \u202efund\x1b[0m paid $5 million on Friday."]


def test_published_option_anchors_dates():
    result = run("extract", STORIES / "parsons.txt", "--published", "2026-05-14")
    article = json.loads(result.stdout)
    assert article["published"] == "2026-05-14" and article["published_source"] == "given"


def test_record_published_is_used(tmp_path):
    feed = tmp_path / "feed.jsonl"
    feed.write_text(
        json.dumps({"id": "s1", "text": "Prices rose 3% last week.", "published": "2026-11-27"})
    )
    article = json.loads(run("extract", feed).stdout)
    assert (article["id"], article["published"]) == ("s1", "2026-11-27")


@pytest.mark.parametrize("day", ["2026-02-30", "2026-13-45"])
def test_an_impossible_record_date_is_no_date(tmp_path, day):
    feed = tmp_path / "feed.jsonl"
    feed.write_text(json.dumps({"id": "s1", "text": "Prices rose 3% last week.", "published": day}))
    article = json.loads(run("extract", feed).stdout)
    assert article["published"] is None
    assert article["notes"] == [f"published date {day!r} not understood; ignored"]


def test_output_file_is_written(tmp_path):
    out = tmp_path / "out.jsonl"
    result = run("extract", STORIES, "-o", out)
    assert result.exit_code == 0 and result.stdout == ""
    assert len(lines(out.read_text())) == 3
    assert [p.name for p in tmp_path.iterdir()] == ["out.jsonl"]


def test_output_dir_mirrors_the_input_tree(tmp_path):
    src = tmp_path / "in"
    (src / "local").mkdir(parents=True)
    (src / "local" / "a.txt").write_text((STORIES / "sacramento.txt").read_text())
    (src / "b.md").write_text("A short note about $3 million.")
    result = run("extract", src, "--output-dir", tmp_path / "out")
    assert result.exit_code == 0
    written = sorted(
        p.relative_to(tmp_path / "out").as_posix() for p in (tmp_path / "out").rglob("*")
    )
    assert written == ["b.json", "local", "local/a.json"]
    assert json.loads((tmp_path / "out" / "local" / "a.json").read_text())["id"] == "local/a.txt"


def test_output_dir_keeps_hostile_ids_inside(tmp_path):
    feed = tmp_path / "feed.jsonl"
    ids = ["../../escape", "/etc/passwd", "a/../../b"]
    feed.write_text("\n".join(json.dumps({"id": i, "text": "It cost $5."}) for i in ids))
    out = tmp_path / "out"
    result = run("extract", feed, "--output-dir", out)
    assert result.exit_code == 0
    files = sorted(p.relative_to(out).as_posix() for p in out.rglob("*.json"))
    assert files == ["a/b.json", "escape.json", "etc/passwd.json"]
    assert not (tmp_path / "escape.json").exists()


def test_bad_inputs_are_reported_and_the_rest_still_runs(tmp_path):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\x1f\x8b\x08\x00binary")
    result = run("extract", tmp_path / "missing.txt", bad, SACRAMENTO)
    assert result.exit_code == 1
    assert [a["id"] for a in lines(result.stdout)] == [str(SACRAMENTO)]
    assert "missing.txt: no such file" in result.stderr
    assert "bad.txt: binary file" in result.stderr
    assert "1 story," in result.stderr and "2 failed" in result.stderr


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--published", "someday"], "is not a date"),
        (["--published", "2026-02-30"], "is not a date"),
        (["--model", "no_such_pipeline_xyz"], "not installed"),
        (["--format", "xml"], "Invalid value"),
        (["--jobs", "0"], "Invalid value"),
        (["-o", "x.json", "--output-dir", "d"], "alternatives"),
    ],
)
def test_usage_errors_exit_2(args, message):
    result = run("extract", SACRAMENTO, *args)
    assert result.exit_code == 2
    assert message in result.stderr


def test_jobs_two_gives_the_same_output_as_one():
    one = run("extract", STORIES, "--format", "jsonl")
    two = run("extract", STORIES, "--format", "jsonl", "--jobs", "2")
    assert two.exit_code == 0
    assert lines(one.stdout) == lines(two.stdout)


def test_schema_command_prints_a_valid_schema():
    schema = json.loads(run("schema").stdout)
    jsonschema.Draft202012Validator.check_schema(schema)
    assert schema["properties"]["schema"] == {"const": "claimx/1"}


def test_info_names_the_pipeline_and_components():
    result = run("info")
    assert result.exit_code == 0
    assert "en_core_web_sm" in result.stdout
    assert "claimx_money" in result.stdout and "claimx_claims" in result.stdout


def test_help_for_every_command():
    for command in ([], ["extract"], ["schema"], ["info"]):
        result = run(*command, "--help")
        assert result.exit_code == 0 and "Usage:" in result.stdout


def test_a_date_alone_under_the_title_is_the_day_of_publication():
    story = (
        "Harbour ferry fares to rise\n"
        "June 14, 2011\n"
        "The city's ferry operator said on Monday that fares would rise in September.\n"
    )
    article = json.loads(run("extract", input=story).stdout)
    assert article["published"] == "2011-06-14" and article["published_source"] == "story"
    assert [d["value"] for d in article["dates"]][1:] == ["2011-06-13", "2011-09"]
    # a sentence that opens with a date is no such line
    article = json.loads(run("extract", input="Fares\nJune 14, 2011 was a Tuesday.\n").stdout)
    assert article["published"] is None
