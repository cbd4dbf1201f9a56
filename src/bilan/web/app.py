"""The web dashboard and its JSON API, over the library API (`bilan.store.Store`).

    app = create_app("sqlite:///bilan.db", tile_url="https://tile.example.org/{z}/{x}/{y}.png")
    uvicorn.run(app)                          # what `bilan serve` does

Reads are public; submitting an article and recording a review need an API token
(`bilan token create NAME`), sent as `Authorization: Bearer TOKEN`. The OpenAPI description is at
/openapi.json and browsable at /docs. Every error is JSON: `{"error": "what went wrong"}`.

Article texts, titles and source names are untrusted: the API returns them as data, and the page
builds them as text nodes only. The Content-Security-Policy allows no inline script, and nothing
is loaded from another site except the map tiles when a tile layer is configured.
"""

# No `from __future__ import annotations`: FastAPI reads the endpoints' annotations at definition
# time, and they name dependencies local to create_app.
import datetime as dt
import logging
import threading
from pathlib import Path
from typing import Annotated, Literal
from urllib.parse import urlsplit

from fastapi import Depends, FastAPI, HTTPException, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator
from starlette.exceptions import HTTPException as StarletteHTTPException

from .. import __version__, language
from ..models import Error, MergedIncident
from ..pipeline import document_id
from ..read import Document
from ..reconcile import SETTABLE
from ..store import IncidentFilter, Store, StoreError
from ..tokens import verify_token
from . import queries

HERE = Path(__file__).parent
STATIC = HERE / "static"
VENDOR = STATIC / "vendor"
STATUSES = ("open", "confirmed", "rejected")
ORDERS = Literal["date", "-date", "killed", "-killed"]
log = logging.getLogger("bilan.web")


# ----------------------------------------------------------------------------------------
# What the API returns and accepts (these models are the OpenAPI description)

class IncidentPage(BaseModel):
    total: int = Field(description="incidents matching the filters, all pages together")
    limit: int
    offset: int
    items: list[MergedIncident]


class DocumentSummary(BaseModel):
    id: str
    external_id: str | None = None
    source: str | None = None
    title: str | None = None
    site: str | None = None
    url: str | None = Field(None, description="the original address, as given: check its scheme before linking it")
    published: dt.date | None = None
    lang: str | None = None
    duplicate_of: str | None = None
    errors: list[Error] = Field(default_factory=list)
    ingested_at: dt.datetime | None = None


class DocumentListItem(DocumentSummary):
    incidents: int = Field(0, description="incidents this article reported")


class DocumentPage(BaseModel):
    total: int
    limit: int
    offset: int
    items: list[DocumentListItem]


class DocumentDetail(DocumentSummary):
    text: str = Field(description="the cleaned text; every claim's evidence start/end offsets index it")
    incidents: list[str] = Field(default_factory=list, description="ids of the incidents this article reported")


class DayStats(BaseModel):
    date: dt.date
    incidents: int
    killed: int = Field(description="sum of the incidents' best killed figures")
    injured: int = Field(description="sum of the incidents' best injured figures")


class Totals(BaseModel):
    documents: int
    reports: int
    incidents: int
    claims: int
    reviews: int
    copies: int


class Facets(BaseModel):
    countries: list[str]
    cities: list[str]
    types: list[str]
    sources: list[str]


class Analyst(BaseModel):
    name: str


class ReviewRequest(BaseModel):
    """One analyst decision, as `bilan review` takes it; the token's name is recorded as its author."""

    model_config = ConfigDict(extra="forbid")
    action: Literal["confirm", "reject", "set", "split", "merge"]
    note: str = Field(min_length=1, max_length=5000, description="why: kept with the review forever")
    field: str | None = Field(None, description=f"for set: one of {', '.join(SETTABLE)}")
    value: str | None = Field(None, description="for set: killed=40, 30-45 or 30-35-45; a date; a sub-event type")
    claim: str | None = Field(None, description="for split: the claim moved to an incident of its own")
    other: str | None = Field(None, description="for merge: the other incident")

    @field_validator("note")
    @classmethod
    def _note_says_something(cls, note: str) -> str:
        if not note.strip():
            raise ValueError("a review needs a note saying why")
        return note.strip()

    @model_validator(mode="after")
    def _action_has_what_it_needs(self) -> "ReviewRequest":
        needs = {"set": ("field", "value"), "split": ("claim",), "merge": ("other",)}.get(self.action, ())
        if missing := [name for name in needs if not (getattr(self, name) or "").strip()]:
            raise ValueError(f"{self.action} needs {' and '.join(missing)}")
        return self


