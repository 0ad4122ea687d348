"""Evidence that a mention is a city here: what the words around it say.

A qualifier ("Sacramento, Calif."), the dateline, spaCy's entity label and locative cues
("in", "mayor of") speak for a place; a person's title, "said" after it or a longer name
around it ("Webb Center") speak against.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .candidates import dateline_bounds
from .gazetteer import name_key
from .mentions import listed_after, qualified, qualifier_at
from .metonymy import ARTICLES, GOVERNMENT
from .readings import (
    HOST_REASON,
    after_first_name,
    after_initial,
    club_town,
    hosted_event,
    mark_teams,
    other_reading,
    read_story,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from .candidates import TokenLists
    from .gazetteer import Gazetteer
    from .mentions import Area, Mention

# Weights set on development data (LGL and TR-News dev sets) as whole classes of cues, never
# per name; they add to the resolver's scores, where 0.35 is a tenfold population.
_PERSON_ALONE = 0.1  # spaCy's small model calls many towns PERSON; alone it says little
_ENTITY = 0.2  # spaCy sees a name (LOC, ORG...), and PERSON over a name no person bears
_DATELINE_LIKE = 1.5  # "TORRINGTON —" opening a paragraph
_LISTED = 0.5  # a name in a list after a clear place
_CAMPUS = 2.5  # a town the story has shown to stand for its university, after "at"
_SURNAME = 1.0  # the surname of a person the story names ("Tom Chester ... Chester said")
_SEAT = 1.0  # a capital standing for its government ("Tbilisi says"): the capital itself
_HOST = 1.0  # the town holding an event that moves from host to host ("the Athens Olympics")
# Titles that only ever open a person's name, never end a place's ("Harrogate Mr Kennedy").
_ARTICLES = frozenset({"the", "a", "an"})
_NOUN_AFTER = frozenset({"NOUN", "PROPN", "PART"})  # "a town planner", "the town's mayor"
_HONORIFICS = frozenset({"mr", "mrs", "ms", "miss", "dr", "sir", "dame"})


def collect_evidence(
    doc: Doc,
    gaz: Gazetteer,
    words: TokenLists,
    mentions: list[Mention],
    dateline: dict | None,
    areas: list[Area] = (),
) -> bool:
    """Weigh each mention's evidence, in text order: a name listed after a clear place
    shares its evidence; a name that means a club, an organization or a person here loses
    it; a country named as a team is marked. Whether the story is a sports story."""
    dl_start, dl_end = dateline_bounds(dateline)
    ents = {}
    for ent in doc.ents:
        for t in range(ent.start, ent.end):
            ents[t] = ent
    # Names the story gives people ("Roy Jones", "Charlotte Graham") are people's elsewhere too;
    # a surname so surely that "Dallas said" is the person, not the city's government.
    # A "person" ending in a common noun is a misread name of a school or group
    # ("Lancaster Girls' Grammar School"): people's names end in a proper noun.
    # spaCy may take a possessive's mark into the name ("Ricky Gervais'"): it is left off.
    people = [
        name
        for name in (
            ent[:-1] if ent[-1].tag_ == "POS" else ent
            for ent in doc.ents
            if ent.label_ == "PERSON" and not _direction_first(ent, gaz.cues)
        )
        if len(name) > 1 and name[-1].tag_ not in ("NN", "NNS")
    ]
    person_words = {
        name_key(token.text)
        for ent in people
        for token in (ent[0], ent[-1])
        if token.text[:1].isupper()
    }
    surnames = {name_key(ent[-1].text) for ent in people if ent[-1].text[:1].isupper()}
    surnames.update(
        m.key for m in mentions if after_initial(words, m) or after_first_name(doc, gaz.cues, m)
    )
    story = read_story(doc, words, gaz.cues, mentions)
    sport = mark_teams(doc, words, gaz.cues, story, areas)
    ends: dict[int, Mention] = {}
    _unlisted_towns(doc, gaz, mentions)
    for m in mentions:
        _qualifier_and_dateline(doc, gaz, m, dl_start, dl_end)
        ent = ents.get(m.start)
        _entity_label(m, ent, person_words, gaz.cues)
        _words_around(doc, gaz, words, m)
        against, why = other_reading(doc, words, gaz.cues, story, m, ent)
        own_cues = [r for r in m.reasons if r not in ("GPE", "person")]
        if own_cues == ["locative"] and _modifies_noun(doc, m.end):
            own_cues = []  # "flock to Gervais sitcom": "to" governs the sitcom, not the name
        if not (why or own_cues) and m.key in surnames and not _inside_person(ent, m):
            against, why = _SURNAME, "person"
        why = _capital_for_government(m, why)
        if why and (why in ("facility", "title") or not (m.qualifier or m.dateline)):
            m.evidence -= against
            m.other = why
        prev = doc[m.start - 1] if m.start > 0 else None
        nxt = doc[m.end] if m.end < len(doc) else None
        listed = ends.get(m.start - 2)
        if (
            prev is not None
            and prev.text in ("and", "or", ",")
            and listed is not None
            and listed.evidence >= 0.8
        ):
            m.evidence += _LISTED  # "in Leeds and Manchester"
            m.reasons.append("listed with places")
        ends[m.end - 1] = m
        if _age_follows(doc, m.end):
            m.evidence -= 1.5  # "Shelton, 33, had been reported missing"
        if _speaks(gaz, prev, nxt):
            m.evidence -= 1.0
            m.said = True
    _university_again(words, mentions)
    return sport


def _speaks(gaz: Gazetteer, prev: Token | None, nxt: Token | None) -> bool:
    """ "Jackson said": the name is the speaker, unless a locative or "of" comes before it
    ("police in Leeds said"; "the Press-Gazette of Lynchburg said": the paper speaks)."""
    if nxt is None or nxt.lower_ not in gaz.cues["speech_after"]:
        return False
    return prev is None or (prev.lower_ not in gaz.cues["locative_before"] and prev.lower_ != "of")


def _capital_for_government(m: Mention, why: str) -> str:
    """ "Tbilisi says": the capital itself, whatever its namesakes (metonymy.py); the other
    reading left to weigh ("" for this one)."""
    if why != GOVERNMENT:
        return why
    m.places = [p for p in m.places if p.capital]
    m.evidence += _SEAT
    m.reasons.append(GOVERNMENT)
    return ""


def _university_again(words: TokenLists, mentions: list[Mention]) -> None:
    """A town the story reads once as its university ("studied at Oxford") is the university
    wherever it follows a bare "at" ("At Oxford he read history"; "a woman from Oxford" is
    where she comes from)."""
    campuses = {m.key for m in mentions if m.other == "university"}
    for m in mentions:
        prev = words.text[m.start - 1].lower() if m.start > 0 else ""
        if m.key in campuses and not m.other and prev == "at" and not m.qualifier:
            m.evidence -= _CAMPUS
            m.other = "university"


def _unlisted_towns(doc: Doc, gaz: Gazetteer, mentions: list[Mention]) -> None:
    """A town the story places in a state or country where none of its namesakes in the
    gazetteer lies ("Oakdale, Kentucky") is a town too small for it: no namesake elsewhere
    stands in for it, in any of the name's mentions. A state in a list of them ("Portland,
    Maine and Vermont") is no qualifier."""
    unlisted, placed = set(), set()
    for m in mentions:
        qual = qualifier_at(doc, gaz, m.end)
        if qual is None:
            continue
        if qualified(m.places, qual[0]):
            placed.add(m.key)
        elif not listed_after(doc, qual[1]):
            unlisted.add(m.key)
    for m in mentions:
        if m.key in unlisted - placed:
            m.places = []


