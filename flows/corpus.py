"""The corpusflow Prefect flow: parse -> clean -> language -> dedup -> corpus -> entities.

Documents move in shards; each shard stage is one task run, chained per shard
so shards pipeline through the stages while dedup waits for all signatures.
`manifest.json` is written last: its presence means the run finished.
"""

from __future__ import annotations

import logging
import os
import platform
import sys
import time
import uuid
from dataclasses import asdict
from datetime import datetime, timezone
from importlib import metadata
from pathlib import Path

from prefect import flow
from prefect.artifacts import create_markdown_artifact
from prefect.task_runners import ProcessPoolTaskRunner, ThreadPoolTaskRunner

from flows import stages
from schemas import TABLES
from tasks.bundle import expand_inputs
from tasks.dedup import DedupParameters
from tasks.errors import UserError
from tasks.rundir import prepare_run_dir, run_key, write_json_atomic
from tasks.repeated import RepeatedLineSettings
from tasks.report import write_report
from tasks.tables import count_rows, ensure_table

PROJECT_VERSION = "0.1.0"
KEY_LIBRARIES = ("prefect", "polars", "pyarrow", "langdetect", "datasketch", "python-crfsuite", "xxhash", "ftfy")


TASK_RUNNERS = ("processes", "threads", "dask")


def make_task_runner(kind: str = "processes", workers: int | None = None, dask_address: str | None = None):
    """Processes by default: the CPU-bound stages (cleaning, langdetect, the tagger) are pure
    Python, so threads share one core under the GIL. Threads start faster on tiny inputs.
    Dask (prefect-dask) is the distributed option: a local cluster of single-threaded worker
    processes, or the scheduler at `dask_address` (every worker must see the run folder)."""
    workers = workers or os.cpu_count() or 2
    if kind == "threads":
        return ThreadPoolTaskRunner(max_workers=workers)
    if kind == "processes":
        return ProcessPoolTaskRunner(max_workers=workers)
    if kind == "dask":
        try:
            from prefect_dask import DaskTaskRunner
        except ImportError:
            raise UserError("--task-runner dask needs prefect-dask: pip install 'corpusflow[dask]'") from None
        if dask_address:
            return DaskTaskRunner(address=dask_address)
        return DaskTaskRunner(cluster_kwargs={"n_workers": workers, "threads_per_worker": 1, "processes": True, "dashboard_address": None,
                                              "silence_logs": logging.CRITICAL})  # (a worker whose heartbeat meets the closing
        # scheduler logs a traceback at ERROR; a task's failure reaches the flow through Prefect, not through these logs)
    raise UserError(f"unknown task runner {kind!r}; choose one of {', '.join(TASK_RUNNERS)}")


PROJECT_ROOT = Path(__file__).resolve().parent.parent


def code_files() -> list[Path]:
    """The files whose content shapes the tables: code, schemas, rules and the shipped model."""
    patterns = ("flows/*.py", "tasks/*.py", "schemas/*.py", "tasks/rules/*", "tasks/models/*")
    return sorted(path for pattern in patterns for path in PROJECT_ROOT.glob(pattern) if path.is_file())


def share_api_with_workers() -> None:
    """In embedded mode the API server lives in this process's keeping; without its
    address, every process-pool worker would start a server of its own (~190 MB and
    seconds each). Workers are spawned after this, so they inherit the address."""
    if not os.environ.get("PREFECT_API_URL"):
        from prefect.client.orchestration import get_client

        with get_client(sync_client=True) as client:
            os.environ["PREFECT_API_URL"] = str(client.api_url).rstrip("/")


