"""Dedup stage: exact and near duplicates, as datatrove does it, in two steps.

1. `signature_frame` (per shard, parallel): a hash of the normalised text for
   exact duplicates and a datasketch MinHash of its word shingles.
2. `cluster_signatures` (once, over all shards): LSH banding as a polars
   group-by on band hashes, candidate pairs verified by their estimated
   Jaccard similarity, union-find into clusters, one document kept per
   cluster (longest clean text, then earliest in the input).

No all-pairs loop and no in-memory LSH index: memory is the signature table.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import numpy as np
import polars as pl
import xxhash
from datasketch import MinHash

WORD = re.compile(r"\w+", re.UNICODE)
MAX_BUCKET_PAIRS = 64  # buckets larger than this are linked as a star, not all pairs


@dataclass(frozen=True)
class DedupParameters:
    threshold: float = 0.6
    num_perm: int = 128
    shingle_size: int = 5
    bands: int | None = None  # None: chosen from threshold and num_perm
    seed: int = 1

    def banding(self) -> tuple[int, int]:
        if self.bands:
            return self.bands, self.num_perm // self.bands
        from datasketch.lsh import _optimal_param

        return _optimal_param(self.threshold, self.num_perm, 0.5, 0.5)


def normalised_words(text: str) -> list[str]:
    """Case, punctuation and whitespace folded away."""
    return WORD.findall(text.casefold())


def exact_hash(words: list[str]) -> str:
    return xxhash.xxh3_128_hexdigest(" ".join(words).encode("utf-8", "surrogatepass"))


SHINGLE_BATCH = 50_000  # shingles hashed at once: bounds the num_perm x batch array of a huge document


def shingle_batches(words: list[str], size: int):
    """The document's distinct word `size`-grams, in batches (a 50 MB document has millions)."""
    if len(words) <= size:
        yield [" ".join(words).encode("utf-8", "surrogatepass")]
        return
    last = len(words) - size + 1
    for start in range(0, last, SHINGLE_BATCH):
        yield list({" ".join(words[i : i + size]).encode("utf-8", "surrogatepass") for i in range(start, min(start + SHINGLE_BATCH, last))})


def minhashes(word_lists: list[list[str]], parameters: DedupParameters) -> list[MinHash]:
    """MinHash per document (what MinHash.bulk does: copies of one seeded MinHash), fed in batches."""
    base = MinHash(num_perm=parameters.num_perm, seed=parameters.seed, hashfunc=_hash32)
    result = []
    for words in word_lists:
        signature = base.copy()
        for batch in shingle_batches(words, parameters.shingle_size):
            signature.update_batch(batch)
        result.append(signature)
    return result


def _hash32(data: bytes) -> int:
    return xxhash.xxh32_intdigest(data)


def signature_frame(clean: pl.DataFrame, first_position: int, parameters: DedupParameters) -> pl.DataFrame:
    """Exact hash and MinHash signature of every clean document of a shard."""
    doc_ids, texts = clean["doc_id"].to_list(), clean["text"].to_list()
    titles = clean["title"].to_list() if "title" in clean.columns else [None] * len(texts)
    word_lists = [normalised_words(text) for text in texts]
    signatures = minhashes(word_lists, parameters)
    return pl.DataFrame(
        {
            "doc_id": doc_ids,
            "exact_hash": [exact_hash(words) for words in word_lists],
            "text_length": [len(text) for text in texts],
            "position": list(range(first_position, first_position + len(doc_ids))),
            "minhash": [m.hashvalues.astype(np.uint64) for m in signatures] if signatures else [],
            "story_terms": [story_terms(title, text) for title, text in zip(titles, texts)],
        },
        schema={"doc_id": pl.String, "exact_hash": pl.String, "text_length": pl.Int64, "position": pl.Int64,
                "minhash": pl.List(pl.UInt64), "story_terms": pl.List(pl.String)},
    )


class UnionFind:
    def __init__(self, size: int):
        self.parent = np.arange(size)

    def find(self, item: int) -> int:
        parent = self.parent
        root = item
        while parent[root] != root:
            root = parent[root]
        while parent[item] != root:
            parent[item], item = root, parent[item]
        return int(root)

    def union(self, a: int, b: int) -> None:
        root_a, root_b = self.find(a), self.find(b)
        if root_a != root_b:
            self.parent[max(root_a, root_b)] = min(root_a, root_b)


