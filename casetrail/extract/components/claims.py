"""Claim component: quotations and reported speech become attributed claims.

Each claim has a speaker (resolved through titles and appositions such as "a lawyer for
the LGBT Network, Mark Alexeyev"), the cue verb, the content span, a stance and the
acts it is about.  "X claimed …, RIA Novosti reported" keeps X as speaker and the
agency as channel.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection
from functools import cache

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from casetrail.extract.components.acts import acts_of
from casetrail.extract.components.dates_component import dates_of
from casetrail.extract.components.name_rules import (
    DEMANDS,
    OMBUDSMEN,
    PEOPLE_OWNING_BODIES,
    PLACE_NOUNS,
    acronym_set_off,
    body_kind,
    initials,
    named_only_as,
    works_at,
)
from casetrail.extract.components.registry import Registry, doc_text, span_text
from casetrail.extract.components.syntax import (
    children,
    entity_for,
    force_name,
    outside_preps,
)
from casetrail.extract.gazetteer import country_named, country_of_demonym, load_gazetteer
from casetrail.extract.results import ActMention, ClaimMention, Entity, Mention
from casetrail.extract.vocabulary import actor_words

CLAIMS_KEY = "casetrail_claims"
SPEECH = frozenset(  # a frozenset: the registry's index keys on it sentence after sentence
    {
        "say",
        "estimate",
        "tell",
        "claim",
        "allege",
        "dismiss",
        "deny",
        "describe",
        "call",
        "report",
        "add",
        "accuse",
        "confirm",
        "reject",
        "state",
        "insist",
        "write",
        "announce",
        "complain",
        "argue",
        "acknowledge",
        "admit",
        "explain",
        "note",
        "stress",
        "comment",
        "condemn",
        "brand",
        "label",
        "dispute",
        "refute",
        "maintain",
        "assert",
        "testify",
        "recount",
        "recall",
        "consider",  # a statement's "X considers that …" (only so: see _is_cue)
        "conclude",  # "the working group concluded that …" (not a court: see _is_cue)
        "warn",
        "blame",
        "characterise",
        "characterize",
        "term",
        "reply",
        "respond",
        "post",
        "tweet",
        "suggest",
        "declare",
        "concede",
        "counter",
        "denounce",
        "decry",
        "criticise",
        "criticize",
        "contend",
        "reiterate",
        "emphasise",
        "emphasize",
        "affirm",
        "express",  # "expressed concern about …" (only with such a noun: see _is_cue)
    }
)
DENY = {"deny", "dismiss", "reject", "refute", "dispute"}
# what a detainee is denied: withholding, not a denial of what was said
_WITHHELD = {
    "food",
    "water",
    "access",
    "visit",
    "treatment",
    "care",
    "medicine",
    "medication",
    "bail",
    "sleep",
    "entry",
    "permission",
    "request",
    "application",
    "appeal",
    "passport",
    "visa",
}
CONFIRM = {"confirm", "acknowledge", "admit", "concede"}
CHARACTERISE = {
    "denounce",
    "decry",
    "describe",
    "call",
    "brand",
    "label",
    "characterise",
    "characterize",
    "term",
    "condemn",
}
_MOUTHPIECES = {
    "officer",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "representative",
    "statement",
    "official",
    "head",
    "director",
    "member",
    "source",
    "lawyer",
    "chief",
}
# security bodies that speak as such: "Police said" makes the police a participant
_SPEAKING_FORCES = {"police", "army", "military", "guards", "soldiers", "troops"}
_OFFICIAL_SPEAKER = re.compile(
    r"\b(officials?|authorities|government|ministry|police|army|military|prosecutors?|prosecution|"
    r"spokes(?:man|woman|person)|ministers?|governors?|state's (?:representatives|lawyers)|"
    r"municipality|prefecture|governorate|(?:town|city) hall|security sources?|"
    # (the state's investigators: not "UN investigators" or "independent investigators")
    r"(?<!UN )(?<!independent )(?<!rights )investigators?|"
    # the state's papers speak for it ("The orders, seen by reporters, say …")
    r"indictment|charge sheet|detention order|verdict|(?:deportation |expulsion )?orders|decree|"
    r"state(?:-run| ?owned)? (?:media|television|tv|news agency|broadcaster))\b",  # its outlets
    re.IGNORECASE,
)
_NON_STATE_QUALIFIER = re.compile(
    r"\b(resistance|opposition|rebels?|party|union|church|camp|community|tribal|village|"
    r"hospital|medical)\b",  # ("hospital officials said": witnesses, not the state's voice)
    re.IGNORECASE,
)
# "demolitions had become a form of collective punishment", "Ethiopia had become one of
# the worst jailers of journalists", "turned statelessness into a weapon"
_BECOME_LABEL = re.compile(
    r"\b(?:has|have|had) become (?:a form of|one of the|a tool|a weapon)\b|"
    r"\b(?:is|are|remains?) one of the (?:most|worst|deadliest)\b|"
    r"\bturned \w+ into (?:a|an)\b"
)
# a quote that names what was done as a kind of wrong: "These examinations are a form of
# torture" (said of the zones in reported speech, it is the group's allegation)
_FORM_OF = re.compile(r"^\W*[\w' ]{1,60}\b(is|are|was|were) (a form of|tantamount to)\b")
_EVALUATION = re.compile(
    r"^\W*((this|that) (is|was) (?!not\b)(?!\W*(deeply |very |gravely |extremely )?"
    r"(concerned|worried|alarmed|troubled)\b)|"
    r"it (is|was) (a|an|not|nothing|simply)\b|"  # "It was market day" judges nothing
    r"(this|that) (is|was) not [\w ]{3,40}, (it|this) (is|was) (a|an)\b)"
)
# what victims file, which speaks for them: "according to a lawsuit filed on Wednesday"
_FILINGS = {"lawsuit", "complaint", "petition", "suit"}
_HUMAN_SOURCES = {
    "roommate",
    "roommates",
    "friend",
    "friends",
    "classmates",
    "cellmate",
    "survivors",
    "eyewitnesses",
    "doctors",
    "mother",
    "father",
    "brother",
    "sister",
    "wife",
    "husband",
    "daughter",
    "son",
    "family",
    "relatives",
    "relative",
    "witness",
    "witnesses",
    "resident",
    "residents",
    "neighbours",
    "colleagues",
    "lawyer",
    "lawyers",
    "official",
    "officials",
    "police",
    "group",
    # (a body of people the report names only by its kind: "according to the union")
    "union",
    "network",
    "association",
    "federation",
    "coalition",
    "activists",
    "sources",
    "monitor",
    "man",
    "woman",
    "refugees",
    "refugee",
    "student",
    "organiser",
    "organizer",
    "parishioner",
    "villager",
    "detainee",
    "prisoner",
    "journalist",
}


_LABEL_TERMS = (
    r"genocide|war crimes?|crimes? against humanity|ethnic cleansing|massacre|"
    r"collective punishment|extrajudicial executions?|state terror|pattern of|hallmarks of|"
    r"persecution|amounts? to torture"
)
# a label in quotation marks: '"bear the hallmarks of genocide"', '"a pattern of …"'
_QUOTED_LABEL_TERM = re.compile(
    rf"[\"“][^\"“”]{{0,60}}?\b(?:{_LABEL_TERMS})\b[^\"“”]{{0,60}}[\"”]", re.IGNORECASE
)
_NUMBERED_LABEL = re.compile(
    rf"^\W*(?:it|this|that) (?:is|was) (?:the|a|an) (?:[\w-]+ ){{0,2}}(?:{_LABEL_TERMS})\b",
    re.IGNORECASE,
)
_LABELLING_VERBS = {"show", "constitute", "represent", "commit", "amount"}
# the words a quoted label can follow, looked up in the registry's index of lemmas
_QUOTED_LABEL_LEMMAS = frozenset(_LABELLING_VERBS | {"be"})
_OF = frozenset({"of"})


_CLAUSE_DEPS = {"ccomp", "advcl", "relcl", "acl", "pcomp", "csubj"}


# an official keeping an inquiry open owns to the crime: "too early to say whether …"
_OPEN_INQUIRY = re.compile(
    r"\b(too early to (say|tell|determine|speculate)|not ruling (anything|any \w+|it) out|"
    r"not ruling out|all (lines of inquiry|hypothes[ie]s|possibilities|versions))\b"
)


def _in_main_clause(token: Token, content: Span) -> bool:
    """Whether ``token`` belongs to the content's own clause, not to one inside it: "it
    was reviewing why the request had not been processed" is not a negated statement."""
    while token.i != content.root.i and content.start <= token.head.i < content.end:
        if token.dep_ in _CLAUSE_DEPS:
            return False
        if token.head.i == token.i:
            break
        token = token.head
    return True


_FEELINGS = {
    "shocked",
    "alarmed",
    "appalled",
    "concerned",
    "worried",
    "troubled",
    "saddened",
    "dismayed",
    "horrified",
    "outraged",
    "disturbed",
    "deeply",
    "gravely",
}


# what the state does to people, which it labels to justify: "his removal was …"
_MEASURES = {
    "removal",
    "deportation",
    "expulsion",
    "transfer",
    "detention",
    "arrest",
    "search",
    "raid",
    "operation",
    "measure",
    "eviction",
}


def _own_measure_labelled(content: Span) -> bool:
    """What a quoted label is given to ("was "…"") is a measure."""
    doc = content.doc
    return any(
        t.dep_ == "nsubj"
        and t.lemma_.lower() in _MEASURES
        and t.head.lemma_ == "be"
        and any(w.text in {'"', "“"} for w in doc[t.head.i + 1 : min(t.head.i + 4, content.end)])
        for t in content
    )


def _quoted_label(content: Span, official: bool = False) -> bool:
    """A noun label put in quotation marks after "was/were": "those expelled were "agents
    of foreign powers"" (not a quoted verb: "were "recruiting for …"")."""
    doc = content.doc
    registry = Registry.of(doc)
    last = content.end - 2  # a label needs a quotation mark and a word after the verb
    candidates = sorted(
        {
            *registry.with_lemma(_QUOTED_LABEL_LEMMAS, content.start, last),
            *registry.with_lower(_OF, content.start, last),
        }
    )
    for i in candidates:
        token = doc[i]
        # "were "agents of …"", "part of a "systematic campaign"", "bear the hallmarks
        # of "genocide""
        framing = (
            token.lower_ == "of"
            and i > content.start
            and doc[i - 1].lemma_.lower()
            in {
                "part",
                "hallmark",
                "act",
                "form",
            }
        )
        # "the deaths showed "systematic torture"", "constitute "crimes against humanity""
        framing = framing or token.lemma_.lower() in _LABELLING_VERBS
        if token.lemma_ != "be" and not framing:
            continue
        if token.lemma_.lower() == "amount" and official:
            continue  # the state's 'the posts amounted to "a call to revolt"' accuses
        rest = list(doc[i + 1 : min(i + 5, content.end)])
        if rest and token.lemma_.lower() == "amount" and rest[0].lower_ == "to":
            rest = rest[1:]  # 'might amount to an "excessive use of force"'
        if rest and rest[0].pos_ == "DET":
            rest = rest[1:]
        if len(rest) < 2 or rest[0].text not in {'"', "“"}:
            continue
        label = rest[1]
        if label.lower_ == "no":
            continue  # 'there were "no guards available"': words reported, not a label
        if label.lower_ in _FEELINGS:
            continue  # 'it was "shocked"', as "deeply concerned": a reaction, not a label
        if label.pos_ in {"NOUN", "PROPN", "DET"} or (label.pos_ == "ADJ" and not official):
            return True  # (an official's "was "safe and well"" labels nothing)
        if (
            label.pos_ == "ADV"
            and not official
            and label.i + 1 < len(content.doc)
            and content.doc[label.i + 1].tag_ in {"VBN", "JJ"}
            and content.doc[label.i + 1].lower_ not in _FEELINGS  # "extremely concerned"
        ):
            return True  # 'the case was "politically motivated"'

        if label.tag_ == "VBN" and any(
            c.dep_ == "dobj" and c.i == label.i + 1 and c.pos_ == "NOUN" for c in label.children
        ):
            return True  # "were "paid agents"": the model reads the adjective as a verb
        if (
            label.tag_ in {"VBN", "VBD"}
            and label.i + 2 < len(content.doc)
            and content.doc[label.i + 2].text in {'"', "”"}
            and content.doc[label.i + 1].pos_ == "NOUN"
        ):
            return True  # 'was "organised thuggery"': a participle before the label's noun
    return False


_PARTITIVES = {
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "some",
    "several",
    "many",
    "most",
    "each",
    "none",
    "dozens",
}
_HOW_MANY = {
    "dozen",
    "dozens",
    "hundreds",
    "thousands",
    "scores",
    "some",
    "many",
    "several",
}


_NEG = frozenset({"neg"})
_NEGATIVE_WORDS = frozenset({"no", "never", "nothing", "nobody", "none"})
_LABELLING_PARTICIPLES = frozenset({"call", "describe", "term", "dub", "label"})


def _before_labelling_participle(content: Span) -> Span:
    """What was said before a closing ", calling it …" (the whole content when there is
    no such participle, or nothing said before it)."""
    doc = content.doc
    for i in Registry.of(doc).with_lemma(_LABELLING_PARTICIPLES, content.start, content.end):
        token = doc[i]
        if (
            token.tag_ == "VBG"
            and token.lemma_.lower() in _LABELLING_PARTICIPLES
            and token.i - content.start >= 4
            and token.doc[token.i - 1].text == ","
            and any(t.pos_ in {"VERB", "AUX"} for t in content.doc[content.start : token.i - 1])
        ):
            return content.doc[content.start : token.i - 1]
    return content


def _outlet_told(registry: Registry, speaker: list[Token], cues: list[Token]) -> Entity | None:
    """The body told in this sentence when "the station", "the agency" … reports it."""
    if not speaker or speaker[0].lemma_.lower() not in _OUTLET_WORDS | {"agency", "site"}:
        return None
    if not any(c.lower_ == "the" for c in children(speaker[0], "det")):
        return None
    for cue in cues:
        if cue.lemma_.lower() != "tell":
            continue
        for listener in children(cue, "dobj", "dative"):
            entity = registry.entity_of_token(listener)
            if entity is not None and entity.kind == "organisation":
                return entity
    return None


def _group_of_people(token: Token) -> bool:
    """ "a group of 23 asylum seekers", "a group of villagers": people counted together,
    not an organisation called a group."""
    return token.lemma_.lower() == "group" and any(
        o.tag_ == "NNS" and o.lemma_.lower() not in _BODY_WORDS
        for p in children(token, "prep")
        if p.lower_ == "of"
        for o in children(p, "pobj")
    )


_FEMALE = {"mother", "sister", "wife", "daughter", "grandmother", "aunt", "widow", "niece"}
_MALE = {"father", "brother", "husband", "son", "grandfather", "uncle", "widower", "nephew"}


def _gender(entity: Entity) -> str | None:
    """ "she" or "he" when a kinship word beside the name, or a kunya ("Um Fadi", "Abu
    Ali"), tells it."""
    first = entity.name.split()[0].casefold() if entity.name else ""
    if first in {"um", "umm", "om"}:
        return "she"
    if first == "abu":
        return "he"
    descriptors = set(entity.descriptors)
    if descriptors & _FEMALE and not descriptors & _MALE:
        return "she"
    if descriptors & _MALE and not descriptors & _FEMALE:
        return "he"
    if "pronoun:she" in descriptors and "pronoun:he" not in descriptors:
        return "she"
    if "pronoun:he" in descriptors and "pronoun:she" not in descriptors:
        return "he"
    return None


_SUBJECT_FORM = {"he": "he", "she": "she", "him": "he", "her": "she"}
_PRONOUN_GENDER = {"he": "he", "his": "he", "him": "he", "she": "she", "her": "she"}


def _pronoun_evidence(registry: Registry, entity: Entity) -> set[str]:
    """ "Ibrahim Kamara, 31, said he had …": the first personal pronoun after a person
    who is a clause's subject, in that clause, is theirs."""
    found = set()
    for span in registry.mention_spans(entity):
        if span is None or span.root.dep_ not in {"nsubj", "nsubjpass"}:
            continue
        verb = span.root.head
        described = {t.i for a in children(span.root, "appos") for t in a.subtree}
        for token in verb.subtree:
            if token.i < span.end or token.i in described:
                continue
            if token.pos_ == "NOUN" and token.dep_ in {"nsubj", "nsubjpass"}:
                break  # "said the body bore cuts and that his hands …": the body's owner
            gender = _PRONOUN_GENDER.get(token.lower_)
            if gender is not None:
                if registry.entity_of_token(token) is None:
                    found.add(gender)
                break
            named = registry.entity_of_token(token)
            if named is not None and named is not entity:
                break  # someone else is named first: the pronoun may be theirs
    return found


# the last words of bodies' names that no news outlet's name ends in
_NAMES_OF_BODIES_NOT_OUTLETS = frozenset(
    {
        "Movement",
        "Network",
        "Association",
        "Committee",
        "Council",
        "Union",
        "Federation",
        "Front",
        "Party",
        "Coalition",
        "Alliance",
        "Foundation",
        "Institute",
        "League",
        "Commission",
        "Initiative",
        "Collective",
        "Centre",
        "Center",
        "Watch",
        "Observatory",
    }
)


def _mark_listeners(registry: Registry, cue: Token) -> None:
    """ "told the Belarusian service of Radio Svaboda": a body told is the channel, not
    a party, unless it also acts or speaks elsewhere in the report."""
    for listener in children(cue, "dobj", "dative"):
        named = [*(o for p in children(listener, "prep") for o in p.children)]
        named += children(listener, "appos")  # "told the local news site Kaktus"
        for token in [listener, *named]:
            entity = registry.entity_of_token(token)
            if entity is None or entity.kind != "organisation" or entity.org_kind is not None:
                continue
            if set(entity.descriptors) & {"group", "organisation", "organization", "network"}:
                continue  # "told IraQueer, an Iraqi LGBT rights group,": a body, no channel
            if entity.name.rsplit(" ", 1)[-1] in _NAMES_OF_BODIES_NOT_OUTLETS:
                continue  # "told the Anti-Racism Movement that …": its name says what it is
            if len(entity.mentions) == 1:
                entity.org_kind = "media"


def _testimonies(registry: Registry, doc: Doc, claims: list[ClaimMention]) -> list[ClaimMention]:
    """A testimony: paragraphs in quotation marks that no verb of speech attributes
    ("He spoke to us in Vilnius." then "I was arrested at work …"). Each unbroken run is
    one claim of the person the report was about just before it."""
    text = doc.text
    claimed = [c.sentence.start for c in claims]
    runs: list[list[tuple[int, int]]] = []
    run: list[tuple[int, int]] = []
    for paragraph in re.finditer(r"[^\n]+", text):
        start, end = paragraph.start(), paragraph.end()
        opens = paragraph.group().lstrip()[:1] in {'"', "“"}
        attributed = any(start <= c < end for c in claimed)
        if opens and not attributed and start >= registry.headline_end:
            run.append((start, end))
            continue
        if run and not (opens and attributed):  # "… ," she said: hers, not a testimony
            runs.append(run)
        run = []
    if run:
        runs.append(run)
    found = []
    for run in runs:
        first = doc.char_span(run[0][0], run[0][1], alignment_mode="expand")
        if first is None:
            continue
        teller = registry.salient_person_before(first.start)
        if teller is None:
            continue
        content_start = (
            run[0][0]
            + len(text[run[0][0] : run[0][1]])
            - len(text[run[0][0] : run[0][1]].lstrip(' "“'))
        )
        found.append(
            ClaimMention(
                id=0,
                speaker_id=teller.id,
                speaker_text=teller.name,
                cue="testimony",
                content=Mention(content_start, run[-1][1], text[content_start : run[-1][1]]),
                stance="allegation",
                sentence=Mention(run[0][0], run[0][1], text[run[0][0] : run[0][1]]),
                confidence=0.5,
            )
        )
    return found


def _joined(first: Mention, second: Span) -> Mention:
    """One content span from a claim's content to the end of its participle's."""
    doc = second.doc
    start = min(first.start, second.start_char)
    end = max(first.end, second.end_char)
    return Mention(start, end, doc.text[start:end])


def _in_example(token: Token, top: Token) -> bool:
    """Whether ``token`` hangs under "including"/"such as" below ``top``: "the experts,
    including the Special Rapporteur, X, said" is the experts speaking."""
    while token.i != top.i and token.head.i != token.i:
        if token.lower_ in {"including", "like", "among"} or (
            token.lower_ == "as" and token.i > 0 and token.doc[token.i - 1].lower_ == "such"
        ):
            return True
        token = token.head
    return False


def _inside_clause(token: Token, top: Token) -> bool:
    """Whether ``token`` sits in a relative or participle clause below ``top``: in "Rosa
    Mamani, whose son, Edwin, died" the apposition "Edwin" does not name Rosa."""
    while token.i != top.i and token.head.i != token.i:
        if token.dep_ in {"relcl", "acl"}:
            return True
        token = token.head
    return False


# "his party said", "their news agency said", "his station said": the body the victim
# belongs to, which wire copy names in the next sentence or two
_PERSON_WORDS = tuple(sorted(actor_words().person_nouns | {"man", "woman"}))
_SPOKESPEOPLE = {"spokesman", "spokeswoman", "spokesperson"}
# the one of several people a plural names: "one of the men" is a man
_ONE_OF = {"men": "man", "women": "woman", "children": "child", "people": "person"}
# what someone reports to the authorities when denouncing its author
_DENOUNCED = {"message", "post", "video", "comment", "tweet", "remark", "joke", "song"}
# people named by the cause they speak for
_CAUSE_WORDS = {"campaigner", "activist", "defender"}

_OWN_BODIES = {
    "party",
    "station",
    "agency",
    "newspaper",
    "employer",
    "outlet",
    "channel",
    "movement",
}
_NOT_OWN_KINDS = {"state", "security force", "court", "international body"}


def _own_body(registry: Registry, token: Token) -> Entity | None:
    """The body a possessive description ("his party") refers to: one named before whose
    name or description has the noun, else the first non-state body named in the next two
    sentences that is not a rights watchdog."""
    noun = token.lemma_.lower()
    named = registry.last_entity_with(
        token.i,
        kind="organisation",
        match=lambda e: noun in e.name.casefold().split() or noun in e.descriptors,
    )
    if named is not None:
        return named

    def fits(entity: Entity) -> bool:
        return entity.org_kind not in _NOT_OWN_KINDS and not _WATCHDOG_WORDS & set(
            entity.name.casefold().split()
        )

    # "… the Dicle Press Collective said in a statement"
    return _speaking_next(registry, token, kind="organisation", match=fits) or (
        registry.next_entity_with(
            token.i, _two_sentences_on(token), kind="organisation", match=fits
        )
    )


def _two_sentences_on(token: Token) -> int:
    end = token.sent.end
    for _ in range(2):
        if end >= len(token.doc):
            break
        end = token.doc[end].sent.end
    return end


def _named_next(
    registry: Registry,
    token: Token,
    *,
    kind: str,
    test: Callable[[Token], bool],
    match: Callable[[Entity], bool] | None = None,
) -> Entity | None:
    """The first entity of ``kind`` after ``token``, within this and the next two
    sentences, one of whose mentions there passes ``test``."""
    doc = token.doc
    end = _two_sentences_on(token)

    def passes(entity: Entity) -> bool:
        return (match is None or match(entity)) and any(
            token.i < i < end and test(doc[i])
            for i, e in registry.token_entity.items()
            if e == entity.id
        )

    return registry.next_entity_with(token.i, end, kind=kind, match=passes)


def _speaking_next(
    registry: Registry,
    token: Token,
    *,
    kind: str,
    match: Callable[[Entity], bool] | None = None,
) -> Entity | None:
    """The first entity of ``kind`` after ``token``, within this and the next two
    sentences, that is the subject of a verb of speech."""
    return _named_next(registry, token, kind=kind, test=_subject_of_speech, match=match)


_OUTLET_WORDS = {
    "channel",
    "station",
    "broadcaster",
    "newspaper",
    "paper",
    "outlet",
    "website",
    "site",  # "the investigative news site Temir Media" is "the outlet" that speaks next
}


def _employs(registry: Registry, entity: Entity) -> bool:
    """A body named as where someone works or that someone runs: "a presenter at Mtavari
    Plus", "a reporter for Radio Mudug", "the founder of Le Rocher Libre"."""
    people = actor_words().person_nouns
    return any(
        span is not None and (works_at(span.root, people) or _someone_runs(span.root))
        for span in registry.mention_spans(entity)
    )


