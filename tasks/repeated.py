"""Learned boilerplate: lines that recur across many documents of a shard.

The cc_net idea (hash normalised lines, count them across the corpus, drop the
frequent ones) catches what no rule names: a site's "Why you can trust us" badge,
its app-download footer, its newsletter box. But news bundles also hold copies of
one story from several sites, whose shared lines are the article itself, so a
line is learned boilerplate only when

- it appears in at least `min_documents` documents (3 by default and at least:
  a line repeated twice proves nothing), and
- those documents are *different stories*: at most `max_shared_share` of their
  words sit in lines another of them also has. Copies of one story share most
  of their words and keep them all; a site's footer shared by unrelated
  articles is a small part of each.

Lines up to FOLDED_WORDS words are compared with case, digits and punctuation
folded ("Updated 2 hours ago" = "Updated 5 hours ago"); longer ones verbatim.

The clean stage also keeps a learned line that is a sentence inside the body
(between its first and last article paragraphs): a formulaic line such as "The
company did not respond to a request for comment." is article text there.

Counting is per shard (what one clean task holds), so memory stays flat; lines
repeated only across shards are not learned.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass
from typing import Protocol

import xxhash

LETTER = re.compile(r"[^\W\d_]")
# byte-level folding (C speed): digits -> 0, ASCII punctuation and spacing -> one space
FOLD = bytes(
    (ord("0") if chr(b).isdigit() else b if chr(b).isalnum() else ord(" ")) if b < 128 else b for b in range(256)
)
SPACES = re.compile(rb" +")
FOLDED_WORDS = 20  # lines up to this long are compared with case, digits and punctuation folded
SAMPLE_DOCUMENTS = 64  # documents looked at to decide whether a repeated line's documents are one story


@dataclass(frozen=True)
class RepeatedLineSettings:
    min_documents: int = 3  # 0 switches learning off
    max_shared_share: float = 0.5  # of the documents' words: copies of one story share more
    max_words: int = 60  # longer lines are article paragraphs, whatever their count

    def __post_init__(self):
        if self.min_documents and self.min_documents < 3:
            raise ValueError("a repeated line needs at least 3 documents (0 switches learning off)")
        if not 0 < self.max_shared_share <= 1:
            raise ValueError("max_shared_share must be in (0, 1]")


def line_key(text: str) -> int | None:
    """Case, digits, punctuation and spacing do not make a line different; None for a
    line with no letters (symbol lines have a rule of their own)."""
    if not LETTER.search(text):
        return None
    folded = SPACES.sub(b" ", text.casefold().encode("utf-8", "surrogatepass").translate(FOLD)).strip()
    return xxhash.xxh3_64_intdigest(folded)


class _Line(Protocol):
    text: str
    key: int | None


def learn_repeated_lines(documents: list[list[_Line]], settings: RepeatedLineSettings) -> frozenset[int]:
    """Keys of learned boilerplate lines. Sets each line's `key` on the way (the clean stage
    looks lines up by it)."""
    if not settings.min_documents or len(documents) < settings.min_documents:
        return frozenset()
    holders: dict[int, list[int]] = defaultdict(list)
    words: dict[int, int] = {}
    keys_of: list[list[int]] = []
    for number, lines in enumerate(documents):
        seen: dict[int, None] = {}
        for line in lines:
            if not line.text:
                continue
            count = line.text.count(" ") + 1  # the clean stage's text has single spaces
            if count > FOLDED_WORDS:  # long lines repeat verbatim or not at all: hash them as they are
                key = xxhash.xxh3_64_intdigest(line.text.encode("utf-8", "surrogatepass"))
            else:
                key = line_key(line.text)
            if count <= settings.max_words:
                line.key = key
            if key is not None and key not in seen:
                seen[key] = None
                words[key] = count
                holders[key].append(number)
        keys_of.append(list(seen))
    learned = set()
    verdicts: dict[tuple[int, ...], bool] = {}  # the lines of one footer share their documents
    for key, numbers in holders.items():
        if len(numbers) < settings.min_documents or words[key] > settings.max_words:
            continue
        sample = tuple(numbers[:SAMPLE_DOCUMENTS])
        if sample not in verdicts:
            verdicts[sample] = _different_stories(sample, keys_of, words, settings)
        if verdicts[sample]:
            learned.add(key)
    return frozenset(learned)


def _different_stories(sample: tuple[int, ...], documents: list[list[int]], words: dict[int, int],
                       settings: RepeatedLineSettings) -> bool:
    """Are these documents unrelated articles (not copies of one story)? Copies share most of
    their words; unrelated articles share only a site's short furniture."""
    counts = Counter(key for number in sample for key in documents[number])
    total = sum(words[key] * count for key, count in counts.items())
    shared = sum(words[key] * count for key, count in counts.items() if count > 1)
    return total > 0 and shared / total <= settings.max_shared_share
