"""Who makes a claim: a quote's speaker, a source named in the sentence, or the story itself.

In order: the speaker of the quote (direct or reported) whose words the sentence holds,
so the 2nd and 3rd sentence of a quote and "he added" take the speaker the quotes step
resolved; then a source in the sentence's parse: "according to X", or the subject of a
reporting verb ("the agency estimated", "Police officials said", "a survey found").
Subjects of evidence verbs (show, suggest, find, indicate) are sources only when they are
documents a reader could check (a report, a survey, a study, a filing, figures) or a named
body or person: "the ads suggest" or "the mood shows" is the journalist's inference, and
stays the journalist's. A pronoun source ("he said") is resolved to the latest claimer of
its kind before it. Without any of these the journalist asserts it: kind "journalist",
no name and no mention.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

_PRONOUN_KINDS = {
    "he": "person",
    "she": "person",
    "i": "person",
    "it": "organization",
    "they": "group",
    "we": "group",
}
_ENTITY_KINDS = {
    "PERSON": "person",
    "ORG": "organization",
    "GPE": "organization",
    "NORP": "group",
    "FAC": "organization",
}
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})


def journalist() -> dict:
    return _claimer(None, None, None, None, "journalist")


def _claimer(
    name, text, start, end, kind, *, title=None, organization=None, quote=None, direct=None
):
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


def from_quote(quote: dict, index: int) -> dict | None:
    speaker = quote.get("speaker")
    if not speaker:
        return None
    return _claimer(
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


def from_parse(sentence: Span, words: dict, earlier: list[dict]) -> dict | None:
    """A source named in the sentence itself, resolved against the claimers `earlier`."""
    for token in sentence:
        if token.lower_ == "according" and token.i + 1 < sentence.end:
            objects = [c for c in token.nbor(1).children if c.dep_ == "pobj"]
            if objects:
                return _mention(sentence, objects[0], words, earlier, documents_only=False)
    for token in sentence:
        lemma = token.lemma_.lower()
        if token.pos_ != "VERB" or lemma not in words["reporting"]:
            continue
        subject = _subject_of(token)
        if subject is None:
            continue
        found = _mention(
            sentence, subject, words, earlier, documents_only=lemma in words["evidence"]
        )
        if found:
            return found
    return None


def _subject_of(verb: Token) -> Token | None:
    """The verb's subject, or that of the verb it hangs from: "she began by stressing ...",
    "doctors sent a letter, calling for ...", "the agency said and added ..."."""
    for _ in range(3):
        subject = next((c for c in verb.children if c.dep_ in _SUBJECTS), None)
        if subject is not None or verb.dep_ not in ("xcomp", "advcl", "pcomp", "conj", "prep"):
            return subject
        verb = verb.head
    return None


def _mention(sentence, head: Token, words, earlier, *, documents_only: bool) -> dict | None:
    doc = sentence.doc
    lower = head.lower_
    if lower in _PRONOUN_KINDS:
        kind = _PRONOUN_KINDS[lower]
        previous = next((c for c in reversed(earlier) if c["kind"] == kind), None)
        name = previous["name"] if previous else head.text
        return _claimer(name, head.text, head.idx, head.idx + len(head), kind)
    if head.tag_ in ("WP", "WDT") and head.head.dep_ == "relcl":
        head = head.head.head  # "Ann Lee, who said ...": Ann Lee
    elif head.pos_ == "PRON":
        return None
    entity = next((e for e in doc.ents if e.start <= head.i < e.end), None)
    left = mention_start = min(head.left_edge.i, entity.start if entity else head.i)
    while (
        left < head.i
        and doc[left].dep_ in ("det", "poss", "case")
        and doc[left].lower_ in ("the", "a", "an")
    ):
        left += 1
    end = max(head.i + 1, entity.end if entity else 0)
    span = doc[left:end]
    kind = _kind(head, entity, span, words)
    if kind is None:
        return None
    if (
        documents_only
        and kind in ("group", "unnamed")
        and head.lemma_.lower() not in (words["documents"])
    ):
        return None
    if documents_only and kind == "unnamed" and head.lemma_.lower() in words["documents"]:
        kind = "organization" if _named(span) else "unnamed"
    name = entity.text if entity and entity.label_ in _ENTITY_KINDS else span.text
    if kind == "person":
        name = _full_name(name, earlier)
    mention = doc[mention_start:end]  # the words as written, article and all; the name without
    return _claimer(name, mention.text, mention.start_char, mention.end_char, kind)


def _kind(head: Token, entity: Span | None, span: Span, words: dict) -> str | None:
    """The source's kind; None when the subject is no source (a thing, an idea)."""
    if entity is not None and entity.label_ in _ENTITY_KINDS:
        return _ENTITY_KINDS[entity.label_]
    lemma = head.lemma_.lower()
    if lemma in words["documents"]:
        return "organization" if _named(span) else "unnamed"
    if lemma in words["unnamed"]:  # "Police officials" are a group, "officials" unnamed
        named_group = head.tag_ == "NNS" and any(c.dep_ == "compound" for c in head.children)
        return "group" if named_group else "unnamed"
    if lemma in words["organizations"] or head.lower_ in words["organizations"]:
        return "group" if head.tag_ == "NNS" else "organization"
    if head.tag_ in ("NNS", "NNPS") and head.pos_ == "NOUN":
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
