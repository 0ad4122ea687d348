"""claimx's spaCy components: thin wrappers that run a pure extraction step and store its result.

Each component follows spaCy's own shape (see `spacy/pipeline/span_ruler.py`): `__call__`
is `set_annotations(doc, match(doc))`; `match` is a pure function of the Doc; results go
on `doc._` as plain JSON values only, so Docs survive `nlp.pipe(n_process=N)`, which
ships them between processes as msgpack. The steps that read data (money, dates, quotes,
cities) hold it as their own state: `initialize` reads claimx's models/ folder, `to_disk`
and `from_disk` save and load it with the pipeline, so `spacy.load` of a saved pipeline
works without claimx's code being imported first (the `spacy_factories` entry points).

A step that fails does not fail its story: its values are left empty and `doc._.notes`
says which step failed and why. A story with a failed step is still a story (its other
facts stand, and the CLI counts it as done): the note tells the reader what is missing.
"""

from __future__ import annotations

import shutil
from bisect import bisect_right
from collections.abc import Callable
from itertools import pairwise
from pathlib import Path
from typing import Any

from spacy.attrs import IDX, IS_PUNCT, IS_SPACE, ORTH, SENT_START, SPACY
from spacy.language import Language
from spacy.strings import get_string_id
from spacy.tokens import Doc

from ..resources import models_path
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
    "notes",
)
for _name in EXTENSIONS:
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=None)


class _Step:
    """A component whose result is computed by `match`, or its `empty` values if that fails."""

    step = ""  # what its notes call it: "money step failed: ..."

    def __init__(self, name: str):
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        try:
            values = self.match(doc)
        except Exception as error:  # one step's bug must not cost the story its other facts
            doc._.notes = [*(doc._.notes or []), f"{self.step} step failed: {_reason(error)}"]
            values = self.empty(doc)
        self.set_annotations(doc, values)
        return doc

    def match(self, doc: Doc) -> Any:
        raise NotImplementedError

    def empty(self, doc: Doc) -> Any:
        """What the step writes when `match` failed."""
        raise NotImplementedError

    def set_annotations(self, doc: Doc, values: dict[str, Any]) -> None:
        for key, value in values.items():
            setattr(doc._, key, value)


def _reason(error: Exception) -> str:
    return f"{type(error).__name__}: {error}"


class _DataStep(_Step):
    """A step whose rules are read from a data folder: models/<data>/ until loaded from disk."""

    data = ""  # its folder under models/

    def __init__(self, name: str):
        super().__init__(name)
        self.rules: Any = None
        self.folder: Path | None = None  # where the rules came from; None: models/<data>/

    def __call__(self, doc: Doc) -> Doc:
        if self.rules is None:  # a setup mistake, not a story's: it fails loudly
            raise ValueError(f"{self.name} has no rules: call its initialize() first")
        return super().__call__(doc)

    def loader(self) -> Callable[..., Any]:
        """The step's rule loader, imported only when the rules are wanted."""
        raise NotImplementedError

    def initialize(self, get_examples: Callable | None = None, *, nlp: Language | None = None):
        self.rules, self.folder = self.loader()(), None  # shares the loader's cache

    def from_disk(self, path: str | Path, *, exclude=()) -> _DataStep:
        self.folder = Path(path)
        self.rules = self.loader()(self.folder)
        return self

    def to_disk(self, path: str | Path, *, exclude=()) -> None:
        """The data folder's files, copied: a saved pipeline carries its own rules."""
        source, path = self.folder or models_path(self.data), Path(path)
        path.mkdir(parents=True, exist_ok=True)
        if path.resolve() == source.resolve():
            return
        for file in sorted(source.iterdir()):
            if file.is_file():
                shutil.copyfile(file, path / file.name)


_CLOSING_MARKS = frozenset(get_string_id(mark) for mark in ('"', "”", "’", "'"))


