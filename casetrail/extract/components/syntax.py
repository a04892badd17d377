"""Small helpers over the dependency parse, shared by the act and claim components."""

from __future__ import annotations

import numpy
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span, Token

from casetrail.extract.components.registry import PLURAL_ANAPHORS, SINGULAR_PRONOUNS, Registry
from casetrail.extract.results import Entity
from casetrail.extract.vocabulary import actor_words

_IRREGULAR = {
    "send": ["sent"],
    "beat": ["beaten", "beat"],
    "hold": ["held"],
    "shoot": ["shot"],
    "take": ["taken", "took"],
    "put": ["put"],
    "give": ["given", "gave"],
    "hit": ["hit"],
    "keep": ["kept"],
    "hang": ["hung", "hanged"],
    "go": ["went", "gone"],
    "burn": ["burnt"],
    "lead": ["led"],
    "tell": ["told"],
    "make": ["made"],
    "find": ["found"],
    "be": ["is", "are", "was", "were", "been", "being"],
    "do": ["did", "done"],
    "flee": ["fled"],
    "bring": ["brought"],
    "set": ["set"],
    "round": ["rounded"],
    "gun": ["gunned"],
    "bar": ["barred"],
    "deny": ["denied"],
    "refuse": ["refused"],
    "seize": ["seized"],
    "forcibly": ["forcibly"],
    "die": ["died", "dying"],
    "kidnap": ["kidnapped", "kidnapping"],
    "abduct": ["abducted"],
    "rob": ["robbed"],
    "drag": ["dragged"],
    "stab": ["stabbed"],
    "whip": ["whipped"],
    "flog": ["flogged"],
    "torch": ["torched"],
    "ban": ["banned"],
    "beating": ["beatings"],
}


def inflections(word: str) -> set[str]:
    """Surface forms of a cue word (data stays readable: "send back" matches "sent back")."""
    lower = word.lower()
    forms = {lower, *_IRREGULAR.get(lower, [])}
    if not lower.isalpha() or len(lower) < 3:
        return forms
    forms |= {lower + "s", lower + "es", lower + "ed", lower + "ing", lower + "d"}
    if lower.endswith("e"):
        forms |= {lower[:-1] + "ing", lower + "d"}
    if lower.endswith("y"):
        forms |= {lower[:-1] + "ied", lower[:-1] + "ies"}
    if lower[-1] not in "aeiouwxy" and lower[-2] in "aeiou" and lower[-3] not in "aeiou":
        forms |= {lower + lower[-1] + "ed", lower + lower[-1] + "ing"}
    return forms


def sentence_of(token: Token) -> Span:
    return token.sent


def outside_preps(token: Token) -> list[Token]:
    """The noun phrase of ``token`` without prepositional or clausal attachments."""
    keep = [token]
    for child in token.children:
        if child.dep_ in {
            "compound",
            "amod",
            "nmod",
            "poss",
            "det",
            "nummod",
            "appos",
            "flat",
            "case",
        }:
            keep.extend(outside_preps(child))
    return keep


# what unnamed men are known by: "men in plain clothes", "men in black uniforms" (but
# "gunmen in General Security uniforms" are gunmen)
_DRESS = {"clothes"}
_WORN = {"uniforms", "uniform", "fatigues", "masks", "balaclavas", "armbands"}
MEN_WEAR = frozenset(_DRESS | _WORN)  # what marks men nobody names as the doers


# words for how a force is dressed, no part of its name: "uniformed police"
DRESS_WORDS = frozenset({"uniformed"})


# what "service" and "agent" are when no body is meant: "alternative civilian service",
# "military service" (a duty); "a foreign agent" (a label the state puts on a group)
_DUTIES = {"alternative", "civilian", "military", "national", "community", "compulsory"}


def a_status_not_a_force(token: Token) -> bool:
    """A force noun that names a duty or a label, not people acting."""
    modifiers = {t.lower_ for t in children(token, "amod", "compound")}
    lemma = token.lemma_.lower()
    return (lemma == "service" and bool(modifiers & _DUTIES)) or (
        lemma == "agent" and "foreign" in modifiers
    )


