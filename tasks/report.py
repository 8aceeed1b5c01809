"""The human-readable run report (`report.md`), built from the tables themselves."""

from __future__ import annotations

from pathlib import Path

import polars as pl

from tasks.tables import read_table

TOP = 10


def _markdown_table(frame: pl.DataFrame) -> str:
    if frame.height == 0:
        return "_none_\n"
    header = "| " + " | ".join(frame.columns) + " |"
    rule = "|" + "|".join("---" for _ in frame.columns) + "|"
    rows = ["| " + " | ".join("" if v is None else str(v).replace("|", "\\|").replace("\n", " ")[:120] for v in row) + " |"
            for row in frame.iter_rows()]
    return "\n".join([header, rule, *rows]) + "\n"


def report_markdown(run_dir: Path, manifest: dict) -> str:
    rejects = read_table(run_dir, "rejects", ["stage", "reason"])
    removed = read_table(run_dir, "removed_lines", ["rule", "text"])
    language = read_table(run_dir, "language", ["lang"])
    dedup = read_table(run_dir, "dedup", ["cluster_id", "cluster_size", "kind"])
    entities = read_table(run_dir, "entities", ["label", "canonical"])
    stages = pl.DataFrame(
        [{"stage": name, "rows in": s["rows_in"], "rows out": s["rows_out"], "seconds": s["seconds"],
          "rows/s": round(s["rows_in"] / s["seconds"]) if s["seconds"] else None}
         for name, s in manifest["stages"].items()]
    )
    tables = pl.DataFrame([{"table": name, "rows": t["rows"]} for name, t in manifest["tables"].items()])
    parts = [
        f"# corpusflow run {manifest['run_id']}\n",
        f"Started {manifest['started_at']}; inputs: {', '.join(i['path'] for i in manifest['inputs'])}.\n",
        "## Tables\n", _markdown_table(tables),
        "## Stages\n", _markdown_table(stages),
        "## Rejects by reason\n", _markdown_table(rejects.group_by("stage", "reason").len("documents").sort("documents", descending=True)),
        "## Removed lines by rule\n",
        _markdown_table(removed.group_by("rule").agg(pl.len().alias("lines"), pl.col("text").first().str.strip_chars().alias("example"))
                        .sort("lines", descending=True).head(TOP)),
        "## Languages\n", _markdown_table(language.group_by("lang").len("documents").sort("documents", descending=True)),
        "## Duplicate clusters\n",
        _markdown_table(dedup.filter(pl.col("cluster_size") > 1).group_by("cluster_size").agg(pl.col("cluster_id").n_unique().alias("clusters"))
                        .sort("cluster_size")),
        "## Top entities\n",
        _markdown_table(entities.group_by("label", "canonical").len("mentions").sort(["mentions", "canonical"], descending=[True, False]).head(TOP * 2)),
    ]
    return "\n".join(parts)


def write_report(run_dir: Path, manifest: dict) -> Path:
    path = Path(run_dir) / "report.md"
    temporary = path.with_name(".report.md.tmp")
    temporary.write_text(report_markdown(Path(run_dir), manifest), encoding="utf-8")
    temporary.replace(path)
    return path
