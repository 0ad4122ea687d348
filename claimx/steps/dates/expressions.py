"""Finding date expressions: each pattern run in windows around its cues, longest match
first, and vetoed where the surrounding text says it is no date.

spaCy is consulted only per match: names veto bare month names ("Theresa May"), a noun
after a holiday makes it a modifier ("Christmas sales").
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..entities import entity_at
from .anchoring import ANAPHORIC, DAY_EVENT_AFTER, tense_of
from .clock import ZONE
from .rules import FULL_MONTHS

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from .anchoring import Context
    from .rules import DateRules


# Words before a bare season or an old year that make it a time ("in spring", "in 1848").
# "sold in the fall.", "During the fall, ...": the season, where nothing follows the word.
_IN_THE_FALL = re.compile(r"\b(?:in|during)\s+$", re.IGNORECASE)
_CLAUSE_END = re.compile(r"\s*(?:[,.;:!?)]|$)")
# "the Winter Olympics", "Summer Games", "the Autumn Statement": an event's or a document's name
_NAME_AFTER = re.compile(r"[ \t]+[A-Z]")
_TIME_PREPOSITION = re.compile(
    r"(?:\b(?:in|during|since|until|till|by|through|over|from|to|between|and|of|the|this|"
    r"late|early|circa|before|after|around|year)\s+|mid-)$",
    re.IGNORECASE,
)
# Words before a bare month that make it one even when a name follows ("since June Labour has").
_MONTH_TIME_WORD = re.compile(
    r"(?:\b(?:in|during|since|until|till|by|through|from|before|after|early|late|last|next|"
    r"this|that|of|on)\s+|mid-)$",
    re.IGNORECASE,
)
_DAY_VERB_BEFORE = re.compile(
    r"\b(?:for|end|ends|ended|ending|finish|finished|close|closed|start|started|began|begin)\s+$",
    re.IGNORECASE,
)
# What may stand before a sentence's first word: "Today" after these opens a sentence or quote.
_SENTENCE_OPENERS = set(".!?:;\"“”‘’'`()[]-–—_\n")
# "later in the day": the day of the story or of the date last mentioned; "at the end of the
# day" is a figure of speech.
_IN_THE_DAY = re.compile(r"(?:earlier|later|early|late)$", re.IGNORECASE)
_DECADE_BEFORE = re.compile(r"\d0['’]?s\s*(?:and|or|to|-|–)\s*$", re.IGNORECASE)
_EVERY_BEFORE = re.compile(r"\b(?:each|every)\s+$", re.IGNORECASE)
_IN_A_ROW = re.compile(r"straight|consecutive|successive|in\s+a\s+row", re.IGNORECASE)
_NOW_IS_BEFORE = re.compile(r"\b(?:it|today|this)\s*(?:is|['’]s)\s+$", re.IGNORECASE)
_PERIOD_BEFORE = re.compile(r"\b(?:for|of|during|throughout)\s+$", re.IGNORECASE)
# "Personality of the Year": a capitalized name word and "of" before a capitalized unit.
_TITLE_OF = re.compile(r"\b[A-Z][\w'’-]*\s+of\s+$")
# "France's player of the year": a lower-case noun and "of" before "the year".
_NOUN_OF = re.compile(r"\b([a-z]+)\s+of\s+$")
# "from 2010 GMT": four digits before a time zone are a 24-hour clock time (20:10), no year.
_ZONE_AFTER = re.compile(rf"\s*{ZONE}\b")


def candidates(text: str, rules: DateRules, ctx: Context):
    hits = _cue_hits(text, rules)
    windows: dict[tuple[str, ...], list[tuple[int, int]]] = {}
    for order, (rule, cues, pattern) in enumerate(rules.patterns):
        if cues not in windows:
            windows[cues] = _windows(text, sorted(h for c in cues for h in hits.get(c, ())))
        for lo, hi in windows[cues]:
            for m in pattern.finditer(text, lo, hi):
                if m.end() > m.start() and _plausible(rule, m, ctx):
                    yield m.start(), m.end(), order, rule, m


def _cue_hits(text: str, rules: DateRules) -> dict[str, list[tuple[int, int]]]:
    hits: dict[str, list[tuple[int, int]]] = {}
    for name, pattern in rules.cue_patterns.items():
        hits[name] = [m.span() for m in pattern.finditer(text)]
    lowered = text.lower()
    if len(lowered) != len(text):  # a few letters lower-case to two characters
        lowered = "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
    for name, words in rules.cue_words.items():
        found = hits[name] = []
        for word in words:
            at = lowered.find(word)
            while at >= 0:
                end = at + len(word)
                if lowered[end : end + 1] == "s":  # "days", "1990s"
                    end += 1
                # whole words only: "mar" is no cue in "market"
                if not (lowered[at - 1 : at].isalpha() or lowered[end : end + 1].isalpha()):
                    found.append((at, end))
                at = lowered.find(word, end)
    return hits


def _windows(text: str, hits: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Merged stretches of text around the cue hits, wide enough for the longest expression
    around its cue word, widened to whitespace so no word is cut."""
    merged: list[list[int]] = []
    for start, end in hits:
        lo, hi = max(0, start - 48), end + 32
        if merged and lo <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], hi)
        else:
            merged.append([lo, hi])
    out = []
    for lo, hi in merged:
        while lo > 0 and not text[lo - 1].isspace():
            lo -= 1
        while hi < len(text) and not text[hi].isspace():
            hi += 1
        out.append((lo, min(hi, len(text))))
    return out


