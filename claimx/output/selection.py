"""Which claims an article keeps when the reader asks for the check-worthy ones only."""

from __future__ import annotations


def keep_claims(
    article: dict, *, checkworthy: bool = False, min_checkworthiness: float | None = None
) -> dict:
    """The article with only the claims that pass; the rest of it unchanged.

    Claims are not indexed from anywhere else, so dropping some breaks no reference.
    """
    if "error" in article or not (checkworthy or min_checkworthiness is not None):
        return article
    kept = [
        claim
        for claim in article["claims"]
        if (not checkworthy or claim.get("checkworthy"))
        and (min_checkworthiness is None or claim.get("checkworthiness", 0) >= min_checkworthiness)
    ]
    return {**article, "claims": kept}
