"""Finding a story's quotes: direct quotes by their marks, then reported speech, in text order."""

from __future__ import annotations

import re
from itertools import islice
from typing import TYPE_CHECKING

from ..doctext import doc_text
from ..headline import headline_end
from .attribution import attribute
from .context import Context
from .documents import DOCUMENTS
from .listing import quote_item, speaker_list
from .mention import DEPTH, SUBJECTS
from .reported import reported, reported_items
from .roles import complete_roles

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from .marks import Marked
    from .rules import QuoteRules

_SCARE_WORDS = 3  # a short quote nobody is said to have said is a scare quote or a name
_TITLE_WORDS = 8
_TERM_WORDS = 4  # a quote this short, a noun's modifier after an article, may be a term
_UTTERED = (".", "!", "?", ",", "…")  # a short quote ending so is someone's sentence
_TITLE_SMALL = frozenset({"of", "the", "a", "an", "and", "in", "on", "for", "to", "at", "by", "or"})
_ARTICLE = re.compile(r"\s+(?:the|a|an)$")  # 'referred to as the "..."'
# A noun phrase's roles as a verb's or a preposition's argument (not a predicate: attr, oprd)
_ARGUMENTS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "conj"})
_WORD = re.compile(r"[\w'’.&-]+")


def find_quotes(doc: Doc, rules: QuoteRules, *, body_start: int = 0) -> dict:
    """Direct quotes and reported speech in text order, and the story's speakers.

    `body_start` is where the story proper begins (after a dateline): reported words
    never reach back before it.
    """
    text = doc_text(doc)
    if not text.strip():
        return {"quotes": [], "speakers": []}
    ctx = Context(doc, text, rules, body_start)
    items = []
    previous = None
    body = headline_end(text)
    # Reported speech is resolved in text order with the direct quotes, so that 'Mr Brown
    # said the plan was sound' gives a later '"...," he said.' its antecedent.
    pending = sorted(reported(ctx), key=lambda r: doc[r[0]].idx, reverse=True)
    said: list[dict] = []
    found: list[tuple[Marked, dict | None, str | None]] = []
    for n, q in enumerate(ctx.marks):
        if (
            q.open < body
            or _names_a_work(ctx, q)
            or _names_a_term(ctx, q)
            or _a_term(ctx, q)
            or _named_thing(ctx, q)
        ):
            continue
        while pending and doc[pending[-1][0]].idx < q.open:
            said.extend(reported_items(ctx, [pending.pop()]))
        nxt = ctx.marks[n + 1] if n + 1 < len(ctx.marks) else None
        speaker, cue = attribute(ctx, q, previous, nxt)
        inherited = previous is not None and speaker is not None and speaker is previous[1]
        if (cue is None and _title(ctx, q)) or _scare(ctx, q, speaker, cue, inherited):
            continue
        previous = (q, speaker, cue)
        found.append(previous)
    said.extend(reported_items(ctx, reversed(pending)))
    for n in range(len(found) - 2, -1, -1):
        # '"A. "B," she said.': a paragraph of a speech attributed only at its end.
        q, speaker, _ = found[n]
        if speaker is None and found[n + 1][0].joined and found[n + 1][1] is not None:
            found[n] = (q, *found[n + 1][1:])
    for q, speaker, cue in found:
        if speaker is None and len(text[q.start : q.end].split()) <= _SCARE_WORDS:
            continue
        items.append(quote_item(ctx.text, q.start, q.end, True, cue, speaker))
    items.extend(said)
    items.sort(key=lambda it: it["start"])
    complete_roles([it["speaker"] for it in items if it["speaker"]], ctx.resolver.titles)
    return {"quotes": items, "speakers": speaker_list(items)}


def _names_a_work(ctx: Context, q: Marked) -> bool:
    """'told ABC's "Good Morning America"', 'his memoir "Gifted Hands"': a title, not speech."""
    if not _title_cased(ctx.text[q.start : q.end]):
        return False
    before = _WORD.findall(ctx.text[max(0, q.open - 40) : q.open])
    if not before:
        return False
    last = before[-1]
    return last.lower() in ctx.rules.works or last.endswith(("'s", "’s"))


def _title_cased(quoted: str) -> bool:
    """'Dancing Queen', 'Lord of the Rings': a few words, each capitalized but the small ones
    (a subtitle after a colon not counted: 'Taking Stock: Trade, Aid and the Poor')."""
    words = _WORD.findall(quoted)
    head = _WORD.findall(quoted.split(":")[0])
    if not words or len(head) > _TITLE_WORDS or not words[0][0].isupper():
        return False
    return all(w[0].isupper() or w[0].isdigit() or w.lower() in _TITLE_SMALL for w in words)


def _title(ctx: Context, q: Marked) -> bool:
    """'played "Night" at the festival': a title-cased phrase no reporting verb or noun
    attributes, and no sentence of its own, is the name of a work, a show or a slogan."""
    quoted = ctx.text[q.start : q.end].rstrip()
    return not quoted.endswith(("!", "?", ".")) and _title_cased(quoted)


def _named_thing(ctx: Context, q: Marked) -> bool:
    """'unveiled a new handheld, "PlayBox Mini", at the show', 'the band's new single,
    "Running Home", went to number one': a title-cased name set off after a common noun is
    what the thing is called, not words anyone said, even under a verb of speech."""
    doc = ctx.doc
    a, b = ctx.tokens(q.start, q.end)
    if a < 3 or b + 1 >= len(doc) or not _title(ctx, q) or not doc[a - 1].is_quote:
        return False
    noun, after = doc[a - 3], doc[b + 1] if doc[b].is_quote else doc[b]
    return (
        doc[a - 2].text == ","
        and noun.tag_ in ("NN", "NNS")
        and noun.is_lower
        and not ctx.inside[noun.i]
        and after.text in (",", ".", ")")
    )