def select(cands, size: int):
    """Longest match wins; among equals, the earlier pattern."""
    chosen, taken = [], bytearray(size)
    for start, end, _order, rule, m in sorted(cands, key=lambda c: (c[0] - c[1], c[0], c[2])):
        if 1 not in taken[start:end]:
            taken[start:end] = b"\x01" * (end - start)
            chosen.append((start, end, rule, m))
    return sorted(chosen, key=lambda c: c[0])


# A capitalized word before "New Year" (not one opening a sentence): another calendar's
# ("Chinese New Year", "the Jewish New Year") or a name's.
_NAMED_BEFORE = re.compile(r"(?<![.!?\"“‘:]\s)(?<!^)\b[A-Z][\w'’-]*\s+\Z")


def _other_new_year(name: str, before: str) -> bool:
    return " ".join(name.lower().split()) == "new year" and bool(_NAMED_BEFORE.search(before))


def _plausible(rule: str, m: re.Match, ctx: Context) -> bool:
    """Vetoes that need the surrounding text: capitals, names, a preposition before."""
    g = m.groupdict()
    for name in ("m", "hol", "wd", "qn"):
        if g.get(name) and not g[name][0].isupper():
            return False
    before = ctx.text[max(0, m.start() - 20) : m.start()]
    if rule in _WORD_RULES and m.group()[:1].isupper() and _ends_a_title(ctx.doc, m.start()):
        return False
    if _EVERY_BEFORE.search(before):  # "each Thursday", "every summer": a set, not a date
        return False
    if rule == "calendar" and not any(g.get(k) for k in ("d", "y", "rel", "rely", "mod")):
        return not _in_name(ctx.doc, m.start("m"), m.end("m"), before)
    if rule == "dayrange":  # "16-28 November"; not "28-16" nor a score
        return int(re.match(r"\d+", g["d0"]).group()) < int(re.match(r"\d+", g["d"]).group())
    if rule == "year":
        return _plausible_year(g, m, ctx, before)
    if rule == "deictic" and _programme_name(ctx.text, m.start("deix"), g["deix"]):
        return False
    if rule == "weekday" and _weekday_in_name(ctx, m.start("wd"), m.end("wd")):
        return False
    if rule == "weekday" and not g.get("part") and _recurring_weekday(ctx, m.end("wd")):
        return False
    if (
        rule == "relative"
        and g["unit"][:1].isupper()
        and m.group()[:1].islower()
        and _TITLE_OF.search(before)
    ):
        return False  # "Personality of the Year", "Player of the Month": an award's name
    if rule == "relative" and (g["rel"] or "").lower() == "the" and _award(before, ctx.lex):
        return False  # "France's player of the year in 2004"
    if rule == "ref" and g.get("ref"):
        return _plausible_ref(g["ref"], m, ctx)
    if rule == "ref" and g.get("vc"):  # "for the past few weeks": a duration, not a date
        return g["vu"].lower() not in ("day", "week", "month")
    if rule == "half" and not (g.get("y") or g.get("rely") or "fiscal" in m.group().lower()):
        return _half_year_context(ctx, m.start(), m.end())
    if rule == "holiday" and _other_new_year(g["hol"], before):
        return False
    if rule == "holiday":  # "Christmas sales"; "the Christmas holiday period" stays a time
        return not (
            _modifies_noun(ctx.doc, m.start(), m.end(), ctx.lex["holiday_periods"])
            or _listed_with_titles(ctx, m.start(), m.end())
        )
    if rule == "decade":
        return bool(
            g.get("dc")
            or m.group().lower().startswith(("the", "'", "’"))
            or _DECADE_BEFORE.search(before)  # "the 70s and 80s"
        )
    if rule == "season" and _season_in_name(g, m, ctx.text):
        return False
    if rule == "season" and not (g.get("rel") or g.get("y") or g.get("mod")):
        return _plausible_season(g["season"], m, before, ctx.text)
    if rule == "counted" and g["dir"].lower() in ("before", "after"):
        return not re.match(r"\s*\w", ctx.text[m.end() : m.end() + 3])
    if rule == "relative":  # not "its mid-year economic review": a kind of document
        return not _hyphened_modifier(m, ctx) and _plausible_relative(
            g, before, ctx.text[m.end() : m.end() + 20]
        )
    if rule == "nthday" and not _IN_A_ROW.search(m.group()):
        return bool(_NOW_IS_BEFORE.search(before))  # "It's the second day of the strike"
    if rule == "latest":
        return g["qp"].lower() == "quarter" or bool(g.get("lat"))
    return True


