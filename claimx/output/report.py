"""`--format html`: one self-contained page to read a story's facts in place.

The page loads nothing (inline CSS, no scripts, fonts or images) and works without
JavaScript. Each story is a section: its text with every amount, date, city and quote
marked (see `marks.py`), its claims in order of check-worthiness with type and claimer,
its speakers and its places; a batch gets an index linking to each. Every string that
comes from a story or its source, urls included, is escaped and shown as text, never
followed as a link.
"""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Iterable
from typing import IO

from .marks import Mark, escape, marked
from .spreadsheet import claimer_name

KINDS = {  # the article's list, the mark's CSS class, the legend's words
    "money": ("money", "amount"),
    "dates": ("date", "date"),
    "cities": ("city", "city"),
    "quotes": ("quote", "quote"),
}

STYLE = """
body { font: 16px/1.5 -apple-system, BlinkMacSystemFont, "Segoe UI", Helvetica, Arial,
  sans-serif; margin: 0 auto; max-width: 60rem; padding: 2rem; color: #222; background: #fff; }
h1 { font-size: 1.6rem; margin: 0 0 .5rem; }
h2 { font-size: 1.35rem; margin: 2.5rem 0 .3rem; border-top: 2px solid #ddd; padding-top: 1rem; }
h3 { font-size: 1.05rem; margin: 1.6rem 0 .4rem; }
.meta { color: #555; font-size: .9rem; margin: 0; overflow-wrap: anywhere; }
.legend { margin: .6rem 0 0; }
.legend mark { margin-right: .4rem; }
.story { white-space: pre-wrap; line-height: 2.4; overflow-wrap: anywhere; }
mark { color: inherit; padding: .2em .35em; border-radius: .35em;
  -webkit-box-decoration-break: clone; box-decoration-break: clone; }
mark.cont { border-top-left-radius: 0; border-bottom-left-radius: 0; }
mark.money { background: #b9e6a6; }
mark.date { background: #a9d6f5; }
mark.city { background: #fdc77e; }
mark.quote { background: #eee6ff; border-bottom: 2px solid #9b87f5; padding: .35em .2em; }
mark .label { font-size: .68em; font-weight: bold; text-transform: uppercase;
  letter-spacing: .03em; margin-left: .4em; vertical-align: middle; color: #333; }
mark.quote > .label { color: #5a45c9; }
.notext { color: #8a5a00; font-style: italic; }
ol.claims { padding-left: 1.6rem; }
ol.claims li { margin-bottom: .9rem; }
.claim { line-height: 2.3; }
.about { font-size: .85rem; color: #444; }
.score { font-weight: bold; font-variant-numeric: tabular-nums; }
table { border-collapse: collapse; font-size: .9rem; }
th, td { text-align: left; padding: .25rem .7rem .25rem 0; border-bottom: 1px solid #eee;
  vertical-align: top; }
nav ol { padding-left: 1.6rem; }
"""


class HtmlReport:
    """Stories rendered as they come into a spool file, so a batch of thousands holds only
    its index in memory; the page is written on `close`, once the title and index are known."""

    def __init__(self, out: IO[str]):
        self.out = out
        # Closed by `close`; a report dropped unclosed leaves nothing: the file has no name.
        self.spool = tempfile.TemporaryFile("w+", encoding="utf-8")  # noqa: SIM115
        self.stories = 0
        self.index: list[str] = []
        self.first_heading = ""

    def write(self, article: dict) -> None:
        self.stories += 1
        anchor = f"story-{self.stories}"
        if self.stories == 1:
            self.first_heading = escape(_heading(article))
        self.spool.write(story_section(article, anchor) + "\n")
        counts = ", ".join(f"{len(article.get(k, []))} {k}" for k in ("claims", "quotes"))
        self.index.append(
            f'<li><a href="#{anchor}">{escape(_heading(article))}</a> '
            f'<span class="meta">{escape(str(article.get("id") or ""))} · {counts}</span></li>'
        )

    def close(self) -> None:
        if self.stories == 1:
            title = f"claimx: {self.first_heading}"
        else:
            title = f"claimx report: {self.stories} stories"
        index = f"<nav><h3>Stories</h3><ol>{''.join(self.index)}</ol></nav>"
        self.out.write(
            '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
            '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            f"<title>{title}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n"
            f"<header><h1>{title}</h1>{_legend()}</header>\n"
            f"{index if self.stories > 1 else ''}\n"
        )
        self.spool.seek(0)
        shutil.copyfileobj(self.spool, self.out)
        self.spool.close()
        self.out.write(
            ("" if self.stories else '<p class="notext">No stories.</p>') + "\n</body>\n</html>\n"
        )
        self.out.flush()


def write_html(articles: Iterable[dict], out: IO[str]) -> None:
    """A page for these articles (error records skipped): one story, or an index and each."""
    report = HtmlReport(out)
    for article in articles:
        if "error" not in article:
            report.write(article)
    report.close()


