"""Types of the compiled kernels in _kernels.pyx."""

from typing import Any

import numpy
from numpy.typing import NDArray

def small_matrix_cblas() -> Any: ...
def sgemm(
    a: NDArray[numpy.float32],
    b: NDArray[numpy.float32],
    trans_a: bool = False,
    trans_b: bool = False,
) -> NDArray[numpy.float32]: ...
def saxpy(alpha: float, x: NDArray[numpy.float32], y: NDArray[numpy.float32]) -> None: ...
def maxout(
    candidates: NDArray[numpy.float32],
) -> tuple[NDArray[numpy.float32], NDArray[numpy.int32]]: ...
def layernorm(values: NDArray[numpy.float32], scale: Any, shift: Any) -> NDArray[numpy.float32]: ...
