"""Web pages, URLs, WARC archives, CSV/TSV and gzip in; each hostile input one failed input.

The pages are made here, in the shape news sites give them (navigation, a cookie
banner, related-story teasers, scripts holding amounts); URLs are served by a local
server on 127.0.0.1 that the tests start: nothing reaches the internet.
"""

import csv
import gzip
import http.server
import io
import threading
import time

import pytest
from cli_helpers import lines, run

import claimx
from claimx.inputs import Story, iter_stories
from claimx.inputs.options import ReadOptions

pytest.importorskip("trafilatura")
pytest.importorskip("warcio")

BODY = [
    "YORK - The city council has approved a £4.5m plan to protect homes along the River "
    "Ouse from flooding, after a vote on Tuesday.",
    "The scheme, which will be paid for partly by a government grant of £2m, is due to start "
    "in June and finish within two years.",
    '"This is the biggest investment in flood defences the city has seen in a generation," '
    "said council leader Tom Hardy.",
    "Residents in the Clementhorpe area, where about 300 homes were flooded in 2015, said "
    "they welcomed the decision but wanted work to begin sooner.",
    "The Environment Agency said the plan would reduce the risk of flooding for more than "
    "1,200 properties.",
]
HEADLINE = "Council approves £4.5m flood defence plan"
CANONICAL = "https://gazette.example/news/flood-plan"


