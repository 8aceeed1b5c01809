"""Clean-stage speed against language identification, one core, same shards.

    python -m benchmarks.clean_speed [--documents 20000]

Reads the synthetic bundle benchmarks/run.py uses (generating it if missing),
cuts it into the flow's shards of 2,000 documents, and times `clean_frame` on
each shard, then `language_frame` on the cleaned texts, in this one process.
Both figures are documents per second per core; the flow runs one shard per
worker, so on two cores each stage does about twice this.
"""

from __future__ import annotations

import argparse
import time

import polars as pl

from benchmarks.generate import generate
from benchmarks.run import OUT
from tasks.bundle import Document, read_bundle
from tasks.clean import clean_frame
from tasks.language import language_frame

SHARD = 2000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--documents", type=int, default=20000)
    arguments = parser.parse_args()
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

    started = time.perf_counter()
    cleaned = [pl.DataFrame(clean_frame(frame)[0]).select("doc_id", "text") for frame in shards]
    clean_seconds = time.perf_counter() - started
    started = time.perf_counter()
    for frame in cleaned:
        language_frame(frame)  # the flow's default sample of each text
    language_seconds = time.perf_counter() - started
    print(f"{documents} documents in {len(shards)} shards, one core")
    print(f"clean     {clean_seconds:6.1f} s  {documents / clean_seconds:7.0f} docs/s")
    print(f"language  {language_seconds:6.1f} s  {documents / language_seconds:7.0f} docs/s")


if __name__ == "__main__":
    main()
