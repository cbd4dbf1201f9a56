"""The dashboard end to end: `bilan serve` on the sample, opened in headless Chromium as an analyst
would. Markers and list rows for the sample's incidents, an incident's claims with their evidence
highlighted in the article, a review made in the page and found in the database, the French UI;
and a screenshot in out/screenshots/dashboard.png to look at."""

from __future__ import annotations

from pathlib import Path

import pytest
from playwright.sync_api import expect

from bilan.read import read_paths
from bilan.store import Store
from bilan.tokens import create_token
from bilan.web.app import create_app

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = [ROOT / "examples" / "seeds.jsonl", ROOT / "examples" / "reports.jsonl"]
JABAL_BADRO = "6d00fa49fdbf4fff-1"
SCREENSHOT = ROOT / "out" / "screenshots" / "dashboard.png"


@pytest.fixture(scope="module")
def sample(tmp_path_factory):
    store = Store(f"sqlite:///{tmp_path_factory.mktemp('page') / 'bilan.db'}")
    store.ingest(read_paths([str(path) for path in SAMPLE]))
    yield store
    store.close()


@pytest.fixture
def page(browser, serve, sample):
    with serve(create_app(sample)) as base:
        context = browser.new_context(viewport={"width": 1440, "height": 900}, locale="en-GB")
        tab = context.new_page()
        errors: list[str] = []
        tab.on("pageerror", lambda error: errors.append(str(error)))
        # A refused review is a 4xx the browser logs as a failed resource: expected, not a fault of the page.
        tab.on("console", lambda message: errors.append(message.text)
               if message.type == "error" and not message.text.startswith("Failed to load resource") else None)
        tab.goto(base + "/")
        tab.wait_for_selector("body[data-loaded]")
        yield tab
        context.close()
        assert errors == [], "the page logged errors"


def test_the_sample_is_on_the_map_and_in_the_list(page, sample):
    expected = {i.id for i in sample.incidents()}
    assert len(expected) == 7
    rows = page.eval_on_selector_all("li.incident", "rows => rows.map(r => r.dataset.incident)")
    assert set(rows) == expected
    markers = page.eval_on_selector_all("path.incident-marker", "paths => paths.map(p => p.dataset.incident)")
    assert set(markers) == {i.id for i in sample.incidents() if i.location.lat is not None} == expected
    assert "7 incidents" in page.locator("#list-count").inner_text()
    assert page.locator(".leaflet-overlay-pane path, .leaflet-outline-pane path").count() > 100, "the world outline"
    assert page.locator("#timeline g.day").count() == 3
    badro = page.locator(f"li.incident[data-incident='{JABAL_BADRO}']").inner_text()
    assert "Jabal Badro" in badro and "31" in badro and "15–31" in badro


def test_clicking_an_incident_shows_its_claims_with_the_evidence_highlighted(page, sample):
    page.click(f"path.incident-marker[data-incident='{JABAL_BADRO}']")
    page.wait_for_selector(f"body[data-panel='{JABAL_BADRO}'] #panel mark")
    incident = sample.incident(JABAL_BADRO)
    assert page.locator("#panel li.claim").count() == len(incident.claims)
    panel = page.locator("#panel").inner_text()
    assert "Jabal Badro" in panel and "low 15" in panel and "best 31" in panel and "high 31" in panel
    assert "SANA" in panel and "Syrian Observatory for Human Rights" in panel
    marked = page.eval_on_selector_all("#panel mark", "marks => marks.map(m => m.dataset.claims)")
    assert {claim for ids in marked for claim in ids.split()} == {c.id for c in incident.claims}
    for claim in incident.claims:
        text = page.eval_on_selector_all(
            "#panel mark", "(marks, id) => marks.filter(m => m.dataset.claims.split(' ').includes(id))"
                           ".map(m => [...m.childNodes].filter(n => n.nodeType === 3).map(n => n.data).join('')).join('')",
            claim.id)
        assert text == claim.evidence.text
    page.click(f"#panel li.claim[data-claim='{incident.claims[-1].id}']")
    focused = page.locator("#panel mark.focused").first
    focused.wait_for()
    assert focused.is_visible() and page.evaluate(
        """() => { const mark = document.querySelector('#panel mark.focused');
                   const box = mark.closest('.article-text').getBoundingClientRect();
                   const at = mark.getBoundingClientRect();
                   return at.top >= box.top && at.bottom <= box.bottom + at.height; }"""), "scrolled into view"


def test_a_review_made_in_the_page_is_stored(page, sample, tmp_path):
    token = create_token(sample, "amira")
    page.click("#sign-in")
    page.fill("#token-input", token)
    page.click("#token-form button[type=submit]")
    page.wait_for_selector("#analyst-name:has-text('amira')")
    page.click(f"li.incident[data-incident='{JABAL_BADRO}']")
    page.wait_for_selector("#review-note")
    page.click("#review-confirm")
    assert "note" in page.locator("#review-message").inner_text().lower(), "a review needs a reason"
    page.fill("#review-note", "Checked against the Observatory's final toll")
    page.click("#review-confirm")
    page.wait_for_selector("#review-message.ok")
    reviews = sample.incident(JABAL_BADRO).reviews
    assert [(r.action, r.by, r.note) for r in reviews][-1] == \
        ("confirm", "amira", "Checked against the Observatory's final toll")
    assert sample.incident(JABAL_BADRO).status == "confirmed"
    page.wait_for_selector(f"li.incident[data-incident='{JABAL_BADRO}'] .badge.confirmed")
    assert "Checked against the Observatory's final toll" in page.locator("#panel .review-list").inner_text()

    page.fill("#review-note", "SANA's 15 is the official minimum")
    page.select_option("#review-field", "killed")
    page.fill("#review-value", "lots")
    page.click("#review-set")
    page.wait_for_selector("#review-message.error")
    assert "lots" in page.locator("#review-message").inner_text(), "the store's reason is shown"

    page.click(f"#panel li.claim[data-claim='{sample.incident(JABAL_BADRO).claims[1].id}']")
    page.wait_for_timeout(300)  # the smooth scroll to the sentence
    SCREENSHOT.parent.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOT))
    page.screenshot(path=str(tmp_path / "dashboard.png"))
    assert SCREENSHOT.stat().st_size > 50_000


def test_the_page_switches_to_french(page):
    page.click(".lang-switch button[data-lang='fr']")
    assert page.locator("html").get_attribute("lang") == "fr"
    assert page.locator("#timeline-title").text_content() == "Tués et blessés par jour"
    assert "Syrie" in page.locator("li.incident").first.inner_text()
    page.reload()
    page.wait_for_selector("body[data-loaded]")
    assert page.locator("#filters-title").text_content() == "Filtres", "the choice is remembered"
    page.click(".lang-switch button[data-lang='en']")
    assert page.locator("#filters-title").text_content() == "Filters"


def test_clicking_a_day_filters_on_it(page):
    page.click("#timeline g.day[data-date='2016-05-03']")
    expect(page.locator("li.incident")).to_have_count(4)
    assert page.locator("#filters input[name=since]").input_value() == "2016-05-03"
    page.click("#filters button[type=reset]")
    expect(page.locator("li.incident")).to_have_count(7)
