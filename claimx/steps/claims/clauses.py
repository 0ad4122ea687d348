"""Whether a verb or a noun attributes what a sentence says to someone (claims/claimer.py
finds who): reporting and speech verbs, views and documents that carry a clause, and the
clauses that attribute nothing (a guess, a time, a deed, a purpose, a clause spoken of),
and those that state a wish or a state of mind (claims/sentence.py: no claim).
"""

from __future__ import annotations

from spacy.tokens import Token

from ..quotes.rules import load_quote_rules
from .future import SPECULATIVE_FUTURE

SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_CAUSES = frozenset({"for", "against"})  # "pushed for a ban", "campaigned against the war"
_TOPIC_PREPS = frozenset({"about", "of", "on"})
_TIME_MARKS = frozenset({"when", "before", "after", "until", "once", "whenever"})
_MINDS = frozenset({"me", "us", "him", "her", "them"})  # the object of "made ... realise"
# the endings of agent nouns ("voter", "investor", "economist", "civilian", "migrant",
# "resident", "employee", "volunteer"), and people nouns without one
_AGENT_ENDINGS = ("er", "or", "ist", "ian", "ant", "ent", "ee", "eer")
_PEOPLE = frozenset(
    {"people", "fan", "citizen", "staff", "delegate", "authority", "child", "adult", "man"}
    | {"woman", "family", "youth", "nurse", "critic", "mp", "peer", "troop", "expert", "victim"}
    | {"colleague", "nation", "country", "state", "ally", "rival", "pundit", "candidate"}
    | {"graduate", "local", "democrat", "republican", "conservative", "liberal", "tory"}
)
# reporting verbs whose plain object or infinitive is what is stated or foreseen: "analysts
# predicted consolidation", "the firm reported strong sales", "he denied wrongdoing",
# "pledged to cut taxes"; other reporting and stance verbs with a plain object or an
# infinitive only act ("posted a profit", "threatened legal action", "agreed to buy")
_OBJECT_STATED = frozenset(
    {"announce", "report", "predict", "forecast", "estimate", "expect", "project", "calculate"}
    | {"reveal", "disclose", "confirm", "deny", "admit", "acknowledge", "concede", "allege"}
    | {"declare", "conclude", "find", "suggest", "indicate", "show", "believe", "think"}
    | {"fear", "hope", "recommend", "propose", "warn", "note", "highlight", "attribute"}
    | {"blame", "reckon", "dispute", "question", "reiterate", "express", "voice", "cite"}
    | {"promise", "pledge", "vow", "mention", "say", "tell", "advise", "state", "remind"}
)


def reports(verb: Token, words: dict) -> bool:
    """A verb whose subject states what the sentence says: a reporting verb; a verb of speech
    the quotes step knows that takes a clause ("she assured them that ...", "he speculated
    the deal ..."); a verb of speaking on a subject ("spoke about ..."); or a verb whose
    object is a view, position or document with a clause of its own ("laid out his concerns
    that ...", "issued a statement saying ...")."""
    lemma = verb_lemma(verb)
    if lemma in words["reporting"]:
        return True
    if lemma in speech() and any(c.dep_ == "ccomp" for c in verb.children):
        return True
    if lemma in words["topics"] and any(
        c.dep_ == "prep" and c.lower_ in _TOPIC_PREPS for c in verb.children
    ):
        return True  # "spoke about the cuts" (words.json `topics`)
    clause = any(c.dep_ == "ccomp" for c in verb.children)  # the parse may hang it there
    return any(c.dep_ == "dobj" and _stated(c, words, clause) for c in verb.children)


def _stated(noun: Token, words: dict, clause: bool) -> bool:
    """ "his concerns that the West ...", "a statement saying ...", "the case that ...": a
    view, position or document noun that carries what is stated as a clause (its own, or
    `clause`, the verb's); "no plans to call him" or "a test called Linpack" carry none."""
    if not view_noun(noun, words):
        return False
    return clause or carries_clause(noun, words)


def view_noun(noun: Token, words: dict) -> bool:
    """A document, a position ("claim", "plan") or a view ("concerns")."""
    return (
        document(noun, words)
        or noun.lower_ in words["positions"]
        or noun.lower_ in load_quote_rules().nominal_nouns
    )


def carries_clause(noun: Token, words: dict) -> bool:
    """ "concerns that the West ...", "a statement saying ...": the noun's own clause."""
    return any(a_clause(c, words) for c in noun.children)


