"""Full Fact's type of what a claim sentence asserts (claims/sentence.py decides whether it
is one): quantity, prediction, cause, law, the speaker's own experience, else another fact.

Cue words (models/claims/words.json) for change, ranking and the future are read in the main
clause (`main_clause`); causal and legal cues anywhere; the parse says who underwent what
(claims/personal.py) and when a present tense is a timetable (claims/future.py).
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Span, Token

from .clauses import people
from .future import (
    SPECULATIVE_FUTURE,
    due_to_verb,
    expected,
    future_act,
    habitual,
    planned,
    scheduled,
    speculated,
    to_come,
)
from .personal import personal
from .sentence import SUBJECTS, ClaimType, content_verb, passive, subject_of


def claim_type(
    sentence: Span, words: dict, *, amount: bool, number: bool, headline: bool = False
) -> ClaimType:
    """Full Fact's type, the first that applies in the order of `ClaimType`.

    A quantity asserts a value: an amount, a percentage or a count (`amount`, `number`), or a
    change, a ranking or a superlative ("fell", "the biggest"); a change that is still to come
    without a value ("could rise sharply") is a prediction. Change, ranking and future cues are
    read in the main clause only (`main_clause`): "the meeting, which would breach the rules"
    asserts no future, "one of the most iconic firms" in an aside no ranking. Causal and legal
    cues count anywhere ("... because the law says ..."). A `headline`'s infinitive is its
    future tense ("Juventus to hold talks").
    """
    if amount or number or _counted(sentence):
        return "quantity"
    asserted, main = main_clause(sentence)
    if _likelier(main) or _sized(main):
        return "quantity"
    dated = _dated(sentence)
    undated = [t for t in sentence if t.i not in dated]
    forms = _forms(sentence)
    cue = _cues(undated, words, forms)
    permitted = _permitted(asserted)
    unpermitted = [t for t in asserted if t.i not in permitted]
    future = (
        _cues(unpermitted, words, forms, skip=habitual(asserted))("future")
        or due_to_verb(asserted)
        or expected(asserted)
        or planned(asserted)
        or (headline and to_come(sentence))
        or (not headline and scheduled(asserted, words))
    )
    changes = [t for t in main if not _refuses(t)]
    verb = content_verb(sentence, words)
    causal = (
        (cue("causal") and _uncharged_cause(sentence, undated, words, forms))
        or _caused_change(main, words)
        or _enabled(verb, words)
    )
    known = frozenset(t.i for t in main if _known_for(t) or _renowned(t, words))
    compared = (
        _cues(changes, words, forms, skip=known)("quantity")
        or (
            # the costly skip only when the cue is there at all
            _cues(changes, words, forms)("change")
            and _cues(changes, words, forms, skip=_unasserted(changes, causal=causal))("change")
        )
        or any(
            t.tag_ in ("JJS", "RBS")
            and t.lower_ != "latest"  # "the latest in a series": the order in time, no value
            and not (_group(t) or _award(t) or t.i in known)
            for t in main
        )
        or _than(main)
    )
    hedged = any(t.lower_ in SPECULATIVE_FUTURE and t.tag_ == "MD" for t in asserted)
    if compared and not (future or hedged):
        return "quantity"
    if future or (compared and hedged):
        return "prediction"
    if causal:
        return "correlation_or_causation"
    if speculated(verb):
        return "prediction"
    if cue("law") and _cues(undated, words, forms, skip=_no_law(sentence, words))("law"):
        return "prediction" if future_act(sentence, words) else "law_or_rule"
    if personal(sentence, words):
        return "personal_experience"
    return "other"


def _likelier(tokens) -> bool:
    """ "Women are more likely than men to ...", "the least likely to vote": a compared rate
    (CLAIMS_GUIDELINES: "more likely" is quantity), not a forecast for all its "likely to";
    but "makes it less likely that rates will rise" forecasts."""
    return any(
        t.lower_ in ("likely", "probable")
        and any(c.dep_ == "advmod" and c.lower_ in _DEGREES for c in t.children)
        and not any(c.dep_ == "ccomp" for c in t.children)  # "less likely that rates will rise"
        for t in tokens
    )


def _sized(tokens) -> bool:
    """ "the number of people reading blogs is tiny", "the share of women on boards remains
    small": a count or a share as the subject, sized by its predicate, is a value stated."""
    return any(
        t.lemma_.lower() in _MEASURES
        and t.dep_ == "nsubj"
        and t.head.lemma_ in ("be", "remain", "stay")
        and any(c.dep_ == "prep" and c.lower_ == "of" for c in t.children)
        and any(c.dep_ in ("acomp", "attr") for c in t.head.children)
        for t in tokens
    )