# who runs an outlet: "the founder of Le Rocher Libre"
_OUTLET_HEADS = {"founder", "editor", "publisher", "owner"}


def _someone_runs(body: Token) -> bool:
    """ "the founder of Le Rocher Libre": a body named as what someone founded, edits,
    publishes or owns."""
    preposition = body.head
    return (
        body.dep_ == "pobj"
        and preposition.lower_ == "of"
        and preposition.head.lemma_.lower() in _OUTLET_HEADS
    )


def _told(token: Token) -> bool:
    """ "told the Caribbean Labour Solidarity network": a word of the one told."""
    told = token if token.dep_ in {"dobj", "dative"} else token.head
    return told.dep_ in {"dobj", "dative"} and told.head.lemma_.lower() == "tell"


def _subject_of_speech(token: Token) -> bool:
    """ "X said", or "the group, X, said": the subject of a verb of speech, or named in
    apposition to it."""
    if token.dep_ == "appos":
        token = token.head
    if (
        token.dep_ == "pobj"
        and token.head.lower_ == "to"
        and token.head.i > 0
        and token.doc[token.head.i - 1].lower_ == "according"
    ):
        return True  # "…, according to the Gobi Herders' Union."
    return token.dep_ == "nsubj" and token.head.lemma_.lower() in SPEECH


def _person_named_before(registry: Registry, token: Token) -> bool:
    """Whether the report has named anyone before ``token`` (a lede that has not: the
    "she" or "a man" who speaks there is the person named next)."""
    return any(
        e.kind == "person" and e.mentions and e.mentions[0].start < token.idx
        for e in registry.entities
    )


def _subject_next(registry: Registry, token: Token) -> Entity | None:
    """The first person after ``token``, within this and the next two sentences, that is
    the subject of a clause ("…, after she reported …" then "Aigerim Z., who runs …, was
    detained")."""
    return _named_next(
        registry, token, kind="person", test=lambda t: t.dep_ in {"nsubj", "nsubjpass"}
    )


_STAFF = {"researcher", "expert", "investigator", "analyst", "staff", "worker", "official"}
_LEDE_BODIES = {
    "group",
    "coalition",
    "organisation",
    "organization",
    "network",
    "association",
    "monitor",
    "watchdog",
    "alliance",
    "centre",
    "center",
    "charity",
    "union",
    "federation",
    "shelter",  # "a women's shelter said": the shelter the report names next
}
_NON_STATE_BODIES = {
    "party",
    "group",
    "movement",
    "opposition",  # "opposition lawmaker X": a title held outside the state
    "union",
    "network",
    "campaign",
    "company",
    "church",
    "organisation",
    "organization",
    "association",
    "society",  # "the society's president" after "the Law Society of Kenya"
    "federation",
    "syndicate",
    "coalition",
    "alliance",
    "camp",  # "a spokesperson for the camp": the protesters' camp
    "community",
    "foundation",
    # "the head of the city's Dini high school": a school's head speaks as no state voice
    "school",
    "university",
    "college",
}
_STATE_VOICES = {"government", "judiciary", "presidency", "parliament", "cabinet", "kremlin"}
# what a speaker writes: "Arif's report said" is Arif speaking
_AUTHORED = {"report", "statement", "letter", "post", "article", "message", "complaint"}
# verbs that ask someone to speak: what they are asked to say is not said
_ASKING = DEMANDS | {"want", "expect", "invite"}
_SUBUNITS = {
    "section",  # "Amnesty International's Swedish section said"
    "programme",
    "program",
    "project",
    "division",
    "branch",
    "chapter",
    "office",
    "team",
    "unit",
}
# what one answers in words: "responded to the allegations" (not "to gunfire")
_WORDS_ANSWERED = {
    "question",
    "request",
    "allegation",
    "accusation",
    "criticism",
    "claim",
    "report",
    "query",
    "letter",
    "comment",
    "statement",
    "charge",
    "inquiry",
    "enquiry",
    "call",
    "message",
}
# those who run a business that a report accuses ("the vessel's owner", "the employer")
# (not "her employer", the body a journalist works for)
_BUSINESS_WORDS = frozenset({"owner", "operator", "contractor", "landlord", "developer"})
# (a body the report calls a company or a firm is a business too)
_BUSINESS_BODIES = _BUSINESS_WORDS | {"company", "firm", "corporation"}
_COMPANY_NAME_ENDS = {"Company", "Holding", "Holdings", "Corporation", "Ltd", "Ltd.", "Inc."}
_BUSINESS_SPEAKER = re.compile(
    r"^(?:the|an?)\b.*\b(?:"
    + "|".join(sorted(_BUSINESS_BODIES | {"employer", "chain"}))
    + r")s?\b",
    re.I,
)
# a business rejecting what it is accused of: "denied all the accusations"
_REJECTED_FINDINGS = re.compile(
    r"\b(?:denied|denies|deny|disagree[sd]?|rejects?|rejected)(?: with)? "
    r"(?:all |several of )?(?:the )?(?:[\w'’-]+ )?(?:accusations|allegations|findings|claims)\b"
)
# what someone phones: "called the hotline" says nothing
_PHONED = frozenset(
    {"hotline", "helpline", "number", "ambulance", "police", "emergency"}
    | {"head", "family", "relative", "parent", "wife", "husband", "lawyer"}  # "to let her
    # call the head of the regional bar"
)
# what is called without being said: "called a general strike"
_CALLED_EVENTS = {
    "strike",
    "protest",
    "boycott",
    "rally",
    "meeting",
    "election",
    "ceasefire",
    "march",
    "shutdown",
    "referendum",
    "vote",
    "halt",
    "truce",
    "sit-in",
    "session",
    "conference",
}


# what is written or posted says something only with what it says: "wrote that …"
_WRITING = {"post", "tweet", "write", "declare"}


def _clause_in_paper(cue: Token) -> Span | None:
    """ "wrote in a letter smuggled out of prison that …": the that-clause the parser hung
    on the letter (or on what was done with it) is what the letter said."""
    if children(cue, "ccomp"):
        return None
    for prep in children(cue, "prep"):
        if prep.lower_ != "in":
            continue
        for paper in children(prep, "pobj"):
            if paper.lemma_.lower() not in _AUTHORED | {"notice", "note"}:
                continue
            for word in paper.subtree:
                if word.dep_ in {"relcl", "ccomp"} and any(
                    c.dep_ == "mark" and c.lower_ == "that" for c in word.children
                ):
                    tokens = sorted(word.subtree, key=lambda t: t.i)
                    start = next(t.i for t in tokens if t.lower_ == "that") + 1
                    return cue.doc[start : tokens[-1].i + 1]
    return None


def _name_given_in_clause(registry: Registry, token: Token) -> list[Entity]:
    """ "a Somali man, who gave his name as Abdirahman,": the person the clause names."""
    for clause in children(token, "relcl"):
        if clause.lemma_.lower() not in {"give", "identify"}:
            continue
        for word in clause.subtree:
            person = registry.entity_of_token(word)
            if person is not None and person.kind == "person" and word.head.lower_ == "as":
                return [person]
    return []


def _author_of_earlier(registry: Registry, paper: Token) -> Entity | None:
    """ "The bureau said in a notice …", then "The notice said …": the definite paper is
    the one a body said something in (or issued) a sentence or two before."""
    if not any(c.lower_ == "the" for c in paper.children) or any(
        c.dep_ == "poss" for c in paper.children
    ):
        return None
    doc = paper.doc
    start = paper.sent.start
    earliest = max(0, start - 80)
    for i in range(start - 1, earliest - 1, -1):
        word = doc[i]
        if word.lemma_ != paper.lemma_ or word.pos_ != "NOUN":
            continue
        verb = word.head.head if word.dep_ == "pobj" and word.head.lower_ == "in" else word.head
        if word.dep_ not in {"pobj", "dobj"} or verb.pos_ != "VERB":
            return None
        for subject in children(verb, "nsubj"):
            found = entity_for(registry, subject, create_forces=False)
            if found and found[0].kind != "place":
                return found[0]
        return None
    return None


_PAPERS = {"notice", "summons", "letter", "document", "leaflet", "poster", "banner", "sign", "note"}
_PUBLISHING = {
    "post",
    "publish",
    "upload",
    "share",
    "tweet",
    "broadcast",
    "film",
    "record",
    "write",
}
_ARMED_KIN = {"army", "military", "gendarmerie", "navy"}
_FORCE_NAME_WORDS = {"police", "army", "forces", "force", "guard", "gendarmerie", "military"}
_PARTS_OF_BODIES = {
    "department",
    "directorate",
    "bureau",
    "service",
    "command",
    "headquarters",
    "front",  # "The ELN's eastern war front said"
}


def _part_of_a_body(noun: Token) -> bool:
    """ "department", "command", "general staff": a part that speaks for its body."""
    if noun.lemma_ in _SUBUNITS | _PARTS_OF_BODIES:
        return True
    return noun.lower_ == "staff" and any(c.lower_ == "general" for c in noun.children)


def _body_named_by(registry: Registry, word: Token, kind: str | None = "state") -> Entity:
    """The body a spokesman speaks for, named by its phrase ("foreign ministry")."""
    known_entity = registry.entity_of_token(word)
    if known_entity is not None and known_entity.kind == "organisation":
        return known_entity
    name = force_name(word)
    for known in registry.entities:
        if known.kind == "organisation" and known.name.casefold() == name.casefold():
            return known
    entity = registry.new_entity("organisation", name, org_kind=kind, confidence=0.55)
    start = word.i - len(name.split()) + 1
    registry.add_mention(entity, word.doc[start : word.i + 1])
    return entity


# what makes a named speaker someone other than the person a lede describes
_RELATIONS = {
    "lawyer",
    "wife",
    "husband",
    "brother",
    "sister",
    "mother",
    "father",
    "son",
    "daughter",
    "cousin",
    "spokesman",
    "spokeswoman",
}

# what a body's head is called: "a teacher said" is not "the union's president" named next
_OFFICES_HELD = {"president", "director", "chairman", "chairwoman", "coordinator", "secretary"}

_WATCHDOG_WORDS = {"rights", "watch", "amnesty", "monitor", "observatory", "ombudsman"}


def _named_right_after(cue: Token) -> list[Token]:
    """The person named right after a cue set off by a comma or a quotation ("…, said
    Haidar Jabbar, 24, who …"): the last word of the name."""
    doc = cue.doc
    name = cue.i + 1
    while name < len(doc) and doc[name].ent_type_ == "PERSON":
        name += 1
    if name > cue.i + 1 and cue.i > 0 and doc[cue.i - 1].is_punct:
        return [doc[name - 1]]
    return []


def _postposed_speaker(cue: Token) -> list[Token]:
    """The speaker of "…, residents and a local group said" when the parser hung the
    noun phrase elsewhere: the words between the last comma and the cue, if they are a
    plain noun phrase; its first noun."""
    doc = cue.doc
    start = cue.i - 1
    while start >= cue.sent.start and doc[start].text != "," and cue.i - start <= 8:
        start -= 1
    if start < cue.sent.start or doc[start].text != ",":
        return []
    phrase = doc[start + 1 : cue.i]
    if not phrase and start > cue.sent.start:
        # "…, his cousin, Dayana Barrios, said": the comma closes an apposition; its
        # name speaks
        named = doc[start - 1]
        if named.dep_ == "appos" and named.pos_ == "PROPN":
            return [named]
        return []
    if not phrase or any(t.pos_ in {"VERB", "AUX"} or t.is_punct for t in phrase):
        return []
    nouns = [
        t for t in phrase if t.pos_ in {"NOUN", "PROPN"} and t.dep_ not in {"compound", "amod"}
    ]
    return nouns[:1]


_PLACE_DESCRIPTIONS = {"capital", "city", "town", "village", "region", "province", "district"}


def _describes_place_before(token: Token) -> bool:
    """ "…, the capital of Russia's Dagestan region,": a description set after a place's
    name, not someone who speaks."""
    start = token.left_edge.i
    doc = token.doc
    return (
        token.lemma_.lower() in _PLACE_DESCRIPTIONS
        and start >= 2
        and doc[start - 1].text == ","
        and doc[start - 2].ent_type_ in {"GPE", "LOC"}
    )


def _depth(token: Token) -> int:
    depth = 0
    while token.head.i != token.i and depth < 50:
        token = token.head
        depth += 1
    return depth


def _is_official(entity: Entity) -> bool:
    """State bodies, forces, and people whose title makes them officials; a title held in
    a rights group ("LGBT Network spokesman") does not."""
    words = actor_words()
    if entity.org_kind in {"state", "security force", "court"} or entity.kind == "place":
        return True  # "Moscow has said …": a place that speaks is its government
    descriptors = set(entity.descriptors)
    if "ombudsman" in descriptors:
        return False  # the state's, but it speaks for the victims
    if "affiliation:state" in descriptors:
        return True
    if any(d.startswith("affiliation:") and d != "affiliation:state" for d in descriptors):
        return False  # "head of Transparency International": a body's head, not the state's
    titles = descriptors & words.official_descriptors
    # "a community leader", "the head of the family": a leader is the state's only when
    # the text ties the title to it
    return bool(titles - _GENERIC_HEADS)


_GENERIC_HEADS = {"leader"}
# an official who regrets or apologises owns to what happened
_REGRET = {"regret", "regrettable", "apologise", "apologize", "sorry", "deplorable", "unacceptable"}
_UNNAMED_VOICE = re.compile(
    r"\bspokes(?:man|woman|person)\b|^(?:an?|one)\s+(?:\w+\s+)?(?:member|official|officer|"
    r"source|representative)\b",
    re.IGNORECASE,
)


def _owned_body(registry: Registry, subject: Token) -> Entity | None:
    """The body named right after the subject's name and its "'s": the parser takes
    "Council" for the subject of "The Council of Europe's Congress of … said"."""
    owner = registry.entity_of_token(subject)
    if owner is None or owner.kind != "organisation":
        return None
    doc = subject.doc
    end = subject.i
    while (
        end < len(doc)
        and registry.entity_of_token(doc[end]) is owner
        and doc[end].text not in {"'s", "’s"}
    ):
        end += 1
    if end + 1 < len(doc) and doc[end].text in {"'s", "’s"}:
        owned = registry.entity_of_token(doc[end + 1])
        if owned is not None and owned.kind == "organisation" and owned is not owner:
            return owned
    return None


def _after_last_comma(cue: Token) -> int:
    """Where the phrase right before the cue begins: after the last comma of its
    sentence before it, or at the sentence's start."""
    doc = cue.doc
    start = cue.i
    while start > cue.sent.start and doc[start - 1].text != ",":
        start -= 1
    return start


def _phrase_before_cue(cue: Token) -> list[Token]:
    """ "… despite a cancer diagnosis, his family and a London-based rights group said":
    the parser hung the speakers on the clause before and gave the cue no subject; the
    noun phrase between the last comma and the cue speaks (its first noun)."""
    doc = cue.doc
    start = _after_last_comma(cue)
    segment = doc[start : cue.i]
    if (
        start == cue.sent.start
        or not segment
        or any(t.pos_ in {"VERB", "AUX"} and t.dep_ != "amod" for t in segment)  # ("-based")
    ):
        return []
    for token in segment:
        if token.pos_ in {"NOUN", "PROPN"} and not (
            token.dep_ in {"compound", "amod", "poss", "nmod"} and start <= token.head.i < cue.i
        ):
            return [token]
    return []


_KIN_GROUPS = {"relative", "parent", "friend", "neighbour", "neighbor", "colleague", "family"}


def _described_body_before(registry: Registry, tokens: list[Token]) -> Entity | None:
    """ "a report by the Ethiopian Human Rights Commission (EHRC), a state-funded but
    independent body, which said": an indefinite description set off by commas right
    after a body's name is that body."""
    if not tokens or tokens[0].pos_ != "NOUN" or registry.entity_of_token(tokens[0]):
        return None
    head = tokens[0]
    if not any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in head.children):
        return None
    start = min(t.i for t in head.subtree if t.i <= head.i)
    doc = head.doc
    before = start - 1
    if before < 1 or doc[before].text != ",":
        return None
    named = before - 1
    if doc[named].text == ")" and named >= 2:
        named -= 1  # "(EHRC)"
    body = registry.entity_of_token(doc[named])
    return body if body is not None and body.kind == "organisation" else None


def _last_phrase_speaker(cue: Token, subject: Token) -> list[Token] | None:
    """ "…, killing 23 people, including nine children, local officials and a rescue
    worker said": the parser made "people" the subject; the phrase between the last comma
    and the cue, naming people who speak, is the speaker."""
    if subject.i > cue.i or cue.i - subject.i <= 3:
        return None  # "Police said", "the rights group said": read as parsed
    doc = cue.doc
    start = _after_last_comma(cue)
    segment = doc[start : cue.i]
    if not segment or start <= subject.i:
        return None  # the subject stands in the phrase itself
    if any(t.pos_ in {"VERB", "AUX"} and t.dep_ != "amod" for t in segment):
        return None  # (a participle naming a kind is no clause: "a Tuareg-led alliance")
    roots = [t for t in segment if not start <= t.head.i < cue.i]
    if len(roots) != 1 or roots[0].pos_ not in {"NOUN", "PROPN"}:
        return None
    root = roots[0]
    if (
        root.lemma_.lower()
        in _HUMAN_SOURCES | _SPEAKING_BODIES | _STAFF | actor_words().person_nouns
        or root.ent_type_ in {"PERSON", "ORG"}
    ):
        return [root]  # (also "the station's director and a press freedom group said")
    return None


def _names_a_state(text: str) -> bool:
    """ "Moscow", "Russia", "the United States": a country or city named as a speaker."""
    bare = text.removeprefix("the ")
    return (
        bare[:1].isupper()
        and not bare.startswith("The ")
        and (load_gazetteer().resolve(bare) is not None)
    )


def _home_country(registry: Registry) -> str | None:
    """The country the report is about: the country of the first place it names (the
    dateline's or the lede's)."""
    first: tuple[int, str] | None = None
    for entity in registry.entities:
        if entity.kind == "place" and entity.place is not None and entity.place.country:
            start = min(m.start for m in entity.mentions) if entity.mentions else None
            if start is not None and (first is None or start < first[0]):
                first = (start, entity.place.country)
    return first[1] if first else None


def _country_of_speaker(registry: Registry, speaker: Entity, *, through: bool = True) -> str | None:
    """The state a speaker belongs to, as its mentions say: "Britain's Foreign Office",
    "the Armenian foreign ministry"; or, ``through`` the body whose title a person holds,
    that body's ("the BGB's regional commander, X" after "Border Guard Bangladesh")."""
    for span in registry.mention_spans(speaker):
        if span is None:
            continue
        doc = span.doc
        # (a person's own name is no demonym: "Dan Moldovan", the mayor of a Romanian town)
        words = [] if speaker.kind == "person" else list(span)
        if span.start >= 2 and doc[span.start - 1].lower_ in {"'s", "’s"}:
            owner = doc[span.start - 2]
            if owner.ent_type_ == "GPE" and owner.ent_iob_ == "I":
                # "New Zealand's foreign ministry": the whole name of the country
                first = owner.i
                while first > 0 and doc[first].ent_iob_ == "I":
                    first -= 1
                code = country_named(doc[first : owner.i + 1].text)
                if code is not None:
                    return code
            words.append(owner)  # "Britain's Foreign Office"
        elif span.start >= 1:
            words.append(doc[span.start - 1])  # "the Armenian foreign ministry"
        if span.root.dep_ == "appos":  # "Ukraine's human rights commissioner, X,"
            words += children(span.root.head, "poss", "amod", "compound")
        for word in words:
            code = country_named(word.text) if word.is_title else None
            if code is not None:
                return code
        if through and span.root.dep_ == "appos":
            for holder in children(span.root.head, "poss", "compound"):
                body = registry.entity_of_token(holder)
                if body is not None and body is not speaker and body.kind == "organisation":
                    code = _country_of_speaker(registry, body, through=False)
                    if code is not None:
                        return code
    return None


_NAME_JOINERS = {"of", "for", "and", "on", "in"}


def _body_the_model_missed(registry: Registry, head: Token) -> Entity | None:
    """ "Civil Rights Defenders said", "Scottish Autism said": a speaker named by proper
    nouns the model tagged as nothing. A name of two or more capitalised words that no
    entity holds, with no title or word for a person in it, is a body's: the model all but
    always knows a person's name, and often misses a body's name made of ordinary words."""
    if head.pos_ != "PROPN" or head.ent_type_ or registry.entity_of_token(head) is not None:
        return None
    doc = head.doc
    start = head.i
    while start > 0 and (doc[start - 1].is_title or doc[start - 1].lower_ in _NAME_JOINERS):
        start -= 1
    while start < head.i and doc[start].lower_ in _NAME_JOINERS | {"the"}:
        start += 1
    span = doc[start : head.i + 1]
    words = actor_words()
    if (
        len(span) < 2
        or not all(t.is_title or t.lower_ in _NAME_JOINERS for t in span)
        # ("Scottish Autism": a people's adjective may begin a body's name)
        or any(t.ent_type_ not in {"", "NORP"} for t in span)
        or any(registry.entity_of_token(t) is not None for t in span)
        or any(t.like_num or t.lower_ in words.titles | words.person_nouns for t in span)
        or any(t.i < registry.headline_end for t in span)
    ):
        return None
    entity = registry.new_entity("organisation", span.text)
    registry.add_mention(entity, span)
    return entity


def _speakers_country(registry: Registry, speaker: Entity | None, speaker_text: str) -> str | None:
    """The country a speaker speaks for: the entity's, or the demonym opening the words
    that name a speaker who is no entity ("Armenian officials")."""
    if speaker is not None:
        return _country_of_speaker(registry, speaker)
    words = speaker_text.split()
    return country_of_demonym(words[0]) if words and words[0].istitle() else None


# offices of the place where things happened: their holders speak for its people
_LOCAL_OFFICES = {"mayor", "governor"}


def _report_country(registry: Registry) -> str | None:
    """The country of the first place the report's text names ("… in the Duhok province
    of Iraq's Kurdistan region": Iraq)."""
    places = [
        e
        for e in registry.entities
        if e.kind == "place" and e.place is not None and e.place.country and e.mentions
    ]
    text_places = [e for e in places if e.mentions[0].start >= registry.headline_end]
    first = min(text_places, key=lambda e: e.mentions[0].start, default=None)
    return first.place.country if first is not None and first.place is not None else None


def _accuses_another_state(
    registry: Registry, speaker: Entity | None, content: Span, speaker_text: str = ""
) -> bool:
    """The content's first subject is another state, by name or by its adjective ("Israel
    had carried out …", "Turkish drones had killed …"), than the official speaking (an
    official the text ties to no country, "local officials" or a district's mayor, is the
    report's own country's)."""
    own = _speakers_country(registry, speaker, speaker_text)
    local = speaker_text.lower().removeprefix("the ").split()[:1] in (["local"], ["regional"])
    if own is None and (
        local or (speaker is not None and _LOCAL_OFFICES & set(speaker.descriptors))
    ):
        own = _report_country(registry)
    if own is None:
        return False
    subject = next(
        (t for t in content if t.dep_ in {"nsubj", "nsubjpass"} and _in_main_clause(t, content)),
        None,
    )
    if subject is None:
        return False
    for word in [subject, *children(subject, "amod", "compound")]:
        code = country_named(word.text) if word.is_title else None
        if code is not None:
            return code != own
    return False


def _another_state(
    registry: Registry, speaker: Entity | None, content: Span, speaker_text: str = ""
) -> bool:
    """A speaker for a state other than the accused one: Britain's Foreign Office on a
    Hong Kong arrest, Georgia's security service on what "Russian border guards" did,
    "Armenian officials" on Armenians tried in Baku, speak for the victims."""
    own = _speakers_country(registry, speaker, speaker_text)
    if own is None:
        return False
    acts = acts_of(content.doc)
    for told in (
        [a for a in acts if content.start_char <= a.cue.start < content.end_char],
        acts,  # the content names no culprit: those of the report's acts
    ):
        culprits = {
            code
            for act in told
            for perpetrator in map(registry.get, act.perpetrators)
            if perpetrator is not None
            and (code := _country_of_speaker(registry, perpetrator)) is not None
        }
        if culprits:
            return own not in culprits
    home = _home_country(registry)
    return home is not None and own != home


