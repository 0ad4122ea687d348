"""Other readings of a place's name: a sports club ("the Everton striker", "Leeds beat
Arsenal"), a word inside an organization's or event's name ("London University", "The New
York Times", "the Boston Marathon"), a seat of power ("Whitehall"), a person ("C Paterson").

The cue words are data (models/gazetteer/readings.json), general news usage. A club is told by
the words around one of its mentions in a sports story; the story then reads every mention of
that name as the club, unless a mention's own words make it a place ("in Leeds").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING

from .metonymy import coined_term, metonymic_reading

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

    from .candidates import TokenLists
    from .mentions import Mention

_INITIAL = re.compile(r"^(?![AI]$)[A-Z]\.?$")  # "C Paterson", "J. Noon"; not "A", "I"
_SPORT_STORY = 3  # sport words (or scores) a story needs before a club reading is looked for
_CLUB = 3.0  # evidence against a name read as a club: more than any place cue
_ORGANIZATION = 2.5
_SEAT_OF_POWER = 2.0
_INITIAL_BEFORE = 2.0
_MANY_UNIVERSITIES = 500_000  # a city this big is no one university's byword
_VENUE_POP = 100_000  # a district this small named as where a match was is its stadium
_THE_ALONE = 1.5  # "the Halifax" with no noun after: a business called by its town
_NAMED_ENTITIES = ("ORG", "FAC", "EVENT", "WORK_OF_ART")
# After "the Halifax" the noun phrase ends: a verb, a preposition, punctuation, a possessive.
_NO_NOUN_AFTER = frozenset({"VERB", "AUX", "ADP", "PUNCT", "PART"})
_MONTHS = frozenset({"april", "june", "july", "august", "may"})  # also first names
_PLACE_BEFORE = frozenset({"in", "near", "outside", "around", "across", "throughout", "to"})


@dataclass
class StoryReadings:
    """What the whole story says about its names' other readings."""

    sport: bool
    clubs: set[str]  # name keys a mention shows to be a club's
    club_mentions: set[int]  # the first tokens of those mentions
    races: set[str] = field(default_factory=set)  # name keys of races ("the London Marathon")
    firms: set[str] = field(default_factory=set)  # name keys a mention shows to be a company's


def read_story(doc: Doc, words: TokenLists, cues: dict, mentions: list[Mention]) -> StoryReadings:
    """Whether the story is a sports story, and the names it uses as clubs."""
    text = words.text
    hits = sum(map(_cased(cues["sport_words"]).__contains__, text))
    k = -1
    while hits < _SPORT_STORY:
        try:
            k = text.index("-", k + 1)
        except ValueError:
            break
        hits += _score_at(text, k - 1)
    story = StoryReadings(hits >= _SPORT_STORY, set(), set())
    if story.sport:
        shown = [m for m in mentions if _club_cue(doc, words, cues, m)]
        shown += _listed_with_clubs(words, cues, mentions, shown)
        story.clubs = {m.key for m in shown}
        story.club_mentions = {m.start for m in shown}
    text = words.text
    story.races = {
        m.key for m in mentions if m.end < len(text) and text[m.end] in cues["race_heads"]
    }
    story.firms = {m.key for m in mentions if _firm_cue(words, cues, m)}
    return story


def _firm_cue(words: TokenLists, cues: dict, m: Mention) -> bool:
    """A company called by its town's name: after a company's noun, alone or in the list of
    names it opens ("parent companies Paramount and Viacom", "rivals Sony, Paramount and
    Disney"; not "firms in Leeds and Bradford"), or a small town's name before a business noun
    or its possessive ("the Paramount studios", "Paramount shares", "Paramount's chief
    executive")."""
    text, nouns = words.text, cues["firm_nouns_before"]
    k = m.start - 1
    while k >= 0 and not words.sent_start[k + 1]:
        if text[k] in nouns or (words.sent_start[k] and text[k].lower() in nouns):
            return True  # "Rivals Sony and Paramount" opens its sentence with the noun
        if text[k] not in (",", "and") and not text[k].istitle():
            break
        k -= 1
    if max((p.population for p in m.places if p.main), default=0) >= _VENUE_POP:
        return False  # "the London studios", "Leeds's chief executive": a city's own
    j = m.end + (m.end < len(text) and text[m.end] in ("'s", "’s"))
    return j < len(text) and text[j] in cues["firm_things_after"] and not _place_before(text, m)