def a_clause(c: Token, words: dict) -> bool:
    """A noun's child that states: its "that" clause or a "saying ..." participle."""
    return c.dep_ == "ccomp" or (
        c.dep_ == "acl"
        and (
            (c.tag_ == "VBG" and verb_lemma(c) in words["reporting"])
            or any(g.dep_ == "mark" and g.lower_ == "that" for g in c.children)
        )
    )


def people(noun: Token) -> bool:
    """ "retailers", "economists", "residents", "fans": a plural that names people, who can
    state something, by an agent noun's ending, as a people noun or a role the quotes step
    knows; "exports declined", "the damages claimed", "racketeering laws" name things."""
    lemma = noun.lemma_.lower()
    if lemma in _PEOPLE or lemma in load_quote_rules().words.titles:
        return True
    return lemma.endswith(_AGENT_ENDINGS) and not lemma.endswith("ment")


def document(noun: Token, words: dict) -> bool:
    """A thing a reader could check, by lemma or as written: the lemmatizer reads "data" as
    "datum" and "findings" as "finding"."""
    return noun.lemma_.lower() in words["documents"] or noun.lower_ in words["documents"]


def verb_lemma(verb: Token) -> str:
    """The verb's lemma; "hope" where the lemmatizer reads "hopes" or "hoping" as "hop"."""
    if verb.lower_ in ("hope", "hopes", "hoped", "hoping"):
        return "hope"
    return verb.lemma_.lower()


def purpose(verb: Token, words: dict) -> bool:
    """ "Yukos filed for bankruptcy, hoping to ...": a participle giving the aim of a deed the
    story reports; the deed is the claim, the story's own ("sent a letter, calling for ..."
    is speech, and reported)."""
    head = verb_lemma(verb.head)
    return (
        verb.dep_ == "advcl"
        and verb.tag_ == "VBG"
        and head not in words["reporting"]
        and head not in words["stance"]
    )


def no_source(verb: Token, words: dict) -> bool:
    """A verb whose subject does not state, believe, plan or decide what the sentence says:
    the writer's guess about the subject ("up to 30 MPs could oppose the plan", not "I could
    support either"; "would" and "will" stay: "she will tell the conference that ..." previews
    a speech, "would push to abolish" a platform), the time of another event ("before he
    knew", "when asked about her plans"), or a deed ("Google has released a desktop tool",
    words.json `acts`) that carries no clause, cause or position ("released figures showing
    ...", "pushed for a ban", "unveiled a proposal" do)."""
    if any(c.dep_ == "aux" and c.lower_ in SPECULATIVE_FUTURE for c in verb.children):
        return not any(c.dep_ == "nsubj" and c.lower_ in ("i", "we") for c in verb.children)
    if verb.dep_ == "advcl" and any(
        c.dep_ == "mark" and c.lower_ in _TIME_MARKS for c in verb.children
    ):
        return True
    if verb.lemma_.lower() not in words["acts"]:
        return False
    return not _cause(verb) and not any(
        c.dep_ in ("ccomp", "xcomp") or (c.dep_ == "dobj" and _content(c, words))
        for c in verb.children
    )


def _cause(verb: Token) -> bool:
    """A cause the verb takes up, "for" or "against" with no object ("pushed for a ban",
    "campaigned against the war"); with one, the phrase compares or aims the deed ("posted a
    loss against a profit", "released a tool for developers")."""
    children = list(verb.children)
    return not any(c.dep_ == "dobj" for c in children) and any(
        c.dep_ == "prep" and c.lower_ in _CAUSES for c in children
    )


def _content(noun: Token, words: dict) -> bool:
    """A document ("a report"), a position ("a proposal", words.json `positions`), a view
    ("concerns", as the quotes step's `nominal` nouns) or a noun with its own clause ("claims
    that the virus ...", "figures showing ...")."""
    return view_noun(noun, words) or any(
        c.dep_ == "ccomp"
        or (
            c.dep_ == "acl"
            and (
                c.lemma_.lower() in words["reporting"]
                or any(g.dep_ in SUBJECTS for g in c.children)
            )
        )
        for c in noun.children
    )


def describes_noun(verb: Token) -> bool:
    return verb.dep_ == "acl" and verb.tag_ == "VBG" and verb.head.pos_ in ("PROPN", "NOUN")


