"""Per-document registry of entities and which tokens refer to them.

Components share it through ``doc.user_data``: the entity component fills it, the act
and claim components read it and add actors they discover (such as "Chechen special
police" as the agent of an arrest).
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Collection, Iterator

from spacy.tokens import Doc, Span, Token

from casetrail.extract.results import Entity, Mention

KEY = "casetrail_registry"

PLURAL_ANAPHORS = {
    "they",
    "them",
    "both",
    "pair",
    "men",
    "women",
    "brothers",
    "sisters",
    "couple",
    "activists",
    "journalists",
    "detainees",
    "students",
    "youths",
    "citizens",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "people",
}
SINGULAR_PRONOUNS = {"he", "him", "she", "her", "his", "hers"}


TEXT_KEY = "casetrail_text"


def doc_text(doc: Doc) -> str:
    """The document's text, joined once: spaCy rebuilds ``Doc.text`` from its tokens on
    every access. (The service stores the text it tokenised, which is the same string:
    the tokenizer keeps every character.)"""
    try:
        return doc.user_data[TEXT_KEY]  # type: ignore[no-any-return]
    except KeyError:
        text: str = doc.text
        doc.user_data[TEXT_KEY] = text
        return text


def span_text(span: Span) -> str:
    """A span's text cut from the joined document text (``Span.text`` joins its tokens
    again on every access, which adds up over sentences and claim contents)."""
    return doc_text(span.doc)[span.start_char : span.end_char]


# string id → its lower-cased text, across reports (the string store decodes the text
# anew on every lookup; ids are hashes of the text, so an entry never goes stale)
_LOWERED: dict[int, str] = {}
_LOWERED_KEPT = 200_000


class Registry:
    """Entities of one document and the token → entity map."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.entities: list[Entity] = []
        self.token_entity: dict[int, int] = {}
        self.excluded: list[tuple[int, int]] = []
        # groups of persons mentioned together ("X and Y"), in document order: (token i, ids)
        self.groups: list[tuple[int, list[int]]] = []
        self.headline_end = 0
        self.quotes: list[tuple[int, int]] = []
        # short forms a report declares for a body: "(LADDH)" after its full name
        self.aliases: dict[str, int] = {}
        self._positions: dict[str, dict[str, list[int]]] = {}
        self._found: dict[tuple[str, frozenset[str]], list[int]] = {}
        self._found_by_id: dict[tuple[str, int], tuple[Collection[str], list[int]]] = {}
        self._model_spans: tuple[Span, ...] | None = None

    @property
    def model_spans(self) -> tuple[Span, ...]:
        """``doc.ents`` as the model and the gazetteer ruler left them, built once
        (spaCy makes a new Span for every entity on each access)."""
        if self._model_spans is None:
            self._model_spans = tuple(self.doc.ents)
        return self._model_spans

    def with_lemma(
        self, lemmas: Collection[str], start: int = 0, end: int | None = None
    ) -> list[int]:
        """Indices of the tokens whose lower-case lemma is one of ``lemmas``, in order,
        from ``start`` up to ``end``: rules look up their trigger words here instead of
        making a Token object for every word of every sentence."""
        return self._where("LEMMA", lemmas, start, end)

    def with_lower(
        self, words: Collection[str], start: int = 0, end: int | None = None
    ) -> list[int]:
        """Indices of the tokens whose lower-case form is one of ``words``, in order."""
        return self._where("LOWER", words, start, end)

    def with_dep(
        self, labels: Collection[str], start: int = 0, end: int | None = None
    ) -> list[int]:
        """Indices of the tokens whose dependency label is one of ``labels``, in order."""
        return self._where("DEP", labels, start, end)

    def _where(
        self, attribute: str, values: Collection[str], start: int, end: int | None
    ) -> list[int]:
        # the rules pass the same constant sets again and again: look them up by identity
        # first (the cache holds the set, so its id cannot be reused while it lives)
        stop = len(self.doc) if end is None else end
        known = self._found_by_id.get((attribute, id(values)))
        if known is not None and known[0] is values:
            indices = known[1]
            return indices[bisect_left(indices, start) : bisect_left(indices, stop)]
        key = (attribute, frozenset(values))
        found = self._found.get(key)
        if found is None:
            positions = self._positions.get(attribute)
            if positions is None:
                positions = self._positions[attribute] = self._index(attribute)
            wanted = key[1]
            if len(wanted) <= len(positions):
                found = sorted(i for v in wanted for i in positions.get(v, ()))
            else:  # a long word list (titles, facility nouns): walk the report's words
                found = sorted(i for w, at in positions.items() if w in wanted for i in at)
            self._found[key] = found
        self._found_by_id[(attribute, id(values))] = (values, found)
        return found[bisect_left(found, start) : bisect_left(found, stop)]

    def _index(self, attribute: str) -> dict[str, list[int]]:
        """Each lower-cased value of ``attribute`` → the indices of its tokens, in order."""
        if len(_LOWERED) > _LOWERED_KEPT:
            _LOWERED.clear()
        lowered = _LOWERED.get
        strings = self.doc.vocab.strings
        positions: dict[str, list[int]] = {}
        for i, value in enumerate(self.doc.to_array(attribute).tolist()):
            word = lowered(value)
            if word is None:
                word = _LOWERED[value] = strings[value].lower()
            indices = positions.get(word)
            if indices is None:
                positions[word] = [i]
            else:
                indices.append(i)
        return positions

    def in_quote(self, char: int) -> bool:
        return any(start < char < end for start, end in self.quotes)

    @staticmethod
    def of(doc: Doc) -> Registry:
        registry = doc.user_data.get(KEY)
        if registry is None:
            registry = Registry(doc)
            doc.user_data[KEY] = registry
        return registry

    def is_excluded(self, start_char: int, end_char: int) -> bool:
        return any(start_char < e and end_char > s for s, e in self.excluded)

    def new_entity(self, kind: str, name: str, **extra: object) -> Entity:
        entity = Entity(id=len(self.entities) + 1, kind=kind, name=name, **extra)  # type: ignore[arg-type]
        self.entities.append(entity)
        return entity

    def add_mention(self, entity: Entity, span: Span) -> None:
        if any(m.start == span.start_char and m.end == span.end_char for m in entity.mentions):
            return
        entity.mentions.append(Mention(span.start_char, span.end_char, span.text))
        for token in span:
            self.token_entity.setdefault(token.i, entity.id)

    def move_mentions(self, source: Entity, target: Entity) -> None:
        """Every mention of ``source`` becomes ``target``'s: one body named two ways."""
        for span in list(self.mention_spans(source)):
            if span is not None:
                for token in span:
                    self.token_entity[token.i] = target.id
                self.add_mention(target, span)
        source.mentions.clear()

    def mention_spans(self, entity: Entity) -> Iterator[Span | None]:
        """Each of ``entity``'s mentions as a span of the document (None where the
        characters align with no tokens)."""
        for mention in entity.mentions:
            yield self.doc.char_span(mention.start, mention.end, alignment_mode="expand")

    def get(self, entity_id: int | None) -> Entity | None:
        if entity_id is None:
            return None
        return self.entities[entity_id - 1]

    def entity_of_token(self, token: Token) -> Entity | None:
        return self.get(self.token_entity.get(token.i))

    def salient_person_before(
        self, index: int, exclude: frozenset[int] = frozenset()
    ) -> Entity | None:
        """The person a "he"/"she" most likely means: mentioned most often so far, the
        nearest mention breaking ties (centering on the report's subject, so a quoted
        editor in between does not capture "her")."""
        counts: dict[int, int] = {}
        last_seen: dict[int, int] = {}
        subjects: set[int] = set()
        sentence_start = self.doc[index].sent.start if index < len(self.doc) else len(self.doc)
        previous_start = (
            self.doc[sentence_start - 1].sent.start if sentence_start > 0 else sentence_start
        )
        for token_i, entity_id in self.token_entity.items():
            entity = self.entities[entity_id - 1]
            if token_i >= index or entity.kind != "person" or entity_id in exclude:
                continue
            counts[entity_id] = counts.get(entity_id, 0) + 1
            last_seen[entity_id] = max(last_seen.get(entity_id, -1), token_i)
            token = self.doc[token_i]
            if token.dep_ == "appos":
                token = token.head
            if (
                token_i >= previous_start
                and token.dep_ in {"nsubj", "nsubjpass"}
                and not _tells_what_came_before(token.head)
            ):
                # the last sentence's subject is the likelier "he" (not the lawyer who
                # "told reporters" of it at the end: "X was held …, lawyer Y told reporters")
                subjects.add(entity_id)
        if not counts:
            return None
        best = max(counts, key=lambda e: (counts[e], e in subjects, last_seen[e]))
        return self.entities[best - 1]

    def last_group_before(self, index: int) -> list[int]:
        candidates = [ids for token_i, ids in self.groups if token_i < index]
        return candidates[-1] if candidates else []

    def last_entity_with(
        self,
        index: int,
        *,
        kind: str | None = None,
        descriptor: str | None = None,
        org_kind: str | None = None,
        match: Callable[[Entity], bool] | None = None,
    ) -> Entity | None:
        """The entity mentioned last before token ``index`` that fits every condition."""
        best: tuple[int, Entity] | None = None
        for token_i, entity in self._mentioned(kind, descriptor, org_kind, match):
            if token_i < index and (best is None or token_i > best[0]):
                best = (token_i, entity)
        return best[1] if best else None

    def next_entity_with(
        self,
        index: int,
        before: int,
        *,
        kind: str | None = None,
        match: Callable[[Entity], bool] | None = None,
    ) -> Entity | None:
        """The entity mentioned first after token ``index`` and before token ``before``."""
        found = min(
            ((i, e) for i, e in self._mentioned(kind, None, None, match) if index < i < before),
            key=lambda m: m[0],
            default=None,
        )
        return found[1] if found else None

    def first_entity_with(
        self,
        *,
        kind: str | None = None,
        match: Callable[[Entity], bool] | None = None,
    ) -> Entity | None:
        """The entity mentioned first in the document that fits every condition."""
        found = min(self._mentioned(kind, None, None, match), key=lambda m: m[0], default=None)
        return found[1] if found else None

    def _mentioned(
        self,
        kind: str | None,
        descriptor: str | None,
        org_kind: str | None,
        match: Callable[[Entity], bool] | None,
    ) -> Iterator[tuple[int, Entity]]:
        for token_i, entity_id in self.token_entity.items():
            entity = self.entities[entity_id - 1]
            if kind and entity.kind != kind:
                continue
            if descriptor and descriptor not in entity.descriptors:
                continue
            if org_kind and entity.org_kind != org_kind:
                continue
            if match is not None and not match(entity):
                continue
            yield token_i, entity


_TELLING = {"say", "tell", "add", "write", "report"}


def _tells_what_came_before(verb: Token) -> bool:
    """ "…, lawyer Y told reporters": a verb of speech after the clause it reports."""
    return verb.lemma_.lower() in _TELLING and any(
        c.dep_ == "ccomp" and c.i < verb.i for c in verb.children
    )
