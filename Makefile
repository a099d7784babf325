# Two commands on a fresh machine: `make run` and `make test`. Both build .venv themselves.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
PYTEST_ARGS ?=

.PHONY: run demo test check lint typecheck imports bench soak clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	@touch $@

$(VENV)/.installed-dev: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	@touch $@ $(VENV)/.installed

## run: the bot (TELEGRAM_TOKEN in the environment or .env), or the local demo without one
run: $(VENV)/.installed
	@$(BIN)/python -m bot

## demo: the local demo even when a token is set
demo: $(VENV)/.installed
	@$(BIN)/python -m bot demo

## test: the whole test suite
test: $(VENV)/.installed-dev
	$(BIN)/python -m pytest -q $(PYTEST_ARGS)

lint: $(VENV)/.installed-dev
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

typecheck: $(VENV)/.installed-dev
	$(BIN)/mypy

## imports: the layers of ARCHITECTURE.md (import-linter contracts in pyproject.toml)
imports: $(VENV)/.installed-dev
	$(BIN)/lint-imports

## check: lint, types, layers and tests (what CI runs)
check: lint typecheck imports test

## bench: print the performance and quality figures
bench: $(VENV)/.installed-dev
	$(BIN)/python -m bench

## soak: the long reliability variants
soak: $(VENV)/.installed-dev
	$(BIN)/python -m pytest -q -m "" tests/reliability tests/reminders/test_processes.py \
		tests/onboarding/test_conversation_machine.py

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache
