"""Rules that find and name the participants of wire copy, span by span.

Each function looks at one span or one document and answers one question: is this name a
person after all ("Osmel Rodríguez, 31,"), does a facility keep its noun ("Jau prison"),
is this body only a channel ("the state news agency APS")? The entity component
(``entities.py``) applies them in order; they hold for news reports in general, not for
any one report.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from casetrail.extract.components.registry import Registry, doc_text
from casetrail.extract.components.syntax import (
    DRESS_WORDS,
    MEMBER_NOUNS,
    a_status_not_a_force,
    children,
    is_member_of_body,
    name_known_as,
)
from casetrail.extract.dates import MONTHS, WEEKDAYS
from casetrail.extract.gazetteer import (
    Gazetteer,
    country_named,
    country_of_demonym,
    load_gazetteer,
)
from casetrail.extract.vocabulary import actor_words

_EXCLUDED_LINES = re.compile(
    r"^(?:By\s.*|Related(?: article| story| stories)?:.*|Read more:.*|See also:.*|"
    r"Original url:.*|Source url:.*|Photo:.*|Photograph:.*|Image:.*|https?://\S+|<https?://\S+>)$",
    re.MULTILINE,
)
_CREDIT_TAIL = re.compile(r"(?:(?<=[.!?\"”])\s+|^)(?P<credit>[^.!?\"”]*\s/\s[^.!?]*)$")
_POSSESSIVE = re.compile(r"(?:'s|’s|'|’)$")


_INLINE_DATELINE = re.compile(
    r"^[A-Z][A-ZÀ-ÖØ-Þ .'’-]{2,40}(?:, [A-Z][\w .]{0,30})?"  # "SAN JOSÉ, Costa Rica —"
    r"(?:, (?:[A-Z][a-z]{2,8}\.? \d{1,2}|\d{1,2} [A-Z][a-z]{2,8})(?:, \d{4})?)?"
    # (the dash may end the dateline's own line: "HARARE, June 14, 2024 (AFP) —")
    r"(?: \([^)\n]{1,40}\))? ?[-–—](?: |$)",
    re.MULTILINE,
)


_PLACE_DATE_LINE = re.compile(
    r"^(?P<place>[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?), (?:\d{1,2} [A-Z][a-z]+ \d{4}|"
    r"[A-Z][a-z]+\.? \d{1,2}, \d{4})\s*$",
    re.MULTILINE,
)


def excluded_zones(text: str) -> list[tuple[int, int]]:
    """Character ranges that hold no participants: bylines, credits, links, footers."""
    zones = [(m.start(), m.end()) for m in _EXCLUDED_LINES.finditer(text)]
    for dateline in _INLINE_DATELINE.finditer(text):  # "BAKU, March 14 (Northline) - "
        zones.append((dateline.start(), dateline.end()))
    for dateline in _PLACE_DATE_LINE.finditer(text[:600]):  # "Cairo, 14 May 2025"
        if load_gazetteer().resolve(dateline.group("place")) is not None:
            zones.append((dateline.start(), dateline.end()))
    footer = re.search(r"^Original url:", text, re.MULTILINE)
    if footer:
        zones.append((footer.start(), len(text)))
    offset = 0
    for line in text.splitlines(keepends=True):
        stripped = line.rstrip("\n")
        if " / " in stripped and len(stripped) < 400:
            credit = _CREDIT_TAIL.search(stripped)
            if credit:
                zones.append((offset + credit.start("credit"), offset + credit.end("credit")))
        offset += len(line)
    return zones


def quoted_ranges(text: str) -> list[tuple[int, int]]:
    """Character ranges inside quotation marks; a paragraph break closes an open quote."""
    ranges: list[tuple[int, int]] = []
    for paragraph in re.finditer(r"[^\n]+", text):
        opened: int | None = None
        for mark in re.finditer(r'["“”]', paragraph.group()):
            position = paragraph.start() + mark.start()
            if opened is None and mark.group() != "”":
                opened = position
            elif opened is not None and mark.group() != "“":
                ranges.append((opened, position))
                opened = None
        if opened is not None:  # a testimony's paragraphs open a quote and close it later
            ranges.append((opened, paragraph.end()))
    return ranges


def title_case_headline_end(text: str) -> int:
    """End of the first line when it is a Title Case headline, else 0."""
    stripped = text.lstrip()
    first = stripped.split("\n", 1)[0]
    words = [w for w in re.findall(r"[A-Za-z][\w'’-]*", first) if len(w) > 3]
    if len(words) >= 3 and sum(w[0].isupper() for w in words) / len(words) > 0.8:
        return len(text) - len(stripped) + len(first)
    following = stripped[len(first) :].lstrip().split("\n", 1)[0]
    if following.startswith("By ") and len(first) < 200:  # a sentence-case headline
        return len(text) - len(stripped) + len(first)
    if len(first) < 200 and len(following) < 60 and _DATE_LINE.search(following):
        # a statement's title over its date ("12 November 2026", "N'Djamena / Dakar,
        # 10 September 2026")
        return len(text) - len(stripped) + len(first)
    return 0


_DATE_LINE = re.compile(
    r"\b(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December) \d{1,2},? \d{4}\b|\b\d{1,2} (?:January|February|March|April|May|June|July|"
    r"August|September|October|November|December) \d{4}\b"
)


# nouns after which a one-word name is still a name, not an adjective ("Jau prison",
# "Kin Ma village"), unlike "Kashmiri rights defender" or "Army spokesman"
FACILITY_NOUNS = {
    "prison",
    "jail",
    "seafront",
    "square",
    "camp",
    "centre",
    "center",
    "complex",
    "village",
    "district",
    "neighbourhood",
    "neighborhood",
    "colony",
}
LOCATIVE = {"in", "at", "near", "from", "outside", "inside", "to", "into"}
ORG_WORD = re.compile(
    r"\b(Network|Ministry|Office|Court|Committee|Council|Commission|Agency|Service|Party|"
    r"Front|Army|Police|Forces?|Group|Union|Association|Centre|Center|Watch|Forum|Initiative|"
    r"Collective|Alliance|Federation|Fellowship|Foundation|Institute|Bureau|Monitor|Trust|Battalion|"
    r"Directorate|Organi[sz]ation|Circle|Observatory|News|Times|Press|Action|"
    r"Radio|Television|TV|FM|Movement|League|Congress|Rally|Rifles|Authority|Board|Command|"
    r"Company|Corporation|Corps|Department|Division|Holdings|Ltd|Mission|Services|Serviços|"
    r"Servicios|Society|Syndicate|Secretariat|Gazette|Herald|Tribune|Chronicle)\b"
)
_INSTITUTION_HEADS = {
    "ministry",
    "administration",
    "department",
    "embassy",
    "consulate",
    "office",
    "bureau",
    "prosecution",
    "directorate",
    "committee",
    "court",
    "commission",
    "service",
    "police",
    "army",
    "military",
    "branch",
    "unit",
    "guard",
    "forces",
    "agents",
    "officers",
    "soldiers",
    "troops",
    "authorities",
    "government",
    "gunmen",
    "militia",
}
_NAME_AGE = re.compile(
    # a sentence or a list item starts, a lower-case word is before ("relatives of X, 28,")
    # or a phrase set apart by a comma ("One of the women, X, 47,"); one name is enough
    # ("Altantsetseg, 39,")
    r"(?:(?<=^)|(?<=[\n.“\"] )|(?<=\n)|(?<=^[-•*] )|(?<=[a-z] )|(?<=[a-z], ))"
    r"([A-Z][\w'’.-]*(?: (?:al-|el-|bin |van |de |da )?"  # "U Pyinnya Thiri, 67,"
    # (the age may end the sentence: "… and Ojok Moses, 29.")
    r"[A-Z][\w'’-]+){0,3}), \d{1,3}(?:,|[.;](?=\s|$))",
    re.MULTILINE,
)


# "the Unlawful Activities (Prevention) Act"; not "the Front for the Defence of the Constitution"
LAW_NAME = re.compile(
    r"(?<!\bof the )(?<!\bfor the )\b(Act|Law|Code|Decree|Convention|Constitution)\)?$"
)
# a capital, also outside ASCII ("Asylkoordination Österreich")
_UP = "[A-ZÀ-ÖØ-ÞĆČĐŁŚŠŽŻŘ]"
_BODY = re.compile(
    # (a name may hold Spanish or Portuguese particles: "the Fray Bartolomé de las Casas
    # Human Rights Center")
    r"(?<![\w-])(?:Right to )?"  # ("the Right to Food Network": a right named)
    + _UP
    + r"[\w'’-]+ (?:(?:"
    + _UP
    + r"[\w'’-]+|de|del|la|las|los|da|do|dos|das) ){0,6}"
    r"(?:Network|Watch|Forum|Initiative|Collective|Alliance|"
    r"Federation|Foundation|Institute|Bureau|Monitor|Trust|Observatory|Council|Commission|"
    r"Committee|Union|Association|Coalition|Centre|Center|Group|Movement|Party|Congress|"
    r"Platform|League|Society|Guild|Syndicate|Action)\b"
    r"(?: (?:Asia|Africa|Europe|Americas)\b)?"  # a regional arm: "China Labour Watch Asia"
)


# "the human rights group Crew Against Torture": a name the model left untagged after
# the word for a body it is
_NAME_AFTER_BODY_NOUN = re.compile(
    # ("the Berlin-based group …": where it is based may come first)
    r"\b[Tt]he (?:(?:[a-z-]+|[A-Z][\w.]*-based) ){0,3}"
    r"(?:group|organi[sz]ation|network|monitor|watchdog|charity|NGO) "
    r"((?:"
    + _UP
    + r"[\w'’-]+ )(?:(?:"
    + _UP
    # (with the joining words of other languages: "Ain o Salish Kendra", "Verdad y Justicia")
    + r"[\w'’-]+|against|for|of|on|and|the|a|o|y|e|et|i|de|da|del|la|dos|das) ){0,5}"
    + r"(?:"
    + _UP
    + r"[\w'’-]+|\d{1,4}(?![\w,.]\d)))"  # ("the religious freedom group Forum 18")
)
_NAME_BEFORE_BODY_NOUN = re.compile(
    # ("the Senda de Vida shelter": a name may hold a lower-case particle; a gang's name
    # a number: "the 5 Segonn gang", "the Barrio 18 gang")
    r"(?<![\w-])((?:\d{1,3} )?(?:" + _UP + r"[\w'’-]+ (?:(?:de|del|la|los|las|\d{1,3}) )?){1,4})"
    r"(?:group|network|association|movement|coalition|collective|shelter|gang|think[- ]tank|"
    r"foundation|militia)\b"
)

# "the Transformers party said": a party's name before the lower-case noun, one word
# or more (the party is known by its name alone)
_NAME_BEFORE_PARTY = re.compile(r"\b[Tt]he ((?:[A-Z][\w'’-]+ ){1,3})party\b")
# "Lawyers for Liberty", "Journalists for Press Freedom": people for a cause, a body
_PEOPLE_FOR_A_CAUSE = re.compile(
    r"\b(?:Lawyers|Doctors|Journalists|Mothers|Women|Citizens|Students|Teachers|Reporters|"
    r"Families) (?:for|of|without|against) (?:the )?[A-Z][\w'’-]+"
    r"(?: (?:and |of |for |the )*[A-Z][\w'’-]+)*"
)
_CAUSE_NOUNS = (
    "Lawyers ",
    "Doctors ",
    "Journalists ",
    "Mothers ",
    "Women ",
    "Citizens ",
    "Students ",
    "Teachers ",
    "Reporters ",
    "Families ",
)
# the capitalised word a cause's name may open with ("Zimbabwe Lawyers for Human Rights")
_WORD_BEFORE = re.compile(r"[A-Z][\w'’-]+ $")
# "the Sinaloa cartel": a cartel is known by a place or a name and keeps its noun
_CARTEL = re.compile(r"\bthe ((?:[A-Z][\w'’-]+ ){1,3}cartel)\b")


# "Addameer, a Palestinian prisoners' rights group, said": a name the appositive calls a
# body (no "of" between, so "Ali, a member of the group" stays a person)
_BODY_NOUN = (
    r"(?:group|organi[sz]ation|NGO|charity|network|monitor|watchdog|association|coalition)s?"
    r"(?:,| that\b| which\b| whose\b)"  # "Global Witness, a London-based group that tracks …"
)
_NAME_CALLED_BODY = re.compile(
    # (a name may hold "for" or "of": "Justice for Iran, a London-based group"; it may
    # end in a number: "Suwayda 24, a local news network")
    r"(?<![\w-])((?:"
    + _UP
    + r"[\w'’-]*(?:\.[\w-]+)* (?:(?:for|of) )?){0,3}"
    + _UP
    + r"[\w'’-]*(?:\.[\w-]+)*"
    r"(?: \d{1,4})?), "
    r"(?:an?|the) (?:(?!of\b)[\w'’-]+ ){0,4}"
    # "Codehupy, a coalition of Paraguayan human rights groups, said"
    r"(?:(?:coalition|network|federation|alliance|union) of (?:[\w'’-]+ ){0,4})?" + _BODY_NOUN
)
_BODY_NOUN_COMMA = re.compile(r"\b" + _BODY_NOUN)  # the cheap test before the pattern above
# "the judiciary's Mizan news agency": a name before a word for an outlet, owned by a body
_NAME_BEFORE_OUTLET = re.compile(
    r"(?:['’]s) ((?:[A-Z][\w'’-]+ ){1,3})(?:news agency|newspaper|news site|daily|agency)\b"
)


def appositive_body_spans(doc: Doc) -> list[Span]:
    """ "Addameer, a Palestinian prisoners' rights group, said": the appositive says the
    name is a body, whatever the model took it for."""
    spans: list[Span] = []
    text = doc_text(doc)
    if not _BODY_NOUN_COMMA.search(text):
        return spans  # the appositive needs "… group," somewhere: most reports have none
    for match in _NAME_CALLED_BODY.finditer(text):
        words = match.group(1).split()
        start = match.start(1)
        while words and words[0] in {"The", "A", "An"}:
            start += len(words[0]) + 1
            words = words[1:]
        if words in (["We"], ["They"], ["It"]):
            continue  # "We, the undersigned organisations, …": the statement's own voice
        span = doc.char_span(start, match.end(1), label="ORG") if words else None
        if span is not None and not any(t.ent_type_ in {"DATE", "TIME", "NORP"} for t in span):
            spans.append(span)
    return spans


_JOINTS_NOT_IN_NAMES = {"o", "y", "e", "et", "i", "for", "of", "against", "on", "and", "the", "a"}


def named_bodies(doc: Doc) -> list[Span]:
    """Title-case names ending in a word for a body, as ORG spans; and names before a
    lower-case body noun ("the Emergency Lawyers group")."""
    spans = []
    text = doc_text(doc)
    for pattern, other_names in (
        (_NAME_BEFORE_OUTLET, {"PERSON", "DATE", "TIME"}),  # "Mizan" is also a town
        (_NAME_AFTER_BODY_NOUN, {"PERSON", "DATE", "TIME", "GPE"}),
    ):
        for match in pattern.finditer(text):
            name = match.group(1).rstrip()
            start = match.start(1)
            if name.split()[0] in {"The", "A", "An"}:
                start += len(name.split()[0]) + 1
                name = name.split(" ", 1)[1] if " " in name else ""
            span = doc.char_span(start, start + len(name), label="ORG") if name else None
            blocking = (
                other_names - {"PERSON"}
                # "the rights group Ain o Salish Kendra": a joining word no one's name has
                if set(name.split()) & _JOINTS_NOT_IN_NAMES
                else other_names
            )
            if span is not None and not any(t.ent_type_ in blocking for t in span):
                spans.append(span)
    for match in _NAME_BEFORE_BODY_NOUN.finditer(doc_text(doc)):
        start, end = match.start(1), match.end(1) - 1
        words = match.group(1).split()
        if words[0] in {"The", "A", "An"}:
            start += len(words[0]) + 1
            words = words[1:]
        if words and words[-1].endswith("-based"):
            continue  # "a Hong Kong-based network": where a body sits, no name
        if len(words) >= 2 and (span := doc.char_span(start, end, label="ORG")) is not None:
            spans.append(span)
    causes = (
        _PEOPLE_FOR_A_CAUSE.finditer(text) if any(noun in text for noun in _CAUSE_NOUNS) else ()
    )
    for match in causes:
        before = _WORD_BEFORE.search(text, max(0, match.start() - 40), match.start())
        start = before.start() if before is not None else match.start()
        span = doc.char_span(start, match.end(), label="ORG")
        if span is not None and not any(t.ent_type_ in {"GPE", "DATE"} for t in span):
            spans.append(span)
    for match in _NAME_BEFORE_PARTY.finditer(text) if " party" in text else ():
        span = doc.char_span(match.start(1), match.end(1) - 1, label="ORG")
        if span is not None and not any(t.ent_type_ in {"PERSON", "GPE", "NORP"} for t in span):
            spans.append(span)
    for match in _CARTEL.finditer(doc_text(doc)) if "cartel" in doc_text(doc) else ():
        if (span := doc.char_span(match.start(1), match.end(1), label="ORG")) is not None:
            spans.append(span)
    for match in _BODY.finditer(doc_text(doc)):
        start = match.start()
        words = match.group().split()
        # "The …", and "Mexico's National Search Commission": the country owns the body
        while words and (
            words[0] in {"The", "A", "An", "In", "On", "At", "By"}
            or words[0].endswith(("'s", "’s"))
        ):
            start += len(words[0]) + 1
            words = words[1:]
        based = [i for i, word in enumerate(words) if word.endswith("-based")]
        if based:  # "the Vienna-based Turkmen Helsinki Foundation": where it sits, no name
            start += sum(len(word) + 1 for word in words[: based[-1] + 1])
            words = words[based[-1] + 1 :]
        if len(words) < 2 or is_country(" ".join(words)):
            continue  # (not "the Russian Federation": a land)
        span = doc.char_span(start, match.end(), label="ORG")
        if span is not None:
            spans.append(span)
    return spans


def conjoined_with_person(span: Span) -> bool:
    """A name in a list with a person's ("X, Y and Z"); not one beside a place the model
    took for a person ("in North Mitrovica and Zvečan")."""
    root = span.root
    return any(
        t.ent_type_ == "PERSON" and load_gazetteer().resolve(_with_compounds(t)) is None
        for t in root.conjuncts
    )


def _with_compounds(token: Token) -> str:
    """The name a word ends, with the words bound to it before ("Santo" + "Domingo")."""
    start = min([c.i for c in children(token, "compound") if c.i < token.i] or [token.i])
    return token.doc[start : token.i + 1].text


# nouns that belong to a facility's name ("Jau prison", "Qaboun checkpoint")
FACILITIES = {
    "prison",
    "jail",
    "camp",
    "hospital",
    "mosque",
    "church",
    "monastery",
    "temple",
    "centre",
    "center",
    "colony",
    "seafront",
    "square",
    "facility",
    "compound",
    "checkpoint",
    "station",
    "barracks",
    "penitentiary",
    "courthouse",
    "depot",  # "the Belantik depot", an immigration detention centre
    "estate",  # "the Santa Margarita estate", a farm
    "ranch",
    "plantation",
    "mine",  # "near the Nyamongo mine" (the pronoun is no noun)
    "market",  # "the Chikwanha market"
    "stadium",  # "at the Omar Hamadi stadium"
    "base",  # "the Gotabaya naval base", "Bagram air base"
    "airbase",
    "park",  # "the Carlos Escaleras national park": named for a man, a place
}
_BODY_NOUNS = {
    "agency",
    "office",
    "council",
    "committee",
    "commission",
    "mission",
    "programme",
    "program",
    "delegation",
    "secretariat",
}
_BODY_INTRODUCERS = {
    "outlet",
    "magazine",
    "newspaper",
    "site",
    "website",
    "channel",
    "broadcaster",
    "group",
    "organisation",
    "organization",
    "party",
    "movement",
    "network",
    "charity",
    "foundation",
    "company",
    "union",
    "association",
    "coalition",
    "agency",
    "centre",
    "center",
    "league",
    "watchdog",
    "monitor",
    "firm",
    "project",
    "platform",
    "initiative",
    "body",
    "weekly",  # "editor of the weekly L'Alternative Plus"
    "daily",
    "station",  # "the private station Radio Omega"
    "paper",
    "portal",
    "club",  # "supporters of the club Deportes Cordillera"
    "shelter",  # "the shelter Maison Espoir"
    "monthly",  # "the former editor of the monthly Kashmir Reader"
    "fortnightly",
    "tabloid",
    "journal",
    "publication",
    "bulletin",
    "cooperative",
    "federation",
    "syndicate",
    "society",
    "institute",
    "militia",
    "faction",
    "ngo",
    "nonprofit",
    "non-profit",
}


def facility_core(name: str) -> str | None:
    """What a facility is also called alone: "Karsh" of "Karsh prison"; None when the
    name does not end in a lower-case facility word."""
    words = name.split()
    if not words or not words[-1].islower():
        return None
    return " ".join(w for w in words if not w.islower())


# the words that make a name a state body's, whose sites a report leaves unnamed
_STATE_BODY_HEADS = frozenset(
    {"department", "ministry", "agency", "directorate", "bureau", "service", "authority"}
)


def facility_noun_after(span: Span) -> int | None:
    """End of "<name> [detention] prison": a facility noun right after a name (not after
    an owner's possessive: "the Swedish Migration Agency's detention centre" is the
    body's unnamed site)."""
    doc = span.doc
    named = span[1:] if span[0].lower_ == "the" else span
    if span[-1].text in {"'s", "’s"} and named[0].text not in SAINT_WORDS:
        return None  # (but "the St Mary's police station" is named for a saint)
    if any(t.is_title and t.lower_ in _STATE_BODY_HEADS for t in span):
        return None  # "the Department of Corrections facility": the body's, unnamed
    if all(t.is_lower for t in named):
        return None  # "the navy base at Brass": a force's site, no name of its own
    for end in range(span.end, min(span.end + 4, len(doc))):
        token = doc[end]
        if token.text in {"'s", "’s"} and end > span.end:
            continue  # "Al-Qanater men's prison"
        if not token.is_lower or token.pos_ not in {"NOUN", "ADJ"}:
            return None
        if token.lower_ in _BODY_WORDS_NOT_SITES:
            return None  # "the Viasna human rights centre": a body, not a building
        if token.lower_ == "market" and _a_known_town(span.text.removeprefix("the ")):
            return None  # "the Onitsha main market": the town's market, named by the town
        if token.lower_ in FACILITIES:
            return end + 1
    return None


# what the bodies that call men up to the army are named for: "the territorial recruitment
# centre", "the military enlistment office"
DRAFT_WORDS = frozenset({"recruitment", "enlistment", "conscription"})


_COURT_LEVELS = {"district", "city", "regional", "garrison", "municipal", "provincial", "military"}


def court_noun_after(span: Span) -> int | None:
    """End of "the Vakhitovsky district court": a court named by its district or city
    (also when the model drew "the Almaly district" and left "court" out)."""
    doc = span.doc
    end = span.end
    definite = span[0].lower_ == "the" or (span.start > 0 and doc[span.start - 1].lower_ == "the")
    if not definite or end >= len(doc):
        return None
    if span[-1].lower_ in _COURT_LEVELS and span[-1].is_lower and doc[end].lower_ == "court":
        return end + 1
    if (
        end + 1 < len(doc)
        and doc[end].lower_ in _COURT_LEVELS
        and doc[end].is_lower
        and doc[end + 1].lower_ == "court"
    ):
        return end + 2
    return None


_POLICE_LEVELS = (_COURT_LEVELS - {"garrison", "military"}) | {"county", "state"}
_POLICE_OFFICES = {"command", "department", "directorate", "office"}
# a force's part that speaks for it, named by its area: "the Lagos State police command"
_POLICE_COMMANDS = _POLICE_OFFICES - {"office"}


def police_noun_after(span: Span) -> int | None:
    """End of "the Akhmatovsky district police (department)", "Samarkand regional police":
    a force named by its area, which names no place where things happened."""
    doc = span.doc
    end = span.end
    if not (
        end + 1 < len(doc)
        and doc[end].lower_ in _POLICE_LEVELS
        and doc[end].is_lower
        and doc[end + 1].lower_ == "police"
    ):
        return None
    end += 2
    if end < len(doc) and doc[end].lower_ in {"headquarters", "station", "post"}:
        return None  # "the Gua Musang district police headquarters": a site in the town
    if end < len(doc) and doc[end].lower_ in _POLICE_OFFICES:
        end += 1
    return end


def police_command_spans(doc: Doc) -> list[Span]:
    """ "The Sokoto state police command said", "the Norte de Santander police command": a
    force's command named by its area, drawn whole whether or not the model tagged the
    area."""
    spans = []
    for i in Registry.of(doc).with_lower({"police"}, start=1):
        if not (i + 1 < len(doc) and doc[i + 1].lower_ in _POLICE_COMMANDS and doc[i + 1].is_lower):
            continue
        start = i
        if doc[start - 1].lower_ in _POLICE_LEVELS and doc[start - 1].is_lower:
            start -= 1
        words = 0
        while start > 0 and words < 3:
            before = doc[start - 1]
            if before.is_title and before.is_alpha and before.lower_ not in {"the", "a", "an"}:
                words += 1
            elif not (before.lower_ in {"de", "del"} and words > 0):
                break
            start -= 1
        if doc[start].lower_ in {"de", "del"}:
            start += 1
        if words and country_of_demonym(doc[start].text) is None:
            spans.append(Span(doc, start, i + 2, label="ORG"))  # (not "Kenyan police …")
    return spans


def place_noun_spans(doc: Doc) -> list[Span]:
    """Names the model missed after a place noun: "near the town of Ilave"."""
    spans = []
    for i in Registry.of(doc).with_lower({"of"}, start=2):
        if doc[i - 1].lemma_.lower() not in PLACE_NOUNS_BEFORE_OF or not doc[i - 1].is_lower:
            continue
        end = i + 1
        while end < len(doc) and doc[end].is_title and doc[end].pos_ == "PROPN":
            end += 1
        if end > i + 1 and not any(t.ent_type_ for t in doc[i + 1 : end]):
            spans.append(Span(doc, i + 1, end, label="GPE"))
    return spans


def facility_spans(doc: Doc) -> list[Span]:
    """Names the model missed before a facility noun: "at Jau prison", "Evin prison"."""
    spans = []
    registry = Registry.of(doc)
    homes = [
        i
        for i in registry.with_lower({"home"})
        if i and (doc[i - 1].lower_ in _KINDS_OF_HOME or _home_named_by_the(doc, i))
    ]
    for i in sorted([*registry.with_lower(FACILITIES), *homes]):
        token = doc[i]
        if not (
            token.pos_ == "NOUN"
            or (token.pos_ == "PROPN" and token.is_title)  # "Remand Prison"
            or i in homes  # (which the tagger may call an adverb)
        ):
            continue
        start = token.i
        while start > 0 and doc[start - 1].is_lower and doc[start - 1].dep_ in {"compound", "amod"}:
            start -= 1
        names = start
        while names > 0 and doc[names - 1].pos_ == "PROPN" and doc[names - 1].is_title:
            names -= 1
        if names == start and start >= 3 and doc[start - 1].text in {"'s", "’s"}:
            saint = start - 2
            while saint > 0 and doc[saint - 1].is_title and doc[saint].is_title:
                saint -= 1
            if doc[saint].text in SAINT_WORDS and saint < start - 2:
                names = saint  # "the St Mary's police station": a site named for a saint
        if any(t.lower_ in {"radio", "television", "tv"} for t in doc[start : token.i]):
            continue  # "its Andalus radio station": an outlet, not a site
        if any(t.lower_ in _BODY_WORDS_NOT_SITES for t in doc[names : token.i]):
            continue  # "the Omani government communications centre": a body
        if names > 0 and doc[names - 1].lower_ in {"a", "an"}:
            continue  # "a Yerevan detention facility": an unnamed site in a named city
        if token.lower_ == "market" and _a_known_town(doc[names:start].text):
            continue  # "the Onitsha main market": the town's market, named by the town
        end = token.i + 1
        if end < len(doc) and doc[end].lower_ == "complex":
            end += 1  # "the Santiago Vázquez prison complex"
        if names < start and not doc[names].is_sent_start:
            spans.append(Span(doc, names, end, label="FAC"))
    return spans


# how a name given for a saint begins: "St Mary's police station", "Saint Augustine's"
SAINT_WORDS = frozenset({"St", "St.", "Saint"})


def _a_known_town(name: str) -> bool:
    return any(place.name == name for place in load_gazetteer().candidates(name))


def _home_named_by_the(doc: Doc, home: int) -> bool:
    """ "the Villa Beauséjour home": a home the report names, not "her Nairobi home" or
    "the Mandela home", whose name is a town's or a family's."""
    start = home
    while start > 0 and doc[start - 1].is_title and doc[start - 1].pos_ == "PROPN":
        start -= 1
    return (
        start < home
        and start > 0
        and doc[start - 1].lower_ == "the"
        and all(t.ent_type_ in {"", "ORG", "FAC"} for t in doc[start:home])
    )


# a home that houses people in care: "the Rebecka youth home", "the Glenview care home"
_KINDS_OF_HOME = {"care", "youth", "nursing", "foster", "residential", "retirement", "group"}


NAME_LABELS = {"PERSON", "ORG", "GPE", "LOC", "FAC", "NORP"}
_BODY_WORDS_NOT_SITES = {
    "government",
    "communications",
    "media",
    "information",
    "press",
    "rights",  # "the Viasna human rights centre"
    "legal",
    "research",
}
_SILENT_VERBS = {"respond", "comment", "reply", "answer", "reach"}


def works_at(body: Token, workers: Collection[str]) -> bool:
    """ "a reporter for Radio Mudug", "a presenter at Mtavari Plus", "journalists working
    with Meydan TV": a body named as where one of ``workers`` works."""
    preposition = body.head
    return (
        body.dep_ == "pobj"
        and preposition.lower_ in {"for", "with", "at"}
        and (preposition.head.lemma_.lower() in workers or preposition.head.lower_ in workers)
    )


def no_comment(span: Span) -> bool:
    if any(
        _silent(verb) and any(c.lower_ in {"which", "who"} for c in children(verb, "nsubj"))
        for verb in children(span.root, "relcl")
    ):
        return True  # "a company, Greenleaf Plantations, which did not respond to requests"
    root = span.root
    while root.dep_ in {"appos", "compound"} and root.head.i != root.i:
        # "The military's media wing, the ISPR, did not respond"; "The landowner, the
        # agribusiness firm X, did not respond"; "The Shin Bet security agency did not"
        root = root.head
    if root.dep_ not in {"nsubj", "nsubjpass"}:
        return False
    return _silent(root.head)


def _silent(verb: Token) -> bool:
    """ "did not respond", "declined to comment" (not "declined to comment … but said")."""
    lemma = verb.lemma_.lower()
    if any(c.dep_ == "conj" and c.lemma_.lower() in {"say", "tell", "add"} for c in verb.children):
        return False  # "declined to comment on the case but said …"
    if lemma in _SILENT_VERBS and any(c.dep_ == "neg" for c in verb.children):
        return True
    return lemma in {"decline", "refuse"} and any(
        c.dep_ == "xcomp" and c.lemma_.lower() in _SILENT_VERBS for c in verb.children
    )


# verbs of asking someone to act (or to speak): "urged the government to …"
DEMANDS = frozenset({"urge", "call", "ask", "press", "appeal", "demand", "petition", "implore"})
# what a body refers to another for it to act on ("referred the findings to …")
_REFERRED = frozenset(
    {"finding", "findings", "complaint", "allegation", "matter", "file", "report"}
)
# the holders of a body's office that a demand may be put to in its stead
_HOLDERS_ASKED = frozenset(
    {"president", "head", "chair", "chairman", "chairwoman", "chief", "director"}
)


def only_addressed(span: Span) -> bool:
    """A body named as the addressee of a demand ("urged the British government to …",
    "called on the Thai authorities to …", "Kazakh authorities must release …"): asked
    to act, not reported acting; so is a name set beside the addressee ("urged the UN
    mission, MINURSO, to …")."""
    root = span.root
    set_apart = span.start > 0 and span.doc[span.start - 1].text == ","
    if (root.dep_ == "appos" or (root.dep_ == "acl" and set_apart)) and root.head.i != root.i:
        root = root.head
    head = root.head
    if (
        root.dep_ == "pobj"
        and head.lower_ == "of"
        and head.head.lower_ in _HOLDERS_ASKED
        and head.head.dep_ == "dobj"
    ):
        root, head = head.head, head.head.head  # "ask the president of the Supreme Court to …"
    if root.dep_ == "dobj" and head.lemma_.lower() in DEMANDS:
        return True
    if (
        root.dep_ == "nsubjpass"
        and head.lemma_.lower() in DEMANDS
        and any(c.dep_ == "xcomp" for c in head.children)
    ):
        return True  # "the Inspectorate General had been asked to examine …"
    if (
        root.dep_ == "pobj"
        and head.lower_ in {"on", "upon", "to"}
        and (
            head.head.lemma_.lower() in DEMANDS
            # "would write to the Office of the Ombudsman": a letter asks it to act
            or (head.lower_ == "to" and head.head.lemma_.lower() == "write")
            # so does "a complaint had been referred to the Gibraltar Police Authority", or
            # "had referred the findings to the College of Physicians"
            or (
                head.lower_ == "to"
                and head.head.lemma_.lower() == "refer"
                and any(
                    (c.dep_ == "nsubjpass" and c.lemma_.lower() in {"complaint", "allegation"})
                    or (c.dep_ == "dobj" and c.lemma_.lower() in _REFERRED)
                    for c in head.head.children
                )
            )
        )
    ):
        return True
    if root.dep_ == "nsubj" and head.dep_ == "ccomp" and head.head.lemma_.lower() in DEMANDS:
        return True  # "demands that the Nicaraguan authorities disclose …"
    if (
        root.dep_ == "pobj"
        and head.lower_ in {"with", "to"}
        and head.head.lemma_.lower() == "complaint"
    ):
        return True  # "had filed a complaint with the Public Prosecutor's Office": asked
        # to act, as a letter asks
    return root.dep_ == "nsubj" and any(
        c.dep_ == "aux" and c.lower_ in {"must", "should"} for c in head.children
    )


PLACE_NOUNS = {
    "area",  # "the Majengo area"
    "village",
    "hamlet",
    "locality",
    "settlement",
    "town",
    "city",
    "district",
    "region",
    "province",
    "state",
    "county",
    "municipality",
    "neighbourhood",
    "neighborhood",
    "island",
    "township",
    "suburb",
    "commune",
    "governorate",
    "prefecture",
    "port",  # "through the port of Bar"
    "republic",  # "Russia's Komi republic"
    "regency",  # "Morowali regency" (Indonesia)
    "subcounty",
    "gorge",  # "the Pankisi Gorge"
    "oblast",
    "krai",
    "canton",
    "territory",  # "the Djugu territory of Ituri province"
    "peninsula",  # "the Sinai peninsula"
}
# nouns that name a settlement only when a name follows with "of": "the community of
# Nueva Esperanza", "the parish of Victoria del Portete" (but "the Rohingya community" is
# a people)
PLACE_NOUNS_BEFORE_OF = PLACE_NOUNS | {"community", "parish"}
_UNIT_WORDS = {"battalion", "brigade", "division", "regiment", "unit", "company", "squadron"}


def after_place_noun(span: Span) -> bool:
    """'the village of Kin Ma'; also 'the Petare neighbourhood', 'Soroti district' (but
    a nationality before a place noun is an adjective: 'a Russian region')."""
    doc = span.doc
    if (
        span.label_ != "NORP"
        and span.end < len(doc)
        and doc[span.end].is_lower
        and doc[span.end].lemma_.lower() in PLACE_NOUNS  # "the Zahra and Nuzha neighbourhoods"
    ):
        return True
    if (
        span.label_ == "NORP"
        and span.end < len(doc)
        and doc[span.end].lower_ in {"region", "state", "zone"}
        and span.start >= 2
        and doc[span.start - 1].text in {"'s", "’s"}
        and (owner := country_named(doc[span.start - 2].text)) is not None
        and country_of_demonym(span.text) not in {None, owner}
    ):
        return True  # "Ethiopia's Somali region": a people's land inside another country
    if span.end < len(doc) and doc[span.end].lower_ in {"gorge", "valley"}:
        return True  # "the Pankisi Gorge", "the Rift Valley": a landform's name
    if (
        span.end + 2 < len(doc)
        and doc[span.end].lower_ == "sub"
        and doc[span.end + 1].text == "-"
        and doc[span.end + 2].lemma_.lower() in PLACE_NOUNS
    ):
        return True  # "Rengen sub-county"
    if (
        span.label_ != "NORP"
        and span.end + 1 < len(doc)
        and doc[span.end].is_lower
        and doc[span.end].is_alpha
        and doc[span.end].dep_ in {"compound", "amod"}
        and doc[span.end].head.i == span.end + 1
        and doc[span.end + 1].is_lower
        and doc[span.end + 1].lemma_.lower() in PLACE_NOUNS - {"state"}
    ):
        return True  # "the Kawéni shanty town"
    if (  # "the Zahra and Nuzha neighbourhoods": the first name too
        span.end + 2 < len(doc)
        and doc[span.end].lower_ == "and"
        and doc[span.end + 1].is_title
        and doc[span.end + 2].tag_ == "NNS"
        and doc[span.end + 2].lemma_.lower() in PLACE_NOUNS
    ):
        return True
    if span.start < 2:
        return False
    if doc[span.start - 1].lower_ == "and" and span.start >= 4:
        # "the villages of Kibirizi and Bambo": the second name is a place too
        for i in range(span.start - 2, max(span.start - 6, 1), -1):
            if doc[i].lower_ == "of":
                return doc[i - 1].lemma_.lower() in PLACE_NOUNS_BEFORE_OF and all(
                    t.is_title for t in doc[i + 1 : span.start - 1]
                )
    return (
        doc[span.start - 1].lower_ == "of"
        and doc[span.start - 2].lemma_.lower() in PLACE_NOUNS_BEFORE_OF
    )


def initials(name: str) -> str:
    """Capital initials of a name's capitalised words: "Committee to Protect Journalists"
    is CPJ."""
    return "".join(w[0] for w in name.split() if w[0].isupper()).upper()


def is_based(span: Span) -> bool:
    """ "the London-based group", "which is based in London": where a body sits."""
    doc = span.doc
    if (
        span.start >= 2
        and doc[span.start - 1].lower_ == "in"
        and doc[span.start - 2].lower_ == "based"
    ):
        return True
    if (
        span.start >= 2
        and doc[span.start - 1].lower_ in {"a", "an"}
        and doc[span.start - 2].text == ","
        and any(t.lower_ in _GROUP_NOUNS for t in doc[span.end : span.end + 3])
    ):
        return True  # "the Initiative, a Belgrade group, said": the city the group is from
    if span.end + 1 >= len(doc):
        return False
    return doc[span.end].text == "-" and doc[span.end + 1].lower_ == "based"


_GROUP_NOUNS = {"group", "organisation", "organization", "charity", "ngo", "watchdog", "monitor"}


_SITE_NOUNS = {
    "camp",
    "base",
    "prison",
    "jail",
    "centre",
    "center",
    "facility",
    "village",
    "town",
    "city",
    "district",
    "hamlet",
    "settlement",
    "compound",
    "valley",  # "Pankisi, a valley populated mainly by Kists,"
    "gorge",
    "island",  # "Diego Garcia, the Indian Ocean island used as a base"
    "atoll",
}


def described_as_site(span: Span) -> bool:
    """The name has an appositive that names a kind of place ("Awash Arba, a military
    camp in the Afar region,"), or is what a site is known as ("the NSS headquarters
    in Jebel, known as the Blue House")."""
    doc = span.doc
    start = span.start + (span[0].lower_ == "the")
    if start >= 3 and doc[start - 1].lower_ in {"as", "the"}:
        known = start - 2 if doc[start - 1].lower_ == "as" else start - 3
        if doc[known].lower_ == "known" and doc[known + 1].lower_ == "as":
            return any(
                t.lemma_.lower() in _SITE_NOUNS | {"headquarters", "building", "prison"}
                and t.pos_ == "NOUN"
                for t in doc[max(doc[known].sent.start, known - 10) : known]
            )
    if any(
        child.dep_ == "appos" and child.lemma_.lower() in _SITE_NOUNS and child.i >= span.end
        for child in span.root.children
    ):
        return True
    # the parser often hangs the appositive elsewhere: read the words themselves
    words = doc[span.end : span.end + 6]
    if len(words) < 3 or words[0].text != "," or words[1].lower_ not in {"a", "an", "the"}:
        return False
    for token in words[2:]:
        following = doc[token.i + 1] if token.i + 1 < len(doc) else None
        if (
            token.lemma_.lower() in _SITE_NOUNS
            and token.pos_ == "NOUN"
            # (not "a village councillor", "a camp leader": the site names a person's post)
            and not (following is not None and following.pos_ == "NOUN" and following.is_lower)
            # (nor "the town's mayor": the site owns the post)
            and not (following is not None and following.text in {"'s", "’s"})
        ):
            return True
        if token.ent_type_ in {"LOC", "GPE", "NORP"} and token.is_title:
            continue  # "the Indian Ocean island", "a Caribbean port"
        if token.pos_ not in {"ADJ", "NOUN"} or not token.is_lower:
            return False
    return False


def with_acronym_tail(span: Span) -> Span:
    """ "Liberation Tigers" + "of Tamil Eelam (LTTE)", "UN Assistance Mission" + "in
    Afghanistan (UNAMA)": a name goes on over "of"/"for"/"in" and capitalised words
    when the acronym in brackets after them spells the longer name."""
    doc = span.doc
    end = span.end
    if end >= len(doc) or doc[end].lower_ not in {"of", "for", "in", "on", "and"}:
        return span
    end += 1
    while end < len(doc) and (
        doc[end].is_title or doc[end].lower_ in {"of", "for", "the", "and", "in", "on"}
    ):
        end += 1
    if end + 2 >= len(doc) or doc[end].text != "(" or doc[end + 2].text != ")":
        return span
    acronym = doc[end + 1].text
    first = span.start + (doc[span.start].lower_ == "the")  # "The Centre for …" is CHRDA
    capitals = "".join(ch for t in doc[first:end] for ch in t.text if ch.isupper())
    if acronym.isupper() and len(acronym) >= 2 and capitals == acronym:
        return Span(doc, span.start, end, label=span.label_)
    return span


def with_unit_number(span: Span) -> Span:
    """ "Light Infantry Battalion 257": the number is part of the unit's name; "the Office
    of the Attorney" + "General": so is the rank of the office's holder."""
    doc = span.doc
    unit = span[-1].lower_ in _UNIT_WORDS or span[-1].text == "Group"  # "Group 24"
    if span.end < len(doc) and unit and doc[span.end].like_num:
        return Span(doc, span.start, span.end + 1, label=span.label_)
    if (
        span.end < len(doc)
        and span[-1].lower_ in _GENERAL_OFFICERS
        and span[-1].is_title
        and doc[span.end].text == "General"
    ):
        return Span(doc, span.start, span.end + 1, label=span.label_)
    return span


# who holds an office "general": "the Office of the Attorney General"
_GENERAL_OFFICERS = frozenset(
    {"attorney", "prosecutor", "procurator", "solicitor", "inspector", "auditor", "advocate"}
)


_PORTFOLIO_HOLDERS = {"ministry", "department", "secretariat", "minister"}


def _with_listed_portfolios(span: Span) -> Span:
    """ "the Ministry of Commerce, Industry" + ", Labour and Immigration": a ministry's
    portfolios listed with commas, up to the "and" before the last (a list of other bodies
    after a ministry, "the Ministry of Justice, Human Rights Watch and …", is no portfolio)."""
    doc = span.doc
    if not {t.lower_ for t in span} & _PORTFOLIO_HOLDERS or "of" not in {t.lower_ for t in span}:
        return span
    end = span.end
    while end + 1 < len(doc) and doc[end].text == ",":
        words = end + 1
        while words < len(doc) and words - end <= 2 and doc[words].is_title:
            words += 1
        if (
            words == end + 1
            or any(doc[i].ent_type_ in {"PERSON", "GPE", "NORP"} for i in range(end + 1, words))
            or ORG_WORD.search(doc[end + 1 : words].text)
        ):
            break
        end = words
    if end > span.end and end < len(doc) and doc[end].lower_ == "and":
        return Span(doc, span.start, end, label=span.label_)
    return span


_PURPOSE_WORDS = {"por", "para", "pela", "pelo", "pelos", "pelas"}
_ROMANCE_ARTICLES = {"la", "el", "los", "las", "a", "o", "os", "as"}


def _with_romance_purpose(span: Span) -> Span:
    """ "Acción Juvenil por la Paz", "Movimento pela Terra": a Spanish or Portuguese name
    goes on past what it is for, which the model cuts off."""
    doc = span.doc
    at = span.end
    if at >= len(doc) or doc[at].lower_ not in _PURPOSE_WORDS:
        return span
    at += 1
    if at < len(doc) and doc[at].lower_ in _ROMANCE_ARTICLES:
        at += 1
    end = at
    while end < len(doc) and end - at < 3 and doc[end].is_title and doc[end].is_alpha:
        end += 1
    return Span(doc, span.start, end, label=span.label_) if end > at else span


# what a French, Spanish, Catalan, Portuguese, German or Filipino body's name says it is
# for, against or in ("Santé pour Tous", "Abogados por la Paz", "Dones en Acció",
# "Kilusang Magbubukid ng Pilipinas"): no English word and no part of a person's name
_ROMANCE_LINKS = {
    "pour",
    "sans",
    "contre",
    "por",
    "para",
    "pela",
    "pelo",
    "sin",
    "contra",
    "en",
    "für",
    "ng",
    "sa",
}
_NAME_ARTICLES = _ROMANCE_ARTICLES | {"le", "les", "l'", "die", "der", "das", "den"}


def romance_body_spans(doc: Doc) -> list[Span]:
    """Bodies named in another language whose link word the model reads as a break
    between two names ("Santé pour Tous said": "Santé" and "Tous")."""
    spans = []
    for link in Registry.of(doc).with_lower(_ROMANCE_LINKS):
        start = link
        while (
            start > 0 and link - start < 3 and doc[start - 1].is_title and doc[start - 1].is_alpha
        ):
            start -= 1
        while start < link and doc[start].lower_ in {"the", "a", "an"}:
            start += 1
        at = link + 1
        if at < len(doc) and doc[at].lower_ in _NAME_ARTICLES:
            at += 1
        end = at
        while end < len(doc) and end - at < 3 and doc[end].is_title and doc[end].is_alpha:
            end += 1
        if start < link and end > at:
            spans.append(Span(doc, start, end, label="ORG"))
    return spans


def with_and_tail(span: Span) -> Span:
    """ "Citizens for Justice and Equality": a name with a preposition may go on past
    "and" with capitalised words."""
    doc = span.doc
    span = _with_listed_portfolios(span)
    span = _with_romance_purpose(span)
    if span.end + 1 >= len(doc) or doc[span.end].lower_ != "and":
        return span
    end = span.end + 1
    while end < len(doc) and doc[end].is_title and doc[end].pos_ == "PROPN":
        end += 1
    if end == span.end + 1:
        return span
    words = {t.lower_ for t in span}
    # "Human Rights Awareness and Promotion Forum": the run after "and" ends in a body noun
    if words & {"for", "of"} or (
        ORG_WORD.fullmatch(doc[end - 1].text) and not ORG_WORD.search(span.text)
    ):
        return Span(doc, span.start, end, label=span.label_)
    return span


def introduced_as_news(span: Span) -> bool:
    """ "the state news agency APS", "the news agency Interfax": a channel, not a party."""
    doc = span.doc
    before = [t.lower_ for t in doc[max(0, span.start - 2) : span.start]]
    return before == ["news", "agency"] or before[-1:] == ["broadcaster"]


def introduced_as_person(span: Span) -> bool:
    if span.start == 0:
        return False
    before = span.doc[span.start - 1]
    return (
        before.is_lower
        and before.pos_ == "NOUN"
        and before.lemma_.lower() in actor_words().person_nouns
        and before.dep_ == "compound"
    )


def introduced_as_body(span: Span) -> bool:
    """ "the investigative outlet Ordo Media", "the rights group Ligue Umuco", "a group that
    calls itself X"."""
    if span.start == 0:
        return False
    doc = span.doc
    before = doc[span.start - 1]
    if (
        before.lower_ in {"itself", "themselves"}
        and span.start > 1
        and doc[span.start - 2].lemma_.lower() == "call"
    ):
        return True  # "the group, which calls itself Operation Safe Streets,"
    if not before.is_lower or before.lower_ not in _BODY_INTRODUCERS:
        return False
    if before.pos_ == "NOUN":
        return True
    # "the rights monitor OVD-Info": the tagger took the noun for a verb
    earlier = doc[before.i - 1] if before.i > 0 else None
    return earlier is not None and (
        earlier.lower_ in {"the", "a", "an"}
        or earlier.pos_ in {"NOUN", "ADJ"}
        or earlier.dep_ == "amod"  # "the Kathmandu-based daily Kantipur Samachar"
    )


def with_name_words(span: Span) -> Span:
    """ "Hengaw" + "Organization for Human Rights": capitalised words right after a body's
    name that end in a word for a body are its name too (what follows with "for"/"of" is
    read by ``with_preposition_tail``)."""
    doc = span.doc
    end = span.end
    while end < len(doc) and end < span.end + 3 and doc[end].is_title and not doc[end].ent_type_:
        end += 1
    while end > span.end and not ORG_WORD.fullmatch(doc[end - 1].text):
        end -= 1
    return Span(doc, span.start, end, label=span.label_) if end > span.end else span


def with_body_noun(span: Span) -> Span:
    """Extend "UN" over "refugee agency" when the common nouns after it end in a word for
    a body."""
    doc = span.doc
    kind = body_kind(span.text.removesuffix("'s").removesuffix("’s"))
    if kind == "media" or (len(span) > 1 and kind != "international body"):
        return span  # (a name in words is whole: "the Somos Defensores programme")
    for end in range(span.end, min(span.end + 6, len(doc))):
        token = doc[end]
        if token.text == "-" and not token.whitespace_ and end > span.end:
            continue  # "UN fact-finding mission": a hyphenated word
        # "UN refugee agency", "UN human rights office", "UN human rights monitoring mission"
        if (
            not token.is_lower
            or token.pos_ not in {"NOUN", "ADJ", "VERB"}
            or token.lower_ == "news"
        ):
            return span
        if token.lower_ in _BODY_NOUNS:
            return Span(doc, span.start, end + 1, label=span.label_)
    return span


_SCOPED_BODIES = {
    "mission",
    "monitor",
    "office",
    "commission",
    "committee",
    "council",
    "commissioner",
    "rapporteur",
    "envoy",
    "agency",
    "court",
}


def with_scope_tail(span: Span) -> Span:
    """ "UN Assistance Mission in Afghanistan", "Office for Human Rights": a body's name
    may go on with its remit after "in", "for" or "on"."""
    doc = span.doc
    if span[-1].text == "Rights" and span.end + 1 < len(doc) and doc[span.end].lower_ == "in":
        # "the Helsinki Committee for Human Rights in Bosnia and Herzegovina": a country's
        # rights body names its country
        end = span.end + 1
        while end < len(doc) and (doc[end].is_title or doc[end].lower_ == "and"):
            end += 1
        while end > span.end + 1 and not doc[end - 1].is_title:
            end -= 1
        if end > span.end + 1 and is_country(doc[span.end + 1 : end].text):
            return Span(doc, span.start, end, label=span.label_)
        return span
    if span[-1].lower_ not in _SCOPED_BODIES or span.end + 1 >= len(doc):
        return span
    remit = doc[span.end].lower_
    if remit not in {"in", "for", "on"}:
        return span
    # "Mission in Afghanistan", but not "Council in Geneva" unless an acronym for the
    # whole follows ("the UN Integrated Office in Haiti (BINUH)")
    needs_acronym = remit == "in" and span[-1].lower_ != "mission"
    if span[-1].lower_ == "rapporteur" and remit == "on":
        # "Special Rapporteur on the independence of judges and lawyers": the mandate
        objects = [t for t in doc[span.end].children if t.dep_ == "pobj"]
        if objects:
            end = max(t.i for t in objects[0].subtree) + 1
            comma = next((i for i in range(span.end, end) if doc[i].text == ","), None)
            # (not on over ", Nils M., and members of …": the name set beside the mandate)
            return Span(doc, span.start, comma or end, label=span.label_)
    end = span.end + 1
    while end < len(doc) and (
        (doc[end].is_title and doc[end].lower_ not in _CALENDAR_WORDS)  # not "on January 15"
        or doc[end].lower_ in {"of", "and"}
    ):
        end += 1
    while end > span.end + 1 and not doc[end - 1].is_title:
        end -= 1
    bracketed = end + 2 < len(doc) and doc[end].text == "(" and doc[end + 2].text == ")"
    # "the UN human rights office in Honduras": a country's office (not one "in Geneva")
    countrys_office = span[-1].lower_ in {"office", "monitor"} and is_country(
        doc[span.end + 1 : end].text
    )  # (and "the Azerbaijani Human Rights Monitor in Iran")
    if needs_acronym and not (bracketed and doc[end + 1].is_upper) and not countrys_office:
        return span
    return Span(doc, span.start, end, label=span.label_) if end > span.end + 1 else span


_CALENDAR_WORDS = set(MONTHS) | set(WEEKDAYS)


_MANDATES = {
    "rapporteur",
    "experts",
    "commission",
    "committee",
    "mission",
    "envoy",
    "group",
    "representative",
}


def mandate_spans(doc: Doc) -> list[Span]:
    """ "The UN Special Rapporteur on Eritrea said", which the model leaves untagged: the
    mandate is a body, and the country in its title no place (ORG spans)."""
    spans = []
    for i in Registry.of(doc).with_lower(_MANDATE_HEADS):
        if (
            doc[i].lower_ == "coordinator"
            and i >= 2
            and doc[i - 1].lower_ in {"humanitarian", "resident"}
            and doc[i - 2].text in _MANDATE_OWNERS
        ):
            # "the UN humanitarian coordinator for Sudan", in lower case as wire copy has it
            spans.append(with_preposition_tail(Span(doc, i - 2, i + 1, label="ORG")))
            continue
        if doc[i].lower_ not in {"rapporteur", "envoy"} and not doc[i].is_title:
            continue  # ("a representative of the group": no office's name)
        start = i
        while start > 0 and doc[start - 1].is_title and doc[start - 1].lower_ in _MANDATE_WORDS:
            start -= 1
        if start > 0 and doc[start - 1].text in _MANDATE_OWNERS:
            start -= 1
        if start == i and _owned_by_international_body(doc, start):
            # "The Council of Europe's Commissioner for Human Rights called on …"
            span = with_preposition_tail(Span(doc, start, i + 1, label="ORG"))
            if span.end > i + 1:
                spans.append(span)
            continue
        if start == i or doc[start].text not in _MANDATE_OWNERS | {"United"}:
            continue  # only the UN's own titles: "the UN Special Rapporteur"
        if doc[start].text == "United" and doc[start : start + 2].text != "United Nations":
            continue
        if start > 0 and doc[start - 1].lower_ == "the":
            start -= 1  # (as the model draws it: its shorter span then lies inside)
        span = Span(doc, start, i + 1, label="ORG")
        longer = with_scope_tail(span)
        if longer.end == span.end:
            longer = with_preposition_tail(span)
        spans.append(longer)
    return spans


_MANDATE_WORDS = {"special", "independent", "nations", "high", "rapporteur", "envoy"}
_MANDATE_HEADS = frozenset({"rapporteur", "envoy", "representative", "commissioner", "coordinator"})
# the bodies whose offices are named after them: "the OSCE Representative on Freedom of the
# Media", "the UN Special Rapporteur on Belarus"
_MANDATE_OWNERS = {"UN", "U.N.", "OSCE", "EU"}


def _owned_by_international_body(doc: Doc, title: int) -> bool:
    """The title right after an international body's possessive ("the Council of Europe's
    Commissioner")."""
    if title < 2 or doc[title - 1].text not in {"'s", "’s"}:
        return False
    owner = doc[title - 2]
    start = owner.i
    while start > 0 and (doc[start - 1].is_title or doc[start - 1].lower_ == "of"):
        start -= 1
    return body_kind(doc[start : owner.i + 1].text) == "international body"


def with_preposition_tail(span: Span) -> Span:
    """ "Egyptian Initiative" + "for Rights and Freedoms": a body's name goes on with
    "for" or "of" and capitalised words (joined by "and"); a mandate with "on" ("UN
    Special Rapporteur on Belarus", "… on torture")."""
    doc = span.doc
    if (
        span.end + 1 < len(doc)
        and doc[span.end].lower_ == "on"
        and span[-1].lower_ in _MANDATES
        and span[-1].is_title
    ):
        following = doc[span.end + 1]
        # "… on the Return of Citizens": a title-case word after "the" names the remit
        after_the = following.lower_ == "the" and span.end + 2 < len(doc)
        named = doc[span.end + 2] if after_the else following
        if (
            named.is_title
            and (named.pos_ == "PROPN" or after_the)
            and named.lower_ not in _CALENDAR_WORDS
        ):
            end = span.end + 1
            while end < len(doc):
                word = doc[end]
                if (
                    word.is_title
                    and word.lower_ not in _CALENDAR_WORDS
                    # ("… on Freedom of the Media": a title-case noun after "of the")
                    and (word.pos_ == "PROPN" or doc[end - 1].lower_ in {"of", "the"})
                ) or (
                    # ("… on the Elimination of Discrimination against Women")
                    word.lower_ in {"of", "the", "against"}
                    and end + 1 < len(doc)
                    and (doc[end + 1].is_title or doc[end + 1].lower_ == "the")
                ):
                    end += 1
                else:
                    break
            while doc[end - 1].lower_ in {"of", "the", "against"}:
                end -= 1
            return Span(doc, span.start, end, label=span.label_)
        if following.is_lower and following.pos_ == "NOUN" and following.dep_ == "pobj":
            return Span(doc, span.start, span.end + 2, label=span.label_)  # "on torture"
    if span.end + 1 >= len(doc) or doc[span.end].lower_ not in {"for", "of", "against"}:
        return span  # "… Committee against Torture"
    end = span.end + 1
    while end < len(doc) and (
        (
            doc[end].is_title
            # ("… of the Lower Marañón": a title-case word after "the" is the name's)
            and (doc[end].pos_ == "PROPN" or doc[end - 1].lower_ == "the")
            and doc[end].lower_ not in _CALENDAR_WORDS
        )
        or (
            doc[end].lower_ in {"and", "the", "of"}
            and end + 1 < len(doc)
            and (doc[end + 1].is_title or doc[end + 1].lower_ == "the")
        )
        or (  # "… for Journalists' Rights"
            doc[end].text in {"'", "’"}
            and doc[end - 1].lower_.endswith("s")
            and end + 1 < len(doc)
            and doc[end + 1].is_title
        )
    ):
        end += 1
    while end > span.end and doc[end - 1].lower_ in {"and", "the", "of"}:
        end -= 1  # no name ends in "of the"
    return Span(doc, span.start, end, label=span.label_) if end > span.end + 1 else span


_NATIONAL_BODY_HEADS = {
    "association",
    "union",
    "federation",
    "confederation",
    "council",
    "society",
    "network",
    "coalition",
    "alliance",
    "league",
    "syndicate",
    "chamber",
}


_NAME_DASHES = {"-", "–", "—"}


def with_country_tail(span: Span, gazetteer: Gazetteer) -> Span:
    """ "Amnesty International Kenya", "the Law Society of Kenya": a body's national branch
    or a national body goes on with its country's name."""
    doc = span.doc
    if span[-1].text in {"'s", "’s"}:
        return span  # "the Institute's Malawi chapter": the body's part, named apart
    of = span.end < len(doc) and doc[span.end].lower_ == "of"
    # "the Association of Persons with Albinism in Malawi": a national association's name
    # goes on with "in" and its country
    within = (
        not of
        and span.end < len(doc)
        and doc[span.end].lower_ == "in"
        and (
            (span.root.lower_ in _NATIONAL_BODY_HEADS and any(t.lower_ == "of" for t in span[1:]))
            # a body named for what it works on goes on with the country or region it
            # works in: "the Committee for Press Freedom in Guatemala", "the Centre for
            # Human Rights and Democracy in Africa"
            or any(t.lower_ in {"for", "on"} for t in span[1:-1])
        )
    )
    # "the Human Rights Network for Journalists-Uganda", "the African Peoples' Party–Ivory
    # Coast"
    dash = not of and not within and span.end < len(doc) and doc[span.end].text in _NAME_DASHES
    start = span.end + (1 if of or within or dash else 0)
    for end in range(min(start + 3, len(doc)), start, -1):
        words = doc[start:end]
        if not all(t.is_title or t.lower_ in {"the", "of"} for t in words):
            continue
        place = gazetteer.resolve(words.text)
        if place is not None and (
            place.kind == "country" or (within and place.kind == "world region")
        ):
            return Span(doc, span.start, end, label=span.label_)
        if of and all(t.ent_type_ == "GPE" for t in words):
            # a body "of" a region or town: "the Network of Environmental Defenders of
            # Michoacán", "the Bar Association of Lahore"
            return Span(doc, span.start, end, label=span.label_)
    return span


_ADMIN_AREA_NOUNS = {
    "province",
    "region",
    "district",
    "county",
    "prefecture",
    "state",
    "municipality",
}


def with_area_tail(span: Span) -> Span:
    """ "the People's Court of Dong Nai province": a body named for an area goes on with
    the area's name and the noun that says what kind of area it is."""
    doc = span.doc
    ofs = [t.i for t in span[1:] if t.lower_ == "of"]
    if span.end < len(doc) and doc[span.end].lower_ == "of":
        start = span.end + 1
    elif ofs and all(t.is_title for t in doc[ofs[-1] + 1 : span.end]):
        start = ofs[-1] + 1  # (the model cut the name inside it: "… Court of Nghe")
    else:
        return span
    end = start
    while end < len(doc) and end - start < 3 and doc[end].is_title and doc[end].is_alpha:
        end += 1
    if (
        end > start
        and end < len(doc)
        and doc[end].lower_ in _ADMIN_AREA_NOUNS
        and doc[end].is_lower
    ):
        return Span(doc, span.start, end + 1, label=span.label_)
    return span


def acronym_set_off(doc: Doc, comma: int) -> Token | None:
    """The capitalised acronym set off by commas from ``comma`` on: the name a lower-case
    description before it is known by ("the government's human rights commission,
    COPADEH, said")."""
    if comma + 2 >= len(doc) or doc[comma].text != "," or doc[comma + 2].text != ",":
        return None
    acronym = doc[comma + 1]
    return acronym if acronym.text.isupper() else None


def with_country_head(span: Span, gazetteer: Gazetteer) -> Span:
    """ "Trinidad and Tobago Police Service", which the model cuts at "and": a body named
    after a country whose name holds "and" starts with the whole country."""
    doc = span.doc
    if span.start < 2 or doc[span.start - 1].lower_ != "and":
        return span
    for before in (1, 2):
        start = span.start - 1 - before
        if start < 0 or not all(t.is_title for t in doc[start : span.start - 1]):
            continue
        for words in (1, 2):
            if words >= len(span):
                break
            place = gazetteer.resolve(doc[start : span.start + words].text)
            if place is not None and place.kind == "country":
                return Span(doc, start, span.end, label=span.label_)
    return span


@lru_cache(maxsize=1)
def _people_and_titles() -> frozenset[str]:
    words = actor_words()
    return frozenset(words.person_nouns | words.official_descriptors)


def described_as_person(span: Span) -> bool:
    """The name has an appositive that names a kind of person ("X, a journalist,", "the
    consul in Nouakchott, X,")."""
    nouns = _people_and_titles()
    root = span.root
    if root.dep_ == "appos" and root.head.pos_ == "NOUN" and root.head.lemma_.lower() in nouns:
        return True  # "His wife, Nadia Hadjadj,"
    head = root.head
    if (
        root.dep_ == "appos"
        and head.ent_type_ in {"GPE", "LOC", "PERSON"}  # (the model may take a town
        # for a person: "in Dakar")
        and not span.text.isupper()  # (not "the … Service (NSS)": its acronym)
        and head.dep_ == "pobj"
        and head.head.lower_ in {"in", "of", "for"}
        and head.head.head.pos_ == "NOUN"
        and head.head.head.lemma_.lower() in nouns
    ):
        return True  # "The Malian consul in Nouakchott, Souleymane Traoré," (hung on the town)
    if (
        root.dep_ == "appos"
        and root.head.lower_ == "general"
        and any(c.dep_ == "compound" and c.lemma_.lower() in nouns for c in root.head.children)
    ):
        return True  # "the party's secretary general, Jean-Baptiste Gnagne,"
    return any(child.dep_ == "appos" and child.lemma_.lower() in nouns for child in root.children)


def given_name(token: Token) -> bool:
    """A capitalised word bound to the name that follows it, outside any entity."""
    return (
        token.pos_ == "PROPN"
        and token.dep_ == "compound"
        and token.is_title
        and not token.ent_type_
    )


# the people a body's name may say it is for, in the possessive: "the Southern Women's
# Justice Project", "a women's shelter"
PEOPLE_OWNING_BODIES = frozenset({"women", "children", "people", "men", "workers", "mothers"})
# an ombudsman by any of the title's spellings
OMBUDSMEN = frozenset({"ombudsman", "ombudsperson", "ombudswoman"})
# what a title is "of" before the holder's name: "Inspector General of Police X"
TITLE_DOMAINS = {"police", "prisons", "justice", "interior", "defence", "defense", "staff"}
_ROMAN_NUMERAL = re.compile(r"(?:II|III|IV|VI|VII|VIII|IX|X)")  # "King Mswati III"


def plural_person_noun(word: str) -> bool:
    """ "neighbours", "witnesses": the plural of a word for a kind of person."""
    nouns = actor_words().person_nouns
    return any(
        word.endswith(ending) and word.removesuffix(ending) in nouns for ending in ("s", "es")
    )


def _ends_a_body_name(title: Token) -> bool:
    """ "Roman Catholic Bishop" + "Rolando Álvarez": the model drew the title into the
    words before it and left the name after it untagged."""
    after = title.i + 1
    return (
        title.ent_type_ in {"ORG", "NORP"}
        and title.ent_iob_ == "I"
        and after < len(title.doc)
        and not title.doc[after].ent_type_
    )


def titled_name_spans(doc: Doc) -> list[Span]:
    """ "Air Commodore Musa Adamu", "the government of Sheikh Hasina": capitalised words
    after a title the model left untagged are a person's name."""
    words = actor_words()
    titles = words.titles
    spans = []
    for i in Registry.of(doc).with_lower(titles):
        token = doc[i]
        if not token.is_title or (token.ent_type_ and not _ends_a_body_name(token)):
            continue
        end = token.i + 1
        if (
            end + 1 < len(doc)
            and doc[end].lower_ == "of"
            and doc[end + 1].is_title
            and doc[end + 1].lower_ in TITLE_DOMAINS
        ):
            token = doc[end + 1]  # "Commissioner of Police Kendell Charles"
            end += 2
        while (
            end < len(doc)
            and end - token.i <= 3
            and (
                doc[end].is_title or (end > token.i + 1 and _ROMAN_NUMERAL.fullmatch(doc[end].text))
            )
            and doc[end].pos_ == "PROPN"
            and doc[end].lower_ not in titles
            and doc[end].ent_type_ in {"", "PRODUCT", "WORK_OF_ART", "EVENT", "NORP"}
        ):
            end += 1
        name = doc[token.i + 1 : end]
        if (
            end - token.i >= 2
            and (end >= len(doc) or (not doc[end].is_title and doc[end].text not in {"'s", "’s"}))
            and not any(
                t.lower_ in words.state_words
                or t.lower_ in words.person_nouns
                or plural_person_noun(t.lower_)  # ("Lady Health Workers")
                for t in name
            )
            and not ORG_WORD.search(name.text)
            # (not "the Chief Ombudsman": an office after the title, no one's name)
            and not any(t.lower_ in OMBUDSMEN for t in name)
        ):  # not "Chief Prosecutor's Office"
            spans.append(Span(doc, token.i + 1, end, label="PERSON"))
    return spans


_APPOSED_TO_NAMES = {"rapporteur", "envoy", "commissioner", "name", *OMBUDSMEN}


def appositive_person_spans(doc: Doc) -> list[Span]:
    """ "The UN Special Rapporteur on Iran, Mai Sato, said", "who gave only her first
    name, Bridget,": capitalised words set beside a word for a person are a name."""
    words = actor_words()
    heads = words.person_nouns | words.titles | _APPOSED_TO_NAMES
    spans = []
    for comma in Registry.of(doc).with_lower({","}):
        end = comma + 1  # the name follows the comma: "…, Mai Sato,"
        while end < len(doc) and end - comma <= 4 and doc[end].pos_ == "PROPN":
            end += 1
        token = doc[end - 1]
        if end == comma + 1 or token.dep_ != "appos" or not token.is_title:
            continue
        head = token.head
        if head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.i < head.i:
            # "the editor of the weekly L'Observateur Hebdo, Issouf Kaboré,": the name
            # is the editor's, though the parser set it beside the paper
            head = head.head.head
        if head.lemma_.lower() not in heads or head.i > token.i:
            continue
        name = doc[comma + 1 : end]
        if all(t.is_title for t in name) and not ORG_WORD.search(name.text):
            spans.append(Span(doc, comma + 1, end, label="PERSON"))
    return spans


def who_spans(doc: Doc) -> list[Span]:
    """ "Nurmuhammet Orazov, who lives in …": a capitalised name that "who" refers to."""
    spans = []
    for i in Registry.of(doc).with_lower({"who"}, start=2):
        token = doc[i]
        if doc[token.i - 1].text != ",":
            continue
        end = token.i - 1
        start = end
        while start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].is_title:
            start -= 1
        if 2 <= end - start <= 4 and not ORG_WORD.search(doc[start:end].text):
            spans.append(Span(doc, start, end, label="PERSON"))
    return spans


