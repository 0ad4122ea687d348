"""Claims: a story's sentences that assert something checkable, typed, scored and sourced.

Every sentence that asserts a checkable fact is a claim, whether or not it holds an amount,
date, city or quote (`sentence.py` decides from the parse); each carries Full Fact's type,
a check-worthiness score (`worthiness.py`) and its claimer (`claimer.py`). The index lists
tie it to the facts it holds; `attribution` stays as before (the speaker of its first quote).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path
from typing import Literal, TypedDict

from spacy.tokens import Doc, Span, Token

from ...resources import models_path, read_json
from ..checkworthiness import Model
from ..checkworthiness import load as load_checkworthiness
from ..dateline import is_published_line
from ..item import Offset, TextSpan
from ..quotes.item import SpeakerKind
from ..quotes.rules import load_quote_rules
from ..quotes.speakers import Resolver
from . import claimer as claimers
from . import named
from .asserts import LARGE, NUMBER_ENTITIES, figure
from .carried import Previous, figures_go_on, lead_in, led_on, reported
from .hearsay import hedged
from .kinds import claim_type
from .sentence import ClaimType, Sentence, is_claim
from .views import is_view
from .worthiness import SCORE, SIGNALS, official_act, score_claims

KINDS = ("money", "dates", "cities", "quotes")
ClaimerKind = Literal["person", "organization", "group", "unnamed", "journalist"]
_OPENING_MARKS = frozenset('"“‘')
_FRACTIONS = frozenset({"half", "third", "thirds", "quarter", "quarters", "fifth", "fifths"})
_WORD = re.compile(r"\w")
_ORDINAL_FIGURES = re.compile(r"\d[\d,]*(st|nd|rd|th)$")
_MEASURE = re.compile(r"\d[\d,.]*[a-z]+$")  # "512kbps", "6km", "40mph"
# verbs of winning and scoring: what they count is a record ("won two awards")
_ACHIEVED = frozenset(
    {"win", "score", "earn", "claim", "clinch", "collect", "scoop", "take", "nominate"}
    | {"shortlist", "land", "bag", "secure", "set"}
)
_RANKS = frozenset({"top", "bottom", "last", "final"})  # "in the top 10", "the last 16"
_PLACED = frozenset({"be", "finish", "come", "end", "place", "rank"})  # "finished seventh"


class Attribution(TypedDict):
    """Who stands behind a claim: the speaker of its first quote that has one."""

    name: str
    kind: SpeakerKind
    title: str | None
    organization: str | None
    quote: Offset  # the index of that quote in `quotes[]`
    direct: bool


class Claimer(TypedDict):
    """Who makes the claim; kind "journalist" (no name, no mention) when the story does."""

    name: str | None  # resolved: "Judith Blake" where the mention is "she"
    text: str | None  # the mention
    start: Offset | None
    end: Offset | None
    kind: ClaimerKind
    title: str | None
    organization: str | None
    quote: Offset | None  # the quote it comes from, an index in `quotes[]`
    direct: bool | None


class Claim(TextSpan):
    """A sentence asserting something checkable, and the indexes of the facts it holds."""

    sentence: Offset
    money: list[Offset]
    dates: list[Offset]
    cities: list[Offset]
    quotes: list[Offset]
    attribution: Attribution | None
    type: ClaimType
    checkworthiness: float  # 0 to 1
    checkworthy: bool  # checkworthiness at or above the threshold in combination.json
    claimer: Claimer


@dataclass(frozen=True)
class ClaimRules:
    words: dict[str, frozenset[str]]
    combination: dict
    model: Model


@lru_cache(maxsize=2)
def load_claim_rules(folder: Path | None = None) -> ClaimRules:
    """models/claims/ (or `folder`), with the check-worthiness model from its checkworthy/."""
    folder = folder or models_path("claims")
    raw = read_json(folder, "words.json")
    words = {k: frozenset(v) for k, v in raw.items() if not k.startswith("_")}
    words["subjective"] = _lexicon(folder / "subjective.txt") - words["factual_states"]
    official = read_json(folder, "official.json")
    words |= {f"official_{k}": frozenset(v) for k, v in official.items() if not k.startswith("_")}
    combination = read_json(folder, "combination.json")
    if combination["signals"] != list(SIGNALS):
        raise ValueError(f"{folder}: combination.json does not match this version of claimx")
    inner = folder / "checkworthy"
    return ClaimRules(words, combination, load_checkworthiness(inner if inner.is_dir() else None))


def _lexicon(path: Path) -> frozenset[str]:
    """A word list, one a line, "#" comments (models/claims/subjective.txt); none if absent."""
    if not path.is_file():
        return frozenset()
    with open(path, encoding="utf-8") as f:
        return frozenset(w for w in (line.strip() for line in f) if w and not w.startswith("#"))


def build_claims(
    doc: Doc,
    text: str,
    sentences: list[tuple[int, int]],
    items: dict[str, list[dict]],
    rules: ClaimRules,
    *,
    dateline: tuple[int, int] | None = None,
) -> list[dict]:
    """One claim per asserting sentence; the `dateline`'s offsets: a dateline alone is none."""
    by_sentence: dict[int, dict[str, list[int]]] = {
        i: {k: [] for k in KINDS} for i in range(len(sentences))
    }
    for kind in KINDS:
        for index, item in enumerate(items.get(kind, [])):
            for sentence in _sentences_touched(sentences, item, kind):
                by_sentence[sentence][kind].append(index)
    claims, earlier, acts, previous = [], [], [], Previous(0, None)
    headed = False  # whether claims[0] is the headline's
    resolver = _resolver(doc, items["quotes"])
    for number, (start, end) in enumerate(sentences):
        if not _WORD.search(_outside(text, start, end, dateline)):
            continue
        if is_published_line(text[start:end]):
            continue
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None or not len(span):
            continue
        span = Sentence(span)
        refs = by_sentence[number]
        quotes = [items["quotes"][i] for i in refs["quotes"]]
        has_number = _has_number(span, refs, items["dates"])
        who = _claimer(span, items["quotes"], refs["quotes"], rules.words, earlier, text)
        who = named.authored(claimers.resolved(who, doc, resolver), doc, rules.words)
        carried = who["kind"] == "journalist" and (
            figures_go_on(span, previous, has_number, rules.words) or led_on(span, previous)
        )
        who = carried or who
        opened = lead_in(who, text[start:end], end, text) or previous.lead_in
        previous = Previous(end, carried or reported(who, rules.words), opened)
        if who["kind"] != "journalist":
            earlier.append(who)
        undated = dateline is None or dateline[1] <= start or end <= dateline[0]
        headline = number == 0 and _headline(text[start:end], undated)
        amount = bool(refs["money"]) or any(t.ent_type_ == "PERCENT" for t in span)
        # a score ("beat Fiji 26-21") is a value (CLAIMS_GUIDELINES.md: results are quantity)
        counted = (
            (has_number and _counts(span))
            or _milestone(span)
            or _placing(span)
            or bool(SCORE.search(span.text))
        )
        valued = amount or counted or (has_number and _figures(span))
        if not is_claim(span, rules.words, has_number=has_number, valued=valued, headline=headline):
            continue
        kind = claim_type(span, rules.words, amount=amount, number=counted, headline=headline)
        if kind == "other" and is_view(span, rules.words, quoted=_quoted(span, quotes)):
            continue
        claims.append(
            {
                "text": text[start:end],
                "start": start,
                "end": end,
                "sentence": number,
                **refs,
                "attribution": _attribution(quotes, refs["quotes"]),
                "type": kind,
                "checkworthiness": 0.0,  # set below, by one model call for the story
                "checkworthy": False,
                "claimer": who,
            }
        )
        acts.append(official_act(span, rules.words))
        headed = headed or headline
    if headed and len(claims) > 1 and claims[1]["sentence"] == 1:
        _as_its_lead(claims[0], claims[1])
    score_claims(claims, rules.model, rules.combination, rules.words, acts)
    return claims


