"""The run report: markdown and HTML with the figures of a real run, rendered by a real
browser (Debian's chromium, headless) without errors."""

from __future__ import annotations

import json
import shutil
import subprocess

import polars as pl
import pytest


def test_the_report_shows_the_run_figures(sample_run):
    manifest = json.loads((sample_run / "manifest.json").read_text())
    page = (sample_run / "report.html").read_text()
    markdown = (sample_run / "report.md").read_text()
    top_rule = pl.read_parquet(sample_run / "removed_lines" / "*.parquet")["rule"].value_counts(sort=True)["rule"][0]
    for text in (manifest["run_id"], "Removed lines by rule", top_rule, "Languages", "Top entities by label"):
        assert text in page and text in markdown
    assert f'data-figure="documents"><b>{manifest["tables"]["documents"]["rows"]}</b>' in page
    assert page.count("<svg") >= 4  # stages, removed lines, languages, entities


@pytest.mark.skipif(shutil.which("chromium") is None, reason="Debian's chromium is not installed (.ci/run installs it)")
def test_the_report_renders_in_headless_chromium(sample_run, tmp_path):
    browser = [shutil.which("chromium"), "--headless", "--no-sandbox", "--disable-gpu", f"--user-data-dir={tmp_path / 'profile'}"]
    url = (sample_run / "report.html").as_uri()
    dom = subprocess.run([*browser, "--dump-dom", url], capture_output=True, text=True, timeout=120)
    assert dom.returncode == 0, dom.stderr[-2000:]
    documents = json.loads((sample_run / "manifest.json").read_text())["tables"]["documents"]["rows"]
    assert "Removed lines by rule" in dom.stdout and f"<b>{documents}</b>documents" in dom.stdout
    assert dom.stdout.count("<rect") > 10  # the bars were parsed as SVG
    shot = tmp_path / "report.png"
    screenshot = subprocess.run([*browser, "--hide-scrollbars", "--window-size=1100,1600", f"--screenshot={shot}", url],
                                capture_output=True, text=True, timeout=120)
    assert screenshot.returncode == 0 and shot.stat().st_size > 20_000  # a page with content, not a blank one
