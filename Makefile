# Everything a fresh machine needs is installed from here: `make test` and `make run` build .venv.
VENV ?= .venv
PY := $(VENV)/bin/python
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test lint typecheck pytest bench check clean

# pip -qq: errors only. A fresh install otherwise prints ~60 lines of harmless warnings
# (build-backend notices, "Location ... is ignored" for index folders a machine lacks).
PIP := $(PY) -m pip --quiet --quiet --disable-pip-version-check

$(STAMP): pyproject.toml constraints.txt
	python3 -m venv $(VENV)
	$(PIP) install --upgrade pip
	$(PIP) install -c constraints.txt -e '.[dev]'
	touch $(STAMP)

## run: talk to the bot. With TELEGRAM_BOT_TOKEN set it serves Telegram; otherwise a terminal chat.
run: $(STAMP)
	@if [ -n "$$TELEGRAM_BOT_TOKEN" ]; then $(BIN)/advice-bot run; else $(BIN)/advice-bot chat; fi

## test: lint + type-check + content checks + the whole test suite
test: lint typecheck check pytest

lint: $(STAMP)
	$(BIN)/ruff check bot tests bench
	$(BIN)/ruff format --check bot tests bench
	$(BIN)/hadolint Dockerfile
	$(BIN)/python -m bot.i18n.mozlint .

typecheck: $(STAMP)
	$(BIN)/mypy bot

check: $(STAMP)
	$(BIN)/advice-bot check

pytest: $(STAMP)
	$(BIN)/pytest

bench: $(STAMP)
	$(BIN)/python -m bench

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache
