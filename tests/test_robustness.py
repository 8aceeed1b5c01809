"""Hostile conditions: a vanished input, a disk that fills up mid-run, thousands of tiny
bundles, one huge document. Each ends in a clear message or a reject row; no document is
lost and no half-written table looks complete."""

from __future__ import annotations

import errno
import os
import subprocess
import sys
from pathlib import Path

import polars as pl
import pytest

REPO = Path(__file__).resolve().parent.parent


def run_cli(*arguments: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "flows.run", *arguments], cwd=REPO, capture_output=True, text=True, timeout=900,
                          env={**os.environ, "PREFECT_SERVER_ANALYTICS_ENABLED": "false"})


def test_a_file_that_vanishes_after_listing_is_a_reject_row_and_the_rest_runs(tmp_path):
    from tasks.bundle import expand_inputs
    from tasks.parse import parse_sources

    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "a.bundle").write_text("<<<FILE one.txt>>>\nBaghdad wants a timetable for the coalition to leave Iraq.\n")
    (inbox / "b.bundle").write_text("<<<FILE two.txt>>>\nThis one is deleted by another process before it is read.\n")
    sources = expand_inputs([str(inbox)])
    (inbox / "b.bundle").unlink()  # between the listing and the read, as a cleanup job would
    result = parse_sources(sources, tmp_path / "run", shard_size=10)
    assert result.documents == 1
    rejects = pl.read_parquet(tmp_path / "run" / "rejects" / "*.parquet")
    assert rejects.filter(pl.col("reason") == "unreadable")["source"].str.contains("b.bundle").all() and rejects.height == 1
    assert "No such file" in rejects["detail"][0]


def test_a_full_disk_mid_run_leaves_no_finished_run_and_no_debris(prefect_harness, sample_path, tmp_path, monkeypatch):
    from flows.corpus import corpus_flow
    from prefect.task_runners import ThreadPoolTaskRunner
    from tasks import tables

    real_write = tables.pq.write_table
    calls = {"n": 0}

    def write_until_the_disk_is_full(table, where, **options):
        calls["n"] += 1
        if calls["n"] > 6:
            Path(where).write_bytes(b"PAR1 half a file")  # what a full disk leaves behind
            raise OSError(errno.ENOSPC, "No space left on device", str(where))
        return real_write(table, where, **options)

    monkeypatch.setattr(tables.pq, "write_table", write_until_the_disk_is_full)
    out = tmp_path / "run"
    with pytest.raises(OSError, match="No space left"):
        corpus_flow.with_options(task_runner=ThreadPoolTaskRunner(max_workers=2))(
            inputs=[str(sample_path)], out=str(out), shard_size=1, entities="off")
    assert not (out / "manifest.json").exists()
    assert not list(out.rglob("*.tmp")), "a temporary part was left behind"
    for part in out.rglob("*.parquet"):
        pl.read_parquet(part)  # every visible part is whole

    monkeypatch.setattr(tables.pq, "write_table", real_write)  # space again: the same command finishes the run
    corpus_flow.with_options(task_runner=ThreadPoolTaskRunner(max_workers=2))(
        inputs=[str(sample_path)], out=str(out), shard_size=1, entities="off", overwrite=True)
    assert pl.read_parquet(out / "corpus" / "*.parquet").height == 5


def test_thousands_of_tiny_bundles(tmp_path):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    for number in range(2000):
        (inbox / f"{number:05d}.bundle").write_text(
            f"<<<FILE note-{number}.txt>>>\nCouncil meeting number {number} approved budget line {number * 7} for the harbour.\n")
    result = run_cli(str(inbox), "--out", str(tmp_path / "out"), "--entities", "off", "--quiet")
    assert result.returncode == 0, result.stderr
    documents = pl.read_parquet(tmp_path / "out" / "documents" / "*.parquet")
    assert documents.height == 2000 and documents["source"].n_unique() == 2000
    accounted = pl.read_parquet(tmp_path / "out" / "corpus" / "*.parquet").height + pl.read_parquet(tmp_path / "out" / "rejects" / "*.parquet").height
    assert accounted == 2000


def test_a_50_mb_document_goes_through(tmp_path):
    paragraph = ("The minister said on Monday that talks with the coalition would continue in Baghdad next week, "
                 "and that a timetable for the withdrawal of foreign forces was being prepared by a joint committee. ")
    bundle = tmp_path / "huge.bundle"
    with bundle.open("w", encoding="utf-8") as handle:
        handle.write("<<<FILE huge.txt>>>\nA very long document\n\n")
        written, number = 0, 0
        while written < 50_500_000:
            written += handle.write(f"{paragraph}Item {number}.\n\n")
            number += 1
        handle.write("<<<FILE small.txt>>>\nA short note from Erbil about the weather on Tuesday.\n")
    assert bundle.stat().st_size > 50_000_000
    result = run_cli(str(bundle), "--out", str(tmp_path / "out"), "--entities", "off", "--quiet")
    assert result.returncode == 0, result.stderr
    corpus = pl.read_parquet(tmp_path / "out" / "corpus" / "*.parquet")
    assert corpus.height == 2 and corpus["text"].str.len_chars().max() > 45_000_000


def test_an_embedded_server_that_does_not_start_in_time_is_a_one_line_error(tmp_path):
    environment = {key: value for key, value in os.environ.items() if key != "PREFECT_API_URL"}
    result = subprocess.run([sys.executable, "-m", "flows.run", "samples/news-iraq.bundle", "--out", str(tmp_path / "run")], cwd=REPO,
                            capture_output=True, text=True, timeout=300,
                            env={**environment, "PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS": "0"})
    assert result.returncode == 1
    assert result.stderr.startswith("error: Prefect's local API server did not start") and result.stderr.count("\n") == 1
    assert "Traceback" not in result.stderr and not (tmp_path / "run" / "manifest.json").exists()