# a victim shot, in the passive: "was hit by several bullets", "was shot dead"
_SHOT = re.compile(
    r"\b(?:was|were) (?:hit|shot|struck) (?:dead |by |\w+ times|twice|in the )|"
    # "was attacked by two men who fired from a motorcycle"
    r"\b(?:was|were) (?:attacked|ambushed|stabbed) by (?:two|three|four|several|unidentified|"
    r"unknown|armed|masked|hooded|a group of)\b|"
    # "when two men opened fire on them"
    r"\b(?:two|three|four|several|unidentified|unknown|armed|masked|hooded) "
    r"(?:men|gunmen|attackers|assailants) (?:opened fire|fired)\b"
)
# the state's own armed men, named in what is told
_STATE_FORCE = re.compile(
    r"\b(?:police|policemen|officers?|soldiers?|troops|army|military|security forces|"
    r"gendarmes?|guards?|agents?)\b"
)
# an official's account of what the state itself did, or of a detention it made:
# "the government has stripped 135 people of …", "X had been placed in pretrial detention"
_OWNED = re.compile(
    r"^\W*(?:the |its )?(?:[a-z][\w-]+ ){0,2}(?:government|authorities|ministry|troops|forces)\s+"
    r"(?:has|have|had)\s+"
    r"(?!not\b|never\b)\w+ed\b|"
    r"\b(?:had been|has been|have been|was|were|would be|will be)\s+(?:placed in "
    r"(?:pretrial |pre-trial )?detention|remanded in custody|held in (?:pretrial |pre-trial )?"
    r"detention)\b|"
    # "a judge ordered all eight held in pre-trial detention for 30 days"
    r"\bordered (?:[\w-]+ ){0,3}(?:held|remanded|kept) in (?:pretrial |pre-trial )?"
    r"(?:detention|custody)\b|"
    # "a court had ordered her held for five days"
    r"\bordered (?:him|her|them|the \w+) held\b|"
    # "police killings have risen sharply": the state's own count of what happened
    r"\b(?:killings|deaths|arrests|detentions|disappearances|abductions) (?:have|has|had) "
    r"(?:risen|increased|doubled|tripled|grown|climbed)\b"
)
_VIOLENT_ACTS = {"killing", "abduction_disappearance", "torture_ill_treatment", "threat"}
_NON_STATE_ARMED = {
    "gunmen",
    "gunman",
    "men",
    "mob",
    "assailants",
    "attackers",
    "militia",
    "militiamen",
    "rebels",
    "bandits",
    "separatists",
    "insurgents",
    "militants",
    "kidnappers",
    "smugglers",
    "traffickers",
}


def _third_party_violence(doc: Doc, content: Span, *, named: bool = False) -> bool:
    """Violence the content reports, done by people who are not the state: gunmen, a mob,
    an armed group (the acts' perpetrators as the act component found them); with
    ``named``, only violence whose non-state authors the content names."""
    registry = Registry.of(doc)
    inside = [
        act
        for act in acts_of(doc)
        if content.start_char <= act.cue.start < content.end_char and act.act_type in _VIOLENT_ACTS
    ]
    if not inside:
        return False
    for act in inside:
        for perpetrator in map(registry.get, act.perpetrators):
            if perpetrator is None:
                continue
            words = set(perpetrator.name.casefold().split())
            if words & _NON_STATE_ARMED:
                continue  # "gunmen", "two men on a motorcycle", "a mob"
            if perpetrator.org_kind in {"state", "security force"} or _is_official(perpetrator):
                return False
    if named:  # gunmen, separatists, a mob: armed men the state does not answer for
        return any(
            set(perpetrator.name.casefold().split()) & _NON_STATE_ARMED
            for act in inside
            for perpetrator in map(registry.get, act.perpetrators)
            if perpetrator is not None
        )
    if any(_unattributed_violence(doc, act) for act in inside):
        # "Romeo D. was hit twice in the shoulder …, police said": the state tells a crime
        # whose authors it does not name
        return True
    return any(act.perpetrators for act in inside) or any(
        t.lower_ in _NON_STATE_ARMED for t in content
    )


def _only_armed_outlaws_accused(doc: Doc) -> bool:
    """Every act with a known author in the report was done by gunmen, a mob, rebels …
    and none by the state: what officials tell there answers no charge against them."""
    registry = Registry.of(doc)
    authors = [registry.get(p) for act in acts_of(doc) if not act.negated for p in act.perpetrators]
    return bool(authors) and all(
        author is not None
        and bool(set(author.name.casefold().split()) & _NON_STATE_ARMED)
        # (gunmen read as a force may be the state's: "men in uniform")
        and author.org_kind not in {"state", "security force"}
        for author in authors
    )


def _own_force_killed(doc: Doc, content: Span) -> bool:
    """A killing the content tells with a state force as its subject ("Royal Gendarmerie
    officers shot dead three young men")."""
    registry = Registry.of(doc)
    return any(
        act.act_type == "killing"
        and content.start_char <= act.cue.start < content.end_char
        and any(
            p is not None and p.org_kind in {"state", "security force"}
            for p in map(registry.get, act.perpetrators)
        )
        for act in acts_of(doc)
    )


# people who act on their own: what they did, the state did not do
_PRIVATE_PEOPLE = {
    "member",
    "relative",
    "neighbour",
    "neighbor",
    "villager",
    "resident",
    "worshipper",
    "congregant",
    "parishioner",
}


def _of_a_force(people: Token) -> bool:
    """ "members of the security forces", "members of an army unit": the state's men."""
    forces = actor_words().force_nouns
    return any(
        t.lemma_.lower() in forces or t.lower_ in forces
        for p in children(people, "prep")
        if p.lower_ == "of"
        for o in children(p, "pobj")
        for t in o.subtree
    )


def _unattributed_violence(doc: Doc, act: ActMention) -> bool:
    """An act told in the passive with no one named as its author ("was shot dead", "was
    hit by several bullets"); a death alone ("died in his cell") is not one."""
    if act.perpetrators:
        return False
    cue = doc.char_span(act.cue.start, act.cue.end, alignment_mode="expand")
    if cue is None:
        return False
    anchor = cue.root
    if anchor.pos_ == "VERB" and any(
        s.lemma_.lower() in _PRIVATE_PEOPLE and not _of_a_force(s)
        for s in children(anchor, "nsubj")
    ):
        return True  # "members of a church beat her", "villagers lynched him"
    return (
        anchor.pos_ == "VERB"
        and anchor.lemma_.lower() not in {"die", "kill"}
        and bool(children(anchor, "auxpass"))
        and bool(children(anchor, "nsubjpass"))
        # (not "denied that he had been mistreated")
        and not any(a.lemma_.lower() in DENY for a in anchor.ancestors)
    )


# "the centre" after "… Information Center"
_SPELLINGS = {"center": "centre", "organization": "organisation", "defense": "defence"}

_SPEAKER_ITSELF = re.compile(
    r"^\W*(?:in a (?:written )?statement\s+)?(?:that\s+)?(?:it|we|they|the company)\b"
)
_CONDEMNED_VIGILANTES = re.compile(r"\btake the law into (?:their|his|her) own hands")
_NO_LINKS = re.compile(
    r"\bno (connection|link)s? (with|to)|not (connected|linked) (with|to)|"
    r"(reject|rejects|rejected|deny|denies|denied) any (link|connection|involvement)"
)
# the illness an official gives as the cause of a death or an injury
_ILLNESS_WORDS = (
    r"(fell|fallen|falling) ill|complained of (chest )?pains?|(suffered|had) a heart attack"
)
_DENIAL_CONTENT = re.compile(
    r"\b(nothing to do with|no (?:relationship|connection|involvement)\b|"
    r"no civilians were|made up|fabricated (news|reports|stories)|lies of|not true|baseless|"
    r"groundless|did not (happen|take place)|never (happened|took place)|no one was|"
    r"no (homosexuals|torture|abuse)|exclusively|unfounded|natural causes|"
    r"(took|taken) (his|her|their) own li(fe|ves)|committed suicide|"
    r"no (indication|sign|signs|evidence|suspicion) of foul play|" + _ILLNESS_WORDS + r"|"
    r"routine (inquir\w+|checks?|procedures?|operations?|questioning)|"
    r"rights (are|were|have been|had been) [\"“]?(fully )?(protected|respected|guaranteed)|"
    r"voluntar(y|ily)(?! manslaughter| homicide| violence)|(of )?(his|her|their) own free will|"
    # (not a group named for it: "the Border Self-Defence Forces")
    r"self-defen[cs]e(?! (?:forces?|groups?|units?|militias?|committees?))|"
    r"as an? (robbery|accident|suicide|common crime|personal dispute|land dispute)|"
    r"pre-existing (illness(es)?|conditions?|diseases?)|"
    r"enjoy\w* (full |complete )?(freedom|rights)|"
    r"doing (their|its|everything in their) utmost|doing everything possible|"
    r"receiv\w* [\"“]?(proper|adequate|full|necessary|all (the )?necessary) medical|in good health|"
    r"treated [\"“]?(\w+ and )?(well|humanely|properly|professionally|fairly)|"
    r"for (his|her|their) own (safety|protection|good)|"
    # "it respected workers' rights", "respected communities' right to protest"
    r"respect(s|ed) [\w']+ (right|rights)\b|"
    # "his group had not been involved": the speaker's own side had no part in it
    r"(its|his|her|their|our) (group|party|organi[sz]ation|movement|members|forces|fighters) "
    r"(had|has|have|was|were) (not|never) (been )?involved)\b"
)
_ILLNESS = re.compile(_ILLNESS_WORDS)
_SHOWED_QUOTED = re.compile(
    r"^\W*(?:the|this|these|it|its|their)\b(?:\s+[\w'’-]+){0,3}\s+(?:showed|shows|show|"
    r"demonstrated|demonstrates|proved|proves)\s+(?:that\s+|how\s+)?[\"“]"
)
_THEIR_ACCOUNT = re.compile(
    r"\b((they|police|officials|authorities|guards|officers)\s+"
    # ("police had first told the family that she died of natural causes")
    r"(?:(?:had|have|has|first|initially|later|then|also|at first)\s+){0,2}"
    r"(say|says|said|claim|claims|claimed|told (us|me|them|the family))|saying|claiming|"
    r"stating)\b"
)
_ALLEGATIONS = {"report", "allegation", "claim", "accusation", "account", "complaint"}
# what the other side said, rejected: "rejected that account" is no denial of the events
_CRIMINAL_FEUD = re.compile(
    r"\b(?:rivalry|struggle|feud|fighting|clash(?:es)?|turf war)\b[^.]{0,30}?\bbetween\s+"
    r"(?:\w+\s+){0,2}(?:criminal|armed|rival)\s+(?:groups?|gangs?|factions?)"
)
# what a court or an office rules on rather than answers: "rejected his request"
_DECIDED = {"request", "appeal", "application", "petition", "bid", "motion", "plea", "bail"}
_ACCOUNTS = {"account", "version", "explanation", "finding", "conclusion", "verdict"}
# what the state holds against the accused
_CHARGES = {"charge", "indictment"}
# words that call what someone says or holds against someone untrue
_FALSEHOOD = r"fabricated|false|untrue|lies|invented|baseless|groundless|unfounded"
# "the punishment has nothing to do with the slap": the victim's side says the stated
# reason is a pretext (an allegation, not a denial)
_PRETEXT = re.compile(
    r"\b(?:punishment|sentence|verdict|arrest|detention|case|charges?|prosecution)\b"
    r"[^.]{0,20}?\b(?:has|had|have) nothing to do with\b"
)
_CHARGES_FALSE = re.compile(
    r"\b(charges?|indictment|case|accusations? against (him|her|them))\b[^.]{0,40}?\b"
    rf"({_FALSEHOOD}|not true|made up|absurd|trumped[- ]up)\b"
)
# "reports of persecution were fabricated by enemies", "the allegations are lies"
_REPORTS_FALSE = re.compile(
    r"\b(reports?|allegations?|claims?|accusations?|accounts?)\b[^.]{0,60}?\b"
    rf"({_FALSEHOOD}|slander)\b"
)
# an official's assertion that what was done was lawful denies the violation, unless the
# content is negated ("was not in accordance with the law" alleges it)
_LAWFUL_CONTENT = re.compile(
    r"\b(lawful(ly)?|legally|in (full |strict )?accordance with (the )?law|according to (the )?law|"
    r"in line with the law|within the law|fair and (open|transparent)|legal guarantees|"
    r"due process|compl(ied|ies|y) with|in (full )?compliance with|applies to everyone|"
    r"above the law|(met|meets|meet|in line with|compl\w+ with) international standards|"
    r"fair (legal )?(process|procedure)|"
    r"(courts?|judges?|judiciary) (is |are |was |were |acts? |acted )?independent(ly)?|"
    r"(acted|act|acts) independently|(had |have )?(broken|broke|violated) the law|"
    r"followed (the |\w+ )?(law|laws|procedures?|rules)|"
    r"(procedures?|the law) (was|were|had been) (followed|respected|observed)|"
    r"(by|on the basis of|under) (a |the )?(judicial (decision|order)|court (order|warrant))|"
    r"enforc(ed|ing|e) (a |an |the )?(court |judicial )?(injunction|order|ruling|eviction order))\b"
)

_BODY_WORDS = {
    "cooperative",
    "company",
    "newspaper",
    "outlet",
    "magazine",
    "association",
    "coalition",
    "alliance",
    "union",
    "centre",
    "center",
    "council",
    "committee",
    "league",
    "network",
    "forum",
    "party",
    "movement",
    "group",
    "mission",
    "commission",
    "observatory",
    "initiative",
    "collective",
    "foundation",
    "institute",
    "monitor",
    "watchdog",
    "office",  # "according to the office", after "the UN Integrated Office in Haiti"
}
# what "It" goes on for after a body the text names only as it speaks ("The inquiry, led
# by …, said … It said …")
_SPEAKING_BODY_WORDS = frozenset(_BODY_WORDS | {"inquiry", "panel", "tribunal"})
# an official who says an inquiry is under way acknowledges that something happened
_INQUIRY = re.compile(
    r"\b((?:would|will) (?:review|examine|investigate|look into) the (?:complaints?|cases?|deaths?|"
    r"allegations?|incidents?|file|evidence|findings)|"
    r"investigating|ordered an? (independent |internal |full )?(inquiry|investigation)|"
    r"placed under (formal )?investigation|"
    r"opened ((an?|two|three|four|five|six|\d+) )?(independent |internal |full |criminal |murder |"
    r"homicide )?(investigations?|inquir(y|ies)|cases?)|taken charge of the (case|investigation)|"
    r"launched an? (independent |internal |full )?(investigation|inquiry)|"
    r"identified (a|one|two|three|the) suspects?|(were|was|are|is) (looking into|examining|"
    r"reviewing)|"
    r"(formed|set up|created|established) an? (special |fact-finding )?(task (force|group)|"
    r"commission|committee|investigative (team|unit))|(pending|ordered) an? (probe|inquiry)|"
    r"(withdrawn|suspended|removed) from (duty|their posts)|"
    # "two managers had been dismissed" (not the victim: "she had been dismissed"), "a
    # complaint had been referred to the authority" (not "her case", sent to prosecutors)
    r"(two|three|four|five|\d+|the|its) ([\w-]+ )?(managers|officers|officials|guards|staff|"
    r"employees|policemen|soldiers|agents) (had|has|have) been (dismissed|sacked|fired)|"
    r"complaints? (had|has|have) been referred to|"
    # "would investigate any officer who had acted improperly", "an internal review was
    # under way"
    r"(would|will) (review|examine|investigate|look into) (any|every|all) (officers?|"
    r"complaints?|cases?|allegations?|staff|guards?|soldiers?)\b|"
    r"(internal |independent |full )?(review|investigation|inquiry) (was|is) (under ?way|ongoing)|"
    # the state's regret owns to what happened
    r"should (never|not) have happened|"
    # "confined to desk duties", "placed on leave", "would cooperate with the inquiry"
    r"confined to (desk|office) duties|(placed|put) on (administrative )?leave|"
    r"(would|will|was|were|is|are) [\"“]?(fully )?co-?operat(e|ing)( fully)?[\"”]? "
    r"(fully )?with (the|an|any) "
    r"(investigation|inquiry|probe|[\w-]+ (commission|authority|inspectorate|ombudsman))|"
    r"(inquiry|investigation|probe) (would|will) be (held|opened|launched|conducted)|"
    r"(complaints?|allegations?|cases?|deaths?|killings?|incidents?|shootings?)\b[^.;]{0,60}? "
    r"((would|will) be|(were|was|are|is) being) investigated|"
    # "had suspended the soldiers": the state acting against its own men
    r"(had|has|have) suspended (the|its|two|three|four|five|\d+) ([\w-]+ )?(soldiers|officers|"
    r"policemen|troops|guards|agents|officials)|"
    r"(would|will) be (held (accountable|to account)|found and punished|brought to justice|"
    r"punished)|"
    # "would investigate whether the use of force was justified", "would review the video"
    r"(would|will) (investigate|review|examine) (whether|how|why|the (video|footage|case|"
    r"original investigation|incident|complaint))|"
    # "had identified several of the attackers", "prosecutors would bring charges"
    r"identified (several|some|two|three|four|five|\d+) (of the )?(attackers|suspects|"
    r"assailants|perpetrators)|(would|will) (bring|file) charges|"
    r"referred the (case|matter|complaints?) to (the )?(prosecutors?|prosecution|public "
    r"prosecutor)|(asked|ordered|instructed) the ([\w-]+ ){0,3}(inspectorate|prosecutors?|"
    r"prosecutor's office|police) to investigate|"
    r"(an? |the )?(autops(y|ies)|post-mortems?( examinations?)?|"
    r"forensic examinations?) (?:(would|will) be|(had|has|have) been|was|were) "
    r"(carried out|conducted|performed)|(would|will) answer (to the law|for)|"
    r"(registered|filed) an? (criminal |murder |abduction )?(case|complaint)|"
    r"(took|taken|taking) over the (investigation|inquiry|case)|"
    r"(investigation|inquiry|case)( (into|over|for|on) [^.;,]{1,60}?)? (had|has|have) been "
    r"(opened|launched|registered)|"
    r"(had|has|have) been (formed|set up|established|appointed|created|assigned|tasked) to "
    r"(investigate|identify|find|examine|look into)|"
    r"(would|will) (end|stop|investigate|punish) (the|these|such|all)|"
    r"(would|will) not tolerate|(trying|working|seeking) to (locate|find|trace)|"
    r"(checking|establishing|examining) the circumstances|"
    r"boards? of inquiry|disciplinary (action|measures|proceedings)|"
    r"arrest warrants? (had|has|have) been issued|issued (\w+ )?arrest warrants?|"
    r"searching for (him|her|them|the (missing|victims?|suspects?|attackers|perpetrators))|"
    r"(a |the )?(search|manhunt|hunt) (was|is|had been|has been) (under ?way|launched) for|"
    r"(launched|began|started|mounted) an? (\w+ )?(search|manhunt)|"  # "a search operation"
    # "troops were pursuing the attackers", "had arrested four soldiers"
    r"(pursuing|hunting|tracking down) the (attackers|assailants|gunmen|insurgents|perpetrators)|"
    r"arrested (\w+ ){0,2}(soldiers|officers|policemen|guards|suspects)|"
    r"(does|do) not tolerate)\b"
)
# what the state says it did for the victims or about the events: help sent, protection
# given, people freed, complaints received: an account that owns to what happened
_REMEDY = re.compile(
    r"\b(no impunity|(would|will) be brought to justice|"  # "there will be no impunity"
    r"(sent|deployed|dispatched|(would|will) (send|deploy)) (more |extra |additional )?"
    r"(troops|police|officers|soldiers|reinforcements|a team|investigators|a patrol|patrols)|"
    r"(troops|police|officers|soldiers|reinforcements|an? (new |special )?team) "
    r"(had been|have been|has been|were|was) (sent|deployed|dispatched)|"
    r"(would|will) (patrol|protect|provide|give|seek|compensate|grant)|"
    r"(would|will) send (a team|investigators|inspectors|officials|a delegation)|"
    r"(had been|has been|was|were) offered protection|"
    r"tried to (protect|stop|save|rescue)|"
    # "police freed 19 farmworkers", "inspectors had found indications of forced labour":
    # people set free from those who held them, abuse found by the state's own inspectors
    # (not the state's own prisoners: "its programme has freed more than 6,000 prisoners")
    r"(rescued|liberated) (more than |about |some |over )?(\d[\d,]*|two|three|four|five|"
    r"six|seven|eight|nine|ten|dozens)\b|"
    r"freed [^.;]{0,60}?\bwho (were|had been) (forced|held|kept|trapped|enslaved)\b|"
    r"(found|uncovered) [\"“]?(clear |strong |serious )?(evidence|indications|signs) of|"
    # "it would propose a law limiting restraint": a remedy owns to the wrong
    r"(would|will) (propose|introduce|draft) (a |new )?(law|bill|legislation|rules)|"
    r"protection (mechanism|programme|program|scheme|measures)|"
    r"(had|have|has) been (released|freed)|(were|was) (later )?(released|freed)|"
    # "received the network's complaint"
    r"received (a|the|[\w-]+['’]s)( [\w-]+['’]s)? complaint|"
    r"(an? )?(appointment|examination|hearing) (has|had) been (scheduled|arranged)|"
    r"received (more than |about |some |over )?[\d,]+ complaints|"
    r"(found|recovered|retrieved) the bod(y|ies)|"
    # the state accepting a court's or an inquiry's finding against it
    r"accept(ed|s)? (the|its) (court's |tribunal's |inquiry's |report's |ombudsman's |"
    r"commission's )?(ruling|judgment|judgement|verdict|findings|decision|recommendations|"
    r"criticism|conclusions)|accept(ed|s)? (full )?responsibility|"
    # owning to a failure: "we should have acted much earlier", "what happened to this
    # girl was wrong"
    r"(we|it|they|staff|officers) should have (acted|intervened|stepped in|done more|"
    r"responded)|what happened (to [^.;]{1,40} )?(was|is) (wrong|unacceptable|inexcusable)|"
    r"bod(y|ies) of\b[^.;]{0,120}?\b(was|were|had been|has been) (found|recovered|retrieved))\b"
)
# a speaker owning to its own people's violence: "its fighters had killed a journalist",
# "we executed the spy", "claimed responsibility for the attack"
_OWN_DEED = re.compile(
    r"^\W*(?:that\s+)?(?:(?:its|their|our)\s+(?:fighters|forces|men|members|militants|units|"
    r"troops|mujahideen)|we)\s+(?:had\s+|have\s+|has\s+)?(?:killed|attacked|executed|captured|"
    r"abducted|kidnapped|shot|seized|carried out)\b|\bclaim(?:ed|s|ing)? responsibility\b|"
    # "an attack …, which the Front said it had carried out"
    r"^\W*(?:that\s+)?(?:it|they|we)\s+(?:had\s+|has\s+|have\s+)?carried (?:it )?out\b"
)
_RESTRAINT = re.compile(
    r"\b(?:acted|act|acting|showed|shown|exercised|exercising) [\"“]?(?:with )?"
    r"(?:great |maximum |utmost |the utmost |professional )?restraint\b|"
    r"\b(?:acted|act|acting|fired|shot|responded) in self-defen[cs]e\b|"
    r"\b(?:acted|act|acting|responded) [\"“]?(?:proportionally|proportionately)\b"
)
_JUSTIFICATION = re.compile(
    r"\b(illegal(ly)?|repell?ed|repulsed|unlawful(ly)?|"
    r"without (permission|authori[sz]ation|a permit)|"
    # "because they had not notified the police of the march": the organisers' fault
    r"(?:had |have |has |did )?not (?:notif(?:y|ied)|inform(?:ed)?) the (?:police|authorities)|"
    r"only (when|if|to)|necessary to|(security|terrorist) threat|terroris[mt]\w*|"
    # (not "beaten like criminals": how the victims were treated)
    r"extremis[mt]\w*|(?<!like )(?<!as )criminals(?! (?:will|would) be (?:brought to justice|"
    r"punished))|"
    r"criminal (gangs?|groups?|elements|networks?|community|"
    # (not "crimes against human rights defenders", "investigates crimes by police officers")
    r"organi[sz]ations?)|crimes?(?! against| by| committed by)|"
    r"loot(ing|ers)?|riot(s|ers|ing)?|"
    r"armed (resistance|attacks?|groups?|men|wing)|staged|suspected (members|militants|fighters)|"
    r"(recovered|seized) (?:[\w-]+ ){0,2}(weapons|arms|explosives|ammunition|guns?)|"
    r"(organi[sz]ed|financed|funded|paid) (from|by) (abroad|foreign)|"
    r"foreign (powers|sponsors|agents|interests)|"
    r"incit(e|ed|es|ing|ement)|distorted|(is|are|was|were|been) (accused|suspected) of|"
    r"on suspicion of|sovereignty|public order|law and order|"
    r"(was|were|is|are|had been|has been) [\"“]?(a |the )?(main )?suspects? (in|of)|"
    r"(protect|protects|protecting) (the )?(country|state|public|sovereignty)|"
    r"separatis[mt]\w*|credible (evidence|intelligence)|only for|collaborat\w+|"
    r"the enemy|spy(ing)?|spies|espionage|treason|traitors?|pass(ed|ing) information|"
    r"non-lethal|less-lethal|(came|come|comes|were|was) under (attack|fire)|bandits?|militants?|"
    r"insurgents?|opened fire on (the )?(security forces|police|soldiers|troops|officers)|"
    r"attacked (the )?(security (forces|personnel)|forces of order|police|soldiers|troops|"
    r"officers|gendarmes)|"
    r"(opened fire on|attacked) (an? |the )?((army|military|police) )?(patrols?|convoys?|"
    r"checkpoints?)|"
    r"restor(e|ed|ing) (public )?order|restor(e|ed|ing) free transit|disrupt(ed|ing) traffic|"
    r"(ignored|defied|disobeyed) a court order|"
    r"enforc(e|es|ed|ing) (the )?([\w-]+ )?(laws?|rules|regulations)|human shields?|"
    r"(using|used|use) civilians as|hooligan\w*|"
    r"disobey\w*( police)? orders|proportionate|"
    r"thr(ew|own|owing) (stones|rocks|bottles|fireworks|petrol bombs|molotov cocktails))\b"
)
# who is held when an official counts arrests: "11 Cambodian and Chinese managers had been
# arrested", "officers arrested four people, including two brothers who run …"
_HELD_VERBS = frozenset({"arrest", "detain"})
_CULPRITS = frozenset({"suspect", "attacker", "assailant", "perpetrator", "culprit", "killer"})