_MEASURES = frozenset({"number", "amount", "proportion", "share", "percentage"})
_DEGREES = frozenset({"more", "most", "less", "least"})
_MULTIPLE = re.compile(r"(two|three|four|five|six|seven|eight|nine|ten|twenty|hundred|\d+)-?fold$")
_SHARES = frozenset({"third", "thirds", "quarter", "quarters", "fifth", "fifths"})
_SEQUENCE = frozenset({"after", "before", "until", "following"})  # "came after the ban"
_SPANS = frozenset({"year", "month", "decade", "century"})  # "the first ... in 21 years"


def _counted(sentence: Span) -> bool:
    """A count or ranking in words, in any clause (CLAIMS_GUIDELINES: counts, rankings and
    records are quantity): "nominated for a fifth time", "Asia's fourth-largest economy", "lost
    a third of their value", "rose threefold", and a record, a first over a period ("the first
    leader since 1945 to ...", "for the first time in 21 years"); a first alone ("the first
    soap to win") is other."""
    for t in sentence:
        if _MULTIPLE.match(t.lower_):
            return True
        if t.ent_type_ != "ORDINAL":
            continue
        head = t.head
        if t.dep_ == "amod" and t.lower_ != "first" and _for_time(head):
            return True  # "for a fifth time"; not "the second time, ..." (which time)
        if t.dep_ == "advmod" and head.tag_ in ("JJS", "RBS"):
            return True  # "fourth-largest", "second biggest"
        after = head.doc[head.i + 1 : head.i + 2]  # "the first woman since ... to"
        if t.lower_ == "first" and any(_period(s) for s in (*head.subtree, *after) if s.i > t.i):
            return True
        if t.lower_ in _SHARES and _share(t):
            return True
    return False


def _for_time(noun: Token) -> bool:
    return noun.lemma_ == "time" and noun.dep_ == "pobj" and noun.head.lower_ == "for"


def _period(word: Token) -> bool:
    """What makes a first a record: "since Hoover", "since 1988", "in 21 years"; not a
    "since" of reason ("since their countries have ratified it"), which takes a clause."""
    return any(
        (word.lower_ == "since" and o.dep_ == "pobj")
        or (word.lower_ == "in" and o.lemma_.lower() in _SPANS and o.ent_type_ == "DATE")
        for o in word.children
    )


def _share(fraction: Token) -> bool:
    """ "a third of their value", "two thirds of voters": a share; not "the third of May"."""
    doc = fraction.doc
    before = doc[fraction.i - 1] if fraction.i else None
    after = doc[fraction.i + 1] if fraction.i + 1 < len(doc) else None
    return (
        before is not None
        and (before.lower_ == "a" or before.pos_ == "NUM")
        and after is not None
        and after.lower_ == "of"
    )


_PERMITS = frozenset({"allow", "permit", "require"})
_ABOUT = frozenset({"about", "on", "over", "into"})
_DISCUSS = frozenset({"discuss", "debate", "cover", "consider", "review", "examine"})
_OUT = frozenset({"out", "over"})  # "was ruled out of the final", "agents are ruling over us"


def _no_law(sentence: Span, words: dict) -> frozenset[int]:
    """Law words that say nothing of what a law or rule says (CLAIMS_GUIDELINES:
    law_or_rule): one that only classes a thing ("an illegal approach", "the banned drug",
    "the constitutional affairs spokesman"), "rule out" and "rule over", "must have" (an
    inference), and letting or needing done by a person or a thing that is no rule or body
    ("we allowed them to dictate the pace", "the game requires users to build cars"; but
    "the rules allow ...", "the court allowed ...", "players are allowed to ...")."""
    return frozenset(t.i for t in sentence if _not_law(t, words))


def _not_law(t: Token, words: dict) -> bool:
    lemma = t.lemma_.lower()
    return (
        (_classes(t) and (lemma in words["law"] or t.lower_ in words["law"]))
        or (lemma == "rule" and any(c.lower_ in _OUT for c in t.children))
        or (
            t.lower_ == "must"
            and any(c.dep_ == "aux" and c.lemma_ == "have" for c in t.head.children)
        )
        or (lemma in _PERMITS and not passive(t) and _agent(subject_of(t), words))
        or _topic(t)
    )


