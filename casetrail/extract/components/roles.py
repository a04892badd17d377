"""Role component: who is victim, perpetrator, source, intervening party or official."""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc, Token

from casetrail.extract.components.acts import acts_of, surface_forms
from casetrail.extract.components.claims import _is_official, claims_of
from casetrail.extract.components.name_rules import INSURGENT_WORDS
from casetrail.extract.components.registry import Registry, doc_text
from casetrail.extract.components.syntax import children, police_unit
from casetrail.extract.gazetteer import country_named, load_gazetteer, normalise_name
from casetrail.extract.results import Entity, Mention, RoleMention
from casetrail.extract.vocabulary import act_types, actor_words

ROLES_KEY = "casetrail_roles"
_ARMED_WORDS = {
    "police",
    "army",
    "military",
    "security",
    "guard",
    "guards",
    "forces",
    "battalion",
    "brigade",
    "regiment",
    "intelligence",
    "counterintelligence",
    "soldiers",
    "troops",
    "officers",
    "agents",
}
_CIVIL_OFFICES = {"prosecution", "court"}


# bare members and the bodies they belong to: "soldiers" in a report that names the army
# are the army, "officers" where only the riot police are named are the police
_MEMBERS_OF = {
    "soldiers": ("army", "military"),
    "troops": ("army", "military"),
    "officers": ("police",),
    "policemen": ("police",),
    "police": ("police",),
    "gendarmes": ("gendarmerie",),
    "military": ("army",),
    # "Israeli forces" where "the Israeli military" speaks (the same country's only:
    # _same_nation_forces)
    "forces": ("army", "military"),
    "prosecutors": ("prosecution",),
    "security": ("security",),  # "security officers" where the FSB alone is named
    "border guards": ("border",),  # where "the border police" or "the State Border Guard" act
    # "army intelligence officers" where the Directorate of Intelligence is named
    "army intelligence": ("intelligence",),
    "military intelligence": ("intelligence",),
}


_MEMBERS = {"officers", "agents", "officials", "officer", "agent"}
_SERVICE_HEADS = {
    "department",
    "service",
    "agency",
    "directorate",
    "authority",
    "bureau",
    "enforcement",  # "Immigration and Customs Enforcement"
    "centre",  # "recruitment officers" of "the Lviv regional territorial recruitment centre"
    "center",
}
_DRESS_WORDS = {"uniformed", "armed", "masked", "plainclothes", "plain-clothes"}


def _without_nationality(registry: Registry, force: Entity) -> str:
    """ "Israeli soldiers" are soldiers where the Israeli military is named."""
    name = force.name.casefold()
    words = name.split()
    if len(words) == 2 and words[-1] in {"soldiers", "troops"} and words[0] in _DRESS_WORDS:
        return words[-1]  # "uniformed soldiers" are soldiers too
    if words == ["national", "police"] and not force.name.istitle():
        return "police"  # "National police spokesman X" where "the Mozambique Police" acts
    if (
        len(words) == 2
        and words[-1] in {"soldiers", "troops", "security", "gendarmes", "forces"}
        and any(
            span is not None and len(span) >= 2 and span[-2].ent_type_ == "NORP"
            for span in registry.mention_spans(force)
        )
    ):
        return words[-1]
    # "Israeli police" where "the Israel Police" acts: the same country's force, never
    # another's ("Cambodian police" beside "Thai immigration police")
    if words[-2:] == ["border", "guards"] and (
        len(words) == 2 or (len(words) == 3 and country_named(force.name.split()[0]) is not None)
    ):
        return "border guards"  # "Iranian border guards" where "Iran's border police" speak
    if (
        len(words) >= 3
        and words[-1] == "police"
        and country_named(force.name.split()[0]) is not None
        and any(
            e is not force and e.kind == "organisation" and e.name.casefold() == " ".join(words[1:])
            for e in registry.entities
        )
    ):
        return "police"  # "Argentine federal police" where "the Federal Police" are named
    nation = country_named(force.name.split()[0]) if words[1:] == ["police"] else None
    if nation is None:
        return name
    forces = [
        e
        for e in registry.entities
        if e is not force and e.kind == "organisation" and "police" in e.name.casefold().split()
    ]
    if any(
        country_named(e.name.split()[0]) == nation
        # "the Royal Bhutan Police" for "Bhutanese police": the nation's name inside
        or (len(e.name.split()) > 2 and country_named(e.name.split()[1]) == nation)
        for e in forces
    ):
        return "police"
    # "Albanian police" where "the State Police" speak: a nation's police are the one
    # force the report names by a proper name that names no nation at all
    proper = [
        e
        for e in forces
        if _proper(e.name)
        and " " in e.name
        # the force itself, not a unit of it ("the National Brigade of the Judicial Police")
        and _head_word(e.name) in _WHOLE_FORCE
        and not _oversees_police(e.name.casefold().split())
    ]
    if len(proper) == 1 and not any(country_named(w) for w in proper[0].name.split()):
        return "police"
    if any(
        e is not force
        and e.kind == "organisation"
        and nation
        in {_POLICE_BY_NAME[w] for w in e.name.casefold().split() if w in _POLICE_BY_NAME}
        for e in registry.entities
    ):
        return "police"  # "Chilean police" where the Carabineros are named
    return name


