"""Fixtures for the web app: a test client over the linked sample, tokens, the app served by uvicorn
on a free port, and headless Chromium (Debian's, through Playwright)."""

from __future__ import annotations

import contextlib
import os
import socket
import threading
import time
import uuid
from pathlib import Path

import pytest

CHROMIUM = Path("/usr/bin/chromium")
ROOT = Path(__file__).resolve().parents[2]
VENDOR = ROOT / "src" / "bilan" / "web" / "static" / "vendor"


@pytest.fixture(scope="module")
def client(linked_store):
    from fastapi.testclient import TestClient

    from bilan.web.app import create_app

    with TestClient(create_app(linked_store)) as test_client:
        yield test_client


@pytest.fixture(scope="module")
def analyst(linked_store) -> tuple[str, str]:
    """(name, token) of an analyst of the linked store."""
    from bilan.tokens import create_token

    name = f"analyst-{uuid.uuid4().hex[:6]}"
    return name, create_token(linked_store, name)



@contextlib.contextmanager
def served(app):
    """The app on http://127.0.0.1:PORT in a background thread, as `bilan serve` runs it."""
    import uvicorn

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("uvicorn did not start")
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)


@pytest.fixture(scope="module")
def browser():
    """Headless Debian Chromium; the browser tests skip without it unless BILAN_REQUIRE_BROWSER is set."""
    problem = None
    if not CHROMIUM.exists():
        problem = f"{CHROMIUM} is missing: `make browser` (or apt-get install chromium) installs it"
    elif not (VENDOR / "leaflet" / "leaflet.js").exists():
        problem = f"the dashboard's Leaflet files are missing from {VENDOR}: run `make web-assets`"
    if problem:
        if os.environ.get("BILAN_REQUIRE_BROWSER"):
            pytest.fail(problem)
        pytest.skip(problem)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), headless=True)
        yield chromium
        chromium.close()


@pytest.fixture(scope="session")
def serve():
    """`with serve(app) as base_url:` runs the app under uvicorn for a browser to open."""
    return served
