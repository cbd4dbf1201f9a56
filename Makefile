# The two entry points of the README: `make run` and `make test`.
# Both build .venv from the lock when it is missing or older than the lock.
PYTHON ?= python3.11
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: run test bench evaluate clean lock

$(STAMP): requirements.lock pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -r requirements.lock
	$(BIN)/python -m pip install -q --no-deps -e .
	$(BIN)/bilan gazetteer build
	@touch $(STAMP)

# Ingest the bundled sample into ./bilan.db (again: a no-op) and print its incidents.
run: $(STAMP)
	$(BIN)/bilan ingest examples/seeds.jsonl examples/reports.jsonl --db bilan.db
	$(BIN)/bilan incidents --db bilan.db

test: $(STAMP)
	$(BIN)/python -m pytest -n 2 -q

evaluate: $(STAMP)
	$(BIN)/python bench/evaluate.py

bench: $(STAMP)
	$(BIN)/python bench/throughput.py

# Re-pin every dependency after editing pyproject.toml.
lock:
	uv pip compile pyproject.toml --extra test -o requirements.lock --python-version 3.11

clean:
	rm -rf $(VENV) out .pytest_cache
