"""Who makes a claim: a quote's speaker, a source named in the sentence, or the story itself.

In order: the speaker of the quote (direct or reported) whose words the sentence holds,
so the 2nd and 3rd sentence of a quote and "he added" take the speaker the quotes step
resolved; then a source in the sentence's parse: "according to X", or the subject of a
reporting verb ("the agency estimated", "Police officials said", "a survey found").
Subjects of evidence verbs (show, suggest, find, indicate) are sources only when they are
documents a reader could check (a report, a survey, a study, a filing, figures) or a named
body or person: "the ads suggest" or "the mood shows" is the journalist's inference, and
stays the journalist's; so are people's roles ("a spokesman indicated"). A verb whose
object is a view or document with its clause ("laid out his concerns that ...", "issued a
statement saying ...") reports it too. A pronoun source ("he said") is resolved as the
quotes step resolves a speaker's pronoun, else to the latest claimer of its kind before it.
Without any of these the journalist asserts it: kind "journalist", no name and no mention.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Span, Token

from ..entities import entity_at
from ..quotes.rules import load_quote_rules
from ..quotes.speakers import Resolver
from . import clauses
from .named import ENTITY_KINDS, apposed_name, author_of, plan_owner

_PRONOUN_KINDS = {
    "he": "person",
    "she": "person",
    "i": "person",
    "it": "organization",
    "they": "group",
    "we": "group",
    "his": "person",  # "his claim that ...": the possessor of a statement
    "her": "person",
    "its": "organization",
    "their": "group",
}
_TRAILING = frozenset({"ADP", "CCONJ", "DET"})
_PASSIVE_SPEAKERS = frozenset({"quote"})  # "he was quoted as saying": the subject speaks
# "was charged by a prosecutor", "was cited by police for speeding": in the passive these
# speech verbs are a formal act the story reports ("charged that ..." is speech, active)
_FORMAL_ACTS = frozenset({"charge", "cite"})
# "he is tipped to resign", "the bank is said to be planning cuts", "is thought to have": what
# unnamed others say or think of the subject, who is spoken of, not speaking
_HEARSAY = frozenset(
    {"say", "tip", "think", "believe", "expect", "report", "rumour", "rumor", "understand"}
    | {"allege", "suspect", "know", "predict", "presume", "reckon", "fear", "claim"}
)
_NAMED_KINDS = frozenset({"person", "organization", "group"})
_OPENING_MARKS = frozenset('"“‘')
_MOST = 0.4  # the share of a sentence a statement's clause fills for its owner to make it
_MAJORITIES = frozenset({"majority", "minority"})
_GENERIC = frozenset({"people", "person", "someone", "one"})  # no one who knows in particular
# "many of his endorsers", "a majority of voters", "an average of polls": the source is the
# noun after "of"
_PORTIONS = frozenset(
    {"majority", "minority", "half", "number", "group", "handful", "lot", "dozen", "dozens"}
    | {"hundreds", "thousands", "millions", "share", "third", "quarter", "quarters", "thirds"}
    | {"fifths", "average", "set"}
)
_NAME_PARTS = frozenset({"compound", "amod", "nmod", "cc", "conj", "det", "poss", "case", "nummod"})


def journalist() -> dict:
    return claimer_record(None, None, None, None, "journalist")


def claimer_record(
    name, text, start, end, kind, *, title=None, organization=None, quote=None, direct=None
):
    """A claimer as the output gives it (README: `claimer`)."""
    return {
        "name": name,
        "text": text,
        "start": start,
        "end": end,
        "kind": kind,
        "title": title,
        "organization": organization,
        "quote": quote,
        "direct": direct,
    }


def from_quote(
    quotes: list[dict], index: int, sentence: Span, text: str, words: dict
) -> dict | None:
    """The speaker of the story's quote `index`, in the sentence, unless the sentence only
    borrows its words or does not source from the speaker; of a paragraph of speech left
    open, the speaker its run closes on."""
    quote = quotes[index]
    speaker = _closing_speaker(quotes, index, text) or quote.get("speaker")
    if not speaker or _borrowed(quote, speaker, sentence):
        return None
    start, end = speaker.get("start"), speaker.get("end")
    mention = sentence.doc.char_span(start, end) if start is not None else None
    if mention is not None and clauses.no_speaker(
        mention.root, words, unnamed=speaker.get("kind") == "unnamed", direct=quote["direct"]
    ):
        return None
    return claimer_record(
        speaker.get("name") or speaker.get("text"),
        speaker.get("text"),
        speaker.get("start"),
        speaker.get("end"),
        speaker.get("kind") or "unnamed",
        title=speaker.get("title"),
        organization=speaker.get("organization"),
        quote=index,
        direct=quote.get("direct"),
    )


def _closing_speaker(quotes: list[dict], index: int, text: str) -> dict | None:
    """ "Prices rose by 3% in March. ¶ "Wages rose too," said Kate Barker.": speech run over
    paragraphs, each opening a quote mark and only the last closing it, is the speaker's
    whom the last one's tag names after it, not the one named before the run began."""
    quote = quotes[index]
    speaker = quote.get("speaker") or {}
    if speaker.get("start") is None or speaker["start"] > quote["start"]:
        return None
    last = index
    while _left_open(quotes, last, text):
        last += 1
    after = quotes[last].get("speaker") or {}
    if last == index or after.get("start") is None:
        return None
    return after if after["start"] > quotes[last]["end"] else None


