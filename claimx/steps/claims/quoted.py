"""A predicate in quote marks: the speaker's own characterisation, quoted inside a report.

"The minister said the scheme was "a shambles"": news quotes the judging words of a report
so they stay the speaker's; such a sentence reports a view, no checkable claim
(CLAIMS_GUIDELINES.md: opinions and vague characterisation are no claims). So does a charge
put in such words ("accused him of "cheap political point-scoring"").
"""

from __future__ import annotations

from spacy.tokens import Token

QUOTE_MARKS = frozenset("\"“”‘’'")


def quoted_words(predicate: Token) -> bool:
    """A predicate in the speaker's own words, in quote marks inside the sentence: "said the
    government was "intensely authoritarian"", "the plan is "a shambles"": a characterisation
    quoted, the speaker's view (with no number or date: "was "unsafe" in 2004" stays a claim)."""
    doc = predicate.doc
    first, last = predicate.left_edge.i, predicate.right_edge.i
    while last > first and doc[last].is_punct and doc[last].text not in QUOTE_MARKS:
        last -= 1
    opening = doc[first] if doc[first].text in QUOTE_MARKS or not first else doc[first - 1]
    closing = doc[last] if doc[last].text in QUOTE_MARKS or last + 1 == len(doc) else doc[last + 1]
    return (
        opening.text in QUOTE_MARKS
        and closing.text in QUOTE_MARKS
        and opening.i >= predicate.sent.start
        and predicate.tag_ != "VBN"
        and not any(c.lower_ == "by" for c in predicate.head.children)  # "be "unwrapped" by"
        and not any(c.dep_ == "expl" for c in predicate.head.children)  # "there was "masses""
        and not any(t.ent_type_ in ("DATE", "TIME") for t in predicate.head.subtree)
    )


def quoted_charge(verb: Token) -> bool:
    """ "accused the chancellor of using "fancy statistics"", "accusing him of producing a
    "fraudulent prospectus"": a charge put in the accuser's own judging words is their view,
    no claim; "accused him of stealing trade secrets" alleges a deed and stays one."""
    return verb.lemma_.lower() == "accuse" and any(
        c.dep_ == "prep"
        and c.lower_ == "of"
        and any(t.text in QUOTE_MARKS and t.tag_ != "POS" for t in c.subtree)  # not "opponents'"
        for c in verb.children
    )