def _topic(noun: Token) -> bool:
    """What talk, a meeting or a question is about ("talks on the bill", "questions about
    the new rules", "MPs debated the treaty"): an event, not what the law says."""
    head = noun.head
    return noun.pos_ == "NOUN" and (
        (noun.dep_ == "pobj" and head.lower_ in _ABOUT and head.head.pos_ == "NOUN")
        or (noun.dep_ == "dobj" and head.lemma_ in _DISCUSS)
    )


def _classes(adjective: Token) -> bool:
    """An adjective on a noun that is no predicate: "the banned drug" classes it, where "was
    not an illegal technology" says what the law holds."""
    noun = adjective.head
    return adjective.dep_ == "amod" and noun.pos_ in ("NOUN", "PROPN") and noun.dep_ != "attr"


def _agent(subject: Token | None, words: dict) -> bool:
    """A person or a thing as a subject, not a law, a document or a body."""
    if subject is None or subject.ent_type_ in ("ORG", "GPE", "NORP", "LAW"):
        return False
    if subject.pos_ == "PRON":
        return subject.lower_ in ("i", "we", "you", "he", "she")
    lemma = subject.lemma_.lower()
    return subject.pos_ == "NOUN" and not (
        lemma in words["law"] or lemma in words["documents"] or lemma in words["organizations"]
    )


def _dated(sentence: Span) -> frozenset[int]:
    """The tokens of a clause or phrase that only times the event ("the move came after the US
    lifted a ban", "he resigned after being blamed for the fall"): its law and cause words are
    not what the sentence asserts ("it is weeks before the rules come in" says when they do)."""
    dated: set[int] = set()
    for t in sentence:
        if t.lower_ in _SEQUENCE and t.dep_ in ("mark", "prep"):
            clause = t.head if t.dep_ == "mark" else t
            if clause.head.lemma_ != "be":  # "it is weeks before the rules come in": the content
                dated.update(x.i for x in clause.subtree)
    return frozenset(dated)


def _uncharged_cause(sentence: Span, undated: list[Token], words: dict, forms: dict) -> bool:
    """A causal cue outside the deed a charge, a plea or a sentence names, a gerund under one
    (words.json `charges`): "charged with causing death by dangerous driving", "denies causing
    the crash", "pleaded guilty to causing" name the offence ("blamed for causing" still is a
    cause, by its own cue)."""
    charged = {
        x.i
        for t in sentence
        if t.tag_ == "VBG"
        and t.dep_ in ("pcomp", "dobj", "xcomp")
        and (t.head.head if t.dep_ == "pcomp" else t.head).lemma_.lower() in words["charges"]
        for x in t.subtree
    }
    kept = [t for t in undated if t.i not in charged]
    return not charged or _cues(kept, words, forms)("causal")


def _known_for(token: Token) -> bool:
    """ "best known for", "best remembered for", "most famous for": what someone is noted
    for, no ranking."""
    return (
        token.lower_ in ("best", "most")
        and token.dep_ == "advmod"
        and token.head.tag_ in ("VBN", "JJ")
        and any(c.dep_ == "prep" and c.lower_ == "for" for c in token.head.children)
    )


def _renowned(token: Token, words: dict) -> bool:
    """ "one of the best-known names", "Japan's most powerful families": a superlative of
    fame or standing (words.json `renown`) ranks by no figure."""
    return (
        token.lower_ in ("most", "best")
        and token.dep_ == "advmod"
        and token.head.lower_ in words["renown"]
    )


def _forms(sentence: Span) -> dict[int, tuple[str, str, bool]]:
    """Each token's lower form, lemma, and whether a single cue word may match it (not inside
    a name, not a noun modifying another), read once for the several `_cues` of a sentence."""
    return {
        t.i: (t.lower_, t.lemma_.lower(), t.tag_ not in ("NNP", "NNPS") and not _modifier(t))
        for t in sentence
    }


def _cues(tokens, words: dict, forms: dict, skip: frozenset[int] = frozenset()):
    """A test of whether a cue list (words or phrases, words.json) occurs in `tokens`; a
    single word is not matched inside a name ("the Daily Record"), as a noun modifying
    another ("the growth estimate") or at a token in `skip`; phrases are ("record profits")."""
    seen = [(t.i, forms[t.i]) for t in tokens]
    phrases = f" {' '.join(form[0] for _, form in seen)} "
    common = [form for i, form in seen if form[2] and i not in skip]
    lemmas = {form[1] for form in common} | {form[0] for form in common}

    def cue(kind: str) -> bool:
        pattern = _phrases(words[kind])
        return not lemmas.isdisjoint(words[kind]) or bool(pattern and pattern.search(phrases))

    return cue


