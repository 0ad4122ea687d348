"""Which speaker each direct quote has, trying the surest patterns first.

The speaker comes from the parse around the quote: the reporting verb's subject,
"according to X", a dash signature, the subject of the verb governing a quoted
fragment, a colon lead-in, or the speaker just named before the quote.
"""

from __future__ import annotations

import re
from itertools import islice
from typing import TYPE_CHECKING

from .context import passive
from .marks import last_sentence_start, sentence_cut
from .mention import DEPTH, children, follows_quote, lefts, subject_of

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .context import Context
    from .marks import Marked

_DASH_SIGNATURE = re.compile(r"[\s.]*[-—–―]+\s*")
_CLAUSE_END = re.compile(r"[:\"“”.!?\n]")
_LEAD_IN_MAX = 200  # characters from a cue to the colon that ends its lead-in
_PAREN_MAX = 8  # words of a parenthesis between a name and its verb: 'Mica (R-Fla.) said'
# Edges along which a report nests in an outer one ('X said he believes ...'); conjuncts
# and adverbial clauses are reports of their own ('When X said "...", the crowd cheered').
_CLAUSAL = frozenset({"ccomp", "xcomp"})
_TITLE_WORDS = frozenset({"of", "the", "a", "an", "in", "on"})  # small words inside titles
_NAMED = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"})  # what the tagger knows of names


def attribute(ctx: Context, q: Marked, previous, nxt) -> tuple[dict | None, str | None]:
    """The speaker of one direct quote, trying the surest patterns first.

    Everything is looked for in the quote's window: its sentence before the opening
    mark and its sentence after the closing one, never across a paragraph or into
    another quote, so a neighbouring quote's attribution is not taken for this one's.
    """
    text = ctx.text
    p_start = ctx.paragraph(q.open)[0]
    p_end = ctx.paragraph(max(q.open, q.end - 1))[1]  # a quote may run over paragraphs
    prev_close = previous[0].close if previous and previous[0].close > p_start else p_start
    lead_start = last_sentence_start(text, prev_close, q.open)
    tail_end = sentence_cut(text, q.close, min(nxt.open if nxt else len(text), p_end))
    window = (lead_start, tail_end)
    quoted = text[q.start : q.end].rstrip("\"'’”)] ")
    # '"...," said X' and '"...?" asked X' attribute after; '"...." X said.' only when bare.
    tail_first = not quoted or quoted[-1] not in ".…" or quoted.endswith("..")

    # A paragraph opened by a quote of its own (no speech running on from the paragraph
    # before) and followed by a named speaker's report: '"It is unfair." Captain Lee Moss
    # said the players were upset' is Moss's, not the last paragraph's speaker's.
    opens = q.open == p_start and not q.joined

    def tags(cue: Token) -> bool:
        return tail_first or _bare(ctx, cue, q.close) or (opens and _named_tag(ctx, cue, window))

    verb = _governing_cue(ctx, q, (p_start, tail_end))
    if verb is not None and verb.idx >= q.close and not tags(verb):
        verb = None  # '"... opinion." Ruth Kelly said he would ...': a new sentence, a new report
    if verb is not None and _void(ctx, verb):
        return None, None
    if verb is not None and not ctx.is_cue(verb) and _names_a_term(ctx, q):
        return None, None
    if verb is None:
        tail = ctx.cue_verbs(q.close, tail_end)
        if tail and not _opens_next(ctx, tail[0]) and tags(tail[0]):
            verb = tail[0]
    if verb is None:
        lead = ctx.cue_verbs(lead_start, q.open)
        verb = lead[-1] if lead else None
    if verb is not None:
        # The subject may sit before an earlier quote: 'Cruz said "A," adding that "B"'.
        subj = (
            ctx.subject(verb, (p_start, tail_end))
            or _possessor(ctx, verb)
            or _beside(ctx, verb, window)
        )
        if subj is not None:
            return ctx.speaker(subj), verb.text
        if _said_by_a_thing(ctx, verb, (p_start, tail_end)):
            return None, verb.text
    source = according(ctx, lead_start, q.open) or according(ctx, q.close, tail_end)
    if source is not None:
        return ctx.speaker(source[1]), source[0]
    signed = _signature(ctx, q.close, p_end)
    if signed is not None:
        return signed, None
    subj = _governing_subject(ctx, q, window)
    if subj is not None:
        return ctx.speaker(subj), None
    return _from_context(ctx, q, previous, p_start, lead_start)