def _left_open(quotes: list[dict], index: int, text: str) -> bool:
    """A direct quote whose paragraph ends with no closing mark, the next quote opening the
    next paragraph."""
    quote = quotes[index]
    if not quote["direct"] or index + 1 >= len(quotes):
        return False
    between = text[quote["end"] : quotes[index + 1]["start"]]
    return "\n" in between and between.strip() in _OPENING_MARKS


def _borrowed(quote: dict, speaker: dict, sentence: Span) -> bool:
    """ "Sweden has gone for a "low-scale approach"": a quoted phrase inside a sentence,
    filling little of it, whose speaker is named outside it, is a phrase the story borrows
    from earlier words; what the sentence asserts is the story's own. A quote that opens
    the sentence or runs on from or past it is the speaker's, as is one whose speaker the
    sentence names again ("described by Sharon as ...")."""
    start, end = sentence.start_char, sentence.end_char
    if speaker.get("start") is not None and start <= speaker["start"] < end:
        return False
    if quote["start"] <= sentence[0].idx + len(sentence[0]) or quote["end"] > end:
        return False
    if any(w[:1].isupper() and w in sentence.text for w in (speaker.get("name") or "").split()):
        return False
    return quote["end"] - quote["start"] < _MOST * (end - start)


def from_parse(sentence: Span, words: dict, earlier: list[dict]) -> dict | None:
    """A source named in the sentence itself, resolved against the claimers `earlier`."""
    for token in sentence:
        if token.lower_ == "according" and token.i + 1 < sentence.end:
            objects = [c for c in token.nbor(1).children if c.dep_ == "pobj"]
            if objects:
                return _mention(
                    sentence, objects[0], words, earlier, documents_only=False, speaking=True
                )
    for token in sentence:
        lemma = clauses.verb_lemma(token)
        if (
            token.pos_ != "VERB"
            or not clauses.reports(token, words)
            or clauses.sources_nothing(token, words, aims=lemma not in clauses.speech())
            or clauses.acts_only(token, words)
        ):
            continue
        subject = _subject_of(token)
        if subject is None and lemma in words["evidence"] and clauses.describes_noun(token):
            subject = token.head  # "with polls showing ...", "a report suggesting ..."
        if subject is None:
            continue
        found = _mention(
            sentence,
            subject,
            words,
            earlier,
            documents_only=lemma in words["evidence"],
            speaking=clauses.speaks(token) or lemma not in words["reporting"],
        )
        if found:
            return found
    return _owned_statement(sentence, words, earlier) or _from_stance(sentence, words, earlier)


def _owned_statement(sentence: Span, words: dict, earlier: list[dict]) -> dict | None:
    """ "Labour's claim that ...", "over its central claim that Michael Howard was planning
    ...": the possessor of a statement, view or document whose clause says much of what the
    sentence does ("filed a lawsuit following his allegations that ..." reports the lawsuit);
    the author of a plan under which it happens (named.py `plan_owner`)."""
    for token in sentence:
        if token.pos_ != "NOUN" or not clauses.view_noun(token, words):
            continue
        clause = next((c for c in token.children if clauses.a_clause(c, words)), None)
        owner = next((c for c in token.children if c.dep_ == "poss"), None)
        if clause is None or owner is None:
            continue
        if clause.right_edge.i + 1 - clause.left_edge.i < _MOST * len(sentence):
            continue
        found = _mention(sentence, owner, words, earlier, documents_only=False, speaking=True)
        if found and found["kind"] in _NAMED_KINDS:
            return _without_s(found, sentence.doc)
    owner = plan_owner(sentence, words)  # "under plans unveiled by ministers"
    found = owner and _mention(sentence, owner, words, earlier, documents_only=False, speaking=True)
    return _without_s(found, sentence.doc) if found else None


