"""Command line: `python -m flows.run INPUT [INPUT ...] --out DIR`.

Runs the whole flow once in Prefect's embedded mode (no server to set up).
User mistakes are one line on stderr and exit code 2; the flow itself is in
flows/corpus.py.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

QUIET_PREFECT = {
    "PREFECT_LOGGING_LEVEL": "CRITICAL",
    "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
    "PREFECT_SERVER_LOGGING_LEVEL": "CRITICAL",
    "DASK_LOGGING__DISTRIBUTED": "error",  # a local Dask cluster's start/stop chatter
}


EPHEMERAL_STARTUP_SECONDS = 120  # Prefect waits 20 s for its embedded server; a loaded 2-core machine took longer (session 26)


def _comma_list(value: str) -> list[str]:
    items = [item.strip() for item in value.split(",") if item.strip()]
    if not items:
        raise argparse.ArgumentTypeError("expected a comma-separated list, e.g. en,de")
    return items


def _positive_int(value: str) -> int:
    number = int(value)
    if number <= 0:
        raise argparse.ArgumentTypeError("must be a positive whole number")
    return number


def _fraction(value: str) -> float:
    number = float(value)
    if not 0.0 < number <= 1.0:
        raise argparse.ArgumentTypeError("must be in (0, 1]")
    return number


def _repeated_line_docs(value: str) -> int:
    number = int(value)
    if number != 0 and number < 3:
        raise argparse.ArgumentTypeError("must be 0 (off) or at least 3: a line repeated twice proves nothing")
    return number


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m flows.run",
        description="Turn <<<FILE>>> bundles into a clean, deduplicated, entity-annotated Parquet corpus.",
        epilog="Inputs: bundles (.bundle/.txt, optionally .gz/.zst), directories, or quoted globs. "
        "Output: one Parquet dataset per table under DIR, report.md, and manifest.json (written last).",
    )
    parser.add_argument("inputs", nargs="+", metavar="INPUT", help="bundle file, directory or glob")
    parser.add_argument("--out", required=True, metavar="DIR", help="run directory to write")
    parser.add_argument("--overwrite", action="store_true", help="replace a finished run already in DIR")
    parser.add_argument("--shard-size", type=_positive_int, default=2000, help="documents per shard (default: %(default)s)")
    parser.add_argument("--lang", type=_comma_list, default=None, metavar="CODES",
                        help="keep only these ISO 639-1 languages, e.g. en,de (default: keep all)")
    parser.add_argument("--near-duplicate-threshold", type=_fraction, default=0.6,
                        help="Jaccard similarity that makes two documents near duplicates (default: %(default)s)")
    parser.add_argument("--num-perm", type=_positive_int, default=128, help="MinHash permutations (default: %(default)s)")
    parser.add_argument("--shingle-size", type=_positive_int, default=5, help="words per MinHash shingle (default: %(default)s)")
    parser.add_argument("--language-sample-chars", type=_positive_int, default=1000,
                        help="characters of clean text scored by langdetect (default: %(default)s)")
    parser.add_argument("--dedup-against", action="append", default=[], metavar="RUN_DIR",
                        help="also treat documents kept by this earlier run as duplicates to avoid (daily bundles); repeatable")
    parser.add_argument("--entities", default="crf", metavar="BACKEND",
                        help="crf (default: the shipped tagger), crf:<model file>, spacy:<package or folder>, or off")
    parser.add_argument("--rules", action="append", default=[], metavar="FILE",
                        help="extra boilerplate rules file (TOML, see tasks/rules/boilerplate.toml); repeatable")
    parser.add_argument("--disable-rule", action="append", default=[], metavar="NAME", help="switch a cleaning rule off; repeatable")
    parser.add_argument("--repeated-line-docs", type=_repeated_line_docs, default=3, metavar="N",
                        help="learn a line as boilerplate when N or more unrelated documents of a shard have it "
                             "(default: %(default)s; at least 3; 0 switches learning off)")
    parser.add_argument("--repeated-line-shared", type=_fraction, default=0.5, metavar="SHARE",
                        help="documents sharing more than this share of their words are copies of one story, "
                             "whose common lines are kept (default: %(default)s)")
    parser.add_argument("--workers", type=_positive_int, default=None, help="parallel shard workers (default: all cores)")
    parser.add_argument("--task-runner", choices=("processes", "threads", "dask"), default="processes",
                        help="how shard tasks run in parallel (default: %(default)s; threads share one core under the GIL; "
                             "dask: a local Dask cluster, or the one at --dask-address)")
    parser.add_argument("--dask-address", metavar="ADDRESS", default=None,
                        help="scheduler of an existing Dask cluster, e.g. tcp://10.0.0.5:8786 (with --task-runner dask)")
    parser.add_argument("--quiet", action="store_true", help="no progress lines")
    parser.add_argument("--verbose", action="store_true", help="show Prefect's logs")
    return parser


def main(argv: list[str] | None = None) -> int:
    arguments = build_parser().parse_args(argv)
    if not arguments.verbose:
        for key, value in QUIET_PREFECT.items():
            os.environ.setdefault(key, value)
    os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
    os.environ.setdefault("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", str(EPHEMERAL_STARTUP_SECONDS))

    from tasks.bundle import expand_inputs
    from tasks.errors import UserError
    from tasks.rundir import check_run_dir, finished_run_manifest

    if arguments.entities not in ("crf", "off") and not arguments.entities.startswith(("spacy:", "crf:")):
        print(f"error: --entities must be crf, crf:<model>, off or spacy:<package>, not {arguments.entities!r}", file=sys.stderr)
        return 2
    try:
        expand_inputs(arguments.inputs)  # fail fast, before Prefect starts
        check_run_dir(Path(arguments.out), arguments.overwrite)
        from tasks.clean import load_rules

        if load_rules(tuple(arguments.rules), tuple(arguments.disable_rule)).use_line_model:
            from tasks.line_model import line_model

            line_model()  # missing line models fail here, in one line
        for run in arguments.dedup_against:
            finished_run_manifest(run)
        if arguments.entities.startswith("spacy:"):
            from tasks.entities import _spacy_pipeline

            _spacy_pipeline(arguments.entities.split(":", 1)[1])  # a missing pipeline fails here, in one line
        elif arguments.entities.startswith("crf:") and not Path(arguments.entities[4:]).is_file():
            raise UserError(f"NER model not found: {arguments.entities[4:]}")
        from flows.corpus import corpus_flow, make_task_runner, share_api_with_workers

        runner = make_task_runner(arguments.task_runner, arguments.workers, arguments.dask_address)
        try:
            share_api_with_workers()  # before any runner starts worker processes (Dask starts them with the flow)
        except RuntimeError as error:  # Prefect's own message runs on with the server's whole output
            if arguments.verbose:
                raise
            print(f"error: Prefect's local API server did not start ({str(error).split('.')[0]}); on a busy machine raise "
                  f"PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS (now {os.environ['PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS']}) "
                  "or point PREFECT_API_URL at a running server", file=sys.stderr)
            return 1
        manifest = corpus_flow.with_options(task_runner=runner)(
            inputs=arguments.inputs,
            out=arguments.out,
            shard_size=arguments.shard_size,
            keep_languages=arguments.lang,
            near_duplicate_threshold=arguments.near_duplicate_threshold,
            num_perm=arguments.num_perm,
            shingle_size=arguments.shingle_size,
            language_sample_chars=arguments.language_sample_chars,
            entities=arguments.entities,
            rule_files=arguments.rules,
            disabled_rules=arguments.disable_rule,
            repeated_line_documents=arguments.repeated_line_docs,
            repeated_line_shared=arguments.repeated_line_shared,
            dedup_against=arguments.dedup_against,
            overwrite=True,  # the check above already refused a finished run
            progress=not arguments.quiet,
        )
    except UserError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    except OSError as error:
        if arguments.verbose:
            raise
        print(f"error: {error.strerror or error}: {error.filename or ''} (rerun with --verbose for details)", file=sys.stderr)
        return 1
    if not arguments.quiet:
        tables = manifest["tables"]
        print(
            f"wrote {arguments.out}: {tables['documents']['rows']} documents -> {tables['corpus']['rows']} in corpus, "
            f"{tables['rejects']['rows']} rejects, {tables['entities']['rows']} entity mentions; see {arguments.out}/report.html"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