def _bare(ctx: Context, verb: Token, start: int) -> bool:
    """'"It is over." Smith said.', '"It is over." Smith, the captain, agreed.': a cue right
    after the quote that reports nothing else, its subject first (a sentence that opens with
    the verb is a new one: '"..." Predicted winner X is expected to ...')."""
    a = ctx.tokens(start, verb.idx)[0]
    # 'Lee Moss, the club's captain, agreed': an apposition set off is no more report
    aside = {t.i for c in ctx.doc[a : verb.i] if c.dep_ == "appos" for t in c.subtree}
    words = sum(1 for t in ctx.doc[a : verb.i] if not (t.is_punct or t.is_space or t.i in aside))
    return 1 <= words <= 4 and not any(
        (c.dep_ == "ccomp" and (c.i > verb.i or not ctx.inside[c.i]))
        or (c.dep_ == "xcomp" and c.i > verb.i)  # 'Some new chemistries promise to ...'
        for c in children(verb)
    )


def _named_tag(ctx: Context, verb: Token, window: tuple[int, int]) -> bool:
    """Whether a cue after a quote is its sentence's main verb reporting a clause, with a
    speaker of its own, no pronoun continuing the last: '"..." Manager Tony Vance said the
    club would ...' (not '"..." Sandra Dee continues to live ...')."""
    if verb.dep_ != "ROOT" or verb.lemma_.lower() not in ctx.rules.speech:
        return False
    if not any(c.dep_ == "ccomp" and c.i > verb.i for c in children(verb)):
        return False
    subj = ctx.subject(verb, window)
    return subj is not None and subj.pos_ != "PRON"


def _void(ctx: Context, verb: Token) -> bool:
    """'would not say whether "...', 'is described as "..."': a cue that puts words in no
    one's mouth."""
    if verb.lemma_.lower() not in ctx.rules.speech:
        return False
    unsaid = passive(verb) and not any(c.dep_ == "agent" for c in children(verb))
    return unsaid or not ctx.asserts(verb)


def _names_a_term(ctx: Context, q: Marked) -> bool:
    """'found that "games literacy" was a key skill': a quoted noun phrase as a clause's
    subject is a term the story mentions, not words anyone said."""
    roots = _quote_roots(ctx, q)
    return len(roots) == 1 and roots[0].dep_ in ("nsubj", "nsubjpass") and roots[0].pos_ == "NOUN"


def _opens_next(ctx: Context, verb: Token) -> bool:
    """'..." Chancellor Gordon Brown said: "...', '..." Responding to the speech, the Tory
    chairman said: "...': a cue whose clause ends in a colon introduces the next quote."""
    m = _CLAUSE_END.search(ctx.text, verb.idx + len(verb.text), verb.idx + _LEAD_IN_MAX)
    return m is not None and m.group() == ":"


def _said_by_a_thing(ctx: Context, verb: Token, window: tuple[int, int]) -> bool:
    """'Finding Nemo said ...': the cue's subject is a work or an abstract thing, so no one
    around the quote is its speaker."""
    subj = subject_of(verb, ctx.inside, window)
    return subj is not None and ctx.no_one(subj)


