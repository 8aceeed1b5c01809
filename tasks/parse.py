"""Parse stage: stream every input into `documents` shards plus parse rejects.

Documents are batched into shards of at most `shard_size` documents (or
`shard_bytes` of text, whichever comes first), so memory holds one shard, not
the bundle.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from tasks.bundle import Document, OutsideText, Source, read_source, sha256_hex
from tasks.tables import write_part

SHARD_BYTES = 64 << 20


@dataclass
class ParseResult:
    shards: list[str] = field(default_factory=list)
    documents: int = 0
    rejects: int = 0
    inputs: list[dict] = field(default_factory=list)  # path, sha256, documents


def document_row(document: Document) -> dict:
    return {
        "doc_id": document.doc_id,
        "source": document.source,
        "name": document.name,
        "ordinal": document.ordinal,
        "text": document.text,
        "sha256": sha256_hex(document.text),
        "flags": document.flags,
        "header_line": document.header_line,
    }


def outside_row(outside: OutsideText) -> dict:
    return {"doc_id": None, "stage": "parse", "reason": outside.reason, "detail": outside.detail, "source": outside.source}


def parse_sources(
    sources: list[Source],
    run_dir: Path,
    shard_size: int = 2000,
    shard_bytes: int = SHARD_BYTES,
    first_shard: int = 0,
) -> ParseResult:
    """Read `sources` in order; write documents/part-NNNNN and rejects/part-parse-NNNNN."""
    result = ParseResult()
    batch: list[dict] = []
    batch_bytes = 0
    rejects: list[dict] = []
    shard = first_shard

    def flush() -> None:
        nonlocal batch, batch_bytes, shard
        if batch:
            part = f"part-{shard:05d}"
            write_part(run_dir, "documents", part, batch)
            result.shards.append(part)
            shard += 1
            batch, batch_bytes = [], 0

    for source in sources:
        events, hasher = read_source(source)
        count = 0
        for event in events:
            if isinstance(event, Document):
                batch.append(document_row(event))
                batch_bytes += len(event.text)
                count += 1
                if len(batch) >= shard_size or batch_bytes >= shard_bytes:
                    flush()
            else:
                rejects.append(outside_row(event))
        result.documents += count
        sha256 = hasher.digest.hexdigest() if hasher is not None else None
        result.inputs.append({"path": source.path, "kind": source.kind, "sha256": sha256, "documents": count})
    flush()
    if rejects:
        write_part(run_dir, "rejects", f"part-parse-{first_shard:05d}", rejects)
    result.rejects = len(rejects)
    return result
