# sme-kg: `make demo` runs the main job on the shipped data, `make test` runs the tests.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test lint format bench clean

$(STAMP): pyproject.toml
	$(PYTHON) -c 'import sys; assert sys.version_info >= (3, 11), "sme-kg needs Python 3.11 or newer"'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

demo: $(STAMP)
	$(BIN)/kg validate
	$(BIN)/kg stats
	$(BIN)/kg build -o build/sme-kg.nq
	$(BIN)/kg ask experts-of-program --program OSM
	$(BIN)/kg path "Kim Peng Foo" "D. CAMP"
	@# The page always; its README screenshot too where Debian's Chromium is installed.
	@if [ -x /usr/bin/chromium ]; then set -x; $(BIN)/kg viz --screenshot visualizations/sme-ecosystem.png; \
	  else set -x; $(BIN)/kg viz; echo "(no /usr/bin/chromium: screenshot not refreshed)"; fi
	$(BIN)/kg release build/release
	$(BIN)/kg eval-extract --gold tests/extract/gold --articles tests/extract/articles | head -8

test: $(STAMP)
	$(BIN)/python -m pytest -q

lint: $(STAMP)
	$(BIN)/ruff format --check .
	$(BIN)/ruff check .

format: $(STAMP)
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

bench: $(STAMP)
	$(BIN)/python bench/run.py

clean:
	rm -rf build .pytest_cache
