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

demo: install
	$(BIN)/journalmeta parse --format jsonl fixtures/seed/*.txt fixtures/*/*.html fixtures/*/*.txt | $(BIN)/python -m journalmeta.tools.summary

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