class ParagraphBreaks(_Step):
    """Paragraph breaks and the end of a headline are sentence breaks.

    Runs before the parser, which keeps preset boundaries; without it a headline
    runs into the first sentence and one sentence swallows a quote's closing mark
    and the next paragraph. A closing quote mark stays with its sentence.
    """

    step = "paragraphs"

    def match(self, doc: Doc) -> list[tuple[int, bool]]:
        """(token index, whether it starts a sentence) for each boundary to preset."""
        # Token ids from one array, not Token objects: this runs on every token of every story.
        title_end = len(headline(doc_text(doc)) or "") or -1
        strings = doc.vocab.strings
        rows = doc.to_array([ORTH, IS_SPACE, IS_PUNCT, SPACY, IDX]).tolist()
        found = []
        for i, (orth, space, punct, trailing_space, idx) in enumerate(rows[:-1]):
            if space and (idx <= title_end or strings[orth].count("\n") >= 2):
                found.append((i + 1, True))
            elif punct and not trailing_space and rows[i + 1][0] in _CLOSING_MARKS:
                found.append((i + 1, False))
        return found

    def empty(self, doc: Doc) -> list[tuple[int, bool]]:
        return []  # the parser finds every boundary itself

    def set_annotations(self, doc: Doc, starts: list[tuple[int, bool]]) -> None:
        for i, is_start in starts:
            doc[i].is_sent_start = is_start


class StoryStep(_Step):
    """Dateline and, when none was given, a publication date stated in the story."""

    step = "story"

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

    def empty(self, doc: Doc) -> dict[str, Any]:
        return {"dateline": None}


def _dateline_country(doc: Doc) -> str | None:
    """The country of the dateline's city: it decides what "$" and "05/06" mean."""
    return ((doc._.dateline or {}).get("city") or {}).get("country")


class CitiesStep(_DataStep):
    step, data = "cities", "gazetteer"

    def loader(self) -> Callable[..., Any]:
        from ..steps.cities.gazetteer import load_gazetteer

        return load_gazetteer

    def match(self, doc: Doc) -> dict[str, Any]:
        from ..steps.cities import find_cities

        found = find_cities(doc, self.rules, dateline=doc._.dateline)
        return self._values(doc, found["cities"], found["places"], found["dateline_city"])

    def empty(self, doc: Doc) -> dict[str, Any]:
        return self._values(doc, [], [], None)

    def _values(self, doc: Doc, cities: list, places: list, city: dict | None) -> dict[str, Any]:
        dateline = doc._.dateline
        if dateline is not None:
            dateline = {**dateline, "city": city}
        return {"cities": cities, "places": places, "dateline": dateline}


class MoneyStep(_DataStep):
    step, data = "money", "money"

    def loader(self) -> Callable[..., Any]:
        from ..steps.money import load_money_rules

        return load_money_rules

    def match(self, doc: Doc) -> dict[str, Any]:
        from ..steps.money import find_money

        named = [p["country"] for p in (*(doc._.places or ()), *(doc._.cities or ()))]
        country, published = _dateline_country(doc), doc._.published
        return {
            "money": find_money(doc, self.rules, country=country, named=named, published=published)
        }

    def empty(self, doc: Doc) -> dict[str, Any]:
        return {"money": []}


# Where "05/06/2026" is the 5th of June is the rest of the world; these write month first.
_MONTH_FIRST = frozenset({"US", "PH", "FM", "MH", "PW"})


class DatesStep(_DataStep):
    """Dates; `day_first` fixes how 05/06/2026 reads, else the dateline's country decides."""

    step, data = "dates", "dates"

    def __init__(self, name: str, *, day_first: bool | None = None):
        super().__init__(name)
        self.day_first = day_first

    def loader(self) -> Callable[..., Any]:
        from ..steps.dates import load_date_rules

        return load_date_rules

    def match(self, doc: Doc) -> dict[str, Any]:
        from ..steps.dates import find_dates

        day_first = self.day_first
        country = _dateline_country(doc)
        if day_first is None and country:
            day_first = country not in _MONTH_FIRST
        return {"dates": find_dates(doc, self.rules, anchor=doc._.published, day_first=day_first)}

    def empty(self, doc: Doc) -> dict[str, Any]:
        return {"dates": []}


class QuotesStep(_DataStep):
    step, data = "quotes", "quotes"

    def loader(self) -> Callable[..., Any]:
        from ..steps.quotes import load_quote_rules

        return load_quote_rules

    def match(self, doc: Doc) -> dict[str, Any]:
        from ..steps.quotes import find_quotes

        found = find_quotes(doc, self.rules, body_start=(doc._.dateline or {}).get("end", 0))
        return {"quotes": found["quotes"], "speakers": found["speakers"]}

    def empty(self, doc: Doc) -> dict[str, Any]:
        return {"quotes": [], "speakers": []}