@lru_cache(maxsize=1)
def _name_described() -> re.Pattern[str]:
    """ "Natthaporn Saengsuk, a law student at …" at the start of a sentence."""
    nouns = "|".join(sorted(actor_words().person_nouns | {"man", "woman"}, key=len, reverse=True))
    titles = "|".join(sorted(_BARE_TITLES, key=len, reverse=True))
    return re.compile(
        r"(?:(?<=^)|(?<=[\n.“\"] )|(?<=\n)|(?<=[a-z] ))"  # "arrested Rustam Nazarov, a …"
        # ("Job Sikhala Jr., a member of parliament": a generation's suffix ends a name)
        r"((?:[A-Z][\w'’.-]+ )(?:[A-Z][\w'’-]+ ?){1,2}(?: ?[JS]r\.)?), (?:(?:an? (?:[\w-]+ ){0,3}|"
        # "Carmen Elena Ríos, coordinator of the …": a bare title before "of"/"for"/"at"
        rf"(?:[a-z-]+ )?(?=(?:{titles}) (?:of|for|at) ))"
        rf"(?:{nouns}|{titles})\b"
        # "Mamadou Keita, a 27-year-old Malian bricklayer": an age is a person's
        r"|an? \d{1,3}-year-old\b)",
        re.MULTILINE,
    )


