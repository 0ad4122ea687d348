"""claimx's spaCy components: thin wrappers that run a pure extraction step and store its result.

Each component follows spaCy's own shape (see `spacy/pipeline/span_ruler.py`): `__call__`
is `set_annotations(doc, match(doc))`; `match` is a pure function of the Doc; results go
on `doc._` as plain JSON values only, so Docs survive `nlp.pipe(n_process=N)`, which
ships them between processes as msgpack.
"""

from __future__ import annotations

from bisect import bisect_right
from itertools import pairwise
from typing import Any

from spacy.attrs import IDX, IS_PUNCT, IS_SPACE, ORTH, SENT_START, SPACY
from spacy.language import Language
from spacy.strings import get_string_id
from spacy.tokens import Doc

from ..steps.claims import build_claims
from ..steps.dateline import find_dateline, find_published_line
from ..steps.doctext import doc_text
from ..steps.headline import headline

EXTENSIONS = (
    "published",
    "published_source",
    "dateline",
    "cities",
    "places",
    "money",
    "dates",
    "quotes",
    "speakers",
    "claims",
)
for _name in EXTENSIONS:
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=None)


class _Step:
    """A component whose result is one or more `doc._` values computed by `match`."""

    def __init__(self, name: str):
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        self.set_annotations(doc, self.match(doc))
        return doc

    def match(self, doc: Doc) -> dict[str, Any]:
        raise NotImplementedError

    def set_annotations(self, doc: Doc, values: dict[str, Any]) -> None:
        for key, value in values.items():
            setattr(doc._, key, value)


_CLOSING_MARKS = frozenset(get_string_id(mark) for mark in ('"', "”", "’", "'"))


class ParagraphBreaks:
    """Paragraph breaks and the end of a headline are sentence breaks.

    Runs before the parser, which keeps preset boundaries; without it a headline
    runs into the first sentence and one sentence swallows a quote's closing mark
    and the next paragraph. A closing quote mark stays with its sentence.
    """

    def __init__(self, name: str):
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        # Token ids from one array, not Token objects: this runs on every token of every story.
        title_end = len(headline(doc_text(doc)) or "") or -1
        strings = doc.vocab.strings
        rows = doc.to_array([ORTH, IS_SPACE, IS_PUNCT, SPACY, IDX]).tolist()
        for i, (orth, space, punct, trailing_space, idx) in enumerate(rows[:-1]):
            if space and (idx <= title_end or strings[orth].count("\n") >= 2):
                doc[i + 1].is_sent_start = True
            elif punct and not trailing_space and rows[i + 1][0] in _CLOSING_MARKS:
                doc[i + 1].is_sent_start = False
        return doc


class StoryStep(_Step):
    """Dateline and, when none was given, a publication date stated in the story."""

    def match(self, doc: Doc) -> dict[str, Any]:
        from ..steps.dates import parse_explicit_date

        dateline = find_dateline(doc_text(doc))
        values: dict[str, Any] = {"dateline": dateline}
        if doc._.published is None:
            for source, date_text in (
                ("dateline", dateline and dateline["date_text"]),
                ("story", find_published_line(doc_text(doc))),
            ):
                day = parse_explicit_date(date_text) if date_text else None
                if day:
                    values.update(published=day, published_source=source)
                    break
        return values


def _dateline_country(doc: Doc) -> str | None:
    """The country of the dateline's city: it decides what "$" and "05/06" mean."""
    return ((doc._.dateline or {}).get("city") or {}).get("country")


class CitiesStep(_Step):
    def __init__(self, name: str):
        from ..steps.cities.gazetteer import load_gazetteer

        super().__init__(name)
        self.gazetteer = load_gazetteer()

    def match(self, doc: Doc) -> dict[str, Any]:
        from ..steps.cities import find_cities

        found = find_cities(doc, self.gazetteer, dateline=doc._.dateline)
        dateline = doc._.dateline
        if dateline is not None:
            dateline = {**dateline, "city": found["dateline_city"]}
        return {"cities": found["cities"], "places": found["places"], "dateline": dateline}


class MoneyStep(_Step):
    def __init__(self, name: str):
        from ..steps.money import load_money_rules

        super().__init__(name)
        self.rules = load_money_rules()

    def match(self, doc: Doc) -> dict[str, Any]:
        from ..steps.money import find_money

        return {"money": find_money(doc, self.rules, country=_dateline_country(doc))}


