"""Serve the scheduled inbox flow without a work pool: `python -m deployments.serve`.

    python -m deployments.serve --inbox data/inbox --corpus data/corpus --cron "0 3 * * *"

Needs a Prefect API (`prefect server start` in another terminal, then
`prefect config set PREFECT_API_URL=http://127.0.0.1:4200/api`). For a work
pool instead, see deployments/prefect.yaml.
"""

from __future__ import annotations

import argparse

from flows.scheduled import inbox_flow

DEFAULT_CRON = "0 3 * * *"  # every day at 03:00


def build_deployment(inbox: str, corpus_root: str, cron: str = DEFAULT_CRON, keep_languages: list[str] | None = None):
    """The deployment object (no server needed to build it)."""
    return inbox_flow.to_deployment(
        name="daily-inbox",
        cron=cron,
        parameters={"inbox": inbox, "corpus_root": corpus_root, "keep_languages": keep_languages},
        description="Process new bundles from the inbox into the corpus.",
        tags=["corpusflow"],
    )


def main() -> None:
    from prefect import serve

    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--inbox", default="data/inbox")
    parser.add_argument("--corpus", default="data/corpus")
    parser.add_argument("--cron", default=DEFAULT_CRON)
    parser.add_argument("--lang", default=None, help="comma-separated languages to keep")
    arguments = parser.parse_args()
    languages = arguments.lang.split(",") if arguments.lang else None
    serve(build_deployment(arguments.inbox, arguments.corpus, arguments.cron, languages))


if __name__ == "__main__":
    main()