def _qualifier_and_dateline(
    doc: Doc, gaz: Gazetteer, m: Mention, dl_start: int, dl_end: int
) -> None:
    first = doc[m.start]
    qual = qualifier_at(doc, gaz, m.end)
    m.qualifier = qualified(m.places, qual[0]) if qual else None
    if qual and m.qualifier and m.qualifier[0] == "GB":
        county = gaz.uk_counties.get(name_key(doc[m.end + 1 : qual[1]].text))
        m.near = county[1:] if county else None
    if m.qualifier:
        m.evidence += 1.5
        m.reasons.append("qualified")
    if dl_start <= first.idx < dl_end:
        m.dateline = True
        m.evidence += 1.5
        m.reasons.append("dateline")
    elif first.text.isupper() and len(first.text) > 1 and first.text not in gaz.initials:
        m.evidence += _DATELINE_LIKE
        m.reasons.append("dateline-like")


def _entity_label(m: Mention, ent: Span | None, person_words: set[str], cues: dict) -> None:
    """spaCy's label over the name. The small model calls a name it does not know PERSON
    ("marched in Rotterdam"): over a name alone that is no common first name or surname,
    that says only that it is a name, as ORG or LOC do."""
    if ent is not None and _direction_first(ent, cues):
        m.evidence += _ENTITY  # "N.W. Rochester", "North Richmond": a part of the town
        return
    personal = _person_name(cues, m.key)
    label = ent.label_ if ent is not None else ""
    multi = ent is not None and ent.end - ent.start > m.end - m.start
    if label == "GPE":
        m.evidence += 0.8
        m.reasons.append("GPE")
    elif label in ("LOC", "FAC", "ORG", "NORP") or (label == "PERSON" and not (multi or personal)):
        m.evidence += _ENTITY
    elif label == "PERSON":
        m.evidence -= 1.5 if multi else _PERSON_ALONE
        m.reasons.append("person")
    if m.key in person_words and label != "GPE":
        m.evidence -= 1.0


