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
- for a line that reads as a story's sentence (the clean stage says which), the
  documents are not near-copies either: wire copies that each site wraps in its
  own furniture share under half their words, but their other sentences share
  runs of five words once case and punctuation are folded (each site trims and
  datelines the lead its own way, so whole sentences seldom match).

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
from typing import Callable, Protocol

import xxhash

LETTER = re.compile(r"[^\W\d_]")
# byte-level folding (C speed): digits -> 0, ASCII punctuation and spacing -> one space
FOLD = bytes(
    (ord("0") if chr(b).isdigit() else b if chr(b).isalnum() else ord(" ")) if b < 128 else b for b in range(256)
)
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
    return xxhash.xxh3_64_intdigest(_folded(text))


def _folded(text: str) -> bytes:
    return b" ".join(text.casefold().encode("utf-8", "surrogatepass").translate(FOLD).split())  # FOLD leaves only spaces to split on


class _Line(Protocol):
    text: str
    key: int | None


def learn_repeated_lines(documents: list[list[_Line]], settings: RepeatedLineSettings,
                         story_like: Callable[[str], bool] | None = None) -> frozenset[int]:
    """Keys of learned boilerplate lines. Sets each line's `key` on the way (the clean stage
    looks lines up by it). A line `story_like` accepts (a sentence that reads as reporting)
    is learned only if its documents are not near-copies of one story either: copies that
    each site wraps in its own furniture share under half their words, yet their other
    sentences still match, once case and punctuation are folded."""
    if not settings.min_documents or len(documents) < settings.min_documents:
        return frozenset()
    holders: dict[int, list[int]] = defaultdict(list)
    words: dict[int, int] = {}
    texts: dict[int, str] = {}
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
                if story_like is not None and count >= SENTENCE_LINE_WORDS and key not in texts:
                    texts[key] = line.text  # a sentence's text, for `story_like`
        keys_of.append(list(seen))
    learned = set()
    verdicts: dict[tuple[int, ...], bool] = {}  # the lines of one footer share their documents
    frequent = {key for key, numbers in holders.items() if len(numbers) >= settings.min_documents}
    # a frequent line that reads as a story's sentence still tells copies apart (a lead three copies share),
    # unless it sits in the very documents of the line judged: then it is of its block (a site's two-sentence blurb)
    furniture = {key for key in frequent if not (story_like is not None and key in texts and story_like(texts[key]))}
    story_lines_held_by: dict[tuple[int, ...], list[int]] = defaultdict(list)  # the story-like frequent lines of each set of documents
    for key in frequent - furniture:
        story_lines_held_by[tuple(holders[key][:SAMPLE_DOCUMENTS])].append(key)
    blocks: dict[tuple[int, ...], set[int]] = {}  # their words, per set of documents
    sentences: dict[int, set[int]] = {}
    copies: dict[tuple[int, ...], bool] = {}
    for key, numbers in holders.items():
        if len(numbers) < settings.min_documents or words[key] > settings.max_words:
            continue
        sample = tuple(numbers[:SAMPLE_DOCUMENTS])
        if sample not in verdicts:
            verdicts[sample] = _different_stories(sample, keys_of, words, settings)
        if not verdicts[sample]:
            continue
        if key not in furniture:  # the loop's lines are all frequent: this one reads as a story's sentence
            if sample not in blocks:
                blocks[sample] = set().union(*(_shingles(texts[other]) for other in story_lines_held_by[sample]))
            if sample not in copies:
                copies[sample] = _near_copies(sample, documents, furniture, sentences, blocks[sample])
            if copies[sample]:
                continue
        learned.add(key)
    return frozenset(learned)


SENTENCE_LINE_WORDS = 8  # sentences, not labels
NEAR_COPY_SHARE = 0.3  # of a document's sentence shingles found, folded, in the other documents
SENTENCES_COMPARED = 4
SHINGLE_WORDS = 5
NEAR_COPY_DOCUMENTS = 16


def _shingles(text: str) -> set[int]:
    """A line's runs of SHINGLE_WORDS words, case, punctuation and numbers folded, hashed in C
    once (in-process only: the sets compare documents of this shard)."""
    words = [word for word in _folded(text).split() if not word.isdigit()]  # a scoreboard's numbers all fold to 0
    return set(map(hash, zip(*(words[start:] for start in range(SHINGLE_WORDS)))))


def _document_sentences(lines: list[_Line], furniture: set[int]) -> set[int]:
    """Word 5-grams of a document's sentence lines that are not repeated furniture, with case
    and punctuation folded: copies of one story differ in quotes and dashes, and each site
    trims or datelines the lead its own way ("BAGHDAD (Reuters) - Iraq began ..." /
    "BAGHDAD: Iraq began ..."), so whole sentences seldom match where their words do."""
    found: set[int] = set()
    sentences = 0
    for line in lines:
        if line.text and line.text.count(" ") + 1 >= SENTENCE_LINE_WORDS and line.key not in furniture:
            found |= _shingles(line.text)
            sentences += 1
            if sentences >= SENTENCES_COMPARED:
                break  # a copy shows in its first paragraphs
    return found


def _near_copies(sample: tuple[int, ...], documents: list[list[_Line]], furniture: set[int],
                 cache: dict[int, set[int]], judged: set[int]) -> bool:
    """Do most of these documents find a good part of their sentences' words in the others,
    leaving out the words of the lines being judged (`judged`: the story-like repeated lines
    these very documents share)? The first NEAR_COPY_DOCUMENTS of them tell."""
    sample = sample[:NEAR_COPY_DOCUMENTS]
    for number in sample:
        if number not in cache:
            cache[number] = _document_sentences(documents[number], furniture)
    others = {number: cache[number] - judged for number in sample}
    counts = Counter(sentence for number in sample for sentence in others[number])
    near = sum(1 for number in sample if others[number]
               and sum(counts[sentence] > 1 for sentence in others[number]) >= NEAR_COPY_SHARE * len(others[number]))
    return near * 2 > len(sample)


def _different_stories(sample: tuple[int, ...], documents: list[list[int]], words: dict[int, int],
                       settings: RepeatedLineSettings) -> bool:
    """Are these documents unrelated articles (not copies of one story)? Copies share most of
    their words; unrelated articles share only a site's short furniture."""
    counts = Counter(key for number in sample for key in documents[number])
    total = sum(words[key] * count for key, count in counts.items())
    shared = sum(words[key] * count for key, count in counts.items() if count > 1)
    return total > 0 and shared / total <= settings.max_shared_share