def _plausible_year(g: dict, m: re.Match, ctx: Context, before: str) -> bool:
    """A year: not a number, a clock time, a model's name or a work's title."""
    if g.get("ye"):  # "of 1957-58": as its first year reads
        first = ctx.text[max(0, m.start() - 25) : m.start() - 5]
        return int(ctx.text[m.start() - 5 : m.start() - 1]) >= 1900 or bool(
            _TIME_PREPOSITION.search(first)
        )
    if "thousand" in (g.get("ys") or "").lower() and _counts_a_noun(ctx.doc, m.start(), m.end()):
        return False  # "more than two thousand years": a number
    old = g.get("yy") or (g.get("y") and int(g["y"]) < 1900)  # "'82", "1848"
    if old and not (g.get("mod") or g.get("fiscal") or _TIME_PREPOSITION.search(before)):
        return False
    plain = g.get("y") and not (g.get("mod") or g.get("fiscal"))
    if plain and _ZONE_AFTER.match(ctx.text, m.end("y")):
        return False
    # "Windows 2000", "Wong's film 2046": a name or a title
    if plain and (_model_name(ctx, m.start("y"), m.end("y")) or _work_title(before, ctx.lex)):
        return False
    return not _inside_name(ctx.doc, m.start(), m.end())  # "the Russell 2000 Index"


# Date words that may end a song's, film's or award's title ("Do They Know It's Christmas?").
_WORD_RULES = {"holiday", "relative", "deictic", "weekday", "season"}
_TITLE_GLUE = {"PRON", "AUX", "ADP", "DET", "CCONJ", "PART"}
_TITLE_CUES = {"PRON", "AUX", "VERB", "ADP", "CCONJ", "PART", "ADV"}  # not "The": "The Times"


