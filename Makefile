# Two commands on a fresh machine: `make run` and `make test`. Both build .venv
# from requirements.lock (every package pinned) the first time.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
SAMPLE_OUT := data/runs/sample
NER_DATA ?= ../shared/ner

.PHONY: setup run test bench bench-ner train-ner train-lines clean

$(STAMP): requirements.lock pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements.lock
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --no-deps -e .
	touch $(STAMP)

setup: $(STAMP)

run: setup
	$(BIN)/python -m flows.run samples/news-iraq.bundle --out $(SAMPLE_OUT) --overwrite
	@echo "Output: $(SAMPLE_OUT)/ (tables as Parquet, report.html, report.md, manifest.json)"

test: setup
	$(BIN)/python -m pytest

bench: setup
	$(BIN)/python -m benchmarks.run

train-ner: setup
	$(BIN)/python -m flows.ner train --data $(NER_DATA)

train-lines: setup
	$(BIN)/python -m benchmarks.train_line_model --prose $(NER_DATA)/eng.testa

bench-ner: setup
	$(BIN)/python -m flows.ner tag $(NER_DATA)/eng.testa --out data/ner/eng.testa.tagged
	$(BIN)/python -m flows.ner score data/ner/eng.testa.tagged

clean:
	rm -rf $(VENV) data/runs .pytest_cache
