# Two commands a fresh machine needs: `make run` and `make test` (CI runs `make test` via .ci/run).
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
DB ?= rasad.duckdb

.PHONY: run test setup bench clean

$(BIN)/rasad: pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	touch $(BIN)/rasad

setup: $(BIN)/rasad

run: setup
	$(BIN)/rasad run samples/ --db $(DB)
	$(BIN)/rasad events --db $(DB)

test: setup
	$(BIN)/python -m pytest -q

# Benchmarks compare against hazm in the same process; hazm pins an old numpy, so it gets its own venv.
BENCH := .venv-bench/bin
$(BENCH)/python: pyproject.toml
	test -x $(BENCH)/python || $(PYTHON) -m venv .venv-bench
	$(BENCH)/pip install --quiet -e . hazm
	touch $(BENCH)/python

bench: $(BENCH)/python
	$(BENCH)/python benchmarks/run_all.py

clean:
	rm -rf $(VENV) .venv-bench $(DB) *.egg-info