def _without_s(found: dict, doc: Doc) -> dict:
    """ "The union's" as the owner of a statement: "The union"."""
    text = found["text"]
    if not text.endswith(("'s", "’s")):
        return found
    name = found["name"][:-2] if found["name"].endswith(("'s", "’s")) else found["name"]
    return {**found, "name": name, "text": text[:-2], "end": found["end"] - 2}


def from_survey(
    sentence: Span, words: dict, earlier: list[dict], found: dict | None
) -> dict | None:
    """What "most respondents said" or "those polled believe" is the survey's finding: the poll
    named in the sentence, else the last one named as a source before it; so is what
    "citizens in most of the nations surveyed" believe, the word within the source's phrase."""
    surveyed = [t for t in sentence if t.lower_ in words["surveyed"]]
    if not surveyed:
        return None
    if found is not None and not set(found["text"].lower().split()) & words["surveyed"]:
        mention = sentence.doc.char_span(found["start"], found["end"]) if found["start"] else None
        if mention is None or found["quote"] is not None:
            return None
        if not any(mention.root in t.ancestors for t in surveyed):
            return None
    return _survey(sentence, words, earlier)


def poll_answer(sentence: Span, words: dict, earlier: list[dict]) -> dict | None:
    """ "Some 87% said ...", "61% think ...": a share of people that says or believes is
    those asked, the poll's finding (the poll named in the sentence or last before it),
    whoever the quote of it is given to."""
    for token in sentence:
        if token.pos_ != "VERB":
            continue
        lemma = token.lemma_.lower()
        if not (lemma in words["reporting"] or lemma in words["stance"]):
            continue
        subject = _subject_of(token)
        if subject is not None and _share(subject):
            return _survey(sentence, words, earlier)
    return None


def findings_go_on(sentence: Span, words: dict, earlier: list[dict]) -> dict | None:
    """A share of people with no source of its own ("59% are men", "one in five adults
    under 30 have one"), right after a survey was the last source named: the BBC lists a
    poll's findings so, naming the poll once. None once anyone else has spoken since."""
    if not earlier or not _a_survey(earlier[-1], words):
        return None
    return dict(earlier[-1]) if any(_share(t) for t in sentence) else None


def _share(token: Token) -> bool:
    """ "61%", "one in five", "eight out of 10", "a majority in 14 countries": the share of
    those asked a poll reports; "36% who said" through its relative pronoun."""
    if token.tag_ == "WP" and token.head.dep_ == "relcl":
        token = token.head.head
    if token.ent_type_ == "PERCENT" or token.lower_ in _MAJORITIES:
        return True
    return token.pos_ == "NUM" and any(
        c.dep_ == "prep" and c.lower_ in ("in", "out") for c in token.children
    )


def _survey(sentence: Span, words: dict, earlier: list[dict]) -> dict | None:
    """The poll named in the sentence, else the last one named as a source before it."""
    for token in sentence:
        if token.lemma_.lower() in words["surveys"] and token.pos_ == "NOUN":
            mention = _mention(sentence, token, words, earlier, documents_only=False)
            if mention:
                return mention
    return next((dict(c) for c in reversed(earlier) if _a_survey(c, words)), None)


def _a_survey(claimer: dict, words: dict) -> bool:
    """ "a new poll", "a Populus poll for the Daily Herald", "the survey's"."""
    mention = (claimer.get("text") or "").lower().replace("'s", "").split()
    return not words["surveys"].isdisjoint(w.strip(".,;:'\"") for w in mention)


