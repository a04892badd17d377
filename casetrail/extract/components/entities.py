"""Entity component: clean the model's entities, resolve places, group mentions.

Photo credits, bylines, related-article links and footers are excluded zones; news
agencies are kept as organisations of kind "media" (they can be a claim's channel) but
are not participants.  Mentions of one person ("Salekh Magamadov" … "Magamadov") and
of one organisation ("the LGBT Network" … "LGBT Network") become one entity.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Collection
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from casetrail.extract.components.lemmas import RememberingLemmatizer
from casetrail.extract.components.name_rules import (
    DRAFT_WORDS,
    FACILITIES,
    FACILITY_NOUNS,
    LAW_NAME,
    LOCATIVE,
    NAME_LABELS,
    OMBUDSMEN,
    ORG_WORD,
    PEOPLE_OWNING_BODIES,
    PLACE_NOUNS,
    PLACE_NOUNS_BEFORE_OF,
    SAINT_WORDS,
    TITLE_DOMAINS,
    acronym_set_off,
    after_place_noun,
    appositive_body_spans,
    appositive_person_spans,
    body_kind,
    clean_name,
    conjoined_with_person,
    court_noun_after,
    described_as_person,
    described_as_site,
    excluded_zones,
    facility_core,
    facility_noun_after,
    facility_spans,
    given_name,
    initials,
    institution_spans,
    introduced_as_body,
    introduced_as_news,
    introduced_as_person,
    is_based,
    is_country,
    listed_body_spans,
    listed_names,
    mandate_spans,
    name_age_spans,
    named_bodies,
    named_only_as,
    no_comment,
    only_addressed,
    place_noun_spans,
    plural_person_noun,
    police_command_spans,
    police_noun_after,
    quoted_ranges,
    romance_body_spans,
    title_case_headline_end,
    titled_name_spans,
    who_spans,
    with_acronym_tail,
    with_and_tail,
    with_area_tail,
    with_body_noun,
    with_country_head,
    with_country_tail,
    with_name_words,
    with_preposition_tail,
    with_scope_tail,
    with_unit_number,
    works_at,
)
from casetrail.extract.components.registry import Registry, doc_text, span_text
from casetrail.extract.components.syntax import children, entity_for
from casetrail.extract.gazetteer import (
    Gazetteer,
    Place,
    country_named,
    country_of_demonym,
    load_gazetteer,
    normalise_name,
    place_key,
)
from casetrail.extract.results import Entity
from casetrail.extract.vocabulary import actor_words

# the last word of a facility's name: "Lusaka Remand Prison", "Kagando Hospital"
_FACILITY_LAST_WORDS = {
    "prison",
    "jail",
    "colony",
    "penitentiary",
    "camp",
    "barracks",
    "checkpoint",
    "hospital",
    "clinic",
    "airport",  # "Simón Bolívar International Airport", which the model may call a body
}


# "Matsapha Correctional Centre", "Yarl's Wood Immigration Removal Centre": a centre whose
# name says it holds people is a place; "Litigation Centre" is a body
_HOLDING_WORDS = {
    "correctional",
    "detention",
    "remand",
    "holding",
    "removal",
    "deportation",
    "immigration",  # "the East Japan Immigration Center": where people are held
    "processing",  # "the El Paso Service Processing Center"
    "rehabilitation",
    "reception",
    "transit",
}


_LAW_WORDS = {"Act", "Law", "Ordinance", "Code", "Decree", "Constitution", "Convention"}
_LAW_NOUNS = {word.lower() for word in _LAW_WORDS}  # after a name: "the … Order ordinance"


# what a state service is named for, which opens a name that goes on with "and":
# "Customs and Border Control", "Immigration and Citizenship"
_STATE_FUNCTIONS = {
    "customs",
    "immigration",
    "border",
    "justice",
    "labour",
    "labor",
    "home",
    "interior",
    "defence",
    "defense",
    "security",
    "health",
    "education",
    "finance",
}
# what is named after the place where it was agreed: "the Dublin rules", "the Oslo Accords"
_INSTRUMENT_NOUNS = {
    "rules",
    "regulation",
    "regulations",
    "agreement",
    "agreements",
    "accord",
    "accords",
    "protocol",
    "convention",
    "conventions",
    "statute",
    "declaration",
}
_MEDIA_WORKERS = {
    "reporter",
    "journalist",
    "correspondent",
    "editor",
    "presenter",
    "cameraman",
    "photographer",
    "columnist",
    "producer",
    "host",
    "anchor",
}
_POLICE_VOICES = {"spokesman", "spokeswoman", "spokesperson", "chief", "commander"}
_OFFICE_TITLES = {"minister", "secretary", "commissioner"}


_CENTRES = {"centre", "center", "facility", "institution", "complex"}


# what a clinic of lawyers is named for
_LEGAL_CLINICS = {"legal", "law", "innocence", "rights", "justice", "asylum", "refugee"}


def _named_facility(span: Span) -> bool:
    named = span[1:] if span[0].lower_ == "the" else span
    if len(named) > 1 and named[0].text in _FACILITY_FIRST and named[-1].is_title:
        return True  # "the Clinique Espérance", "the Hôpital Laquintinie"
    if not span[-1].is_title:
        return False
    if span[-1].lower_ == "clinic" and any(t.lower_ in _LEGAL_CLINICS for t in span):
        return False  # "the Puebla Innocence Clinic", "a legal clinic": lawyers, a body
    if span[-1].lower_ in _FACILITY_LAST_WORDS:
        return True
    return (
        span[-1].lower_ in _CENTRES
        and len(span) > 1
        # "Badr Correctional and Rehabilitation Centre", "East Avenue Medical Center"
        and any(t.lower_ in _HOLDING_WORDS | _CARE_WORDS for t in span[:-1])
    )


# a centre whose name says it treats people is a place where they are treated
_CARE_WORDS = {"medical", "health", "trauma", "clinical", "emergency"}
# the facility's noun first, as French, Spanish and Portuguese name them
_FACILITY_FIRST = {"Clinique", "Clínica", "Hôpital", "Hospital"}


_STATE_HEADS = {"ministry", "government", "department", "office"}
# bodies a place's name begins ("the Diyarbakır chief prosecutor's office", "the Lagos
# State government"); not "the Istanbul police", the one police force
_PLACE_OWNED_BODIES = {"office", "government", "department", "command", "administration", "bureau"}
# the last word of a body's name, never a land's
_BODY_NAME_END = re.compile(
    r"\b(?:Front|Party|Movement|Committee|Council|Commission|Network|Union|Association|"
    r"Alliance|Federation|Coalition|Forum|Ministry|Army|Forces)$"
)
_PROSECUTING_BODY = re.compile(
    r"\b(?:[Pp]rosecut\w*|Attorney[- ]General|Public Ministry|Procurac\w*)", re.IGNORECASE
)
# the rest of a law's name after a cut: "… and Cyber Crimes Act"
_LAW_NAME_GOES_ON = re.compile(r"and (?:[A-Z][\w'’-]* ){1,5}(?:Act|Law|Code|Decree)\b")


def _same_body(by_key: dict[str, Entity], span: Span, key: str) -> Entity | None:
    """ "the Belarusian justice ministry" and "the justice ministry": one body, the
    nationality adjective aside."""
    tokens = [t for t in span if t.lower_ != "the"]
    if (
        len(tokens) >= 2
        and tokens[-1].lower_ == "police"
        and load_gazetteer().resolve(" ".join(t.text for t in tokens[:-1])) is not None
    ):
        return by_key.get("police")  # "the Novi Sad police" after "police" in Novi Sad
    if len(tokens) < 3 or tokens[-1].lower_ not in _STATE_HEADS or not tokens[1].is_lower:
        if len(key.split()) < 2 or key.split()[-1] not in _STATE_HEADS | {"forces"}:
            # ("the security forces" after "Iranian security forces" is theirs)
            return _described_again(by_key, span, tokens)
        # the shorter name after the longer one
        return next(
            (
                e
                for k, e in by_key.items()
                if k.endswith(" " + key) and len(k.split()) == len(key.split()) + 1
            ),
            None,
        )
    bare = normalise_name(" ".join(t.text for t in tokens[1:]))
    return by_key.get(bare)


def _described_again(by_key: dict[str, Entity], span: Span, tokens: list[Token]) -> Entity | None:
    """ "the intelligence service" after "the National Intelligence Service", "the UN
    mission" after "the UN Support Mission in Libya": a definite description in common
    nouns whose words all stand in the one longer name given before."""
    before = span.doc[span.start - 1] if span.start else None
    definite = span[0].lower_ == "the" or (before is not None and before.lower_ == "the")
    if not definite or len(tokens) < 2:
        return None
    if not all(t.is_lower or (t.is_upper and t.i == tokens[0].i) for t in tokens):
        return None
    words = {t.lower_ for t in tokens}
    found = {
        e.id: e
        for e in by_key.values()
        if e.kind == "organisation"
        and words < set(e.name.casefold().split())
        and e.name[:1].isupper()
    }
    return next(iter(found.values())) if len(found) == 1 else None


_NAME_LIKE_COUNTRIES = {"jordan", "georgia", "chad", "israel"}
# words that end a body's name and never a building's ("Centre", "Court" may be either)
_BODY_ONLY_WORDS = {
    "Forces",
    "Army",
    "Party",
    "Union",
    "Network",
    "Movement",
    "Front",
    "Federation",
    "Association",
    "Alliance",
    "Coalition",
}
# the middle names that mark most Vietnamese women's and men's names ("Le Thi Mai",
# "Tran Van Hung"), which the model may read as places
_VIETNAMESE_MIDDLE_NAMES = {"Thi", "Van", "Thị", "Văn"}


_ROMAN = re.compile(r"[IVX]{1,4}")
_REGION_NOUNS = {"region", "province", "oblast", "district", "governorate", "state"}
_AREA_NOUNS = PLACE_NOUNS | {"zone", "area", "territory", "department", "valley"}


def _located_in_area(span: Span, before: Token | None) -> bool:
    """A name after a locative word that the text then places in a wider area: "the raid
    on Gida Kiremu, in East Wollega zone," is a village, not a man."""
    doc = span.doc
    if before is None or before.lower_ not in LOCATIVE | {"on"} or span.end + 2 >= len(doc):
        return False
    if doc[span.end].text != "," or doc[span.end + 1].lower_ != "in":
        return False
    return any(t.lower_ in _AREA_NOUNS for t in doc[span.end + 2 : span.end + 7])


def _place_named(text: str, gazetteer: Gazetteer) -> Place | None:
    """The place the gazetteer knows by that very name ("Bata"), not one it only resolves
    the text to (an alternate spelling, a namesake's alias)."""
    place = gazetteer.resolve(text)
    # ("Timor-Leste", which the gazetteer writes "Timor Leste", is that very name)
    if place is None or _spelled(place.name) != _spelled(text):
        return None
    return place


def _spelled(name: str) -> str:
    return normalise_name(name).replace("-", " ")


_TOWN_POPULATION = 50_000  # an untagged name is read as a city only when it is a large one


_POSSESSIVE_MARKS = frozenset({"'s", "’s"})
_RADIO_WORDS = {"Radio", "Radyo", "Rádio", "Radiyo"}  # "Rádio Voz do Povo": a station
_KNOWN = frozenset({"known"})
# the last word of many newspapers' names
_NEWSPAPER_WORDS = {
    "Tribune",
    "Times",
    "Post",
    "Herald",
    "Gazette",
    "Journal",
    "Observer",
    "Chronicle",
    "Telegraph",
}
# what a force acts with, named for the force: "coast guard vessels", "army helicopters"
_FORCE_CRAFT = {"vessels", "boats", "ships", "helicopters", "aircraft", "drones", "vehicles"}
# a road known by its number: "the A12 motorway", "the N1 highway"
_ROAD_CODE = re.compile(r"^[A-Z]{1,2}-?\d{1,3}$")
_ROAD_NOUNS = {"motorway", "highway", "road", "expressway", "freeway", "autobahn"}
# a square named in French, Spanish, Portuguese, Italian, Catalan or Polish
_SQUARE_WORDS = {"Place", "Plaza", "Praça", "Piazza", "Plaça", "Plac"}
_SQUARE_LOWER = frozenset(word.lower() for word in _SQUARE_WORDS)
# the last word of a square's or street's name ("Galatasaray Square")
_STREET_NOUNS = {"Square", "Street", "Road", "Avenue", "Boulevard", "Bridge", "Stadium"}
_ROAD_NAMES = {"Highway", "Motorway", "Expressway", "Freeway", "Street", "Road", "Avenue"}
# facilities a name ends with that no surname does
_NAMED_BUILDINGS = {
    "hospital",
    "prison",
    "jail",
    "mosque",
    "monastery",
    "penitentiary",
    "barracks",
    "courthouse",
    "checkpoint",
}


_KIN_OF = frozenset(
    {"relatives", "family", "mother", "father", "wife", "husband", "brother", "sister", "son"}
    | {"daughter", "parents", "widow", "uncle", "aunt", "cousin", "lawyer", "lawyers"}
)
# one kinsman or lawyer right before a single name: "whose sister Selam"
_KIN_BEFORE_NAMES = _KIN_OF - {"relatives", "family", "parents", "lawyers"}
# lower-case words inside a square's name: "Piazza dei Cavalieri", "Place de la Nation"
_SQUARE_PARTICLES = {"de", "del", "dei", "della", "delle", "des", "du", "la", "le", "do", "da"}


def _unowned(span: Span) -> bool:
    """No possessive or name right before the body's name ("the Migration Agency", not
    "Georgia's State Security Service" or "Abkhaz State Security Service")."""
    if span[0].lower_ == "the" or span.start == 0:
        return True
    before = span.doc[span.start - 1]
    return before.text not in _POSSESSIVE_MARKS and not before.is_title


_SCHOOLS = {"school", "university", "college", "academy", "lyceum", "gymnasium"}
# where a school is the place things happened: "in the compound of", "outside"
_GROUNDS = {"compound", "grounds", "gate", "gates", "premises", "yard", "playground"}


def _school_as_site(span: Span) -> bool:
    """A named school as the site of what happened: after "at", "outside", "inside",
    "into", or "the compound (grounds, gate) of"."""
    doc = span.doc
    at = span.start - 1
    if at >= 0 and doc[at].lower_ == "the":
        at -= 1
    if at < 0:
        return False
    before = doc[at]
    if before.lower_ in {"outside", "inside", "into"}:
        return True
    if before.lower_ == "at":
        return at == 0 or doc[at - 1].tag_ not in {"NNS", "NN"}  # (not "pupils at X School")
    return before.lower_ == "of" and at > 0 and doc[at - 1].lower_ in _GROUNDS


def _names_a_school(span: Span) -> bool:
    """The name stands before "school", "university" …: the school's name."""
    doc = span.doc
    after = [t.lower_ for t in doc[span.end : span.end + 2]]
    return bool(after) and (
        after[0] in _SCHOOLS
        or (after[0] in {"high", "primary", "secondary", "middle"} and after[1:] == ["school"])
    )


def _named_after_kin(doc: Doc) -> list[Span]:
    """ "Relatives of Tšepo Ramokhele said": the capitalised words the model left untagged
    after "relatives of", "the family of", "a lawyer for" name a person."""
    spans = []
    for i in Registry.of(doc).with_lower(_KIN_OF):
        at = i + 1
        if at + 2 >= len(doc) or doc[at].lower_ not in {"of", "for"}:
            continue
        end = at + 1
        while end < len(doc) and end - at <= 3 and doc[end].is_title and doc[end].is_alpha:
            end += 1
        if end - at < 3 or any(t.ent_type_ for t in doc[at + 1 : end]):
            continue  # (two words at least; what the model tagged it reads itself)
        if end < len(doc) and (doc[end].is_title or doc[end].text in {"'s", "’s"}):
            continue
        spans.append(Span(doc, at + 1, end, label="PERSON"))
    return spans


def _names_given_only(doc: Doc) -> list[Span]:
    """ "a guest who asked to be identified only as Daniyar", "known only as Mariam": the
    one or two capitalised words after it are the name a speaker goes by."""
    spans = []
    for i in Registry.of(doc).with_lower(_GIVEN_AS):
        if not named_only_as(doc, i):
            continue
        start = end = i + 1
        while end < len(doc) and end - start < 2 and doc[end].is_title and doc[end].is_alpha:
            end += 1
        if end == start or (end < len(doc) and doc[end].is_title):
            continue
        if any(t.ent_type_ and t.ent_type_ != "PERSON" for t in doc[start:end]):
            continue
        spans.append(Span(doc, start, end, label="PERSON"))
    return spans


_GIVEN_AS = frozenset({"as"})


def _virtue_named(doc: Doc) -> list[Span]:
    """ "Precious Banda had been taken …": a given name that is also a word, before a
    surname the model left untagged or tagged alone."""
    spans = []
    for i in Registry.of(doc).with_lower(_VIRTUE_LOWER):
        token = doc[i]
        if token.text not in _VIRTUE_NAMES or token.ent_type_ or i + 1 >= len(doc):
            continue
        surname = doc[i + 1]
        if not (surname.is_title and surname.pos_ == "PROPN" and surname.is_alpha):
            continue
        if surname.ent_type_ not in {"", "PERSON", "ORG", "GPE"} or surname.ent_iob_ == "I":
            continue  # (the model may take a lone surname for a body or a town)
        end = i + 2
        if end < len(doc) and doc[end].is_title and doc[end].ent_iob_ == "I":
            continue  # (the model's name goes on: leave it to the model)
        spans.append(Span(doc, i, end, label="PERSON"))
    return spans


def _square_spans(doc: Doc) -> list[Span]:
    """ "near Piazza dei Cavalieri": a square's whole name, which the model cuts."""
    spans = []
    for i in Registry.of(doc).with_lower(_SQUARE_LOWER):
        if doc[i].text not in _SQUARE_WORDS:
            continue
        end = i + 1
        while end < len(doc) and (
            doc[end].is_title
            or doc[end].lower_ in _SQUARE_PARTICLES
            or doc[end].lower_ in {"d'", "d’"}
        ):
            end += 1
        while end > i + 1 and not doc[end - 1].is_title:
            end -= 1
        if end > i + 1:
            spans.append(Span(doc, i, end, label="FAC"))
    return spans


def _areas_of_countries(doc: Doc) -> list[Span]:
    """ "in Panama's Darién province": the name the model left untagged between a
    country's possessive and a word for an area is the area's."""
    spans = []
    for i in Registry.of(doc).with_lower(_POSSESSIVE_MARKS, start=1):
        if doc[i - 1].ent_type_ != "GPE" or not is_country(doc[i - 1].text):
            continue
        end = i + 1
        while end < len(doc) and end <= i + 3 and doc[end].is_title and not doc[end].ent_type_:
            end += 1
        if (
            end == i + 1
            or end + 1 >= len(doc)
            or doc[end].lower_ not in _REGION_NOUNS | {"department", "county"}
            or doc[end + 1].pos_ in {"NOUN", "PROPN"}  # (not "Mexico's Sonora state police")
        ):
            continue
        spans.append(Span(doc, i + 1, end, label="GPE"))
    return spans


# parts of a town: "the Bacongo district of Brazzaville"
_PARTS_OF_TOWNS = {"district", "neighbourhood", "neighborhood", "suburb", "quarter", "township"}


def _town_at(registry: Registry, i: int) -> bool:
    """Whether a place's name begins at token ``i``: the model's GPE, or a name it took for
    a person that the gazetteer knows as a city or country by that very name ("the Achada
    Santo António neighbourhood of Praia", Praia read as a person)."""
    token = registry.doc[i]
    if token.ent_type_ == "GPE":
        return True
    if token.ent_type_ != "PERSON" or token.ent_iob_ != "B":
        return False
    name = next((e for e in registry.model_spans if e.start == i), None)
    if name is None:
        return False
    place = _place_named(span_text(name), load_gazetteer())
    return place is not None and place.kind in {"city", "country"}


def _parts_of_towns(doc: Doc) -> list[Span]:
    """ "in the Bacongo district of Brazzaville": the name the model left untagged between
    "the" and a word for a part of a town before "of" and a place is the part's."""
    spans = []
    registry = Registry.of(doc)
    for i in registry.with_lower(_PARTS_OF_TOWNS, start=2):
        if i + 2 >= len(doc) or doc[i + 1].lower_ != "of" or not _town_at(registry, i + 2):
            continue
        start = i
        # (untagged, or a proper name read as a people or a person: "the Makélékélé
        # district", "the Achada Grande Frente neighbourhood"; not an adjective: "the
        # Kurdish district")
        while (
            start > i - 3
            and doc[start - 1].is_title
            and doc[start - 1].ent_type_ in {"", "NORP", "PERSON"}
            and doc[start - 1].pos_ == "PROPN"
        ):
            start -= 1
        name = doc[start:i].text
        if (
            start < i
            and start > 0
            and doc[start - 1].lower_ == "the"
            and country_of_demonym(name) is None
            and not _a_people(name)
        ):
            spans.append(Span(doc, start, i, label="GPE"))
    return spans


_NUMERIC_LABELS = {"DATE", "TIME", "CARDINAL", "ORDINAL", "QUANTITY"}


def _countries_named(doc: Doc) -> set[str]:
    """The codes of the countries the report names or calls by their adjective."""
    return {
        code
        for ent in doc.ents
        if ent.label_ in {"GPE", "NORP"}
        for code in [country_named(ent.text)]
        if code is not None
    }


def _names_a_facility(doc: Doc, name: str) -> bool:
    """The report names ``name`` with a facility noun after it ("Jau prison")."""
    words = name.split()
    return any(
        doc[k : k + len(words)].text == name
        and k + len(words) < len(doc)
        and doc[k + len(words)].lower_ in FACILITIES
        for k in Registry.of(doc).with_lower({words[0].lower()})
    )


def _untagged_places(doc: Doc, gazetteer: Gazetteer) -> list[Span]:
    """ "told reporters in Kyiv on Monday": a capitalised name the model left untagged
    after a locative word is a place when the gazetteer knows a country, region or large
    city by that very name."""
    spans = []
    for i in Registry.of(doc).with_lower(LOCATIVE | {"of"}):
        if doc[i].lower_ == "of" and (i == 0 or doc[i - 1].lower_ not in {"city", "town"}):
            continue  # ("the western Ugandan city of Mbarara", but not "the leader of X")
        end = i + 1
        while end < len(doc) and end <= i + 3 and doc[end].is_title and doc[end].pos_ == "PROPN":
            end += 1
        if end == i + 1 or any(
            # (a date or number the model read in a name does not count: "in Mbarara on
            # Tuesday", "Mbarara" taken for a date)
            t.ent_type_ and t.ent_type_ not in _NUMERIC_LABELS
            for t in doc[i + 1 : end]
        ):
            continue
        if end < len(doc) and (doc[end].is_title or doc[end].text in {"'s", "’s", "-"}):
            continue  # part of a longer name
        place = _place_named(doc[i + 1 : end].text, gazetteer)
        if place is None or place.kind not in {"city", "country", "region"}:
            continue
        if _names_a_facility(doc, doc[i + 1 : end].text) and place.country not in _countries_named(
            doc
        ):
            continue  # "in Jau" after "Jau prison" in Bahrain: the prison, no Brazilian town
        if place.kind == "city" and place.population < _TOWN_POPULATION:
            continue
        spans.append(Span(doc, i + 1, end, label="GPE"))
    return spans


# one-word countries that are given names too ("Jordan said", "Chad Williams")
_COUNTRIES_AS_NAMES = {"jordan", "chad", "georgia", "israel", "lebanon", "india", "kenya"}


def _untagged_countries(doc: Doc, gazetteer: Gazetteer) -> list[Span]:
    """ "Burkina Faso's military authorities …" after a dateline: a country's name the
    model left untagged, standing alone (not part of a longer name)."""
    spans = []
    for start, token in enumerate(doc):
        if not (token.is_title and token.pos_ == "PROPN" and not token.ent_type_):
            continue
        if start > 0 and (doc[start - 1].is_title or doc[start - 1].lower_ == "of"):
            continue  # ("… Commission of Pakistan", "New Guinea")
        for end in (start + 3, start + 2, start + 1):
            words = doc[start:end]
            if end > len(doc) or not all(t.is_title and not t.ent_type_ for t in words):
                continue
            if end < len(doc) and (doc[end].is_title or doc[end].text == "-"):
                continue
            place = gazetteer.resolve(words.text)
            if place is None or place.kind != "country" or place.name != words.text:
                continue
            if len(words) == 1 and words.text.lower() in _COUNTRIES_AS_NAMES:
                continue
            spans.append(Span(doc, start, end, label="GPE"))
            break
    return spans


# lower-case nouns after which an untagged name is an area: "the Dara and Rokha districts"
_AREA_AFTER_NAME = {
    "district",
    "province",
    "county",
    "township",
    "village",
    "subcounty",
    "region",
    "canton",  # "the Daule canton" (Ecuador, Switzerland, Bosnia)
    # "former residents of the Thu Thiem area", "the Kawangware neighbourhood"
    "area",
    "neighbourhood",
    "neighborhood",
    "suburb",
    "municipality",
    "commune",
    "locality",
    "settlement",
    "governorate",
    "oblast",
    "regency",
}


# who lives there, not a name: "poor, mostly Black neighbourhoods", "in Muslim areas"
_POPULATION_WORDS = {
    "black",
    "white",
    "indigenous",
    "muslim",
    "christian",
    "catholic",
    "protestant",
    "buddhist",
    "hindu",
    "sikh",
    "jewish",
    "roma",
    "shia",
    "sunni",
}
_AREA_QUALIFIERS = _POPULATION_WORDS | {
    "northern",
    "southern",
    "eastern",
    "western",
    "central",
    "upper",
    "lower",
    "rural",
    "urban",
    "tribal",
    "border",
    "coastal",
    "remote",
    "several",
    "other",
}


def _untagged_name_word(token: Token) -> bool:
    """A capitalised word of a name the model left untagged (the tagger may call an
    unknown name an adjective: "the Dara and Rokha districts")."""
    return (
        token.is_title
        and not token.ent_type_
        and token.pos_ in {"PROPN", "ADJ", "NOUN"}
        and token.lower_ not in _AREA_QUALIFIERS
        and not token.is_sent_start
    )


def _untagged_name_before(doc: Doc, end: int) -> int:
    """Where the untagged name of up to three words ending before ``end`` starts."""
    start = end
    while start > 0 and end - start < 3 and _untagged_name_word(doc[start - 1]):
        start -= 1
    return start


def _untagged_areas(doc: Doc) -> list[Span]:
    """ "in the Dara and Rokha districts": capitalised names the model left untagged right
    before a lower-case word for an area (and the name listed with them)."""
    spans: list[Span] = []
    registry = Registry.of(doc)
    for end in registry.with_lemma(_AREA_AFTER_NAME):
        if not doc[end].is_lower:
            continue
        start = _untagged_name_before(doc, end)
        if start == end or _opens_a_sentence(doc[start]):
            continue  # (nor "BUDAPEST — School district officials": a dateline's dash)
        if start > 1 and doc[start - 1].text == "-" and not doc[start - 1].whitespace_:
            continue  # "Osh's Amir-Timur district": a name the tokenizer cut, read elsewhere
        spans.append(Span(doc, start, end, label="GPE"))
        if start >= 2 and doc[start - 1].lower_ == "and":
            first = _untagged_name_before(doc, start - 1)
            if first < start - 1 and not doc[first].is_sent_start:
                spans.append(Span(doc, first, start - 1, label="GPE"))
    return spans


