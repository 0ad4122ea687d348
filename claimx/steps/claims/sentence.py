"""Whether a sentence asserts something checkable (claims/kinds.py gives its type).

Read from the parse. A sentence is no claim when it asks (ends in "?"), commands (a bare
verb with no subject opens it), wishes or pleads ("hope", "urge", any subject), gives a
first or second person opinion ("I think ...", "we feel ..."), tells what something did to
a person's mind ("has made him determined"), advises ("should", "you have to ..."), calls on
someone in particular ("the council must act"), praises with a superlative of judgement ("the
best coach in the country"), reports a label ("branded the plan inadequate"), or judges
without facts (a copula with an evaluative predicate and no number or name: a hand list, or
a word of strong sentiment from the VADER lexicon, models/claims/subjective.txt); a
verbless fragment is a claim only when it carries a number. "X said P" is read on P: the
content clause of a reporting verb (and of a verb of opinion under it: "said he thought P")
decides both whether and what.
A figure decides a few: a wish for one's own deed with one is a plan ("wants to give a $300
billion tax cut"), a condition with one outside it foresees a value, and a question in a
statement's word order with one asserts; a call on someone ("challenged his side to ..."), an
aim or priority put as a clause ("our goal is to ...") and "we have to" without one are none.
Mood, person and modality rather than cue words: "we must", "we could" and "you can" (with
no figure) exhort, hedge or address the reader; "even if" concedes, it sets no condition;
advice or a command that gives a "because" reason asserts the reason; a rating put as a deed
or possession ("did a great job") judges; and only a value stated (not "a top-five player")
keeps a judgement a claim.
"""

from __future__ import annotations

from typing import Literal

from spacy.tokens import Span, Token

from .asserts import (
    SUBJECTS,
    aim_stated,
    calls_on,
    declarative,
    figure,
    obliged,
    plan_with_figure,
    subject_of,
)
from .clauses import made_to_feel, wish
from .quoted import QUOTE_MARKS, quoted_charge, quoted_words

# Full Fact's types, in the order that breaks a tie.
ClaimType = Literal[
    "quantity",
    "prediction",
    "correlation_or_causation",
    "law_or_rule",
    "personal_experience",
    "other",
]
_PERSONAL = frozenset({"i", "we", "you"})
_FACT_ENTITIES = frozenset({"PERSON", "ORG", "GPE", "NORP", "EVENT", "LAW", "DATE", "MONEY"})
_SPECULATIVE = frozenset({"could", "might", "would", "'d", "must"})  # with "I", "we"
_COMPARATIVES = frozenset({"JJR", "JJS", "RBR", "RBS"})
_OUTSIDE_SCOPE = frozenset({"nsubj", "nsubjpass", "expl", "conj", "cc", "ccomp", "advcl", "punct"})
_DUTIES = frozenset({"duty", "responsibility", "obligation"})  # "has a duty to act"
# verbs other than "be" that link a person to how they feel: "has become frustrated"
_FEELING = frozenset({"become", "remain", "feel", "grow"})
_PEOPLE = frozenset({"i", "we", "he", "she", "they"})


class Sentence:
    """A sentence whose tokens and root are made once: a Span makes a new Token at each step
    of each walk over it, and works out its root at each call, and the claims step does both
    some forty times a sentence. Anything else is the Span's."""

    __slots__ = ("root", "span", "tokens")

    def __init__(self, span: Span):
        self.span, self.tokens, self.root = span, tuple(span), span.root

    def __iter__(self):
        return iter(self.tokens)

    def __len__(self) -> int:
        return len(self.tokens)

    def __getitem__(self, index: int) -> Token:
        return self.tokens[index]

    def __getattr__(self, name: str):
        return getattr(self.span, name)


def content_verb(sentence: Span, words: dict) -> Token:
    """The verb of what is asserted: the clause under a reporting verb, else the root."""
    return _reported(sentence, words)[-1]


def _reported(sentence: Span, words: dict) -> list[Token]:
    """The root and the clause reported under it, and under that one's verb of opinion:
    "said he thought it was a great idea" is read on the idea's worth, a view ("said he
    wanted ..." on the wish); "said a survey showed that ..." stays read on the finding."""
    chain = [sentence.root]
    while chain[-1].lemma_.lower() in words["reporting"] and (
        len(chain) == 1 or (len(chain) == 2 and chain[-1].lemma_.lower() in words["opinion_verbs"])
    ):
        clause = next(
            (
                c
                for c in chain[-1].children
                if c.dep_ in ("ccomp", "xcomp") and c.pos_ in ("VERB", "AUX")
            ),
            None,
        )
        if clause is None:
            break
        chain.append(clause)
    return chain


