# The two commands of the README: `make demo` and `make test`. Both create the virtualenv and
# install the project on first use.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin

.PHONY: demo test lint bench install compiled clean

$(BIN)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $@

install: $(BIN)/.installed

demo: $(BIN)/.installed
	$(BIN)/grouppulse demo

lint: $(BIN)/.installed
	$(BIN)/ruff check .
	$(BIN)/mypy

test: lint
	$(BIN)/pytest -q

# The moderator's hot path compiled with mypyc (streams/detect/compiled.py), as the Docker image
# ships it, in build/compiled (kept while the sources do not change): `PYTHONPATH=build/compiled`
# runs it; tests/integration/test_compiled.py checks it reads every line as the interpreter does.
compiled: $(BIN)/.installed
	$(BIN)/python -m streams.detect.compiled build/compiled

bench: $(BIN)/.installed
	$(BIN)/pip install --quiet -e '.[dev,bench]'
	$(BIN)/python bench/json_decode.py
	$(BIN)/python bench/detect_lexicon.py
	$(BIN)/python bench/moderation_eval.py 50000
	$(BIN)/python -m streams.detect.compiled build/compiled
	PYTHONPATH=build/compiled $(BIN)/python bench/moderation_eval.py 50000
	$(BIN)/python bench/sentiment_compare.py
	$(BIN)/python bench/sentiment_speed.py
	$(BIN)/python bench/throughput.py --events 100000

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache .mypy_cache .ruff_cache
