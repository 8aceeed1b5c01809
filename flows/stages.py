"""Thin Prefect tasks: read a shard from the run directory, call the stage's
plain function from `tasks/`, write the result atomically, return counts.

Tasks pass part names (paths inside the run directory), never big objects.
"""

from __future__ import annotations

import functools
import time
from pathlib import Path

import polars as pl
from prefect import task
from prefect.cache_policies import NO_CACHE

import schemas
from tasks import clean, corpus, dedup, entities, language
from tasks.bundle import Source
from tasks.errors import UserError
from tasks.parse import parse_sources
from tasks.repeated import RepeatedLineSettings
from tasks.tables import read_part, write_part

from tasks.rundir import SIGNATURES, finished_run_manifest, run_once

SHARD_STRIDE = 1 << 32  # a signature's position is shard * SHARD_STRIDE + row, so its shard is recoverable


def resumable(stage: str):
    """A shard task that a rerun of an interrupted run skips once it has finished: the
    task returns the counts it recorded (rundir.mark_finished, written after its outputs)."""

    def wrap(function):
        @functools.wraps(function)
        def run(run_dir: str, part: str, *arguments, **keywords):
            return run_once(run_dir, stage, part, lambda: function(run_dir, part, *arguments, **keywords))

        return run

    return wrap


def _stats(started: float, rows_in: int, rows_out: int, **extra) -> dict:
    return {"rows_in": rows_in, "rows_out": rows_out, "seconds": round(time.perf_counter() - started, 4), **extra}


def _part(run_dir: str, table: str, part: str, columns: list[str] | None = None) -> pl.DataFrame:
    return read_part(Path(run_dir) / table / f"{part}.parquet", table, columns)


def _map_part(run_dir: str, part: str, source: str, columns: list[str], target: str, function) -> dict:
    """Read a shard of `source`, map it to rows of `target`, write them; the shape of most stages."""
    started = time.perf_counter()
    frame = _part(run_dir, source, part, columns)
    rows = function(frame)
    write_part(Path(run_dir), target, part, rows)
    return _stats(started, frame.height, len(rows))


def _write_rejects(run_dir: str, stage: str, part: str, rows: list[dict]) -> None:
    if rows:
        write_part(Path(run_dir), "rejects", f"part-{stage}-{part.removeprefix('part-')}", rows)


@task(name="parse", cache_policy=NO_CACHE, retries=2, retry_delay_seconds=[1, 5])  # I/O: a share may blink
def parse_task(sources: list[Source], run_dir: str, shard_size: int) -> dict:
    def parse() -> dict:
        started = time.perf_counter()
        result = parse_sources(sources, Path(run_dir), shard_size=shard_size)
        return _stats(started, len(sources), result.documents, shards=result.shards, inputs=result.inputs, rejects=result.rejects)

    return run_once(run_dir, "parse", "all", parse)


@task(name="clean", cache_policy=NO_CACHE)
@resumable("clean")
def clean_task(run_dir: str, part: str, rule_files: tuple[str, ...], disabled_rules: tuple[str, ...],
               repeated_lines: RepeatedLineSettings) -> dict:
    started = time.perf_counter()
    documents = _part(run_dir, "documents", part, ["doc_id", "text"])
    rules = clean.load_rules(rule_files, disabled_rules)
    clean_rows, removed_rows, reject_rows = clean.clean_frame(documents, rules, repeated_lines)
    write_part(Path(run_dir), "clean", part, clean_rows)
    write_part(Path(run_dir), "removed_lines", part, removed_rows)
    _write_rejects(run_dir, "clean", part, reject_rows)
    return _stats(started, documents.height, len(clean_rows), removed_lines=len(removed_rows), rejects=len(reject_rows))


@task(name="language", cache_policy=NO_CACHE)
@resumable("language")
def language_task(run_dir: str, part: str, sample_chars: int) -> dict:
    return _map_part(run_dir, part, "clean", ["doc_id", "text"], "language", lambda f: language.language_frame(f, sample_chars))


