"""claimx: the checkable facts of a news story as data.

import claimx
article = claimx.extract(text, published="2026-11-27")
for article in claimx.extract_many(texts_or_records, jobs=2): ...
"""

from .api import extract, extract_many

__version__ = "1.0.0"
__all__ = ["__version__", "extract", "extract_many"]