def _merge_bare_forces(registry: Registry, doc: Doc) -> None:
    """Fold a bare force ("soldiers") into the one body of its kind the report names,
    wherever in the report that body comes (the rules that read each phrase only see the
    bodies named before it)."""
    bodies = [
        e
        for e in registry.entities
        if e.kind == "organisation" and e.mentions and e.org_kind != "rights group"
    ]
    for bare in bodies:
        kinds = _MEMBERS_OF.get(_without_nationality(registry, bare))
        if not bare.mentions:
            continue
        apposed = _body_its_apposition_names(registry, bare)
        if apposed is not None:
            _fold(registry, doc, bare, apposed)
            continue
        if kinds is None:
            # "military police" in the lede, "the Bahia state military police" later: the
            # force named in full; "Tanzanian immigration officers" where the immigration
            # department speaks: its officers
            folded = bare.name.casefold()
            words = folded.split()
            if " " not in bare.name:  # (not "the government" into a regional one)
                continue
            if words[-1] in _MEMBERS and bare.org_kind != "rights group":
                targets = [
                    e
                    for e in bodies
                    if e is not bare
                    and e.mentions
                    and e.name.casefold() == " ".join(words[:-1])  # "Carabineros officers"
                ] or [
                    e
                    for e in bodies
                    if e is not bare
                    and e.mentions
                    and words[-2] in e.name.casefold().split()
                    # "the Immigration Department", "the General Directorate of Migration"
                    and (
                        e.name.casefold().split()[-1] in _SERVICE_HEADS
                        or _head_word(e.name) in _SERVICE_HEADS
                    )
                ]
            elif bare.name.islower() and bare.org_kind in {"state", "security force"}:
                targets = [
                    e
                    for e in bodies
                    if e is not bare and e.mentions and e.name.casefold().endswith(" " + folded)
                ]
            elif words[-1] in _FORCE_HEADS and bare.org_kind in {"state", "security force"}:
                targets = _same_force_named_fuller(bare, bodies)
            else:
                continue
        else:
            targets = [
                e for e in bodies if e is not bare and e.mentions and _body_of_kind(e.name, kinds)
            ]
            if bare.name.casefold().split()[-1] == "forces":
                # (or named in full: "Tunisian forces" in "Tunisian security forces")
                targets = _same_nation_forces(bare, targets) or _same_force_named_fuller(
                    bare, bodies
                )
        # a named body before another bare force: "Police …" and "national police …" both
        # fold into "the Mozambique Police"
        named = [e for e in targets if _without_nationality(registry, e) not in _MEMBERS_OF]
        if named:
            targets = named
        bodies_proper = [e for e in targets if e.name.casefold().split()[-1] not in _MEMBERS]
        if bodies_proper:
            targets = bodies_proper  # the Carabineros, not "Carabineros officers"
        if len(targets) > 1 and any(not e.silent for e in targets):
            # (not "the National Police Agency", which only declined to comment)
            targets = [e for e in targets if not e.silent]
        if kinds == ("police",) and len(targets) > 1:
            # the force, not one of its units: bare police where "the Gambia Police Force"
            # and its "Police Intervention Unit" are named are the force
            forces = [
                e
                for e in targets
                if _proper(e.name) and e.name.casefold().split()[-1] in _WHOLE_FORCE
            ]
            if len(forces) == 1:
                targets = forces
            elif not forces and not _proper(bare.name):
                # "Turkish police detained …; riot police blocked streets …; officers
                # pinned a woman down": bare officers are the police last named before them
                first = min(m.start for m in bare.mentions)
                before = [
                    (max(m.start for m in e.mentions if m.start < first), e)
                    for e in targets
                    if any(m.start < first for m in e.mentions)
                ]
                if before:
                    targets = [max(before, key=lambda pair: pair[0])[1]]
        for kind in kinds or ():  # "the army" before "the military" when both are named
            first_kind = [e for e in targets if e.name.casefold().split()[-1] == kind]
            if first_kind:
                targets = first_kind
                break
        if (
            not targets
            and kinds == ("army", "military")
            and " " not in bare.name
            and _army_named(registry, doc)
        ):
            # "Soldiers arrested them near the army headquarters …; the army chief of staff
            # said": the report names the army, if only through its parts
            bare.name = "army"
            continue
        if not targets and kinds == ("gendarmerie",) and _GENDARMERIE.search(doc_text(doc)):
            # "Gendarmes arrested him …", then "the gendarmerie's research brigade": the
            # men are named by their body, as police officers are the police
            bare.name = "gendarmerie"
            continue
        if len(targets) != 1:
            continue
        target = targets[0]
        if _unit_named_after_force(bare, target):
            continue
        _fold(registry, doc, bare, target)


