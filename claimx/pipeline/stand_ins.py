"""Faster stand-ins for the base pipeline's attribute ruler and lemmatizer, same output.

On en_core_web_sm the two take over a quarter of the pipeline's time: the attribute ruler is a
Matcher that tries each of its 179 patterns at every token, the lemmatizer a Python loop
that works out every token's lemma anew. Nearly all the ruler's patterns test one token's
tag, lower-case form or dependency label, and a lemma depends only on the token's form,
part of speech and morphology, so these stand-ins look patterns up by those values and
reuse each lemma once found. They write what the originals write (tests/test_pipeline.py
compares them), reuse the originals' own tables, and leave anything else to them: patterns
of other shapes still go through a Matcher.

They hold nothing of their own: each builds its index from the original as it is when a
Doc comes, and again whenever the original's data changed (`spacy.load` fills the original
only after both are made), so they have nothing to save or load.
"""

from __future__ import annotations

import copy
import operator
import re
from typing import TYPE_CHECKING

from spacy.attrs import DEP, IS_SPACE, LEMMA, LOWER, MORPH, ORTH, POS, TAG
from spacy.language import Language
from spacy.lookups import Lookups
from spacy.matcher import Matcher
from spacy.parts_of_speech import IDS as UNIVERSAL_POS
from spacy.pipeline import AttributeRuler, Lemmatizer
from spacy.strings import get_string_id

if TYPE_CHECKING:
    from spacy.tokens import Doc

# The token attributes a pattern may test to be looked up rather than matched, in the
# order `doc.to_array` reads them; a pattern is filed under the first of the first three
# that it pins down (the word before the tag: "not" as RB is one word's pattern, not RB's).
_COLUMNS = ("LOWER", "ORTH", "TAG", "DEP", "IS_SPACE")
_ATTRS = [LOWER, ORTH, TAG, DEP, IS_SPACE]
_INDEXED = 3
# Cases kept at most: each cache is emptied when full, so a long run's rare words do not
# pile up. The BBC corpus's 2,225 stories meet 94,070 distinct (form, tag, dependency) and
# 41,903 (form, POS, morphology); at ~350 bytes a case, 20,000 of each cost 14 MB.
_CACHED = 5_000

# A test is (column, wanted, values): the token's value in that column is (wanted=True) or
# is not (wanted=False) one of the string hashes in `values`, or, when `values` is a regex,
# the value's string matches it. A pattern compiles to one tuple of tests per token.
Test = tuple[int, bool, "frozenset[int] | re.Pattern"]
Tokens = tuple[tuple[Test, ...], ...]