# titles a name may take without an article: "X, coordinator of the Observatory"
_BARE_TITLES = {
    "coordinator",
    "director",
    "founder",
    "head",
    "member",
    "editor",
    "president",
    "secretary",
    "chairman",
    "chairwoman",
    "leader",
    "correspondent",
    "spokesman",
    "spokeswoman",
    "spokesperson",
}
# what must follow a name these patterns read: ", 34," or ", a …" or ", coordinator of"
_AFTER_NAME = re.compile(r", (?:\d|an? |[a-z-]+ (?:[a-z]+ )?(?:of|for|at) )")


def _near(pattern: re.Pattern[str], text: str) -> list[re.Match[str]]:
    """``pattern.finditer(text)``, tried only in the stretch before each ", 34" or ", a"
    (a name is a few words long; the lookbehinds still see the text before the stretch)."""
    matches: list[re.Match[str]] = []
    reached = 0
    for anchor in _AFTER_NAME.finditer(text):
        start = max(reached, anchor.start() - 120)
        found = pattern.search(text, start, anchor.end() + 200)
        while found is not None and found.start() < anchor.start():
            if found.start() >= reached:
                matches.append(found)
                reached = found.end()
            found = pattern.search(text, found.end(), anchor.end() + 200)
    return matches


def name_age_spans(doc: Doc) -> list[Span]:
    """ "Name Surname, 34," or "Name Surname, a law student," at the start of a sentence
    introduces a person in wire copy."""
    spans = []
    text = doc_text(doc)
    for match in [*_near(_NAME_AGE, text), *_near(_name_described(), text)]:
        span = doc.char_span(
            match.start(1),
            match.end(1) - (1 if match.group(1).endswith(" ") else 0),
            label="PERSON",
        )
        if (
            span is not None
            and all(t.is_title or t.text in {"al-", "el-"} for t in span)
            # (not "On Monday, a judge ordered …": a time, no name)
            and not any(t.ent_type_ in {"DATE", "TIME"} for t in span)
            and span[0].pos_ not in {"ADP", "DET", "SCONJ"}
        ):
            spans.append(span)
    return spans


