"""The terminal view of an article: what a reader checks, with story text printed inertly.

Story text never goes through rich markup (it is wrapped in `Text`, not parsed)
and its control characters are shown as visible escapes, so a story cannot style,
move or retitle the terminal.
"""

from __future__ import annotations

from rich.console import Console, Group
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from .writers import safe

STYLES = {
    "money": "bold green",
    "dates": "bold cyan",
    "cities": "bold magenta",
    "quotes": "italic yellow",
}


def render(article: dict, console: Console) -> None:
    console.print(_header(article))
    ranked = sorted(article["claims"], key=lambda c: -c.get("checkworthiness", 0.0))
    for claim in ranked:  # the ones a fact-checker should look at first
        console.print(_claim(article, claim))
    console.print(_summary(article))


def _header(article: dict) -> Panel:
    lines = Text()
    lines.append(safe(article.get("title") or "(untitled)"), style="bold")
    published = article.get("published")
    lines.append("\npublished: ", style="dim")
    lines.append(published or "unknown")
    if article.get("published_source"):
        lines.append(f" ({article['published_source']})", style="dim")
    dateline = article.get("dateline")
    if dateline:
        lines.append("\ndateline: ", style="dim")
        lines.append(safe(dateline["text"]))
        city = dateline.get("city")
        if city:
            lines.append(f"  → {_place(city)}", style=STYLES["cities"])
    for note in article.get("notes") or []:
        lines.append(f"\nnote: {safe(note)}", style="yellow")
    return Panel(lines, title=Text(safe(str(article.get("id") or ""))), title_align="left")


def _claim(article: dict, claim: dict) -> Group:
    text, base = claim["text"], claim["start"]
    marks = sorted(
        (article[kind][i]["start"] - base, article[kind][i]["end"] - base, style)
        for kind, style in STYLES.items()
        for i in claim[kind]
    )
    sentence, pos = Text(), 0
    for start, end, style in marks:
        start, end = max(start, pos), min(end, len(text))
        if end > start:
            sentence.append(safe(text[pos:start]))
            sentence.append(safe(text[start:end]), style=style)
            pos = end
    sentence.append(safe(text[pos:]))
    facts = Text()
    for kind in ("money", "dates", "cities"):
        for i in claim[kind]:
            facts.append("\n  • ", style="dim")
            facts.append(safe(article[kind][i]["text"]), style=STYLES[kind])
            facts.append(f"  {_describe(kind, article[kind][i])}")
    return Group(Text.assemble(("▸ ", "dim"), sentence), _verdict(claim), facts, Text(""))


def _verdict(claim: dict) -> Text:
    """ "  quantity · 0.83 check-worthy · Jane Hollis (person)": what it is, how much, whose."""
    line = Text("  ")
    line.append(claim.get("type") or "claim", style="bold")
    if "checkworthiness" in claim:
        worthy = claim.get("checkworthy")
        line.append(f" · {claim['checkworthiness']:.2f}", style="bold red" if worthy else "dim")
        line.append(" check-worthy" if worthy else "", style="bold red")
    who = claim.get("claimer") or claim.get("attribution")
    line.append(" · ", style="dim")
    if who and who.get("name"):
        line.append(safe(_who(who)), style="bold yellow")
        line.append(f" ({who.get('kind')})", style="dim")
    else:
        line.append("the story itself", style="dim")
    return line


def _describe(kind: str, item: dict) -> str:
    if kind == "money":
        value = (
            "?" if item.get("value") is None else f"{item['value']:,.2f}".rstrip("0").rstrip(".")
        )
        extra = [
            x for x in (item.get("qualifier"), item.get("unit") and f"per {item['unit']}") if x
        ]
        if item.get("vague"):
            extra.append("vague")
        return f"{value} {item.get('currency') or '?'}" + (
            f" ({', '.join(extra)})" if extra else ""
        )
    if kind == "dates":
        mod = f" {item['mod']}" if item.get("mod") else ""
        return f"{item['value']}{mod} ({item.get('grain') or '?'})"
    return _place(item)


def _place(city: dict) -> str:
    where = ", ".join(x for x in (city.get("name"), city.get("region"), city.get("country")) if x)
    return (
        f"{where} ({city['latitude']:.3f}, {city['longitude']:.3f}) geonames:{city['geonames_id']}"
    )


def _who(attribution: dict) -> str:
    parts = [attribution.get("name") or "?"]
    for extra in (attribution.get("title"), attribution.get("organization")):
        if extra and extra not in parts[0]:
            parts.append(extra)
    return ", ".join(parts)


def _summary(article: dict) -> Table:
    table = Table(title="summary", show_header=True, header_style="bold")
    for column in ("claims", "money", "dates", "cities", "quotes", "speakers"):
        table.add_column(column, justify="right")
    table.add_row(
        *(
            str(len(article[k]))
            for k in ("claims", "money", "dates", "cities", "quotes", "speakers")
        )
    )
    return table