def is_claim(
    sentence: Span, words: dict, *, has_number: bool, valued: bool, headline: bool = False
) -> bool:
    """`has_number`: a number that is no date; `valued`: one the sentence asserts as a value
    (claims/__init__.py), the only kind that keeps a judgement a claim ("a top-five player",
    "in just one decade" only place or date it)."""
    tokens = [t for t in sentence if not t.is_space and t.text not in QUOTE_MARKS]
    if not tokens or all(t.is_punct for t in tokens):
        return False
    asks = tokens[-1].text == "?" or (len(tokens) > 1 and tokens[-2].text == "?")
    if asks and not (valued and declarative(sentence.root, tokens[0], words)):
        return False
    if not any(t.pos_ in ("VERB", "AUX") for t in tokens):
        return has_number or (headline and not _headline_no_claim(sentence, words))
    chain = _reported(sentence, words)
    root, verb = chain[0], chain[-1]
    if _imperative(root, tokens[0]):
        return _reason(root, words)
    wishes = {root} if root.lemma_.lower() in words["evidence"] else set(chain)
    if any(wish(clause, words) and not plan_with_figure(clause) for clause in wishes):
        return False  # "they want ...", but "a survey found that voters want ..." is a finding
    if not valued and any(calls_on(c, words) or aim_stated(c, words) for c in chain):
        return False  # a call or an aim; with a figure, a demand or a target to check
    factual = has_number or any(t.tag_ in ("JJS", "RBS") for t in tokens)
    named = any(t.ent_type_ in _FACT_ENTITIES for t in tokens)
    joined = _joined(root, words)
    for clause in () if factual else {*chain, *joined}:  # "I think" before a figure asserts
        if named and clause.lemma_.lower() in words["factive"]:
            continue  # "we know he was at Florida State", but "I think the Fed ..." is a view
        subject = subject_of(clause)
        if subject is None or subject.lower_ not in _PERSONAL:
            continue
        if wish(clause, words) and not plan_with_figure(clause):
            return False  # "a lot can happen, but I'm hoping to be around"
        if (clause.lemma_.lower() in words["opinion_verbs"] and not _forecast(clause)) or any(
            c.dep_ == "aux" and c.lower_ in _SPECULATIVE for c in clause.children
        ):
            return False  # "I think ...", "we could do it with our eyes shut", "we must win"
        if obliged(clause):
            return False  # "we have to give him confidence": as "we must"
    advice = any(c.dep_ == "aux" and c.lower_ in words["advice_modals"] for c in verb.children)
    if advice or _generic_duty(verb, factual) or (not has_number and _demand(verb, words)):
        return _reason(verb, words)
    if any(_labelled(c, words) for c in (root, verb, *joined)):
        return False
    if not factual and any(_criticism(c, words) or quoted_charge(c) for c in (root, verb)):
        return False
    if _supposed(root) or _supposed(verb) or (_impression(verb) and not has_number):
        return False
    if any(made_to_feel(c, words) or _verdict(c) for c in (root, verb)):
        return False
    return not any(
        _judgement(clause, words, valued) or (not valued and _rated(clause, words))
        for clause in (verb, *joined)
    )


def _rated(verb: Token, words: dict) -> bool:
    """ "He did a great job", "ministers had a big agenda for Africa": "do" or "have" with an
    object that only carries a rating (words.json `evaluative` or the subjectivity lexicon),
    no name and no clause saying what it is ("special properties which can be activated by
    light" describes): a judgement put as a deed or a possession. A ranking ("had the best
    jobs figures in a decade") is checkable, as in a copula (`_judgement`)."""
    if verb.lemma_ not in ("do", "have") or any(c.dep_ == "aux" for c in verb.children):
        return False
    return any(
        o.dep_ == "dobj"
        and any(
            a.dep_ == "amod"
            and a.tag_ not in _COMPARATIVES
            and (a.lower_ in words["evaluative"] or a.lower_ in words["subjective"])
            for a in o.children
        )
        and not any(t.ent_type_ for t in o.subtree)
        and not any(c.dep_ == "relcl" for c in o.children)
        for o in verb.children
    )


