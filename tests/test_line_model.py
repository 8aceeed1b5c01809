"""The learned line models (tasks/line_model.py): what they take, what they must leave, how they are trained."""

from __future__ import annotations

import pytest

from benchmarks.clean_eval import annotated_documents
from benchmarks.train_line_model import cleaned_lines, sequences
from tasks import line_model
from tasks.clean import LINE_MODEL_RULE, clean_document, load_rules, read_lines
from tasks.errors import UserError

TITLE = "Storm floods Basra streets"
STORY = [
    "The storm flooded dozens of streets in Basra on Sunday and cut power to several districts for most of the day, officials said.",
    "Civil defence teams pumped water out of homes in the old city while schools stayed closed for a second day.",
    "The governor said the drainage network had not been repaired since 2019 and promised a new budget for it this year.",
]


def _page(*middle: str) -> str:
    return "\n".join([TITLE, STORY[0], *middle, *STORY[1:]]) + "\n"


def test_a_channel_widget_between_paragraphs_that_no_rule_names_goes_as_line_model():
    raw = _page("Channel", "The National")
    cleaned = clean_document(raw)
    assert [(text, rule) for _, text, rule in cleaned.removed] == [("Channel", LINE_MODEL_RULE), ("The National", LINE_MODEL_RULE)]
    assert cleaned.text == "\n\n".join(STORY) and cleaned.title == TITLE
    switched_off = clean_document(raw, load_rules(disabled=(LINE_MODEL_RULE,)))
    assert "Channel" in switched_off.text and not switched_off.removed


def test_a_line_alone_between_two_sentences_is_a_subhead_and_stays():
    cleaned = clean_document(_page("Channel"))
    assert "Channel" in cleaned.text.split("\n\n") and not cleaned.removed


@pytest.mark.parametrize("results", [
    ["Marcelo Rios (Chile) beat Daniel Vacek (Czech Republic) 6-4 6-2", "Thomas Enqvist (Sweden) beat Petr Korda (Czech Republic) 7-5 6-3"],
    ["Montpellier 0 Cannes 1", "Lyon 2 Nancy 0", "Bolton 3 Norwich 1"],
])
def test_results_inside_a_story_are_text_not_widgets(results):
    cleaned = clean_document(_page(*results))
    assert all(line in cleaned.text for line in results) and not cleaned.removed


def test_the_title_and_other_lines_moved_to_metadata_are_never_taken(tmp_path):
    widget, sentence = "Zorblat menu", "The council met on Monday to discuss the water supply of the eastern districts for next summer."
    documents = [[widget, sentence, sentence, widget] for _ in range(30)]
    labels = [["B", "O", "O", "B"] for _ in range(30)]
    pages = [([_Line(number, text) for number, text in enumerate(lines, 1)], set(), gold) for lines, gold in zip(documents, labels)]
    shape, residue = tmp_path / "shape.crfsuite", tmp_path / "residue.crfsuite"
    line_model.train(sequences(pages, residue=False), shape, c1=0.01)
    line_model.train(sequences(pages, residue=True), residue, c1=0.01)
    model = line_model.LineModel(shape, residue)
    page = [_Line(number, text) for number, text in enumerate([widget, sentence, sentence, widget], 1)]
    assert model.boilerplate(page) == [0, 3]
    assert model.boilerplate(page, metadata={1}) == [3]


def test_training_reads_each_set_as_the_rules_leave_it_with_its_gold_labels():
    documents = annotated_documents("blind890.annotated.bundle")  # Wikivoyage: a menu, a one-word title
    [(lines, metadata, labels)] = cleaned_lines(documents)
    assert len(lines) == len(labels) == len(read_lines(documents[0][1]))
    title = next(line for line in lines if line.text == "Amadiya")
    assert title.number in metadata and labels[title.number - 1] == "O"
    assert labels[0] == "B" and lines[0].removed_by  # "Jump to content", removed by a rule and labelled so


def test_missing_models_are_a_one_line_error(monkeypatch, tmp_path):
    monkeypatch.setattr(line_model, "SHAPE_MODEL", tmp_path / "absent.crfsuite")
    line_model.line_model.cache_clear()
    try:
        with pytest.raises(UserError, match="make train-lines"):
            line_model.line_model()
    finally:
        line_model.line_model.cache_clear()


class _Line:
    """What the line models read of a cleaner's line, for a hand-made page."""

    def __init__(self, number: int, text: str):
        self.number, self.text, self.words = number, text, len(text.split())
        self.removed_by, self.kept = None, True


def test_pages_cleaned_on_several_threads_at_once_get_the_verdicts_they_get_one_by_one():
    """The flow cleans shards on threads that share the process's two taggers, and a tagger holds the page it was last given:
    each page must be read through them whole (a page set in between once asked for a line past the end of the other)."""
    import sys
    from concurrent.futures import ThreadPoolExecutor

    names = ["blind1081", "blind1371", "blind1382", "blind1386", "blind1397", "blind1384", "blind9", "blind55"]
    pages = [raw for name in names for _, raw, _ in annotated_documents(f"{name}.annotated.bundle")] * 5
    alone = [clean_document(raw).removed for raw in pages]
    interval = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)  # threads take turns as often as they can: the race shows at once
    try:
        with ThreadPoolExecutor(8) as pool:
            together = list(pool.map(lambda raw: clean_document(raw).removed, pages))
    finally:
        sys.setswitchinterval(interval)
    assert together == alone
