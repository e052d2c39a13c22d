# The two commands a newcomer needs: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin

.PHONY: run test lint validate clean

run: $(VENV)/.installed-app
	$(BIN)/mockloop serve

test: $(VENV)/.installed-dev
	bash scripts/install-test-deps.sh
	$(BIN)/ruff check app tests
	$(BIN)/pytest -n 2 -m "not browser" --durations=10
	# Browser tests run on their own so a busy grader cannot starve the live server.
	$(BIN)/pytest -m browser

validate: $(VENV)/.installed-app
	$(BIN)/mockloop validate

lint: $(VENV)/.installed-dev
	$(BIN)/ruff check app tests

$(VENV)/bin/python:
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "Mockloop needs Python 3.11 or newer (set PYTHON=python3.11)")'
	$(PYTHON) -m venv $(VENV)

# The torch pin in pyproject.toml keeps this to the CPU wheel (a loose pin pulls a multi-GB CUDA build).
$(VENV)/.installed-app: pyproject.toml | $(VENV)/bin/python
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e .
	touch $@

$(VENV)/.installed-dev: pyproject.toml | $(VENV)/bin/python
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e '.[dev]'
	touch $(VENV)/.installed-app $@

clean:
	rm -rf $(VENV) data .pytest_cache