def listed_names(doc: Doc, found: list[Span]) -> list[Span]:
    """Proper names conjoined with a known person ("X, Moses Mugisha and Y")."""
    persons = {t.i for s in found if s.label_ == "PERSON" for t in s}
    spans = []
    for token in doc:
        if token.pos_ != "PROPN" or token.i in persons:
            continue
        if not any(c.i in persons for c in token.conjuncts):
            continue
        start = token.i
        while (
            start > 0
            and doc[start - 1].pos_ == "PROPN"
            # ("Saúl" of "Saúl Arboleda", which the parser may hang on as a modifier)
            and (
                doc[start - 1].dep_ == "compound"
                or (
                    doc[start - 1].dep_ == "nmod"
                    and doc[start - 1].head.i == token.i
                    and doc[start - 1].is_title
                )
            )
        ):
            start -= 1
        if token.i - start >= 1:
            spans.append(Span(doc, start, token.i + 1, label="PERSON"))
    return spans


# offences against a body's good name: the body is what the charge guards, no participant
_OFFENCES = {"discredit", "insult", "defame", "offend", "slander", "denigrate"}
_NOT_BODIES = {"national service", "military service", "civil service", "community service"}
_OFFICE_HOLDERS = {
    "president",
    "prosecutor",
    "ombudsman",
    "attorney",
    "governor",
    "mayor",
    "minister",
    "premier",
    "commissioner",
}


