"""The CSV table, the HTML page and the terminal view, as a user opens them."""

import csv
import io
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from html.parser import HTMLParser
from pathlib import Path

import pytest
from cli_helpers import run

from claimx.output.marks import Mark, marked
from claimx.output.report import write_html
from claimx.output.spreadsheet import BOM, COLUMNS, cell

STORIES = Path(__file__).parent / "stories"
SACRAMENTO = STORIES / "sacramento.txt"
HOSTILE = (
    "Council backs <b>radio</b> plan\n\n"
    "PARIS (AP) — The city will spend $5 million "
    '<script>document.title="pwned"</script> on radios in Lyon, officials said on Friday.\n\n'
    '"=HYPERLINK(http://evil.example/x) is worth -$3 million to Paris," Mayor Jane Doe said '
    "\x1b[31m in a statement.\n\n"
    "@SUM(1+1) was the answer, she said.\n"
)
FORMULA = ("=", "+", "-", "@", "\t", "\r")


@pytest.fixture(scope="module")
def hostile(tmp_path_factory):
    path = tmp_path_factory.mktemp("hostile") / "hostile.txt"
    path.write_text(HOSTILE, encoding="utf-8")
    return path


def table(text: str) -> list[dict]:
    assert text.startswith(BOM)
    rows = list(csv.reader(io.StringIO(text[1:], newline="")))
    assert tuple(rows[0]) == COLUMNS
    return [dict(zip(COLUMNS, row)) for row in rows[1:]]


# CSV


def test_csv_has_a_row_per_fact_with_numbers_as_numbers():
    result = run("extract", SACRAMENTO, "--format", "csv")
    assert result.exit_code == 0, result.stderr
    rows = table(result.stdout)
    kinds = [r["kind"] for r in rows]
    assert [kinds.count(k) for k in ("money", "date", "city", "quote", "claim")] == [4, 7, 6, 5, 7]
    over = next(r for r in rows if r["kind"] == "money" and r["qualifier"] == "over")
    assert (over["text"], over["value"], over["currency"], over["low"], over["high"]) == (
        "$5.7 million",
        "5700000",
        "USD",
        "5700000",
        "",
    )
    assert next(r for r in rows if r["text"] == "mid-September")["date_mod"] == "MID"
    city = next(r for r in rows if r["text"] == "Schaumburg")
    assert (city["region"], city["longitude"], city["geonames_id"]) == (
        "Illinois",
        "-88.0834",
        "4910713",
    )
    assert ",-88.0834," in result.stdout  # a negative number stays a number, unquoted
    quote = next(r for r in rows if r["kind"] == "quote" and r["direct"] == "true")
    assert quote["speaker"] == "Kathy Lester"
    claimers = {r["claimer"] for r in rows if r["kind"] == "claim"}
    assert {"Kathy Lester", "Darrell Steinberg"} <= claimers


def test_csv_neutralises_formulas_in_story_text(hostile):
    result = run("extract", hostile, "--format", "csv", "--published", "2026-11-27")
    assert result.exit_code == 0, result.stderr
    rows = table(result.stdout)
    texts = [r["text"] for r in rows if r["kind"] == "quote"]
    assert any(t.startswith("'=HYPERLINK(") for t in texts)
    assert any(t.startswith("'@SUM(") for t in texts)
    numeric = {"start", "end", "sentence", "value", "low", "high", "latitude", "longitude"}
    for row in rows:
        for column, value in row.items():
            if column not in numeric | {"geonames_id", "checkworthiness"}:
                assert not value.startswith(FORMULA), (column, value)
    assert "\x1b" not in result.stdout and "\\u001b[31m" in result.stdout


def test_cells_numbers_stay_numbers_and_text_is_made_inert():
    assert cell(-88.08) == -88.08 and cell(5_700_000) == 5_700_000 and cell(None) == ""
    assert cell(True) == "true"
    for text in ("-5 degrees", "+1 555", "=1+1", "@SUM(A1)", "\tx", "\uff1dcmd"):
        assert cell(text).startswith("'")
    assert cell("\rx") == "\\u000dx"  # a control character is shown, not kept
    assert cell("5 million") == "5 million"


