"""Entity stage: a CRF tagger trained by the project, plus date/number patterns.

Text in, character offsets out: the tokeniser keeps every token's offsets, so
`text[start:end]` is always the mention as written. The CRF (python-crfsuite,
trained on CoNLL-2003 by `python -m flows.ner train`) predicts PER/ORG/LOC/MISC;
those map to OntoNotes labels (PERSON, ORG, GPE/LOC via the gazetteer,
NORP/EVENT/LAW/LANGUAGE via word lists). DATE, TIME, MONEY and PERCENT come
from patterns. Within a document every short mention resolves to the longest
compatible one ("Sudani" -> "Mohammed Shia al-Sudani").
"""

from __future__ import annotations

import bisect
import re
import tomllib
from dataclasses import dataclass
from functools import lru_cache
from itertools import compress, islice, repeat
from pathlib import Path
from typing import Iterator

import polars as pl
import xxhash

RULES_DIR = Path(__file__).with_name("rules")
MODEL_PATH = Path(__file__).with_name("models") / "ner.crfsuite"
NAMES_SUFFIX = ".names.tsv"  # the name list learned with the model, beside it
SECOND_PASS_SUFFIX = ".pass2"  # the document-consistency model, beside it
LOWERCASE_SUFFIX = ".lowercase.txt"  # words usually written in lower case, learned with the model


def model_companion(model_path: str | Path, suffix: str) -> Path:
    """A file trained with the model and stored beside it (name list, second pass, ...)."""
    return Path(f"{model_path}{suffix}")

# ---------------------------------------------------------------- tokens and sentences

ABBREVIATIONS = (
    "Mr|Mrs|Ms|Dr|Prof|Gen|Lt|Col|Maj|Capt|Sgt|Gov|Sen|Rep|Rev|Inc|Corp|Co|Ltd|Bros|St|Jr|Sr|No|vs|Mt|Ft|"
    "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Ave|Blvd|Dept|Univ|est|approx"
)
TOKEN = re.compile(
    r"(?:[A-Za-z]\.){2,}(?![A-Za-z])"  # U.S. U.K. a.m.
    rf"|(?:{ABBREVIATIONS})\.(?=\s|$)"
    r"|[A-Z]\.(?=\s+[A-Z])"  # an initial: R. Ponting
    r"|(?<![\w.])\d{1,3}\.(?=\s)"  # a rank in a list: 1. Steffi Graf
    r"|[$€£¥]?\d+(?:[.,:/]\d+)*(?:st|nd|rd|th)?(?:[-–][^\W_]+)*%?"  # 2,500 1.5 10:30 $5 40% 61st 6-2 1996-08-31 10-year
    r"|[A-Z]{1,2}\$"  # C$ US$
    r"|[^\W\d_]+(?:[-‐][^\W_]+)*(?:['’](?!(?:[sSmd]|ve|re|ll)\b)[^\W\d_]+)*"  # words, hyphenated words, Shi'ite
    r"|['’](?:[sSmd]|ve|re|ll)\b|n['’]t\b"  # 's 'm 've 're 'll 'd n't
    r"|-{2,}|\.{2,}|…"
    r"|\S"
)
LINE = re.compile(r"[^\n]+")
SENTENCE_END = re.compile(r"[.!?]['\"”’)]*$")
SENTENCE_FINAL_CHARACTERS = frozenset(".!?'\"”’)")
NOT_AN_END = re.compile(rf"(?:{ABBREVIATIONS})\.|(?:[A-Za-z]\.)+")  # Mr. / U.S. / R.


@dataclass(slots=True)
class Token:
    text: str
    start: int
    end: int


def tokenize(text: str, offset: int = 0) -> list[Token]:
    """Tokens with offsets into the text (plus `offset`). Only whitespace lies between
    two tokens (the pattern ends in \\S), so each one starts at the next occurrence of
    its text: findall and str.index beat a match object per token."""
    tokens = []
    position = 0
    find = text.index
    for word in TOKEN.findall(text):
        start = find(word, position)
        position = start + len(word)
        tokens.append(Token(word, start + offset, position + offset))
    return tokens


def batched(items, size: int):
    """Tuples of `size` items (itertools.batched arrives in Python 3.12)."""
    iterator = iter(items)
    while batch := tuple(islice(iterator, size)):
        yield batch


