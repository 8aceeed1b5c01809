"""Corpus stage: join a shard's stage outputs and decide, once, what is kept.

Each cleaned document either enters `corpus` or gets exactly one reject row:
the first stage (in pipeline order) that leaves it out names the reason.
"""

from __future__ import annotations

import polars as pl

from schemas import CORPUS


def assemble_corpus(
    documents: pl.DataFrame,
    clean: pl.DataFrame,
    language: pl.DataFrame,
    dedup: pl.DataFrame,
    keep_languages: list[str] | None,
) -> tuple[pl.DataFrame, list[dict]]:
    """(corpus rows, reject rows) for one shard."""
    joined = (
        clean.join(documents.select("doc_id", "name", "source"), on="doc_id", how="left")
        .join(language.select("doc_id", "lang", "prob"), on="doc_id", how="left")
        .join(dedup.select("doc_id", "cluster_id", "story_id", "duplicate_of", "kind", "similarity"), on="doc_id", how="left")
        .with_columns(pl.col("lang").fill_null("unknown"))
    )
    if keep_languages:
        wrong_language = ~pl.col("lang").is_in(keep_languages)
    else:
        wrong_language = pl.lit(False)
    joined = joined.with_columns(wrong_language.alias("wrong_language"))

    rejects = []
    for doc_id, lang, prob in joined.filter(pl.col("wrong_language")).select("doc_id", "lang", "prob").iter_rows():
        rejects.append({"doc_id": doc_id, "stage": "language", "reason": "language",
                        "detail": f"detected {lang} (p={prob or 0:.2f}), keeping {','.join(keep_languages)}", "source": None})
    duplicates = joined.filter(~pl.col("wrong_language") & pl.col("duplicate_of").is_not_null())
    for doc_id, kept, kind, similarity in duplicates.select("doc_id", "duplicate_of", "kind", "similarity").iter_rows():
        rejects.append({"doc_id": doc_id, "stage": "dedup", "reason": "duplicate",
                        "detail": f"{kind} duplicate of {kept} (similarity {similarity:.3f})", "source": None})
    corpus = joined.filter(~pl.col("wrong_language") & pl.col("duplicate_of").is_null()).select(CORPUS.names)
    return corpus, rejects
