# Flambeau: `make demo` runs a whole campaign; `make test` runs the suite.
# Both bootstrap .venv on a fresh clone (the first install compiles llama.cpp: about 3 minutes).

PYTHON ?= python3.11
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp
PYTEST_ARGS ?=
# Tests that touch the database run again on PostgreSQL when a URL is given:
#   make test DATABASE_URL=postgres://postgres@127.0.0.1:5432/test
DATABASE_URL ?=
DB_TESTS := tests/app tests/connectors tests/e2e

.PHONY: setup demo test test-sqlite test-postgres serve worker lint fix bench docs clean

$(STAMP): pyproject.toml
	@command -v $(PYTHON) >/dev/null 2>&1 || { echo "error: $(PYTHON) not found (Flambeau needs Python 3.11; set PYTHON=...)"; exit 2; }
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	@touch $(STAMP)

setup: $(STAMP)

demo: setup
	$(BIN)/flambeau demo

test: test-sqlite test-postgres

test-sqlite: setup
	env -u DATABASE_URL $(BIN)/python -m pytest $(PYTEST_ARGS)

test-postgres: setup
	@if [ -n "$(DATABASE_URL)" ]; then \
		echo "== again on PostgreSQL: $(DB_TESTS)"; \
		DATABASE_URL="$(DATABASE_URL)" $(BIN)/python -m pytest $(PYTEST_ARGS) $(DB_TESTS); \
	else \
		echo "== PostgreSQL run skipped: no DATABASE_URL given"; \
	fi

serve: setup
	$(BIN)/flambeau serve

worker: setup
	$(BIN)/flambeau worker

lint: setup
	$(BIN)/ruff check src tests benchmarks
	$(BIN)/ruff format --check src tests benchmarks
	$(BIN)/mypy
	$(BIN)/python -m django check --settings=flambeau.app.settings
	$(BIN)/python -m django makemigrations --check --dry-run --settings=flambeau.app.settings

fix: setup
	$(BIN)/ruff check --fix src tests benchmarks
	$(BIN)/ruff format src tests benchmarks

bench: setup
	@for bench in benchmarks/*.py; do echo "== $$bench"; $(BIN)/python $$bench || exit 1; done

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache .hypothesis build dist