def _verdict(verb: Token) -> bool:
    """ "The plan makes no sense", "it is time for ministers to act", "Britain has a duty to
    help": an idiom of judgement or of a call, no fact; "it is the first time" counts, and so
    does a duty a law lays ("a legal duty to")."""
    if verb.lemma_ == "make":
        return any(c.dep_ == "dobj" and c.lemma_ == "sense" for c in verb.children)
    if verb.lemma_ == "have":
        return any(
            c.dep_ == "dobj"
            and c.lemma_ in _DUTIES
            and all(a.lower_ == "moral" for a in c.children if a.dep_ == "amod")
            and any(a.dep_ in ("acl", "relcl") and a.tag_ == "VB" for a in c.children)
            for c in verb.children
        )
    subject = subject_of(verb)
    return (
        verb.lemma_ == "be"
        and subject is not None
        and subject.lower_ == "it"
        and any(
            c.dep_ == "attr"
            and c.lemma_ == "time"
            and not any(g.dep_ in ("det", "poss", "nummod") for g in c.children)
            for c in verb.children
        )
    )


def _impression(verb: Token) -> bool:
    """ "It looked like the campaign was on the rocks", "it doesn't seem that many": how
    things seem to someone, no fact asserted."""
    subject = subject_of(verb)
    return (
        verb.lemma_.lower() in ("seem", "look")
        and subject is not None
        and subject.lower_ == "it"
        and not any(
            (c.dep_ == "xcomp" and verb.lemma_ == "look")
            or (c.dep_ == "prep" and c.lower_ in ("at", "for", "into", "after"))
            for c in verb.children
        )
    )  # but "it is looking to expand" (an aim), "looked at the plans" (an act)


def _forecast(opinion: Token) -> bool:
    """ "I think the main contender will be the chancellor": a forecast, hedged, not a view."""
    return any(
        c.dep_ == "ccomp"
        and any(a.dep_ == "aux" and a.lower_ in ("will", "'ll") for a in c.children)
        for c in opinion.children
    )