def force_name(token: Token) -> str:
    """Name a security-force group from its phrase: "Chechen special police"."""
    parts = [
        t
        for t in token.subtree
        if t.i <= token.i
        and t.dep_ in {"amod", "compound", "nmod"}
        and t.head.i >= t.i
        and not t.is_punct
        and t.lower_ not in DRESS_WORDS  # "uniformed police" are the police, as dressed
        # not across a dash: "KATHMANDU — Police in …" (the dateline is no part of it)
        and not any(b.text in {"—", "–"} for b in token.doc[t.i : token.i])
    ]
    if token.dep_ == "compound":  # "a Lebanese army statement": the army is Lebanese
        start = token.i
        while (
            start > 0
            and token.doc[start - 1].head.i == token.head.i
            and token.doc[start - 1].dep_ in {"amod", "compound"}
        ):
            start -= 1
        parts += list(token.doc[start : token.i])
    tokens = sorted({*parts, token}, key=lambda t: t.i)
    if len(tokens) > 1 and is_member_of_body(tokens[-1], tokens[-2]):
        tokens = tokens[:-1]  # "police officers" are the police
    return " ".join(t.text for t in tokens)


# a police unit sent in for one kind of work, not the force at large
_POLICE_UNITS = frozenset({"riot", "anti-riot", "special", "mobile", "traffic", "morality"})


def police_unit(name: str) -> bool:
    """ "riot police", "special police": a unit of the police, named in lower case."""
    words = name.casefold().split()
    return len(words) == 2 and words[0] in _POLICE_UNITS and words[1] == "police"


def _named_later(known: Entity, token: Token) -> bool:
    """A body whose first mention comes after ``token``."""
    return bool(known.mentions) and min(m.start for m in known.mentions) > token.idx


_ARMED = frozenset({"soldiers", "troops", "army", "military", "battalion", "brigade", "regiment"})
_POLICE = frozenset({"police"})
_BARE_MEMBERS = {
    "officers": _POLICE,
    "officer": _POLICE,
    "policemen": _POLICE,
    "policeman": _POLICE,
    "soldiers": _ARMED,
    "troops": _ARMED,
    "soldier": _ARMED,
}
MEMBER_NOUNS = {"officers", "officer", "agents", "agent", "members", "personnel", "operatives"}
BODY_NOUNS = {
    "police",
    "intelligence",
    "security",
    "army",
    "military",
    "guard",
    "militia",
    "ministry",  # "intelligence ministry agents"
    "service",
}


# how men nobody names arrived: "two men on a motorcycle"
_RIDDEN = {"motorcycle", "motorcycles", "motorbike", "motorbikes", "scooter", "moped"}


def _men_by_number_or_ride(men: Token) -> str | None:
    """Name the doers a report can only count or say what they rode ("taken by four men",
    "two men on a motorcycle"); bare "men", and counted men who do not act as the agent
    of a deed ("three men found dead"), stay nameless."""
    ridden = [
        (prep, vehicle)
        for prep in children(men, "prep")
        if prep.lower_ == "on"
        for vehicle in children(prep, "pobj")
        if vehicle.lower_ in _RIDDEN
    ]
    doc = men.doc
    if not ridden and men.i + 1 < len(doc) and doc[men.i + 1].lower_ == "on":
        # "killed by two men on a motorcycle as …", the ride hung on the verb
        ridden = [
            (doc[men.i + 1], vehicle)
            for vehicle in doc[men.i + 2 : min(men.i + 4, len(doc))]
            if vehicle.lower_ in _RIDDEN
        ][:1]
    number = [c for c in men.children if c.dep_ == "nummod" and c.i < men.i and c.like_num]
    if not ridden and (men.dep_ != "pobj" or men.head.dep_ != "agent"):
        number = []
    if not number and not ridden:
        return None
    words = [number[-1].text] if number else []
    words.append(men.text)
    if ridden:
        prep, vehicle = ridden[0]
        words += [t.text for t in men.doc[prep.i : vehicle.i + 1]]
    return " ".join(words)


