"""langdetect with a fixed seed on a bounded sample."""

from tasks.language import detect_language, sample

TEXTS = {
    "en": "The government said on Tuesday that it would begin talks on the withdrawal of foreign troops from the country.",
    "de": "Die Regierung sagte am Dienstag, sie werde Gespräche über den Abzug ausländischer Truppen aus dem Land beginnen.",
    "fr": "Le gouvernement a déclaré mardi qu'il entamerait des discussions sur le retrait des troupes étrangères du pays.",
    "es": "El gobierno dijo el martes que iniciaría conversaciones sobre la retirada de las tropas extranjeras del país.",
    "ar": "قالت الحكومة يوم الثلاثاء إنها ستبدأ محادثات بشأن انسحاب القوات الأجنبية من البلاد في أقرب وقت ممكن.",
}


def test_languages_are_identified():
    for code, text in TEXTS.items():
        lang, prob = detect_language(text)
        assert lang == code and prob > 0.8, (code, lang, prob)


def test_detection_is_deterministic():
    mixed = "Hello world. Bonjour le monde. Hallo Welt. " * 3
    assert len({detect_language(mixed) for _ in range(10)}) == 1


def test_too_little_text_is_unknown():
    assert detect_language("123 456 --- !!!") == ("unknown", 0.0)
    assert detect_language("") == ("unknown", 0.0)


def test_sample_is_bounded_and_cut_at_a_word():
    text = "word " * 1000
    piece = sample(text, 1000)
    assert len(piece) <= 1000 and piece.endswith("word")


def test_detection_from_many_threads_at_first_use_is_correct():
    """langdetect's lazy profile loading raced between shard threads (English seen as 'ro')."""
    import subprocess
    import sys

    code = (
        "from concurrent.futures import ThreadPoolExecutor\n"
        "from tasks.language import detect_language\n"
        f"text = {TEXTS['en']!r}\n"
        "with ThreadPoolExecutor(8) as pool:\n"
        "    print(sorted(set(r[0] for r in pool.map(detect_language, [text] * 64))))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "['en']"


def test_fast_detector_agrees_with_stock_langdetect(sample_path):
    """FastDetector rewrites langdetect's hot loops; the answers must stay langdetect's."""
    from langdetect.detector_factory import DetectorFactory, PROFILES_DIRECTORY

    from tasks.bundle import read_bundle
    from tasks.clean import clean_document

    stock = DetectorFactory()
    stock.load_profile(PROFILES_DIRECTORY)
    stock.set_seed(0)
    texts = list(TEXTS.values()) + [clean_document(d.text).text for d in read_bundle(sample_path)] + [
        "NATO and the USA met in BRUSSELS on Monday. McDonald's CEO said it was OK.",
        "日本語のテキストです。東京で会議が開かれた。",
        "Привет, как дела? Москва сегодня солнечная и тёплая, говорят синоптики.",
        "Visit https://example.com or mail a@b.com. Tiếng Việt là ngôn ngữ chính thức của Việt Nam.",
    ]
    for text in texts:
        detector = stock.create()
        detector.append(sample(text))
        best = detector.get_probabilities()[0]
        lang, prob = detect_language(text)
        assert lang == best.lang.split("-")[0] and abs(prob - best.prob) < 0.01, (text[:40], lang, best)


def test_a_text_opening_with_numbers_is_still_identified():
    table = "2024 | 1,250 | 3.5% | 17 | 88 | 2023 | 1,100 | 3.1% | 12 | 80 |\n"
    lang, _ = detect_language(table + TEXTS["de"])
    assert lang == "de"
