"""Entity component: clean the model's entities, resolve places, group mentions.

Photo credits, bylines, related-article links and footers are excluded zones; news
agencies are kept as organisations of kind "media" (they can be a claim's channel) but
are not participants.  Mentions of one person ("Salekh Magamadov" … "Magamadov") and
of one organisation ("the LGBT Network" … "LGBT Network") become one entity.
"""

from __future__ import annotations

import re
from collections import Counter

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from casetrail.extract.components.registry import Registry
from casetrail.extract.components.syntax import is_member_of_body
from casetrail.extract.gazetteer import Place, load_gazetteer, normalise_name
from casetrail.extract.results import Entity
from casetrail.extract.vocabulary import actor_words

_EXCLUDED_LINES = re.compile(
    r"^(?:By\s.*|Related(?: article| story| stories)?:.*|Read more:.*|See also:.*|"
    r"Original url:.*|Source url:.*|Photo:.*|Photograph:.*|Image:.*|https?://\S+|<https?://\S+>)$",
    re.MULTILINE,
)
_CREDIT_TAIL = re.compile(r"(?:(?<=[.!?\"”])\s+|^)(?P<credit>[^.!?\"”]*\s/\s[^.!?]*)$")
_POSSESSIVE = re.compile(r"(?:'s|’s|'|’)$")


def doc_text(doc: Doc) -> str:
    """The document's text, joined once: spaCy rebuilds ``Doc.text`` from its tokens on
    every access."""
    cached = doc.user_data.get("casetrail_text")
    if cached is None:
        cached = doc.user_data["casetrail_text"] = doc.text
    return str(cached)


def excluded_zones(text: str) -> list[tuple[int, int]]:
    """Character ranges that hold no participants: bylines, credits, links, footers."""
    zones = [(m.start(), m.end()) for m in _EXCLUDED_LINES.finditer(text)]
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
    return ranges


def _title_case_headline_end(text: str) -> int:
    """End of the first line when it is a Title Case headline, else 0."""
    stripped = text.lstrip()
    first = stripped.split("\n", 1)[0]
    words = [w for w in re.findall(r"[A-Za-z][\w'’-]*", first) if len(w) > 3]
    if len(words) >= 3 and sum(w[0].isupper() for w in words) / len(words) > 0.8:
        return len(text) - len(stripped) + len(first)
    return 0


