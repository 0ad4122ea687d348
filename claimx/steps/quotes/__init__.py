"""Quotes and reported speech in news, each with the speaker a reader would name.

Direct quotes come from the quote marks themselves (a character scan, cheaper and
surer than the tokenizer's view of them); the speaker comes from the parse around
them: the reporting verb's subject, "according to X", a colon lead-in, a dash
signature, or the speaker of the quote just before.
"""

from __future__ import annotations

import json
import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import lru_cache
from itertools import islice
from typing import TYPE_CHECKING

from ...resources import models_path
from ..doctext import doc_text
from .speakers import (
    DEPTH,
    Resolver,
    SpeakerWords,
    children,
    follows_quote,
    mention_span,
    subject_of,
)

if TYPE_CHECKING:
    from pathlib import Path

    from spacy.tokens import Doc, Token

_DOUBLE = re.compile(r"[\"“”„«»]|\n")
_OPENERS = "“„«"
_CLOSERS = "”»"
_BEFORE_OPEN = "([{—–-/:;"
_AFTER_CLOSE = ".,;:!?)]}—–-…"
# Markup attributes (tweet ids and the like) are quoted too, but are not speech.
_MARKUP = re.compile(r"=\s*\"[^\"\n]*\"")
_NOT_SPEECH = re.compile(r"^(?:[\W\d_]+|@\w+|https?://\S+|www\.\S+)$")
_SENT_END = re.compile(r"[.!?…]+[\"”’')\]]*(?=\s|$)")
_ABBREV = re.compile(r"(?:^|\s)(?:[A-Z][a-z]{0,3}|(?:[A-Za-z]\.)+[A-Za-z]|[a-z])$")
_DASH_SIGNATURE = re.compile(r"[\s.]*[-—–―]+\s*")
_SENTENCE_MAX = 600  # characters looked through for a sentence's start or end
_PAREN_MAX = 8  # words of a parenthesis between a name and its verb: 'Mica (R-Fla.) said'
# Edges along which a report nests in an outer one ('X said he believes ...'); conjuncts
# and adverbial clauses are reports of their own ('When X said "...", the crowd cheered').
_CLAUSAL = frozenset({"ccomp", "xcomp"})
_HEADLINE = re.compile(r"[ \t]*([^\n]+)\n[ \t]*\n")
_HEADLINE_WORDS = 20
_HEADLINE_SHORT = 12
_LEDE_END = re.compile(r"[.!?][\"'’”)]*\s*$")
_SCARE_WORDS = 3  # a short quote nobody is said to have said is a scare quote or a name
_TITLE_WORDS = 8
_TITLE_SMALL = frozenset({"of", "the", "a", "an", "and", "in", "on", "for", "to", "at", "by", "or"})
_WORD = re.compile(r"[\w'’.&-]+")


@dataclass(frozen=True)
class QuoteRules:
    speech: frozenset[str]
    object_verbs: frozenset[str]
    nominal_verbs: frozenset[str]
    nominal_nouns: frozenset[str]
    nominal_preps: frozenset[str]
    according: re.Pattern
    works: frozenset[str]
    cue_hashes: frozenset[int]  # the lemmas of speech and nominal verbs
    words: SpeakerWords


@lru_cache(maxsize=1)
def load_quote_rules(folder: Path | None = None) -> QuoteRules:
    from spacy.strings import hash_string

    folder = folder or models_path("quotes")
    cues = json.loads((folder / "cues.json").read_text(encoding="utf-8"))
    spk = json.loads((folder / "speakers.json").read_text(encoding="utf-8"))
    nominal = cues["nominal"]
    return QuoteRules(
        speech=frozenset(cues["speech"]),
        object_verbs=frozenset(cues["object"]),
        nominal_verbs=frozenset(nominal["verbs"]),
        nominal_nouns=frozenset(nominal["nouns"]),
        nominal_preps=frozenset(nominal["preps"]),
        according=re.compile(
            r"\b(?:" + "|".join(re.escape(p) for p in cues["according"]) + r")\b", re.IGNORECASE
        ),
        works=frozenset(cues["works"]),
        cue_hashes=frozenset(hash_string(w) for w in [*cues["speech"], *nominal["verbs"]]),
        words=SpeakerWords(
            honorifics=frozenset(spk["honorifics"]),
            titles=frozenset(spk["titles"]),
            organization_words=frozenset(spk["organization_words"]),
            pronouns=dict(spk["pronouns"]),
            courtesy=frozenset(spk["courtesy"]),
        ),
    )


@dataclass
class _Marked:
    start: int  # the quoted words, marks excluded
    end: int
    open: int  # the opening mark
    close: int  # just past the closing mark (== end when the paragraph closed it)


def _mark_kind(text: str, i: int) -> str:
    ch = text[i]
    if ch in _OPENERS:
        return "open"
    if ch in _CLOSERS:
        return "close"
    prev = text[i - 1] if i else " "
    nxt = text[i + 1] if i + 1 < len(text) else " "
    opener = prev.isspace() or prev in _BEFORE_OPEN
    closer = nxt.isspace() or nxt in _AFTER_CLOSE
    if opener and not closer:
        return "open"
    if closer and not opener:
        return "close"
    return "either"


def scan_marks(text: str) -> list[_Marked]:
    """Pair double quote marks paragraph by paragraph.

    A paragraph that ends inside a quote continues it when the next paragraph opens
    with a mark (the news convention); otherwise the paragraph end closes it.
    A closing mark with nothing open is ignored; a second opening mark restarts.
    Single marks count only inside double ones: at the top level of American and
    British news they are apostrophes, headline shorthand or scare quotes.
    """
    markup = {m.start() + m.group().index('"') for m in _MARKUP.finditer(text)}
    markup |= {m.end() - 1 for m in _MARKUP.finditer(text)}
    found: list[_Marked] = []
    opened: int | None = None
    skip = -1
    for m in _DOUBLE.finditer(text):
        i = m.start()
        if i in markup or i == skip:
            continue
        if text[i] == "\n":
            if opened is None:
                continue
            j = i
            while j < len(text) and text[j].isspace():
                j += 1
            if j < len(text) and text[j] in '"“„«' and _mark_kind(text, j) != "close":
                skip = j
                continue
            found.append(_Marked(opened + 1, i, opened, i))
            opened = None
            continue
        kind = _mark_kind(text, i)
        if opened is None:
            if kind != "close":
                opened = i
        elif kind == "open" and (text[i] != '"' or text[opened] == '"'):
            opened = i
        else:
            found.append(_Marked(opened + 1, i, opened, i + 1))
            opened = None
    if opened is not None:
        found.append(_Marked(opened + 1, len(text), opened, len(text)))
    quotes = []
    for q in sorted(found, key=lambda q: q.start):
        s, e = q.start, q.end
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s and not _NOT_SPEECH.match(text[s:e]):
            quotes.append(_Marked(s, e, q.open, q.close))
    return quotes


def _sentence_cut(text: str, start: int, end: int) -> int:
    """The first sentence end in text[start:end] that is not an abbreviation, else `end`."""
    end = min(end, start + _SENTENCE_MAX)
    for m in _SENT_END.finditer(text, start, end):
        if m.group()[0] == "." and _ABBREV.search(text, max(start, m.start() - 6), m.start()):
            continue
        return m.end()
    return end


def _last_sentence_start(text: str, start: int, end: int) -> int:
    start = max(start, end - _SENTENCE_MAX)
    cut = start
    for m in _SENT_END.finditer(text, start, end):
        if m.group()[0] == "." and _ABBREV.search(text, max(start, m.start() - 6), m.start()):
            continue
        cut = m.end()
    return cut


class _Story:
    """One document's quotes with the token views the attribution rules need."""

    def __init__(self, doc: Doc, text: str, rules: QuoteRules, body_start: int) -> None:
        self.doc = doc
        self.text = text
        self.rules = rules
        self.body_start = body_start
        self.idx = doc.to_array("IDX").tolist()
        self.ends = (doc.to_array("IDX") + doc.to_array("LENGTH")).tolist()
        lemmas = doc.to_array("LEMMA").tolist()
        self.candidates = [i for i, lemma in enumerate(lemmas) if lemma in rules.cue_hashes]
        self.paras = [m.start() for m in re.finditer(r"\n", self.text)]
        self.marks = scan_marks(self.text)
        self.inside = bytearray(len(doc))
        for q in self.marks:
            a, b = self.tokens(q.open, q.close)
            self.inside[a:b] = b"\x01" * (b - a)
        self.resolver = Resolver(doc, rules.words)

    def tokens(self, start: int, end: int) -> tuple[int, int]:
        """Token index range overlapping the characters [start, end)."""
        if end <= start:
            k = bisect_left(self.idx, start)
            return k, k
        a = max(bisect_right(self.idx, start) - 1, 0)
        if self.ends[a] <= start:
            a += 1
        return a, max(a, bisect_left(self.idx, end))

    def paragraph(self, char: int) -> tuple[int, int]:
        k = bisect_left(self.paras, char)
        start = self.paras[k - 1] + 1 if k else 0
        end = self.paras[k] if k < len(self.paras) else len(self.text)
        return start, end

    def cue_verbs(self, start: int, end: int) -> list[Token]:
        a, b = self.tokens(start, end)
        return [
            t
            for t in self.doc[a:b]
            if not self.inside[t.i]
            and start <= t.idx < end
            and t.lemma_.lower() in self.rules.speech
            and (t.pos_ in ("VERB", "AUX") or self._misread_verb(t))
        ]

    def _misread_verb(self, tok: Token) -> bool:
        """'Conway notes', 'she adds': a cue the tagger took for a plural noun after its subject."""
        return tok.tag_ == "NNS" and tok.i > 0 and self.doc[tok.i - 1].pos_ in ("PROPN", "PRON")


def find_quotes(doc: Doc, rules: QuoteRules, *, body_start: int = 0) -> dict:
    """Direct quotes and reported speech in text order, and the story's speakers.

    `body_start` is where the story proper begins (after a dateline): reported words
    never reach back before it.
    """
    text = doc_text(doc)
    if not text.strip():
        return {"quotes": [], "speakers": []}
    story = _Story(doc, text, rules, body_start)
    items = []
    previous: tuple[_Marked, dict | None, str | None] | None = None
    body = _headline_end(text)
    for n, q in enumerate(story.marks):
        if q.open < body or _names_a_work(story, q):
            continue
        nxt = story.marks[n + 1] if n + 1 < len(story.marks) else None
        speaker, cue = _attribute(story, q, previous, nxt)
        previous = (q, speaker, cue)
        if speaker is None and len(text[q.start : q.end].split()) <= _SCARE_WORDS:
            continue
        items.append(_item(story.text, q.start, q.end, True, cue, speaker))
    items.extend(_reported(story))
    items.sort(key=lambda it: it["start"])
    story.resolver.complete_roles([it["speaker"] for it in items if it["speaker"]])
    return {"quotes": items, "speakers": _speakers(items)}


def _headline_end(text: str) -> int:
    """Where the body starts when the story opens with a headline line.

    A headline's quote marks quote in shorthand, without attribution; the body gives
    the full quote and its speaker.
    """
    m = _HEADLINE.match(text)
    if not m:
        return 0
    words = m.group(1).split()
    capitalized = sum(1 for w in words if w[:1].isupper())
    # A lede is a full, mostly lower-case sentence; a headline is short, or capitalized,
    # or stops without a full stop.
    lede = (
        _LEDE_END.search(m.group(1))
        and capitalized * 2 < len(words)
        and len(words) > _HEADLINE_SHORT
    )
    return m.end() if len(words) <= _HEADLINE_WORDS and not lede else 0


def _names_a_work(story: _Story, q: _Marked) -> bool:
    """'told ABC's "Good Morning America"', 'his memoir "Gifted Hands"': a title, not speech."""
    words = _WORD.findall(story.text[q.start : q.end])
    if not words or len(words) > _TITLE_WORDS or not words[0][0].isupper():
        return False
    if not all(w[0].isupper() or w[0].isdigit() or w.lower() in _TITLE_SMALL for w in words):
        return False
    before = _WORD.findall(story.text[max(0, q.open - 40) : q.open])
    if not before:
        return False
    last = before[-1]
    return last.lower() in story.rules.works or last.endswith(("'s", "’s"))