def _ends_a_title(doc: Doc, start: int) -> bool:
    """ "the single Do They Know it's Christmas?", "won the Orange Film Of The Year": a date
    word after a run of capitalized words inside a sentence, where a capitalized pronoun, verb
    or small word ("They", "Know", "Of") shows title case, is the end of a title, no date."""
    span = doc.char_span(start, start + 1, alignment_mode="expand")
    if span is None:
        return False
    # not span.sent: a title's capitals often mislead the parser into a sentence break
    i, titled = span.start - 1, False
    while i >= 0:
        t = doc[i]
        if (t.is_title or t.is_upper) and t.text != "I":
            titled = titled or t.pos_ in _TITLE_CUES
        elif not (t.text[:1] in "'’" or (t.is_lower and t.pos_ in _TITLE_GLUE)):
            break
        i -= 1
    # a lower-case word before the run: inside a sentence, not a title-case headline
    return titled and i >= 0 and doc[i].is_lower


def _hyphened_modifier(m: re.Match, ctx: Context) -> bool:
    """ "the mid-year economic review", "end-year results": a hyphened unit before a noun or an
    adjective names a kind of thing, no time ("by mid-year and again in 2010" stays)."""
    if "-" not in m.group() or not m.group("mod") or m.group("rel"):
        return False
    span = ctx.doc.char_span(m.start(), m.end(), alignment_mode="expand")
    if span is None or span.end >= len(ctx.doc):
        return False
    after = ctx.doc[span.end]
    return after.is_lower and after.pos_ in ("NOUN", "ADJ")


def _plausible_relative(g: dict, before: str, after: str) -> bool:
    if not g["rel"] and (g.get("fiscal") or "").lower() == "full":
        return False  # "a full year operating loss", "full year results": no time named
    rel = " ".join((g["rel"] or "the").lower().split())
    unit = g["unit"].lower()
    if unit == "day":  # "the following day"; "to end the day", "the day before the vote"
        return (
            rel in ANAPHORIC
            or _IN_THE_DAY.match(g.get("mod") or "") is not None
            or (
                rel == "the"
                and bool(
                    _DAY_VERB_BEFORE.search(before)
                    or (g["rel"] and DAY_EVENT_AFTER.match(after))  # not "a day after"
                )
            )
        )
    if rel in ("the latest", "the most recent"):  # "the latest fiscal year"; quarters: "latest"
        return unit == "year"
    if rel == "the":  # "the end of the year", "the fiscal year", "the weekend", "for the year"
        return bool(
            g.get("mod")
            or g.get("fiscal")
            or unit == "weekend"
            or (unit == "year" and _PERIOD_BEFORE.search(before))
        )
    return unit in ("week", "month", "year") or rel not in ANAPHORIC


def _half_year_context(ctx: Context, start: int, end: int) -> bool:
    """ "first-half profits", "growth slowed in the second half": a half of the year where its
    sentence, or the one before, speaks of business or the calendar; "scored in the first
    half" is a match's."""
    span = ctx.doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return True
    sent = span.sent
    first = ctx.doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
    words, own = set(ctx.lex["half_year_context"]), set(ctx.lex["half_year_sentence_only"])
    return any(
        t.pos_ in ("NOUN", "ADJ")
        and t.lemma_.lower() in (words if t.i >= sent.start else words - own)
        and not span.start <= t.i < span.end
        for t in ctx.doc[first : sent.end]
    )


def _programme_name(text: str, start: int, word: str) -> bool:
    """ "told BBC Radio 4's Today programme", "speaking on Today", "Are You Lonesome Tonight":
    a capitalized "Today" or "Tonight" inside a sentence is a name, not a day."""
    return word[0].isupper() and not _opens_sentence(text, start)


def _opens_sentence(text: str, start: int) -> bool:
    """Whether the word at `start` is the first of a sentence, a quote or a line."""
    before = text[:start]
    prev = before.rstrip()[-1:]
    return not prev or "\n" in before[len(before.rstrip()) :] or prev in _SENTENCE_OPENERS


def _recurring_weekday(ctx: Context, end: int) -> bool:
    """ "flights leave on Monday and Tuesday nights", "open Friday and Saturday evenings": a
    weekday (or a list of them) before a plural part of the day is every such day, a set,
    not a date."""
    span = ctx.doc.char_span(end - 1, end, alignment_mode="expand")
    if span is None:
        return False
    days, parts = ctx.lex["weekdays"], ctx.lex["parts_of_day"]
    for tok in ctx.doc[span.end : span.end + 8]:
        if tok.lower_ in days or tok.lower_ in (",", "and", "or"):
            continue
        return tok.lower_.endswith("s") and tok.lower_[:-1] in parts
    return False


