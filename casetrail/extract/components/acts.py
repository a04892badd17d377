"""Act component: violation acts from the controlled vocabulary's cue words, with their
victims, perpetrators, date and place read off the dependency parse."""

from __future__ import annotations

import itertools
import re
from collections.abc import Collection
from typing import Any

from spacy.language import Language
from spacy.matcher import Matcher, PhraseMatcher
from spacy.tokens import Doc, Span, Token

from casetrail.extract.components.dates_component import dates_of
from casetrail.extract.components.registry import Registry, doc_text, span_text
from casetrail.extract.components.syntax import (
    MEN_WEAR,
    children,
    entity_for,
    force_name,
    inflections,
    organisation_named,
    unit_named_after,
)
from casetrail.extract.gazetteer import country_named, country_of_demonym
from casetrail.extract.results import ActMention, DateMention, Mention
from casetrail.extract.vocabulary import Frame, act_types, actor_words

ACTS_KEY = "casetrail_acts"
WEAK = ":weak"
# verbs whose grammatical subject suffers the act ("he died", "they went missing")
_SUBJECT_SUFFERS = {
    "die",
    "vanish",
    "disappear",
    "go",
    "confess",
    "apologise",
    "apologize",
    "remain",
    "spend",
    "serve",
    "be",
    "receive",
    "face",
    "flee",
    "appear",
}


def _sentenced_to_death(anchor: Token) -> bool:
    doc = anchor.doc
    after = doc[anchor.i + 1].lower_ if anchor.i + 1 < len(doc) else ""
    if anchor.lower_ == "death" and after in {"penalty", "sentence", "sentences", "row"}:
        return True
    return (
        anchor.lower_ == "death"
        and anchor.head.lower_ == "to"
        and (anchor.head.head.lemma_.lower() in {"sentence", "condemn"})
    )


_PEOPLE = {
    "man",
    "woman",
    "people",
    "person",
    "child",
    "boy",
    "girl",
    "son",
    "daughter",
    "family",
    "supporter",
    "protester",
    "dissident",
    "opponent",
}

_FUNCTION_WORDS = {
    "a",
    "an",
    "the",
    "to",
    "of",
    "in",
    "on",
    "at",
    "by",
    "his",
    "her",
    "their",
    "him",
    "them",
    "with",
    "for",
    "from",
    "into",
    "under",
    "be",
    "not",
    "no",
}


def _word_forms(word: str) -> list[str]:
    if word.lower() == "not":
        return ["not", "n't"]  # "don't know where", "weren't told"
    if word.lower() in _FUNCTION_WORDS:
        return [word.lower()]
    if "-" in word.strip("-"):  # "red-tag" → "red-tagged": inflect the last part
        stem, _, last = word.lower().rpartition("-")
        return sorted({f"{stem}-{form}" for form in inflections(last)})
    return sorted(inflections(word))


def surface_forms(cue: str) -> list[str]:
    """Every inflected spelling of a cue ("send back" → "sent back", "sends back" …), the
    cue as written first (long cues are cut at 400 spellings; the written one stays)."""
    options = [
        [word.lower(), *(f for f in _word_forms(word) if f != word.lower())] for word in cue.split()
    ]
    return [" ".join(words) for words in itertools.islice(itertools.product(*options), 400)]


def _fair_trial_promised(cue: Span, anchor: Token) -> bool:
    """An official's promise of a fair trial to come, no trial told."""
    if cue.text.lower() not in {"fair trial", "fair hearing"}:
        return False
    head = anchor.head
    if anchor.dep_ == "pobj" and head.lower_ == "of":
        return head.head.lemma_.lower() in {"guarantee", "assurance", "promise"}
    last = cue[-1]
    if last.dep_ == "compound" and last.head.lemma_.lower() in {"guarantee", "standard", "right"}:
        return True  # "called for fair trial guarantees to be respected"
    return anchor.dep_ == "dobj" and any(
        c.dep_ == "aux" and c.lower_ in {"would", "will", "'ll"} for c in head.children
    )


_SEEKING = frozenset({"call", "urge", "demand", "seek", "propose", "want"})


_LEARNERS = frozenset({"student", "pupil", "schoolgirl", "schoolboy", "girl", "boy", "learner"})
_SCHOOL_NOUNS = frozenset({"school", "college", "university", "class", "classes", "academy"})
# bodies one is a member of, and may be expelled from without leaving the country
_MEMBERSHIPS = frozenset(
    {"bar", "party", "union", "association", "parliament", "league", "federation", "club"}
)


def _expelled_from_school(anchor: Token) -> bool:
    """ "expelled 11 female students", "expelled from the university": a school's expulsion."""
    if anchor.lemma_.lower() != "expel" and not anchor.lower_.startswith("expel"):
        return False  # (a headline's "Expels" is read as a name, with no lemma)
    places = [
        o.lemma_.lower()
        for p in children(anchor, "prep")
        if p.lower_ in {"to", "from"}
        for o in children(p, "pobj")
    ]
    if any(noun in _SCHOOL_NOUNS | _MEMBERSHIPS for noun in places):
        return True  # "expelled from the university", "voted to expel him from the bar"
    if places:
        return False  # "expelled nine foreign students to Pakistan": out of the country
    if anchor.dep_ == "amod" and anchor.head.lemma_.lower() in _LEARNERS:
        return True  # "one of the expelled students"
    expelled = children(anchor, "dobj", "nsubjpass")
    if not expelled:
        # "Vietnamese Student Expelled, Arrested …": a headline's passive, read as active
        expelled = children(anchor, "nsubj")
    expelled += [  # "expelled three of the students"
        o
        for n in expelled
        if n.pos_ == "NUM"
        for p in children(n, "prep")
        for o in children(p, "pobj")
    ]
    if any(o.lemma_.lower() in _LEARNERS for o in expelled):
        return True
    following = anchor.doc[anchor.i + 1 : anchor.i + 4]
    if any(t.lower_.removesuffix("s") in _LEARNERS for t in following):
        return True  # "University Expels Students", a headline the parser reads as one name
    # who expels: "the university has expelled", "the rector signed a decree expelling"
    acting = anchor.head.head if anchor.dep_ == "acl" else anchor
    expellers = children(acting, "nsubj") + [
        o for a in children(acting, "agent") for o in children(a, "pobj")
    ]
    return any(e.lemma_.lower() in _SCHOOL_NOUNS | _SCHOOL_HEADS for e in expellers)


# who heads a school or university and expels from it
_SCHOOL_HEADS = {"rector", "dean", "principal", "headteacher", "headmaster", "headmistress"}


# what a ban may be on that is no speech or assembly: a trade, a use of land
_TRADES = {
    "grazing",
    "mining",
    "logging",
    "fishing",
    "hunting",
    "farming",
    "alcohol",
    "smoking",
    "charcoal",
    "burning",
}


def _ban_on_a_trade(anchor: Token) -> bool:
    """ "a ban on open grazing", "banned fishing in the lake": a rule on a trade."""
    if anchor.lemma_.lower() != "ban":
        return False
    banned = children(anchor, "dobj") + [
        o for p in children(anchor, "prep") if p.lower_ == "on" for o in children(p, "pobj")
    ]
    return any(b.lemma_.lower() in _TRADES or b.lower_ in _TRADES for b in banned)


def _ban_sought(anchor: Token) -> bool:
    """ "called for a ban on …", "urged a ban", "lifted a ban": a ban someone asks for or
    ends, not one imposed."""
    if anchor.lemma_.lower() != "ban" or anchor.pos_ != "NOUN":
        return False
    head = anchor.head
    if anchor.dep_ == "pobj" and head.lower_ == "for":
        head = head.head
    if anchor.dep_ == "dobj" and head.lemma_.lower() in {"lift", "scrap", "end", "overturn"}:
        return True  # "lifted a formal ban on headscarves in 2021": no ban now
    return anchor.dep_ in {"pobj", "dobj"} and head.lemma_.lower() in _SEEKING


def _pattern_reach(pattern: list[dict[str, Any]]) -> int:
    """The most tokens a Matcher pattern can span (a large number where it is unbounded)."""
    reach = 0
    for token in pattern:
        operator = str(token.get("OP", "!"))
        if operator in {"!", "?"}:
            reach += 1
        elif operator.startswith("{") and operator.endswith("}") and "," in operator:
            reach += int(operator[1:-1].split(",")[1] or 1_000_000)
        elif operator.startswith("{") and operator.endswith("}"):
            reach += int(operator[1:-1])
        else:  # "*", "+"
            reach += 1_000_000
    return reach


