"""Language stage: langdetect on a bounded sample of each clean text.

langdetect is random by design; a fixed seed makes every run give the same
answer. Scoring the first `sample_chars` characters (cut at a word boundary)
keeps the cost per document flat, whatever the document's length.
"""

from __future__ import annotations

import re
import threading

import numpy as np
import polars as pl
from langdetect import DetectorFactory
from langdetect.detector import Detector
from langdetect.detector_factory import init_factory
from langdetect.lang_detect_exception import ErrorCode, LangDetectException
from langdetect.utils.ngram import NGram

import langdetect.detector_factory as factory_module

SEED = 0
SAMPLE_CHARS = 1000
MIN_LETTERS = 20  # fewer letters than this: `unknown`
LETTER = re.compile(r"[^\W\d_]")
MULTIPLE_SPACES = re.compile(r" {2,}")
LATIN_RANGE = re.compile(r"[A-z]")
NON_LATIN = re.compile("[\u0300-\u1dff\u1f00-\U0010ffff]")  # >= U+0300, not Latin Extended Additional


_FACTORY_LOCK = threading.Lock()
_READY = threading.Event()


def _factory() -> DetectorFactory:
    """The loaded profiles. langdetect loads them lazily without a lock: two threads
    racing here would detect with half-loaded profiles (seen as English -> 'ro')."""
    if not _READY.is_set():
        with _FACTORY_LOCK:
            if not _READY.is_set():
                init_factory()
                factory_module._factory.set_seed(SEED)
                _READY.set()
    return factory_module._factory


class _NormalisedCharacters(dict):
    """str.translate table that fills itself with langdetect's own NGram.normalize."""

    def __missing__(self, code: int) -> str:
        self[code] = NGram.normalize(chr(code))
        return self[code]


_NORMALISED = _NormalisedCharacters()
_TABLE_LOCK = threading.Lock()
_PROBABILITIES: dict = {}


def _probability_table(factory: DetectorFactory | Detector) -> tuple[dict[str, int], np.ndarray]:
    """langdetect's n-gram -> per-language probabilities as one (n-grams x languages) array."""
    with _TABLE_LOCK:
        if "table" not in _PROBABILITIES:
            words = list(factory.word_lang_prob_map)
            _PROBABILITIES["index"] = {word: i for i, word in enumerate(words)}
            _PROBABILITIES["table"] = np.array([factory.word_lang_prob_map[w] for w in words], dtype=np.float64)
            # FastDetector only asks `word in word_lang_prob_map`: keep the keys, free the
            # ~200 MB of per-n-gram Python float lists.
            factory_module._factory.word_lang_prob_map = _PROBABILITIES["index"]
    return _PROBABILITIES["index"], _PROBABILITIES["table"]


_WORD_NGRAMS: dict[str, list[int]] = {}
_WORD_CACHE_LIMIT = 500_000


def _word_ngrams(word: str, known: dict) -> tuple[str, ...]:
    """NGram.add_char's buffer logic over one normalised word (plus its trailing space)."""
    result = []
    grams, capital = " ", False
    for character in word:
        last = grams[-1]
        if last == " ":
            grams, capital = " ", False
            if character == " ":
                continue
        elif len(grams) >= 3:
            grams = grams[1:]
        grams += character
        if character.isupper():
            if last.isupper():
                capital = True
        else:
            capital = False
        if capital:
            continue
        if character != " " and character in known:
            result.append(character)
        if len(grams) >= 2:
            if grams[-2:] in known:
                result.append(grams[-2:])
            if len(grams) == 3 and grams in known:
                result.append(grams)
    return tuple(result)


