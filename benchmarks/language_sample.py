"""Accuracy and speed of language identification by sample size.

    python -m benchmarks.language_sample [--documents 20000]

Scores the clean texts of a synthetic run (benchmarks/generate.py: English plus
German, French and Spanish documents, with the true language in the truth
table) with the first N characters, for several N, on one core.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

import polars as pl

from benchmarks.generate import truth_path
from tasks.language import detect_language

OUT = Path(__file__).resolve().parent / "out"
SIZES = (100, 250, 500, 1000, 2000, 100_000)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--documents", type=int, default=20000)
    parser.add_argument("--per-language", type=int, default=300, help="documents scored per language")
    arguments = parser.parse_args()
    run_dir = OUT / f"run-{arguments.documents}-off"
    truth = pl.read_parquet(truth_path(OUT / f"news-{arguments.documents}.bundle"))
    texts = (
        pl.read_parquet(run_dir / "clean" / "*.parquet", columns=["doc_id", "text"])
        .join(pl.read_parquet(run_dir / "documents" / "*.parquet", columns=["doc_id", "ordinal"]), on="doc_id")
        .join(truth.select("ordinal", "lang"), on="ordinal")
        .group_by("lang", maintain_order=True)
        .head(arguments.per_language)
    )
    detect_language("warm up the profiles")
    lines = ["| sample chars | accuracy | docs/s (one core) | errors |", "|---|---|---|---|"]
    for size in SIZES:
        started = time.perf_counter()
        found = [detect_language(text, size)[0] for text in texts["text"]]
        seconds = time.perf_counter() - started
        wrong = [(t, f) for t, f in zip(texts["lang"], found) if t != f]
        label = "whole text" if size == SIZES[-1] else str(size)
        lines.append(f"| {label} | {1 - len(wrong) / texts.height:.4f} | {texts.height / seconds:.0f} | {len(wrong)} |")
        print(lines[-1], flush=True)
    counts = ", ".join(f"{lang} {n}" for lang, n in texts.group_by("lang").len().sort("lang").iter_rows())
    block = f"\n## Language identification by sample size ({time.strftime('%Y-%m-%d %H:%M')}; {counts})\n\n" + "\n".join(lines) + "\n"
    results = Path(__file__).resolve().parent / "results.md"
    results.write_text(results.read_text() + block)


if __name__ == "__main__":
    main()
