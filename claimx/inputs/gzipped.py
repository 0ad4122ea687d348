"""Gzip-compressed feeds, read as a stream that stops a gzip bomb at a size limit."""

from __future__ import annotations

import gzip
import io
import zlib
from typing import BinaryIO

from .options import MEGABYTE, ReadOptions


class GzipError(Exception):
    """A compressed file that is corrupt, cut short, or inflates past the limit."""


class _Counting(io.RawIOBase):
    """The compressed stream, counting the bytes it gives."""

    def __init__(self, raw: BinaryIO):
        self.raw = raw
        self.seen = 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        data = self.raw.read(len(buffer))
        self.seen += len(data)
        buffer[: len(data)] = data
        return len(data)


class _LimitedGzip(io.RawIOBase):
    """Decompressed bytes, at most `ratio` times the compressed bytes read plus `slack`.

    Real text compresses 3 to 10 times; a bomb of repeated bytes, a thousand times and
    more. A ratio rather than a fixed size lets a feed of any length through.
    """

    def __init__(self, raw: BinaryIO, ratio: int, slack: int):
        self.compressed = _Counting(raw)
        self.gzip = gzip.GzipFile(fileobj=self.compressed, mode="rb")
        self.ratio, self.slack = ratio, slack
        self.inflated = 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        try:
            data = self.gzip.read(len(buffer))
        except EOFError:
            raise GzipError("compressed file cut short (truncated gzip)") from None
        except (OSError, zlib.error) as exc:
            raise GzipError(f"corrupt gzip data: {exc}") from None
        self.inflated += len(data)
        if self.inflated > self.ratio * self.compressed.seen + self.slack:
            raise GzipError(
                f"decompressed size passed the limit ({self.ratio} times the compressed size "
                f"plus {self.slack // MEGABYTE} MB): a gzip bomb?"
            )
        buffer[: len(data)] = data
        return len(data)


def open_gzip(raw: BinaryIO, options: ReadOptions) -> io.BufferedReader:
    """A buffered, line-iterable stream of the decompressed bytes; GzipError past the limit."""
    return io.BufferedReader(_LimitedGzip(raw, options.gzip_ratio, options.max_bytes))