def is_country(text: str) -> bool:
    """The gazetteer's best entry for ``text`` is a country ("the Russian Federation")."""
    place = load_gazetteer().resolve(text)
    return place is not None and place.kind == "country"


def _possessor_institutions(doc: Doc) -> list[Span]:
    """ "The Sindh government's spokesman": the body named as a possessor."""
    spans = []
    for token in doc:
        if token.dep_ != "poss" or token.lower_ not in {"government", "ministry", "department"}:
            continue
        modifiers = [t for t in token.children if t.dep_ in {"compound", "amod"} and t.i < token.i]
        if modifiers:
            spans.append(Span(doc, min(t.i for t in modifiers), token.i + 1, label="ORG"))
    return spans


def listed_body_spans(doc: Doc) -> list[Span]:
    """Names listed as examples of bodies: "the outlets they supported, including Belsat
    and Hrodna.life", "groups such as Vesna". The model often takes them for people."""
    spans = []
    for i in Registry.of(doc).with_lower({"including", "like", "as"}):
        token = doc[i]
        such_as = token.lower_ == "as" and token.i > 0 and doc[token.i - 1].lower_ == "such"
        if token.dep_ != "prep" or not (token.lower_ in {"including", "like"} or such_as):
            continue
        head = token.head
        if head.tag_ != "NNS" or head.lemma_.lower() not in _BODY_INTRODUCERS:
            continue
        for name in children(token, "pobj"):
            for item in [name, *name.conjuncts]:
                if item.pos_ != "PROPN" or not item.text[:1].isupper():
                    continue
                start = item.i
                while start > 0 and doc[start - 1].dep_ == "compound" and doc[start - 1].is_title:
                    start -= 1
                spans.append(Span(doc, start, item.i + 1, label="ORG"))
    return spans


