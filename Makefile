# policygraph: `make run` builds the seeds' graph, `make test` runs the tests.
# Both set up a virtual environment in .venv first (Python 3.10 or newer).

PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin

.PHONY: setup run test lint bench clean

setup: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@

run: setup
	$(BIN)/policygraph build seeds --out graph

test: setup
	$(BIN)/ruff check src tests benchmarks notebooks
	$(BIN)/python -m pytest

lint: setup
	$(BIN)/ruff check src tests benchmarks notebooks
	$(BIN)/ruff format --check src tests benchmarks notebooks
	$(BIN)/mypy src

bench: setup
	$(BIN)/python -m policygraph.bench

clean:
	rm -rf $(VENV) graph/.cache