class FastDetector(Detector):
    """langdetect's Detector with its hot loops rewritten: same profiles, n-grams,
    smoothing, trial count and convergence checkpoints.

    - text preparation and n-gram extraction give exactly langdetect's n-grams,
      in its order (characters normalised by a table built from NGram.normalize;
      each word's n-grams cached);
    - each trial runs in log space on numpy (`_trial`), with random draws from a
      seeded numpy generator instead of Python's `random`: deterministic, but not
      draw-for-draw langdetect, so probabilities differ slightly. Agreement with
      stock langdetect is checked in tests/test_language.py.
    """

    def append(self, text: str) -> None:
        """langdetect's append with its character loop replaced by regexes (same result)."""
        text = NGram.normalize_vi(self.MAIL_RE.sub(" ", self.URL_RE.sub(" ", text)))
        self.text += MULTIPLE_SPACES.sub(" ", text[: self.max_text_length])

    def cleaning_text(self) -> None:
        """langdetect's cleaning_text: drop Latin letters from mostly non-Latin text."""
        latin = len(LATIN_RANGE.findall(self.text))
        if latin * 2 < len(NON_LATIN.findall(self.text)):
            self.text = LATIN_RANGE.sub("", self.text)

    def _extract_ngrams(self) -> list[int]:
        """Ids of langdetect's n-grams, in langdetect's order. The NGram buffer restarts
        at every space, so a word's n-grams depend on the word alone: cache them."""
        text = self.text.translate(_NORMALISED)
        pieces = text.split(" ")
        result: list[int] = []
        cache = _WORD_NGRAMS
        index = _probability_table(self)[0]
        last = len(pieces) - 1
        for position, piece in enumerate(pieces):
            if not piece:
                continue
            key = piece + " " if position < last else piece
            grams = cache.get(key)
            if grams is None:
                if len(cache) > _WORD_CACHE_LIMIT:
                    cache.clear()
                grams = cache[key] = [index[gram] for gram in _word_ngrams(key, self.word_lang_prob_map)]
            result.extend(grams)
        return result

    def _detect_block(self) -> None:
        self.cleaning_text()
        ngrams = self._extract_ngrams()
        if not ngrams:
            raise LangDetectException(ErrorCode.CantDetectError, "No features in text.")
        table = _probability_table(self)[1]
        ids = np.array(ngrams, dtype=np.int64)
        languages = len(self.langlist)
        random = np.random.default_rng(self.seed)
        start = np.log(np.array(self.prior_map, dtype=np.float64)) if self.prior_map is not None else np.full(languages, -np.log(languages))
        total = np.zeros(languages)
        for _ in range(self.n_trial):
            alpha = self.alpha + random.normal() * self.ALPHA_WIDTH
            total += _trial(table, ids, start, alpha / self.BASE_FREQ, random, self.CONV_THRESHOLD, self.ITERATION_LIMIT) / self.n_trial
        self.langprob = total.tolist()


TRIAL_BLOCK = 128  # updates drawn at once; most trials converge within one block


def _trial(table: np.ndarray, ids: np.ndarray, log_prob: np.ndarray, weight: float, random: np.random.Generator,
           threshold: float, iteration_limit: int) -> np.ndarray:
    """One langdetect trial in log space: multiply in randomly drawn n-grams' probabilities
    until, at one of langdetect's checkpoints (after update 1, 6, 11, ...), the best
    language's normalised probability exceeds `threshold` or the iteration limit is reached."""
    done = 0
    while True:
        picks = ids[random.integers(0, len(ids), size=TRIAL_BLOCK)]
        cumulative = log_prob + np.cumsum(np.log(weight + table[picks]), axis=0)
        counts = done + np.arange(1, TRIAL_BLOCK + 1)  # updates applied after each row
        checkpoints = np.flatnonzero(((counts - 1) % 5 == 0) | (counts - 1 >= iteration_limit))
        at = cumulative[checkpoints]
        shifted = at - at.max(axis=1, keepdims=True)
        best = 1.0 / np.exp(shifted).sum(axis=1)
        stop = np.flatnonzero((best > threshold) | (counts[checkpoints] - 1 >= iteration_limit))
        if stop.size:
            final = shifted[stop[0]]
            probabilities = np.exp(final)
            return probabilities / probabilities.sum()
        log_prob = cumulative[-1]
        done += TRIAL_BLOCK


def sample(text: str, sample_chars: int = SAMPLE_CHARS) -> str:
    if len(text) <= sample_chars:
        return text
    cut = text.rfind(" ", 0, sample_chars)
    return text[: cut if cut > sample_chars // 2 else sample_chars]


def detect_language(text: str, sample_chars: int = SAMPLE_CHARS) -> tuple[str, float]:
    """(ISO 639-1 code or 'unknown', probability of the best language)."""
    piece = sample(text, sample_chars)
    if len(LETTER.findall(piece)) < MIN_LETTERS:
        return "unknown", 0.0
    detector = FastDetector(_factory())
    detector.append(piece)
    try:
        best = detector.get_probabilities()[0]
    except (LangDetectException, IndexError):
        return "unknown", 0.0
    code = best.lang.split("-")[0]  # zh-cn / zh-tw -> zh
    return code, round(float(best.prob), 6)


def language_frame(clean: pl.DataFrame, sample_chars: int = SAMPLE_CHARS) -> list[dict]:
    rows = []
    for doc_id, text in clean.select("doc_id", "text").iter_rows():
        lang, prob = detect_language(text, sample_chars)
        rows.append({"doc_id": doc_id, "lang": lang, "prob": prob})
    return rows