def _reason_given(verb: Token) -> bool:
    """ "arrested for …", "detained on suspicion of …": the reason the state gives."""
    return any(
        p.lower_ == "for"
        or (
            p.lower_ == "on"
            and any(
                o.lemma_.lower() in {"suspicion", "charge", "accusation"}
                for o in children(p, "pobj")
            )
        )
        for p in children(verb, "prep")
    )


_OWN_MEN = frozenset(
    {"officer", "police", "policeman", "agent", "soldier", "troop", "gendarme", "investigator"}
)


def _own_men(verb: Token) -> bool:
    """ "they arrested …", "its officers detained …": the speaker's own men hold them (not
    "Houthi authorities have detained …", someone else's)."""
    return all(
        subject.pos_ == "PRON"
        or (
            subject.lemma_.lower() in _OWN_MEN
            and not any(c.dep_ == "compound" or c.pos_ == "PROPN" for c in subject.children)
        )
        for subject in children(verb, "nsubj")
    )


def _counted_held(content: Span) -> bool:
    """The content counts people it says were arrested or detained, or holds suspects
    (the parse's subject of "were arrested", object of "arrested"): the state's own account
    of what it did. (What it gives as the reason, "for violating the law", is read apart as
    its justification.)"""
    registry = Registry.of(content.doc)
    for i in registry.with_lemma(_HELD_VERBS, content.start, content.end):
        verb = content.doc[i]
        if verb.tag_ not in {"VBN", "VBD"} or _reason_given(verb):
            continue  # ("would arrest anyone who …": a warning, no account; "detained 412
            # people for "attempting to create anarchy"": the state's justification)
        held = children(verb, "nsubjpass") or (children(verb, "dobj") if _own_men(verb) else [])
        if not held and verb.dep_ == "conj" and children(verb, "auxpass"):
            held = children(verb.head, "nsubj", "nsubjpass")  # "had a record and had been
            # detained": the subject of the first verb
        for person in held:
            for noun in (person, *person.conjuncts):
                if noun.lemma_.lower() in _CULPRITS or any(
                    c.dep_ == "nummod" for c in noun.children
                ):
                    return True
    return False


_ACKNOWLEDGED = re.compile(
    r"\b(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"(?:thir|four|fif|six|seven|eigh|nine)teen|(?:twen|thir|for|fif|six|seven|eigh|nine)ty"
    r"(?:-\w+)?|hundreds|dozens|scores|several)\s+"
    r"(?:\w+\s+){0,2}(?:(?:were|have been|had been|has been)\s+"
    r"(?:killed|arrested|detained|injured|wounded|treated for|hospitali[sz]ed)|"
    r"(?:had |have |has )?died|"
    # the dead of two kinds: "100 vaccination workers and police guarding them have been
    # killed" (arrests so counted may be justified: left to the count of those held)
    r"(?:\w+\s+){0,2}and\s+(?:\w+\s+){1,3}(?:were|have been|had been)\s+killed)\b|"
    r"^\W*(?:it|they|we|police|officers)\s+(?:had|have|has)\s+"
    r"(?:dismissed|fired|expelled|detained|arrested|deported|extradited|seized|searched|"
    r"raided)\b|"
    # culprits held to account: "a police officer had been arrested over the shooting",
    # "they had arrested a 34-year-old man suspected of beating …"
    r"\b(?:officers?|policem[ae]n|constables?|soldiers?|suspects?|attackers?|perpetrators|those "
    r"responsible)"
    # (a set-off aside: "three suspects, including a relative of the victim, had been …")
    r"(?:\s*,\s*(?:including|among them)\b[^,.;]{0,60},)?\s+(?:involved\s+)?"
    r"(?:had been|has been|have been|was|were)\s+"
    r"(?:arrested|detained|charged|suspended|dismissed|relieved of duty|taken into custody)\b|"
    # "The Dhi Qar police chief, Major General X, was suspended on the orders of …"
    r"\b(?:police|security|prison|provincial|district) (?:chief|commander|director|head)s?\b"
    r"[^.;]{0,60}?\b(?:was|were|had been|has been|have been) (?:suspended|dismissed|"
    r"removed|relieved of (?:duty|(?:his|her|their) posts?))\b|"
    # "the home's director had been dismissed": the head of the place where it happened
    r"['’]s (?:director|head|chief|commander|warden|governor|manager)\b[^.;]{0,40}?"
    r"\b(?:was|were|had been|has been) (?:suspended|dismissed|removed|fired|sacked|"
    r"relieved of (?:duty|(?:his|her|their) posts?))\b|"
    r"\barrested\s+(?:a|an|one|two|three|four|five|\d+)\s+(?:[\w-]+\s+){0,2}"
    r"(?:suspects?|(?:man|men|woman) suspected)\b|"
    # the state's forces by name, counting whom they held: "Lebanon's army detained 23
    # Syrians", "Gendarmes arrived the next morning and arrested eight men"
    r"^\W*(?:[\w'’-]+ ){0,2}(?:army|police|soldiers|troops|gendarmes|gendarmerie)\b[^.;]{0,60}?"
    r"\b(?:detained|arrested)\s+(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|"
    r"eleven|twelve|dozens|several)\b"
)
_BODIES = {
    "network",
    "group",
    "organisation",
    "organization",
    "agency",
    "ministry",
    "government",
    "authorities",
    "police",
    "army",
    "military",
    "office",
    "service",
    "committee",
    "party",
}
# plural common nouns for people who speak as a body: "UN experts said" names no entity
_SPEAKING_BODIES = {
    "leader",
    "elder",
    "expert",
    "official",
    "investigator",
    "lawyer",
    "activist",
    "member",
    "monitor",
    "observer",
    "researcher",
    "diplomat",
    "resident",
    "witness",
    "relative",
    "prosecutor",
    "group",
}
_DESCRIPTOR_NOUNS = {
    "partner",
    "fiancée",
    "fiancee",
    "editor",
    "blogger",
    "journalist",
    "reporter",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "lawyer",
    "group",
    "official",
    "officials",
    "ministry",
    "police",
    "prosecutor",
    "network",
    "organisation",
    "organization",
    "agency",
    "mother",
    "father",
    "wife",
    "husband",
    "daughter",
    "son",
    "sister",
    "brother",
    "grandmother",
    "grandfather",
    "uncle",
    "aunt",
    "cousin",
    "nephew",
    "niece",
    "manager",
    "family",
    "relatives",
    "researcher",
    "activist",
    "commander",
    "leader",
    "director",
    "army",
    "military",
    "government",
    "authorities",
}