MAX_SENTENCE_TOKENS = 200  # longer runs without a sentence end are cut (CoNLL's longest is 124)
SENTENCES_PER_PASS = 500  # the tagger sees a huge document in windows, so memory stays bounded


def iter_sentences(text: str) -> Iterator[list[Token]]:
    """Sentences, lazily: split at line breaks, at sentence-final punctuation followed by a
    capital, and every MAX_SENTENCE_TOKENS tokens."""
    for line in LINE.finditer(text):
        current: list[Token] = []
        tokens = tokenize(line.group(0), line.start())
        for index, token in enumerate(tokens):
            current.append(token)
            if len(current) >= MAX_SENTENCE_TOKENS:
                yield current
                current = []
                continue
            if token.text[-1] not in SENTENCE_FINAL_CHARACTERS or len(current) < 2:
                continue
            following = tokens[index + 1].text if index + 1 < len(tokens) else ""
            if SENTENCE_END.search(token.text) and (following[:1].isupper() or following[:1] in "\"“‘'") and not NOT_AN_END.fullmatch(token.text):
                yield current
                current = []
        if current:
            yield current


def sentences(text: str) -> list[list[Token]]:
    return list(iter_sentences(text))


# ---------------------------------------------------------------- word lists


@lru_cache(maxsize=1)
def word_lists() -> dict:
    with open(RULES_DIR / "entities.toml", "rb") as handle:
        lists = tomllib.load(handle)
    gazetteer: dict[str, str] = {}
    for line in (RULES_DIR / "gazetteer.tsv").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            name, kind = line.split("\t")
            gazetteer[name] = kind
    for region in lists["regions"]:
        gazetteer[region] = "region"
    first_words = {}
    for name, kind in gazetteer.items():
        words = name.split()
        first_words.setdefault(words[0].lower(), set()).add(kind)
        for word in words:
            first_words.setdefault("~" + word.lower(), set()).add(kind)
    lists["gazetteer"] = gazetteer
    lists["gazetteer_words"] = first_words
    lists["titles"] = sorted(lists["person_titles"], key=len, reverse=True)
    lists["leading_title"] = re.compile("(?:" + "|".join(map(re.escape, lists["titles"])) + ") (?=.)")
    lists["norp_set"] = set(lists["norp"])
    return lists


# ---------------------------------------------------------------- features

CACHED_WORDS = 200_000  # per-word feature tuples kept (words repeat; a cache is emptied when full)
SHAPE_TABLE = str.maketrans(
    {**{c: "x" for c in "abcdefghijklmnopqrstuvwxyz"}, **{c: "X" for c in "ABCDEFGHIJKLMNOPQRSTUVWXYZ"}, **{c: "x" for c in "0123456789"}}
)
LONG_RUN = re.compile(r"(.)\1{2,}")


@lru_cache(maxsize=CACHED_WORDS)
def shape(word: str) -> str:
    """Xxxx, Xx-Xx...: ASCII letters by case, runs cut to two. Digits map to x as well:
    the shipped model was trained that way (a d class is for the next retraining)."""
    mapped = word.translate(SHAPE_TABLE)
    return LONG_RUN.sub(_first_two, mapped) if len(mapped) > 2 else mapped


def _first_two(match: re.Match) -> str:
    return match.group(0)[:2]


def word_features(word: str) -> list[str]:
    """Features of a word on its own."""
    lower = word.lower()
    lists = word_lists()
    features = [
        "w=" + lower,
        "sh=" + shape(word),
        "p2=" + lower[:2],
        "p3=" + lower[:3],
        "s2=" + lower[-2:],
        "s3=" + lower[-3:],
        "s4=" + lower[-4:],
    ]
    if word[:1].isupper():
        features.append("title")
    if word.isupper() and len(word) > 1:
        features.append("upper")
    if any(c.isdigit() for c in word):
        features.append("digit")
    if "-" in word:
        features.append("hyphen")
        features.append("hyphen_last=" + lower.rsplit("-", 1)[-1])
    if len(word) == 1 and not word.isalnum():
        features.append("punct")
    for kind in lists["gazetteer_words"].get(lower, ()):
        features.append("gaz_first=" + kind)
    for kind in lists["gazetteer_words"].get("~" + lower, ()):
        features.append("gaz_in=" + kind)
    if word in lists["norp_set"]:
        features.append("norp")
    if word in lists["titles"] or word.rstrip(".") in ("Mr", "Mrs", "Ms", "Dr", "Gen"):
        features.append("title_word")
    return features