def _police_of(span: Span, gazetteer: Gazetteer) -> Span | None:
    """ "Police Scotland", also where the model tagged only "Scotland" after the word: a
    force named "Police" and its land, which is a body, not a place."""
    doc = span.doc
    if span[0].text == "Police" and len(span) > 1:
        land = span[1:]
    elif (
        span.start > 0
        and doc[span.start - 1].text == "Police"
        and doc[span.start - 1].ent_type_ == ""
    ):
        land, span = span, Span(doc, span.start - 1, span.end)
    else:
        return None
    place = gazetteer.resolve(land.text)
    if place is None or place.kind not in {"country", "region"}:
        return None
    return Span(doc, span.start, span.end, label="ORG")


def _after_title_of_a_force(before: Token, titles: Collection[str]) -> bool:
    """ "superintendent of police Ashish Rawat", "inspector general of police X": a title
    held in a force, written in lower case, right before a name."""
    doc = before.doc
    return (
        before.lower_ in {"police", "prisons", "customs"}
        and before.i >= 2
        and doc[before.i - 1].lower_ == "of"
        and doc[before.i - 2].is_lower
        and doc[before.i - 2].lower_ in titles
    )


def _opens_a_sentence(token: Token) -> bool:
    """The first word of a sentence, or of the text after a dateline's dash."""
    doc = token.doc
    return token.is_sent_start or (token.i > 0 and doc[token.i - 1].text in {"—", "–", "-"})


def _names_a_day(span: Span) -> bool:
    """ "Heroes' Day", "Martyrs Day": the name of a holiday, whatever the model took its
    first word for."""
    doc = span.doc
    after = span.end
    if after < len(doc) and doc[after].text in {"'", "’", "'s", "’s"}:
        after += 1
    return after < len(doc) and doc[after].text == "Day" and span[-1].text != "Day"


# what a body calls its parts in a region: "Amnesty's Southern Africa office"
_REGIONAL_PARTS = {"office", "branch", "bureau", "chapter", "section", "desk", "programme"}


def _owners_regional_office(span: Span) -> bool:
    """A region's name between a body's possessive and a word for its part ("Amnesty
    International's Southern Africa office"): the body's own office, no body or place."""
    doc = span.doc
    return (
        span.start >= 2
        and doc[span.start - 1].text in {"'s", "’s"}
        and doc[span.start - 2].ent_type_ == "ORG"
        and span.end < len(doc)
        and doc[span.end].is_lower
        and doc[span.end].lower_ in _REGIONAL_PARTS
    )


def _place_not_person(span: Span, before: Token | None, gazetteer: Gazetteer) -> bool:
    """A model PERSON that is a country ("Azerbaijan's", "Sri Lanka") or a town listed
    after another place ("in Jaffna and Batticaloa")."""
    words = [t for t in span if t.text not in {"'s", "’s"}]
    if not words or len(words) > 3:
        return False
    # (as written: "Cap-Haïtien" is three tokens and one name)
    text = "".join(t.text_with_ws for t in words).strip()
    root = span.root
    # "We left Zuwara on a boat", "families who fled Jilib": a town one leaves or reaches
    # (also as spelled otherwise: the gazetteer's "Zuwarah")
    town = gazetteer.resolve(text) if len(words) == 1 else None
    if (
        town is not None
        and town.kind == "city"
        and root.dep_ == "dobj"
        and root.head.lemma_.lower() in _TRAVELS
    ):
        return True
    place = _place_named(text, gazetteer)
    if place is None:
        return False
    if place.kind == "country":
        # "Chad's own press law": a country that is also a given name is the country
        # unless the report names someone by it ("Jordan Smith")
        return text.lower() not in _NAME_LIKE_COUNTRIES or not any(
            e.label_ == "PERSON" and len(e) > 1 and e[0].text == text for e in span.doc.ents
        )
    after_place = root.dep_ == "conj" and (
        root.head.ent_type_ in {"GPE", "LOC"}
        # "in Manzini and Mbabane", both read as persons: the first is a place after "in"
        or (
            root.head.i > 0
            and root.doc[root.head.i - 1].lower_ in LOCATIVE
            and _place_named(root.head.text, gazetteer) is not None
        )
    )
    # "Bahia's public security secretary": an area owns its offices
    owns_office = root.dep_ == "poss" and root.head.lemma_.lower() in (
        actor_words().official_descriptors | _STATE_HEADS | {"police", "governor", "secretary"}
    )
    # "at hospitals in Santo Domingo": a city the gazetteer knows by that very name
    own_city = place.kind == "city" and normalise_name(text) == gazetteer.own_key(place)
    if (
        place.kind in {"region", "district"}
        and before is not None
        and before.text == ","
        and before.i > 0
        and before.doc[before.i - 1].ent_type_ in {"GPE", "LOC"}
    ):
        return True  # "in Tegal, Central Java": a town, then the region it lies in
    if before is not None and before.lower_ in _WHERE_IN_TOWN and before.i > 0:
        before = before.doc[before.i - 1]  # "in central Durban", "in northern Gaza"
    if owns_office and place.kind in {"region", "district"}:
        return True  # "Tamil Nadu's fisheries minister": a region of two words too
    # "the diocese of Kafanchan", "the town of Kafanchan": what lies in or is the place
    of_a_place = (
        before is not None
        and before.lower_ == "of"
        and before.i > 0
        and before.doc[before.i - 1].lemma_.lower() in _OF_A_PLACE
    )
    return (len(words) == 1 or own_city) and (
        after_place
        or owns_office
        or of_a_place
        or (before is not None and before.lower_ in LOCATIVE)
    )


# what one does to a town, not to a person: leave it, flee it, reach it
_TRAVELS = frozenset({"leave", "flee", "reach", "enter", "escape"})


# what is "of" a place: "the diocese of Kafanchan", "the outskirts of Goma"
_OF_A_PLACE = {
    "diocese",
    "archdiocese",
    "town",
    "city",
    "village",
    "outskirts",
    "municipality",
    # "the mayor of Mardin", "the mayors of Batman and Halfeti": a town's office holders
    "mayor",
}


# "interest in X", "confidence in X": words after which "in" does not say where
_IN_NOT_WHERE = {
    "believe",
    "confidence",
    "faith",
    "interest",
    "involve",
    "involvement",
    "part",
    "participate",
    "role",
    "stake",
    "trust",
}


def _unknown_town_after_in(span: Span) -> bool:
    """A name the model took for a person that is a town the gazetteer does not know:
    one written word right after "in" or "near" ("a detention facility in Gali"), or after
    a compass point and "of" ("south-west of Pylos"), or a name that begins as towns'
    names do ("fled to Wad Madani"); unless the report names someone by those words."""
    doc = span.doc
    if span.start == 0 or not span[0].is_title:
        return False
    before = doc[span.start - 1]
    if (
        span[0].text in _PLACE_NAME_PREFIXES
        and len(span) <= 3
        and (before.lower_ in {"in", "near", "to", "from", "at"} or _listed_after_in(span))
    ):
        return not _named_in_full(span)  # "fled to Wad Madani", "a clinic in Puerto Inca"
    if any(t.whitespace_ for t in span[:-1]):
        return False
    root = span.root
    if root.dep_ == "conj" and root.head.ent_type_ in {"GPE", "LOC"} and root.head.i < root.i:
        return not _named_in_full(span)  # "in Kigali, Musanze and Huye"
    if (
        before.lower_ == "of"
        and span.start >= 2
        and doc[span.start - 2].lower_.rsplit("-", 1)[-1] in _COMPASS
    ):
        return not _named_in_full(span)  # "south-west of Pylos", "30 km north of Gali"
    if (
        len(span) == 1
        and before.lower_ in {"from", "in", "near", "at"}
        and _followed_by_named_area(doc, span.end)
    ):
        return not _named_in_full(span)  # "disappeared from Nsanama in Machinga district"
    if before.lower_ not in {"in", "near"} or before.head.lemma_.lower() in _IN_NOT_WHERE:
        return False
    if span.end < len(doc) and doc[span.end].text in {"'s", "’s", "'", "’"}:
        return False  # "in Kim's case"
    return not _named_in_full(span)


def _listed_after_in(span: Span) -> bool:
    """ "in Odemira and São Teotónio": the last of two names listed after "in"."""
    doc, root = span.doc, span.root
    head = root.head
    return (
        root.dep_ == "conj"
        and doc[span.start - 1].lower_ == "and"
        and head.i > 0
        and head.i < span.start
        and doc[head.i - 1].lower_ in {"in", "near"}
        and head.is_title
    )


_NAMED_AREA_NOUNS = {"district", "province", "region", "county", "municipality", "governorate"}


def _followed_by_named_area(doc: Doc, i: int) -> bool:
    """ "in Machinga district", "in the Kayes region": a place set in a named area."""
    if i + 2 >= len(doc) or doc[i].lower_ != "in":
        return False
    j = i + 1 + (doc[i + 1].lower_ == "the")
    if j >= len(doc) or not doc[j].is_title:
        return False
    for k in range(j, min(j + 3, len(doc))):
        if doc[k].lower_ in _NAMED_AREA_NOUNS:
            return True
        if not doc[k].is_title:
            return False
    return False


# the first words of many towns' names in Arabic, Spanish and Portuguese ("Wad Madani",
# "Deir ez-Zor", "Puerto Inca"), seldom of a person's
_PLACE_NAME_PREFIXES = {
    "Wad",
    "Ras",
    "Bir",
    "Tel",
    "Kafr",
    "Deir",
    "Beit",
    "Khirbet",
    "Sidi",
    "Puerto",
    "Porto",
    "Nueva",
    "Nuevo",
    "Ciudad",
    "Villa",
    "São",
}
_COMPASS = {"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest"}


def _named_in_full(span: Span) -> bool:
    """Whether the report names someone by these words and more ("Ilya Zakharov")."""
    words = {t.text for t in span}
    return any(
        e.label_ == "PERSON" and len(e) > len(span) and words <= {t.text for t in e}
        for e in span.doc.ents
    )


_MONARCHS = {"king", "queen", "sultan", "emir", "prince", "princess"}
# buildings known by a name: "Jubilee House", "Government Palace"
_BUILDINGS = {"House", "Palace", "Hall", "Tower", "Stadium", "Square", "Building"}
_TOWN_AREAS = {"outskirts", "suburbs", "edge", "centre", "center", "heart", "streets"}
_WHERE_IN_TOWN = {
    "central",
    "downtown",
    "northern",
    "southern",
    "eastern",
    "western",
    "north",
    "south",
    "east",
    "west",
    "greater",
}


def _regions_named(spans: list[tuple[Span, Place | None]], hints: set[str]) -> dict[str, Place]:
    """Names the report gives a region noun ("the Zaporizhzhia region"): there, and where
    the same report says only "in Zaporizhzhia", the region is meant, not its city."""
    gazetteer = load_gazetteer()
    regions = {}
    for span, _ in spans:
        doc = span.doc
        if span.end < len(doc) and doc[span.end].lower_ in _REGION_NOUNS:
            text = clean_name(span_text(span), frozenset())
            region = gazetteer.resolve(f"{text} {doc[span.end].lower_}", countries=hints)
            if region is not None and region.kind == "region":
                regions[normalise_name(text)] = region
    return regions


def _two_places(span: Span, gazetteer: Gazetteer) -> tuple[Span, Span] | None:
    """A place name the model ran over "and" into the next, when the gazetteer knows
    each half by that very name."""
    joiner = next((t.i for t in span[1:-1] if t.lower_ == "and"), None)
    if joiner is None:
        return None
    if _place_named(span_text(span).removeprefix("the "), gazetteer) is not None:
        return None  # "Trinidad and Tobago", "Bosnia and Herzegovina": one place
    halves = (
        Span(span.doc, span.start, joiner, label=span.label_),
        Span(span.doc, joiner + 1, span.end, label=span.label_),
    )
    if any(_place_named(half.text, gazetteer) is None for half in halves):
        return None
    return halves


_MEMBER_NOUNS = {
    "agent",
    "officer",
    "fighter",
    "rebel",
    "dissident",
    "member",
    "militant",
    "guerrilla",
    "soldier",
    "troop",
    "operative",
    "gunman",
    "militia",
    "militiaman",
    "insurgent",
    "commander",
    "leader",
    "guard",
    "faction",
}
_VOICES_OF_BODIES = {"spokesman", "spokeswoman", "spokesperson", "committee", "inquiry"}
_COMMON_BODY_WORDS = {
    "government",
    "police",
    "army",
    "military",
    "party",
    "bureau",
    "agency",
    "ministry",
    "navy",
    "court",
    "prison",
    "state",
}
# capitals that are no body: things, currencies, and acronyms for kinds of people
_NOT_BODIES = {"CCTV", "GPS", "DNA", "SMS", "PDF", "COVID", "AIDS", "HIV", "USD", "CFA", "LGBT"}
_NAMING_DEPS = {"nsubj", "nsubjpass", "appos", "pobj", "dobj", "conj"}


_ACRONYM = re.compile(r"(?<![\w-])[A-Z]{3,8}(?![\w-])")


def _bare_acronyms(doc: Doc) -> list[Span]:
    """ "MONUSCO said in a statement", "the intelligence service SEBIN": an acronym the
    model left untagged that stands as a name in the clause is a body."""
    found = []
    gazetteer = load_gazetteer()
    for match in _ACRONYM.finditer(doc_text(doc)):
        text = match.group()
        if text in _NOT_BODIES or _ROMAN.fullmatch(text):  # "Mswati III"
            continue
        span = doc.char_span(match.start(), match.end())
        if span is None or len(span) != 1:
            continue
        token = span[0]
        if (
            not token.ent_type_
            and token.pos_ in {"PROPN", "NOUN"}  # a report's first word is often a NOUN
            and token.dep_ in _NAMING_DEPS
            and gazetteer.resolve(text) is None
        ):
            bare = Span(doc, token.i, token.i + 1, label="ORG")
            # "ALQST for Human Rights": the name goes on with its cause
            found.append(_rights_tail(bare) or bare)
    return found


def _places_listed_with(spans: list[Span]) -> list[Span]:
    """ "arrested in Bata and Ebebiyín": a name the model left untagged, joined by "and"
    or "or" to a place, is a place too when the gazetteer knows it by that very name."""
    found = []
    gazetteer = load_gazetteer()
    for span in spans:
        if span.label_ not in {"GPE", "LOC"}:
            continue
        doc = span.doc
        for joiner, other in ((span.end, span.end + 1), (span.start - 1, span.start - 2)):
            if not (min(joiner, other) >= 0 and max(joiner, other) < len(doc)):
                continue
            token = doc[other]
            if (
                doc[joiner].lower_ not in {"and", "or"}
                or token.ent_type_
                or not token.is_title
                or token.pos_ != "PROPN"
            ):
                continue
            if _place_named(token.text, gazetteer) is not None:
                found.append(Span(doc, other, other + 1, label="GPE"))
    return found


def _is_word(text: str, at: int) -> bool:
    return 0 <= at < len(text) and (text[at].isalnum() or text[at] == "_")


def _whole_words(text: str, form: str) -> list[tuple[int, int]]:
    """Where ``form`` stands as whole words (regex ``\\bform\\b``), found with
    ``str.find``: compiling a pattern per name and report cost more than the search."""
    found: list[tuple[int, int]] = []
    start = text.find(form)
    while start >= 0:
        end = start + len(form)
        if (_is_word(text, start - 1) != _is_word(text, start)) and (
            _is_word(text, end - 1) != _is_word(text, end)
        ):
            found.append((start, end))
            start = text.find(form, end)
        else:
            start = text.find(form, start + 1)
    return found


def _after_the(text: str, tail: str) -> list[tuple[int, int]]:
    """Where "the Service" or "The Service" is not followed by a capitalised word: the
    ``tail`` alone, where it refers back to the body whose name it ends."""
    found = []
    for article in ("the ", "The "):
        for start, end in _whole_words(text, article + tail):
            if not text.startswith(" ", end) or not "A" <= text[end + 1 : end + 2] <= "Z":
                found.append((start + len(article), end))
    return sorted(found)


# the last word of a body's name that goes on with "for …": "Lawyers for Human Rights"
_CAUSES = {
    "rights",
    "justice",
    "freedom",
    "freedoms",
    "democracy",
    "peace",
    "liberties",
    "truth",
    "equality",
    "development",
    "detainees",
    "prisoners",
}


# last words of a name that make it a building, whatever the model thought
_SITE_WORDS = {"station", "prison", "jail", "penitentiary", "barracks", "checkpoint"}

# offices the model takes for a person's name when they stand alone
_OFFICES = {"ombudsman", "ombudsperson", "procuracy", "prosecutor-general", "inspectorate"}


def _possessor(span: Span) -> Token | None:
    """The word before a name and its "'s": "the judiciary" in "the judiciary's Mizan"."""
    doc = span.doc
    if span.start < 2 or doc[span.start - 1].text not in {"'s", "’s"}:
        return None
    return doc[span.start - 2]


def _owner(registry: Registry, span: Span) -> Entity | None:
    """The body named before a name and its "'s"."""
    word = _possessor(span)
    owner = registry.entity_of_token(word) if word is not None else None
    return owner if owner is not None and owner.kind == "organisation" else None


def _owned_by_state(span: Span) -> bool:
    """ "the judiciary's Mizan news agency", "the ministry's Ombudsman": a body a state
    organ owns speaks for the state."""
    owner = _possessor(span)
    return (
        owner is not None and owner.is_lower and owner.lemma_.lower() in actor_words().state_words
    )


_BODY_HEADS = {
    "command",
    "commission",
    "council",
    "agency",
    "ministry",
    "unit",
    "militia",
    "group",
    "party",
    "committee",
    "directorate",
    "department",
    "organisation",
    "organization",
    "movement",
    "network",
    "union",
    "coalition",
}


# what else a body is called, beside its acronym
_ACRONYM_BODY_HEADS = frozenset({"office", "service", "department", "directorate", "authority"})


def _apposed_to(span: Span) -> Token | None:
    """ "the military's regional command in Papua, Kodam Cenderawasih,", "the National
    Commission on Human Rights, Komnas HAM,": the body a name is set beside (the parser
    may hang the name on the place in between)."""
    root = span.root
    before = span.start - 1
    if before > 0 and span.doc[before].lower_ == "the":
        before -= 1  # "UNRWA, the UN agency for Palestinian refugees,"
    # (an acronym the parser hangs on the noun as an adverb: "the U.N. refugee agency,
    # UNHCR, said")
    acronym_aside = (
        root.dep_ == "npadvmod"
        and span.text.isupper()
        and span.end < len(span.doc)
        and span.doc[span.end].text == ","
        and root.head.i == before - 1
    )
    if (root.dep_ != "appos" and not acronym_aside) or before < 0 or span.doc[before].text != ",":
        return None
    head = root.head
    while head.dep_ in {"pobj", "prep"} and head.head.i != head.i and head.ent_type_ != "ORG":
        head = head.head
    if head.is_lower and head.lemma_.lower() in _BODY_HEADS and not head.ent_type_:
        return head  # (not "the ruling Georgian Dream party, Davit M.": a name's own word)
    if head.is_lower and head.lemma_.lower() in _ACRONYM_BODY_HEADS and span.text.isupper():
        return head  # "the U.N. human rights office, OHCHR,": its acronym
    if head.ent_type_ == "ORG" and head.dep_ != "pobj" and any(t.is_upper for t in span):
        return head  # an acronym-like name, not "the Public Defender, Zurab K."
    return None


# what a body is called after its name: "the Equipe Media collective", "the Memorial
# human rights centre", and then "the collective said"
_KINDS_AFTER_NAMES = {
    "collective",
    "group",
    "network",
    "centre",
    "center",
    "coalition",
    "alliance",
    "union",
    "movement",
    "association",
    "organisation",
    "organization",
    "committee",
    "monitor",
    "watchdog",
    "cooperative",
    "newspaper",
    "foundation",
    "platform",
}


def _kind_of_body_after(span: Span) -> str | None:
    """The word for a kind of body right after a body's name, over up to two lower-case
    words ("human rights")."""
    doc = span.doc
    for i in range(span.end, min(span.end + 3, len(doc))):
        word = doc[i]
        if not word.is_lower or word.pos_ not in {"NOUN", "ADJ", "PROPN"}:
            return None
        if word.lemma_.lower() in _KINDS_AFTER_NAMES and word.tag_ != "NNS":
            return word.lemma_.lower()
    return None


def _body_described_beside(registry: Registry, span: Span) -> Entity | None:
    """ "the General Directorate of Territorial Surveillance (DGST), the domestic
    intelligence service,": a description in common nouns set right after a body's name
    (or its bracketed acronym) is that body, wherever the parser hangs it."""
    doc = span.doc
    if not all(t.is_lower for t in span):
        return None
    start = span.start - 1 if span.start and doc[span.start - 1].lower_ == "the" else span.start
    if start < 2 or doc[start - 1].text != "," or doc[start].lower_ != "the":
        return None
    if span.end < len(doc) and doc[span.end].text not in {",", ".", ";"}:
        return None  # "…, the domestic intelligence service's director": no description
    named = start - 2
    if doc[named].text == ")":  # "… (DGST), the …"
        while named > 0 and doc[named].text != "(":
            named -= 1
        named -= 1
    entity = registry.entity_of_token(doc[named]) if named >= 0 else None
    return entity if entity is not None and entity.kind == "organisation" else None


_PERSONAL_PRONOUNS = {"he", "his", "him", "she", "her"}


def _org_spoken_of_as_person(span: Span) -> bool:
    """A two- or three-word name the model called a body, with nothing of a body about it,
    that does something and is then "he" or "his": "Arlindo Chissale told a colleague he
    was surrounded" is a man."""
    if span.label_ != "ORG" or not 2 <= len(span) <= 3 or not all(t.is_title for t in span):
        return False
    if (
        ORG_WORD.search(span_text(span))
        or body_kind(span_text(span)) is not None
        or introduced_as_body(span)
        or span_text(span) in _known_bodies()  # "the Reporters Without Borders award …"
    ):
        return False
    words = actor_words()
    offices = _OFFICES | words.titles | words.official_descriptors | {"defender"}
    if any(t.lower_ in offices for t in span):
        return False  # "the Public Defender said he …": an office, whoever holds it
    if load_gazetteer().resolve(span_text(span)) is not None:
        return False
    doc = span.doc
    if span.end + 1 < len(doc) and doc[span.end].text == "(" and doc[span.end + 1].is_upper:
        return False  # "Reporters Without Borders (RSF)": people carry no acronym
    root = span.root
    # ("showed Khamla Vongsa being transferred from his car": the one it happens to)
    if root.dep_ not in {"nsubj", "nsubjpass"} or root.head.pos_ != "VERB":
        return False
    verb = root.head
    return any(
        t.lower_ in _PERSONAL_PRONOUNS and t.i > span.end and t.head.i != root.i
        for t in verb.subtree
    )


_KIN_NOUNS = {
    "sister",
    "brother",
    "wife",
    "husband",
    "son",
    "daughter",
    "mother",
    "father",
    "widow",
    "widower",
    "cousin",
    "uncle",
    "aunt",
    "nephew",
    "niece",
    "parents",
    "grandmother",
    "grandfather",
}


def _owner_of_kin(span: Span) -> bool:
    """ "Otabek Sattoriy's sister said": a name the model called a body, with nothing of a
    body about it, that has a sister, a son or a wife is a person."""
    if span.label_ != "ORG":
        return False
    words = [t for t in span if t.text not in _POSSESSIVE_MARKS]
    if not 1 <= len(words) <= 3 or not all(t.is_title and t.is_alpha for t in words):
        return False
    text = " ".join(t.text for t in words)
    if ORG_WORD.search(text) or body_kind(text) is not None or text in _known_bodies():
        return False
    owner = words[-1]
    return owner.dep_ == "poss" and owner.head.lemma_.lower() in _KIN_NOUNS


# words that name an institution alone when capitalised ("a member in State", "the
# minority in Parliament")
_BODY_HEADS_IN_CAPITALS = {
    "state",
    "parliament",
    "senate",
    "congress",
    "assembly",
    "government",
    "cabinet",
    "court",
    "church",
}


def _with_last_name_word(span: Span, holders_words: frozenset[str]) -> Span:
    """ "Radio Patía" + "Estéreo": one capitalised word the model left out after a body's
    name, that the name's last word modifies, and that ends the name."""
    doc = span.doc
    after = span.end
    if after + 1 >= len(doc):
        return span
    word = doc[after]
    if (
        span[-1].dep_ == "compound"
        and span[-1].head.i == after
        and word.is_title
        and word.pos_ == "PROPN"
        and not word.ent_type_
        and word.lower_ not in holders_words  # (not "… Secretary", "… Director")
        and not doc[after + 1].is_title
    ):
        return Span(doc, span.start, after + 1, label=span.label_)
    return span


def _set_in_or_near(span: Span, headline_end: int, holders_words: frozenset[str]) -> bool:
    """A name that is the object of "in" or "near" below the headline, with no title or
    word for a person in it ("in Mr Sall's absence" is no such object)."""
    root = span.root
    # ("taken to El Helicoide", "held at El Arish": a name with a Spanish or Arabic
    # article where one is taken or held is a site, too)
    article = span[0].text in {"El", "La", "Al"} and len(span) == 2
    return (
        root.dep_ == "pobj"
        and (root.head.lower_ in {"in", "near"} or (article and root.head.lower_ in {"at", "to"}))
        and span.start_char >= headline_end
        and not any(t.lower_ in holders_words for t in span)
    )


# what an institution's building is called by ("outside Thammasat University")
_BUILDING_WORDS = {
    "university",
    "club",
    "house",
    "hospital",
    "stadium",
    "palace",
    "parliament",
    "college",
    "school",
    "mosque",
    "church",
    "cathedral",
    "hotel",
    "airport",
}


def _outside_a_site(span: Span) -> bool:
    """ "a sit-in outside the Karachi Press Club", "a speech outside Thammasat
    University": a building one stands outside, named for the institution in it."""
    root = span.root
    return (
        root.dep_ == "pobj"
        and root.head.lower_ == "outside"
        and span[-1].is_title
        and span[-1].lower_ in _BUILDING_WORDS
    )


# what only a place has: "the mayor of …", "residents of …", "the outskirts of …"
_OF_PLACES_ONLY = {"mayor", "mayors", "residents", "inhabitants", "outskirts", "suburbs"}


def _of_a_place_only(span: Span) -> bool:
    """A name after "the mayor of" or "residents of", with nothing of a body about it:
    "the Indigenous mayor of Santa Lucía Utatlán" is the town's."""
    root = span.root
    return (
        root.dep_ == "pobj"
        and root.head.lower_ == "of"
        and root.head.head.lower_ in _OF_PLACES_ONLY
        # ("the mayor of Bouar, Jean-Claude Yakité": the parser may take the mayor's name
        # for the town's)
        and not (span.label_ == "PERSON" and root.head.head.lower_ in {"mayor", "mayors"})
        and not ORG_WORD.search(span_text(span))
        and span_text(span) not in _known_bodies()
    )


