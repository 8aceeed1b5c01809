"""corpusflow's dedup against datatrove's and text-dedup's MinHash, side by side.

    python -m benchmarks.dedup_compare --documents 20000 --datatrove-python /tmp/dtvenv/bin/python

Both get the same input: the clean texts of a corpusflow run on a synthetic
bundle (benchmarks/generate.py), as JSONL. Both use 14 bands x 8 rows over word
5-grams and 2 workers. Each side runs in its own measured subprocess (wall time,
peak RSS summed over its process tree); both are scored on duplicate pairs
against the generator's truth table. datatrove is not a dependency of this
project: install it in a separate virtualenv (`pip install datatrove==0.10.1
regex tokenizers orjson spacy "xxhash<4"`: datatrove
0.10.1 hashes str, which xxhash 4 refuses) and pass its python.

This file runs under both interpreters: the `datatrove` and `corpusflow`
sub-commands are what the measured subprocesses execute.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from pathlib import Path

BANDS, ROWS, SHINGLE = 14, 8, 5
WORKERS = 2


def run_datatrove(input_dir: str, work_dir: str) -> None:
    """datatrove's four MinHash stages, as its README runs them, writing cluster ids."""
    from datatrove.executor import LocalPipelineExecutor
    from datatrove.pipeline.dedup import MinhashDedupBuckets, MinhashDedupCluster, MinhashDedupFilter, MinhashDedupSignature
    from datatrove.pipeline.dedup.minhash import MinhashConfig
    from datatrove.pipeline.readers import JsonlReader
    from datatrove.pipeline.writers import JsonlWriter

    config = MinhashConfig(n_grams=SHINGLE, num_buckets=BANDS, hashes_per_bucket=ROWS)
    work = Path(work_dir)
    reader = lambda: JsonlReader(input_dir, id_key="id", text_key="text")  # noqa: E731
    stages = [
        LocalPipelineExecutor(pipeline=[reader(), MinhashDedupSignature(output_folder=str(work / "signatures"), config=config)],
                              tasks=WORKERS, workers=WORKERS, logging_dir=str(work / "logs/1")),
        LocalPipelineExecutor(pipeline=[MinhashDedupBuckets(input_folder=str(work / "signatures"), output_folder=str(work / "buckets"), config=config)],
                              tasks=BANDS, workers=WORKERS, logging_dir=str(work / "logs/2")),
        LocalPipelineExecutor(pipeline=[MinhashDedupCluster(input_folder=str(work / "buckets"), output_folder=str(work / "remove_ids"),
                                                            config=config, save_cluster_id=True)],
                              tasks=1, logging_dir=str(work / "logs/3")),
        LocalPipelineExecutor(pipeline=[reader(), MinhashDedupFilter(input_folder=str(work / "remove_ids"), load_cluster_ids=True,
                                                                     exclusion_writer=JsonlWriter(str(work / "removed"), compression=None)),
                                        JsonlWriter(str(work / "kept"), compression=None)],
                              tasks=WORKERS, workers=WORKERS, logging_dir=str(work / "logs/4")),
    ]
    for stage in stages:
        stage.run()


def datatrove_clusters(work_dir: str) -> dict[int, str]:
    """Document id -> cluster id from datatrove's output (documents without one are singletons)."""
    clusters = {}
    for folder in ("kept", "removed"):
        for path in sorted((Path(work_dir) / folder).glob("*.jsonl")):
            for line in path.read_text().splitlines():
                record = json.loads(line)
                cluster = (record.get("metadata") or {}).get("minhash_cluster_id")
                clusters[int(record["id"])] = f"c{cluster}" if cluster is not None and cluster != -1 else f"d{record['id']}"
    return clusters