class ReviewResponse(BaseModel):
    incident: str = Field(description="the incident after the review (a split or merge may change ids)")
    message: str
    by: str


class ArticleRequest(BaseModel):
    """An article to extract and store: exactly one of `text`, `html` or `url` (fetched by the server)."""

    model_config = ConfigDict(extra="forbid")
    text: str | None = Field(None, max_length=2_000_000)
    html: str | None = Field(None, max_length=10_000_000)
    url: str | None = Field(None, description="an http(s) page or feed to fetch")
    title: str | None = Field(None, max_length=2000)
    published: dt.date | None = Field(None, description="publication date, when the article does not give one")
    lang: str | None = Field(None, description="a language code; detected when absent")
    source: str | None = Field(None, max_length=500, description="who published it (an outlet, a site)")
    source_url: str | None = Field(None, max_length=5000, description="where a text or HTML was published")

    @field_validator("url")
    @classmethod
    def _web_address(cls, url: str | None) -> str | None:
        if url is not None and urlsplit(url.strip()).scheme.lower() not in ("http", "https"):
            raise ValueError("url must be an http:// or https:// address")
        return url.strip() if url else url

    @field_validator("lang")
    @classmethod
    def _known_language(cls, lang: str | None) -> str | None:
        if lang and lang != "auto" and lang not in language.available_languages():
            raise ValueError(f"no language pack for {lang!r}: {', '.join(language.available_languages())}")
        return None if lang == "auto" else lang

    @model_validator(mode="after")
    def _one_input(self) -> "ArticleRequest":
        given = [name for name in ("text", "html", "url") if getattr(self, name)]
        if len(given) != 1:
            raise ValueError("give exactly one of text, html or url"
                             + (f" (got {', '.join(given)})" if given else ""))
        return self


class SubmittedDocument(BaseModel):
    id: str
    title: str | None = None
    url: str | None = None
    new: bool = Field(description="false when the same text was stored before (nothing was stored twice)")
    errors: list[Error] = Field(default_factory=list)


class SubmissionResponse(BaseModel):
    documents: list[SubmittedDocument]
    incidents: list[MergedIncident] = Field(description="the incidents the articles reported, as now stored")


class ErrorBody(BaseModel):
    error: str
    details: list[dict] | None = None


ERRORS = {status: {"model": ErrorBody} for status in (400, 401, 403, 404, 422)}


# ----------------------------------------------------------------------------------------
# Security headers

def _tile_source(tile_url: str | None) -> str:
    """The CSP source of the tile server: its origin, with {s} subdomains as a wildcard."""
    if not tile_url:
        return ""
    parts = urlsplit(tile_url)
    host = parts.netloc.replace("{s}", "*")
    return f" {parts.scheme}://{host}"


def _content_security_policy(tile_url: str | None) -> str:
    return ("default-src 'self'; script-src 'self'; style-src 'self'; "
            f"img-src 'self' data:{_tile_source(tile_url)}; connect-src 'self'; font-src 'self'; "
            "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'")


# FastAPI's /docs page is Swagger UI from a CDN with an inline bootstrap script; it shows only
# our own OpenAPI description, so it alone gets a looser policy.
DOCS_POLICY = ("default-src 'self'; script-src 'self' 'unsafe-inline' https://cdn.jsdelivr.net; "
               "style-src 'self' 'unsafe-inline' https://cdn.jsdelivr.net; img-src 'self' data: https:; "
               "connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'")


# ----------------------------------------------------------------------------------------
# The app