def _fold(registry: Registry, doc: Doc, bare: Entity, target: Entity) -> None:
    """``bare`` names ``target`` again: its mentions, acts and claims become the target's."""
    registry.move_mentions(bare, target)
    target.silent = target.silent and bare.silent  # the acting soldiers make it act
    bare.silent = True  # folded into the body: no participant of its own
    for act in acts_of(doc):
        act.victims = _replaced(act.victims, bare.id, target.id)
        act.perpetrators = _replaced(act.perpetrators, bare.id, target.id)
    for claim in claims_of(doc):
        if claim.speaker_id == bare.id:
            claim.speaker_id = target.id
        if claim.channel_id == bare.id:
            claim.channel_id = target.id


def _body_its_apposition_names(registry: Registry, bare: Entity) -> Entity | None:
    """ "Kyrgyzstan's security service, the State Committee for National Security
    (GKNB), detained …": a body described in lower case and named in its apposition."""
    if not bare.name.islower():
        return None
    for span in registry.mention_spans(bare):
        if span is None:
            continue
        for apposed in children(span.root, "appos"):
            for token in apposed.subtree:
                named = registry.entity_of_token(token)
                if (
                    named is not None
                    and named is not bare
                    and named.kind == "organisation"
                    and _proper(named.name)  # (not a list: "the foreign ministry, the
                    # Emirati authorities")
                ):
                    return named
    return None


def _same_nation_forces(bare: Entity, targets: list[Entity]) -> list[Entity]:
    """ "Israeli forces" are "the Israeli military", never another country's army (nor
    an army named without its country)."""
    nation = country_named(bare.name.split()[0])
    return [
        e
        for e in targets
        if nation is not None
        and len(e.name.split()) > 1
        and country_named(e.name.split()[0]) == nation
    ]


# state security services known by their acronyms alone
_SECURITY_ACRONYMS = {"kgb", "fsb", "sbu", "gknb", "mss", "dgst", "nss", "niss"}


def _unit_named_after_force(bare: Entity, target: Entity) -> bool:
    """ "Police in Yunnan have detained …", then "hundreds of riot police were sent": the
    police named first are the force at large and the riot police one of its units; bare
    "police" only after "riot police" are those riot police."""
    return (
        bare.name.casefold() == "police"
        and police_unit(target.name)
        and min(m.start for m in bare.mentions) < min(m.start for m in target.mentions)
    )