def _as_its_lead(headline: dict, lead: dict) -> None:
    """A headline sums up the story's first sentence, so whoever the lead gives as the source
    makes the headline's claim too ("Junk e-mail on the rise" over "Spam grew 40%, a security
    firm says"), unless the headline names a source of its own; the lead may name it in full
    ("Howard denies split" over "Michael Howard has denied ...")."""
    own, given = headline["claimer"], lead["claimer"]
    if given["kind"] != "journalist" and (
        own["kind"] == "journalist" or (own["name"] or "") in (given["name"] or "")
    ):
        headline["claimer"] = given


def _resolver(doc: Doc, quotes: list[dict]) -> Callable[[], Resolver]:
    """The quotes step's speaker resolver for this story, built on first call (most stories
    have no pronoun source outside a quote), with the tokens inside its direct quotes."""

    @cache
    def get() -> Resolver:
        inside = bytearray(len(doc))
        for quote in quotes:
            span = doc.char_span(quote["start"], quote["end"], alignment_mode="expand")
            if quote["direct"] and span is not None:
                inside[span.start : span.end] = b"\x01" * len(span)
        rules = load_quote_rules()
        return Resolver(doc, rules.words, inside, rules.relaying)

    return get


def _counts(tokens: Span) -> bool:
    """A count in figures or in large round words ("7,600 workers", "hundreds of thousands"),
    a share ("two thirds of spending") or a measure ("512kbps"); "the three bloggers" only
    names who, "the men's 12km race" which race, "a 1,000-strong crowd" describes, "the 11
    September attacks" dates: no value. Anywhere in the sentence: scores and team sheets
    parse as asides."""
    return any(
        t.ent_type_ in ("CARDINAL", "QUANTITY")
        and (
            (t.pos_ == "NUM" and (any(c.isdigit() for c in t.text) or t.lower_ in LARGE))
            or _MEASURE.match(t.lower_)
            or (t.lower_ in _FRACTIONS and _a_share(t))
            or _counted_in_words(t)
        )
        and not _describes(t)
        and not _names_event(t)
        for t in tokens
    )