def _place_before(text: list[str], m: Mention) -> bool:
    """A locative word before the name, over an article: "in the Paramount studios"."""
    k = m.start - 1 - (m.start > 1 and text[m.start - 1].lower() == "the")
    return k >= 0 and text[k].lower() in _PLACE_BEFORE - {"to"}


def mark_teams(doc: Doc, words: TokenLists, cues: dict, story: StoryReadings, areas) -> bool:
    """In a sports story a country named as a team ("New Zealand's 30-10 win", "beat
    France") says nothing of where the story is: such areas are marked `team` (a nation of
    Britain stays: "face Wales in Cardiff" is still about Wales). Whether the story
    is a sports story."""
    if story.sport:
        for a in areas:
            if a.kind == "country" and _club_cue(doc, words, cues, a):
                a.team = True
    return story.sport


def _listed_with_clubs(
    words: TokenLists, cues: dict, mentions: list[Mention], shown: list[Mention]
) -> list[Mention]:
    """Names listed with a club are clubs: "the favourites are Chelsea and Barcelona",
    "Barcelona, Bayern Munich, Porto" (a club's prefix or suffix marks one too), as is the
    club a player moves to from one ("left Barcelona for Milan")."""
    text = words.text
    clubs = {m.start for m in shown}
    for m in mentions:
        if (m.end < len(text) and text[m.end] in cues["club_suffixes"]) or (
            m.start > 0 and text[m.start - 1] in cues["club_prefixes"]
        ):
            clubs.add(m.start)
    # Where each club's name starts and ends, with a club's prefix or suffix included.
    spans = {}
    for m in mentions:
        if m.start in clubs:
            first = m.start - (m.start > 0 and text[m.start - 1] in cues["club_prefixes"])
            last = m.end + (m.end < len(text) and text[m.end] in cues["club_suffixes"])
            spans[m.start] = (first, last)
    ends = {last: first for first, last in spans.values()}
    starts = {first for first, _last in spans.values()}
    added: list[Mention] = []
    changed = True
    while changed:
        changed = False
        for m in mentions:
            if m.start in clubs:
                continue
            # "Chelsea, Barcelona", "Chelsea and Barcelona"; a move: "left Chelsea for Milan"
            before = m.start - 1 in ends and text[m.start - 1] in (",", "and", "for", "to")
            after = m.end < len(text) and text[m.end] in (",", "and") and m.end + 1 in starts
            if before or after:
                clubs.add(m.start)
                ends[m.end] = m.start
                starts.add(m.start)
                added.append(m)
                changed = True
    return added


@lru_cache(maxsize=4)
def _cased(lower_words: frozenset[str]) -> frozenset[str]:
    """The words as a story may write them, so that tokens are looked up without lowering."""
    return frozenset(v for w in lower_words for v in (w, w.capitalize(), w.upper()))


def _score_at(text: list[str], k: int) -> bool:
    """A score ("2-1", three tokens to spaCy) starting at token k."""
    return k >= 0 and k + 2 < len(text) and text[k + 1] == "-" and _goals(text[k], text[k + 2])


def _goals(*sides: str) -> bool:
    return all(side.isdigit() and len(side) <= 3 for side in sides)


def after_initial(words: TokenLists, m: Mention) -> bool:
    """A name after an initial is a person's surname: "C Paterson", "J. Noon"."""
    return m.start > 0 and bool(_INITIAL.match(words.text[m.start - 1]))