def resolved(found: dict, doc: Doc, resolver: Callable[[], Resolver]) -> dict:
    """ "Gov. Mark Dayton backs Clinton, but he is not predicting ...": a pronoun the parse
    gave as the source, resolved as the quotes step resolves a speaker's pronoun (the named
    subject above it, the person the story is about, of the pronoun's gender), not merely to
    the last claimer of its kind, never one of the other gender ("Andre ... She found").
    `resolver` builds the story's resolver when first needed."""
    if found["quote"] is not None or (found["text"] or "").lower() not in _PRONOUN_KINDS:
        return found
    span = doc.char_span(found["start"], found["end"])
    if span is None:
        return found
    built = resolver()
    speaker = built.resolve(span.root, span, built.inside)
    name = speaker["name"].split(" (")[0]  # "the Labour Organisation (ILO" before "ILO)"
    name = name.removesuffix("'s").removesuffix("’s").rstrip("'’")  # "the ONS'" is the ONS
    if name == span.text or speaker["kind"] not in _NAMED_KINDS:
        gender = built.words.pronoun_genders.get(span.root.lower_)
        known = built.names.gender(found["name"] or "") if found["kind"] == "person" else None
        return {**found, "name": span.text} if known and gender and known != gender else found
    if speaker["kind"] == "person" and not any(
        e.label_ == "PERSON" and name.split()[-1] in e.text for e in doc.ents
    ):
        return found  # "Use of games has been patchy, she found": no person's name
    return {**found, "name": name, "kind": speaker["kind"]}


def named_document(found: dict | None, words: dict, earlier: list[dict], text: str) -> dict | None:
    """ "The report added ...": the report named before it ("the IFS report"), if one was."""
    mention = ((found or {}).get("text") or "").lower().split()
    if not mention or len(mention) > 2 or mention[0] not in ("the", "this", "that"):
        return found
    document = mention[-1]
    if document not in words["documents"]:
        return found
    for before in reversed(earlier):
        if before["kind"] == "organization" and _names(before, document, text):
            return {**found, "name": before["name"], "kind": "organization"}
    return found


def _names(claimer: dict, document: str, text: str) -> bool:
    """Whether an earlier claimer's mention names this kind of document: "a YouGov survey",
    or "the Institute's" before "report"."""
    if _head_word(claimer) == document:
        return True
    end = claimer.get("end")
    return end is not None and text[end : end + len(document) + 4].lstrip("'’s ").startswith(
        document
    )


def _head_word(claimer: dict) -> str:
    words = (claimer.get("text") or "").lower().split()
    return words[-1].strip(".,;:'\"") if words else ""


def _from_stance(sentence: Span, words: dict, earlier: list[dict]) -> dict | None:
    """ "Many of his endorsers think ...", "the senator voted for ...", "she plans to ...": the
    subject of a stance verb, when it is a named person, body or group or a pronoun for one."""
    for token in sentence:
        if token.pos_ != "VERB" or clauses.verb_lemma(token) not in words["stance"]:
            continue
        if clauses.sources_nothing(token, words, aims=True) or clauses.acts_only(token, words):
            continue
        subject = _subject_of(token)
        if subject is None:
            continue
        found = _mention(sentence, subject, words, earlier, documents_only=False)
        if found and found["kind"] in _NAMED_KINDS:
            return found
    return None


def _subject_of(verb: Token) -> Token | None:
    """The verb's subject, or that of the verb it hangs from: "she began by stressing ...",
    "doctors sent a letter, calling for ...", "the agency said and added ..."; of two, the
    one nearer before it ("Truth: The WHO says ..." parsed with two subjects)."""
    first = verb
    for _ in range(3):
        subjects = [c for c in verb.children if c.dep_ in clauses.SUBJECTS]
        before = [c for c in subjects if c.i < verb.i]
        subject = before[-1] if before else next(iter(subjects), None)
        if subject is not None:
            passive = subject.dep_ == "nsubjpass"
            if passive and verb is first and verb.lemma_.lower() not in _PASSIVE_SPEAKERS:
                # "Young Buck has been charged": said of him, not by him, unless by someone
                lemma = verb.lemma_.lower()
                spoken = lemma in clauses.speech() and lemma not in _FORMAL_ACTS
                return agent_of(verb) if spoken else None
            if _expletive(subject, verb, first):
                return None
            if (
                passive
                and verb is not first
                and verb.lemma_.lower() in _HEARSAY
                and not any(c.dep_ == "ccomp" for c in first.children)
            ):  # "is tipped to announce": the tipsters' claim; "is expected to say that" his
                return agent_of(verb)
            return subject
        if verb.dep_ == "relcl" and verb.head.pos_ in ("PROPN", "NOUN"):
            return verb.head  # "Paul Ryan, the Speaker, on Tuesday called ..." parsed as a clause
        if verb.dep_ not in ("xcomp", "advcl", "pcomp", "conj", "prep"):
            return None
        verb = verb.head
    return None