@lru_cache(maxsize=64)
def _phrases(cues: frozenset[str]) -> re.Pattern | None:
    """The cues of several words in a list, as one pattern (one search, not one a phrase)."""
    found = sorted((w for w in cues if " " in w), key=len, reverse=True)
    return re.compile("|".join(f" {re.escape(w)} " for w in found)) if found else None


def _unasserted(tokens, *, causal: bool) -> frozenset[int]:
    """Changes named, not asserted: a noun of change below a preposition ("blamed for the
    fall", "plans for a tax rise", "part of the surge") and a participle modifying a noun
    ("rising oil prices", "its fast-growing economy"), a change of standing (`_to_standing`),
    a verb whose particle gives it another sense (`_other_sense`);
    in a causal sentence, a subject too ("slower growth was blamed for ..."). A change is
    asserted by a verb ("sales fell") or a noun the verb takes ("reported a fall in sales")."""
    named = {"pobj", "pcomp", "conj", "appos"} | ({"nsubj", "nsubjpass"} if causal else set())
    return frozenset(
        t.i
        for t in tokens
        if (t.pos_ == "NOUN" and t.dep_ in named)
        or (t.tag_ in ("VBG", "VBN", "JJ") and t.dep_ in ("amod", "compound"))
        or _to_standing(t)
        or _other_sense(t)
    )


def _other_sense(verb: Token) -> bool:
    """A particle right after the verb, with no object of its own ("fell through", "dropped
    out of the race"); "fell over 5%", "rose up the table" still change."""
    if verb.pos_ != "VERB" or verb.i + 1 >= len(verb.doc):
        return False
    after = verb.doc[verb.i + 1]
    return (
        after.lower_ in _OTHER_SENSE
        and after.head.i == verb.i
        and after.dep_ in ("prt", "prep")
        and not any(g.dep_ == "pobj" for g in after.children)
    )


# particles that give a verb of change another sense: "grew up in Leeds", "the deal fell
# through", "dropped out of the race", "the talks fell apart", "fell over"
_OTHER_SENSE = frozenset({"up", "out", "through", "apart", "over"})


def _to_standing(verb: Token) -> bool:
    """ "rose to prominence", "fell into a coma": a change of standing or state, no value
    ("rose to £5m", "rose to a record", "fell into the red" carry their own)."""
    return verb.pos_ == "VERB" and any(
        c.dep_ == "prep"
        and any(
            o.dep_ == "pobj"
            and o.pos_ == "NOUN"
            and [g.lower_ for g in o.children if g.dep_ in ("det", "nummod", "amod")]
            == ([] if c.lower_ == "to" else ["a"] if c.lower_ == "into" else [None])
            for o in c.children
        )
        for c in verb.children
    )


def _group(token: Token) -> bool:
    """ "a tax rise for the wealthiest", "help for the world's poorest": a superlative naming
    people, not ranking ("among the finest", "one of the biggest" still rank)."""
    return (
        token.dep_ == "pobj"
        and token.head.lower_ not in ("among", "of")
        and any(c.dep_ in ("det", "poss") for c in token.children)
        and not any(c.dep_ in ("amod", "compound") for c in token.children)
    )


def _award(token: Token) -> bool:
    """ "won the best film award", "was named best comedy", "took best supporting actor": a
    prize's name, no ranking; "the best results since 1990" still ranks."""
    if token.lower_ != "best":
        return False
    modified = token
    if token.dep_ == "advmod" and token.head.dep_ == "amod":
        modified = token.head  # "best supporting actor": "best" on the participle
    head = modified.head
    return modified.dep_ == "amod" and (
        not any(c.dep_ in ("det", "poss") for c in head.children)
        or any(c.dep_ == "compound" for c in head.children)
    )


def _caused_change(tokens, words: dict) -> bool:
    """A change acting on something: a noun of change as the subject of a verb with an object
    ("the dollar's decline has strengthened the yen", "the rise in rates hurt exporters")."""
    return any(
        t.pos_ == "NOUN"
        and t.dep_ == "nsubj"
        and t.lemma_.lower() in words["change"]
        and any(c.dep_ == "dobj" for c in t.head.children)
        for t in tokens
    )


def _permitted(tokens) -> frozenset[int]:
    """What a permission or a duty covers ("the rules allow shops to open on Sundays",
    "requires firms to launch a review"): a rule's scope, not an act still to come ("will
    allow" is still one, by its own "will")."""
    return frozenset(
        x.i
        for t in tokens
        if t.lemma_ in _PERMITS and t.pos_ == "VERB"
        for c in t.children
        if c.dep_ in ("ccomp", "xcomp")
        for x in c.subtree
    )