def _joined(root: Token, words: dict) -> list[Token]:
    """Clauses standing beside the main one: a clause spliced on with a comma before a root
    that reports nothing ("It's vital to be here, all the players feel it"), and a clause
    joined by "and"/"but" ("He is a fine player and I think he is happy"). An opinion in
    either makes the sentence one."""
    spliced = [
        c
        for c in root.children
        if c.dep_ == "ccomp" and c.i < root.i and root.lemma_.lower() not in words["reporting"]
    ]
    joined = [c for c in root.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")]
    return spliced + joined


def _headline_no_claim(sentence: Span, words: dict) -> bool:
    """ "Call to overhaul pensions", "Concern over ID cards", "Profile: Jane Smith": a verbless
    headline that names a call, a worry or a feature, or a feeling, not an event; or a title
    of one or two words ("Business", "Tsunami appeal")."""
    if sum(not t.is_punct for t in sentence) < 3:
        return True
    heads = {sentence.root, sentence[0]}
    return any(t.lemma_.lower() in words["headline_no_claim"] for t in heads) or any(
        t.tag_ == "JJ" and t.lemma_.lower() in words["evaluative"] for t in sentence
    )  # "Minister sorry over remarks", "Striker upbeat about injury": a feeling


def _generic_duty(verb: Token, factual: bool) -> bool:
    """ "You have to respect the decision", "you must try": advice to anyone, no fact; and,
    with no figure, what the reader can do ("you can skip to the reviews below"), a guide's
    address, not a fact ("you can buy it for £5" states a price)."""
    subject = subject_of(verb)
    if subject is None or subject.lower_ != "you":
        return False
    modals = {c.lower_ for c in verb.children if c.dep_ == "aux"}
    return (
        "must" in modals
        or (not factual and not modals.isdisjoint(("can", "ca", "could")))
        or (verb.lemma_ in ("have", "need") and any(c.dep_ == "xcomp" for c in verb.children))
    )


def _demand(verb: Token, words: dict) -> bool:
    """ "The government must act now", "the minister needs to explain": a duty laid on
    someone in particular, a call (CLAIMS_GUIDELINES: calls are no claims). A duty on anyone
    of a kind ("drivers must carry a permit", a bare plural), one a law or rule states
    ("under the rules, clubs must ...") or `_ruled` is a rule; "must have known" infers,
    "needed to leave" is a past fact; "has to" is left a claim, as often a circumstance as a
    call ("the firm has to restate its results")."""
    auxes = [c for c in verb.children if c.dep_ == "aux"]
    must = any(c.lower_ == "must" for c in auxes) and not any(c.lemma_ == "have" for c in auxes)
    needs = (
        verb.lemma_ == "need"
        and verb.tag_ in ("VBZ", "VBP")
        and not auxes
        and not any(c.dep_ == "dobj" for c in verb.children)
        and any(
            c.dep_ == "xcomp" and any(a.lower_ == "to" for a in c.children) for c in verb.children
        )
    )
    subject = subject_of(verb)
    if not (must or needs) or subject is None or subject.dep_ == "expl" or _ruled(verb):
        return False
    generic = subject.tag_ == "NNS" and not any(c.dep_ in ("det", "poss") for c in subject.children)
    return not generic and not any(
        t.lemma_.lower() in words["law"] and t.lower_ != "must" and t.tag_ not in ("NNP", "NNPS")
        for t in verb.sent
    )


def _ruled(verb: Token) -> bool:
    """A duty with a deadline ("must decide by Tuesday") or one that follows from a case
    ("where an offender is convicted, the court must ..."): a rule, not a call."""
    return any(t.ent_type_ == "DATE" for t in verb.subtree) or any(
        c.dep_ == "advcl"
        and any(m.dep_ == "advmod" and m.lower_ in ("where", "when") for m in c.children)
        for c in verb.children
    )


def _reason(verb: Token, words: dict) -> bool:
    """ "We should focus on X, because that is what drives the epidemic", "wash your hands,
    because soap kills the virus": advice that gives its reason asserts the reason, a
    checkable cause; a reason that is itself a view or a wish ("because I think ...") is none."""
    for clause in verb.children:
        if clause.dep_ != "advcl" or not any(
            m.dep_ == "mark" and m.lower_ == "because" for m in clause.children
        ):
            continue
        subject = subject_of(clause)
        personal = subject is not None and subject.lower_ in _PERSONAL
        if (
            subject is not None
            and not wish(clause, words)
            and not (personal and clause.lemma_.lower() in words["opinion_verbs"])
        ):
            return True
    return False


def _labelled(verb: Token, words: dict) -> bool:
    """ "X branded the system inadequate", "was called a disgrace": a judgement reported.

    A verb of naming (words.json `labelling`) with an evaluative complement, or an adjective
    as its complement ("has been branded inadequate and too complex")."""
    if verb.lemma_.lower() not in words["labelling"]:
        return False
    objects = [c for c in verb.children if c.dep_ == "dobj"]  # "see the plan as vital"
    complements = [
        c
        for c in (*verb.children, *(g for o in objects for g in o.children))
        if c.dep_ in ("oprd", "acomp", "attr") or (c.dep_ == "prep" and c.lower_ == "as")
    ]
    complements += [g for c in complements if c.dep_ == "prep" for g in c.children]
    return any(c.pos_ == "ADJ" or c.lemma_.lower() in words["evaluative"] for c in complements)


def _criticism(verb: Token, words: dict) -> bool:
    """ "The union criticised the plan", "X hits out at Y", "was praised by fans": a judgement
    reported, not a fact (words.json `criticism`); but "slammed his racket onto the court"."""
    particle = next((c.lower_ for c in verb.children if c.dep_ == "prt"), "")
    lemma = verb.lemma_.lower()
    physical = any(
        c.dep_ == "prep" and c.lower_ in ("into", "onto", "against") for c in verb.children
    )
    return not physical and (
        lemma in words["criticism"] or f"{lemma} {particle}" in words["criticism"]
    )


def _imperative(root: Token, first: Token) -> bool:
    return (
        root.tag_ == "VB"
        and root.i == first.i
        and not any(c.dep_ in SUBJECTS for c in root.children)
    )


def passive(verb: Token) -> bool:
    """ "was convicted", "is allowed to": a passive auxiliary or subject on the verb."""
    return any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children)