# Where "05/06/2026" is the 5th of June is the rest of the world; these write month first.
_MONTH_FIRST = frozenset({"US", "PH", "FM", "MH", "PW"})


class DatesStep(_Step):
    """Dates; `day_first` fixes how 05/06/2026 reads, else the dateline's country decides."""

    def __init__(self, name: str, *, day_first: bool | None = None):
        from ..steps.dates import load_date_rules

        super().__init__(name)
        self.rules = load_date_rules()
        self.day_first = day_first

    def match(self, doc: Doc) -> dict[str, Any]:
        from ..steps.dates import find_dates

        day_first = self.day_first
        country = _dateline_country(doc)
        if day_first is None and country:
            day_first = country not in _MONTH_FIRST
        return {"dates": find_dates(doc, self.rules, anchor=doc._.published, day_first=day_first)}


class QuotesStep(_Step):
    def __init__(self, name: str):
        from ..steps.quotes import load_quote_rules

        super().__init__(name)
        self.rules = load_quote_rules()

    def match(self, doc: Doc) -> dict[str, Any]:
        from ..steps.quotes import find_quotes

        found = find_quotes(doc, self.rules, body_start=(doc._.dateline or {}).get("end", 0))
        return {"quotes": found["quotes"], "speakers": found["speakers"]}


class ClaimsStep(_Step):
    """Numbers every item by its sentence and ties each sentence's items into a claim."""

    def match(self, doc: Doc) -> dict[str, Any]:
        sentences = _sentences(doc)
        starts = [s for s, _ in sentences]
        kinds = {}
        for kind in ("money", "dates", "cities", "quotes"):
            items = [dict(item) for item in getattr(doc._, kind) or []]
            for item in items:
                item["sentence"] = max(bisect_right(starts, item["start"]) - 1, 0)
            kinds[kind] = items
        return {**kinds, "claims": build_claims(doc_text(doc), sentences, kinds)}


def _sentences(doc: Doc) -> list[tuple[int, int]]:
    """Each sentence's character offsets, without the whitespace spaCy keeps at its ends.

    Read from token arrays: a Span's `.text` builds a Token object per token.
    """
    if not len(doc):
        return []
    text = doc_text(doc)
    rows = doc.to_array([SENT_START, IDX]).tolist()
    firsts = [i for i, (start, _idx) in enumerate(rows) if start == 1 or i == 0]
    bounds = [rows[i][1] for i in firsts] + [len(text)]
    sentences = []
    for a, b in pairwise(bounds):
        chunk = text[a:b]
        lead = len(chunk) - len(chunk.lstrip())
        sentences.append((a + lead, a + len(chunk.rstrip())))
    return sentences


@Language.factory("claimx_paragraphs")
def make_paragraphs(nlp: Language, name: str) -> ParagraphBreaks:
    return ParagraphBreaks(name)


@Language.factory("claimx_story", assigns=["doc._.dateline", "doc._.published"])
def make_story(nlp: Language, name: str) -> StoryStep:
    return StoryStep(name)


@Language.factory(
    "claimx_cities", assigns=["doc._.cities", "doc._.places"], requires=["doc._.dateline"]
)
def make_cities(nlp: Language, name: str) -> CitiesStep:
    return CitiesStep(name)


@Language.factory("claimx_money", assigns=["doc._.money"], requires=["doc._.dateline"])
def make_money(nlp: Language, name: str) -> MoneyStep:
    return MoneyStep(name)


@Language.factory(
    "claimx_dates",
    assigns=["doc._.dates"],
    requires=["doc._.published"],
    default_config={"day_first": None},
)
def make_dates(nlp: Language, name: str, *, day_first: bool | None) -> DatesStep:
    return DatesStep(name, day_first=day_first)


@Language.factory("claimx_quotes", assigns=["doc._.quotes", "doc._.speakers"])
def make_quotes(nlp: Language, name: str) -> QuotesStep:
    return QuotesStep(name)


@Language.factory(
    "claimx_claims",
    assigns=["doc._.claims"],
    requires=["doc._.money", "doc._.dates", "doc._.cities", "doc._.quotes"],
)
def make_claims(nlp: Language, name: str) -> ClaimsStep:
    return ClaimsStep(name)
