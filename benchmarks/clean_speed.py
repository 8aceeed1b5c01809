"""Clean-stage speed against language identification, one core, same shards.

    python -m benchmarks.clean_speed [--documents 20000]

Reads the synthetic bundle benchmarks/run.py uses (generating it if missing),
cuts it into the flow's shards of 2,000 documents, and times `clean_frame` on
each shard and `language_frame` on its cleaned texts, shard by shard in this one
process (this machine's speed drifts by 10% within minutes; both stages drift alike).
Both figures are documents per second per core; the flow runs one shard per
worker, so on two cores each stage does about twice this.

    python -m benchmarks.clean_speed --labelled

times the same two stages on the hand-labelled pages of benchmarks/cleaning
instead (real page text, markers stripped, one shard), best of seven runs with
the clean stage's caches emptied before each.
"""

from __future__ import annotations

import argparse
import time

import polars as pl

from benchmarks.clean_eval import labelled_sets
from benchmarks.generate import generate
from benchmarks.run import OUT
from tasks.bundle import Document, read_bundle
from tasks.clean import clean_frame, clear_caches
from tasks.language import language_frame

SHARD = 2000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--documents", type=int, default=20000)
    parser.add_argument("--labelled", action="store_true", help="time the hand-labelled pages instead")
    arguments = parser.parse_args()
    if arguments.labelled:
        labelled_pages()
        return
    bundle = OUT / f"news-{arguments.documents}.bundle"
    if not bundle.exists():
        generate(arguments.documents, bundle)
    shards, shard = [], []
    for number, document in enumerate(read_bundle(bundle)):
        if isinstance(document, Document):
            shard.append((f"doc-{number}", document.text))
        if len(shard) == SHARD:
            shards.append(pl.DataFrame(shard, schema=["doc_id", "text"], orient="row"))
            shard = []
    if shard:
        shards.append(pl.DataFrame(shard, schema=["doc_id", "text"], orient="row"))
    documents = sum(frame.height for frame in shards)

    clean_seconds = language_seconds = 0.0
    for frame in shards:  # shard by shard, the two stages back to back: the machine's drift hits both alike
        started = time.perf_counter()
        cleaned = pl.DataFrame(clean_frame(frame)[0]).select("doc_id", "text")
        clean_seconds += time.perf_counter() - started
        started = time.perf_counter()
        language_frame(cleaned)  # the flow's default sample of each text
        language_seconds += time.perf_counter() - started
    print(f"{documents} documents in {len(shards)} shards, one core")
    print(f"clean     {clean_seconds:6.1f} s  {documents / clean_seconds:7.0f} docs/s")
    print(f"language  {language_seconds:6.1f} s  {documents / language_seconds:7.0f} docs/s")
    print(f"clean takes {clean_seconds / language_seconds:.2f}x language's time")


def labelled_pages(runs: int = 7) -> None:
    pages = [(name, text) for _, documents in labelled_sets() for name, text, _ in documents]
    frame = pl.DataFrame(pages, schema=["doc_id", "text"], orient="row")
    best_clean = best_language = float("inf")
    for _ in range(runs):
        clear_caches()  # every run meets each line for the first time
        started = time.perf_counter()
        rows = clean_frame(frame)[0]
        best_clean = min(best_clean, time.perf_counter() - started)
        cleaned = pl.DataFrame(rows).select("doc_id", "text")
        started = time.perf_counter()
        language_frame(cleaned)
        best_language = min(best_language, time.perf_counter() - started)
    print(f"{frame.height} labelled pages, one shard, one core, best of {runs}")
    print(f"clean     {frame.height / best_clean:7.0f} docs/s")
    print(f"language  {frame.height / best_language:7.0f} docs/s")


if __name__ == "__main__":
    main()