def _body_of_kind(name: str, kinds: tuple[str, ...]) -> bool:
    """The army by its last word (or the armed forces); a police body named by any
    ("the Saptari District Police Office", "Phnom Penh Municipal Police")."""
    words = name.casefold().split()
    if "army" in kinds and set(words) & INSURGENT_WORDS:
        return False  # the state's soldiers are not the "Oromo Liberation Army"
    if "army" in kinds and words[-2:] == ["armed", "forces"]:
        return True  # "the Joint Command of the Armed Forces"
    if "army" in kinds and len(words) >= 2 and words[-2] in {"defence", "defense"}:
        # "the Lesotho Defence Force": a country's army (not the "Ambazonia Defence Forces"
        # or a township's "People's Defence Force")
        return words[-1] in {"force", "forces"} and country_named(name.split()[0]) is not None
    if "border" in kinds:  # "the border police", "the State Border Guard"
        return "border" in words and words[-1] in {"police", "guard", "guards", "service", "force"}
    if "prosecution" in kinds:  # "the public prosecutor's office", "the Public Ministry"
        plain = {w.removesuffix("'s").removesuffix("’s") for w in words}
        return (
            bool(plain & {"prosecutor", "prosecution", "procuracy"})
            or "public ministry" in name.casefold()
        )
    if "intelligence" in kinds:  # "the Directorate of Intelligence"
        return (
            "intelligence" in words
            and len(words) > 1
            and all(w[:1].isupper() for w in name.split() if w not in {"of", "for", "the"})
        )
    if "security" in kinds:  # "the Federal Security Service", "the State Security Committee"
        return (
            "security" in words and words[-1] in _SECURITY_BODIES and name.istitle()
        ) or name.casefold() in _SECURITY_ACRONYMS  # "security officers" where the KGB acts
    if "police" in kinds and set(words) & _POLICE_BY_NAME.keys():
        return True  # Chile's "Carabineros", Ireland's "Garda"
    if "police" in kinds and words[-3:] == ["public", "security", "bureau"]:
        return True  # China's police: "the Zhengzhou public security bureau"
    if (
        "police" in kinds
        and len(words) >= 2
        and words[-2] == "police"
        and words[-1] in {"command", "department"}
    ):
        return True  # "the provincial police command" (an "office" may be the building)
    if "police" in kinds and _oversees_police(words):
        return False  # "the Bureau for the Investigation of Police Affairs" watches them
    return words[-1] in kinds or ("police" in kinds and "police" in words and _proper(name))


# police forces known by a name of their own
_POLICE_BY_NAME = {"carabineros": "CL", "carabinieri": "IT", "garda": "IE", "gardaí": "IE"}
# what a body that watches the police is called: "the Police Complaints Authority"
_OVERSIGHT_WORDS = {"complaints", "oversight", "conduct", "accountability", "standards"}


def _oversees_police(words: list[str]) -> bool:
    """A body whose name has the police only as what it deals with ("… for the
    Investigation of Police Affairs", "Inspectorate of Police", "the Police Complaints
    Authority"), not as what it is."""
    if "police" not in words:
        return False
    if set(words) & _OVERSIGHT_WORDS:
        return True
    return any(w in {"of", "for"} for w in words[: words.index("police")])


def _head_word(name: str) -> str:
    """A body's head noun, before any "of" ("the General Directorate of Migration")."""
    return name.casefold().split(" of ")[0].split()[-1]


_LINKING_WORDS = {"of", "the", "for", "and", "de", "du", "des", "da", "do"}


def _proper(name: str) -> bool:
    """A body's proper name: every word capitalised but the linking ones ("the National
    Police of Timor-Leste")."""
    return all(w[:1].isupper() for w in name.split() if w not in _LINKING_WORDS)


_WHOLE_FORCE = {"police", "force", "service", "authority"}  # ("the Police Authority")


def _army_named(registry: Registry, doc: Doc) -> bool:
    """Whether the report's own words name the army, as a body or through its parts ("the
    army chief"): not in a quotation, not as the one asked ("asked the army, the police"),
    not as dress ("men in army uniforms")."""
    for i in registry.with_lower({"army"}):
        token = doc[i]
        if registry.in_quote(token.idx) or token.idx < registry.headline_end:
            continue
        if not token.whitespace_ and i + 1 < len(doc) and doc[i + 1].text == "-":
            continue  # "army-aligned"
        if i + 1 < len(doc) and doc[i + 1].lemma_.lower() == "uniform":
            continue
        if token.head.lemma_.lower() in {"ask", "contact", "urge", "call", "approach"}:
            continue
        return True
    return False


_FORCE_HEADS = {"police", "forces", "army", "military", "gendarmerie", "guard", "troops"}


