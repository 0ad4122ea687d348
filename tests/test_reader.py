import gzip
import io
import json
import os

import pytest
from cli_helpers import lines, run

from claimx.inputs import InputError, Story, iter_stories
from claimx.inputs.decoding import decode

STORY = "Council backs budget\n\nThe council approved a £3m budget on Tuesday.\n"


def read(paths, stdin=None):
    return list(iter_stories([str(p) for p in paths], stdin=stdin))


def test_utf8_story_with_headline(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(STORY, encoding="utf-8")
    [story] = read([path])
    assert isinstance(story, Story)
    assert (story.id, story.title, story.encoding) == (str(path), "Council backs budget", "utf-8")
    assert story.text == STORY


def test_bom_is_not_part_of_the_text(tmp_path):
    path = tmp_path / "bom.txt"
    path.write_bytes(b"\xef\xbb\xbf" + STORY.encode())
    [story] = read([path])
    assert story.encoding == "utf-8-sig" and story.text == STORY


def test_utf16_with_bom(tmp_path):
    path = tmp_path / "u16.txt"
    path.write_bytes(STORY.encode("utf-16"))
    [story] = read([path])
    assert story.encoding == "utf-16" and story.text == STORY


def test_latin1_pound_sign_is_decoded_and_named(tmp_path):
    path = tmp_path / "latin.txt"
    text = "Chelsea fined\n\nThe club was fined £250,000 by the league, officials said on Monday."
    path.write_bytes(text.encode("latin-1"))
    [story] = read([path])
    assert "£250,000" in story.text
    assert story.encoding == "cp1252"


def test_cp1252_curly_quotes(tmp_path):
    path = tmp_path / "cp.txt"
    text = (
        "Minister speaks\n\n\u201cWe will not back down,\u201d the minister said in a long speech."
    )
    path.write_bytes(text.encode("cp1252"))
    [story] = read([path])
    assert "\u201cWe will not back down,\u201d" in story.text


@pytest.mark.parametrize(
    "data",
    [gzip.compress(b"hello world " * 50), b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4],
    ids=["gzip", "png"],
)
def test_binary_files_are_refused(tmp_path, data):
    path = tmp_path / "story.txt"
    path.write_bytes(data)
    [error] = read([path])
    assert isinstance(error, InputError) and "binary" in error.reason


def test_empty_and_missing_files_are_errors(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_text("  \n\t\n")
    errors = read([empty, tmp_path / "nope.txt"])
    assert [e.reason for e in errors] == ["empty story (no text)", "no such file"]


def test_folder_is_walked_recursively_and_sorted_skipping_other_files(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "2.txt").write_text(STORY)
    (tmp_path / "1.md").write_text(STORY)
    (tmp_path / "photo.jpg").write_bytes(b"\xff\xd8\xff")
    (tmp_path / "b" / "loop").symlink_to(tmp_path, target_is_directory=True)
    stories = read([tmp_path])
    assert [s.id for s in stories] == ["1.md", "b/2.txt"]


def test_jsonl_records_with_a_bad_line(tmp_path):
    path = tmp_path / "feed.jsonl"
    records = [
        json.dumps({"id": "a1", "text": "Prices rose.", "published": "2026-11-27", "title": "T"}),
        "{not json",
        json.dumps({"id": "a2"}),
        json.dumps({"id": "a3", "text": "Another story.", "url": "https://example.com/a3"}),
    ]
    path.write_text("\n".join(records) + "\n")
    out = read([path])
    assert [type(o).__name__ for o in out] == ["Story", "InputError", "InputError", "Story"]
    assert (out[0].id, out[0].published, out[0].title) == ("a1", "2026-11-27", "T")
    assert out[1].source.endswith("feed.jsonl:2") and "line 2" in out[1].reason
    assert 'no "text"' in out[2].reason
    assert out[3].url == "https://example.com/a3"


def test_json_array_and_object(tmp_path):
    many = tmp_path / "many.json"
    many.write_text(json.dumps([{"text": "One."}, {"id": "x", "text": "Two."}]))
    one = tmp_path / "one.json"
    one.write_text(json.dumps({"text": "Three."}))
    out = read([many, one])
    assert [s.id for s in out] == [f"{many}#1", "x", str(one)]


HOSTILE_JSON = "[" * 100_000 + "]" * 100_000


def test_json_nested_past_the_recursion_limit_is_one_failed_input(tmp_path):
    (tmp_path / "a.json").write_text(HOSTILE_JSON)
    (tmp_path / "b.jsonl").write_text(HOSTILE_JSON + "\n" + json.dumps({"text": STORY}) + "\n")
    (tmp_path / "c.txt").write_text(STORY)
    result = run("extract", tmp_path, "--format", "jsonl")
    assert result.exit_code == 1, result.exception
    assert [a["id"] for a in lines(result.stdout)] == [f"{tmp_path / 'b.jsonl'}:2", "c.txt"]
    assert "a.json: invalid JSON: nested too deeply to read" in result.stderr
    assert "b.jsonl:1: invalid JSON on line 1: nested too deeply to read" in result.stderr


def test_stdin_nested_past_the_recursion_limit_is_read_as_text():
    [story] = read(["-"], stdin=io.BytesIO(HOSTILE_JSON.encode()))
    assert story.text == HOSTILE_JSON


def test_stdin_text_and_records():
    [story] = read(["-"], stdin=io.BytesIO(STORY.encode()))
    assert story.source == "-" and story.text == STORY
    feed = b'{"id": "r1", "text": "Hello there."}\n{"id": "r2", "text": "Bye now."}\n'
    assert [s.id for s in read(["-"], stdin=io.BytesIO(feed))] == ["r1", "r2"]


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads any file")
def test_unreadable_file(tmp_path):
    path = tmp_path / "secret.txt"
    path.write_text(STORY)
    path.chmod(0)
    [error] = read([path])
    assert error.reason == "permission denied"


def test_special_file_is_refused(tmp_path):
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    [error] = read([fifo])
    assert "not a regular file" in error.reason


def test_decode_refuses_control_soup():
    with pytest.raises(ValueError, match="binary"):
        decode(bytes(range(32)) * 100)
