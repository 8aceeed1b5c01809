"""End to end: the Prefect flow on the sample, the run directory contract, the CLI."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import polars as pl
import pyarrow.dataset as ds
import pytest

from schemas import TABLES
from tasks.bundle import bundle_bytes
from tasks.tables import read_table

REPO = Path(__file__).resolve().parent.parent


def table(run_dir: Path, name: str) -> pl.DataFrame:
    return pl.read_parquet(str(run_dir / name / "*.parquet"))


def test_every_table_exists_with_its_schema(sample_run):
    for name, schema in TABLES.items():
        dataset = ds.dataset(sample_run / name, format="parquet")
        assert dataset.schema.remove_metadata().equals(schema.remove_metadata()), name
        assert list((sample_run / name).glob(".*")) == [], "no temporary files left behind"


def test_the_sample_run_keeps_every_document(sample_run):
    documents = table(sample_run, "documents")
    corpus = table(sample_run, "corpus")
    assert documents.height == 5
    assert sorted(corpus["doc_id"]) == sorted(documents["doc_id"])
    assert set(table(sample_run, "language")["lang"]) == {"en"}
    assert corpus["text"].str.contains("More from Qonversations").sum() == 0
    assert corpus["text"].str.contains("Also read").sum() == 0


def test_accounting_every_document_ends_in_corpus_or_rejects_exactly_once(sample_run):
    documents = set(table(sample_run, "documents")["doc_id"])
    corpus = table(sample_run, "corpus")["doc_id"].to_list()
    rejected = table(sample_run, "rejects").drop_nulls("doc_id")["doc_id"].to_list()
    assert len(corpus) == len(set(corpus)) and len(rejected) == len(set(rejected))
    assert set(corpus).isdisjoint(rejected)
    assert set(corpus) | set(rejected) == documents


def test_entity_offsets_point_into_the_clean_text(sample_run):
    clean = dict(table(sample_run, "clean").select("doc_id", "text").iter_rows())
    entities = table(sample_run, "entities")
    assert entities.height > 50
    for doc_id, text, start, end in entities.select("doc_id", "text", "start", "end").iter_rows():
        assert clean[doc_id][start:end] == text


def test_manifest_is_complete(sample_run):
    manifest = json.loads((sample_run / "manifest.json").read_text())
    assert manifest["run_id"] and manifest["started_at"] and manifest["finished_at"]
    assert manifest["inputs"][0]["sha256"] and manifest["inputs"][0]["documents"] == 5
    for stage in ("parse", "clean", "language", "dedup", "corpus", "entities"):
        assert {"rows_in", "rows_out", "seconds"} <= set(manifest["stages"][stage])
    for name in TABLES:
        assert manifest["tables"][name]["rows"] == read_table(sample_run, name).height
    assert manifest["versions"]["prefect"].startswith("3.")
    assert (sample_run / "report.md").read_text().startswith("# corpusflow run")


def test_hostile_bundle_rejects_with_reasons_and_keeps_accounting(prefect_harness, tmp_path):
    from flows.corpus import corpus_flow

    sample = (REPO / "samples" / "news-iraq.bundle").read_text(encoding="utf-8")
    article = sample.split("<<<FILE 003_440d33991e1a54d9.txt>>>\n")[1].split("<<<FILE")[0]
    data = (
        b"crawler preamble line\n"
        + bundle_bytes([("copy-1", article), ("copy-2", article.replace("Iraq", "Iraq")), ("empty", ""), ("blank", "  \n\t\n")])
        + b"<<<END>>>\nstray words\n"
        + bundle_bytes([("german", "Die irakische Regierung will einen schnellen Abzug der amerikanischen Truppen aus dem Land, "
                                   "sagte der Ministerpräsident am Dienstag in Bagdad in einem Interview.")])
        + b"<<<FILE bad-bytes>>>\nInvalid \xff bytes in an English sentence about the weather in Baghdad today.\n"
    )
    bundle = tmp_path / "hostile.bundle"
    bundle.write_bytes(data)
    out = tmp_path / "run"
    corpus_flow(inputs=[str(bundle)], out=str(out), keep_languages=["en"], entities="off")
    documents = table(out, "documents")
    rejects = table(out, "rejects")
    assert documents.height == 6
    reasons = {(r["doc_id"] is None, r["reason"]) for r in rejects.iter_rows(named=True)}
    assert {(True, "preamble"), (True, "stray_text"), (False, "empty"), (False, "duplicate"), (False, "language")} <= reasons
    flagged = documents.filter(pl.col("name") == "bad-bytes")["flags"].to_list()
    assert flagged == [["invalid_utf8"]]
    corpus_ids = set(table(out, "corpus")["doc_id"])
    rejected_ids = set(rejects.drop_nulls("doc_id")["doc_id"])
    assert corpus_ids | rejected_ids == set(documents["doc_id"]) and not corpus_ids & rejected_ids
    assert table(out, "entities").height == 0  # --entities off still writes the table


def run_cli(*arguments: str, cwd: Path = REPO) -> subprocess.CompletedProcess:
    env = {**os.environ, "PREFECT_SERVER_ANALYTICS_ENABLED": "false"}
    return subprocess.run([sys.executable, "-m", "flows.run", *arguments], cwd=cwd, capture_output=True, text=True, env=env, timeout=600)


def test_cli_help_lists_the_options():
    result = run_cli("--help")
    assert result.returncode == 0
    for option in ("--out", "--overwrite", "--shard-size", "--lang", "--near-duplicate-threshold", "--entities", "--rules"):
        assert option in result.stdout


@pytest.mark.parametrize(
    "arguments, message",
    [
        (["does-not-exist.bundle", "--out", "{tmp}/a"], "input not found"),
        (["samples/news-iraq.bundle", "--out", "/proc/forbidden/out"], "cannot write to --out"),
        (["samples/news-iraq.bundle", "--out", "{tmp}/file"], "not a directory"),
        (["samples/news-iraq.bundle", "--out", "{tmp}/done"], "already holds a finished run"),
        (["samples/news-iraq.bundle", "--out", "{tmp}/b", "--entities", "magic"], "--entities must be"),
        (["samples/news-iraq.bundle", "--out", "{tmp}/b", "--entities", "spacy:/no/such/pipeline"], "cannot load spaCy pipeline"),
        (["samples/news-iraq.bundle", "--out", "{tmp}/b", "--rules", "{tmp}/missing.toml"], "cannot load rules file"),
        (["samples/news-iraq.bundle", "--out", "{tmp}/b", "--dedup-against", "{tmp}/file"], "not a finished corpusflow run"),
    ],
)
def test_cli_user_errors_are_one_line(tmp_path, arguments, message):
    (tmp_path / "file").write_text("x")
    (tmp_path / "done").mkdir()
    (tmp_path / "done" / "manifest.json").write_text("{}")
    result = run_cli(*[a.replace("{tmp}", str(tmp_path)) for a in arguments])
    assert result.returncode != 0
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and message in lines[0], result.stderr
    assert "Traceback" not in result.stderr


def test_cli_runs_the_sample_and_refuses_to_clobber_it(tmp_path):
    out = tmp_path / "sample"
    first = run_cli("samples/news-iraq.bundle", "--out", str(out), "--entities", "off", "--quiet")
    assert first.returncode == 0, first.stderr
    assert (out / "manifest.json").exists()
    assert read_table(out, "corpus").height == 5
    again = run_cli("samples/news-iraq.bundle", "--out", str(out), "--quiet")
    assert again.returncode == 2 and "--overwrite" in again.stderr
    (out / "documents" / "stale.parquet").write_bytes(b"left over")
    replaced = run_cli("samples/news-iraq.bundle", "--out", str(out), "--entities", "off", "--quiet", "--overwrite")
    assert replaced.returncode == 0, replaced.stderr
    assert not (out / "documents" / "stale.parquet").exists() and read_table(out, "corpus").height == 5


def test_dedup_against_an_earlier_run(prefect_harness, sample_run, tmp_path):
    """The daily-bundle case: tomorrow's copy of a story already in the corpus is a duplicate of the old document."""
    from flows.corpus import corpus_flow
    from tasks.bundle import read_bundle

    old = {d.name: d for d in read_bundle(REPO / "samples" / "news-iraq.bundle")}
    resent = old["003_440d33991e1a54d9.txt"].text.replace("Baghdad (IraqiNews.com) –", "BAGHDAD (AFP) -")
    fresh = ("Heavy rain caused rivers to burst their banks across northern Italy on Sunday, forcing thousands of "
             "residents to leave their homes, officials said, as rescue teams worked through the night.")
    bundle = tmp_path / "day2.bundle"
    bundle.write_bytes(bundle_bytes([("resent", resent), ("fresh", fresh)]))
    out = tmp_path / "day2"
    corpus_flow(inputs=[str(bundle)], out=str(out), entities="off", dedup_against=[str(sample_run)])
    old_ids = dict(table(sample_run, "documents").select("name", "doc_id").iter_rows())
    new_ids = dict(table(out, "documents").select("name", "doc_id").iter_rows())
    dedup = {r["doc_id"]: r for r in table(out, "dedup").iter_rows(named=True)}
    assert dedup[new_ids["resent"]]["duplicate_of"] == old_ids["003_440d33991e1a54d9.txt"]
    assert dedup[new_ids["fresh"]]["duplicate_of"] is None
    assert set(table(out, "dedup")["doc_id"]) == set(new_ids.values())  # old documents get no rows here
    assert set(table(out, "corpus")["doc_id"]) == {new_ids["fresh"]}
    rejects = table(out, "rejects")
    assert rejects.filter(pl.col("doc_id") == new_ids["resent"])["reason"].to_list() == ["duplicate"]
