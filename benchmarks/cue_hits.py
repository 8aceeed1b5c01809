"""Which rule cues occur in the most lines: the cue pass's cost.

    python -m benchmarks.cue_hits [--documents 2000]

Each line of the synthetic bundle (benchmarks/out/news-20000.bundle, written by
`python -m benchmarks.generate`) is run through each rule kind's Aho-Corasick
automaton (tasks/clean.py, _CueFinder), as the cleaner does. Every occurrence
of a cue is a Python tuple the cleaner builds and a rule it may then try; a cue
found in most lines ("st", ". ") gates nothing and costs on every line. The
report lists the hits per kind and the commonest cues with the rules they gate,
so a new rule's cues can be checked before it lands.
"""

from __future__ import annotations

import argparse
from collections import Counter

from benchmarks.run import OUT
from tasks.bundle import Document, read_bundle
from tasks.clean import load_rules

COMMONEST = 15


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--documents", type=int, default=2000)
    arguments = parser.parse_args()
    texts = []
    for item in read_bundle(OUT / "news-20000.bundle"):
        if isinstance(item, Document):
            texts.append(item.text)
        if len(texts) == arguments.documents:
            break
    lines = [line.strip().lower() for text in texts for line in text.split("\n") if line.strip()]
    rules = load_rules()
    print(f"{len(lines)} lines of {len(texts)} documents")
    for kind in ("drop_line", "drop_paragraph", "cut_tail"):
        index = rules._index(kind)
        finder = index._cues._finder
        if finder is None:
            continue
        cues = list(dict.fromkeys(cue for rule in index.rules for cue in rule.cues or ()))  # the automaton's order
        hits = Counter(cues[cue] for line in lines for cue, _, _ in finder.find_matches_as_indexes(line, overlapping=True))
        print(f"\n{kind}: {len(cues)} cues, {sum(hits.values())} hits ({sum(hits.values()) / len(lines):.1f} a line)")
        for cue, count in hits.most_common(COMMONEST):
            users = sorted({rule.name for rule in index.rules if cue in (rule.cues or ())})
            print(f"  {count:7d}  {cue!r:16} {', '.join(users)}")


if __name__ == "__main__":
    main()
