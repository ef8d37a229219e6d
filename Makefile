# Two commands on a fresh machine: `make run`, then `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp
DB     ?= sqlite:///claimledger.db

.PHONY: install run test lint typecheck pytest bench clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev,web,batch,postgres]'
	touch $(STAMP)

install: $(STAMP)

## make run: set up, then check the bundled example report and store it in ./claimledger.db
run: install
	$(BIN)/claimledger check examples/frontline-report.txt --db $(DB)

## make test: lint, type checks and the whole test suite
test: install lint typecheck pytest

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

typecheck: install
	$(BIN)/mypy

pytest: install
	$(BIN)/pytest

## make bench: speed and memory figures, side by side with peer tools (installs them first)
bench: install
	$(BIN)/python -m pip install --quiet -r benchmarks/requirements.txt
	$(BIN)/python benchmarks/run.py

clean:
	rm -rf $(VENV) build *.egg-info .mypy_cache .pytest_cache .ruff_cache