def _beside(ctx: Context, verb: Token, window: tuple[int, int]) -> Token | None:
    """A cue the parse left without subject ('Conway notes'): the name next to it."""
    doc = ctx.doc
    after = verb.i + 1
    while after < len(doc) and doc[after].pos_ in ("DET", "ADJ"):
        after += 1
    if not follows_quote(verb, ctx.inside):
        after = -1  # 'called AP's report "a rush"': a name after the verb is no inverted speaker
    before = verb.i - 1
    if before > 0 and doc[before].text == ")":  # 'Rep. John Mica (R-Fla.) said'
        opening = [t.i for t in doc[max(0, before - _PAREN_MAX) : before] if t.text == "("]
        before = opening[-1] - 1 if opening else before
    elif before > 0 and doc[before].text == ",":  # 'Flynn, a top Trump surrogate, said'
        opening = [t.i for t in doc[max(0, before - _PAREN_MAX) : before] if t.text == ","]
        before = opening[-1] - 1 if opening else before
    before = _set_off(doc, before)
    for i in (before, after):
        if 0 <= i < len(doc) and not ctx.inside[i] and window[0] <= doc[i].idx < window[1]:
            tok = doc[i]
            if ctx.thing_relative(tok) or ctx.no_one(tok):
                continue
            if (
                tok.pos_ in ("PROPN", "PRON")
                or tok.ent_type_ in ("PERSON", "ORG")
                or (i == after and tok.pos_ == "NOUN")
            ):
                while tok.dep_ in ("compound", "flat") and tok.head.i == tok.i + 1:
                    tok = tok.head
                return tok
    return None


def _set_off(doc, i: int) -> int:
    """'Jeff Joseph, from the Electronics Association (CEA) told': the organization in a
    phrase set off after a name (its closing comma dropped) is where the speaker is from."""
    tok = doc[i]
    prep = tok.head
    if tok.dep_ != "pobj" or prep.dep_ != "prep" or prep.i < 2 or doc[prep.i - 1].text != ",":
        return i
    name = doc[prep.i - 2]
    return name.i if name.ent_type_ == "PERSON" else i


def _possessor(ctx: Context, cue: Token) -> Token | None:
    """'Trump's call for "a total ban"', 'his call for "..."': a cue noun's speaker is its
    possessor."""
    if cue.pos_ != "NOUN" or not any(
        c.dep_ in ("acl", "ccomp") or (c.dep_ == "prep" and c.lower_ in ctx.rules.nominal_preps)
        for c in cue.rights
    ):
        return None  # 'Ali G's "horrible" brand of humour': no speech noun taking the words
    return next((c for c in lefts(cue) if c.dep_ == "poss" and not ctx.inside[c.i]), None)


def _quote_roots(ctx: Context, q: Marked) -> list[Token]:
    """Tokens of the quote whose syntactic head lies outside it."""
    a, b = ctx.tokens(q.start, q.end)
    return [t for t in ctx.doc[a:b] if t.head.i != t.i and not a <= t.head.i < b]


def _governing_cue(ctx: Context, q: Marked, window: tuple[int, int]) -> Token | None:
    """The reporting verb the parse hangs the quote on (or that hangs on the quote).

    Any verb whose clausal complement holds the quote counts too: 'Ryan worried that
    the net was becoming "a hammock"'.
    """
    inside = ctx.inside
    lo, hi = window
    a, b = ctx.tokens(q.start, q.end)
    best = None
    for root in _quote_roots(ctx, q):
        found = _path_cue(ctx, root, lo, hi)
        if found is not None and (best is None or _distance(found, a, b) < _distance(best, a, b)):
            best = found
    if best is not None:
        return best
    for tok in ctx.doc[a:b]:
        for child in children(tok):
            if (
                not inside[child.i]
                and lo <= child.idx < hi
                and ctx.is_cue(child)
                and child.dep_ in ("parataxis", "advcl", "conj", "ccomp")
                and ctx.subject(child, window) is not None
            ):
                return child
    return None


def _path_cue(ctx: Context, root: Token, lo: int, hi: int) -> Token | None:
    """The cue on the way up from a quote's root: the outermost reporting verb, else the
    nearest verb taking the quote's clause as its complement.

    The outermost source owns nested reports ('X said he believes Y was "..."'), but a
    relative clause belongs to its noun: in 'said Ornstein, who calls it "deviancy"',
    'calls' is the cue.
    """
    inside, speech = ctx.inside, ctx.rules.speech
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