def _item(text: str, start: int, end: int, direct: bool, cue: str | None, speaker: dict | None):
    return {
        "text": text[start:end],
        "start": start,
        "end": end,
        "direct": direct,
        "cue": cue,
        "speaker": dict(speaker) if speaker else None,
        "speaker_id": None,
    }


def _attribute(story: _Story, q: _Marked, previous, nxt) -> tuple[dict | None, str | None]:
    """The speaker of one direct quote, trying the surest patterns first.

    Everything is looked for in the quote's window: its sentence before the opening
    mark and its sentence after the closing one, never across a paragraph or into
    another quote, so a neighbouring quote's attribution is not taken for this one's.
    """
    text = story.text
    p_start = story.paragraph(q.open)[0]
    p_end = story.paragraph(max(q.open, q.end - 1))[1]  # a quote may run over paragraphs
    prev_close = previous[0].close if previous and previous[0].close > p_start else p_start
    lead_start = _last_sentence_start(text, prev_close, q.open)
    tail_end = _sentence_cut(text, q.close, min(nxt.open if nxt else len(text), p_end))
    window = (lead_start, tail_end)
    quoted = text[q.start : q.end].rstrip("\"'’”)] ")
    # '"...," said X' and '"...?" asked X' attribute after; '"...." X said.' only when bare.
    tail_first = not quoted or quoted[-1] not in ".…" or quoted.endswith("..")

    verb = _governing_cue(story, q, (p_start, tail_end))
    if verb is None:
        tail = story.cue_verbs(q.close, tail_end)
        if tail and (tail_first or _bare(story, tail[0], q.close)):
            verb = tail[0]
    if verb is None:
        lead = story.cue_verbs(lead_start, q.open)
        verb = lead[-1] if lead else None
    if verb is not None:
        # The subject may sit before an earlier quote: 'Cruz said "A," adding that "B"'.
        subj = subject_of(verb, story.inside, (p_start, tail_end)) or _beside(story, verb, window)
        if subj is not None:
            return _speaker(story, subj), verb.text
    source = _according(story, lead_start, q.open) or _according(story, q.close, tail_end)
    if source is not None:
        return _speaker(story, source[1]), source[0]
    signed = _signature(story, q.close, p_end)
    if signed is not None:
        return signed, None
    subj = _governing_subject(story, q, window)
    if subj is not None:
        return _speaker(story, subj), None
    return _from_context(story, q, previous, p_start, lead_start)


def _bare(story: _Story, verb: Token, start: int) -> bool:
    """'"It is over." Smith said.': a cue right after the quote that reports nothing else."""
    a = story.tokens(start, verb.idx)[0]
    words = sum(1 for t in story.doc[a : verb.i] if not t.is_punct and not t.is_space)
    return words <= 4 and not any(
        c.dep_ == "ccomp" and not story.inside[c.i] for c in children(verb)
    )


def _beside(story: _Story, verb: Token, window: tuple[int, int]) -> Token | None:
    """A cue the parse left without subject ('Conway notes'): the name next to it."""
    doc = story.doc
    after = verb.i + 1
    while after < len(doc) and doc[after].pos_ in ("DET", "ADJ"):
        after += 1
    if not follows_quote(verb, story.inside):
        after = -1  # 'called AP's report "a rush"': a name after the verb is no inverted speaker
    before = verb.i - 1
    if before > 0 and doc[before].text == ")":  # 'Rep. John Mica (R-Fla.) said'
        opening = [t.i for t in doc[max(0, before - _PAREN_MAX) : before] if t.text == "("]
        before = opening[-1] - 1 if opening else before
    for i in (before, after):
        if 0 <= i < len(doc) and not story.inside[i] and window[0] <= doc[i].idx < window[1]:
            tok = doc[i]
            if (
                tok.pos_ in ("PROPN", "PRON")
                or tok.ent_type_ in ("PERSON", "ORG")
                or (i == after and tok.pos_ == "NOUN")
            ):
                while tok.dep_ in ("compound", "flat") and tok.head.i == tok.i + 1:
                    tok = tok.head
                return tok
    return None