def embedded(verb: Token, words: dict) -> bool:
    """A clause of a verb that reports nothing: "make bloggers reveal ...", "that means people
    are spreading ...", "what they are writing can be shown ...": no one's claim; or the
    clause of a statement ("its claim that Michael Howard was planning ..."): its subject is
    spoken of."""
    head = verb.head
    if verb.dep_ == "acl" and view_noun(head, words):
        return any(c.dep_ in SUBJECTS for c in verb.children)  # "its claim that X was ..."
    return (
        verb.dep_ in ("ccomp", "csubj", "csubjpass")
        and head.lemma_.lower() not in words["reporting"]
        and head.lemma_.lower() not in words["stance"]
    )


def speech() -> frozenset[str]:
    """Verbs of speaking ("say", "deny", "accuse"), as the quotes step knows them: narrower
    than the reporting verbs, which hold "show", "release" or "attack"."""
    return load_quote_rules().speech


def speaks(verb: Token) -> bool:
    """A verb of speaking used as one: "the manager added that ...", "the senator told
    reporters ...", not "the singer repeated his success" or "the coach added two names"."""
    return verb.lemma_.lower() in speech() and (
        any(c.dep_ in ("ccomp", "xcomp", "dative") for c in verb.children)
        or not any(c.dep_ == "dobj" for c in verb.children)
    )


def wish(verb: Token, words: dict) -> bool:
    """A verb of wish or plea, by lemma or as written ("hated", which the lemmatizer reads as
    "hat"), or hoped for ("hopefully there is a deal")."""
    wishes = words["not_claim_verbs"]
    return (
        verb_lemma(verb) in wishes
        or verb.lower_ in wishes
        or any(c.dep_ == "advmod" and c.lower_ in wishes for c in verb.children)
    )


def made_to_feel(verb: Token, words: dict) -> bool:
    """ "The title has made me realise I can win", "the defeat made him determined to return":
    what something did to a person's mind, a feeling or a belief, not an event; a figure in it
    ("to win gold in 2006") is the aim, not a value. But "made him miss six games" is a fact."""
    return verb.lemma_ == "make" and any(
        c.dep_ in ("ccomp", "xcomp")
        and any(s.dep_ == "nsubj" and s.lower_ in _MINDS for s in c.children)
        and (
            (c.pos_ == "ADJ" and c.lemma_.lower() in words["evaluative"])
            or c.lemma_.lower() in words["opinion_verbs"]
            or c.lemma_.lower() in words["factive"]
        )
        for c in verb.children
    )


# verbs of speech that with a plain object mostly do something: "put $300m into", "added the
# conversion", "claimed the title", "recalled 5,000 cars", "charged a fee"
_OBJECT_DONE = frozenset({"put", "add", "claim", "recall", "charge"})
# stance verbs that take a side on their object, a stance made public as speech is: "endorsed
# Trump", "backs the plan", "praised the police", "opposes the ban"
_SIDES = frozenset(
    {"support", "back", "oppose", "endorse", "favour", "favor", "praise", "criticise"}
    | {"criticize", "condemn", "welcome", "applaud", "defend", "champion", "doubt", "disagree"}
)