def _names_a_term(ctx: Context, q: Marked) -> bool:
    """'so-called "eco towns"', 'known as the "Gang of Four"': a name or a term the story
    mentions, not words anyone said."""
    before = _ARTICLE.sub("", ctx.text[max(0, q.open - 30) : q.open].rstrip().lower())
    return before.endswith(ctx.rules.naming)


def _a_term(ctx: Context, q: Marked) -> bool:
    """'a "buy now" button', 'Acme's "Make love not spam" campaign was launched', 'numbers
    not on a user's "pre-approved list"': a quote standing within a noun phrase of the story's
    own (the modifier of the noun after it, or the noun a preposition takes after a name),
    no reporting verb above it, is a term or a slogan, not words anyone said."""
    doc, inside = ctx.doc, ctx.inside
    a, b = ctx.tokens(q.start, q.end)
    if a < 2 or b >= len(doc) or not doc[a - 1].is_quote:
        return False
    det = doc[a - 2]
    possessive = not inside[det.i] and det.tag_ in ("POS", "PRP$")
    named = possessive or (not inside[det.i] and det.lower_ == "the")
    roots = [t for t in doc[a:b] if not t.is_punct and not a <= t.head.i < b]
    words = len(ctx.text[q.start : q.end].split())
    after = doc[b + 1] if b + 1 < len(doc) and doc[b].is_quote else None
    if (
        after is not None
        and after.tag_ in ("NN", "NNS")
        and after.is_lower
        # one word is likelier the speaker's own ('a "regressive" step', 'slated his
        # "horrible" brand of humour'); after an article, a phrase whose words all modify
        # the noun ('a "strong pound" policy'), not one of its own ('a "law and order" man')
        and words > 1
        and (named or (words <= _TERM_WORDS and _modifies(roots, after)))
    ):
        noun = after
    elif possessive and len(roots) == 1 and roots[0].pos_ == "NOUN" and roots[0].dep_ == "pobj":
        # 'on a user's "pre-approved list"' (after an article it is often the speaker's
        # phrase: 'picked it out as a "stunning piece of engineering"')
        noun = roots[0]
    else:
        return False
    return not any(
        not inside[anc.i] and anc.pos_ == "VERB" and ctx.is_cue(anc)
        for anc in islice(noun.ancestors, DEPTH)
    )


def _coined(ctx: Context, q: Marked) -> bool:
    """'reveals the "digital divide" between rich and poor': a few words after 'the', no
    verb among them, heading a noun phrase that is a verb's argument (not what something is
    called: 'called it the "worst deal"') are a coined term used as a noun."""
    doc, inside = ctx.doc, ctx.inside
    a, b = ctx.tokens(q.start, q.end)
    quoted = ctx.text[q.start : q.end].rstrip()
    if a < 2 or not doc[a - 1].is_quote or len(quoted.split()) > _SCARE_WORDS:
        return False
    det = doc[a - 2]
    roots = [t for t in doc[a:b] if not t.is_punct and not a <= t.head.i < b]
    return (
        det.lower_ == "the"
        and not inside[det.i]
        and not quoted.endswith(_UTTERED)
        and len(roots) == 1
        and roots[0].tag_ in ("NN", "NNS")
        and roots[0].dep_ in _ARGUMENTS
        and not any(t.pos_ in ("VERB", "AUX") for t in doc[a:b])
    )


def _modifies(roots: list[Token], noun: Token) -> bool:
    """Every word the quote hangs outside itself is a modifier of `noun`."""
    return bool(roots) and all(
        t.head.i == noun.i and t.dep_ in ("compound", "amod", "nmod") for t in roots
    )


def _scare(ctx: Context, q: Marked, speaker: dict | None, cue: str | None, inherited: bool) -> bool:
    """'holes rated "critical"', 'a universal "stop" command', 'their options would be
    "limited"': a word or a short phrase, no sentence of its own, that no reporting verb
    attributes is the story's scare quote or term, whatever its sentence is about; nor does
    it carry on the last quote's speech. A person its clause is about is likelier its sayer
    ('Wood slated his "horrible" humour', 'a spokeswoman was "satisfied"'); a document or a
    crowd a verb near it has for subject is not ('networks were "sniffed out", the study
    shows', 'critics wanted the army to "cut and run"'), nor is either the speaker of a
    coined term ('the report reveals the "digital divide"')."""
    if speaker and (speaker["kind"] == "person" or speaker["title"]):
        return inherited and _fragment(ctx, q)
    thing = speaker is not None and speaker["text"].split()[-1].lower() in DOCUMENTS
    crowd = thing or (speaker is not None and speaker["kind"] == "group")
    if _coined(ctx, q) and (crowd or cue is None):
        return True
    return _fragment(ctx, q) and (inherited or cue is None or crowd)


def _fragment(ctx: Context, q: Marked) -> bool:
    """A few words in quote marks that make no sentence and no reporting verb governs."""
    quoted = ctx.text[q.start : q.end].rstrip()
    if len(quoted.split()) > _SCARE_WORDS or quoted.endswith(_UTTERED):
        return False
    doc, inside = ctx.doc, ctx.inside
    a, b = ctx.tokens(q.start, q.end)
    if any(t.dep_ in SUBJECTS and a <= t.head.i < b for t in doc[a:b]):
        return False  # '"Isn't it great" was the comment'
    roots = [t for t in doc[a:b] if not a <= t.head.i < b]
    return not any(
        not inside[anc.i] and anc.pos_ == "VERB" and ctx.is_cue(anc)
        for root in roots
        for anc in islice(root.ancestors, DEPTH)
    )
