"""Faster inference for the trained pipelines: matrix products through numpy's BLAS.

thinc's :class:`~thinc.api.NumpyOps` multiplies matrices with its bundled ``blis``. On the
machines this project runs on, numpy's own BLAS (OpenBLAS) does the same ``float32`` product
several times faster, and the matrix products of the tok2vec encoder, the taggers and the
parser's and recogniser's feature layers are most of the NLP time. :class:`MatmulOps` is
``NumpyOps`` with ``gemm`` done by :func:`numpy.matmul`: same numbers up to float rounding
(the predictions are the same), about 1.6x the speed (``benchmarks/pipeline_speed.py``).
The parser's per-transition loop is compiled against ``blis`` and is not affected.

Inference only: :func:`use_matmul` is applied by :func:`multivektor.nlp.load`; training keeps
thinc's default ops.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy
from thinc.api import NumpyOps

if TYPE_CHECKING:
    from spacy.language import Language

__all__ = ["MatmulOps", "use_matmul"]


class MatmulOps(NumpyOps):
    """``NumpyOps`` whose matrix product is :func:`numpy.matmul` (OpenBLAS) instead of blis."""

    name = "multivektor_matmul"

    def gemm(
        self,
        x: numpy.ndarray,
        y: numpy.ndarray,
        out: numpy.ndarray | None = None,
        trans1: bool = False,
        trans2: bool = False,
    ) -> numpy.ndarray:
        """``x @ y`` (either side transposed first), into ``out`` when given."""
        if trans1:
            x = x.T
        if trans2:
            y = y.T
        if out is None:
            return numpy.matmul(x, y)
        numpy.matmul(x, y, out=out)
        return out


def use_matmul(nlp: Language) -> Language:
    """Switch every model layer of ``nlp``'s components to :class:`MatmulOps`; returns ``nlp``."""
    ops = MatmulOps()
    for _name, component in nlp.pipeline:
        model = getattr(component, "model", None)
        if model is None or not hasattr(model, "walk"):
            continue
        for layer in model.walk():
            layer.ops = ops
    return nlp
