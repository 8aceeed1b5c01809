"""Shared fixtures: the sample bundle, and one Prefect test harness per session."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
os.environ.setdefault("PREFECT_LOGGING_LEVEL", "CRITICAL")

REPO = Path(__file__).resolve().parent.parent
SAMPLE = REPO / "samples" / "news-iraq.bundle"


@pytest.fixture(scope="session")
def sample_path() -> Path:
    return SAMPLE


@pytest.fixture(scope="session")
def prefect_harness():
    """A temporary Prefect API for the whole session (it takes seconds to start)."""
    from prefect.testing.utilities import prefect_test_harness

    with prefect_test_harness(server_startup_timeout=120):
        yield


@pytest.fixture(scope="session")
def sample_run(prefect_harness, tmp_path_factory) -> Path:
    """The flow run once on the sample bundle; many tests read its tables."""
    from flows.corpus import corpus_flow

    out = tmp_path_factory.mktemp("runs") / "sample"
    corpus_flow(inputs=[str(SAMPLE)], out=str(out))
    return out
