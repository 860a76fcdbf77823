"""MatmulOps: the same products as thinc's NumpyOps, and the loaded pipelines use it."""

from __future__ import annotations

import numpy
import pytest
import spacy
from thinc.api import NumpyOps

from multivektor.nlp import model_path
from multivektor.nlp.fast_ops import MatmulOps, use_matmul


@pytest.mark.parametrize(("trans1", "trans2"), [(False, False), (True, False), (False, True),
                                                 (True, True)])
def test_gemm_matches_numpy_ops(trans1, trans2):
    rng = numpy.random.default_rng(7)
    x = rng.standard_normal((5, 7) if not trans1 else (7, 5)).astype("float32")
    y = rng.standard_normal((7, 3) if not trans2 else (3, 7)).astype("float32")
    expected = NumpyOps().gemm(x, y, trans1=trans1, trans2=trans2)
    got = MatmulOps().gemm(x, y, trans1=trans1, trans2=trans2)
    assert got.shape == (5, 3)
    numpy.testing.assert_allclose(got, expected, rtol=1e-5, atol=1e-5)
    out = numpy.zeros((5, 3), dtype="float32")
    assert MatmulOps().gemm(x, y, out=out, trans1=trans1, trans2=trans2) is out
    numpy.testing.assert_allclose(out, expected, rtol=1e-5, atol=1e-5)


def test_loaded_pipeline_uses_matmul_and_annotates_the_same(nb):
    layers = [layer for _, pipe in nb.pipeline if hasattr(pipe, "model")
              for layer in pipe.model.walk()]
    assert layers and all(isinstance(layer.ops, MatmulOps) for layer in layers)
    plain = spacy.load(model_path("nb"))  # thinc's default ops
    text = "Statsministeren møtte Russlands president i Oslo tirsdag. Han ba om våpenhvile."
    fast, slow = nb(text), plain(text)
    assert [(t.tag_, t.dep_, t.head.i, t.lemma_, t.ent_type_) for t in fast] == \
        [(t.tag_, t.dep_, t.head.i, t.lemma_, t.ent_type_) for t in slow]
    assert not isinstance(plain.get_pipe("parser").model.ops, MatmulOps)
    assert use_matmul(plain) is plain
    assert isinstance(plain.get_pipe("parser").model.ops, MatmulOps)