def after_first_name(doc: Doc, cues: dict, m: Mention) -> bool:
    """A name right after a common first name, tagged a proper noun, is a surname: "Andy
    Crawford", "Hugh Dallas" (not "In London", "Will Chester ...", a month or a title, nor a
    word of a longer name: "the Flora London Marathon")."""
    if m.start == 0 or doc[m.start].is_sent_start:
        return False
    prev = doc[m.start - 1]
    if m.end < len(doc) and doc[m.end].is_title:
        return False  # a longer name: "the Flora London Marathon"
    return (
        prev.is_title
        and prev.is_alpha
        and prev.pos_ == "PROPN"
        and prev.lower_ in cues["first_names"]
        and prev.lower_ not in _MONTHS
        and prev.lower_ not in cues["person_titles_before"]
    )


def nickname(doc: Doc, cues: dict, m: Mention) -> bool:
    """A name in quote marks between a first name and a surname: a nickname (Antonio "LA"
    Reid, Earvin "Magic" Johnson)."""
    before, after = m.start - 2, m.end + 1
    return (
        before >= 0
        and after < len(doc)
        and doc[m.start - 1].is_quote
        and doc[m.end].is_quote
        and doc[before].lower_ in cues["first_names"]
        and doc[before].is_title
        and doc[after].is_title
        and doc[after].pos_ == "PROPN"
    )


def other_reading(
    doc: Doc, words: TokenLists, cues: dict, story: StoryReadings, m: Mention, ent: Span | None
) -> tuple[float, str]:
    """(evidence against the place reading, why) when the name means something else here;
    `ent` is spaCy's entity over the name's first word."""
    text = words.text
    prev = text[m.start - 1] if m.start > 0 else ""
    nxt = text[m.end] if m.end < len(text) else ""
    if club_town(words, cues, m):
        pass  # "the Glasgow club": where the club is (evidence.py)
    elif m.start in story.club_mentions or (
        m.key in story.clubs and prev.lower() not in _PLACE_BEFORE
    ):
        return _CLUB, "club"  # "a move to Southampton", but "the trip to Barcelona"
    if m.key in story.races and (
        _placed_in(doc, m)
        or (
            not _locative_list(text, cues, m.start)
            and nxt not in ("'s", "’s")
            and not set(m.reasons) - {"GPE"}
        )
    ):
        # A story's marathon called by its town: "a day after London", "Boston is a race I
        # want to do", "he was third in London"; but "she won in London", "London's mayor".
        return _CLUB, "race"
    if m.key in story.firms and prev.lower() not in _PLACE_BEFORE:
        return _ORGANIZATION, "organization"  # "Paramount said", once the story shows the firm
    if m.key in cues["seats_of_power"]:
        return _SEAT_OF_POWER, "seat of power"
    against, why = metonymic_reading(words, cues, m)
    if why:
        return against, why
    if (
        (after_initial(words, m) and not words.sent_start[m.start])
        or after_first_name(doc, cues, m)
        or nickname(doc, cues, m)
    ):
        return _INITIAL_BEFORE, "person"  # "C Paterson", "Andy Crawford", Antonio "LA" Reid
    if hosted_event(text, cues, m.end):
        return 0.0, ""  # "the Beijing Games": where they are held, not a word of their name
    if coined_term(words, m):
        return _ORGANIZATION, "term"  # "the Beijing bounce"
    nxt_word = text[m.end] if m.end < len(text) else ""
    campus = _university_or_event(text, cues, m)
    if campus:
        return _ORGANIZATION, campus  # "a Cambridge student", "the Wimbledon champion"
    venue = _venue(words, cues, m)
    if venue and (story.sport or venue in cues["sport_words"]):
        return _CLUB, "venue"  # "a goal at Old Trafford", "hurt in the scrum at Twickenham"
    if _stake_in(doc, cues, m):
        return _ORGANIZATION, "organization"  # "bought its stake in Sunderland": the club
    if nxt_word in cues["institution_nouns_after"]:
        return _ORGANIZATION, "organization"  # "the New York library": the library, by its town
    if _in_organization_name(words, cues, m) or _entity_with_head(doc, m, cues, ent):
        return _ORGANIZATION, "organization"
    if _plural_of(doc, cues, m):
        return _ORGANIZATION, "title"
    nxt = doc[m.end] if m.end < len(doc) else None
    if (
        prev.lower() == "the"
        and m.start > 1
        and text[m.start - 2].lower() not in _PLACE_BEFORE
        and (nxt is None or (nxt.pos_ in _NO_NOUN_AFTER and nxt.text != "-"))
        and doc[m.start].ent_type_ not in ("GPE", "LOC")
    ):
        return _THE_ALONE, "organization"
    return 0.0, ""