def _same_force_named_fuller(bare: Entity, bodies: list[Entity]) -> list[Entity]:
    """The force a capitalised name of several words names again in full: "Tunisian
    forces" in "Tunisian security forces", "Military police" in "the Rio de Janeiro state
    military police" (its words all in the longer name, which ends alike); "Indonesian
    police" beside "Papua police", the nation's force and its command in a province."""
    words = normalise_name(bare.name).split()
    named = {
        e.id: normalise_name(e.name).split()
        for e in bodies
        if e is not bare and e.mentions and e.org_kind in {"state", "security force"}
    }
    forces = [e for e in bodies if e.id in named and named[e.id][-1:] == words[-1:]]
    fuller = [e for e in forces if len(named[e.id]) > len(words) and set(words) <= set(named[e.id])]
    if fuller or len(words) != 2:
        return fuller
    nation = country_named(bare.name.split()[0])
    if nation is None:
        return []
    gazetteer = load_gazetteer()
    return [
        e
        for e in forces
        if len(e.name.split()) >= 2
        and country_named(e.name.split()[0]) is None
        and (place := gazetteer.resolve(" ".join(e.name.split()[:-1]))) is not None
        and place.kind != "country"
        and place.country == nation
    ]


# the body by name (not "taken to a gendarmerie", a post)
_GENDARMERIE = re.compile(r"(?<!\ba )(?<!\ban )\bgendarmerie\b", re.IGNORECASE)


_SECURITY_BODIES = {"service", "committee", "directorate", "agency", "department", "bureau"}


# one member of a force, named only as such: a person the report does not name
_ONE_OF_THE_FORCE = {
    "officer",
    "policeman",
    "policewoman",
    "soldier",
    "gunman",
    "agent",
    "militant",
}
_GUARDS = {"guard", "security guard", "prison guard"}
_ONE_MEMBER_WORDS = _ONE_OF_THE_FORCE | {"guard"}


def _one_member(entity: Entity) -> bool:
    """A "body" named by one of its members in the singular ("an officer", "the
    gunman", "a security guard"), never in the plural (not "the presidential guard" or
    "the coast guard", which are bodies)."""
    name = entity.name.casefold()
    return (
        entity.kind == "organisation"
        and name.islower()
        and (name in _GUARDS or name.split()[-1] in _ONE_OF_THE_FORCE)
        and all(m.text.casefold().split()[-1] in _ONE_MEMBER_WORDS for m in entity.mentions)
    )


def _replaced(ids: list[int], old: int, new: int) -> list[int]:
    result: list[int] = []
    for i in ids:
        i = new if i == old else i
        if i not in result:
            result.append(i)
    return result