@task(name="dedup-signatures", cache_policy=NO_CACHE)
@resumable("dedup-signatures")
def signature_task(run_dir: str, part: str, shard_number: int, parameters: dedup.DedupParameters) -> dict:
    started = time.perf_counter()
    cleaned = _part(run_dir, "clean", part, ["doc_id", "title", "text"])
    frame = dedup.signature_frame(cleaned, shard_number * SHARD_STRIDE, parameters)
    write_part(Path(run_dir), SIGNATURES, part, frame, schema=schemas.SIGNATURES)
    return _stats(started, cleaned.height, frame.height)


def previous_signatures(previous_runs: list[str], parameters: dedup.DedupParameters) -> pl.DataFrame | None:
    """Signatures of the documents earlier runs kept, marked `previous`, ordered before this run's."""
    frames = []
    for number, run in enumerate(previous_runs):
        earlier = finished_run_manifest(run)["dedup"]
        for key in ("num_perm", "shingle_size", "seed"):
            if earlier.get(key) != getattr(parameters, key):
                raise UserError(f"--dedup-against {run} used {key}={earlier.get(key)}, this run {getattr(parameters, key)}: signatures differ")
        kept = pl.read_parquet(Path(run) / "corpus" / "*.parquet", columns=["doc_id"])
        signatures = pl.read_parquet(Path(run) / SIGNATURES / "*.parquet").join(kept, on="doc_id", how="semi")
        frames.append(signatures.with_columns(pl.col("position") - ((len(previous_runs) - number) << 56), pl.lit(True).alias("previous")))
    return pl.concat(frames) if frames else None


@task(name="dedup-clusters", cache_policy=NO_CACHE, retries=2, retry_delay_seconds=[1, 5])
def cluster_task(run_dir: str, parameters: dedup.DedupParameters, previous_runs: list[str] | None = None) -> dict:
    """One task over all signatures; writes the dedup rows back per shard (part-NNNNN)."""
    return run_once(run_dir, "dedup-clusters", "all", lambda: _cluster(run_dir, parameters, previous_runs))


def _cluster(run_dir: str, parameters: dedup.DedupParameters, previous_runs: list[str] | None) -> dict:
    started = time.perf_counter()
    paths = sorted((Path(run_dir) / SIGNATURES).glob("*.parquet"))
    if not paths:
        return _stats(started, 0, 0, duplicates=0)
    signatures = pl.concat([pl.read_parquet(p) for p in paths]).with_columns(pl.lit(False).alias("previous"))
    earlier = previous_signatures(previous_runs or [], parameters)
    if earlier is not None:
        signatures = pl.concat([earlier.select(signatures.columns), signatures])
    result = dedup.assign_stories(dedup.cluster_signatures(signatures, parameters), signatures)
    current = signatures.filter(~pl.col("previous")).select("doc_id", (pl.col("position") // SHARD_STRIDE).alias("shard"))
    result = result.join(current, on="doc_id")
    for (shard,), rows in result.partition_by("shard", as_dict=True).items():
        write_part(Path(run_dir), "dedup", f"part-{shard:05d}", rows.drop("shard"))
    duplicates = int(result["duplicate_of"].is_not_null().sum())
    return _stats(started, result.height, result.height - duplicates, duplicates=duplicates,
                  previous_documents=0 if earlier is None else earlier.height)


@task(name="corpus", cache_policy=NO_CACHE, retries=2, retry_delay_seconds=[1, 5])
@resumable("corpus")
def corpus_task(run_dir: str, part: str, keep_languages: list[str] | None) -> dict:
    started = time.perf_counter()
    cleaned = _part(run_dir, "clean", part)
    kept, reject_rows = corpus.assemble_corpus(
        _part(run_dir, "documents", part, ["doc_id", "name", "source"]),
        cleaned,
        _part(run_dir, "language", part),
        read_part(Path(run_dir) / "dedup" / f"{part}.parquet", "dedup") if cleaned.height else pl.from_arrow(schemas.DEDUP.empty_table()),
        keep_languages,
    )
    write_part(Path(run_dir), "corpus", part, kept)
    _write_rejects(run_dir, "corpus", part, reject_rows)
    return _stats(started, cleaned.height, kept.height, rejects=len(reject_rows))


@task(name="entities", cache_policy=NO_CACHE)
@resumable("entities")
def entities_task(run_dir: str, part: str, backend: str) -> dict:
    return _map_part(run_dir, part, "corpus", ["doc_id", "text"], "entities", lambda f: entities.entity_frame(f, backend))