@Language.factory("casetrail_claims")
class ClaimComponent:
    """Finds claims in ``doc.user_data[CLAIMS_KEY]``."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name
        self._last_speaker: Entity | None = None
        # the last claim's (speaker, speaker text, sentence start): "They denied …" in the
        # next sentence continues it
        self._last_claim: tuple[Entity | None, str, int] | None = None
        # "he" or "she" as the report has already called a speaker
        self._pronouns: dict[int, str] = {}

    def __call__(self, doc: Doc) -> Doc:
        registry = Registry.of(doc)
        self._last_speaker = None
        self._last_claim = None
        self._pronouns = {}
        self._descriptors(registry, doc)
        claims: list[ClaimMention] = []
        acts = acts_of(doc)
        dates = dates_of(doc)
        previous_sentence = -1
        for sentence in doc.sents:
            found = self._sentence_claims(registry, sentence, previous_sentence)
            if found or not registry.in_quote(sentence.start_char + 1):
                # a quotation's first sentences, attributed only at its end ("'… children.
                # We buried 17,' he said"), do not come between the speaker and the "he"
                previous_sentence = sentence.start
            for claim in found:
                claim.id = len(claims) + 1
                lo, hi = claim.content.start, claim.content.end
                claim.act_ids = [a.id for a in acts if lo <= a.cue.start < hi] or [
                    a.id for a in acts if sentence.start_char <= a.cue.start < sentence.end_char
                ]
                claim.date = next(
                    (
                        d
                        for d in dates
                        if sentence.start_char <= d.start < sentence.end_char
                        and not lo <= d.start < hi
                    ),
                    None,
                )
                claims.append(claim)
        for claim in _testimonies(registry, doc, claims):
            claim.id = len(claims) + 1
            claims.append(claim)
        doc.user_data[CLAIMS_KEY] = claims
        return doc

    def _sentence_claims(
        self, registry: Registry, sentence: Span, previous_sentence: int
    ) -> list[ClaimMention]:
        claims: list[ClaimMention] = []
        channel: Entity | None = None
        # outermost speech first: in "…, five days after he told friends X, his party said"
        # the party's claim contains what he told his friends
        doc = sentence.doc
        cues = sorted(
            (
                doc[i]
                for i in registry.with_lemma(SPEECH, sentence.start, sentence.end)
                if self._is_cue(registry, doc[i])
            ),
            key=lambda t: (_depth(t), t.i),
        )
        cue_tokens: dict[int, Token] = {}  # claim index → its cue
        for cue in cues:
            following = doc[cue.i + 1] if cue.i + 1 < len(doc) else None
            if cue.lemma_.lower() == "call" and (
                any(
                    c.lower_ in {"for", "on"}
                    and not any(o.ent_type_ == "DATE" for o in c.children)
                    # (not "called Honduras one of the deadliest countries … for defenders")
                    and not any(o.i < c.i for o in children(cue, "dobj"))
                    for c in cue.children
                )
                or (following is not None and following.lower_ == "for")
            ):
                continue  # "called for their release", "called on X to …": a demand
            explained = (
                next((i for i, c in cue_tokens.items() if c == cue.head), None)
                if cue.tag_ == "VBG" and cue.dep_ == "advcl"
                else None
            )
            if explained is not None:
                # "denied the charge, saying …", "confirmed it, saying …": the participle
                # gives the reasons of the same statement
                content = self._content(cue, sentence)
                if content is not None:
                    claims[explained].content = _joined(claims[explained].content, content)
                continue
            enclosing = next(
                (c for c in claims if c.content.start <= cue.idx < c.content.end), None
            )
            if enclosing is None and claims and _labels_what_was_told(cue):
                # "…, residents told journalists, in what they described as a reprisal":
                # the speakers of the sentence label what they told
                told = claims[-1]
                content = self._content(cue, sentence)
                if content is not None:
                    claims.append(
                        self._claim(
                            registry.get(told.speaker_id), told.speaker_text, cue, content, sentence
                        )
                    )
                continue
            if (
                enclosing is None
                and cue.dep_ == "relcl"
                and claims
                and claims[-1].sentence.start == sentence.start_char
                and any(s.lower_ in {"it", "they"} for s in children(cue, "nsubj"))
            ):
                # "…, cases it described as a pattern of harassment": the speaker labels
                # what it said, one statement (as "said …, calling it …")
                continue
            if enclosing is not None and cue.lemma_ in _ANSWERS and _aside_speaker(cue):
                # "…had been beaten in custody, which the police denied": the answer is no
                # part of what the first speaker said
                answered = next((o for o in children(cue, "dobj") if o.lower_ == "which"), cue.head)
                start = answered.left_edge.i  # ("an account …": from its article)
                own_cue = cue_tokens.get(claims.index(enclosing))
                if own_cue is not None and start > 0 and doc[start - 1].text == ",":
                    self._cut_content(registry, enclosing, own_cue, doc[start - 1].idx)
            if enclosing is not None and not _aside_speaker(cue):
                # "said X and denied Y": a cue coordinated with the claim's own cue, without
                # its own subject, shares the speaker; any other speech inside a claim
                # ("he had been beaten and denied medical care") belongs to its content
                own_cue = cue_tokens.get(claims.index(enclosing))
                # "… and denied that civilians were targeted", "… and dismissed claims":
                # a finite coordinated verb, not a participle ("been beaten and denied care")
                finite = cue.tag_ in {"VBD", "VBZ", "VBP"} or (
                    cue.tag_ == "VBN"
                    and bool(children(cue, "aux"))
                    and not children(cue, "auxpass")  # "and has rejected …"
                )
                # (but "said guards took her phone and told her …": told to the speaker,
                # by those the content is about)
                told_to_speaker = any(
                    o.lower_ in {"her", "him", "me", "us", "them"}
                    for o in children(cue, "dobj", "dative")
                ) and not (
                    # "said the killings were part of a campaign and called them "ethnic
                    # cleansing"": the pronoun is what is labelled (but "officers kicked her
                    # and called her a traitor": the officers labelled her)
                    cue.lemma_ in {"call", "brand", "label"}
                    and children(cue, "oprd")
                    and not any(
                        registry.entity_of_token(x) is not None
                        or x.lemma_.lower() in actor_words().force_nouns
                        or x.lemma_.lower() in actor_words().person_nouns
                        or x.pos_ == "PRON"
                        for x in children(cue.head, "nsubj")
                    )
                )
                coordinated = (own_cue is not None and cue in own_cue.conjuncts) or (
                    cue.dep_ == "conj" and finite and not told_to_speaker
                )
                # "… in what it called a "swap mart"": the speaker labels what it tells
                labelled = cue.lemma_ in {"call", "describe", "term", "dub"} and any(
                    c.lower_ == "what" for c in cue.children
                )
                labelled = labelled and all(t.pos_ == "PRON" for t in children(cue, "nsubj"))
                if labelled or (coordinated and not children(cue, "nsubj", "nsubjpass")):
                    content = self._content(cue, sentence)
                    if content is not None:
                        claims.append(
                            self._claim(
                                registry.get(enclosing.speaker_id),
                                enclosing.speaker_text,
                                cue,
                                content,
                                sentence,
                            )
                        )
                        if own_cue is not None:
                            self._cut_before_second_statement(registry, enclosing, own_cue, cue)
                continue
            speaker_tokens = [
                t  # "NAIROBI — Families of … said": the dateline is no subject, but the
                # parser may make the phrase after it the dateline's apposition
                for s in self._speaker_tokens(cue)
                for t in (
                    children(s, "appos")[:1] if registry.is_excluded(s.idx, s.idx + len(s)) else [s]
                )
                if not registry.is_excluded(t.idx, t.idx + len(t))
            ]
            if speaker_tokens and speaker_tokens[0].lower_ in {"he", "she"} and claims:
                continue  # a parenthetical "he said" inside a claim already attributed
            last_org = (
                self._last_claim is not None
                and self._last_claim[0] is not None
                and self._last_claim[0].kind == "organisation"
            )
            # the words of a speaker the last claim named only in text ("The Novi Sad
            # Students in Blockade group", "The retired teacher's son")
            last_words = (
                self._last_claim[1].split()
                if self._last_claim is not None and self._last_claim[0] is None
                else []
            )
            folded = [w.casefold() for w in last_words]
            # "… group said …. It called …": a body the text names only as it speaks ("The
            # inquiry, led by …, said … It said …"; or a capitalised name no rule made a
            # body: "The Novi Sad Students")
            unnamed_body = bool(folded) and (
                folded[-1] in _SPEAKING_BODY_WORDS
                or (len(last_words) >= 3 and all(w[:1].isupper() for w in last_words))
            )
            pronoun = bool(speaker_tokens) and speaker_tokens[0].lower_ in {"he", "she"}
            unnamed_person = (
                pronoun
                and bool(folded)
                # "A survivor …", "The retired teacher's son …" (one person, unnamed)
                and (
                    folded[0] in {"a", "an", "one"}
                    or (
                        folded[0] in {"the", "his", "her", "their"}
                        and folded[-1]
                        in _RELATIONS | {"colleague", "friend", "neighbour", "neighbor"}
                    )
                )
                # ("one of the doctors", "one of the men": one of several)
                and (
                    _ONE_OF.get(folded[-1], folded[-1].removesuffix("s"))
                    if folded[1:2] == ["of"]
                    else folded[-1]
                ).endswith(_PERSON_WORDS)
            )
            # "A police spokesperson said …. '…,' the spokesperson said": the same voice
            the_voice = (
                bool(speaker_tokens)
                and speaker_tokens[0].lower_ in _SPOKESPEOPLE
                and [c.lower_ for c in speaker_tokens[0].children] == ["the"]
            )
            unnamed_spokesman = (
                (pronoun or the_voice)
                and last_org
                and self._last_claim is not None
                # "A spokesman for …", "A member of the district administration, speaking
                # on condition of anonymity, confirmed …. … , he said"
                and bool(_UNNAMED_VOICE.search(self._last_claim[1]))
            )
            if (
                speaker_tokens
                and (
                    speaker_tokens[0].lower_ == "they"
                    or (speaker_tokens[0].lower_ == "it" and (last_org or unnamed_body))
                    # "A spokesman for the Security Bureau said …. He said …"
                    or unnamed_spokesman
                    # "A survivor from Kibirizi said …. '…,' she said"
                    or unnamed_person
                )
                and self._last_claim is not None
                and self._last_claim[2] == previous_sentence
            ):
                # "Officials said …. They denied …": the same speakers go on
                last_speaker, last_text, _ = self._last_claim
                content = self._content(cue, sentence)
                if content is not None:
                    claims.append(self._claim(last_speaker, last_text, cue, content, sentence))
                continue
            if cue.lemma_.lower() == "report" and len(cues) > 1:
                outlet = _outlet_told(registry, speaker_tokens, cues)
                if outlet is not None:
                    # "X told Radio Tamazuj that …, the station reported": X speaks, the
                    # station carries it
                    outlet.org_kind = "media"
                    channel = outlet
                    continue
            speaker = self._resolve_speaker(registry, speaker_tokens)
            if speaker is None and speaker_tokens:
                speaker = _body_the_model_missed(registry, speaker_tokens[0])
            if (
                cue.lemma_.lower() == "report"
                and speaker is not None
                and (speaker.org_kind == "media")
                and len(cues) > 1
            ):
                channel = speaker
                continue
            if speaker is None and not speaker_tokens:
                continue
            if speaker is not None and speaker.org_kind == "media" and not speaker_tokens:
                continue
            content = self._content(cue, sentence)
            if content is not None and (
                registry.is_excluded(content.start_char, content.end_char - 1)
                or (  # "…, his employer said on Sunday": not "on Sunday"
                    content.start > cue.i
                    and not any(t.pos_ in {"VERB", "AUX"} for t in content)
                    and any(t.pos_ in {"VERB", "AUX"} for t in sentence if t.i < cue.i - 3)
                )
            ):
                content = _past_dateline(registry, sentence, cue) or content
            if content is None:
                continue
            if cue.lemma_.lower() == "tell":
                _mark_listeners(registry, cue)
            if speaker is not None:
                self._last_speaker = speaker
            cue_tokens[len(claims)] = cue
            claims.append(
                self._claim(
                    speaker, self._speaker_text(speaker_tokens, speaker), cue, content, sentence
                )
            )
        claims.extend(self._quoted_as_saying(registry, sentence))
        claims.sort(key=lambda c: c.content.start)
        according = self._according_to(registry, sentence)
        if according is not None:
            relayed = [
                c
                for c in claims
                if according.content.start <= c.content.start
                and c.content.end <= according.content.end
                and c.speaker_id != according.speaker_id
                # the sentence's own statement, its speaker opening it (not "… a broadcast
                # in which listeners had criticised …, according to X")
                and len(doc_text(doc)[sentence.start_char : c.content.start].split()) <= 14
            ]
            # "X told the court that he had been beaten, according to his lawyer": X
            # speaks, the lawyer carries it
            for claim in relayed:
                claim.channel_id = according.speaker_id
            if not relayed:
                claims.append(according)
                spoke = registry.get(according.speaker_id)
                if spoke is not None and spoke.kind == "person":
                    self._last_speaker = spoke  # "…, according to their lawyer, X. He said …"
        if claims:
            last = claims[-1]
            self._last_claim = (registry.get(last.speaker_id), last.speaker_text, sentence.start)
        if channel is not None:
            for claim in claims:
                claim.channel_id = channel.id
        return claims

    def _is_cue(self, registry: Registry, token: Token) -> bool:
        """A verb of speech that attributes a statement (not negated, not passive, not in a
        quotation or the headline, not "reported on" as in journalism)."""
        lemma = token.lemma_.lower()
        if lemma not in SPEECH or token.pos_ != "VERB":
            return False
        if registry.is_excluded(token.idx, token.idx + len(token)):
            return False
        if token.idx < registry.headline_end or registry.in_quote(token.idx):
            return False
        if children(token, "neg", "nsubjpass", "auxpass"):
            return False
        if token.tag_ == "VBG" and (
            (token.dep_ == "acl" and token.head.lemma_.lower() in _PAPERS)
            or (
                token.dep_ == "advcl"
                and token.head.lemma_.lower() in {"receive", "get", "send", "issue", "hand"}
                and any(o.lemma_.lower() in _PAPERS for o in children(token.head, "dobj"))
            )
        ):
            return False  # "received a notice … saying he was suspected of …": a document
        if (
            token.tag_ == "VBG"
            and token.dep_ == "advcl"
            and token.head.lemma_.lower() in _PUBLISHING
        ):
            return False  # "had posted a video …, accusing officials of …": what he posted

        if (
            token.tag_ == "VB"
            and any(a.lower_ == "to" for a in children(token, "aux"))
            and token.head.lemma_.lower() in _ASKING
        ):
            return False  # "called on the minister to explain the charge": asked, not said
        if lemma == "respond" and any(
            o.lemma_.lower() not in _WORDS_ANSWERED
            for p in children(token, "prep")
            if p.lower_ == "to"
            for o in children(p, "pobj")
        ):
            return False  # "had responded to intense gunfire": a deed, not an answer
        if lemma == "respond" and any(p.lower_ == "with" for p in children(token, "prep")):
            return False  # "had responded "with proportionate means"": force, not words
        if (
            lemma == "call"
            and any(o.lemma_.lower() in _CALLED_EVENTS for o in children(token, "dobj"))
            and not children(token, "oprd", "xcomp", "ccomp", "attr")  # "called the strike a …"
        ):
            return False  # "have called a general strike": an event called, nothing said
        if lemma in {"reject", "dismiss", "deny", "refuse"} and any(
            o.lemma_.lower() in _DECIDED for o in children(token, "dobj")
        ):
            return False  # "a Moscow court rejected his request for asylum": a decision
        if any(
            d.lower_ in {"no", "nobody"}
            for s in children(token, "nsubj")
            if 0 < token.i - s.i <= 3  # (the subject right before: not a misparse far off)
            for d in [s, *children(s, "det")]
        ):
            return False  # "No group has claimed responsibility": no one speaks
        if (
            lemma == "recall"
            and not children(token, "ccomp")  # (but "The network also recalls that …")
            and any(
                s.pos_ == "NOUN" and registry.entity_of_token(s) is None
                for s in children(token, "nsubj")
            )
        ):
            return False  # "The disappearance recalls the case of …": no one speaks
        if lemma in {"consider", "conclude"} and not any(
            m.lower_ == "that" for c in children(token, "ccomp") for m in children(c, "mark")
        ):
            return False  # "the court will consider the appeal"; "considers that …" speaks
        if lemma == "conclude" and any(
            s.lemma_.lower() in {"court", "judge", "tribunal", "jury"}
            or ((named := registry.entity_of_token(s)) is not None and named.org_kind == "court")
            for s in children(token, "nsubj")
        ):
            return False  # a court's finding is its ruling, no statement
        if (
            token.dep_ == "conj"
            and lemma == "tell"
            and not children(token, "nsubj")
            and children(token.head, "auxpass")
        ):
            return False  # "the men were held for a week and told they would …": passive
        if lemma in {"report", "comment"} and any(
            c.lower_ == "on" and not any(o.ent_type_ == "DATE" for o in c.children)
            for c in children(token, "prep")
        ):
            return False  # "reported on the protests", "rarely comments on such cases"
        if (
            lemma == "report"
            and not children(token, "ccomp", "xcomp")
            and any(
                o.lemma_.lower() in _DENOUNCED or o.lower_ in {"him", "her", "them"}
                for o in children(token, "dobj")
            )
        ):
            return False  # "after a member of the group reported the message", "a neighbour
            # reported him to the police": denounced to the authorities, nothing stated
        if any(o.lower_ in {"whom", "which", "that"} for o in children(token, "dobj")) and not (
            children(token, "ccomp", "xcomp")  # "a trial that rights groups said relied on …"
            or (lemma == "call" and children(token, "oprd"))  # "which the government calls
            # a terrorist group": a label
            # "a mass trial that rights groups described as grossly unfair"
            or _labelled_aside(token)
            # "…, which the police denied": an answer to what the sentence told
            or (lemma in _ANSWERS and _aside_speaker(token))
        ):
            return False  # "an official whom my client had criticised": no statement
        if lemma in {"criticise", "criticize", "denounce", "decry"} and token.dep_ == "acl":
            return False  # "speeches criticising the government": what they were about
        if lemma in _WRITING and not children(token, "ccomp") and _clause_in_paper(token) is None:
            return False  # "began posting videos" tells nothing; "wrote that …" does
        if (
            lemma == "call"
            and token.dep_ == "relcl"
            and any(o.pos_ == "PROPN" for o in children(token, "dobj", "oprd"))
        ):
            return False  # "a state they call Ambazonia": a name given, no statement
        if lemma == "call" and token.dep_ == "acl" and token.tag_ == "VBN":
            return False  # "a coalition called Rivers First": its name
        if lemma == "call" and any(
            c.lower_ in {"back", "out", "up", "off"} for c in children(token, "prt", "advmod")
        ):
            return False  # "nobody has called me back", "called out their names"
        if (
            lemma == "call"
            and not children(token, "oprd", "ccomp", "xcomp", "attr")
            and (called := children(token, "dobj"))
            and all(o.lower_ in {"them", "him", "her", "me", "us", "you"} for o in called)
            and (
                called[-1].i + 1 >= len(token.doc)
                or (
                    token.doc[called[-1].i + 1].is_punct
                    and token.doc[called[-1].i + 1].text not in {'"', "“"}
                )
                or token.doc[called[-1].i + 1].pos_ in {"ADP", "ADV"}
            )
        ):
            return False  # "when a released detainee called them": a telephone call
        if lemma in {"say", "claim"} and token.dep_ == "relcl" and _self_identified(token):
            return False  # "men who said they were police officers": how they passed
        if (
            lemma == "announce"
            and not children(token, "ccomp")
            and any(o.lemma_.lower() in _ACTIONS_CALLED for o in children(token, "dobj"))
        ):
            return False  # "after they announced a rally": an action, no statement
        if (
            lemma == "call"
            and not children(token, "oprd", "ccomp", "xcomp", "attr")
            and any(o.lemma_.lower() in _PHONED for o in children(token, "dobj"))
        ):
            return False  # "called the group's hotline", "called the police", "to let her
            # call the head of the regional bar": a call made
        if lemma == "call" and token.i >= 2 and token.doc[token.i - 2].lower_ == "so":
            return False  # "so-called sukhtbars": an adjective, no statement
        if lemma == "express" and not any(
            o.lemma_.lower() in {"concern", "alarm", "outrage", "dismay"}
            for o in children(token, "dobj")
        ):
            return False  # "expressed concern about the cases" tells; "expressed hope" not
        if lemma == "maintain" and not children(token, "ccomp"):
            return False  # "deployed to maintain order"; "maintained that …" is a claim
        if lemma in CONFIRM and token.tag_ == "VBG":
            return False  # "appeared on television admitting to …": a confession, not a claim
        if lemma == "deny" and children(token, "dative"):
            return False  # "would deny them justice": withholding, not a denial
        if lemma == "deny" and (
            any(o.lemma_.lower() in _WITHHELD for o in children(token, "dobj"))
            or (
                token.dep_ == "conj"
                and children(token.head, "auxpass")
                and not children(token, "ccomp")  # "… and denied that anyone was targeted"
            )
        ):
            return False  # "were beaten and denied food", "denied his request for bail"
        if (
            lemma in {"warn", "tell"}
            and children(token, "dobj", "dative")
            and any(
                x.tag_ == "VB" and any(a.lower_ == "to" for a in children(x, "aux"))
                for x in children(token, "xcomp", "ccomp")
            )
        ):
            return False  # "police had warned him to stop filming": an order, no statement
        if lemma == "say" and token.head.lemma_.lower() == "quote":
            return False  # "was quoted by X as saying": read with "quote"
        if token.dep_ == "xcomp" and token.head.lemma_.lower() in {"decline", "refuse"}:
            return False  # "declined to say where he was held": nothing said
        if lemma == "accuse" and not children(token, "nsubj"):
            # "said … and accused the authorities of …" shares the subject of "said";
            # "opened investigations into X, accusing them of …" is the opener's charge
            return (
                (token.dep_ == "conj" and token.head.lemma_.lower() in SPEECH)
                or (token.dep_ == "advcl" and token.tag_ == "VBG")
                # "said Chakma had been active …, and accused military intelligence of …",
                # hung on the reported clause: the speaker's second charge
                or (
                    token.dep_ == "conj"
                    and token.head.dep_ == "ccomp"
                    and token.head.head.lemma_.lower() in SPEECH
                    and bool(children(token, "dobj"))
                    and token.doc[token.i - 1].lower_ == "and"
                    # (or without the comma where the accused are no one the reported
                    # clause spoke of by a pronoun: "said her son had never owned a gun and
                    # accused the police of planting one", not "… and accused him of …")
                    and (
                        token.doc[token.i - 2].text == ","
                        or children(token, "dobj")[0].pos_ not in {"PRON"}
                    )
                )
            )
        return True

    def _cut_before_second_statement(
        self, registry: Registry, claim: ClaimMention, own_cue: Token, second: Token
    ) -> None:
        """ "said nine were detained …, and called the sentence "a crackdown"": the second
        statement is a claim of its own, no part of the first's content or stance."""
        doc = second.doc
        if second.i < 2 or doc[second.i - 1].lower_ != "and":
            return
        comma = doc[second.i - 2].text == ","
        self._cut_content(registry, claim, own_cue, doc[second.i - (2 if comma else 1)].idx)

    def _cut_content(
        self, registry: Registry, claim: ClaimMention, own_cue: Token, cut: int
    ) -> None:
        """End ``claim``'s content at character ``cut`` and read its stance again."""
        doc = own_cue.doc
        if not claim.content.start < cut < claim.content.end:
            return
        said = doc.char_span(claim.content.start, cut, alignment_mode="contract")
        if said is None or not len(said):
            return
        claim.content = Mention(said.start_char, said.end_char, span_text(said))
        claim.stance = self._stance(
            own_cue, said, registry.get(claim.speaker_id), claim.speaker_text
        )

    def _claim(
        self, speaker: Entity | None, speaker_text: str, cue: Token, content: Span, sentence: Span
    ) -> ClaimMention:
        return ClaimMention(
            id=0,
            speaker_id=speaker.id if speaker else None,
            speaker_text=speaker_text,
            cue=cue.text,
            content=Mention(content.start_char, content.end_char, span_text(content)),
            stance=self._stance(cue, content, speaker, speaker_text),
            sentence=Mention(sentence.start_char, sentence.end_char, span_text(sentence)),
            confidence=0.75 if speaker else 0.45,
        )

    @staticmethod
    def _spokesperson_body(registry: Registry, head: Token) -> Entity | None:
        """An unnamed spokesman speaks for a body: the one the phrase names ("The European
        Commission's spokesperson", "a spokesman for the Assam Rifles"); a bare "a
        spokesman" is left as the report writes it."""
        if head.lower_ not in _SPOKESPEOPLE | {"representative"} or not head.is_lower:
            return None
        if (
            any(
                (e := registry.entity_of_token(t)) is not None and e.kind == "person"
                for t in head.subtree
            )
            or registry.entity_of_token(head) is not None
        ):
            return None  # (a spokesman named beside: "a spokesman for the army, X, said")
        named = [
            *children(head, "poss"),
            *(
                o
                for p in children(head, "prep")
                if p.lower_ in {"for", "of"}
                for o in children(p, "pobj")
            ),
        ]
        for word in named:
            entity = next(
                (
                    e
                    for t in word.subtree
                    if (e := registry.entity_of_token(t)) is not None and e.kind == "organisation"
                ),
                None,
            )
            if entity is not None:
                return entity
        return None  # (a body the report has not named, or none: the phrase speaks)

    def _resolve_speaker(self, registry: Registry, tokens: list[Token]) -> Entity | None:
        named_only = _name_given_only(registry, tokens[0]) if tokens else None
        if named_only is not None:
            return named_only  # "a guest who asked to be identified only as Daniyar"
        coordinated = _coordinated_modifier(tokens[0]) if tokens else None
        if (
            coordinated is not None
            and coordinated.lemma_.lower() in _OWN_BODIES
            and coordinated.i > 0
            # ("his" may hang on the head: "his party and medical staff")
            and coordinated.doc[coordinated.i - 1].lower_ in {"his", "her", "their"}
        ):
            # "his employer and press freedom groups said": the first speaker, "his
            # employer", is his body
            own = _own_body(registry, coordinated)
            if own is not None:
                return own
        if (
            tokens
            and tokens[0].tag_ == "NNS"
            # (or "the mothers and the rights group X said": the first speaker names it)
            and registry.entity_of_token(tokens[0]) is None
            and (
                (
                    tokens[0].lemma_.lower() in _SPEAKING_BODIES
                    and not children(tokens[0], "appos", "prep")
                )
                or (
                    tokens[0].is_lower
                    and children(tokens[0], "conj")
                    # (with "the", or none: "refugee advocates and the UN refugee agency")
                    and all(c.lower_ == "the" for c in children(tokens[0], "det"))
                )
            )
        ):
            return None  # "UN human rights experts said": the phrase is the speaker
        beside = (
            _acronym_beside(registry, tokens[0])
            or _person_beside(registry, tokens[0])
            or _body_called(registry, tokens[0])
            if tokens
            else None
        )
        if beside is not None:
            # "the government's human rights commission, COPADEH, said"; "according to the
            # friend, Shawn Bacchus, 18," where the parser set the name apart
            return beside
        owned_body = _owned_body(registry, tokens[0]) if tokens else None
        if owned_body is not None:
            return owned_body  # "The Council of Europe's Congress of … said" (a misparse)
        spoken_for = self._spokesperson_body(registry, tokens[0]) if tokens else None
        if spoken_for is not None:
            return spoken_for
        if tokens and tokens[0].is_lower and _part_of_a_body(tokens[0]):
            # "The FSB's regional department said": the body that owns the part speaks
            owners = [registry.entity_of_token(p) for p in children(tokens[0], "poss")] or [
                registry.entity_of_token(o)  # "The Dagestan branch of the Investigative …"
                for p in children(tokens[0], "prep")
                if p.lower_ == "of"
                for o in children(p, "pobj")
            ]
            if owners and owners[0] is not None and owners[0].kind == "organisation":
                return owners[0]
            for owner in children(tokens[0], "poss"):
                alias = registry.aliases.get(owner.text)
                if alias is not None:
                    return registry.get(alias)  # "The ELN's eastern war front"
                # "The armed forces' strategic operational command" where the Bolivarian
                # National Armed Forces are named: the one body whose name ends so
                words = " ".join(
                    t.lower_ for t in owner.subtree if not t.is_punct and t.tag_ != "POS"
                )
                ending = [
                    e
                    for e in registry.entities
                    if e.kind == "organisation"
                    and " " in words
                    and e.name.casefold().endswith(" " + words.removeprefix("the "))
                ]
                if len(ending) == 1:
                    return ending[0]
                if owner.lower_ in _ARMED_KIN and not any(
                    t.dep_ == "appos" for t in tokens[0].subtree
                ):
                    # "The army's general staff said": the army (not "the military's
                    # regional command, Kodam …": the command named beside it)
                    return _body_named_by(registry, owner, kind="security force")
        if (
            tokens
            and tokens[0].lower_ == "prosecutor"
            and any(
                c.lower_ in {"public", "state"} for c in children(tokens[0], "amod", "compound")
            )
            and any(c.lower_ == "the" for c in children(tokens[0], "det"))
            and not children(tokens[0], "appos")  # (not "The state prosecutor, X, told")
        ):
            # "The public prosecutor in Abidjan said": the prosecution speaks, an office
            return _body_named_by(registry, tokens[0])
        if tokens and tokens[0].is_title and tokens[0].lower_ in actor_words().titles:
            # "Commissioner of Police Kendell Charles said", parsed with the holder as
            # what the title is "of": the holder speaks
            holders = [
                registry.entity_of_token(o)
                for p in children(tokens[0], "prep")
                if p.lower_ == "of"
                for o in children(p, "pobj")
            ]
            if holders and holders[0] is not None and holders[0].kind == "person":
                return holders[0]
        if (
            self._last_claim is None
            and tokens
            and tokens[0].is_lower
            and tokens[0].lower_ in OMBUDSMEN
            and registry.entity_of_token(tokens[0]) is None
        ):
            # a lede's "…, the country's ombudsman said": the office or holder the next
            # paragraphs name by the country's own title ("The People's Advocate, X,")
            ombudsman = _ombudsman_named_after(registry, tokens[0])
            if ombudsman is not None:
                return ombudsman
        described = _described_body_before(registry, tokens)
        if described is not None:
            return described  # "the EHRC, a state-funded but independent body, which said"
        definite = self._definite_description(registry, tokens)
        if definite is not None:
            return definite
        introduced = self._introduced_in_lede(registry, tokens)
        if introduced is not None:
            return introduced
        if tokens and tokens[0].tag_ == "NNS" and tokens[0].lemma_.lower() in _STAFF:
            # "researchers at the Citizen Lab and Access Now said": the body speaks
            for preposition in children(tokens[0], "prep"):
                if preposition.lower_ in {"at", "from", "with"}:
                    for object_ in children(preposition, "pobj"):
                        body = registry.entity_of_token(object_)
                        if body is not None and body.kind == "organisation":
                            return body
        if (
            tokens
            and tokens[0].pos_ == "PROPN"
            and registry.entity_of_token(tokens[0]) is None
            and len(tokens[0].text) >= 4
        ):
            # "Hengaw said" after "the Hengaw Organization for Human Rights": the body by
            # the first word of its name
            first_word = [
                e
                for e in registry.entities
                if e.kind == "organisation"
                and len(e.name.split()) > 1
                and e.name.split()[0] == tokens[0].text
            ]
            if len(first_word) == 1:
                return first_word[0]
        for token in tokens:
            # "a pupil recorded her telling a class …": "her" speaks as "she" would
            pronoun = _SUBJECT_FORM.get(token.lower_) if token.dep_ != "poss" else None
            if pronoun is not None:
                previous = self._last_speaker
                if (
                    previous is not None
                    and previous.kind == "person"
                    and _gender(previous) in {None, pronoun}
                    and self._pronouns.get(previous.id, pronoun) == pronoun
                ):
                    self._pronouns[previous.id] = pronoun
                    return previous
                recent = token.sent.start
                for _ in range(2):  # this sentence and the two before
                    if recent > 0:
                        recent = token.doc[recent - 1].sent.start
                named = [
                    registry.entity_of_token(t)
                    for t in token.doc[recent : token.i]
                    if registry.entity_of_token(t) is not None
                ]
                gendered = [
                    e
                    for e in named
                    if e is not None and e.kind == "person" and _gender(e) == pronoun
                ]
                if (
                    self._last_claim is None
                    and not any(e is not None and e.kind == "person" for e in named)
                    and not _person_named_before(registry, token)
                ):
                    # "…, she said" in a lede that names no one yet: who the next sentences
                    # name as they speak
                    for ahead in (
                        _speaking_next(registry, token, kind="person"),
                        _subject_next(registry, token),  # or whom the next sentence is about
                    ):
                        if ahead is not None and _gender(ahead) in {None, pronoun}:
                            return ahead
                gendered += [
                    e
                    for e in named
                    if e is not None
                    and e.kind == "person"
                    and _gender(e) is None
                    and self._pronouns.get(e.id) == pronoun
                ]
                if gendered:  # "His mother, Gul Bano, has joined … ," she said
                    return max(gendered, key=lambda e: named.index(e))
            if (
                token.lemma_.lower() in {"man", "woman"}
                and token.tag_ == "NN"
                and any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in token.children)
                and self._last_claim is None
                and not _person_named_before(registry, token)
            ):
                # "A Dutch man … told a court …" in a lede that names no one yet, then
                # "Kwame Boateng, 36, …": the man the next sentence is about
                ahead = _subject_next(registry, token)
                if ahead is not None:
                    return ahead
            own = registry.entity_of_token(token)
            if own is not None and own.kind == "person" and token.pos_ == "PROPN":
                # "said Faduma Ali, the daughter of one of the elders, Sheikh Ali Warsame":
                # a speaker named by name, whoever the description after it names
                return own
            # "a lawyer for the LGBT Network, Mark Alexeyev": the apposition names the speaker
            appositions = [  # named right beside the noun, not in "including …"
                registry.entity_of_token(t)
                for t in token.subtree
                if t.dep_ == "appos" and not _inside_clause(t, token) and not _in_example(t, token)
            ]
            named = [e for e in appositions if e is not None and e.kind == "person"]
            named += _name_given_in_clause(registry, token)  # "…, who gave his name as X,"
            if not named and token.lemma_.lower() in actor_words().titles:
                # "The mayor of Bouar, Jean-Claude Yakité, said", the name parsed as the
                # town's: a person set off by commas after the title is its holder
                named = [e for t in token.subtree if (e := _person_set_off(registry, t.i))]
            if named and not (token.tag_ == "NNS" and token.lemma_.lower() in _KIN_GROUPS):
                return named[-1]  # (not "Relatives of a detained teacher, X, said": they)
            bodies = [e for e in appositions if e is not None and e.kind == "organisation"]
            if bodies and token.is_lower and token.pos_ == "NOUN":
                return bodies[0]  # "the military's regional command, Kodam …, said"
        # "her employer", "Nabil's wife": the possessor is not the speaker
        owned = bool(tokens) and any(
            c.dep_ == "poss" and (c.lower_ in {"his", "her", "their", "its"} or c.pos_ == "PROPN")
            for c in tokens[0].children
        )
        if tokens and tokens[0].lemma_.lower() in _AUTHORED:
            for owner in children(tokens[0], "poss"):
                author = registry.entity_of_token(owner)
                if author is not None and author.kind != "place":
                    return author  # "Arif's report said", "the ministry's statement said"
        if tokens and tokens[0].lemma_.lower() in _AUTHORED | {"notice"}:
            author = _author_of_earlier(registry, tokens[0])
            if author is not None:
                return author  # "… said in a notice. The notice said": its author
        if (
            tokens
            and tokens[0].lemma_.lower() in _SUBUNITS
            and registry.entity_of_token(tokens[0]) is None
        ):
            for owner in children(tokens[0], "poss"):
                owning = registry.entity_of_token(owner)
                if owner.pos_ == "PROPN" and (owning is None or owning.kind == "organisation"):
                    # "Memorial's Central Asia programme said"
                    return _body_named_by(registry, owner, kind=None)
        if tokens and tokens[0].pos_ in {"NUM", "NOUN"} and tokens[0].conjuncts:
            # "Two of the detainees, Kasymova and Mamytov, told …": the first named
            listed = [
                e
                for t in tokens[0].conjuncts
                for e in entity_for(registry, t, create_forces=False)
                if e.kind == "person"
            ]
            if listed and registry.entity_of_token(tokens[0]) is None:
                return listed[0]
        if (
            tokens
            and tokens[0].conjuncts
            and tokens[0].tag_ == "NNS"
            and tokens[0].is_lower
            and tokens[0].lower_ in _HUMAN_SOURCES | _WITNESSING
            and registry.entity_of_token(tokens[0]) is None
        ):
            return None  # "medics and the local health directorate said": the first speaks
        if (
            tokens
            and tokens[0].tag_ == "NNS"
            and tokens[0].lemma_.lower() in _KIN_GROUPS
            and registry.entity_of_token(tokens[0]) is None
        ):
            return None  # "Relatives of one of the dead, X, 25, said": they, not X
        # "her employer said": not she; the description is read below
        speakers = (
            []
            if owned and tokens[0].pos_ == "NOUN" and registry.entity_of_token(tokens[0]) is None
            else [e for t in tokens for e in entity_for(registry, t, create_forces=False)]
        )
        if speakers:
            return speakers[0]
        for token in tokens:
            # "Police said …", "a police spokesman", "an army statement", "the army's
            # media spokesman": the body speaks
            for word in [token, *children(token, "compound", "poss")]:
                forces = entity_for(registry, word) if word.lower_ in _SPEAKING_FORCES else []
                if forces:
                    return forces[0]
                if word.lower_ == "ministry" and word.dep_ == "compound":
                    return _body_named_by(registry, word)  # "a foreign ministry spokesman"
                if word.lower_ in _STATE_VOICES and word.i == token.i:
                    return _body_named_by(registry, word)  # "The government says …"
        for token in tokens:
            if token.lemma_.lower() in _MOUTHPIECES:  # "a spokesman for the embassy"
                armed = [
                    w.lower_
                    for w in children(token, "amod", "compound", "poss")
                    if w.lower_ in {"military", "army", "police", "navy", "gendarmerie"}
                ]
                if armed and token.lemma_.lower() in {"spokesman", "spokeswoman", "spokesperson"}:
                    # "A military spokesman in Atbara …": the one army or police named; "a
                    # navy spokesman": the navy named
                    kin = _ARMED_KIN if armed[0] in {"military", "army"} else {armed[0]}
                    # "the army" (not "military intelligence", the army's own branch)
                    ending = [
                        e
                        for e in registry.entities
                        if e.kind == "organisation"
                        and e.mentions
                        and e.name.casefold().split()[-1] in kin
                    ]
                    if len(ending) == 1:
                        return ending[0]
                for word in children(token, "compound"):
                    if word.text.isupper() and 2 <= len(word.text) <= 6:
                        # "An RSF spokesman" after "the Rapid Support Forces"
                        body = next(
                            (
                                e
                                for e in registry.entities
                                if e.kind == "organisation" and initials(e.name) == word.text
                            ),
                            None,
                        )
                        if body is not None:
                            return body
                represented = [  # "a lawyer for …", "a lawyer representing the police"
                    obj
                    for prep in children(token, "prep")
                    if prep.lower_ in {"for", "of", "from", "at", "with"}
                    for obj in children(prep, "pobj")
                ]
                for acting in children(token, "acl"):
                    if acting.lower_ in {"representing", "acting"}:
                        represented += children(acting, "dobj") + [
                            o for p in children(acting, "prep") for o in children(p, "pobj")
                        ]
                for obj in represented:
                    found = entity_for(registry, obj, create_forces=False)
                    if found:
                        return found[0]
            if token.lower_ in {"it", "they"}:
                org = registry.last_entity_with(token.i, kind="organisation")
                if org is not None and org.org_kind != "media":
                    return org
        the_body = self._the_body_that_spoke(registry, tokens)
        if the_body is not None:
            return the_body
        return self._descriptor_speaker(registry, tokens)

    def _the_body_that_spoke(self, registry: Registry, tokens: list[Token]) -> Entity | None:
        """ "The group said …" right after a body spoke is that body (not another group the
        statement named: "… many of them for belonging to Hizb ut-Tahrir"); in a lede that
        names no body yet, the body the next sentences name as they speak."""
        if (
            not tokens
            or tokens[0].tag_ == "NNS"
            or tokens[0].lemma_.lower() not in {"group", "organisation", "organization"}
        ):
            return None
        if not any(c.lower_ == "the" for c in children(tokens[0], "det")):
            return None
        if self._last_claim is not None:
            last = self._last_claim[0]
            if last is not None and last.kind == "organisation" and not _is_official(last):
                return last
            return None
        if registry.last_entity_with(tokens[0].i, kind="organisation") is None:
            return _speaking_next(
                registry,
                tokens[0],
                kind="organisation",
                match=lambda e: e.org_kind not in {"state", "security force", "court", "media"},
            )
        return None

    def _introduced_in_lede(self, registry: Registry, tokens: list[Token]) -> Entity | None:
        """ "…, a coalition of Kenyan rights groups said" or "A Ukrainian journalist
        released last week says …" in the first statement of a report: wire copy names
        them as they speak in the next sentences."""
        if self._last_claim is not None:
            return None
        state_part = _state_part(registry, tokens)
        if state_part is not None:
            # a lede's "the military's media wing said": the state body the next
            # sentences name as they speak ("The Inter-Services Public Relations said")
            named = _speaking_next(
                registry,
                state_part,
                kind="organisation",
                match=lambda e: e.org_kind in {None, "state", "security force"},
            )
            if named is not None and named.org_kind is None:
                named.org_kind = "state"  # the lede said whose part it is
            return named
        head = _unnamed_head(registry, tokens, {"a", "an"}) or _members_body(registry, tokens)
        if head is None:
            return None
        lemma = head.lemma_.lower()
        if lemma in _LEDE_BODIES and not _group_of_people(head):
            return _speaking_next(
                registry,
                head,
                kind="organisation",
                match=lambda e: e.org_kind not in {"state", "security force", "court"},
            )
        # (the parser may hang the clause on a noun inside the phrase: "A … teacher from
        # the … region who was released")
        if lemma.endswith(_PERSON_WORDS) and any(t.dep_ in {"acl", "relcl"} for t in head.subtree):
            # "A Ukrainian journalist released in a prisoner exchange": someone the report
            # is about (not "a witness said"), named as the first subject of the next
            # sentence ("Halyna T., 56, was seized …, she told reporters")
            doc = head.doc
            end = head.sent.end
            while end < len(doc) and doc[end].is_space:
                end += 1
            if end < len(doc):
                following = doc[end].sent
                for subject in following:
                    if subject.dep_ not in {"nsubj", "nsubjpass"}:
                        continue
                    named = registry.entity_of_token(subject)
                    if named is not None and named.kind == "person":
                        return named
                    if subject.pos_ != "PRON":
                        break  # someone else is the sentence's first subject
        return None

    def _definite_description(self, registry: Registry, tokens: list[Token]) -> Entity | None:
        """ "the service", "the association": the last organisation named before whose
        name ends in that noun."""
        head = _unnamed_head(registry, tokens, {"the", "this"})
        if head is None or any(
            c.pos_ == "PROPN" for c in children(head, "compound", "nmod", "amod")
        ):
            return None  # (not "The Oromia regional government": a body by its place)
        noun = _SPELLINGS.get(head.lower_, head.lower_)

        def named_by(entity: Entity) -> bool:
            words = entity.name.casefold().split()
            heads = {words[-1]}
            if "of" in words[1:]:
                heads.add(words[words.index("of") - 1])  # "the ministry": "Ministry of X"
            if entity.name[:1].isupper():  # "the union": "the Korean Confederation of
                # Trade Unions" (not "the officer": "motorcycle officers", no body's name)
                heads |= {w[:-1] for w in heads if w.endswith("s") and len(w) > 3}
            if noun in _OUTLET_WORDS and (
                _employs(registry, entity) or set(entity.descriptors) & _OUTLET_WORDS
            ):
                # "the channel said" after "a presenter at Mtavari Plus" or "the private
                # broadcaster Al-Janoub TV"
                return True
            return entity.org_kind != "media" and (
                noun in {_SPELLINGS.get(w, w) for w in heads} or noun in entity.descriptors
            )  # ("the group" after "IraQueer, an Iraqi LGBT rights group,")

        last_speaker = self._last_claim[0] if self._last_claim is not None else None
        if (
            last_speaker is not None
            and last_speaker.kind == "organisation"
            and noun in last_speaker.descriptors
            and not any(noun == w.casefold() for w in last_speaker.name.split())
        ):
            # "Crimean Solidarity, a group of relatives, said … The group said": the group
            # that last spoke, not another group named in what it said
            return last_speaker
        before = registry.last_entity_with(head.i, kind="organisation", match=named_by)
        if before is not None or self._last_claim is not None:
            return before  # (only in the report's first statement)

        def called(entity: Entity) -> bool:  # "the Chadema party's secretary"
            return named_by(entity) or any(
                span is not None and span.end < len(span.doc) and span.doc[span.end].lower_ == noun
                for span in registry.mention_spans(entity)
            )

        if head.is_lower and noun in actor_words().official_descriptors:
            # a lede's "…, the interior minister said": the minister the next paragraph
            # names ("Interior Minister Carlos Mamani told a news conference …")
            title = _title_of(head)  # ("the parliamentary commissioner": an ombudsman)
            titles = {title, "ombudsman"} if title == "commissioner" else {title}
            holder = registry.next_entity_with(  # (a commissioner named next as the
                # "parliamentary prison commissioner" the country has: its ombudsman)
                head.i,
                head.i + 150,
                kind="person",
                match=lambda e: bool(titles & set(e.descriptors)),
            )
            if holder is not None:
                return holder
        # a lede's "…, the party said": the party the next paragraph names
        return registry.next_entity_with(head.i, head.i + 120, kind="organisation", match=called)

    @staticmethod
    def _speaker_tokens(cue: Token) -> list[Token]:
        named = _body_opening_the_sentence(cue)
        if named is not None:
            return [named]
        modifier = cue.doc[cue.i - 1] if cue.i > 0 else None
        if (
            modifier is not None
            and modifier.head.i == cue.i
            and modifier.pos_ == "PROPN"
            and modifier.dep_ in {"advmod", "npadvmod", "dep"}
            and not children(cue, "nsubj")
        ):
            # '"…, nobody will even tell us what he is accused of," Ajak said': the parser
            # made the name a modifier and hung the cue on the quotation's verb
            return [modifier]
        verb = cue
        for _ in range(3):
            # "His wife has been allowed one visit … and said …": a verb coordinated with
            # a passive one shares its subject (not "were summoned and warned", passive too)
            subject_deps = (
                ("nsubj", "nsubjpass")
                if verb is not cue
                and cue.dep_ == "conj"
                and cue.head.i == verb.i
                and cue.tag_ != "VBN"
                and cue.lemma_.lower() not in {"warn", "tell"}  # "were summoned and warned"
                and cue.doc[cue.i - 1].lower_ == "and"
                else ("nsubj",)
            )
            subjects = [
                s
                for s in children(verb, *subject_deps)
                # '"… Nothing she said was false," said her lawyer': the parser took a
                # word inside the quotation for a subject
                if not (
                    verb is cue
                    and s.i < cue.i
                    and any(t.text in {'"', "”"} for t in cue.doc[s.i : cue.i])
                    and Registry.of(cue.doc).in_quote(s.idx)
                    and not Registry.of(cue.doc).in_quote(cue.idx)
                )
            ]
            if not subjects and verb is cue:
                name_as_clause = [
                    c
                    for c in children(cue, "csubj")
                    if c.i < cue.i and c.ent_type_ in {"ORG", "PERSON"}
                ]
                if name_as_clause:
                    # "The Committee to Protect Journalists said", parsed with "Protect" as
                    # a clause for the subject: the name speaks
                    return name_as_clause[:1]
            whose = [c for s in subjects for c in children(s, "poss") if c.lower_ == "whose"]
            if verb is not cue and whose and cue.doc[whose[0].i - 1].pos_ in {"NOUN", "PROPN"}:
                # "A woman whose son, X, was among the dead said …", parsed with the cue
                # hung on the son's clause: the woman speaks
                return [cue.doc[whose[0].i - 1]]
            if len(subjects) > 1:  # "after nearly three weeks in custody said": no speaker
                subjects = [t for t in subjects if t.ent_type_ not in {"DATE", "TIME"}] or subjects
            quoted = [
                s
                for s in subjects
                if any(
                    c.dep_ == "acl" and c.lemma_.lower() in {"quote", "cite"} for c in s.children
                )
            ]
            if len(subjects) > 1 and quoted:
                # "A local official quoted by the state news agency IRNA said": the agency
                # the parser made a second subject is the channel
                return quoted[:1]
            if len(subjects) > 1:
                # "Soldiers … detained seven men, two residents said": the parser hung the
                # reported clause's subject on the cue too; the speaker is the nearer one
                nearer = max(subjects, key=lambda t: t.i if t.i < cue.i else -1)
                # (unless the nearer one is the victims counted before the speakers:
                # "…, killing at least 11 people, opposition officials and doctors said")
                return _last_phrase_speaker(cue, nearer) or [nearer]
            if (
                subjects
                and subjects[0].lower_ in {"which", "that"}
                and verb is cue
                and verb.dep_ == "relcl"
                and verb.head.pos_ in {"NOUN", "PROPN"}
            ):
                return [verb.head]  # "…, a state-funded body, which said": the body
            if subjects and subjects[0].lower_ in {"who", "which"} and verb.dep_ != "relcl":
                # "according to fellow students and the families, who say …", parsed as a
                # clause of its own: who is the phrase before the comma
                before = subjects[0].i - 2
                if before >= 0 and cue.doc[before + 1].text == ",":
                    antecedent = cue.doc[before]
                    while antecedent.dep_ == "conj" and antecedent.head.i < antecedent.i:
                        antecedent = antecedent.head
                    if antecedent.pos_ in {"NOUN", "PROPN"}:
                        return [antecedent]
            if verb is cue and len(subjects) == 1 and _describes_place_before(subjects[0]):
                # "Four women detained … in Makhachkala, the capital of Russia's Dagestan
                # region, say …": the parser made the place's apposition the subject; the
                # speakers open the clause it took for what was said
                earlier = [
                    s
                    for clause in children(cue, "ccomp")
                    if clause.i < subjects[0].i
                    for s in children(clause, "nsubj")
                    if s.pos_ in {"NOUN", "PROPN"}
                ]
                if earlier:
                    return earlier[:1]
            if subjects:
                return _last_phrase_speaker(cue, subjects[0]) or subjects
            if verb is cue and cue.dep_ == "conj" and (postposed := _postposed_speaker(cue)):
                # "French authorities demolished … and detained …, aid groups and residents
                # said": the parser made the cue a second verb of the reported clause
                return postposed
            if verb is cue and (named_after := _named_right_after(cue)):
                # '"…," said Haidar Jabbar, 24, who helped carry …', "…, beat the men with
                # sticks, said Zelia Ximenes, whose son … was among those detained": the
                # parser hung the name on the clause after it
                return named_after
            if verb is cue:
                clauses = children(cue, "ccomp")
                opening = [
                    c
                    for c in clauses
                    if c.i < cue.i
                    and (
                        c.tag_ == "VBN"
                        # "…, asked about the case at a briefing, said": a participle the
                        # tagger read as a past tense, set off by commas
                        or (c.tag_ == "VBD" and cue.doc[cue.i - 1].text == ",")
                    )
                ]
                if opening and any(c.i > cue.i for c in clauses):
                    # "Three students detained at a sit-in …, say guards beat them": the
                    # parser took the speakers' own description for a clause they report
                    # (or "spokesman Guo Wenhua, asked about the case …, said")
                    said_by = [
                        s for s in children(opening[0], "nsubj") if s.pos_ in {"NOUN", "PROPN"}
                    ]
                    if said_by:
                        return said_by[:1]
            if verb.dep_ in {"conj", "advcl", "xcomp", "ccomp"} and verb.head.i != verb.i:
                verb = verb.head
            else:
                break
        # (a name right after the cue was taken in the loop's first round, where the verb
        # is the cue itself)
        name = cue.i + 1
        if (
            cue.doc[cue.i - 1].text == ","
            and name < len(cue.doc)
            and cue.doc[name].lower_ in {"a", "an", "one"}
        ):
            # "…, said a teacher who survived …": so with a person the text describes
            for token in cue.doc[name + 1 : min(name + 5, len(cue.doc))]:
                if token.pos_ == "NOUN":
                    return [token] if token.lemma_.lower().endswith(_PERSON_WORDS) else []
                if token.dep_ not in {"amod", "compound", "nummod", "punct"}:
                    break
        return _postposed_speaker(cue) or _phrase_before_cue(cue)

    @staticmethod
    def _speaker_text(tokens: list[Token], speaker: Entity | None) -> str:
        if tokens:
            head = tokens[0]
            if head.lower_ in {"who", "which", "that"} and head.head.dep_ == "relcl":
                head = head.head.head  # "UN experts who warned …": the experts
            phrase = sorted(outside_preps(head), key=lambda t: t.i)
            described = {  # "one former detainee, a 22-year-old student": the head says it
                t  # and "Suad, 52,": her age is no part of her name
                for a in children(head, "appos")
                if a.pos_ == "NOUN"
                or a.like_num
                # "Relatives of one of the dead, X, 25,": the kin speak, not the name
                or (head.tag_ == "NNS" and head.lemma_.lower() in _KIN_GROUPS)
                for t in a.subtree
            }
            phrase = [t for t in phrase if t not in described]
            phrase = sorted(  # "a London-based rights group": the place its modifier names
                {*phrase, *(c for t in phrase if t.dep_ == "amod" for c in t.subtree)},
                key=lambda t: t.i,
            )
            if (
                # ("Hundreds", whose lemma the model may give as "hundred")
                {head.lemma_.lower(), head.lower_} & (_HOW_MANY | _PARTITIVES)
                or _group_of_people(head)
            ) and any(
                p.lower_ == "of" for p in children(head, "prep")
            ):  # "Dozens of sub-Saharan migrants say", "one of the deportees, a man, told"
                appositions = {t for a in children(head, "appos") for t in a.subtree}
                phrase = [t for t in phrase if t not in appositions]
                for prep in children(head, "prep"):
                    if prep.lower_ == "of":
                        inner = [t for o in children(prep, "pobj") for t in outside_preps(o)]
                        phrase = sorted({*phrase, prep, *inner}, key=lambda t: t.i)
                described_as = [a for a in children(head, "appos") if a.pos_ == "NOUN"]
                if described_as and all(
                    o.pos_ == "PRON" for p in children(head, "prep") for o in children(p, "pobj")
                ):
                    # "One of them, a 52-year-old farmer, said": the description says more
                    clauses = {
                        t
                        for c in described_as[0].children
                        if c.dep_ in {"relcl", "acl", "prep"}
                        for t in c.subtree
                    }  # "a teacher who asked not to be named": a teacher
                    phrase = sorted(set(described_as[0].subtree) - clauses, key=lambda t: t.i)
            first = _coordinated_modifier(head)
            if first is not None:
                # "his employer and press freedom groups said": the first speaker is "his
                # employer"
                phrase = [t for t in phrase if t.i <= first.i]
            registry = Registry.of(head.doc)
            kept = [
                t
                for t in phrase
                if (not t.is_punct or (t.text == "-" and not t.whitespace_))
                # "GENEVA - UN human rights experts said": the dateline is no part of it
                and not registry.is_excluded(t.idx, t.idx + len(t))
            ]
            whole = doc_text(head.doc)

            def gap(t: Token, after: Token) -> str:
                if after.i == t.i + 1:
                    return t.whitespace_
                between = whole[t.idx + len(t) : after.idx]
                # "Twenty-three": a hyphen the phrase left out, with no space around it
                return (
                    between
                    if len(between) <= 2 and not between.isspace() and " " not in between
                    else " "
                )

            text = "".join(  # as written where the words run on: "sub-Saharan", "state's"
                t.text + ("" if i + 1 == len(kept) else gap(t, kept[i + 1]))
                for i, t in enumerate(kept)
            )
            if text:
                return text
        return speaker.name if speaker else ""

    @staticmethod
    def _descriptor_speaker(registry: Registry, tokens: list[Token]) -> Entity | None:
        for token in tokens:
            lemma = token.lemma_.lower()

            if _group_of_people(token):
                return None  # "A group of 23 asylum seekers say …": the people, no body
            if (
                lemma.endswith(_PERSON_WORDS)  # "photojournalist" too
                and token.tag_ != "NNS"
                # "A Uyghur man … says", and "…, the activist said" in a lede naming no one
                and any(
                    c.dep_ == "det"
                    and (
                        c.lower_ in {"a", "an"}
                        # an office ("the public prosecutor") speaks as itself
                        or (c.lower_ == "the" and lemma not in actor_words().official_descriptors)
                    )
                    for c in token.children
                )
                and registry.last_entity_with(token.i, kind="person") is None
            ):
                # "A Uyghur man living in the Netherlands says …", the lede; the next
                # paragraph names him as he speaks: "Abdulla Tursun, 45, said …"
                named = _speaking_next(registry, token, kind="person")
                # (not "a colleague" for the next speaker, "her lawyer": someone else)
                relations = (
                    set(named.descriptors) & (_RELATIONS | _OFFICES_HELD) if named else set()
                )
                if (
                    named is not None
                    and lemma in _CAUSE_WORDS
                    and relations <= _SPOKESPEOPLE
                    and "affiliation:state" not in named.descriptors
                ):
                    # "A campaigner against deep-sea mining said …", then "X, a spokeswoman
                    # for the community group …, said": a cause's spokeswoman is its
                    # campaigner (a state body's is someone else)
                    relations = set()
                if (
                    named is not None
                    and (not relations or lemma in relations)
                    # ("a spokeswoman for the inspectorate said": the spokeswoman named
                    # later, not the woman who speaks next)
                    and (lemma not in _SPOKESPEOPLE or lemma in named.descriptors)
                ):
                    return named
            if (
                lemma == "force"
                and token.tag_ == "NN"
                and any(c.lower_ == "the" for c in children(token, "det"))
            ):
                # "…, the force said in a statement": the police or army named before
                force = registry.last_entity_with(
                    token.i,
                    kind="organisation",
                    match=lambda e: bool(_FORCE_NAME_WORDS & set(e.name.casefold().split())),
                )
                if force is not None:
                    return force
            if lemma in _OWN_BODIES and any(
                c.dep_ == "poss" and c.lower_ in {"his", "her", "their"} for c in token.children
            ):
                own = _own_body(registry, token)
                if own is not None:
                    if lemma not in own.descriptors:
                        own.descriptors.append(lemma)  # "his party", then "the party said"
                    return own
            if (
                lemma in _BODY_WORDS
                and token.tag_ != "NNS"
                and not (lemma == "office" and children(token, "poss"))
            ):  # (not "President Bernardo Arévalo's office", its holder's)
                # "an association of families said …" before or after "the Association for
                # Relatives of …" is named: the body whose name has that word
                def called(entity: Entity, word: str = lemma) -> bool:
                    words = {_SPELLINGS.get(w, w) for w in entity.name.casefold().split()}
                    return entity.org_kind != "media" and (
                        _SPELLINGS.get(word, word) in words or word in entity.descriptors
                    )

                body = registry.last_entity_with(
                    token.i, kind="organisation", match=called
                ) or registry.first_entity_with(kind="organisation", match=called)
                if body is not None:
                    return body
            if (
                lemma in {"group", "network", "organisation", "organization"}
                and token.tag_ != "NNS"
            ):
                if any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in token.children):
                    # "a local peasant group said …": the group the next sentences name
                    # (not the soldiers they accuse)
                    ahead = _speaking_next(
                        registry,
                        token,
                        kind="organisation",
                        match=lambda e: e.org_kind not in {"security force", "state"},
                    ) or _named_next(
                        # "…, a labour rights group said", then "The men told the Caribbean
                        # Labour Solidarity network": the body named next, spoken to
                        registry,
                        token,
                        kind="organisation",
                        test=_told,
                        match=lambda e: (
                            e.org_kind not in {"security force", "state"} and e.name[:1].isupper()
                        ),
                    )
                    if ahead is not None:
                        return ahead
                return (
                    registry.last_entity_with(token.i, org_kind="rights group")
                    or next((e for e in registry.entities if e.org_kind == "rights group"), None)
                    or registry.last_entity_with(  # "the group" after a body of unknown kind
                        token.i,
                        kind="organisation",
                        match=lambda e: e.org_kind is None,
                    )
                )
            if lemma in _DESCRIPTOR_NOUNS and token.tag_ != "NNS":  # "his lawyers": no one
                found = registry.last_entity_with(token.i, kind="person", descriptor=lemma)
                if found is None:  # named later: "her lawyer said …  Her lawyer, X, said"
                    found = next(
                        (
                            e
                            for e in registry.entities
                            if e.kind == "person" and lemma in e.descriptors
                        ),
                        None,
                    )
                if found is not None:
                    return found
        return None

    @classmethod
    def _content(cls, cue: Token, sentence: Span) -> Span | None:
        which = next((o for o in children(cue, "dobj") if o.lower_ == "which"), None)
        if which is not None and cue.dep_ == "relcl" and cue.lemma_ in _ANSWERS:
            # "…, which he denied": what was said is what the "which" stands for
            start = max(_answered_path(cue)[-1].left_edge.i, sentence.start)
            end = which.i
            while end > start and cue.doc[end - 1].is_punct:
                end -= 1
            if end > start:
                return cue.doc[start:end]
        content = cls._clause_content(cue, sentence)
        if content is None or content.start != sentence.start:
            return content
        if not any(t.text in {'"', "“", "”"} for t in sentence):
            return content
        # '"We do not do such things. Our soldiers were on patrol," he said': the quote
        # began sentences before; what was said is all of it
        doc = cue.doc
        opening_marks = []
        for i in range(sentence.start - 1, max(sentence.start - 120, -1), -1):
            if _paragraph_break(doc[i]):
                break
            if doc[i].text in {'"', "“", "”"}:
                opening_marks.append(i)
        if len(opening_marks) % 2 == 1:
            return doc[opening_marks[-1] + 1 : content.end]
        return content

    @staticmethod
    def _clause_content(cue: Token, sentence: Span) -> Span | None:
        doc = cue.doc
        for dep in ("ccomp", "xcomp"):
            for child in children(cue, dep):
                tokens = list(child.subtree)
                end = tokens[-1].i + 1
                for aside in children(child, "conj"):
                    aside_lemma = aside.lemma_.lower()
                    if children(aside, "nsubj", "nsubjpass") or not (
                        (aside_lemma in SPEECH and children(aside, "neg"))
                        or aside_lemma in {"decline", "refuse"}
                    ):
                        continue
                    # "16 people had died but did not say how": the parser hangs the
                    # speaker's own aside on the content
                    end = min(t.i for t in aside.subtree)
                    while end > tokens[0].i + 1 and doc[end - 1].dep_ in {"cc", "punct"}:
                        end -= 1
                    tokens = [t for t in tokens if t.i < end]
                for more in children(cue, "conj"):  # "… that X and that the verdict was lawful"
                    if more.i > child.i and any(c.lower_ == "that" for c in children(more, "mark")):
                        end = max(end, max(t.i for t in more.subtree) + 1)
                if end <= cue.i:  # "…, the mayor, Rosa Mina, told": hung on the content
                    end = _before_trailing_names(doc, tokens[0].i, end)
                return doc[tokens[0].i : end]
        quotes = [t.i for t in sentence if t.text in {'"', "“", "”"}]
        opens_sentence = (
            all(t.is_punct or t.is_space for t in doc[sentence.start : quotes[0]])
            if quotes
            else False
        )
        if (
            len(quotes) >= 2
            and not quotes[0] < cue.i < quotes[-1]
            # a quotation before the cue is what was said when it opens the sentence, not
            # when it is a phrase inside the clause ('accused of posting "35" in ways
            # intended to "incite hatred", X said')
            and (quotes[0] > cue.i or opens_sentence)
        ):
            between = doc[cue.i + 1 : quotes[0]] if quotes[0] > cue.i else None
            # the quotation is what was said when it comes before the cue or right after
            # it ('said: "…"'), not when it is a phrase inside the clause ('said that
            # Y was a member of X and that "prohibited literature" had been found')
            if between is None or all(
                t.is_punct or t.lower_ in {"that", "in", "a", "statement"} for t in between
            ):
                return doc[quotes[0] + 1 : quotes[-1]]
        speaking = {t.i for s in children(cue, "nsubj") for t in s.subtree}
        if (
            len(quotes) == 1
            and sentence.start < quotes[0] < cue.i
            and all(t.is_punct or t.i in speaking for t in doc[quotes[0] + 1 : cue.i])
        ):
            # 'For a prayer," said her lawyer', '… a crime?" his brother said': the
            # quotation closes here, opened sentences before; what was said runs up to the
            # closing mark
            end = quotes[0]
            while end > sentence.start + 1 and doc[end - 1].is_punct:
                end -= 1
            return doc[sentence.start : end]
        in_paper = _clause_in_paper(cue) if cue.lemma_ in _WRITING else None
        if in_paper is not None:
            return in_paper  # "wrote in a letter smuggled out of prison that …"
        if cue.lemma_ == "tell" and not children(cue, "ccomp", "xcomp"):
            # "…, X told a news conference": what comes before the speaker, not whom
            speakers = [t for t in children(cue, "nsubj") if t.i < cue.i]
            if speakers:
                first = min(t.i for t in speakers[0].subtree)
                while first > sentence.start and doc[first - 1].is_punct:
                    first -= 1
                if first - sentence.start >= 3:
                    return doc[sentence.start : first]
            commas = [t.i for t in doc[sentence.start : cue.i] if t.text == ","]
            if commas and commas[-1] - sentence.start >= 3:
                return doc[sentence.start : _before_trailing_names(doc, sentence.start, cue.i)]
        objects = children(cue, "dobj", "oprd", "attr")
        if objects:
            tokens = sorted({t for o in objects for t in o.subtree}, key=lambda t: t.i)
            for prep in children(cue, "prep"):
                if prep.lower_ == "as":
                    tokens += list(prep.subtree)
            tokens.sort(key=lambda t: t.i)
            rest = [t for t in sentence if t.i > tokens[-1].i and not t.is_punct]
            if cue.lemma_ == "say" and any(t.pos_ in {"VERB", "AUX"} for t in rest):
                # "said demolitions of … had become a form of …": the parser took the
                # subject of what was said for an object of "said"
                return doc[tokens[0].i : rest[-1].i + 1]
            return doc[tokens[0].i : tokens[-1].i + 1]
        for prep in children(cue, "prep"):
            if prep.lower_ in {"as", "about", "that", "of"}:
                tokens = list(prep.subtree)
                return doc[tokens[0].i : tokens[-1].i + 1]
        rest = [t for t in sentence if t.i > cue.i and not t.is_punct]
        # (past the day it was said: "…, residents said on Monday, while the army …")
        on_the_day = {
            t.i
            for t in rest
            if t.dep_ == "prep" and any(c.ent_type_ in {"DATE", "TIME"} for c in t.children)
        }
        undated = [
            t
            for t in rest
            if t.i not in on_the_day
            and not (
                t.ent_type_ in {"DATE", "TIME"}
                and (t.head.i in on_the_day or t.head.head.i in on_the_day)
            )
        ]
        if (
            undated
            and undated[0].lower_ in {"as", "while", "when", "after"}
            and undated[0].dep_ == "mark"
            and cue.i - sentence.start >= 6
        ):
            # "A boy was shot dead …, his family said, as rights groups accused …": what
            # was said comes before the speakers; the clause after is another's
            end = _before_trailing_names(doc, sentence.start, cue.i)
            if end - sentence.start >= 3:
                return doc[sentence.start : end]
        if len(rest) >= 3:
            return doc[rest[0].i : rest[-1].i + 1]
        subjects = [t for t in children(cue, "nsubj") if t.i < cue.i]
        if subjects:  # "…, two residents said": what comes before the comma
            first = min(t.i for t in subjects[-1].subtree)
            if first - 1 > sentence.start and doc[first - 1].text == ",":
                return doc[sentence.start : first - 1]
        if _phrase_before_cue(cue):
            # "…, his family and a rights group said", the speakers parsed as conjuncts
            # (and the cue given a subject from the clause before: "when police evicted
            # families …, community members and the Institute said")
            comma = _after_last_comma(cue) - 1
            if comma - sentence.start >= 3:
                return doc[sentence.start : comma]
        return None

    @staticmethod
    def _stance(
        cue: Token, content: Span, speaker: Entity | None = None, speaker_text: str = ""
    ) -> str:
        lemma = cue.lemma_.lower()
        official = (speaker is not None and _is_official(speaker)) or (
            speaker is None
            and bool(
                (
                    _OFFICIAL_SPEAKER.search(speaker_text)
                    # "local resistance officials", "opposition officials": not the state's
                    and not _NON_STATE_QUALIFIER.search(speaker_text)
                )
                # "Moscow has said …": a capital or country that speaks is its government
                # (not "the mission", though a town in Texas is called Mission)
                or _names_a_state(speaker_text)
            )
        )

        # (asked by several branches below, each only when the ones before it passed)
        @cache
        def another_state() -> bool:
            return _another_state(Registry.of(cue.doc), speaker, content, speaker_text)

        @cache
        def accuses_another_state() -> bool:
            return _accuses_another_state(Registry.of(cue.doc), speaker, content, speaker_text)

        if lemma in DENY:
            rejected = {t.lemma_.lower() for t in children(cue, "dobj")}
            if cue.dep_ == "relcl":
                rejected |= _answered_words(cue)  # "an account his family rejected",
                # "on charges of calling for mass unrest, which he denied"
            if rejected & (_ACCOUNTS | _CHARGES) and not official:
                # a widow "rejected that account", a lawyer "rejected the charges": they
                # allege what the state did
                return "allegation"
            return "denial"
        if lemma in CONFIRM:
            return "confirmation"
        narrated = lemma == "describe" and not any(
            t.lower_ == "as" for t in (*cue.children, *content)
        )  # "witnesses described soldiers shooting": an account, no label
        if (
            lemma in CHARACTERISE
            and not narrated
            and not (
                lemma == "call"
                and (
                    any(
                        c.lower_ == "for" and not any(o.i < c.i for o in children(cue, "dobj"))
                        for c in children(cue, "prep")
                    )
                    # "had been called to defend the nation": summoned, not labelled
                    or any(
                        any(a.lower_ == "to" for a in children(x, "aux"))
                        for x in children(cue, "xcomp")
                    )
                )
            )
        ):
            labelled = {t.lemma_.lower() for t in children(cue, "dobj")}
            if official and labelled & _ALLEGATIONS:
                return "denial"  # the ministry "described reports of disappearances as lies"
            return "characterisation"
        # (the content patterns are written in lower case and read the lowered text: a
        # case-blind search over their long alternations costs twice as much)
        text = span_text(content).lower()
        denied = _DENIAL_CONTENT.search(text)
        if (
            denied
            and not official
            and (speaker is None or speaker.kind == "person")
            and _ILLNESS.fullmatch(denied.group())
        ):
            denied = None  # "fell ill after drinking tea served at a meeting, his aides
            # said", "she complained of chest pains, said the woman who shared the cell":
            # the illness told by the victim's side is their account, not the state's
            # excuse (a body that tells it, "the army's media wing", answers for the state)
        if denied and not official and _THEIR_ACCOUNT.search(text, 0, denied.start()):
            denied = None  # '"They say he fell ill. Nobody falls ill like that," his
            # brother said': the excuse told in order to reject it
        business = not official and (
            (
                speaker is not None
                and (
                    bool(set(speaker.descriptors) & _BUSINESS_BODIES)
                    or speaker.name.rsplit(" ", 1)[-1] in _COMPANY_NAME_ENDS
                )
            )
            or bool(_BUSINESS_SPEAKER.search(speaker_text))
        )
        if business and _REJECTED_FINDINGS.search(text):
            return "denial"  # the mine's operator "strongly rejects the allegations"
        if not official and (_CHARGES_FALSE.search(text) or _PRETEXT.search(text)):
            return "allegation"  # his lawyer: "the charges are baseless" (no denial of a
            # violation: the charge itself is what is alleged)
        if denied or _REPORTS_FALSE.search(text):
            return "denial"
        if _NO_LINKS.search(text) and (official or _SPEAKER_ITSELF.match(text)):
            # "it has no connection with the incident"; but a group saying the victim "had
            # no links to" it speaks for him
            return "denial"
        registry = Registry.of(content.doc)
        negatives = sorted(
            {
                *registry.with_dep(_NEG, content.start, content.end),
                *registry.with_lower(_NEGATIVE_WORDS, content.start, content.end),
            }
        )
        negated = any(
            (t.dep_ == "neg" or t.lower_ in _NEGATIVE_WORDS)
            # "not ruling out any hypothesis" hedges; "will not tolerate attacks" owns to
            # them; "had not been informed of the eviction" tells what it knew
            # ("there will be no impunity" promises to punish; "no arrests had been made"
            # tells how far the inquiry has come)
            and t.head.lemma_.lower()
            not in {"rule", "tolerate", "inform", "notify", "consult", "impunity"}
            and not (t.lower_ == "no" and t.head.lower_ == "arrests")
            # "should never have happened" regrets what did happen
            and not (
                t.head.lemma_.lower() == "happen"
                and any(a.lower_ in {"should", "must"} for a in children(t.head, "aux"))
            )
            and _in_main_clause(t, content)
            for t in (content.doc[i] for i in negatives)
        )
        if business and (_JUSTIFICATION.search(text) or _LAWFUL_CONTENT.search(text)):
            # "its guards had fired to scare off "intruders" who had damaged equipment",
            # "the strike had been illegal": the accused business justifies, as the state does
            return "denial"
        if (
            business
            and not negated
            and (_INQUIRY.search(text) or _REMEDY.search(text) or _ACKNOWLEDGED.search(text))
        ):
            return "confirmation"  # "it had suspended both employees pending an inquiry":
            # the accused business acts on the wrong, as the state does
        if business and not negated and any(t.lemma_.lower() in _REGRET for t in content):
            return "confirmation"  # the supermarket chain "deeply regrets" what its guard
            # did: the accused business owns to it, as the state does
        if business and negated:
            # "The vessel's owner … said the captain had "never used violence"", "the
            # employer … said she had "never been mistreated"": the accused business
            # answers as the state does
            return "denial"
        if official and _CONDEMNED_VIGILANTES.search(text):
            return "confirmation"  # "no one will be allowed to take the law into their own
            # hands": the state owns to the mob's crime
        if official and negated:
            return "denial"  # an official's negated statement about the events
        if (official or speaker is None) and not negated and _LAWFUL_CONTENT.search(text):
            return "denial"  # "carried out in accordance with the law" (but a group's
            # "mass trials violated due process" and "the lawful demands of" alleges)
        if official and not negated and _CRIMINAL_FEUD.search(text):
            # "linked to "a struggle for dominance between criminal groups"": the state
            # owns to a crime others committed among themselves
            return "confirmation"
        if (
            official
            and not negated
            and _own_force_killed(cue.doc, content)
            and not _JUSTIFICATION.search(text)
            and not _LAWFUL_CONTENT.search(text)
            # (another state's forces: "Israeli forces killed …, the Palestinian health
            # ministry said" accuses them)
            and not accuses_another_state()
        ):
            # "Royal Gendarmerie officers shot dead three young men …, the interior
            # ministry said": the state's own figures of those its forces killed
            return "confirmation"
        if official and not negated and _RESTRAINT.search(text):
            # "the security forces had acted "with restraint" against vandals who looted
            # shops": the state defends its own men, whoever else it blames
            return "denial"
        # (read only for officials: the patterns are long and most speakers are not)
        owned = official and bool(
            _INQUIRY.search(text)
            or _ACKNOWLEDGED.search(text)
            or _REMEDY.search(text)
            or _OPEN_INQUIRY.search(text)
            or (_counted_held(content) and not accuses_another_state())
        )
        figures = official and bool(_OWNED.search(text))
        if (
            official
            and not negated
            and (owned or figures or any(t.lemma_.lower() in _REGRET for t in content))
            # "targeted bandits … and is investigating reports of civilian casualties",
            # "came under fire …, and the six died": the justification is the answer, the
            # inquiry or the figures its afterthought
            and not ((owned or figures) and _JUSTIFICATION.search(text))
        ):
            # "had opened an investigation into the complaints", "43 suspects had been
            # arrested", "more than 140 people have been killed" (official figures)
            return "confirmation"
        defended = (
            lemma == "say"
            and cue.dep_ == "advcl"
            and cue.head.lemma_.lower()
            in {
                "defend",
                "justify",
            }
        )  # "defended the arrests, saying …"
        if (
            official
            and not negated
            and lemma not in {"accuse", "blame"}
            and _third_party_violence(cue.doc, content, named=True)
        ):
            # "Armed separatists abducted three teachers …, the army said": the word that
            # justifies elsewhere names here who did it
            return "confirmation"
        if (
            not official
            and speaker is not None
            and speaker.kind == "organisation"
            and _JUSTIFICATION.search(text)
            and any(speaker.id in act.perpetrators for act in acts_of(cue.doc))
        ):
            # an armed group's account of what it did: "the men had "confessed" to passing
            # information to the intelligence agency" answers with the victims' guilt
            return "denial"
        if defended or (official and (lemma in {"accuse", "blame"} or _JUSTIFICATION.search(text))):
            # "the strike had been illegal", "had organised armed resistance", "the
            # violence was organised from abroad": the state answers with the victims' guilt
            return "denial"
        # "said the authorities had prosecuted abolitionists, calling this "a
        # persecution"": the label closes what was said, whose stance is the claim's
        said = _before_labelling_participle(content)
        if _quoted_label(said, official):
            if official and _own_measure_labelled(said):
                # 'his removal was "an administrative matter"', 'detention was "a last
                # resort"': the state's word for its own measure justifies it
                return "denial"
            return "characterisation"
        if _EVALUATION.match(text) or _BECOME_LABEL.search(text):
            return "characterisation"  # "This is collective punishment", "It was a sham"
        if not official and _SHOWED_QUOTED.match(text):
            return "characterisation"  # 'the arrests showed that "commemoration itself has
            # become a crime"': what the events are shown to be, in the speaker's words
        if _FORM_OF.match(text) and Registry.of(cue.doc).in_quote(content.start_char):
            return "characterisation"
        said_text = span_text(said)
        if not official and (
            _QUOTED_LABEL_TERM.search(said_text) or _NUMBERED_LABEL.match(said_text)
        ):
            # 'the killings "bear the hallmarks of genocide"', "it was the 12th massacre
            # this year": the words that name what was done
            return "characterisation"
        if (
            official
            and not negated
            and _SHOT.search(text)
            and not _STATE_FORCE.search(text)
            and not _own_force_killed(cue.doc, content)
            # (another state's forces shot him: "the boy had been shot in the back", said
            # by the border force of the boy's own country)
            and not another_state()
        ):
            # "X was hit twice in the shoulder as he left the station, police said": the
            # state tells a shooting whose authors it does not name
            return "confirmation"
        if (
            official
            and not negated
            and _third_party_violence(cue.doc, content)
            and not another_state()
        ):
            # "… was hit by bullets fired by two men, the prosecutor's office said": the
            # authorities own to a crime others committed
            return "confirmation"
        if _OWN_DEED.match(text):
            return "confirmation"  # an armed group: "its fighters had killed …"
        if official and accuses_another_state():
            return "allegation"  # the Lebanese army: "Israel had carried out 30 strikes"
        if official and not another_state():
            if _only_armed_outlaws_accused(cue.doc):
                # "The attackers fled towards the mountains", the police chief said, in a
                # report where gunmen did the killing: no one accuses the state
                return "confirmation"
            # the state's own account that neither owns to the events nor gives figures
            # answers the allegation: "the suspects had been found with military uniforms"
            return "denial"
        return "allegation"

    def _quoted_as_saying(self, registry: Registry, sentence: Span) -> list[ClaimMention]:
        """ "X was quoted by Y as saying …" and "Y quoted X as saying …": X speaks, Y is
        the channel (and so no participant)."""
        found = []
        for i in registry.with_lemma({"quote"}, sentence.start, sentence.end):
            token = sentence.doc[i]
            if token.pos_ != "VERB":
                continue
            if registry.in_quote(token.idx) or token.idx < registry.headline_end:
                continue
            speaker_tokens = children(token, "nsubjpass")
            if speaker_tokens:
                channel_tokens = [p for a in children(token, "agent") for p in children(a, "pobj")]
            else:
                speaker_tokens = children(token, "dobj")
                channel_tokens = children(token, "nsubj")
            saying = [t for t in token.subtree if t.lemma_ == "say" and t.i > token.i]
            if not speaker_tokens or not saying:
                continue
            content = self._content(saying[0], sentence)
            if content is None:
                continue
            speaker = self._resolve_speaker(registry, speaker_tokens)
            claim = self._claim(
                speaker, self._speaker_text(speaker_tokens, speaker), saying[0], content, sentence
            )
            channels = [
                e for t in channel_tokens for e in entity_for(registry, t, create_forces=False)
            ]
            if channels and channels[0].kind == "organisation":
                if channels[0].org_kind is None:  # an unknown body that quotes: a paper
                    channels[0].org_kind = "media"
                claim.channel_id = channels[0].id
            found.append(claim)
        return found

    def _according_to(self, registry: Registry, sentence: Span) -> ClaimMention | None:
        if "according" not in span_text(sentence).lower():
            return None
        for token in sentence:
            if (
                token.lower_ == "according"
                and token.i + 1 < len(token.doc)
                and token.doc[token.i + 1].lower_ == "to"
            ):
                objects = children(token.doc[token.i + 1], "pobj") or children(token, "pobj")
                if not objects:
                    continue
                speakers = entity_for(registry, objects[0], create_forces=False)
                speaker = (speakers[0] if speakers else None) or _person_beside(
                    registry, objects[0]
                )  # "according to the friend, Shawn Bacchus, 18,"
                if speaker is None:  # "according to the group": the body named before
                    speaker = self._descriptor_speaker(registry, objects)
                source = objects[0]
                if speaker is None and source.lemma_.lower() in {"member", "spokesman", "lawyer"}:
                    # "according to a member of the local People's Defence Force", "according
                    # to lawyers with the Citizens for Justice and Peace group"
                    bodies = [
                        e
                        for p in children(source, "prep")
                        if p.lower_ in {"of", "with"}
                        for o in children(p, "pobj")
                        for e in entity_for(registry, o, create_forces=False)
                        if e.kind == "organisation"
                    ]
                    speaker = bodies[0] if bodies else None
                people = _HUMAN_SOURCES | actor_words().person_nouns | _FILINGS
                if speaker is None and not {source.lower_, source.lemma_.lower()} & people:
                    continue  # "according to the law", "according to a video" (but
                    # "according to a lawsuit filed on Wednesday" alleges)
                rest = [t for t in sentence if t.i < token.i and not t.is_punct]
                if not rest:  # "According to the group, 12 were fined."
                    source_end = max(t.i for t in objects[0].subtree)
                    rest = [t for t in sentence if t.i > source_end and not t.is_punct]
                if not rest:
                    continue
                content = token.doc[rest[0].i : rest[-1].i + 1]
                speaker_text = self._speaker_text(objects, speaker)
                return ClaimMention(
                    id=0,
                    speaker_id=speaker.id if speaker else None,
                    speaker_text=speaker_text,
                    cue="according to",
                    content=Mention(content.start_char, content.end_char, span_text(content)),
                    # ("according to health officials": no entity, yet the state's voice)
                    stance=self._stance(token, content, speaker, speaker_text),
                    sentence=Mention(sentence.start_char, sentence.end_char, span_text(sentence)),
                    confidence=0.7 if speaker else 0.4,
                )
        return None

    @staticmethod
    def _descriptors(registry: Registry, doc: Doc) -> None:
        """Record what each person is called next to their name ("lawyer", "spokesman"),
        looking back a few words within the clause."""
        words = actor_words()
        known = words.intervening_descriptors | words.official_descriptors | _DESCRIPTOR_NOUNS
        for entity in registry.entities:
            if entity.kind == "organisation" and entity.org_kind == "media":
                if _run_by_the_state(registry, entity):
                    entity.descriptors.append("affiliation:state")
                continue
            if entity.kind != "person":
                continue
            for gender in sorted(_pronoun_evidence(registry, entity)):
                entity.descriptors.append(f"pronoun:{gender}")
            for span in registry.mention_spans(entity):
                if span is None:
                    continue
                if span.root.dep_ == "appos" and span.root.head.pos_ in {"NOUN", "PROPN"}:
                    # "a lawyer for X, Name": the head names it
                    head = span.root.head
                    while (
                        head.dep_ in {"pobj", "prep"}
                        and (
                            head.pos_ in {"ADP", "PROPN"}
                            or head.lemma_.lower() in _BODIES
                            # ("the governor of Muramvya province", "a police spokesman in
                            # Sofala province")
                            or (
                                head.lemma_.lower() in PLACE_NOUNS
                                and head.head.lower_ in {"of", "in"}
                            )
                        )
                        and head.head.i != head.i
                    ):
                        head = head.head  # "a lawyer for the Network, X" → "lawyer", "the
                        # governor of Muramvya province, X" → "governor", but "according to
                        # his sister, X" → "sister"
                    lemma = _title_of(head)
                    beside = doc[span.start - 2] if span.start >= 2 else None
                    if (
                        lemma not in known
                        and beside is not None
                        and doc[span.start - 1].text == ","
                        and beside.pos_ == "NOUN"
                        and beside.lemma_.lower() in known
                    ):
                        # "…, in the municipality of Suárez, the mayor, X, told": the
                        # parser hung both on the place; the title is the noun just before
                        head, lemma = beside, beside.lemma_.lower()
                    if (
                        head.pos_ in {"NOUN", "PROPN"}  # "Colombia's Defence Minister, X,"
                        and lemma in known
                        and lemma not in entity.descriptors
                    ):
                        entity.descriptors.append(lemma)
                    if (
                        head.pos_ == "NOUN"
                        and "affiliation:state" not in entity.descriptors
                        and any(
                            c.lemma_.lower() in words.state_words and c.is_lower
                            for c in children(head, "compound")
                        )
                    ):  # "the provincial police director, Colonel X": the state's man
                        entity.descriptors.append("affiliation:state")
                    if (
                        head.lemma_.lower() == "officer"
                        and "affiliation:state" not in entity.descriptors
                        and any(
                            t.lower_ in {"police", "army", "military"} and t.i < span.start
                            for t in head.subtree
                        )
                    ):  # "The officer in charge of the Kamalganj police station, X"
                        entity.descriptors.append("affiliation:state")
                    for kind in sorted(_head_affiliations(registry, head, span)):
                        if f"affiliation:{kind}" not in entity.descriptors:
                            entity.descriptors.append(f"affiliation:{kind}")
                    before = doc[span.start - 1].lower_ if span.start > 0 else ""
                    if lemma in known or (span[0].lower_ not in known and before not in known):
                        continue
                    # else the parser hung "Chief Superintendent X" on some other noun:
                    # the title inside the mention, or right before it ("a police
                    # investigating officer, Inspector X"), says who it is (read below)
                for title in children(span.root, "appos"):
                    # "Tarek Shnibi, a spokesman for the government's Department …"
                    lemma = _title_of(title)
                    if title.pos_ != "NOUN" or lemma not in known:
                        continue
                    if lemma not in entity.descriptors:
                        entity.descriptors.append(lemma)
                    for body in map(registry.entity_of_token, title.subtree):
                        if body is not None and body.kind == "organisation":
                            kind = _affiliation(body.org_kind)
                            if f"affiliation:{kind}" not in entity.descriptors:
                                entity.descriptors.append(f"affiliation:{kind}")
                    if any(
                        t.dep_ == "pobj" and t.is_lower and t.lemma_ in _NON_STATE_BODIES
                        for t in title.subtree
                    ) and not any(d.startswith("affiliation:") for d in entity.descriptors):
                        # "X, a spokesman for the group": the body the report is about
                        entity.descriptors.append("affiliation:other body")
                titled = False
                affiliations: set[str] = set()
                # the mention itself may carry the title ("Home Affairs Minister Obert X")
                # ("the mayor, X, told": set off by commas; not "… before hearings, X said",
                # where the words before the comma are another clause's)
                set_off = (
                    span.start > 0
                    and doc[span.start - 1].text == ","
                    and not (span.end < len(doc) and doc[span.end].pos_ in {"VERB", "AUX"})
                )
                for token in reversed(doc[max(span.sent.start, span.start - 8) : span.end]):
                    if token.pos_ in {"VERB", "AUX"} or token.lower_ in {"that", "whether"}:
                        break  # (not "informed the family that Rahman …": another clause)
                    if token.text == "," and token.i < span.start and not set_off:
                        break  # "… the Judicial Police Brigade, lawyer X said": another's
                    if token.i < span.start and token.text in {'"', "”", "“"}:
                        break  # ('"… about the police," Tsiklauri said': the quotation's)
                    other = registry.entity_of_token(token)
                    if other is None and token.text in registry.aliases:
                        other = registry.get(registry.aliases[token.text])  # "MJA president"
                    if other is not None and other.kind == "person" and other is not entity:
                        break
                    org_kind = other.org_kind if other is not None else None
                    if other is None and token.ent_type_ == "ORG":
                        org_kind = body_kind(
                            next(e.text for e in registry.model_spans if e.start <= token.i < e.end)
                        )
                    if org_kind or (other is not None and other.kind == "organisation"):
                        affiliations.add(_affiliation(org_kind))  # "Chadema's deputy …"
                    elif (
                        token.is_lower or token.is_sent_start
                    ) and token.lower_ in _NON_STATE_BODIES:
                        affiliations.add("other body")  # "party spokeswoman Ana …"
                    lemma = _title_of(token)
                    if token.pos_ in {"NOUN", "PROPN"} and lemma in known:
                        if lemma not in entity.descriptors:
                            entity.descriptors.append(lemma)  # "lawyer", "Interior Minister"
                        titled = True
                    if (
                        token.is_lower
                        and token.lemma_.lower() in words.state_words
                        and token.dep_ == "compound"
                        and token.head.i == span.start - 1
                        and token.head.lemma_.lower() in _SERVING_TITLES
                    ):
                        affiliations.add("state")  # "district police officer X": the force's
                if titled:  # "LGBT Network spokesman X": the title speaks for that body
                    for kind in sorted(affiliations):
                        if f"affiliation:{kind}" not in entity.descriptors:
                            entity.descriptors.append(f"affiliation:{kind}")


