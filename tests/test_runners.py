"""The task runner is a parameter: a local Dask cluster (prefect-dask) writes the same
tables as the default process pool."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import polars as pl

from schemas import TABLES

REPO = Path(__file__).resolve().parent.parent


def run(out: Path, *extra: str, **environment: str) -> subprocess.CompletedProcess:
    command = [sys.executable, "-m", "flows.run", "samples/news-iraq.bundle", "--out", str(out), "--shard-size", "2", "--quiet", *extra]
    return subprocess.run(command, cwd=REPO, capture_output=True, text=True, timeout=600,
                          env={**os.environ, "PREFECT_SERVER_ANALYTICS_ENABLED": "false", **environment})


def test_dask_local_cluster_writes_the_same_tables(tmp_path):
    on_dask = run(tmp_path / "dask", "--task-runner", "dask", "--workers", "2")
    assert on_dask.returncode == 0, on_dask.stderr
    assert "Traceback" not in on_dask.stderr
    default = run(tmp_path / "processes")
    assert default.returncode == 0, default.stderr
    for name in TABLES:
        a, b = (pl.read_parquet(tmp_path / d / name / "*.parquet") for d in ("dask", "processes"))
        assert a.sort(a.columns).equals(b.sort(b.columns)), name
    assert pl.read_parquet(tmp_path / "dask" / "corpus" / "*.parquet").height == 5


def test_an_unreachable_dask_scheduler_is_one_line(tmp_path):
    result = run(tmp_path / "x", "--task-runner", "dask", "--dask-address", "tcp://127.0.0.1:9",
                 DASK_DISTRIBUTED__COMM__TIMEOUTS__CONNECT="2s")
    assert result.returncode != 0
    assert len(result.stderr.strip().splitlines()) == 1, result.stderr