_NP_DEPS = {
    "oprd",
    "nsubj",
    "dobj",
    "nsubjpass",
    "pcomp",
    "pobj",
    "dative",
    "appos",
    "attr",
    "ROOT",
}


def _chunks_headed_by(doc: Doc, heads: frozenset[str] | set[str]) -> list[Span]:
    """The noun chunks spaCy's English iterator yields whose root is one of ``heads``,
    found from the registry's index instead of walking every chunk of the document."""
    return [
        doc[word.left_edge.i : word.i + 1]
        for word in (doc[i] for i in Registry.of(doc).with_lower(heads))
        if _np_root(word)
        # spaCy skips a chunk whose left edge reaches back over an earlier chunk's root
        and not any(_np_root(t) for t in doc[word.left_edge.i : word.i])
    ]


def _np_root(word: Token) -> bool:
    """A word spaCy's English noun-chunk iterator takes for a chunk's root."""
    if word.pos_ not in {"NOUN", "PROPN", "PRON"}:
        return False
    if word.dep_ in _NP_DEPS:
        return True
    if word.dep_ != "conj":
        return False
    head = word.head
    while head.dep_ == "conj" and head.head.i < head.i:
        head = head.head
    return head.dep_ in _NP_DEPS


_NAMED_BY = frozenset({"identified", "known", "named", "name"})  # ("gave his name only as")