def acts_only(verb: Token, words: dict) -> bool:
    """A reporting or stance verb used of a deed, saying nothing: its object is a thing, not
    what is stated ("TimeWarner posted a profit", "the BBC decided the date"), its infinitive
    an act ("agreed to buy", "sought to halt the sale", "plans to open"), or it is denied
    ("did not comment on the changes"); without a clause, a cause (`_cause`: "called for a ban"), a
    view or document as object, a demand made of someone ("urged the board to act"). A verb
    of speech or of taking a side with an object still states ("touted his wins", "dismissed
    the comment", "endorsed Trump")."""
    children = list(verb.children)
    if any(c.dep_ == "ccomp" or (c.dep_ == "dobj" and _content(c, words)) for c in children):
        return False
    if any(c.dep_ == "neg" for c in children):
        return True
    if _cause(verb):
        return False
    lemma = verb_lemma(verb)
    deps = {c.dep_ for c in children}
    if lemma in _OBJECT_STATED or "dative" in deps or {"dobj", "xcomp"} <= deps:
        return False  # "challenged the Treasury to open its books": a demand made of someone
    if any(c.dep_ == "dobj" and c.pos_ == "PRON" for c in children):
        return False  # "have said this from the start", "denied it"
    if lemma in _OBJECT_DONE:
        return "dobj" in deps  # "claimed to be" still speaks
    if lemma in speech() or lemma in _SIDES:
        # "agreed to buy" acts; "calling Trump a fascist" labels
        return any(c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX") for c in children)
    return bool(deps & {"dobj", "xcomp"})


def sources_nothing(verb: Token, words: dict, *, aims: bool) -> bool:
    """A verb whose subject is no source: it sits in another's clause, guesses or only acts,
    or is an aside; with `aims`, also a participle giving the aim of a deed."""
    return (
        embedded(verb, words)
        or no_source(verb, words)
        or (aims and purpose(verb, words))
        or _aside_deed(verb, words)
    )


def _aside_deed(verb: Token, words: dict) -> bool:
    """ "John Reid, who often argued with the board, steps down": a reporting or stance verb
    in a relative clause with no clause of what was said or meant tells of the person, it
    sources nothing; "Ann Lee, who said the plant would close, ..." and "X, who repeats the
    conclusion ... that ..." (a view as its object, the clause often parsed away) still do.
    A relative clause with no comma before it only says which one ("sued by a stylist who
    claimed he hit her", "a fake site that claims to collect money"): the sentence reports
    what was done, the story's own."""
    if verb.dep_ != "relcl":
        return False
    if restrictive(verb, words):
        return True
    return not any(c.dep_ in ("ccomp", "xcomp") for c in verb.children) and not any(
        c.dep_ == "dobj" and view_noun(c, words) for c in verb.children
    )


def no_speaker(speaker: Token, words: dict, *, unnamed: bool, direct: bool) -> bool:
    """A quote's speaker the sentence does not source from: of reported speech, "sued by a
    stylist who claimed he hit her" (a relative clause that only says which stylist) or "the
    minister found himself struggling to explain how ..." (a reflexive pronoun: what he was
    at, not what he said); an `unnamed` one that is only spoken of, the quote a phrase said
    of it ("the virus was part of a "weapons programme"", "spam continued to be a problem")."""
    if unnamed and _spoken_of(speaker, words):
        return True
    if direct:
        return False
    if speaker.pos_ == "PRON" and speaker.lower_.endswith(("self", "selves")):
        return True
    verb = speaker.head
    return speaker.tag_ in ("WP", "WDT") and verb.dep_ == "relcl" and restrictive(verb, words)


def _spoken_of(subject: Token, words: dict) -> bool:
    """A thing (a common noun, no person, body or document) as the subject of a verb that neither
    reports, speaks nor takes a stance, nor goes on to one ("went on to say", "stopped
    taking bets after claiming ...")."""
    if subject.dep_ not in SUBJECTS:
        return False
    verb = subject.head
    if subject.tag_ in ("WP", "WDT") and verb.dep_ == "relcl":
        subject = verb.head  # "the former home secretary, who spurns "airy fairy" liberals"
    if subject.pos_ != "NOUN":  # a name; "some of them" or "he", whom the quote may go on with
        return False
    lemma = subject.lemma_.lower()
    if people(subject) or lemma in words["unnamed"] or lemma in words["organizations"]:
        return False
    of = [g for c in subject.children if c.lower_ == "of" for g in c.children]
    if view_noun(subject, words) or any(people(g) for g in of):
        return False  # "a pair of students": who, in the words after "of"
    return not any(
        reports(v, words) or verb_lemma(v) in words["stance"] or verb_lemma(v) in speech()
        for v in verb.subtree
        if v.pos_ == "VERB"
    )


def restrictive(verb: Token, words: dict) -> bool:
    """A relative clause that follows a common noun with no comma or dash and whose relative
    pronoun speaks ("a woman who said"); not "posters which critics claim show ..." (the
    critics speak), not a cleft or a name ("It was the IOC who demanded"), not a document
    ("statistics which showed ...": the document's finding); "the 45% who said" is a poll's
    share, found before this (claimer.py `poll_answer`)."""
    noun, first = verb.head, verb.left_edge
    if noun.pos_ != "NOUN" or noun.ent_type_ or view_noun(noun, words):
        return False
    subjects = [c.tag_ for c in verb.children if c.dep_ in SUBJECTS]
    if not subjects or any(tag not in ("WP", "WDT") for tag in subjects):
        return False
    return first.i > noun.i and first.nbor(-1).text not in (",", "-", "--")
