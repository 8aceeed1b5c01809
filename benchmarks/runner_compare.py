"""Shard parallelism side by side: Prefect's ProcessPoolTaskRunner (one task per shard,
what the flow does) against one Prefect task that runs a process pool inside itself,
and against one process (the speed-up from 1 to 2 workers).

    python -m benchmarks.runner_compare [--run benchmarks/out/run-20000-crf] [--stage language]

It re-runs one stage (language identification or entities) over the shards of a
finished benchmark run (`python -m benchmarks.run` makes one), in a scratch copy, so
every variant does the same work on the same Parquet parts. Appends a table to
benchmarks/results.md.
"""

from __future__ import annotations

import argparse
import multiprocessing
import os
import shutil
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from datetime import datetime
from pathlib import Path

from prefect import flow, task
from prefect.cache_policies import NO_CACHE

from benchmarks.run import OUT, RESULTS, machine
from flows import stages
from flows.corpus import make_task_runner, share_api_with_workers

STAGES = {  # stage -> (input table, the shard task of the flow)
    "language": ("clean", lambda run_dir, part: stages.language_task.fn(run_dir, part, 1000)),
    "entities": ("corpus", lambda run_dir, part: stages.entities_task.fn(run_dir, part, "crf")),
}


def _shard(arguments: tuple[str, str, str]) -> dict:
    stage, run_dir, part = arguments
    return STAGES[stage][1](run_dir, part)


@task(name="shard", cache_policy=NO_CACHE)
def shard_task(stage: str, run_dir: str, part: str) -> dict:
    return _shard((stage, run_dir, part))


@task(name="all-shards-in-a-pool", cache_policy=NO_CACHE)
def pool_task(stage: str, run_dir: str, parts: list[str], workers: int) -> list[dict]:
    with ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("spawn")) as pool:  # no fork under Prefect's threads
        return list(pool.map(_shard, [(stage, run_dir, part) for part in parts]))


def prefect_runner_flow(stage: str, run_dir: str, parts: list[str], workers: int) -> list[dict]:
    @flow(name=f"runner-compare-{stage}", task_runner=make_task_runner("processes", workers))
    def shards_as_tasks() -> list[dict]:
        share_api_with_workers()
        return [f.result() for f in [shard_task.submit(stage, run_dir, part) for part in parts]]

    return shards_as_tasks()


@flow(name="runner-compare-pool")
def pool_flow(stage: str, run_dir: str, parts: list[str], workers: int) -> list[dict]:
    return pool_task(stage, run_dir, parts, workers)


@flow(name="runner-compare-warm-up")
def warm_up() -> None:
    share_api_with_workers()


def scratch_copy(run: Path, table: str, into: Path) -> list[str]:
    shutil.copytree(run / table, into / table)
    return sorted(p.stem for p in (into / table).glob("part-*.parquet"))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--run", type=Path, default=OUT / "run-20000-crf")
    parser.add_argument("--stage", choices=sorted(STAGES), default="language")
    arguments = parser.parse_args()
    os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
    workers = os.cpu_count() or 2
    rows = []
    warm_up()  # Prefect's embedded server starts here, outside every timing
    with tempfile.TemporaryDirectory() as scratch:
        parts = scratch_copy(arguments.run, STAGES[arguments.stage][0], Path(scratch))
        variants = [
            ("ProcessPoolTaskRunner, a Prefect task per shard (the flow's way)", lambda: prefect_runner_flow(arguments.stage, scratch, parts, workers)),
            ("one Prefect task with a ProcessPoolExecutor inside", lambda: pool_flow(arguments.stage, scratch, parts, workers)),
            ("one process, no pool", lambda: [_shard((arguments.stage, scratch, part)) for part in parts]),
        ]
        for name, run in variants:
            started = time.perf_counter()
            results = run()
            seconds = time.perf_counter() - started
            documents = sum(r["rows_in"] for r in results)
            rows.append((name, workers if "one process" not in name else 1, documents, seconds))
            print(f"{name}: {documents} documents in {seconds:.1f}s = {documents / seconds:,.0f} docs/s")
    single = rows[-1][3]
    lines = [
        f"\n## Shard parallelism, {arguments.stage} stage ({datetime.now():%Y-%m-%d %H:%M}; {machine()}; "
        f"`python -m benchmarks.runner_compare --stage {arguments.stage}`)\n",
        "| variant | workers | documents | wall s (incl. pool start) | docs/s | speed-up over one process |",
        "|---|---|---|---|---|---|",
    ]
    lines += [f"| {name} | {w} | {n} | {s:.1f} | {n / s:,.0f} | {single / s:.2f}x |" for name, w, n, s in rows]
    with RESULTS.open("a", encoding="utf-8") as handle:
        handle.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