def _expletive(subject: Token, verb: Token, first: Token) -> bool:
    """ "It's impossible to know ...", "it is too soon to tell": "it" before an adjective
    whose infinitive the verb is stands for no one ("he was quick to deny" still speaks)."""
    return (
        subject.lower_ == "it"
        and verb is not first
        and first.dep_ == "xcomp"
        and first.head == verb
        and any(c.dep_ == "acomp" for c in verb.children)
    )


def agent_of(verb: Token) -> Token | None:
    """ "He has been accused of fraud by regulators": the regulators say it."""
    by = next((c for c in verb.children if c.dep_ == "agent"), None)
    return next((c for c in by.children if c.dep_ == "pobj"), None) if by is not None else None


def _mention(
    sentence, head: Token, words, earlier, *, documents_only: bool, speaking: bool = False
) -> dict | None:
    """The source `head` names; `speaking`: the subject of a verb of speech, so a role
    ("the nominee said", "the home secretary denied") is someone speaking."""
    doc = sentence.doc
    lower = head.lower_
    if lower in _PRONOUN_KINDS:
        kind = _PRONOUN_KINDS[lower]
        previous = next((c for c in reversed(earlier) if c["kind"] == kind), None)
        name = previous["name"] if previous else head.text
        return claimer_record(name, head.text, head.idx, head.idx + len(head), kind)
    if head.tag_ in ("WP", "WDT") and head.head.dep_ == "relcl":
        head = head.head.head  # "Ann Lee, who said ...": Ann Lee
    elif head.pos_ == "PRON" and head.lower_ not in _PORTIONS:
        return None
    if _dateline_place(head):
        # "INDIANAPOLIS, March 10 -- Eli Lilly ... announced", the name parsed beside the place
        head = next((c for c in head.children if c.dep_ in ("appos", "conj")), None)
        if head is None or head.ent_type_ not in ("ORG", "PERSON"):
            return None
    whole, head = head, _portion_of(head)
    entity = entity_at(head)
    left = mention_start = min(whole.left_edge.i, entity.start if entity else head.i)
    while (
        left < head.i
        and doc[left].dep_ in ("det", "poss", "case")
        and doc[left].lower_ in ("the", "a", "an")
    ):
        left += 1
    end = max(head.i + 1, entity.end if entity else 0, _name_end(head, entity.end if entity else 0))
    end = _trimmed(doc, head.i, end)
    span = doc[left:end]
    kind = _kind(head, entity, span, words)
    if kind is None and speaking and head.lemma_.lower() in _titles():
        kind = "unnamed"
    if kind is None:
        return None
    if (
        documents_only
        and kind in ("group", "unnamed")
        and not clauses.document(head, words)
        and not _person_noun(head, words)
    ):
        return None
    if documents_only and kind == "unnamed" and clauses.document(head, words):
        kind = "organization" if _named(span) else "unnamed"
    named = entity is not None and entity.label_ in ENTITY_KINDS
    if named and (kind == "person" or end <= entity.end):
        first = entity.start + (doc[entity.start].lower_ == "the")  # "the Green Party's"
        name = doc[first : _trimmed(doc, entity.start, entity.end)].text
    else:
        name = span.text
    if not named and (apposed := apposed_name(head) or author_of(head, words)) is not None:
        name, kind = apposed.text, ENTITY_KINDS[apposed.label_]
    if kind == "person":
        name = _full_name(name, earlier)
    mention = doc[mention_start:end]  # the words as written, article and all; the name without
    return claimer_record(name, mention.text, mention.start_char, mention.end_char, kind)


def heading(speaker: dict, doc: Doc) -> bool:
    """A speaker that opens its paragraph as a heading, not a source: a label before a colon
    ("Truth: The WHO says ...", "Myth: ...") or a dateline's place ("INDIANAPOLIS, March 10
    /PRNewswire/ -- Eli Lilly announced ..."). The caller takes the source the sentence's
    parse names first; without one the speaker stays ("SMITH: We ...")."""
    if speaker.get("start") is None:
        return False
    span = doc.char_span(speaker["start"], speaker["end"])
    if span is None or not (span.start == 0 or "\n" in doc[span.start - 1].text_with_ws):
        return False
    after = doc[span.end].text if span.end < len(doc) else ""
    return after == ":" or _dateline_place(span[0])