def _quote_roots(story: _Story, q: _Marked) -> list[Token]:
    """Tokens of the quote whose syntactic head lies outside it."""
    a, b = story.tokens(q.start, q.end)
    return [t for t in story.doc[a:b] if t.head.i != t.i and not a <= t.head.i < b]


def _governing_cue(story: _Story, q: _Marked, window: tuple[int, int]) -> Token | None:
    """The reporting verb the parse hangs the quote on (or that hangs on the quote).

    Any verb whose clausal complement holds the quote counts too: 'Ryan worried that
    the net was becoming "a hammock"'.
    """
    inside, speech = story.inside, story.rules.speech
    lo, hi = window
    a, b = story.tokens(q.start, q.end)
    best = None
    for root in _quote_roots(story, q):
        found = _path_cue(story, root, lo, hi)
        if found is not None and (best is None or _distance(found, a, b) < _distance(best, a, b)):
            best = found
    if best is not None:
        return best
    for tok in story.doc[a:b]:
        for child in children(tok):
            if (
                not inside[child.i]
                and lo <= child.idx < hi
                and child.lemma_.lower() in speech
                and child.dep_ in ("parataxis", "advcl", "conj", "ccomp")
                and subject_of(child, inside, window) is not None
            ):
                return child
    return None


def _path_cue(story: _Story, root: Token, lo: int, hi: int) -> Token | None:
    """The cue on the way up from a quote's root: the outermost reporting verb, else the
    nearest verb taking the quote's clause as its complement.

    The outermost source owns nested reports ('X said he believes Y was "..."'), but a
    relative clause belongs to its noun: in 'said Ornstein, who calls it "deviancy"',
    'calls' is the cue.
    """
    inside, speech = story.inside, story.rules.speech
    below, found, complement = root, None, None
    for anc in islice(root.ancestors, DEPTH):
        if not lo <= anc.idx < hi:
            break
        if not inside[anc.i]:
            if anc.lemma_.lower() in speech:
                found = anc
            elif complement is None and below.dep_ == "ccomp" and anc.pos_ == "VERB":
                complement = anc
        if found is not None and anc.dep_ not in _CLAUSAL:
            break
        below = anc
    return found or complement


def _distance(tok: Token, a: int, b: int) -> int:
    return a - tok.i if tok.i < a else tok.i - b


def _governing_subject(story: _Story, q: _Marked, window: tuple[int, int]) -> Token | None:
    """For a quoted fragment inside a sentence: the subject of the verb that governs it."""
    lo, hi = window
    for root in _quote_roots(story, q):
        for anc in islice(root.ancestors, DEPTH):
            if not lo <= anc.idx < hi:
                break
            if not story.inside[anc.i] and anc.pos_ in ("VERB", "AUX"):
                subj = subject_of(anc, story.inside, window)
                if subj is not None:
                    return subj
        return None
    return None


def _according(story: _Story, start: int, end: int) -> tuple[str, Token] | None:
    """'according to X' and its kin: the cue as written and the source's head word."""
    doc = story.doc
    for m in story.rules.according.finditer(story.text, start, end):
        a, b = story.tokens(m.start(), m.end())
        if b >= len(doc) or story.inside[a]:
            continue
        for tok in children(doc[b - 1]):
            if tok.dep_ == "pobj" and not story.inside[tok.i]:
                return m.group(), tok
        if not story.inside[b] and doc[b].pos_ in ("PROPN", "NOUN", "PRON", "DET"):
            return m.group(), doc[b]
    return None


def _signature(story: _Story, start: int, p_end: int) -> dict | None:
    """A dash attribution after the quote: '"..." — Hillary Clinton' (same or next paragraph)."""
    text = story.text
    end = p_end
    if not text[start:p_end].strip():
        nxt = p_end
        while nxt < len(text) and text[nxt].isspace():
            nxt += 1
        if nxt < len(text):
            end = story.paragraph(nxt)[1]
    m = _DASH_SIGNATURE.match(text, start, end)
    if not m:
        return None
    a, b = story.tokens(m.end(), end)
    for tok in story.doc[a:b]:
        if tok.pos_ == "PROPN" and not story.inside[tok.i]:
            return _speaker(story, tok.head if tok.dep_ == "compound" else tok)
        if not tok.is_punct:
            return None
    return None