def _supposed(verb: Token) -> bool:
    """ "If I have no part in his plans, ...", "had he been fit, he would have played": a
    hypothetical, not an assertion; but with a figure outside the condition ("if the bill
    passes, 10 million people will lose their cover") it foresees a value, a checkable
    prediction, unless the speaker supposes his own choice ("I would take £50m if ...") or
    what did not happen (an inverted condition, "could have gone 30 points down")."""
    conditions = [c for c in verb.children if c.dep_ == "advcl" and _condition(c)]
    if not conditions:
        return False
    subject = subject_of(verb)
    if (
        any(_inverted(c) for c in conditions)
        or (subject is not None and subject.lower_ in _PERSONAL)
        or any(c.dep_ == "aux" and c.lemma_ == "have" and c.tag_ == "VB" for c in verb.children)
    ):
        return True
    inside = {t.i for c in conditions for t in c.subtree}
    return not any(figure(t) and t.i not in inside for t in verb.sent)


def _condition(clause: Token) -> bool:
    """An "if"/"unless" clause or an inverted one that sets a condition."""
    return (
        any(
            m.dep_ == "mark" and m.lower_ in ("if", "unless") and not _concessive(m)
            for m in clause.children
        )
        or _inverted(clause)
    ) and not _aside_to_listener(clause)


def _concessive(mark: Token) -> bool:
    """ "Carriers pass it on even if they never fall ill": "even if" concedes, the main clause
    holds either way; no condition on it."""
    return mark.i > 0 and mark.nbor(-1).lower_ == "even"


def _inverted(clause: Token) -> bool:
    """A condition put by inversion: "had he been fit", "were the bank to raise rates"."""
    first, subject = clause.left_edge, subject_of(clause)
    return (
        first.lower_ in ("had", "were")
        and subject is not None
        and first.i < subject.i
        and clause.i in (first.i, first.head.i)
    )


def _aside_to_listener(clause: Token) -> bool:
    """ "If you notice, the rate is down", "if you look at the figures, ...": a call to look,
    not a condition on what follows."""
    subject = subject_of(clause)
    return (
        subject is not None
        and subject.lower_ == "you"
        and clause.lemma_.lower() in ("notice", "look", "see", "remember", "consider", "compare")
    )


def _judgement(verb: Token, words: dict, has_number: bool) -> bool:
    """A copula whose predicate only evaluates or describes a state of mind.

    "the budget is a disgrace", "I was nervous": an evaluative word (words.json), no number,
    no name. A plain adjective ("the rate is high") is left a claim: often checkable; a
    finding ("a survey revealed that many are unhappy with ...") reports, it does not judge.
    """
    if has_number or _finding(verb.sent.root, words):
        return False
    if verb.tag_ in ("VBG", "VBN") and verb.lower_ in words["evaluative"]:
        # was "sickening" (parsed as a verb); but "will be honoured" is an event
        auxes = [c for c in verb.children if "aux" in c.dep_]
        return any(c.lemma_ == "be" for c in auxes) and not any(c.tag_ == "MD" for c in auxes)
    if verb.lemma_ != "be" and not _feels(verb):
        return False
    predicates = [c for c in verb.children if c.dep_ in ("acomp", "attr")]
    if not predicates:
        return False
    predicate = predicates[0]
    if _praised(predicate, words):
        return True
    ranked = predicate.tag_ in _COMPARATIVES and any(c.dep_ == "prep" for c in predicate.children)
    ranked = ranked or (predicate.tag_ in ("JJS", "RBS") and _on_record(verb.sent))
    if (
        ranked
        or any(c.tag_ in _COMPARATIVES for c in predicate.children)
        or (
            f"{predicate.lower_} to" in words["future"]
            and any(c.dep_ == "xcomp" for c in predicate.children)
        )
    ):
        return False  # "was the most pessimistic", "the strongest for 13 years": a ranking
    subject = subject_of(verb)
    evaluative = (
        predicate.pos_ == "ADJ"
        and predicate.dep_ == "acomp"
        and predicate.lemma_.lower() not in ("able", "unable")  # a capacity is a fact
        and subject is not None
        and subject.lower_ in ("i", "we")
        and not any(t.ent_type_ == "ORDINAL" for t in verb.sent)
    )  # "we were not sophisticated", "I was so nervous": how the speaker was, no event; but
    # "we are energy independent for the first time" states a fact
    evaluative = (
        evaluative
        or (quoted_words(predicate) and predicate.tag_ not in _COMPARATIVES)
        or _subjective(predicate, words)
        or predicate.lemma_.lower() in words["evaluative"]
        or any(
            c.dep_ == "amod" and c.lemma_.lower() in words["evaluative"] for c in predicate.children
        )
    )
    near = [predicate, *(c for c in predicate.children if c.dep_ in ("compound", "amod", "poss"))]
    named = any(t.ent_type_ and t.ent_type_ != "ORDINAL" for t in near)
    return evaluative and not named