def textdedup_command(python: str, input_dir: str, work_dir: str) -> list[str]:
    """text-dedup's MinHash CLI at the same parameters; --debug keeps its union-find (uf.pkl)."""
    return [python, "-m", "text_dedup.minhash", "--path", "json", "--data_files", f"{input_dir}/*.jsonl", "--split", "train",
            "--column", "text", "--idx_column", "id", "--num_perm", str(BANDS * ROWS), "--b", str(BANDS), "--r", str(ROWS),
            "--ngram", str(SHINGLE), "--hash_func", "xxh3", "--num_proc", str(WORKERS), "--output", f"{work_dir}/out",
            "--cache_dir", f"{work_dir}/cache", "--debug"]


def textdedup_clusters(python: str, work_dir: str) -> dict[int, str]:
    """Read text-dedup's pickled union-find with its own interpreter; unlisted documents are singletons."""
    code = ("import json, pickle, sys; uf = pickle.load(open(sys.argv[1], 'rb'));"
            "print(json.dumps({str(k): str(uf.find(k)) for k in uf.parent}))")
    found = json.loads(subprocess.run([python, "-c", code, f"{work_dir}/out/uf.pkl"], capture_output=True, text=True, check=True).stdout)
    return {int(k): f"c{v}" for k, v in found.items()}


def run_corpusflow(input_dir: str, work_dir: str, threshold: float) -> None:
    """corpusflow's dedup (signatures on 2 processes, then LSH group-by, verification, clusters)."""
    from concurrent.futures import ProcessPoolExecutor

    import polars as pl

    from tasks.dedup import DedupParameters, cluster_signatures

    parameters = DedupParameters(num_perm=BANDS * ROWS, bands=BANDS, shingle_size=SHINGLE, threshold=threshold)
    paths = sorted(str(p) for p in Path(input_dir).glob("*.jsonl"))
    with ProcessPoolExecutor(WORKERS) as pool:
        parts = list(pool.map(_signatures_of_file, paths, range(len(paths)), [parameters] * len(paths)))
    result = cluster_signatures(pl.concat(parts), parameters)
    result.select("doc_id", "cluster_id").write_parquet(Path(work_dir) / "clusters.parquet")


def _signatures_of_file(path: str, number: int, parameters):
    import polars as pl

    from tasks.dedup import signature_frame

    frame = pl.read_ndjson(path).select(pl.col("id").cast(pl.String).alias("doc_id"), "text")
    return signature_frame(frame, number << 32, parameters)


# ---------------------------------------------------------------- the measuring parent

