"""Train the line models (tasks/line_model.py) on the labelled sets of benchmarks/cleaning.

    python -m benchmarks.train_line_model                     # every set -> tasks/models
    python -m benchmarks.train_line_model --hold-out-from 886 --out /tmp/models

Each set is cleaned as one shard, as the flow does, with the line models switched off:
the residue model learns from what the rules leave. The CoNLL-2003 dev stories are
trained on too, every line as article text: without them the models took sports results
and price tables for widgets. With --hold-out-from N the sets
blindN and later are left out of training and scored instead (with the current rules),
which is how a threshold is checked before the models ship. Retrain after a change to
the rules that moves many lines: the residue model reads the rules' verdicts.
"""

from __future__ import annotations

import argparse
import re
from pathlib import Path

from benchmarks.clean_eval import labelled_sets
from benchmarks.clean_prose import stories
from tasks import line_model
from tasks.clean import LINE_MODEL_RULE, clean_document, learn_shard_repeats, load_rules, read_lines

PROSE = Path(__file__).resolve().parent.parent.parent / "shared" / "ner" / "eng.testa"  # not eng.train: clean_prose checks that
SHAPE_C1 = 0.1
RESIDUE_C1 = 0.3


def set_number(name: str) -> int | None:
    found = re.fullmatch(r"blind(\d+)", name)
    return int(found.group(1)) if found else None


def cleaned_lines(documents: list[tuple[str, str, dict[int, str]]]) -> list[tuple[list, set[int], list[str]]]:
    """(lines as the rules leave them, the numbers of those moved to metadata, one gold label per
    line: B, M or O) for every document of a set."""
    rules = load_rules(disabled=(LINE_MODEL_RULE,))
    shard = [(text, labels, read_lines(text)) for _, text, labels in documents]
    repeated = learn_shard_repeats([lines for _, _, lines in shard])
    result = []
    for text, labels, lines in shard:
        if text.strip():
            cleaned = clean_document(text, rules, repeated, lines)
            result.append((lines, cleaned.metadata_lines, [labels.get(line.line_no, "O") for line in lines]))
    return result


def sequences(documents: list[tuple[list, set[int], list[str]]], residue: bool) -> list[tuple[list[list[str]], list[str]]]:
    result = []
    for lines, metadata, labels in documents:
        indexes, features = line_model.sequence_features(lines, residue, metadata)
        if indexes:
            result.append((features, [labels[index] for index in indexes]))
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--hold-out-from", type=int, default=None, metavar="N", help="leave blindN and later out of training; score them")
    parser.add_argument("--out", type=Path, default=line_model.MODELS_DIR, help="directory for the two models")
    parser.add_argument("--prose", type=Path, default=PROSE,
                        help="CoNLL stories whose every line is article text (results tables too); '' for none")
    arguments = parser.parse_args(argv)
    training, held_out = [], []
    if str(arguments.prose):
        training.extend(cleaned_lines([("", story, {}) for story in stories(arguments.prose)]))
    for name, documents in labelled_sets():
        number = set_number(name)
        held = arguments.hold_out_from is not None and number is not None and number >= arguments.hold_out_from
        (held_out if held else training).extend(cleaned_lines(documents))
    arguments.out.mkdir(parents=True, exist_ok=True)
    shape_path, residue_path = arguments.out / line_model.SHAPE_MODEL.name, arguments.out / line_model.RESIDUE_MODEL.name
    line_model.train(sequences(training, residue=False), shape_path, SHAPE_C1)
    line_model.train(sequences(training, residue=True), residue_path, RESIDUE_C1)
    print(f"trained on {len(training)} documents -> {shape_path}, {residue_path}")
    if held_out:
        model = line_model.LineModel(shape_path, residue_path)
        found = lost = metadata_taken = missed = 0
        for lines, metadata, labels in held_out:
            flagged = set(model.boilerplate(lines, metadata))
            for index, line in enumerate(lines):
                if index in flagged:
                    found += labels[index] == "B"
                    lost += labels[index] == "O"
                    metadata_taken += labels[index] == "M"
                    if labels[index] == "O":
                        print(f"  body line taken: {line.text[:90]}")
                elif line.kept and line.number not in metadata and labels[index] == "B":
                    missed += 1
        print(f"held out: {len(held_out)} documents; of the boilerplate lines the rules kept, the models take {found} "
              f"and leave {missed}; they take {lost} body lines and {metadata_taken} metadata lines")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