def _dateline_place(head: Token) -> bool:
    """A place in capitals opening a paragraph before a comma: a dateline, where a story was
    filed (steps/dateline.py), never a source."""
    doc = head.doc
    opens = head.i == 0 or "\n" in doc[head.i - 1].text_with_ws
    after = doc[head.i + 1].text if head.i + 1 < len(doc) else ""
    return opens and head.is_upper and len(head) > 2 and after == ","


def _trimmed(doc, first: int, end: int) -> int:
    """The end without the words an entity sometimes ends on: "the Department of Agriculture
    (" or "(USDA" before "(USDA)", "the Consumer Council of" before "of overcharging"."""
    opened = [i for i in range(first + 1, end) if doc[i].text == "("]
    if opened and not any(doc[i].text == ")" for i in range(opened[-1], end)):
        end = opened[-1]
    while end - 1 > first and (doc[end - 1].is_punct or doc[end - 1].pos_ in _TRAILING):
        end -= 1
    return end


def _person_noun(head: Token, words: dict) -> bool:
    """ "A State Department spokesman indicated", "analysts estimate": people who can state
    what a verb of evidence reports, as a document can (an anonymous source's noun or a
    role); "the ads suggest" or "the mood shows" stay the journalist's inference."""
    lemma = head.lemma_.lower()
    subject = (
        head.dep_ in clauses.SUBJECTS
    )  # "revealed by a host of presenters": a crowd, no source
    return subject and (lemma in (words["unnamed"] - _GENERIC) or lemma in _titles())


def _titles() -> frozenset[str]:
    """People's roles ("senator", "nominee"), as the quotes step knows them."""
    return load_quote_rules().words.titles


def _portion_of(head: Token) -> Token:
    """ "Many of his endorsers", "a majority of voters": the endorsers, the voters, with the
    words before them kept in the mention."""
    if head.pos_ in ("ADJ", "NUM", "DET", "PRON") or head.lower_ in _PORTIONS:
        of = next((c for c in head.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        noun = next((c for c in of.children if c.dep_ == "pobj"), None) if of else None
        if noun is not None and noun.pos_ in ("NOUN", "PROPN"):
            return noun
    return head


def _name_end(head: Token, end: int = 0) -> int:
    """Where the name ends: "The CDC and the WHO", "Thousands of posts and videos", up to a comma,
    a clause or an apposition; words before `end` (a named entity's) are in it already."""
    end = max(end, head.i + 1)
    for child in head.rights:
        if child.right_edge.i < end:
            continue
        if child.dep_ not in _NAME_PARTS or child.left_edge.i != end:
            break
        if child.dep_ == "conj" and child.pos_ not in ("NOUN", "PROPN"):
            break
        end = max(end, _name_end(child)) if child.dep_ != "cc" else child.i + 1
    if end > head.i + 1 and head.doc[end - 1].dep_ == "cc":
        end -= 1
    return end


def _kind(head: Token, entity: Span | None, span: Span, words: dict) -> str | None:
    """The source's kind; None when the subject is no source (a thing, an idea)."""
    if entity is not None and entity.label_ in ENTITY_KINDS:
        return ENTITY_KINDS[entity.label_]
    lemma = head.lemma_.lower()
    if clauses.document(head, words):
        return "organization" if _named(span) else "unnamed"
    if lemma in words["unnamed"]:  # "Police officials" are a group, "officials" unnamed
        named_group = head.tag_ == "NNS" and any(c.dep_ == "compound" for c in head.children)
        return "group" if named_group else "unnamed"
    if lemma in words["organizations"] or head.lower_ in words["organizations"]:
        return "group" if head.tag_ == "NNS" else "organization"
    if head.tag_ in ("NNS", "NNPS") and head.pos_ == "NOUN" and clauses.people(head):
        return "group"
    return None


def _named(span: Span) -> bool:
    return any(t.pos_ == "PROPN" or t.ent_type_ in ("ORG", "GPE", "PERSON") for t in span)


def _full_name(name: str, earlier: list[dict]) -> str:
    """ "Blake" is the "Judith Blake" named before."""
    last = name.split()[-1]
    for claimer in reversed(earlier):
        full = claimer.get("name") or ""
        if claimer["kind"] == "person" and full.split()[-1:] == [last] and len(full) > len(name):
            return full
    return name