def is_member_of_body(member: Token, body: Token) -> bool:
    """ "police officers", "military intelligence agents": members named by their body;
    "army units" are the army's, and so is "an air force patrol" or "a police patrol"."""
    return (
        (member.lower_ in MEMBER_NOUNS and body.lower_ in BODY_NOUNS)
        or (member.lower_ in {"units", "unit"} and body.lower_ in {"army", "military"})
        or (member.lower_ in {"patrol", "patrols"} and body.lower_ in _PATROLLING)
    )


_PATROLLING = {"army", "military", "police", "force", "navy", "gendarmerie"}


def unit_named_after(registry: Registry, token: Token, preps: set[str]) -> Entity | None:
    """The named body a force noun's "from …" or "of …" names: "troops from Light Infantry
    Battalion 33", "officers at the National Security Agency headquarters", "rebels of the
    M23 movement"."""
    for prep in children(token, "prep"):
        if prep.lower_ not in preps:
            continue
        for obj in prep.children:
            for word in [obj, *children(obj, "compound")]:
                unit = registry.entity_of_token(word)
                if unit is not None and unit.kind == "organisation":
                    return unit
    return None


def organisation_named(registry: Registry, name: str) -> Entity | None:
    """The body already registered under ``name``, whatever its case."""
    folded = name.casefold()
    return next(
        (e for e in registry.entities if e.kind == "organisation" and e.name.casefold() == folded),
        None,
    )


def entity_for(registry: Registry, token: Token, *, create_forces: bool = True) -> list[Entity]:
    """Entities a noun phrase headed by ``token`` refers to (conjuncts included)."""
    result: list[Entity] = []
    for head in [token, *token.conjuncts]:
        found = _entity_for_head(registry, head, create_forces=create_forces)
        for entity in found:
            if entity not in result:
                result.append(entity)
    return result