# what the words before an outlet's name say of its owner: "Iran's judiciary news agency
# Mizan", "the semi-official Tasnim news agency", "state-run television"
_STATE_OWNERS = {
    "judiciary",
    "state",
    "state-run",
    "state-owned",
    "government",
    "government-run",
    "official",
    "semi-official",
}


def _run_by_the_state(registry: Registry, outlet: Entity) -> bool:
    """An outlet the report calls the state's, the judiciary's or (semi-)official."""
    for span in registry.mention_spans(outlet):
        if span is None:
            continue
        doc = span.doc
        for token in reversed(doc[max(span.sent.start, span.start - 5) : span.start]):
            if token.is_punct or token.pos_ in {"VERB", "AUX"}:
                break
            if token.lower_ in _STATE_OWNERS:
                return True
    return False


def _self_identified(cue: Token) -> bool:
    """ "who said they were police officers", "who claimed to be from the security
    service": the speakers naming themselves, no statement about the events."""
    forces = actor_words().force_nouns
    for clause in children(cue, "ccomp", "xcomp"):
        if clause.lemma_ != "be":
            continue
        subjects = children(clause, "nsubj")
        if subjects and subjects[0].lower_ not in {"they", "he", "she", "we"}:
            continue
        named = [
            *children(clause, "attr"),
            *(o for p in children(clause, "prep") for o in p.children),
        ]
        # ("a man who said he was a member of the gang told a local radio")
        what_one_is = forces | _WHO_ONE_IS
        if any(t.lower_ in forces or t.lemma_.lower() in what_one_is for t in named):
            return True
    return False


