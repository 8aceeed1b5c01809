"""What the cleaner removes from real wire stories that hold no web boilerplate.

    python -m benchmarks.clean_prose [../shared/ner/eng.train]

The CoNLL-2003 files are Reuters stories from 1996, one token per line. Each
story is detokenised (one sentence per line) and the whole file is cleaned as
one shard, as the flow would. There is no web furniture in them, so every
removed *sentence* (a line of six or more words ending a sentence, with few
digits) is a candidate for lost article text; the rest of what goes is tables
(results, prices) and repeated datelines. The report lists removals per rule
and every sentence-like removal.
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path

import polars as pl

from tasks.clean import TERMINAL, clean_frame

DEFAULT = Path(__file__).resolve().parent.parent.parent / "shared" / "ner" / "eng.train"


def stories(path: Path) -> list[str]:
    documents, document, sentence = [], [], []
    for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
        line = line.strip()
        if line.startswith("-DOCSTART-"):
            if document:
                documents.append(document)
            document = []
        elif not line:
            if sentence:
                document.append(sentence)
            sentence = []
        else:
            sentence.append(line.split()[0])
    if sentence:
        document.append(sentence)
    if document:
        documents.append(document)
    return ["\n".join(detokenise(tokens) for tokens in document) for document in documents]


def detokenise(tokens: list[str]) -> str:
    text = " ".join(tokens)
    text = re.sub(r" ([.,;:!?%)\]}'])", r"\1", text)
    text = re.sub(r"([(\[{$]) ", r"\1", text)
    return re.sub(r" (n't|'s|'re|'ve|'ll|'d)\b", r"\1", text)


def main() -> int:
    path = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT
    if not path.exists():
        print(f"no CoNLL file at {path}", file=sys.stderr)
        return 1
    texts = stories(path)
    frame = pl.DataFrame({"doc_id": [f"story-{number}" for number in range(len(texts))], "text": texts})
    _, removed, _ = clean_frame(frame)
    lines = sum(text.count("\n") + 1 for text in texts)
    sentences = [row for row in removed if len(row["text"].split()) >= 6 and TERMINAL.search(row["text"].strip())
                 and sum(character.isdigit() for character in row["text"]) < 4]
    print(f"{len(texts)} stories, {lines} lines, {len(removed)} removed, {len(sentences)} of them sentence-like")
    print("removed per rule:", ", ".join(f"{rule} {count}" for rule, count in Counter(r["rule"] for r in removed).most_common()))
    for row in sentences:
        print(f"  [{row['rule']}] {row['doc_id']}:{row['line_no']} {row['text'][:110]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
