"""The scheduled flow: process the bundles that arrived in an inbox since the last run.

Each run writes a run directory under `corpus_root/runs/`, named by its UTC start and
the hash of its bundles; `corpus_root/processed.parquet` records every input's sha256,
so a bundle (even renamed or copied) is processed once. New documents are deduplicated
against every finished earlier run (`--dedup-against`), so a story re-sent on another
day is a `duplicate_of` the document already in the corpus. A run that crashed is
resumed by the next schedule (same bundles, same folder). Analysts read the corpus of
all finished runs with `corpus_view(corpus_root)` or the glob
`corpus_root/runs/*/corpus/*.parquet`. Deployed by deployments/.
"""

from __future__ import annotations

import hashlib
from datetime import datetime, timezone
from pathlib import Path

import polars as pl
from prefect import flow

from flows.corpus import corpus_flow
from tasks.bundle import expand_inputs

PROCESSED = "processed.parquet"


def file_sha256(path: str) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def new_bundles(inbox: str, corpus_root: Path) -> list[tuple[str, str]]:
    """(path, sha256) of inbox files whose content has not been processed yet."""
    done = set()
    if (corpus_root / PROCESSED).exists():
        done = set(pl.read_parquet(corpus_root / PROCESSED)["sha256"])
    fresh, seen = [], set()
    for source in expand_inputs([inbox]) if any(Path(inbox).iterdir()) else []:
        digest = file_sha256(source.path)
        if digest not in done and digest not in seen:
            seen.add(digest)
            fresh.append((source.path, digest))
    return fresh


def record_processed(corpus_root: Path, bundles: list[tuple[str, str]], run_dir: str) -> None:
    rows = pl.DataFrame({"path": [p for p, _ in bundles], "sha256": [d for _, d in bundles], "run_dir": [run_dir] * len(bundles)})
    registry = corpus_root / PROCESSED
    if registry.exists():
        rows = pl.concat([pl.read_parquet(registry), rows])
    temporary = registry.with_name(".processed.parquet.tmp")
    rows.write_parquet(temporary)
    temporary.replace(registry)


def finished_runs(corpus_root: Path) -> list[Path]:
    """Run directories that completed (their manifest is written last)."""
    return sorted(path.parent for path in (corpus_root / "runs").glob("*/manifest.json"))


def corpus_view(corpus_root: str | Path) -> pl.LazyFrame:
    """The corpus table of every finished run, as one lazy frame."""
    runs = finished_runs(Path(corpus_root))
    return pl.concat([pl.scan_parquet(run / "corpus" / "*.parquet") for run in runs]) if runs else pl.LazyFrame()


def run_folder(corpus_root: Path, bundles: list[tuple[str, str]]) -> Path:
    """An unfinished folder for the same bundles (a crashed run, resumed), else a new one."""
    batch = hashlib.sha256("".join(sorted(digest for _, digest in bundles)).encode()).hexdigest()[:12]
    for candidate in sorted((corpus_root / "runs").glob(f"*-{batch}")):
        if not (candidate / "manifest.json").exists():
            return candidate
    return corpus_root / "runs" / f"{datetime.now(timezone.utc).strftime('%Y%m%dT%H%M%SZ')}-{batch}"


@flow(name="corpusflow-inbox", log_prints=True)
def inbox_flow(inbox: str, corpus_root: str, keep_languages: list[str] | None = None, entities: str = "crf") -> str | None:
    """Run the corpus flow on the inbox's new bundles, deduplicated against the corpus so
    far; returns the run directory (None if nothing new)."""
    root = Path(corpus_root)
    root.mkdir(parents=True, exist_ok=True)
    bundles = new_bundles(inbox, root)
    if not bundles:
        print(f"no new bundles in {inbox}")
        return None
    run_dir = run_folder(root, bundles)
    earlier = [str(run) for run in finished_runs(root) if run != run_dir]
    corpus_flow(inputs=[path for path, _ in bundles], out=str(run_dir), keep_languages=keep_languages, entities=entities,
                dedup_against=earlier)
    record_processed(root, bundles, str(run_dir))
    print(f"processed {len(bundles)} bundle(s) into {run_dir}, deduplicated against {len(earlier)} earlier run(s)")
    return str(run_dir)
