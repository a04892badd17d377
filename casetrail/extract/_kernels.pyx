# cython: language_level=3, boundscheck=False, wraparound=False, cdivision=True
"""Small-matrix CPU kernels for spaCy's parser and NER step loops, and predict-time
maxout and layer normalisation for the token-to-vector networks.

The transition parsers score one state at a time: a 1 x 64 by 64 x n product per
step, thousands of steps per report. The BLIS build that thinc ships runs its generic
kernel on many CPUs and spends most of such a call packing and checking; these loops
do the arithmetic directly. They are handed to spaCy through thinc's ``CBlas`` table,
the interface thinc keeps for swapping BLAS routines (``set_sgemm``/``set_saxpy``).
``tests/test_extract_speed.py`` checks the annotations stay those of the shipped
model, and ``tests/test_kernels.py`` checks the arithmetic against numpy.
"""

from thinc.backends.cblas cimport CBlas, set_saxpy, set_sgemm

import numpy


cdef extern from *:
    """
    #include <math.h>
    #include <string.h>

    /* Four floats as one value: GCC and clang vectorise these on any target. */
    typedef float ct_v4 __attribute__((vector_size(16)));

    static inline ct_v4 ct_load(const float* p) {
        ct_v4 v;
        memcpy(&v, p, sizeof(v));
        return v;
    }

    static inline float ct_dot(const float* a, const float* b, int n) {
        ct_v4 acc0 = {0, 0, 0, 0};
        ct_v4 acc1 = {0, 0, 0, 0};
        int k = 0;
        for (; k + 8 <= n; k += 8) {
            acc0 += ct_load(a + k) * ct_load(b + k);
            acc1 += ct_load(a + k + 4) * ct_load(b + k + 4);
        }
        acc0 += acc1;
        float total = (acc0[0] + acc0[2]) + (acc0[1] + acc0[3]);
        for (; k < n; ++k) total += a[k] * b[k];
        return total;
    }

    /* C = alpha * op(A) op(B) + beta * C, row-major, as thinc's sgemm_ptr. */
    static void ct_sgemm(int trans_a, int trans_b, int M, int N, int K, float alpha,
                         const float* A, int lda, const float* B, int ldb,
                         float beta, float* C, int ldc) {
        for (int i = 0; i < M; ++i) {
            for (int j = 0; j < N; ++j) {
                float total;
                if (!trans_a && trans_b) {
                    total = ct_dot(A + (long)i * lda, B + (long)j * ldb, K);
                } else {
                    total = 0;
                    for (int k = 0; k < K; ++k) {
                        float a = trans_a ? A[(long)k * lda + i] : A[(long)i * lda + k];
                        float b = trans_b ? B[(long)j * ldb + k] : B[(long)k * ldb + j];
                        total += a * b;
                    }
                }
                float* c = C + (long)i * ldc + j;
                *c = beta == 0 ? alpha * total : alpha * total + beta * *c;
            }
        }
    }

    static void ct_saxpy(int N, float alpha, const float* X, int inc_x,
                         float* Y, int inc_y) {
        if (inc_x == 1 && inc_y == 1) {
            for (int i = 0; i < N; ++i) Y[i] += alpha * X[i];
        } else {
            for (int i = 0; i < N; ++i) Y[(long)i * inc_y] += alpha * X[(long)i * inc_x];
        }
    }

    /* Each row scaled to mean 0 and variance 1 (plus 1e-8, as thinc's LayerNorm), then
       times G plus b. */
    static inline float ct_sum(ct_v4 v) { return (v[0] + v[2]) + (v[1] + v[3]); }

    static void ct_layernorm(const float* X, long rows, int width, const float* G,
                             const float* b, float* Y) {
        int vectorised = width - width % 4;
        for (long r = 0; r < rows; ++r) {
            const float* x = X + r * width;
            float* y = Y + r * width;
            ct_v4 lanes = {0, 0, 0, 0};
            for (int i = 0; i < vectorised; i += 4) lanes += ct_load(x + i);
            float sum = ct_sum(lanes);
            for (int i = vectorised; i < width; ++i) sum += x[i];
            float mean = sum / width;
            ct_v4 squares = {0, 0, 0, 0};
            for (int i = 0; i < vectorised; i += 4) {
                ct_v4 d = ct_load(x + i) - mean;
                squares += d * d;
            }
            float square_sum = ct_sum(squares);
            for (int i = vectorised; i < width; ++i) square_sum += (x[i] - mean) * (x[i] - mean);
            float scale = 1.0f / sqrtf(square_sum / width + 1e-08f);
            for (int i = 0; i < width; ++i) y[i] = (x[i] - mean) * scale * G[i] + b[i];
        }
    }

    /* The best of each group of P candidates and where it was (the first on ties). */
    static void ct_maxout(const float* X, long groups, int P, float* best, int* which) {
        for (long g = 0; g < groups; ++g) {
            const float* x = X + g * P;
            float top = x[0];
            int at = 0;
            for (int p = 1; p < P; ++p) {
                if (x[p] > top) {
                    top = x[p];
                    at = p;
                }
            }
            best[g] = top;
            which[g] = at;
        }
    }
    """
    void ct_sgemm(bint trans_a, bint trans_b, int M, int N, int K, float alpha,
                  const float* A, int lda, const float* B, int ldb,
                  float beta, float* C, int ldc) noexcept nogil
    void ct_saxpy(int N, float alpha, const float* X, int inc_x,
                  float* Y, int inc_y) noexcept nogil
    void ct_maxout(const float* X, long groups, int P, float* best, int* which) noexcept nogil
    void ct_layernorm(const float* X, long rows, int width, const float* G,
                      const float* b, float* Y) noexcept nogil


