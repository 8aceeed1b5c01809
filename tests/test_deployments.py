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