def _entity_for_head(registry: Registry, token: Token, *, create_forces: bool) -> list[Entity]:
    words = actor_words()
    phrase = outside_preps(token)
    # a named person or organisation in the phrase itself, appositions included
    direct = registry.entity_of_token(token)
    if direct is not None and direct.kind != "place":
        return [direct]
    people = [registry.entity_of_token(t) for t in phrase]
    named = [e for e in people if e is not None and e.kind != "place"]
    if named:
        persons = [e for e in named if e.kind == "person"]
        return [persons[-1] if persons else named[0]]
    lower = token.lower_
    if token.pos_ == "PROPN":  # a bare surname the model did not tag
        for entity in registry.entities:
            if entity.kind == "person" and entity.name.split()[-1].casefold() == lower:
                return [entity]
    if lower in {"who", "whom", "that", "which"}:
        antecedent = token.head.head if token.head.dep_ == "relcl" else None
        if (
            antecedent is not None
            and antecedent.dep_ == "pobj"
            and any(
                (place := registry.entity_of_token(t)) is not None and place.kind == "place"
                for t in [antecedent, *children(antecedent, "compound")]
            )
        ):
            # "a shop owner from Shandong province who said …": the owner said it (the
            # parser hangs the clause on the nearest noun)
            antecedent = antecedent.head.head
        if antecedent is not None and antecedent.dep_ == "appos" and antecedent.pos_ == "NOUN":
            antecedent = antecedent.head  # "Adaeze Nwosu, a 26-year-old nurse, who said …"
        if antecedent is not None:
            return _entity_for_head(registry, antecedent, create_forces=create_forces)
    if lower in SINGULAR_PRONOUNS:
        person = registry.salient_person_before(
            token.i, exclude=_reporting_speakers(registry, token)
        )
        return [person] if person else []
    is_group = lower in PLURAL_ANAPHORS or token.lemma_.lower() in PLURAL_ANAPHORS
    if is_group and token.lower_ not in words.force_nouns:
        ids = registry.last_group_before(token.i)
        return [e for e in (registry.get(i) for i in ids) if e is not None]
    if create_forces and (lower in words.force_nouns or token.lemma_.lower() in words.force_nouns):
        if a_status_not_a_force(token):
            return []
        unit = unit_named_after(registry, token, {"from", "of", "at"})
        if unit is not None:
            return [unit]
        owner = _body_speaking_of_its(registry, token)
        if owner is not None:
            return [owner]  # "the 94th Infantry Battalion said its soldiers had …"
        known = _known_as_body(registry, token)
        if known is not None:
            return [known]  # "the regional special police, known as the Liyu police"
        name = force_name(token)
        following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
        dress = [
            p
            # (the parser may hang "in … uniforms" on the verb: "arrested by armed men in
            # NISA uniforms")
            for p in [*children(token, "prep"), *([following] if following is not None else [])]
            if p.lower_ == "in"
            and any(
                o.lower_ in _DRESS or (o.lower_ in _WORN and lower == "men")
                for o in children(p, "pobj")
            )
        ]
        if dress:  # "men in plain clothes": how they are known is their name
            clothes = next(o for o in children(dress[0], "pobj") if o.lower_ in _DRESS | _WORN)
            worn = sorted(outside_preps(clothes), key=lambda t: t.i)
            # whose they are: "in NISA uniforms", "in the uniforms of the Stability
            # Support Apparatus"
            of_whom = [
                word
                for prep in children(clothes, "prep")
                if prep.lower_ == "of"
                for obj in children(prep, "pobj")
                for word in [obj, *children(obj, "compound")]
            ]
            owners = [
                e
                for e in map(registry.entity_of_token, [*worn, *of_whom])
                if e is not None and e.kind == "organisation"
            ] or [  # "in ELN armbands": the acronym the report gave the body
                e
                for e in (registry.get(registry.aliases.get(t.text)) for t in worn)
                if e is not None and e.kind == "organisation"
            ]
            if owners:  # "armed men in NISA uniforms": the agency's men
                return owners[:1]
            bare = name.casefold()  # "masked men in dark uniforms": "masked" is theirs too
            name = " ".join([name, "in", *(t.text for t in worn)])
            for known in registry.entities:
                # "Masked Men" in the headline, then the men the text describes: one group
                if known.org_kind == "security force" and known.name.casefold() == bare:
                    known.name = name
                    registry.add_mention(known, token.doc[token.i : token.i + 1])
                    return [known]
        if name.casefold() == "men":
            name = _men_by_number_or_ride(token) or name
        if len(name.split()) == 1 and lower in {"men", "authorities", "officials"}:
            return []
        folded = name.casefold()
        same = organisation_named(registry, name)
        if same is not None:
            return [same]
        for known in registry.entities:
            # "the soldiers", "the coast guard" after "Lebanese soldiers", "the Libyan
            # coast guard": the same force named again
            if (
                known.kind == "organisation"
                and known.org_kind in {None, "state", "security force"}
                # ("Police in Yunnan have detained …" before "riot police were sent": the
                # force at large, the riot police one of its units)
                and not (
                    folded == "police" and police_unit(known.name) and _named_later(known, token)
                )
                and (
                    known.name.casefold().endswith(" " + folded)
                    # "Masked Men" in a headline, the "masked men in dark uniforms" of
                    # the text
                    or known.name.casefold().startswith(folded + " in ")
                )
            ):
                return [known]
        plain = all(
            # (a sentence's first word too, but not a nationality: "Lebanese soldiers")
            t.dep_ in {"amod", "det"} and (t.is_lower or (t.is_sent_start and not t.ent_type_))
            for t in phrase
            if t.i < token.i
        )
        bodies = _BARE_MEMBERS.get(lower if plain else folded)  # "a senior officer"
        named_as = token.doc[min(t.i for t in phrase) : max(t.i for t in phrase) + 1]
        if bodies:
            # bare "officers" where the police were named, "troops" where soldiers or an
            # army unit were: members of that body, not another force
            named = [
                known
                for known in registry.entities
                if known.kind == "organisation"
                and known.org_kind != "rights group"
                and bodies & set(known.name.casefold().split())
            ]
            if len(named) == 1:
                if (
                    registry.entity_of_token(token) is None
                    and named[0].name.casefold().split()[-1] in bodies
                ):
                    registry.add_mention(named[0], named_as)  # the force, named by its members
                return named
            # "Koroleva said officers pushed her husband" after "armed officers of the FSB
            # … searched eleven homes": the members of the body named before
            for i in reversed(registry.with_lower({lower}, 0, token.i)):
                unit = unit_named_after(registry, token.doc[i], {"from", "of"})
                if unit is not None:
                    return [unit]
        entity = registry.new_entity(
            "organisation", name, org_kind="security force", confidence=0.55
        )
        registry.add_mention(entity, named_as)
        return [entity]
    return []