def _governing_subject(ctx: Context, q: Marked, window: tuple[int, int]) -> Token | None:
    """For a quoted fragment inside a sentence: the subject of the verb that governs it."""
    lo, hi = window
    for root in _quote_roots(ctx, q):
        for anc in islice(root.ancestors, DEPTH):
            if not lo <= anc.idx < hi:
                break
            if not ctx.inside[anc.i] and anc.pos_ in ("VERB", "AUX"):
                if anc.lemma_.lower() in ctx.rules.speech and not ctx.asserts(anc):
                    return None
                subj = ctx.subject(anc, window)
                if subj is not None:
                    return subj if _can_speak(subj) else None
        return None
    return None


def _can_speak(tok: Token) -> bool:
    """Not a piece of a hyphenated word the tokenizer split ('his re' of 're-election')."""
    nxt = tok.i + 1
    return bool(tok.whitespace_) or nxt >= len(tok.doc) or tok.doc[nxt].text != "-"


def according(ctx: Context, start: int, end: int) -> tuple[str, Token] | None:
    """'according to X' and its kin: the cue as written and the source's head word."""
    doc = ctx.doc
    for m in ctx.rules.according.finditer(ctx.text, start, end):
        a, b = ctx.tokens(m.start(), m.end())
        if b >= len(doc) or ctx.inside[a]:
            continue
        for tok in children(doc[b - 1]):
            if tok.dep_ == "pobj" and not ctx.inside[tok.i]:
                return m.group(), _maker(ctx, tok)
        if not ctx.inside[b] and doc[b].pos_ in ("PROPN", "NOUN", "PRON", "DET"):
            return m.group(), doc[b]
    return None


def _maker(ctx: Context, source: Token) -> Token:
    """'according to figures released by the trade body': a word for data speaks for the
    one whose figures they are."""
    if source.lower_ not in ctx.rules.not_speakers:
        return source
    for acl in children(source):
        if acl.dep_ == "acl":
            for agent in children(acl):
                if agent.dep_ == "agent":
                    by = next((c for c in children(agent) if c.dep_ == "pobj"), None)
                    if by is not None and not ctx.inside[by.i]:
                        return by
    return source


def _signature(ctx: Context, start: int, p_end: int) -> dict | None:
    """A dash attribution after the quote: '"..." — Hillary Clinton' (same or next paragraph)."""
    text = ctx.text
    end = p_end
    if not text[start:p_end].strip():
        nxt = p_end
        while nxt < len(text) and text[nxt].isspace():
            nxt += 1
        if nxt < len(text):
            end = ctx.paragraph(nxt)[1]
    m = _DASH_SIGNATURE.match(text, start, end)
    if not m:
        return None
    a, b = ctx.tokens(m.end(), end)
    for tok in ctx.doc[a:b]:
        if tok.pos_ == "PROPN" and not ctx.inside[tok.i]:
            return ctx.speaker(tok.head if tok.dep_ == "compound" else tok)
        if not tok.is_punct:
            return None
    return None


def _from_context(ctx: Context, q: Marked, previous, p_start: int, lead_start: int):
    """A quote with no attribution of its own: the speaker just named before it."""
    colon = _colon_lead_in(ctx, q.open)
    if colon is not None:
        return colon
    if previous is not None and previous[1] is not None:
        same_paragraph = previous[0].close > p_start
        if same_paragraph and _names_another(ctx, previous[0].close, q.open, previous[1]):
            # '"A." It won backing from X. X insists ... "B."': B is the newly named speaker's.
            introduced = _introducer(ctx, previous[0].close, q.open)
            if introduced is not None:
                return introduced
        if same_paragraph or not _has_clause(ctx, previous[0].close, p_start):
            if not same_paragraph and lead_start > p_start:
                # 'But he said reaching a deal could be difficult. "..."': a new paragraph's
                # sentence before the quote introduces its speaker, not the last quote's
                start = last_sentence_start(ctx.text, p_start, lead_start - 1)
                introduced = _introducer(ctx, start, lead_start)
                if introduced is not None:
                    return introduced
            return previous[1], previous[2]
    start = previous[0].close if previous is not None else 0
    if lead_start > p_start:
        # 'Clinton touted her record. "We need ..."': the sentence before introduces the speaker.
        start = max(start, last_sentence_start(ctx.text, p_start, lead_start - 1))
        return _introducer(ctx, start, lead_start) or (None, None)
    if q.open == lead_start == p_start and p_start > start:
        # A paragraph that is only the quote: the last sentence of the paragraph before.
        prev_start = ctx.paragraph(max(p_start - 2, 0))[0]
        end = p_start
        while end > prev_start and ctx.text[end - 1].isspace():
            end -= 1
        start = max(start, last_sentence_start(ctx.text, prev_start, max(end - 1, prev_start)))
        return _introducer(ctx, start, end) or (None, None)
    return None, None


