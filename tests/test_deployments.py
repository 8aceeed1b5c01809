"""Deployments are built (not served) and the inbox flow processes each bundle once."""

from __future__ import annotations

import shutil
from pathlib import Path

import polars as pl
import yaml

from deployments.serve import build_deployment

REPO = Path(__file__).resolve().parent.parent


def test_serve_deployment_has_schedule_and_parameters():
    deployment = build_deployment("in", "corpus", "30 2 * * *", ["en"])
    assert deployment.name == "daily-inbox"
    assert deployment.parameters == {"inbox": "in", "corpus_root": "corpus", "keep_languages": ["en"]}
    (schedule,) = deployment.schedules
    assert schedule.schedule.cron == "30 2 * * *"


def test_prefect_yaml_points_at_the_inbox_flow():
    config = yaml.safe_load((REPO / "deployments" / "prefect.yaml").read_text())
    (deployment,) = config["deployments"]
    module, _, name = deployment["entrypoint"].partition(":")
    assert (REPO / module).exists() and name == "inbox_flow"
    assert deployment["schedules"][0]["cron"] and set(deployment["parameters"]) == {"inbox", "corpus_root", "keep_languages"}


def test_inbox_flow_processes_each_bundle_once(prefect_harness, tmp_path, sample_path):
    from flows.scheduled import inbox_flow

    inbox, corpus = tmp_path / "inbox", tmp_path / "corpus"
    inbox.mkdir()
    shutil.copy(sample_path, inbox / "day1.bundle")
    first = inbox_flow(inbox=str(inbox), corpus_root=str(corpus), entities="off")
    assert first and pl.read_parquet(f"{first}/corpus/*.parquet").height == 5
    shutil.copy(sample_path, inbox / "renamed-copy.bundle")  # same content: not processed again
    assert inbox_flow(inbox=str(inbox), corpus_root=str(corpus), entities="off") is None
    assert pl.read_parquet(corpus / "processed.parquet").height == 1


def test_the_inbox_flow_dedups_new_bundles_against_the_corpus(prefect_harness, tmp_path, sample_path):
    """Day 2 re-sends one story of day 1 under another name: it is a duplicate of the
    document already in the corpus, and the corpus view counts it once."""
    from flows.scheduled import corpus_view, inbox_flow
    from tasks.bundle import read_bundle, write_bundle

    inbox, corpus = tmp_path / "inbox", tmp_path / "corpus"
    inbox.mkdir()
    documents = list(read_bundle(sample_path))
    with open(inbox / "day1.bundle", "w", encoding="utf-8", newline="\n") as day1:
        write_bundle([(d.name, d.text) for d in documents[:3]], day1)
    first = inbox_flow(inbox=str(inbox), corpus_root=str(corpus), entities="off")
    with open(inbox / "day2.bundle", "w", encoding="utf-8", newline="\n") as day2:
        write_bundle([("resent.txt", documents[1].text), (documents[4].name, documents[4].text)], day2)
    second = inbox_flow(inbox=str(inbox), corpus_root=str(corpus), entities="off")
    assert first != second
    rejects = pl.read_parquet(f"{second}/rejects/*.parquet")
    duplicate = rejects.filter(pl.col("reason") == "duplicate")
    assert duplicate.height == 1
    assert corpus_view(corpus).collect().height == 4  # 3 + 1 new; the re-sent story is not counted twice