_FACILITY_NOUNS = {
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
_LOCATIVE = {"in", "at", "near", "from", "outside", "inside", "to", "into"}
_ORG_WORD = re.compile(
    r"\b(Network|Ministry|Office|Court|Committee|Council|Commission|Agency|Service|Party|"
    r"Front|Army|Police|Forces?|Group|Union|Association|Centre|Center|Watch|Forum|Initiative|"
    r"Collective|Alliance|Federation|Foundation|Institute|Bureau|Monitor|Trust|Battalion|"
    r"Directorate|Organi[sz]ation|Circle|Observatory|News|Times|Press)\b"
)
_INSTITUTION_HEADS = {
    "ministry",
    "embassy",
    "consulate",
    "office",
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
    r"(?:(?<=^)|(?<=[\n.“\"] )|(?<=\n))((?:[A-Z][\w'’.-]+ )(?:(?:al-|el-|bin |van |de |da )?"
    r"[A-Z][\w'’-]+ ?){1,3}), \d{1,3},",
    re.MULTILINE,
)


_LAW_NAME = re.compile(r"\b(Act|Law|Code|Decree|Convention|Constitution)\)?$")
_BODY = re.compile(
    r"(?<![\w-])(?:[A-Z][\w'’-]+ ){1,5}(?:Network|Watch|Forum|Initiative|Collective|Alliance|"
    r"Federation|Foundation|Institute|Bureau|Monitor|Trust|Observatory|Council|Commission|"
    r"Committee|Union|Association|Coalition|Centre|Center|Group|Movement|Party|Congress|"
    r"Platform|League|Society|Guild|Syndicate)\b"
)


def _named_bodies(doc: Doc) -> list[Span]:
    """Title-case names ending in a word for a body, as ORG spans."""
    spans = []
    for match in _BODY.finditer(doc_text(doc)):
        start = match.start()
        words = match.group().split()
        while words and words[0] in {"The", "A", "An", "In", "On", "At", "By"}:
            start += len(words[0]) + 1
            words = words[1:]
        if len(words) < 2:
            continue
        span = doc.char_span(start, match.end(), label="ORG")
        if span is not None:
            spans.append(span)
    return spans


def _conjoined_with_person(span: Span) -> bool:
    root = span.root
    neighbours = [*root.conjuncts]
    return any(t.ent_type_ == "PERSON" for t in neighbours)


_FACILITIES = {
    "prison",
    "jail",
    "camp",
    "centre",
    "center",
    "colony",
    "seafront",
    "square",
    "facility",
    "compound",
    "checkpoint",
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
    "platform",
    "initiative",
    "body",
}


def _facility_noun_after(span: Span) -> int | None:
    """End of "<name> [detention] prison": a facility noun right after a name."""
    doc = span.doc
    for end in range(span.end, min(span.end + 3, len(doc))):
        token = doc[end]
        if not token.is_lower or token.pos_ not in {"NOUN", "ADJ"}:
            return None
        if token.lower_ in _FACILITIES:
            return end + 1
    return None


def _facility_spans(doc: Doc) -> list[Span]:
    """Names the model missed before a facility noun: "at Jau prison", "Evin prison"."""
    spans = []
    for token in doc:
        if token.lower_ not in _FACILITIES or token.pos_ != "NOUN":
            continue
        start = token.i
        while start > 0 and doc[start - 1].is_lower and doc[start - 1].dep_ in {"compound", "amod"}:
            start -= 1
        names = start
        while names > 0 and doc[names - 1].pos_ == "PROPN" and doc[names - 1].is_title:
            names -= 1
        if names < start and not doc[names].is_sent_start:
            spans.append(Span(doc, names, token.i + 1, label="FAC"))
    return spans


_NAME_LABELS = {"PERSON", "ORG", "GPE", "LOC", "FAC", "NORP"}
_SILENT_VERBS = {"respond", "comment", "reply", "answer", "reach"}


def _no_comment(span: Span) -> bool:
    root = span.root
    if root.dep_ not in {"nsubj", "nsubjpass"}:
        return False
    verb = root.head
    lemma = verb.lemma_.lower()
    if lemma in _SILENT_VERBS and any(c.dep_ == "neg" for c in verb.children):
        return True
    return lemma in {"decline", "refuse"} and any(
        c.dep_ == "xcomp" and c.lemma_.lower() in _SILENT_VERBS for c in verb.children
    )


_PLACE_NOUNS = {
    "village",
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
}
_UNIT_WORDS = {"battalion", "brigade", "division", "regiment", "unit", "company", "squadron"}


def _after_place_noun(span: Span) -> bool:
    doc = span.doc
    if span.start < 2:
        return False
    return doc[span.start - 1].lower_ == "of" and doc[span.start - 2].lower_ in _PLACE_NOUNS


def _based(span: Span) -> bool:
    doc = span.doc
    if span.end + 1 >= len(doc):
        return False
    return doc[span.end].text == "-" and doc[span.end + 1].lower_ == "based"


def _with_unit_number(span: Span) -> Span:
    """ "Light Infantry Battalion 257": the number is part of the unit's name."""
    doc = span.doc
    if span.end < len(doc) and span[-1].lower_ in _UNIT_WORDS and doc[span.end].like_num:
        return Span(doc, span.start, span.end + 1, label=span.label_)
    return span


def _with_and_tail(span: Span) -> Span:
    """ "Citizens for Justice and Equality": a name with a preposition may go on past
    "and" with capitalised words."""
    doc = span.doc
    words = {t.lower_ for t in span}
    if not words & {"for", "of"} or span.end + 1 >= len(doc) or doc[span.end].lower_ != "and":
        return span
    end = span.end + 1
    while end < len(doc) and doc[end].is_title and doc[end].pos_ == "PROPN":
        end += 1
    return Span(doc, span.start, end, label=span.label_) if end > span.end + 1 else span


def _introduced_as_news(span: Span) -> bool:
    """ "the state news agency APS", "the news agency Interfax": a channel, not a party."""
    doc = span.doc
    before = [t.lower_ for t in doc[max(0, span.start - 2) : span.start]]
    return before == ["news", "agency"] or before[-1:] == ["broadcaster"]


def _introduced_as_person(span: Span) -> bool:
    if span.start == 0:
        return False
    before = span.doc[span.start - 1]
    return (
        before.is_lower
        and before.pos_ == "NOUN"
        and before.lemma_.lower() in actor_words().person_nouns
        and before.dep_ == "compound"
    )


def _introduced_as_body(span: Span) -> bool:
    """ "the investigative outlet Ordo Media", "the rights group Ligue Umuco"."""
    if span.start == 0:
        return False
    before = span.doc[span.start - 1]
    return before.is_lower and before.pos_ == "NOUN" and before.lower_ in _BODY_INTRODUCERS


def _with_body_noun(span: Span) -> Span:
    """Extend "UN" over "refugee agency" when the common nouns after it end in a word for
    a body."""
    doc = span.doc
    if _org_kind(span.text) == "media":
        return span
    for end in range(span.end, min(span.end + 3, len(doc))):
        token = doc[end]
        if not token.is_lower or token.pos_ != "NOUN" or token.lower_ == "news":
            return span
        if token.lower_ in _BODY_NOUNS:
            return Span(doc, span.start, end + 1, label=span.label_)
    return span


def _described_as_person(span: Span) -> bool:
    """The name has an appositive that names a kind of person ("X, a journalist,")."""
    nouns = actor_words().person_nouns
    root = span.root
    if root.dep_ == "appos" and root.head.pos_ == "NOUN" and root.head.lemma_.lower() in nouns:
        return True  # "His wife, Nadia Hadjadj,"
    return any(child.dep_ == "appos" and child.lemma_.lower() in nouns for child in root.children)


def _given_name(token: Token) -> bool:
    """A capitalised word bound to the name that follows it, outside any entity."""
    return (
        token.pos_ == "PROPN"
        and token.dep_ == "compound"
        and token.is_title
        and not token.ent_type_
    )


def _who_spans(doc: Doc) -> list[Span]:
    """ "Nurmuhammet Orazov, who lives in …": a capitalised name that "who" refers to."""
    spans = []
    for token in doc[2:]:
        if token.lower_ != "who" or doc[token.i - 1].text != ",":
            continue
        end = token.i - 1
        start = end
        while start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].is_title:
            start -= 1
        if 2 <= end - start <= 4 and not _ORG_WORD.search(doc[start:end].text):
            spans.append(Span(doc, start, end, label="PERSON"))
    return spans


