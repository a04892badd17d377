"""The compiled kernels the parser and NER run on do the same arithmetic as numpy,
and the pipeline really runs on them (a build that lost them would be slower)."""

from __future__ import annotations

import numpy
import pytest
from thinc.api import LayerNorm, NumpyOps

from casetrail.extract import _kernels
from casetrail.extract.pipeline import FastCpuOps, english_pipeline, fast_layernorm

RANDOM = numpy.random.default_rng(7)


def _matrix(rows: int, columns: int) -> numpy.ndarray:
    return RANDOM.standard_normal((rows, columns)).astype("float32")


@pytest.mark.parametrize("trans_a", [False, True])
@pytest.mark.parametrize("trans_b", [False, True])
@pytest.mark.parametrize(("m", "n", "k"), [(1, 97, 64), (3, 5, 13), (16, 74, 64), (2, 3, 1)])
def test_sgemm_matches_numpy(trans_a: bool, trans_b: bool, m: int, n: int, k: int) -> None:
    a = _matrix(k, m) if trans_a else _matrix(m, k)
    b = _matrix(n, k) if trans_b else _matrix(k, n)
    expected = (a.T if trans_a else a) @ (b.T if trans_b else b)
    actual = _kernels.sgemm(a, b, trans_a=trans_a, trans_b=trans_b)
    assert actual.shape == (m, n)
    numpy.testing.assert_allclose(actual, expected, rtol=1e-5, atol=1e-5)


def test_sgemm_refuses_mismatched_shapes() -> None:
    with pytest.raises(ValueError, match="inner dimensions"):
        _kernels.sgemm(_matrix(2, 3), _matrix(4, 5))


def test_saxpy_adds_in_place() -> None:
    x, y = _matrix(1, 131)[0], _matrix(1, 131)[0]
    expected = y + 0.5 * x
    _kernels.saxpy(0.5, x, y)
    numpy.testing.assert_allclose(y, expected, rtol=1e-6)
    with pytest.raises(ValueError, match="lengths"):
        _kernels.saxpy(1.0, x, y[:3].copy())


@pytest.mark.parametrize("pieces", [1, 2, 3, 5])
def test_maxout_matches_thinc_including_ties(pieces: int) -> None:
    candidates = RANDOM.integers(0, 3, size=(41, 7, pieces)).astype("float32")  # many ties
    best, which = _kernels.maxout(candidates)
    expected_best, expected_which = NumpyOps().maxout(candidates)
    numpy.testing.assert_array_equal(best, expected_best)
    numpy.testing.assert_array_equal(which, expected_which)
    assert best.dtype == numpy.float32 and which.dtype == numpy.int32


def test_maxout_of_an_empty_batch() -> None:
    best, which = _kernels.maxout(numpy.zeros((0, 4, 3), dtype="float32"))
    assert best.shape == which.shape == (0, 4)


def test_ops_fall_back_for_what_the_kernels_do_not_cover() -> None:
    ops = FastCpuOps()
    doubles = RANDOM.standard_normal((5, 4, 3))
    best, which = ops.maxout(doubles)
    numpy.testing.assert_array_equal(best, doubles.max(axis=-1))
    numpy.testing.assert_array_equal(which, doubles.argmax(axis=-1))
    strided = RANDOM.standard_normal((5, 4, 6)).astype("float32")[:, :, ::2]
    best, which = ops.maxout(strided)
    numpy.testing.assert_array_equal(best, strided.max(axis=-1))
    numpy.testing.assert_array_equal(which, strided.argmax(axis=-1))


def test_parser_and_ner_run_on_the_kernels() -> None:
    nlp = english_pipeline()
    for name in ("parser", "ner"):
        ops = nlp.get_pipe(name).model.ops  # type: ignore[attr-defined]
        assert isinstance(ops, FastCpuOps)
        assert ops.cblas() is FastCpuOps().cblas()  # the kernels' table, not a fresh BLIS one
        assert type(ops.cblas()).__module__ == "thinc.backends.cblas"


@pytest.mark.parametrize("width", [96, 7, 1])
def test_layernorm_matches_thincs_layer(width: int) -> None:
    layer = LayerNorm(width)
    rows = _matrix(33, width) * 5 + 2
    layer.initialize(X=rows)
    layer.set_param("G", _matrix(1, width)[0])
    layer.set_param("b", _matrix(1, width)[0])
    expected = layer.predict(rows)
    numpy.testing.assert_allclose(
        _kernels.layernorm(rows, layer.get_param("G"), layer.get_param("b")),
        expected,
        rtol=1e-4,
        atol=1e-5,
    )
    fast = fast_layernorm(layer)
    numpy.testing.assert_allclose(fast.predict(rows), expected, rtol=1e-4, atol=1e-5)
    with pytest.raises(ValueError, match="as wide"):
        _kernels.layernorm(rows, layer.get_param("G")[:-1].copy(), layer.get_param("b"))


def test_fast_layernorm_trains_like_thincs() -> None:
    layer = LayerNorm(8)
    rows = _matrix(4, 8)
    layer.initialize(X=rows)
    fast = fast_layernorm(layer)
    expected, backprop = layer.begin_update(rows)
    actual, fast_backprop = fast.begin_update(rows)
    gradient = _matrix(4, 8)
    numpy.testing.assert_array_equal(actual, expected)
    numpy.testing.assert_array_equal(fast_backprop(gradient), backprop(gradient))


def test_tok2vec_networks_normalise_with_the_kernel() -> None:
    nlp = english_pipeline()
    for name in ("tok2vec", "ner"):
        model = nlp.get_pipe(name).model  # type: ignore[attr-defined]
        norms = [node for node in model.walk() if node.name == "layernorm"]
        assert len(norms) == 5
        thincs_forward = LayerNorm(1)._func
        assert all(node._func is not thincs_forward for node in norms)