def _university_or_event(text: list[str], cues: dict, m: Mention) -> str:
    """A town standing for its university ("Oxford graduates", "a Harvard professor",
    "studied at Cambridge", "graduated from Yale", "an expert at Loughborough", "Professor Jo Lee
    of Cambridge") or for a tournament or round named after it ("the Wimbledon champion",
    "the Doha round"); a match's place stays ("the Athens final").
    A big city has many universities: "Dublin students" are students in Dublin."""
    nxt = text[m.end] if m.end < len(text) else ""  # lower case: not "Oxford Crown Court"
    biggest = max((p.population for p in m.places if p.main), default=0)
    if nxt in cues["academic_nouns_after"] and biggest < _MANY_UNIVERSITIES:
        return "university"
    if nxt in cues["event_nouns_after"]:
        return "event"
    prev = text[m.start - 1].lower() if m.start > 0 else ""
    before = [w.lower() for w in text[max(0, m.start - 4) : m.start - 1]]
    if prev in ("at", "from") and any(w in cues["study_words_before"] for w in before):
        return "university"
    if prev == "of" and any(w in cues["academic_staff_before_of"] for w in before):
        return "university"  # "Professor Jo Lee of Cambridge"
    return ""


HOST_REASON = "host of an event"  # the reason a mention gets when hosted_event holds


def hosted_event(text: list[str], cues: dict, k: int) -> str:
    """The word of an event held by turns in one town and another that follows the name ending
    at k, up to two words between ("" if none): "the Athens Olympics", "the Turin Winter
    Olympics", "the Copenhagen climate summit", and a match's round right after it ("the
    Athens final"; not "the Davis Cup final"); not where the event's word opens a longer name
    ("the Beijing Olympic Committee", "the Leeds Conference Centre")."""
    events = cues["host_event_nouns_after"]
    if k < len(text) and text[k] in cues["host_match_nouns_after"]:
        return text[k]
    for j in range(k, min(len(text), k + 3)):
        if text[j] in events:
            nxt = text[j + 1] if j + 1 < len(text) else ""
            if nxt not in events:
                return "" if nxt.istitle() and nxt.isalpha() else text[j]
        elif not text[j].isalnum():
            return ""
    return ""


def _stake_in(doc: Doc, cues: dict, m: Mention) -> bool:
    """A name held as a stake ("its stake in Sunderland") is a business; a name that modifies
    the noun after it says where the business is ("a stake in London-based Acme", "a stake in
    London underground consortium X")."""
    nxt = doc[m.end] if m.end < len(doc) else None
    return (
        m.start > 1
        and doc[m.start - 1].lower_ == "in"
        and doc[m.start - 2].lower_ in cues["stake_nouns_before_in"]
        and not (
            nxt is not None
            and (nxt.text.startswith("-") or (nxt.is_lower and nxt.pos_ in ("NOUN", "ADJ")))
        )
    )


def club_town(words: TokenLists, cues: dict, m: Mention) -> bool:
    """A city before a lower-case "club": where the club is ("the Glasgow club said"); a
    district under 100,000 people is the club's ground ("the Old Trafford club"), as in
    `_venue`."""
    text = words.text
    return m.end < len(text) and text[m.end] in cues["club_town_after"] and not _ground_sized(m)


def _ground_sized(m: Mention) -> bool:
    """A place under 100,000 people under its own name: a district a ground is called by
    ("Old Trafford"), where a city is the club's town."""
    return max((p.population for p in m.places if p.main), default=0) < _VENUE_POP