class FastAttributeRuler:
    """The matches of an `AttributeRuler`, found by lookup, applied by the ruler itself."""

    def __init__(self, name: str, ruler: AttributeRuler):
        self.name = name
        self.ruler = ruler
        self.strings = ruler.vocab.strings
        self.indexed: tuple[Matcher, int] | None = None  # the ruler's matcher and patterns

    def refresh(self) -> None:
        """Index the ruler's patterns, unless they are the ones indexed already."""
        ruler = self.ruler
        indexed = (ruler.matcher, len(ruler.attrs))  # a Matcher equals only itself
        if indexed == self.indexed:
            return
        self.indexed = indexed
        self.match_ids = [get_string_id(str(i)) for i in range(len(ruler.attrs))]
        # Patterns by the value their first token pins down, in each indexed column.
        self.index: list[dict[int, list[tuple[int, Tokens]]]] = [{} for _ in range(_INDEXED)]
        self.always: list[tuple[int, Tokens]] = []
        # Per token (form, tag, dependency): the one-token patterns it matches, and the
        # longer patterns whose first token it matches.
        self.seen: dict[tuple[int, int, int], tuple[tuple[int, ...], tuple]] = {}
        self.residual = Matcher(ruler.vocab, validate=False)
        for attr_id in range(len(ruler.attrs)):
            patterns = ruler.matcher.get(str(attr_id))[1]
            compiled = [_compile(p) for p in patterns]
            if any(tokens is None for tokens in compiled):
                self.residual.add(str(attr_id), patterns)
                continue
            for tokens in compiled:
                self._file(attr_id, tokens)

    def _file(self, attr_id: int, tokens: Tokens) -> None:
        for col in range(_INDEXED):
            for c, wanted, values in tokens[0]:
                if c == col and wanted and isinstance(values, frozenset):
                    for value in values:
                        self.index[col].setdefault(value, []).append((attr_id, tokens))
                    return
        self.always.append((attr_id, tokens))

    def _first(self, row: list[int]) -> tuple[tuple[int, ...], tuple]:
        candidates = [
            entry for col in range(_INDEXED) for entry in self.index[col].get(row[col], ())
        ]
        singles, longer = set(), []
        for attr_id, tokens in candidates + self.always:
            if self._passes(row, tokens[0]):
                if len(tokens) == 1:
                    singles.add(attr_id)
                else:
                    longer.append((attr_id, tokens[1:]))
        return tuple(singles), tuple(longer)

    def _passes(self, row: list[int], tests: tuple[Test, ...]) -> bool:
        for col, wanted, values in tests:
            if isinstance(values, frozenset):
                if (row[col] in values) != wanted:
                    return False
            elif not values.search(self.strings[row[col]]):
                return False
        return True

    def __call__(self, doc: Doc) -> Doc:
        self.ruler.set_annotations(doc, self.match(doc))
        return doc

    def match(self, doc: Doc) -> list[tuple[int, int, int, int]]:
        """What `AttributeRuler.match` returns: (attr_id, match_id, start, end), sorted."""
        self.refresh()
        found = set()
        match_ids, seen = self.match_ids, self.seen
        rows = doc.to_array(_ATTRS).tolist()
        for i, row in enumerate(rows):
            key = (row[1], row[2], row[3])  # the form fixes its lower case and IS_SPACE
            first = seen.get(key)
            if first is None:
                if len(seen) >= _CACHED:
                    seen.clear()
                first = seen[key] = self._first(row)
            singles, longer = first
            for attr_id in singles:
                found.add((attr_id, match_ids[attr_id], i, i + 1))
            for attr_id, rest in longer:
                end = i + 1 + len(rest)
                if end <= len(rows) and all(
                    self._passes(rows[i + 1 + k], tests) for k, tests in enumerate(rest)
                ):
                    found.add((attr_id, match_ids[attr_id], i, end))
        if len(self.residual):
            for match_id, start, end in self.residual(doc, allow_missing=True, as_spans=False):
                found.add((int(self.strings[match_id]), match_id, start, end))
        return sorted(found)


def _compile(pattern: list[dict]) -> Tokens | None:
    """Plain tests on the lookup columns, one tuple a token, else None (left to a Matcher)."""
    tokens = []
    for spec in pattern:
        tests = [_compile_test(key, value) for key, value in spec.items()]
        if not tests or None in tests:
            return None
        tokens.append(tuple(tests))
    return tuple(tokens) or None


def _compile_test(key: str, value) -> Test | None:
    if key.upper() not in _COLUMNS:
        return None
    col = _COLUMNS.index(key.upper())
    is_flag = key.upper() == "IS_SPACE"
    if isinstance(value, bool):
        return (col, True, frozenset({int(value)})) if is_flag else None
    if is_flag:
        return None
    if isinstance(value, str):
        return col, True, frozenset({get_string_id(value)})
    if not isinstance(value, dict) or len(value) != 1:
        return None
    op, arg = next(iter(value.items()))
    if op == "REGEX" and isinstance(arg, str):
        return col, True, re.compile(arg)
    if op in ("IN", "NOT_IN") and isinstance(arg, list) and all(isinstance(v, str) for v in arg):
        return col, op == "IN", frozenset(get_string_id(v) for v in arg)
    return None


