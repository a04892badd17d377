"""Builds casetrail's one compiled module, the parser's small-matrix kernels.

Everything else about the package is declared in pyproject.toml. The extension is
optional: where no C++ compiler is at hand the install still succeeds and extraction
falls back to thinc's own BLAS (slower, same results)."""

from Cython.Build import cythonize
from setuptools import Extension, setup

kernels = Extension(
    "casetrail.extract._kernels",
    ["casetrail/extract/_kernels.pyx"],
    language="c++",
    extra_compile_args=["-O3"],
    optional=True,
)

setup(ext_modules=cythonize([kernels], quiet=True))