def news_page(
    headline=HEADLINE, body=BODY, *, published="2026-03-14T09:30:00+00:00", author="Jane Rivers"
) -> str:
    """A page as a news site serves it: the story amid everything that is not the story."""
    date = f'<meta property="article:published_time" content="{published}">' if published else ""
    byline = f'<meta name="author" content="{author}">' if author else ""
    paragraphs = "\n".join(f"<p>{p}</p>" for p in body)
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>{headline} | The Riverside Gazette</title>
<meta property="og:title" content="{headline}">
{date}
{byline}
<link rel="canonical" href="{CANONICAL}">
<script>window.adConfig = {{bid: "$9,999,999", slot: "top"}};</script>
</head><body>
<div id="cookie-banner" class="cookie-consent">We use cookies to improve your experience.
Accept all cookies? <button>Accept</button></div>
<header><nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li>
<li><a href="/sport">Sport</a></li><li><a href="/business">Business</a></li></ul></nav></header>
<main><article><h1>{headline}</h1>
{paragraphs}
</article>
<aside class="related"><h2>Related stories</h2><ul>
<li><a href="/news/a">Mayor pledges $50m for new bridge</a></li>
<li><a href="/news/b">Rail fares to rise by 5% in March</a></li>
<li><a href="/news/c">Storm costs farmers €3m</a></li></ul></aside></main>
<footer><p>© 2026 The Riverside Gazette. All rights reserved. Contact us. Privacy.</p></footer>
<script>trackPageView({{value: "£750,000"}});</script>
</body></html>"""


def assert_story_of_the_page(article: dict) -> None:
    text = article["text"]
    assert article["title"] == HEADLINE
    assert text.startswith(HEADLINE + "\n\n")
    for noise in ("cookies", "Related stories", "Sport", "Riverside Gazette", "bid", "$50m"):
        assert noise not in text
    values = sorted(m["value"] for m in article["money"])
    assert values == [2_000_000, 4_500_000, 4_500_000]  # headline and body; no script's
    for kind in ("money", "dates", "cities", "quotes", "claims"):
        for item in article[kind]:
            assert text[item["start"] : item["end"]] == item["text"]
    assert any(c["name"] == "York" for c in article["cities"])


# --- pages ---------------------------------------------------------------------------


def test_page_file_gives_the_story_its_title_date_url_and_author(tmp_path):
    page = tmp_path / "flood.html"
    page.write_text(news_page(), encoding="utf-8")
    result = run("extract", page, "--format", "jsonl")
    assert result.exit_code == 0, result.stderr
    article = lines(result.stdout)[0]
    assert_story_of_the_page(article)
    assert article["published"] == "2026-03-14"
    assert article["published_source"] == "page"
    assert article["url"] == CANONICAL
    assert article["author"] == "Jane Rivers"
    june = next(d for d in article["dates"] if d["text"] == "June")
    assert june["value"] == "2026-06"  # anchored on the page's own date


def test_page_article_is_valid_against_the_schema(tmp_path):
    import jsonschema

    from claimx.output.schema import ARTICLE

    article = next(claimx.extract_many([{"id": "p", "text": news_page(author=None)}]))
    jsonschema.validate(article, ARTICLE)
    assert article["author"] is None


def test_records_with_html_text_are_read_as_pages_and_plain_ones_stay_as_they_were():
    given = {"id": "r1", "text": news_page(), "published": "2026-04-01", "title": "Own title"}
    page, plain = claimx.extract_many([given, {"id": "r2", "text": "\n\n".join(BODY)}])
    assert page["id"] == "r1" and page["title"] == "Own title"
    assert (page["published"], page["published_source"]) == ("2026-04-01", "given")
    assert "cookies" not in page["text"] and "author" in page
    assert "text" not in plain and "author" not in plain


def test_text_option_puts_the_text_of_any_story_in_the_output(tmp_path):
    story = tmp_path / "plain.txt"
    story.write_text("\n\n".join(BODY), encoding="utf-8")
    without = lines(run("extract", story, "--format", "jsonl").stdout)[0]
    with_text = lines(run("extract", story, "--format", "jsonl", "--text").stdout)[0]
    assert "text" not in without
    assert with_text["text"] == story.read_text(encoding="utf-8")
    assert {k: v for k, v in with_text.items() if k != "text"} == without


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"<html><body>" + b"<p>" + b"a" * (50 * 1024 * 1024) + b"</p></body></html>", "larger"),
        (("<html><body>" + "<div>" * 100_000 + "<p>£5m</p>" + "</div>" * 100_000).encode(), ""),
        (b"<html><body><script>var total = '$5m';</script></body></html>", "no article text"),
    ],
    ids=["50MB", "deeply-nested", "no-article"],
)
def test_hostile_pages_fail_alone(tmp_path, content, reason):
    (tmp_path / "bad.html").write_bytes(content)
    (tmp_path / "good.html").write_text(news_page(), encoding="utf-8")
    found = list(iter_stories([str(tmp_path)]))
    assert [type(s).__name__ for s in found] == ["InputError", "Story"]
    assert found[0].source.endswith("bad.html") and reason in found[0].reason


def test_a_missing_extra_is_named(monkeypatch, tmp_path):
    import sys

    monkeypatch.setitem(sys.modules, "trafilatura", None)
    (tmp_path / "a.html").write_text(news_page(), encoding="utf-8")
    (error,) = iter_stories([str(tmp_path / "a.html")])
    assert "pip install 'claimx[web]'" in error.reason


# --- URLs ----------------------------------------------------------------------------


class _Site(http.server.BaseHTTPRequestHandler):
    agents: list = []  # noqa: RUF012 (the handler's class is its only state)

    def do_GET(self):
        _Site.agents.append(self.headers.get("User-Agent"))
        route = {
            "/story": lambda: self._send(200, news_page().encode(), "text/html; charset=utf-8"),
            "/moved": lambda: self._redirect("/story"),
            "/loop": lambda: self._redirect("/loop-again"),
            "/loop-again": lambda: self._redirect("/loop"),
            "/slow": self._slow,
            "/image": lambda: self._send(200, b"\x89PNG\r\n\x1a\n", "image/png"),
            "/huge": lambda: self._send(200, b"<p>" + b"a" * 1_500_000, "text/html", length=False),
        }.get(self.path)
        if route is None:
            self._send(404, b"<h1>Not found</h1>", "text/html")
        else:
            route()

    def _send(self, status, body, content_type, *, length=True):
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        if length:
            self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def _redirect(self, to):
        self.send_response(302)
        self.send_header("Location", to)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def _slow(self):
        time.sleep(1.5)
        self._send(200, news_page().encode(), "text/html")

    def log_message(self, *args):
        pass


@pytest.fixture(scope="module")
def site():
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Site)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def test_urls_are_fetched_and_each_bad_one_fails_alone(site, tmp_path):
    urls = tmp_path / "links.txt"
    urls.write_text(f"# today's links\n{site}/moved\n\n{site}/missing\n{site}/image\n")
    result = run(
        "extract", f"{site}/loop", f"{site}/slow", "--urls", urls, "--timeout", "0.5",
        "--format", "jsonl",
    )  # fmt: skip
    assert result.exit_code == 1
    (article,) = lines(result.stdout)
    assert article["id"] == f"{site}/moved" and article["url"] == CANONICAL
    assert_story_of_the_page(article)
    assert f"{site}/loop: too many redirects" in result.stderr
    assert f"{site}/slow: timed out after 0.5 s" in result.stderr
    assert f"{site}/missing: HTTP 404" in result.stderr
    assert f"{site}/image: not HTML (Content-Type image/png)" in result.stderr
    assert _Site.agents[-1].startswith("claimx/")


def test_a_url_past_the_size_limit_stops_reading(site):
    (error,) = iter_stories([f"{site}/huge"], options=ReadOptions(max_bytes=1024 * 1024))
    assert error.reason == "page larger than 1 MB"


def test_a_urls_file_with_a_line_that_is_not_a_url_is_a_usage_error(tmp_path):
    urls = tmp_path / "links.txt"
    urls.write_text("https://example.org/a\nftp://example.org/b\n")
    result = run("extract", "--urls", urls)
    assert result.exit_code == 2 and "links.txt:2: not an http(s) URL" in result.stderr


# --- WARC ----------------------------------------------------------------------------


def make_warc(path, *, gz=False, tamper=None):
    """An archive as a crawler writes it: requests, responses, metadata, an image."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    out = io.BytesIO()
    writer = WARCWriter(out, gzip=gz)

    def record(uri, kind, body, content_type="text/html; charset=utf-8"):
        headers = None
        if kind == "response":
            headers = StatusAndHeaders("200 OK", [("Content-Type", content_type)], "HTTP/1.1")
        payload = io.BytesIO(body.encode() if isinstance(body, str) else body)
        dates = {"WARC-Date": "2026-05-01T12:00:00Z"}
        rec = writer.create_warc_record(
            uri, kind, payload=payload, http_headers=headers, warc_headers_dict=dates
        )
        writer.write_record(rec)

    record("https://a.example/1", "request", b"GET /1 HTTP/1.1\r\n\r\n")
    record("https://a.example/1", "response", news_page())
    record("https://a.example/1", "metadata", b"fetchTimeMs: 120\r\n")
    record("https://a.example/logo.png", "response", b"\x89PNG\r\n", "image/png")
    record("https://a.example/2", "response", news_page(published=None))
    record("https://a.example/3", "response", news_page(headline="Rail fares rise by 5%"))
    data = out.getvalue()
    path.write_bytes(tamper(data) if tamper else data)
    return path


