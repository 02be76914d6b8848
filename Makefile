PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
SHARED ?= ../shared

.PHONY: demo test lint score install install-test bench bench-instructions bench-ingest bench-service bench-spark fuzz clean

$(BIN)/python:
	$(PY) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip

install: $(BIN)/python
	$(BIN)/pip install -q -e .

install-test: $(BIN)/python
	$(BIN)/pip install -q -e '.[test]'

FIXTURE_PAGES := $(sort $(wildcard fixtures/*/*.html fixtures/*/*.txt))

demo: install
	rm -f demo.sqlite demo.sqlite-wal demo.sqlite-shm
	$(BIN)/journalmeta ingest --db demo.sqlite --workers 2 fixtures
	$(BIN)/journalmeta export --db demo.sqlite --format json --where 'doi = 10.3969/j.issn.1674-9081.2020.04.006' --limit 1

test: install-test
	$(BIN)/ruff check src tests benchmarks fuzz
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

bench-instructions: install
	$(BIN)/pip install -q -e '.[bench]'
	$(BIN)/python benchmarks/bench_instructions.py

bench-ingest: install
	$(BIN)/pip install -q -e '.[bench]'
	$(BIN)/python benchmarks/bench_ingest.py

bench-service: install
	$(BIN)/pip install -q -e '.[bench,service]'
	$(BIN)/python benchmarks/bench_service.py

bench-spark: install
	$(BIN)/pip install -q -e '.[bench,spark]'
	$(BIN)/python benchmarks/bench_spark.py

fuzz: install
	$(BIN)/pip install -q atheris
	$(BIN)/python fuzz/seed.py fuzz/corpus-work
	cd fuzz && ../$(BIN)/python fuzz_parse.py corpus-work -max_total_time=1800 -timeout=10 -max_len=200000

clean:
	rm -rf $(VENV) build dist *.egg-info
