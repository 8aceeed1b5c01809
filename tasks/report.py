"""The run report a person reads in a minute: `report.md`, `report.html` (the same
sections with small SVG bar charts, no script, no network) and, in the flow, a Prefect
markdown artifact. Built from the tables themselves, so it shows what was written."""

from __future__ import annotations

import html
from dataclasses import dataclass
from pathlib import Path

import polars as pl

from tasks.tables import read_table, write_text_atomic

TOP = 10


@dataclass
class Section:
    title: str
    table: pl.DataFrame
    chart: tuple[str, str] | None = None  # (label column, value column) drawn as horizontal bars
    note: str = ""


def report_sections(run_dir: Path, manifest: dict) -> list[Section]:
    rejects = read_table(run_dir, "rejects", ["stage", "reason"])
    removed = read_table(run_dir, "removed_lines", ["rule", "text"])
    language = read_table(run_dir, "language", ["lang"])
    dedup = read_table(run_dir, "dedup", ["cluster_id", "cluster_size", "kind"])
    entities = read_table(run_dir, "entities", ["label", "canonical"])
    stages = pl.DataFrame(
        [{"stage": name, "rows in": s["rows_in"], "rows out": s["rows_out"], "task seconds": s["seconds"],
          "rows/s": round(s["rows_in"] / s["seconds"]) if s["seconds"] else None}
         for name, s in manifest["stages"].items()],
        schema={"stage": pl.String, "rows in": pl.Int64, "rows out": pl.Int64, "task seconds": pl.Float64, "rows/s": pl.Int64},
    )
    tables = pl.DataFrame([{"table": name, "rows": t["rows"]} for name, t in manifest["tables"].items()],
                          schema={"table": pl.String, "rows": pl.Int64})
    top_entities = (
        entities.group_by("label", "canonical").len("mentions")
        .sort(["label", "mentions", "canonical"], descending=[False, True, False])
        .group_by("label", maintain_order=True).head(5)
        .with_columns(pl.format("{}: {}", "label", "canonical").alias("entity"))
        .select("entity", "label", "canonical", "mentions")
    )
    return [
        Section("Tables", tables),
        Section("Stages", stages, ("stage", "task seconds"), "task seconds are summed over parallel tasks"),
        Section("Rejects by reason", rejects.group_by("stage", "reason").len("documents").sort("documents", descending=True),
                ("reason", "documents")),
        Section("Removed lines by rule",
                removed.group_by("rule").agg(pl.len().alias("lines"), pl.col("text").first().str.strip_chars().alias("example"))
                .sort(["lines", "rule"], descending=[True, False]).head(TOP), ("rule", "lines")),
        Section("Languages", language.group_by("lang").len("documents").sort(["documents", "lang"], descending=[True, False]),
                ("lang", "documents")),
        Section("Duplicate clusters",
                dedup.filter(pl.col("cluster_size") > 1).group_by("cluster_size").agg(pl.col("cluster_id").n_unique().alias("clusters"))
                .sort("cluster_size").with_columns(pl.col("cluster_size").cast(pl.String)), ("cluster_size", "clusters"),
                "clusters by number of documents"),
        Section("Top entities by label", top_entities.drop("entity"), None) if top_entities.height == 0 else
        Section("Top entities by label", top_entities, ("entity", "mentions"), "the five most mentioned of each label"),
    ]


def _cell(value) -> str:
    return "" if value is None else str(value).replace("\n", " ")[:120]


def report_markdown(run_dir: Path, manifest: dict, sections: list[Section] | None = None) -> str:
    sections = sections if sections is not None else report_sections(run_dir, manifest)
    parts = [
        f"# corpusflow run {manifest['run_id']}\n",
        f"Started {manifest['started_at']}; inputs: {', '.join(i['path'] for i in manifest['inputs'])}.\n",
    ]
    for section in sections:
        parts.append(f"## {section.title}\n")
        if section.table.height == 0:
            parts.append("_none_\n")
            continue
        header = "| " + " | ".join(section.table.columns) + " |"
        rule = "|" + "|".join("---" for _ in section.table.columns) + "|"
        rows = ["| " + " | ".join(_cell(v).replace("|", "\\|") for v in row) + " |" for row in section.table.iter_rows()]
        parts.append("\n".join([header, rule, *rows]) + "\n")
    return "\n".join(parts)