class FastLemmatizer:
    """A `Lemmatizer` in rule or lookup mode, each (form, POS, morphology) lemmatized once."""

    def __init__(self, name: str, lemmatizer: Lemmatizer):
        self.name = name
        self.base = lemmatizer
        self.tables: list | None = None  # the base's tables the copy was made from

    def refresh(self) -> None:
        """Copy the lemmatizer with sets for lists, unless its tables are the ones copied."""
        lookups = self.base.lookups
        tables = [lookups.get_table(name) for name in lookups.tables]
        old = self.tables
        if old is not None and len(old) == len(tables) and all(map(operator.is_, old, tables)):
            return
        self.tables = tables
        self.lemmatizer = _with_word_sets(self.base)
        self.lemmatize = getattr(self.lemmatizer, f"{self.base.mode}_lemmatize")
        self.cache: dict[tuple[int, int, int], str] = {}

    def __call__(self, doc: Doc) -> Doc:
        self.set_annotations(doc, self.match(doc))
        return doc

    def match(self, doc: Doc) -> list[tuple[int, str]]:
        """(token index, lemma) for each token the lemmatizer would set."""
        self.refresh()
        overwrite, cache = self.lemmatizer.overwrite, self.cache
        found = []
        for i, (orth, pos, morph, lemma) in enumerate(
            doc.to_array([ORTH, POS, MORPH, LEMMA]).tolist()
        ):
            if lemma and not overwrite:
                continue
            key = (orth, pos, morph)
            value = cache.get(key)
            if value is None:
                if len(cache) >= _CACHED:
                    cache.clear()
                    self.lemmatizer.cache.clear()
                value = cache[key] = self.lemmatize(doc[i])[0]
            found.append((i, value))
        return found

    def set_annotations(self, doc: Doc, lemmas: list[tuple[int, str]]) -> None:
        if not lemmas:
            return
        column = doc.to_array(LEMMA)
        add = doc.vocab.strings.add
        for i, lemma in lemmas:
            column[i] = add(lemma)
        doc.from_array(LEMMA, column)


def _with_word_sets(lemmatizer: Lemmatizer) -> Lemmatizer:
    """A copy of the lemmatizer whose word lists are sets, with a cache of its own.

    spaCy's rules test each candidate form against a list of ~90,000 nouns (0.2 ms for
    each new word); a set gives the same answer at once. The original is left as it was.
    """
    fast = copy.copy(lemmatizer)
    fast.lookups = Lookups()
    for name in lemmatizer.lookups.tables:
        table = lemmatizer.lookups.get_table(name)
        if name == "lemma_index":  # a dict by POS name: a new Table would cost 18 MB
            names = (pos.lower() for pos in UNIVERSAL_POS)
            table = {pos: frozenset(table[pos]) for pos in names if pos in table}
        fast.lookups.set_table(name, table)
    fast.cache = {}
    return fast


# A stand-in declares what its original declares: spaCy's attribute ruler writes whatever
# its patterns say, so declares nothing; its lemmatizer writes lemmas.
@Language.factory("claimx_attribute_ruler", default_config={"base": "attribute_ruler"})
def make_attribute_ruler(nlp: Language, name: str, *, base: str) -> FastAttributeRuler:
    return FastAttributeRuler(name, nlp.get_pipe(base))


@Language.factory(
    "claimx_lemmatizer", assigns=["token.lemma"], default_config={"base": "lemmatizer"}
)
def make_lemmatizer(nlp: Language, name: str, *, base: str) -> FastLemmatizer:
    return FastLemmatizer(name, nlp.get_pipe(base))


def speed_up(nlp: Language) -> None:
    """Stand in for the base pipeline's attribute ruler and lemmatizer where they are
    spaCy's own; the originals stay in the pipeline, disabled, holding their tables."""
    for name, proc in list(nlp.pipeline):
        if isinstance(proc, AttributeRuler):
            factory = "claimx_attribute_ruler"
        elif isinstance(proc, Lemmatizer) and proc.mode in ("rule", "lookup"):
            factory = "claimx_lemmatizer"
        else:
            continue
        nlp.add_pipe(factory, name=f"claimx_{name}", after=name, config={"base": name})
        nlp.disable_pipe(name)