def _with_head_before(span: Span) -> Span:
    """ "Movement for" + "the Self-Determination of Kabylie": a body's name the model began
    after its head word, which stands before "for" or "of" in capitals."""
    doc = span.doc
    start = span.start
    if start < 2 or doc[start - 1].lower_ not in {"for", "of"}:
        return span
    head = doc[start - 2]
    if not (head.is_title and ORG_WORD.fullmatch(head.text)) or head.ent_type_:
        return span
    start -= 2
    while (
        start > 0
        and doc[start - 1].is_title
        and not doc[start - 1].is_sent_start
        and not doc[start - 1].ent_type_
    ):
        start -= 1  # ("the National Movement for …")
    return Span(doc, start, span.end, label=span.label_)


_PEOPLE_OF = {"lawyers", "relatives", "friends", "supporters", "family"}


def _people_of_a_person(span: Span, names_of_persons: set[str]) -> bool:
    """ "Lawyers for Pacheco", "Relatives of Haddad", which the model may call a body: the
    people of a person the report names, no body ("Lawyers for Liberty" is one)."""
    words = [t for t in span if t.lower_ != "the"]
    return (
        span.label_ == "ORG"
        and len(words) == 3
        and words[0].lower_ in _PEOPLE_OF
        and words[1].lower_ in {"for", "of"}
        and words[2].text in names_of_persons
    )


def _place_elsewhere(span: Span, places: set[str], names_of_persons: set[str]) -> bool:
    """A one-word "person" that the same report names as a place the gazetteer knows, and
    no person named in full bears."""
    return (
        len(span) == 1
        and normalise_name(span.text) in places
        and span.text not in names_of_persons
        and load_gazetteer().resolve(span.text) is not None
    )


def _not_a_people(text: str) -> bool:
    """A name that does not read as a people or its language ("Ukhiya", not "Kurdish",
    "Rohingya" or "Uyghurs")."""
    return (
        country_of_demonym(text) is None
        and not text.endswith(("an", "ese", "ish", "ian", "i", "s", "en", "ist"))
        and not _a_people(text)
        and text.casefold() not in _POPULATION_WORDS  # (not "in Muslim areas")
    )


def _a_people(text: str) -> bool:
    """ "Tamils", "the Haratine", "Uyghurs": a people or community, named as such."""
    word = text.casefold().removeprefix("the ")
    kind = next((k for k in ("indigenous ", "ethnic ") if word.startswith(k)), "")
    word = word.removeprefix(kind)  # "Indigenous Rarámuri", "Ethnic Azerbaijanis"
    peoples = actor_words().peoples
    return (
        word in peoples
        or (word.endswith("s") and word[:-1] in peoples)
        # "the Kuki-Zo communities": a people named with its kin
        or ("-" in word and word.split("-", 1)[0] in peoples)
        or (bool(kind) and country_of_demonym(word.removesuffix("s")) is not None)
    )


def _first_name_before(span: Span, full_names: set[str]) -> bool:
    """ "Akmal Yusupov said" where the model tagged only "Yusupov": the word before
    completes a full name the report uses (his son "Sherzod Yusupov" is someone else)."""
    if span.start == 0 or not span.doc[span.start - 1].is_title:
        return False
    return normalise_name(span.doc[span.start - 1 : span.end].text) in full_names


def _hyphenated_places(doc: Doc) -> list[Span]:
    """ "Rostov-on-Don", "Gorno-Badakhshan": the tokenizer cuts a hyphenated place into
    pieces the model tags apart ("Don" a person); joined, the gazetteer knows it."""
    spans = []
    reached = 0
    for hyphen in Registry.of(doc).with_lower({"-"}, start=1):
        i = hyphen - 1
        if i < reached:
            continue  # inside a name already read
        end = i
        while end + 2 < len(doc) and doc[end + 1].text == "-" and not doc[end].whitespace_:
            if doc[end + 1].whitespace_:
                break
            end += 2
        reached = end + 1
        if (  # "Gorno-Badakhshan", "Rostov-on-Don"
            end >= i + 2
            and doc[i].is_title
            and _place_named(doc[i : end + 1].text, load_gazetteer()) is not None
            # (not a people named like its land: "Indigenous Ngäbe-Buglé protesters")
            and not (i > 0 and doc[i - 1].lower_ in {"indigenous", "ethnic"})
        ):
            spans.append(Span(doc, i, end + 1, label="GPE"))
    return spans


def _gazetteer_place(span: Span) -> bool:
    """A name the model called a body that is a region, city or country the gazetteer
    knows by that very name ("near El Fasher", "Police in Uttar Pradesh"), and nothing
    marks as a body."""
    text = span_text(span).removeprefix("the ").removeprefix("The ")
    if text.isupper() or body_kind(text) is not None or introduced_as_body(span):
        return False
    return _place_named(text, load_gazetteer()) is not None


def _local_government_named(noun: Token) -> bool:
    """ "municipality" after a town's name, as the one who acts or whom people come from
    (not "in Aarhus municipality", a place)."""
    return noun.lower_ in {"municipality", "prefecture", "governorate"} and (
        noun.dep_ in {"nsubj", "nsubjpass"}
        or (noun.dep_ == "pobj" and noun.head.lower_ in {"from", "by"})
    )


def _fuller_name(key: str, names: dict[str, str]) -> str | None:
    """The longer name in ``names`` that ``key`` is a shorter form of."""
    return next((other for other in names if _shorter_form(key, other)), None)


def _shorter_form(key: str, other: str) -> bool:
    """Whether ``key``'s words are ``other``'s later words ("Abdel Aziz" in "Hisham Abdel
    Aziz", "Choc Pop" in "Esteban Choc Pop"), all but its last ("Ricardo Lagunes" in
    "Ricardo Lagunes Gasca"), or its own name before the father's ("Hairul Azmi" in
    "Hairul Azmi bin Jaafar")."""
    words, longer = key.split(), other.split()
    if len(longer) > len(words) and any(
        longer[i : i + len(words)] == words for i in range(1, len(longer) - len(words) + 1)
    ):
        return True
    if len(words) >= 2 and len(longer) == len(words) + 1 and longer[: len(words)] == words:
        return True  # "Ricardo Lagunes" for "Ricardo Lagunes Gasca": the second surname dropped
    return (
        len(longer) > len(words) + 1
        and longer[: len(words)] == words
        and longer[len(words)] in _PATRONYMIC_PARTICLES
    )


# what joins a person's own name to the father's: "Hairul Azmi bin Jaafar"
_PATRONYMIC_PARTICLES = {"bin", "binti", "ibn", "bint"}


def _rights_tail(span: Span) -> Span | None:
    """A "person" whose name runs on with "for Human Rights": a body the model misread;
    the longer name, or None."""
    longer = with_preposition_tail(span)
    return longer if longer.end > span.end and longer[-1].lower_ in _CAUSES else None


def _bracketed_acronyms(spans: tuple[Span, ...]) -> set[str]:
    """Acronyms a body's name introduces in brackets: "… Detainees (CNLD)". Later the
    model may tag the bare acronym as a place or a person; it is the body."""
    found = set()
    for span in spans:
        if _short_name_in_brackets(span) and span.doc[span.start - 2].is_title:
            found.add(span_text(span))  # "… Victims of Violence (KontraS)", untagged before
        longer = with_acronym_tail(span)
        if longer.end > span.end:  # "the UN Assistance Mission in Afghanistan (UNAMA)"
            found.add(span.doc[longer.end + 1].text)
        if span.label_ != "ORG":
            continue
        doc = span.doc
        # the bracket right after the name, or inside the span the model drew over both
        for opening in range(span.start + 1, min(span.end + 1, len(doc) - 2)):
            if doc[opening].text == "(" and doc[opening + 2].text == ")":
                candidate = doc[opening + 1].text
                if _acronym_like(candidate):
                    found.add(candidate)
    return found


def _known_as_a_force(span: Span) -> bool:
    """A name right after "<force>, known as": "the Sharia police, known as X"."""
    doc = span.doc
    at = span.start - 1 - (span.start > 0 and doc[span.start - 1].lower_ == "the")
    if at < 3 or doc[at].lower_ != "as" or doc[at - 1].lower_ != "known":
        return False
    described = doc[at - 2] if doc[at - 2].text != "," else doc[at - 3]
    return described.lower_ in actor_words().force_nouns


def _known_as(span: Span) -> str | None:
    """ "the intelligence service, known by its French acronym SNR", "…, known as the
    DGSI": the short name a body is introduced by."""
    doc = span.doc
    at = span.end + (span.end < len(doc) and doc[span.end].text == ",")
    if at + 2 >= len(doc) or doc[at].lower_ != "known" or doc[at + 1].lower_ not in {"as", "by"}:
        return None
    for token in doc[at + 2 : at + 8]:
        if token.is_punct:
            return None
        if token.is_upper and token.is_alpha and 2 <= len(token) <= 8:
            return token.text
        if (
            token.i == at + 2
            and token.is_title
            and token.is_alpha
            and (token.i + 1 == len(doc) or doc[token.i + 1].is_punct)
        ):
            return token.text  # "Lawyers for a Democratic Society, known as Minbyun,"
    return None


# what the model takes for a name and is none: a family word in a quotation ("Mum was
# being checked"), a Latin phrase ("sentenced in absentia"), where a body sits ("a Hong
# Kong-based network"), a treaty ("the Convention against Torture")
_FAMILY_WORDS = {
    "mum",
    "mom",
    "mummy",
    "mommy",
    "dad",
    "daddy",
    "mama",
    "papa",
    "grandma",
    "granny",
}
_TREATY = re.compile(
    r"^(?:the )?(?:Convention|Covenant|Protocol) (?:against|on|for|relating) ", re.I
)


# the name a person goes by, set right after their own: "Lim Wei Sheng, 52, who draws
# under the name Kartun Kita", "Ousmane Ndoye, who performs as Bamba Flow"
_ALIAS_BEFORE = re.compile(
    r"(?:\b(?:better )?known as|\bunder the (?:(?:pen|stage|artist) )?name|\bnicknamed|"
    r"\b(?:performs|performed|writes|wrote|draws|drew|raps|sings|goes|went|posts|posted)"
    r" (?:as|by|under)|\balias|\ba\.k\.a\.?)\s*$",
    re.IGNORECASE,
)


def _one_of_the_family(span: Span, families: set[tuple[str, str]], gazetteer: Gazetteer) -> bool:
    """A two-word "body" whose last word is the family name of someone else the report
    names, and which has nothing of a body's name."""
    if span.label_ != "ORG" or len(span) != 2 or not all(t.is_title and t.is_alpha for t in span):
        return False
    if not any(last == span[-1].text and first != span[0].text for last, first in families):
        return False
    text = span_text(span)
    return (
        not ORG_WORD.search(text)
        and body_kind(text) is None
        and gazetteer.resolve(text) is None
        and country_of_demonym(span[0].text) is None
    )


def _alias_of(span: Span, person: Span) -> bool:
    """Whether ``span`` is the other name of the person named just before it in the
    same sentence, introduced as such."""
    doc = span.doc
    if person.end > span.start or span.start - person.end > 9 or doc[person.end].text != ",":
        return False
    between = doc[person.end : span.start]
    if any(t.is_sent_start for t in between):
        return False  # (another sentence)
    return _ALIAS_BEFORE.search(between.text) is not None


_SILENCE_WORDS = re.compile(r"\b(?:respond|comment|declin|refus|reached|answer)", re.IGNORECASE)
# "the Sawarka and Rumailat tribes": peoples, not anyone's names
_TRIBES_AFTER = re.compile(r"\s+(?:and\s+[A-Z][\w'’-]*\s+)?(?:tribes?|clans?)\b")


def _outlet_noun_end(span: Span) -> int:
    """Where "X news site", "X newspaper" ends when a word for an outlet follows a name
    (0 when none does)."""
    doc = span.doc
    if span.end < len(doc) and doc[span.end].lower_ in {"newspaper", "website", "daily"}:
        return span.end + 1
    if (
        span.end + 1 < len(doc)
        and doc[span.end].lower_ == "news"
        and doc[span.end + 1].lower_ in {"site", "agency", "website", "portal"}
    ):
        return span.end + 2
    return 0


# how a report names someone by a first name alone: "who gave his name as Abdirahman"
_GIVEN_NAME_AS = re.compile(
    r"(?:gave (?:his|her|their) (?:first )?name (?:only )?as|identified only as|"
    r"gave only (?:his|her) first name,) $"
)
# faiths, not bodies: "a campaign to 'sinicise' Islam"
_FAITHS = {"islam", "christianity", "buddhism", "judaism", "hinduism", "sikhism", "catholicism"}
_RELIGIOUS_LAWS = {"sharia", "shariah", "sharia law", "halakha"}
# a ruler's title the model takes for a land: "insulting the Sultan", "the Emir"
_RULERS = {"sultan", "emir", "amir", "king", "queen", "shah", "tsar", "monarch", "caliph"}


# what a ship's name follows: the ship is no participant, whoever it was named for
_VESSELS = {"vessel", "ship", "boat", "trawler", "longliner", "tanker", "ferry", "yacht"}


_BODY_ENDINGS = {"Project", "Fund", "Society", "Clinic", "Programme", "Program", "Shelter"}


def _name_on_after_possessive(span: Span) -> Span:
    """A body's name that goes on after its possessive ("Women's", "Children's") with
    capitalised words up to a word bodies end with."""
    doc = span.doc
    if (
        len(span) >= 2
        and span[-2].text == "General"
        and span.end < len(doc)
        and doc[span.end].text == "Office"
    ):
        return Span(doc, span.start, span.end + 1, label=span.label_)  # "Prosecutor General's"
    if len(span) < 2 or span[-2].lower_ not in PEOPLE_OWNING_BODIES:
        return span  # (not "the Council of Europe's Congress of …": a body's own body)
    end = span.end
    while end < len(doc) and end - span.end < 5 and doc[end].is_title and doc[end].is_alpha:
        end += 1
    if end == span.end:
        return span
    last = doc[end - 1].text
    if last in _BODY_ENDINGS or ORG_WORD.fullmatch(last):
        return Span(doc, span.start, end, label=span.label_)
    return span


# a treaty named after its makers: "the UN Convention against Torture"
_TREATY_OF = re.compile(
    r"^(?:the )?(?:UN|United Nations|International|European|African|American|Inter-American) "
    r"(?:Convention|Covenant|Protocol) (?:against|on|for|relating) ",
    re.I,
)
# given names that are words too, common in southern and eastern Africa
_VIRTUE_NAMES = {
    "Precious",
    "Blessing",
    "Gift",
    "Mercy",
    "Patience",
    "Prudence",
    "Memory",
    "Loveness",
    "Lovemore",
    "Innocent",
    "Godknows",
    "Learnmore",
    "Talent",
    "Prosper",
    "Fortunate",
    "Happiness",
    "Comfort",
    "Goodness",
    "Beauty",
    "Charity",
    "Chastity",
    "Given",
}
_VIRTUE_LOWER = frozenset(name.lower() for name in _VIRTUE_NAMES)
_LEGAL_CLASSES = {"scheduled castes", "scheduled tribes", "other backward classes"}
_WEAPON_BRANDS = {"taser", "tasers", "glock", "kalashnikov", "kalashnikovs"}


def _no_name(span: Span) -> bool:
    text = span_text(span)
    if span.label_ == "PERSON" and text.casefold() in _FAMILY_WORDS:
        return True
    if span.label_ == "PERSON" and plural_person_noun(span[-1].lower_):
        return True  # "Neighbours put out the fire": people of a kind, capitalised to open
        # a sentence; "Lady Health Workers": a kind of worker
    if text.casefold() in _FAITHS or text == "Jehovah":  # "a Jehovah's Witness"
        return True
    if text == "Indigenous":
        return True  # "violence against Indigenous peoples": an adjective, capitalised
    if (
        span.label_ in {"PERSON", "ORG", "GPE"}
        and span.start > 0
        and span.doc[span.start - 1].lower_ in _VESSELS
    ):
        return True  # "the vessel Shin Chun Fa No. 88", "the trawler Lady Rose": a ship
    if text.casefold() in _RELIGIOUS_LAWS:
        return True  # "in accordance with Sharia": a law, no body and no land
    if text.casefold() in _WEAPON_BRANDS:
        return True  # "fired a Taser at him": a weapon, named by its maker's brand
    if text.casefold() in _LEGAL_CLASSES:
        return True  # "atrocities on Scheduled Castes": a class in law, no place or body
    if _TREATY_OF.match(text):
        return True  # "the UN Convention against Torture": a treaty, no body
    if span.label_ in {"GPE", "LOC"} and text.casefold() in _RULERS:
        return True
    if span.label_ in {"GPE", "LOC", "FAC"} and (text.casefold() == "absentia" or text.islower()):
        return True  # (a lower-case word is no proper name: "in the mosques")
    if _TRIBES_AFTER.match(doc_text(span.doc), span.end_char):
        return True
    if (
        span.label_ == "ORG"
        and text == "State"
        and span.start >= 2
        and span.doc[span.start - 2].lower_ == "secretary"
    ):
        return True  # "the Secretary of State for the Gendarmerie": a title's words
    if (
        span.label_ == "ORG"
        and len(span) == 1
        and span[0].is_sent_start
        and re.search(rf"\b{re.escape(span[0].lower_)}\b", doc_text(span.doc)) is not None
    ):
        return True  # "Vendors said …" where "street vendors" were cleared: a common noun
        # capitalised to open a sentence
    return span.label_ == "ORG" and (text.endswith("-based") or bool(_TREATY.match(text)))


_KINDS_BESIDE_NAMES = {
    "group",
    "organisation",
    "organization",
    "network",
    "charity",
    "association",
    "coalition",
    "union",
    "movement",
    "collective",
    "campaign",
    "newspaper",
    "agency",
    "company",
    "firm",
    "operator",
}


def _beside_the_kind_of_body(span: Span) -> bool:
    """A name set beside a common noun for a kind of body: "the group, Tenaganita,"."""
    root = span.root
    return (
        root.dep_ == "appos"
        and root.head.is_lower
        and root.head.lemma_.lower() in _KINDS_BESIDE_NAMES
        and bool(children(root.head, "det", "poss"))  # (see _kind_of_body_beside)
    )


def _from_the_kind_of_body(span: Span) -> int:
    """Where a name set right after its kind of body begins: "the community group Te
    Vaka Moana", where the model left out "Te", runs from the word after "group"."""
    if not _beside_the_kind_of_body(span):
        return span.start
    doc, kind = span.doc, span.root.head
    start = span.start
    while (
        start - 1 > kind.i
        and doc[start - 1].is_title
        and span.start <= doc[start - 1].head.i < span.end
    ):
        start -= 1
    return start if start - 1 == kind.i else span.start


# offices a body has and a person does not: "the group's director, Anjali Perera"
_BODY_OFFICES = {"director", "chairman", "chairwoman", "chairperson", "founder", "coordinator"}


def _owns_a_body_office(span: Span) -> bool:
    """ "said Gulf Migrant Aid's director, Anjali Perera": a name of several words that
    has a director, named beside the office, is a body's."""
    root = span.root
    office = root.head
    return (
        len(span) > 1
        and root.dep_ == "poss"
        and office.lemma_.lower() in _BODY_OFFICES
        and any(c.dep_ == "appos" and c.ent_type_ == "PERSON" for c in office.children)
    )


# what has a title rather than a name: "the documentary "Women of the Square""
_WORKS = {"documentary", "film", "book", "novel", "song", "play", "album", "video", "report"}


def _title_of_a_work(span: Span) -> bool:
    """A title set beside a work ("The documentary, "Women of the Square",") or right
    after it ("the film "Mothers of the Disappeared"")."""
    doc = span.doc
    before = span.start - 1
    while before >= 0 and (doc[before].is_punct or doc[before].is_quote):
        before -= 1
    return (span.root.dep_ == "appos" and span.root.head.lemma_.lower() in _WORKS) or (
        before >= 0 and before >= span.start - 3 and doc[before].lemma_.lower() in _WORKS
    )


# what is named for a saint: "St Mary's Cathedral", "Saint Joseph's Seminary"
_SAINTS_BUILDINGS = _NAMED_BUILDINGS | {
    "seminary",
    "school",
    "college",
    "church",
    "cathedral",
    "parish",
    "convent",
}


# the last word of a force's name, never of a person's: "Volunteer Guards", "Rapid Forces"
_FORCE_NAME_ENDS = {"guards", "forces", "rangers", "brigade", "brigades", "militia", "battalion"}


def _named_by_a_day(span: Span) -> bool:
    """What follows "Day for", "Day of" or "Day against" names the day's cause, not a body."""
    doc = span.doc
    at = span.start - 1
    if at >= 0 and doc[at].lower_ == "the":
        at -= 1  # (the model may leave "the" out of the span)
    return at >= 1 and doc[at].lower_ in {"for", "of", "against"} and doc[at - 1].text == "Day"


def _saints_building_end(span: Span) -> int | None:
    """End of "Saint Augustine's Minor Seminary": a saint's name, its possessive and a
    building's name within three title-case words (in the span or after it)."""
    doc = span.doc
    if span[0].text not in SAINT_WORDS:
        return None
    mark = next((t.i for t in span[1:] if t.text in _POSSESSIVE_MARKS), None)
    if mark is None and span.end < len(doc) and doc[span.end].text in _POSSESSIVE_MARKS:
        mark = span.end
    if mark is None:
        return None
    for end in range(mark + 1, min(mark + 4, len(doc))):
        if not doc[end].is_title:
            return None
        if doc[end].lower_ in _SAINTS_BUILDINGS:
            return max(end + 1, span.end)
    return None


def _set_off_as_someone(span: Span) -> bool:
    """A name set off by commas after a person noun ("one of the women, X,") or before
    "whose" ("X, whose son …"): someone's."""
    doc = span.doc
    after_person = (
        span.start >= 2
        and doc[span.start - 1].text == ","
        and doc[span.start - 2].lemma_.lower() in _PEOPLE_NOUNS
    )
    before_whose = (
        span.end + 1 < len(doc)
        and doc[span.end].text == ","
        and doc[span.end + 1].lower_ == "whose"
    )
    return after_person or before_whose


def _person_is_a_body(span: Span) -> bool:
    """What the model called a person that the text speaks of as a body: a name set
    beside "the group" ("according to the group, Tenaganita,"), one that "which" refers
    to ("Tenaganita, which said"), or "the Houthis", a plural."""
    doc = span.doc
    if _beside_the_kind_of_body(span) or _owns_a_body_office(span):
        return True
    if (
        span.start > 0
        and doc[span.start - 1].lower_ == "the"
        and _kind_of_body_after(span) not in {None, "movement"}
    ):
        return True  # "the Mãos Livres association"
    if (
        span.end + 1 < len(doc)
        and doc[span.end].text == ","
        and doc[span.end + 1].lower_ == "which"
    ):
        return True
    return (
        len(span) == 1
        and span.start > 0
        and doc[span.start - 1].lower_ == "the"
        and span[0].text.endswith("s")
        and not span[0].text.endswith("ss")
        and not _a_people(span_text(span))
        and country_of_demonym(span_text(span).removesuffix("s")) is None
    )


def _body_known_as(span: Span) -> str | None:
    """ "The coalition, known as Togo Debout,": the kind of body that goes by the name
    (but "Oumar Sylla, known as Foniké Menguè," is a man's)."""
    doc = span.doc
    at = span.start - 2
    if at < 2 or doc[at].lower_ != "known" or doc[at + 1].lower_ != "as":
        return None
    before = doc[at - 1] if doc[at - 1].text != "," else doc[at - 2]
    kind = before.lemma_.lower()
    if before.is_lower and kind in _KINDS_OF_BODY | {
        "group",
        "network",
        "campaign",
        "alliance",
        "platform",
        "collective",
        "party",
    }:
        return kind
    return None


_PERSON_NOUNS = frozenset(actor_words().person_nouns)
_PEOPLE_NOUNS = _PERSON_NOUNS | {"woman", "man"}  # "one of the women, X,"
_OFFICE_OF_HOLDER = re.compile(r"^(?P<holder>.+)['’]s Office$")  # "the Public Defender's Office"
_KINDS_OF_BODY = {
    "cooperative",
    "company",
    "firm",
    "association",
    "union",
    "movement",
    "coalition",
    "organisation",
    "organization",
    "charity",
}
# (and "the home's operator, X,", whose business it is; "The developer, Tambua Homes,")
_KINDS_OF_BODY_BESIDE_NAMES = frozenset(_KINDS_OF_BODY | {"operator", "developer", "contractor"})
_BODY_NAME_PARTICLES = {"del", "de", "la", "las", "los", "da", "do", "dos", "das", "of", "y"}


_BODY_APPOSITIONS = _KINDS_OF_BODY | {"group", "network", "ngo", "watchdog", "alliance"}


def _described_as_a_body(span: Span) -> bool:
    """ "Liberty, a civil liberties group,": a name whose apposition says it is a body."""
    if "," not in doc_text(span.doc)[span.end_char : span.end_char + 12]:
        return False  # (no comma after the name or its acronym, no apposition)
    return any(
        child.dep_ == "appos"
        and child.i > span.end
        and (
            (
                child.lemma_.lower() in _BODY_APPOSITIONS
                and any(d.lower_ in {"a", "an"} for d in children(child, "det"))
            )
            # "An Garda Síochána, the national police force,": the state's own force
            or (
                child.lemma_.lower() in {"force", "service"}
                and any(m.lower_ == "police" for m in children(child, "compound", "amod"))
            )
        )
        for child in span.root.children
    )


_POSSESSIVES = {"his", "her", "their"}


def _person_noun_before(before: Token) -> bool:
    """A name right after what a person is ("his lawyer Mahsuni Karaman", "co-chair
    Tülay H.") or set off after it ("his manager, Ama Owusu, said")."""
    if before.text == "," and before.i > 1 and before.doc[before.i - 2].lower_ in _POSSESSIVES:
        before = before.doc[before.i - 1]
    return before.is_lower and before.lower_.rsplit("-", 1)[-1] in _PERSON_NOUNS


# what stands in a town, besides the facilities named after it
_SITES_IN_TOWNS = {"court", "tribunal", "school", "clinic", "station", "office", "market"}


def _names_another_thing(span: Span, facility: Span) -> bool:
    """A town's name before a noun other than that of the facility named after the town,
    or after such a noun and "in": "the Nyamirambo neighbourhood", "the Tsumkwe clinic",
    "a circuit court in Tsumkwe" beside "the Tsumkwe police station"."""
    doc = span.doc
    if span.start >= 2 and doc[span.start - 1].lower_ == "in":
        thing = doc[span.start - 2]
        if (
            thing.lemma_.lower() in FACILITIES | _SITES_IN_TOWNS
            and thing.lower_ != facility[-1].lower_
        ):
            return True  # "a circuit court in Ejisu" beside "the Ejisu police station" (not
            # "six months in Mpimba" beside "Mpimba central prison": the prison)
    if span.end >= len(doc):
        return False
    after = doc[span.end]
    if after.lemma_.lower() in _AREA_NOUNS:
        return True
    return after.is_lower and after.pos_ == "NOUN" and after.lower_ != facility[-1].lower_