def _praised(predicate: Token, words: dict) -> bool:
    """ "He is the best manager in the world", "one of the greatest bands", "the worst display
    of the season": a superlative of judgement (a word of the subjectivity lexicon) on a noun
    ranks by no measure, a view; "the biggest firm" measures, "retailers were the worst hit"
    ranks what is named, and "the best results since 1990", "the worst figures in 2004" rank
    on a record."""
    nouns = [predicate] + [
        o
        for c in predicate.children
        if c.dep_ == "prep" and c.lower_ == "of"
        for o in c.children
        if o.dep_ == "pobj"
    ]  # "one of the greatest bands"
    if not any(
        a.tag_ in ("JJS", "RBS")
        and a.dep_ == "amod"
        and noun.pos_ == "NOUN"
        and a.lower_ in words["subjective"]
        and not any(t.ent_type_ for t in (a, noun))
        for noun in nouns
        for a in (noun, *noun.children)
    ):
        return False
    return not _on_record(predicate.sent)


def _on_record(sentence: Span) -> bool:
    """A period a ranking is measured over: "since 1990", "in 2004" (not an age, "the
    36-year-old")."""
    return any(
        t.lower_ == "since" or (t.ent_type_ == "DATE" and t.shape_ == "dddd") for t in sentence
    )


def _finding(root: Token, words: dict) -> bool:
    """ "A survey revealed that many are unhappy ...": what a study found; but "Smith found
    the winger a difficult opponent" is his view."""
    return root.lemma_.lower() in words["evidence"] and not _person(subject_of(root))


def _person(subject: Token | None) -> bool:
    return subject is not None and (subject.lower_ in _PEOPLE or subject.ent_type_ == "PERSON")


def _feels(verb: Token) -> bool:
    """ "She remained very concerned", "he has become frustrated": how a person feels; but
    "the economy remained strong" is a state a record could show."""
    return verb.lemma_ in _FEELING and _person(subject_of(verb))


def _subjective(predicate: Token, words: dict) -> bool:
    """ "He was outstanding", "the opening was a triumph", "a wasted vote": a predicate
    adjective, or a predicate noun with "a" or no determiner (or an adjective on it), of strong
    sentiment (models/claims/subjective.txt, from the VADER lexicon). Not an existential ("there
    was an outcry"), not with a date ("was champion in 2001"), a name in the clause ("illegal in
    France") or a finding ("a survey found voters were angry"); a state a record confirms
    ("was bankrupt", "a terrorist") is in words.json `factual_states`, left out."""
    verb, sentence = predicate.head, predicate.sent
    if predicate.dep_ == "acomp" and predicate.pos_ == "ADJ":
        heads = [predicate]
    elif predicate.dep_ == "attr" and predicate.pos_ == "NOUN":
        if any(
            c.dep_ in ("det", "poss") and c.lower_ not in ("a", "an") for c in predicate.children
        ):
            return False  # "the winners of the award": who, not how good
        heads = [predicate, *(c for c in predicate.children if c.dep_ == "amod")]
        heads += [g for h in heads[1:] for g in h.children if g.dep_ == "conj"]
    else:
        return False
    if not any(
        h.lemma_.lower() in words["subjective"] or h.lower_ in words["subjective"] for h in heads
    ):
        return False
    subject = subject_of(verb)
    scope = [c for c in verb.children if c.dep_ not in _OUTSIDE_SCOPE]
    return not (
        (subject is not None and subject.dep_ == "expl")
        or any(t.ent_type_ in ("DATE", "TIME") for t in sentence)
        or any(t.ent_type_ in _FACT_ENTITIES for c in scope for t in c.subtree)
        or sentence.root.lemma_.lower() in words["evidence"]
    )