@Language.factory("casetrail_acts")
class ActComponent:
    """Finds acts in ``doc.user_data[ACTS_KEY]``."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name
        self.matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.split_matcher = Matcher(nlp.vocab)  # "set … on fire"
        # what a split pattern can start with, and its longest reach: the matcher tries
        # every pattern at every token, so it only reads the stretches after such words
        first_lemmas: set[str] = set()
        first_words: set[str] = set()
        self.split_reach = 0
        for act in act_types().values():
            forms = sorted({form for cue in act.cues for form in surface_forms(cue)})
            self.matcher.add(act.id, [nlp.make_doc(form) for form in forms])
            if act.weak_cues:
                weak = sorted({form for cue in act.weak_cues for form in surface_forms(cue)})
                self.matcher.add(f"{act.id}{WEAK}", [nlp.make_doc(form) for form in weak])
            # one pattern per verb for its one-word objects ("burn … homes / schools /
            # villages"): the matcher's cost grows with the number of wildcard patterns
            single: dict[str, list[str]] = {}
            tails: list[tuple[str, list[dict[str, Any]]]] = []
            for verb, rest in act.split_cues:
                if " " in rest:
                    tails.append((verb, [{"LOWER": word} for word in rest.split()]))
                else:
                    single.setdefault(verb, []).append(rest)
            tails += [(verb, [{"LOWER": {"IN": objects}}]) for verb, objects in single.items()]
            patterns: list[list[dict[str, Any]]] = [
                [{"LEMMA": verb, "POS": "VERB"}, {"IS_PUNCT": False, "OP": "{0,6}"}, *tail]
                for verb, tail in tails
            ]
            patterns += [
                [
                    *({"LOWER": word} for word in first.split()),
                    {"IS_PUNCT": False, "OP": "{0,3}"},
                    *({"LOWER": word} for word in then.split()),
                ]
                for first, then in act.gapped_cues
            ]
            if patterns:
                self.split_matcher.add(act.id, patterns, greedy="FIRST")
            for pattern in patterns:
                first = pattern[0]
                if "LEMMA" in first:
                    first_lemmas.add(str(first["LEMMA"]).lower())
                else:
                    first_words.add(str(first["LOWER"]))
                self.split_reach = max(self.split_reach, _pattern_reach(pattern))
        # frozen: the registry looks a constant set up by identity
        self.split_first_lemmas = frozenset(first_lemmas)
        self.split_first_words = frozenset(first_words)
        # frames by holder lemma, so one pass over the tokens serves every act type
        self.frames: dict[str, list[tuple[str, Frame]]] = {}
        for act in act_types().values():
            for frame in act.frames:
                for holder in frame.holders:
                    self.frames.setdefault(holder, []).append((act.id, frame))
        self.holders = frozenset(self.frames)

    def __call__(self, doc: Doc) -> Doc:
        registry = Registry.of(doc)
        _acting_forces(registry, doc)  # before the acts, whose perpetrators they may be
        dates = dates_of(doc)
        kinds = act_types()
        matches = self._best_matches(doc)
        acts: list[ActMention] = []
        seen: dict[tuple[str, int], ActMention] = {}
        for match_id, start, end in matches:
            act_id = doc.vocab.strings[match_id]
            weak = act_id.endswith(WEAK)
            act_id = act_id.removesuffix(WEAK)
            cue = doc[start:end]
            if registry.is_excluded(cue.start_char, cue.end_char):
                continue
            named = registry.entity_of_token(cue.root)
            if named is not None and cue.root.is_title:
                continue  # "the Assistance Association for Political Prisoners" names a
                # body, "the Nur Shams refugee camp" a place ("shams" is no sham trial)
            if (
                cue.root.is_title
                and start >= 2
                and doc[start - 1].lower_ in {"against", "on"}
                and doc[start - 2].lower_ in {"convention", "committee", "covenant", "protocol"}
            ):
                continue  # "the Convention against Torture": a treaty's name
            if (
                start >= 2
                and doc[start - 1].text == "-"
                and doc[start - 2].lower_ in {"anti", "non"}
            ):
                continue  # "the anti-torture committee", "the non-discrimination ombudsman"
            if act_id == "forced_return" and _expelled_from_school(cue.root):
                continue  # "expelled 11 students": from a college, not from the country
            if act_id == "fabricated_charges" and _planted_a_crop(cue.root):
                continue  # "the cassava we planted": a field, no evidence planted
            if act_id == "forced_return" and _handed_to_officers(cue):
                continue  # "handed over to officers of the Investigative Committee"
            if (
                act_id == "forced_return"
                and len(cue) == 1
                and cue.root.dep_ == "compound"
                and cue.root.head.lemma_.lower() in _HOLDING_PLACES
            ):
                continue  # "held at the Talha deportation centre": where they wait
            anchor = cue.root
            if (
                act_id == "denial_of_information"
                and cue.text.lower().endswith("record")
                and any(
                    t.lemma_.lower() in {"complaint", "report", "allegation"}
                    for t in doc[cue.end : cue.end + 4]
                )
            ):
                continue  # "no record of the complaints": of what was reported, not of a
                # detainee
            if act_id == "denial_of_information" and _whereabouts_sought(anchor):
                continue  # "questioned her mother about her whereabouts": they seek her
            if self._feared(anchor) or (act_id != "threat" and _only_foreseen(anchor)):
                continue  # "warned he faced torture", "at risk of deportation", "if he is
                # sent back he will be tortured": not an act yet
            if act_id in {"abduction_disappearance", "denial_of_information"} and any(
                c.lemma_.lower() in {"trial", "hearing", "proceeding", "session"}
                for c in children(anchor, "nsubjpass", "nsubj")
            ):
                continue  # "the trial was held in secret": a closed trial, told by its own cue
            if act_id == "arbitrary_detention" and any(
                c.lemma_.lower() in _EVENTS_HELD for c in children(anchor, "nsubjpass")
            ):
                continue  # "a vigil was held for three days": an event, no one detained
            if (
                act_id == "killing"
                and anchor.tag_ in {"VBZ", "VBP"}
                and any(c.dep_ == "mark" and c.lower_ in _NOT_YET for c in anchor.children)
            ):
                continue  # "to see the land where he was born before he dies": not yet
            if act_id == "killing" and _sent_to_die(anchor):
                continue  # "sent more of its sons to die", "taking our sons to die": a fear
            if act_id == "killing" and any(
                c.dep_ == "aux" and c.lower_ in {"will", "'ll"} for c in anchor.children
            ):
                continue  # "if we do not pay they will kill them": a threat, no death yet
            if act_id == "killing" and cue.start > 0 and doc[cue.start - 1].lower_ == "attempted":
                continue  # "a case for hooliganism rather than attempted murder": no death
            if act_id in _DONE_OR_NOT and _only_attempted(anchor):
                continue  # "accused the service of trying to kill him": no one died
            if (
                act_id == "arbitrary_detention"
                and anchor.lemma_.lower() == "arrest"
                and anchor.head.lemma_.lower() in {"resist", "evade", "escape", "avoid"}
            ):
                continue  # "had resisted arrest with a firearm": no one was held
            if act_id == "killing" and weak and _shot_in_a_limb(anchor):
                continue  # "was shot in the leg": wounded, not killed
            if act_id == "killing" and _killed_by_accident(anchor):
                continue  # "a furnace explosion killed six workers": an industrial accident
            if act_id == "killing" and _died_of_disease(anchor):
                continue  # "60 people had died of cholera": an epidemic, not a killing
            if act_id == "killing" and weak and _sentenced_to_death(anchor):
                continue  # "the death penalty", "sentenced to death": a sentence, not a killing
            if self._negated(anchor) and not any(
                t.dep_ == "neg" or t.lower_ in {"no", "not", "never"} for t in cue
            ):
                continue  # "was not tortured" (but "not allowed to see" is the cue itself)
            sentence = anchor.sent
            if act_id == "denial_of_information" and _the_state_not_notified(cue):
                continue  # "the organisers had not notified the police of the route"
            if act_id == "denial_of_counsel" and _lawyers_plea_refused(anchor):
                continue  # "refused requests from his lawyers … to halt the execution"
            if act_id == "denial_of_counsel" and _case_material_unseen(cue):
                continue  # "secret material his lawyer has not been allowed to see"
            if act_id == "denial_of_counsel" and _kin_kept_away(cue):
                act_id = "denial_of_information"  # "We have not been allowed to see him"
            if act_id == "denial_of_counsel":
                victims, perpetrators = self._counsel_participants(registry, cue)
            else:
                victims, perpetrators = self._participants(registry, anchor)
            if weak and any(o.lemma_.lower() in _POWER_HELD for o in children(anchor, "dobj")):
                continue  # "the junta, which seized power in July 2023": no one was taken
            if weak and not victims and not self._people_suffer(anchor):
                continue  # "seized their laptops" is no abduction
            if weak and anchor.lemma_.lower() == "hold" and _holds_a_thing(anchor):
                continue  # "a ban on holding public office", "held a rally": no one held
            if (
                weak
                and act_id == "abduction_disappearance"
                and _by_police_openly(registry, perpetrators)
            ):
                act_id = "arbitrary_detention"  # "picked up at his home by officers": an arrest
            if act_id == "arbitrary_detention" and self._suspects_held(anchor):
                continue  # "police detained two suspects" in the killing: no violation
            if act_id == "unfair_trial" and any(
                c.dep_ == "mark" and c.lower_ in {"if", "unless"} for c in anchor.children
            ):
                continue  # "faces up to three years in prison if convicted": not yet tried
            if act_id == "restriction_of_expression" and _ban_sought(anchor):
                continue  # "called for a ban on isolating children": a demand, no ban
            if act_id == "restriction_of_expression" and _ban_on_a_trade(anchor):
                continue  # "a ban on open grazing": a rule on land or trade, not on speech
            if act_id == "unfair_trial" and _fair_trial_promised(cue, anchor):
                continue  # "would receive "a fair trial"", "guarantees of a fair trial"
            if (
                act_id == "unfair_trial"
                and anchor.lemma_.lower() == "fine"
                and any(
                    s.lemma_.lower() in actor_words().force_nouns for s in children(anchor, "nsubj")
                )
            ):
                continue  # "officers had also fined women for …": a penalty on the spot
            if (
                act_id == "threat"
                and cue.text.lower() == "followed by"
                and any(
                    t.lower_ in {"million", "millions", "thousand", "thousands", "hundreds", "than"}
                    for t in doc[end : end + 5]
                )
            ):
                continue  # "sketches followed by more than a million people": an audience
            if act_id == "destruction_of_property" and any(
                c.lemma_.lower() in _WORDS_NOT_THINGS for c in children(anchor, "dobj")
            ):
                continue  # "the video destroys the police version": an account undone
            if act_id == "forced_return" and any(
                c.lemma_.lower() in _REMAINS for c in children(anchor, "dobj", "nsubjpass")
            ):
                continue  # "arranging to repatriate his body": the dead brought home
            if act_id in {"unfair_trial", "arbitrary_detention"} and any(
                c.lemma_.lower() in _CULPRITS for c in children(anchor, "nsubjpass", "dobj")
            ):
                continue  # "no officer had been convicted", "the guard … had been arrested":
                # the culprits' trial or arrest, no violation
            if act_id == "threat" and cue.start > 0 and doc[cue.start - 1].lower_ == "judicial":
                continue  # "judicial harassment": prosecutions, told by their own cue
            if act_id == "threat" and _threat_to_order(anchor):
                continue  # "treat every post as a threat to national security"
            if (
                act_id == "threat"
                and len(cue) > 1
                and cue[0].lower_ == "would"
                and cue[1].lemma_.lower() in _HARM_THREATENED
                and not _conditional(cue)
            ):
                continue  # "in Syria they would kill him": a fear, not a threat made
            key = (act_id, sentence.start)
            if key in seen:  # one act of a type per sentence: merge what the cues found
                act = seen[key]
                act.victims += [v for v in victims if v not in act.victims]
                act.perpetrators += [p for p in perpetrators if p not in act.perpetrators]
                continue
            act = ActMention(
                id=len(acts) + 1,
                act_type=act_id,
                label=kinds[act_id].label,
                cue=Mention(cue.start_char, cue.end_char, cue.text),
                sentence=Mention(sentence.start_char, sentence.end_char, span_text(sentence)),
                date=self._date(anchor, sentence, dates),
                place_id=self._place(registry, anchor, sentence),
                victims=victims,
                perpetrators=perpetrators,
            )
            seen[key] = act
            acts.append(act)
        if not any(a.act_type == "restriction_of_expression" for a in acts):
            punished = _speech_punished(registry, doc, acts) or self._speech_prosecuted(
                registry, doc, dates
            )
            if punished is not None:
                punished.id = len(acts) + 1
                acts.append(punished)
        for act in acts:  # after merging: what the act's cues found together
            act.confidence = round(
                0.55
                + 0.2 * bool(act.victims)
                + 0.1 * bool(act.perpetrators)
                + 0.1 * bool(act.date),
                2,
            )
        doc.user_data[ACTS_KEY] = acts
        return doc

    def _speech_prosecuted(
        self, registry: Registry, doc: Doc, dates: list[DateMention]
    ) -> ActMention | None:
        """ "charged under the Sedition Act over a cartoon", "questioned over his posts":
        a prosecution whose reason is speech restricts expression, though no detention or
        sentence is told."""
        text = doc_text(doc)
        if not _SPEECH_WORD.search(text):
            return None
        for found in _FOR_SPEECH.finditer(text):
            if registry.in_quote(found.start()) or registry.is_excluded(*found.span()):
                continue
            cue = doc.char_span(*found.span(), alignment_mode="expand")
            if cue is None:
                continue
            sentence = cue.sent
            verb = next(
                (
                    t
                    for t in doc[sentence.start : cue.start]
                    if t.pos_ == "VERB" and t.lemma_.lower() in _PROSECUTING
                ),
                None,
            )
            if verb is None or _DEMAND_BEFORE.search(text[sentence.start_char : found.start()]):
                continue
            victims, perpetrators = self._participants(registry, verb)
            return ActMention(
                id=0,
                act_type="restriction_of_expression",
                label=act_types()["restriction_of_expression"].label,
                cue=Mention(found.start(), found.end(), found.group()),
                sentence=Mention(sentence.start_char, sentence.end_char, span_text(sentence)),
                date=self._date(verb, sentence, dates),
                place_id=self._place(registry, verb, sentence),
                victims=victims,
                perpetrators=perpetrators,
            )
        return None

    def _frame_matches(self, doc: Doc) -> list[tuple[int, int, int]]:
        """Acts told by a frame: a holder ("lawyers") under a barring verb within three
        steps up the parse, under a negated verb, or under "tell" that someone refused."""
        found: list[tuple[int, int, int]] = []
        # (the holders are found through the registry's lemma index, not a walk over
        # every token of the report)
        for i in Registry.of(doc).with_lemma(self.holders):
            token = doc[i]
            if token.pos_ != "NOUN":
                continue
            for act_id, frame in self.frames.get(token.lemma_.lower(), []):
                verb = self._framing_verb(token, frame)
                if (
                    verb is not None
                    and verb.lemma_.lower() == "call"
                    and any(c.lower_ == "for" for c in children(verb, "prep"))
                ):
                    continue  # "my father never called for violence": a demand, no call
                if verb is not None and not any(
                    t.lemma_.lower() in frame.unless for t in verb.subtree
                ):
                    negation = [c.i for c in verb.children if c.dep_ == "neg"]
                    start = min([verb.i, *negation])
                    found.append(
                        (doc.vocab.strings.add(act_id), start, max([verb.i, *negation]) + 1)
                    )
        return found

    @staticmethod
    def _framing_verb(holder: Token, frame: Frame) -> Token | None:
        for word in children(holder, "amod"):
            if word.tag_ == "VBN" and word.lemma_.lower() in frame.predicates:
                return word  # "a fabricated spy scandal", "planted evidence"
        # "the case, which groups say was fabricated": the verb hangs below the holder
        for clause in holder.children:
            if clause.dep_ not in {"relcl", "acl"}:
                continue
            for token in clause.subtree:
                # "a charge their lawyer said was fabricated" (often tagged an adjective)
                if token.lemma_.lower() in frame.predicates and token.pos_ in {"VERB", "ADJ"}:
                    return token
        if holder.dep_ == "nsubj" and holder.head.lemma_ == "be":
            # "the charge was "a fabrication"": the holder is what the noun says it is
            for attribute in children(holder.head, "attr"):
                if attribute.lemma_.lower() in frame.predicates:
                    return attribute
        if holder.dep_ == "dobj" and not (
            holder.lemma_.lower() == "accusation" and _state_answers(holder.head)
        ):
            # "dismissed the accusations as "pure invention"": what the charge is called
            # (but an armed force's spokesman "rejected the accusations as fabrications":
            # the accused answering the report's allegations)
            for prep in [*children(holder.head, "prep"), *children(holder, "prep")]:
                if prep.lower_ == "as":
                    for word in prep.subtree:
                        if word.lemma_.lower() in frame.predicates and word.pos_ != "AUX":
                            return word
        doc = holder.doc
        for speech in doc[holder.i + 1 : min(holder.i + 9, len(doc))]:
            # "a charge their lawyer said was fabricated": a reduced relative clause the
            # parser seldom sees; the speech verb's clause has no subject of its own
            if speech.is_punct and speech.text != ",":
                break
            if speech.lemma_.lower() not in {"say", "claim", "allege"}:
                continue
            for clause in speech.children:
                if (
                    clause.dep_ == "ccomp"
                    and clause.lemma_.lower() in frame.predicates
                    and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in clause.children)
                ):
                    return clause
            break
        child, ancestor = holder, holder.head
        for _ in range(3):
            if ancestor.i == child.i:
                return None
            lemma = ancestor.lemma_.lower()
            if ancestor.pos_ in {"VERB", "NOUN"}:
                if lemma in frame.predicates and not (
                    child.i == holder.i and holder.dep_ == "nsubj"  # "the lawyer denied …"
                ):
                    return ancestor
                if lemma in frame.negated and (
                    any(c.dep_ == "neg" for c in ancestor.children)
                    # "held without being allowed to call his family"
                    or (ancestor.dep_ == "pcomp" and ancestor.head.lower_ == "without")
                ):
                    return ancestor
                if lemma in frame.refused and ancestor.head.lemma_.lower() in {
                    "refuse",
                    "decline",
                }:
                    return ancestor.head
            child, ancestor = ancestor, ancestor.head
        return None

    def _split_matches(self, doc: Doc) -> list[tuple[int, int, int]]:
        """The split matcher's matches, read only in the stretches that begin with a word
        a split pattern starts with (the same matches as over the whole report: each lies
        within its start's reach, and overlapping ones share a stretch)."""
        registry = Registry.of(doc)
        starts = sorted(
            {
                *registry.with_lemma(self.split_first_lemmas),
                *registry.with_lower(self.split_first_words),
            }
        )
        stretches: list[list[int]] = []
        for start in starts:
            end = min(start + self.split_reach, len(doc))
            if stretches and start <= stretches[-1][1]:
                stretches[-1][1] = max(stretches[-1][1], end)
            else:
                stretches.append([start, end])
        return [
            (key, start + offset, start + end)
            for start, stop in stretches
            for key, offset, end in self.split_matcher(doc[start:stop])
        ]

    def _best_matches(self, doc: Doc) -> list[tuple[int, int, int]]:
        """Per act type, drop cues contained in a longer cue of the same type."""
        raw = sorted(
            [*self.matcher(doc), *self._split_matches(doc), *self._frame_matches(doc)],
            key=lambda m: (m[1], -(m[2] - m[1])),
        )
        kept: list[tuple[int, int, int]] = []
        for match in raw:
            if any(k[0] == match[0] and k[1] <= match[1] and match[2] <= k[2] for k in kept):
                continue
            kept.append(match)
        return kept

    @staticmethod
    def _suspects_held(anchor: Token) -> bool:
        held = [c for c in anchor.children if c.dep_ in {"dobj", "nsubjpass"}]
        if (
            held
            and all(c.pos_ == "NOUN" and children(c, "nummod") for c in held)
            and any(
                p.lower_ in {"over", "for"} and o.lemma_.lower() in _CRIMES_OF_OTHERS
                for p in children(anchor, "prep")
                for o in children(p, "pobj")
            )
        ):
            # "five men had been arrested over the two killings": unnamed culprits (not
            # "the activist was arrested over the killing", whom a report names)
            return True
        if any(
            c.dep_ == "poss" and c.lower_.rstrip("s") in _CULPRITS for c in anchor.children
        ):  # (a possessive plural keeps its "s" as lemma: "killers'")
            return True  # "the killers' arrest was a first step"
        if not held and anchor.dep_ == "conj":  # "the suspect … had a record and had been
            held = children(anchor.head, "nsubj", "nsubjpass")  # detained"
        # "two suspects", "a 34-year-old man suspected of the attack"
        return bool(held) and all(
            c.lemma_.lower() == "suspect"
            or (
                # "a man suspected of the attack", "suspected members of a drug gang"
                c.lemma_.lower()
                in {"man", "woman", "member", "men", "women", "people", "person", "informant"}
                and any(
                    a.lemma_.lower() in {"suspect", "suspected"} and a.tag_ in {"VBN", "JJ"}
                    for a in c.children
                )
            )
            for c in held
        )

    @staticmethod
    def _feared(anchor: Token) -> bool:
        if anchor.pos_ == "VERB" and any(
            c.dep_ == "aux" and c.lower_ in {"could", "might", "may"} for c in anchor.children
        ):
            return True  # "they could arrest me at any time": a possibility, not an act
        head = anchor.head
        if (
            anchor.dep_ == "pobj"
            and head.lower_ == "with"
            and head.head.lemma_.lower() in {"threaten", "warn"}
        ):
            return True  # "threatened with arrest if they reported it": the threat itself
        if head.lemma_.lower() in {"fear", "risk"} and anchor.dep_ in {"xcomp", "ccomp", "dobj"}:
            return True  # "she feared being killed": a fear, not an act
        if anchor.dep_ == "compound" and head.lemma_.lower() in {"warning", "fear", "risk"}:
            return True  # "torture warnings"
        if (
            anchor.dep_ == "pobj"
            and head.lower_ == "of"
            and head.head.lemma_.lower()
            in {
                "fear",
                "warning",
            }
        ):
            return True  # "fears of torture"
        if anchor.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() == "risk":
            return True
        if anchor.dep_ != "dobj":
            return False
        lemma = head.lemma_.lower()
        if lemma in {"risk", "fear"}:
            return True
        return (
            lemma == "face"
            and head.head.lemma_.lower() in {"warn", "fear", "say"}
            and (
                head.head.lemma_.lower() != "say" or any(c.lower_ == "would" for c in head.children)
            )
        )

    @staticmethod
    def _people_suffer(anchor: Token) -> bool:
        """A weak cue about people the text does not name: "their missing sons", "members
        of the party had disappeared", "seized three men"."""
        nouns = actor_words().person_nouns | _PEOPLE
        if anchor.dep_ == "amod" and anchor.head.lemma_.lower() in nouns:
            return True
        if (
            anchor.dep_ == "relcl"
            and anchor.head.lemma_.lower() in nouns
            and not any(c.dep_ == "dobj" for c in anchor.children)
            and any(c.lower_ in {"who", "that"} and c.dep_ == "nsubj" for c in anchor.children)
        ):
            return True  # "an activist who disappeared from a detention centre"
        forces = actor_words().force_nouns
        verbs = [anchor, anchor.head] if anchor.dep_ == "conj" else [anchor]  # "died or vanished"
        for verb in verbs:
            transitive = any(c.dep_ == "dobj" for c in verb.children)
            for c in verb.children:
                lemma = c.lemma_.lower()
                if lemma not in nouns or _head_of_livestock(c):
                    continue
                if c.dep_ in {"nsubjpass", "dobj"}:
                    return True
                # the subject suffers only an intransitive act ("members … disappeared",
                # "two men died"), and officers who seized laptops suffer nothing
                if (
                    c.dep_ == "nsubj"
                    and not transitive
                    and (c.lower_ == "men" or c.lower_ not in forces)
                ):
                    return True
        return False

    @staticmethod
    def _negated(anchor: Token) -> bool:
        if anchor.pos_ == "NOUN":  # "no arrests had been made"
            return any(c.dep_ == "det" and c.lower_ == "no" for c in anchor.children)
        if _infinitive_of(anchor, _INTENDING):
            return True  # "police were working … to arrest them", "vowed to arrest those
            # responsible": an arrest meant, not made
        return anchor.pos_ == "VERB" and any(
            c.dep_ == "neg"
            or (c.dep_ == "advmod" and c.lower_ in {"rarely", "seldom"})
            # "no one had been convicted for the deaths": impunity, no trial told (but "no
            # one was targeted", an act denied, is still an act the report tells of)
            or (
                c.dep_ in {"nsubj", "nsubjpass"}
                and anchor.lemma_.lower() in _CULPRITS_FATE
                and (
                    c.lower_ in {"nobody", "none"}
                    or any(d.lower_ == "no" for d in children(c, "det"))
                )
            )
            for c in anchor.children
        )  # "slaveholders were rarely convicted": no such act told

    @staticmethod
    def _counsel_participants(registry: Registry, cue: Span) -> tuple[list[int], list[int]]:
        """ "The lawyer was not allowed to see her": the detainee is whom counsel could not
        see; the lawyer is not a victim here."""
        victims: list[int] = []
        for token in cue.root.subtree:
            if token.lemma_.lower() in {"see", "meet", "visit", "contact", "represent"}:
                for obj in children(token, "dobj"):
                    for entity in entity_for(registry, obj, create_forces=False):
                        if entity.kind == "person" and entity.id not in victims:
                            victims.append(entity.id)
        perpetrators: list[int] = []
        verb = cue.root
        while not children(verb, "nsubj") and verb.dep_ == "conj" and verb.head.i != verb.i:
            verb = verb.head
        for subject in children(verb, "nsubj"):
            for entity in entity_for(registry, subject):
                if entity.kind == "organisation" and entity.id not in perpetrators:
                    perpetrators.append(entity.id)
        return victims, perpetrators

    def _participants(self, registry: Registry, anchor: Token) -> tuple[list[int], list[int]]:
        victims: list[int] = []
        perpetrators: list[int] = []

        # a headline's words name no new actor ("Indian Authorities Demolish …"): its doers
        # are the ones the text names
        in_text = anchor.idx >= registry.headline_end

        def add(target: list[int], tokens: list[Token]) -> None:
            for token in [_members_of_group(t) for t in tokens]:
                creating = target is perpetrators and in_text
                for entity in entity_for(registry, token, create_forces=creating):
                    if entity.id not in target and entity.kind != "place":
                        target.append(entity.id)

        verb = anchor
        doers_named = anchor.lower_ in actor_words().force_nouns  # "men in plain clothes"
        if anchor.pos_ in {"VERB", "AUX"}:
            subject_verb = verb
            while (
                not children(subject_verb, "nsubj", "nsubjpass")
                and subject_verb.dep_ in {"conj", "xcomp", "advcl"}
                and subject_verb.head.i != subject_verb.i
            ):
                subject_verb = subject_verb.head
            add(victims, children(subject_verb, "nsubjpass"))
            add(victims, children(verb, "dobj"))
            subjects = children(subject_verb, "nsubj")
            if verb.lemma_.lower() in _SUBJECT_SUFFERS or not children(verb, "dobj"):
                if verb.lemma_.lower() in _SUBJECT_SUFFERS:
                    add(victims, subjects)
                else:
                    add(perpetrators, [s for s in subjects if s.lower_ not in {"who", "that"}])
            else:
                add(perpetrators, subjects)
            # coordinated passives share their agent: "arrested and tortured by police"
            agents = children(verb, "agent") or [
                agent
                for other in verb.conjuncts
                if other.pos_ == "VERB"
                for agent in children(other, "agent")
            ]
            for agent in agents:
                add(perpetrators, children(agent, "pobj"))
            if verb.dep_ == "relcl" and not victims:
                add(victims, [verb.head])
            if verb.dep_ == "acl" and not children(verb, "nsubj", "nsubjpass", "mark"):
                # a reduced relative: the noun it hangs on does or suffers the deed
                if verb.tag_ == "VBG" and not perpetrators:
                    add(perpetrators, [verb.head])  # "videos showing riot police beating …"
                elif verb.tag_ == "VBN" and not victims:
                    add(victims, [verb.head])  # "the activists detained on Monday"
        elif (
            anchor.dep_ == "pobj" and anchor.head.dep_ == "prep" and anchor.head.head.pos_ == "VERB"
        ):
            # "took A, B and C into custody", "held them in detention"
            verb = anchor.head.head
            add(victims, children(verb, "dobj", "nsubjpass"))
            add(perpetrators, children(verb, "nsubj"))
            for agent in children(verb, "agent"):
                add(perpetrators, children(agent, "pobj"))
        elif doers_named and anchor.dep_ == "pobj" and anchor.head.dep_ == "agent":
            # the cue names the doers: "taken from his car by men in plain clothes"
            verb = anchor.head.head
            add(victims, children(verb, "nsubjpass", "dobj"))
            add(perpetrators, [anchor])
        elif doers_named and anchor.dep_ == "nsubj" and anchor.head.pos_ == "VERB":
            # "men in plain clothes bundled him into a car"
            add(victims, children(anchor.head, "dobj"))
            add(perpetrators, [anchor])
        elif doers_named and (
            doing := [
                c
                for doer in [anchor, *_worn_by(anchor)]
                for c in doer.children
                if c.dep_ == "acl" and c.tag_ == "VBG"
            ]
        ):
            # "footage showed men in plain clothes pushing teachers into cars"
            add(victims, children(doing[0], "dobj"))
            add(perpetrators, [anchor])
        else:  # a noun cue: "the arrest of X", "X's detention", "torture by police"
            for prep in children(anchor, "prep"):
                objects = children(prep, "pobj")
                if prep.lower_ in {"of", "against"}:
                    add(victims, objects)
                elif prep.lower_ == "by":
                    add(perpetrators, objects)
            add(victims, children(anchor, "poss"))
        return victims, [p for p in perpetrators if p not in victims]

    @staticmethod
    def _date(anchor: Token, sentence: Span, dates: list[DateMention]) -> DateMention | None:
        inside = [d for d in dates if sentence.start_char <= d.start < sentence.end_char]
        if not inside:
            return None
        subtree = list(anchor.subtree) if anchor.pos_ == "VERB" else list(anchor.head.subtree)
        lo = min(t.idx for t in subtree)
        hi = max(t.idx + len(t) for t in subtree)
        attached = [d for d in inside if lo <= d.start and d.end <= hi]
        pool = attached or inside
        return min(pool, key=lambda d: abs(d.start - anchor.idx))

    @staticmethod
    def _place(registry: Registry, anchor: Token, sentence: Span) -> int | None:
        candidates: list[tuple[int, int]] = []
        for i in range(sentence.start, sentence.end):
            entity = registry.get(registry.token_entity.get(i))
            if entity is not None and entity.kind == "place":
                candidates.append((abs(i - anchor.i), entity.id))
        return min(candidates)[1] if candidates else None


# security forces named by their body alone: "soldiers", "the army", "guards"
_FORCE_BODIES = {
    "police",
    "policemen",
    "soldiers",
    "army",
    "military",
    "troops",
    "guards",
    "gendarmes",
    "gendarmerie",
    "militia",
    "militiamen",
    "paramilitaries",
    "gunmen",
    "commandos",
    "servicemen",
}
# armed people who are not the state's: named by what they are, never its voice
_NON_STATE_BODIES = {"mob", "separatists", "rebels", "insurgents", "militants"}
_ACTORS = frozenset(_FORCE_BODIES | _NON_STATE_BODIES | {"men"})
# what makes men nobody names into attackers a report tells of: "masked men", "unidentified
# men", "men in plain clothes", "two men on a motorcycle"
_ATTACKERS_MARKS = {
    "armed",
    "masked",
    "hooded",
    "unidentified",
    "unknown",
    "hired",
    "uniformed",
    "plainclothes",
    "plain-clothes",
}
_ATTACKERS_RIDE = {"motorcycle", "motorcycles", "motorbike", "motorbikes"}


def _worn_by(men: Token) -> list[Token]:
    """What men are dressed in or ride ("men in plain clothes"), wherever the parser hung
    the "in" (on the men or on the verb after them)."""
    following = men.doc[men.i + 1] if men.i + 1 < len(men.doc) else None
    preps = [*children(men, "prep"), *([following] if following is not None else [])]
    return [
        obj
        for prep in preps
        if prep.dep_ == "prep"
        for obj in children(prep, "pobj")
        if (prep.lower_ == "in" and obj.lower_ in MEN_WEAR)
        or (prep.lower_ == "on" and obj.lower_ in _ATTACKERS_RIDE)
    ]


def _unnamed_attackers(men: Token) -> bool:
    """Men the report cannot name but marks as the doers ("masked men", "men in plain
    clothes", "two men on a motorcycle"); bare "men" may be anyone."""
    if any(c.dep_ == "amod" and c.lower_ in _ATTACKERS_MARKS for c in men.children):
        return True
    return bool(_worn_by(men))


def _state_answers(verb: Token) -> bool:
    """Whether the subject of ``verb`` speaks for the state or its forces: "An RSF
    spokesman, Mustafa Ibrahim, rejected …" (the body in the subject's own words)."""
    registry = Registry.of(verb.doc)
    return any(
        (body := registry.entity_of_token(t)) is not None
        and body.kind == "organisation"
        and body.org_kind in {"state", "security force"}
        for subject in children(verb, "nsubj")
        for t in subject.subtree
    )


def _acting_forces(registry: Registry, doc: Doc) -> None:
    """A security force that does something in the report is a participant even where no
    act cue names the deed: "soldiers surrounded the building", "safe houses run by the
    military", "guards have refused to give him his medicine"."""
    for i in registry.with_lower(_ACTORS):
        token = doc[i]
        lower = token.lower_
        if token.idx < registry.headline_end:
            continue  # a headline's words name no new actor
        if registry.is_excluded(token.idx, token.idx + 1):
            continue
        acting = (
            (token.dep_ == "nsubj" and token.head.pos_ == "VERB")
            # "MONTEVIDEO — Guards at … beat …", parsed as the dateline's apposition
            or (
                token.dep_ == "appos"
                and token.head.dep_ == "nsubj"
                and token.head.head.pos_ == "VERB"
                and registry.is_excluded(token.head.idx, token.head.idx + 1)
            )
            or (token.dep_ == "pobj" and token.head.dep_ == "agent")
            # "footage showed men in plain clothes pushing teachers into cars"
            or any(
                c.dep_ == "acl" and c.tag_ == "VBG"
                for doer in [token, *(_worn_by(token) if lower == "men" else [])]
                for c in doer.children
            )
        )
        if not acting:
            continue
        if lower == "men":
            if _unnamed_attackers(token):
                entity_for(registry, token)
        elif lower in _FORCE_BODIES:
            entity_for(registry, token)
        elif registry.entity_of_token(token) is None:
            name = force_name(token)  # "armed separatists", "a mob"
            known = unit_named_after(registry, token, {"of", "from"}) or organisation_named(
                registry, name
            )
            entity = known or registry.new_entity("organisation", name, confidence=0.55)
            registry.add_mention(entity, doc[token.i : token.i + 1])


# what someone said, wrote or showed, given as the reason for what was done to them
_SPEECH_NOUNS = (
    r"(?:posts?|videos?|reports?|reporting|articles?|tweets?|broadcasts?|interviews?|songs?|"
    r"poems?|books?|stor(?:y|ies)|investigations?|comments|criticism|speech(?:es)?|sermons?|"
    r"cartoons?|podcasts?|documentar(?:y|ies)|films?|remarks|statements|slogans?|fakes|"
    r"messages?|jokes?|"
    r"performances?|coverage|t-shirts?|banners?|placards?|flags?|marches|march|protests?|"
    r"rall(?:y|ies)|demonstrations?|sit-ins?)"
)
# a detainee's protest against being held: "hunger strikes to protest against being held
# without trial" tells why he protests, not why he was held
_OWN_DETENTION_PROTESTED = (
    r"(?!protest\s+(?:at|against|over)\s+(?:being|his|her|their)\s+(?:held|detained|"
    r"detention|arrest|conviction|imprisonment|jailing|sentence|treatment)\b)"
)
_FOR_SPEECH = re.compile(
    r"\b(?:(?:over|for|because of|in retaliation for|in connection with)\s+"
    r"(?:(?:his|her|their|its|a|an|the|some|several|two|three)\s+)?(?:[\w-]+\s+){0,3}?"
    # "after" with the act of speaking or the speaker's own words: "after he published an
    # investigation", "after his online broadcasts"; not "after a video showed him firing"
    r"|after\s+(?:(?:he|she|they|it)\s+)?(?:published|publishing|posted|posting|wrote|writing|"
    r"broadcast|broadcasting|shared|sharing|gave|giving|recorded|recording|filmed|filming)\s+"
    r"(?:(?:his|her|their|its|a|an|the|some|several|two|three)\s+)?(?:[\w-]+\s+){0,3}?"
    r"|after\s+(?:(?:his|her|their)\s+)?(?!(?:a|an|the)\b)(?:[\w-]+\s+){0,2}?)"
    # (not the idiom: "refused food for 41 days in protest at being held", where the one
    # held is the one protesting, not punished for it)
    + r"(?!(?<=\bin )protest\s+(?:at|against|over)\b)"
    + _OWN_DETENTION_PROTESTED
    + _SPEECH_NOUNS
    + r"\b"
    # criticism told as a deed: "a charge his party says was invented after he criticised
    # the government on social media"
    + r"|\bafter\s+(?:he|she|they)\s+(?:publicly\s+)?critici[sz]ed\b",
    re.IGNORECASE,
)
# a reporter punished in the act of reporting: "detained as he filmed a protest", "beaten
# while covering the rally"
_WHILE_REPORTING = re.compile(
    r"\b(?:as|while|when)\s+(?:(?:he|she|they)\s+)?(?:(?:was|were)\s+)?"
    r"(?:film(?:ed|ing)|photograph(?:ed|ing)|livestream(?:ed|ing)|interviewing|"
    r"report(?:ed|ing) (?:on|from)|cover(?:ed|ing) (?:a|an|the)|broadcasting)\b"
    r"(?!\s+(?:them|him|her|us|me)\b)",  # not "while filming them" as they beat them
    re.IGNORECASE,
)
# what "was held" when no one is: "a vigil was held for three days"
_EVENTS_HELD = {
    "vigil",
    "meeting",
    "talk",
    "protest",
    "rally",
    "ceremony",
    "funeral",
    "service",
    "event",
    "hearing",
    "trial",
    "election",
    "conference",
    "session",
    "march",
    "demonstration",
    "festival",
    "prayer",
    "exhibition",
    "consultation",
    "referendum",
    "celebration",
    "sit-in",
    "strike",
}
# those held for protesting: "detained 17 herders who had blocked a road … to protest"
_PROTESTING = re.compile(
    r"\b(?:protesters|demonstrators|(?:who|while|as they) (?:had )?(?:protested|protesting|"
    r"demonstrated|demonstrating|marched|marching|blocked|blocking)|to "
    + _OWN_DETENTION_PROTESTED
    + r"protest (?:against|over))\b",
    re.IGNORECASE,
)
# (the cheap test before the pattern above: most sentences name no reporting at all)
_REPORTING_STEMS = re.compile(r"film|photograph|livestream|interview|report|cover|broadcast", re.I)
_DEMAND_BEFORE = re.compile(r"\b(?:call(?:s|ed|ing)?|demand(?:s|ed|ing)?|urg(?:es|ed|ing))\s*$")
_DISEASES = {
    "cholera",
    "covid",
    "covid-19",
    "malaria",
    "measles",
    "ebola",
    "typhoid",
    "dysentery",
}
# "children had died of hunger in drought-hit districts": a famine (but "men in my cell
# died of hunger": deaths in custody)
_FAMINE = {"hunger", "starvation", "malnutrition"}
_CUSTODY_WORDS = {"cell", "cells", "prison", "custody", "detention", "jail", "camp", "detainees"}


_KIN = {
    "family",
    "families",
    "relative",
    "mother",
    "father",
    "wife",
    "husband",
    "son",
    "daughter",
    "brother",
    "sister",
    "parent",
    "child",
}


# what lawyers ask for that a court or governor may refuse, without keeping them away
_PLEAS = {"request", "appeal", "petition", "plea", "motion", "bid", "application"}


def _lawyers_plea_refused(anchor: Token) -> bool:
    """ "refused requests from his lawyers to halt the execution": a plea turned down, not
    access to a lawyer ("refused their requests to see him" is access)."""
    if anchor.lemma_.lower() not in {"refuse", "deny", "reject"}:
        return False
    pleas = [o for o in children(anchor, "dobj") if o.lemma_.lower() in _PLEAS]
    return bool(pleas) and not any(
        t.lemma_.lower() in {"see", "meet", "visit", "access", "attend"} for t in anchor.subtree
    )


# what a lawyer may be kept from seeing other than the client
_CASE_MATERIAL = {"material", "evidence", "file", "document", "dossier", "record", "footage"}


def _case_material_unseen(cue: Span) -> bool:
    """ "on the basis of secret material his lawyer has not been allowed to see": the
    lawyer is kept from the evidence, not from the client (an unfair hearing at most)."""
    doc = cue.doc
    allowed = [t for t in cue if t.lemma_.lower() in {"allow", "permit"}]
    if not allowed and cue.end < len(doc) and doc[cue.end].lemma_.lower() in {"allow", "permit"}:
        allowed = [doc[cue.end]]  # the cue "lawyer was not allowed", then "to see"
    for verb in allowed:
        seen = [v for v in children(verb, "xcomp") if v.lemma_.lower() == "see"]
        if not seen or any(children(v, "dobj") for v in seen):
            continue
        if verb.dep_ == "relcl" and verb.head.lemma_.lower() in _CASE_MATERIAL:
            return True  # "a file his lawyer was not allowed to see"
        # (the parse may hang the clause elsewhere: the word before its subject)
        subjects = children(verb, "nsubj", "nsubjpass")
        before = min((t.left_edge.i for t in subjects), default=0) - 1
        if before >= 0 and doc[before].lemma_.lower() in _CASE_MATERIAL:
            return True
    return False


def _kin_kept_away(cue: Span) -> bool:
    """ "We have not been allowed to see him", said by his mother: a family kept from a
    detainee is told nothing of him (no lawyer is named in the sentence)."""
    sentence = cue.root.sent
    if any(
        t.lemma_.lower() in {"lawyer", "attorney", "counsel", "advocate", "client"}
        for t in sentence
    ):
        return False
    allowed = [t for t in cue if t.lemma_.lower() in {"allow", "permit"}]
    subjects = [s for t in allowed for s in children(t, "nsubjpass", "nsubj")]
    # (or the detainee kept from them: "had not been allowed to see their two children")
    seen = [o for t in allowed for v in children(t, "xcomp") for o in children(v, "dobj")]
    return (
        bool(subjects) and all(s.lower_ == "we" or s.lemma_.lower() in _KIN for s in subjects)
    ) or (bool(seen) and all(o.lemma_.lower() in _KIN for o in seen))


def _members_of_group(token: Token) -> Token:
    """ "a group of masked men", "a gang of armed men": the men the phrase is about."""
    if token.lemma_.lower() not in {"group", "gang", "band", "dozen", "number"}:
        return token
    for prep in children(token, "prep"):
        if prep.lower_ == "of":
            for men in children(prep, "pobj"):
                if men.lower_ in actor_words().force_nouns:
                    return men
    return token


def _by_police_openly(registry: Registry, perpetrators: list[int]) -> bool:
    """Whether the doers are all the police as such ("officers", "Lusaka police"), not men
    the report cannot name."""
    names = [e.name.casefold() for e in map(registry.get, perpetrators) if e is not None]
    return bool(names) and all(
        "police" in name.split() and not ({"plain", "plainclothes", "civilian"} & set(name.split()))
        for name in names
    )


# what has not happened yet: "before he dies", "if he dies"
_NOT_YET = {"before", "until", "if", "unless"}
# verbs that send people where they may die: "sent to die", "taking our sons to die"
_SENDING = {"send", "take", "conscript", "draft", "mobilise", "mobilize"}


# what kills without a killer: "a methane explosion", "a landslide"
_MISHAPS = {"accident", "collapse", "landslide", "flood", "earthquake", "storm", "crash"}
_WORKPLACE_BLASTS = {"furnace", "methane", "gas", "boiler", "mine", "factory", "industrial"}


# where a bullet wounds rather than kills
_LIMBS = {"leg", "arm", "foot", "feet", "hand", "knee", "thigh", "ankle", "shoulder", "buttock"}


def _shot_in_a_limb(anchor: Token) -> bool:
    """ "a man … was shot in the leg": a shooting whose wound is named in a limb."""
    return anchor.lemma_.lower() == "shoot" and any(
        o.lemma_.lower() in _LIMBS
        for p in children(anchor, "prep")
        if p.lower_ == "in"
        for o in children(p, "pobj")
    )


def _killed_by_accident(anchor: Token) -> bool:
    """ "Killed" whose subject is a mishap: "a furnace explosion killed six workers"."""
    if anchor.lemma_.lower() != "kill":
        return False
    return any(
        subject.lemma_.lower() in _MISHAPS
        or (
            subject.lemma_.lower() in {"explosion", "blast", "fire"}
            and any(m.lower_ in _WORKPLACE_BLASTS for m in children(subject, "compound", "amod"))
        )
        for subject in children(anchor, "nsubj")
    )


def _sent_to_die(anchor: Token) -> bool:
    """An infinitive of purpose after a verb of sending: what is feared, not a death."""
    return (
        anchor.lemma_.lower() in {"die", "perish"}
        and anchor.dep_ in {"xcomp", "advcl"}
        and anchor.tag_ == "VB"
        and any(c.lower_ == "to" and c.dep_ == "aux" for c in anchor.children)
        and anchor.head.lemma_.lower() in _SENDING
    )


# what is planted in a field, not on a suspect
_CROPS = {
    "cassava",
    "maize",
    "corn",
    "rice",
    "wheat",
    "bean",
    "potato",
    "vegetable",
    "crop",
    "seed",
    "tree",
    "seedling",
    "coffee",
    "cocoa",
    "banana",
    "sugarcane",
    "garden",
    "field",
    "flower",
}


def _planted_a_crop(anchor: Token) -> bool:
    """ "the cassava we planted", "planted maize on the land": farming, not evidence."""
    if anchor.lemma_.lower() != "plant":
        return False
    planted = children(anchor, "dobj") + ([anchor.head] if anchor.dep_ == "relcl" else [])
    return any(p.lemma_.lower() in _CROPS for p in planted)


def _handed_to_officers(cue: Span) -> bool:
    """ "handed over to officers of the Investigative Committee", "to the Economic and
    Financial Crimes Commission": from one force or body to another at home, not a return
    across a border ("handed over to the Chinese authorities" is one)."""
    if "hand" not in {t.lemma_.lower() for t in cue}:
        return False
    doc = cue.doc
    forces = actor_words().force_nouns
    window = doc[cue.end : min(cue.end + 3, len(doc))]
    receivers = [
        o
        for t in doc[cue.start : min(cue.end + 2, len(doc))]
        if t.lower_ == "to" and t.dep_ == "prep"
        for o in children(t, "pobj")
    ]
    # the receiver's own phrase, not what follows it ("to police on Monday, Kenyan
    # media reported"); the next words when the parse has no receiver
    receiver_phrase = [t for o in receivers for t in o.subtree] or list(window)
    if any(
        country_of_demonym(t.text) or country_named(t.text) for t in receiver_phrase if t.is_title
    ):
        return False  # another state's officers
    if any(t.lower_ in forces for t in window):
        return True
    return any(o.lemma_.lower() in _HOME_BODIES for o in receivers)


# bodies a suspect is handed to at home ("to the fisheries inspector in Jaffna")
_HOME_BODIES = {
    "commission",
    "agency",
    "prosecutor",
    "prosecution",
    "court",
    "directorate",
    "unit",
    "inspector",
    "magistrate",
    "judge",
}
# places people are held in: "a deportation centre" is where a return may wait
_HOLDING_PLACES = {"centre", "center", "camp", "facility", "prison", "jail", "cell", "wing"}


def _whereabouts_sought(anchor: Token) -> bool:
    """ "questioned her mother about Haddad's whereabouts": the state asks where someone
    is; it withholds nothing."""
    return (
        anchor.lower_ == "whereabouts"
        and anchor.head.lower_ == "about"
        and anchor.head.head.lemma_.lower() in {"question", "ask", "interrogate"}
    )


def _died_of_disease(anchor: Token) -> bool:
    if anchor.lemma_.lower() != "die":
        return False
    causes = {o.lower_ for p in children(anchor, "prep") if p.lower_ == "of" for o in p.children}
    if causes & _DISEASES:
        return True
    return bool(causes & _FAMINE) and not any(t.lower_ in _CUSTODY_WORDS for t in anchor.sent)


# the crimes those arrested "over" them committed, not suffered
_CRIMES_OF_OTHERS = {"killing", "murder", "lynching", "rape", "kidnapping", "abduction", "beating"}
_CULPRITS = {
    "officer",
    "policeman",
    "soldier",
    "perpetrator",
    "killer",
    "attacker",
    "assailant",
    "gunman",
    "guard",
    "murderer",
}
_WORDS_NOT_THINGS = {"version", "account", "argument", "case", "claim", "story", "credibility"}
_REMAINS = {"body", "bodies", "remains", "corpse", "coffin", "ashes"}
_ORDER_WORDS = {"security", "state", "order", "stability", "unity", "sovereignty", "society"} | {
    "foundations",  # "a threat to the foundations of the constitutional order"
    "constitutional",
}


def _conditional(cue: Span) -> bool:
    """ "if we came back they would shoot us", "next time they would burn us": what the
    speakers were told would happen unless they obeyed."""
    before = cue.doc[cue.sent.start : cue.start].text.lower()
    after = cue.doc[cue.end : cue.sent.end].text.lower()  # "… would lose their jobs if …"
    return any(f" {w} " in f" {before} " for w in ("if", "unless", "next time", "or else")) or any(
        f" {w} " in f" {after} " for w in ("if", "unless")
    )


def _threat_to_order(anchor: Token) -> bool:
    """ "a threat to national security", "a security threat": what the state says it
    faces, not a threat made to someone."""
    if anchor.lemma_.lower() == "threaten" and any(
        o.lower_ in _ORDER_WORDS for o in children(anchor, "dobj")
    ):
        return True  # "content that threatens public order"
    if anchor.lemma_.lower() != "threat":
        return False
    if any(c.dep_ == "compound" and c.lower_ in {"security", "terrorist"} for c in anchor.children):
        return True
    after = anchor.doc[anchor.i + 1 : anchor.i + 7]
    if (
        anchor.tag_ == "NN"
        and len(after)
        and after[0].lower_ == "to"
        and any(d.lower_ in {"a", "an"} for d in children(anchor, "det"))
        and (
            anchor.dep_ in {"attr", "oprd"}
            or anchor.head.lemma_.lower() in {"pose", "represent", "constitute", "call", "face"}
        )
    ):
        return True  # "called the situation a threat to the lives of prisoners": a danger
    # someone names, no threat made
    return (
        bool(len(after))
        and after[0].lower_ == "to"
        and any(t.lower_ in _ORDER_WORDS for t in after)
    )


# what "would …" threatens, told as a threat only with its condition ("if we came back
# they would kill us", "if they saw my camera again they would break my hands")
_HARM_THREATENED = {"kill", "shoot", "burn", "break", "beat", "lose"}
# acts that punish: not a killing, which the gold keeps apart from speech; a beating or an
# abduction "while he was filming" punishes the reporting as a detention does (a
# deportation "a week after he published a report" too)
_PUNISHING = {
    "arbitrary_detention",
    "unfair_trial",
    "fabricated_charges",
    "threat",
    "forced_return",
    "torture_ill_treatment",
    "abduction_disappearance",
}
# steps of a prosecution that tell no act of their own
_PROSECUTING = {"charge", "prosecute", "indict", "summon", "question", "interrogate", "fine"}
# (the cheap test before _FOR_SPEECH runs over a whole report)
_SPEECH_WORD = re.compile(r"\b" + _SPEECH_NOUNS + r"\b", re.IGNORECASE)


def _speech_punished(registry: Registry, doc: Doc, acts: list[ActMention]) -> ActMention | None:
    """ "detained over his posts", "sentenced for a song", "questioned after publishing an
    investigation": a punishment whose reason is speech restricts expression."""
    for act in acts:
        if act.act_type not in _PUNISHING:
            continue
        sentence = act.sentence
        found = (
            _FOR_SPEECH.search(sentence.text)
            or (_REPORTING_STEMS.search(sentence.text) and _WHILE_REPORTING.search(sentence.text))
            or (
                _PROTESTING.search(sentence.text) if act.act_type == "arbitrary_detention" else None
            )
        )
        if found is None or _DEMAND_BEFORE.search(sentence.text[: found.start()]):
            continue  # "called for an independent investigation" is a demand
        start = sentence.start + found.start()
        end = sentence.start + found.end()
        if registry.in_quote(start) or registry.is_excluded(start, end):
            continue
        return ActMention(
            id=0,
            act_type="restriction_of_expression",
            label=act_types()["restriction_of_expression"].label,
            cue=Mention(start, end, doc_text(doc)[start:end]),
            sentence=sentence,
            date=act.date,
            place_id=act.place_id,
            victims=list(act.victims),
            perpetrators=list(act.perpetrators),
        )
    return None


def acts_of(doc: Doc) -> list[ActMention]:
    return list(doc.user_data.get(ACTS_KEY, []))


# who "would" suffer an act if they did something: a warning, no act
_ANYONE = {"anyone", "anybody", "whoever", "everyone", "everybody"}


_LIVESTOCK = frozenset({"cattle", "livestock", "sheep", "goats", "camels", "cows", "animals"})


def _head_of_livestock(noun: Token) -> bool:
    """ "seized 400 head of cattle": animals counted by the head, no person."""
    return noun.lower_ == "head" and any(
        o.lower_ in _LIVESTOCK
        for p in children(noun, "prep")
        if p.lower_ == "of"
        for o in children(p, "pobj")
    )


def _clause_verb(anchor: Token) -> Token:
    """The verb whose clause a cue lies in, through the words it is joined to ("would be
    reported to immigration and deported", "deported" read as joined to "immigration")."""
    token = anchor
    for _ in range(4):
        if token.dep_ not in {"conj", "pobj", "prep"} or token.head.i == token.i:
            break
        token = token.head
        if token.pos_ in {"VERB", "AUX"}:
            break
    return token


_CONDITIONS = frozenset({"if", "unless"})


# verbs that give notice of what is to come: "were told they would be expelled"
_NOTIFYING = {"tell", "inform", "notify", "warn"}


def _only_foreseen(anchor: Token) -> bool:
    """An act that "will" or "would" follow only on a condition: "if he is sent back he
    will be tortured", "anyone who went to the police would be reported and deported".
    Someone foresees or warns of it (a threat, where it is one); it has not happened."""
    clause = _clause_verb(anchor)
    condition = None
    if clause.dep_ == "advcl" and any(m.lower_ in _CONDITIONS for m in children(clause, "mark")):
        condition, clause = clause, clause.head  # "if he is sent back": the condition
    if not any(c.dep_ == "aux" and c.lower_ in {"will", "'ll", "would"} for c in clause.children):
        return False
    return (
        condition is not None
        # "told about 400 households that their blocks would be demolished": a notice
        or (clause.dep_ == "ccomp" and clause.head.lemma_.lower() in _NOTIFYING)
        or (  # (the parser may hang the clause on the one told: "told households that …")
            clause.dep_ == "relcl"
            and any(m.lower_ == "that" for m in children(clause, "mark"))
            and clause.head.head.lemma_.lower() in _NOTIFYING
        )
        or any(c.lower_ in _ANYONE for c in children(clause, "nsubj", "nsubjpass"))
        # (the condition may hang on a verb joined to it: "would be expelled or lose their
        # places if they stayed away")
        or any(
            m.lower_ in _CONDITIONS
            for verb in (clause, *clause.conjuncts)
            for a in children(verb, "advcl")
            for m in children(a, "mark")
        )
    )


_STATE_TOLD = {"police", "authorities", "authority", "municipality", "governor", "council"}


def _the_state_not_notified(cue: Span) -> bool:
    """ "had not notified the police of the march": who failed to tell the state, no one
    kept from news of a detainee."""
    doc = cue.doc
    if not any(t.lemma_.lower() in {"notify", "inform"} for t in cue):
        return False
    after = doc[cue.end : cue.end + 3]
    return any(t.lower_ in _STATE_TOLD for t in after)


# acts whose result either came about or did not: an attempt at one is not one (but
# "an attempt to intimidate journalists" intimidates)
_DONE_OR_NOT = {"killing", "destruction_of_property"}
_TRYING = {"try", "attempt"}
_ATTEMPTS = {"attempt", "bid", "plot"}


def _infinitive_of(anchor: Token, verbs: Collection[str]) -> bool:
    """ "to arrest" under "vowed", "to kill" under "trying": the act as what a verb of
    ``verbs`` is about, not as done."""
    return (
        anchor.dep_ in {"xcomp", "advcl"}
        and anchor.head.lemma_.lower() in verbs
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in anchor.children)
    )