def window_features(word: str, offset: int) -> list[str]:
    """What a word says about its neighbour `offset` tokens away."""
    lower = word.lower()
    features = [f"{offset}w={lower}", f"{offset}sh={shape(word)}"]
    if offset == -1 or offset == 1:
        features.append(f"{offset}s3={lower[-3:]}")
        if word[:1].isupper():
            features.append(f"{offset}title")
    return features


PADDING = {offset: (f"{offset}pad",) for offset in (-2, -1, 1, 2)}


class NameList:
    """Entity names seen in training, by type: token and longest-match features.

    Built by `flows.ner train` (with cross-validation folds, so the tagger learns
    how far to trust it) and shipped beside the model.
    """

    MAX_TOKENS = 6

    def __init__(self, entries: dict[tuple[str, ...], set[str]]):
        self.entries = entries
        token_types: dict[str, set[str]] = {}  # capitalised (or numeric) words of names
        for key, kinds in entries.items():
            for token in key:
                if token[:1].isupper() or token[:1].isdigit():
                    token_types.setdefault(token, set()).update(kinds)
        self.mixed_case = _NameTable(entries, token_types)
        # headlines and results tables write names in capitals: LEICESTERSHIRE = Leicestershire
        upper_entries: dict[tuple[str, ...], set[str]] = {}
        for key, kinds in entries.items():
            upper_entries.setdefault(tuple(t.upper() for t in key), set()).update(kinds)
        upper_types: dict[str, set[str]] = {}
        for token, kinds in token_types.items():
            upper_types.setdefault(token.upper(), set()).update(kinds)
        self.capitals = _NameTable(upper_entries, upper_types)

    @classmethod
    def from_entities(cls, entities) -> "NameList":
        """From (tokens, type) pairs."""
        entries: dict[tuple[str, ...], set[str]] = {}
        for tokens, kind in entities:
            if len(tokens) <= cls.MAX_TOKENS:
                entries.setdefault(tuple(tokens), set()).add(kind)
        return cls(entries)

    @classmethod
    def load(cls, path: Path) -> "NameList":
        entities = []
        for line in Path(path).read_text(encoding="utf-8").splitlines():
            kind, _, name = line.partition("\t")
            entities.append((name.split(" "), kind))
        return cls.from_entities(entities)

    def save(self, path: Path) -> None:
        lines = sorted(f"{kind}\t{' '.join(key)}" for key, kinds in self.entries.items() for kind in kinds)
        Path(path).write_text("\n".join(lines) + "\n", encoding="utf-8")

    def features(self, words: list[str]) -> tuple[list[tuple[str, ...]], list[tuple[str, ...]]]:
        """Per word, its name_token features and its name_match features (longest match
        first, left to right)."""
        n = len(words)
        table = self.capitals if sum(map(str.isupper, words)) > n / 2 else self.mixed_case
        token_features = list(map(table.token_features.get, words, repeat((), n)))
        matches: list[tuple[str, ...]] = [()] * n
        prefixes, entries = table.prefixes, table.entries
        free_from = 0  # words before this are inside an earlier match
        for i in compress(range(n), map(table.starts.__contains__, words)):
            if i < free_from or not (words[i][:1].isupper() or words[i][:1].isdigit()):
                continue
            end = None
            for j in range(i + 1, min(n, i + self.MAX_TOKENS) + 1):
                key = tuple(words[i:j])
                if key not in prefixes:
                    break
                if key in entries:
                    end = j
            if end is None:
                continue
            kinds = sorted(entries[tuple(words[i:end])])
            matches[i] = tuple("name_match=B-" + kind for kind in kinds)
            inside = tuple("name_match=I-" + kind for kind in kinds)
            for k in range(i + 1, end):
                matches[k] = inside
            free_from = end
        return token_features, matches


class _NameTable:
    """Lookups for one spelling of the name list (as written, or in capitals)."""

    def __init__(self, entries: dict[tuple[str, ...], set[str]], token_types: dict[str, set[str]]):
        self.entries = entries
        self.prefixes = {key[:i] for key in entries for i in range(1, len(key) + 1)}
        self.starts = {key[0] for key in entries}
        self.token_features = {token: tuple("name_token=" + kind for kind in sorted(kinds)) for token, kinds in token_types.items()}


