"""Language stage: langdetect on a bounded sample of each clean text.

langdetect is random by design; a fixed seed makes every run give the same
answer. Scoring the first `sample_chars` characters (cut at a word boundary)
keeps the cost per document flat, whatever the document's length.
"""

from __future__ import annotations

import threading

import polars as pl
from langdetect import DetectorFactory
from langdetect.detector_factory import init_factory
from langdetect.lang_detect_exception import LangDetectException

import langdetect.detector_factory as factory_module

SEED = 0
SAMPLE_CHARS = 1000
MIN_LETTERS = 20  # fewer letters than this: `unknown`


_FACTORY_LOCK = threading.Lock()


def _factory() -> DetectorFactory:
    """The loaded profiles. langdetect loads them lazily without a lock: two threads
    racing here would detect with half-loaded profiles (seen as English -> 'ro')."""
    if factory_module._factory is None or not _READY.is_set():
        with _FACTORY_LOCK:
            if not _READY.is_set():
                init_factory()
                factory_module._factory.set_seed(SEED)
                _READY.set()
    return factory_module._factory


_READY = threading.Event()


def sample(text: str, sample_chars: int = SAMPLE_CHARS) -> str:
    if len(text) <= sample_chars:
        return text
    cut = text.rfind(" ", 0, sample_chars)
    return text[: cut if cut > sample_chars // 2 else sample_chars]


def detect_language(text: str, sample_chars: int = SAMPLE_CHARS) -> tuple[str, float]:
    """(ISO 639-1 code or 'unknown', probability of the best language)."""
    piece = sample(text, sample_chars)
    if sum(character.isalpha() for character in piece) < MIN_LETTERS:
        return "unknown", 0.0
    detector = _factory().create()
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