def test_csv_streams_stories_under_one_header_to_an_atomic_file(tmp_path):
    out = tmp_path / "facts.csv"
    result = run("extract", STORIES, tmp_path / "missing.txt", "--format", "csv", "-o", out)
    assert result.exit_code == 1
    assert "missing.txt" in result.stderr
    data = out.read_bytes()
    assert data.startswith(BOM.encode()) and data.count(b"story_id,kind") == 1
    assert b"\r\r\n" not in data and data.count(b"\r\n") == data.count(b"\n")
    rows = table(data.decode("utf-8"))
    assert {r["story_id"] for r in rows} == {"airbus.txt", "parsons.txt", "sacramento.txt"}
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".part")]


def test_output_dir_does_not_take_csv_or_html(tmp_path):
    result = run("extract", SACRAMENTO, "--format", "html", "--output-dir", tmp_path)
    assert result.exit_code == 2 and "--format html" in result.stderr


# HTML


class Marks(HTMLParser):
    """The page's <mark> elements: checks they nest, and records what holds what."""

    def __init__(self):
        super().__init__()
        self.stack, self.nested, self.tags = [], set(), []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        if tag == "mark":
            kind = dict(attrs)["class"].split()[0]
            self.nested.update((outer, kind) for outer in self.stack)
            self.stack.append(kind)

    def handle_endtag(self, tag):
        if tag == "mark":
            self.stack.pop()


def page(*args) -> str:
    result = run("extract", *args, "--format", "html")
    assert result.exit_code == 0, result.stderr
    return result.stdout


def test_html_marks_every_fact_in_place_and_nests_overlaps():
    text = page(SACRAMENTO)
    assert text.startswith("<!DOCTYPE html>")
    assert text.count('<mark class="money"') >= 4 + 4  # in the text and again in the claims
    assert '<mark class="date" title="2027-09 MID">mid-September' in text
    parser = Marks()
    parser.feed(text)
    assert parser.stack == []  # every mark closed, in order
    assert {("quote", "money"), ("quote", "date"), ("quote", "city")} <= parser.nested
    assert "Kathy Lester" in text and "Schaumburg" in text and "4910713" in text


def test_html_shows_story_markup_and_controls_as_text(hostile):
    text = page(hostile)
    assert "<script" not in text.lower() and "<b>" not in text
    assert "&lt;script&gt;document.title=&quot;pwned&quot;&lt;/script&gt;" in text
    assert "&lt;b&gt;radio&lt;/b&gt;" in text
    assert "\x1b" not in text and "\\u001b[31m" in text


def test_html_loads_nothing_and_shows_urls_as_text(tmp_path):
    feed = tmp_path / "feed.jsonl"
    story = {"id": "s1", "url": "https://example.org/news/1", "text": SACRAMENTO.read_text()}
    feed.write_text(json.dumps(story) + "\n", encoding="utf-8")
    text = page(feed)
    assert "https://example.org/news/1" in text
    parser = Marks()
    parser.feed(text)
    links = [v for _, attrs in parser.tags for k, v in attrs.items() if k in ("src", "href")]
    assert links == []  # one story: no index, so no links at all
    assert not re.search(r"@import|url\(|<script|<link|<img|<iframe", text, re.I)


def test_html_batch_has_an_index_linking_each_story():
    text = page(STORIES)
    parser = Marks()
    parser.feed(text)
    links = [attrs["href"] for tag, attrs in parser.tags if tag == "a"]
    ids = [attrs["id"] for tag, attrs in parser.tags if tag == "article"]
    assert links == ["#story-1", "#story-2", "#story-3"] and ids == [h[1:] for h in links]
    assert "<title>claimx report: 3 stories</title>" in text


def test_html_without_the_text_shows_the_claims_sentences():
    article = json.loads(run("extract", SACRAMENTO).stdout)
    assert "text" not in article
    out = io.StringIO()
    write_html([article, {"source": "x", "error": "bad"}], out)
    assert "--text adds it" in out.getvalue() and '<mark class="money"' in out.getvalue()


