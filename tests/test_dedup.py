"""Exact and near duplicates, clusters and the kept member."""

import polars as pl

from tasks.bundle import read_bundle
from tasks.clean import clean_document
from tasks.dedup import DedupParameters, assign_stories, cluster_signatures, signature_frame

PARAMETERS = DedupParameters()


def dedup(texts: list[str]) -> pl.DataFrame:
    frame = pl.DataFrame({"doc_id": [f"d{i}" for i in range(len(texts))], "text": texts, "title": [None] * len(texts)})
    signatures = signature_frame(frame, 0, PARAMETERS)
    return assign_stories(cluster_signatures(signatures, PARAMETERS), signatures)


def sample_texts(sample_path) -> list[str]:
    return [clean_document(d.text).text for d in read_bundle(sample_path)]


def test_sample_documents_are_distinct_but_one_story(sample_path):
    result = dedup(sample_texts(sample_path))
    assert result["duplicate_of"].null_count() == 5
    assert result["story_id"].n_unique() == 1


def test_syndicated_copy_with_other_boilerplate_and_whitespace_is_a_near_duplicate(sample_path):
    texts = sample_texts(sample_path)
    original = texts[3]
    copy = "Breaking:   " + original.replace(". ", ".  ").replace("Iraq", "IRAQ") + "\n\nFollow us for more updates."
    edited = original.replace("Tuesday", "Wednesday").replace("2,500", "2,600")
    result = dedup([original, texts[4], copy, edited])
    rows = {r["doc_id"]: r for r in result.iter_rows(named=True)}
    cluster = rows["d0"]["cluster_id"]
    assert rows["d2"]["cluster_id"] == cluster and rows["d3"]["cluster_id"] == cluster
    assert rows["d1"]["cluster_id"] != cluster and rows["d1"]["duplicate_of"] is None
    kept = [r for r in rows.values() if r["cluster_id"] == cluster and r["duplicate_of"] is None]
    assert len(kept) == 1 and kept[0]["doc_id"] == "d2"  # the longest is kept
    assert {rows[d]["kind"] for d in ("d0", "d3")} == {"near"}
    assert all(rows[d]["similarity"] >= PARAMETERS.threshold for d in ("d0", "d3"))


def test_exact_duplicates_ignore_case_whitespace_and_punctuation():
    text = "The quick brown fox jumps over the lazy dog near the river bank today, officials said."
    result = dedup([text, "  THE QUICK brown fox -- jumps over the lazy dog near the river bank today officials said!!", "Something else entirely, written about a completely unrelated event."])
    rows = result.sort("doc_id").to_dicts()
    # the longer copy is the kept member (policy: longest clean text, then earliest)
    assert rows[0]["duplicate_of"] == "d1" and rows[0]["kind"] == "exact" and rows[0]["similarity"] == 1.0
    assert rows[0]["cluster_id"] == rows[1]["cluster_id"] == "d1"
    assert rows[2]["duplicate_of"] is None
    assert rows[0]["story_id"] != rows[2]["story_id"]


def test_unrelated_articles_on_the_same_event_are_not_duplicates(sample_path):
    result = dedup(sample_texts(sample_path)[2:])
    assert result["duplicate_of"].null_count() == 3
