"""Throughput, memory and dedup quality of full flow runs on synthetic bundles.

    python -m benchmarks.run                          # 20k documents, entities on and off
    python -m benchmarks.run --documents 100000 --entities off

Each run is a real `python -m flows.run` subprocess; peak memory is the largest
total RSS of its process tree, sampled every 0.2 s with psutil. Dedup quality
is precision/recall/F1 of duplicate *pairs* against the generator's truth table.
Results are appended to benchmarks/results.md with the machine's description.
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import platform
import subprocess
import sys
import time
from importlib import metadata
from pathlib import Path

import polars as pl
import psutil

from benchmarks.generate import generate, truth_path

HERE = Path(__file__).resolve().parent
OUT = HERE / "out"
RESULTS = HERE / "results.md"


def measure(command: list[str], quiet: bool = False) -> tuple[float, float, float]:
    """Run `command` from the repository root: (wall seconds, peak RSS in MB summed over
    its process tree, sampled every 0.1 s, CPU seconds of the tree)."""
    cpu_before = os.times()
    started = time.perf_counter()
    process = subprocess.Popen(command, cwd=HERE.parent, stdout=subprocess.DEVNULL if quiet else None)
    root = psutil.Process(process.pid)
    peak = 0
    while process.poll() is None:
        try:
            tree = [root, *root.children(recursive=True)]
            peak = max(peak, sum(p.memory_info().rss for p in tree if p.is_running()))
        except psutil.Error:
            pass
        time.sleep(0.1)
    wall = time.perf_counter() - started
    if process.returncode != 0:
        raise SystemExit(f"{' '.join(command[:4])} failed with exit code {process.returncode}")
    cpu_after = os.times()  # children's times include the workers the flow process reaped
    cpu = (cpu_after.children_user - cpu_before.children_user) + (cpu_after.children_system - cpu_before.children_system)
    return wall, peak / 1e6, cpu


def run_flow(bundle: Path, out: Path, extra: list[str]) -> tuple[float, float, float]:
    """A measured `flows.run` (see `measure`)."""
    return measure([sys.executable, "-m", "flows.run", str(bundle), "--out", str(out), "--overwrite", "--quiet", *extra])


def duplicate_pairs(groups: pl.DataFrame, key: str) -> set[tuple[int, int]]:
    pairs = set()
    for members in groups.group_by(key).agg(pl.col("ordinal").sort())["ordinal"].to_list():
        if len(members) > 1:
            pairs.update(itertools.combinations(members, 2))
    return pairs


def score_pairs(truth: pl.DataFrame, found: pl.DataFrame) -> tuple[float, float, float, int]:
    """Precision, recall, F1 of duplicate pairs and the number of true pairs. `truth` has
    (ordinal, original) from the generator, `found` has (ordinal, cluster_id)."""
    true_pairs = duplicate_pairs(truth, "original")
    found_pairs = duplicate_pairs(found, "cluster_id")
    correct = len(true_pairs & found_pairs)
    precision = correct / len(found_pairs) if found_pairs else 1.0
    recall = correct / len(true_pairs) if true_pairs else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1, len(true_pairs)


def pair_scores(run_dir: Path, bundle: Path) -> tuple[float, float, float]:
    """Scores of a run's `dedup` table against the whole truth table."""
    documents = pl.read_parquet(run_dir / "documents" / "*.parquet", columns=["doc_id", "ordinal"])
    dedup = pl.read_parquet(run_dir / "dedup" / "*.parquet", columns=["doc_id", "cluster_id"]).join(documents, on="doc_id")
    return score_pairs(pl.read_parquet(truth_path(bundle)), dedup)[:3]


def machine() -> str:
    versions = ", ".join(f"{name} {metadata.version(name)}" for name in ("prefect", "polars", "pyarrow", "langdetect", "datasketch"))
    return f"{os.cpu_count()} cores, {psutil.virtual_memory().total / 2**30:.0f} GiB, Python {platform.python_version()}, {versions}"


def benchmark(documents: int, entities: str, extra: list[str]) -> dict:
    bundle = OUT / f"news-{documents}.bundle"
    if not bundle.exists() or not truth_path(bundle).exists():
        generate(documents, bundle)
    run_dir = OUT / f"run-{documents}-{entities}"
    wall, peak, cpu = run_flow(bundle, run_dir, ["--entities", entities, *extra])
    manifest = json.loads((run_dir / "manifest.json").read_text())
    precision, recall, f1 = pair_scores(run_dir, bundle)
    stages = {name: round(s["rows_in"] / s["seconds"]) if s["seconds"] else 0 for name, s in manifest["stages"].items()}
    return {"documents": documents, "entities": entities, "options": " ".join(extra), "wall_s": round(wall, 1),
            "docs_per_s": round(documents / wall), "peak_rss_mb": round(peak),
            "cpu_percent": round(100 * cpu / wall), "dedup_precision": round(precision, 4),
            "dedup_recall": round(recall, 4), "dedup_f1": round(f1, 4), "stage_rows_per_task_second": stages}


def append_results(rows: list[dict]) -> None:
    header = ("| documents | entities | options | wall s | docs/s | peak RSS MB (sum over processes) | CPU % (200 = both cores) "
              "| dedup P | dedup R | dedup F1 | stage rows per task-second |\n|---|---|---|---|---|---|---|---|---|---|---|\n")
    lines = [f"| {r['documents']} | {r['entities']} | {r['options']} | {r['wall_s']} | {r['docs_per_s']} | {r['peak_rss_mb']} | {r.get('cpu_percent', '')} | "
             f"{r['dedup_precision']} | {r['dedup_recall']} | {r['dedup_f1']} | {r['stage_rows_per_task_second']} |" for r in rows]
    stamp = time.strftime("%Y-%m-%d %H:%M")
    block = f"\n## {stamp}: {machine()}\n\n" + header + "\n".join(lines) + "\n"
    existing = RESULTS.read_text() if RESULTS.exists() else "# Benchmark results\n\nAppended by `python -m benchmarks.run` (`make bench`).\n"
    RESULTS.write_text(existing + block)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--documents", type=int, nargs="+", default=[20000])
    parser.add_argument("--entities", nargs="+", default=["off", "crf"])
    parser.add_argument("extra", nargs="*", help="more flow options, after --")
    arguments = parser.parse_args()
    rows = []
    for documents in arguments.documents:
        for entities in arguments.entities:
            row = benchmark(documents, entities, arguments.extra)
            print(json.dumps(row), flush=True)
            rows.append(row)
    append_results(rows)


if __name__ == "__main__":
    main()
