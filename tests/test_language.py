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
