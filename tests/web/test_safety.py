"""Article texts, titles, sources and URLs are untrusted: the API hands them back as data, and the page
shows them as text. An article carrying a script, an image with an onerror handler and a
javascript: link goes through the API and the real page in Chromium: nothing runs, no element is
made from it, and the javascript: URL never becomes a link."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from bilan.store import Store
from bilan.tokens import create_token
from bilan.web.app import create_app

SCRIPT = "<script>alert(1)</script>"
IMAGE = "<img src=x onerror=alert(1)>"
LINK = "javascript:alert(1)"
HOSTILE = (f"ALEP, 3 mai 2016 (AFP) - {SCRIPT} Au moins 12 personnes ont été tuées mardi dans un bombardement "
           f"sur le quartier de Salaheddine à Alep, selon l'Observatoire syrien des droits de l'Homme (OSDH). {IMAGE}\n"
           f"<a href=\"{LINK}\">Lire la suite</a> <svg onload=alert(2)></svg>")


@pytest.fixture(scope="module")
def hostile(tmp_path_factory):
    """A SQLite database holding the hostile article, submitted through the API; its client and incident."""
    store = Store(f"sqlite:///{tmp_path_factory.mktemp('safety') / 'bilan.db'}")
    token = create_token(store, "desk")
    app = create_app(store)
    with TestClient(app) as client:
        response = client.post("/api/documents", headers={"Authorization": f"Bearer {token}"}, json={
            "text": HOSTILE, "title": f"Alep {IMAGE}", "source": f"{SCRIPT} news", "source_url": LINK, "lang": "fr"})
        assert response.status_code == 201, response.text
        yield app, client, response.json()
    store.close()


def test_the_api_returns_the_strings_as_data(hostile):
    _, client, answer = hostile
    [document] = answer["documents"]
    stored = client.get(f"/api/documents/{document['id']}").json()
    assert SCRIPT in stored["text"] and IMAGE in stored["text"] and LINK in stored["text"]
    assert stored["title"] == f"Alep {IMAGE}" and stored["source"] == f"{SCRIPT} news" and stored["url"] == LINK
    [incident] = answer["incidents"]
    assert incident["estimate"]["killed"]["best"] == 12
    assert client.get(f"/api/incidents/{incident['id']}").json()["documents"][0]["url"] == LINK


def test_the_page_runs_nothing_from_the_article(hostile, browser, serve):
    app, _, answer = hostile
    incident = answer["incidents"][0]["id"]
    with serve(app) as base:
        page = browser.new_page()
        dialogs, errors = [], []
        page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
        page.on("pageerror", lambda error: errors.append(str(error)))
        page.goto(base + "/")
        page.wait_for_selector("body[data-loaded]")
        page.click(f"li.incident[data-incident='{incident}']")
        page.wait_for_selector("#panel mark")
        page.wait_for_timeout(300)  # time for a handler to fire, were there one

        article = page.locator(".article-text").inner_text()
        assert SCRIPT in article and IMAGE in article and LINK in article, "shown as text"
        assert f"Alep {IMAGE}" in page.locator(".article-title").inner_text()
        assert f"{SCRIPT} news" in page.locator(".article-meta").inner_text()
        scripts = page.eval_on_selector_all("script", "nodes => nodes.map(n => n.getAttribute('src'))")
        assert scripts == ["/static/vendor/leaflet/leaflet.js", "/static/i18n.js", "/static/app.js"]
        assert page.locator("img[src='x'], svg[onload], [onerror], [onload]").count() == 0
        assert page.locator("a[href^='javascript:' i]").count() == 0
        assert page.locator(".article .unsafe-link").count() == 1, "the javascript: URL is named, not linked"
        assert dialogs == [] and errors == []
        page.close()