class TokenFeatures:
    """The tagger's feature templates: the word, its neighbours, name-list matches and
    document evidence (this is the tagger's hot loop, so per-word tuples are cached).

    `known`, when given, is the set of attributes the trained model has weights for:
    any other feature string is dropped here, because crfsuite would convert and look
    it up for nothing (about a third of them). Training passes None and sees them all."""

    def __init__(self, names: NameList | None = None, lowercase_words: frozenset[str] = frozenset(),
                 known: frozenset[str] | None = None):
        self.names = names
        self.lowercase_words = lowercase_words
        self.known = known
        self._static: dict[str, tuple[str, ...]] = {}
        self._windows: dict[int, dict[str, tuple[str, ...]]] = {offset: {} for offset in PADDING}
        self._next_matches: dict[tuple[str, ...], tuple[str, ...]] = {}  # the next word's name_match, seen from here

    def _kept(self, features: list[str]) -> tuple[str, ...]:
        return tuple(features) if self.known is None else tuple(f for f in features if f in self.known)

    @staticmethod
    def _cached(cache: dict[str, tuple[str, ...]], words: list[str], compute) -> list[tuple[str, ...]]:
        """Each word's feature tuple from `cache`; missing ones are computed and stored
        (the cache is emptied when it reaches CACHED_WORDS)."""
        found = list(map(cache.get, words))
        if None in found:
            if len(cache) >= CACHED_WORDS:
                cache.clear()
            for i, features in enumerate(found):
                if features is None:
                    features = cache.get(words[i])
                    if features is None:
                        features = cache[words[i]] = compute(words[i])
                    found[i] = features
        return found

    def static(self, words: list[str]) -> list[tuple[str, ...]]:
        """word_features plus the model's 'usually written in lower case' evidence, per word."""
        return self._cached(self._static, words, self._static_features)

    def _static_features(self, word: str) -> tuple[str, ...]:
        features = word_features(word)
        if word[:1].isupper() and word.lower() in self.lowercase_words:
            features.append("usually_lower")
        return self._kept(features)

    def window(self, words: list[str], offset: int) -> list[tuple[str, ...]]:
        """What each word says about its neighbour `offset` tokens away."""
        return self._cached(self._windows[offset], words, lambda word: self._kept(window_features(word, offset)))

    def sentence(self, words: list[str], document_lower: set[str], document_midcap: set[str]) -> list[list[str]]:
        """Per-token feature lists for one sentence, with document-level evidence.

        Dense features come from cached per-word tuples in one comprehension; the sparse
        ones (word pairs the model knows, name-list hits, document evidence) are added after."""
        n = len(words)
        if not n:
            return []
        known = self.known
        lowers = list(map(str.lower, words))
        window = self.window
        statics = self.static(words)
        before2 = [PADDING[-2]] * 2 + window(words[:-2], -2)
        before1 = [PADDING[-1]] + window(words[:-1], -1)
        after1 = window(words[1:], 1) + [PADDING[1]]
        after2 = window(words[2:], 2) + [PADDING[2]] * min(2, n)
        edges = [("first", "last")] if n == 1 else [("first",)] + [()] * (n - 2) + [("last",)]
        result = [
            [*own, *b2, *b1, *a1, *a2, *edge]
            for own, b2, b1, a1, a2, edge in zip(statics, before2, before1, after1, after2, edges)
        ]
        letters = [w for w in words if w[:1].isalpha()]
        if len(letters) >= 2 and all(w.isupper() for w in letters):
            for features in result:
                features.append("sentence_caps")
        following = lowers[1:]
        pairs = (
            (1, [f"-1w|w={a}|{b}" for a, b in zip(lowers, following)]),  # belongs to the right-hand word
            (0, [f"1w|w={b}|{a}" for a, b in zip(lowers, following)]),
            (1, [f"-1|+1={a}|{c}" for a, c in zip(lowers, lowers[2:])]),
        )
        for shift, features in pairs:
            hits = range(len(features)) if known is None else compress(range(len(features)), map(known.__contains__, features))
            for i in hits:
                result[i + shift].append(features[i])
        if self.names:
            name_tokens, name_matches = self.names.features(words)
            for i in compress(range(n), name_tokens):
                result[i].extend(name_tokens[i])
            next_matches = self._next_matches
            for i in compress(range(n), name_matches):
                result[i].extend(name_matches[i])
                if i:  # the previous word sees this match as "+1name_match=..."
                    if name_matches[i] not in next_matches:
                        next_matches[name_matches[i]] = tuple("+1" + f for f in name_matches[i])
                    result[i - 1].extend(next_matches[name_matches[i]])
        for i, word in enumerate(words):
            if word[:1].isupper():
                if lowers[i] in document_lower:
                    result[i].append("doc_seen_lower")
                if word in document_midcap:
                    result[i].append("doc_seen_midcap")
        return result

    def document(self, all_sentences: list[list[str]]) -> list[list[list[str]]]:
        lower, midcap = document_evidence(all_sentences)
        return [self.sentence(words, lower, midcap) for words in all_sentences]