@Language.factory("casetrail_roles")
class RoleComponent:
    """Collects roles in ``doc.user_data[ROLES_KEY]``."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        registry = Registry.of(doc)
        _merge_bare_forces(registry, doc)
        _generic_forces_in_words(registry, doc)
        for entity in registry.entities:
            if _one_member(entity):
                entity.silent = True  # "a security guard was injured": a person, no body
        words = actor_words()
        roles: dict[tuple[int, str], RoleMention] = {}

        def add(
            entity: Entity | None,
            role: str,
            act_id: int | None,
            evidence: Mention,
            confidence: float,
        ) -> None:
            if entity is None or not entity.is_participant or entity.kind == "place":
                return
            roles.setdefault(
                (entity.id, role), RoleMention(entity.id, role, act_id, evidence, confidence)
            )

        for act in acts_of(doc):
            for victim in act.victims:
                add(registry.get(victim), "victim", act.id, act.sentence, act.confidence)
            for perpetrator in act.perpetrators:
                add(registry.get(perpetrator), "perpetrator", act.id, act.sentence, act.confidence)
        for entity, mention in _described_as_victims(registry):
            add(entity, "victim", None, mention, 0.55)
        speakers = set()
        for claim in claims_of(doc):
            speakers.add(claim.speaker_id)
            add(registry.get(claim.speaker_id), "source", None, claim.sentence, claim.confidence)
        acting = {entity_id for entity_id, _ in roles}
        for entity in registry.entities:
            if not entity.mentions:
                continue
            if entity.id not in acting and (
                _only_in_passing(registry, entity) or _unkinded_in_passing(entity)
            ):
                entity.silent = True  # "critics of the Tajik government": named, takes no part
                continue
            first = entity.mentions[0]
            descriptors = set(entity.descriptors)
            if entity.org_kind in {"rights group", "international body"} or (
                descriptors & words.intervening_descriptors and entity.kind == "person"
            ):
                add(entity, "intervening party", None, first, 0.6)
            # state bodies, courts and office holders; security forces are judged by what
            # they do (perpetrator), not marked official for being armed, unless they
            # speak as the state ("the police said …")
            name_words = set(entity.name.casefold().split())
            armed = entity.org_kind == "security force" or bool(
                # ("the Supreme State Security Prosecution", "the Southern District Military
                # Court": they charge and try, no force)
                _ARMED_WORDS & name_words and not _CIVIL_OFFICES & name_words
            )
            if (entity.org_kind == "court" or _is_official(entity)) and (
                not armed or entity.id in speakers
            ):
                add(entity, "official", None, first, 0.5)
        doc.user_data[ROLES_KEY] = list(roles.values())
        return doc


# "the detained bishop Rodrigo Alvarado", "the detained men, Server Mustafayev, …",
# "jailed journalist X": what was done to a person, said in a participle before the name
_VICTIM_PARTICIPLES = {
    "detain",
    "arrest",
    "jail",
    "imprison",
    "abduct",
    "kidnap",
    "disappear",
    "murder",
    "kill",
    "slay",
    "torture",
    "deport",
    "convict",
    "sentence",
}


def _described_as_victims(registry: Registry) -> list[tuple[Entity, Mention]]:
    found = []
    for entity in registry.entities:
        if entity.kind != "person":
            continue
        for mention, span in zip(entity.mentions, registry.mention_spans(entity), strict=True):
            if span is None:
                continue
            root = first = span.root
            while first.dep_ == "conj" and first.head.i != first.i:
                first = first.head  # "…, Eskender Suleimanov and Ruslan Ametov"
            heads = [root, first]
            if first.dep_ == "appos":
                heads.append(first.head)  # "the detained men, Server Mustafayev, …"
            modifiers = [
                c
                for head in heads
                for c in head.children
                if c.dep_ in {"amod", "compound"} and c.i < head.i
            ]
            modifiers += [  # "the detained bishop Rodrigo Alvarado"
                c for m in modifiers if m.dep_ == "compound" for c in m.children if c.dep_ == "amod"
            ]
            if any(
                m.lemma_.lower() in _VICTIM_PARTICIPLES and m.tag_ in {"VBN", "JJ"}
                for m in modifiers
            ):
                found.append((entity, mention))
                break
    return found


def roles_of(doc: Doc) -> list[RoleMention]:
    return list(doc.user_data.get(ROLES_KEY, []))


def _accused_of_an_act(verb: Token) -> bool:
    """ "accusing X of abducting them": what X is accused of is one of the report's acts
    (not "of spreading false reports")."""
    if verb.lemma_.lower() not in {"accuse", "blame"}:
        return False
    cues = _one_word_cues()
    return any(
        t.lower_ in cues
        for p in children(verb, "prep")
        if p.lower_ in {"of", "for"}
        for t in p.subtree
    )


@lru_cache(maxsize=1)
def _one_word_cues() -> frozenset[str]:
    """Every spelling of the acts' one-word cues ("abduct", "abducting", "tortured")."""
    return frozenset(
        form
        for act in act_types().values()
        for cue in act.cues
        if " " not in cue
        for form in surface_forms(cue)
    )


# who speaks for a body: "a spokesman for the Sri Lankan police", "a representative of …"
_SPEAKS_FOR = {"spokesman", "spokeswoman", "spokesperson", "representative"}


_GENERIC_FORCES = {"security forces", "the security forces"}

# how many of a force came, or in what body: "hundreds of riot police", "a team of officers"
_HOW_MANY = {
    "dozens",
    "hundreds",
    "thousands",
    "scores",
    "dozen",
    "team",
    "squad",
    "group",
    "unit",
    "contingent",
    "detachment",
}


