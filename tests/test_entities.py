"""Tokens and offsets, labels, canonical names, patterns and the CoNLL round trip."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from flows.ner import chunks, read_conll, to_bio
from tasks.bundle import read_bundle
from tasks.clean import clean_document
from tasks.entities import canonical_names, extract_entities, ontonotes_label, pattern_entities, sentences, tokenize

REPO = Path(__file__).resolve().parent.parent


def test_tokens_carry_offsets_into_the_text():
    text = "Iraq’s PM, Mohammed Shia al-Sudani, met U.S. envoys on Jan. 5 ($5 million)."
    tokens = tokenize(text)
    assert all(text[t.start:t.end] == t.text for t in tokens)
    assert [t.text for t in tokens][:4] == ["Iraq", "’s", "PM", ","]
    assert "al-Sudani" in [t.text for t in tokens] and "U.S." in [t.text for t in tokens]


def test_sentences_split_at_full_stops_but_not_abbreviations():
    split = sentences("Mr. Smith met U.S. officials. They agreed.\nA new line starts here")
    assert [[t.text for t in s][0] for s in split] == ["Mr.", "They", "A"]


@pytest.fixture(scope="module")
def sample_entities(sample_path):
    docs = {}
    for document in read_bundle(sample_path):
        text = clean_document(document.text).text
        docs[document.name[:3]] = (text, extract_entities(text))
    return docs


def test_offsets_and_obvious_entities_on_the_sample(sample_entities):
    for text, mentions in sample_entities.values():
        for m in mentions:
            assert text[m["start"]:m["end"]] == m["text"]
    labelled = {(m["text"], m["label"]) for _, mentions in sample_entities.values() for m in mentions}
    for expected in [("Iraq", "GPE"), ("Baghdad", "GPE"), ("Washington", "GPE"), ("Mohammed Shia al-Sudani", "PERSON"),
                     ("Qassem Soleimani", "PERSON"), ("Pentagon", "ORG"), ("Reuters", "ORG"), ("Jan. 5", "DATE"), ("2003", "DATE")]:
        assert expected in labelled, expected


def test_no_sentence_starters_or_boilerplate_become_entities(sample_entities):
    texts = {m["text"] for _, mentions in sample_entities.values() for m in mentions}
    for word in ("However", "Critics", "Also read", "Skip to content", "YEARS IN THE MAKING", "YEARS", "The", "But"):
        assert word not in texts, word


def test_short_mentions_resolve_to_the_full_name(sample_entities):
    text, mentions = sample_entities["000"]
    canonical = {m["text"]: m["canonical"] for m in mentions if m["label"] == "PERSON"}
    assert canonical.get("Sudani") == "Mohammed Shia al-Sudani"
    names = canonical_names([("al-Sudani", "PERSON"), ("Mohammed Shia al-Sudani", "PERSON"), ("Soleimani", "PERSON"),
                             ("Qassem Soleimani", "PERSON"), ("PMF", "ORG"), ("Popular Mobilization Forces", "ORG")])
    assert names[("al-Sudani", "PERSON")] == "Mohammed Shia al-Sudani"
    assert names[("Soleimani", "PERSON")] == "Qassem Soleimani"
    assert names[("PMF", "ORG")] == "Popular Mobilization Forces"


def test_label_mapping():
    assert ontonotes_label("PER", "Sudani") == "PERSON"
    assert ontonotes_label("LOC", "Iraq") == "GPE"
    assert ontonotes_label("LOC", "Middle East") == "LOC"
    assert ontonotes_label("MISC", "Iraqi") == "NORP"
    assert ontonotes_label("MISC", "World Cup") == "EVENT"


def test_date_and_number_patterns():
    text = "On January 8, 2024 and on Tuesday, 40% of the $5 million arrived at 10:30 a.m."
    found = {text[s:e]: label for s, e, label in pattern_entities(text)}
    assert found == {"January 8, 2024": "DATE", "Tuesday": "DATE", "40%": "PERCENT", "$5 million": "MONEY", "10:30 a.m.": "TIME"}


CONLL = """-DOCSTART- -X- -X- O

EU NNP B-NP I-ORG
rejects VBZ B-VP O
German JJ B-NP I-MISC
call NN I-NP O
to TO B-VP O
boycott VB I-VP O
British JJ B-NP I-MISC
lamb NN I-NP O
. . O O

Peter NNP B-NP I-PER
Blackburn NNP I-NP I-PER

-DOCSTART- -X- -X- O

