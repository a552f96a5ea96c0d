"""The compiled extract stage (mypyc, a regular install) says exactly what its Python source says."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from importlib import import_module
from pathlib import Path
from typing import Any

import pytest

from basewatch.ingest.readers import text_article
from conftest import EXAMPLES, ROOT

# Run by the source in a child process: the same articles, one JSON document per line.
_SOURCE_RUN = """
import json, sys
from pathlib import Path
from importlib import import_module
assert import_module("basewatch.extract.places").__file__.endswith(".py")
from basewatch.extract.pipeline import Pipeline
from basewatch.ingest.readers import text_article
pipe = Pipeline()
for path in sys.argv[1:]:
    a = text_article(Path(path).read_text(encoding="utf-8"), path)
    print(json.dumps(pipe.extract(a.text, published=a.published, url=a.url, title=a.title, publisher=a.source),
                     sort_keys=True))
"""

# The speaker phrases' tokens of the text given, by the source.
_TOKENS_RUN = """
import json, sys
from importlib import import_module
assert import_module("basewatch.extract.speakers").__file__.endswith(".py")
from basewatch.extract.speakers import lexicon, tokenize
print(json.dumps(tokenize(lexicon("en"), sys.argv[1], 0, len(sys.argv[1]))))
"""


def _compiled() -> bool:
    return not str(import_module("basewatch.extract.places").__file__).endswith(".py")


@pytest.mark.skipif(not _compiled(), reason="the extract stage is not compiled (`make dev` or no C compiler)")
def test_compiled_output_equals_the_source_output(pipeline: Any) -> None:
    paths = sorted(str(p) for p in EXAMPLES.glob("*.txt"))
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    run = subprocess.run([sys.executable, "-c", _SOURCE_RUN, *paths], env=env, capture_output=True, text=True)
    assert run.returncode == 0, run.stderr
    from_source = run.stdout.splitlines()
    for path, expected in zip(paths, from_source, strict=True):
        a = text_article(Path(path).read_text(encoding="utf-8"), path)
        got = json.dumps(pipeline.extract(a.text, published=a.published, url=a.url, title=a.title,
                                          publisher=a.source), sort_keys=True)
        assert got == expected, path


@pytest.mark.skipif(not _compiled(), reason="the extract stage is not compiled (`make dev` or no C compiler)")
def test_compiled_and_source_builds_share_the_city_index() -> None:
    """The gazetteer's cached index is keyed by its source, so the two builds of one code do not rebuild it in turn."""
    gazetteer = import_module("basewatch.extract.gazetteer")
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    code = ("from importlib import import_module; m = import_module('basewatch.extract.gazetteer'); "
            "assert m.__file__.endswith('.py'); print(m._index_path().name)")
    run = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True)
    assert run.returncode == 0, run.stderr
    assert run.stdout.strip() == gazetteer._index_path().name


@pytest.mark.skipif(not _compiled(), reason="the extract stage is not compiled (`make dev` or no C compiler)")
def test_compiled_tokens_lower_a_capital_sigma_as_the_source_does() -> None:
    """Compiled, `str.lower` is mypyc's, which lowers a capital sigma ending a word to 'σ' where CPython writes 'ς'."""
    speakers = import_module("basewatch.extract.speakers")
    text = "ΟΔΥΣΣΕΥΣ met ΣΑΣ crews; Σ and ΑΣ:Α."
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    run = subprocess.run([sys.executable, "-c", _TOKENS_RUN, text], env=env, capture_output=True, text=True)
    assert run.returncode == 0, run.stderr
    compiled = speakers.tokenize(speakers.lexicon("en"), text, 0, len(text))
    assert [list(token) for token in compiled] == json.loads(run.stdout)