_REPORTING = {"say", "tell", "claim", "allege", "add", "state", "insist", "explain", "write"}


def name_known_as(token: Token) -> Token | None:
    """The first word of the name a description is known by: "the regional special
    police, known as the Liyu police," gives "Liyu"."""
    doc = token.doc
    at = token.i + 1
    if [t.lower_ for t in doc[at : at + 3]] != [",", "known", "as"]:
        return None
    name = at + 3 + (at + 3 < len(doc) and doc[at + 3].lower_ == "the")
    return doc[name] if name < len(doc) else None


def _known_as_body(registry: Registry, token: Token) -> Entity | None:
    """The body a force's description is followed by: "officers of the regional special
    police, known as the Liyu police,"."""
    name = name_known_as(token)
    body = registry.entity_of_token(name) if name is not None else None
    return body if body is not None and body.kind == "organisation" else None


def _body_speaking_of_its(registry: Registry, token: Token) -> Entity | None:
    """The body whose men "its soldiers" are: the subject of a clause above them ("the
    battalion said its soldiers had only secured the perimeter")."""
    if not any(c.dep_ == "poss" and c.lower_ == "its" for c in token.children):
        return None
    own_phrase = {t.i for t in token.subtree}
    for ancestor in token.ancestors:
        for subject in children(ancestor, "nsubj"):
            if subject.i in own_phrase:
                continue
            body = registry.entity_of_token(subject)
            if body is not None and body.kind == "organisation":
                return body
    return None


def _reporting_speakers(registry: Registry, token: Token) -> frozenset[int]:
    """Speakers of the speech verb whose report contains ``token``: in "his daughter said
    he was beaten", "he" is not the daughter."""
    head = token
    for _ in range(8):
        if head.dep_ == "ROOT" or head.head.i == head.i:
            break
        head = head.head
        if head.lemma_.lower() in _REPORTING and head.pos_ == "VERB":
            speakers = set()
            for subject in children(head, "nsubj"):
                described = [c for c in subject.children if c.pos_ == "NOUN"]
                if subject.pos_ == "PROPN" and not described:
                    # "Joseph Ssemakula, 27, said he was bundled into a van": a person
                    # named with no role of their own tells what was done to them
                    continue
                # the speaker and appositions naming them, not possessors ("her lawyer")
                for candidate in [subject, *children(subject, "appos", "compound")]:
                    entity = registry.entity_of_token(candidate)
                    if entity is not None:
                        speakers.add(entity.id)
            return frozenset(speakers)
    return frozenset()


_DEP_IDS: dict[tuple[str, ...], frozenset[int]] = {}


_CHILDREN_KEY = "casetrail_children"


def _children_index(doc: Doc) -> tuple[list[list[int]], list[int]]:
    """Each token's children (indices, in order) and each token's label id, read from the
    parse once per report: ``Token.children`` walks the token's whole subtree and makes a
    Token object for every word in it, on every call."""
    offsets = doc.to_array("HEAD").view(numpy.int64).tolist()  # head index − own index
    kids: list[list[int]] = [[] for _ in offsets]
    for i, offset in enumerate(offsets):
        if offset:
            kids[i + offset].append(i)
    index = (kids, doc.to_array("DEP").tolist())
    doc.user_data[_CHILDREN_KEY] = index
    return index


def children(token: Token, *deps: str) -> list[Token]:
    """The token's children with one of these labels (compared as string ids: reading
    ``dep_`` makes a new Python string for every child)."""
    ids = _DEP_IDS.get(deps)
    if ids is None:
        ids = _DEP_IDS[deps] = frozenset(get_string_id(dep) for dep in deps)
    doc = token.doc
    try:
        kids, labels = doc.user_data[_CHILDREN_KEY]
    except KeyError:
        kids, labels = _children_index(doc)
    return [doc[i] for i in kids[token.i] if labels[i] in ids]


def span_of(doc: Doc, tokens: list[Token]) -> Span:
    return doc[min(t.i for t in tokens) : max(t.i for t in tokens) + 1]