# The words before a weekday that make it the first word of a name when a capitalized word
# follows it ("the Sunday Times", "a Sunday Telegraph poll", "Radio Scotland's Sunday Live");
# after "by" only when spaCy reads the next word as an organisation or a work, or a noun
# follows the name ("by Sunday Telegraph journalist X", not "by Sunday Mr Blair must decide").
_NAME_OPENERS = {"the", "a", "an"}
_NAME_ENTITIES = {"ORG", "WORK_OF_ART", "FAC", "PRODUCT"}


def _weekday_in_name(ctx: Context, start: int, end: int) -> bool:
    """ "the Sunday Telegraph", "Ant and Dec's Saturday Night Takeaway", "told Sky News'
    Sunday with Adam Boulton": a weekday that is part of the name of a newspaper or a
    programme, where a date would follow "on", "last" or a verb ("On Sunday Labour said",
    "said Sunday Microsoft would")."""
    span = ctx.doc.char_span(start, end)
    if span is None:
        return False
    doc, day = ctx.doc, span[0]
    if day.i == 0 or day.is_sent_start:
        return False
    prev = doc[day.i - 1]
    # spaCy's name around it ("Sheffield Wednesday"), unless it ran on over "on" ("the
    # Commons on Thursday")
    name = entity_at(day)
    if prev.pos_ != "ADP" and name is not None and len(name) > 1 and name.label_ in _NAME_ENTITIES:
        return True
    possessive = prev.tag_ == "POS" or (
        prev.text in ("'", "’") and prev.i > 0 and not doc[prev.i - 1].whitespace_
    )
    nxt = doc[day.i + 1] if day.i + 1 < len(doc) else None
    name_follows = (
        nxt is not None
        and nxt.is_title
        and nxt.pos_ == "PROPN"
        and nxt.lower_ not in ctx.lex["months"]
        and nxt.lower_ not in ctx.lex["weekdays"]
    )
    if name_follows and (possessive or prev.lower_ in _NAME_OPENERS):
        return True
    if name_follows and prev.lower_ in ("and", "or", ",") and day.i >= 2:
        # a name in a list of names ("the Sunday Times and Sunday Telegraph"), not of days
        # ("on Saturday and Sunday Mr Blair ...")
        before = doc[day.i - 2]
        return (
            before.is_title
            and before.pos_ == "PROPN"
            and before.lower_ not in ctx.lex["months"]
            and before.lower_ not in ctx.lex["weekdays"]
        )
    if name_follows and prev.lower_ == "by":
        after = doc[nxt.i + 1] if nxt.i + 1 < len(doc) else None
        return nxt.ent_type_ in _NAME_ENTITIES or (
            after is not None and after.pos_ == "NOUN" and after.is_lower
        )
    # an organisation's weekday that heads its phrase is its programme ("Sky News' Sunday
    # with ..."); one that qualifies a noun is a date ("Labour's Sunday rally")
    return possessive and (nxt is None or nxt.pos_ not in ("NOUN", "PROPN", "NUM"))


def _season_in_name(g: dict, m: re.Match, text: str) -> bool:
    """A capitalized season, no year after it, that a capitalized word follows."""
    return g["season"][0].isupper() and not g.get("y") and bool(_NAME_AFTER.match(text, m.end()))


def _plausible_season(season: str, m: re.Match, before: str, text: str) -> bool:
    """A bare season after "the" or a time preposition; "fall" only as "in/during the fall"
    ending a clause ("a fall in sales", "the fall of the wall" are nouns)."""
    word = m.group().lower()
    if season.lower() == "fall":
        return (
            word == "the fall"
            and bool(_IN_THE_FALL.search(before))
            and bool(_CLAUSE_END.match(text, m.end()))
        )
    return word.startswith("the") or bool(_TIME_PREPOSITION.search(before))


