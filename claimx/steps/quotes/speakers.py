"""Who a quote's speaker is: the full name, title and kind behind the mention at the quote.

A pronoun stands for the named subject of the verb above it, else for the person the
story last named before it, of the pronoun's gender when the first name or honorific
tells one; an organization's pronoun for the last group or organization. Names inside
quotes are no antecedents ('"Wayne was superb," he said' is not Wayne's), and a subject
in a sentence's subordinate clause yields to the sentence's main subject ('Brown said
Howard was wrong. "...," he said' is Brown's).
A person's title found at one mention holds at every other.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, field
from itertools import islice
from typing import TYPE_CHECKING

from .documents import DOCUMENTS, author_of
from .firms import GENERIC_FIRMS, lead_firm, main_firm, passing, short_of
from .mention import (
    DEPTH,
    SUBJECTS,
    age_description,
    children,
    closing_tag,
    lefts,
    mention_span,
)
from .names import (
    Names,
    SpeakerWords,
    described,
    firm_mentions,
    firms_labelled,
    possessed,
    surname_subjects,
    team,
)
from .officials import nation_body
from .ordered import last_before, remember
from .parsed import acting, entities, organization_in, reported, strip_the, subordinate, whole_quote
from .plural import counted, listed_subjects, the_bodies, the_people
from .products import speaking_bodies
from .roles import holds_title, role, title_gender, title_words, titled_appositions, titled_later

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

_PRONOUN_REACH = 12  # named people looked back through for one a pronoun's gender fits
_DESCRIBED_SENTENCES = 3  # sentences looked back through for the one person 'the striker' is
_BODY_SENTENCES = 2  # sentences before 'the party said' looked back through for the party
_CENTRE_SENTENCES = 3  # sentences back to the last one outside quotes, for a pronoun's centre
_PERSON_NOUNS = frozenset({"man", "woman"})  # a person of a place: 'the Cork man'


@dataclass
class Resolver:
    """Resolves mentions to the story's full names, remembering what it has resolved before."""

    doc: Doc
    words: SpeakerWords
    inside: bytearray | None = None  # tokens within quote marks
    relaying: frozenset[str] = frozenset()  # 'the paper quoted Mr X': Mr X is the centre
    works: frozenset[str] = frozenset()  # 'its programme Brainteaser': words before a work
    names: Names = field(init=False)
    people: list[tuple[int, str]] = field(default_factory=list)  # (char, full name) of subjects
    person_names: list[tuple[int, str]] = field(default_factory=list)  # every PERSON mention
    titles: dict[str, tuple[str | None, str | None]] = field(default_factory=dict)
    others: list[tuple[int, str, str]] = field(default_factory=list)  # (char, name, kind)
    genders: dict[str, str] = field(default_factory=dict)  # full name -> 'female' or 'male'
    titled: list[tuple[int, str, frozenset[str]]] = field(default_factory=list)  # title words
    organizations: list[tuple[int, str]] = field(default_factory=list)  # every ORG mention
    organization_names: set[str] = field(default_factory=set)
    quoted_organizations: set[int] = field(default_factory=set)  # chars of ORGs within quotes
    acting: list[tuple[int, str]] = field(default_factory=list)
    subordinate: dict[int, int] = field(default_factory=dict)  # subject char -> sentence start
    quoted: list[tuple[int, str]] = field(default_factory=list)  # people named inside quotes
    # (char, name) of organizations (and NORP groups) as subjects or possessors: 'Labour said',
    # "Oxfam's report"; and organizations named beside a description: 'the news agency AFP'.
    bodies: list[tuple[int, str, int]] = field(default_factory=list)
    labelled: list[tuple[int, str, str]] = field(default_factory=list)  # (char, name, noun)
    # (char, full name, title words) of descriptions resolved: 'the prime minister' was X
    described_as: list[tuple[int, str, frozenset[str]]] = field(default_factory=list)
    # (char, name, title, organization) of speakers left as a description: 'A spokesman said'
    described_speakers: list[tuple[int, str, str, str | None]] = field(default_factory=list)
    org_entities: list[Span] = field(default_factory=list)  # the ORG entities, in order

    def __post_init__(self) -> None:
        self.names = Names(self.words)
        ents = entities(self.doc, "ORG", "PERSON")
        # 'its show Brainteaser', 'the Windows operating system': no one's 'it'
        ents["ORG"] = speaking_bodies(self.doc, ents["ORG"], self.works, self.words)
        self.org_entities = ents["ORG"]
        self.organizations = [(ent.start_char, strip_the(ent.text)) for ent in ents["ORG"]]
        firms = firms_labelled(self.doc, self.words.business_words, self.inside)
        self.organizations = sorted(self.organizations + [(at, name) for at, name, _ in firms])
        self.labelled.extend(firms)
        self.organization_names = {name.lower() for _, name in self.organizations}
        self.quoted_organizations = {
            ent.start_char for ent in ents["ORG"] if self.inside and self.inside[ent.root.i]
        }
        # Organizations as subjects: 'Unilever said', 'Jarvis has sold'; not the subject of
        # a clause reported ('Acme said Widget would ...': Widget is what is spoken of).
        mentions = [(ent.root, strip_the(ent.text)) for ent in ents["ORG"]]
        mentions += [(tok, tok.text) for tok in firm_mentions(self.doc, firms)]
        self.acting = sorted(
            (tok.idx, name)
            for tok, name in mentions
            if tok.dep_ in SUBJECTS
            and not (self.inside and self.inside[tok.i])
            and not reported(tok)
        )
        self._bodies(ents["ORG"], entities(self.doc, "NORP")["NORP"])
        for ent in ents["PERSON"]:
            name = self.names.clean_name(ent)
            if not name or whole_quote(ent) or team(ent):
                continue
            full = self.names.learn(name, ent.start_char)
            self.titled.append((ent.start_char, full, title_words(ent, self.words.titles)))
            if self.inside is not None and self.inside[ent.root.i]:
                self.quoted.append((ent.start_char, full))
            else:
                self.person_names.append((ent.start_char, full))
                if acting(ent.root):
                    self._subject(ent.root, ent.start_char, full)
            honorific = self.doc[ent.start - 1] if ent.start else ent[0]
            gender = self.words.honorific_genders.get(honorific.lower_.rstrip("."))
            gender = gender or self.genders.get(full) or self.names.gender(full)
            if gender:
                self.genders[full] = gender
        # 'But Morrison is determined ...': a subject the tagger took for a place or an
        # organization is the person when it is the surname of one the story named.
        for tok in surname_subjects(self.doc, self.inside, self.names.surnames):
            self._subject(tok, tok.idx, self.names.full_name(tok.text, tok.idx))
        # 'Arsenal's Brazilian midfielder Edu': a name the tagger typed as no one beside a
        # title is the person holding it ('the midfielder' later).
        for tok, words in titled_appositions(self.doc, self.inside, self.words.titles):
            if name := self.names.clean_name(mention_span(tok)):
                self.titled.append((tok.idx, self.names.learn(name, tok.idx), words))
        self.titled.sort()

    def _bodies(self, orgs: list[Span], groups: list[Span]) -> None:
        for ent in sorted([*orgs, *groups], key=lambda e: e.start):
            root = ent.root
            if self.inside and self.inside[root.i]:
                continue
            if root.dep_ in SUBJECTS or root.dep_ == "poss":
                # 'The Liberal Democrats': the tagger may leave an adjective out of the name.
                start = min([ent.start] + [c.i for c in lefts(root) if c.pos_ == "PROPN"])
                name = strip_the(self.doc[start : ent.end].text)
                self.bodies.append((ent.start_char, name, root.i))
            if (
                ent in orgs
                and root.dep_ == "appos"
                and root.head.lower_ in self.words.organization_words
            ):
                self.labelled.append((ent.start_char, strip_the(ent.text), root.head.lower_))

    def _subject(self, root: Token, char: int, full: str) -> None:
        remember(self.people, char, full)
        if subordinate(root):
            self.subordinate[char] = root.sent.start_char

    def resolve(self, tok: Token, span: Span, inside: bytearray) -> dict:
        """The speaker dict for the mention `span` headed by `tok`."""
        lower = tok.lower_
        pron = self.words.pronouns.get(lower) if tok.tag_ in ("PRP", "PRP$", "WP", "WDT") else None
        title, org = role(tok, span, inside, self.words)
        if pron == "relative" and tok.head.dep_ == "relcl":
            antecedent = tok.head.head
            kind, name = self.names.named(antecedent, mention_span(antecedent))
            title, org = role(antecedent, mention_span(antecedent), inside, self.words)
        elif pron == "person":
            gender = self.words.pronoun_genders.get(lower)
            found = self._governor_subject(tok, gender)
            spokesman = None
            if found is None:
                found = self._centre(tok, gender) or self._antecedent(span.start_char, gender)
                spokesman = self._described_speaker(tok, gender, after=found[0] if found else -1)
            if spokesman is not None:
                kind, name, title, org = "unnamed", *spokesman[1:]
            else:
                kind, name = "person", (found[1] if found else span.text)
        elif pron in ("group", "organization"):
            kind, name = self._body_pronoun(tok, span, pron)
        elif age_description(tok) and last_before(self.people, span.start_char):
            # '"...," the 36-year-old said': the person the story is about, last named speaking
            kind, name = "person", last_before(self.people, span.start_char)[1]
        else:
            kind, name = self.names.named(tok, span)
            # 'said the American': the tagger's nationality group is one person of that nation
            person_of = kind == "group" and lower in self.words.demonyms
            count = counted(tok, self.words.titles) if described(span) else None
            body = nation_body(tok, self.organizations, self.words.nations)
            if body is not None and kind == "group":  # 'Canadian authorities': Health Canada
                kind, name = "organization", body
            elif count is not None:
                # 'the three men said': the people the story has just named, if that many
                found = the_people(tok, count, self.person_names)
                kind, name = ("group", found) if found else (kind, name)
            elif kind == "organization" and lower in DOCUMENTS and not described(span):
                kind, name = self._author(tok, here=True) or (kind, name)
            elif kind == "group" and (found := the_bodies(tok, self.inside, self.words)):
                name = found  # 'the papers say' after 'The Post and the Star report': those two
            elif described(span) and (kind in ("unnamed", "organization") or person_of):
                kind, name = self._described(tok, span.start_char, kind, name)
            elif kind == "unnamed" and lower in self.words.titles and possessed(tok):
                # 'her agent said': only the one the story names with that title, never the
                # person last in play (she is whose agent he is)
                at, said = span.start_char, {t.lower_ for t in span}
                found = self._titled_before(at, lower, said) or titled_later(
                    self.doc, self.titled, at, lower, said, self.words
                )
                kind, name = ("person", found) if found else (kind, name)
            elif (
                kind == "person"
                and name.lower() not in self.names.surnames
                and short_of(name, self.organization_names, self.person_names)
            ):
                kind = "organization"  # 'Arsenal said', where the story tags Arsenal a club
        if kind == "person":
            known = self.titles.get(name, (None, None))
            title, org = title or known[0], org or known[1]
            self.titles[name] = (title, org)
            remember(self.people, span.start_char, name)
        elif kind in ("organization", "group"):
            remember(self.others, span.start_char, name, kind)
        elif kind == "unnamed" and title:
            # 'the spokesman' again: the organization given when the story first described him
            said = (o for _, n, _, o in reversed(self.described_speakers) if n == name and o)
            org = org or next(said, None)
            remember(self.described_speakers, span.start_char, name, title, org)
        return {
            "text": span.text,
            "start": span.start_char,
            "end": span.end_char,
            "name": name,
            "title": title,
            "organization": org,
            "kind": kind,
        }

    def _body_pronoun(self, tok: Token, span: Span, pron: str) -> tuple[str, str]:
        """'it said', 'they said': the organization or group a pronoun stands for."""
        found = last_before(self.others, span.start_char)
        governor = self._governor_body(tok)
        # 'it said': the organization named in an earlier sentence, not one it speaks of,
        # its subject if it had one ('Microsoft left the market to firms such as Symantec')
        named = last_before(self.organizations, tok.sent.start_char)
        if pron == "organization" and named and (found is None or named[0] > found[0]):
            found = (named[0], self._over_passing(named[1], tok), "organization")
        acting = self._last_acting(tok, set()) if pron == "organization" else None
        found = (found[0], acting, "organization") if found and acting else found
        group = self._group_centre(tok) if pron == "group" else None
        if group is not None and (found is None or group[0] > found[0]):
            found = group
        if governor is not None:
            found = governor
        return (found[2], found[1]) if found else (pron, span.text)

    def _described(self, tok: Token, char: int, kind: str, name: str) -> tuple[str, str]:
        """'the chancellor', 'the company': the person or organization the story named so."""
        word = tok.lower_
        local = word in _PERSON_NOUNS and any(
            c.pos_ == "PROPN" and c.dep_ in ("compound", "amod") for c in lefts(tok)
        )
        if (kind == "unnamed" and word in self.words.titles) or word in self.words.demonyms:
            said = {t.lower_ for t in mention_span(tok)}
            titled = self._titled_before(char, word, said)
            if titled is not None:
                return "person", titled
            # 'the prime minister' again: the person the same words stood for before
            found = next(
                (
                    full
                    for at, full, words in reversed(self.described_as)
                    if at < char and word in words and words <= said
                ),
                None,
            )
            spokesman = self._same_description(tok, word)
            if found is None and spokesman is not None:
                return "unnamed", spokesman
            found = found or self._untitled_subject(tok)
            if found is None and not any(c.dep_ == "prep" for c in children(tok)):
                # 'the chairman of the Bar Council' introduces someone new
                found = self._only_person(tok) or titled_later(
                    self.doc, self.titled, char, word, said, self.words
                )
            if found is not None:
                remember(self.described_as, char, found, frozenset(said & self.words.titles))
                return "person", found
        elif local:
            # '"...," says the Cork man': the one person the story has named so far
            named = {full for at, full in self.person_names if at < char}
            if len(named) == 1:
                return "person", named.pop()
        elif (
            kind == "organization"
            and word in self.words.organization_words
            and not any(t.pos_ == "PROPN" and t.i != tok.i for t in mention_span(tok))
        ):
            # 'the bank' after 'the Bank of England' (not 'the Professional Footballers'
            # Association', a name); not one its own sentence names again ('The firm said it
            # would keep Acme's lead': the firm is not Acme).
            author = self._author(tok) if word in DOCUMENTS else None
            if author is not None:  # 'The committee's report said': the committee's words
                return author
            spoken_of = self._named_beside(tok)
            just = self._last_acting(tok, spoken_of)
            if just is not None and word in GENERIC_FIRMS:
                just = passing(self.doc, self.organizations, just, char) or just
            if just is not None:  # 'JP Morgan said ... The bank said': the one just speaking
                return kind, just
            same = [
                o
                for at, o in self.organizations
                if at < char
                and word in o.lower().split()
                and o.lower() not in spoken_of
                and at not in self.quoted_organizations
            ]
            if same:
                return kind, self._over_passing(same[-1], tok)
            label = [o for at, o, noun in self.labelled if at < char and noun == word]
            if label:  # 'the agency' after 'the French news agency AFP'
                return kind, label[-1]
            if word in self.words.body_words:
                found = organization_in(tok, mention_span(tok)) or self._recent_body(tok)
                if found is not None:
                    return kind, found
            if word in self.words.business_words:
                found = main_firm(self.acting, self.organizations, char, spoken_of)
                found = found or lead_firm(self.doc, self.organizations, char, word)
                if found is not None:
                    return kind, found
        return kind, name

    def _author(self, tok: Token, *, here: bool = False) -> tuple[str, str] | None:
        """The kind and name of the author the story gives a document ('a report by X'); `here`
        at this mention only ('A report by the World Bank warns': a new report)."""
        author = author_of(tok, self.inside, here=here)
        if author is None:
            return None
        span = mention_span(author)
        found = self.names.named(author, span)
        return self._described(author, author.idx, *found) if described(span) else found

    def _described_speaker(
        self, tok: Token, gender: str | None, after: int
    ) -> tuple[int, str, str, str | None] | None:
        """'A spokesman for the firm said ... "...," he added': a pronoun stands for the
        speaker last left as a description, when no one was named since, within a few
        sentences, and the description's gender does not tell otherwise."""
        found = last_before(self.described_speakers, tok.idx)
        if found is None or found[0] < max(after, self._sentences_back(tok, _DESCRIBED_SENTENCES)):
            return None
        told = title_gender(found[2])
        return found if gender is None or told is None or told == gender else None

    def _same_description(self, tok: Token, word: str) -> str | None:
        """'A spokesman for Michael Howard said ... "...," the spokesman said': the speaker
        last left as a description with this title, within a few sentences."""
        found = last_before(self.described_speakers, tok.idx)
        if found is None or found[0] < self._sentences_back(tok, _DESCRIBED_SENTENCES):
            return None
        return found[1] if word in found[2].lower().split() else None

    def _sentences_back(self, tok: Token, n: int) -> int:
        """Where the sentence n before tok's starts (or the first)."""
        sent = tok.sent
        for _ in range(n):
            if sent.start == 0:
                break
            sent = self.doc[sent.start - 1].sent
        return sent.start_char

    def _untitled_subject(self, tok: Token) -> str | None:
        """'Michael Howard has denied ... The Tory leader said': a title the story gave no one
        stands for the main subject of the sentence before, when no other title was given to
        them (within its own sentence a new description is likelier someone else)."""
        sent = tok.sent
        if sent.start == 0:
            return None
        lo, hi = self.doc[sent.start - 1].sent.start_char, sent.start_char
        i = bisect_left(self.people, (hi,))
        for at, full in reversed(self.people[:i]):
            if at < lo:
                return None
            if at in self.subordinate or full in mention_span(tok).text.split():
                continue  # nor the name in the description itself: 'the Marsh executive'
            if any(words for _, name, words in self.titled if name == full):
                return None
            return full
        return None

    def _only_person(self, tok: Token) -> str | None:
        """'Pires scored twice. ... "...," the Frenchman said': a description stands for the
        one person named as a main subject in the last few sentences, when no other was and
        the story gave them no title of their own (nor one in it: 'the Marsh executive')."""
        start = self._sentences_back(tok, _DESCRIBED_SENTENCES)
        i = bisect_left(self.people, (tok.sent.start_char,))
        found = {full for at, full in self.people[:i] if at >= start and at not in self.subordinate}
        found -= set(mention_span(tok).text.split())
        # A person the story gave another title is not the one described ('Chancellor X').
        if len(found) != 1 or any(words for _, n, words in self.titled if n in found):
            return None
        return found.pop()

    def _titled_before(self, char: int, word: str, said: set[str]) -> str | None:
        """The person last given the title before char."""
        found = (
            f for at, f, ws in reversed(self.titled) if at < char and holds_title(ws, word, said)
        )
        return next(found, None)

    def _over_passing(self, name: str, tok: Token) -> str:
        """A body only named in passing ('with help from the ILO'), never a subject or
        possessor, is not 'the organisation': the one last a subject or possessor is."""
        if any(n.lower() == name.lower() for _, n, _ in self.bodies):
            return name
        return self._recent_body(tok) or name

    def _recent_body(self, tok: Token) -> str | None:
        """'Labour launched ... The party said': the organization last a subject or possessor,
        in this sentence or the two before it."""
        start = self._sentences_back(tok, _BODY_SENTENCES)
        i = bisect_left(self.bodies, (tok.idx,))
        for at, name, root in reversed(self.bodies[:i]):
            if at < start:
                return None
            # 'the report said': the body that reported ('the Times reported'), or whose report
            if tok.lower_ not in DOCUMENTS or any(
                t.lemma_.lower() == tok.lower_ and t.i != tok.i for t in self.doc[root].sent
            ):
                return name
        return None

    def _named_beside(self, tok: Token) -> set[str]:
        """The organizations tok's sentence names outside the mention at tok."""
        span, sent = mention_span(tok), tok.sent
        return {
            strip_the(ent.text).lower()
            for ent in self.org_entities
            if sent.start <= ent.start
            and ent.end <= sent.end
            and not span.start <= ent.root.i < span.end
        }

    def _last_acting(self, tok: Token, spoken_of: set[str]) -> str | None:
        """The organization that was the subject of the sentence just before tok's."""
        if tok.sent.start == 0:
            return None
        before = self.doc[tok.sent.start - 1].sent
        i = bisect_left(self.acting, (tok.idx,))
        for at, name in reversed(self.acting[:i]):
            if at < before.start_char:
                return None
            if at < tok.sent.start_char and name.lower() not in spoken_of:
                return name
        return None

    def _governor_subject(self, tok: Token, gender: str | None) -> tuple[int, str] | None:
        """'Trump said he believes ...': a pronoun subject stands for the named subject above it."""
        for anc in islice(tok.head.ancestors, DEPTH):
            for child in children(anc):
                if (
                    child.dep_ in SUBJECTS
                    and child.pos_ == "PROPN"
                    and child.ent_type_ not in ("GPE", "LOC", "ORG", "NORP", "FAC")
                    and child.i < tok.i
                    and not (self.inside and self.inside[child.i])
                ):
                    name = self.names.named(child, mention_span(child))[1]
                    if self._fits(name, gender):
                        return child.idx, name
        return None

    def _governor_body(self, tok: Token) -> tuple[int, str, str] | None:
        """'The Commission fined the firm over what it called ...': an organization's pronoun
        stands for the organization that is the subject of a verb above it."""
        roots = {root: (at, name) for at, name, root in self.bodies}
        for anc in islice(tok.head.ancestors, DEPTH):
            for child in children(anc):
                if child.dep_ in SUBJECTS and child.i < tok.i and child.i in roots:
                    at, name = roots[child.i]
                    return at, name, "organization"
        return None

    def _main_subject_before(self, tok: Token) -> Token | None:
        """The main-clause subject of the last sentence before tok's outside quotes."""
        sent = tok.sent
        for _ in range(_CENTRE_SENTENCES):
            if sent.start == 0:
                return None
            sent = self.doc[sent.start - 1].sent
            root = sent.root
            if self.inside is not None and self.inside[root.i]:
                continue
            deps = SUBJECTS
            if root.lemma_.lower() in self.relaying and any(
                c.dep_ == "dobj" for c in children(root)
            ):
                deps = ("dobj",)  # 'The Standard quoted Mr Clarke telling activists ...'
            subj = closing_tag(sent) or next((c for c in children(root) if c.dep_ in deps), None)
            if subj is None or (self.inside and self.inside[subj.i]):
                return None
            return subj
        return None

    def _group_centre(self, tok: Token) -> tuple[int, str, str] | None:
        """'Traders worried about supplies. "...," they say': the people or bodies (by job or
        kind: 'Mobile operators') that were the main subject of the sentence before."""
        if listed := listed_subjects(tok, self.inside, self.person_names, self.words.titles):
            return (*listed, "group")  # 'Labour and the Tories ... they said'
        subj = self._main_subject_before(tok)
        if subj is None or subj.tag_ not in ("NNS", "NNPS"):
            return None
        words, bodies = self.words, self.words.organization_words
        if subj.ent_type_ in ("NORP", "ORG") or subj.lemma_.lower() in words.titles | bodies:
            kind, name = self.names.named(subj, mention_span(subj))
            if kind in ("group", "organization"):
                return subj.idx, name, kind
        return None

    def _centre(self, tok: Token, gender: str | None) -> tuple[int, str] | None:
        """'Pinto could not believe it. "It was in," he said.': the named main subject of the
        sentence before (quoted sentences skipped) is the centre a pronoun continues."""
        subj = self._main_subject_before(tok)
        if subj is None or subj.pos_ != "PROPN":
            return None
        if subj.ent_type_ in ("GPE", "LOC", "ORG", "NORP", "FAC"):
            return None
        kind, name = self.names.named(subj, mention_span(subj))
        # 'De Vido' after 'Julio De Vido'
        name = next((n for _, n in reversed(self.person_names) if n.endswith(" " + name)), name)
        if kind != "person" or not self._fits(name, gender):
            return None
        if gender == "female" and self._known(name) is None:
            # an unknown is likelier a man: a woman named just before is the likelier 'she'
            woman = self._last_person(self.people, tok.idx, gender)
            if woman is not None and self._known(woman[1]) == gender:
                return None
        return subj.idx, name

    def _antecedent(self, char: int, gender: str | None) -> tuple[int, str] | None:
        """The last subject a pronoun fits. For 'she', a later woman named wins over a subject
        whose gender the name does not tell: news names more men, so an unknown is likelier one."""
        subject = self._last_person(self.people, char, gender)
        if subject is not None and subject[0] in self.subordinate:
            subject = self._main_subject(subject, gender) or subject
        mention = self._last_person(self.person_names, char, gender)
        if subject is None and mention is None:
            # '"Sandra has been campaigning," Mr Fox said. ... she said': only a name quoted.
            # ... but a name the first-name list knows: a quoted title is no one ('"Night"').
            found = self._last_person(self.quoted, char, gender)
            return found if found and self.names.gender(found[1]) else None
        if subject is None or (
            mention is not None
            and mention[0] > subject[0]
            and gender == "female"
            and self._known(subject[1]) is None
            and self._known(mention[1]) == gender
        ):
            return mention
        return subject

    def _main_subject(self, subject: tuple[int, str], gender: str | None) -> tuple[int, str] | None:
        """'Brown told MPs that Howard was wrong': the main clause's subject before it."""
        start = self.subordinate[subject[0]]
        i = bisect_left(self.people, subject)
        for item in reversed(self.people[:i]):
            if item[0] < start:
                return None
            if item[0] not in self.subordinate and self._fits(item[1], gender):
                return item
        return None

    def _last_person(
        self, items: list[tuple[int, str]], char: int, gender: str | None
    ) -> tuple[int, str] | None:
        """The last person named before `char` whom a pronoun of this gender can stand for.

        For 'she', the last woman the names tell wins over a later name that tells no
        gender: news names more men, so an unknown is likelier one."""
        i = bisect_left(items, (char,))
        recent = list(islice(reversed(items[:i]), _PRONOUN_REACH))
        if gender == "female":
            woman = next((item for item in recent if self._known(item[1]) == gender), None)
            if woman is not None:
                return woman
        return next((item for item in recent if self._fits(item[1], gender)), None)

    def _known(self, name: str) -> str | None:
        return self.genders.get(name) or self.names.gender(name)

    def _fits(self, name: str, gender: str | None) -> bool:
        known = self._known(name)
        return gender is None or known is None or known == gender