def _venue(words: TokenLists, cues: dict, m: Mention) -> str:
    """The match's word that makes a district a stadium ("" if none): "at" before a place of
    under 100,000 people, after such a word in the sentence ("a goal at Old Trafford", "his
    display at Twickenham"; not "the final in Athens"). A sports story's words all count; in
    another story, a word of sport only ("hurt in the scrum at Twickenham", not "won at")."""
    text = words.text
    if m.start == 0 or text[m.start - 1].lower() != "at":
        return ""
    if not _ground_sized(m):
        return ""
    for k in range(m.start - 2, max(-1, m.start - 10), -1):
        if text[k].lower() in cues["venue_words_before"]:
            return text[k].lower()
        if words.sent_start[k]:
            break
    return ""


def _placed_in(doc: Doc, m: Mention) -> bool:
    """A finishing place in a race: "third in London", "was 2nd in Boston"."""
    return (
        m.start > 1 and doc[m.start - 1].lower_ == "in" and doc[m.start - 2].ent_type_ == "ORDINAL"
    )


def _locative_list(text: list[str], cues: dict, k: int) -> bool:
    """A locative word before the name at k, or before the list it ends ("wins in Chicago,
    London and New York")."""
    for j in range(k - 1, max(-1, k - 10), -1):
        if text[j].lower() in cues["locative_before"]:
            return True
        if text[j] not in (",", "and", "or") and not text[j].istitle():
            return False
    return False


def _club_cue(doc: Doc, words: TokenLists, cues: dict, m: Mention) -> bool:
    """The words right around a mention that make it a club's name in a sports story."""
    text = words.text
    n = len(text)
    prev = text[m.start - 1] if m.start > 0 else ""
    nxt = text[m.end] if m.end < n else ""
    after = text[m.end + 1] if m.end + 1 < n else ""
    if nxt in cues["club_suffixes"] or prev in cues["club_prefixes"]:
        return True  # "Manchester City", "Real Madrid"
    role = _compound_at(text, m.end).lower()  # "fly-half" is three tokens
    if role in cues["club_roles_after"] or nxt.lower() in cues["club_verbs_after"]:
        return True  # "the Everton striker", "the Leicester tight-head", "Chelsea have"
    if nxt == "," and after == "who":
        return True  # "Leicester, who signed him": a town takes "which"
    if nxt in ("'s", "’s") and (
        _compound_at(text, m.end + 1).lower() in cues["club_roles_after"]
        or (m.end + 1 < n and doc[m.end + 1].ent_type_ == "PERSON")
    ):
        return True  # "Chelsea's captain", "Barcelona's Ronaldinho"
    if prev.lower() in cues["club_words_before"]:
        return True  # "against Chelsea"
    if (
        _score_at(text, m.start - 3)
        or _score_at(text, m.end)
        or (prev == "by" and _score_at(text, m.start - 4))
    ):
        return True  # "won 2-1 Chelsea" in results, "Leicester 13-6", "beaten 5-1 by Newry"
    if nxt in ("'s", "’s") and (
        _score_at(text, m.end + 1) or _sport_word_within(text, cues, m.end + 1, 2)
    ):
        return True  # "Liverpool's 3-2 defeat", "Tottenham's Premiership fixture"
    if _team_after(text, cues, m):
        return True
    # A team sheet: "M Tait (Newcastle)".
    return prev == "(" and nxt == ")" and m.start > 1 and text[m.start - 2][:1].isupper()


def _compound_at(text: list[str], k: int) -> str:
    """The word at token k, joined over hyphens as it is written ("tight-head")."""
    if k >= len(text):
        return ""
    if k + 2 < len(text) and text[k + 1] == "-" and text[k + 2].isalpha():
        return f"{text[k]}-{text[k + 2]}"
    return text[k]


def _sport_word_within(text: list[str], cues: dict, k: int, width: int) -> bool:
    return any(w.lower() in cues["sport_words"] for w in text[k : k + width])