def test_warc_html_responses_are_stories(tmp_path):
    archive = make_warc(tmp_path / "crawl.warc.gz", gz=True)
    result = run("extract", archive, "--format", "jsonl")
    assert result.exit_code == 0, result.stderr
    first, second, third = lines(result.stdout)
    assert [a["id"] for a in (first, second, third)] == [
        f"https://a.example/{n}" for n in (1, 2, 3)
    ]
    assert_story_of_the_page(first)
    assert (first["published"], first["published_source"]) == ("2026-03-14", "page")
    assert (second["published"], second["published_source"]) == ("2026-05-01", "capture")
    assert third["title"] == "Rail fares rise by 5%"


def _wrong_length(data: bytes) -> bytes:
    at = data.index(b"Content-Length: ", data.index(b"WARC-Target-URI: https://a.example/2"))
    end = data.index(b"\r\n", at)
    return (
        data[:at] + b"Content-Length: " + str(int(data[at + 16 : end]) + 400).encode() + data[end:]
    )


@pytest.mark.parametrize(
    ("tamper", "stories"),
    [(_wrong_length, ["https://a.example/1", "https://a.example/3"]),
     (lambda data: data[: int(len(data) * 0.7)], ["https://a.example/1"])],
    ids=["wrong-length", "truncated"],
)  # fmt: skip
def test_a_broken_warc_record_fails_alone(tmp_path, tamper, stories):
    archive = make_warc(tmp_path / "crawl.warc", tamper=tamper)
    found = list(iter_stories([str(archive)]))
    assert [s.id for s in found if isinstance(s, Story)] == stories
    (error,) = [s for s in found if not isinstance(s, Story)]
    assert "record 5 (https://a.example/2) does not match its Content-Length" in error.reason


# --- CSV, TSV, gzip, folders -----------------------------------------------------------


def write_table(path, rows, delimiter=","):
    with path.open("w", newline="", encoding="utf-8") as f:
        csv.writer(f, delimiter=delimiter).writerows(rows)