def _figures(tokens: Span) -> bool:
    """A number in figures, a large one in words or a multiple ("9:05.73", "hundreds of
    thousands", "three times as many"): a value stated, where a small number in words ("in
    just one decade", "a top-five player") may only date or place."""
    return any(figure(t) for t in tokens)


def _counted_in_words(number: Token) -> bool:
    """ "made four changes", "approved seven new members", "nominated for three Oscars",
    "three people were injured": a number in words counting the object of a verb, those a
    passive asserts it was done to (`_unasserted_passive`), or what someone won, scored or
    was nominated for, is a count asserted; "the three bloggers" names who, "tells the story
    of two men" counts nothing, "three agencies downgraded it" says who did it, and so does
    "prompted three agencies to downgrade it" (an object that goes on to act), "the first
    leader to win two terms" is a first (CLAIMS_GUIDELINES: other)."""
    noun = number.head
    verb = noun.head.head if noun.dep_ == "pobj" else noun.head
    return (
        number.pos_ == "NUM"
        and number.dep_ == "nummod"
        and number.lower_ != "one"
        and noun.dep_ in ("dobj", "pobj", "nsubjpass")
        and verb.pos_ == "VERB"
        and (verb.lemma_.lower() in _ACHIEVED or noun.dep_ in ("dobj", "nsubjpass"))
        and verb.dep_ not in ("relcl", "acl")  # "the first leader to win two terms": a first
        and not (noun.dep_ == "nsubjpass" and _unasserted_passive(verb))
        and not any(
            (c.dep_ == "aux" and c.lower_ == "to") or c.dep_ == "xcomp" for c in verb.children
        )
        and not any(c.dep_ in ("det", "poss") for c in noun.children)
    )


def _unasserted_passive(verb: Token) -> bool:
    """ "revoke a licence after three violations have been committed", "should have been
    given legal aid": a passive that times another event or is only supposed asserts no
    count of those it was done to."""
    return verb.dep_ == "advcl" or any(c.tag_ == "MD" for c in verb.children)