_KINDS = ("money", "dates", "cities", "quotes")


class ClaimsStep(_DataStep):
    """Numbers every item by its sentence and makes each asserting sentence a claim.

    Its data is models/claims/ and the check-worthiness model of models/checkworthy/,
    saved with the pipeline as its `checkworthy/` subfolder.
    """

    step, data = "claims", "claims"

    def loader(self) -> Callable[..., Any]:
        from ..steps.claims import load_claim_rules

        return load_claim_rules

    def to_disk(self, path: str | Path, *, exclude=()) -> None:
        super().to_disk(path, exclude=exclude)
        source = (self.folder or models_path(self.data)) / "checkworthy"
        source = source if source.is_dir() else models_path("checkworthy")
        target = Path(path) / "checkworthy"
        if target.resolve() != source.resolve():
            shutil.copytree(source, target, dirs_exist_ok=True)

    def match(self, doc: Doc) -> dict[str, Any]:
        from ..steps.claims import build_claims

        sentences = _sentences(doc)
        starts = [s for s, _ in sentences]
        kinds = {}
        for kind in _KINDS:
            items = [dict(item) for item in getattr(doc._, kind) or []]
            for item in items:
                item["sentence"] = max(bisect_right(starts, item["start"]) - 1, 0)
            kinds[kind] = items
        dateline = doc._.dateline
        span = (dateline["start"], dateline["end"]) if dateline else None
        claims = build_claims(doc, doc_text(doc), sentences, kinds, self.rules, dateline=span)
        return {**kinds, "claims": claims}

    def empty(self, doc: Doc) -> dict[str, Any]:
        """No items either: the output contract gives every item its sentence, set here."""
        return {kind: [] for kind in (*_KINDS, "claims")}


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


# What each factory declares is what its component reads and writes; every step may add
# to `doc._.notes` when it fails. spaCy's `nlp.analyze_pipes()` checks the order.
_NOTES = "doc._.notes"
_PARSE = ["token.pos", "token.tag", "token.dep", "token.head", "token.lemma", "doc.sents"]
_ENTS = ["doc.ents", "token.ent_type", "token.ent_iob"]


@Language.factory("claimx_paragraphs", assigns=["token.is_sent_start", _NOTES])
def make_paragraphs(nlp: Language, name: str) -> ParagraphBreaks:
    return ParagraphBreaks(name)


@Language.factory(
    "claimx_story",
    assigns=["doc._.dateline", "doc._.published", "doc._.published_source", _NOTES],
)
def make_story(nlp: Language, name: str) -> StoryStep:
    return StoryStep(name)


@Language.factory(
    "claimx_cities",
    assigns=["doc._.cities", "doc._.places", "doc._.dateline", _NOTES],
    requires=["doc._.dateline", "token.is_sent_start", *_ENTS],
)
def make_cities(nlp: Language, name: str) -> CitiesStep:
    return CitiesStep(name)


@Language.factory(
    "claimx_money",
    assigns=["doc._.money", _NOTES],
    requires=["doc._.dateline", "doc._.cities", "doc._.places", "token.pos"],
)
def make_money(nlp: Language, name: str) -> MoneyStep:
    return MoneyStep(name)


@Language.factory(
    "claimx_dates",
    assigns=["doc._.dates", _NOTES],
    requires=["doc._.dateline", "doc._.published", *_PARSE, "token.ent_type"],
    default_config={"day_first": None},
)
def make_dates(nlp: Language, name: str, *, day_first: bool | None) -> DatesStep:
    return DatesStep(name, day_first=day_first)


@Language.factory(
    "claimx_quotes",
    assigns=["doc._.quotes", "doc._.speakers", _NOTES],
    requires=["doc._.dateline", *_PARSE, *_ENTS],
)
def make_quotes(nlp: Language, name: str) -> QuotesStep:
    return QuotesStep(name)


@Language.factory(
    "claimx_claims",
    assigns=[*(f"doc._.{kind}" for kind in (*_KINDS, "claims")), _NOTES],
    requires=[*(f"doc._.{kind}" for kind in _KINDS), "doc._.dateline", *_PARSE, *_ENTS],
)
def make_claims(nlp: Language, name: str) -> ClaimsStep:
    return ClaimsStep(name)