def _bars(frame: pl.DataFrame, label: str, value: str) -> str:
    """A horizontal bar chart as inline SVG (values scaled to the largest)."""
    rows = [(str(lab), float(val or 0)) for lab, val in frame.select(label, value).head(TOP * 2).iter_rows()]
    if not rows:
        return ""
    largest = max(v for _, v in rows) or 1.0
    bar_height, label_width, bar_width = 18, 190, 360
    height = bar_height * len(rows) + 4
    shapes = []
    for index, (name, number) in enumerate(rows):
        y = index * bar_height + 2
        width = max(1.0, bar_width * number / largest)
        shown = f"{number:,.0f}" if number >= 10 or number == int(number) else f"{number:.2f}"
        shapes.append(
            f'<text x="{label_width - 6}" y="{y + 13}" text-anchor="end">{html.escape(name[:28])}</text>'
            f'<rect x="{label_width}" y="{y}" width="{width:.1f}" height="{bar_height - 4}" rx="2"/>'
            f'<text x="{label_width + width + 5:.1f}" y="{y + 13}">{shown}</text>'
        )
    return (f'<svg class="chart" role="img" aria-label="{html.escape(value)} by {html.escape(label)}" '
            f'width="{label_width + bar_width + 80}" height="{height}" xmlns="http://www.w3.org/2000/svg">{"".join(shapes)}</svg>')


def _html_table(frame: pl.DataFrame) -> str:
    if frame.height == 0:
        return "<p class=none>none</p>"
    head = "".join(f"<th>{html.escape(c)}</th>" for c in frame.columns)
    body = "".join("<tr>" + "".join(f"<td>{html.escape(_cell(v))}</td>" for v in row) + "</tr>" for row in frame.iter_rows())
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


STYLE = """
body{font:14px/1.45 system-ui,sans-serif;margin:2em auto;max-width:1000px;color:#222;padding:0 1em}
h1{font-size:1.5em}h2{font-size:1.15em;margin-top:2em;border-bottom:1px solid #ddd}
.tiles{display:flex;gap:1em;flex-wrap:wrap}.tile{border:1px solid #ddd;border-radius:6px;padding:.6em 1em}
.tile b{display:block;font-size:1.6em}table{border-collapse:collapse;margin:.5em 0}
td,th{border:1px solid #e3e3e3;padding:2px 8px;text-align:left;vertical-align:top}th{background:#f5f5f5}
.chart rect{fill:#4a7fb0}.chart text{font-size:12px;fill:#333}.note{color:#666}.none{color:#888}
"""


def report_html(run_dir: Path, manifest: dict, sections: list[Section] | None = None) -> str:
    sections = sections if sections is not None else report_sections(run_dir, manifest)
    counts = {name: table["rows"] for name, table in manifest["tables"].items()}
    tiles = [("documents", f"{counts.get('documents', 0):,}"), ("in corpus", f"{counts.get('corpus', 0):,}"),
             ("rejects", f"{counts.get('rejects', 0):,}"), ("removed lines", f"{counts.get('removed_lines', 0):,}"),
             ("entity mentions", f"{counts.get('entities', 0):,}")]
    if manifest.get("seconds"):
        tiles += [("seconds", f"{manifest['seconds']:,.1f}"), ("documents/s", f"{counts.get('documents', 0) / manifest['seconds']:,.0f}")]
    parts = [
        "<!doctype html><html lang=en><head><meta charset=utf-8>",
        f"<title>corpusflow run {html.escape(manifest['run_id'])}</title><style>{STYLE}</style></head><body>",
        f"<h1>corpusflow run <code>{html.escape(manifest['run_id'])}</code></h1>",
        f"<p>Started {html.escape(str(manifest['started_at']))}; inputs: "
        f"{html.escape(', '.join(i['path'] for i in manifest['inputs']))}.</p>",
        '<div class="tiles">' + "".join(f'<div class="tile" data-figure="{html.escape(k)}"><b>{v}</b>{html.escape(k)}</div>'
                                        for k, v in tiles) + "</div>",
    ]
    for section in sections:
        parts.append(f"<h2>{html.escape(section.title)}</h2>")
        if section.note:
            parts.append(f'<p class="note">{html.escape(section.note)}</p>')
        if section.chart and section.table.height:
            parts.append(_bars(section.table, *section.chart))
        parts.append(_html_table(section.table))
    parts.append("</body></html>")
    return "\n".join(parts)


def write_report(run_dir: Path, manifest: dict) -> str:
    """Write report.md and report.html; returns the markdown (the flow also publishes it)."""
    run_dir = Path(run_dir)
    sections = report_sections(run_dir, manifest)
    markdown = report_markdown(run_dir, manifest, sections)
    write_text_atomic(run_dir / "report.md", markdown)
    write_text_atomic(run_dir / "report.html", report_html(run_dir, manifest, sections))
    return markdown
