"""Pages fetched by URL: a timeout, a size limit, a named user agent, a cap on redirects.

Each URL that cannot be read is one failed input that says why (its HTTP status, a
timeout, not HTML, too large, too many redirects); the batch goes on.
"""

from __future__ import annotations

import http.client
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path

from .formats import is_url
from .options import ReadOptions, size_text
from .story import InputError, Story

MAX_REDIRECTS = 5
_HTML_TYPES = {"text/html", "application/xhtml+xml"}
_CHUNK = 64 * 1024


class FetchError(Exception):
    """A URL that gave no page, and why."""


class _CappedRedirects(urllib.request.HTTPRedirectHandler):
    max_redirections = MAX_REDIRECTS
    max_repeats = 1


def user_agent() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        release = version("claimx")
    except PackageNotFoundError:
        release = "dev"
    return f"claimx/{release} (+https://github.com/claimx/claimx)"


def url_stories(url: str, options: ReadOptions) -> Iterator[Story | InputError]:
    from .html import page_story

    try:
        data, final_url, charset = fetch(url, options)
    except FetchError as exc:
        yield InputError(url, str(exc), id=url)
        return
    yield page_story(data, source=url, story_id=url, url=final_url, charset=charset)


def read_url_list(path: Path) -> list[str]:
    """The URLs in a file, one a line; blank lines and `#` comments skipped.

    ValueError names the first line that is not an http(s) URL.
    """
    urls = []
    with path.open(encoding="utf-8-sig") as f:
        for lineno, line in enumerate(f, 1):
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            if not is_url(line):
                raise ValueError(f"{path}:{lineno}: not an http(s) URL: {line[:80]!r}")
            urls.append(line)
    return urls


def fetch(url: str, options: ReadOptions) -> tuple[bytes, str, str | None]:
    """The page's bytes, its URL after redirects, and the charset the server gave."""
    opener = urllib.request.OpenerDirector()
    for handler in (
        urllib.request.ProxyHandler(),
        urllib.request.HTTPHandler(),
        urllib.request.HTTPSHandler(),
        _CappedRedirects(),
        urllib.request.HTTPErrorProcessor(),
        urllib.request.HTTPDefaultErrorHandler(),
        urllib.request.UnknownHandler(),
    ):
        opener.add_handler(handler)
    request = urllib.request.Request(
        url, headers={"User-Agent": user_agent(), "Accept": "text/html,application/xhtml+xml"}
    )
    deadline = time.monotonic() + options.timeout
    try:
        with opener.open(request, timeout=options.timeout) as response:
            return _read(response, options, deadline)
    except urllib.error.HTTPError as exc:
        if exc.msg.startswith(urllib.request.HTTPRedirectHandler.inf_msg):
            raise FetchError(f"too many redirects (more than {MAX_REDIRECTS}, or a loop)") from None
        raise FetchError(f"HTTP {exc.code} {exc.reason}") from None
    except TimeoutError:
        raise FetchError(f"timed out after {options.timeout:g} s") from None
    except urllib.error.URLError as exc:
        if isinstance(exc.reason, TimeoutError):
            raise FetchError(f"timed out after {options.timeout:g} s") from None
        raise FetchError(f"could not fetch: {exc.reason}") from None
    except (OSError, http.client.HTTPException, ValueError) as exc:
        raise FetchError(f"could not fetch: {type(exc).__name__}: {exc}") from None


def _read(response, options: ReadOptions, deadline: float) -> tuple[bytes, str, str | None]:
    declared = response.headers.get("Content-Type")
    if declared and response.headers.get_content_type() not in _HTML_TYPES:
        raise FetchError(f"not HTML (Content-Type {response.headers.get_content_type()})")
    length = response.headers.get("Content-Length", "")
    if length.isdigit() and int(length) > options.max_bytes:
        raise FetchError(f"page larger than {size_text(options.max_bytes)} ({length} bytes)")
    chunks, size = [], 0
    while chunk := response.read(_CHUNK):
        size += len(chunk)
        if size > options.max_bytes:
            raise FetchError(f"page larger than {size_text(options.max_bytes)}")
        if time.monotonic() > deadline:
            raise FetchError(f"timed out after {options.timeout:g} s")
        chunks.append(chunk)
    return b"".join(chunks), response.geturl(), response.headers.get_content_charset()
