"""Reported speech: what a story says someone said, without quote marks."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .attribution import according
from .listing import quote_item
from .mention import children

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .context import Context
    from .rules import QuoteRules


def reported(ctx: Context) -> list[dict]:
    """Reported speech: 'X said that ...', 'X warned ...', 'according to X, ...'."""
    out = []
    rules = ctx.rules
    doc = ctx.doc
    inside = ctx.inside
    for i in ctx.candidates:
        tok = doc[i]
        if inside[i] or tok.pos_ not in ("VERB", "AUX"):
            continue
        lemma = tok.lemma_.lower()
        content = cue = None
        if lemma in rules.speech and ctx.asserts(tok):
            for child in children(tok):
                if child.dep_ == "ccomp" or (child.dep_ == "dobj" and lemma in rules.object_verbs):
                    content, cue = child, tok.text
                    break
            if content is None and tok.dep_ == "parataxis" and tok.head.pos_ in ("VERB", "AUX"):
                content, cue = tok.head, tok.text  # 'The rules, he added, would apply ...
        elif lemma in rules.nominal_verbs:
            content, cue = _nominal(tok, rules)
        if content is None:
            continue
        subj = ctx.subject(tok, (0, len(ctx.text)))
        span = _content_span(ctx, content)
        if subj is None or span is None:
            continue
        out.append(quote_item(ctx.text, span[0], span[1], False, cue, ctx.speaker(subj)))
    out.extend(_according_reported(ctx))
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


def _content_span(ctx: Context, head: Token) -> tuple[int, int] | None:
    """The reported words: the complement's subtree, without 'that' and trailing punctuation."""
    doc = ctx.doc
    a, b = head.left_edge.i, head.right_edge.i + 1
    while a < b and (doc[a].dep_ == "mark" or doc[a].is_punct or doc[a].idx < ctx.body_start):
        a += 1
    while b > a and (doc[b - 1].is_punct or doc[b - 1].is_space):
        b -= 1
    if b - a < 3 or any(ctx.inside[a:b]):
        return None
    return doc[a].idx, doc[b - 1].idx + len(doc[b - 1])


def _according_reported(ctx: Context) -> list[dict]:
    """'Clinton leads by four points, according to the poll': the clause the source backs."""
    out = []
    doc = ctx.doc
    for m in ctx.rules.according.finditer(ctx.text):
        first = ctx.tokens(m.start(), m.end())[0]
        found = according(ctx, m.start(), m.end())
        if found is None:
            continue
        cue, source = found
        sent = doc[first].sent
        phrase_end = max(source.right_edge.i, source.i) + 1
        if first - sent.start >= sent.end - phrase_end:
            s, e = sent.start, first
        else:
            s, e = phrase_end, sent.end
        while s < e and (doc[s].is_punct or doc[s].is_space or doc[s].idx < ctx.body_start):
            s += 1
        while e > s and (doc[e - 1].is_punct or doc[e - 1].is_space):
            e -= 1
        if e - s < 3 or any(ctx.inside[s:e]):
            continue
        last = doc[e - 1]
        speaker = ctx.speaker(source)
        out.append(quote_item(ctx.text, doc[s].idx, last.idx + len(last), False, cue, speaker))
    return out