def document_evidence(all_sentences: list[list[str]]) -> tuple[set[str], set[str]]:
    """Words seen lowercase anywhere, and capitalised words seen mid-sentence."""
    lower, midcap = set(), set()
    for words in all_sentences:
        for i, word in enumerate(words):
            if word[:1].islower():
                lower.add(word)
            elif i > 0 and word[:1].isupper() and not words[i - 1] in ('"', "“", "'", ":"):
                midcap.add(word)
    return lower, midcap


def consistency_features(all_sentences: list[list[str]], first_pass: list[list[str]]) -> list[list[tuple[str, ...]]]:
    """How the first pass labelled each word elsewhere in the document (non-local evidence:
    a name tagged PER in one sentence is likely PER in a headline or a sentence start)."""
    types: dict[str, dict[str, int]] = {}
    for words, tags in zip(all_sentences, first_pass):
        if tags.count("O") == len(tags):
            continue
        for word, tag in zip(words, tags):
            if tag != "O":
                counts = types.setdefault(word, {})
                counts[tag[2:]] = counts.get(tag[2:], 0) + 1
    evidence: dict[str, tuple[str, ...]] = {}
    for word, counts in types.items():
        best = max(counts, key=counts.get)
        extra = ["doc_type=" + best]
        if len(counts) > 1:
            extra.append("doc_mixed")
        if sum(counts.values()) > 1:
            extra.append("doc_repeated=" + best)
        evidence[word] = tuple(extra)
    return [[evidence.get(word, ()) for word in words] for words in all_sentences]


def usually_lowercase(sentences) -> frozenset[str]:
    """Words written in lower case more often than capitalised mid-sentence (at least 3 times)."""
    lower: dict[str, int] = {}
    capital: dict[str, int] = {}
    for words in sentences:
        for i, word in enumerate(words):
            if word[:1].islower():
                lower[word] = lower.get(word, 0) + 1
            elif i > 0 and word[:1].isupper():
                capital[word.lower()] = capital.get(word.lower(), 0) + 1
    return frozenset(w for w, n in lower.items() if n >= 3 and n > capital.get(w, 0) and w.isalpha())


# ---------------------------------------------------------------- tagger


class CrfTagger:
    """python-crfsuite model; one instance per process (loading is cheap but not free)."""

    def __init__(self, model_path: Path = MODEL_PATH):
        import pycrfsuite

        if not Path(model_path).exists():
            from tasks.errors import UserError

            raise UserError(f"NER model not found at {model_path}; run `make train-ner`")
        self.tagger = pycrfsuite.Tagger()
        self.tagger.open(str(model_path))
        names_path = model_companion(model_path, NAMES_SUFFIX)
        self.names = NameList.load(names_path) if names_path.exists() else None
        lowercase_path = model_companion(model_path, LOWERCASE_SUFFIX)
        self.lowercase = frozenset(lowercase_path.read_text(encoding="utf-8").split()) if lowercase_path.exists() else frozenset()
        second_path = model_companion(model_path, SECOND_PASS_SUFFIX)
        self.second = None
        if second_path.exists():
            self.second = pycrfsuite.Tagger()
            self.second.open(str(second_path))
        known = {attribute for tagger in (self.tagger, self.second) if tagger for attribute, _ in tagger.info().state_features}
        self.features = TokenFeatures(self.names, self.lowercase, frozenset(known))

    def tag_document(self, all_sentences: list[list[str]]) -> list[list[str]]:
        """BIOES tags (B-PER, E-PER, S-ORG, O, ...) for every token of every sentence.

        The second pass re-tags only sentences where a word's labels elsewhere in the
        document (consistency_features) disagree with its first-pass label or are mixed:
        on dev that gives the same F1 (0.9249) as re-tagging every sentence with evidence,
        11% faster."""
        features = self.features.document(all_sentences)
        tags = [self.tagger.tag(f) if f else [] for f in features]
        if self.second is None:
            return tags
        result = []
        for sentence, extra, first in zip(features, consistency_features(all_sentences, tags), tags):
            if all(not e or (e[0][9:] == tag[2:] and "doc_mixed" not in e) for e, tag in zip(extra, first)):
                result.append(first)  # the document agrees with the first pass: nothing to reconsider
                continue
            for token_features, token_extra in zip(sentence, extra):
                token_features.extend(token_extra)
            result.append(self.second.tag(sentence))
        return result