def story_section(article: dict, anchor: str) -> str:
    marks = fact_marks(article)
    text = article.get("text")
    if text is not None:
        body = f'<div class="story">{marked(text, marks)}</div>'
    else:
        sentences = "\n\n".join(
            marked(claim["text"], marks, base=claim["start"]) for claim in article["claims"]
        )
        body = (
            '<p class="notext">The results do not carry the story\'s text (claimx extract '
            "--text adds it); its sentences with facts are shown.</p>"
            f'<div class="story">{sentences}</div>'
        )
    return (
        f'<article id="{anchor}">\n<h2>{escape(_heading(article))}</h2>\n{_meta(article)}\n'
        f"{body}\n{_claims(article, marks)}\n{_speakers(article)}\n{_places(article)}\n</article>"
    )


def fact_marks(article: dict) -> list[Mark]:
    """A mark for each amount, date, city and quote, labelled with what claimx read."""
    marks = []
    for key, (kind, _) in KINDS.items():
        for item in article.get(key, []):
            label, title = _describe(key, item)
            marks.append(Mark(item["start"], item["end"], kind, label, title))
    return marks


def _describe(key: str, item: dict) -> tuple[str, str]:
    if key == "money":
        value = item.get("value")
        amount = "?" if value is None else f"{value:,.2f}".rstrip("0").rstrip(".")
        return "money", " ".join(
            x for x in (item.get("qualifier"), amount, item.get("currency")) if x
        )
    if key == "dates":
        return "date", " ".join(x for x in (item.get("value"), item.get("mod")) if x)
    if key == "cities":
        where = ", ".join(
            x for x in (item.get("name"), item.get("region"), item.get("country")) if x
        )
        return "city", where
    speaker = (item.get("speaker") or {}).get("name")
    return (f"quote · {speaker}" if speaker else "quote"), item.get("cue") or ""


def _heading(article: dict) -> str:
    return article.get("title") or str(article.get("id") or "(untitled)")


def _meta(article: dict) -> str:
    published = article.get("published") or "unknown"
    if article.get("published_source"):
        published += f" ({article['published_source']})"
    parts = [
        f"id: {article.get('id')}",
        f"published: {published}",
        *(f"{key}: {article[key]}" for key in ("author", "url") if article.get(key)),
    ]
    dateline = article.get("dateline")
    if dateline:
        parts.append(f"dateline: {dateline.get('text', '').strip()}")
    notes = "".join(
        f'<p class="meta">note: {escape(note)}</p>' for note in article.get("notes", [])
    )
    return f'<p class="meta">{" · ".join(escape(str(p)) for p in parts)}</p>{notes}'


def _legend() -> str:
    return (
        '<p class="legend">'
        + "".join(f'<mark class="{kind}">{words}</mark>' for kind, words in KINDS.values())
        + "</p>"
    )


def _claims(article: dict, marks: list[Mark]) -> str:
    """Claims, the most check-worthy first; where no score is given, in story order."""
    claims = sorted(
        article.get("claims", []),
        key=lambda c: -c["checkworthiness"] if _is_number(c.get("checkworthiness")) else 1,
    )
    if not claims:
        return '<h3>Claims</h3><p class="meta">none</p>'
    items = []
    for claim in claims:
        about = []
        if _is_number(claim.get("checkworthiness")):
            about.append(f'<span class="score">{claim["checkworthiness"]:.2f}</span>')
        if claim.get("checkworthy") is not None:
            about.append("check-worthy" if claim["checkworthy"] else "not check-worthy")
        if claim.get("type"):
            about.append(escape(str(claim["type"])))
        who = claimer_name(claim)
        about.append(f"claimed by {escape(who)}" if who else "no claimer named")
        items.append(
            f'<li><div class="claim">{marked(claim["text"], marks, base=claim["start"])}</div>'
            f'<div class="about">{" · ".join(about)}</div></li>'
        )
    return f'<h3>Claims, most check-worthy first</h3><ol class="claims">{"".join(items)}</ol>'


def _speakers(article: dict) -> str:
    rows = [
        (
            s.get("name"),
            s.get("title"),
            s.get("organization"),
            s.get("kind"),
            len(s.get("quotes", [])),
        )
        for s in article.get("speakers", [])
    ]
    return "<h3>Speakers</h3>" + _table(("name", "title", "organization", "kind", "quotes"), rows)


def _places(article: dict) -> str:
    cities: dict[object, list] = {}
    for city in article.get("cities", []):
        row = cities.setdefault(
            city.get("geonames_id"),
            [city.get("name"), city.get("region"), city.get("country"), _where(city), 0],
        )
        row[-1] += 1
    others = [
        (p.get("name"), p.get("kind"), p.get("country"), "", "") for p in article.get("places", [])
    ]
    head = ("name", "region or kind", "country", "coordinates, GeoNames id", "mentions")
    return "<h3>Places</h3>" + _table(head, [tuple(r) for r in cities.values()] + others)


def _where(city: dict) -> str:
    if not (_is_number(city.get("latitude")) and _is_number(city.get("longitude"))):
        return ""
    return f"{city['latitude']:.4f}, {city['longitude']:.4f} · geonames {city.get('geonames_id')}"


def _table(head: tuple[str, ...], rows: list[tuple]) -> str:
    if not rows:
        return '<p class="meta">none</p>'
    cells = "".join(
        "<tr>" + "".join(f"<td>{escape('' if v is None else str(v))}</td>" for v in row) + "</tr>"
        for row in rows
    )
    return f"<table><tr>{''.join(f'<th>{h}</th>' for h in head)}</tr>{cells}</table>"


def _is_number(value: object) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)
