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
from itertools import islice
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
SENTENCE_END = re.compile(r"[.!?]['\"”’)]*$")
SENTENCE_FINAL_CHARACTERS = frozenset(".!?'\"”’)")
NOT_AN_END = re.compile(rf"(?:{ABBREVIATIONS})\.|(?:[A-Za-z]\.)+")  # Mr. / U.S. / R.


@dataclass(slots=True)
class Token:
    text: str
    start: int
    end: int


def tokenize(text: str) -> list[Token]:
    return [Token(m.group(0), m.start(), m.end()) for m in TOKEN.finditer(text)]


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
    for line in re.finditer(r"[^\n]+", text):
        current: list[Token] = []
        tokens = tokenize(line.group(0))
        for index, token in enumerate(tokens):
            token.start += line.start()
            token.end += line.start()
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
    lists["norp_set"] = set(lists["norp"])
    return lists


# ---------------------------------------------------------------- features


@lru_cache(maxsize=200_000)
def shape(word: str) -> str:
    mapped = re.sub(r"[A-Z]", "X", re.sub(r"[a-z]", "x", re.sub(r"\d", "d", word)))
    return re.sub(r"(.)\1{2,}", r"\1\1", mapped)


@lru_cache(maxsize=200_000)
def word_features(word: str) -> tuple[str, ...]:
    """Features of a word on its own (cached: words repeat)."""
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
    return tuple(features)


PADDING = {offset: f"{offset}pad" for offset in (-2, -1, 1, 2)}


@lru_cache(maxsize=200_000)
def _static_features(word: str, lowercase_words: frozenset[str]) -> tuple[str, ...]:
    """word_features plus the model's 'usually written in lower case' evidence."""
    if word[:1].isupper() and word.lower() in lowercase_words:
        return (*word_features(word), "usually_lower")
    return word_features(word)


@lru_cache(maxsize=400_000)
def _window_features(word: str, offset: int) -> tuple[str, ...]:
    """What a word says about its neighbour `offset` tokens away (cached: words repeat)."""
    lower, shaped, capital = _context(word)
    features = [f"{offset}w={lower}", f"{offset}sh={shaped}"]
    if offset == -1 or offset == 1:
        features.append(f"{offset}s3={lower[-3:]}")
        if capital:
            features.append(f"{offset}title")
    return tuple(features)


@lru_cache(maxsize=200_000)
def _context(word: str) -> tuple[str, str, bool]:
    return word.lower(), shape(word), word[:1].isupper()


class NameList:
    """Entity names seen in training, by type: token and longest-match features.

    Built by `flows.ner train` (with cross-validation folds, so the tagger learns
    how far to trust it) and shipped beside the model.
    """

    MAX_TOKENS = 6

    def __init__(self, entries: dict[tuple[str, ...], set[str]]):
        self.entries = entries
        self.prefixes = {key[:i] for key in entries for i in range(1, len(key) + 1)}
        self.token_types: dict[str, set[str]] = {}
        for key, types in entries.items():
            for token in key:
                if token[:1].isupper() or token[:1].isdigit():
                    self.token_types.setdefault(token, set()).update(types)
        # headlines and results tables write names in capitals: LEICESTERSHIRE = Leicestershire
        self.upper_entries: dict[tuple[str, ...], set[str]] = {}
        for key, types in entries.items():
            self.upper_entries.setdefault(tuple(t.upper() for t in key), set()).update(types)
        self.upper_prefixes = {key[:i] for key in self.upper_entries for i in range(1, len(key) + 1)}
        self.upper_token_types: dict[str, set[str]] = {}
        for token, types in self.token_types.items():
            self.upper_token_types.setdefault(token.upper(), set()).update(types)

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

    def features(self, words: list[str]) -> list[list[str]]:
        result: list[list[str]] = [[] for _ in words]
        capitals = sum(w.isupper() for w in words) > len(words) / 2
        token_types = self.upper_token_types if capitals else self.token_types
        entries = self.upper_entries if capitals else self.entries
        prefixes = self.upper_prefixes if capitals else self.prefixes
        for i, word in enumerate(words):
            for kind in token_types.get(word, ()):
                result[i].append("name_token=" + kind)
        i = 0
        while i < len(words):
            end = None
            if words[i][:1].isupper() or words[i][:1].isdigit():
                for j in range(i + 1, min(len(words), i + self.MAX_TOKENS) + 1):
                    key = tuple(words[i:j])
                    if key not in prefixes:
                        break
                    if key in entries:
                        end = j
            if end is None:
                i += 1
                continue
            for kind in entries[tuple(words[i:end])]:
                result[i].append("name_match=B-" + kind)
                for k in range(i + 1, end):
                    result[k].append("name_match=I-" + kind)
            i = end
        return result


