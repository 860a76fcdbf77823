# Multivektor: `make demo` sets up and runs the main job; `make test` sets up and runs the tests.
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
SHARED ?= ../shared

.PHONY: setup demo test lint eval bench train-ranker clean

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

# Extraction figures: dev, seed, our held-out, open-dev (six) and blind (six) sets, scored with the shared scorer.
# $(call score_set,GOLD,NAME): strip GOLD, extract it into runs/NAME-pred.jsonl, score it.
define score_set
	$(PYTHON) $(SHARED)/eval/score.py strip $(1) > runs/$(2)-input.jsonl
	$(PY) -m multivektor extract runs/$(2)-input.jsonl -o runs/$(2)-pred.jsonl --quiet
	$(PYTHON) $(SHARED)/eval/score.py score $(1) runs/$(2)-pred.jsonl
endef

# $(call score_parts,SET): join benchmarks/SET/part-*.jsonl into runs/SET.jsonl and score it.
define score_parts
	cat benchmarks/$(1)/part-*.jsonl > runs/$(1).jsonl
	$(call score_set,runs/$(1).jsonl,$(1))

endef

eval: setup
	mkdir -p runs
	$(call score_set,$(SHARED)/eval/dev.jsonl,dev)
	$(call score_set,$(SHARED)/eval/seed.jsonl,seed)
	$(call score_set,benchmarks/heldout/heldout.jsonl,heldout)
	$(foreach set,owndev owndev2 owndev3 owndev4 owndev5 owndev6 owndev7 owndev8 owndev9 owndev10 blind blind2 blind3 blind4 blind5 blind6,$(call score_parts,$(set)))

# Retrain the implicit-recipient ranker on the development sets; the blind sets are only scored.
train-ranker: setup
	$(PY) -m multivektor.events.train_recipient_ranker --cv \
	  --train $(SHARED)/eval/dev.jsonl benchmarks/heldout/heldout.jsonl \
	    $(wildcard benchmarks/owndev/part-*.jsonl benchmarks/owndev[2-4]/part-*.jsonl) \
	  --eval $(wildcard benchmarks/blind/part-*.jsonl benchmarks/blind[2-6]/part-*.jsonl)

clean:
	rm -rf $(VENV) runs .pytest_cache .ruff_cache
