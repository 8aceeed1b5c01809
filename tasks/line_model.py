"""Learned boilerplate lines: two small CRFs (python-crfsuite) over a document's lines.

The rules name the boilerplate they were written against; every site invents new widgets
("Enroll for Free", "Back this project", "CEO Approval") faster than rules can follow.
Two models, trained on the project's labelled sets (benchmarks/cleaning) by
`python -m benchmarks.train_line_model` and shipped in tasks/models, vote on the lines
the rules leave:

- the *shape* model reads every line of a page, removed or not, and knows what
  boilerplate looks like in general (short, title-cased, no sentence, among others alike);
- the *residue* model reads only the lines the rules left, beside the rules' verdicts on
  their neighbours, and knows which survivors were boilerplate after all.

A line goes only when both agree: the shape model is sure (SHAPE_SURE) and the residue
model leans that way (RESIDUE_LEANS). Either alone removes section heads and list items
of recipes and data sheets; together, on session 32's 42 held-out pages, they found 39 of
the 119 boilerplate lines the rules missed for one body line lost.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Sequence, Set
from functools import lru_cache
from pathlib import Path
from typing import Protocol

MODELS_DIR = Path(__file__).with_name("models")
SHAPE_MODEL = MODELS_DIR / "lines_shape.crfsuite"
RESIDUE_MODEL = MODELS_DIR / "lines_residue.crfsuite"
SHAPE_SURE = 0.9
RESIDUE_LEANS = 0.2
SENTENCE_WORDS = 15  # a line this long ending a sentence is body text, for the zone features
PROSE_WORDS = 8  # a line this long ending a sentence is never taken ("This post may contain affiliate links." is 6)
BOILERPLATE = "B"

TOKEN = re.compile(r"[^\W\d_]+|\d+")
COUNT = re.compile(r"\d")
SEPARATORS = frozenset("|·•›»")
WORD_EDGES = (0, 1, 2, 3, 4, 5, 7, 10, 15, 25)
PLACE_EDGES = (0, 1, 2, 3, 5, 9, 15)
SHORT_LINE_WORDS = 8  # a line this short is read word by word


class LineLike(Protocol):
    number: int
    text: str
    words: int
    removed_by: str | None
    kept: bool


def _bucket(number: int, edges: tuple[int, ...]) -> str:
    for edge in edges:
        if number <= edge:
            return str(edge)
    return "more"


WORD_COUNT_FEATURES = ["words=" + _bucket(count, WORD_EDGES) for count in range(WORD_EDGES[-1] + 2)]


def line_features(text: str) -> list[str]:
    """What one line looks like on its own: length, case, punctuation, its first and last words,
    and every word of a short line (widgets are short). A long line is read only at its ends:
    this runs on every line the rules keep."""
    words = text.split()
    last, first = text[-1], text[0]
    features = [
        WORD_COUNT_FEATURES[min(len(words), len(WORD_COUNT_FEATURES) - 1)],
        "end=" + (last if not last.isalnum() else "digit" if last.isdigit() else "letter"),
        "start=" + ("upper" if first.isupper() else "lower" if first.islower() else "digit" if first.isdigit() else first),
    ]
    short = len(words) <= SHORT_LINE_WORDS
    capitalised = [word[0].isupper() for word in (words if short else words[:SHORT_LINE_WORDS]) if word[0].isalpha()]
    if capitalised:
        share = sum(capitalised) / len(capitalised)
        features.append("caps=" + ("all" if share == 1 else "most" if share > 0.6 else "some" if share > 0.2 else "none"))
    lowered = text.lower()
    if short and text.isupper():
        features.append("upper")
    if COUNT.search(text):
        features.append("digit")
    if "http" in lowered or "www." in lowered or ".com" in lowered:
        features.append("url")
    if "@" in text:
        features.append("at")
    if not SEPARATORS.isdisjoint(text):
        features.append("separator")
    if "©" in text or "(c)" in lowered:
        features.append("copyright")
    if ":" in text:
        features.append("colon")
    tokens = TOKEN.findall(lowered) if short else TOKEN.findall(" ".join(words[:2]).lower()) + TOKEN.findall(words[-1].lower())[-1:]
    if tokens:
        features.append("first=" + tokens[0])
        features.append("last=" + tokens[-1])
        if len(tokens) > 1:
            features.append("first2=" + tokens[0] + "_" + tokens[1])
        if short:
            features.extend("word=" + token for token in set(tokens) if not token.isdigit())
    return features


def _is_sentence(line: LineLike, words: int = SENTENCE_WORDS) -> bool:
    return line.words >= words and line.text[-1] in '.!?"”'


def sequence_features(lines: Sequence[LineLike], residue: bool, metadata: Set[int] = frozenset()) -> tuple[list[int], list[list[str]]]:
    """(indexes into lines, features) for the shape model (every line with text) or the residue
    model (the lines the rules kept, less those moved to metadata (title, byline, date), with the
    rules' verdicts on their neighbours)."""
    if residue:
        indexes = [index for index, line in enumerate(lines) if line.kept and line.number not in metadata]
    else:
        indexes = [index for index, line in enumerate(lines) if line.text]
    own = [line_features(lines[index].text) for index in indexes]
    sentences = [position for position, index in enumerate(indexes) if _is_sentence(lines[index])]
    first_sentence = sentences[0] if sentences else len(indexes)
    last_sentence = sentences[-1] if sentences else -1
    count = len(indexes)
    result = []
    for position, index in enumerate(indexes):
        features = ["bias", *own[position],
                    "place=" + _bucket(position, PLACE_EDGES),
                    "from_end=" + _bucket(count - 1 - position, PLACE_EDGES),
                    "zone=" + ("head" if position < first_sentence else "tail" if position > last_sentence else "body"),
                    "blank_before" if index > 0 and not lines[index - 1].text else "tight_before",
                    "blank_after" if index + 1 < len(lines) and not lines[index + 1].text else "tight_after"]
        if residue:
            for side, step in (("above", -1), ("below", 1)):
                neighbour = index + step
                while 0 <= neighbour < len(lines) and not lines[neighbour].text:
                    neighbour += step
                if 0 <= neighbour < len(lines) and lines[neighbour].removed_by:
                    features += [f"{side}_removed", f"{side}_removed={lines[neighbour].removed_by}"]
        if position > 0:
            features.extend("-1:" + feature for feature in own[position - 1][:3])
        if position + 1 < count:
            features.extend("+1:" + feature for feature in own[position + 1][:3])
        result.append(features)
    return indexes, result


class LineModel:
    """The two taggers, loaded once per process. A tagger holds the sequence it was last given
    (`set`, then `marginal` per line): the flow cleans shards on several threads, so one thread
    at a time reads a page through them."""

    def __init__(self, shape_path: Path, residue_path: Path):
        import pycrfsuite

        self._reading = threading.Lock()
        self.shape, self.residue = pycrfsuite.Tagger(), pycrfsuite.Tagger()
        self.shape.open(str(shape_path))
        self.residue.open(str(residue_path))

    def boilerplate(self, lines: Sequence[LineLike], metadata: Set[int] = frozenset()) -> list[int]:
        """Indexes of kept lines both models call boilerplate; `metadata` holds the numbers of lines
        moved to metadata, never taken. The residue model runs first: it reads fewer lines, and
        where it leans nowhere the shape model is not asked. A sentence of PROSE_WORDS or more is
        never taken, and a page whose kept lines are all such sentences is not read at all."""
        if not any(line.kept and line.number not in metadata and not _is_sentence(line, PROSE_WORDS) for line in lines):
            return []
        indexes, features = sequence_features(lines, residue=True, metadata=metadata)
        if not indexes:
            return []
        with self._reading:
            self.residue.set(features)
            leaning = {index for position, index in enumerate(indexes) if self.residue.marginal(BOILERPLATE, position) >= RESIDUE_LEANS}
        if not leaning:
            return []
        indexes, features = sequence_features(lines, residue=False)
        with self._reading:
            self.shape.set(features)
            sure = [index for position, index in enumerate(indexes)
                    if index in leaning and self.shape.marginal(BOILERPLATE, position) >= SHAPE_SURE]
        return [index for index in sure if not _is_sentence(lines[index], PROSE_WORDS) and not _is_subhead(lines, index)]


def _is_subhead(lines: Sequence[LineLike], index: int) -> bool:
    """A line alone between two sentences of the story heads the second ("Jobs" over a paragraph on jobs)."""
    above = next((lines[other] for other in range(index - 1, -1, -1) if lines[other].kept), None)
    below = next((lines[other] for other in range(index + 1, len(lines)) if lines[other].kept), None)
    return above is not None and below is not None and _is_sentence(above) and _is_sentence(below)


@lru_cache(maxsize=1)
def line_model() -> LineModel:
    """The shipped models, loaded on first use."""
    if not (SHAPE_MODEL.exists() and RESIDUE_MODEL.exists()):
        from tasks.errors import UserError

        raise UserError(f"line models not found in {MODELS_DIR}; run `make train-lines` or switch rule line_model off")
    return LineModel(SHAPE_MODEL, RESIDUE_MODEL)


def train(sequences: list[tuple[list[list[str]], list[str]]], path: Path, c1: float, c2: float = 0.01) -> None:
    """Fit one model on (features, labels) sequences and write it to path."""
    import pycrfsuite

    trainer = pycrfsuite.Trainer(verbose=False)
    for features, labels in sequences:
        trainer.append(features, labels)
    trainer.set_params({"c1": c1, "c2": c2, "max_iterations": 200, "feature.possible_transitions": True})
    trainer.train(str(path))