# what a speaker may say he is, naming himself ("who said she was his sister"), as opposed
# to what was done to him ("who said they were victims of torture")
_WHO_ONE_IS = {
    "member",
    "relative",
    "brother",
    "sister",
    "son",
    "daughter",
    "cousin",
    "resident",
    "neighbour",
    "neighbor",
    "spokesman",
    "spokeswoman",
    "representative",
    "commander",
}


# what people announce that they will do, not what they say happened
_ACTIONS_CALLED = {
    "blackout",  # "announced a media blackout"
    "curfew",  # "He announced a curfew from 8 p.m."
    "rally",
    "protest",
    "strike",
    "march",
    "boycott",
    "demonstration",
    "vigil",
    "candidacy",
    "campaign",
}

# people who saw or tended what happened, named first beside a body that also speaks
_WITNESSING = {"medics", "paramedics", "nurses", "rescuers", "journalists", "protesters"}

_STATE_INSTITUTIONS = {
    "police",
    "prison",
    "penitentiary",
    "ministry",
    "army",
    "military",
    "government",
    "presidency",
    "junta",
    "prosecution",
    "judiciary",
}


def _name_given_only(registry: Registry, head: Token) -> Entity | None:
    """The person a described speaker goes by: "a guest who asked to be identified only
    as Daniyar" is Daniyar."""
    doc = head.doc
    # (or on the description set beside: "one witness, a fellow rider who gave his name
    # only as Kevin")
    for clause in [
        c for h in (head, *children(head, "appos")) for c in children(h, "relcl", "acl")
    ]:
        for token in clause.subtree:
            if token.i + 1 < len(doc) and named_only_as(doc, token.i):
                person = registry.entity_of_token(doc[token.i + 1])
                if person is not None and person.kind == "person":
                    return person
    return None


