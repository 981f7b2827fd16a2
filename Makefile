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

# The lint (ruff + mypy, ~20 s cold), the unit and agent tests (CPU only, ~4 minutes) run beside
# the integration tests (brokers, workers, kill -9s, ~17 minutes, much of it waiting) at a lower
# priority, on the core those leave idle, so CI stays under 20 minutes on a slow 2-core machine;
# their logs follow, and any of the three failing fails the target.
test: $(BIN)/.installed
	@lint_log=$$(mktemp); unit_log=$$(mktemp); unit_tmp=$$(mktemp -d); \
	(nice -n 10 $(BIN)/ruff check . && nice -n 10 $(BIN)/mypy) >"$$lint_log" 2>&1 & lint_pid=$$!; \
	nice -n 15 $(BIN)/pytest -q --basetemp="$$unit_tmp" tests/unit tests/agents \
	    >"$$unit_log" 2>&1 & unit_pid=$$!; \
	$(BIN)/pytest -q tests/integration; integration=$$?; \
	wait $$lint_pid; lint=$$?; wait $$unit_pid; unit=$$?; \
	echo "--- lint (ruff, mypy), run beside the integration tests:"; cat "$$lint_log"; \
	echo "--- tests/unit and tests/agents, run beside the integration tests:"; \
	cat "$$unit_log"; rm -rf "$$lint_log" "$$unit_log" "$$unit_tmp"; \
	test $$lint -eq 0 && test $$integration -eq 0 && test $$unit -eq 0

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
