"""The token-to-vector networks remember each distinct token's embedding: the vectors
they hand on are the network's own, whether computed now or remembered, and the memory
stays bounded."""

from __future__ import annotations

from typing import Any

import numpy
import pytest
import spacy
from thinc.api import Model

from casetrail.extract import pipeline
from casetrail.extract.pipeline import MODEL, english_pipeline, remembered_embedding

TEXTS = [
    "Police in Soroti detained three activists on Monday, their lawyer said.",
    "The activists said police had beaten them; police denied it.",
    "Niemand wurde verhaftet. 12345 !!! ???",
    "",
]


def _embeddings(nlp: Any) -> list[Model[Any, Any]]:
    models = [nlp.get_pipe(name).model for name in ("tok2vec", "ner")]
    return [
        node
        for model in models
        for node in model.walk()
        if node.name.startswith("extract_features>>") and node.name.endswith(">>ragged2list")
    ]


@pytest.fixture(scope="module")
def shipped() -> Any:
    return spacy.load(MODEL, exclude=["senter"])


def test_both_networks_remember_their_embeddings() -> None:
    nlp = english_pipeline()
    names = {name: [n.name for n in nlp.get_pipe(name).model.walk()] for name in ("tok2vec", "ner")}
    assert names["tok2vec"].count("remembered_embed") == 1
    assert names["ner"].count("remembered_embed") == 1


def test_remembered_vectors_equal_the_networks_own(shipped: Any) -> None:
    for original in _embeddings(shipped):
        wrapped = remembered_embedding(original)
        docs = [shipped.make_doc(text) for text in TEXTS]
        expected = original.predict(docs)
        first = wrapped.predict(docs)  # computed
        again = wrapped.predict(list(reversed(docs)))  # remembered, other order
        assert wrapped.attrs["memory"], "nothing was remembered"
        for want, got in zip(expected, first, strict=True):
            numpy.testing.assert_array_equal(got, want)
        for want, got in zip(reversed(expected), again, strict=True):
            numpy.testing.assert_array_equal(got, want)


def test_memory_starts_over_when_full(shipped: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pipeline, "REMEMBERED_EMBEDDINGS", 8)
    original = _embeddings(shipped)[0]
    wrapped = remembered_embedding(original)
    sizes = []
    for text in ["Police detained three activists.", "The activists said police beat them."] * 2:
        doc = shipped.make_doc(text)
        (got,) = wrapped.predict([doc])
        (want,) = original.predict([doc])
        numpy.testing.assert_array_equal(got, want)
        sizes.append(len(wrapped.attrs["memory"]))
    # 5 distinct tokens, then 7 (5 + 7 > 8: start over), then 5 again (7 + 5 > 8)
    assert sizes == [5, 7, 5, 7]


def test_training_goes_through_the_network_itself(shipped: Any) -> None:
    original = _embeddings(shipped)[0]
    wrapped = remembered_embedding(original)
    docs = [shipped.make_doc(TEXTS[0])]
    vectors, backprop = wrapped.begin_update(docs)
    assert not wrapped.attrs["memory"]  # training neither reads nor fills the memory
    assert vectors[0].shape == (len(docs[0]), original.get_dim("nO"))
    backprop([numpy.zeros_like(vectors[0])])  # the network's own gradient, no refusal


def test_a_report_with_more_distinct_tokens_than_the_memory_holds(
    shipped: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(pipeline, "REMEMBERED_EMBEDDINGS", 3)
    original = _embeddings(shipped)[0]
    wrapped = remembered_embedding(original)
    doc = shipped.make_doc(TEXTS[1])
    numpy.testing.assert_array_equal(wrapped.predict([doc])[0], original.predict([doc])[0])
    assert not wrapped.attrs["memory"]