def _from_context(story: _Story, q: _Marked, previous, p_start: int, lead_start: int):
    """A quote with no attribution of its own: the speaker just named before it."""
    colon = _colon_lead_in(story, q.open)
    if colon is not None:
        return colon
    if previous is not None and previous[1] is not None:
        same_paragraph = previous[0].close > p_start
        if same_paragraph or not _has_clause(story, previous[0].close, p_start):
            return previous[1], previous[2]
    start = previous[0].close if previous is not None else 0
    if lead_start > p_start:
        # 'Clinton touted her record. "We need ..."': the sentence before introduces the speaker.
        start = max(start, _last_sentence_start(story.text, p_start, lead_start - 1))
        return _introducer(story, start, lead_start) or (None, None)
    if q.open == lead_start == p_start and p_start > start:
        # A paragraph that is only the quote: the last sentence of the paragraph before.
        prev_start = story.paragraph(max(p_start - 2, 0))[0]
        end = p_start
        while end > prev_start and story.text[end - 1].isspace():
            end -= 1
        start = max(start, _last_sentence_start(story.text, prev_start, max(end - 1, prev_start)))
        return _introducer(story, start, end) or (None, None)
    return None, None


def _introducer(story: _Story, start: int, end: int):
    """The speaker a sentence introduces: its reporting verb's subject, or a person as subject."""
    window = (start, end)
    for verb in reversed(story.cue_verbs(start, end)):
        subj = subject_of(verb, story.inside, window)
        if subj is not None:
            return _speaker(story, subj), verb.text
    a, b = story.tokens(start, end)
    for tok in story.doc[a:b]:
        if tok.dep_ == "ROOT" and not story.inside[tok.i]:
            subj = subject_of(tok, story.inside, window)
            if subj is not None and (
                subj.ent_type_ == "PERSON" or subj.lower_ in ("he", "she", "i", "we", "they")
            ):
                return _speaker(story, subj), None
    return None


def _has_clause(story: _Story, start: int, end: int) -> bool:
    """Whether text between two quotes says more than a bare attribution."""
    a, b = story.tokens(start, end)
    return sum(1 for t in story.doc[a:b] if not t.is_punct and not t.is_space) > 12


def _colon_lead_in(story: _Story, open_: int):
    """'Caddell continued:' closing the previous paragraph, or ending the text before the quote."""
    text = story.text
    end = open_
    while end > 0 and text[end - 1].isspace():
        end -= 1
    if not end or text[end - 1] != ":":
        return None
    start = _last_sentence_start(text, story.paragraph(end - 1)[0], end - 1)
    window = (start, end)
    a, b = story.tokens(start, end)
    for tok in reversed(story.doc[a:b]):
        if story.inside[tok.i] or tok.pos_ not in ("VERB", "AUX"):
            continue
        subj = subject_of(tok, story.inside, window)
        if subj is not None:
            cue = tok.text if tok.lemma_.lower() in story.rules.speech else None
            return _speaker(story, subj), cue
    for tok in reversed(story.doc[a:b]):
        if tok.ent_type_ in ("PERSON", "ORG") and not story.inside[tok.i]:
            return _speaker(story, tok), None
    return None


def _speaker(story: _Story, tok: Token) -> dict:
    doc = story.doc
    nxt = tok.i + 1
    if (
        tok.lower_ in story.rules.words.titles
        and nxt < len(doc)
        and doc[nxt].ent_type_ == "PERSON"
        and not story.inside[nxt]
    ):
        # 'managing director Tim Osborne told ...' parsed with the title as the subject.
        tok = doc[nxt]
        while tok.i + 1 < len(doc) and doc[tok.i + 1].ent_iob_ == "I":
            tok = doc[tok.i + 1]
    span = mention_span(tok)
    inside = [i for i in range(span.start, span.end) if story.inside[i]]
    if inside:  # a noun phrase running into a quote stops at its mark
        span = doc[span.start : inside[0]] if inside[0] > tok.i else doc[tok.i : tok.i + 1]
    return story.resolver.resolve(tok, span, story.inside)


