# Opportunity Evaluator — set-up, run, test, benchmark, package.
PYTHON ?= python3
VENV   ?= .venv
PY     := $(VENV)/bin/python
PIP    := $(VENV)/bin/pip
STAMP  := $(VENV)/.installed
TESTSTAMP := $(VENV)/.installed-test
export PIP_DISABLE_PIP_VERSION_CHECK=1

.PHONY: run test lint test-slow bench package translations screenshots clean

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PIP) install -q -e .
	touch $@

$(TESTSTAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PIP) install -q -e '.[test]'
	touch $(STAMP) $@

run: $(STAMP)
	$(PY) -m evaluator.cli.run_examples

# The linter and the type checker first (configured in pyproject.toml: [tool.ruff], [tool.mypy]),
# then the suite.
test: $(TESTSTAMP) lint
	QT_QPA_PLATFORM=offscreen MPLBACKEND=Agg $(PY) -m pytest -q

lint: $(TESTSTAMP)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/mypy

test-slow: $(TESTSTAMP)
	QT_QPA_PLATFORM=offscreen MPLBACKEND=Agg $(PY) -m pytest -q -m slow

bench: $(TESTSTAMP)
	@for b in benchmarks/bench_*.py; do echo "== $$b"; QT_QPA_PLATFORM=offscreen MPLBACKEND=Agg $(PY) $$b || exit 1; done

clean:
	rm -rf build dist *.egg-info .pytest_cache

# Packaging targets (package, package-smoke, ...) live beside the packaging files.
-include packaging/package.mk