def _ombudsman_spans(doc: Doc) -> list[Span]:
    """ "The Greek Ombudsman said": the office speaks, named with its nationality, though
    the model tags no name there."""
    spans = []
    for i in Registry.of(doc).with_lower(OMBUDSMEN | _OMBUDSMEN_PLURAL | {"commissioner"}):
        token = doc[i]
        if not token.is_title or token.dep_ == "compound":
            continue
        if token.lower_ == "commissioner" and _remit_end(doc, i + 1) == i + 1:
            continue  # (an office by its remit only: "the Commissioner for Human Rights")
        if token.ent_type_ and not (
            token.ent_iob_ == "B" and (i + 1 == len(doc) or doc[i + 1].ent_iob_ != "I")
        ):
            continue  # a longer name the model found; the word alone it may mistake
        start = i
        while (
            start > token.sent.start
            and doc[start - 1].is_title
            and doc[start - 1].lower_ not in _DETERMINERS
            and doc[start - 1].ent_type_ in {"", "NORP"}
        ):
            start -= 1  # "the Parliamentary Ombudsmen", "the Chief Equality Ombudsman"
        spans.append(Span(doc, start, _remit_end(doc, i + 1), label="ORG"))
    return spans


_COMMISSIONER_FOR = re.compile(r"\bCommissioner for\b")
# one office held by several: Sweden's "Parliamentary Ombudsmen"
_OMBUDSMEN_PLURAL = frozenset({"ombudsmen", "ombudspersons"})
_DETERMINERS = frozenset({"the", "a", "an", "this", "that", "its", "their", "his", "her"})


def _remit_end(doc: Doc, end: int) -> int:
    """Where an office's name ends when it goes on with its remit: "the Ombudsman for
    Children", "the Ombudsperson for Human Rights and Equality"."""
    if end + 1 >= len(doc) or doc[end].lower_ != "for" or not doc[end + 1].is_title:
        return end
    last = end + 1
    j = end + 2
    while j < len(doc) and (
        doc[j].is_title
        or (doc[j].lower_ in {"and", "of"} and j + 1 < len(doc) and doc[j + 1].is_title)
    ):
        last = j if doc[j].is_title else last
        j += 1
    return last + 1


_UNIT_NAMES = {"battalion", "brigade", "division", "regiment", "squadron", "corps"}


def _numbered_units(doc: Doc) -> list[Span]:
    """ "soldiers of the 62nd Infantry Battalion": an ordinal, then capitalised words
    that end in a unit's word, name a unit, whether or not the model saw it."""
    spans = []
    for token in doc:
        if not re.fullmatch(r"\d+(?:st|nd|rd|th)", token.text):
            continue
        end = token.i + 1
        while end < len(doc) and end - token.i <= 3 and doc[end].is_title and doc[end].is_alpha:
            end += 1
        if end > token.i + 1 and doc[end - 1].lower_ in _UNIT_NAMES:
            spans.append(Span(doc, token.i, end, label="ORG"))
    return spans


@lru_cache(maxsize=1)
def _known_bodies() -> frozenset[str]:
    return frozenset(actor_words().known_bodies)


_COUNTRY_POSSESSIVES = ("country's ", "country’s ", "nation's ", "nation’s ")


def _merge_country_descriptions(registry: Registry) -> None:
    """A lede's "the country's human rights commission said" and "The Consultative
    Commission on Human Rights" named after it: one body, named by its name, where one
    named body alone carries every word of the description."""
    bodies = [e for e in registry.entities if e.kind == "organisation" and e.mentions]
    for description in bodies:
        if not description.name.startswith(_COUNTRY_POSSESSIVES):
            continue
        words = set(description.name.split(" ", 1)[1].casefold().split())
        named = [
            e
            for e in bodies
            if e is not description
            and e.mentions
            and not e.name.islower()
            and words <= set(e.name.casefold().split())
        ]
        if words and len(named) == 1:
            registry.move_mentions(description, named[0])
            description.silent = True


def _merge_holders_offices(registry: Registry) -> None:
    """ "The Parliamentary Ombudsmen said …" then "the ombudsman's office found": the office
    named by its holder's title is the one named body the title ends."""
    bodies = [e for e in registry.entities if e.kind == "organisation" and e.mentions]
    for office in bodies:
        words = office.name.split()
        if len(words) != 2 or words[1] != "office" or not office.name.islower():
            continue
        holder = re.sub(r"['’]s$", "", words[0])
        titles = {holder, holder.removesuffix("man") + "men"}
        named = [
            e
            for e in bodies
            if e is not office
            and not e.name.islower()
            and len(e.name.split()) > 1
            and e.name.split()[-1].casefold() in titles
        ]
        if len(named) == 1:
            registry.move_mentions(office, named[0])
            office.silent = True


def _merge_described_bodies(registry: Registry) -> None:
    """ "The UN refugee agency UNHCR said", or the agency in the lede and "UNHCR" later:
    one body (the pairs are data: ``described_as``), named by its short name or, where
    the report gives no short name, by its proper name ("the International Organization
    for Migration" rather than "the UN migration agency")."""
    bodies = {
        normalise_name(e.name): e
        for e in registry.entities
        if e.kind == "organisation" and e.mentions
    }
    for short_name, descriptions in actor_words().described_as.items():
        found = [
            bodies[key]
            for key in dict.fromkeys(normalise_name(n) for n in (short_name, *descriptions))
            if key in bodies
        ]
        if len(found) < 2:
            continue
        target = max(
            found,
            key=lambda e: (
                normalise_name(e.name) == normalise_name(short_name),
                sum(w[:1].isupper() for w in e.name.split()) / len(e.name.split()),
            ),
        )
        for other in found:
            if other is not target:
                registry.move_mentions(other, target)
                other.silent = True


def _kind_of_body_beside(name: Token) -> Token | None:
    """The word for a kind of body a name is set beside ("cooperative" in "his
    cooperative, Gregorio Chávez,"), if any."""
    if (
        name.dep_ == "appos"
        and name.head.lower_ in _KINDS_OF_BODY_BESIDE_NAMES
        # (not a body's own name the parser hung it on: "The Organization for Security
        # and Cooperation in Europe's … representative, Teresa Ribeiro,")
        and not name.head.ent_type_
        # (a body is "the", "a" or someone's: not "freedom of association, Gina Romero,")
        and children(name.head, "det", "poss")
    ):
        return name.head  # ("the mine's operator, X,": an operator, which may deny)
    return None


def _named_beside_body_noun(doc: Doc) -> list[Span]:
    """ "his cooperative, Gregorio Chávez,", "The company, Palmas del Aguán, said": the
    name set beside a word for a kind of body is that body's, whatever the model made of
    it (a person, two towns)."""
    spans = []
    for i in Registry.of(doc).with_lower(_KINDS_OF_BODY_BESIDE_NAMES):
        noun = doc[i]
        if noun.lower_ == "operator" and not children(noun, "poss"):
            continue  # "the home's operator, X," (not "a camera operator, X,": a person)
        if not children(noun, "det", "poss"):
            continue  # "freedom of association, Gina Romero,": no body, a mandate's words
        for name in children(noun, "appos"):
            words = sorted(name.subtree, key=lambda t: t.i)
            if not (
                words[0].i == noun.i + 2
                and doc[noun.i + 1].text == ","
                and words[0].is_title
                and words[-1].is_title
                and all(t.is_title or t.lower_ in _BODY_NAME_PARTICLES for t in words)
                and words[-1].i + 1 < len(doc)
                and doc[words[-1].i + 1].text == ","
            ):
                continue
            spans.append(Span(doc, words[0].i, words[-1].i + 1, label="ORG"))
    return spans


_INDEFINITE_PRONOUNS = {"someone", "somebody", "anyone", "anybody", "everyone", "nobody"}
_OUTLET_NOUNS = {
    "channel",
    "newspaper",
    "weekly",
    "daily",
    "outlet",
    "website",
    "magazine",
    "broadcaster",
}
# what follows an outlet's own name ("the independent Darfur24 website", "the X podcast")
_OUTLET_AFTER_NAME = frozenset(_OUTLET_NOUNS | {"podcast"})
# what a body is called in apposition to its name ("IraQueer, an Iraqi LGBT rights group,")
_APPOSED_KINDS = {"group", "organisation", "organization", "network", "association", "charity"}


def _described_as_outlet(span: Span) -> bool:
    """ "told Romea, a Roma news website,": a name an appositive calls an outlet."""
    doc = span.doc
    at = span.end
    if at + 2 >= len(doc) or doc[at].text != "," or doc[at + 1].lower_ not in {"a", "an", "the"}:
        return False
    for token in doc[at + 2 : at + 7]:
        if token.is_punct:
            return False
        if token.lower_ in _OUTLET_NOUNS or (
            token.lower_ in {"site", "agency", "portal"} and doc[token.i - 1].lower_ == "news"
        ):
            return True
    return False


def _outlet_spans(doc: Doc) -> list[Span]:
    """ "the Telegram channel Uralsk Today": the capitalised words after a word for an
    outlet are its name, whatever the model made of them (a town, a date)."""
    spans = []
    for i in Registry.of(doc).with_lower(_OUTLET_NOUNS):
        if doc[i].pos_ != "NOUN" and not (i > 0 and doc[i - 1].lower_ == "the"):
            continue  # ("the daily Denník Prameň", the tagger's adjective)
        end = i + 1
        while end < len(doc) and end - i <= 4 and (doc[end].is_title or doc[end].is_upper):
            end += 1
        if end - i >= 2 and not doc[i + 1].is_sent_start:
            spans.append(Span(doc, i + 1, end, label="ORG"))
    return spans


_OFFICE_HEADS = {"presidency", "office", "directorate", "department"}
_HOLDER_TITLES = {
    "attorney",
    "prosecutor",
    "ombudsman",
    "defender",
    "solicitor",
    "general",
    "auditor",
}


def _holders_office_end(doc: Doc, start: int) -> int | None:
    """Where "Attorney's Office" ends after a name the model cut before it."""
    end = start
    while end < len(doc) and doc[end].is_title and doc[end].lower_ in _HOLDER_TITLES:
        end += 1
    if end == start or end + 1 >= len(doc) or doc[end].text not in {"'s", "’s"}:
        return None
    return end + 2 if doc[end + 1].text == "Office" else None


def _office_of_spans(spans: tuple[Span, ...]) -> list[Span]:
    """ "The Ombudsman of the Ministry of Interior said": the office named with the body
    that holds it is the one that speaks."""
    found = []
    for span in spans:
        if span.label_ != "ORG":
            continue
        doc = span.doc
        of = span.start - 1
        if of >= 1 and span[0].lower_ != "the" and doc[of].lower_ == "the":
            of -= 1  # "of the Ministry of Interior", the article left outside the name
        if of < 1 or doc[of].lower_ not in {"of", "for"}:
            continue  # ("Bahrain's Ombudsman for the Ministry of Interior")
        office = doc[of - 1]
        if office.is_title and office.lower_ in _OFFICES | _OFFICE_HEADS:
            found.append(Span(doc, office.i, span.end, label="ORG"))
    return found


# an organ of an international body, named by its owner: "the Council of Europe's
# anti-torture committee"
_ORGAN_NOUNS = {"committee", "commission", "court", "panel", "mission", "agency"}


def _organ_spans(spans: tuple[Span, ...]) -> list[Span]:
    """ "The Council of Europe's anti-torture committee criticised …": the committee acts,
    named with the international body that owns it (the owner alone is named in passing)."""
    found = []
    for span in spans:
        doc = span.doc
        marked = span[-1].text in _POSSESSIVE_MARKS  # the model may take the "'s" in
        owner = doc[span.start : span.end - 1] if marked and len(span) > 1 else span
        if span.label_ != "ORG" or body_kind(span_text(owner)) != "international body":
            continue
        if not marked and (span.end + 1 >= len(doc) or doc[span.end].text not in _POSSESSIVE_MARKS):
            continue
        organ = span.root.head
        if (
            span.root.dep_ == "poss"
            and organ.i > span.end
            and organ.is_lower
            and organ.lemma_.lower() in _ORGAN_NOUNS
            and organ.dep_ in {"nsubj", "nsubjpass"}
            and organ.i - span.end <= 3
        ):
            found.append(Span(doc, span.start, organ.i + 1, label="ORG"))
    return found


_PLACE_BODY_HEADS = {
    "administration",
    "government",
    "council",
    "authorities",
    "assembly",
    # ("the Almaty city bar association", "the Longhua public security bureau")
    "association",
    "bureau",
}


def _place_body_spans(spans: tuple[Span, ...]) -> list[Span]:
    """ "The West Kazakhstan regional administration said": a body named by the place it
    governs (the place itself is then no participant of its own)."""
    found = []
    gazetteer = load_gazetteer()
    for span in spans:
        # ("the Kano State government": the model may call the state a body)
        named_as_area = len(span) > 1 and span[-1].is_title and span[-1].lower_ in PLACE_NOUNS
        if span.label_ not in {"GPE", "LOC"} and not named_as_area:
            continue
        doc = span.doc
        end = span.end
        if end < len(doc) and doc[end].dep_ == "case":
            continue  # "Algeria's government"
        while end < len(doc) and end - span.end < 3 and doc[end].is_lower:
            if doc[end].lower_ in _PLACE_BODY_HEADS:
                break
            end += 1
        head = span.root.head
        while head.i < end and head.dep_ in {"compound", "amod"} and head.is_lower:
            head = head.head  # ("the Nuh district administration": the district's)
        if (
            end < len(doc)
            and doc[end].lower_ in _PLACE_BODY_HEADS
            and head.i == end
            and doc[end].dep_ != "compound"
        ):
            place = gazetteer.resolve(span_text(span))
            if place is not None and place.kind == "country":
                continue  # "the Zimbabwe government": the state, in a country named
            found.append(Span(doc, span.start, end + 1, label="ORG"))
    return found


# what a body set beside its name is, where "government" or "state" makes it the state's:
# "a government body", "the state regulator that sets the price", "a state company"
_STATE_BODY_NOUNS = {
    "body",
    "agency",
    "institution",
    "organ",
    "regulator",
    "authority",
    "company",
    "enterprise",
}


def _described_as_state(span: Span) -> bool:
    """ "The Human Rights Commission, a government body, has said": the state's own."""
    for appos in (c for c in span.root.children if c.dep_ == "appos"):
        if appos.lemma_.lower() in _STATE_BODY_NOUNS and any(
            c.lower_ in {"government", "state", "official"} for c in appos.children
        ):
            return True
        if appos.lemma_.lower() in {"agency", "service", "force", "forces", "police"} and any(
            c.lower_ in {"security", "intelligence", "police"}
            for c in children(appos, "compound", "amod")
        ):
            return True  # "the Asayish, the region's security agency,"
    if _national_body_running(span):
        return True
    doc = span.doc
    if span.end + 2 < len(doc) and doc[span.end].text == "," and doc[span.end + 1].lower_ == "the":
        # the same set beside the name where the parser hung it elsewhere
        described = doc[span.end + 1 : min(span.end + 8, len(doc))]
        words = [t.lower_ for t in described]
        closing = words.index(",") if "," in words else len(words)
        phrase = words[:closing]
        return bool(
            phrase
            and phrase[-1] in {"agency", "service", "force", "forces"}
            and {"security", "intelligence"} & set(phrase)
        )
    return False


_RUNS = frozenset({"run", "manage", "operate", "administer", "oversee"})


def _national_body_running(span: Span) -> bool:
    """ "The National Rehabilitation Institute, which runs the country's prisons", "the
    National Board of Institutional Care, which runs the home": a national body that runs
    what the state keeps people in is the state's, whatever its name's last word."""
    words = [t for t in span if t.lower_ != "the"]
    if not words or words[0].text not in {"National", "State", "Federal"}:
        return False
    return any(
        c.dep_ == "relcl" and c.lemma_.lower() in _RUNS and children(c, "dobj")
        for c in span.root.children
    )


def _named_before_party(span: Span) -> bool:
    """ "the Chadema party's secretary": a name the word "party" follows is a party's."""
    doc = span.doc
    return (
        span.end < len(doc)
        and doc[span.end].lower_ in {"party", "movement"}
        and doc[span.end].head.i != span.root.i
        and span.root.head.i == span.end
    )


def _country_possessors_split(
    spans: tuple[Span, ...], gazetteer: Gazetteer, headline_end: int
) -> list[Span]:
    """ "Armenia's Human Rights Defender" the model read as one body: the country and
    the office it names are two names (as the model reads "Georgia's Public Defender");
    not in a Title Case headline, where any capitalised run looks like a body."""
    found: list[Span] = []
    for span in spans:
        mark = next((t.i for t in span if t.text in {"'s", "’s"}), None)
        if (
            span.label_ == "ORG"
            and span.start_char >= headline_end
            and mark is not None
            and span.start < mark < span.end - 1
            and (place := gazetteer.resolve(span.doc[span.start : mark].text)) is not None
            and place.kind in {"country", "region"}
        ):
            found.append(Span(span.doc, span.start, mark, label="GPE"))
            found.append(Span(span.doc, mark + 1, span.end, label="ORG"))
        else:
            found.append(span)
    return found


# lower-case particles inside a person's name: "Victor dos Santos", "Ursula von der Leyen"
_NAME_PARTICLES = {"da", "das", "de", "del", "della", "der", "di", "do", "dos", "du", "van", "von"}


def _particle_name_end(person: Span) -> int:
    """End of the name going on after a person's span with particles and capitalised
    words ("Victor" + "dos Santos"), or the span's own end."""
    doc = person.doc
    end = person.end
    if person[-1].lower_ in _NAME_PARTICLES and person[-1].is_lower:  # "Ursula von der"
        while end < len(doc) and doc[end].is_title:
            end += 1
    while end + 1 < len(doc) and doc[end].lower_ in _NAME_PARTICLES and doc[end].is_lower:
        if not doc[end + 1].is_title and doc[end + 1].lower_ not in _NAME_PARTICLES:
            break
        end += 1
        while end < len(doc) and doc[end].is_title:
            end += 1
    return end


_SETTLEMENTS = {"capital", "city", "town", "village"}
_NAME_JOINTS = {"for", "of", "the", "and", "on", "against"}


def _whole_body_name(span: Span) -> Span:
    """A body's name the model cut short: at a joining word ("the Court for the Repression
    of Economic Offences and" + "Terrorism"), or after its first words when the acronym in
    brackets after it begins before it ("Initiative for the Resurgence of" + "the
    Abolitionist Movement (IRA)")."""
    if span.label_ != "ORG":
        return span
    doc = span.doc
    end = span.end
    if span[-1].lower_ in _NAME_JOINTS - {"the"}:
        while end < len(doc) and (doc[end].is_title or doc[end].lower_ in _NAME_JOINTS):
            end += 1
        while end > span.end and doc[end - 1].lower_ in _NAME_JOINTS:
            end -= 1
    named = span.start + (span[0].lower_ == "the")  # where the name itself begins
    start = named
    end = _name_up_to_acronym(doc, named, end)
    if end + 2 < len(doc) and doc[end].text == "(" and doc[end + 2].text == ")":
        acronym = doc[end + 1].text
        first = start
        while first > 0 and (doc[first - 1].is_title or doc[first - 1].lower_ in _NAME_JOINTS):
            first -= 1
        while first < start and (not doc[first].is_title or doc[first].lower_ in _NAME_JOINTS):
            first += 1
        if (
            first < start
            and acronym.isupper()
            and doc[first].text[0] == acronym[0] != doc[start].text[0]
            and _in_order(acronym, initials(doc[first:end].text))
        ):
            start = first
    if (start, end) == (named, span.end):
        return span
    return Span(doc, start, end, label="ORG")


def _name_up_to_acronym(doc: Doc, named: int, end: int) -> int:
    """Where a body's name ends when the model cut it before the last words its bracketed
    acronym spells ("the Development and Liberty" + "for All (DALFA-Umurinzi)")."""
    stop = end
    while stop < len(doc) and stop - end < 4 and doc[stop].text != "(":
        if not (doc[stop].is_title or doc[stop].lower_ in _NAME_JOINTS):
            return end
        stop += 1
    if stop == end or stop + 1 >= len(doc) or doc[stop].text != "(":
        return end
    letters = re.match(r"[A-Z]{2,}", doc[stop + 1].text)
    if letters is None or not doc[stop - 1].is_title:
        return end
    acronym = letters.group().casefold()
    spelled = "".join(t.lower_[0] for t in doc[named:stop])
    cut = "".join(t.lower_[0] for t in doc[named:end])
    # (or an acronym of the name in its own language: "the Centre for Justice and
    # International Law (CEJIL)", from the Spanish, begins and ends as the name does)
    whole = acronym[-1] == doc[stop - 1].lower_[0] and (
        _in_order(acronym, spelled) or (len(acronym) >= 4 and acronym[0] == spelled[0])
    )
    return stop if whole and not _in_order(acronym, cut) else end


# the labels a name may carry, and the two the model gives names it misreads as things
_NAME_LABELS = NAME_LABELS | {"PRODUCT", "WORK_OF_ART"}


def _joined_before_place_noun(spans: list[Span]) -> list[Span]:
    """ "Bairro" + "Militar" the model split before "neighbourhood": one place's name."""
    joined: list[Span] = []
    for span in spans:
        last = joined[-1] if joined else None
        doc = span.doc
        if (
            last is not None
            and last.end == span.start
            and last.label_ in _NAME_LABELS
            and span.label_ in _NAME_LABELS
            and all(t.is_title for t in (*last, *span))
            and span.end < len(doc)
            and doc[span.end].is_lower
            and doc[span.end].lemma_.lower() in PLACE_NOUNS - {"state"}
        ):
            joined[-1] = Span(doc, last.start, span.end, label="GPE")
        else:
            joined.append(span)
    return joined


def _in_order(letters: str, within: str) -> bool:
    """Whether ``letters`` appear in ``within`` in that order."""
    rest = iter(within)
    return all(letter in rest for letter in letters)


def _settlement_named(span: Span) -> bool:
    """A name right before "village", "town" or "township" names that settlement."""
    doc = span.doc
    return span.end < len(doc) and doc[span.end].lower_ in _SETTLEMENT_NOUNS


_SETTLEMENT_NOUNS = {"village", "town", "township", "hamlet", "commune", "canton"}


def _given_name_before(span: Span) -> bool:
    """An untagged capitalised word right before the span, inside a sentence."""
    if span.start == 0:
        return False
    word = span.doc[span.start - 1]
    return word.is_title and word.is_alpha and not word.ent_type_ and not word.is_sent_start


def _countries_joined_by_and(spans: list[Span], gazetteer: Gazetteer) -> list[Span]:
    """ "Antigua" and "Barbuda", "Trinidad" and "Tobago", "the Federated States" of
    "Micronesia": a country whose name joins two with "and" or "of", which the model cut
    in two."""
    joined: list[Span] = []
    for span in spans:
        last = joined[-1] if joined else None
        if last is None or not span[0].is_title:
            joined.append(span)
            continue
        doc = span.doc
        gap = doc[last.end : span.start]
        if (
            not gap
            or gap[0].lower_ not in {"and", "of"}
            or len(gap) > 2
            or (len(gap) == 2 and gap[1].lower_ != "the")
        ):
            joined.append(span)
            continue
        name_start = last.start + (last[0].lower_ == "the")
        whole = doc[name_start : span.end].text
        # (joined by "of", a name the gazetteer knows the country by: "the Federated
        # States of Micronesia", which it writes "Micronesia")
        country = gazetteer.resolve(whole) if gap[0].lower_ == "of" else None
        country = country or _place_named(whole, gazetteer)
        if country is None or country.kind != "country":
            joined.append(span)
            continue
        joined[-1] = Span(doc, last.start, span.end, label="GPE")
    return joined


def _joined_names(spans: list[Span], gazetteer: Gazetteer) -> list[Span]:
    """ "Samia Suluhu" and "Hassan" the model split in two: one person's name; so are
    "Victor" and "dos Santos" (a town, the model thought), and "Sékou Jamal" and
    "Pendessa" (a place no gazetteer knows)."""
    joined: list[Span] = []
    for span in spans:
        last = joined[-1] if joined else None
        end = _particle_name_end(last) if last is not None and last.label_ == "PERSON" else 0
        if last is not None and span.start < end:
            joined[-1] = Span(span.doc, last.start, max(end, span.end), label="PERSON")
            continue
        if (
            last is not None
            and last.label_ == "PERSON"
            and last.end == span.start
            and span[0].is_title
            and (
                span.label_ == "PERSON"
                or (
                    span.label_ in {"GPE", "LOC"}
                    and len(span) == 1
                    and not gazetteer.candidates(span_text(span))
                )
            )
        ):
            joined[-1] = Span(span.doc, last.start, span.end, label="PERSON")
        else:
            joined.append(span)
    return joined


# the people a body appoints, who speak as themselves ("UN experts", "EU monitors")
_BODYS_PEOPLE = {"expert", "rapporteur", "investigator", "monitor", "observer"}


# what a body's national or local part is called: "the Kenyan chapter of …"
_SECTION_NOUNS = {"branch", "section", "chapter"}


def _in_passing(span: Span) -> bool:
    """ "talks on joining the European Union", "a meeting of the UN Human Rights Council",
    "the EU's top court": an international body named as a thing, not one that acts."""
    root = span.root
    if root.dep_ == "poss":
        return True
    if root.dep_ == "dobj" and root.head.tag_ == "VBG" and root.head.dep_ == "pcomp":
        return True  # "talks on joining the European Union"
    if root.dep_ == "dobj" and root.head.lemma_.lower() in {"leave", "join", "quit"}:
        return True  # "Russia left the Council of Europe in 2022": a membership
    if root.dep_ in {"compound", "nmod"} and root.head.lemma_.lower() in _BODYS_PEOPLE:
        return True  # "UN human rights experts said": the experts speak, as themselves
    if root.dep_ != "pobj" or root.head.i >= span.start:
        return False
    if any(c.dep_ == "poss" for c in root.children):
        return False  # "The Council of Europe's Congress of … has said": a misparse
    preposition = root.head
    if preposition.lower_ == "of" and preposition.head.lemma_.lower() in _SECTION_NOUNS:
        return False  # "the Luxembourg branch of the Red Cross said": the body, through it
    return preposition.lower_ not in {"by", "to", "from", "with"} or (
        preposition.lower_ == "to"
        and preposition.head.lemma_.lower()
        in {"join", "refer", "go", "mission", "ambassador", "envoy", "delegation", "representative"}
    )  # ("Iran's mission to the United Nations did not respond": the mission's title)


def _acronym_introduced(by_key: dict[str, Entity], span: Span) -> Entity | None:
    """ "SNR" in "the intelligence service, known by its French acronym SNR": the body
    the description before "known" names (when the model left the description untagged)."""
    doc = span.doc
    known = next((t for t in doc[max(0, span.start - 7) : span.start] if t.lower_ == "known"), None)
    if known is None or doc[known.i + 1].lower_ not in {"as", "by"}:
        return None
    end = known.i - (doc[known.i - 1].text == ",")
    start = end
    while start > 0 and doc[start - 1].is_lower and doc[start - 1].pos_ in {"NOUN", "ADJ"}:
        start -= 1
    if start == end or doc[start - 1].lower_ != "the":
        return None
    return _described_again(by_key, doc[start - 1 : end], list(doc[start:end]))


