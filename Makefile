PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp

.PHONY: venv demo test lint wheel bench-ingest mutation clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $(STAMP)

venv: $(STAMP)

demo: $(STAMP)
	$(BIN)/curate demo --output build/demo

lint: $(STAMP)
	$(BIN)/ruff check .

test: lint
	$(BIN)/python -m pytest -q

# The wheel Beam's stager ships to remote workers (--extra_package dist/korean_curate-*.whl):
# code, bundled models and lexicons. Built offline from the venv's setuptools.
wheel: $(STAMP)
	rm -rf dist
	$(BIN)/pip wheel --quiet --no-deps --no-build-isolation -w dist .

# Debian's Chromium and its driver, for the review app's browser tests (make test); as root,
# or through sudo.
.PHONY: browser-deps
browser-deps:
	$(if $(filter 0,$(shell id -u)),,sudo) apt-get update -qq
	$(if $(filter 0,$(shell id -u)),,sudo) apt-get install -y -qq chromium chromium-driver

bench-ingest: $(STAMP)
	$(BIN)/python benchmarks/bench_ingest.py

# Mutation testing (mutmut, configured in pyproject.toml [tool.mutmut]); not part of `test` or CI.
#   make mutation                                   every mutant without a verdict yet
#   make mutation MUTATE='filters/lsh.py lineage/'  these modules again
#   make mutation MUTATE='filters.lsh.x_band_keys__mutmut_3'   one mutant (names as listed in
#                                                   build/mutation/survivors.txt)
#   MUTATE_TESTS='tests/filters/test_lsh.py'        replaces the test selection for the run
#   MUTATION_JOBS=1                                 parallel workers (default: all cores)
# mutants/ keeps the mutants, the test map and the verdicts between runs.
MUTATE ?=
MUTATE_TESTS ?=
MUTATION_JOBS ?=
MUTATION_SURVIVORS ?= build/mutation/survivors.txt

mutation: $(STAMP)
	$(BIN)/python benchmarks/mutation_run.py $(MUTATE) \
		$(if $(MUTATE_TESTS),--tests $(MUTATE_TESTS)) \
		$(if $(MUTATION_JOBS),--max-children $(MUTATION_JOBS))
	$(BIN)/python benchmarks/mutation_report.py $(MUTATE) --survivors $(MUTATION_SURVIVORS)

clean:
	rm -rf $(VENV) build dist mutants
