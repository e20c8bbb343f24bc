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
	@echo "== detection rules and policies are valid"
	$(BIN)/privacyguard rules check
	$(BIN)/privacyguard policy check gdpr-default
	@echo "== scan chat messages (JSONL), then real exports (WhatsApp, Messenger, Telegram, Zendesk)"
	$(BIN)/privacyguard scan examples/chats.jsonl --no-progress
	$(BIN)/privacyguard scan examples/exports --no-progress
	mkdir -p out
	$(BIN)/privacyguard scan examples/chats.jsonl --jsonl > out/findings.jsonl
	@echo "findings for pipelines: out/findings.jsonl ($$(wc -l < out/findings.jsonl) lines)"
	@echo "== redact with the default policy, in the same formats"
	$(BIN)/privacyguard redact examples/chats.jsonl -o out/chats.redacted.jsonl --report out/redact-report.json
	$(BIN)/privacyguard redact examples/exports -o out/exports.redacted -q
	@echo "redacted copies: out/chats.redacted.jsonl, out/exports.redacted/"

lint: install
	$(BIN)/ruff check privacyguard tests bench

test: install lint
	$(BIN)/python -m pytest -q

eval: install
	@echo "== in-sample corpus (the rules were tuned on it)"
	$(BIN)/python bench/accuracy/evaluate.py
	@echo "== held-out corpus (written independently of the rules)"
	$(BIN)/python bench/accuracy/make_holdout.py
	$(BIN)/python bench/accuracy/evaluate.py --corpus bench/accuracy/corpus/holdout.jsonl
	@echo "== what survives redaction with the default policy"
	$(BIN)/python bench/accuracy/redaction_leak.py

bench: install
	$(BIN)/python bench/throughput.py

bench-ingest: install
	$(BIN)/python bench/ingest_messenger.py --size-mb 100 --size-mb 1024 --markdown out/bench-ingest.md

clean:
	rm -rf $(VENV) out .pytest_cache .ruff_cache