def test_csv_rows_are_stories_and_a_bad_row_fails_alone_by_line(tmp_path):
    feed = tmp_path / "feed.csv"
    rows = [
        ["id", "title", "body", "date"],
        ["a1", "Roads", "The council spent £4m on roads in York, officials said.", "2026-03-01"],
        ["a2", "Huge", "B" * (11 * 1024 * 1024), ""],
        ["a3", "Fares", "Rail fares will rise by 5% next month, the minister said.", ""],
        ["a4", "Empty", "", ""],
    ]
    write_table(feed, rows)
    with feed.open("a", encoding="utf-8") as f:
        f.write('a5,Broken,"The quote never closes\na6,Next,"Stray"quote\n')
        f.write("a7,Last,The mayor promised $3m for parks in Leeds.,\n")
    result = run("extract", feed, "--format", "jsonl")
    articles = lines(result.stdout)
    assert [a["id"] for a in articles] == ["a1", "a3", "a7"]
    assert articles[0]["published"] == "2026-03-01" and articles[0]["title"] == "Roads"
    assert "text" not in articles[0]
    assert f"{feed}:3: a field is larger than 10 MB" in result.stderr
    assert f"{feed}:5: row has no text" in result.stderr
    assert f"{feed}:6: unbalanced quote" in result.stderr


def test_tsv_with_a_named_text_column(tmp_path):
    feed = tmp_path / "feed.tsv"
    write_table(feed, [["id", "story"], ["t1", "The council spent £4m on roads."]], "\t")
    assert "no text column" in run("extract", feed).stderr
    result = run("extract", feed, "--text-column", "story", "--format", "jsonl")
    assert [a["money"][0]["value"] for a in lines(result.stdout)] == [4_000_000]


def test_gzip_feeds_and_a_gzip_bomb(tmp_path):
    story = '{"id": "g1", "text": "The council spent £4m on roads in York."}\n'
    with gzip.open(tmp_path / "feed.jsonl.gz", "wt", encoding="utf-8") as f:
        f.write(story)
    with gzip.open(tmp_path / "feed.csv.gz", "wt", encoding="utf-8") as f:
        f.write("id,text\nc1,Rail fares will rise by 5%.\n")
    with gzip.open(tmp_path / "bomb.jsonl.gz", "wb") as f:
        f.write(story.encode())
        zeros = bytes(1024 * 1024)
        for _ in range(200):
            f.write(zeros)
    found = list(iter_stories([str(tmp_path)]))
    assert [getattr(s, "id", None) for s in found] == ["g1", None, "c1", "g1"]
    assert "decompressed size passed the limit" in found[1].reason


def test_folders_pick_up_every_kind_by_suffix(tmp_path):
    (tmp_path / "a.txt").write_text("The council spent £4m.", encoding="utf-8")
    (tmp_path / "b.htm").write_text(news_page(), encoding="utf-8")
    write_table(tmp_path / "c.csv", [["id", "text"], ["c1", "Fares rise by 5%."]])
    make_warc(tmp_path / "d.warc")
    (tmp_path / "e.pdf").write_bytes(b"%PDF-1.7")
    (tmp_path / "f.tar.gz").write_bytes(b"\x1f\x8b")
    ids = [s.id for s in iter_stories([str(tmp_path)])]
    assert ids == ["a.txt", "b.htm", "c1", *[f"https://a.example/{n}" for n in (1, 2, 3)]]


@pytest.mark.parametrize("encoding", ["cp1252", "utf-16", "utf-8-sig"])
def test_tables_exported_by_excel_in_other_encodings(tmp_path, encoding):
    """Excel writes "CSV" in the Windows code page and "Unicode text" as UTF-16."""
    feed = tmp_path / "feed.csv"
    rows = [["id", "text"], ["e1", "The café in Zürich charged £4.50 for a coffee, or €5."]]
    with feed.open("w", newline="", encoding=encoding) as f:
        csv.writer(f).writerows(rows)
    (article,) = lines(run("extract", feed, "--format", "jsonl").stdout)
    assert article["encoding"] == encoding.removesuffix("-sig")
    assert [(m["value"], m["currency"]) for m in article["money"]] == [(4.5, "GBP"), (5, "EUR")]
    assert article["cities"][0]["name"] == "Zürich"