def _names_event(measure: Token) -> bool:
    """ "the women's 8km race", "the men's 12km": a measure that names which event, not a
    value ("a 6km tailback", "ran 10km"); counts ("the 2,000 adults") stay values."""
    if measure.ent_type_ != "QUANTITY":
        return False
    noun = measure
    while noun.dep_ in ("compound", "amod", "nummod") and noun.head.i != noun.i:
        noun = noun.head
    return noun.pos_ in ("NOUN", "PROPN") and any(
        c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ == "the") for c in noun.children
    )


def _headline(sentence: str, undated: bool) -> bool:
    """A story's first sentence is a headline when it has no closing stop and no dateline."""
    return undated and sentence.rstrip()[-1:] not in ".!?-:;\"'”’"


def _milestone(tokens: Span) -> bool:
    """A count reached by someone, an ordinal in figures under a possessive ("his 50th cap",
    "the firm's 100th store"); "the 19th minute", "the 2nd round" only place an event."""
    return any(
        _ORDINAL_FIGURES.match(t.lower_)
        and any(c.dep_ == "poss" for c in t.head.children)
        and t.head.lemma_.lower() not in ("birthday", "anniversary")  # a date
        for t in tokens
    )


def _placing(tokens: Span) -> bool:
    """A finishing place, a ranking (CLAIMS_GUIDELINES: quantity): "was third in London",
    "finished seventh", "came second"; but "was first to cross the line" is a first. And a
    chart position: "went straight in at number three", "climbed to number 2", "reached
    number four" (not "Number 10 said", a name)."""
    return any(
        (
            t.ent_type_ == "ORDINAL"
            and t.dep_ in ("acomp", "advmod", "attr", "oprd")
            and t.head.lemma_.lower() in _PLACED
            and t.i > t.head.i  # "First, when I was 16, ...": the order of a list
            and not any(c.dep_ in ("det", "xcomp") for c in (*t.children, *t.head.children))
        )
        or (
            t.text == "number"
            and (
                (t.dep_ == "pobj" and t.head.lower_ in ("at", "to", "from"))
                or (t.dep_ == "dobj" and t.head.lemma_ in ("reach", "hit", "climb"))
            )
            and any(c.dep_ == "nummod" for c in t.children)
        )
        for t in tokens
    )


def _describes(token: Token) -> bool:
    """ "1,000-strong", "a 12-storey block" (a number joined to a word), "11 September";
    "the 12 affected by the ruling", "the two met": a number standing for people named
    before, with "the", says who, as "the 19-year-old" does."""
    if token.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj") and any(
        c.dep_ == "det" and c.lower_ == "the" for c in token.children
    ):
        return True
    if _identifies(token):
        return True
    if token.i + 1 >= len(token.doc):
        return False
    after = token.nbor(1)
    if after.ent_type_ == "DATE" and token.ent_type_ != "DATE":
        return True
    return (
        after.tag_ == "HYPH"
        and token.i + 2 < len(token.doc)
        and token.nbor(2).pos_ not in ("NUM", "SYM")
    )


def _identifies(number: Token) -> bool:
    """A number after the noun it goes with names which one ("Channel 4", "the number 9
    shirt", "Apollo 13", the film "Ocean's 12"): a count comes before its noun; but "the top
    10" ranks, and so does "reached number eight" (a number that modifies nothing). So does
    one inside a name: after a name on the same noun ("the Apollo 11 crew", "a Formula 1
    team"), or a plain whole number before a singular name, which nothing counts ("the rapper
    50 Cent", "from 2300 GMT"; "two Britons", "1.4m", "47,111" count)."""
    noun = number.head
    if (
        number.dep_ == "nummod"
        and noun.tag_ == "NNP"
        and noun.text[0].isupper()
        and number.text.isdigit()
    ):
        return True
    before = number.doc[number.i - 1] if number.i else None
    if (
        number.dep_ == "nummod"
        and before is not None
        and before.tag_ == "NNP"
        and before.head.i == noun.i
        and before.dep_ in ("compound", "nmod")
    ):
        return True
    return (
        noun.i < number.i
        and noun.pos_ in ("NOUN", "PROPN")
        and noun.lower_ not in _RANKS
        and (noun.lower_ not in ("number", "no") or noun.dep_ in ("compound", "nmod", "amod"))
        and (
            number.dep_ == "nummod"
            or (number.dep_ == "appos" and number.nbor(-1).tag_ in ("NNP", "NNPS", "POS"))
        )
    )


