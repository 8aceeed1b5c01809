"""The entity tagger's own command line: train it, tag CoNLL files, score them.

    python -m flows.ner train --data ../shared/ner            # writes tasks/models/ner.crfsuite
    python -m flows.ner tag IN.conll --out OUT.conll [--backend crf]
    python -m flows.ner score OUT.conll                        # conlleval-style P/R/F1

`tag` rebuilds each document's text from its tokens and runs the flow's own
text-level entity stage on it (not a token-level shortcut), then projects the
entity spans back onto the tokens as IOB2 tags in CoNLL's types.
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import time
from pathlib import Path

from tasks.entities import (
    CONLL_OF_ONTONOTES,
    LOWERCASE_SUFFIX,
    MODEL_PATH,
    NAMES_SUFFIX,
    SECOND_PASS_SUFFIX,
    NameList,
    consistency_features,
    TokenFeatures,
    extract_entities,
    model_companion,
    usually_lowercase,
)
from tasks.errors import UserError, run_command

TRAINING_PARAMETERS = {"c1": 0.05, "c2": 0.01, "max_iterations": 200, "feature.possible_transitions": True}
SEED = 13
NAME_FOLDS = 5  # training documents see a name list built from the other folds only


# ---------------------------------------------------------------- CoNLL files


def read_conll(path: str) -> list[list[list[tuple[int, str, str]]]]:
    """Documents -> sentences -> (line index, token, gold tag)."""
    try:
        lines = Path(path).read_text(encoding="utf-8").split("\n")
    except OSError as error:
        raise UserError(f"cannot read {path}: {error.strerror or error}") from None
    documents: list[list[list[tuple[int, str, str]]]] = [[]]
    sentence: list[tuple[int, str, str]] = []
    for index, line in enumerate(lines):
        columns = line.split()
        if not columns or columns[0] == "-DOCSTART-":
            if sentence:
                documents[-1].append(sentence)
                sentence = []
            if columns and columns[0] == "-DOCSTART-" and documents[-1]:
                documents.append([])
            continue
        sentence.append((index, columns[0], columns[-1] if len(columns) > 1 else "O"))
    if sentence:
        documents[-1].append(sentence)
    return [document for document in documents if document]


def to_bioes(tags: list[str]) -> list[str]:
    """IOB1 -> BIOES: single-token entities are S-, last tokens E- (the tagger's training labels)."""
    bio = to_bio(tags)
    result = []
    for i, tag in enumerate(bio):
        following = bio[i + 1] if i + 1 < len(bio) else "O"
        ends = not (following.startswith("I-") and following[2:] == tag[2:])
        if tag.startswith("B-"):
            result.append(("S-" if ends else "B-") + tag[2:])
        elif tag.startswith("I-"):
            result.append(("E-" if ends else "I-") + tag[2:])
        else:
            result.append(tag)
    return result


def to_bio(tags: list[str]) -> list[str]:
    """IOB1 -> IOB2: every entity starts with B-."""
    result, previous = [], "O"
    for tag in tags:
        if tag.startswith("I-") and (previous == "O" or previous[2:] != tag[2:]):
            tag = "B-" + tag[2:]
        result.append(tag)
        previous = tag
    return result


# ---------------------------------------------------------------- train


def document_entities(document: list[list[tuple[int, str, str]]]):
    """(tokens, type) of every gold entity in a CoNLL document."""
    for sentence in document:
        tokens = [token for _, token, _ in sentence]
        for first, last, kind in sorted(chunks([tag for _, _, tag in sentence])):
            yield tokens[first : last + 1], kind


_TRAINING: dict = {}  # set before forking the training workers, read by _train_model


def _train_model(job: tuple[list[int], str, dict]) -> str:
    """Train a CRF on the documents `indices` of _TRAINING (runs in a forked worker)."""
    import pycrfsuite

    indices, path, parameters = job
    trainer = pycrfsuite.Trainer(verbose=False)
    for d in indices:
        for features, tags in zip(_TRAINING["features"][d], _TRAINING["tags"][d]):
            trainer.append(features, tags)
    trainer.set_params(parameters)
    trainer.train(path)
    return path


def _predict(path: str, indices: list[int]) -> dict[int, list[list[str]]]:
    import pycrfsuite

    tagger = pycrfsuite.Tagger()
    tagger.open(path)
    return {d: [tagger.tag(f) for f in _TRAINING["features"][d]] for d in indices}


def train(data_dir: str, model_path: Path = MODEL_PATH, parameters: dict | None = None) -> None:
    """Two CRF passes: the first on local features (with a cross-validated name list),
    the second adds how the first pass labelled each word elsewhere in the document;
    its training input comes from cross-validated first-pass predictions."""
    import multiprocessing
    import tempfile

    random.seed(SEED)
    parameters = {**TRAINING_PARAMETERS, **(parameters or {})}
    documents = read_conll(str(Path(data_dir) / "eng.train"))
    started = time.perf_counter()
    entities_by_document = [list(document_entities(document)) for document in documents]
    fold_names = [
        NameList.from_entities(e for d, found in enumerate(entities_by_document) if d % NAME_FOLDS != fold for e in found)
        for fold in range(NAME_FOLDS)
    ]
    words = [[[token for _, token, _ in sentence] for sentence in document] for document in documents]
    lowercase_words = usually_lowercase(sentence for document in words for sentence in document)
    fold_features = [TokenFeatures(names, lowercase_words) for names in fold_names]
    _TRAINING["features"] = [fold_features[d % NAME_FOLDS].document(w) for d, w in enumerate(words)]
    _TRAINING["tags"] = [[to_bioes([tag for _, _, tag in sentence]) for sentence in document] for document in documents]
    everything = list(range(len(documents)))
    folds = [[d for d in everything if d % NAME_FOLDS == fold] for fold in range(NAME_FOLDS)]
    model_path.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as scratch:
        jobs = [(everything, str(model_path.with_suffix(".tmp")), parameters)]
        jobs += [([d for d in everything if d % NAME_FOLDS != fold], f"{scratch}/fold{fold}.crfsuite", parameters) for fold in range(NAME_FOLDS)]
        with multiprocessing.get_context("fork").Pool(min(2, os.cpu_count() or 1)) as pool:
            paths = pool.map(_train_model, jobs, chunksize=1)
        first_pass: dict[int, list[list[str]]] = {}
        for fold, path in enumerate(paths[1:]):
            first_pass.update(_predict(path, folds[fold]))
    for d, features in enumerate(_TRAINING["features"]):
        for sentence, extra in zip(features, consistency_features(words[d], first_pass[d])):
            for token_features, token_extra in zip(sentence, extra):
                token_features.extend(token_extra)
    second_path = model_companion(model_path, SECOND_PASS_SUFFIX)
    _train_model((everything, str(second_path) + ".tmp", parameters))
    Path(paths[0]).replace(model_path)
    Path(str(second_path) + ".tmp").replace(second_path)
    NameList.from_entities(e for found in entities_by_document for e in found).save(model_companion(model_path, NAMES_SUFFIX))
    model_companion(model_path, LOWERCASE_SUFFIX).write_text("\n".join(sorted(lowercase_words)) + "\n", encoding="utf-8")
    _TRAINING.clear()
    tokens = sum(len(sentence) for document in documents for sentence in document)
    size = sum(p.stat().st_size for p in model_path.parent.glob(model_path.name + "*"))
    print(f"trained on {len(documents)} documents, {tokens} tokens in {time.perf_counter() - started:.0f}s; "
          f"model {model_path} and its companions ({size / 1e6:.1f} MB)")


# ---------------------------------------------------------------- tag


def tag_document(document: list[list[tuple[int, str, str]]], backend: str) -> dict[int, str]:
    """Line index -> predicted IOB2 tag, through the text-level entity stage."""
    pieces, offsets = [], []
    position = 0
    for sentence_number, sentence in enumerate(document):
        if sentence_number:
            pieces.append("\n")
            position += 1
        for token_number, (index, token, _) in enumerate(sentence):
            if token_number:
                pieces.append(" ")
                position += 1
            offsets.append((index, position, position + len(token)))
            pieces.append(token)
            position += len(token)
    text = "".join(pieces)
    spans = [
        (m["start"], m["end"], CONLL_OF_ONTONOTES[m["label"]])
        for m in extract_entities(text, backend)
        if m["label"] in CONLL_OF_ONTONOTES
    ]
    spans.sort()
    tags: dict[int, str] = {}
    span_index = 0
    open_span = None
    for index, start, end in offsets:
        while span_index < len(spans) and spans[span_index][1] <= start:
            span_index += 1
        span = spans[span_index] if span_index < len(spans) and spans[span_index][0] < end else None
        if span is None:
            tags[index] = "O"
            open_span = None
        else:
            tags[index] = ("I-" if open_span == span else "B-") + span[2]
            open_span = span
    return tags


def tag_file(in_path: str, out_path: str, backend: str) -> tuple[int, float]:
    lines = Path(in_path).read_text(encoding="utf-8").split("\n")
    documents = read_conll(in_path)
    loading = time.perf_counter()
    extract_entities("Warm up the tagger once.", backend)  # load models and word lists outside the timing
    print(f"loaded the {backend} backend in {time.perf_counter() - loading:.1f}s", file=sys.stderr)
    started = time.perf_counter()
    tags: dict[int, str] = {}
    for document in documents:
        tags.update(tag_document(document, backend))
    seconds = time.perf_counter() - started
    out = [f"{line} {tags[index]}" if index in tags else line for index, line in enumerate(lines)]
    Path(out_path).parent.mkdir(parents=True, exist_ok=True)
    Path(out_path).write_text("\n".join(out), encoding="utf-8")
    return len(tags), seconds


# ---------------------------------------------------------------- score


def chunks(tags: list[str]) -> set[tuple[int, int, str]]:
    """Entity chunks (first token, last token, type) from IOB1 or IOB2 tags."""
    result, start, kind = set(), None, None
    for i, tag in enumerate(tags + ["O"]):
        prefix, _, this_kind = tag.partition("-")
        begins = tag != "O" and (prefix == "B" or this_kind != kind)
        if kind is not None and (tag == "O" or begins):
            result.add((start, i - 1, kind))
            kind = None
        if begins:
            start, kind = i, this_kind
    return result


def score_file(path: str) -> dict[str, tuple[float, float, float, int]]:
    gold, predicted = [], []
    for line in Path(path).read_text(encoding="utf-8").split("\n"):
        columns = line.split()
        if not columns or columns[0] == "-DOCSTART-":
            gold.append("O")
            predicted.append("O")
            continue
        gold.append(columns[-2])
        predicted.append(columns[-1])
    gold_chunks, predicted_chunks = chunks(gold), chunks(predicted)
    result = {}
    for kind in sorted({c[2] for c in gold_chunks} | {"ALL"}):
        g = {c for c in gold_chunks if kind in ("ALL", c[2])}
        p = {c for c in predicted_chunks if kind in ("ALL", c[2])}
        correct = len(g & p)
        precision = correct / len(p) if p else 0.0
        recall = correct / len(g) if g else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        result[kind] = (precision, recall, f1, len(g))
    return result


# ---------------------------------------------------------------- CLI


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m flows.ner", description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    commands = parser.add_subparsers(dest="command", required=True)
    train_parser = commands.add_parser("train", help="train the CRF from CoNLL-2003 eng.train")
    train_parser.add_argument("--data", default="../shared/ner", help="folder holding eng.train (default: %(default)s)")
    train_parser.add_argument("--model", default=str(MODEL_PATH), help="where to write the model (default: %(default)s)")
    train_parser.add_argument("--c1", type=float, default=TRAINING_PARAMETERS["c1"], help="L1 penalty (default: %(default)s)")
    train_parser.add_argument("--c2", type=float, default=TRAINING_PARAMETERS["c2"], help="L2 penalty (default: %(default)s)")
    train_parser.add_argument("--iterations", type=int, default=TRAINING_PARAMETERS["max_iterations"], help="L-BFGS iterations (default: %(default)s)")
    tag_parser = commands.add_parser("tag", help="tag a CoNLL-2003 file through the text-level entity stage")
    tag_parser.add_argument("input")
    tag_parser.add_argument("--out", required=True)
    tag_parser.add_argument("--backend", default="crf", help="crf (default), crf:<model path>, or spacy:<package>")
    score_parser = commands.add_parser("score", help="conlleval-style scores of a tagged file (gold tag, then predicted)")
    score_parser.add_argument("input")
    arguments = parser.parse_args(argv)
    return run_command(lambda: _run(arguments))


def _run(arguments: argparse.Namespace) -> None:
    if arguments.command == "train":
        train(arguments.data, Path(arguments.model), {"c1": arguments.c1, "c2": arguments.c2, "max_iterations": arguments.iterations})
    elif arguments.command == "tag":
        if not Path(arguments.input).is_file():
            raise UserError(f"input not found: {arguments.input}")
        tokens, seconds = tag_file(arguments.input, arguments.out, arguments.backend)
        print(f"tagged {tokens} tokens in {seconds:.1f}s: {tokens / max(seconds, 1e-9):,.0f} tokens/s", file=sys.stderr)
    else:
        scores = score_file(arguments.input)
        print(f"{'type':<6} {'precision':>9} {'recall':>7} {'F1':>7} {'gold':>6}")
        for kind, (precision, recall, f1, count) in scores.items():
            print(f"{kind:<6} {precision:9.4f} {recall:7.4f} {f1:7.4f} {count:6d}")


if __name__ == "__main__":
    sys.exit(main())