def create_app(store_or_url: Store | str | None = None, tile_url: str | None = None,
               cors_origins: list[str] | None = None, tile_attribution: str | None = None) -> FastAPI:
    """The dashboard and API over a store (or a database URL; None: $BILAN_DB, else ./bilan.db).

    tile_url: a slippy-map tile template ({z}/{x}/{y}); without one the map shows the bundled
    world outline only, which works with no internet. cors_origins: origins allowed to call the
    API from their own pages; none by default.
    """
    store = store_or_url if isinstance(store_or_url, Store) else Store(store_or_url)
    if tile_url and urlsplit(tile_url).scheme not in ("http", "https"):
        raise ValueError(f"the tile layer must be an http(s) URL template, not {tile_url!r}")
    if not (VENDOR / "leaflet" / "leaflet.js").exists():
        log.warning("the map's Leaflet files are missing from %s: run `make web-assets`", VENDOR)

    app = FastAPI(title="bilan", version=__version__, redoc_url=None,
                  description="Incidents of armed violence read from news articles: every figure with the sentence "
                              "and the source that said it. Reads are public; writes need "
                              "`Authorization: Bearer TOKEN` (`bilan token create NAME`).")
    app.state.store = store
    policy = _content_security_policy(tile_url)
    templates = Jinja2Templates(directory=str(HERE / "templates"))
    # One extraction at a time: the spaCy pipeline is heavy, and SQLite takes one writer anyway.
    ingesting = threading.Lock()
    bearer = HTTPBearer(auto_error=False, description="an API token from `bilan token create NAME`")

    @app.middleware("http")
    async def security_headers(request: Request, call_next):
        response = await call_next(request)
        docs = request.url.path in ("/docs", "/docs/oauth2-redirect")
        response.headers["Content-Security-Policy"] = DOCS_POLICY if docs else policy
        response.headers["X-Content-Type-Options"] = "nosniff"
        response.headers["Referrer-Policy"] = "no-referrer"
        response.headers["X-Frame-Options"] = "DENY"
        return response

    if cors_origins:
        from fastapi.middleware.cors import CORSMiddleware

        app.add_middleware(CORSMiddleware, allow_origins=list(cors_origins), allow_methods=["GET", "POST"],
                           allow_headers=["Authorization", "Content-Type"])

    @app.exception_handler(StarletteHTTPException)
    async def http_error(_request: Request, exc: StarletteHTTPException):
        message = exc.detail if isinstance(exc.detail, str) else str(exc.detail)
        if exc.status_code == 404 and message == "Not Found":
            message = "no such page or endpoint: the API is under /api (see /docs)"
        return JSONResponse({"error": message}, status_code=exc.status_code, headers=exc.headers)

    @app.exception_handler(RequestValidationError)
    async def invalid_request(_request: Request, exc: RequestValidationError):
        details = [{"where": ".".join(str(part) for part in e.get("loc", ()) if part != "body"),
                    "problem": str(e.get("msg", "")).removeprefix("Value error, ")} for e in exc.errors()]
        message = "; ".join(f"{d['where']}: {d['problem']}" if d["where"] else d["problem"] for d in details)
        return JSONResponse({"error": message or "invalid request", "details": details}, status_code=422)

    @app.exception_handler(Exception)
    async def internal_error(_request: Request, exc: Exception):
        log.exception("internal error", exc_info=exc)
        return JSONResponse({"error": "internal error: the server log says more"}, status_code=500)

    def analyst(credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(bearer)]) -> str:
        if credentials is None:
            raise HTTPException(401, "this needs an API token: send `Authorization: Bearer TOKEN` "
                                     "(an administrator creates one with `bilan token create NAME`)",
                                headers={"WWW-Authenticate": "Bearer"})
        name = verify_token(store, credentials.credentials)
        if name is None:
            raise HTTPException(403, "this API token is unknown or revoked")
        return name

    def incident_filter(
        country: Annotated[str | None, Query(description="ISO code (SY, SYR) or English name")] = None,
        city: Annotated[str | None, Query(description="city or place name")] = None,
        since: Annotated[dt.date | None, Query(description="incidents on or after this day (YYYY-MM-DD)")] = None,
        until: Annotated[dt.date | None, Query(description="incidents on or before this day (YYYY-MM-DD)")] = None,
        type: Annotated[str | None, Query(description="ACLED event type or sub-event type")] = None,
        source: Annotated[str | None, Query(description="only incidents with a claim by this source")] = None,
        min_killed: Annotated[int | None, Query(ge=0, description="best killed figure at least this")] = None,
        status: Annotated[str, Query(description="comma-separated among open, confirmed, rejected; or all")]
        = "open,confirmed",
    ) -> IncidentFilter:
        statuses = list(STATUSES) if status.strip() == "all" else [s.strip() for s in status.split(",") if s.strip()]
        unknown = [s for s in statuses if s not in STATUSES]
        if unknown or not statuses:
            raise HTTPException(422, f"unknown status {', '.join(unknown) or repr(status)}: "
                                     "open, confirmed, rejected or all")
        if since and until and since > until:
            raise HTTPException(422, f"since ({since}) is after until ({until})")
        empty = lambda value: value.strip() or None if value else None  # noqa: E731 - an emptied form field
        return IncidentFilter(country=empty(country), city=empty(city), since=since, until=until, type=empty(type),
                              source=empty(source), min_killed=min_killed, status=statuses)

    Filter = Annotated[IncidentFilter, Depends(incident_filter)]

    def filter_error(exc: StoreError) -> HTTPException:
        # The filters are checked before any query runs, so a StoreError here is a bad filter value.
        return HTTPException(422, str(exc))

    def found(ident: str) -> str:
        try:
            return store.resolve(ident)
        except StoreError as exc:
            raise HTTPException(404 if str(exc).startswith("no incident") else 400, str(exc)) from None

    # --- the page ---------------------------------------------------------------------------

    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    def page(request: Request):
        preferred = request.headers.get("accept-language", "").lower()
        lang = "fr" if preferred.startswith("fr") else "en"
        return templates.TemplateResponse(request, "index.html", {
            "lang": lang, "version": __version__, "tile_url": tile_url or "",
            "tile_attribution": tile_attribution or ""})

    app.mount("/static", StaticFiles(directory=str(STATIC)), name="static")

    # --- incidents ---------------------------------------------------------------------------

    @app.get("/api/incidents", response_model=IncidentPage, responses=ERRORS, tags=["incidents"])
    def list_incidents(where: Filter, order: ORDERS = "date",
                       limit: Annotated[int, Query(ge=1, le=1000)] = 100,
                       offset: Annotated[int, Query(ge=0)] = 0) -> IncidentPage:
        """Incidents matching the filters, a page at a time (claims included, linking reasons left out)."""
        where.order, where.limit, where.offset = order, limit, offset
        try:
            items = store.incidents(where)
            total = store.count(where)
        except StoreError as exc:
            raise filter_error(exc) from None
        return IncidentPage(total=total, limit=limit, offset=offset, items=items)

    @app.get("/api/incidents/{incident_id}", response_model=MergedIncident, responses=ERRORS, tags=["incidents"])
    def one_incident(incident_id: str) -> MergedIncident:
        """One incident: its estimate, every claim with its evidence, its articles, reviews and links.
        Any unique prefix of the id works, and so does the id of an incident since merged into it."""
        return store.incident(found(incident_id))

    @app.post("/api/incidents/{incident_id}/reviews", response_model=ReviewResponse, responses=ERRORS,
              tags=["incidents"])
    def review(incident_id: str, decision: ReviewRequest, by: Annotated[str, Depends(analyst)]) -> ReviewResponse:
        """Record an analyst's decision (confirm, reject, set a field, split a claim off, merge with another)."""
        target = found(incident_id)
        try:
            result = store.review(target, decision.action, by=by, note=decision.note,
                                  setting=(decision.field.strip(), decision.value.strip())
                                  if decision.action == "set" else None,
                                  claim=decision.claim, other=decision.other)
        except StoreError as exc:
            raise HTTPException(404 if str(exc).startswith("no incident") else 400, str(exc)) from None
        return ReviewResponse(incident=result.incident, message=result.message, by=by)

    # --- documents ---------------------------------------------------------------------------

    @app.get("/api/documents", response_model=DocumentPage, responses=ERRORS, tags=["documents"])
    def list_documents(limit: Annotated[int, Query(ge=1, le=1000)] = 50, offset: Annotated[int, Query(ge=0)] = 0,
                       source: str | None = None, lang: str | None = None) -> DocumentPage:
        """Stored articles, the newest first, without their text."""
        page_ = queries.documents(store, limit=limit, offset=offset, source=source, lang=lang)
        counts = queries.incidents_per_document(store, [d.id for d in page_.items])
        return DocumentPage(total=page_.total, limit=limit, offset=offset, items=[
            DocumentListItem(**_document_fields(d), incidents=counts.get(d.id, 0)) for d in page_.items])

    @app.get("/api/documents/{document_id}", response_model=DocumentDetail, responses=ERRORS, tags=["documents"])
    def one_document(document_id: str) -> DocumentDetail:
        """One article with its text (what the claims' evidence offsets index)."""
        row = store.document(document_id)
        if row is None:
            raise HTTPException(404, f"no document {document_id!r}")
        return DocumentDetail(**_document_fields(row), text=row.text or "",
                              incidents=queries.incidents_of_documents(store, [row.id]))

    @app.post("/api/documents", response_model=SubmissionResponse, responses=ERRORS, status_code=201,
              tags=["documents"])
    def submit(article: ArticleRequest, by: Annotated[str, Depends(analyst)]) -> SubmissionResponse:
        """Extract an article (its text, its HTML, or a URL the server fetches), store it, link it, and
        return the incidents it reported. Submitting the same text again stores nothing twice."""
        documents = _documents_of(article, by)
        readable = [d for d in documents if d.text.strip()]
        if not readable:
            problems = "; ".join(e.message for d in documents for e in d.errors) or "the article has no text"
            raise HTTPException(422, f"nothing to extract: {problems}")
        ids_before = {document_id(d.text.encode("utf-8", "replace").decode("utf-8")) for d in readable}
        known = {i for i in ids_before if store.document(i) is not None}
        with ingesting:
            store.ingest(readable)
        submitted = []
        for document in readable:
            key = document_id(document.text)
            stored = store.document(key)
            submitted.append(SubmittedDocument(id=key, title=stored.title if stored else document.title,
                                               url=stored.url if stored else document.url, new=key not in known,
                                               errors=[Error(**e) for e in (stored.errors if stored else [])]))
        incidents = [store.incident(i) for i in queries.incidents_of_documents(store, [d.id for d in submitted])]
        return SubmissionResponse(documents=submitted, incidents=incidents)

    # --- statistics and the rest --------------------------------------------------------------

    @app.get("/api/stats/daily", response_model=list[DayStats], responses=ERRORS, tags=["statistics"])
    def daily(where: Filter) -> list[DayStats]:
        """Per day with incidents: how many, and the sums of their best killed and injured figures."""
        try:
            return [DayStats(**day.__dict__) for day in queries.daily(store, where)]
        except StoreError as exc:
            raise filter_error(exc) from None

    @app.get("/api/stats", response_model=Totals, tags=["statistics"])
    def totals() -> Totals:
        """How many documents, reports, incidents, claims, reviews and copies the database holds."""
        return Totals(**store.stats())

    @app.get("/api/facets", response_model=Facets, tags=["statistics"])
    def facets() -> Facets:
        """The values the filters can take in this database: countries, cities, sub-event types, sources."""
        return Facets(**queries.facets(store))

    @app.get("/api/me", response_model=Analyst, responses=ERRORS, tags=["tokens"])
    def me(by: Annotated[str, Depends(analyst)]) -> Analyst:
        """Whose token this is (the page checks a pasted token with it)."""
        return Analyst(name=by)

    @app.api_route("/api/{rest:path}", methods=["GET", "POST", "PUT", "PATCH", "DELETE"], include_in_schema=False)
    def unknown_endpoint(rest: str):
        raise HTTPException(404, f"no API endpoint /api/{rest}: see /docs")

    return app


def _document_fields(row) -> dict:
    return {"id": row.id, "external_id": row.external_id, "source": row.source, "title": row.title,
            "site": row.site, "url": row.url, "published": row.published, "lang": row.lang,
            "duplicate_of": row.duplicate_of, "errors": [Error(**e) for e in row.errors or []],
            "ingested_at": row.ingested_at}


def _documents_of(article: ArticleRequest, by: str) -> list[Document]:
    source = (article.source or "").strip() or f"submitted by {by}"
    if article.url:
        from ..readers.feed import read_url

        # Every submission is read afresh: the seen-entries list is for scheduled feed reading.
        documents = list(read_url(article.url, seen=False))
    elif article.html is not None:
        from ..readers.html import document_from_html

        documents = [document_from_html(article.html, source=source, url=article.source_url)]
    else:
        documents = [Document(text=article.text or "", source=source, url=article.source_url)]
    for document in documents:
        if article.source:
            document.source = source
        document.title = article.title or document.title
        if article.published and not document.published:
            document.published, document.published_from = article.published.isoformat(), "option"
        document.lang = article.lang or document.lang
    return documents
