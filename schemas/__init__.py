"""The one source of truth for every table a run writes.

Writers cast to these schemas and tests compare against them; nothing else in
the project declares a table's columns. Required columns come from
CONTRACT.md; the extra ones are documented beside each field.
"""

from __future__ import annotations

import pyarrow as pa

DOCUMENTS = pa.schema(
    [
        pa.field("doc_id", pa.string(), nullable=False),
        pa.field("source", pa.string(), nullable=False),
        pa.field("name", pa.string()),
        pa.field("ordinal", pa.int64(), nullable=False),
        pa.field("text", pa.large_string(), nullable=False),
        pa.field("sha256", pa.string(), nullable=False),
        pa.field("flags", pa.list_(pa.string()), nullable=False),
        # 1-based line of the document's header in its source (0 for a
        # single-document .txt file, which has no header).
        pa.field("header_line", pa.int64(), nullable=False),
    ]
)

CLEAN = pa.schema(
    [
        pa.field("doc_id", pa.string(), nullable=False),
        pa.field("title", pa.string()),
        pa.field("text", pa.large_string(), nullable=False),
        pa.field("byline", pa.string()),
        pa.field("dateline", pa.string()),
        pa.field("published", pa.string()),  # ISO date, e.g. 2024-01-10
        pa.field("source_site", pa.string()),
        pa.field("raw_lines", pa.int64(), nullable=False),
        pa.field("removed_line_count", pa.int64(), nullable=False),
    ]
)

REMOVED_LINES = pa.schema(
    [
        pa.field("doc_id", pa.string(), nullable=False),
        pa.field("line_no", pa.int64(), nullable=False),
        pa.field("text", pa.large_string(), nullable=False),
        pa.field("rule", pa.string(), nullable=False),
    ]
)

LANGUAGE = pa.schema(
    [
        pa.field("doc_id", pa.string(), nullable=False),
        pa.field("lang", pa.string(), nullable=False),
        pa.field("prob", pa.float64(), nullable=False),
    ]
)

DEDUP = pa.schema(
    [
        pa.field("doc_id", pa.string(), nullable=False),
        pa.field("cluster_id", pa.string(), nullable=False),
        pa.field("duplicate_of", pa.string()),
        pa.field("kind", pa.string()),  # exact | near | null for the kept one
        pa.field("similarity", pa.float64()),
        pa.field("cluster_size", pa.int64(), nullable=False),
        pa.field("story_id", pa.string(), nullable=False),
    ]
)

ENTITIES = pa.schema(
    [
        pa.field("doc_id", pa.string(), nullable=False),
        pa.field("text", pa.string(), nullable=False),
        pa.field("label", pa.string(), nullable=False),
        pa.field("start", pa.int64(), nullable=False),
        pa.field("end", pa.int64(), nullable=False),
        pa.field("canonical", pa.string(), nullable=False),
        # Groups equal (label, canonical) pairs across the whole corpus.
        pa.field("entity_id", pa.string(), nullable=False),
    ]
)

CORPUS = pa.schema(
    [
        pa.field("doc_id", pa.string(), nullable=False),
        pa.field("name", pa.string()),
        pa.field("title", pa.string()),
        pa.field("text", pa.large_string(), nullable=False),
        pa.field("lang", pa.string(), nullable=False),
        pa.field("source", pa.string(), nullable=False),
        pa.field("cluster_id", pa.string(), nullable=False),
        pa.field("story_id", pa.string(), nullable=False),
        pa.field("byline", pa.string()),
        pa.field("dateline", pa.string()),
        pa.field("published", pa.string()),
        pa.field("source_site", pa.string()),
    ]
)

REJECTS = pa.schema(
    [
        pa.field("doc_id", pa.string()),  # null for text outside any document
        pa.field("stage", pa.string(), nullable=False),
        pa.field("reason", pa.string(), nullable=False),
        pa.field("detail", pa.string(), nullable=False),
        pa.field("source", pa.string()),
    ]
)

# Internal, per-shard intermediate written by the dedup signature step.
SIGNATURES = pa.schema(
    [
        pa.field("doc_id", pa.string(), nullable=False),
        pa.field("exact_hash", pa.string(), nullable=False),
        pa.field("text_length", pa.int64(), nullable=False),
        pa.field("position", pa.int64(), nullable=False),
        pa.field("minhash", pa.list_(pa.uint64()), nullable=False),
        pa.field("story_terms", pa.list_(pa.string()), nullable=False),
    ]
)

TABLES: dict[str, pa.Schema] = {
    "documents": DOCUMENTS,
    "clean": CLEAN,
    "removed_lines": REMOVED_LINES,
    "language": LANGUAGE,
    "dedup": DEDUP,
    "entities": ENTITIES,
    "corpus": CORPUS,
    "rejects": REJECTS,
}