def small_matrix_cblas():
    """thinc's BLAS table with these kernels in place of BLIS's sgemm and saxpy."""
    cdef CBlas table = CBlas()
    set_sgemm(table, ct_sgemm)
    set_saxpy(table, ct_saxpy)
    return table


def sgemm(const float[:, ::1] a, const float[:, ::1] b, bint trans_a=False,
          bint trans_b=False):
    """op(a) @ op(b) through the same kernel the parser gets (for tests)."""
    cdef int M = a.shape[1] if trans_a else a.shape[0]
    cdef int K = a.shape[0] if trans_a else a.shape[1]
    cdef int N = b.shape[0] if trans_b else b.shape[1]
    if (b.shape[1] if trans_b else b.shape[0]) != K:
        raise ValueError("inner dimensions differ")
    out = numpy.zeros((M, N), dtype="float32")
    cdef float[:, ::1] c = out
    if M and N:
        ct_sgemm(trans_a, trans_b, M, N, K, 1.0, &a[0, 0], a.shape[1], &b[0, 0],
                 b.shape[1], 0.0, &c[0, 0], N)
    return out


def saxpy(float alpha, const float[::1] x, float[::1] y):
    """y += alpha * x through the parser's kernel (for tests)."""
    if x.shape[0] != y.shape[0]:
        raise ValueError("lengths differ")
    if x.shape[0]:
        ct_saxpy(x.shape[0], alpha, &x[0], 1, &y[0], 1)


def maxout(const float[:, :, ::1] candidates):
    """(best, which) of each group of pieces, as thinc's ``Ops.maxout`` returns them."""
    cdef long rows = candidates.shape[0]
    cdef long outputs = candidates.shape[1]
    cdef int pieces = candidates.shape[2]
    best = numpy.empty((rows, outputs), dtype="float32")
    which = numpy.empty((rows, outputs), dtype="int32")
    cdef float[:, ::1] best_view = best
    cdef int[:, ::1] which_view = which
    if rows and outputs and pieces:
        with nogil:
            ct_maxout(&candidates[0, 0, 0], rows * outputs, pieces, &best_view[0, 0],
                      &which_view[0, 0])
    return best, which


def layernorm(const float[:, ::1] values, const float[::1] scale, const float[::1] shift):
    """thinc's LayerNorm at prediction time, row by row:
    (values - mean) / sqrt(var + 1e-8) * scale + shift."""
    cdef long rows = values.shape[0]
    cdef int width = values.shape[1]
    if scale.shape[0] != width or shift.shape[0] != width:
        raise ValueError("scale and shift must be as wide as the rows")
    out = numpy.empty((rows, width), dtype="float32")
    cdef float[:, ::1] normalised = out
    if rows and width:
        with nogil:
            ct_layernorm(&values[0, 0], rows, width, &scale[0], &shift[0], &normalised[0, 0])
    return out