def _direction_first(ent: Span, cues: dict) -> bool:
    """spaCy's PERSON opening with a direction ("N.W. Rochester", "North Richmond") is a part
    of a town: no one's name starts with a compass point."""
    return ent.label_ == "PERSON" and ent[0].text in cues["direction_words"]


def _apposed_place_noun(doc: Doc, nouns: list[str], end: int) -> str | None:
    """The place noun heading an apposition right after the name ("Cardiff, the Welsh
    capital, ...", "Hull, a port city."): not one that modifies or owns another ("Jackson, the
    town's mayor", "Lincoln, a town planner")."""
    if end + 2 >= len(doc) or doc[end].text != "," or doc[end + 1].lower_ not in _ARTICLES:
        return None
    for k in range(end + 2, min(len(doc), end + 6)):
        t = doc[k]
        if t.is_punct:
            return None
        nxt = doc[k + 1] if k + 1 < len(doc) else None
        if t.is_lower and t.text in nouns and (nxt is None or nxt.pos_ not in _NOUN_AFTER):
            return t.text
    return None


def _person_name(cues: dict, key: str) -> bool:
    """Whether a name is a common first name or surname (US Census lists): "Clinton", "Sherman"."""
    return key in cues["first_names"] or key in cues["surnames"]


def _words_around(doc: Doc, gaz: Gazetteer, words: TokenLists, m: Mention) -> None:
    """The cue words just before and after the name."""
    first = doc[m.start]
    prev = doc[m.start - 1] if m.start > 0 else None
    prev2 = doc[m.start - 2] if m.start > 1 else None
    nxt = doc[m.end] if m.end < len(doc) else None
    if prev is not None and prev.lower_ in gaz.cues["person_titles_before"]:
        m.evidence -= 2.0
    # "according to Hopkins" names a source, not a place
    source = prev2 is not None and prev2.lower_ == "according"
    if prev is not None and prev.lower_ in gaz.cues["locative_before"] and not source:
        m.evidence += 0.5
        m.reasons.append("locative")
    if prev is not None and prev.is_lower and prev.text in gaz.cues["place_nouns_before"]:
        m.evidence += 1.0  # "the Cameroon capital Yaounde", "the village Dvani"
        m.reasons.append(f"{prev.text} (apposition)")
    elif (noun := _apposed_place_noun(doc, gaz.cues["place_nouns_before"], m.end)) is not None:
        m.evidence += 1.0  # "Cardiff, the Welsh capital", "Ipswich, a town in Suffolk"
        m.reasons.append(f"{noun} (apposition)")
    if prev is not None and prev.lower_ == "of" and prev2 is not None:
        if prev2.lower_ in gaz.cues["place_nouns_before_of"]:
            m.evidence += 1.0
            m.reasons.append(f"{prev2.lower_} of")
        elif prev2.ent_type_ == "PERSON" or (
            prev2.text == "," and prev2.i > 0 and doc[prev2.i - 1].like_num
        ):
            m.evidence += 1.0  # "Galen Miller of Palestine", "Smith, 34, of Jeannette"
            m.reasons.append("hometown")
        elif (
            prev2.text in gaz.cues["organization_heads"]
            and prev2.lower_ not in gaz.cues["organization_before_of"]
        ):
            m.evidence += 1.0  # "the Press-Gazette of Lynchburg": a paper or firm and its town
            m.reasons.append("organization's town")
    if (
        prev is not None
        and prev.text == "-"
        and prev2 is not None
        and prev2.text in gaz.cues["party_before"]
    ):
        m.evidence += 1.0  # "Rep. Jay Roberts (R-Ocilla)"
        m.reasons.append("hometown")
    if _in_list_of(doc, m.end, gaz.cues["after_not_city"]) or _members_for(
        doc, m.start, gaz.cues["members_before"]
    ):
        m.evidence -= 3.0  # "Camden and Charlton counties", "the MP for Kensington and Chelsea"
    elif _in_list_of(doc, m.end, gaz.cues["place_nouns_after_list"]):
        m.evidence += 1.0  # "Hillingdon and Wandsworth councils"
        m.reasons.append("council")
    event = hosted_event(words.text, gaz.cues, m.end)
    if event:
        m.evidence += _HOST
        m.reasons.append(HOST_REASON)
        m.world_host = event in gaz.cues["world_event_nouns_after"]
    elif club_town(words, gaz.cues, m):
        m.evidence += 1.0  # "the Glasgow club said": the club's town
        m.reasons.append("club")
    elif nxt is not None:
        _word_after(doc, gaz, m, prev, nxt)
    if (
        prev is not None
        and not first.is_sent_start
        and prev.is_title
        and prev.is_alpha
        and prev.text not in ARTICLES
    ):
        m.evidence -= 0.5  # "Rodeo Gainesville", "Texas Ranger"
    if first.is_sent_start and m.end - m.start == 1 and not m.reasons:
        m.evidence -= 0.3  # a capital that may only be the sentence's


