"""The pipeline's speed-ups change nothing: numpy matrix products instead of BLIS, the
indexed tag-attribute component instead of the model's ``attribute_ruler``, the
remembering lemmatizer, and batched extraction of many texts give the same annotations
as the plain model does."""

from __future__ import annotations

import gc
from datetime import date
from pathlib import Path

import pytest
import spacy
from spacy.language import Language
from spacy.tokens import Doc
from sqlalchemy import func, select

from casetrail.extract import extract_documents, extract_text, extract_texts
from casetrail.extract.components.lemmas import RememberingLemmatizer
from casetrail.extract.components.name_rules import (
    _INSTITUTION_HEADS,
    _NAME_AGE,
    _chunks_headed_by,
    _name_described,
    _near,
)
from casetrail.extract.components.registry import Registry
from casetrail.extract.components.syntax import children
from casetrail.extract.components.tag_attributes import TagAttributes
from casetrail.extract.pipeline import MODEL, english_pipeline
from casetrail.extract.vocabulary import actor_words
from casetrail.ingest import ingest_bytes
from casetrail.ingest.formats import parse
from casetrail.model import Proposal
from casetrail.store import Store
from tests.conftest import FIXTURE_MD

ROOT = Path(__file__).resolve().parents[1]
MODEL_STAGES = ["tok2vec", "tagger", "parser", "lemmatizer", "ner"]


def _texts() -> list[str]:
    paths = [*sorted(ROOT.glob("casetrail/data/samples/*.md")), FIXTURE_MD]
    paths += sorted(ROOT.glob("tests/gold/dev/*.md"))
    return [parse(p.read_bytes(), filename=p.name).text for p in paths]


def _annotations(doc: Doc) -> list[tuple[object, ...]]:
    return [
        (t.text, t.tag_, t.pos_, str(t.morph), t.lemma_, t.dep_, t.head.i, t.ent_iob_, t.ent_type_)
        for t in doc
    ]


@pytest.fixture(scope="module")
def reference() -> Language:
    """The model as shipped (BLIS, attribute_ruler), with casetrail's paragraph breaks."""
    nlp = spacy.load(MODEL, exclude=["senter"])
    nlp.add_pipe("casetrail_paragraphs", before="parser")
    return nlp


def test_fast_pipeline_annotates_exactly_like_the_shipped_model(reference: Language) -> None:
    fast = english_pipeline()
    assert "attribute_ruler" not in fast.pipe_names
    assert "casetrail_tag_attributes" in fast.pipe_names
    assert "lemmatizer" not in fast.pipe_names
    assert "casetrail_lemmas" in fast.pipe_names
    model_only = [n for n in fast.pipe_names if n not in {*MODEL_STAGES, "casetrail_paragraphs"}]
    model_only.remove("casetrail_tag_attributes")
    model_only.remove("casetrail_lemmas")
    tokens = 0
    with fast.select_pipes(disable=model_only):
        for text in _texts():
            expected = _annotations(reference(text))
            actual = _annotations(fast(text))
            tokens += len(expected)
            assert actual == expected
    assert tokens > 5000


def test_tag_attributes_refuses_rules_it_cannot_evaluate() -> None:
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    ruler.add([[{"LENGTH": {">": 3}}]], {"POS": "NOUN"})  # type: ignore[attr-defined]
    component = TagAttributes(nlp, "fast")
    with pytest.raises(ValueError, match="LENGTH"):
        component.copy_rules(ruler)  # type: ignore[arg-type]
    long_rule = nlp.add_pipe("attribute_ruler", name="long")
    long_rule.add([[{"LOWER": "a"}, {"LOWER": "b"}, {"LOWER": "c"}]], {"POS": "X"})  # type: ignore[attr-defined]
    with pytest.raises(ValueError, match="longer than two"):
        TagAttributes(nlp, "fast").copy_rules(long_rule)  # type: ignore[arg-type]


