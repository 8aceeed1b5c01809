"""Thin Prefect tasks: read a shard from the run directory, call the stage's
plain function from `tasks/`, write the result atomically, return counts.

Tasks pass part names (paths inside the run directory), never big objects.
"""

from __future__ import annotations

import time
from pathlib import Path

import polars as pl
from prefect import task
from prefect.cache_policies import NO_CACHE

import schemas
from tasks import clean, corpus, dedup, entities, language
from tasks.bundle import Source
from tasks.parse import parse_sources
from tasks.tables import read_part, write_part

from tasks.rundir import SIGNATURES


def _stats(started: float, rows_in: int, rows_out: int, **extra) -> dict:
    return {"rows_in": rows_in, "rows_out": rows_out, "seconds": round(time.perf_counter() - started, 4), **extra}


def _part(run_dir: str, table: str, part: str, columns: list[str] | None = None) -> pl.DataFrame:
    return read_part(Path(run_dir) / table / f"{part}.parquet", table, columns)


@task(name="parse", cache_policy=NO_CACHE, retries=1, retry_delay_seconds=1)
def parse_task(sources: list[Source], run_dir: str, shard_size: int) -> dict:
    started = time.perf_counter()
    result = parse_sources(sources, Path(run_dir), shard_size=shard_size)
    return _stats(started, len(sources), result.documents, shards=result.shards, inputs=result.inputs, rejects=result.rejects)


@task(name="clean", cache_policy=NO_CACHE)
def clean_task(run_dir: str, part: str, rule_files: tuple[str, ...], disabled_rules: tuple[str, ...]) -> dict:
    started = time.perf_counter()
    documents = _part(run_dir, "documents", part, ["doc_id", "text"])
    rules = clean.load_rules(rule_files, disabled_rules)
    clean_rows, removed_rows, reject_rows = clean.clean_frame(documents, rules)
    write_part(Path(run_dir), "clean", part, clean_rows)
    write_part(Path(run_dir), "removed_lines", part, removed_rows)
    if reject_rows:
        write_part(Path(run_dir), "rejects", f"part-clean-{part[5:]}", reject_rows)
    return _stats(started, documents.height, len(clean_rows), removed_lines=len(removed_rows), rejects=len(reject_rows))


@task(name="language", cache_policy=NO_CACHE)
def language_task(run_dir: str, part: str, sample_chars: int) -> dict:
    started = time.perf_counter()
    cleaned = _part(run_dir, "clean", part, ["doc_id", "text"])
    rows = language.language_frame(cleaned, sample_chars)
    write_part(Path(run_dir), "language", part, rows)
    return _stats(started, cleaned.height, len(rows))


@task(name="dedup-signatures", cache_policy=NO_CACHE)
def signature_task(run_dir: str, part: str, shard_number: int, parameters: dedup.DedupParameters) -> dict:
    started = time.perf_counter()
    cleaned = _part(run_dir, "clean", part, ["doc_id", "title", "text"])
    frame = dedup.signature_frame(cleaned, shard_number << 32, parameters)
    write_part(Path(run_dir), SIGNATURES, part, frame, schema=schemas.SIGNATURES)
    return _stats(started, cleaned.height, frame.height)


@task(name="dedup-clusters", cache_policy=NO_CACHE)
def cluster_task(run_dir: str, parameters: dedup.DedupParameters) -> dict:
    started = time.perf_counter()
    paths = sorted((Path(run_dir) / SIGNATURES).glob("*.parquet"))
    signatures = pl.concat([pl.read_parquet(p) for p in paths]) if paths else pl.DataFrame()
    result = dedup.cluster_signatures(signatures, parameters) if paths else None
    rows_in = signatures.height if paths else 0
    if result is not None:
        result = dedup.assign_stories(result, signatures)
        write_part(Path(run_dir), "dedup", "part-00000", result)
    duplicates = int(result["duplicate_of"].is_not_null().sum()) if result is not None else 0
    return _stats(started, rows_in, rows_in - duplicates, duplicates=duplicates)


@task(name="corpus", cache_policy=NO_CACHE)
def corpus_task(run_dir: str, part: str, keep_languages: list[str] | None) -> dict:
    started = time.perf_counter()
    cleaned = _part(run_dir, "clean", part)
    kept, reject_rows = corpus.assemble_corpus(
        _part(run_dir, "documents", part, ["doc_id", "name", "source"]),
        cleaned,
        _part(run_dir, "language", part),
        pl.read_parquet(Path(run_dir) / "dedup" / "part-00000.parquet").join(cleaned.select("doc_id"), on="doc_id")
        if cleaned.height
        else pl.DataFrame(schema={"doc_id": pl.String, "cluster_id": pl.String, "story_id": pl.String,
                                  "duplicate_of": pl.String, "kind": pl.String, "similarity": pl.Float64}),
        keep_languages,
    )
    write_part(Path(run_dir), "corpus", part, kept)
    if reject_rows:
        write_part(Path(run_dir), "rejects", f"part-corpus-{part[5:]}", reject_rows)
    return _stats(started, cleaned.height, kept.height, rejects=len(reject_rows))


@task(name="entities", cache_policy=NO_CACHE)
def entities_task(run_dir: str, part: str, backend: str) -> dict:
    started = time.perf_counter()
    kept = _part(run_dir, "corpus", part, ["doc_id", "text"])
    rows = entities.entity_frame(kept, backend)
    write_part(Path(run_dir), "entities", part, rows)
    return _stats(started, kept.height, len(rows))