def named_only_as(doc: Doc, i: int) -> bool:
    """Whether token ``i`` is the "as" of "identified only as Daniyar", "known only as
    Mariam": the name a person goes by in the report follows it."""
    return (
        doc[i].lower_ == "as"
        and i >= 2
        and doc[i - 1].lower_ == "only"
        and doc[i - 2].lower_ in _NAMED_BY
    )


def _portfolio_end(root: Token) -> int | None:
    """Where "the ministry of labour and social affairs" ends: lower-case words after "the
    ministry of", joined by "and", ending on a noun (None when "of" is not followed so)."""
    doc = root.doc
    if (
        root.lower_ != "ministry"
        or root.i + 2 >= len(doc)
        or doc[root.i + 1].lower_ != "of"
        or not any(c.lower_ == "the" for c in children(root, "det"))
    ):
        return None
    end = None
    i = root.i + 2
    while i < len(doc) and i <= root.i + 7:
        token = doc[i]
        if token.lower_ == "and" and end == i:
            i += 1
            continue
        # (the model often tags the lower-case words as names: "ministry of labour")
        if not (token.is_lower and token.is_alpha and token.pos_ in {"NOUN", "PROPN", "ADJ"}):
            break
        if token.pos_ != "ADJ":
            end = i + 1
        i += 1
    return end


# words that count people before a number: "more than 40 soldiers", "at least 12 officers"
_QUANTITY_WORDS = {"more", "fewer", "less", "least", "some", "about", "nearly", "almost"}


# places a private owner runs, whose office is no state body
_PRIVATE_SITES = frozenset(
    {"estate", "farm", "plantation", "factory", "mine", "company", "hotel", "ranch", "mill"}
)


