"""The run directory: what belongs to a run, and getting a folder ready for one."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

from schemas import TABLES
from tasks.errors import UserError

SIGNATURES = "signatures"
RUN_ENTRIES = (*TABLES, SIGNATURES, "manifest.json", "report.md")


def prepare_run_dir(out: Path, overwrite: bool) -> None:
    """Refuse to clobber a finished run; clear a crashed one; check we can write."""
    if out.exists() and not out.is_dir():
        raise UserError(f"--out {out} exists and is not a directory")
    if (out / "manifest.json").exists() and not overwrite:
        raise UserError(f"--out {out} already holds a finished run; pass --overwrite to replace it")
    if out.is_dir():
        ours = {entry.name for entry in out.iterdir()} & set(RUN_ENTRIES)
        foreign = {entry.name for entry in out.iterdir()} - set(RUN_ENTRIES)
        if foreign and not ours and not overwrite:
            raise UserError(f"--out {out} is a non-empty folder that is not a corpusflow run; choose another or pass --overwrite")
        if (out / "manifest.json").exists():
            (out / "manifest.json").unlink()  # first, so a half-cleared folder never looks finished
        for name in ours - {"manifest.json"}:
            path = out / name
            shutil.rmtree(path) if path.is_dir() else path.unlink(missing_ok=True)
    try:
        out.mkdir(parents=True, exist_ok=True)
        probe = out / f".write-test-{os.getpid()}"
        probe.write_bytes(b"")
        probe.unlink()
    except OSError as error:
        raise UserError(f"cannot write to --out {out}: {error.strerror or error}") from None


def finished_run_manifest(run: str | Path, option: str = "--dedup-against") -> dict:
    """The manifest of an earlier, finished run; a one-line UserError otherwise."""
    path = Path(run) / "manifest.json"
    if not path.exists():
        raise UserError(f"{option} {run} is not a finished corpusflow run (no manifest.json)")
    return json.loads(path.read_text(encoding="utf-8"))
