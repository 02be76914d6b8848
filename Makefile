PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
SHARED ?= ../shared

.PHONY: demo test lint score install install-test bench clean

$(BIN)/python:
	$(PY) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip

install: $(BIN)/python
	$(BIN)/pip install -q -e .

install-test: $(BIN)/python
	$(BIN)/pip install -q -e '.[test]'

FIXTURE_PAGES := $(sort $(wildcard fixtures/*/*.html fixtures/*/*.txt))

demo: install
	$(BIN)/journalmeta parse --format json $(FIXTURE_PAGES)

test: install-test
	$(BIN)/ruff check src tests
	$(BIN)/mypy
	$(BIN)/pytest

score: install
	@for set in seed corpus/text corpus/html; do \
	  echo "== $$set"; \
	  $(BIN)/python $(SHARED)/tools/score.py --cases $(SHARED)/$$set --cmd '$(BIN)/journalmeta parse --format json {input}' | tail -n 1; \
	done

bench: install
	$(BIN)/pip install -q -e '.[bench]'
	$(BIN)/python benchmarks/bench_parse.py

clean:
	rm -rf $(VENV) build dist *.egg-info