def _acronym_like(word: str) -> bool:
    """ "CNLD", "OFRANEH", and a short name in capitals ("Indepaz", "KontraS") given in
    brackets."""
    return (
        (word.isupper() and 2 <= len(word) <= 8)
        or (word.istitle() and word.isalpha() and 4 <= len(word) <= 10)
        or (
            word[:1].isupper()
            and word.isalpha()
            and 4 <= len(word) <= 10
            and sum(ch.isupper() for ch in word) >= 2
        )
    )


def _short_name_in_brackets(span: Span) -> bool:
    """ "(KontraS)", "(Komnas HAM)", "(LBH Jakarta)": a span that is all of a bracket, a
    body's short name."""
    doc = span.doc
    if span.start < 2 or span.end >= len(doc):
        return False
    text = doc_text(doc)  # (read in the text first: most spans stand in no bracket)
    if text[span.start_char - 1 : span.start_char] != "(" or not text.startswith(
        ")", span.end_char
    ):
        return False
    if doc[span.start - 1].text != "(" or doc[span.end].text != ")":
        return False
    if len(span) == 1:
        return _acronym_like(span[0].text)
    if len(span) != 2 or not (span[0].is_alpha and span[1].is_alpha):
        return False
    return (span[0].is_title and span[1].is_upper) or (
        span[0].is_upper and len(span[0]) >= 2 and span[1].is_title  # an acronym, its town
    )


_PLACE_PARTICLES = {"do", "da", "dos", "das", "de", "del", "di"}


def _place_name_goes_on(span: Span, gazetteer: Gazetteer) -> Span:
    """ "Mato Grosso" + "do Sul": a place's name the model cut before its particle, where
    the gazetteer knows the whole name."""
    doc = span.doc
    end = span.end
    if (
        end + 1 < len(doc)
        and doc[end].lower_ in _PLACE_PARTICLES
        and doc[end + 1].is_title
        and not doc[end + 1].ent_type_
    ):
        longer = doc[span.start : end + 2]
        place = gazetteer.resolve(span_text(longer))
        if place is not None and place_key(place.name) == place_key(span_text(longer)):
            return Span(doc, span.start, end + 2, label="GPE")
    return span


def _site_name_goes_on(span: Span) -> Span:
    """ "the Jaramogi Oginga Odinga Teaching and" + "Referral Hospital": a site's name the
    model cut after "and" or "of" goes on with the capitalised words after it."""
    doc = span.doc
    if span.label_ not in {"FAC", "GPE", "LOC"} or span[-1].lower_ not in {"and", "of"}:
        return span
    end = span.end
    while end < len(doc) and doc[end].is_title and not doc[end].ent_type_:
        end += 1
    if end == span.end:
        return Span(doc, span.start, span.end - 1, label=span.label_)  # no name ends in "and"
    return Span(doc, span.start, end, label=span.label_)


def _place_name_cut_short(span: Span, english_words: frozenset[str]) -> Span:
    """ "Bonne" + "Terre", "San Juan" + "Nuevo Parangaricutiro": a place's name the model
    cut before the capitalised words that finish it, where those words are no English
    word ("the Moscow Patriarchate", "U.S. Border Patrol" are bodies), no country, and
    the sentence goes on after them."""
    doc = span.doc
    if span.label_ not in {"GPE", "LOC"} or not english_words:
        return span
    end = span.end
    while end < len(doc) and end - span.end < 3 and _finishes_a_name(doc[end], english_words):
        end += 1
    if end == span.end or end >= len(doc) or doc[end].is_title:
        return span
    return Span(doc, span.start, end, label=span.label_)


def _finishes_a_name(token: Token, english_words: frozenset[str]) -> bool:
    return (
        token.is_title
        and token.is_alpha
        and not token.ent_type_
        and token.lower_ not in english_words
        and token.lemma_.lower() not in english_words
        and not is_country(token.text)
    )


# an office's last word when its name is its holder's title
_PERSONAL_OFFICES = {"advocate", "defender", "provedor", "commissioner", *OMBUDSMEN}


_WEB_DOMAINS = (".org", ".com", ".net", ".info", ".media", ".io", ".life", ".news")
_WEB_NAME = re.compile(
    r"(?<![\w.@/-])[A-Z][\w-]*\.(?:org|com|net|info|media|io|life|news)\b(?![\w/]|\.\w)"
)


def _web_names(doc: Doc) -> list[Span]:
    """ "according to Migrant-Rights.org": a body known by its web address."""
    spans: list[Span] = []
    text = doc_text(doc)
    if not any(domain in text for domain in _WEB_DOMAINS):
        return spans  # (most reports name no web address: the pattern is not run)
    for match in _WEB_NAME.finditer(text):
        span = doc.char_span(match.start(), match.end(), label="ORG")
        if span is not None and len(span) == 1 and not span[0].ent_type_:
            spans.append(span)
    return spans


def _named_beside(span: Span) -> bool:
    """A body described in lower case and named right after it by its acronym: "the
    government's human rights commission, COPADEH, said" is COPADEH."""
    acronym = acronym_set_off(span.doc, span.end)
    return acronym is not None and acronym.ent_type_ == "ORG" and len(acronym.text) >= 3


def _people_and_faith(span: Span, gazetteer: Gazetteer) -> bool:
    """Words that say who someone is (a people, a nationality, a faith), not a name: "a
    Montagnard Christian man" (a person, the model thought); but a people's land keeps
    its name ("Tigray", read on as a place)."""
    text = span_text(span)
    if _a_people(text):
        return gazetteer.resolve(text) is None
    return len(span) > 1 and all(
        _a_people(t.text) or country_of_demonym(t.text) or t.lower_ in _POPULATION_WORDS
        for t in span
    )


def _a_vehicle(span: Span) -> bool:
    """ "a black SUV", "a grey Toyota", "a Land Cruiser": a car named after an article
    and its colour, which the model may take for a body, a town or a man."""
    if span[0].lower_ in {"a", "an"} and len(span) > 1:
        # the model's span may hold the article: "a Land Cruiser"
        return span[1:].text.casefold() in actor_words().vehicles
    if span_text(span).casefold() not in actor_words().vehicles:
        return False
    start = span.start
    while start > 0 and span.doc[start - 1].pos_ == "ADJ" and span.doc[start - 1].is_lower:
        start -= 1
    return start > 0 and span.doc[start - 1].lower_ in {"a", "an"}


def _listed_after_places(span: Span, gazetteer: Gazetteer) -> bool:
    """A name listed after places that follow a locative word is a place too, whatever
    the model took it for: "were arrested in Kigali, Musanze and Huye"."""
    root = span.root
    if (
        root.dep_ != "conj"
        or span.start < 2
        or span.doc[span.start - 1].lower_ not in {"and", "or", ","}
    ):
        return False
    first = root.head
    while first.dep_ == "conj" and first.head.i < first.i:
        first = first.head
    if first.dep_ != "pobj" or first.head.lower_ not in LOCATIVE | {"of", "between"}:
        return False
    if not all(t.is_title for t in first.conjuncts if t.i < span.start):
        return False  # "the village of Mbuluf, residents and the Centre for …": no list
    if first.head.lower_ == "of" and first.head.head.lemma_.lower() in PLACE_NOUNS_BEFORE_OF:
        return True  # "the eastern districts of Masina, Kimbanseke and Ndjili"
    if span.doc[span.start - 1].text == "," and not any(
        t.i >= span.end and t.is_title and t.pos_ == "PROPN" for t in first.conjuncts
    ):
        return False  # (not "in Belarus, Nils Muižnieks, and members of …": set off)
    conjuncts = [t for t in first.conjuncts if t.i < span.start] + [first]
    for token in conjuncts:
        name = token.doc[token.left_edge.i : token.i + 1]
        if not token.is_title or gazetteer.resolve(span_text(name)) is None:
            return False
    return True


def _holder_beside_title(span: Span, titles: Collection[str]) -> bool:
    """A name set off by commas right after a person's title ("The mayor of Bouar,
    Jean-Claude Yakité, said"): the holder, whatever the model read there. Not a name with
    a body's word in it ("the minister's party, the Liberal Front,")."""
    doc = span.doc
    if not 2 <= len(span) <= 5 or span.start < 2 or span.end >= len(doc):
        return False
    if doc[span.start - 1].text != "," or doc[span.end].text not in {",", "."}:
        return False
    words = [t for t in span if t.text != "-"]
    if not all(t.is_title for t in words) or ORG_WORD.search(span_text(span)):
        return False
    before = doc[max(span.sent.start, span.start - 9) : span.start - 1]
    return any(
        t.lower_ in titles and t.is_lower and any(d.lower_ == "the" for d in children(t, "det"))
        for t in before
    )


def _title_before_holder(span: Span) -> bool:
    """An office named as the title of the person set beside it ("The People's Advocate,
    Erjona Dervishi, said"): the holder is the participant, the title no body."""
    doc = span.doc
    if span[-1].lower_ not in _PERSONAL_OFFICES or span.end + 2 >= len(doc):
        return False
    if doc[span.end].text != ",":
        return False
    holder = doc[span.end + 1]
    return holder.ent_type_ == "PERSON" and holder.ent_iob_ == "B"


def _national_sections(spans: list[Span], gazetteer: Gazetteer) -> list[Span]:
    """ "Amnesty International" + "UK": a body's national section is named with its
    country ("Transparency International Kenya said")."""
    result: list[Span] = []
    for span in spans:
        last = result[-1] if result else None
        doc = span.doc
        if (
            last is not None
            and last.label_ == "ORG"
            and last.end == span.start
            and len(span) == 1
            and span[0].text[:1].isupper()
            and (span.end >= len(doc) or doc[span.end].pos_ not in {"NOUN", "PROPN"})
        ):
            country = gazetteer.resolve(span[0].text)
            if country is not None and country.kind == "country":
                result[-1] = Span(doc, last.start, span.end, label="ORG")
                continue
        result.append(span)
    return result


_BRACKET_NAME_JOINTS = {"for", "of", "the", "and", "on", "against", "in", "to"}


def _joins_a_word(token: Token) -> bool:
    """A hyphen inside a capitalised word: "Anti-Crime", "Counter-Terrorism"."""
    return (
        token.text == "-"
        and not token.whitespace_
        and token.i > 0
        and not token.doc[token.i - 1].whitespace_
        and token.doc[token.i - 1].is_title
    )


def _names_before_brackets(doc: Doc, spans: list[Span]) -> list[Span]:
    """ "The Commission for the Disappeared and Victims of Violence (KontraS)": the name
    before a short name in brackets is a body's, whether or not the model saw it; the
    short name is that body's too, not a person."""
    result: list[Span] = []
    for span in spans:
        opened = (
            next((t.i for t in span if t.text == "("), None) if "(" in span_text(span) else None
        )
        if (
            opened is not None
            and opened - span.start >= 2
            and span.end < len(doc)
            and doc[span.end].text == ")"
            and _short_name_in_brackets(doc[opened + 1 : span.end])
            and not doc[opened + 1].is_upper  # ("… Constitution (FNDC": read as it is)
            # (nor a name that goes on after the bracket: "the Unlawful Activities
            # (Prevention) Act")
            and not (span.end + 1 < len(doc) and doc[span.end + 1].is_title)
        ):
            # "Division of Profession and Security (Propam" drawn over the bracket: the
            # name, then its short name
            result.append(Span(doc, span.start, opened, label=span.label_))
            result.append(Span(doc, opened + 1, span.end, label=span.label_))
            continue
        if not _short_name_in_brackets(span):
            result.append(span)
            continue
        opening = span.start - 1
        previous = result[-1] if result else None
        if previous is not None and previous.end == opening:
            if previous.label_ == "ORG":
                span = Span(doc, span.start, span.end, label="ORG")  # "(Komnas HAM)"
            result.append(span)
            continue
        start = opening
        while (
            start > 0
            and opening - start < 12
            and (
                doc[start - 1].is_title
                or doc[start - 1].lower_ in _BRACKET_NAME_JOINTS
                or _joins_a_word(doc[start - 1])  # "the Special Anti-Crime Force (FELCC)"
            )
            and (previous is None or start - 1 >= previous.end)
        ):
            start -= 1
        while start < opening and (not doc[start].is_title or doc[start].lower_ == "the"):
            start += 1
        name = doc[start:opening]
        if len(name) >= 2 and ORG_WORD.search(name.text) and name[-1].is_title:
            result.append(Span(doc, start, opening, label="ORG"))
            span = Span(doc, span.start, span.end, label="ORG")
        result.append(span)
    return _unseen_bracketed_bodies(doc, result)


def _unseen_bracketed_bodies(doc: Doc, spans: list[Span]) -> list[Span]:
    """ "Ndjidda's party, the Movement for the Rebirth of the North (MRN), said" where the
    model tagged none of it: a capitalised name with a body's word before an acronym in
    brackets is that body, the acronym its short name."""
    # (also where the model tagged nothing at all)
    text = doc_text(doc)
    if "(" not in text:
        return spans
    openings = [
        bracket.start
        for match in re.finditer(r"\(", text)
        if (bracket := doc.char_span(match.start(), match.end(), alignment_mode="expand"))
    ]
    covered = {i for span in spans for i in range(span.start, span.end)}
    added: list[Span] = []
    for token in (doc[i] for i in openings):
        if token.text != "(":
            continue
        if token.i + 2 >= len(doc) or doc[token.i + 2].text != ")":
            continue
        acronym = doc[token.i + 1]
        if not (acronym.is_upper and 2 <= len(acronym.text) <= 8) or acronym.i in covered:
            continue
        start = token.i
        while (
            start > 0
            and token.i - start < 12
            and start - 1 not in covered
            and (
                doc[start - 1].is_title
                or doc[start - 1].lower_ in _BRACKET_NAME_JOINTS
                or _joins_a_word(doc[start - 1])
            )
        ):
            start -= 1
        while start < token.i and (not doc[start].is_title or doc[start].lower_ == "the"):
            start += 1
        name = doc[start : token.i]
        if len(name) >= 2 and name[-1].is_title and ORG_WORD.search(name.text):
            added += [
                Span(doc, start, token.i, label="ORG"),
                Span(doc, acronym.i, acronym.i + 1, label="ORG"),
            ]
    return sorted([*spans, *added], key=lambda s: s.start) if added else spans


def _members_of_named_body(span: Span) -> bool:
    """A common-noun "organisation" ("plainclothes officers") followed by "from", "of" or
    "at" and a named body: the body is who acted, the officers are its members."""
    doc = span.doc
    if not all(t.is_lower for t in span) or span.end + 1 >= len(doc):
        return False
    if doc[span.end].lower_ not in {"from", "of", "at"}:
        return False
    following = doc[span.end + 1]
    if following.lower_ == "the" and span.end + 2 < len(doc):
        following = doc[span.end + 2]
    return following.ent_type_ == "ORG" and following.is_title