def test_crossing_marks_are_closed_and_reopened_with_one_label():
    text = "aa bb cc dd"
    html = marked(text, [Mark(0, 5, "quote", "Q"), Mark(3, 8, "date", "D")])
    assert html == (
        '<mark class="quote">aa <mark class="date">bb</mark><span class="label">Q</span></mark>'
        '<mark class="date cont"> cc<span class="label">D</span></mark> dd'
    )
    assert marked("x<y", [Mark(0, 9, "city", "C&")]) == (
        '<mark class="city">x&lt;y<span class="label">C&amp;</span></mark>'
    )


CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


@pytest.mark.skipif(CHROMIUM is None, reason="no chromium installed")
def test_a_real_browser_renders_the_page_and_runs_no_story_script(hostile, tmp_path):
    out = tmp_path / "report.html"
    result = run("extract", hostile, SACRAMENTO, "--format", "html", "-o", out)
    assert result.exit_code == 0, result.stderr
    profile = tempfile.mkdtemp(prefix="claimx-chromium-")
    browser = [
        CHROMIUM,
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        f"--user-data-dir={profile}",
    ]
    try:
        dom = subprocess.run(
            [*browser, "--dump-dom", out.as_uri()], capture_output=True, text=True, timeout=60
        ).stdout
        shot = tmp_path / "shot.png"
        subprocess.run(
            [*browser, f"--screenshot={shot}", "--window-size=1200,1600", out.as_uri()],
            capture_output=True,
            timeout=60,
        )
    finally:
        shutil.rmtree(profile, ignore_errors=True)
    assert "<title>claimx report: 2 stories</title>" in dom and "pwned</title>" not in dom
    assert "&lt;script&gt;" in dom
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and shot.stat().st_size > 20_000


# The terminal view


def terminal_run(*args: str, columns: int = 120, piped: bool = False) -> tuple[bytes, bytes]:
    """claimx's bytes on a pseudo-terminal (stderr, and stdout unless `piped`), and on stdout."""
    import fcntl
    import pty
    import struct
    import termios

    main, child = pty.openpty()
    fcntl.ioctl(child, termios.TIOCSWINSZ, struct.pack("HHHH", 50, columns, 0, 0))
    env = {**os.environ, "TERM": "xterm-256color", "COLUMNS": str(columns)}
    claimx = [sys.executable, "-c", "from claimx.cli import main; main()"]
    process = subprocess.Popen(
        [*claimx, *args],
        stdin=child,
        stdout=subprocess.PIPE if piped else child,
        stderr=child,
        env=env,
        close_fds=True,
    )
    os.close(child)
    data = b""
    while True:
        try:
            chunk = os.read(main, 65536)
        except OSError:  # the child closed the terminal
            break
        if not chunk:
            break
        data += chunk
    os.close(main)
    piped_out = process.stdout.read() if piped else b""
    assert process.wait(timeout=60) == 0
    return data, piped_out


@pytest.mark.skipif(sys.platform == "win32", reason="needs a POSIX pseudo-terminal")
def test_terminal_view_starts_on_a_clean_line():
    data = terminal_run("extract", str(SACRAMENTO))[0].decode("utf-8", "replace")
    panel = data.index("╭")
    line = data[:panel].rsplit("\n", 1)[-1].rsplit("\x1b[2K", 1)[-1]  # what is left on its line
    visible = re.sub(r"\x1b\[[0-9;?]*[A-Za-z]|\r", "", line)
    assert visible.strip() == "", visible
    assert "extracting" in data[:panel]  # the bar did show, and was cleared
    assert "Kathy Lester" in data[panel:] and "claimx done: 1 story" in data


@pytest.mark.skipif(sys.platform == "win32", reason="needs a POSIX pseudo-terminal")
def test_data_piped_from_a_terminal_goes_to_stdout_not_through_the_bar():
    terminal, stdout = terminal_run("extract", str(SACRAMENTO), piped=True)
    assert json.loads(stdout)["id"] == str(SACRAMENTO)
    assert b'"schema"' not in terminal
