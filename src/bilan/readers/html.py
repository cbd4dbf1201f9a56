"""HTML pages -> Document through trafilatura: main text, title, site, canonical URL, publication date.

The text is trafilatura's, one paragraph per line; what we add is decoding bytes, fragments (feed
entries), a size limit and errors instead of exceptions. Options, each chosen on the pages of
tests/readers/news_page.py around the 30 devset articles, whole and cut to 1-3 paragraphs, plus a
layout-table page and an empty one:

- `favor_recall=True` with MIN_EXTRACTED_SIZE 0. trafilatura's default, on an article under 250
  characters, "rescues" it with the whole page glued into one line (byline, share buttons and all):
  21 of 30 one-paragraph articles came out so. MIN_EXTRACTED_SIZE 0 turns that rescue off; recall
  mode then still finds the article inside a layout table, which the default and `favor_precision`
  both lose (None). `favor_precision` also took a "most read" teaser for the article on 5 of 30
  short pages. With these settings: every paragraph kept, no furniture, and an empty page gives
  nothing instead of its furniture.
- `include_comments=False`: reader comments are not the article.
- `include_tables=False`: a layout table around the article otherwise comes out as one line of
  "| nav | text |" cells with the paragraphs glued; data tables are not prose the pipeline can use.
- `prune_xpath`: ad and "read also" boxes whose class trafilatura does not know (French "pub",
  "advert"); without it the inline ad of the test pages stays in the text.
- dates: htmldate's `extensive_search` is off, so the date comes from the page's metadata, markup
  and URL only; with it on, an undated page got "2016-01-01" from its "© 2016" footer.

Left in on purpose: an inline "À lire aussi : <link>" paragraph is a plain <p> to any extractor;
the pipeline's boilerplate cleaning has to catch it.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from pathlib import Path

import trafilatura
from ftfy.fixes import fix_surrogates
from trafilatura.metadata import extract_metadata
from trafilatura.settings import use_config

from ..errors import error
from ..models import Error
from ..read import MAX_CHARS, Document
from .text import decode, has_nul, read_file_bytes, repair

MAX_HTML_BYTES = 20_000_000  # trafilatura's own limit (MAX_FILE_SIZE); no news page comes near
_SNIFF = 1024

# Exact class tokens only: "pub" must not catch "pub-date", and article, main and body are never
# pruned whatever their class says.
_PRUNE_TOKENS = ("pub", "publicite", "bloc-pub", "advert", "advertisement", "sponsored", "lire-aussi",
                 "a-lire-aussi", "read-also", "also-read")
PRUNE_XPATH = [
    "//*[not(self::body or self::html or self::main or self::article)]"
    f"[contains(concat(' ', normalize-space(@class), ' '), ' {token} ')]"
    for token in _PRUNE_TOKENS
]

_META_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
_TAG = re.compile(rb"<(?:!doctype|html|head|body|div|p)\b", re.IGNORECASE)
_SENTENCE_ENDS = tuple(".!?…»\"”’)]")
_FULL_DOCUMENT = re.compile(r"<(?:!doctype|html|head|body)\b", re.IGNORECASE)

# trafilatura and htmldate log a warning for every page they give up on; we report those pages in
# Document.errors, so without this a batch prints one line per bad page on stderr. Applications that
# configure logging still receive the records (they propagate to the root logger).
for _name in ("trafilatura", "htmldate", "courlan"):
    logging.getLogger(_name).addHandler(logging.NullHandler())


_CONFIG = use_config()
_CONFIG.set("DEFAULT", "MIN_EXTRACTED_SIZE", "0")  # no whole-page "rescue" of short articles (see above)


def _date_params() -> dict:
    return {"original_date": True, "extensive_search": False, "max_date": dt.date.today().isoformat()}


def _options(url: str | None) -> dict:
    return dict(url=url, with_metadata=True, include_comments=False, include_tables=False, include_images=False,
                include_links=False, favor_recall=True, deduplicate=False, prune_xpath=PRUNE_XPATH,
                date_extraction_params=_date_params(), config=_CONFIG)


def _lines(text: str | None) -> str:
    """Non-empty lines, stripped: one line is one paragraph for the pipeline."""
    return "\n".join(line.strip() for line in (text or "").splitlines() if line.strip())


def _has_prose(text: str) -> bool:
    """Some line reads like article text: a sentence of four words or more, or a paragraph of twenty
    (copies of articles are often cut mid-word, so a long line counts whatever its end)."""
    return any((len(words := line.split()) >= 4 and line.endswith(_SENTENCE_ENDS)) or len(words) >= 20
               for line in text.splitlines())


def _attr(result, name: str) -> str | None:
    value = getattr(result, name, None) if result is not None else None
    return value.strip() or None if isinstance(value, str) else None


def document_from_html(html: str, source: str, url: str | None = None, errors: list[Error] | None = None) -> Document:
    """A Document from an HTML page or fragment (a feed entry's content), never raising.

    html: the markup. source: where it came from (path, URL). url: the address it was fetched from;
    the page's canonical URL replaces it when the page gives one. errors: what reading already found.
    A page without article text gives E010 and whatever metadata it has; on a full page, text with no
    line that reads like a sentence (trafilatura's pick when the body is empty: byline, share buttons)
    counts as none. A fragment's text is kept as it is.
    """
    errors = list(errors or [])
    try:
        html.encode("utf-8")
    except UnicodeEncodeError:  # lone surrogates (from JSON "\ud800" escapes) make lxml give up on the page
        html = fix_surrogates(html)
    full_page = bool(_FULL_DOCUMENT.search(html[:_SNIFF]))
    if len(html) > MAX_HTML_BYTES:
        errors.append(error("E013", limit=MAX_HTML_BYTES))
        html = html[:MAX_HTML_BYTES]
    if not full_page:
        # trafilatura rejects a bare fragment ("<p>x</p>") as not quite HTML; its docs say to wrap it
        html = f"<html><body><div>{html}</div></body></html>"
    try:
        result = trafilatura.bare_extraction(html, **_options(url))
        text = _lines(result.text) if result is not None else ""
        if not text:
            result = extract_metadata(html, default_url=url, date_config=_date_params())
    except Exception as exc:  # lxml and trafilatura raise on some malformed input; one page never stops a batch
        failure = error("E015", detail=f"{type(exc).__name__}: {exc}")
        return Document(text="", source=source, url=url, errors=[*errors, failure])
    if full_page and text and not _has_prose(text):
        text = ""  # a byline and share buttons, or a headline alone: no article on this page
    if not text:
        errors.append(error("E010"))
    if len(text) > MAX_CHARS:
        errors.append(error("E009", size=len(text), limit=MAX_CHARS))
        text = text[:MAX_CHARS]
    published = _attr(result, "date")
    return Document(
        text=repair(text),
        source=source,
        published=published,
        published_from="metadata" if published else None,
        title=_attr(result, "title"),
        url=_attr(result, "url") or url,
        site=_attr(result, "sitename"),
        errors=errors,
    )


def declared_charset(data: bytes, content_type: str | None = None) -> str | None:
    """The charset a page declares: the HTTP Content-Type's, else a <meta> in its first bytes."""
    if content_type:
        match = re.search(r"charset\s*=\s*[\"']?([^\s;\"']+)", content_type, re.IGNORECASE)
        if match:
            return match.group(1)
    match = _META_CHARSET.search(data[:_SNIFF * 4])
    return match.group(1).decode("ascii", "replace") if match else None


def document_from_html_bytes(data: bytes, source: str, url: str | None = None, content_type: str | None = None,
                             errors: list[Error] | None = None) -> Document:
    """A Document from the bytes of a page: decoded (BOM, UTF-8, declared charset, detection), then extracted."""
    errors = list(errors or [])
    if has_nul(data) and not _TAG.search(data[:_SNIFF * 8]):  # a stray NUL in a real page is not binary
        return Document(text="", source=source, url=url, errors=[*errors, error("E003")])
    html, decode_errors = decode(data, declared_charset(data, content_type), cut=bool(errors))
    return document_from_html(html, source, url, [*errors, *decode_errors])


def read_html_file(path: Path) -> Document:
    """An .html/.htm file (or .html.gz) as one Document."""
    data, errors = read_file_bytes(path, MAX_HTML_BYTES)
    if any(e.code == "E001" for e in errors):
        return Document(text="", source=str(path), errors=errors)
    return document_from_html_bytes(data, str(path), errors=errors)
