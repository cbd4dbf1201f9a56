# The two entry points of the README: `make run` and `make test`.
# Both build .venv from the lock when it is missing or older than the lock.
PYTHON ?= python3.11
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
VENDOR := src/bilan/web/static/vendor

.PHONY: run test bench evaluate clean lock

# Order-only: the web assets are checked on every run without forcing a reinstall of the venv.
$(STAMP): requirements.lock pyproject.toml | web-assets
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -r requirements.lock
	$(BIN)/python -m pip install -q --no-deps -e .
	$(BIN)/bilan gazetteer build
	@touch $(STAMP)

# Ingest the bundled sample into ./bilan.db (again: a no-op) and print its incidents.
run: $(STAMP)
	$(BIN)/bilan ingest examples/seeds.jsonl examples/reports.jsonl --db bilan.db
	$(BIN)/bilan incidents --db bilan.db

test: $(STAMP) browser
	$(BIN)/python -m pytest -n 2 -q

evaluate: $(STAMP)
	$(BIN)/python bench/evaluate.py

bench: $(STAMP)
	$(BIN)/python bench/throughput.py

# Re-pin every dependency after editing pyproject.toml.
lock:
	uv pip compile pyproject.toml --extra test -o requirements.lock --python-version 3.11

clean:
	rm -rf $(VENV) out .pytest_cache

# The dashboard's browser files, from npm (no CDN at run time): Leaflet, and the world outline
# (Natural Earth 1:110m via world-atlas) as GeoJSON so the map has a base layer with no internet.
.PHONY: web-assets browser
web-assets: $(VENDOR)/.built

node_modules/.installed: package-lock.json
	npm ci --no-audit --no-fund
	@touch $@

$(VENDOR)/.built: node_modules/.installed
	rm -rf $(VENDOR) && mkdir -p $(VENDOR)/leaflet $(VENDOR)/world
	cp -r node_modules/leaflet/dist/leaflet.js node_modules/leaflet/dist/leaflet.css node_modules/leaflet/dist/images \
		node_modules/leaflet/LICENSE $(VENDOR)/leaflet/
	node_modules/.bin/topo2geo countries=$(VENDOR)/world/countries-110m.geojson \
		< node_modules/world-atlas/countries-110m.json
	cp node_modules/world-atlas/LICENSE $(VENDOR)/world/LICENSE
	@touch $@

# Debian's Chromium, for the dashboard's end-to-end test (tests/web/test_page.py).
browser:
	@if [ -x /usr/bin/chromium ]; then :; \
	elif [ "$$(id -u)" = 0 ]; then \
		apt-get install -y --no-install-recommends chromium \
		|| { apt-get update && apt-get install -y --no-install-recommends chromium; }; \
	else echo "the browser tests need Chromium: sudo apt-get install --no-install-recommends chromium"; fi