def _introducer(ctx: Context, start: int, end: int):
    """The speaker a sentence introduces: its reporting verb's subject, or a person as subject."""
    window = (start, end)
    for verb in reversed(ctx.cue_verbs(start, end)):
        subj = ctx.subject(verb, window)
        if subj is not None:
            return ctx.speaker(subj), verb.text
    a, b = ctx.tokens(start, end)
    if _ends_in_titles(ctx.doc[a:b]):
        return None  # 'She has worked on A, B and C. "..."': lines of those, not her words
    for tok in ctx.doc[a:b]:
        if tok.dep_ == "ROOT" and not ctx.inside[tok.i]:
            subj = ctx.subject(tok, window)
            if subj is not None and (
                subj.ent_type_ == "PERSON" or subj.lower_ in ("he", "she", "i", "we", "they")
            ):
                return ctx.speaker(subj), None
    return None


def _ends_in_titles(span) -> bool:
    """Whether a sentence ends in a list of two or more capitalized names ('A, B and C'), one
    of them no person, body or place the tagger knows: works or items, which the quotes
    after it may be lines from."""
    toks = [t for t in span if not t.is_space and (t.text == "," or not t.is_punct)]
    items, titles, k = 0, 0, len(toks)
    while k > 0:
        run = k
        while run > 0 and (toks[run - 1].is_title or toks[run - 1].lower_ in _TITLE_WORDS):
            run -= 1
        while run < k and not toks[run].is_title:
            run += 1
        if run == k:
            break
        items += 1
        titles += all(t.ent_type_ not in _NAMED for t in toks[run:k])
        if run == 0 or toks[run - 1].lower_ not in (",", "and", "or"):
            break
        k = run - 1
        if k > 0 and toks[k].lower_ in ("and", "or") and toks[k - 1].text == ",":
            k -= 1
    return items >= 2 and titles > 0


def _names_another(ctx: Context, start: int, end: int, speaker: dict) -> bool:
    """Whether the text between two quotes has a person other than the last speaker as a
    subject: a new speaker introduced."""
    a, b = ctx.tokens(start, end)
    known = set(speaker["name"].lower().split())
    return any(
        t.ent_type_ == "PERSON"
        and t.dep_ in ("nsubj", "nsubjpass")
        and not ctx.inside[t.i]
        and t.lower_ not in known
        for t in ctx.doc[a:b]
    )


def _has_clause(ctx: Context, start: int, end: int) -> bool:
    """Whether text between two quotes says more than a bare attribution."""
    a, b = ctx.tokens(start, end)
    return sum(1 for t in ctx.doc[a:b] if not t.is_punct and not t.is_space) > 12


def _colon_lead_in(ctx: Context, open_: int):
    """'Caddell continued:' closing the previous paragraph, or ending the text before the quote."""
    text = ctx.text
    end = open_
    while end > 0 and text[end - 1].isspace():
        end -= 1
    if not end or text[end - 1] != ":":
        return None
    start = last_sentence_start(text, ctx.paragraph(end - 1)[0], end - 1)
    window = (start, end)
    a, b = ctx.tokens(start, end)
    for tok in reversed(ctx.doc[a:b]):
        if ctx.inside[tok.i] or tok.pos_ not in ("VERB", "AUX"):
            continue
        subj = ctx.subject(tok, window)
        if subj is not None:
            cue = tok.text if tok.lemma_.lower() in ctx.rules.speech else None
            return ctx.speaker(subj), cue
    for tok in reversed(ctx.doc[a:b]):
        if tok.ent_type_ in ("PERSON", "ORG") and not ctx.inside[tok.i]:
            return ctx.speaker(tok), None
    return None