def _plausible_ref(ref: str, m: re.Match, ctx: Context) -> bool:
    """ "as soon as", "soon after the vote", "a recent survey", "the current account": the
    lexicon's words around a ref that make it no date; "the future wife": a ref used as an
    adjective on a noun; "were soon wiped": "soon" after a past event, not after the story."""
    key = " ".join(ref.lower().split())
    veto = ctx.lex["ref_vetoes"].get(key, {})
    before = re.findall(r"[\w']+", ctx.text[max(0, m.start() - 20) : m.start()])
    after = re.findall(r"[\w']+", ctx.text[m.end() : m.end() + 20])
    if before and before[-1].lower() in veto.get("before", ()):
        return False
    if ctx.text[m.end() : m.end() + 1] == "-":  # "soon-to-retire"
        return False
    if after and after[0].lower() in veto.get("after", ()):
        return False
    if veto.get("not_past") and tense_of(ctx, m.start(), m.end()) < 0:
        return False
    if veto.get("not_habitual") and _habitual(ctx.doc, m.start(), m.end()):
        return False
    if veto.get("modal") and not _under_modal(ctx.doc, m.start(), m.end()):
        return False
    if veto.get("opening_after") and _discourse_marker(ref, m, ctx, veto["opening_after"]):
        return False
    if veto.get("adjective"):
        span = ctx.doc.char_span(m.start(), m.end(), alignment_mode="expand")
        return span is None or span[-1].dep_ not in ("amod", "compound")
    return True


def _discourse_marker(ref: str, m: re.Match, ctx: Context, words: list[str]) -> bool:
    """ "Now, if you are in that position...", "Now this isn't because...": a "Now" that opens
    a sentence or quote and leads into a condition, a question, an appeal or an explanation
    marks the turn of an argument, not the present ("Now the firm employs 7,600" stays)."""
    if not ref[0].isupper() or not _opens_sentence(ctx.text, m.start()):
        return False
    after = re.findall(r"[\w'’]+", ctx.text[m.end() : m.end() + 30])
    return bool(after) and (after[0].lower() in words or " ".join(after[:2]).lower() in words)


def _habitual(doc: Doc, start: int, end: int) -> bool:
    """ "gadgets soon become obsolete", "buyers soon tire of them": a simple present with no
    auxiliary over "soon" tells of a habit or a general truth, not of the time to come ("the
    model is soon to go on sale" and "will soon go" stay)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    verb = span.root.head
    return (
        verb.tag_ in ("VBZ", "VBP")
        and verb.lemma_ != "be"
        and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)
    )


_MODALS = {"will", "would", "could", "may", "might", "shall", "'ll", "’ll", "wo", "can"}


def _under_modal(doc: Doc, start: int, end: int) -> bool:
    """ "could one day replace", "will one day be": the verb over the span has a modal."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    head = span.root.head
    return any(c.lower_ in _MODALS for c in head.children if c.dep_ == "aux")


def _inside_name(doc: Doc, start: int, end: int) -> bool:
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or span.start == 0 or span.end >= len(doc):
        return False
    return doc[span.start - 1].pos_ == "PROPN" and doc[span.end].pos_ == "PROPN"


_THING_NAMES = {"PRODUCT", "ORG", "PERSON", "LOC", "FAC", "WORK_OF_ART"}


_WORK_BEFORE = re.compile(r"\b([a-z]+)\s*,?\s*[\"“‘']?$")


def _work_title(before: str, lex: dict) -> bool:
    """ "Wong's film 2046", "the novel "1984"": a year right after a work's noun is its title."""
    found = _WORK_BEFORE.search(before)
    return bool(found) and found.group(1) in lex["work_words"]