def _reported(story: _Story) -> list[dict]:
    """Reported speech: 'X said that ...', 'X warned ...', 'according to X, ...'."""
    out = []
    rules = story.rules
    doc = story.doc
    inside = story.inside
    for i in story.candidates:
        tok = doc[i]
        if inside[i] or tok.pos_ not in ("VERB", "AUX"):
            continue
        lemma = tok.lemma_.lower()
        content = cue = None
        if lemma in rules.speech:
            for child in children(tok):
                if child.dep_ == "ccomp" or (child.dep_ == "dobj" and lemma in rules.object_verbs):
                    content, cue = child, tok.text
                    break
        elif lemma in rules.nominal_verbs:
            content, cue = _nominal(tok, rules)
        if content is None:
            continue
        subj = subject_of(tok, inside, (0, len(story.text)))
        span = _content_span(story, content)
        if subj is None or span is None:
            continue
        out.append(_item(story.text, span[0], span[1], False, cue, _speaker(story, subj)))
    out.extend(_according_reported(story))
    return out


def _nominal(verb: Token, rules: QuoteRules) -> tuple[Token | None, str | None]:
    """'voiced concerns over the plan': the content after the noun's preposition."""
    for noun in children(verb):
        if noun.dep_ != "dobj" or noun.lower_ not in rules.nominal_nouns:
            continue
        for prep in children(noun):
            if prep.dep_ in ("prep", "acl") and prep.lower_ in rules.nominal_preps:
                for obj in children(prep):
                    if obj.dep_ in ("pobj", "pcomp"):
                        return obj, verb.doc[verb.i : noun.i + 1].text
    return None, None


def _content_span(story: _Story, head: Token) -> tuple[int, int] | None:
    """The reported words: the complement's subtree, without 'that' and trailing punctuation."""
    doc = story.doc
    a, b = head.left_edge.i, head.right_edge.i + 1
    while a < b and (doc[a].dep_ == "mark" or doc[a].is_punct or doc[a].idx < story.body_start):
        a += 1
    while b > a and doc[b - 1].is_punct:
        b -= 1
    if b - a < 3 or any(story.inside[a:b]):
        return None
    return doc[a].idx, doc[b - 1].idx + len(doc[b - 1])


def _according_reported(story: _Story) -> list[dict]:
    """'Clinton leads by four points, according to the poll': the clause the source backs."""
    out = []
    doc = story.doc
    for m in story.rules.according.finditer(story.text):
        first = story.tokens(m.start(), m.end())[0]
        found = _according(story, m.start(), m.end())
        if found is None:
            continue
        cue, source = found
        sent = doc[first].sent
        phrase_end = max(source.right_edge.i, source.i) + 1
        if first - sent.start >= sent.end - phrase_end:
            s, e = sent.start, first
        else:
            s, e = phrase_end, sent.end
        while s < e and (doc[s].is_punct or doc[s].is_space or doc[s].idx < story.body_start):
            s += 1
        while e > s and (doc[e - 1].is_punct or doc[e - 1].is_space):
            e -= 1
        if e - s < 3 or any(story.inside[s:e]):
            continue
        last = doc[e - 1]
        speaker = _speaker(story, source)
        out.append(_item(story.text, doc[s].idx, last.idx + len(last), False, cue, speaker))
    return out


def _speakers(items: list[dict]) -> list[dict]:
    """One entry per resolved speaker, in order of first quote; links quotes back to it."""
    speakers: list[dict] = []
    index: dict[tuple[str, str], int] = {}
    for n, item in enumerate(items):
        sp = item["speaker"]
        if sp is None:
            continue
        key = (sp["kind"], sp["name"].lower())
        if key not in index:
            index[key] = len(speakers)
            speakers.append(
                {
                    "name": sp["name"],
                    "title": sp["title"],
                    "organization": sp["organization"],
                    "kind": sp["kind"],
                    "quotes": [],
                }
            )
        entry = speakers[index[key]]
        entry["title"] = entry["title"] or sp["title"]
        entry["organization"] = entry["organization"] or sp["organization"]
        entry["quotes"].append(n)
        item["speaker_id"] = index[key]
    return speakers