BRUSSELS NNP B-NP I-LOC
1996-08-22 CD I-NP O
"""


def test_conll_tag_round_trip(tmp_path):
    source = tmp_path / "in.conll"
    source.write_text(CONLL)
    out = tmp_path / "out.conll"
    result = subprocess.run([sys.executable, "-m", "flows.ner", "tag", str(source), "--out", str(out)],
                            cwd=REPO, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert "tokens/s" in result.stderr
    original, tagged = CONLL.split("\n"), out.read_text().split("\n")
    assert len(original) == len(tagged)
    for before, after in zip(original, tagged):
        if before.strip() and not before.startswith("-DOCSTART-"):
            assert after.startswith(before + " ") and after.split()[-1].split("-")[-1] in ("O", "PER", "ORG", "LOC", "MISC")
        else:
            assert after == before
    predicted = {line.split()[0]: line.split()[-1] for line in tagged if line.strip() and not line.startswith("-DOC")}
    assert predicted["Peter"] == "B-PER" and predicted["Blackburn"] == "I-PER"
    assert predicted["German"].endswith("MISC") and predicted["BRUSSELS"].endswith("LOC")


def test_conll_helpers():
    assert to_bio(["I-PER", "I-PER", "O", "I-LOC", "B-LOC"]) == ["B-PER", "I-PER", "O", "B-LOC", "B-LOC"]
    assert chunks(["I-PER", "I-PER", "O", "I-LOC", "B-LOC"]) == {(0, 1, "PER"), (3, 3, "LOC"), (4, 4, "LOC")}


def test_read_conll_groups_documents_and_sentences(tmp_path):
    path = tmp_path / "x.conll"
    path.write_text(CONLL)
    documents = read_conll(str(path))
    assert [len(d) for d in documents] == [2, 1]


@pytest.fixture(scope="module")
def spacy_pipeline(tmp_path_factory):
    """A blank English pipeline with an EntityRuler, saved to disk like an installed package."""
    spacy = pytest.importorskip("spacy")
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("entity_ruler")
    ruler.add_patterns([
        {"label": "PERSON", "pattern": "Mohammed Shia al-Sudani"},
        {"label": "PERSON", "pattern": "Sudani"},
        {"label": "GPE", "pattern": "Baghdad"},
        {"label": "ORG", "pattern": "Pentagon"},
        {"label": "MISC", "pattern": "Iraqi"},
    ])
    path = tmp_path_factory.mktemp("spacy") / "ruler-pipeline"
    nlp.to_disk(path)
    return str(path)


def test_spacy_adapter_maps_to_the_same_table(spacy_pipeline):
    from tasks.entities import entity_frame
    import polars as pl

    text = "Prime Minister Mohammed Shia al-Sudani met Iraqi officials in Baghdad. Sudani said the Pentagon agreed on Jan. 5."
    rows = entity_frame(pl.DataFrame({"doc_id": ["d"], "text": [text]}), f"spacy:{spacy_pipeline}")
    found = {(r["text"], r["label"], r["canonical"]) for r in rows}
    assert ("Mohammed Shia al-Sudani", "PERSON", "Mohammed Shia al-Sudani") in found
    assert ("Sudani", "PERSON", "Mohammed Shia al-Sudani") in found
    assert ("Iraqi", "NORP", "Iraqi") in found and ("Baghdad", "GPE", "Baghdad") in found
    assert ("Jan. 5", "DATE", "Jan. 5") in found  # the pattern recogniser still adds dates
    assert all(text[r["start"]:r["end"]] == r["text"] for r in rows)


def test_spacy_backend_through_the_cli_and_a_missing_pipeline(spacy_pipeline, tmp_path):
    run = subprocess.run([sys.executable, "-m", "flows.run", "samples/news-iraq.bundle", "--out", str(tmp_path / "run"),
                          "--entities", f"spacy:{spacy_pipeline}", "--quiet", "--task-runner", "threads"],
                         cwd=REPO, capture_output=True, text=True)
    assert run.returncode == 0, run.stderr
    import polars as pl

    entities = pl.read_parquet(tmp_path / "run" / "entities" / "*.parquet")
    assert {"PERSON", "GPE", "ORG", "DATE"} <= set(entities["label"])
    from tasks.entities import extract_entities
    from tasks.errors import UserError

    with pytest.raises(UserError, match="cannot load spaCy pipeline"):
        extract_entities("text", "spacy:/nonexistent/pipeline")


def test_memory_stays_bounded_on_a_huge_document_without_punctuation(monkeypatch):
    """A scraped page can be megabytes without a full stop: sentences are capped and the
    tagger sees the document in windows. Measured: 32 MB peak in windows of 20 sentences,
    116 MB for the same text tagged whole."""
    import tracemalloc

    import tasks.entities as entities_module

    text = " ".join(["officials in Paris met Angela Merkel on Monday"] * 15_000)  # 120k tokens, no sentence end
    assert max(len(s) for s in sentences(text)) == entities_module.MAX_SENTENCE_TOKENS
    extract_entities("warm up the model")
    monkeypatch.setattr(entities_module, "SENTENCES_PER_PASS", 20)
    tracemalloc.start()
    mentions = extract_entities(text)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert len(mentions) >= 30_000 and all(text[m["start"]:m["end"]] == m["text"] for m in mentions[:1000])
    assert peak < 60_000_000, f"{peak / 1e6:.0f} MB"