def _word_after(doc: Doc, gaz: Gazetteer, m: Mention, prev: Token | None, nxt: Token) -> None:
    """The word right after the name: a place's word ("Leeds police", "London-based") or
    another name's ("Webb Center")."""
    if _part_of_longer_name(nxt, gaz):
        m.evidence -= 0.8  # "Webb Center", "Des Moines Register"
    elif _based(doc, nxt) or (
        nxt.lower_ in gaz.cues["place_words_after"] and not _family_name(prev, nxt)
    ):
        m.evidence += 0.7
        m.reasons.append("-based" if _based(doc, nxt) else nxt.lower_)
    elif (
        nxt.text in ("'s", "’s")
        and nxt.i + 1 < len(doc)
        and doc[nxt.i + 1].lower_ in gaz.cues["place_words_after"]
    ):
        m.evidence += 0.5


def _family_name(prev: Token | None, nxt: Token) -> bool:
    """ "the Oatley family" is named after its surname; "a Leeds family" is from Leeds."""
    return prev is not None and prev.lower_ == "the" and nxt.lower_ in ("family", "families")


def _based(doc: Doc, nxt: Token) -> bool:
    """ "London-based": where a firm is, so a place ("-based" one token or three)."""
    if nxt.text.startswith("-based"):
        return True
    k = nxt.i
    return (
        nxt.text == "-"
        and k + 1 < len(doc)
        and doc[k + 1].lower_ == "based"
        and not nxt.whitespace_
    )


def _inside_person(ent: Span | None, m: Mention) -> bool:
    """Whether the mention is inside the person's full name, where the label already counts."""
    return ent is not None and ent.label_ == "PERSON" and ent.end - ent.start > m.end - m.start


def _modifies_noun(doc: Doc, k: int) -> bool:
    """Whether a common noun follows the name at k, which then modifies it (a headline's
    noun may be tagged a verb's base form: "flock to Gervais sitcom")."""
    return k < len(doc) and doc[k].tag_ in ("NN", "NNS", "VB") and doc[k].text.islower()


def _age_follows(doc: Doc, k: int) -> bool:
    """ ", 33," after a name is a person's age, AP style."""
    if k + 2 >= len(doc) or doc[k].text != "," or doc[k + 2].text != ",":
        return False
    age = doc[k + 1].text
    return age.isdigit() and int(age) < 120


def _in_list_of(doc: Doc, k: int, nouns: frozenset[str]) -> bool:
    """Whether a name is followed, alone or in a list, by one of `nouns`: "Camden County",
    "Camden and Charlton counties"."""
    for token in doc[k : k + 8]:
        if token.text in nouns:
            return token.i == k or token.text.islower()
        if not (token.text in (",", "and", "or", "&") or token.is_title):
            return False
    return False


def _members_for(doc: Doc, k: int, members: frozenset[str]) -> bool:
    """Whether a name is what an elected member sits for, alone or in a joined name: "the MP
    for Hastings", "the member for Kensington and Chelsea" (a constituency)."""
    for token in reversed(doc[max(0, k - 8) : k]):
        if token.lower_ == "for":
            return token.i > 0 and doc[token.i - 1].text in members
        if not (token.text in (",", "and", "&") or token.is_title):
            return False
    return False


def _part_of_longer_name(nxt: Token, gaz: Gazetteer) -> bool:
    """A capitalized word after the name makes it part of another name ("Webb Center", "Des
    Moines Register"), except the town's institutions ("Hartford Hospital") and a person's
    title opening the next name ("Speaking in Harrogate Mr Kennedy said")."""
    return (
        nxt.is_title
        and nxt.is_alpha
        and nxt.lower_ not in gaz.cues["place_words_after"]
        and nxt.lower_ not in _HONORIFICS
        and nxt.text not in gaz.cues["institution_after"]
        and nxt.text not in gaz.state_abbreviations
    )
