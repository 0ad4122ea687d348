"""Sources the story leaves unnamed: "Cole reportedly met Chelsea officials", "the bank is
thought to be planning cuts", "the deal is widely seen as a rescue" (CLAIMS_GUIDELINES.md:
unnamed); what unnamed others say or think, not what the story asserts itself."""

from __future__ import annotations

from spacy.tokens import Span, Token

from .claimer import claimer_record

# said, thought or believed of the subject by others: "is thought to", "is said to have"
_SAID_OF = frozenset(
    {"say", "think", "believe", "report", "rumour", "rumor", "understand", "allege"}
    | {"suspect", "reckon", "tip"}
)
# "is seen as", "is regarded as", "is considered": a judgement others hold
_HELD_AS = frozenset({"see", "regard", "view", "consider"})
_VERB = frozenset({"aux", "auxpass", "advmod", "neg"})


def hedged(sentence: Span) -> dict | None:
    """ "Cole reportedly met Chelsea officials" (unnamed reports), "is thought to have", "is
    widely seen as": a sentence the story hedges as said or held by others, with no source
    of its own, is theirs; the words that hedge it are the mention."""
    cue = next((t for t in sentence if t.lower_ == "reportedly" and t.dep_ == "advmod"), None)
    if cue is not None:
        return _unnamed("reports", sentence.doc[cue.i : cue.i + 1])
    verb = sentence.root
    if not _said_of(verb):
        return None
    doc, first = sentence.doc, verb.i
    while first > sentence.start and doc[first - 1].head == verb and doc[first - 1].dep_ in _VERB:
        first -= 1  # "is widely", "has been": the verb's own words, not "meanwhile, is"
    words = doc[first : verb.i + 1]
    return _unnamed(words.text, words)


def _said_of(verb: Token) -> bool:
    """A passive main verb of saying or thinking with no agent, its subject what it is said
    of: "he is believed to have fled", "the plan is widely seen as a compromise"."""
    children = {c.dep_: c for c in verb.children}
    if "nsubjpass" not in children or "agent" in children:
        return False
    lemma = verb.lemma_.lower()
    if lemma in _SAID_OF:
        return "xcomp" in children
    held_as = "oprd" in children or any(c.lower_ == "as" for c in verb.children)
    return lemma in _HELD_AS and held_as


def _unnamed(name: str, words: Span) -> dict:
    return claimer_record(name, words.text, words.start_char, words.end_char, "unnamed")