def _band_hashes(signatures: np.ndarray, bands: int, rows: int) -> np.ndarray:
    """(n, bands) uint64: one hash per band of `rows` consecutive signature values."""
    n = signatures.shape[0]
    banded = signatures[:, : bands * rows].reshape(n, bands, rows)
    multipliers = np.array([pow(0x9E3779B97F4A7C15, k, 1 << 64) for k in range(1, rows + 1)], dtype=np.uint64)
    with np.errstate(over="ignore"):
        return (banded * multipliers).sum(axis=2, dtype=np.uint64)


def candidate_pairs(signatures: np.ndarray, bands: int, rows: int) -> np.ndarray:
    """Pairs (i, j), i < j, that share at least one band: a group-by, not all pairs."""
    n = signatures.shape[0]
    if n < 2:
        return np.empty((0, 2), dtype=np.int64)
    hashes = _band_hashes(signatures, bands, rows)
    buckets = (
        pl.DataFrame({"doc": np.repeat(np.arange(n), bands), "band": np.tile(np.arange(bands), n), "hash": hashes.reshape(-1)})
        .group_by("band", "hash")
        .agg(pl.col("doc").sort())
        .filter(pl.col("doc").list.len() > 1)
    )
    pairs = set()
    for members in buckets["doc"].to_list():
        if len(members) * (len(members) - 1) // 2 <= MAX_BUCKET_PAIRS:
            pairs.update((a, b) for i, a in enumerate(members) for b in members[i + 1 :])
        else:
            pairs.update((members[0], b) for b in members[1:])
    return np.array(sorted(pairs), dtype=np.int64).reshape(-1, 2)


def jaccard_estimates(signatures: np.ndarray, pairs: np.ndarray) -> np.ndarray:
    if len(pairs) == 0:
        return np.empty(0)
    return (signatures[pairs[:, 0]] == signatures[pairs[:, 1]]).mean(axis=1)


def cluster_signatures(signatures: pl.DataFrame, parameters: DedupParameters) -> pl.DataFrame:
    """One dedup row per document: cluster, kept member, kind and similarity.

    Rows with `previous` = true are documents an earlier run kept (cross-run
    dedup): they win the keeper choice of their cluster; the caller drops them."""
    signatures = signatures.sort("position")
    n = signatures.height
    schema = {"doc_id": pl.String, "cluster_id": pl.String, "duplicate_of": pl.String, "kind": pl.String,
              "similarity": pl.Float64, "cluster_size": pl.Int64}
    if n == 0:
        return pl.DataFrame(schema=schema)
    matrix = signatures["minhash"].explode().to_numpy().astype(np.uint64, copy=False).reshape(n, parameters.num_perm)
    exact = signatures["exact_hash"].to_list()
    union = UnionFind(n)

    first_with_hash: dict[str, int] = {}
    for index, value in enumerate(exact):
        union.union(first_with_hash.setdefault(value, index), index)

    bands, rows = parameters.banding()
    pairs = candidate_pairs(matrix, bands, rows)
    similar = pairs[jaccard_estimates(matrix, pairs) >= parameters.threshold]
    for a, b in similar:
        union.union(int(a), int(b))

    roots = np.array([union.find(i) for i in range(n)])
    lengths = signatures["text_length"].to_numpy()
    previous = signatures["previous"].to_numpy() if "previous" in signatures.columns else np.zeros(n, dtype=bool)
    # by cluster; a document kept by an earlier run first (it is already published), then longest, then earliest
    order = np.lexsort((np.arange(n), -lengths, ~previous, roots))
    keeper_of_root: dict[int, int] = {}
    for index in order:
        keeper_of_root.setdefault(int(roots[index]), int(index))
    keepers = np.array([keeper_of_root[int(r)] for r in roots])
    sizes = np.bincount(roots, minlength=n)[roots]

    doc_ids = signatures["doc_id"].to_list()
    similarity = (matrix == matrix[keepers]).mean(axis=1)
    is_kept = keepers == np.arange(n)
    same_text = np.array([exact[i] == exact[k] for i, k in enumerate(keepers)])
    return pl.DataFrame(
        {
            "doc_id": doc_ids,
            "cluster_id": [doc_ids[k] for k in keepers],
            "duplicate_of": [None if kept else doc_ids[k] for kept, k in zip(is_kept, keepers)],
            "kind": [None if kept else ("exact" if same else "near") for kept, same in zip(is_kept, same_text)],
            "similarity": [None if kept else (1.0 if same else float(s)) for kept, same, s in zip(is_kept, same_text, similarity)],
            "cluster_size": sizes.astype(np.int64),
        },
        schema=schema,
    )


