"""Why was each line of a document removed? The clean stage's reasons, line by line.

    python -m flows.explain BUNDLE                 # the list of documents, numbered
    python -m flows.explain BUNDLE 3               # document 3 (as numbered in that list)
    python -m flows.explain BUNDLE 001_abc.txt     # or by its name in the bundle
    python -m flows.explain BUNDLE 3 --rules my_rules.toml --disable-rule tail_fragment

Every raw line is printed with its number, '-' and the rule's name if the clean stage
removes it, then the metadata taken from the header. Lines learned as boilerplate
(`repeated_line`) are learned from the documents around it, as the flow does: the
first `--shard-size` documents of the bundle form the shard the document is cleaned in.
"""

from __future__ import annotations

import argparse
import itertools
import sys
from pathlib import Path

from tasks.bundle import Document, read_bundle
from tasks.clean import explain, learn_shard_repeats, load_rules, read_lines
from tasks.errors import UserError, run_command
from tasks.repeated import RepeatedLineSettings


def documents_of(bundle: str, shard_size: int) -> list[Document]:
    if not Path(bundle).is_file():
        raise UserError(f"input not found: {bundle}")
    return [event for event in itertools.islice(read_bundle(bundle), shard_size) if isinstance(event, Document)]


def pick(documents: list[Document], wanted: str) -> int:
    """The index of the document named `wanted`, or numbered so in the listing."""
    for index, document in enumerate(documents):
        if document.name == wanted:
            return index
    if wanted.isdigit() and int(wanted) < len(documents):
        return int(wanted)
    raise UserError(f"no document {wanted!r} among the first {len(documents)} of the bundle (run without it for the list)")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m flows.explain", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("bundle")
    parser.add_argument("document", nargs="?", help="its number in the listing or its name; omit to list the documents")
    parser.add_argument("--rules", action="append", default=[], metavar="FILE", help="extra rules file; repeatable")
    parser.add_argument("--disable-rule", action="append", default=[], metavar="NAME", help="switch a rule off; repeatable")
    parser.add_argument("--repeated-line-docs", type=int, default=3, metavar="N", help="as for flows.run (default: %(default)s)")
    parser.add_argument("--shard-size", type=int, default=2000, help="documents learned from (default: %(default)s)")
    arguments = parser.parse_args(argv)
    return run_command(lambda: _explain(arguments))


def _explain(arguments: argparse.Namespace) -> None:
    documents = documents_of(arguments.bundle, arguments.shard_size)
    if arguments.document is None:
        for index, document in enumerate(documents):
            print(f"{index:5d}  {document.name or '(no name)'}  {len(document.text.splitlines())} lines")
        return
    target = pick(documents, arguments.document)
    rules = load_rules(tuple(arguments.rules), tuple(arguments.disable_rule))
    try:
        settings = RepeatedLineSettings(min_documents=arguments.repeated_line_docs)
    except ValueError as error:
        raise UserError(str(error)) from None
    shard = [read_lines(document.text) for document in documents]
    learned = learn_shard_repeats(shard, settings)
    print(explain(documents[target].text, rules, learned, shard[target]))


if __name__ == "__main__":
    sys.exit(main())
