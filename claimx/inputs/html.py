"""Web pages as stories: the main text, headline, date, canonical URL and author.

trafilatura finds the article in the page (no navigation, teasers, comments, scripts or
footers) and reads its metadata; the date it takes only from the page's own metadata
(Open Graph, schema.org, meta tags, the URL), never guessed from the text.
"""

from __future__ import annotations

import re

from .decoding import decode
from .story import InputError, Story

_HTML_START = re.compile(
    r"\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body|article|section|div|p|h[1-6])[\s>/]",
    re.IGNORECASE | re.DOTALL,
)
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
EXTRA_MISSING = "reading web pages needs the web extra: pip install 'claimx[web]'"


class MissingExtra(Exception):
    """trafilatura or warcio is not installed."""


def looks_like_html(text: str) -> bool:
    """Whether a record's text is a page or a fragment of markup rather than prose."""
    return bool(_HTML_START.match(text[:4096]))


def page_story(
    data: bytes | str,
    *,
    source: str,
    story_id: str,
    url: str | None = None,
    charset: str | None = None,
    captured: str | None = None,
) -> Story | InputError:
    """The story in one page; `captured` (a WARC's capture day) anchors a page with no date."""
    try:
        text, encoding = _page_text(data, charset)
        found = _extract(text, url)
    except MissingExtra:
        return InputError(source, EXTRA_MISSING, id=story_id)
    except ValueError as exc:
        return InputError(source, str(exc), id=story_id)
    if found is None or not (found.text or "").strip():
        return InputError(source, "no article text found in the page", id=story_id)
    title = found.title.strip() if found.title else None
    paragraphs = [line.strip() for line in found.text.splitlines() if line.strip()]
    if title and paragraphs[0] != title:
        paragraphs.insert(0, title)
    story = Story(
        id=story_id,
        source=source,
        # Paragraphs a blank line apart, the headline first: the shape of a plain-text story.
        text="\n\n".join(paragraphs),
        title=title,
        url=found.url or url,
        encoding=encoding,
        author=found.author or None,
        page=True,
        show_text=True,
    )
    if found.date:
        story.published, story.published_source = found.date, "page"
    elif captured:
        story.published, story.published_source = captured, "capture"
    return story


def page_record(story: Story) -> Story | InputError:
    """A record whose text is HTML: the page's text, its own fields kept where given."""
    page = page_story(story.text, source=story.source, story_id=story.id, url=story.url)
    if isinstance(page, Story):
        page.title = story.title or page.title
        if story.published:
            page.published, page.published_source = story.published, "given"
        page.encoding = story.encoding
    return page


def _page_text(data: bytes | str, charset: str | None) -> tuple[str, str | None]:
    """The page as text: the server's charset, else the page's own, else claimx's detection."""
    if isinstance(data, str):
        return data, None
    declared = charset or _meta_charset(data)
    if declared:
        try:
            return data.decode(declared, errors="replace"), declared.lower()
        except LookupError:
            pass
    text, encoding, _note = decode(data)
    return text, encoding


def _meta_charset(data: bytes) -> str | None:
    m = _META_CHARSET.search(data[:4096])
    return m[1].decode("ascii") if m else None


def _extract(html: str, url: str | None):
    try:
        import trafilatura
    except ImportError:
        raise MissingExtra from None
    try:
        return trafilatura.bare_extraction(
            html,
            url=url,
            with_metadata=True,
            include_comments=False,
            include_tables=False,
            favor_precision=True,
            deduplicate=False,
            date_extraction_params={"extensive_search": False, "original_date": True},
        )
    except RecursionError:
        raise ValueError("page nested too deeply to read") from None
    except Exception as exc:  # a parser or extractor failing on one page fails only that page
        raise ValueError(f"could not read the page: {type(exc).__name__}: {exc}") from None
