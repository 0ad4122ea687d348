"""Reported speech: what a story says someone said, without quote marks."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .attribution import according
from .context import passive
from .listing import quote_item
from .mention import children, lefts, rights

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .context import Context
    from .rules import QuoteRules

_FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})
_CONTRAST = frozenset({"while", "whereas", "whilst"})  # '..., while the Lib Dems say ...'
_OWN_WORDS = 3  # words outside quote marks that make a reported statement of its own
_CHARGES = frozenset({"of", "on", "for", "over"})  # 'accused X of', 'blamed X on'
_KEEP_LAST = frozenset({"%", ")", "]"})  # '5%', '(ONS)': punctuation that ends the words


def reported(ctx: Context) -> list[tuple[int, Token, tuple[int, int], str]]:
    """Reported speech: 'X said that ...', 'X warned ...', 'X urged Y to ...', '..., X said.',
    'according to X, ...': (position, speaker mention, content span, cue) in text order, for
    the caller to resolve speakers in the order a reader meets them."""
    out = []
    rules = ctx.rules
    doc = ctx.doc
    for i in ctx.candidates:
        tok = doc[i]
        if ctx.inside[i] or tok.pos_ not in ("VERB", "AUX"):
            continue
        lemma = tok.lemma_.lower()
        content = cue = None
        if lemma in rules.speech and ctx.asserts(tok):
            content, cue = _speech_content(tok, rules, ctx.inside)
        elif lemma in rules.nominal_verbs:
            content, cue = _nominal(tok, rules)
        subj = None if content is None else ctx.subject(tok, (0, len(ctx.text)))
        if subj is None and lemma in rules.speech and ctx.asserts(tok):
            found = _final_attribution(ctx, tok) or _parenthetical(ctx, tok)
            if found is not None:
                out.append((tok.i, found[0], found[1], tok.text))
                continue
        if content is None or (content.i < tok.i and _a_report(ctx, content)):
            continue
        subj = subj or _name_before(ctx, tok)
        span = _content_span(ctx, content, tok)
        if subj is None or span is None or (cue == tok.text and not _may_ask(ctx, tok, subj)):
            continue
        out.append((min(subj.i, tok.i), subj, span, cue))
    out.extend(_according_reported(ctx))
    return out


def _a_report(ctx: Context, clause: Token) -> bool:
    """'Acme said on Monday that profits rose, its chief executive said': a tag closing
    another report, whose words are that report's, not a clause with the first attribution
    in it ('He said he had told MPs that ...' reports what he said, the telling in it; 'This
    suggests ..., critics argue' is the critics' words: no one speaks in 'this')."""
    return (
        clause.lemma_.lower() in ctx.rules.speech
        and ctx.asserts(clause)
        and ctx.subject(clause, (0, len(ctx.text))) is not None
        and _speech_content(clause, ctx.rules, ctx.inside)[0] is not None
    )


def _speech_content(
    verb: Token, rules: QuoteRules, inside: bytearray
) -> tuple[Token | None, str | None]:
    """The clause a reporting verb reports: its complement, its object for 'report'-like
    verbs, the clause a misparsed object hides ('said Monday's report showed ...'), the
    request of 'urged X to ...', 'called on X to ...', or the clause around 'he added'."""
    lemma = verb.lemma_.lower()
    # The words after the cue first: 'Should the offer be accepted, Mr Murray said he expected
    # to pay £1.5m' reports what he expected, not the condition before; but a quote before
    # it is what it reports ('"I knew it," he said later, his hair freshly gelled').
    quoted = any(c.dep_ == "ccomp" and inside[c.i] for c in lefts(verb))
    for child in [*lefts(verb), *rights(verb)] if quoted else [*rights(verb), *lefts(verb)]:
        if child.dep_ == "ccomp" or (
            child.dep_ == "dobj"
            and lemma in rules.object_verbs
            and child.lemma_.lower() not in rules.prizes  # 'claimed a 5-0 win': a deed
        ):
            return child, verb.text
    for child in children(verb):
        if child.dep_ == "dobj" and lemma not in rules.object_verbs:
            clause = _clause_in(child)
            if clause is not None:
                return clause, verb.text
    if (lemma in rules.directive or lemma in rules.commissive) and not passive(verb):
        request = _request(verb)  # 'urged X to act', 'vowed to act'
        if request is not None:
            return request, verb.text
    if lemma in rules.charging and _charge(verb) is not None:
        return next(c for c in children(verb) if c.dep_ == "dobj"), verb.text
    if verb.dep_ == "parataxis" and verb.head.pos_ in ("VERB", "AUX"):
        return verb.head, verb.text  # 'The rules, he added, would apply ...'
    return None, None


def _charge(verb: Token) -> Token | None:
    """'accused the minister of misleading MPs', 'blamed the fall in sales on high costs':
    the preposition that carries the charge, after the object (the parser hangs it anywhere)."""
    obj = next((c for c in children(verb) if c.dep_ == "dobj"), None)
    if obj is None:
        return None
    after = verb.doc[obj.i + 1 : verb.right_edge.i + 1]
    return next((t for t in after if t.dep_ == "prep" and t.lower_ in _CHARGES), None)


def _clause_in(obj: Token) -> Token | None:
    """'said Thursday's report reinforced stability', 'told the BBC that sales had slumped':
    an object whose subtree holds a verb with a subject of its own (not a relative clause's
    'who' or 'which') hides the reported clause; that verb stands for it."""
    for tok in children(obj):
        if tok.pos_ not in ("VERB", "AUX") or tok.dep_ == "relcl":
            continue
        for child in children(tok):
            if child.dep_ == "nsubj" and child.tag_ not in ("WDT", "WP"):
                return tok
    return None


def _request(verb: Token) -> Token | None:
    """'urged ministers to act', 'called on the council to resign': the infinitive asked for."""
    for child in children(verb):
        if child.dep_ == "xcomp" and any(c.lower_ == "to" for c in children(child)):
            return child
    for child in children(verb):
        if child.dep_ == "prep" and child.lower_ in ("on", "upon"):
            for obj in children(child):
                for sub in obj.subtree:
                    if sub.dep_ in ("acl", "xcomp", "relcl") and sub.tag_ == "VB":
                        return sub
    return None


def _may_ask(ctx: Context, verb: Token, subj: Token) -> bool:
    """A request or an undertaking ('urged X to ...', 'vowed to ...') is reported only from a
    person, a group or an organization: not from 'the image' a misparse hung the verb on, nor
    'what promises to be a huge match'."""
    lemma = verb.lemma_.lower()
    if (lemma not in ctx.rules.directive and lemma not in ctx.rules.commissive) or not any(
        c.dep_ in ("xcomp", "prep") for c in children(verb)
    ):
        return True
    words = ctx.rules.words
    if subj.lower_ == "what":  # a free relative is a thing
        return False
    return (
        subj.pos_ in ("PROPN", "PRON")
        or subj.ent_type_ in ("PERSON", "ORG", "NORP")
        or subj.lower_ in words.titles
        or subj.lower_ in words.organization_words
        or subj.lower_ in words.pronouns
    )


def _name_before(ctx: Context, verb: Token) -> Token | None:
    """'Desailly says ...' with the name misparsed as an adverb: a proper name right before
    the cue, opening its clause, speaks."""
    if verb.i == 0:
        return None
    tok = verb.doc[verb.i - 1]
    if ctx.inside[tok.i] or tok.ent_type_ not in ("PERSON", "ORG"):
        return None
    start = tok.i
    while start > 0 and verb.doc[start - 1].ent_iob_ == "I" and tok.ent_iob_ == "I":
        start -= 1
    if start > verb.sent.start and not verb.doc[start - 1].is_punct:
        return None
    return tok


def _final_attribution(ctx: Context, verb: Token) -> tuple[Token, tuple[int, int]] | None:
    """'Sales fell in May, the Office for National Statistics said.': a cue closing its
    sentence after a comma and a speaker, when the parse hung neither on it."""
    doc = ctx.doc
    sent = verb.sent
    end = verb.i + 1
    while end < sent.end and not doc[end].is_punct:
        if doc[end].pos_ in ("VERB", "AUX"):
            return None  # 'the minister told reporters he would ...' is another pattern
        if doc[end].dep_ == "dobj" and verb.lemma_.lower() != "tell":
            return None  # 'Smith added the conversion.': a cue word in another sense
        end += 1
    if end < sent.end and doc[end].text not in (".", "!"):
        return None
    comma = verb.i - 1
    depth = 0
    while comma > sent.start and (doc[comma].text != "," or depth):
        depth += {")": 1, "(": -1}.get(doc[comma].text, 0)
        if doc[comma].pos_ == "VERB" or (doc[comma].pos_ == "AUX" and doc[comma].lemma_ != "have"):
            return None
        comma -= 1
    if comma <= sent.start or comma + 1 >= verb.i:
        return None
    heads = [
        t for t in doc[comma + 1 : verb.i] if not comma < t.head.i < verb.i and t.pos_ != "AUX"
    ]
    if len(heads) != 1 or heads[0].pos_ not in ("PROPN", "NOUN", "PRON"):
        return None
    head = heads[0]
    if head.lower_ in ctx.rules.not_speakers:
        return None
    a, b = sent.start, comma
    if not any(t.tag_ in _FINITE for t in doc[a:b]):
        return None
    span = _trim(ctx, a, b)
    return (head, span) if span is not None else None


def _parenthetical(ctx: Context, verb: Token) -> tuple[Token, tuple[int, int]] | None:
    """'Also, said Mr Trainor, the industry would need new rules.': a cue and a name set off by
    commas before the words they attribute. Read from the words, not the parse, which often
    makes the name the subject of the clause after it."""
    doc = ctx.doc
    sent = verb.sent
    if verb.i - 1 <= sent.start or doc[verb.i - 1].text != ",":
        return None
    k = verb.i + 1
    while k < min(sent.end, verb.i + 6) and doc[k].text != ",":
        k += 1
    name = doc[verb.i + 1 : k]
    if k >= sent.end or doc[k].text != "," or not name or not _names_one(ctx, name):
        return None
    if any(t.tag_ in _FINITE for t in doc[sent.start : verb.i - 1]):
        return None  # the words come before: '..., said Mr Trainor, though ...'
    if not any(t.tag_ in _FINITE for t in doc[k + 1 : sent.end]):
        return None
    span = _trim(ctx, k + 1, sent.end)
    return (name[-1], span) if span is not None else None


def _names_one(ctx: Context, name) -> bool:
    """'Mr Trainor', 'Jane Hill', "the council's report": one speaker, not a clause."""
    honorifics = ctx.rules.words.honorifics
    words = [t for t in name if t.lower_.rstrip(".") not in honorifics]
    if not words or words[-1].lower_ in ctx.rules.not_speakers:
        return False
    if words[0].lower_ in ("the", "a", "an"):
        words = words[1:]
    return (
        bool(words)
        and all(t.pos_ in ("PROPN", "NOUN", "ADJ") or t.tag_ == "POS" for t in words)
        and words[-1].pos_ in ("PROPN", "NOUN")
    )


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


def _content_span(ctx: Context, head: Token, verb: Token) -> tuple[int, int] | None:
    """The reported words: the complement's subtree, without 'that' and trailing punctuation,
    and without another report joined to it ('... while the Lib Dems say ...', '..., but it
    did not say how many')."""
    a, b = head.left_edge.i, head.right_edge.i + 1
    if head.head.i != verb.i and head.head.head.i == verb.i:  # the clause a misparsed object hides
        b = max(b, head.head.right_edge.i + 1)
    if verb.dep_ == "parataxis" and verb.head.i == head.i and head.i > verb.i:
        a = _after_tag(ctx, a, verb)
    elif verb.dep_ == "parataxis" and verb.head.i == head.i and _clause_after_tag(head, verb):
        b = verb.left_edge.i
    charge = (
        _charge(verb) if head.dep_ == "dobj" and verb.lemma_.lower() in ctx.rules.charging else None
    )
    if charge is not None:  # 'accused the minister of misleading MPs'
        b = max(b, charge.right_edge.i + 1)
    b = _dangling_conjunct(ctx, a, b, verb)
    for tok in ctx.doc[head.i + 1 : b]:
        if (
            tok.i != verb.i
            and (
                tok.dep_ in ("conj", "parataxis")
                or (tok.dep_ == "advcl" and any(c.lower_ in _CONTRAST for c in children(tok)))
            )
            and (ctx.is_cue(tok) or _denied(ctx, tok))
            and any(c.dep_ in ("nsubj", "nsubjpass") for c in children(tok))
        ):
            b = tok.left_edge.i
            while b > a and ctx.doc[b - 1].dep_ in ("cc", "mark", "punct"):
                b -= 1
            break
    return _trim(ctx, a, b)


def _dangling_conjunct(ctx: Context, a: int, b: int, verb: Token) -> int:
    """'said he was "coming to grips" with what had happened and his opinion had been
    lowered': the parser hangs the second clause on the cue, leaving the 'and' in the first;
    a clause left ending in its conjunction runs on through the conjunct that follows (not
    another report: '... and Jones said ...' is cut after)."""
    doc = ctx.doc
    if b - 1 <= a or b >= len(doc) or doc[b - 1].dep_ != "cc" or not a <= doc[b - 1].head.i < b:
        return b
    nxt = next((c for c in children(verb) if c.dep_ == "conj" and c.left_edge.i == b), None)
    if nxt is None or ctx.is_cue(nxt) or _denied(ctx, nxt):
        return b
    return nxt.right_edge.i + 1


def _clause_after_tag(head: Token, verb: Token) -> bool:
    """'Sales will rise, analysts said, and the firm expects ...': a clause of its own joined
    after a tag closing the words is the story's (or another's), not the tag's speaker's."""
    return any(
        c.dep_ == "conj"
        and c.i > verb.i
        and any(g.dep_ in ("nsubj", "nsubjpass") for g in children(c))
        for c in children(head)
    )


def _after_tag(ctx: Context, a: int, verb: Token) -> int:
    """'But now, he said, laptops can last longer': the words start after the tag when no
    subject of theirs comes before it ('The rules, he added, would apply' keeps 'The rules')."""
    start = verb.left_edge.i
    if any(t.dep_ in ("nsubj", "nsubjpass") for t in ctx.doc[a:start]):
        return a
    end = verb.right_edge.i + 1
    while end < len(ctx.doc) and ctx.doc[end].is_punct:
        end += 1
    return end


def _denied(ctx: Context, verb: Token) -> bool:
    """'..., but it did not say how many': a speech verb negated, the journalist's aside."""
    return verb.lemma_.lower() in ctx.rules.speech and any(c.dep_ == "neg" for c in children(verb))


def _trim(ctx: Context, a: int, b: int) -> tuple[int, int] | None:
    """The words from a to b without the 'that' opening them and the punctuation around;
    a condition opening them stays ('said unless it was discussed, there would be no deal')."""
    doc = ctx.doc
    while a < b and (
        (doc[a].dep_ == "mark" and (doc[a].lower_ == "that" or doc[a].head.dep_ != "advcl"))
        or doc[a].is_punct
        or doc[a].idx < ctx.body_start
    ):
        a += 1
    while b > a and (doc[b - 1].is_space or (doc[b - 1].is_punct and not _kept(doc, a, b - 1))):
        b -= 1
    if b - a < 3:
        return None
    span = doc[a].idx, doc[b - 1].idx + len(doc[b - 1])
    if not any(ctx.inside[a:b]):
        return span
    return _around_quote(ctx, a, b, span)


def _around_quote(ctx: Context, a: int, b: int, span: tuple[int, int]) -> tuple[int, int] | None:
    """'said the plan was "a disgrace" and should be dropped': a statement the story reports
    around a short phrase of the speaker's own words is reported speech too (the phrase is
    also a direct quote); words that open with a quote or run into a long one are not."""
    s, e = span
    for q in ctx.marks:
        if q.open < e and q.close > s:
            if q.open < s or ctx.text[e : q.end].strip(".,;:!? "):
                return None
            if q.end >= e:
                e = q.close  # keep the closing mark of a phrase that ends the words
    words = [t for t in ctx.doc[a:b] if not t.is_punct]
    own = sum(1 for t in words if not ctx.inside[t.i])
    if ctx.inside[a] or own < _OWN_WORDS or own * 2 < len(words):
        return None
    return s, e


def _kept(doc, a: int, last: int) -> bool:
    """'5%', '(ONS)', 'follow-up': a last mark that belongs to the words."""
    tok = doc[last]
    if tok.text == "%":
        return True
    if tok.text in (")", "]"):
        opening = "(" if tok.text == ")" else "["
        return any(t.text == opening for t in doc[a:last])
    return False


def _according_reported(ctx: Context) -> list[tuple[int, Token, tuple[int, int], str]]:
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
        span = _trim(ctx, s, e)
        if span is not None:
            out.append((min(first, s), source, span, cue))
    return out


def reported_items(ctx: Context, found) -> list[dict]:
    """Quote items for reported speech, speakers resolved now."""
    return [
        quote_item(ctx.text, span[0], span[1], False, cue, ctx.speaker(subj))
        for _, subj, span, cue in found
    ]
