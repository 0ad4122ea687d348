"""The words quotes are found by: reporting verbs and nouns, 'according to', speakers' titles."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from ...resources import models_path, read_beside, read_json
from .names import SpeakerWords

if TYPE_CHECKING:
    from pathlib import Path


@dataclass(frozen=True)
class QuoteRules:
    speech: frozenset[str]
    object_verbs: frozenset[str]
    prizes: frozenset[str]  # 'claimed a 5-0 win': an object verb's object that is a deed
    nominal_verbs: frozenset[str]
    nominal_nouns: frozenset[str]
    nominal_preps: frozenset[str]
    according: re.Pattern
    directive: frozenset[str]  # 'urged X to ...': the request is what was said
    commissive: frozenset[str]  # 'vowed to ...': the act undertaken is what was said
    charging: frozenset[str]  # 'accused X of ...': the object and the charge are what was said
    naming: tuple[str, ...]  # 'so-called "..."': a name or a term, not speech
    works: frozenset[str]
    modals: frozenset[str]  # 'would say': a cue under these reports nothing
    conditional: frozenset[str]
    declining: frozenset[str]
    prospective: frozenset[str]  # 'is expected to announce': nothing said yet
    relaying: frozenset[str]  # 'quoted Mr X as saying': the one quoted speaks
    not_speakers: frozenset[str]
    abstract: frozenset[str]  # 'the aim of the law': nouns of a thing that never speak
    collective: frozenset[str]  # 'the opposition': nouns of an act that name a body
    cue_hashes: frozenset[int]  # the lemmas of speech and nominal verbs
    words: SpeakerWords


@lru_cache(maxsize=1)
def load_quote_rules(folder: Path | None = None) -> QuoteRules:
    """The rules in `folder` (cues.json, speakers.json, first_names.json); the packaged
    models/quotes by default."""
    from spacy.strings import hash_string

    folder = folder or models_path("quotes")
    cues = read_json(folder, "cues.json")
    spk = read_json(folder, "speakers.json")
    first = read_json(folder, "first_names.json")
    nominal = cues["nominal"]
    return QuoteRules(
        speech=frozenset(cues["speech"]),
        object_verbs=frozenset(cues["object"]),
        prizes=frozenset(cues["prizes"]),
        nominal_verbs=frozenset(nominal["verbs"]),
        nominal_nouns=frozenset(nominal["nouns"]),
        nominal_preps=frozenset(nominal["preps"]),
        according=re.compile(
            r"\b(?:" + "|".join(re.escape(p) for p in cues["according"]) + r")\b", re.IGNORECASE
        ),
        directive=frozenset(cues["directive"]),
        commissive=frozenset(cues["commissive"]),
        charging=frozenset(cues["charging"]),
        naming=tuple(cues["naming"]),
        works=frozenset(cues["works"]),
        modals=frozenset(cues["modals"]),
        conditional=frozenset(cues["conditional"]),
        declining=frozenset(cues["declining"]),
        prospective=frozenset(cues["prospective"]),
        relaying=frozenset(cues["relaying"]),
        not_speakers=frozenset(cues["not_speakers"]),
        abstract=frozenset(cues["abstract"]),
        collective=frozenset(cues["collective"]),
        cue_hashes=frozenset(hash_string(w) for w in [*cues["speech"], *nominal["verbs"]]),
        words=SpeakerWords(
            honorifics=frozenset(spk["honorifics"]),
            name_particles=frozenset(spk["name_particles"]),
            titles=frozenset(spk["titles"]),
            organization_words=frozenset(spk["organization_words"]),
            pronouns=dict(spk["pronouns"]),
            courtesy=frozenset(spk["courtesy"]),
            pronoun_genders=dict(spk["pronoun_genders"]),
            first_names={
                **{n: "female" for n in first["female"]},
                **{n: "male" for n in first["male"]},
            },
            honorific_genders=dict(spk["honorific_genders"]),
            business_words=frozenset(spk["business_words"]),
            body_words=frozenset(spk.get("body_words", ())),
            product_words=frozenset(spk.get("product_words", ())),
            product_verbs=frozenset(spk.get("product_verbs", ())),
            demonyms=_person_demonyms(read_beside(folder, "gazetteer", "demonyms.json", {})),
            nations=_nations(folder),
        ),
    )


def _person_demonyms(demonyms: dict[str, str]) -> frozenset[str]:
    """A person of one nation, lower case ("frenchman", "brazilian"): the gazetteer's
    demonyms with a country, less the plurals ("the Brazilians" are more than one)."""
    words = {word.lower() for word, country in demonyms.items() if country}
    return frozenset(w for w in words if not (w.endswith("s") and w[:-1] in words))


def _nations(folder) -> dict[str, str]:
    """A nation's demonym or another name it goes by, lower case, to its country code
    ("canadian": "CA", "britain": "GB"): what says whose officials speak."""
    names = {
        **read_beside(folder, "gazetteer", "demonyms.json", {}),
        **read_beside(folder, "gazetteer", "country_aliases.json", {}),
    }
    return {word.lower(): code for word, code in names.items() if code}