def export_input(documents: int, out: Path) -> tuple[Path, Path]:
    """Clean texts of a corpusflow run on the synthetic bundle, as JSONL split in WORKERS files."""
    import polars as pl

    from benchmarks.generate import generate, truth_path

    bundle = out / f"news-{documents}.bundle"
    if not bundle.exists():
        generate(documents, bundle)
    run_dir = out / f"run-{documents}-off"
    if not (run_dir / "manifest.json").exists():
        subprocess.run([sys.executable, "-m", "flows.run", str(bundle), "--out", str(run_dir), "--overwrite", "--quiet",
                        "--entities", "off"], check=True, cwd=Path(__file__).resolve().parent.parent)
    clean = pl.read_parquet(run_dir / "clean" / "*.parquet", columns=["doc_id", "text"]).join(
        pl.read_parquet(run_dir / "documents" / "*.parquet", columns=["doc_id", "ordinal"]), on="doc_id"
    ).sort("ordinal")
    input_dir = out / f"dedup-input-{documents}"
    input_dir.mkdir(parents=True, exist_ok=True)
    for part, frame in enumerate(clean.select(pl.col("ordinal").cast(pl.String).alias("id"), "text").iter_slices((clean.height + WORKERS - 1) // WORKERS)):
        frame.write_ndjson(input_dir / f"part-{part}.jsonl")
    return input_dir, truth_path(bundle)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    commands = parser.add_subparsers(dest="command")
    for name in ("datatrove", "corpusflow"):
        sub = commands.add_parser(name)
        sub.add_argument("input_dir")
        sub.add_argument("work_dir")
        sub.add_argument("--threshold", type=float, default=0.7)
    parser.add_argument("--documents", type=int, default=20000)
    parser.add_argument("--datatrove-python", default="/tmp/dtvenv/bin/python")
    parser.add_argument("--textdedup-python", default="/tmp/tdvenv/bin/python",
                        help="python of a virtualenv with text-dedup==0.4.0 (0.4.1 needs Python 3.12)")
    arguments = parser.parse_args()
    if arguments.command == "datatrove":
        return run_datatrove(arguments.input_dir, arguments.work_dir)
    if arguments.command == "corpusflow":
        return run_corpusflow(arguments.input_dir, arguments.work_dir, arguments.threshold)

    import shutil

    import polars as pl

    from benchmarks.run import measure, score_pairs

    out = Path(__file__).resolve().parent / "out"
    input_dir, truth = export_input(arguments.documents, out)
    rows = []
    contenders = [("datatrove 0.10.1", arguments.datatrove_python, []), ("text-dedup 0.4.0", arguments.textdedup_python, [])]
    contenders += [(f"corpusflow, verified at {t}", sys.executable, ["--threshold", str(t)]) for t in (0.7, 0.6)]
    for name, python, options in contenders:
        work = out / f"dedup-work-{name.split()[0].strip(',')}-{arguments.documents}"
        shutil.rmtree(work, ignore_errors=True)
        work.mkdir(parents=True)
        command = [python, str(Path(__file__).resolve()), name.split()[0].strip(","), str(input_dir), str(work), *options]
        if name.startswith("text-dedup"):
            command = textdedup_command(python, str(input_dir), str(work))
        wall, peak, _ = measure(command, quiet=True)
        if name.startswith("datatrove"):
            clusters = datatrove_clusters(str(work))
        elif name.startswith("text-dedup"):
            found = textdedup_clusters(python, str(work))
            ids = [int(i) for i in pl.concat([pl.read_ndjson(p) for p in sorted(input_dir.glob("*.jsonl"))])["id"]]
            clusters = {i: found.get(i, f"d{i}") for i in ids}
        else:
            clusters = {int(d): c for d, c in pl.read_parquet(work / "clusters.parquet").iter_rows()}
        found = pl.DataFrame({"ordinal": list(clusters), "cluster_id": list(clusters.values())})
        in_input = pl.read_parquet(truth).filter(pl.col("ordinal").is_in(list(clusters)))
        precision, recall, f1, true_pairs = score_pairs(in_input, found)
        rows.append({"tool": name, "documents": len(clusters), "wall_s": round(wall, 1), "docs_per_s": round(len(clusters) / wall),
                     "peak_rss_mb": round(peak), "pair_precision": round(precision, 4), "pair_recall": round(recall, 4),
                     "pair_f1": round(f1, 4), "true_pairs": true_pairs})
        print(json.dumps(rows[-1]), flush=True)
    speedup = min(r["docs_per_s"] for r in rows if r["tool"].startswith("corpusflow")) / max(
        r["docs_per_s"] for r in rows if not r["tool"].startswith("corpusflow"))
    table = ["| tool | documents | wall s | docs/s | peak RSS MB | pair P | pair R | pair F1 |", "|---|---|---|---|---|---|---|---|"]
    table += [f"| {r['tool']} | {r['documents']} | {r['wall_s']} | {r['docs_per_s']} | {r['peak_rss_mb']} | {r['pair_precision']} | "
              f"{r['pair_recall']} | {r['pair_f1']} |" for r in rows]
    results = Path(__file__).resolve().parent / "results.md"
    block = (f"\n## Dedup side by side ({time.strftime('%Y-%m-%d %H:%M')}, {os.cpu_count()} cores; 14 bands x 8 rows, word 5-grams, "
             f"{WORKERS} workers, same clean texts): corpusflow at least {speedup:.1f}x the faster of the others\n\n" + "\n".join(table) + "\n")
    results.write_text((results.read_text() if results.exists() else "# Benchmark results\n") + block)
    print(block)


if __name__ == "__main__":
    main()
