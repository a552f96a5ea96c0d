"""Build hook: compile the extraction stage with mypyc, so `extract` runs as C rather than bytecode.

The Python source stays the reference and the compiled modules are built from it unchanged:
mypyc turns the type-annotated code into a C extension (about 1.3-1.5x faster here). It is
skipped, leaving the pure-Python package, when BASEWATCH_PURE is set (as `make dev` does for an
editable checkout, where a stale compiled module would shadow edited source) or when mypyc is
not importable.
"""

import os
from pathlib import Path

from setuptools import Extension, setup

COMPILED = ["src/basewatch/model.py", *sorted(str(p) for p in Path("src/basewatch/extract").glob("*.py"))]


def extensions() -> list[Extension]:
    if os.environ.get("BASEWATCH_PURE"):
        return []
    try:
        from mypyc.build import mypycify
    except ImportError:
        return []
    return mypycify(COMPILED, opt_level="3")


setup(ext_modules=extensions())