def institution_spans(doc: Doc) -> list[Span]:
    """Unnamed state bodies and forces acting in the text: "the interior ministry",
    "the Chinese embassy", "Georgian border police", "state security officers"."""
    spans = []
    for chunk in _chunks_headed_by(doc, _INSTITUTION_HEADS):
        root = chunk.root
        modifiers = [
            t for t in chunk if t.i < root.i and t.dep_ in {"amod", "compound", "poss", "nmod"}
        ]
        if not modifiers:
            portfolio_end = _portfolio_end(root)
            if portfolio_end is not None:
                # "the ministry of labour and social affairs", written in lower case (from
                # "the", as the model's spans begin)
                start = root.i - 1 if doc[root.i - 1].lower_ == "the" else root.i
                spans.append(Span(doc, start, portfolio_end, label="ORG"))
            continue
        if (
            root.lower_ in {"branch", "department", "office"}
            and root.i + 1 < len(doc)
            and doc[root.i + 1].lower_ == "of"
            and any(t.ent_type_ == "ORG" for t in doc[root.i + 2 : root.i + 6])
        ):
            continue  # "the Dagestan branch of Russia's Investigative Committee": the body
        if root.lower_ == "court" and any(d.lower_ in {"a", "an"} for d in children(root, "det")):
            continue  # "a Sharia court", "a military court": no named body
        if root.lower_ == "court" and not any(
            t.pos_ == "PROPN" and t.ent_type_ != "NORP" and country_of_demonym(t.text) is None
            for t in modifiers
        ):
            continue  # "a local court", "a Guatemalan court", "a Kuwaiti court": no named body
        if all(
            t.dep_ == "poss"
            and (t.pos_ == "PRON" or any(c.dep_ == "poss" and c.pos_ == "PRON" for c in t.children))
            for t in modifiers
        ):
            continue  # "his country's government" (but "the president's office" is one)
        if any(t.dep_ == "poss" and t.lower_ in {"its", "their"} for t in modifiers) and all(
            t.is_lower for t in modifiers
        ):
            continue  # "its regional office", "their special unit": the owner's, no body
        if name_known_as(root) is not None:
            continue  # "the regional special police, known as the Liyu police": the name
        if a_status_not_a_force(root):
            continue  # "alternative civilian service": a duty, no body
        if root.lower_ in {"office", "offices"} and any(
            t.lower_ in _PRIVATE_SITES and t.dep_ == "compound" for t in modifiers
        ):
            continue  # "outside the estate office": the plantation's, no state body
        if all(t.lower_ in _QUANTITY_WORDS and t.head.like_num for t in modifiers):
            continue  # "more than 40 soldiers": how many, no body
        if root.lower_ in {"forces", "fighters"} and all(
            t.dep_ == "poss" and t.lower_ in _UNNAMED_GROUPS for t in modifiers
        ):
            continue  # "the group's forces": the group named before, no body of their own
        start = min(t.i for t in modifiers)
        if root.lower_ in _UNIT_HEADS and (
            acronym := next(
                (t for t in modifiers if _acronym(t) and t.dep_ in {"compound", "poss"}), None
            )
        ):
            # "the regional FSB directorate": a body's unit is the body (named, like "FSB
            # officers", by its acronym)
            spans.append(Span(doc, acronym.i, acronym.i + 1, label="ORG"))
            continue
        while start < root.i and doc[start].lower_ in DRESS_WORDS:
            start += 1  # "uniformed police": the police, as they were dressed
        # ("the Sri Lankan police", the adjective read as a land, keeps it as "Chinese police")
        adjective = country_of_demonym(doc[start : root.i].text) is not None and not is_country(
            doc[start : root.i].text
        )
        while (
            start < root.i
            and not adjective
            and (
                (doc[start].dep_ == "poss" and doc[start].ent_type_ in {"GPE", "NORP"})
                or (doc[start].ent_type_ == "GPE" and doc[start].dep_ == "compound")  # "Burkina"
            )
        ):
            start += 1
        possessive = next((t.i for t in doc[start : root.i] if t.text in {"'s", "’s"}), None)
        if (
            possessive is not None
            and all(t.pos_ == "PROPN" for t in doc[start:possessive])
            and is_country(doc[start:possessive].text)
        ):
            start = possessive  # "Burkina Faso's military authorities": the country owns them
        if (
            possessive is not None
            and start < possessive
            and root.lower_ in {"service", "office", "department", "centre"}
            and any(t.lower_ == "press" for t in doc[possessive + 1 : root.i])
        ):
            # "the Andijan regional court's press service said": the court speaks
            spans.append(Span(doc, start, possessive, label="ORG"))
            continue
        if doc[start].text in {"'s", "’s"}:
            start += 1
        country_end = next(
            (
                end
                for end in range(min(root.i, start + 3), start, -1)
                if all(t.is_title for t in doc[start:end]) and is_country(doc[start:end].text)
            ),
            None,
        )
        if country_end is not None:
            if not any(t.ent_type_ for t in doc[start:country_end]):
                spans.append(Span(doc, start, country_end, label="GPE"))  # (the model missed it)
            start = country_end  # "Solomon Islands immigration officers": the country's
        while start < root.i and start > 0 and doc[start - 1].text == "-":
            start += 1  # "the military-led government": no body called "led government"
        if start == root.i and root.i > 0 and doc[root.i - 1].text == "-":
            continue
        if " ".join(t.lower_ for t in doc[start : root.i + 1]) in _NOT_BODIES:
            continue  # "national service remained indefinite": a duty, not a body
        if root.dep_ == "dobj" and root.head.tag_ == "VBG" and root.head.lemma_ in _OFFENCES:
            continue  # charged with "discrediting" the armed forces: what the law guards
        if start >= root.i and root.lower_ == "court":
            continue  # "a Bangkok court": no named body
        if (
            root.lower_ == "office"
            and all(t.dep_ == "poss" for t in modifiers)
            and not any(t.lemma_.lower() in _OFFICE_HOLDERS for t in modifiers)
        ):
            continue  # "the outlet's office" is a room; "the president's office" a body
        if start >= root.i and root.lower_ in {
            "police",
            "army",
            "military",
            "officers",
            "soldiers",
            "troops",
        }:
            continue
        if root.lower_ in {"officers", "soldiers", "troops", "agents"} and all(
            t.dep_ == "amod" and (t.is_lower or (t.is_sent_start and not t.ent_type_))
            for t in doc[start : root.i]
        ):
            continue  # "several officers", "masked officers": the force's men, no body
        end = root.i + 1
        if root.i - 1 >= start and (
            is_member_of_body(root, doc[root.i - 1])
            # "FSB officers" → "FSB": the members of a body known by its acronym
            or (root.lower_ in MEMBER_NOUNS and _acronym(doc[root.i - 1]))
        ):
            end = root.i  # "military intelligence agents" → "military intelligence"
        spans.append(Span(doc, start, end, label="ORG"))
    return spans + _possessor_institutions(doc)


_UNNAMED_GROUPS = {"group", "movement", "militia", "organisation", "organization", "faction"}
_UNIT_HEADS = {"directorate", "department", "branch", "office", "administration"}


def _acronym(token: Token) -> bool:
    """A short capitalised name such as "FSB" or "DGST"."""
    return token.is_upper and token.is_alpha and 2 <= len(token) <= 6


def clean_name(text: str, titles: frozenset[str]) -> str:
    """Drop titles, possessives and stray punctuation from a name."""
    words = text.replace("\n", " ").strip(" ,.;:\"'“”‘’()").split()
    while words and words[0].lower().rstrip(".") in titles | {"the", "a", "an"}:
        words = words[1:]
    if titles:  # "Justice Minister Ricardo Menjívar": the office is no part of the name
        offices = actor_words().official_descriptors
        cut = max((i + 1 for i, w in enumerate(words[:-2]) if w.lower() in offices), default=0)
        words = words[cut:]
        while words and words[0].lower().rstrip(".") in titles:
            words = words[1:]
    if words:
        words[-1] = _POSSESSIVE.sub("", words[-1])
    return " ".join(w for w in words if w)


@lru_cache(maxsize=65_536)
def body_kind(name: str) -> str | None:
    words = actor_words()
    lowered = name.casefold()
    if lowered in words.media or lowered.removeprefix("the ") in words.media:
        return "media"
    first = name.split(" ", 1)[0]
    if first.isupper() and first.casefold() in words.media and " " in name:
        return "media"  # "BBC Persian", "AFP Fact Check": a service of an outlet
    if lowered.endswith((" news agency", " press agency", " news site", " newspaper")):
        return "media"  # "the IRNA news agency", named with what it is
    bare = lowered.removeprefix("the ")
    if any(bare == p or bare.startswith(p + " ") for p in words.international_prefixes):
        return "international body"  # UN agencies, EU missions: they intervene
    tokens = set(re.findall(r"[a-z]+", lowered))
    if tokens & words.court_words:
        return "court"
    # "the provincial People's Committee", "People's Procuracy": organs of the state
    peoples_organ = "people's" in lowered.replace("’", "'") and bool(tokens & words.state_words)
    if tokens & _CIVIL_MARKERS:
        return "rights group"  # "Police Reforms Working Group", "Prison Watch"
    if tokens & DRAFT_WORDS and not tokens & {"rights", "against"}:
        return "state"  # "the territorial recruitment centre", "the enlistment office"
    if "ministry" in tokens and tokens & {"ombudsman", "inspectorate"}:
        return "state"  # "the Ombudsman of the Ministry of Interior": the ministry's own
    if "council" in tokens and tokens & _LOCAL_GOVERNMENT and not tokens & {"rights", "bar"}:
        return "state"  # "the city council", "the Municipal Council of …": local government
    if tokens & {"prefecture", "municipality", "governorate"} or bare in {"town hall", "city hall"}:
        return "state"  # local government by its seat: "the prefecture said"
    if re.search(r"\bhigh commission\b", bare) and not tokens & {"rights", "refugees"}:
        return "state"  # a Commonwealth state's embassy, the French state's representation
        # overseas ("the High Commission of the Republic")
    if tokens & {"electoral", "election"} and tokens & {"commission", "council", "board"}:
        return "state"  # "the Independent National Electoral Commission": the state's,
        # however independent its name says it is
    if bare.startswith("government ") and "rights" not in tokens:
        return "state"  # "the Government Communication Centre", "Government Media Office"
    if (
        tokens & words.rights_group_words
        and not tokens & {"police", "army", "military"}
        and not peoples_organ
        # "committee" serves both: the Investigative Committee, the State Committee for
        # National Security are the state's, unless a rights word says otherwise
        and not (
            tokens & _STATE_MARKERS
            and not tokens & (words.rights_group_words - words.state_words - _ORGANS)
        )
    ):
        return "rights group"
    if tokens & _RELIGIOUS_BODIES:
        return None
    if tokens & _MEDICAL_BODIES and not tokens & {"military", "army", "police", "prison"}:
        return None  # "the hospital's toxicology unit", "the hospital administration":
        # doctors and their managers, not the state's voice ("hospital officials said")
    if tokens & words.state_words and not tokens & INSURGENT_WORDS:
        if {"people", "force"} <= tokens and tokens & {"defence", "defense"}:
            return None  # a People's Defence Force fights Myanmar's junta (not the UPDF)
        return "state"
    return None


# nouns that name organs of the state as readily as civil bodies: "the Kurdistan Region
# Security Council", "the State Migration Commission"
_ORGANS = {"council", "commission"}
_LOCAL_GOVERNMENT = {"city", "municipal", "town", "county", "district", "village", "provincial"}
# words that make a body's name civil society's whatever state words it holds
_CIVIL_MARKERS = {
    "reforms",
    "watch",
    "coalition",
    "alliance",
    # a church's aid works: the Jesuit Refugee Service is no state service
    "jesuit",
    "caritas",
}
_MEDICAL_BODIES = {"hospital", "clinic"}
# a church is neither the state nor a rights group, whatever its name holds
_RELIGIOUS_BODIES = {"church", "diocese", "diocesan", "parish", "patriarchate"}
_STATE_MARKERS = {
    "state",
    "investigative",
    "security",
    "interior",
    "prosecution",
    "intelligence",
    "penitentiary",
    "corrections",
    "customs",
    "border",
    "migration",
}
# "Oromo Liberation Army", "Kachin Independence Army": armed, but against the state
INSURGENT_WORDS = {
    "liberation",
    "independence",
    "rebel",
    "rebels",
    "resistance",
    "insurgent",
    "salvation",  # "the Arakan Rohingya Salvation Army"
}
