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

# Extraction figures: dev, seed, our held-out, open-dev (three) and blind (four) sets, scored with the shared scorer.
# $(call score_set,GOLD,NAME): strip GOLD, extract it into runs/NAME-pred.jsonl, score it.
define score_set
	$(PYTHON) $(SHARED)/eval/score.py strip $(1) > runs/$(2)-input.jsonl
	$(PY) -m multivektor extract runs/$(2)-input.jsonl -o runs/$(2)-pred.jsonl --quiet
	$(PYTHON) $(SHARED)/eval/score.py score $(1) runs/$(2)-pred.jsonl
endef

eval: setup
	mkdir -p runs
	$(call score_set,$(SHARED)/eval/dev.jsonl,dev)
	$(call score_set,$(SHARED)/eval/seed.jsonl,seed)
	$(call score_set,benchmarks/heldout/heldout.jsonl,heldout)
	cat benchmarks/owndev/part-*.jsonl > runs/owndev.jsonl
	$(call score_set,runs/owndev.jsonl,owndev)
	cat benchmarks/owndev2/part-*.jsonl > runs/owndev2.jsonl
	$(call score_set,runs/owndev2.jsonl,owndev2)
	cat benchmarks/owndev3/part-*.jsonl > runs/owndev3.jsonl
	$(call score_set,runs/owndev3.jsonl,owndev3)
	cat benchmarks/blind/part-*.jsonl > runs/blind.jsonl
	$(call score_set,runs/blind.jsonl,blind)
	cat benchmarks/blind2/part-*.jsonl > runs/blind2.jsonl
	$(call score_set,runs/blind2.jsonl,blind2)
	cat benchmarks/blind3/part-*.jsonl > runs/blind3.jsonl
	$(call score_set,runs/blind3.jsonl,blind3)
	cat benchmarks/blind4/part-*.jsonl > runs/blind4.jsonl
	$(call score_set,runs/blind4.jsonl,blind4)

clean:
	rm -rf $(VENV) runs .pytest_cache .ruff_cache