def _enabled(verb: Token, words: dict) -> bool:
    """A thing that lets or helps something happen, as what the sentence asserts: "the new
    software has allowed firms to cut costs", "low rates helped keep prices stable" (a cause);
    a person's leave ("the manager allowed him to leave") is an act, a rule's or a body's
    ("the rules allow ...") a rule, and "in the belief that games help learning" no assertion."""
    if any(c.dep_ == "aux" and c.lemma_.startswith("help") for c in verb.children):
        return _thing(subject_of(verb), words)  # "helped drive", "help" read as an auxiliary
    return (
        verb.lemma_ in _ENABLES
        and verb.pos_ == "VERB"
        and not passive(verb)
        and any(c.dep_ in ("xcomp", "ccomp") and c.pos_ in ("VERB", "AUX") for c in verb.children)
        and _thing(subject_of(verb), words)
    )


_ENABLES = frozenset({"allow", "enable", "help", "permit"})


def _thing(subject: Token | None, words: dict) -> bool:
    """A common noun that is no person, law, document or body: "the software", "low rates"."""
    return (
        subject is not None
        and subject.pos_ == "NOUN"
        and not subject.ent_type_
        and _agent(subject, words)
        and subject.lemma_.lower() not in words["unnamed"]
        and not people(subject)
    )


def _than(tokens) -> bool:
    """A comparison with "than": "more popular than ever", "more people signed up than in any
    other quarter", "prices are lower than a year ago"; or a level stated below another:
    "confidence was below that seen in June", "profits stayed below forecasts" ("above" is
    as often a standing: "he is above money", "no one is above the law")."""
    lowers = {t.lower_ for t in tokens}
    return ("than" in lowers and any(t.tag_ in ("JJR", "RBR") for t in tokens)) or any(
        t.lower_ == "below"
        and t.dep_ == "prep"
        and t.head.lemma_ in ("be", "remain", "stay")
        and any(o.dep_ == "pobj" and o.pos_ in ("PRON", "NOUN", "NUM") for o in t.children)
        and not any(o.ent_type_ in ("FAC", "GPE", "LOC", "ORG") for o in t.subtree)
        for t in tokens
    )


def _refuses(token: Token) -> bool:
    """ "declined to comment": a verb of change with an infinitive is an act, not a value."""
    return token.pos_ == "VERB" and any(c.dep_ == "xcomp" for c in token.children)


def _modifier(token: Token) -> bool:
    """A noun modifying another ("the growth estimate", "a record label"): it names, it
    asserts no change."""
    return token.dep_ == "compound" and token.pos_ == "NOUN"


def main_clause(sentence: Span) -> tuple[list[Token], list[Token]]:
    """The sentence without its asides, as asserted and as main: both leave out relative
    clauses, participle modifiers and appositions ("..., which will be held in May", "Yahoo,
    one of the biggest firms, ..."); the asserted part leaves out adverbial clauses too ("as he
    was about to speak"). An infinitive modifier stays ("plans to sell the unit"), and so does a
    noun's content clause ("no doubt that I am going to play"), and a headline's participle
    ("Rank set to sell unit")."""
    root = sentence.root
    verbal = root.pos_ in ("VERB", "AUX")
    # each token's most telling aside on its path up: 0 none, 1 adverbial, 2 any other; kept
    # per token, so no path up the tree is walked twice
    aside_at = {root.i: 0}
    for token in sentence:
        path, node = [], token
        while node.i not in aside_at and node.head.i != node.i:
            path.append(node)
            node = node.head
        if node.i not in aside_at:  # the top of a tree the sentence's root is not in
            aside_at[node.i] = _aside(node, verbal=verbal)
        kind = aside_at[node.i]
        for passed in reversed(path):
            kind = max(kind, _aside(passed, verbal=verbal))
            aside_at[passed.i] = kind
    asserted = [t for t in sentence if aside_at[t.i] == 0]
    main = [t for t in sentence if aside_at[t.i] < 2]
    return asserted, main


def _aside(node: Token, *, verbal: bool) -> int:
    """2 for a relative clause, an apposition or a participle modifier, 1 for an adverbial
    clause, 0 otherwise."""
    if node.dep_ in ("relcl", "appos"):
        return 2
    if node.dep_ == "advcl":
        return 1
    participle = (
        verbal
        and node.dep_ == "acl"
        and node.tag_ in ("VBN", "VBG")
        and not any(c.dep_ in SUBJECTS or c.dep_ == "aux" for c in node.children)
    )
    return 2 if participle else 0