def library_versions() -> dict[str, str]:
    versions = {"corpusflow": PROJECT_VERSION, "python": platform.python_version()}
    for name in KEY_LIBRARIES:
        try:
            versions[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            versions[name] = "not installed"
    return versions


def _progress(enabled: bool, message: str) -> None:
    if enabled:
        print(f"[corpusflow] {message}", file=sys.stderr, flush=True)


def _sum_stats(results: list[dict]) -> dict:
    return {
        "rows_in": sum(r["rows_in"] for r in results),
        "rows_out": sum(r["rows_out"] for r in results),
        "seconds": round(sum(r["seconds"] for r in results), 4),
        "tasks": len(results),
    }


@flow(name="corpusflow", log_prints=False, task_runner=ThreadPoolTaskRunner(max_workers=os.cpu_count() or 2))
def corpus_flow(
    inputs: list[str],
    out: str,
    shard_size: int = 2000,
    keep_languages: list[str] | None = None,
    near_duplicate_threshold: float = 0.6,
    num_perm: int = 128,
    shingle_size: int = 5,
    language_sample_chars: int = 1000,
    entities: str = "crf",
    rule_files: list[str] | None = None,
    disabled_rules: list[str] | None = None,
    repeated_line_documents: int = 3,
    repeated_line_shared: float = 0.5,
    dedup_against: list[str] | None = None,
    overwrite: bool = False,
    progress: bool = False,
) -> dict:
    """Run every stage once over `inputs` and write the run directory `out`; returns the manifest."""
    parameters = dict(locals())
    started_at, clock = datetime.now(timezone.utc), time.perf_counter()
    share_api_with_workers()
    run_dir = Path(out)
    sources = expand_inputs(inputs)
    shaping = {k: v for k, v in parameters.items() if k not in ("out", "overwrite", "progress")}
    key_files = code_files() + [Path(f) for f in (rule_files or [])] + [Path(r) / "manifest.json" for r in (dedup_against or [])]
    if entities.startswith("crf:"):
        key_files.append(Path(entities[4:]))
    if prepare_run_dir(run_dir, overwrite, run_key(sources, shaping, key_files)):
        _progress(progress, f"resuming the unfinished run in {run_dir}: finished tasks are kept")
    dedup_parameters = DedupParameters(threshold=near_duplicate_threshold, num_perm=num_perm, shingle_size=shingle_size)
    rules = (tuple(rule_files or ()), tuple(disabled_rules or ()))
    repeated_lines = RepeatedLineSettings(min_documents=repeated_line_documents, max_shared_share=repeated_line_shared)
    stage_stats: dict[str, dict] = {}

    _progress(progress, f"parsing {len(sources)} input file(s)")
    parsed = stages.parse_task(sources, str(run_dir), shard_size)
    shards = parsed["shards"]
    stage_stats["parse"] = {k: parsed[k] for k in ("rows_in", "rows_out", "seconds")}
    _progress(progress, f"parsed {parsed['rows_out']} documents into {len(shards)} shard(s)")

    cleaned = [stages.clean_task.submit(str(run_dir), part, *rules, repeated_lines) for part in shards]
    detected = [stages.language_task.submit(str(run_dir), part, language_sample_chars, wait_for=[c]) for part, c in zip(shards, cleaned)]
    signed = [stages.signature_task.submit(str(run_dir), part, n, dedup_parameters, wait_for=[c]) for n, (part, c) in enumerate(zip(shards, cleaned))]
    stage_stats["clean"] = _sum_stats([f.result() for f in cleaned])
    _progress(progress, f"cleaned {stage_stats['clean']['rows_out']} documents")
    stage_stats["language"] = _sum_stats([f.result() for f in detected])
    stage_stats["dedup"] = {**_sum_stats([f.result() for f in signed]), "clusters": stages.cluster_task(str(run_dir), dedup_parameters, dedup_against)}
    _progress(progress, f"dedup found {stage_stats['dedup']['clusters']['duplicates']} duplicates")

    assembled = [stages.corpus_task.submit(str(run_dir), part, keep_languages) for part in shards]
    stage_stats["corpus"] = _sum_stats([f.result() for f in assembled])
    if entities != "off":
        tagged = [stages.entities_task.submit(str(run_dir), part, entities) for part in shards]
        stage_stats["entities"] = _sum_stats([f.result() for f in tagged])
        _progress(progress, f"found {stage_stats['entities']['rows_out']} entity mentions")

    for table in TABLES:
        ensure_table(run_dir, table)
    manifest = {
        "run_id": str(uuid.uuid4()),
        "started_at": started_at.isoformat(),
        "finished_at": None,
        "parameters": parameters,
        "dedup": {**asdict(dedup_parameters), "bands_rows": list(dedup_parameters.banding())},
        "versions": library_versions(),
        "inputs": parsed["inputs"],
        "stages": stage_stats,
        "tables": {table: {"path": f"{table}/*.parquet", "rows": count_rows(run_dir, table)} for table in TABLES},
    }
    manifest["seconds"] = round(time.perf_counter() - clock, 2)  # wall time up to the report
    report = write_report(run_dir, manifest)
    create_markdown_artifact(markdown=report, key="corpusflow-run-report",
                             description=f"corpusflow run {manifest['run_id']} ({run_dir})")
    manifest["finished_at"] = datetime.now(timezone.utc).isoformat()
    write_json_atomic(run_dir / "manifest.json", manifest, indent=2)
    _progress(progress, f"done in {time.perf_counter() - clock:.1f}s: {run_dir}")
    return manifest
