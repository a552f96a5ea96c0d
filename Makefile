# Two commands for a fresh machine: `make demo` and `make test`.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
# A regular (not editable) install: setup.py compiles the extract stage with mypyc, so a change
# to any source file means a rebuild.
SOURCES := $(shell find src -type f -not -name '*.pyc' -not -path '*/__pycache__/*')

.PHONY: demo test install dev lint bench clean

$(STAMP): pyproject.toml setup.py $(SOURCES)
	$(PY) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet '.[test]'
	touch $(STAMP)

install: $(STAMP)

demo: $(STAMP)
	rm -rf out && mkdir -p out
	$(BIN)/basewatch extract examples/syria-khmeimim-bombers.txt > out/syria-khmeimim-bombers.json
	@echo "one article -> out/syria-khmeimim-bombers.json (basewatch/article@1)"
	$(BIN)/basewatch ingest examples --db out/demo.db
	$(BIN)/basewatch facilities --db out/demo.db
	$(BIN)/basewatch export --format geojson --db out/demo.db -o out/facilities.geojson
	@echo "map layer -> out/facilities.geojson; explore with: $(BIN)/basewatch facility Hmeimim --db out/demo.db"

test: $(STAMP)
	$(BIN)/ruff check src tests scripts
	$(BIN)/mypy
	$(BIN)/pytest -q; rc=$$?; if [ $$rc -eq 5 ]; then echo "pytest collected no tests"; exit 1; fi; exit $$rc

# For working on the code: an editable, pure-Python install that runs the source as edited.
dev:
	$(PY) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	BASEWATCH_PURE=1 $(BIN)/pip install --quiet -e '.[test]'
	rm -f $(STAMP)

bench: $(STAMP)
	$(BIN)/python scripts/bench_extract.py

clean:
	rm -rf $(VENV) build *.egg-info