def _a_share(token) -> bool:
    """ "half of those asked", "two thirds": a share, not "half-time" or "half an hour"."""
    after = token.nbor(1).lower_ if token.i + 1 < len(token.doc) else ""
    before = token.nbor(-1) if token.i > 0 else None
    return after == "of" or (before is not None and before.pos_ == "NUM")


def _outside(text: str, start: int, end: int, span: tuple[int, int] | None) -> str:
    if span is None or span[1] <= start or end <= span[0]:
        return text[start:end]
    return text[start : max(start, span[0])] + text[min(end, span[1]) : end]


def _has_number(span: Span, refs: dict, dates: list[dict]) -> bool:
    """Whether the sentence holds an amount or a number that is no date."""
    dated = [(dates[i]["start"], dates[i]["end"]) for i in refs["dates"]]
    return bool(refs["money"]) or any(
        t.ent_type_ in NUMBER_ENTITIES and not any(a <= t.idx < b for a, b in dated) for t in span
    )


def _claimer(
    span, story_quotes: list[dict], indexes: list[int], words: dict, earlier: list[dict], text: str
):
    """A poll's share of people ("61% said"), else the speaker of the quote that covers most
    of the sentence, else a source in it, else, for a quote nobody is said to speak or a
    figure following a poll's findings, the last claimer named; a sentence hedged
    "reportedly" or "is thought to", unnamed others; else the journalist."""
    covering = sorted(
        ((story_quotes[i], i) for i in indexes),
        key=lambda pair: (
            -min(pair[0]["end"], span.end_char) + max(pair[0]["start"], span.start_char)
        ),
    )
    found = claimers.poll_answer(span, words, earlier)
    speakers = (claimers.from_quote(story_quotes, i, span, text, words) for _, i in covering)
    found = found or next(filter(None, speakers), None)
    if found is not None and claimers.heading(found, span.doc):
        found = claimers.from_parse(span, words, earlier) or found
    if found is None:
        found = claimers.from_parse(span, words, earlier)
        if found is None and earlier and span.text[:1] in _OPENING_MARKS:
            found = dict(earlier[-1])  # an unattributed quote goes on with the last speaker
    found = claimers.from_survey(span, words, earlier, found) or found
    found = claimers.named_document(found, words, earlier, text)
    return (
        found
        or claimers.findings_go_on(span, words, earlier)
        or hedged(span)
        or claimers.journalist()
    )


def _quoted(span: Span, quotes: list[dict]) -> bool:
    """Whether a direct quote with a speaker holds most of the sentence: someone's own words,
    as a story reports them (a text that is all one quote, a transcript, has no speaker)."""
    size = span.end_char - span.start_char
    return any(
        q["direct"]
        and q.get("speaker")
        and min(q["end"], span.end_char) - max(q["start"], span.start_char) >= size / 2
        for q in quotes
    )


def _sentences_touched(sentences: list[tuple[int, int]], item: dict, kind: str) -> list[int]:
    if kind != "quotes":
        return [item["sentence"]]
    return [
        i for i, (start, end) in enumerate(sentences) if start < item["end"] and item["start"] < end
    ] or [item["sentence"]]


def _attribution(quotes: list[dict], indexes: list[int]) -> dict | None:
    for index, quote in zip(indexes, quotes):
        speaker = quote.get("speaker")
        if speaker:
            return {
                "name": speaker.get("name") or speaker.get("text"),
                "kind": speaker.get("kind"),
                "title": speaker.get("title"),
                "organization": speaker.get("organization"),
                "quote": index,
                "direct": quote.get("direct"),
            }
    return None