def _model_name(ctx: Context, start: int, end: int) -> bool:
    """ "machines running Windows 2000", "Football Manager 2005 sold well": a year straight
    after a capitalised name word, read with it as the name of a thing, or in a sentence about
    software, machines or games; not an event named with its year ("Euro 2004", "Athens
    2004", "the Expo 2005 fair")."""
    span = ctx.doc.char_span(start, end)
    if span is None or span.start == 0:
        return False
    year, prev = span[0], ctx.doc[span.start - 1]
    if (
        prev.pos_ != "PROPN"
        or not prev.text[:1].isupper()
        or prev.is_sent_start
        or prev.whitespace_ != " "
        or prev.ent_type_ in ("GPE", "NORP", "EVENT")
        or (prev.ent_type_ == "DATE" and _date_word(prev.lower_, ctx.lex))
    ):
        return False
    events = ctx.lex["event_words"]
    if any(t.lower_ in events for t in (prev, *ctx.doc[span.end : span.end + 2])):
        return False
    if year.ent_type_ in _THING_NAMES and prev.ent_iob_ != "O" and year.ent_iob_ == "I":
        return True
    words = ctx.lex["product_words"]
    return any(t.lemma_.lower() in words for t in year.sent if t.pos_ in ("NOUN", "VERB"))


def _date_word(word: str, lex: dict) -> bool:
    """A word of the calendar ("Christmas 2004", "Easter 2005"), where spaCy's DATE on the
    word before a year is right; on "Windows" it has only spread from the year."""
    return any(word in lex[key] for key in ("months", "weekdays", "seasons", "holidays"))


def _counts_a_noun(doc: Doc, start: int, end: int) -> bool:
    span = doc.char_span(start, end, alignment_mode="expand")
    return span is not None and span[-1].dep_ == "nummod"


def _modifies_noun(doc: Doc, start: int, end: int, periods: list[str]) -> bool:
    """ "Christmas sales", "Easter eggs"; not a noun of `periods` right after it ("the
    Christmas period"; "the Christmas and New Year sales period" is a season's trade, each
    name of a coordination alike)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    root = span.root
    while root.dep_ == "conj" and root.head is not root:
        root = root.head
    if root.dep_ not in ("compound", "amod", "nmod"):
        return False
    return span.end >= len(doc) or doc[span.end].lemma_.lower() not in periods


def _listed_with_titles(ctx: Context, start: int, end: int) -> bool:
    """ "star of I, Robot, Independence Day and Men In Black": a holiday joined to a name that
    is no date is one title among others, not the day."""
    span = ctx.doc.char_span(start, end, alignment_mode="expand")
    if span is None or span.root.dep_ not in ("conj", "appos"):
        return False
    head = span.root.head
    date = _date_word(head.lower_, ctx.lex) or head.ent_type_ == "DATE"
    return head.pos_ == "PROPN" and not date


def _award(before: str, lex: dict) -> bool:
    found = _NOUN_OF.search(before)
    return found is not None and found.group(1) in lex["award_heads"]


def _in_name(doc: Doc, start: int, end: int, before: str) -> bool:
    """ "Theresa May", "Mrs May", "June Carter Cash": a month name that is part of a name, or
    one a capitalized name follows with nothing to make it a time ("in June Smith left")."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    if any(t.ent_type_ in ("PERSON", "ORG") for t in span):
        return True
    if span.start > 0 and doc[span.start - 1].pos_ == "PROPN":
        return True
    nxt = doc[span.end] if span.end < len(doc) else None
    if _listed_among_names(doc, span.start, span.end):
        return True
    return (
        nxt is not None
        and nxt.pos_ == "PROPN"
        and nxt.is_title
        and not _MONTH_TIME_WORD.search(before)
    )


def _listed_among_names(doc: Doc, start: int, end: int) -> bool:
    """ "Walder; May, Tait, Mayerhofler": a bare month between separators, with a capitalized
    word that is no month on each side, is a name in a list (a team's line-up)."""
    if end - start != 1 or start < 2 or end + 1 >= len(doc):
        return False
    before, after = doc[start - 1], doc[end]
    if before.text not in (",", ";") or after.text not in (",", ";"):
        return False
    return all(
        t.is_title and t.pos_ == "PROPN" and t.lower_ not in FULL_MONTHS
        for t in (doc[start - 2], doc[end + 1])
    )