def test_tag_attributes_later_rules_win_across_neighbouring_tokens() -> None:
    """A two-token rule that starts on the token before can be overridden by a later
    one-token rule on the token it sets, and vice versa, as in the attribute ruler."""
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    ruler.add([[{"LOWER": "gon"}, {"LOWER": "na"}]], {"LEMMA": "to"}, index=1)  # type: ignore[attr-defined]
    ruler.add([[{"LOWER": "na"}]], {"LEMMA": "later"})  # type: ignore[attr-defined]
    ruler.add([[{"LOWER": "x"}]], {"LEMMA": "early"})  # type: ignore[attr-defined]
    ruler.add([[{"LOWER": "y"}, {"LOWER": "x"}]], {"LEMMA": "pair"}, index=-1)  # type: ignore[attr-defined]
    fast = TagAttributes(nlp, "fast")
    fast.copy_rules(ruler)  # type: ignore[arg-type]
    for text in ["gon na", "y x", "x y x gon na"]:
        expected = [t.lemma_ for t in ruler(nlp.make_doc(text))]  # type: ignore[operator]
        assert [t.lemma_ for t in fast(nlp.make_doc(text))] == expected
    assert [t.lemma_ for t in fast(nlp.make_doc("gon na y x"))] == ["", "later", "", "pair"]


def test_tag_attributes_words_no_rule_names_share_one_answer_yet_match_alike() -> None:
    """Words that no rule names are remembered as one kind; a pattern (REGEX) or an
    exclusion (NOT_IN) must still treat each word as the attribute ruler does."""
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    ruler.add([[{"LOWER": {"REGEX": "^n'?t$"}}]], {"LEMMA": "not"})  # type: ignore[attr-defined]
    ruler.add([[{"LOWER": {"NOT_IN": ["a", "the"]}}]], {"POS": "NOUN"})  # type: ignore[attr-defined]
    ruler.add([[{"LOWER": "the"}, {"LOWER": {"NOT_IN": ["end"]}}]], {"POS": "DET"})  # type: ignore[attr-defined]
    fast = TagAttributes(nlp, "fast")
    fast.copy_rules(ruler)  # type: ignore[arg-type]
    texts = ["do n't stop", "the cat nt a dog", "the end the n't", "a nt n't not the the"]
    for text in texts * 2:  # the second time, every answer comes from memory
        expected = [(t.lemma_, t.pos_) for t in ruler(nlp.make_doc(text))]  # type: ignore[operator]
        assert [(t.lemma_, t.pos_) for t in fast(nlp.make_doc(text))] == expected
    doc = fast(nlp.make_doc("the cat nt a"))
    assert [(t.lemma_, t.pos_) for t in doc] == [
        ("", "DET"),
        ("", "NOUN"),
        ("not", "NOUN"),
        ("", ""),
    ]


def test_remembering_lemmatizer_takes_over_only_what_it_reproduces() -> None:
    nlp = spacy.blank("en")
    component = RememberingLemmatizer(nlp, "lemmas")
    with pytest.raises(ValueError, match="no lemmatizer"):
        component(nlp("words"))
    overwriting = nlp.add_pipe("lemmatizer", config={"mode": "rule", "overwrite": True})
    with pytest.raises(ValueError, match="rule lemmatizer"):
        component.take_over(overwriting)  # type: ignore[arg-type]


def test_loading_the_pipeline_freezes_its_objects_out_of_the_collector() -> None:
    english_pipeline()
    assert gc.get_freeze_count() > 100_000


def test_batched_extraction_equals_one_at_a_time() -> None:
    monday = date(2021, 2, 8)
    fixture = parse(FIXTURE_MD.read_bytes(), filename=FIXTURE_MD.name).text
    items: list[tuple[str, date | None, str | None]] = [
        ("", monday, None),
        (fixture, monday, None),
        ("Двое мужчин были задержаны в Нижнем Новгороде, сообщила организация.", None, None),
        ("Police detained Anna Petrova in Minsk on Friday, her lawyer said.", None, None),
        (fixture, date(2021, 2, 15), None),
    ]
    batched = list(extract_texts(items, batch_size=2))
    single = [extract_text(*item) for item in items]
    assert len(batched) == len(items)
    for one, other in zip(batched, single, strict=True):
        assert one.as_dict() == other.as_dict()
    assert batched[0].warnings and not batched[0].entities
    assert batched[2].language == "ru" and not batched[2].acts
    assert batched[1].dates != batched[4].dates  # each text kept its own publication date


def test_extract_documents_stores_each_documents_proposals(store: Store) -> None:
    ids = []
    for number, text in enumerate(_texts()[:4]):
        result = ingest_bytes(
            store, text.encode(), source=f"test:{number}", filename=f"report-{number}.md"
        )
        assert result.document_id is not None
        ids.append(result.document_id)
    counts = {each: count for each, _, count in extract_documents(store, ids)}
    assert list(counts) == ids and all(c > 0 for c in counts.values())
    with store.session() as session:
        for each, count in counts.items():
            stored = session.scalar(
                select(func.count()).select_from(Proposal).where(Proposal.document_id == each)
            )
            assert stored == count


def test_indexed_noun_chunks_are_the_ones_spacy_yields() -> None:
    """The institution rule reads only the noun chunks headed by its words, found from the
    token index; they must be exactly the chunks spaCy's own iterator yields."""
    nlp = english_pipeline()
    compared = 0
    for text in _texts():
        doc = nlp(text)
        expected = [
            (c.start, c.end) for c in doc.noun_chunks if c.root.lower_ in _INSTITUTION_HEADS
        ]
        actual = [(c.start, c.end) for c in _chunks_headed_by(doc, _INSTITUTION_HEADS)]
        assert actual == expected
        compared += len(expected)
    assert compared > 20


def test_name_patterns_tried_near_their_anchor_find_what_a_full_search_finds() -> None:
    texts = [
        *_texts(),
        "Rustam Nazarov, 34, and Dilnoza Karimova, a law student, were held. "
        "Police arrested Ali Reza Tehrani, 41, on Monday.\nAmina Yusuf, an editor, said so.",
    ]
    compared = 0
    for text in texts:
        for pattern in (_NAME_AGE, _name_described()):
            expected = [m.span() for m in pattern.finditer(text)]
            assert [m.span() for m in _near(pattern, text)] == expected
            compared += len(expected)
    assert compared > 10


def test_remembering_lemmatizer_answers_as_the_model_on_every_part_of_speech(
    reference: Language,
) -> None:
    """Inflected, irregular, proper, out-of-vocabulary and capitalised words: the string
    store path gives the model lemmatizer's first answer for each (word, POS, morph)."""
    fast = english_pipeline()
    component = fast.get_pipe("casetrail_lemmas")
    model = reference.get_pipe("lemmatizer")
    text = (
        "The Soldiers were BEATEN and Detained; she's been writing blogs, worse and better "
        "arguments, Xyzzies fled. Mice ran. Qwertyings were gone, his children's toys broke."
    )
    doc = fast(text)  # the words in the fast pipeline's string store
    checked = 0
    for token in doc:
        ours = component._lemma(token.orth, token.pos, token.morph.key)
        assert ours == model.lemmatize(token)[0], token.text
        checked += 1
    assert checked > 25


def test_extraction_frees_each_document_without_the_garbage_collector() -> None:
    """The registry and the components' results point back at their doc; once a text's
    result is collected they are dropped, so the doc is freed by reference counting
    and the collector has no cycles of parsed documents to walk."""
    text = parse(FIXTURE_MD.read_bytes(), filename=FIXTURE_MD.name).text
    extract_text(text, date(2021, 2, 8))  # warm: the pipeline's own objects are frozen
    gc.collect()
    gc.disable()
    try:
        before = gc.get_count()[0]
        for _ in range(3):
            extract_text(text, date(2021, 2, 8))
        left = gc.collect()
    finally:
        gc.enable()
    # spaCy's parser leaves a few small cycles per text (its step model and a partial);
    # a parsed report held in a cycle would leave thousands of objects
    assert left < 200, (before, left)


_DETERMINISM_SCRIPT = """
import json, sys
from pathlib import Path
from casetrail.extract import extract_text
from casetrail.ingest.formats import parse
out = {}
for name in sys.argv[1:]:
    path = Path(name)
    report = parse(path.read_bytes(), filename=path.name)
    out[path.name] = extract_text(report.text, report.published).as_dict()
print(json.dumps(out, sort_keys=True, default=str))
"""


