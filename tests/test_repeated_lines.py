"""Learned boilerplate: lines repeated across unrelated documents of a shard go; the shared
lines of copies of one story (the sample bundle) stay."""

from __future__ import annotations

import polars as pl
import pytest

from tasks.bundle import read_bundle
from tasks.clean import REPEATED_LINE_RULE, clean_frame
from tasks.repeated import RepeatedLineSettings

ARTICLES = [
    "The harbour authority approved a plan on Tuesday to dredge the northern channel before the autumn storms arrive.\n"
    "Fishing crews had complained for months that silt made the entrance dangerous at low tide.\n"
    "Work is expected to start in September and to cost about two million pounds.",
    "A primary school in the old town will close for two weeks while engineers repair its roof, the council said.\n"
    "Pupils will be taught in the community hall on Mill Street until the work is finished.\n"
    "Parents were told of the decision in a letter sent home on Friday afternoon.",
    "Ticket sales for the summer music festival have already passed last year's total, organisers said on Monday.\n"
    "The three-day event on the cliff meadow will feature forty bands and a new stage for local choirs.\n"
    "Extra buses will run from the railway station on each evening of the festival.",
    "The lifeboat crew was called out twice on Sunday, first to a yacht with a broken mast and later to a swimmer in difficulty.\n"
    "Both rescues ended safely, and the crew thanked beach wardens for raising the alarm quickly.\n"
    "The station is looking for new volunteers and will hold an open evening next month.",
    "Plans for forty new homes on the former brickworks site were rejected by councillors after a long debate.\n"
    "Residents had argued that the narrow lane leading to the site could not take the extra traffic.\n"
    "The developer said it would consider an appeal once it had studied the decision.",
    "The town museum has received a collection of Victorian photographs showing the harbour at the height of the herring trade.\n"
    "The pictures were found in an attic by a family who had owned a net-making business for generations.\n"
    "A selection will go on display in the museum's upstairs gallery from next week.",
]
FOOTER = [
    "The Harbour Gazette is funded by its readers.",
    "The office at 12 Quay Road, Porthaven, opens daily at nine.",
    "Printed in Porthaven every week since 1889.",
]  # no rule names any of these
ONLY_TWICE = "Corrections appear on page two."


def shard(documents: list[str]) -> pl.DataFrame:
    return pl.DataFrame({"doc_id": [f"d{i}" for i in range(len(documents))], "text": documents})


@pytest.fixture(scope="module")
def site_and_story(sample_path):
    site = [f"{body}\n\n" + "\n".join(FOOTER) for body in ARTICLES]
    site[0] += f"\n{ONLY_TWICE}"
    site[1] += f"\n{ONLY_TWICE}"
    story = [document.text for document in read_bundle(sample_path)]
    return site + story, len(site)


def test_a_footer_shared_by_unrelated_articles_is_learned(site_and_story):
    documents, site_size = site_and_story
    clean_rows, removed_rows, _ = clean_frame(shard(documents))
    learned = [row for row in removed_rows if row["rule"] == REPEATED_LINE_RULE]
    assert {row["text"] for row in learned} == set(FOOTER)
    assert {row["doc_id"] for row in learned} == {f"d{i}" for i in range(site_size)}
    by_id = {row["doc_id"]: row["text"] for row in clean_rows}
    for i, body in enumerate(ARTICLES):
        assert by_id[f"d{i}"].replace("\n\n", "\n").removesuffix(f"\n{ONLY_TWICE}") == body  # the article is whole
    assert ONLY_TWICE in by_id["d0"]  # two documents prove nothing


def test_copies_of_one_story_keep_their_shared_lines(site_and_story):
    documents, site_size = site_and_story
    _, removed_rows, _ = clean_frame(shard(documents))
    story_ids = {f"d{i}" for i in range(site_size, len(documents))}
    assert not [row for row in removed_rows if row["doc_id"] in story_ids and row["rule"] == REPEATED_LINE_RULE]
    # and the sample on its own (five copies of one Reuters story) learns nothing either
    _, alone, _ = clean_frame(shard(documents[site_size:]))
    assert not [row for row in alone if row["rule"] == REPEATED_LINE_RULE]


def test_learning_can_be_switched_off_and_never_trusts_two_documents(site_and_story):
    documents, _ = site_and_story
    _, removed_rows, _ = clean_frame(shard(documents), repeated_lines=RepeatedLineSettings(min_documents=0))
    assert not [row for row in removed_rows if row["rule"] == REPEATED_LINE_RULE]
    with pytest.raises(ValueError):
        RepeatedLineSettings(min_documents=2)


def test_a_blurb_of_several_story_like_sentences_over_unrelated_articles_is_learned():
    """Each sentence of a site's blurb reads as a report, and the blurb sits among the first
    sentences of each article: judging one of its sentences, the others (held by the very
    same documents) must not make the articles look like copies of one story."""
    blurb = ["Harbour Gazette is an independent weekly founded in Porthaven in 1889 by two fishermen.",
             "Articles in the town section are checked by two editors before they appear online.",
             "Corrections to town stories are listed every Friday on the newspaper's second page."]
    documents = ["\n".join(blurb) + "\n" + body.replace("\n", "\n\n") for body in ARTICLES]
    clean_rows, removed_rows, _ = clean_frame(shard(documents))
    assert {row["text"] for row in removed_rows if row["rule"] == REPEATED_LINE_RULE} == set(blurb)
    assert all(row["text"].replace("\n\n", "\n") == body for row, body in zip(clean_rows, ARTICLES))


def test_the_lead_of_a_story_several_pages_carry_stays_under_a_caption_they_do_not_share():
    """A copy's lead follows its own caption (no long sentence right above to vouch for it):
    the other sentences the copies share among its paragraphs show it is one story."""
    lead = "The water in the channel outside Abu Ali's reed house has dropped so low that his boat sits in the mud."
    shared = "Iraq's marshes, once the largest wetland in western Asia, have shrunk by more than half since the 1990s."
    copies = [f"{head}\n{lead}\n\n{own}\n\n{shared}\n\n{end}\n\n{end.replace('.', ', they said.')}" for head, own, end in [
        ("Abu Ali says he has lost 20 of his 60 buffalo this year",
         "\"Our buffalo are dying of thirst,\" he says, pointing at the cracked mud where the water used to be.",
         "Dams in Turkey and Iran have cut the flow of the rivers, officials in Baghdad say."),
        ("Chibayish, Iraq –", "Herders in the area say they have sold most of their animals this summer to pay their debts.",
         "The government has promised compensation, but herders say none has arrived."),
        ("Advertisement", "The local council says a third of the families in the district have already left for the cities.",
         "Environmental groups warn the marshes could vanish within a decade without a water-sharing deal."),
    ]]
    clean_rows, removed_rows, _ = clean_frame(shard(copies + ARTICLES))
    assert all(lead in row["text"] for row in clean_rows[:3])
    assert not [row for row in removed_rows if row["rule"] == REPEATED_LINE_RULE and row["text"] == lead]
