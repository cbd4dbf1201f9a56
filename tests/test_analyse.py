"""Sentences and entities: cut at paragraph ends, mended where the model cuts inside one."""

from __future__ import annotations

from bilan.analyse import analyse, load_pipeline
from bilan.clean import clean


def test_paragraphs_never_share_a_sentence_and_offsets_hold():
    article = clean("Syrie: un missile fait des dizaines de morts\n"
                    "Au moins 31 personnes ont été tuées lundi soir à Alep, selon l'OSDH. Le bilan pourrait augmenter.\n"
                    "La Russie a mis en garde les deux camps.", "fr")
    sentences = analyse(article)
    assert [s.paragraph for s in sentences] == [0, 1, 1, 2]
    for sentence in sentences:
        assert article.text[sentence.start:sentence.end] == sentence.text
        assert "\n" not in sentence.text
        for entity in sentence.entities:
            assert article.text[entity.start:entity.end] == entity.text


def test_a_number_with_a_dot_does_not_end_a_sentence():
    article = clean("Le séisme du 6 février a fait 3.688 morts en Syrie, selon les autorités.", "fr")
    (sentence,) = analyse(article)
    assert sentence.text.endswith("selon les autorités.")


def test_batch_output_is_used_as_given():
    article = clean("Twelve people were killed in Kabul on Monday, police said.", "en")
    doc = load_pipeline("en")(article.text)
    assert [s.text for s in analyse(article, doc)] == [s.text for s in analyse(article)]


def test_pipeline_is_loaded_once_per_process():
    assert load_pipeline("fr") is load_pipeline("fr")
    assert {"ner", "senter"} <= set(load_pipeline("fr").pipe_names)
    assert "parser" not in load_pipeline("en").pipe_names