@lru_cache(maxsize=2)
def crf_tagger(model_path: str = str(MODEL_PATH)) -> CrfTagger:
    return CrfTagger(Path(model_path))


# ---------------------------------------------------------------- patterns

MONTH_NAME = r"(?:Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May|June?|July?|Aug(?:ust|\.)?|Sep(?:t(?:ember|\.)?|\.)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?)"
WEEKDAY_NAME = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
# (label, pattern, characters that may not precede a match). A pattern starting with a
# literal or a character class lets `re` jump between candidate characters; a leading \b
# or lookbehind makes it try every position (4x slower), so the "starts a word" check is
# done on the character before each match instead.
WORD_START = "word"
PATTERNS = [
    ("DATE", re.compile(rf"{MONTH_NAME}\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+(?:19|20)\d\d)?\b(?!:)"), WORD_START),
    ("DATE", re.compile(rf"\d{{1,2}}(?:st|nd|rd|th)?\s+{MONTH_NAME}(?:,?\s+(?:19|20)\d\d)?\b"), WORD_START),
    ("DATE", re.compile(rf"{MONTH_NAME}\s+(?:19|20)\d\d\b"), WORD_START),
    ("DATE", re.compile(rf"(?:last|next|this|on|late|early)\s+({WEEKDAY_NAME}|{MONTH_NAME}|week|month|year)\b"), WORD_START),
    ("DATE", re.compile(rf"{WEEKDAY_NAME}\b"), WORD_START),
    ("DATE", re.compile(r"(?:19|20)\d\d-\d\d-\d\d\b"), WORD_START),
    ("DATE", re.compile(r"(?:1[89]|20)\d\d(?:s)?\b(?![\d,.]\d|%)"), WORD_START + ",.$"),
    ("DATE", re.compile(r"(?=[YyTtNnPpFfLl\d])(?:yesterday|today|tomorrow|(?:the )?(?:next|previous|following|last) (?:day|week|month|year)|\d+ (?:days|weeks|months|years) ago)\b", re.I), WORD_START),
    ("TIME", re.compile(r"\d{1,2}(?::\d\d)?\s*(?:a\.m\.|p\.m\.|am|pm)(?=\W|$)(?:\s+(?:GMT|UTC|[A-Z]{2,4}T))?", re.I), WORD_START),
    ("MONEY", re.compile(r"[$€£¥]\s?\d[\d,.]*(?:\s+(?:million|billion|trillion|bn|m))?\b"), ""),
    ("MONEY", re.compile(r"\d[\d,.]*\s+(?:million|billion|trillion)?\s*(?:dollars|euros|pounds|yen|dinars)\b"), WORD_START),
    ("PERCENT", re.compile(r"\d[\d,.]*\s?(?:%|percent\b|per cent\b)"), WORD_START),
]


def _may_start(text: str, start: int, not_after: str) -> bool:
    if not not_after or start == 0:
        return True
    before = text[start - 1]
    return not (before.isalnum() or before == "_") and before not in not_after


def pattern_entities(text: str) -> list[tuple[int, int, str]]:
    """(start, end, label) of dates, times, money and percentages; the longest wins an overlap."""
    found = []
    for label, pattern, not_after in PATTERNS:
        for match in pattern.finditer(text):
            start, end = match.span()
            if not _may_start(text, start, not_after):
                continue
            if label == "DATE" and match.group(0).split()[0].lower() == "on":
                start = match.start(1)
            found.append((start, end, label))
    return _without_overlaps(found)


