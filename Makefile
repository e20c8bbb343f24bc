# privacyguard developer commands. `make demo` and `make test` work on a fresh clone.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp

.PHONY: install demo test lint eval bench bench-ingest clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $(STAMP)

install: $(STAMP)

demo: install
	$(BIN)/privacyguard rules check
	$(BIN)/privacyguard scan examples/chats.jsonl
	mkdir -p out
	$(BIN)/privacyguard scan examples/chats.jsonl --jsonl > out/findings.jsonl
	@echo "findings for pipelines: out/findings.jsonl ($$(wc -l < out/findings.jsonl) lines)"

lint: install
	$(BIN)/ruff check privacyguard tests bench

test: install lint
	$(BIN)/python -m pytest -q

eval: install
	$(BIN)/python bench/accuracy/evaluate.py

bench: install
	$(BIN)/python bench/throughput.py

bench-ingest: install
	$(BIN)/python bench/ingest_messenger.py --size-mb 100 --size-mb 1024 --markdown out/bench-ingest.md

clean:
	rm -rf $(VENV) out .pytest_cache .ruff_cache