def _name_age_spans(doc: Doc) -> list[Span]:
    """ "Name Surname, 34," at the start of a sentence introduces a person in wire copy."""
    spans = []
    for match in _NAME_AGE.finditer(doc_text(doc)):
        span = doc.char_span(
            match.start(1),
            match.end(1) - (1 if match.group(1).endswith(" ") else 0),
            label="PERSON",
        )
        if span is not None and all(t.is_title or t.text in {"al-", "el-"} for t in span):
            spans.append(span)
    return spans


def _listed_names(doc: Doc, found: list[Span]) -> list[Span]:
    """Proper names conjoined with a known person ("X, Moses Mugisha and Y")."""
    persons = {t.i for s in found if s.label_ == "PERSON" for t in s}
    spans = []
    for token in doc:
        if token.pos_ != "PROPN" or token.i in persons:
            continue
        if not any(c.i in persons for c in token.conjuncts):
            continue
        start = token.i
        while start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].dep_ == "compound":
            start -= 1
        if token.i - start >= 1:
            spans.append(Span(doc, start, token.i + 1, label="PERSON"))
    return spans


def _institution_spans(doc: Doc) -> list[Span]:
    """Unnamed state bodies and forces acting in the text: "the interior ministry",
    "the Chinese embassy", "Georgian border police", "state security officers"."""
    spans = []
    for chunk in doc.noun_chunks:
        root = chunk.root
        if root.lower_ not in _INSTITUTION_HEADS:
            continue
        modifiers = [
            t for t in chunk if t.i < root.i and t.dep_ in {"amod", "compound", "poss", "nmod"}
        ]
        if not modifiers:
            continue
        if root.lower_ == "court" and not any(t.pos_ == "PROPN" for t in modifiers):
            continue  # "a local court", "a Guatemalan court": no named body
        if all(
            t.dep_ == "poss"
            and (t.pos_ == "PRON" or any(c.dep_ == "poss" and c.pos_ == "PRON" for c in t.children))
            for t in modifiers
        ):
            continue  # "his country's government" (but "the president's office" is one)
        start = min(t.i for t in modifiers)
        while (
            start < root.i and doc[start].dep_ == "poss" and doc[start].ent_type_ in {"GPE", "NORP"}
        ):
            start += 1
        if doc[start].text in {"'s", "’s"}:
            start += 1
        if start >= root.i and root.lower_ in {
            "police",
            "army",
            "military",
            "officers",
            "soldiers",
            "troops",
        }:
            continue
        end = root.i + 1
        if root.i - 1 >= start and is_member_of_body(root, doc[root.i - 1]):
            end = root.i  # "military intelligence agents" → "military intelligence"
        spans.append(Span(doc, start, end, label="ORG"))
    return spans


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