@Language.factory("casetrail_entities")
class EntityComponent:
    """Builds the document's entity registry from the model's and the ruler's spans."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name
        lemmas = nlp.get_pipe("casetrail_lemmas") if "casetrail_lemmas" in nlp.pipe_names else None
        self.english_words: frozenset[str] = (
            lemmas.english_words() if isinstance(lemmas, RememberingLemmatizer) else frozenset()
        )

    def __call__(self, doc: Doc) -> Doc:
        registry = Registry.of(doc)
        text = doc_text(doc)
        registry.excluded = excluded_zones(text)
        registry.headline_end = title_case_headline_end(text)
        registry.quotes = quoted_ranges(text)
        words = actor_words()
        spans = self._candidate_spans(doc, registry)
        self._persons(registry, [s for s in spans if s.label_ == "PERSON"], words.titles)
        bodies = [s for s in spans if s.label_ == "ORG"]
        # names before descriptions: "the UN mission in the country" in a lede is the
        # "UN Support Mission in Libya" the next paragraph names
        bodies.sort(key=lambda s: " " in s.text and (s.text.islower() or s.text.startswith("UN ")))
        self._organisations(registry, bodies)
        self._places(registry, [s for s in spans if s.label_ in {"GPE", "LOC", "FAC", "NORP"}])
        self._propagate(registry, doc)
        self._offices_to_holders(registry, doc)
        self._groups(registry, doc)
        self._acting_police(registry, doc)
        _merge_described_bodies(registry)
        _merge_country_descriptions(registry)
        _merge_holders_offices(registry)
        self._mark_silent(registry)
        self._mark_employers(registry)
        return doc

    @staticmethod
    def _offices_to_holders(registry: Registry, doc: Doc) -> None:
        """An office named by its holder's title ("the Chief Ombudsman said") is the
        person the report names beside that title ("the Chief Ombudsman, Peter
        Whitcombe, said"), in every mention."""
        for entity in list(registry.entities):
            if entity.kind != "organisation" or not (
                entity.name.casefold() in _PERSONAL_OFFICES
                or entity.name.split()[-1].casefold() in OMBUDSMEN
                or _COMMISSIONER_FOR.search(entity.name)
            ):
                continue  # ("the Ombudsman", "the Chief Ombudsman"; the Public Defender
                # is an office apart from its holder)
            for span in registry.mention_spans(entity):
                if span is None or span.end + 1 >= len(doc) or doc[span.end].text != ",":
                    continue
                holder = registry.entity_of_token(doc[span.end + 1])
                if holder is not None and holder.kind == "person":
                    registry.move_mentions(entity, holder)
                    entity.silent = True
                    break

    @staticmethod
    def _mark_employers(registry: Registry) -> None:
        """An outlet that employs someone in the report ("a reporter for the private
        broadcaster Savanna Voice", "journalists working with Meydan TV") takes part."""
        for entity in registry.entities:
            if entity.org_kind != "media":
                continue
            for span in registry.mention_spans(entity):
                if span is None:
                    continue
                head = span.root
                # "the broadcaster Meydan TV": the noun it stands by; "reporters for the
                # Mezopotamya Agency and JinNews": the first of the outlets listed
                while head.dep_ in {"appos", "compound", "conj"} and head.head.i != head.i:
                    head = head.head
                if works_at(head, _MEDIA_WORKERS | {"work"}):
                    entity.descriptors.append("employer")
                    break

    @staticmethod
    def _acting_police(registry: Registry, doc: Doc) -> None:
        """The police as the subject of a clause ("Police in Soroti have charged …",
        "police had no record …") or behind a spokesman are a participant, whether or not
        what they did is a violation the act cues know; so is "the army" ("denied that the
        army was behind the posters"), written so, in lower case, and a country's
        intelligence ("Syrian intelligence had questioned her mother")."""
        for i in registry.with_lower({"police", "prosecutors", "army", "intelligence"}):
            token = doc[i]
            if token.idx < registry.headline_end or registry.in_quote(token.idx):
                continue
            if registry.is_excluded(token.idx, token.idx + len(token)):
                continue
            if registry.entity_of_token(token) is not None:
                continue
            speaking = token.dep_ == "compound" and token.head.lemma_.lower() in _POLICE_VOICES
            if not (token.dep_ in {"nsubj", "nsubjpass"} or speaking):
                continue
            if token.lower_ == "army" and (
                token.text != "army" or not any(d.lower_ == "the" for d in token.children)
            ):
                continue
            if token.lower_ == "intelligence" and not any(
                c.dep_ == "amod" and country_of_demonym(c.text) is not None for c in token.children
            ):
                continue
            if token.lower_ in {"police", "army", "intelligence"}:
                entity_for(registry, token)
            elif (
                registry.last_entity_with(len(doc), match=lambda e: e.name == "prosecutors") is None
            ):
                offices = [
                    e
                    for e in registry.entities
                    if e.kind == "organisation" and _PROSECUTING_BODY.search(e.name)
                ]
                # "prosecutors had been assigned" where the Attorney General's Office is
                # named: its prosecutors (as bare "police" are the one police force)
                entity = (
                    offices[0]
                    if len(offices) == 1
                    else registry.new_entity(  # "Saudi prosecutors are seeking …"
                        "organisation", "prosecutors", org_kind="state", confidence=0.55
                    )
                )
                registry.add_mention(entity, doc[token.i : token.i + 1])

    @staticmethod
    def _mark_silent(registry: Registry) -> None:
        """A body whose every mention is "X did not respond", "X declined to comment" or
        "X could not be reached" is named in the report but is no participant."""
        text = doc_text(registry.doc)
        for entity in registry.entities:
            if entity.kind == "person" and entity.mentions:
                # "A spokesman for the army, X, did not respond to calls": named, silent
                # (the parse is read only where such words follow every mention)
                entity.silent = (
                    all(_SILENCE_WORDS.search(text, m.end, m.end + 80) for m in entity.mentions)
                    and all(
                        span is not None and no_comment(span)
                        for span in registry.mention_spans(entity)
                    )
                ) or all(  # "called on President Salva Kiir to rein in the agency": asked
                    span is not None and only_addressed(span)
                    for span in registry.mention_spans(entity)
                )
                continue
            if entity.kind == "place" and entity.mentions:
                # a place only the headline names ("… in Brazil's Salvador"): the text
                # tells where things happened
                entity.silent = all(m.start < registry.headline_end for m in entity.mentions)
                continue
            if entity.kind != "organisation" or not entity.mentions:
                continue
            passing = entity.org_kind == "international body"
            entity.silent = all(
                span is not None
                and (no_comment(span) or only_addressed(span) or (passing and _in_passing(span)))
                for span in registry.mention_spans(entity)
            )

    @staticmethod
    def _propagate(registry: Registry, doc: Doc) -> None:
        """Tag every other occurrence of a name already found in the document (the model
        misses some: "LGBT Network" once, then not), and bare surnames of known people."""
        names: dict[str, Entity | None] = {}  # a form two entities share maps to None
        tails: dict[str, Entity | None] = {}

        def claim(forms: dict[str, Entity | None], form: str, entity: Entity) -> None:
            forms[form] = None if forms.get(form, entity) is not entity else entity

        for entity in registry.entities:
            if entity.kind == "place" and entity.mentions and entity.name.split()[-1] in FACILITIES:
                bare = facility_core(entity.name)  # "at Karsh" after "Karsh prison"
                if bare and len(bare) >= 4:
                    claim(names, bare, entity)
                continue
            if entity.kind == "place" or not entity.mentions:
                continue
            forms = {m.text.removeprefix("the ").removeprefix("The ") for m in entity.mentions}
            forms.add(entity.name)
            forms.update(a for a, owner in registry.aliases.items() if owner == entity.id)
            words = entity.name.split()
            if entity.kind == "person" and len(words) > 1:
                forms.add(words[-1])
            for form in forms:
                if len(form) >= 4:
                    claim(names, form, entity)
            # "the Service" after "the Federal Prison Service": the last word of a body's name
            tail = words[-1]
            if (
                entity.kind == "organisation"
                and len(words) > 1
                and tail.istitle()
                and len(tail) >= 4
            ):
                claim(tails, tail, entity)
        text = doc_text(doc)  # joined from the tokens on every access: read it once
        # (where the form was found, its owner, end of the text before which it does not count)
        found = [
            (at, body, 0)
            for tail, body in tails.items()
            if body is not None
            for at in _after_the(text, tail)
        ]
        found += [
            (at, owner, registry.headline_end)
            for form, owner in names.items()
            if owner is not None  # a surname two people share stays ambiguous
            for at in _whole_words(text, form)
        ]
        # the longest form first, then in reading order: "Orang Asli" before its last word
        # "Asli" inside it (the forms come from sets, whose order changes from run to run)
        found.sort(key=lambda item: (item[0][0] - item[0][1], item[0][0]))
        for (start, end), owner, after in found:
            span = doc.char_span(start, end)
            if span is None or registry.is_excluded(start, end) or end <= after:
                continue
            if any(t.i in registry.token_entity for t in span):
                continue
            registry.add_mention(owner, span)

    def _candidate_spans(self, doc: Doc, registry: Registry) -> list[Span]:
        """The model's entities, corrected by rules that hold for wire copy in general."""
        headline_end = title_case_headline_end(doc_text(doc))
        gazetteer = load_gazetteer()
        titles = actor_words().titles
        holders_words = titles | actor_words().person_nouns  # what a holder is called by
        result: list[Span] = []
        acronyms = _bracketed_acronyms(registry.model_spans)
        # "…, known as Minbyun": the short name of a body, whatever the model reads later
        if registry.with_lower(_KNOWN):
            acronyms |= {
                known
                for s in registry.model_spans
                if s.label_ != "PERSON" and (known := _known_as(s)) is not None
            }
        first_words_of_bodies = {
            s[s[0].lower_ == "the"].text
            for s in registry.model_spans
            if s.label_ == "ORG" and len(s) > 2 + (s[0].lower_ == "the")
        }
        family_names = {
            s[-1].text for s in registry.model_spans if s.label_ == "PERSON" and len(s) > 1
        }
        last_words_of_bodies = {
            s[-1].text
            for s in registry.model_spans
            if s.label_ == "ORG"
            and len(s) > 1 + (s[0].lower_ == "the")
            and s[-1].is_title
            and s[-2].lower_ not in {"of", "in", "for"}  # (not "the People's Court of Nghe")
        }
        reached = 0  # end of the names kept so far (the model's spans do not overlap)
        possessors_split = _country_possessors_split(registry.model_spans, gazetteer, headline_end)
        possessors_split = [
            _place_name_cut_short(
                _place_name_goes_on(_site_name_goes_on(s), gazetteer), self.english_words
            )
            for s in possessors_split
        ]
        name_spans = _national_sections(
            _names_before_brackets(
                doc,
                _joined_before_place_noun(
                    _countries_joined_by_and(
                        _joined_names([_whole_body_name(s) for s in possessors_split], gazetteer),
                        gazetteer,
                    )
                ),
            ),
            gazetteer,
        )
        for span in name_spans:
            if result:
                reached = max(reached, result[-1].end)
            if registry.is_excluded(span.start_char, span.end_char):
                continue
            if span.start < reached:
                continue  # already inside a name a rule widened ("… for Justice and Equality")
            if (
                span.label_ == "GPE"
                and span.end + 1 < len(doc)
                and doc[span.end].lower_ in _SECTION_NOUNS
                and doc[span.end + 1].lower_ == "of"
            ):
                continue  # "the Luxembourg branch of the Red Cross": the body's, no place
            if (
                span.label_ in {"GPE", "LOC", "FAC"}
                and span.end < len(doc)
                and doc[span.end].lower_ in _OUTLET_AFTER_NAME
                and gazetteer.resolve(span_text(span)) is None
            ):
                span = Span(doc, span.start, span.end, label="ORG")  # "the Darfur24 website"
            if len(span) > 1 and span[-1].text == "Indigenous" and span.end < len(doc):
                # "the Arariboia Indigenous territory": the name before the adjective is
                # the land; "a Guajajara Indigenous patrol group": a people, no name
                if doc[span.end].lower_ not in _AREA_NOUNS | {"reserve", "land", "lands"}:
                    continue
                span = Span(doc, span.start, span.end - 1, label="GPE")
            if span.label_ == "FAC" and span[-1].text in _BODY_ONLY_WORDS:
                # "the Uganda People's Defence Forces" (a building, the model thought): a
                # body's word no site ends in
                span = Span(doc, span.start, span.end, label="ORG")
            if span.label_ in {"LAW", "WORK_OF_ART", "PRODUCT", "EVENT"} and (
                (len(span) > 2 and span[-1].lower_ == "of" and ORG_WORD.fullmatch(span[-2].text))
                or (
                    ORG_WORD.fullmatch(span[-1].text)
                    and span.end + 1 < len(doc)
                    and doc[span.end].lower_ == "of"
                    and is_country(doc[span.end + 1].text)
                )
            ):
                # "The Evangelical Fellowship of" + "India" (a law, the model thought): no
                # title ends in "of"; a body's name goes on with its country
                span = Span(doc, span.start, span.end, label="ORG")
            mark = (
                next((t.i for t in span[1:] if t.text in _POSSESSIVE_MARKS), None)
                if span.label_ == "FAC" and "s " in span_text(span)
                else None
            )
            if (
                mark is not None
                and mark + 1 < span.end
                and all(t.is_lower for t in doc[mark + 1 : span.end])
            ):
                # "the Swedish Migration Agency's detention centre": a body's unnamed site;
                # the body is the name (the town it is in is named on its own)
                owner_name = doc[span.start : mark].text
                span = Span(
                    doc,
                    span.start,
                    mark,
                    label="GPE" if _place_named(owner_name, gazetteer) else "ORG",
                )
            if span.label_ == "PERSON" and not any(t.text[:1].isupper() for t in span):
                continue  # "marched them into the bush": a name is written with a capital
            if span.label_ == "PERSON" and _people_and_faith(span, gazetteer):
                continue  # "a Montagnard Christian man", "a gazetted Orang Asli reserve"
            if span.label_ == "PERSON" and span[-1].is_lower and span[-1].pos_ == "NOUN":
                # "a 27-year-old Malian bricklayer": a nationality and a trade, no name
                name_end = span.end
                while (
                    name_end > span.start
                    and doc[name_end - 1].is_lower
                    and doc[name_end - 2].whitespace_  # (not "Ka-" + "wing": one name)
                ):
                    name_end -= 1
                if name_end == span.start or (
                    name_end - span.start == 1 and country_of_demonym(doc[span.start].text)
                ):
                    continue
                span = Span(doc, span.start, name_end, label="PERSON")
            if (
                span.label_ == "PERSON"
                and len(span) == 1
                and span.end < len(doc)
                and doc[span.end].text in _POSSESSIVE_MARKS
                and span[0].text in first_words_of_bodies
                # (not "Tigray's regional capital" beside "the Tigray Interim
                # Administration": a place the body is named after)
                and _place_named(span_text(span), gazetteer) is None
            ):
                # "Hutukara's vice-president" after "the Hutukara Yanomami Association": the
                # body by its first word
                span = Span(doc, span.start, span.end, label="ORG")
            if (
                span.label_ in {"GPE", "LOC"}
                and len(span) == 1
                and span[0].text in family_names
                and _given_name_before(span)
                and gazetteer.resolve(span[0].text) is None
            ):
                # "Chukwuma Nwosu and Emeka" + "Nwosu" (a land, the model thought): a
                # brother's name, the family's known
                span = Span(doc, span.start - 1, span.end, label="PERSON")
            if span.label_ == "NORP" and span.end < len(doc) and doc[span.end].text == "Republic":
                republic = Span(doc, span.start, span.end + 1, label="GPE")
                named_country = gazetteer.resolve(span_text(republic))
                if named_country is not None and named_country.kind == "country":
                    span = republic  # "Central African" + "Republic": the country
            if (
                span.label_ in {"ORG", "FAC", "GPE", "LOC"}
                and _holder_beside_title(span, holders_words)
                and (span.label_ == "ORG" or gazetteer.resolve(span_text(span)) is None)
            ):
                # "The mayor of Bouar, Jean-Claude Yakité, said", "according to the chairman
                # of the Ezetu fishermen's cooperative, Preye Ebikeme." (a body or a
                # building, the model thought)
                span = Span(doc, span.start, span.end, label="PERSON")
            if (
                span.label_ == "PERSON"
                and len(span) > 1
                and all(t.is_title for t in span)
                and span[-1].lower_ in _FORCE_NAME_ENDS
            ):
                # "Benue State Community" + "Volunteer Guards" (a person, the model
                # thought): a force's name, whole with the body named right before it
                start = span.start
                if result and result[-1].label_ == "ORG" and result[-1].end == span.start:
                    start = result.pop().start
                span = Span(doc, start, span.end, label="ORG")
            if span.label_ == "PERSON" and _known_as_a_force(span):
                # "the Sharia police, known as Wilayatul Hisbah": the force's own name
                span = Span(doc, span.start, span.end, label="ORG")
            if (
                span.label_ in {"GPE", "LOC", "FAC", "NORP"}
                and len(span) == 3
                and span[1].text in _VIETNAMESE_MIDDLE_NAMES
                and all(t.is_title for t in span)
                and gazetteer.resolve(span_text(span)) is None
            ):
                span = Span(doc, span.start, span.end, label="PERSON")  # "Le Thi Mai"
            if (
                span.label_ == "NORP"
                and len(span) > 1
                and all(t.is_title for t in span)
                and country_of_demonym(span_text(span)) is None
                and not _a_people(span_text(span))
                and _set_off_as_someone(span)
            ):
                # "one of the women, Luz Marina Pabón, whose son …": a person's name
                span = Span(doc, span.start, span.end, label="PERSON")
            if span.label_ == "PERSON" and _names_a_school(span):
                continue  # "the city's Dini high school": a school's name, no one's
            if len(span) == 1 and span[0].lower_ in _INDEFINITE_PRONOUNS:
                continue  # "Someone's parent filed a denunciation"
            if span.label_ == "PERSON" and sum(ch.isalpha() for ch in span_text(span)) == 1:
                continue  # "in a post on X": a letter names no one
            if (
                span.label_ in {"PERSON", "ORG"}
                and len(span) == 1
                and span[0].tag_ == "NNPS"
                # (but "the city of Aarhus", "Lagos": a place's name may end in "s")
                and gazetteer.resolve(span_text(span)) is None
            ):
                continue  # "more than 200 Pamiris", "one million Uyghurs": a people
            if (
                span.label_ in {"ORG", "FAC", "GPE", "LOC", "PERSON"}
                and len(span_text(span).split()) <= 2  # ("Indigenous Ngäbe-Buglé")
                and _a_people(span_text(span))
                and (span.label_ == "ORG" or _place_named(span_text(span), gazetteer) is None)
            ):
                continue  # "for Tamils killed in the war", "the Baluch rights group"
            owner = (
                next((t.i for t in span[1:-1] if t.text in {"'s", "’s"}), None)
                if span.label_ in {"ORG", "GPE", "LOC"} and "s " in span_text(span)
                else None
            )
            if (
                owner is not None
                and span.end < len(doc)
                and doc[span.end].lower_ in _AREA_NOUNS | {"district", "region", "province"}
                and _place_named(doc[span.start : owner].text, gazetteer) is not None
            ):
                # "in Skopje's Šuto Orizari district": the city, and the area inside it
                result.append(Span(doc, span.start, owner, label="GPE"))
                result.append(Span(doc, owner + 1, span.end, label="GPE"))
                continue
            if (
                span.label_ == "ORG"
                and len(span) >= 3
                and span[1].lower_ == "in"
                and _a_people(span[0].text)
                and _place_named(span[2:].text, gazetteer) is not None
            ):
                # "police violence against Roma in North Macedonia": a people, and where
                result.append(Span(doc, span.start + 2, span.end, label="GPE"))
                continue
            if (
                span.label_ == "ORG"
                and len(span) >= 3
                and (inside := next((t.i for t in span[1:-1] if t.lower_ == "in"), None))
                is not None
                and (
                    _place_named(doc[span.start : inside].text, gazetteer) is not None
                    or (
                        inside - span.start <= 2
                        and not ORG_WORD.search(doc[span.start : inside].text)
                        and all(t.is_title for t in doc[span.start : inside])
                    )
                )
                and (place_end := span.end - (span[-1].text in _POSSESSIVE_MARKS)) > inside + 1
                and is_country(doc[inside + 1 : place_end].text)
            ):
                # "Bentiu in South Sudan's" (a body, the model thought): a town, and the
                # country it is in
                result.append(Span(doc, span.start, inside, label="GPE"))
                result.append(Span(doc, inside + 1, place_end, label="GPE"))
                continue
            if span.label_ == "ORG" and span[-1].text == "Day":
                continue  # "on Human Rights Day": a day, not a body
            if span.label_ == "ORG" and _named_by_a_day(span):
                continue  # "the International Day for the Elimination of Violence against Women"
            owner_end = (
                span.end - 1 if span[-1].text in {"'s", "’s"} and len(span) > 1 else span.end
            )
            if (
                span.label_ == "ORG"
                and span.start_char >= headline_end
                and is_country(doc[span.start : owner_end].text)
            ):
                # "the Russian Federation", "Timor-Leste's national police": the country
                result.append(Span(doc, span.start, owner_end, label="GPE"))
                continue
            if (
                span.label_ in {"GPE", "LOC"}
                and len(span) <= 2
                and country_of_demonym(span_text(span)) is not None
                and _place_named(span_text(span), gazetteer) is None
            ):
                continue  # "A Kuwaiti criminal court", "the Sri Lankan police": an adjective
            if (
                span.label_ == "PERSON"
                and (
                    (span.root.dep_ == "appos" and span.root.head.lemma_.lower() in _SETTLEMENTS)
                    # "Police in Mauritania's capital, Nouakchott, …" (hung on "Police")
                    or (
                        span.start >= 2
                        and doc[span.start - 1].text == ","
                        and doc[span.start - 2].lemma_.lower() in _SETTLEMENTS
                    )
                )
                and gazetteer.resolve(span_text(span)) is not None
            ):
                result.append(Span(doc, span.start, span.end, label="GPE"))
                continue  # "Togo's capital, Lomé,": a city the model took for a person
            if (
                span.label_ == "ORG"
                and (
                    span[-1].text in _LAW_WORDS
                    # "under the Maintenance of Public Order ordinance"
                    # (or "the People's Military Service" + "Law", capitalised)
                    or (span.end < len(doc) and doc[span.end].lower_ in _LAW_NOUNS)
                )
                # (not "the Centre for Justice and International Law": a body named for law)
                and not ORG_WORD.match(span_text(span).removeprefix("the "))
            ):
                continue  # "the Safeguarding National Security Ordinance" is a law
            if span.label_ in {"GPE", "LOC", "FAC"} and (
                span[-1].lower_ in _INSTRUMENT_NOUNS
                or (
                    span.end < len(doc)
                    and doc[span.end].lower_ in _INSTRUMENT_NOUNS
                    and doc[span.end].pos_ == "NOUN"  # (not "Russia rules out talks")
                )
            ):
                continue  # "under the Dublin rules", "the Dublin Regulation": an
                # instrument named after the city where it was agreed
            opening = next((t.i for t in span if t.text == "("), None)
            if (
                opening is not None
                and opening > span.start
                and span.label_ in {"ORG", "PERSON"}
                and (opening + 1 == span.end or span.doc[opening + 1].text.isupper())
            ):
                # "the National Front for the Defence of the Constitution (FNDC", "the
                # National Congress for Freedom (": the bracket is not part of the name
                span = Span(doc, span.start, opening, label=span.label_)
            if (
                span.label_ in {"GPE", "LOC"}
                and len(span) >= 3
                and _BODY_NAME_END.search(span_text(span))
                and gazetteer.resolve(span_text(span).removeprefix("The ").removeprefix("the "))
                is None
            ):
                # "The United People's Democratic Front (UPDF)", read as a land
                span = Span(doc, span.start, span.end, label="ORG")
            if (
                span.label_ == "ORG"
                and span[-1].text in {"State", "Region", "Province", "Governorate", "Oblast"}
                and (region := gazetteer.resolve(span_text(span))) is not None
                and region.kind == "region"
            ):
                span = Span(doc, span.start, span.end, label="GPE")  # "Karenni State"
            if (
                span.label_ in {"GPE", "LOC"}
                and _beside_the_kind_of_body(span)
                and gazetteer.resolve(span_text(span)) is None
            ):
                span = Span(doc, span.start, span.end, label="ORG")  # "the group, Suaranita,"
            if (
                span.label_ in {"GPE", "LOC"}
                and _kind_of_body_after(span) is not None
                and gazetteer.resolve(span_text(span)) is None
                and not _a_people(span_text(span))
            ):
                span = Span(doc, span.start, span.end, label="ORG")  # "the Intersociety
                # rights group": no land the gazetteer knows, a body's name
            if _no_name(span):
                continue
            if span.label_ == "ORG" and _title_before_holder(span):
                continue  # "The People's Advocate, Erjona Dervishi, said": her title
            if (
                span.label_ in {"PERSON", "GPE", "LOC"}
                and _described_as_outlet(span)
                and gazetteer.resolve(span_text(span)) is None
            ):
                span = Span(doc, span.start, span.end, label="ORG")  # "Romea, a news website"
            if span.label_ == "PERSON" and (outlet_end := _outlet_noun_end(span)):
                # "told the Mimi Mefo Info news site": an outlet named with what it is
                span = Span(doc, span.start, outlet_end, label="ORG")
            if span.label_ == "PERSON" and _person_is_a_body(span):
                if (
                    span.end + 1 < len(doc)
                    and doc[span.end].text in {"'", "'s", "’", "’s"}
                    and doc[span.end + 1].is_title
                ):
                    continue  # "the Houthis' Security and Intelligence Service": its owner
                span = Span(doc, _from_the_kind_of_body(span), span.end, label="ORG")
            if span.label_ == "PERSON" and _body_known_as(span):
                span = Span(doc, span.start, span.end, label="ORG")  # "the coalition, known
                # as Togo Debout,"
            if (
                span.label_ == "ORG"
                and len(span) == 1
                and span[0].lower_ in _STATE_FUNCTIONS
                and span.end + 1 < len(doc)
                and doc[span.end].lower_ == "and"
                and doc[span.end + 1].ent_iob_ == "B"
                and doc[span.end + 1].ent_type_ == "ORG"
            ):
                # "Customs" + "and" + "Border Control": one service the model cut in two
                joined_end = span.end + 2
                while joined_end < len(doc) and doc[joined_end].ent_iob_ == "I":
                    joined_end += 1
                span = Span(doc, span.start, joined_end, label="ORG")
            if (
                span.label_ in {"GPE", "LOC", "ORG", "NORP"}
                and span.end < len(doc)
                and _local_government_named(doc[span.end])
            ):
                # "Aarhus municipality said …", "social workers from Aarhus municipality":
                # the town's government acts
                span = Span(doc, span.start, span.end + 1, label="ORG")
            if (
                span.label_ == "ORG"
                and span[0].text == "General"
                and span.start > 0
                and doc[span.start - 1].text == "Attorney"
            ):
                # "the Attorney" + "General's Office": the office is the Attorney General's
                span = Span(doc, span.start - 1, span.end, label="ORG")
            if span.label_ in {"ORG", "GPE"} and (end := _holders_office_end(doc, span.end)):
                # "the State" + "Attorney's Office": one office, its holder's title inside
                span = Span(doc, span.start, end, label="ORG")
            # in a Title Case headline the model takes any capitalised run for a name
            # (a span may run on over the blank line after it: "Police Say\n\n")
            if span.start_char + len(span_text(span).rstrip()) <= headline_end and (
                span.label_ in {"ORG", "PERSON", "EVENT", "WORK_OF_ART", "PRODUCT"}
                or (
                    span.label_ in {"GPE", "LOC", "FAC"}
                    and gazetteer.resolve(span_text(span)) is None
                )
            ):
                continue
            if is_based(span):
                continue  # "the Delhi-based group": where a body sits, not where things happened
            if (
                span.label_ in {"ORG", "GPE", "LOC"}
                and span.end < len(doc)
                and doc[span.end].is_lower
                and doc[span.end].lower_ in _REGION_NOUNS | {"department", "prefecture"}
                # (not "the Guerrero state prosecutor's office", "the Bahia state military
                # police": a body of the area)
                and not (
                    span.end + 1 < len(doc) and doc[span.end + 1].pos_ in {"NOUN", "PROPN", "ADJ"}
                )
                and (region := gazetteer.resolve(span_text(span))) is not None
                and region.kind == "region"
            ):
                # "Paraguay's Canindeyú department": an area, not a government department
                result.append(Span(doc, span.start, span.end, label="GPE"))
                continue
            if (
                span.start > 0
                and doc[span.start - 1].lower_ in {"a", "an"}
                and span.label_ in {"PERSON", "ORG", "GPE", "LOC", "FAC"}  # not "a Thai court"
                # a place of that very name (not "A Kazakh activist": an old name of a town)
                and _place_named(span_text(span), gazetteer) is not None
                and country_of_demonym(span_text(span)) is None
            ):
                # "a Yerevan court", "a Yerevan detention facility": an unnamed body or
                # building in a city, which is the one name here
                result.append(Span(doc, span.start, span.end, label="GPE"))
                continue
            label = span.label_
            if label in {"GPE", "LOC"} and span_text(span) in _known_bodies():
                label = "ORG"  # "Fano fighters": the Amhara militia, not the Italian town
            if label in {"PRODUCT", "WORK_OF_ART", "EVENT", "LANGUAGE"}:
                country = gazetteer.resolve(span_text(span))
                if country is not None and (
                    country.kind == "country"
                    # "the district jail in Gilgit" (an event, the model thought), "a
                    # conference in Tunis" (a language): after "in", a known town is where
                    or (span.start > 0 and doc[span.start - 1].lower_ in LOCATIVE)
                ):
                    label = "GPE"  # "to the neighbouring Comoros", which the model took for a thing
            if label in {"GPE", "LOC"} and span_text(span).casefold() in actor_words().force_nouns:
                continue  # "Gunmen believed to belong to …" opening a sentence: no place
            if label in {"ORG", "PERSON"} and all(t.lower_ in titles for t in span):
                continue  # "Brigadier General" the model drew apart from the name after it
            if (
                label == "ORG"
                and len(span) >= 2
                and span[-1].is_title
                and span[-1].lower_ in titles
                and span.end < len(doc)
                and doc[span.end].is_title
                and doc[span.end].pos_ == "PROPN"
                and not doc[span.end].ent_type_
            ):
                # "Roman Catholic Bishop" + "Rolando Álvarez": the title is the name's
                span = Span(doc, span.start, span.end - 1)
                if not ORG_WORD.search(span_text(span)) and body_kind(span_text(span)) is None:
                    continue
            if (
                label == "PERSON"
                and span[0].lower_ == "the"
                and any(t.lower_ == "of" for t in span)
            ):
                continue  # "the Maintenance of Peace" (and Order Act): no one's name
            if _names_a_day(span):
                continue  # "Heroes' Day", "Martyrs Day": a holiday, no place
            if (
                label in {"GPE", "LOC"}
                and len(span) >= 2
                and span[-1].is_lower
                and span[-1].lemma_.lower() in PLACE_NOUNS
                and span.end < len(doc)
                and doc[span.end].lower_ == "of"
            ):
                continue  # "the Kazakh city of Taraz": the kind of place, named after "of"
            if _owners_regional_office(span):
                continue  # "Amnesty International's Southern Africa office": Amnesty's
            if (
                label == "ORG"
                # ("Kassym-Jomart Tokayev": a hyphen joins a given name's parts)
                and 2 <= len(named_words := [t for t in span if t.text != "-"]) <= 3
                and span.start > 0
                and doc[span.start - 1].is_title
                and doc[span.start - 1].lower_ in titles
                and all(t.is_title and t.is_alpha for t in named_words)
                and not ORG_WORD.search(span_text(span))
                and body_kind(span_text(span)) is None
                and gazetteer.resolve(span_text(span)) is None
                and not _named_facility(span)  # ("Sheikh Khalifa Medical Complex")
            ):
                label = "PERSON"  # "Home Affairs Adviser Mahbub Alam": a title, then a name
            if (
                label == "ORG"
                and len(span) > 1
                and span[-1].lower_ in _FORCE_CRAFT
                and span[-2].lower_ in {"guard", "police", "army", "navy", "military", "forces"}
            ):
                span = Span(doc, span.start, span.end - 1)  # "Coast guard vessels": the guard
            if label == "PERSON" and (
                span[0].text in _RADIO_WORDS or span[-1].text in {"FM", "TV", "Radio"}
            ):
                label = "ORG"  # "the private station Radio Sahel FM": an outlet
            if (
                label in {"PERSON", "GPE", "LOC"}
                and span.start > 0
                and doc[span.start - 1].text in _RADIO_WORDS
            ):
                # "an interview with Radio" + "Tera Info": the station's whole name
                span, label = Span(doc, span.start - 1, span.end), "ORG"
            if (
                label in {"PERSON", "GPE", "LOC", "FAC"}
                and " " in span_text(span)
                and span_text(span).rsplit(" ", 1)[-1] in _NEWSPAPER_WORDS
                and gazetteer.resolve(span_text(span)) is None
            ):
                label = "ORG"  # "told the Sudan Tribune": a newspaper by its name
            if body_kind(span_text(span)) == "media":
                label = "ORG"  # "told Northline Wire": an outlet, whatever the model thought
            if span_text(span) in acronyms:
                label = "ORG"  # "CNLD" after "the National Committee for … (CNLD)"
            elif len(span) > 1 and span[0].text in acronyms:
                label = "ORG"  # "MISA Zambia" (a person, the model thought)
            if label == "PERSON" and len(span) == 1 and span_text(span).casefold() in _OFFICES:
                label = "ORG"  # "the ministry's Ombudsman said": an office, no one's name
            if (
                label == "PERSON"
                and span.end < len(doc)
                and doc[span.end].lower_ in _AREA_NOUNS
                # (not "Galmudug state police": a body of the area)
                and not (span.end + 1 < len(doc) and doc[span.end + 1].pos_ in {"NOUN", "PROPN"})
            ):
                label = "GPE"  # "Honduras' Bajo Aguán valley": no one's name before "valley"
            if label == "PERSON" and _kind_of_body_beside(span.root) is not None:
                label = "ORG"  # "his cooperative, Gregorio Chávez,": the body's name
            if label in {"PERSON", "ORG"} and described_as_site(span):
                label = "FAC"  # "Awash Arba, a military camp in the Afar region"
            if (
                label in {"ORG", "PERSON"}
                and " " in span_text(span)
                and span_text(span).removeprefix("the ").removeprefix("The ").split(" ", 1)[0]
                in _SQUARE_WORDS
            ):
                label = "FAC"  # "near the Place d'Armes", "in Plaza de Mayo": a square
            if (
                _ROAD_CODE.match(span_text(span))
                and span.end < len(doc)
                and doc[span.end].lower_ in _ROAD_NOUNS
            ):
                # "blocked the A12 motorway": a road, named with what it is
                span, label = Span(doc, span.start, span.end + 1), "FAC"
            if (
                label in {"ORG", "PERSON"}
                and span[-1].lower_ in _SITE_WORDS
                and span[-1].is_title
                and not any(t.lower_ in {"radio", "television", "tv"} for t in span)
            ):
                label = "FAC"  # "Chingola Central Police Station": a building, not a body
            if (
                label == "PERSON"
                and span.end + 1 < len(doc)
                and doc[span.end].text == "-"
                and not span[-1].whitespace_
                and not doc[span.end].whitespace_
                and doc[span.end + 1].is_alpha
            ):
                span = Span(doc, span.start, span.end + 2, label=label)  # "Louie Dema" + "-ala"
            if (
                label in {"GPE", "LOC"}
                and span[-1].text in last_words_of_bodies
                and len([t for t in span if t.lower_ != "the"]) == 1
                and gazetteer.resolve(span_text(span)) is None
            ):
                label = "ORG"  # "the Marechaussee" after "the Royal Netherlands Marechaussee"
            if label in {"ORG", "GPE", "LOC", "FAC"} and (force := _police_of(span, gazetteer)):
                span, label = force, "ORG"  # "Police Scotland": a force named for its land
            if label == "PERSON" and (rights := _rights_tail(span)) is not None:
                span, label = rights, "ORG"  # "Zimbabwe Lawyers for …"
            before = doc[span.start - 1] if span.start > 0 else None
            after = doc[span.end] if span.end < len(doc) else None
            if (
                label == "PERSON"
                and len(span) <= 2
                and span.start >= 2
                and doc[span.start - 1].lower_ == "of"
                and doc[span.start - 2].is_lower
                and doc[span.start - 2].lemma_.lower() in PLACE_NOUNS_BEFORE_OF | {"department"}
                and doc[span.start - 2].lower_ not in {"area", "areas"}
            ):
                label = "GPE"  # "the southern Ukrainian city of Kherson", taken for a man
            if (
                label == "ORG"
                and after is not None
                and after.lower_ == "airport"
                and after.is_lower
                and (airport_city := gazetteer.resolve(span_text(span))) is not None
                and airport_city.kind == "city"
            ):
                label = "GPE"  # "detained at Dushanbe airport": the city, where it happened
            court_end = court_noun_after(span)
            if court_end is not None and (
                label in {"PERSON", "ORG", "GPE", "LOC", "FAC"}
                or (label == "NORP" and _not_a_people(span_text(span)))  # not "the Russian …"
            ):
                result.append(Span(doc, span.start, court_end, label="ORG"))
                continue  # "the Vakhitovsky district court in Kazan"
            police_end = police_noun_after(span)
            if police_end is not None and label in {"PERSON", "ORG", "GPE", "LOC", "FAC"}:
                result.append(Span(doc, span.start, police_end, label="ORG"))
                continue  # "the Akhmatovsky district police", "Samarkand regional police"
            facility_end = facility_noun_after(span)
            # some facility, unnamed: "a Catholic church", "an Alabama county jail"
            indefinite = before is not None and before.lower_ in {"a", "an"}
            if facility_end is not None and (
                label in {"ORG", "PERSON", "FAC"}
                or (label in {"GPE", "LOC"} and not indefinite)
                or (label == "NORP" and _not_a_people(span_text(span)) and not indefinite)
            ):  # ("Lakan prison": a name the model took for a people's)
                # "Jau prison", "El Harrach prison", "El Chipote detention centre": the
                # facility's name includes its noun (and Jau prison is no town called Jau)
                drafting = any(t.lower_ in DRAFT_WORDS for t in doc[span.end : facility_end])
                # (but "the Lviv regional territorial recruitment centre" is the body that
                # drafts men, and speaks)
                result.append(
                    Span(doc, span.start, facility_end, label="ORG" if drafting else "FAC")
                )
                continue
            if introduced_as_body(span) and (
                label in {"PERSON", "PRODUCT", "WORK_OF_ART", "EVENT"}  # "monitor OVD-Info"
                or (label in {"GPE", "LOC", "FAC"} and gazetteer.resolve(span_text(span)) is None)
            ):
                label = "ORG"  # "the investigative outlet Ordo Media", "rights centre X"
            elif (
                label in {"ORG", "GPE"}
                and introduced_as_person(span)
                and not ORG_WORD.search(span_text(span))
                and gazetteer.resolve(span_text(span)) is None
            ):
                label = "PERSON"  # "Human rights lawyer Clarisse Mukamana"
            if label in {"ORG", "GPE", "LOC", "FAC", "PERSON"}:
                spelled = with_acronym_tail(span)
                if spelled.end > span.end:
                    span, label = spelled, "ORG"  # "… of Tamil Eelam (LTTE)"
            if (
                label == "ORG"
                and len(span) > 1
                and span[-1].lower_ in {"branch", "office", "department"}
                and span[-1].is_lower
                and span.end < len(doc)
                and doc[span.end].lower_ == "of"
                and gazetteer.resolve(span[:-1].text) is not None
            ):
                # "The Dagestan branch of Russia's Investigative Committee": the body
                # named after "of" is the one; the place names its branch
                result.append(Span(doc, span.start, span.end - 1, label="GPE"))
                continue
            if label == "ORG" and len(span) > 2 and span[-1].lower_ in {"of", "for"}:
                span = Span(doc, span.start, span.end - 1, label=label)  # "Supreme Court of"

            if label == "ORG":
                span = with_scope_tail(with_body_noun(span))  # "UN refugee agency"
                span = with_name_words(span)  # "Hengaw" + "Organization for …"
                span = _with_last_name_word(span, holders_words)  # "Radio Patía" + "Estéreo"
                if (
                    span.end + 1 < len(doc)
                    and doc[span.end].text in {"Commissioner", "Ombudsman", "Ombudsperson"}
                    and doc[span.end + 1].lower_ in {"for", "on"}
                ):
                    # "the Ukrainian Parliament" + "Commissioner for Human Rights": the
                    # office the model cut before its title, and its remit
                    span = with_preposition_tail(Span(doc, span.start, span.end + 1, label=label))
                if (
                    ORG_WORD.fullmatch(span[-1].text)
                    or span[-1].text == "League"
                    or span[-1].lower_ in {"rapporteur", "experts", "envoy"}
                ):
                    span = with_preposition_tail(span)  # "… League for the Defence of …"
                span = with_country_tail(span, gazetteer)  # "Law Society of Kenya"
                span = with_area_tail(span)  # "the People's Court of Dong Nai province"
                span = with_country_head(span, gazetteer)  # "Trinidad and Tobago Police …"
                if len(span) == 2 and span[0].text in acronyms and is_country(span[1].text):
                    # "MISA Zambia" after "the Media Institute of Southern Africa (MISA)
                    # Zambia": the body's national chapter, filed under the body
                    span = Span(doc, span.start, span.start + 1, label="ORG")
                if (
                    span.end + 1 < len(doc)
                    and doc[span.end].lower_ == "of"
                    and span[-1].is_title
                    # ("the Liberation Tigers" + "of Tamil Eelam", as the model drew it)
                    and span[span[0].lower_ == "the" and len(span) > 1].is_title
                ):
                    span = with_preposition_tail(span)  # "Liberation Tigers of Tamil Eelam"
                elif (
                    span.end + 1 < len(doc)
                    and doc[span.end].lower_ == "for"
                    and span[-1].is_title
                    and span[0].is_title
                    and (longer := with_preposition_tail(span))[-1].lower_ in _CAUSES
                ):
                    span = longer  # "UN Office of the High Commissioner" + "for Human Rights"
            if (
                label in {"ORG", "PERSON"}
                and len(span) == 1
                and span[0].is_sent_start
                and span[0].pos_ == "NOUN"
                and not span[0].is_upper  # (but "UNICEF said …")
            ):
                continue  # "Videos posted online show …": a capitalised common noun
            if (
                label in {"ORG", "PERSON"}
                and len(span) <= 2
                and country_of_demonym(span_text(span)) is not None
            ):
                continue  # "The Angolan human rights group", "One Sri Lankan woman": a nationality
            if label in {"ORG", "PERSON"} and len(span) == 1:
                if (
                    after is not None
                    and after.pos_ == "NOUN"
                    and after.is_lower
                    and after.lower_ not in FACILITY_NOUNS
                    and after.lemma_.lower() not in PLACE_NOUNS - {"state"}  # "Nuzha neighbourhood"
                    and span.end == after.i
                    # "FARC dissidents", "the former FARC guerrilla group": the body's people
                    and not (span_text(span).isupper() and after.lemma_.lower() in _MEMBER_NOUNS)
                    # "the Kremlin spokesman", "a Senate committee": a body's own name (not
                    # "Army spokesman", "Government spokesman", common words)
                    and not (
                        after.lower_ in _VOICES_OF_BODIES
                        and not span[0].is_sent_start
                        and span[0].lower_ not in _COMMON_BODY_WORDS
                    )
                    and not _named_before_party(span)  # "the Chadema party's secretary"
                    and not (after.lower_ == "sub" and after_place_noun(span))  # "sub-county"
                    # "a reporter for the Dhauru news site": the outlet, named with what it is
                    and not (after.lower_ == "news" and span[0].is_title)
                    # "the independent Darfur24 website": an outlet by its name
                    and not (after.lower_ in _OUTLET_AFTER_NAME and span[0].is_title)
                    # "the Intersociety rights group": a name no land has, before its kind
                    and not (
                        span[0].is_title
                        and _kind_of_body_after(span) not in {None, "movement"}
                        and gazetteer.resolve(span_text(span)) is None
                    )
                ):
                    continue  # adjectival use: "Kashmiri rights defender", "Army spokesman"
                if (
                    before is not None
                    and before.lower_ in LOCATIVE
                    and gazetteer.candidates(span_text(span))
                ):
                    label = "GPE"  # "in Copenhagen"
                elif (
                    before is not None
                    and before.lower_ == "near"
                    and label == "ORG"
                    and span[0].pos_ == "PROPN"
                    and not ORG_WORD.search(span_text(span))
                ):
                    label = "GPE"  # "an estate near Ercilla": a place, known or not
            if (
                label in {"GPE", "LOC"}
                and after is not None
                and after.is_title
                and span.end == after.i
                and gazetteer.resolve(span_text(span) + " " + after.text) is not None
                and gazetteer.resolve(span_text(span)) is None
            ):
                span = Span(doc, span.start, span.end + 1, label=label)  # "Nghe" + "An"
            if (
                label == "PRODUCT"
                and len(span) == 1
                and before is not None
                and (
                    before.lower_ in LOCATIVE
                    # "on the outskirts of Montevideo"
                    or (
                        before.lower_ == "of"
                        and before.i > 0
                        and doc[before.i - 1].lower_ in _TOWN_AREAS
                    )
                )
                and gazetteer.resolve(span_text(span)) is not None
            ):
                label = "GPE"  # "held in Taganrog", tagged as a product
            root = span.root
            if (
                label in {"GPE", "LOC"}
                and len(span) == 1
                and root.dep_ in {"amod", "compound"}
                and root.head.i > root.i
                and root.head.pos_ == "NOUN"
                and root.head.lower_ not in PLACE_NOUNS | FACILITIES
                and gazetteer.resolve(span_text(span)) is None
            ):
                label = "NORP"  # "Emirati authorities": an adjective, not a place
            if label == "ORG":
                country = gazetteer.resolve(span_text(span))
                if country is not None and country.kind == "country":
                    label = "GPE"  # "the UAE had given assurances": the state, as a place
            if (
                label == "NORP"
                and before is not None
                and before.lower_ in {"in", "near", "at"}
                and _not_a_people(span_text(span))
            ):
                label = "GPE"  # "a camp in Ukhiya": after "in", a name is where
            if label in {"PERSON", "ORG", "NORP", "EVENT", "PRODUCT"} and after_place_noun(span):
                label = "GPE"  # "the village of Kin Ma", "the state of Uttar Pradesh"
            if (
                label == "NORP"
                and after is not None
                and after.is_lower
                # (not "state" or "republic", which also name a polity: "a Jihadist state")
                and after.lemma_.lower() in PLACE_NOUNS - {"state", "republic"}
                and _not_a_people(span_text(span))
            ):
                label = "GPE"  # "the Bonamoussadi neighbourhood", "Harare's Mabvuku suburb"
            if label in {"PERSON", "ORG"} and _listed_after_places(span, gazetteer):
                label = "GPE"  # "arrested in Kigali, Musanze and Huye"
            if label == "PERSON":
                while (
                    span.start > 0
                    and given_name(doc[span.start - 1])
                    # (not a title: "Police Commissioner" + "Gilbert Lopez")
                    and doc[span.start - 1].lower_ not in titles
                    and doc[span.start - 1].lower_ not in TITLE_DOMAINS
                ):
                    span = Span(doc, span.start - 1, span.end)  # "Nurmuhammet Orazov"
                if (
                    span.start > 0
                    and doc[span.start - 1].text in _VIRTUE_NAMES
                    and not doc[span.start - 1].ent_type_
                ):
                    span = Span(doc, span.start - 1, span.end)  # "Precious Banda", whose
                    # given name the tagger reads as an adjective
                if after is not None and after.text != "I" and _ROMAN.fullmatch(after.text):
                    span = Span(doc, span.start, span.end + 1)  # "Mswati III"
                    after = doc[span.end] if span.end < len(doc) else None
                if (
                    after is not None
                    and span.end == after.i
                    and len(span) >= 2
                    and after.is_title
                    and after.pos_ == "PROPN"
                    and not after.ent_type_
                    and after.i + 1 < len(doc)
                    and (doc[after.i + 1].is_punct or doc[after.i + 1].is_lower)
                ):
                    span = Span(doc, span.start, span.end + 1)  # "Duong Minh" + "Tri"
                if introduced_as_body(span):
                    label = "ORG"  # "the group Madres Buscadoras del Desierto"
            if label == "ORG" and span[-1].text in {"'s", "’s"}:
                span = _name_on_after_possessive(span)  # "the Southern Women's Justice
                # Project", which the model ends at "Women's"
            if (
                label == "ORG"
                and span.end + 1 < len(doc)
                and doc[span.end].text == "-"
                and not doc[span.end - 1].whitespace_
                and (doc[span.end + 1].is_title or doc[span.end + 1].is_upper)
            ):
                # "OVD-Info", "CNDD-FDD"
                span = Span(doc, span.start, span.end + 2, label=span.label_)
            if (
                label == "ORG"
                and 3 <= len(span) <= 4
                and span[0].lower_ in titles
                and all(t.is_title or _ROMAN.fullmatch(t.text) for t in span)  # "King Mswati III"
                and not ORG_WORD.search(span_text(span))
                and body_kind(span[1:].text) is None
                and not plural_person_noun(span[-1].lower_)  # ("Lady Health Workers")
            ):
                label = "PERSON"  # "Lawyer Zibeyda Sadigova said": a title, then a name
            if (
                label in {"ORG", "PERSON"}
                and len(span) >= 3
                and span[0].lower_ in TITLE_DOMAINS
                and span.start >= 2
                and doc[span.start - 1].lower_ == "of"
                and doc[span.start - 2].lower_ in titles
                and all(t.is_title for t in span[1:])
            ):
                # "Commissioner of" + "Police Kendell Charles": the force is the title's,
                # the name the holder's
                span, label = Span(doc, span.start + 1, span.end), "PERSON"
            if (
                label == "ORG"
                and 4 <= len(span) <= 5
                and span[0].lower_ in TITLE_DOMAINS
                and span[1].lower_ in titles
                and all(t.is_title for t in span[2:])
                and body_kind(span[2:].text) is None
            ):
                # "Police Commissioner Gilbert Lopez said": a force's title, then a name
                span, label = Span(doc, span.start + 2, span.end), "PERSON"
            if (
                # (or a thing: "the lawyer Ines Mrad", a product to the model)
                label in {"ORG", "PRODUCT", "WORK_OF_ART", "EVENT", "LAW"}
                and 2 <= len(span) <= 3
                and all(t.is_title for t in span)
                and not ORG_WORD.search(span_text(span))
                and body_kind(span_text(span)) is None
                and before is not None
                and (_person_noun_before(before) or _after_title_of_a_force(before, titles))
            ):
                label = "PERSON"  # "his lawyer Mahsuni Karaman said", "co-chair Tülay H."
            if (
                label in {"ORG", "PRODUCT", "WORK_OF_ART", "EVENT", "LAW", "FAC"}
                and 2 <= len(span) <= 4
                and all(t.is_title and t.is_alpha for t in span)
                and span.start >= 3
                and doc[span.start - 3 : span.start].text.lower() == "year-old"
                and not ORG_WORD.search(span_text(span))
                and body_kind(span_text(span)) is None
            ):
                label = "PERSON"  # "23-year-old Wilber Quispe Mamani": an age is a person's
            if label == "PERSON" and _located_in_area(span, before):
                label = "GPE"  # "The raid on Gida Kiremu, in East Wollega zone, began"
            if (
                label == "ORG"
                and len(span) == 1
                and span.root.dep_ == "conj"
                and any(t.ent_type_ in {"GPE", "LOC"} for t in span.root.conjuncts)
                and body_kind(span_text(span)) is None
                and gazetteer.resolve(span_text(span)) is not None
            ):
                label = "GPE"  # "in Amman, Irbid and Karak": a town listed with towns
            # (the word before the span as it now stands: "Santo" + "Domingo" was joined)
            preceding = doc[span.start - 1] if span.start > 0 else None
            if (
                label == "ORG"
                and len(span) == 1
                and not span[0].is_upper
                and not ORG_WORD.search(span_text(span))
                and body_kind(span_text(span)) is None
                and span.start >= 2
                and not doc[span.start - 2].is_title  # (not "Students in Blockade")
                and _unknown_town_after_in(span)
            ):
                label = "PERSON"  # "burned 11 homes in Tintiba": read on as a town below
            if (
                label == "ORG"
                and len(span) == 1
                and span[0].is_title
                and preceding is not None
                and preceding.lower_ == "of"
                and preceding.i > 0
                and doc[preceding.i - 1].lemma_.lower() == "mayor"
                and body_kind(span_text(span)) is None
            ):
                label = "PERSON"  # "the mayors of Batman and Halfeti": read on as a town below
            if label == "PERSON" and (
                _place_not_person(span, preceding, gazetteer) or _unknown_town_after_in(span)
            ):
                label = "GPE"  # "Azerbaijan was holding …", "in Jaffna and Batticaloa"
                if span[-1].text in {"'s", "’s"}:
                    span = Span(doc, span.start, span.end - 1)
            kin = before
            if (
                kin is not None
                and kin.text == ","
                and span.start >= 2
                and span.end < len(doc)
                and doc[span.end].text == ","
            ):
                kin = doc[span.start - 2]  # "Hamdan's wife, Samah, said"
            if (
                label in {"ORG", "GPE", "LOC", "NORP"}
                and len(span) == 1
                and kin is not None
                and kin.lower_ in _KIN_BEFORE_NAMES
                and kin.dep_ != "poss"
                and span[0].is_title
            ):
                label = "PERSON"  # "whose 17-year-old sister Selam was taken": a name
            if label in {"ORG", "GPE", "LOC", "NORP"} and _GIVEN_NAME_AS.search(
                doc_text(doc)[max(0, span.start_char - 40) : span.start_char]
            ):
                label = "PERSON"  # "a Somali man, who gave his name as Abdirahman,"
            if (
                label == "NORP"
                and span.end < len(doc)
                and doc[span.end].is_lower
                and doc[span.end].lower_ in _NAMED_AREA_NOUNS - {"region"}  # ("Kurdish region")
                # (a land's "-stan" is no people's ending)
                and (_not_a_people(span_text(span)) or span_text(span).endswith("stan"))
            ):
                label = "GPE"  # "a valley of Kohistan district": an area, not a people
            if label == "PERSON" and _settlement_named(span):
                label = "GPE"  # "in Daw Ta Ma Gyi village": a village, whatever its first word
            if label == "PERSON" and len(span) > 1 and span[-1].text in _STREET_NOUNS:
                label = "FAC"  # "Galatasaray Square", "Rustaveli Avenue": named for people
            if label in {"PERSON", "ORG"} and len(span) > 1 and span[-1].text in _ROAD_NAMES:
                label = "FAC"  # "the Pan-American Highway" is no body
            if (
                label == "PERSON"
                and len(span) > 1
                and span[-1].is_title
                and span[-1].lower_ in _NAMED_BUILDINGS
            ):
                label = "FAC"  # "Kagando Hospital": a hospital named for its village
            if label == "PERSON" and (building_end := _saints_building_end(span)):
                # "Saint Augustine's Minor Seminary": a building named for a saint
                span, label = Span(doc, span.start, building_end), "FAC"
            if label == "ORG" and _named_facility(span) and span[-1].lower_ in _CENTRES:
                label = "FAC"  # "the Badr Correctional and Rehabilitation Centre": a place
                if (
                    span.start >= 2
                    and doc[span.start - 1].is_title
                    and doc[span.start - 1].lower_ in titles
                    and doc[span.start - 2].lower_ == "the"
                ):
                    span = Span(doc, span.start - 1, span.end)  # "the Sheikh Khalifa …"
            if (
                label in {"EVENT", "WORK_OF_ART"}
                and body_kind(span_text(span)) == "rights group"
                and span[-1].text != "Day"  # not "Human Rights Day"
            ):
                label = "ORG"  # "Iran Human Rights, an Oslo-based group"
            if label == "ORG":
                span = with_unit_number(with_and_tail(_with_head_before(span)))
                if (
                    span.end + 1 < len(doc)
                    and doc[span.end].text in {"'", "’"}
                    and doc[span.end + 1].is_title
                ):  # "… for Human and Peoples' Rights"
                    span = Span(doc, span.start, span.end + 2, label=span.label_)
            if label == "PERSON" and ORG_WORD.search(span_text(span)) and len(span) > 1:
                label = "ORG"  # "Caucasus Detention Monitor"
            if (
                label in {"ORG", "GPE", "LOC"}
                and conjoined_with_person(span)
                and not ORG_WORD.search(span_text(span))
                and (label == "ORG" or gazetteer.resolve(span_text(span)) is None)
                and not (label == "GPE" and _unknown_town_after_in(span))  # "in Odemira and …"
                and not (label == "GPE" and _listed_after_places(span, gazetteer))
                # "the Zahra and Akrama districts": the noun says both are places
                and not (label == "GPE" and after_place_noun(span))
            ):
                label = "PERSON"  # a name in a list of names
            if (
                label in {"ORG", "GPE", "LOC"}
                and described_as_person(span)
                and not ORG_WORD.search(span_text(span))
                and body_kind(span_text(span)) is None
                and gazetteer.resolve(span_text(span)) is None
            ):
                label = "PERSON"  # "Ruvimbo Chitsa, a member of parliament, …"
                while span.start > 0 and given_name(doc[span.start - 1]):
                    span = Span(doc, span.start - 1, span.end)
            if (
                label in {"GPE", "LOC", "ORG"}
                and len(span) > 1
                and span[0].lower_ in _MONARCHS
                and gazetteer.resolve(span_text(span)) is None
                and not after_place_noun(span)  # (not "the town of Sheikh Zuweid")
            ):
                label = "PERSON"  # "critics of King Mswati III", read as a land
            if (
                label == "PERSON"
                and len(span) > 1
                and span[-1].text in _BUILDINGS
                and preceding is not None
                and preceding.lower_ in LOCATIVE
            ):
                label = "FAC"  # "march to the seat of government at Jubilee House"
            if label in {"ORG", "GPE", "LOC"} and len(span) > 1 and _named_facility(span):
                label = "FAC"  # "Lusaka Remand Prison": a place, not a body
            if (
                label == "ORG"
                and len(span) > 1
                and span[-1].text == "School"
                and _school_as_site(span)
            ):
                label = "FAC"  # "a canister landed in the compound of X Primary School"
            if (
                label == "ORG"
                and after is not None
                and after.i >= span.end  # (not a title the span was widened to take)
                and after.lower_ in _OFFICE_TITLES
                and not ORG_WORD.search(span_text(span))
            ):
                continue  # "Social Affairs Minister Hector Hajjar": a portfolio, not a body
            closing = doc[span.end : span.end + 2].text  # "Unlawful Activities (Prevention) Act"
            if (
                label == "ORG"
                and (
                    LAW_NAME.search(span_text(span))
                    or ("(" in span_text(span) and LAW_NAME.search(span_text(span) + closing))
                    # "the Cyber Security" + "and Cyber Crimes Act"
                    or _LAW_NAME_GOES_ON.match(doc[span.end : span.end + 7].text)
                )
                # (not "the Centre for Justice and International Law": a body named for law)
                and not ORG_WORD.match(span_text(span).removeprefix("the "))
            ):
                continue  # "the Unlawful Activities (Prevention) Act" is a law, not a body
            if label != span.label_:
                span = Span(doc, span.start, span.end, label=label)
            if label in {"GPE", "LOC"} and (pair := _two_places(span, gazetteer)):
                result.extend(pair)  # "in Bata and Ebebiyín", tagged as one name
                continue
            result.append(span)
        # named bodies the model split or missed: "Iran Justice Watch", "X Support Network"
        for named in named_bodies(doc):
            if named.end_char <= headline_end or registry.is_excluded(
                named.start_char, named.end_char
            ):
                continue
            if _title_of_a_work(named):
                continue  # "The documentary, "Women of the Square",": a title
            possessor, *owned = _country_possessors_split((named,), gazetteer, headline_end)
            if owned:
                # "North Korea's Reconnaissance General Bureau": the country owns the body
                if not any(s.start < possessor.end and possessor.start < s.end for s in result):
                    result.append(possessor)
                named = owned[0]
            if _named_facility(named):
                named = Span(doc, named.start, named.end, label="FAC")
            else:
                # "… for Justice and Equality", "Disability Rights Coalition Ghana"
                named = with_country_tail(with_preposition_tail(named), gazetteer)
            overlapping = [s for s in result if s.start < named.end and named.start < s.end]
            if any(
                (s.label_ in {"ORG", "PERSON"} or (s.label_ == "FAC" and _named_facility(s)))
                and len(s) >= len(named)
                for s in overlapping
            ):
                continue  # (a longer name stands: "Correctional and Rehabilitation Centre")
            result = [s for s in result if s not in overlapping]
            result.append(named)

        # a nationality adjective does not block the body it qualifies ("Chinese embassy");
        # evidence of a person (an age, a list of people) beats a place or body label the
        # gazetteer cannot back ("Osmel Rodríguez, 31," tagged GPE; "Moses Mugisha" in a
        # list, "Mugisha" tagged GPE)
        bodies = Counter(s.text for s in registry.model_spans if s.label_ == "ORG")

        aged = name_age_spans(doc)

        def yields_to_person(span: Span, by: Span) -> bool:
            if span.label_ == "NORP":
                return True
            part = by.start <= span.start and span.end <= by.end and len(span) < len(by)
            if part and span.label_ in {"PRODUCT", "WORK_OF_ART"}:
                return True  # "Enyonam" (a product) of "Enyonam Kpodar", listed with others
            if part and by in aged:
                # "Malia Tafaki, 24,": the age says the whole is a person's name, the model's
                # pieces of it (a town "Malia", a person "Tafaki") are its parts
                town = gazetteer.resolve(span_text(span))
                if span.label_ == "PERSON" or town is None or town.kind == "city":
                    return True
            if (
                span.label_ == "ORG"
                and len(span) > 1
                and bodies[span_text(span)] > (span_text(span) == by.text)  # (not the name itself)
            ):
                return False  # "Kaspi Reporter, who …": the model knows the body elsewhere
            return (
                span.label_ in {"GPE", "LOC", "ORG"}
                and not ORG_WORD.search(span_text(span))
                and body_kind(span_text(span)) is None
                and gazetteer.resolve(span_text(span)) is None
            )

        # (not "the border village of Assamaka, an aid group … said": the group speaks)
        appositives = [s for s in appositive_body_spans(doc) if not after_place_noun(s)]
        for listed in [*listed_body_spans(doc), *appositives]:
            if listed.end_char <= headline_end:
                continue
            overlapping = [s for s in result if s.start < listed.end and listed.start < s.end]
            joined = any(t.lower_ in {"for", "of"} for t in listed)
            if all(
                s.label_ == "PERSON"
                or (s.label_ in {"GPE", "LOC"} and gazetteer.resolve(s.text) is None)
                # "Justice for Iran, a … group": the model's pieces of a longer name
                or (joined and listed.start <= s.start and s.end <= listed.end)
                for s in overlapping
            ):  # "including Belsat": a body the model took for a person
                result = [s for s in result if s not in overlapping]
                result.append(listed)
        # the same name elsewhere is the body the appositive described ("told Rawadari"
        # after "Rawadari, an Afghan human rights organisation,")
        described = {s.text for s in result if s.label_ == "ORG"} & {s.text for s in appositives}
        result = [
            Span(doc, s.start, s.end, label="ORG")
            if s.label_ == "PERSON" and s.text in described
            else s
            for s in result
        ]
        persons = [
            *aged,
            *listed_names(doc, result),
            *who_spans(doc),
            *titled_name_spans(doc),
            *appositive_person_spans(doc),
            *_named_after_kin(doc),
            *_names_given_only(doc),
            *(virtue_named := _virtue_named(doc)),
        ]
        institutions = [
            s
            for s in institution_spans(doc)
            if not registry.in_quote(s.start_char) and not _named_beside(s)
        ]
        hyphenated = _hyphenated_places(doc)
        mandates = mandate_spans(doc)
        beside_body_nouns = _named_beside_body_noun(doc)
        bodies_by_rule = [
            *beside_body_nouns,
            *romance_body_spans(doc),
            *police_command_spans(doc),
            *_numbered_units(doc),
            *_outlet_spans(doc),
            *_place_body_spans(registry.model_spans),
            *_office_of_spans(registry.model_spans),
            *_organ_spans(registry.model_spans),
        ]
        # names a rule draws whole over the model's shorter spans inside them
        town_parts = _parts_of_towns(doc)
        # "the ministry of labour and social affairs", which the model cuts at "and"
        portfolios = [
            s
            for s in institutions
            if s.root.lower_ == "ministry" and any(t.lower_ == "of" for t in s[1:3])
        ]
        ombudsmen = _ombudsman_spans(doc)
        whole_names = [
            *hyphenated,
            *mandates,
            *bodies_by_rule,
            *town_parts,
            *portfolios,
            *ombudsmen,
        ]
        for extra in (
            *persons,
            *mandates,
            *bodies_by_rule,
            *institutions,
            *facility_spans(doc),
            *place_noun_spans(doc),
            *_untagged_places(doc, gazetteer),
            *_untagged_countries(doc, gazetteer),
            *_untagged_areas(doc),
            *_areas_of_countries(doc),
            *_square_spans(doc),
            *town_parts,
            *hyphenated,
            *_places_listed_with(result),
            *_bare_acronyms(doc),
            *ombudsmen,
            *_web_names(doc),
        ):
            if registry.is_excluded(extra.start_char, extra.end_char):
                continue
            if extra.end_char <= headline_end:
                continue
            if extra.label_ == "ORG" and (
                extra[-1].text == "Day"  # "Human Rights Day"
                or is_country(extra.text)  # "the Russian Federation"
            ):
                continue
            overlapping = [s for s in result if s.start < extra.end and extra.start < s.end]
            if extra in persons:
                if not all(
                    yields_to_person(s, extra)
                    # "Precious" + "Banda", a surname the model took for a town
                    or (extra in virtue_named and extra.start <= s.start and s.end <= extra.end)
                    for s in overlapping
                ):
                    continue
            elif (extra.label_ == "FAC" or extra in whole_names) and all(
                extra.start <= s.start and s.end <= extra.end and len(s) < len(extra)
                for s in overlapping
            ):
                pass  # "Bangkok Remand Prison" is more than the city in it
            elif extra in beside_body_nouns and all(
                s.start == extra.start and s.end == extra.end for s in overlapping
            ):
                pass  # "The developer, Tambua Homes,": a body, whatever the model called it
            elif (
                extra in institutions
                and extra.root.lower_ in _PLACE_OWNED_BODIES
                and all(
                    s.label_ == "GPE"
                    and extra.start <= s.start
                    and s.end < extra.end
                    # (not "Paraguay's Canindeyú department", an area)
                    and not (extra.root.lower_ == "department" and s.end == extra.root.i)
                    for s in overlapping
                )
            ):
                pass  # "the Istanbul chief prosecutor's office": the place's body
            elif any(s.label_ in NAME_LABELS - {"NORP"} for s in overlapping):
                continue  # a date or number label the model gave a name does not block it
            result = [s for s in result if s not in overlapping]
            result.append(extra)
        # a person's first or last name alone, which the model took for a place or body the
        # gazetteer does not know ("Tantawan and Orawan began a hunger strike")
        name_parts = {
            t.lower_ for s in result if s.label_ == "PERSON" and len(s) > 1 for t in s if t.is_title
        }
        full_names = {normalise_name(s.text) for s in result if s.label_ == "PERSON" and len(s) > 1}
        # a hyphenated given name alone ("Marie-Carmel had worked here" after "Marie-Carmel
        # Joseph"), which the tokenizer splits in three
        hyphenated_given = {
            s[:-1].text.lower()
            for s in result
            if s.label_ == "PERSON" and len(s) > 3 and any(t.text == "-" for t in s[:-1])
        }
        result = [
            Span(
                doc, s.start - 1 if _first_name_before(s, full_names) else s.start, s.end, "PERSON"
            )
            if (
                (len(s) == 1 and s[0].lower_ in name_parts)
                or (len(s) > 1 and s.text.lower() in hyphenated_given)
            )
            and s.label_ in {"GPE", "LOC", "ORG"}
            and gazetteer.resolve(s.text) is None
            and body_kind(s.text) is None
            else s
            for s in result
        ]
        # the bare name of a facility named in full elsewhere is that facility ("Karsh
        # prison" … "inmates at Karsh"), whatever label the model gave it
        bare_facilities = {
            normalise_name(core)
            for s in result
            if s.label_ == "FAC" and (core := facility_core(s.text)) is not None
        }
        result = [
            Span(doc, s.start, s.end, label="FAC")
            if s.label_ in {"PERSON", "ORG", "GPE", "LOC"}
            and normalise_name(s.text) in bare_facilities
            else s
            for s in result
        ]
        # (family name, given name) of the persons named: "Jamal Welcome", read as a body,
        # is one of the family of "his mother, Claudette Welcome"
        families = {(s[-1].text, s[0].text) for s in result if s.label_ == "PERSON" and len(s) > 1}
        # "Ricardo Lagunes" after "Ricardo Lagunes Gasca": a full name's first words
        shortened_names = {
            normalise_name(s[:cut].text)
            for s in result
            if s.label_ == "PERSON" and len(s) > 2
            for cut in range(2, len(s))
        }
        result = [
            Span(doc, s.start, s.end, label="PERSON")
            if _org_spoken_of_as_person(s)
            or _owner_of_kin(s)
            or _one_of_the_family(s, families, gazetteer)
            or (
                s.label_ == "ORG"
                and normalise_name(s.text) in shortened_names
                and all(t.is_title and t.is_alpha for t in s)
                and body_kind(s.text) is None
            )
            else Span(doc, s.start, s.end, label="ORG")
            if s.label_ == "PERSON" and (_apposed_to(s) is not None or _named_before_party(s))
            else s
            for s in result
        ]
        # a body introduced as one ("the digital outlet Eco Caribe") stays a body where the
        # model calls the same name a person ("Eco Caribe said its reporters …")
        introduced = {
            s.text
            for s in result
            if s.label_ == "ORG" and (introduced_as_body(s) or _named_before_party(s))
        }
        result = [
            Span(doc, s.start, s.end, label="ORG")
            if s.label_ == "PERSON" and s.text in introduced
            else s
            for s in result
        ]
        # a place named as such elsewhere is that place when the model calls it a body
        # ("the town of Finote Selam" … "Finote Selam hospital")
        places = {normalise_name(s.text) for s in result if s.label_ in {"GPE", "LOC"}}
        # ("the border village of Assamaka" … "who reached Assamaka", taken for a man: a
        # town the gazetteer does not know, named as a place elsewhere in the report)
        # ("the head of the Kherson regional administration", taken for a man, in a report
        # on Kherson the city: the place again, unless some person bears that name)
        names_of_persons = {
            t.text for s in result if s.label_ == "PERSON" and len(s) > 1 for t in s
        }
        unknown_places = {
            normalise_name(s.text)
            for s in result
            if s.label_ == "GPE" and after_place_noun(s) and gazetteer.resolve(s.text) is None
        }
        # ("a magistrate in Dang Wangi", taken for a man: nobody is "in" a person; a name
        # the report only ever sets after "in" or "near" is a place)
        # (and "the police station in El Arish", taken for a body, in a report that never
        # names it otherwise but as "the road to El Arish")
        set_in_or_near = [
            (s, _set_in_or_near(s, headline_end, holders_words))
            for s in result
            if s.label_ in {"PERSON", "ORG"}
        ]
        named_otherwise = {
            (s.label_, normalise_name(s.text)) for s, inside in set_in_or_near if not inside
        }
        unknown_places |= {
            normalise_name(s.text)
            for s, inside in set_in_or_near
            if inside
            and (
                s.label_ == "PERSON"
                or (
                    all(t.is_title or not t.is_alpha for t in s)
                    and not ORG_WORD.search(s.text)
                    and not s.text.isupper()
                    and s.text not in _known_bodies()
                    and not introduced_as_body(s)
                    and not {t.lower_ for t in s} & _BODY_HEADS_IN_CAPITALS
                )
            )
            and (s.label_, normalise_name(s.text)) not in named_otherwise
        }
        # a site named only as where people stood outside: the place, not the body
        outside = [
            (normalise_name(s.text), _outside_a_site(s)) for s in result if s.label_ == "ORG"
        ]
        sites_outside = {name for name, out in outside if out} - {
            name for name, out in outside if not out
        }
        result = [
            Span(doc, s.start, s.end, label="GPE")
            if (
                s.label_ == "ORG"
                and not ORG_WORD.search(s.text)
                and s.text not in _known_bodies()  # "Fano fighters": the militia
                and (normalise_name(s.text) in places or _gazetteer_place(s))
            )
            or (s.label_ in {"PERSON", "ORG"} and normalise_name(s.text) in unknown_places)
            or (s.label_ in {"PERSON", "ORG"} and _of_a_place_only(s))
            or (s.label_ == "ORG" and normalise_name(s.text) in sites_outside)
            or (s.label_ == "PERSON" and _place_elsewhere(s, places, names_of_persons))
            else s
            for s in result
        ]
        bodies_named = {
            span_text(s)
            for s in result
            if s.label_ == "ORG"
            # (one word only where the text itself calls it a body: "the group, Tenaganita,
            # which said …" … "a detainee told Tenaganita")
            and (len(s) > 1 or _beside_the_kind_of_body(s) or introduced_as_body(s))
        }
        result = [
            Span(doc, s.start, s.end, label="ORG")
            # "Liberty, a civil liberties group, said": a body, not the US town; "Mãos
            # Livres said" after "the Mãos Livres association": the body named again
            # (but not "the border village of Assamaka, an aid group … said": the group
            # that speaks is another)
            if (
                s.label_ in {"GPE", "LOC", "PERSON"}
                and _described_as_a_body(s)
                and not after_place_noun(s)
            )
            or (s.label_ == "PERSON" and span_text(s) in bodies_named)
            # ("the DGSI had been asked", after "… Internal Security (DGSI)")
            or (s.label_ == "PERSON" and span_text(s) in acronyms)
            else s
            for s in result
        ]
        # "Saddam Hussein's" widened over "Arabisation": the owner is the name
        result = [
            Span(doc, s.start, owner, label="PERSON")
            if s.label_ == "PERSON"
            and (owner := next((t.i for t in s[1:-1] if t.text in _POSSESSIVE_MARKS), None))
            else s
            for s in result
        ]
        # "bundled into a black SUV", "forced into a grey Toyota": a car, whatever made it;
        # "desecrating the Koran": a holy book; "marching to mark Arbaeen": a holy day
        no_actors = actor_words().scriptures | actor_words().observances
        # "Lawyers for Pacheco said": a person's lawyers, where a person bears the name
        surnames = {t.text for s in result if s.label_ == "PERSON" for t in s}
        result = [
            s
            for s in result
            if not _a_vehicle(s)
            and span_text(s).casefold().removeprefix("the ") not in no_actors
            and not _people_of_a_person(s, surnames)
        ]
        return sorted(result, key=lambda s: s.start)

    def _persons(self, registry: Registry, spans: list[Span], titles: frozenset[str]) -> None:
        by_key: dict[str, Entity] = {}
        singles: list[tuple[Span, str]] = []
        multi: list[tuple[Span, str]] = []
        for span in spans:
            name = clean_name(span_text(span), titles)
            if not name or not any(ch.isalpha() for ch in name):
                continue
            (singles if len(name.split()) == 1 else multi).append((span, name))
        full_names = {normalise_name(name): name for _, name in multi}
        placed: list[tuple[Span, Entity]] = []  # the full names, in the order read
        for span, name in multi:
            if placed and _alias_of(span, placed[-1][0]):
                registry.add_mention(placed[-1][1], span)  # "…, who draws under the name X,"
                continue
            key = normalise_name(name)
            # "Abdel Aziz" after "Hisham Abdel Aziz", "Ernesto Piñango" after "Luis Ernesto
            # Piñango": the later words of a fuller name are that person
            key = _fuller_name(key, full_names) or key
            entity = by_key.get(key)
            if entity is None:
                entity = registry.new_entity("person", full_names.get(key, name))
                by_key[key] = entity
            registry.add_mention(entity, span)
            placed.append((span, entity))
        starts = {span.start: name for span, name in multi}
        for span, name in singles:
            bearer = next(
                (e for s, e in reversed(placed) if s.end <= span.start and _alias_of(span, s)),
                None,
            )
            if bearer is not None:
                registry.add_mention(bearer, span)  # "…, who performs as Lady Flame,"
                continue
            shared = starts.get(span.end + 1)
            known = any(normalise_name(name) in k.split() for k in by_key) or (
                span.start > 0 and span.doc[span.start - 1].is_title  # "Moses Mugisha and …"
            )
            if shared is not None and span.doc[span.end].lower_ == "and" and not known:
                name = f"{name} {shared.split()[-1]}"  # "Hassan and Hussein Mohamed"
            key = normalise_name(name)
            match = by_key.get(key) if len(key.split()) > 1 else None
            match = (
                match
                or next(
                    (e for k, e in by_key.items() if k.split()[-1] == key or k.split()[0] == key),
                    None,
                )
                or next(  # "Urbina" in "Jafet Urbina Castro": a first surname
                    (e for k, e in by_key.items() if key in k.split()[1:-1]),
                    None,
                )
            )
            if match is None:
                match = by_key.get(key) or registry.new_entity("person", name)
                by_key[key] = match
            registry.add_mention(match, span)

    @staticmethod
    def _named_person(registry: Registry, name: str) -> Entity | None:
        key = normalise_name(name)
        return next(
            (e for e in registry.entities if e.kind == "person" and normalise_name(e.name) == key),
            None,
        ) or next(  # "Choc Pop" after "Esteban Choc Pop", "Hairul Azmi" after "Hairul
            # Azmi bin Jaafar": a shorter form of a person's name
            (
                e
                for e in registry.entities
                if e.kind == "person" and _shorter_form(key, normalise_name(e.name))
            ),
            None,
        )

    def _surname_person(self, registry: Registry, name: str) -> Entity | None:
        key = normalise_name(name)
        for entity in registry.entities:
            if entity.kind == "person" and normalise_name(entity.name).split()[-1] == key:
                return entity
        return None

    def _organisations(self, registry: Registry, spans: list[Span]) -> None:
        by_key: dict[str, Entity] = {}

        def remember(alias: str, entity: Entity) -> None:
            """Another name of a body: an acronym, a name set beside it."""
            by_key[normalise_name(alias)] = entity
            registry.aliases[alias] = entity.id

        for span in spans:
            name = clean_name(span_text(span), frozenset())
            last_word = name.rsplit(" ", 1)[-1] if " " in name else ""
            if last_word in {"party", "militia"} and (
                span[0].lower_ == "the"
                or (span.start > 0 and span.doc[span.start - 1].lower_ == "the")
            ):
                # "the Transformers party", "the Fano militia": the body by its name
                name = name.removesuffix(" " + last_word)
            if not name or _members_of_named_body(span):
                continue  # "plainclothes officers from the General Directorate of …"
            words_in = name.split()
            if (
                len(words_in) == 3
                and words_in[0].isupper()
                and words_in[1] in {"security", "intelligence"}
                and words_in[2] in {"service", "agency"}
            ):
                name = words_in[0]  # "the FSB security service": the FSB
            person = (
                self._surname_person(registry, name)
                if " " not in name
                else self._named_person(registry, name)
            )
            if person is not None:  # the model took a person's name for an organisation
                registry.add_mention(person, span)
                continue
            key = normalise_name(name)
            entity = by_key.get(key)
            if entity is None and (office := _OFFICE_OF_HOLDER.match(name)) is not None:
                # "the Public Defender's Office said" after "the Public Defender said"
                entity = by_key.get(normalise_name(office.group("holder")))
            one_word = " " not in key
            if entity is None and (one_word or (name.istitle() and _unowned(span))):
                # "the Service" after "the National Police Service", "The Migration Agency"
                # after "the Swedish Migration Agency": one body, if only one longer proper
                # name ends so (not "Georgia's State Security Service" beside the Abkhaz
                # one: its own owner names it)
                longer = {
                    e.id: e
                    for k, e in by_key.items()
                    if k.endswith(" " + key) and (one_word or e.name.removeprefix("the ").istitle())
                }
                if len(longer) == 1:
                    entity = next(iter(longer.values()))
            if entity is None and " " in name:
                # "the Metro Center" after "the Metro Center for Journalists' Rights"
                entity = next(
                    (
                        e
                        for e in by_key.values()
                        if e.name.startswith((name + " for ", name + " of "))
                    ),
                    None,
                )
            if entity is None and name.istitle() and " " not in name and len(name) >= 4:
                # "Svetoch said" after "the Svetoch Centre for Civil Liberties": its first word
                entity = next(
                    (
                        e
                        for e in by_key.values()
                        if e.name.startswith(name + " ")
                        and all(
                            w[0].isupper() or w in {"for", "of", "the", "and"}
                            for w in e.name.split()
                        )
                    ),
                    None,
                )  # but not "Taliban" into "Taliban intelligence"
            words_of = name.split()
            if (
                entity is None
                and len(words_of) == 2
                and words_of[0].isupper()
                and words_of[1].lower() in actor_words().force_nouns
            ):  # "CID officers" after "the Criminal Investigation Department"
                entity = next((e for e in by_key.values() if initials(e.name) == words_of[0]), None)
            if entity is None and name.isupper() and 2 <= len(name) <= 6:
                # "MSF" after "Médecins Sans Frontières": the initials of a body named
                # before; "NSO" after "NSO Group": its first word
                entity = next(
                    (
                        e
                        for e in by_key.values()
                        if initials(e.name) == name or e.name.startswith(name + " ")
                    ),
                    None,
                )
            if entity is None:
                entity = _same_body(by_key, span, key)
            if entity is None and name.isupper():
                entity = _acronym_introduced(by_key, span)
                if entity is not None:
                    remember(name, entity)
            if entity is None:
                entity = _body_described_beside(registry, span)
            beside = _apposed_to(span)
            if entity is None and beside is not None:
                # "the National Commission on Human Rights, Komnas HAM,": its other name
                entity = registry.entity_of_token(beside)
                if entity is not None and entity.kind == "organisation":
                    remember(name, entity)
                    if name.isupper() and any(w.islower() for w in entity.name.split()):
                        entity.name = name  # "the UN human rights office, OHCHR,": by name
                else:
                    entity = None
            words = name.split()
            town = load_gazetteer().resolve(" ".join(words[:-1])) if len(words) >= 2 else None
            if (
                entity is None
                and words[-1] == "police"
                and town is not None
                and town.kind != "country"
                and town.name.casefold() == " ".join(words[:-1]).casefold()  # not "Thai"
                and words[0][:1].isupper()  # nor "federal police"
            ):
                # "the Novi Sad police": the police, in the town the report names
                name, key = "police", "police"
                entity = by_key.get(key)
            if entity is None and len(acronym_of_name := initials(name)) >= 2:
                # "from DCI", then "the Directorate of Criminal Investigations": the body its
                # acronym named first, now named in full
                entity = next((e for e in by_key.values() if e.name == acronym_of_name), None)
                if entity is not None:
                    entity.name = name
                    by_key[key] = entity
            if entity is None:
                kind = (
                    "media"
                    if introduced_as_news(span) or _described_as_outlet(span)
                    else body_kind(name)
                )
                if kind in {None, "rights group"} and _owned_by_state(span):
                    kind = "state"  # "the judiciary's Mizan news agency"
                if _described_as_state(span):
                    kind = "state"  # "The Human Rights Commission, a government body,"
                if kind is None and beside is not None and beside.is_lower:
                    # "the military's regional command in Papua, Kodam Cenderawasih,"
                    kind = body_kind(" ".join(t.text for t in beside.subtree if t.i < span.start))
                owner = _owner(registry, span)
                if owner is not None and owner.org_kind == "international body":
                    kind = "international body"  # "the Council of Europe's Congress of …"
                entity = registry.new_entity("organisation", name, org_kind=kind)
                if introduced_as_body(span):  # "the investigative newspaper X": "newspaper"
                    entity.descriptors.append(span.doc[span.start - 1].lemma_.lower())
                    if entity.org_kind is None and span.start >= 2:
                        qualifier = span.doc[span.start - 2].lower_
                        if qualifier in {"rights", "liberties", "freedom"}:
                            entity.org_kind = "rights group"  # "the rights monitor OVD-Info"
                by_key[key] = entity
            acronym = self._acronym_after(span)
            earlier = by_key.get(normalise_name(acronym)) if acronym else None
            if (
                acronym
                and earlier is not None
                and earlier is not entity
                and earlier.name.casefold() == acronym.casefold()
            ):
                # "PKK/YPG" before "the Kurdistan Workers' Party (PKK)": the bare acronym
                # named first is the body its full name introduces later
                registry.move_mentions(earlier, entity)
                earlier.silent = True
                remember(acronym, entity)
            if acronym and normalise_name(acronym) not in by_key:
                # (also at a second mention: "the Institute said …" in the lede, then "The
                # National Human Rights Institute (INDH), a state body, said")
                remember(acronym, entity)
            kind_after = _kind_of_body_after(span) or _body_known_as(span)
            if kind_after is not None and kind_after not in entity.descriptors:
                entity.descriptors.append(kind_after)  # "the Equipe Media collective"
            kind_noun = _kind_of_body_beside(span.root)
            if kind_noun is not None and kind_noun.lemma_.lower() not in entity.descriptors:
                entity.descriptors.append(kind_noun.lemma_.lower())  # "his cooperative, X,"
            for described in children(span.root, "appos"):
                # "IraQueer, an Iraqi LGBT rights group,": what the body is called after
                kind = described.lemma_.lower()
                if described.is_lower and kind in _APPOSED_KINDS and kind not in entity.descriptors:
                    entity.descriptors.append(kind)
                if described.is_lower and kind in {"ombudsman", "ombudsperson"}:
                    # "The Office of the Citizen Protector, Haiti's ombudsman,": it
                    # speaks as a rights office, as "the Ombudsman's Office" does
                    entity.org_kind = "rights group"
            known_as = _known_as(span)
            if known_as and normalise_name(known_as) not in by_key:
                remember(known_as, entity)
            registry.add_mention(entity, span)

    @staticmethod
    def _acronym_after(span: Span) -> str | None:
        doc = span.doc
        if (  # "the Inter-Services Public Relations directorate (ISPR)"
            span.end + 3 < len(doc)
            and doc[span.end].is_lower
            and doc[span.end].pos_ == "NOUN"
            and doc[span.end + 1].text == "("
            and doc[span.end + 3].text == ")"
            and doc[span.end + 2].text
            in {
                initials(span_text(span)),
                "".join(w[0] for w in re.split(r"[\s-]+", span_text(span)) if w[:1].isupper()),
            }
        ):
            return doc[span.end + 2].text
        if span.end + 2 < len(doc) and doc[span.end].text == "(" and doc[span.end + 2].text == ")":
            candidate = doc[span.end + 1].text
            if _acronym_like(candidate):
                return candidate
        if (  # "the National Commission on Human Rights (Komnas HAM)"
            span.end + 3 < len(doc)
            and doc[span.end].text == "("
            and doc[span.end + 3].text == ")"
            and _short_name_in_brackets(doc[span.end + 1 : span.end + 3])
        ):
            return doc[span.end + 1 : span.end + 3].text
        if (  # "Peoples' Equality and Democracy Party (DEM Party)"
            span.end + 3 < len(doc)
            and doc[span.end].text == "("
            and doc[span.end + 3].text == ")"
            and _acronym_like(doc[span.end + 1].text)
            and doc[span.end + 2].is_title
            and doc[span.end + 2].lower_ == span[-1].lower_
        ):
            return doc[span.end + 1 : span.end + 3].text
        if span.end + 4 < len(doc) and doc[span.end].text == "(" and doc[span.end + 1].is_upper:
            # "(DALFA-Umurinzi)": an acronym and a word joined by a hyphen
            close = next(
                (i for i in range(span.end + 2, min(span.end + 6, len(doc))) if doc[i].text == ")"),
                None,
            )
            inside = doc[span.end + 1 : close] if close is not None else None
            if (
                inside is not None
                and len(inside) >= 3
                and inside[1].text == "-"
                and " " not in inside.text
            ):
                return inside.text
        return None

    def _places(self, registry: Registry, spans: list[Span]) -> None:
        gazetteer = load_gazetteer()
        first_pass: list[tuple[Span, Place | None]] = []
        for span in spans:
            text = span_text(span).removeprefix("the ").removeprefix("The ")
            if span.label_ == "NORP":
                candidates = gazetteer.candidates(text)
                # a NORP is a place only when the gazetteer knows it ("Nizhny Novgorod")
                resolved = gazetteer.resolve(text)
                named = resolved is not None and place_key(resolved.name) == place_key(text)
                # "Tajikistan" ends like "Kazakhstani"'s cousins but is the country itself
                if not candidates or (
                    text.endswith(("an", "ese", "ish", "ian", "i")) and not named
                ):
                    continue
            first_pass.append((span, gazetteer.resolve(text)))
        countries = Counter(p.country for _, p in first_pass if p is not None and p.country)
        hints = {code for code, _ in countries.most_common(3)}
        by_key: dict[str, Entity] = {}
        facilities = {
            normalise_name(core): span
            for span, _ in first_pass
            if span.label_ == "FAC" and (core := facility_core(span_text(span))) is not None
        }
        regions = _regions_named(first_pass, hints)
        # ("the southern Ukrainian city of Kherson" … "the Kherson region": where the
        # report says it means the city, a bare "Kherson" is the city)
        cities = {
            normalise_name(clean_name(span_text(span), frozenset()))
            for span, _ in first_pass
            if span.start >= 2
            and span.doc[span.start - 1].lower_ == "of"
            and span.doc[span.start - 2].lower_ in {"city", "town"}
        }
        for span, _ in first_pass:
            text = clean_name(span_text(span), frozenset())
            facility = facilities.get(normalise_name(text))
            before = span.doc[span.start - 1].lower_ if span.start > 0 else ""
            if (
                facility is not None
                and facility_core(span_text(span)) is None
                # "near Bindura" after "Bindura police station" is the town itself
                and (before == "at" or gazetteer.resolve(text, countries=hints) is None)
                # (but "the Nyamirambo neighbourhood" is the area the station is named for,
                # "the Tsumkwe clinic" another place in the town, "near Tsumkwe" the town)
                and not _names_another_thing(span, facility)
                and before != "near"
            ):
                text = clean_name(facility.text, frozenset())  # "at Jau" after "Jau prison"
            region = regions.get(normalise_name(text))
            if region is not None and normalise_name(text) in cities:
                after = span.doc[span.end] if span.end < len(span.doc) else None
                region = region if after is not None and after.lower_ in _REGION_NOUNS else None
            place = region or gazetteer.resolve(text, countries=hints)
            bare = re.sub(
                r"\s+(province|region|district|state|county|governorate|village|hamlet|commune|"
                r"township|neighbourhood|neighborhood|suburb|municipality|locality|"
                r"settlement|mountains)$",
                "",
                text,
            )
            if place is None and bare != text:
                text = bare  # "Sichuan province": the gazetteer's "Sichuan"
                place = gazetteer.resolve(text, countries=hints)
            if place is not None and place.kind == "world region":
                continue  # "in sub-Saharan Africa": a continent is no place where it happened
            person = self._surname_person(registry, text) if " " not in text else None
            # "Amrani" after "Youssef Amrani" is he, whatever village shares the name (but
            # a one-word "person" the model made of "Zamfara's governor" is no one)
            if person is not None and " " not in person.name:
                person = None
            if person is not None and (place is None or place.kind != "country"):
                registry.add_mention(person, span)
                continue
            key = place.id if place else place_key(text)
            entity = by_key.get(key)
            if entity is None and place is None and text.split()[-1].lower() in FACILITIES:
                # "the Altagracia hospital" after "the Nuestra Señora de la Altagracia
                # hospital": the facility named before by its full name
                entity = next(
                    (
                        e
                        for e in by_key.values()
                        if e.place is None and e.name.casefold().endswith(" " + text.casefold())
                    ),
                    None,
                )
            if entity is None:
                entity = registry.new_entity(
                    "place",
                    place.name if place else text,
                    place=place,
                    confidence=0.85 if place else 0.5,
                )
                by_key[key] = entity
            registry.add_mention(entity, span)
        places = {e.name.casefold(): e for e in by_key.values()}
        for person in registry.entities:
            # "Zamfara's governor": the model's one-word "person" is the place it named
            place_entity = places.get(person.name.casefold())
            if person.kind != "person" or " " in person.name or place_entity is None:
                continue
            registry.move_mentions(person, place_entity)

    def _groups(self, registry: Registry, doc: Doc) -> None:
        """Persons joined by "and" ("Salekh Magamadov and Ismail Isayev") form a group that
        later plural anaphors ("the two men", "the pair") can refer to."""
        for token in doc:
            if token.dep_ != "conj":
                continue
            left = registry.entity_of_token(token.head)
            right = registry.entity_of_token(token)
            if left and right and left.kind == right.kind == "person" and left is not right:
                registry.groups.append((token.i, [left.id, right.id]))
