"""A run killed midway (a real subprocess, SIGKILL to its whole process group) resumes:
finished tasks are kept, the rest runs, and the tables equal an uninterrupted run's,
without a duplicate row."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import polars as pl
import pytest

from benchmarks.generate import generate
from schemas import TABLES

REPO = Path(__file__).resolve().parent.parent
ARGUMENTS = ["--shard-size", "40", "--workers", "2", "--quiet"]


def command(bundle: Path, out: Path) -> list[str]:
    return [sys.executable, "-m", "flows.run", str(bundle), "--out", str(out), *ARGUMENTS]


def environment() -> dict:
    return {**os.environ, "PREFECT_SERVER_ANALYTICS_ENABLED": "false"}


def table(run: Path, name: str) -> pl.DataFrame:
    frame = pl.read_parquet(run / name / "*.parquet")
    return frame.sort(frame.columns)


@pytest.fixture(scope="module")
def bundle(tmp_path_factory) -> Path:
    return generate(480, tmp_path_factory.mktemp("resume") / "news.bundle", seed=11)


def test_a_killed_run_resumes_to_the_same_tables(bundle, tmp_path):
    interrupted, whole = tmp_path / "interrupted", tmp_path / "whole"
    process = subprocess.Popen(command(bundle, interrupted), cwd=REPO, env=environment(), start_new_session=True,
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    markers = interrupted / ".done" / "entities"
    deadline = time.monotonic() + 300
    while not (markers.is_dir() and any(markers.glob("*.json"))):
        assert process.poll() is None, "the run ended before it could be killed"
        assert time.monotonic() < deadline, "no entity shard finished in time"
        time.sleep(0.05)
    os.killpg(process.pid, signal.SIGKILL)
    process.wait()
    assert not (interrupted / "manifest.json").exists()
    finished = {path: path.stat().st_mtime_ns for path in (interrupted / ".done").rglob("*.json")}
    assert len(list(markers.glob("*.json"))) < 12  # 480 documents in shards of 40: it was midway

    resumed = subprocess.run(command(bundle, interrupted), cwd=REPO, env=environment(), capture_output=True, text=True, timeout=600)
    assert resumed.returncode == 0, resumed.stderr
    assert (interrupted / "manifest.json").exists()
    assert all(path.stat().st_mtime_ns == mtime for path, mtime in finished.items()), "a finished task ran again"

    complete = subprocess.run(command(bundle, whole), cwd=REPO, env=environment(), capture_output=True, text=True, timeout=600)
    assert complete.returncode == 0, complete.stderr
    for name in TABLES:
        assert table(interrupted, name).equals(table(whole, name)), name
    for name, key in (("documents", ["doc_id"]), ("clean", ["doc_id"]), ("corpus", ["doc_id"]), ("entities", ["doc_id", "start"])):
        frame = table(interrupted, name)
        assert frame.height == frame.unique(subset=key).height, f"duplicate rows in {name}"


def test_changed_parameters_start_afresh(bundle, tmp_path):
    """A crashed run is resumed only by the same inputs, parameters and code."""
    out = tmp_path / "run"
    (out / ".done" / "clean").mkdir(parents=True)
    (out / ".done" / "clean" / "part-00000.json").write_text('{"rows_in": 1, "rows_out": 1, "seconds": 0}')
    (out / ".resume.json").write_text('{"key": "some other run"}')
    result = subprocess.run(command(bundle, out) + ["--entities", "off"], cwd=REPO, env=environment(), capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, result.stderr
    assert pl.read_parquet(out / "clean" / "*.parquet").height > 400  # shard 0 was cleaned, not skipped