def _paragraph_break(token: Token) -> bool:
    """Whether a paragraph ends at ``token`` (a line break in it or after it)."""
    return "\n" in token.text or "\n" in token.whitespace_


def _body_before(registry: Registry, token: Token) -> Entity | None:
    """The body last named before ``token``, in its sentence, the one before or further
    back in its paragraph; not one named only to qualify a thing ("The Senda de Vida
    shelter said witnesses saw the group taken away in two National Guard vehicles. Its
    director, X, said")."""
    doc = token.doc
    start = token.sent.start
    if start > 0:
        start = doc[start - 1].sent.start
    # ... or further back within the paragraph: a quotation of several sentences may stand
    # between the body and '"…," said its president'
    paragraph = token.i
    while paragraph > 0 and not _paragraph_break(doc[paragraph - 1]):
        paragraph -= 1
    start = min(start, paragraph)
    for i in range(token.i - 1, start - 1, -1):
        entity = registry.entity_of_token(doc[i])
        if entity is None or entity.kind != "organisation":
            continue
        word = doc[i]
        while word.dep_ == "compound" and registry.entity_of_token(word.head) is entity:
            word = word.head  # the name's last word
        if (
            word.dep_ == "compound"
            and word.head.pos_ == "NOUN"
            and registry.entity_of_token(word.head) is None
        ):
            continue  # the name inside a compound ("National Guard vehicles")
        return entity
    return None


# national human rights institutions: the state's, but they speak for the victims
_NHRI_TITLES = {"defender", *OMBUDSMEN}


# titles that, after a force's or a state body's word, make their holder its man ("district
# police officer X"; not "army veteran X")
_SERVING_TITLES = {
    "officer",
    "official",
    "chief",
    "commander",
    "inspector",
    "superintendent",
    "director",
    *_SPOKESPEOPLE,
}


def _title_of(token: Token) -> str:
    """The title a word gives a person, a commissioner who oversees for parliament or
    for rights ("the parliamentary commissioner for the prison system", "the human rights
    commissioner", "Commissioner for Human Rights") read as the ombudsman they are."""
    lemma = token.lemma_.lower()
    if lemma != "commissioner":
        return lemma
    if _oversees(token):
        return "ombudsman"
    if (
        any(d.lower_ == "the" for d in children(token, "det"))
        and not children(token, "amod", "compound")  # (not "the police commissioner")
        and any(t.lemma_.lower() == "commissioner" and _oversees(t) for t in token.doc[: token.i])
    ):
        return "ombudsman"  # "The commissioner, X," after "the parliamentary commissioner"
    return lemma


def _oversees(commissioner: Token) -> bool:
    return any(
        c.lemma_.lower() in {"parliamentary", "right", "rights", "ombudsman"}
        for c in children(commissioner, "amod", "compound")
    ) or any(
        o.lemma_.lower() in {"right", "rights"}
        for p in children(commissioner, "prep")
        if p.lower_ == "for"
        for o in children(p, "pobj")
    )


def _affiliation(org_kind: str | None) -> str:
    """Whom a body's people speak for: a security force is the state's; a body of no
    known kind is some other body."""
    return "state" if org_kind == "security force" else org_kind or "other body"


_FORCE_WORDS = {"force", "police", "army", "military", "gendarmerie"}


def _head_affiliations(registry: Registry, head: Token, person: Span) -> set[str]:
    """The body a title before a name belongs to, as its possessor or after "of"/"for"
    ("Cristosal's head of legal affairs, X"; "the head of Omunga, X"); a country as the
    possessor makes the title the state's ("Ukraine's human rights commissioner, X"),
    a place after "in" does not ("a community leader in Churachandpur, X")."""
    holders = [c for c in head.children if c.dep_ == "poss"]
    holders += [  # "MJA president Hussain F.": the body named before the title
        c
        for c in head.children
        if c.dep_ == "compound"
        and (body := registry.entity_of_token(c)) is not None
        and body.kind == "organisation"
    ]
    holders += [
        o
        for p in head.children
        if p.dep_ == "prep" and p.lower_ in {"of", "for"}
        for o in p.children
        if o.dep_ == "pobj"
    ]
    holders += [  # "Temirov's deputy in the party, X": a body's title (not "in Churachandpur")
        o
        for p in head.children
        if p.dep_ == "prep" and p.lower_ == "in"
        for o in p.children
        if o.dep_ == "pobj" and o.is_lower and o.lemma_.lower() in _NON_STATE_BODIES
    ]
    kinds: set[str] = set()
    for holder in holders:
        if person.start <= holder.i < person.end:
            continue
        other = registry.entity_of_token(holder)
        if other is None and holder.text in registry.aliases:
            other = registry.get(registry.aliases[holder.text])  # "IRA's president, X"
        if other is None and holder.dep_ == "poss" and holder.lower_ == "its":
            body = _body_before(registry, holder)  # "The Law Society … Its president, X,"
            if body is not None:
                kinds.add(_affiliation(body.org_kind))
            continue
        if other is None:
            words = {holder.lemma_.lower()} | {
                c.lemma_.lower() for c in children(holder, "compound")
            }
            if holder.dep_ == "pobj" and words & _STATE_INSTITUTIONS:
                kinds.add("state")  # "the director of the prison system, X"
            elif (
                holder.dep_ == "pobj"
                and holder.lower_ == "state"
                and head.lemma_.lower() in {"lawyer", "attorney", "counsel"}
            ):
                kinds.add("state")  # "a lawyer for the state, X" (not "the state assembly")
            elif holder.lemma_.lower() in {"group", "organisation", "organization", "network"}:
                # "The group's head, X" after the Committee Against Torture: that body's
                # head (a group is no state body, whatever police were named in between)
                body = registry.last_entity_with(
                    holder.i,
                    kind="organisation",
                    match=lambda e: e.org_kind not in {"state", "security force", "court"},
                )
                if body is not None:
                    kinds.add(_affiliation(body.org_kind))
            elif (
                holder.dep_ == "poss" and holder.is_lower and holder.lemma_.lower() in _FORCE_WORDS
            ):
                # "The force's director, Commissioner X," after "the National Police": the
                # head of the state's force the report named
                body = registry.last_entity_with(
                    holder.i,
                    kind="organisation",
                    match=lambda e: e.org_kind in {"state", "security force"},
                )
                if body is not None:
                    kinds.add(_affiliation(body.org_kind))
            elif holder.lemma_.lower() in _NON_STATE_BODIES and holder.is_lower:
                kinds.add("other body")  # "The party's secretary general, X": not the state's
            continue
        if other.kind == "place" and holder.dep_ == "poss":
            if head.lower_ not in _NHRI_TITLES:  # "Georgia's Public Defender" alleges
                kinds.add("state")
        elif other.kind == "organisation":
            kinds.add(_affiliation(other.org_kind))
    return kinds


def _past_dateline(registry: Registry, sentence: Span, cue: Token) -> Span | None:
    """The statement a lede's closing "…, the party said" reports when the parser made the
    dateline its clause: the words after the dateline, up to the speaker's comma."""
    doc = cue.doc
    start = next(
        (t.i for t in sentence if not t.is_punct and not registry.is_excluded(t.idx, t.idx + 1)),
        None,
    )
    end = cue.i
    while end > sentence.start and doc[end - 1].text != ",":
        end -= 1
    if start is None or end - 1 <= start:
        return None
    return doc[start : end - 1]


def _before_trailing_names(doc: Doc, start: int, end: int) -> int:
    """Where a statement told before its speaker ends when a bare name closes it ("…, in
    the municipality of Suárez, the mayor, Rosa Mina,"): before the name and the short
    comma-bounded pieces that introduce it, not before a deed or a place."""
    while end > start and doc[end - 1].is_punct:
        end -= 1
    commas = [t.i for t in doc[start:end] if t.text == ","]
    if not commas:
        return end
    name = [t for t in doc[commas[-1] + 1 : end] if not t.is_punct]
    if not name or not all(t.pos_ == "PROPN" for t in name):
        return end  # a description ("taken to Evin, a prison in Tehran") stays
    last = cut = commas.pop()
    while commas:
        piece = doc[commas[-1] + 1 : cut]
        if (
            len(piece) > 6
            or piece[0].pos_ == "ADP"
            or any(t.pos_ in {"VERB", "AUX"} for t in piece)
        ):
            break
        cut = commas.pop()
    if cut == last or len(name) < 2:
        return end  # no title before the name ("in Kampala, Uganda"): no speaker there
    return cut if cut - start >= 3 else end


def _coordinated_modifier(head: Token) -> Token | None:
    """ "his employer and press freedom groups", which the parser reads as one group whose
    modifier is coordinated: the modifier that names the first speaker."""
    return next(
        (
            c
            for c in head.children
            if c.dep_ in {"nmod", "compound"}
            and c.i < head.i
            and children(c, "cc")
            and children(c, "conj")
        ),
        None,
    )


def _acronym_beside(registry: Registry, noun: Token) -> Entity | None:
    """The body a lower-case description names right after it by its acronym, set off by
    commas ("the government's human rights commission, COPADEH, said")."""
    acronym = acronym_set_off(noun.doc, noun.i + 1) if noun.is_lower else None
    named = registry.entity_of_token(acronym) if acronym is not None else None
    return named if named is not None and named.kind == "organisation" else None


def _body_opening_the_sentence(cue: Token) -> Token | None:
    """ "Defend the Defenders, a Vietnamese rights group, said …", which the parser reads
    as a command ("Defend …") with "said" coordinated: the body named from the sentence's
    start up to the cue, with its description set off by commas, speaks."""
    sentence = cue.sent
    first = sentence[0]
    if first.ent_type_ != "ORG" or first.ent_iob_ != "B" or cue.i <= first.i:
        return None
    end = first.i + 1
    while end < cue.i and cue.doc[end].ent_iob_ == "I":
        end += 1
    if end >= cue.i:
        return None
    # "The Azawad Liberation Front, the rebel alliance that controlled the area until the
    # army retook Kidal, accused …": the parser hung the cue on the relative clause
    in_description = end <= cue.head.i < cue.i and cue.dep_ == "advcl"
    if (cue.dep_ not in {"conj", "dep"} or cue.head.i >= end) and not in_description:
        return None  # (a subject the parser did find is read as usual)
    between = cue.doc[end : cue.i]
    if between[0].text != "," or between[-1].text != ",":
        return None
    if any(t.ent_type_ in {"PERSON", "ORG"} for t in between):
        return None
    for token in between:
        if token.pos_ == "VERB" and not any(
            above.dep_ in {"relcl", "acl"} and end <= above.i < cue.i
            for above in [token, *token.ancestors]
        ):
            return None  # a clause of its own, not the description's
    return cue.doc[end - 1]


def _body_called(registry: Registry, noun: Token) -> Entity | None:
    """The body a description names with "called" or "named": "the organisers, a
    coalition called Rivers First,"; "the group, which calls itself X,"."""
    for described in [noun, *children(noun, "appos")]:
        for called in children(described, "acl", "relcl"):
            if called.lemma_.lower() not in {"call", "name"}:
                continue
            for name in children(called, "oprd", "dobj", "attr"):
                body = registry.entity_of_token(name)
                if body is not None and body.kind == "organisation":
                    return body
    return None


def _person_beside(registry: Registry, noun: Token) -> Entity | None:
    """The person a lower-case word for a person names right after it, set off by a
    comma, where the parser did not make the name its apposition."""
    doc = noun.doc
    if (
        not noun.is_lower
        or noun.tag_ != "NN"  # one person ("their lawyers, X was …" is no apposition)
        or noun.lemma_.lower() not in actor_words().person_nouns
        or noun.i + 2 >= len(doc)
        or children(noun, "appos")
    ):
        return None
    return _person_set_off(registry, noun.i + 2)


def _person_set_off(registry: Registry, start: int) -> Entity | None:
    """The person whose name begins at token ``start``, right after a comma, and ends at a
    comma or the text's end (the name set off by commas, not the subject of what follows)."""
    doc = registry.doc
    if not 0 < start < len(doc) or doc[start - 1].text != ",":
        return None
    named = registry.entity_of_token(doc[start])
    if named is None or named.kind != "person":
        return None
    name_end = start
    while name_end < len(doc) and registry.entity_of_token(doc[name_end]) is named:
        name_end += 1
    if name_end < len(doc) and doc[name_end].text != ",":
        return None
    return named


def _ombudsman_named_after(registry: Registry, title: Token) -> Entity | None:
    """The first ombudsman named by a country's title for one after ``title``'s sentence:
    the body whose name holds the title, or the person named right after it."""
    doc = title.doc
    start = title.sent.end
    window = doc[start : min(len(doc), start + 150)]
    if not len(window):
        return None
    text = window.text.casefold()
    found = [
        m.start()
        for t in actor_words().ombudsman_titles
        if (m := re.search(rf"\b{re.escape(t)}\b", text)) is not None
    ]
    if not found:
        return None
    at = window.start_char + min(found)
    token = next(t for t in window if t.idx + len(t) > at)
    for candidate in doc[token.i : min(len(doc), token.i + 8)]:
        entity = registry.entity_of_token(candidate)
        if entity is not None and entity.kind in {"person", "organisation"}:
            return entity
    return None


def _unnamed_head(registry: Registry, tokens: list[Token], determiners: set[str]) -> Token | None:
    """The speaker phrase's head when it is a common noun no entity covers, introduced by
    one of ``determiners`` ("a coalition", "the service")."""
    if not tokens:
        return None
    head = tokens[0]
    if head.pos_ != "NOUN" or registry.entity_of_token(head) is not None:
        return None
    if not any(c.dep_ == "det" and c.lower_ in determiners for c in head.children) and not (
        ("the" in determiners and _determined_owner(head, {"country", "nation"}, {"the"}))
        or _determined_owner(head, PEOPLE_OWNING_BODIES, determiners)
    ):
        return None
    return head


def _determined_owner(head: Token, owners: Collection[str], determiners: Collection[str]) -> bool:
    """The determiner on the owner's word: "a women's shelter", "a children's charity",
    "the country's prison commissioner" (the one the country has, as "the" would say)."""
    return any(
        c.dep_ == "poss"
        and c.lower_ in owners
        and any(d.dep_ == "det" and d.lower_ in determiners for d in c.children)
        for c in head.children
    )


def _owned_head(registry: Registry, tokens: list[Token]) -> tuple[Token, Token] | None:
    """The speaker phrase's common-noun head, no entity, and its one possessive owner
    ("the military's media wing", "the herders' association")."""
    if not tokens or tokens[0].pos_ != "NOUN" or registry.entity_of_token(tokens[0]):
        return None
    owners = children(tokens[0], "poss")
    return (tokens[0], owners[0]) if len(owners) == 1 else None


def _state_part(registry: Registry, tokens: list[Token]) -> Token | None:
    """The head of "the military's media wing", "the army's press office": a part of a
    state body, named by its owner."""
    owned = _owned_head(registry, tokens)
    if owned is None:
        return None
    head, owner = owned
    if (
        head.lemma_.lower() in {"wing", "office", "arm", "unit", "service", "department"}
        and owner.is_lower
        and owner.lemma_.lower() in actor_words().state_words
        and registry.entity_of_token(owner) is None
    ):
        return head
    return None


def _members_body(registry: Registry, tokens: list[Token]) -> Token | None:
    """The head of "the herders' association", "the miners' union": a body named by its
    members, as a lede names the body the next sentences give by name."""
    owned = _owned_head(registry, tokens)
    if owned is None:
        return None
    head, owner = owned
    if (
        owner.tag_ == "NNS"
        and owner.is_lower
        and all(d.lower_ == "the" for d in children(owner, "det"))
    ):
        return head
    return None


def _labels_what_was_told(cue: Token) -> bool:
    """ "in what they described as a reprisal": a label put on what the speakers told."""
    return (
        cue.lemma_ in {"call", "describe", "term", "dub"}
        and any(c.lower_ == "what" for c in cue.children)
        and all(t.pos_ == "PRON" for t in children(cue, "nsubj"))
    )


_ANSWERS = {"deny", "reject", "dispute", "contest", "confirm"}


def _answered_path(cue: Token) -> list[Token]:
    """The phrase a relative "which he denied" answers, from the word "which" closes up
    to the charge, the account or the verb it hangs on: "on charges of calling for mass
    unrest, which he denied" answers the charges; "had been beaten in custody, which the
    police denied", the beating."""
    path = [cue.head]
    for _ in range(6):
        token = path[-1]
        if token.pos_ in {"NOUN", "PROPN"} and token.lemma_.lower() in _CHARGES | _ACCOUNTS:
            break
        if token.pos_ in {"VERB", "AUX"} and token.dep_ != "pcomp":
            break
        if token.dep_ not in {"pobj", "prep", "pcomp"} or token.head.i == token.i:
            break
        path.append(token.head)
    return path


def _answered_words(cue: Token) -> set[str]:
    """The words of what a relative "which he denied" answers ("alleged links to the
    party, which they deny" answers a charge)."""
    path = _answered_path(cue)
    words = {t.lemma_.lower() for t in path}
    if any(a.lower_ == "alleged" for t in path for a in children(t, "amod")):
        words.add("charge")
    return words


_ASIDE_LABELS = {"describe", "call", "term", "label", "brand", "dub", "designate"}


def _labelled_aside(cue: Token) -> bool:
    """ "a trial that rights groups described as grossly unfair", "in what rights groups
    describe as collective punishment": a label a speaker of its own gives in passing."""
    return (
        cue.lemma_ in _ASIDE_LABELS
        and (
            cue.dep_ == "relcl"
            or (cue.dep_ == "pcomp" and any(o.lower_ == "what" for o in children(cue, "dobj")))
        )
        and (bool(children(cue, "oprd")) or any(p.lower_ == "as" for p in children(cue, "prep")))
        and any(s.pos_ != "PRON" for s in children(cue, "nsubj"))
    )


def _aside_speaker(cue: Token) -> bool:
    """ "Rwanda, which UN experts say commands the M23, bore responsibility": a speaker of
    its own in a relative clause inside another statement."""
    if _labelled_aside(cue):
        return True
    return (
        cue.dep_ == "relcl"
        and (
            cue.lemma_ in {"say", "allege", "claim"}
            # "the OLA, which the government calls a terrorist group": a label of its own
            or (cue.lemma_ in {"call", "designate", "brand"} and bool(children(cue, "oprd")))
            # "…had been beaten in custody, which the police denied": an answer of its own
            or (
                cue.lemma_ in _ANSWERS
                and (
                    any(o.lower_ == "which" for o in children(cue, "dobj"))
                    # "…, an account his family rejected as false"
                    or (cue.head.dep_ == "appos" and cue.head.lemma_.lower() in _ACCOUNTS)
                )
            )
        )
        # not "which it said" (but "charges of calling for unrest, which he denied"
        # answers them)
        and any(
            s.pos_ != "PRON" or (cue.lemma_ in _ANSWERS and s.lower_ in {"he", "she"})
            for s in children(cue, "nsubj")
        )
    )


def claims_of(doc: Doc) -> list[ClaimMention]:
    return list(doc.user_data.get(CLAIMS_KEY, []))
