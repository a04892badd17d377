"""Claim component: quotations and reported speech become attributed claims.

Each claim has a speaker (resolved through titles and appositions such as "a lawyer for
the LGBT Network, Mark Alexeyev"), the cue verb, the content span, a stance and the
acts it is about.  "X claimed …, RIA Novosti reported" keeps X as speaker and the
agency as channel.
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from casetrail.extract.components.acts import acts_of
from casetrail.extract.components.dates_component import dates_of
from casetrail.extract.components.registry import Registry
from casetrail.extract.components.syntax import children, entity_for, outside_preps
from casetrail.extract.results import ClaimMention, Entity, Mention
from casetrail.extract.vocabulary import actor_words

CLAIMS_KEY = "casetrail_claims"
SPEECH = {
    "say",
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
    "warn",
    "blame",
    "characterise",
    "characterize",
    "term",
    "reply",
    "respond",
    "post",
    "tweet",
}
DENY = {"deny", "dismiss", "reject", "refute", "dispute"}
CONFIRM = {"confirm", "acknowledge", "admit"}
CHARACTERISE = {"describe", "call", "brand", "label", "characterise", "characterize", "term"}
_DENIAL_CONTENT = re.compile(
    r"\b(nothing to do with|lawful|in (full )?accordance with the law|in line with the law|"
    r"no civilians were|made up|fabricated (news|reports|stories)|lies of|not true|baseless|"
    r"groundless|did not (happen|take place)|never (happened|took place)|no one was|"
    r"no (homosexuals|torture|abuse)|exclusively|unfounded)\b",
    re.IGNORECASE,
)
_DESCRIPTOR_NOUNS = {
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
    "family",
    "relatives",
    "researcher",
    "activist",
    "commander",
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

    def __call__(self, doc: Doc) -> Doc:
        registry = Registry.of(doc)
        self._last_speaker = None
        self._descriptors(registry, doc)
        claims: list[ClaimMention] = []
        acts = acts_of(doc)
        dates = dates_of(doc)
        for sentence in doc.sents:
            found = self._sentence_claims(registry, sentence)
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
        doc.user_data[CLAIMS_KEY] = claims
        return doc

    def _sentence_claims(self, registry: Registry, sentence: Span) -> list[ClaimMention]:
        claims: list[ClaimMention] = []
        channel: Entity | None = None
        quoted = _quoted_ranges(sentence)
        cues = [
            t
            for t in sentence
            if t.lemma_.lower() in SPEECH
            and t.pos_ == "VERB"
            and not registry.is_excluded(t.idx, t.idx + len(t))
            and not any(lo < t.i < hi for lo, hi in quoted)
        ]
        for cue in cues:
            if any(c.content.start <= cue.idx < c.content.end for c in claims):
                continue  # speech reported inside another claim belongs to its content
            speaker_tokens = self._speaker_tokens(cue)
            if speaker_tokens and speaker_tokens[0].lower_ in {"he", "she"} and claims:
                continue  # a parenthetical "he said" inside a claim already attributed
            speaker = self._resolve_speaker(registry, speaker_tokens)
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
            if content is None:
                continue
            if speaker is not None:
                self._last_speaker = speaker
            claims.append(
                ClaimMention(
                    id=0,
                    speaker_id=speaker.id if speaker else None,
                    speaker_text=self._speaker_text(speaker_tokens, speaker),
                    cue=cue.text,
                    content=Mention(content.start_char, content.end_char, content.text),
                    stance=self._stance(cue, content),
                    sentence=Mention(sentence.start_char, sentence.end_char, sentence.text),
                    confidence=0.75 if speaker else 0.45,
                )
            )
        according = self._according_to(registry, sentence)
        if according is not None:
            claims.append(according)
        if channel is not None:
            for claim in claims:
                claim.channel_id = channel.id
        return claims

    def _resolve_speaker(self, registry: Registry, tokens: list[Token]) -> Entity | None:
        for token in tokens:
            if token.lower_ in {"he", "she"}:
                previous = self._last_speaker
                if previous is not None and previous.kind == "person":
                    return previous
            # "a lawyer for the LGBT Network, Mark Alexeyev": the apposition names the speaker
            appositions = [registry.entity_of_token(t) for t in token.subtree if t.dep_ == "appos"]
            named = [e for e in appositions if e is not None and e.kind == "person"]
            if named:
                return named[-1]
        speakers = [e for t in tokens for e in entity_for(registry, t, create_forces=False)]
        if speakers:
            return speakers[0]
        return self._descriptor_speaker(registry, tokens)

    @staticmethod
    def _speaker_tokens(cue: Token) -> list[Token]:
        verb = cue
        for _ in range(3):
            subjects = children(verb, "nsubj")
            if subjects:
                return subjects
            if verb.dep_ in {"conj", "advcl", "xcomp", "ccomp"} and verb.head is not verb:
                verb = verb.head
            else:
                break
        return []

    @staticmethod
    def _speaker_text(tokens: list[Token], speaker: Entity | None) -> str:
        if tokens:
            phrase = sorted(outside_preps(tokens[0]), key=lambda t: t.i)
            text = " ".join(t.text for t in phrase if not t.is_punct)
            if text:
                return text
        return speaker.name if speaker else ""

    @staticmethod
    def _descriptor_speaker(registry: Registry, tokens: list[Token]) -> Entity | None:
        for token in tokens:
            lemma = token.lemma_.lower()
            if lemma in {"group", "network", "organisation", "organization"}:
                return registry.last_entity_with(token.i, org_kind="rights group") or next(
                    (e for e in registry.entities if e.org_kind == "rights group"), None
                )
            if lemma in _DESCRIPTOR_NOUNS:
                found = registry.last_entity_with(token.i, kind="person", descriptor=lemma)
                if found is not None:
                    return found
        return None

    @staticmethod
    def _content(cue: Token, sentence: Span) -> Span | None:
        doc = cue.doc
        for dep in ("ccomp", "xcomp"):
            for child in children(cue, dep):
                tokens = list(child.subtree)
                return doc[tokens[0].i : tokens[-1].i + 1]
        quotes = [t.i for t in sentence if t.text in {'"', "“", "”"}]
        if len(quotes) >= 2 and not quotes[0] < cue.i < quotes[-1]:
            return doc[quotes[0] + 1 : quotes[-1]]
        objects = children(cue, "dobj", "oprd", "attr")
        if objects:
            tokens = sorted({t for o in objects for t in o.subtree}, key=lambda t: t.i)
            for prep in children(cue, "prep"):
                if prep.lower_ == "as":
                    tokens += list(prep.subtree)
            tokens.sort(key=lambda t: t.i)
            return doc[tokens[0].i : tokens[-1].i + 1]
        for prep in children(cue, "prep"):
            if prep.lower_ in {"as", "about", "that", "of"}:
                tokens = list(prep.subtree)
                return doc[tokens[0].i : tokens[-1].i + 1]
        rest = [t for t in sentence if t.i > cue.i and not t.is_punct]
        if len(rest) >= 3:
            return doc[rest[0].i : rest[-1].i + 1]
        return None

    @staticmethod
    def _stance(cue: Token, content: Span) -> str:
        lemma = cue.lemma_.lower()
        if lemma in DENY:
            return "denial"
        if lemma in CONFIRM:
            return "confirmation"
        if lemma in CHARACTERISE:
            return "characterisation"
        if _DENIAL_CONTENT.search(content.text):
            return "denial"
        return "allegation"

    def _according_to(self, registry: Registry, sentence: Span) -> ClaimMention | None:
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
                speaker = speakers[0] if speakers else None
                rest = [t for t in sentence if t.i < token.i and not t.is_punct]
                if not rest:
                    continue
                content = token.doc[rest[0].i : rest[-1].i + 1]
                return ClaimMention(
                    id=0,
                    speaker_id=speaker.id if speaker else None,
                    speaker_text=self._speaker_text(objects, speaker),
                    cue="according to",
                    content=Mention(content.start_char, content.end_char, content.text),
                    stance=self._stance(token, content),
                    sentence=Mention(sentence.start_char, sentence.end_char, sentence.text),
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
            if entity.kind != "person":
                continue
            for mention in entity.mentions:
                span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
                if span is None:
                    continue
                if span.root.dep_ == "appos":  # "a lawyer for X, Name": the head names it
                    head = span.root.head
                    while head.dep_ in {"pobj", "prep"} and head.head is not head:
                        head = head.head
                    lemma = head.lemma_.lower()
                    if head.pos_ == "NOUN" and lemma in known and lemma not in entity.descriptors:
                        entity.descriptors.append(lemma)
                    continue
                for token in reversed(doc[max(span.sent.start, span.start - 8) : span.start]):
                    if token.pos_ in {"VERB", "AUX"}:
                        break
                    other = registry.entity_of_token(token)
                    if other is not None and other.kind == "person" and other is not entity:
                        break
                    lemma = token.lemma_.lower()
                    if token.pos_ == "NOUN" and lemma in known and lemma not in entity.descriptors:
                        entity.descriptors.append(lemma)


def _quoted_ranges(sentence: Span) -> list[tuple[int, int]]:
    marks = [t.i for t in sentence if t.text in {'"', "“", "”"}]
    return [(marks[i], marks[i + 1]) for i in range(0, len(marks) - 1, 2)]


def claims_of(doc: Doc) -> list[ClaimMention]:
    return list(doc.user_data.get(CLAIMS_KEY, []))
