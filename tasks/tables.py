"""Reading and writing the run directory's Parquet tables.

Every part file is written beside its final name and renamed into place, so a
reader never sees half a file: a crash leaves only dot-prefixed `.tmp` files,
which no `*.parquet` glob matches.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Iterable, Mapping

import polars as pl
import pyarrow as pa
import pyarrow.parquet as pq

from schemas import TABLES

COMPRESSION = "zstd"


def to_arrow(rows: pa.Table | pl.DataFrame | Iterable[Mapping], schema: pa.Schema) -> pa.Table:
    """Build an Arrow table that matches `schema` exactly (column order, types)."""
    if isinstance(rows, pl.DataFrame):
        rows = rows.to_arrow()
    if isinstance(rows, pa.Table):
        missing = [n for n in schema.names if n not in rows.column_names]
        if missing:
            raise ValueError(f"table lacks columns {missing}")
        return rows.select(schema.names).cast(schema)
    return pa.Table.from_pylist(list(rows), schema=schema)


def write_part(run_dir: Path, table: str, part: str, rows, schema: pa.Schema | None = None) -> int:
    """Atomically write one part file of `table`; returns its row count."""
    schema = schema or TABLES[table]
    arrow = to_arrow(rows, schema)
    folder = Path(run_dir) / table
    folder.mkdir(parents=True, exist_ok=True)
    final = folder / f"{part}.parquet"
    temporary = folder / f".{part}.parquet.tmp"
    try:
        pq.write_table(arrow, temporary, compression=COMPRESSION)
        os.replace(temporary, final)
    except BaseException:
        temporary.unlink(missing_ok=True)  # a full disk leaves no debris, and never a part that looks whole
        raise
    return arrow.num_rows


def write_text_atomic(path: Path, text: str) -> None:
    """Write a whole file under a temporary name, then rename: readers never see half of it."""
    path = Path(path)
    temporary = path.with_name(f".{path.name}.tmp")
    temporary.write_text(text, encoding="utf-8")
    os.replace(temporary, path)


def part_paths(run_dir: Path, table: str) -> list[Path]:
    return sorted((Path(run_dir) / table).glob("*.parquet"))


def read_table(run_dir: Path, table: str, columns: list[str] | None = None, schema: pa.Schema | None = None) -> pl.DataFrame:
    """All parts of a table as one polars frame (empty, with its schema, when there are none)."""
    schema = schema or TABLES[table]
    paths = part_paths(run_dir, table)
    if not paths:
        frame = pl.from_arrow(schema.empty_table())
    else:
        frame = pl.from_arrow(pa.concat_tables([pq.read_table(p, schema=schema) for p in paths]))
    return frame.select(columns) if columns else frame


def read_part(path: Path, table: str, columns: list[str] | None = None) -> pl.DataFrame:
    return pl.from_arrow(pq.read_table(path, columns=columns, schema=TABLES[table]))


def ensure_table(run_dir: Path, table: str) -> None:
    """A table with no rows still exists, with its schema."""
    if not part_paths(run_dir, table):
        write_part(run_dir, table, "part-empty", TABLES[table].empty_table())


def count_rows(run_dir: Path, table: str) -> int:
    return sum(pq.ParquetFile(p).metadata.num_rows for p in part_paths(run_dir, table))
