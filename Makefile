# Multivektor: `make demo` sets up and runs the main job; `make test` sets up and runs the tests.
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
SHARED ?= ../shared

.PHONY: setup demo test lint eval bench clean

setup: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -e ".[dev]"
	touch $@

demo: setup
	$(PY) -m multivektor demo

lint: setup
	$(VENV)/bin/ruff check src tests benchmarks

test: lint
	$(PY) -m pytest -q

# Extraction figures: dev, seed, our held-out, open-dev (two) and blind (two) sets, scored with the shared scorer.
eval: setup
	mkdir -p runs
	$(PYTHON) $(SHARED)/eval/score.py strip $(SHARED)/eval/dev.jsonl > runs/dev-input.jsonl
	$(PY) -m multivektor extract runs/dev-input.jsonl -o runs/dev-pred.jsonl --quiet
	$(PYTHON) $(SHARED)/eval/score.py score $(SHARED)/eval/dev.jsonl runs/dev-pred.jsonl
	$(PYTHON) $(SHARED)/eval/score.py strip $(SHARED)/eval/seed.jsonl > runs/seed-input.jsonl
	$(PY) -m multivektor extract runs/seed-input.jsonl -o runs/seed-pred.jsonl --quiet
	$(PYTHON) $(SHARED)/eval/score.py score $(SHARED)/eval/seed.jsonl runs/seed-pred.jsonl
	$(PYTHON) $(SHARED)/eval/score.py strip benchmarks/heldout/heldout.jsonl > runs/heldout-input.jsonl
	$(PY) -m multivektor extract runs/heldout-input.jsonl -o runs/heldout-pred.jsonl --quiet
	$(PYTHON) $(SHARED)/eval/score.py score benchmarks/heldout/heldout.jsonl runs/heldout-pred.jsonl
	cat benchmarks/owndev/part-*.jsonl > runs/owndev.jsonl
	$(PYTHON) $(SHARED)/eval/score.py strip runs/owndev.jsonl > runs/owndev-input.jsonl
	$(PY) -m multivektor extract runs/owndev-input.jsonl -o runs/owndev-pred.jsonl --quiet
	$(PYTHON) $(SHARED)/eval/score.py score runs/owndev.jsonl runs/owndev-pred.jsonl
	cat benchmarks/owndev2/part-*.jsonl > runs/owndev2.jsonl
	$(PYTHON) $(SHARED)/eval/score.py strip runs/owndev2.jsonl > runs/owndev2-input.jsonl
	$(PY) -m multivektor extract runs/owndev2-input.jsonl -o runs/owndev2-pred.jsonl --quiet
	$(PYTHON) $(SHARED)/eval/score.py score runs/owndev2.jsonl runs/owndev2-pred.jsonl
	cat benchmarks/blind/part-*.jsonl > runs/blind.jsonl
	$(PYTHON) $(SHARED)/eval/score.py strip runs/blind.jsonl > runs/blind-input.jsonl
	$(PY) -m multivektor extract runs/blind-input.jsonl -o runs/blind-pred.jsonl --quiet
	$(PYTHON) $(SHARED)/eval/score.py score runs/blind.jsonl runs/blind-pred.jsonl
	cat benchmarks/blind2/part-*.jsonl > runs/blind2.jsonl
	$(PYTHON) $(SHARED)/eval/score.py strip runs/blind2.jsonl > runs/blind2-input.jsonl
	$(PY) -m multivektor extract runs/blind2-input.jsonl -o runs/blind2-pred.jsonl --quiet
	$(PYTHON) $(SHARED)/eval/score.py score runs/blind2.jsonl runs/blind2-pred.jsonl

clean:
	rm -rf $(VENV) runs .pytest_cache .ruff_cache