def _org_kind(name: str) -> str | None:
    words = actor_words()
    lowered = name.casefold()
    if lowered in words.media or lowered.removeprefix("the ") in words.media:
        return "media"
    bare = lowered.removeprefix("the ")
    if any(bare == p or bare.startswith(p + " ") for p in words.international_prefixes):
        return "international body"  # UN agencies, EU missions: they intervene
    tokens = set(re.findall(r"[a-z]+", lowered))
    if tokens & words.court_words:
        return "court"
    if tokens & words.rights_group_words and not tokens & {"police", "army", "military"}:
        return "rights group"
    if tokens & words.state_words:
        return "state"
    return None


@Language.factory("casetrail_entities")
class EntityComponent:
    """Builds the document's entity registry from the model's and the ruler's spans."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        registry = Registry.of(doc)
        text = doc_text(doc)
        registry.excluded = excluded_zones(text)
        registry.headline_end = _title_case_headline_end(text)
        registry.quotes = quoted_ranges(text)
        words = actor_words()
        spans = self._candidate_spans(doc, registry)
        self._persons(registry, [s for s in spans if s.label_ == "PERSON"], words.titles)
        self._organisations(registry, [s for s in spans if s.label_ == "ORG"])
        self._places(registry, [s for s in spans if s.label_ in {"GPE", "LOC", "FAC", "NORP"}])
        self._propagate(registry, doc)
        self._groups(registry, doc)
        self._mark_silent(registry, doc)
        return doc

    @staticmethod
    def _mark_silent(registry: Registry, doc: Doc) -> None:
        """A body whose every mention is "X did not respond", "X declined to comment" or
        "X could not be reached" is named in the report but is no participant."""
        for entity in registry.entities:
            if entity.kind != "organisation" or not entity.mentions:
                continue
            spans = [
                doc.char_span(m.start, m.end, alignment_mode="expand") for m in entity.mentions
            ]
            entity.silent = all(span is not None and _no_comment(span) for span in spans)

    @staticmethod
    def _propagate(registry: Registry, doc: Doc) -> None:
        """Tag every other occurrence of a name already found in the document (the model
        misses some: "LGBT Network" once, then not), and bare surnames of known people."""
        names: dict[str, Entity | None] = {}
        for entity in registry.entities:
            words = entity.name.split()
            if entity.kind == "place" and entity.mentions and words[-1] in _FACILITIES:
                bare = " ".join(w for w in words if not w.islower())  # "at Karsh" after
                if bare and len(bare) >= 4:  # "Karsh prison"
                    names[bare] = None if names.get(bare, entity) is not entity else entity
                continue
            if entity.kind == "place" or not entity.mentions:
                continue
            forms = {m.text.removeprefix("the ").removeprefix("The ") for m in entity.mentions}
            forms.add(entity.name)
            if entity.kind == "person" and len(entity.name.split()) > 1:
                forms.add(entity.name.split()[-1])
            for form in forms:
                if len(form) < 4:
                    continue
                names[form] = None if names.get(form, entity) is not entity else entity
        text = doc_text(doc)  # joined from the tokens on every access: read it once
        for form, owner in names.items():
            if owner is None:
                continue  # a surname two people share stays ambiguous
            for match in re.finditer(rf"\b{re.escape(form)}\b", text):
                span = doc.char_span(match.start(), match.end())
                if span is None or registry.is_excluded(match.start(), match.end()):
                    continue
                if match.end() <= registry.headline_end:
                    continue
                if any(t.i in registry.token_entity for t in span):
                    continue
                registry.add_mention(owner, span)

    def _candidate_spans(self, doc: Doc, registry: Registry) -> list[Span]:
        """The model's entities, corrected by rules that hold for wire copy in general."""
        headline_end = _title_case_headline_end(doc_text(doc))
        gazetteer = load_gazetteer()
        result: list[Span] = []
        for span in doc.ents:
            if registry.is_excluded(span.start_char, span.end_char):
                continue
            # in a Title Case headline the model takes any capitalised run for a name
            if span.end_char <= headline_end and (
                span.label_ in {"ORG", "PERSON"}
                or (span.label_ in {"GPE", "LOC", "FAC"} and gazetteer.resolve(span.text) is None)
            ):
                continue
            if _based(span):
                continue  # "the Delhi-based group": where a body sits, not where things happened
            label = span.label_
            if _org_kind(span.text) == "media":
                label = "ORG"  # "told Northline Wire": an outlet, whatever the model thought
            before = doc[span.start - 1] if span.start > 0 else None
            after = doc[span.end] if span.end < len(doc) else None
            facility_end = _facility_noun_after(span)
            if label in {"ORG", "PERSON", "GPE", "LOC", "FAC"} and facility_end is not None:
                # "Jau prison", "El Harrach prison", "El Chipote detention centre": the
                # facility's name includes its noun (and Jau prison is no town called Jau)
                result.append(Span(doc, span.start, facility_end, label="FAC"))
                continue
            if _introduced_as_body(span) and (
                label == "PERSON"
                or (label in {"GPE", "LOC", "FAC"} and gazetteer.resolve(span.text) is None)
            ):
                label = "ORG"  # "the investigative outlet Ordo Media", "rights centre X"
            elif (
                label in {"ORG", "GPE"}
                and _introduced_as_person(span)
                and not _ORG_WORD.search(span.text)
                and gazetteer.resolve(span.text) is None
            ):
                label = "PERSON"  # "Human rights lawyer Clarisse Mukamana"
            if label == "ORG":
                span = _with_body_noun(span)  # "UN refugee agency"
            if label in {"ORG", "PERSON"} and len(span) == 1:
                if (
                    after is not None
                    and after.pos_ == "NOUN"
                    and after.is_lower
                    and (after.lower_ not in _FACILITY_NOUNS)
                    and span.end == after.i
                ):
                    continue  # adjectival use: "Kashmiri rights defender", "Army spokesman"
                if (
                    before is not None
                    and before.lower_ in _LOCATIVE
                    and gazetteer.candidates(span.text)
                ):
                    label = "GPE"  # "in Copenhagen"
            if label == "ORG":
                country = gazetteer.resolve(span.text)
                if country is not None and country.kind == "country":
                    label = "GPE"  # "the UAE had given assurances": the state, as a place
            if label in {"PERSON", "ORG"} and _after_place_noun(span):
                label = "GPE"  # "the village of Kin Ma", "the state of Uttar Pradesh"
            if label == "PERSON":
                while span.start > 0 and _given_name(doc[span.start - 1]):
                    span = Span(doc, span.start - 1, span.end)  # "Nurmuhammet Orazov"
            if label == "ORG":
                span = _with_unit_number(_with_and_tail(span))
            if label == "PERSON" and _ORG_WORD.search(span.text) and len(span) > 1:
                label = "ORG"  # "Caucasus Detention Monitor"
            if (
                label in {"ORG", "GPE", "LOC"}
                and _conjoined_with_person(span)
                and not _ORG_WORD.search(span.text)
                and (label == "ORG" or gazetteer.resolve(span.text) is None)
            ):
                label = "PERSON"  # a name in a list of names
            if (
                label in {"ORG", "GPE", "LOC"}
                and _described_as_person(span)
                and not _ORG_WORD.search(span.text)
                and _org_kind(span.text) is None
                and gazetteer.resolve(span.text) is None
            ):
                label = "PERSON"  # "Ruvimbo Chitsa, a member of parliament, …"
                while span.start > 0 and _given_name(doc[span.start - 1]):
                    span = Span(doc, span.start - 1, span.end)
            if label == "ORG" and _LAW_NAME.search(span.text):
                continue  # "the Unlawful Activities (Prevention) Act" is a law, not a body
            if label != span.label_:
                span = Span(doc, span.start, span.end, label=label)
            result.append(span)
        # named bodies the model split or missed: "Iran Justice Watch", "X Support Network"
        for named in _named_bodies(doc):
            if named.end_char <= headline_end or registry.is_excluded(
                named.start_char, named.end_char
            ):
                continue
            overlapping = [s for s in result if s.start < named.end and named.start < s.end]
            if any(s.label_ in {"ORG", "PERSON"} and len(s) >= len(named) for s in overlapping):
                continue
            result = [s for s in result if s not in overlapping]
            result.append(named)

        # a nationality adjective does not block the body it qualifies ("Chinese embassy");
        # evidence of a person (an age, a list of people) beats a place or body label the
        # gazetteer cannot back ("Osmel Rodríguez, 31," tagged GPE; "Moses Mugisha" in a
        # list, "Mugisha" tagged GPE)
        def yields_to_person(span: Span) -> bool:
            if span.label_ == "NORP":
                return True
            return (
                span.label_ in {"GPE", "LOC", "ORG"}
                and not _ORG_WORD.search(span.text)
                and _org_kind(span.text) is None
                and gazetteer.resolve(span.text) is None
            )

        persons = [*_name_age_spans(doc), *_listed_names(doc, result), *_who_spans(doc)]
        institutions = [s for s in _institution_spans(doc) if not registry.in_quote(s.start_char)]
        for extra in (*persons, *institutions, *_facility_spans(doc)):
            if registry.is_excluded(extra.start_char, extra.end_char):
                continue
            if extra.end_char <= headline_end:
                continue
            overlapping = [s for s in result if s.start < extra.end and extra.start < s.end]
            if extra in persons:
                if not all(yields_to_person(s) for s in overlapping):
                    continue
            elif any(s.label_ in _NAME_LABELS - {"NORP"} for s in overlapping):
                continue  # a date or number label the model gave a name does not block it
            result = [s for s in result if s not in overlapping]
            result.append(extra)
        # the bare name of a facility named in full elsewhere is that facility ("Karsh
        # prison" … "inmates at Karsh"), whatever label the model gave it
        bare_facilities = {
            normalise_name(" ".join(w for w in s.text.split() if not w.islower()))
            for s in result
            if s.label_ == "FAC" and s.text.split()[-1].islower()
        }
        result = [
            Span(doc, s.start, s.end, label="FAC")
            if s.label_ in {"PERSON", "ORG", "GPE", "LOC"}
            and normalise_name(s.text) in bare_facilities
            else s
            for s in result
        ]
        return sorted(result, key=lambda s: s.start)

    def _persons(self, registry: Registry, spans: list[Span], titles: frozenset[str]) -> None:
        by_key: dict[str, Entity] = {}
        singles: list[tuple[Span, str]] = []
        for span in spans:
            name = clean_name(span.text, titles)
            if not name or not any(ch.isalpha() for ch in name):
                continue
            if len(name.split()) == 1:
                singles.append((span, name))
                continue
            key = normalise_name(name)
            entity = by_key.get(key)
            if entity is None:
                entity = registry.new_entity("person", name)
                by_key[key] = entity
            registry.add_mention(entity, span)
        for span, name in singles:
            key = normalise_name(name)
            match = next(
                (e for k, e in by_key.items() if k.split()[-1] == key or k.split()[0] == key),
                None,
            )
            if match is None:
                match = by_key.get(key) or registry.new_entity("person", name)
                by_key[key] = match
            registry.add_mention(match, span)

    def _surname_person(self, registry: Registry, name: str) -> Entity | None:
        key = normalise_name(name)
        for entity in registry.entities:
            if entity.kind == "person" and normalise_name(entity.name).split()[-1] == key:
                return entity
        return None

    def _organisations(self, registry: Registry, spans: list[Span]) -> None:
        by_key: dict[str, Entity] = {}
        for span in spans:
            name = clean_name(span.text, frozenset())
            if not name:
                continue
            person = self._surname_person(registry, name) if " " not in name else None
            if person is not None:  # the model took a surname for an organisation
                registry.add_mention(person, span)
                continue
            key = normalise_name(name)
            entity = by_key.get(key)
            if entity is None:
                kind = "media" if _introduced_as_news(span) else _org_kind(name)
                entity = registry.new_entity("organisation", name, org_kind=kind)
                if _introduced_as_body(span):  # "the investigative newspaper X": "newspaper"
                    entity.descriptors.append(span.doc[span.start - 1].lemma_.lower())
                by_key[key] = entity
                acronym = self._acronym_after(span)
                if acronym:
                    by_key[normalise_name(acronym)] = entity
            registry.add_mention(entity, span)

    @staticmethod
    def _acronym_after(span: Span) -> str | None:
        doc = span.doc
        if span.end + 2 < len(doc) and doc[span.end].text == "(" and doc[span.end + 2].text == ")":
            candidate = doc[span.end + 1].text
            if candidate.isupper() and 2 <= len(candidate) <= 8:
                return candidate
        return None

    def _places(self, registry: Registry, spans: list[Span]) -> None:
        gazetteer = load_gazetteer()
        first_pass: list[tuple[Span, Place | None]] = []
        for span in spans:
            text = span.text.removeprefix("the ").removeprefix("The ")
            if span.label_ == "NORP":
                candidates = gazetteer.candidates(text)
                # a NORP is a place only when the gazetteer knows it ("Nizhny Novgorod")
                if not candidates or text.endswith(("an", "ese", "ish", "ian", "i")):
                    continue
            first_pass.append((span, gazetteer.resolve(text)))
        countries = Counter(p.country for _, p in first_pass if p is not None and p.country)
        hints = {code for code, _ in countries.most_common(3)}
        by_key: dict[str, Entity] = {}
        facilities = {
            normalise_name(" ".join(w for w in span.text.split() if not w.islower())): span
            for span, _ in first_pass
            if span.label_ == "FAC" and span.text.split()[-1].islower()
        }
        for span, _ in first_pass:
            text = clean_name(span.text, frozenset())
            facility = facilities.get(normalise_name(text))
            if facility is not None and not span.text.split()[-1].islower():
                text = clean_name(facility.text, frozenset())  # "at Jau" after "Jau prison"
            place = gazetteer.resolve(text, countries=hints)
            person = self._surname_person(registry, text) if " " not in text else None
            if person is not None and place is None:
                registry.add_mention(person, span)
                continue
            key = place.id if place else normalise_name(text)
            entity = by_key.get(key)
            if entity is None:
                entity = registry.new_entity(
                    "place",
                    place.name if place else text,
                    place=place,
                    confidence=0.85 if place else 0.5,
                )
                by_key[key] = entity
            registry.add_mention(entity, span)

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