def sentence_features(words: list[str], document_lower: set[str], document_midcap: set[str],
                      names: NameList | None = None, lowercase_words: frozenset[str] = frozenset()) -> list[list[str]]:
    """Per-token feature lists for one sentence, with document-level evidence.

    Built with per-word cached tuples and one list per token (this is the tagger's hot loop)."""
    n = len(words)
    lowers = [_context(w)[0] for w in words]
    before2 = [(PADDING[-2],)] * 2 + [_window_features(w, -2) for w in words[:-2]]
    before1 = [(PADDING[-1],)] + [_window_features(w, -1) for w in words[:-1]]
    after1 = [_window_features(w, 1) for w in words[1:]] + [(PADDING[1],)]
    after2 = [_window_features(w, 2) for w in words[2:]] + [(PADDING[2],)] * min(2, n)
    letters = [w for w in words if w[:1].isalpha()]
    all_caps = len(letters) >= 2 and all(w.isupper() for w in letters)
    name_features = names.features(words) if names else None
    result = []
    for i, word in enumerate(words):
        features = [*_static_features(word, lowercase_words), *before2[i], *before1[i], *after1[i], *after2[i]]
        if i:
            features.append(f"-1w|w={lowers[i - 1]}|{lowers[i]}")
        else:
            features.append("first")
        if i < n - 1:
            features.append(f"1w|w={lowers[i + 1]}|{lowers[i]}")
            if i:
                features.append(f"-1|+1={lowers[i - 1]}|{lowers[i + 1]}")
        else:
            features.append("last")
        if all_caps:
            features.append("sentence_caps")
        if name_features:
            features.extend(name_features[i])
            if i + 1 < n:
                features.extend("+1" + f for f in name_features[i + 1] if f.startswith("name_match"))
        if word[:1].isupper():
            if word.lower() in document_lower:
                features.append("doc_seen_lower")
            if word in document_midcap:
                features.append("doc_seen_midcap")
        result.append(features)
    return result


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


def consistency_features(all_sentences: list[list[str]], first_pass: list[list[str]]) -> list[list[list[str]]]:
    """How the first pass labelled each word elsewhere in the document (non-local evidence:
    a name tagged PER in one sentence is likely PER in a headline or a sentence start)."""
    types: dict[str, dict[str, int]] = {}
    for words, tags in zip(all_sentences, first_pass):
        for word, tag in zip(words, tags):
            if tag != "O":
                counts = types.setdefault(word, {})
                counts[tag[2:]] = counts.get(tag[2:], 0) + 1
    result = []
    for words in all_sentences:
        sentence = []
        for word in words:
            counts = types.get(word)
            if not counts:
                sentence.append([])
                continue
            best = max(counts, key=counts.get)
            extra = ["doc_type=" + best]
            if len(counts) > 1:
                extra.append("doc_mixed")
            if sum(counts.values()) > 1:
                extra.append("doc_repeated=" + best)
            sentence.append(extra)
        result.append(sentence)
    return result


def document_features(all_sentences: list[list[str]], names: NameList | None = None,
                      lowercase_words: frozenset[str] = frozenset()) -> list[list[list[str]]]:
    lower, midcap = document_evidence(all_sentences)
    return [sentence_features(words, lower, midcap, names, lowercase_words) for words in all_sentences]


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

    def tag_document(self, all_sentences: list[list[str]]) -> list[list[str]]:
        """BIO tags (B-PER, I-ORG, O, ...) for every token of every sentence."""
        features = document_features(all_sentences, self.names, self.lowercase)
        tags = [self.tagger.tag(f) if f else [] for f in features]
        if self.second is None:
            return tags
        result = []
        for sentence, extra, first in zip(features, consistency_features(all_sentences, tags), tags):
            if not any(extra):  # no document evidence: the second pass sees what the first saw
                result.append(first)
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
PATTERNS = [
    ("DATE", re.compile(rf"\b{MONTH_NAME}\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+(?:19|20)\d\d)?\b(?!:)")),
    ("DATE", re.compile(rf"\b\d{{1,2}}(?:st|nd|rd|th)?\s+{MONTH_NAME}(?:,?\s+(?:19|20)\d\d)?\b")),
    ("DATE", re.compile(rf"\b{MONTH_NAME}\s+(?:19|20)\d\d\b")),
    ("DATE", re.compile(rf"\b(?:last|next|this|on|late|early)\s+({WEEKDAY_NAME}|{MONTH_NAME}|week|month|year)\b")),
    ("DATE", re.compile(rf"\b{WEEKDAY_NAME}\b")),
    ("DATE", re.compile(r"\b(?:19|20)\d\d-\d\d-\d\d\b")),
    ("DATE", re.compile(r"(?<![\d,.$])\b(?:1[89]|20)\d\d(?:s)?\b(?![\d,.]\d|%)")),
    ("DATE", re.compile(r"\b(?:yesterday|today|tomorrow|(?:the )?(?:next|previous|following|last) (?:day|week|month|year)|\d+ (?:days|weeks|months|years) ago)\b", re.I)),
    ("TIME", re.compile(r"\b\d{1,2}(?::\d\d)?\s*(?:a\.m\.|p\.m\.|am|pm)(?=\W|$)(?:\s+(?:GMT|UTC|[A-Z]{2,4}T))?", re.I)),
    ("MONEY", re.compile(r"(?:[$€£¥]\s?\d[\d,.]*(?:\s+(?:million|billion|trillion|bn|m))?|\b\d[\d,.]*\s+(?:million|billion|trillion)?\s*(?:dollars|euros|pounds|yen|dinars))\b")),
    ("PERCENT", re.compile(r"\b\d[\d,.]*\s?(?:%|percent\b|per cent\b)")),
]


def pattern_entities(text: str) -> list[tuple[int, int, str]]:
    """(start, end, label) of dates, times, money and percentages; the longest wins an overlap."""
    found = []
    for label, pattern in PATTERNS:
        for match in pattern.finditer(text):
            start, end = match.span()
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
    """Drop a leading honorific or office from a person mention."""
    changed = True
    while changed:
        changed = False
        mention = text[start:end]
        for title in word_lists()["titles"]:
            if mention.startswith(title + " ") and len(mention) > len(title) + 1:
                start += len(title) + 1
                changed = True
                break
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