def _generic_forces_in_words(registry: Registry, doc: Doc) -> None:
    """ "the security forces had used the minimum force necessary", the ministry said: the
    generic forces named only inside the state's denials, in a report that names the
    forces that acted ("police", "gendarmes", "the army"), take no part of their own."""
    generic = [
        e
        for e in registry.entities
        if e.kind == "organisation" and e.name.casefold() in _GENERIC_FORCES and e.mentions
    ]
    if not generic:
        return
    named = any(
        e.kind == "organisation"
        and e.org_kind == "security force"
        and e.name.casefold() not in _GENERIC_FORCES
        and not e.silent
        for e in registry.entities
    )
    if not named:
        return
    # (the state's own account of its forces: what its denials say they did)
    contents = [(c.content.start, c.content.end) for c in claims_of(doc) if c.stance == "denial"]
    for entity in generic:
        if all(any(a <= m.start and m.end <= b for a, b in contents) for m in entity.mentions):
            entity.silent = True


def _only_as_owner(registry: Registry, entity: Entity) -> bool:
    """Every mention of the body is the possessive of another body's name."""
    spans = registry.mention_spans(entity)
    if not spans:
        return False
    for span in spans:
        if span is None:
            return False
        doc = span.doc
        if span[-1].text in {"'s", "’s"}:
            after = span.end  # (the model's span may hold the possessive)
        elif span.end < len(doc) and doc[span.end].text in {"'s", "’s"}:
            after = span.end + 1
        else:
            return False
        owned = registry.entity_of_token(doc[after]) if after < len(doc) else None
        if owned is None or owned is entity or owned.kind != "organisation":
            return False
    return True


def _unkinded_in_passing(entity: Entity) -> bool:
    """A group the report names once, by common nouns the rules give no kind ("rebels",
    "state agents", "a mob"), that no act or claim involves: background, no participant
    (an office or a force of a known kind is still judged as one)."""
    return (
        entity.kind == "organisation"
        and len(entity.mentions) == 1
        and entity.org_kind is None
        and entity.name[:1].islower()
        and not _is_official(entity)
    )


# what a body's people are called
_MEMBER_NOUNS = {"officer", "agent", "official", "personnel", "operative", "soldier", "guard"}
# what one body bids another do: "at the request of", "on the orders of"
_BIDDING = {"request", "order", "behest", "instruction", "command"}


def _only_in_passing(registry: Registry, entity: Entity) -> bool:
    """A body without a proper name ("the Tajik government", "security forces") that
    neither suffers, does nor says anything the rules found, and is never the subject or
    agent of a verb: the report names it in passing."""
    if entity.kind != "organisation":
        return False
    if not entity.name.split()[-1].islower():
        # "The Council of Europe's Commissioner for Human Rights said": named only as the
        # owner of the office that speaks
        return _only_as_owner(registry, entity)
    for span in registry.mention_spans(entity):
        if span is None:
            return False
        root = span.root
        while root.head.i != root.i and (
            root.dep_ == "compound"
            # ("Iranian intelligence officers summoned …": the parser may hang the
            # nationality on the officers)
            or (root.dep_ == "amod" and root.head.lemma_.lower() in _MEMBER_NOUNS)
        ):
            root = root.head  # "taken by police officers": the officers are the police
        if root.dep_ in {"nsubj", "nsubjpass"}:
            return False
        if root.dep_ == "pobj" and root.head.lower_ == "by" and root.head.head.lemma_ != "own":
            return False  # (but "companies owned by the armed forces": the owner does nothing)
        if (
            root.dep_ == "pobj"
            and root.head.lower_ == "of"
            and root.head.head.dep_ in {"nsubj", "nsubjpass"}
            and (root.head.head.like_num or root.head.head.lower_ in _HOW_MANY)
        ):
            return False  # "hundreds of riot police were sent", "a team of officers": sent
        if (
            root.dep_ == "pobj"
            and root.head.lower_ == "for"
            and root.head.head.lemma_.lower() in _SPEAKS_FOR
        ):
            return False  # "a spokesman for the Sri Lankan police, X, said": it speaks
        if root.dep_ == "dobj" and _accused_of_an_act(root.head):
            return False  # "accusing the security forces of abducting them": the accused
        if (
            root.dep_ == "pobj"
            and root.head.lower_ == "of"
            and root.head.head.lemma_.lower() in _BIDDING
        ):
            return False  # "deployed at the request of the state government": it asked
        if root.dep_ == "conj" and root.head.dep_ in {"nsubj", "nsubjpass", "pobj"}:
            return False
    return True
