"""The run directory: what belongs to a run, and getting a folder ready for one."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import xxhash

from schemas import TABLES
from tasks.errors import UserError
from tasks.tables import write_text_atomic

SIGNATURES = "signatures"
RESUME_FILE = ".resume.json"  # the key of the run being written: inputs, parameters, code version
DONE_DIR = ".done"  # one marker per finished task (stage/part.json, holding its counts)
RUN_ENTRIES = (*TABLES, SIGNATURES, "manifest.json", "report.md", "report.html", RESUME_FILE, DONE_DIR)


def run_key(sources, parameters: dict, code_files: list[Path]) -> str:
    """What makes two runs write the same tables: each input's real path, size and
    modification time, the parameters (and the content of files they name) and the code
    (every file of the project that shapes a table)."""
    digest = xxhash.xxh3_128()
    for source in sources:
        try:
            status = os.stat(source.path)
            size, modified = status.st_size, status.st_mtime_ns
        except OSError:  # vanished: the parse stage turns it into a reject row
            size, modified = -1, -1
        digest.update(f"{source.key}\0{source.kind}\0{source.name}\0{size}\0{modified}\n".encode("utf-8", "surrogateescape"))
    digest.update(json.dumps(parameters, sort_keys=True, default=str).encode())
    for path in sorted(code_files):
        digest.update(str(path).encode("utf-8", "surrogateescape"))
        digest.update(Path(path).read_bytes())
    return digest.hexdigest()


def check_run_dir(out: Path, overwrite: bool) -> None:
    """Can a run be written to `out`? Creates the folder, touches nothing in it (the CLI
    runs this before Prefect starts)."""
    if out.exists() and not out.is_dir():
        raise UserError(f"--out {out} exists and is not a directory")
    if (out / "manifest.json").exists() and not overwrite:
        raise UserError(f"--out {out} already holds a finished run; pass --overwrite to replace it")
    if out.is_dir():
        names = {entry.name for entry in out.iterdir()}
        if names - set(RUN_ENTRIES) and not names & set(RUN_ENTRIES) and not overwrite:
            raise UserError(f"--out {out} is a non-empty folder that is not a corpusflow run; choose another or pass --overwrite")
    try:
        out.mkdir(parents=True, exist_ok=True)
        probe = out / f".write-test-{os.getpid()}"
        probe.write_bytes(b"")
        probe.unlink()
    except OSError as error:
        raise UserError(f"cannot write to --out {out}: {error.strerror or error}") from None


def resumable(out: Path, resume_key: str | None) -> bool:
    """Is `out` an unfinished run of the same inputs, parameters and code?"""
    if resume_key is None or (out / "manifest.json").exists():
        return False
    try:
        return json.loads((out / RESUME_FILE).read_text(encoding="utf-8")).get("key") == resume_key
    except (OSError, ValueError):
        return False


def prepare_run_dir(out: Path, overwrite: bool, resume_key: str | None = None) -> bool:
    """Refuse to clobber a finished run; resume an unfinished run with the same key (its
    finished tasks are kept); clear anything else; check we can write. True if resuming."""
    check_run_dir(out, overwrite)  # creates `out` and proves it writable
    if resumable(out, resume_key):
        return True
    ours = {entry.name for entry in out.iterdir()} & set(RUN_ENTRIES)
    if (out / "manifest.json").exists():
        (out / "manifest.json").unlink()  # first, so a half-cleared folder never looks finished
    for name in ours - {"manifest.json"}:
        path = out / name
        shutil.rmtree(path) if path.is_dir() else path.unlink(missing_ok=True)
    try:
        if resume_key is not None:
            write_json_atomic(out / RESUME_FILE, {"key": resume_key})
    except OSError as error:
        raise UserError(f"cannot write to --out {out}: {error.strerror or error}") from None
    return False


def write_json_atomic(path: Path, value, indent: int | None = None) -> None:
    write_text_atomic(path, json.dumps(value, indent=indent, default=str))


def done_marker(run_dir: str | Path, stage: str, part: str) -> Path:
    return Path(run_dir) / DONE_DIR / stage / f"{part}.json"


def run_once(run_dir: str | Path, stage: str, part: str, compute) -> dict:
    """The counts of a task that an interrupted run already finished, or compute() now and
    mark it finished (after its outputs, so a marker means the task is complete)."""
    finished = finished_task(run_dir, stage, part)
    if finished is not None:
        return finished
    result = compute()
    mark_finished(run_dir, stage, part, result)
    return result


def finished_task(run_dir: str | Path, stage: str, part: str) -> dict | None:
    """The counts a task of an interrupted run returned, if it finished."""
    marker = done_marker(run_dir, stage, part)
    return json.loads(marker.read_text(encoding="utf-8")) if marker.exists() else None


def mark_finished(run_dir: str | Path, stage: str, part: str, result: dict) -> None:
    """Written after all of the task's outputs, so a marker means the task is complete."""
    marker = done_marker(run_dir, stage, part)
    marker.parent.mkdir(parents=True, exist_ok=True)
    write_json_atomic(marker, result)


def finished_run_manifest(run: str | Path, option: str = "--dedup-against") -> dict:
    """The manifest of an earlier, finished run; a one-line UserError otherwise."""
    path = Path(run) / "manifest.json"
    if not path.exists():
        raise UserError(f"{option} {run} is not a finished corpusflow run (no manifest.json)")
    return json.loads(path.read_text(encoding="utf-8"))