def _only_attempted(anchor: Token) -> bool:
    """ "trying to kill him", "tried to set fire to the office", "an attempt to kill":
    tried, not done."""
    return _infinitive_of(anchor, _TRYING) or (
        anchor.dep_ == "acl"
        and anchor.head.lemma_.lower() in _ATTEMPTS
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in anchor.children)
    )


# what is seized that is no one: power, control, ground
_POWER_HELD = {"power", "control", "territory", "ground"}
# what is done to culprits: "no one has been convicted for the deaths", "no one has been
# arrested for his killing" tell impunity, no act
_CULPRITS_FATE = {"convict", "sentence", "prosecute", "punish", "arrest", "detain", "charge"}
# what is said of an act still to come: "vowed to arrest those responsible"
_INTENDING = {"vow", "promise", "pledge", "plan", "hope", "want", "work", "seek", "intend"}
# what one holds that is no person: an office, an event, a record
_HELD_THINGS = {
    "office",
    "post",
    "position",
    "seat",
    "meeting",
    "rally",
    "protest",
    "demonstration",
    "vigil",
    "march",
    "election",
    "vote",
    "referendum",
    "talk",
    "conference",
    "ceremony",
    "event",
    "hearing",
    "session",
    "view",
    "belief",
    # what a phone or a file holds: "his phone, which held the names of several sources"
    "name",
    "number",
    "contact",
    "data",
    "record",
    "file",
    "photo",
    "message",
}


def _holds_a_thing(anchor: Token) -> bool:
    """ "Hold" with an office, an event or a record as its object: no one is held."""
    return any(c.lemma_.lower() in _HELD_THINGS for c in children(anchor, "dobj"))
