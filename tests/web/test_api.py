"""The JSON API on a real database (SQLite and PostgreSQL): every endpoint, the filters, paging and
sorting, and the 4xx answers, each with a JSON body that says what went wrong."""

from __future__ import annotations

import datetime as dt
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from fastapi.testclient import TestClient

from bilan.store import Store
from bilan.tokens import create_token, revoke_token
from bilan.web.app import create_app

JABAL_BADRO = "6d00fa49fdbf4fff-1"
CAR_BOMB = "2bb8642adba80305-1"
SARMADA = "c0a5d40f871ec574-1"
SAMPLE_INCIDENTS = 7


def auth(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


def items(client, **params) -> list[dict]:
    response = client.get("/api/incidents", params=params)
    assert response.status_code == 200, response.text
    return response.json()["items"]


# ----------------------------------------------------------------------------------------
# Incidents: list, filters, paging, sorting

def test_the_list_holds_the_sample_with_claims_and_estimates(client):
    page = client.get("/api/incidents").json()
    assert page["total"] == SAMPLE_INCIDENTS and len(page["items"]) == SAMPLE_INCIDENTS
    badro = next(i for i in page["items"] if i["id"] == JABAL_BADRO)
    assert badro["estimate"]["killed"] == {"low": 15, "best": 31, "high": 31}
    assert badro["location"]["name"] == "Jabal Badro" and badro["location"]["lat"] is not None
    assert {c["source"] for c in badro["claims"]} >= {"SANA", "Syrian Observatory for Human Rights"}
    assert len(badro["documents"]) == 3


def test_paging_walks_the_whole_list_once(client):
    seen = []
    for offset in range(0, SAMPLE_INCIDENTS, 3):
        page = client.get("/api/incidents", params={"limit": 3, "offset": offset, "order": "date"}).json()
        assert page["total"] == SAMPLE_INCIDENTS and page["limit"] == 3 and page["offset"] == offset
        seen += [i["id"] for i in page["items"]]
    assert len(seen) == len(set(seen)) == SAMPLE_INCIDENTS


@pytest.mark.parametrize("order", ["date", "-date", "killed", "-killed"])
def test_sorting(client, order):
    found = items(client, order=order)
    key = (lambda i: i["date"]["value"]) if order.endswith("date") else (lambda i: i["estimate"]["killed"]["best"] or 0)
    values = [key(i) for i in found]
    assert values == sorted(values, reverse=order.startswith("-"))


def test_filters(client):
    assert len(items(client, country="SY")) == SAMPLE_INCIDENTS
    assert len(items(client, country="SYR")) == SAMPLE_INCIDENTS
    assert items(client, country="FR") == []
    assert [i["id"] for i in items(client, city="sarmada")] == [SARMADA]
    one_day = items(client, since="2016-05-03", until="2016-05-03")
    assert len(one_day) == 4 and {i["date"]["value"] for i in one_day} == {"2016-05-03"}
    assert all(i["date"]["value"] >= "2016-05-04" for i in items(client, since="2016-05-04"))
    strikes = items(client, type="Air/drone strike")
    assert strikes and {i["sub_event_type"] for i in strikes} == {"Air/drone strike"}
    assert all(i["event_type"] == "Explosions/Remote violence" for i in items(client, type="Explosions/Remote violence"))
    said_by_sana = items(client, source="sana")
    assert JABAL_BADRO in {i["id"] for i in said_by_sana}
    assert all(any(c["source"] == "SANA" for c in i["claims"]) for i in said_by_sana)
    heavy = items(client, min_killed=25)
    assert JABAL_BADRO in {i["id"] for i in heavy}
    assert all(i["estimate"]["killed"]["best"] >= 25 for i in heavy)
    assert len(items(client, status="all")) >= SAMPLE_INCIDENTS
    # an emptied form field is no filter
    assert len(items(client, country="", city="", type="")) == SAMPLE_INCIDENTS


@pytest.mark.parametrize("params, says", [
    ({"since": "2016-13-45"}, "since"),
    ({"until": "yesterday"}, "until"),
    ({"since": "2016-05-05", "until": "2016-05-01"}, "after until"),
    ({"min_killed": "-1"}, "min_killed"),
    ({"min_killed": "many"}, "min_killed"),
    ({"order": "killed desc"}, "order"),
    ({"status": "pending"}, "unknown status pending"),
    ({"country": "Narnia"}, "unknown country 'Narnia'"),
    ({"limit": "0"}, "limit"),
    ({"limit": "5000"}, "limit"),
    ({"offset": "-3"}, "offset"),
])
def test_invalid_filters_are_422_with_a_message(client, params, says):
    response = client.get("/api/incidents", params=params)
    assert response.status_code == 422, response.text
    assert says in response.json()["error"]
    if set(params) <= {"since", "until", "country", "status", "min_killed"}:
        assert client.get("/api/stats/daily", params=params).status_code == 422


# ----------------------------------------------------------------------------------------
# One incident

def test_one_incident_with_claims_evidence_articles_and_links(client):
    incident = client.get(f"/api/incidents/{JABAL_BADRO[:6]}").json()  # a unique prefix is enough
    assert incident["id"] == JABAL_BADRO
    assert incident["links"], "the reasons the three articles were linked"
    documents = {d["id"] for d in incident["documents"]}
    for claim in incident["claims"]:
        assert claim["document"] in documents
        text = client.get(f"/api/documents/{claim['document']}").json()["text"]
        evidence = claim["evidence"]
        assert text[evidence["start"]:evidence["end"]] == evidence["text"]


def test_an_unknown_incident_is_404(client):
    response = client.get("/api/incidents/ffffffffffff")
    assert response.status_code == 404
    assert response.json() == {"error": "no incident 'ffffffffffff'"}


def test_an_ambiguous_prefix_is_400_and_names_the_candidates(client):
    response = client.get("/api/incidents/57f176bab2548fb9")
    assert response.status_code == 400
    assert "matches several incidents" in response.json()["error"]


# ----------------------------------------------------------------------------------------
# Documents

def test_documents_are_listed_newest_first_without_text(client):
    page = client.get("/api/documents", params={"limit": 4}).json()
    assert page["total"] == 7 and len(page["items"]) == 4
    assert "text" not in page["items"][0]
    rest = client.get("/api/documents", params={"limit": 4, "offset": 4}).json()["items"]
    assert len(rest) == 3 and not {d["id"] for d in rest} & {d["id"] for d in page["items"]}
    everything = page["items"] + rest
    assert sum(d["incidents"] for d in everything) >= SAMPLE_INCIDENTS
    assert client.get("/api/documents", params={"lang": "en"}).json()["total"] >= 1
    assert client.get("/api/documents", params={"limit": "-1"}).status_code == 422


def test_one_document_has_its_text_and_incidents(client):
    listed = client.get("/api/documents", params={"limit": 100}).json()["items"]
    sana = next(d for d in listed if d["external_id"] == "sana-jabal-badro")
    document = client.get(f"/api/documents/{sana['id']}").json()
    assert document["text"].startswith("Alep, 19 février (SANA)")
    assert document["incidents"] == [JABAL_BADRO]
    assert document["published"] == "2013-02-19"
    missing = client.get("/api/documents/0000000000000000")
    assert missing.status_code == 404 and "no document" in missing.json()["error"]


# ----------------------------------------------------------------------------------------
# Statistics

def test_daily_statistics_add_up_the_list(client):
    days = client.get("/api/stats/daily").json()
    listed = items(client)
    assert [d["date"] for d in days] == sorted({i["date"]["value"] for i in listed})
    for day in days:
        same_day = [i for i in listed if i["date"]["value"] == day["date"]]
        assert day["incidents"] == len(same_day)
        assert day["killed"] == sum(i["estimate"]["killed"]["best"] or 0 for i in same_day)
        assert day["injured"] == sum(i["estimate"]["injured"]["best"] or 0 for i in same_day)
    badro_day = client.get("/api/stats/daily", params={"since": "2013-02-18", "until": "2013-02-18",
                                                       "type": "Shelling/artillery/missile attack"}).json()
    assert badro_day == [{"date": "2013-02-18", "incidents": 1, "killed": 31, "injured": 30}]


def test_totals_and_facets(client):
    totals = client.get("/api/stats").json()
    assert totals["documents"] == 7 and totals["incidents"] == SAMPLE_INCIDENTS and totals["claims"] >= 10
    facets = client.get("/api/facets").json()
    assert facets["countries"] == ["SY"]
    assert {"Aleppo", "Sarmada"} <= set(facets["cities"])
    assert "Air/drone strike" in facets["types"] and "SANA" in facets["sources"]


def test_the_openapi_description_lists_every_endpoint(client):
    paths = client.get("/openapi.json").json()["paths"]
    assert set(paths) == {"/api/incidents", "/api/incidents/{incident_id}", "/api/incidents/{incident_id}/reviews",
                          "/api/documents", "/api/documents/{document_id}", "/api/stats/daily", "/api/stats",
                          "/api/facets", "/api/me"}
    assert "post" in paths["/api/documents"] and "post" in paths["/api/incidents/{incident_id}/reviews"]


def test_unknown_endpoints_are_json_404(client):
    response = client.get("/api/nothing-here")
    assert response.status_code == 404 and "/docs" in response.json()["error"]


# ----------------------------------------------------------------------------------------
# Tokens and reviews

def test_writes_refuse_without_a_valid_token(client, linked_store):
    review = {"action": "confirm", "note": "checked"}
    missing = client.post(f"/api/incidents/{CAR_BOMB}/reviews", json=review)
    assert missing.status_code == 401 and "bilan token create" in missing.json()["error"]
    assert missing.headers["www-authenticate"] == "Bearer"
    assert client.post(f"/api/incidents/{CAR_BOMB}/reviews", json=review,
                       headers={"Authorization": "Basic YTpi"}).status_code == 401
    wrong = client.post(f"/api/incidents/{CAR_BOMB}/reviews", json=review, headers=auth("bilan_not-a-token"))
    assert wrong.status_code == 403 and "unknown or revoked" in wrong.json()["error"]
    assert client.post("/api/documents", json={"text": "x"}).status_code == 401
    assert client.get("/api/me").status_code == 401
    revoked = create_token(linked_store, "leaver")
    assert client.get("/api/me", headers=auth(revoked)).json() == {"name": "leaver"}
    revoke_token(linked_store, "leaver")
    assert client.post(f"/api/incidents/{CAR_BOMB}/reviews", json=review, headers=auth(revoked)).status_code == 403
    assert linked_store.incident(CAR_BOMB).reviews == []


def test_reviews_are_stored_with_the_token_holders_name(client, linked_store, analyst):
    name, token = analyst
    rejected = client.post(f"/api/incidents/{CAR_BOMB}/reviews", headers=auth(token),
                           json={"action": "reject", "note": "  not sure yet  ", "by": "ignored"})
    assert rejected.status_code == 422, "unknown fields are refused, `by` among them: the token says who"
    response = client.post(f"/api/incidents/{CAR_BOMB}/reviews", headers=auth(token),
                           json={"action": "reject", "note": "a car bomb, but the toll is unsourced"})
    assert response.status_code == 200, response.text
    assert response.json()["by"] == name and response.json()["incident"] == CAR_BOMB
    assert CAR_BOMB not in {i["id"] for i in items(client)}
    client.post(f"/api/incidents/{CAR_BOMB}/reviews", headers=auth(token),
                json={"action": "confirm", "note": "the Observatory confirms it"})
    fixed = client.post(f"/api/incidents/{CAR_BOMB}/reviews", headers=auth(token),
                        json={"action": "set", "field": "injured", "value": "3", "note": "hospital figure"})
    assert fixed.status_code == 200 and "injured set to 3" in fixed.json()["message"]
    incident = client.get(f"/api/incidents/{CAR_BOMB}").json()
    assert incident["status"] == "confirmed" and incident["estimate"]["injured"]["best"] == 3
    assert [(r["action"], r["by"]) for r in incident["reviews"]] == [("reject", name), ("confirm", name), ("set", name)]
    assert linked_store.incident(CAR_BOMB).reviews[-1].note == "hospital figure"


@pytest.mark.parametrize("body, status, says", [
    ({"action": "set", "field": "victims", "value": "3", "note": "n"}, 400, "cannot set 'victims'"),
    ({"action": "set", "field": "killed", "value": "lots", "note": "n"}, 400, "lots"),
    ({"action": "set", "field": "date", "value": "2013-02-31", "note": "n"}, 400, "out of range"),
    ({"action": "split", "claim": "nope.1", "note": "n"}, 400, "is not a claim of incident"),
    ({"action": "merge", "other": CAR_BOMB, "note": "n"}, 400, "cannot be merged with itself"),
    ({"action": "merge", "other": "ffffffff", "note": "n"}, 404, "no incident 'ffffffff'"),
    ({"action": "set", "field": "killed", "note": "n"}, 422, "set needs value"),
    ({"action": "split", "note": "n"}, 422, "split needs claim"),
    ({"action": "confirm", "note": "   "}, 422, "a review needs a note"),
    ({"action": "confirm"}, 422, "note"),
    ({"action": "approve", "note": "n"}, 422, "action"),
])
def test_bad_reviews_say_why(client, analyst, body, status, says):
    response = client.post(f"/api/incidents/{CAR_BOMB}/reviews", json=body, headers=auth(analyst[1]))
    assert response.status_code == status, response.text
    assert says in response.json()["error"]


def test_reviewing_an_unknown_incident_is_404(client, analyst):
    response = client.post("/api/incidents/ffffffff/reviews", json={"action": "confirm", "note": "n"},
                           headers=auth(analyst[1]))
    assert response.status_code == 404 and response.json()["error"] == "no incident 'ffffffff'"


# ----------------------------------------------------------------------------------------
# Submitting articles (a fresh database each)

ARTICLE = ("ALEP, 3 mai 2016 (AFP) - Au moins 12 personnes ont été tuées mardi dans un bombardement "
           "sur le quartier de Salaheddine à Alep, selon l'Observatoire syrien des droits de l'Homme (OSDH).")
PAGE = ("<!doctype html><html><head><title>Frappe sur Sarmada</title></head><body><nav>Accueil | Monde</nav>"
        "<article><h1>Frappe sur Sarmada</h1><p>SARMADA, 5 mai 2016 (AFP) - Au moins 28 civils ont été tués "
        "jeudi dans une frappe aérienne sur un camp de déplacés près de Sarmada, dans le nord-ouest de la Syrie, "
        "a indiqué l'Observatoire syrien des droits de l'Homme (OSDH).</p><p>Parmi les morts figurent des femmes "
        "et des enfants, selon l'OSDH, qui dispose d'un vaste réseau de sources en Syrie.</p></article>"
        "<footer>© 2016</footer></body></html>")


@pytest.fixture
def fresh(db_url):
    store = Store(db_url)
    token = create_token(store, "desk")
    with TestClient(create_app(store)) as test_client:
        yield test_client, token, store
    store.close()


def test_submitting_a_text_stores_it_once_and_returns_its_incidents(fresh):
    client, token, store = fresh
    response = client.post("/api/documents", headers=auth(token),
                           json={"text": ARTICLE, "source": "AFP", "source_url": "https://example.org/alep",
                                 "title": "Alep: 12 morts", "lang": "fr"})
    assert response.status_code == 201, response.text
    answer = response.json()
    [document] = answer["documents"]
    assert document["new"] and document["url"] == "https://example.org/alep"
    [incident] = answer["incidents"]
    assert incident["estimate"]["killed"]["best"] == 12 and incident["location"]["city"] == "Aleppo"
    assert incident["claims"][0]["source"] == "Syrian Observatory for Human Rights"
    stored = client.get(f"/api/documents/{document['id']}").json()
    assert stored["text"] == ARTICLE and stored["source"] == "AFP" and stored["title"] == "Alep: 12 morts"
    again = client.post("/api/documents", headers=auth(token), json={"text": ARTICLE}).json()
    assert not again["documents"][0]["new"] and [i["id"] for i in again["incidents"]] == [incident["id"]]
    assert store.stats()["documents"] == 1


def test_submitting_html(fresh):
    client, token, _ = fresh
    response = client.post("/api/documents", headers=auth(token), json={"html": PAGE})
    assert response.status_code == 201, response.text
    answer = response.json()
    assert answer["documents"][0]["title"] == "Frappe sur Sarmada"
    assert [i["estimate"]["killed"]["best"] for i in answer["incidents"]] == [28]
    text = client.get(f"/api/documents/{answer['documents'][0]['id']}").json()["text"]
    assert "Accueil" not in text and "SARMADA, 5 mai 2016" in text


class _Pages(BaseHTTPRequestHandler):
    def do_GET(self):  # noqa: N802 - the http.server API
        if self.path != "/sarmada.html":
            self.send_error(404)
            return
        body = PAGE.encode("utf-8")
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


@pytest.fixture
def news_site():
    """A news page on 127.0.0.1: the tests never reach the internet."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Pages)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def test_submitting_a_url_fetches_the_page(fresh, news_site):
    client, token, _ = fresh
    response = client.post("/api/documents", headers=auth(token), json={"url": f"{news_site}/sarmada.html"})
    assert response.status_code == 201, response.text
    answer = response.json()
    assert answer["documents"][0]["url"] == f"{news_site}/sarmada.html"
    assert [i["location"]["name"] for i in answer["incidents"]] == ["Sarmada"]
    gone = client.post("/api/documents", headers=auth(token), json={"url": f"{news_site}/gone.html"})
    assert gone.status_code == 422 and "nothing to extract" in gone.json()["error"]
    assert "404" in gone.json()["error"]


@pytest.mark.parametrize("body, says", [
    ({}, "give exactly one of text, html or url"),
    ({"text": "x", "html": "<p>x</p>"}, "got text, html"),
    ({"url": "ftp://example.org/a"}, "http:// or https://"),
    ({"url": "javascript:alert(1)"}, "http:// or https://"),
    ({"text": "x", "lang": "xx"}, "no language pack for 'xx'"),
    ({"text": "x", "published": "20 May"}, "published"),
    ({"text": "x", "colour": "red"}, "colour"),
    ({"text": "   \n "}, "nothing to extract"),
])
def test_bad_submissions_are_422(fresh, body, says):
    client, token, store = fresh
    response = client.post("/api/documents", headers=auth(token), json=body)
    assert response.status_code == 422, response.text
    assert says in response.json()["error"]
    assert store.stats()["documents"] == 0


# ----------------------------------------------------------------------------------------
# Headers

def test_cors_is_off_unless_origins_are_given(linked_store):
    origin = {"Origin": "https://elsewhere.example"}
    with TestClient(create_app(linked_store)) as closed:
        assert "access-control-allow-origin" not in closed.get("/api/stats", headers=origin).headers
    with TestClient(create_app(linked_store, cors_origins=["https://elsewhere.example"])) as open_:
        assert open_.get("/api/stats", headers=origin).headers["access-control-allow-origin"] == \
            "https://elsewhere.example"


def test_the_page_is_served_with_a_strict_content_security_policy(client):
    response = client.get("/")
    assert response.status_code == 200 and "text/html" in response.headers["content-type"]
    policy = response.headers["content-security-policy"]
    assert "script-src 'self';" in policy and "unsafe-inline" not in policy and "object-src 'none'" in policy
    assert response.headers["x-content-type-options"] == "nosniff"
    assert "<script>" not in response.text, "no inline script"
    assert client.get("/static/app.js").status_code == 200


def test_a_tile_layer_is_allowed_by_the_policy(linked_store):
    app = create_app(linked_store, tile_url="https://{s}.tiles.example.org/{z}/{x}/{y}.png")
    with TestClient(app) as client:
        response = client.get("/")
    assert "img-src 'self' data: https://*.tiles.example.org;" in response.headers["content-security-policy"]
    assert 'data-tiles="https://{s}.tiles.example.org/{z}/{x}/{y}.png"' in response.text
    with pytest.raises(ValueError):
        create_app(linked_store, tile_url="javascript:alert(1)")


def test_the_page_speaks_the_browsers_language(client):
    assert '<html lang="fr">' in client.get("/", headers={"Accept-Language": "fr-FR,fr;q=0.9"}).text
    assert '<html lang="en">' in client.get("/", headers={"Accept-Language": "en-GB"}).text


def test_dates_in_answers_are_iso(client):
    document = client.get("/api/documents", params={"limit": 1}).json()["items"][0]
    dt.datetime.fromisoformat(document["ingested_at"])