def test_extraction_is_the_same_whatever_the_string_hash_seed() -> None:
    """Python orders sets of strings differently from one process to the next; the
    proposals must not depend on it. These two reports once changed with the seed: which
    of a person's names ("Orang Asli" or its last word) claimed a later mention, and the
    order of a lawyer's affiliations."""
    import os
    import subprocess
    import sys

    reports = [
        str(ROOT / "tests/gold/dev/820-malaysia-orang-asli-blockade-arrests.md"),
        str(ROOT / "tests/gold/dev/786-south-korea-union-official-national-security-act.md"),
    ]
    outputs = set()
    for seed in ("1", "2", "3"):
        done = subprocess.run(
            [sys.executable, "-c", _DETERMINISM_SCRIPT, *reports],
            capture_output=True,
            text=True,
            check=True,
            cwd=ROOT,
            env={**os.environ, "PYTHONHASHSEED": seed},
        )
        outputs.add(done.stdout)
    assert len(outputs) == 1


def _parsed_texts() -> list[Doc]:
    nlp = english_pipeline()
    texts = _texts()
    return [nlp(text) for text in texts[:3] + texts[-40:]]


def test_indexed_children_are_the_ones_spacy_yields() -> None:
    """``syntax.children`` reads each token's children from an index built once per
    report; for every token and label it must give what ``Token.children`` gives."""
    labels = [("nsubj", "ROOT"), ("dobj", "nsubjpass"), ("prep",), ("amod", "compound", "appos")]
    compared = 0
    for doc in _parsed_texts():
        for token in doc:
            for deps in labels:
                expected = [c.i for c in token.children if c.dep_ in deps]
                assert [c.i for c in children(token, *deps)] == expected, (token.text, deps)
                compared += len(expected)
    assert compared > 1000


def test_registry_word_index_finds_what_a_scan_of_the_tokens_finds() -> None:
    """Lower-case forms, lemmas and labels looked up through the registry's index, for a
    short and a long word list, whole and in a stretch, against reading every token."""
    long_list = frozenset(actor_words().titles)
    compared = 0
    for doc in _parsed_texts():
        registry = Registry(doc)
        start, end = len(doc) // 4, len(doc) // 2
        for words in ({"said", "the"}, long_list):
            lower = [t.i for t in doc if t.lower_ in words]
            assert registry.with_lower(words) == lower
            assert registry.with_lower(words, start, end) == [i for i in lower if start <= i < end]
            compared += len(lower)
        lemmas = [t.i for t in doc if t.lemma_.lower() in {"be", "say", "police"}]
        assert registry.with_lemma({"be", "say", "police"}) == lemmas
        assert registry.with_dep({"neg", "nsubj"}) == [
            t.i for t in doc if t.dep_ in {"neg", "nsubj"}
        ]
        compared += len(lemmas)
    assert compared > 1000


def test_split_cues_read_in_stretches_match_the_whole_report() -> None:
    """The act component runs its split-cue matcher only after the words such a cue can
    start with; it must find exactly what the matcher finds over the whole report."""
    nlp = english_pipeline()
    acts = nlp.get_pipe("casetrail_acts")
    docs = [
        *_parsed_texts(),
        nlp("Soldiers set the houses of the village on fire. The men were held for weeks."),
    ]
    found = 0
    for doc in docs:
        expected = sorted(acts.split_matcher(doc))
        assert sorted(acts._split_matches(doc)) == expected
        found += len(expected)
    assert found > 5


def test_the_service_stores_the_text_the_tokenizer_keeps() -> None:
    """The service gives the components the text it tokenised instead of ``Doc.text``
    joined again; spaCy keeps every character, so the two must be the same string."""
    nlp = english_pipeline()
    for text in [
        *_texts()[:5],
        "  Tabs\tand  double  spaces,\u00a0no-break\u2009thin and\r\nCRLF lines.  \n\n",
        "Emoji 👍🏽 and combining e\u0301 and zero\u200bwidth.",
    ]:
        assert nlp.make_doc(text).text == text