class SpanSet:
    """Non-overlapping spans kept sorted, so a new span is checked in O(log n), not against all."""

    def __init__(self):
        self.starts: list[int] = []
        self.spans: list[tuple[int, int, str]] = []

    def add_if_free(self, span: tuple[int, int, str]) -> bool:
        start, end = span[0], span[1]
        position = bisect.bisect_right(self.starts, start)
        if position and self.spans[position - 1][1] > start:
            return False
        if position < len(self.spans) and self.starts[position] < end:
            return False
        self.starts.insert(position, start)
        self.spans.insert(position, span)
        return True


def _without_overlaps(spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The longest span wins an overlap."""
    chosen = SpanSet()
    for span in sorted(spans, key=lambda s: (-(s[1] - s[0]), s[0])):
        chosen.add_if_free(span)
    return chosen.spans


# ---------------------------------------------------------------- labels


def bio_spans(tokens: list[Token], tags: list[str]) -> list[tuple[int, int, str]]:
    """Character spans of entities from per-token BIOES, BIO or IOB1 tags."""
    spans = []
    current: list | None = None
    closed = False  # the current entity ended with an E- or S- tag
    for token, tag in zip(tokens, tags):
        if tag == "O":
            current = None
            continue
        prefix, kind = tag.split("-", 1)
        if current is not None and current[2] == kind and prefix in ("I", "E") and not closed:
            current[1] = token.end
        else:
            current = [token.start, token.end, kind]
            spans.append(current)
        closed = prefix in ("E", "S")
    return [tuple(span) for span in spans]


def ontonotes_label(conll_type: str, mention: str) -> str:
    lists = word_lists()
    if conll_type == "PER":
        return "PERSON"
    if conll_type == "ORG":
        return "ORG"
    if conll_type == "LOC":
        kind = lists["gazetteer"].get(mention)
        return "LOC" if kind in ("region", "continent") else "GPE"
    words = mention.split()
    if mention in lists["languages"] and len(words) == 1:
        return "LANGUAGE" if mention not in lists["norp_set"] else "NORP"
    if any(word in lists["event_words"] for word in words):
        return "EVENT"
    if any(word in lists["law_words"] for word in words):
        return "LAW"
    return "NORP"


CONLL_OF_ONTONOTES = {
    "PERSON": "PER", "ORG": "ORG", "GPE": "LOC", "LOC": "LOC", "FAC": "LOC",
    "NORP": "MISC", "EVENT": "MISC", "PRODUCT": "MISC", "WORK_OF_ART": "MISC", "LAW": "MISC", "LANGUAGE": "MISC",
}


def strip_title(text: str, start: int, end: int) -> tuple[int, int]:
    """Drop leading honorifics and offices from a person mention ("Prime Minister Mohammed
    Shia al-Sudani" -> "Mohammed Shia al-Sudani"), but never the whole mention."""
    leading_title = word_lists()["leading_title"]
    while match := leading_title.match(text, start, end):  # the pattern needs a word after the title
        start = match.end()
    return start, end


# ---------------------------------------------------------------- canonical names

NAME_PARTICLE = re.compile(r"^(?:al|el|bin|ibn|abu|van|von|de|da|di|le|la)[-‐ ]", re.I)


@lru_cache(maxsize=100_000)
def name_keys(name: str) -> tuple[str, ...]:
    """Comparable word forms: 'al-Sudani' -> ('sudani',)."""
    return tuple(NAME_PARTICLE.sub("", word).lower().strip(".’'") for word in name.split())


def compatible(short: str, long: str, label: str) -> bool:
    """Is `short` a shorter way of writing `long`?"""
    if short == long:
        return True
    short_keys, long_keys = name_keys(short), name_keys(long)
    if not short_keys or len(short_keys) > len(long_keys):
        return False
    if label == "PERSON":
        return short_keys == long_keys[-len(short_keys):]  # "Sudani" = the end of "Mohammed Shia al-Sudani"
    if len(short_keys) == 1 and short.isupper() and len(short) >= 2:  # acronym: PMF = Popular Mobilization Forces
        initials = "".join(word[0] for word in long.split() if word[:1].isupper())
        return initials == short
    return all(key in long_keys for key in short_keys) and short_keys == long_keys[-len(short_keys):]


def canonical_names(mentions: list[tuple[str, str]]) -> dict[tuple[str, str], str]:
    """(text, label) -> canonical form: the longest compatible mention of the same label in the document."""
    by_label: dict[str, list[str]] = {}
    for text, label in mentions:
        by_label.setdefault(label, [])
        if text not in by_label[label]:
            by_label[label].append(text)
    canonical = {}
    for label, names in by_label.items():
        longest_first = sorted(names, key=lambda n: (-len(name_keys(n)), -len(n)))
        for name in names:
            target = next((candidate for candidate in longest_first if compatible(name, candidate, label)), name)
            canonical[(name, label)] = target
    return canonical


def entity_id(label: str, canonical: str) -> str:
    return xxhash.xxh3_64_hexdigest(f"{label}\x00{canonical.casefold()}".encode("utf-8", "surrogatepass"))


# ---------------------------------------------------------------- document level


def crf_entities(text: str, tagger: CrfTagger) -> list[tuple[int, int, str]]:
    """(start, end, OntoNotes label) from the CRF, with titles stripped from persons."""
    spans = []
    for window in batched(iter_sentences(text), SENTENCES_PER_PASS):
        spans.extend(_crf_window(text, window, tagger))
    return spans


def _crf_window(text: str, split: tuple[list[Token], ...], tagger: CrfTagger) -> list[tuple[int, int, str]]:
    tags = tagger.tag_document([[t.text for t in sentence] for sentence in split])
    spans = []
    for sentence, sentence_tags in zip(split, tags):
        for start, end, kind in bio_spans(sentence, sentence_tags):
            label = ontonotes_label(kind, text[start:end])
            if label == "PERSON":
                start, end = strip_title(text, start, end)
            spans.append((start, end, label))
    return spans


def extract_entities(text: str, backend: str = "crf") -> list[dict]:
    """Entity mentions of one clean text: text, label, start, end, canonical."""
    if backend == "crf":
        spans = crf_entities(text, crf_tagger())
    elif backend.startswith("crf:"):
        spans = crf_entities(text, crf_tagger(backend.split(":", 1)[1]))
    elif backend.startswith("spacy:"):
        spans = spacy_entities(text, backend.split(":", 1)[1])
    else:
        raise ValueError(f"unknown entity backend {backend!r}")
    taken = SpanSet()
    for span in sorted(spans):
        taken.add_if_free(span)
    for span in pattern_entities(text):  # dates, money... where the tagger found nothing
        taken.add_if_free(span)
    taken = taken.spans
    names = canonical_names([(text[s:e], label) for s, e, label in taken])
    return [
        {"text": text[s:e], "label": label, "start": s, "end": e, "canonical": names[(text[s:e], label)]}
        for s, e, label in taken
    ]


@lru_cache(maxsize=2)
def _spacy_pipeline(package: str):
    from tasks.errors import UserError

    try:
        import spacy
    except ImportError:
        raise UserError("--entities spacy:... needs spaCy: pip install 'corpusflow[spacy]'") from None
    try:
        return spacy.load(package)
    except OSError as error:
        raise UserError(f"cannot load spaCy pipeline {package!r}: {error}") from None


def spacy_entities(text: str, package: str) -> list[tuple[int, int, str]]:
    """Adapter for a user's spaCy pipeline (an installed package or a saved folder).

    OntoNotes-trained pipelines (en_core_web_*) keep their labels; CoNLL/WikiNER
    ones (PER, LOC, ORG, MISC) are mapped like the CRF's output."""
    document = _spacy_pipeline(package)(text)
    spans = []
    for entity in document.ents:
        label = entity.label_
        if label in ("PER", "LOC", "ORG", "MISC"):
            label = ontonotes_label(label, entity.text)
        spans.append((entity.start_char, entity.end_char, label))
    return spans


def entity_frame(corpus: pl.DataFrame, backend: str = "crf") -> list[dict]:
    rows = []
    for doc_id, text in corpus.select("doc_id", "text").iter_rows():
        for mention in extract_entities(text, backend):
            mention["doc_id"] = doc_id
            mention["entity_id"] = entity_id(mention["label"], mention["canonical"])
            rows.append(mention)
    return rows