def _team_after(text: list[str], cues: dict, m: Mention) -> bool:
    """The words before a name that make it a team: a result ("lost 3-2 to Chelsea", "a draw
    with Leeds", "knocked out of the Cup by Newcastle"), a fixture ("at home to Leeds"), a move
    ("a signing from Parma", "moved to Chelsea", "linked with Chelsea", "a team-mate at
    Cardiff"), an appearance ("his debut for Bath"), "union side Swansea"."""
    prev = text[m.start - 1].lower() if m.start > 0 else ""
    if prev in ("side", "outfit"):
        return True
    if prev not in ("to", "by", "with", "against", "over", "from", "for", "at"):
        return False
    before = [w.lower() for w in text[max(0, m.start - 5) : m.start - 1]]
    # "lost 3-2 to", "the 1-0 loss to": a score may stand between the result and the name.
    while len(before) > 2 and _goals(before[-3], before[-1]) and before[-2] == "-":
        before = before[:-3]
    last = before[-1] if before else ""
    if prev == "to" and (last == "away" or before[-2:] == ["at", "home"]):
        return True  # "at home to Leeds", "drawn away to Stoke"; not "came home to Leeds"
    if prev in ("to", "by", "with", "against", "over") and (
        last in cues["club_results_before"] or (prev != "to" and last in cues["sport_words"])
    ):
        return True
    if prev == "for" and last in cues["club_appearances_before"]:
        return True  # "his comeback for Newcastle", "scored twice for Leeds"
    # "a signing from Parma", "a move to Southampton", "a fly-half for Bath", and over the
    # player's name, "signed White from Bristol"
    moved = last in cues["club_moves_before"] or (
        prev == "from"
        and m.start > 2
        and text[m.start - 2].istitle()
        and text[m.start - 3].lower() in cues["club_moves_before"]
    )
    return prev in ("from", "to", "for", "with", "at") and (
        moved or last in cues["club_roles_after"]
    )


def _in_organization_name(words: TokenLists, cues: dict, m: Mention) -> bool:
    """Whether the name is a word of a longer name with an organization's or event's head:
    "London University", "University of Warwick", "Greater London Council"."""
    heads = cues["organization_heads"]
    text = words.text
    for k in range(m.end, min(len(text), m.end + 3)):
        if text[k] in heads or " ".join(text[k : k + 2]) in heads:  # "Building Society"
            return True
        if not text[k][:1].isupper() or words.sent_start[k]:
            break
    return (
        m.start > 1
        and text[m.start - 1] == "of"
        and text[m.start - 2].lower() in cues["organization_before_of"]
    )


def _plural_of(doc: Doc, cues: dict, m: Mention) -> bool:
    """A capitalized plural noun opening "X of <name>" inside a sentence names a work or a
    group, not the place: "roles in Titanic and Gangs of New York", "the Knights of Columbus"
    (not "Residents of Leeds", nor "Acme Enterprises of Atlanta", a firm and its town)."""
    if m.start < 3 or doc[m.start - 1].text != "of":
        return False
    head, before = doc[m.start - 2], doc[m.start - 3]
    return (
        head.tag_ in ("NNS", "NNPS")
        and head.is_title
        and not head.is_sent_start
        and head.lower_ not in cues["place_nouns_before_of"]
        and not (before.is_title and before.text not in ("The", "A"))
    )


def _entity_with_head(doc: Doc, m: Mention, cues: dict, ent: Span | None) -> bool:
    """spaCy's organization, facility, event or work entity over the name, longer than it:
    one ending in an organization's head word, or one the name ends after "of" ("Lloyd's of
    London")."""
    if ent is None or ent.label_ not in _NAMED_ENTITIES or (ent.start, ent.end) == (m.start, m.end):
        return False
    if ent[-1].text in cues["organization_heads"]:
        return True
    if ent.start >= m.start or ent.end != m.end or doc[m.start - 1].text != "of":
        return False
    owner = doc[m.start - 2].text  # "Lloyd's of London", "Institute of ..."; not "Ann Lee of"
    return owner in ("'s", "’s") or owner in cues["organization_heads"]
