# Two commands set everything up on a machine with only Python 3.11:
#   make demo   builds the environment and runs the main job on the sample data
#   make test   builds the environment and runs the tests
# uv is bootstrapped from PyPI into .tools/ (pinned), the environment is installed from uv.lock.

SHELL := /bin/bash
.DEFAULT_GOAL := help
PYTHON ?= python3
UV_VERSION := 0.13.9
UV := .tools/bin/uv
export UV_PYTHON_DOWNLOADS := never
# The interpreter itself, not a shim (pyenv): uv compares this path with the venv's, and a
# mismatch makes every `uv run` recreate .venv, losing the registered kernel.
export UV_PYTHON := $(shell $(PYTHON) -c 'import sys; print(sys.executable)')
KERNEL := .venv/share/jupyter/kernels/recordskit/kernel.json
PYTEST_ARGS ?=
BENCH_ARGS ?=

.PHONY: help env demo test bench docs lab lint clean

help:
	@echo "make demo   - build the environment and run the main job on data_samples/"
	@echo "make test   - build the environment and run the tests"
	@echo "make bench  - run the benchmarks at 1M and 10M comments (slow; writes benchmarks/results/)"
	@echo "              e.g. make bench BENCH_ARGS='--tier 1m --only W3'"
	@echo "make docs   - regenerate docs/data_dictionary.md from the schema"
	@echo "make lab    - start JupyterLab with the project's kernel"

$(UV):
	$(PYTHON) -m venv .tools
	.tools/bin/python -m pip install --quiet --disable-pip-version-check "uv==$(UV_VERSION)"

.venv/.synced: $(UV) pyproject.toml uv.lock
	$(UV) sync --frozen --quiet --compile-bytecode
	@touch $@

$(KERNEL): .venv/.synced
	$(UV) run --frozen python -m ipykernel install --sys-prefix --name recordskit \
		--display-name "Python (recordskit)" >/dev/null

env: .venv/.synced $(KERNEL)
	@command -v chromium >/dev/null || (apt-get update && apt-get install -y chromium)

demo: env
	$(UV) run --frozen recordskit demo

test: env
	$(UV) run --frozen pytest $(PYTEST_ARGS)

bench: env
	$(UV) run --frozen python benchmarks/run.py $(BENCH_ARGS)

docs: env
	$(UV) run --frozen python -m recordskit.data_dictionary > docs/data_dictionary.md

lab: env
	$(UV) run --frozen jupyter lab notebooks/

lint: env
	$(UV) run --frozen ruff check src tests benchmarks

clean:
	rm -rf .venv .tools .pytest_cache