# ---------------------------------------------------------------- same-story clusters

CAPITALISED = re.compile(r"\b[A-Z][\w’'-]+(?:\s+(?:al-|bin\s+)?[A-Z][\w’'-]+)*")
NUMBER = re.compile(r"\b\d[\d,.]*\d\b")
STORY_TERMS = 25  # distinctive terms kept per document
STORY_OVERLAP = 0.25  # shared share of the smaller term set that makes two documents one story
STORY_MIN_SHARED = 6
STORY_MAX_DOC_FREQUENCY = 20  # terms in more kept documents than this are too common to link stories
COMMON_CAPITALISED = frozenset(
    "the a an and but or in on at to for of by with from as it its he she they we i you this that these those there "
    "however meanwhile after before when while since during according critics also still yet so if his her their our "
    "mr mrs ms dr monday tuesday wednesday thursday friday saturday sunday january february march april may june july "
    "august september october november december".split()
)


def story_terms(title: str | None, text: str) -> list[str]:
    """The most frequent names and numbers of a document: what a rewrite cannot paraphrase away."""
    counts: dict[str, int] = {}
    for source in (title or "", text):
        for match in CAPITALISED.finditer(source):
            for word in match.group(0).split():
                term = word.casefold().strip("’'-").removesuffix("’s").removesuffix("'s")
                if len(term) > 2 and term not in COMMON_CAPITALISED:
                    counts[term] = counts.get(term, 0) + 1
        for match in NUMBER.finditer(source):
            term = match.group(0).replace(",", "")
            if len(term) >= 3:
                counts[term] = counts.get(term, 0) + 1
    ranked = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
    return [term for term, _ in ranked[:STORY_TERMS]]


def assign_stories(dedup_rows: pl.DataFrame, signatures: pl.DataFrame) -> pl.DataFrame:
    """Add `story_id`: kept documents that share enough distinctive names and numbers
    are one story; duplicates inherit their kept member's story.

    Only terms found in at most STORY_MAX_DOC_FREQUENCY kept documents link
    stories, which bounds the term self-join (pairs <= postings x that cap).
    """
    kept = dedup_rows.filter(pl.col("duplicate_of").is_null()).select("doc_id").join(
        signatures.select("doc_id", "story_terms"), on="doc_id", how="left"
    )
    n = kept.height
    union = UnionFind(max(n, 1))
    postings = (
        kept.with_row_index("doc")
        .select(pl.col("doc").cast(pl.Int64), pl.col("story_terms").alias("term"))
        .explode("term")
        .drop_nulls()
    )
    linking = postings.group_by("term").len().filter(pl.col("len").is_between(2, STORY_MAX_DOC_FREQUENCY)).select("term")
    postings = postings.join(linking, on="term", how="semi")
    shared = (
        postings.join(postings, on="term", suffix="_other")
        .filter(pl.col("doc") < pl.col("doc_other"))
        .group_by("doc", "doc_other")
        .len("shared")
        .filter(pl.col("shared") >= STORY_MIN_SHARED)
    )
    sizes = np.maximum(kept["story_terms"].list.len().fill_null(0).to_numpy(), 1)
    for a, b, count in shared.iter_rows():
        if count / min(sizes[a], sizes[b]) >= STORY_OVERLAP:
            union.union(a, b)
    kept_ids = kept["doc_id"].to_list()
    story_of_kept = {doc_id: f"story-{kept_ids[union.find(i)]}" for i, doc_id in enumerate(kept_ids)}
    return dedup_rows.with_columns(
        pl.col("cluster_id").replace_strict(story_of_kept, default=None).alias("story_id")
    )
