// The bilan dashboard: map, timeline, list, incident panel, reviews.
//
// Everything read from the API that came from an article (text, titles, sources, URLs, place
// names) is untrusted: it reaches the page only through textContent and text nodes, and an
// original URL becomes a link only when its scheme is http or https. There is no innerHTML here,
// and Leaflet is given DOM nodes, never strings (it would parse strings as HTML).
"use strict";

(function () {
  const I18N = window.BILAN_I18N;
  const body = document.body;
  const PAGE_SIZE = 50;

  const state = {
    lang: pickLanguage(),
    token: localStorage.getItem("bilan.token") || "",
    analyst: "",
    offset: 0,
    total: 0,
    incidents: [],
    days: [],
    facets: {countries: [], cities: [], types: [], sources: []},
    selected: null, // the incident shown in the panel
    documents: {}, // id -> document with text, fetched when a panel needs it
    fitPending: true, // zoom the map to the incidents after the next load (filters changed)
  };

  // ---------------------------------------------------------------------------------------
  // Words, numbers, dates

  function pickLanguage() {
    const stored = localStorage.getItem("bilan.lang");
    if (stored === "fr" || stored === "en") return stored;
    return document.documentElement.lang === "fr" ? "fr" : "en";
  }

  function t(key, vars) {
    const words = I18N[state.lang] || I18N.en;
    let text = key in words ? words[key] : (I18N.en[key] ?? key);
    for (const [name, value] of Object.entries(vars || {})) text = text.split("{" + name + "}").join(String(value));
    return text;
  }

  function typeLabel(type) {
    if (!type) return t("typeUnknown");
    return (I18N[state.lang].subEventTypes || {})[type] || type;
  }

  function countryName(code) {
    if (!code) return "";
    try {
      return new Intl.DisplayNames([state.lang], {type: "region"}).of(code) || code;
    } catch (error) {
      return code;
    }
  }

  function formatDate(iso) {
    if (!iso) return t("dateUnknown");
    const day = new Date(iso.slice(0, 10) + "T00:00:00Z");
    if (Number.isNaN(day.getTime())) return iso;
    return new Intl.DateTimeFormat(state.lang, {dateStyle: "medium", timeZone: "UTC"}).format(day);
  }

  function formatDateTime(iso) {
    const when = new Date(iso.endsWith("Z") ? iso : iso + "Z");
    if (Number.isNaN(when.getTime())) return iso;
    return new Intl.DateTimeFormat(state.lang, {dateStyle: "medium", timeStyle: "short"}).format(when);
  }

  function placeLabel(location) {
    const parts = [];
    for (const part of [location.name, location.city, countryName(location.country)]) {
      if (part && !parts.includes(part)) parts.push(part);
    }
    return parts.join(", ") || t("placeUnknown");
  }

  function rangeText(range) {
    if (range.best == null && range.low == null) return "–";
    const best = range.best ?? range.low;
    const low = range.low ?? "?";
    const high = range.high ?? "?";
    return low === best && high === best ? String(best) : `${best} (${low}–${high})`;
  }

  function sourcesOf(incident) {
    return [...new Set(incident.claims.map((claim) => claim.source || t("unattributed")))];
  }

  // ---------------------------------------------------------------------------------------
  // DOM helpers: text only

  function el(tag, options, ...children) {
    const node = document.createElement(tag);
    const {text, cls, attrs, title, on} = options || {};
    if (cls) node.className = cls;
    if (text != null) node.textContent = String(text);
    if (title != null) node.title = String(title);
    for (const [name, value] of Object.entries(attrs || {})) {
      if (value != null && value !== false) node.setAttribute(name, value === true ? "" : String(value));
    }
    for (const [event, handler] of Object.entries(on || {})) node.addEventListener(event, handler);
    for (const child of children) {
      if (child == null || child === false) continue;
      node.append(typeof child === "string" ? document.createTextNode(child) : child);
    }
    return node;
  }

  function svg(tag, attrs, text) {
    const node = document.createElementNS("http://www.w3.org/2000/svg", tag);
    for (const [name, value] of Object.entries(attrs || {})) node.setAttribute(name, String(value));
    if (text != null) node.textContent = String(text);
    return node;
  }

  function safeHref(url) {
    if (!url) return null;
    try {
      const parsed = new URL(url);
      return parsed.protocol === "http:" || parsed.protocol === "https:" ? parsed.href : null;
    } catch (error) {
      return null;
    }
  }

  function externalLink(url, label) {
    const href = safeHref(url);
    if (!href) return el("span", {cls: "muted unsafe-link", text: t("unsafeLink")});
    return el("a", {text: label, attrs: {href, target: "_blank", rel: "noopener noreferrer nofollow"}, title: href});
  }

  // ---------------------------------------------------------------------------------------
  // The API

  async function api(path, options) {
    const init = Object.assign({headers: {}}, options || {});
    if (init.json !== undefined) {
      init.method = init.method || "POST";
      init.headers["Content-Type"] = "application/json";
      init.body = JSON.stringify(init.json);
      delete init.json;
    }
    if (init.auth) {
      init.headers.Authorization = "Bearer " + state.token;
      delete init.auth;
    }
    const response = await fetch(path, init);
    const payload = await response.json().catch(() => ({error: response.statusText}));
    if (!response.ok) {
      const failure = new Error(payload.error || response.statusText);
      failure.status = response.status;
      throw failure;
    }
    return payload;
  }

  function filterParams() {
    const form = document.getElementById("filters");
    const params = new URLSearchParams();
    for (const name of ["country", "city", "since", "until", "type", "source", "min_killed", "status"]) {
      const value = form.elements[name].value.trim();
      if (value) params.set(name, value);
    }
    return params;
  }

  // ---------------------------------------------------------------------------------------
  // Static words

  function translatePage() {
    document.documentElement.lang = state.lang;
    for (const node of document.querySelectorAll("[data-i18n]")) node.textContent = t(node.dataset.i18n);
    document.getElementById("token-input").placeholder = "bilan_…";
    for (const button of document.querySelectorAll(".lang-switch button")) {
      button.setAttribute("aria-pressed", String(button.dataset.lang === state.lang));
    }
    fillFacets();
    const attribution = document.getElementById("map-attribution");
    attribution.textContent = body.dataset.tilesAttribution || t("mapOutline");
  }

  function fillSelect(select, values, label) {
    const current = select.value;
    select.replaceChildren(el("option", {text: t("any"), attrs: {value: ""}}));
    for (const value of values) select.append(el("option", {text: label(value), attrs: {value}}));
    select.value = values.includes(current) ? current : "";
  }

  function fillFacets() {
    const form = document.getElementById("filters");
    const byLabel = (label) => (a, b) => label(a).localeCompare(label(b), state.lang);
    fillSelect(form.elements.country, [...state.facets.countries].sort(byLabel(countryName)), countryName);
    fillSelect(form.elements.city, state.facets.cities, (city) => city);
    fillSelect(form.elements.type, state.facets.types, typeLabel);
    fillSelect(form.elements.source, state.facets.sources, (source) => source);
  }

  // ---------------------------------------------------------------------------------------
  // Map

  const map = L.map("map", {attributionControl: false, worldCopyJump: true, minZoom: 2, zoomSnap: 0.5})
    .setView([30, 30], 3);
  map.createPane("outline").style.zIndex = 250; // under the incidents whatever loads first
  const tiles = body.dataset.tiles;
  if (tiles) L.tileLayer(tiles, {maxZoom: 18, crossOrigin: true}).addTo(map);
  const markers = L.featureGroup().addTo(map);
  const markerById = new Map();

  fetch("/static/vendor/world/countries-110m.geojson")
    .then((response) => response.json())
    .then((world) => L.geoJSON(world, {pane: "outline", interactive: false,
      style: {color: "#a59f92", weight: 0.8, fillColor: "#f4f1ea", fillOpacity: tiles ? 0 : 1}}).addTo(map))
    .catch(() => { /* the tile layer or the blank sea still shows the markers */ });

  const legend = L.control({position: "bottomleft"});
  legend.onAdd = () => el("div", {cls: "map-key"});
  legend.addTo(map);

  function radiusFor(killed) {
    return 5 + 3.2 * Math.sqrt(Math.max(0, killed || 0));
  }

  function drawLegend() {
    const key = document.querySelector(".map-key");
    if (!key) return;
    const sizes = [1, 10, 50];
    const width = 2 * radiusFor(50) + 4;
    const drawing = svg("svg", {width: 150, height: width, "aria-hidden": "true"});
    let x = 4;
    for (const size of sizes) {
      const r = radiusFor(size);
      drawing.append(svg("circle", {cx: x + r, cy: width - r - 2, r, class: "key-circle"}));
      drawing.append(svg("text", {x: x + r, y: width - 2 * r - 4 < 10 ? 10 : width - 2 * r - 4, class: "key-label"},
        size));
      x += 2 * r + 10;
    }
    key.replaceChildren(el("div", {cls: "key-title", text: t("killedCap")}), drawing);
  }

  function markerStyle(incident, selected) {
    const colours = {open: "#c0392b", confirmed: "#7b1d14", rejected: "#8a8a8a"};
    return {radius: radiusFor(incident.estimate.killed.best), color: selected ? "#111" : "#fff",
            weight: selected ? 3 : 1.2, fillColor: colours[incident.status] || colours.open,
            fillOpacity: selected ? 0.9 : 0.7};
  }

  function tooltipFor(incident) {
    return el("div", {cls: "marker-tip"},
      el("strong", {text: placeLabel(incident.location)}),
      el("div", {text: `${formatDate(incident.date.value)} · ${typeLabel(incident.sub_event_type)}`}),
      el("div", {text: `${t("killedCap")} ${rangeText(incident.estimate.killed)} · ` +
        `${t("injuredCap")} ${rangeText(incident.estimate.injured)}`}));
  }

  // Incidents at one place (several in one city, a district next to its city) would hide one
  // another: at each zoom, circles that overlap are set on a ring around the first one's place,
  // each tied to its true position by a thin line, and each group gets its place name.
  const legs = L.layerGroup().addTo(map);
  const labels = L.layerGroup().addTo(map);
  let placed = [];

  function drawMarkers() {
    markers.clearLayers();
    markerById.clear();
    // The largest first, so a small incident at the same place stays on top and clickable.
    placed = state.incidents.filter((i) => i.location.lat != null && i.location.lon != null)
      .sort((a, b) => (b.estimate.killed.best || 0) - (a.estimate.killed.best || 0));
    for (const incident of placed) {
      const selected = state.selected && state.selected.id === incident.id;
      const marker = L.circleMarker([incident.location.lat, incident.location.lon], markerStyle(incident, selected));
      marker.bindTooltip(tooltipFor(incident), {direction: "top", offset: [0, -4]});
      marker.on("click", () => selectIncident(incident.id));
      marker.on("add", () => {
        const path = marker.getElement();
        if (path) {
          path.classList.add("incident-marker");
          path.dataset.incident = incident.id;
        }
      });
      marker.addTo(markers);
      markerById.set(incident.id, marker);
    }
    if (state.fitPending && placed.length) {
      const bounds = L.latLngBounds(placed.map((i) => [i.location.lat, i.location.lon]));
      map.fitBounds(bounds, {padding: [80, 80], maxZoom: tiles ? 11 : 8});
      state.fitPending = false;
    }
    spreadMarkers();
    drawLegend();
  }

  function spreadMarkers() {
    legs.clearLayers();
    labels.clearLayers();
    const clusters = [];
    for (const incident of placed) {
      const where = L.latLng(incident.location.lat, incident.location.lon);
      const item = {incident, where, point: map.latLngToLayerPoint(where), radius: radiusFor(incident.estimate.killed.best)};
      const near = clusters.find((c) => c.centre.distanceTo(item.point) < item.radius + c.radius + 3);
      if (near) {
        near.items.push(item);
      } else {
        clusters.push({centre: item.point, where, radius: item.radius, items: [item]});
      }
    }
    for (const cluster of clusters) {
      let ring = cluster.radius;
      if (cluster.items.length > 1) {
        const around = cluster.items.reduce((sum, item) => sum + 2 * item.radius + 6, 0) / (2 * Math.PI);
        ring = Math.max(around, cluster.radius + 10);
        L.circleMarker(cluster.where, {radius: 3, color: "#333", weight: 1, fillColor: "#333", fillOpacity: 1,
          interactive: false}).addTo(legs);
      }
      cluster.items.forEach((item, index) => {
        const marker = markerById.get(item.incident.id);
        if (cluster.items.length === 1) {
          marker.setLatLng(item.where);
          return;
        }
        const angle = -Math.PI / 2 + 2 * Math.PI * index / cluster.items.length;
        const spot = map.layerPointToLatLng(cluster.centre.add(L.point(Math.cos(angle) * ring, Math.sin(angle) * ring)));
        marker.setLatLng(spot);
        L.polyline([item.where, spot], {color: "#555", weight: 1, opacity: 0.7, interactive: false}).addTo(legs);
      });
      if (clusters.length <= 40) {
        const names = [...new Set(cluster.items.map((item) => item.incident.location.city || item.incident.location.name)
          .filter(Boolean))];
        const text = names.slice(0, 2).join(" / ") + (names.length > 2 ? " …" : "") +
          (cluster.items.length > 1 ? ` (${cluster.items.length})` : "");
        if (text) {
          L.tooltip({permanent: true, direction: "right", className: "place-label", interactive: false,
            offset: [ring + (cluster.items.length > 1 ? cluster.radius : 0) + 2, 0]})
            .setLatLng(cluster.where).setContent(el("span", {text})).addTo(labels);
        }
      }
    }
    for (const incident of placed) {
      if (state.selected && state.selected.id === incident.id) markerById.get(incident.id).bringToFront();
    }
  }

  map.on("zoomend", () => { if (placed.length) spreadMarkers(); });

  function highlightMarker() {
    for (const [id, marker] of markerById) {
      const incident = state.incidents.find((i) => i.id === id);
      const selected = state.selected && state.selected.id === id;
      marker.setStyle(markerStyle(incident, selected));
      if (selected) {
        marker.bringToFront();
        if (!map.getBounds().contains(marker.getLatLng())) map.panTo(marker.getLatLng());
      }
    }
  }

  // ---------------------------------------------------------------------------------------
  // List

  function drawList() {
    const list = document.getElementById("incident-list");
    list.replaceChildren();
    const count = document.getElementById("list-count");
    count.textContent = state.total === 1 ? t("listCountOne") : t("listCount", {n: state.total});
    if (!state.incidents.length) list.append(el("li", {cls: "empty", text: t("noIncidents")}));
    for (const incident of state.incidents) {
      const killed = incident.estimate.killed;
      const injured = incident.estimate.injured;
      const selected = state.selected && state.selected.id === incident.id;
      const item = el("li", {
        cls: "incident" + (selected ? " selected" : "") + ` status-${incident.status}`,
        attrs: {tabindex: 0, role: "button", "data-incident": incident.id, "aria-pressed": String(Boolean(selected))},
        on: {
          click: () => selectIncident(incident.id),
          keydown: (event) => { if (event.key === "Enter" || event.key === " ") { event.preventDefault(); selectIncident(incident.id); } },
        },
      },
      el("div", {cls: "incident-main"},
        el("div", {cls: "incident-line"},
          el("span", {cls: "incident-date", text: formatDate(incident.date.value)}),
          incident.status !== "open" ? el("span", {cls: `badge ${incident.status}`, text: t("statusBadge_" + incident.status)}) : null,
          incident.estimate.disagreement ? el("span", {cls: "badge warn", text: "≠", title: t("disagreement")}) : null),
        el("div", {cls: "incident-place", text: placeLabel(incident.location)}),
        el("div", {cls: "incident-type", text: typeLabel(incident.sub_event_type)}),
        el("div", {cls: "incident-sources", text: sourcesOf(incident).join(" · ")})),
      el("div", {cls: "incident-figures"},
        el("div", {cls: "figure killed"},
          el("span", {cls: "figure-number", text: killed.best ?? killed.low ?? "–"}),
          el("span", {cls: "figure-label", text: t("killed")})),
        killed.low != null && (killed.low !== killed.best || killed.high !== killed.best)
          ? el("div", {cls: "figure-range", text: `${killed.low}–${killed.high ?? "?"}`}) : null,
        injured.best != null ? el("div", {cls: "figure-injured", text: `${injured.best} ${t("injured")}`}) : null));
      list.append(item);
    }
    const info = document.getElementById("page-info");
    info.textContent = state.total ? t("pageInfo", {from: state.offset + 1,
      to: state.offset + state.incidents.length, total: state.total}) : "";
    document.getElementById("page-prev").disabled = state.offset === 0;
    document.getElementById("page-next").disabled = state.offset + state.incidents.length >= state.total;
  }

  // ---------------------------------------------------------------------------------------
  // Timeline: one slot per day; gaps of more than a week are cut, so years apart stay readable.

  function drawTimeline() {
    const holder = document.getElementById("timeline");
    holder.replaceChildren();
    const days = state.days;
    if (!days.length) {
      holder.append(el("p", {cls: "muted", text: t("noIncidents")}));
      return;
    }
    const slots = [];
    days.forEach((day, index) => {
      if (index > 0) {
        const gap = Math.round((Date.parse(day.date) - Date.parse(days[index - 1].date)) / 86400000);
        if (gap > 7) slots.push({cut: gap});
        else for (let d = 1; d < gap; d++) slots.push({empty: true});
      }
      slots.push({day});
    });
    const height = holder.clientHeight || 150;
    const slotWidth = Math.max(18, Math.min(64, Math.floor((holder.clientWidth - 50) / slots.length)));
    const width = Math.max(holder.clientWidth, 40 + slots.length * slotWidth);
    const top = 16;
    const bottom = height - 26;
    const most = Math.max(1, ...days.map((d) => Math.max(d.killed, d.injured)));
    const scale = (value) => (bottom - top) * value / most;
    const chart = svg("svg", {width, height, class: "timeline-svg", role: "img", "aria-label": t("timeline")});
    chart.append(svg("line", {x1: 30, x2: width, y1: bottom, y2: bottom, class: "axis"}));
    chart.append(svg("text", {x: 26, y: top + 4, class: "tick", "text-anchor": "end"}, most));
    chart.append(svg("text", {x: 26, y: bottom, class: "tick", "text-anchor": "end"}, 0));
    const since = document.getElementById("filters").elements.since.value;
    const until = document.getElementById("filters").elements.until.value;
    slots.forEach((slot, index) => {
      const x = 36 + index * slotWidth;
      if (slot.cut) {
        chart.append(svg("text", {x: x + slotWidth / 2, y: bottom - 6, class: "cut", "text-anchor": "middle"}, "⋯"));
        return;
      }
      if (slot.empty) return;
      const day = slot.day;
      const bar = Math.max(4, Math.min(14, (slotWidth - 6) / 2));
      const group = svg("g", {class: "day" + (since === day.date && until === day.date ? " chosen" : ""),
        tabindex: 0, role: "button", "data-date": day.date});
      const label = `${formatDate(day.date)}: ${day.killed} ${t("killed")}, ${day.injured} ${t("injured")}, ` +
        `${day.incidents} ${t("incidentsWord")}`;
      group.append(svg("title", {}, label));
      group.append(svg("rect", {x: x, y: top - 12, width: slotWidth - 2, height: bottom - top + 12, class: "hit"}));
      const killedHeight = scale(day.killed);
      const injuredHeight = scale(day.injured);
      group.append(svg("rect", {x: x + slotWidth / 2 - bar - 1, y: bottom - killedHeight, width: bar,
        height: killedHeight, class: "bar killed"}));
      group.append(svg("rect", {x: x + slotWidth / 2 + 1, y: bottom - injuredHeight, width: bar,
        height: injuredHeight, class: "bar injured"}));
      if (day.killed) {
        group.append(svg("text", {x: x + slotWidth / 2 - bar / 2 - 1, y: bottom - killedHeight - 3,
          class: "value", "text-anchor": "middle"}, day.killed));
      }
      if (day.injured) {
        group.append(svg("text", {x: x + slotWidth / 2 + bar / 2 + 1, y: bottom - injuredHeight - 3,
          class: "value injured", "text-anchor": "middle"}, day.injured));
      }
      const short = new Intl.DateTimeFormat(state.lang, {day: "numeric", month: "short", timeZone: "UTC"})
        .format(new Date(day.date + "T00:00:00Z"));
      const showYear = index === 0 || slots[index - 1].cut || day.date.slice(0, 4) !== (slots[index - 1].day || {}).date?.slice(0, 4);
      group.append(svg("text", {x: x + slotWidth / 2, y: bottom + 12, class: "tick", "text-anchor": "middle"}, short));
      if (showYear) {
        group.append(svg("text", {x: x + slotWidth / 2, y: bottom + 23, class: "tick year", "text-anchor": "middle"},
          day.date.slice(0, 4)));
      }
      const choose = () => chooseDay(day.date);
      group.addEventListener("click", choose);
      group.addEventListener("keydown", (event) => { if (event.key === "Enter") choose(); });
      chart.append(group);
    });
    holder.append(chart);
  }

  function chooseDay(date) {
    const form = document.getElementById("filters");
    const already = form.elements.since.value === date && form.elements.until.value === date;
    form.elements.since.value = already ? "" : date;
    form.elements.until.value = already ? "" : date;
    reload(true);
  }

  // ---------------------------------------------------------------------------------------
  // Loading

  async function loadFacets() {
    try {
      state.facets = await api("/api/facets");
      fillFacets();
    } catch (error) { /* the filters still work as free choices */ }
  }

  async function loadTotals() {
    try {
      const totals = await api("/api/stats");
      document.getElementById("totals").textContent = t("totals", totals);
    } catch (error) {
      document.getElementById("totals").textContent = "";
    }
  }

  let loading = 0; // only the latest request's answer is drawn
  async function reload(filtersChanged) {
    if (filtersChanged) {
      state.offset = 0;
      state.fitPending = true;
    }
    const ticket = ++loading;
    const errorBox = document.getElementById("filter-error");
    const params = filterParams();
    const order = document.getElementById("filters").elements.order.value;
    const listParams = new URLSearchParams(params);
    listParams.set("order", order);
    listParams.set("limit", PAGE_SIZE);
    listParams.set("offset", state.offset);
    try {
      const [page, days] = await Promise.all([api("/api/incidents?" + listParams), api("/api/stats/daily?" + params)]);
      if (ticket !== loading) return;
      errorBox.textContent = "";
      state.incidents = page.items;
      state.total = page.total;
      state.days = days;
    } catch (error) {
      if (ticket !== loading) return;
      errorBox.textContent = t("loadError", {message: error.message});
      return;
    }
    drawList();
    drawMarkers();
    drawTimeline();
    body.dataset.loaded = "true";
  }

  // ---------------------------------------------------------------------------------------
  // The incident panel

  async function selectIncident(id) {
    let incident;
    try {
      incident = await api("/api/incidents/" + encodeURIComponent(id));
    } catch (error) {
      showPanelError(error);
      return;
    }
    state.selected = incident;
    history.replaceState(null, "", "#incident=" + encodeURIComponent(incident.id));
    drawList();
    highlightMarker();
    await drawPanel();
  }

  function showPanelError(error) {
    const panel = document.getElementById("panel");
    panel.replaceChildren(el("p", {cls: "form-message error", text: t("loadError", {message: error.message})}));
  }

  function closePanel() {
    state.selected = null;
    history.replaceState(null, "", location.pathname + location.search);
    document.getElementById("panel").replaceChildren(el("p", {cls: "panel-empty", text: t("panelEmpty")}));
    drawList();
    highlightMarker();
  }

  function rangeBlock(label, range, kind) {
    const best = range.best ?? range.low;
    const block = el("div", {cls: `range ${kind}`},
      el("div", {cls: "range-label", text: label}),
      el("div", {cls: "range-best", text: best ?? "–"}));
    if (best == null) {
      block.append(el("div", {cls: "range-detail muted", text: t("noFigure")}));
      return block;
    }
    const low = range.low ?? best;
    const high = range.high;
    const top = Math.max(high ?? 0, best, low) * 1.15 || 1;
    const position = (value) => `${(100 * value / top).toFixed(1)}%`;
    const track = el("div", {cls: "range-track", attrs: {"aria-hidden": "true"}});
    const span = el("div", {cls: "range-span" + (high == null ? " open" : "")});
    span.style.left = position(low);
    span.style.width = high == null ? `calc(100% - ${position(low)})` : `calc(${position(high - low)} + 2px)`;
    const tick = el("div", {cls: "range-tick"});
    tick.style.left = position(best);
    track.append(span, tick);
    block.append(track, el("div", {cls: "range-detail"},
      el("span", {text: `${t("low")} ${low}`}),
      el("span", {cls: "strong", text: `${t("best")} ${best}`}),
      el("span", {text: `${t("high")} ${high ?? "≥ " + best + " (" + t("openBound") + ")"}`})));
    return block;
  }

  function figureText(count) {
    if (!count) return null;
    const min = count.min ?? count.value;
    const written = count.text || String(count.value ?? min);
    if (min == null || (count.max === min && written.trim() === String(min))) return written;
    const bounds = count.max === min ? `${min}` : count.max == null ? `≥ ${min}` : `${min}–${count.max}`;
    return `${written} (${bounds})`;
  }

  async function drawPanel() {
    const incident = state.selected;
    const panel = document.getElementById("panel");
    const documents = Object.fromEntries(incident.documents.map((d) => [d.id, d]));
    const claimNumbers = new Map(incident.claims.map((claim, index) => [claim.id, index + 1]));

    const header = el("header", {cls: "panel-head"},
      el("div", {},
        el("h2", {cls: "panel-title", text: placeLabel(incident.location)}),
        el("div", {cls: "panel-meta"},
          el("span", {text: formatDate(incident.date.value)}),
          el("span", {text: typeLabel(incident.sub_event_type) + (incident.weapon ? ` (${incident.weapon})` : "")}),
          el("span", {cls: `badge ${incident.status}`, text: t("statusBadge_" + incident.status)}),
          el("span", {cls: "mono muted", text: incident.id}))),
      el("button", {cls: "close", text: "×", title: t("close"), attrs: {type: "button", "aria-label": t("close")},
        on: {click: closePanel}}));

    const estimate = el("section", {cls: "estimate"},
      rangeBlock(t("killedCap"), incident.estimate.killed, "killed"),
      rangeBlock(t("injuredCap"), incident.estimate.injured, "injured"));
    const warning = incident.estimate.disagreement ? el("p", {cls: "warning", text: t("disagreement")}) : null;

    const claims = el("ol", {cls: "claims"});
    for (const claim of incident.claims) {
      const document_ = documents[claim.document] || {};
      const figures = [
        claim.killed ? `${t("killed")}: ${figureText(claim.killed)}` : null,
        claim.injured ? `${t("injured")}: ${figureText(claim.injured)}` : null,
      ].filter(Boolean).join(" · ");
      const item = el("li", {cls: "claim", attrs: {"data-claim": claim.id, tabindex: 0, role: "button"},
        on: {click: () => focusEvidence(claim.id),
             keydown: (event) => { if (event.key === "Enter") focusEvidence(claim.id); }}},
        el("span", {cls: "claim-number", text: claimNumbers.get(claim.id)}),
        el("div", {cls: "claim-body"},
          el("div", {cls: "claim-head"},
            el("strong", {cls: "claim-source", text: claim.source || t("unattributed")}),
            claim.source_text && claim.source_text !== claim.source
              ? el("span", {cls: "muted", text: ` (“${claim.source_text}”)`}) : null,
            el("span", {cls: "claim-figures", text: figures}),
            claim.provisional ? el("span", {cls: "badge", text: t("provisional")}) : null,
            claim.total ? el("span", {cls: "badge", text: t("total")}) : null),
          el("blockquote", {cls: "claim-evidence", text: claim.evidence.text}),
          el("div", {cls: "claim-article muted"},
            el("span", {cls: "claim-article-name", text: "— " + (document_.title || document_.source || claim.document) +
              (document_.published ? `, ${formatDate(document_.published)}` : "")}),
            state.analyst && incident.claims.length > 1
              ? el("button", {cls: "small split", text: t("split"), title: t("splitTitle"),
                  attrs: {type: "button", "data-claim": claim.id},
                  on: {click: (event) => { event.stopPropagation(); submitReview({action: "split", claim: claim.id}); }}})
              : null)));
      claims.append(item);
    }

    const articles = el("section", {cls: "articles"}, el("h3", {text: t("articlesTitle")}));
    const textBoxes = [];
    for (const document_ of incident.documents) {
      const textBox = el("div", {cls: "article-text", attrs: {"data-document": document_.id}},
        el("span", {cls: "muted", text: t("loadingText")}));
      textBoxes.push([document_, textBox]);
      articles.append(el("article", {cls: "article"},
        el("h4", {cls: "article-title", text: document_.title || document_.id}),
        el("div", {cls: "article-meta muted"},
          [document_.source, document_.published ? formatDate(document_.published) : null, document_.lang]
            .filter(Boolean).join(" · "),
          document_.duplicate_of ? el("span", {cls: "badge", text: t("copyOf")}) : null,
          document_.url ? " · " : null,
          document_.url ? externalLink(document_.url, t("original") + " ↗") : null),
        textBox));
    }

    // The incident's name and range stay in view while the analyst reads claims and articles.
    panel.replaceChildren(el("div", {cls: "panel-sticky"}, header, estimate, warning || ""),
      el("h3", {text: t("claims")}), el("p", {cls: "hint muted", text: t("claimsHint")}), claims,
      articles, reviewSection(incident), linksSection(incident));
    panel.scrollTop = 0;

    await Promise.all(textBoxes.map(([document_, box]) => fillArticle(document_, box, incident, claimNumbers)));
    const first = panel.querySelector("mark[data-claims]");
    if (first) scrollWithin(first.closest(".article-text"), first);
    body.dataset.panel = incident.id;
  }

  async function fillArticle(document_, box, incident, claimNumbers) {
    let full = state.documents[document_.id];
    if (!full) {
      try {
        full = await api("/api/documents/" + encodeURIComponent(document_.id));
        state.documents[document_.id] = full;
      } catch (error) {
        box.replaceChildren(el("span", {cls: "error", text: t("loadError", {message: error.message})}));
        return;
      }
    }
    if (!full.text) {
      box.replaceChildren(el("span", {cls: "muted", text: t("noText")}));
      return;
    }
    const mine = incident.claims.filter((claim) => claim.document === document_.id);
    box.replaceChildren(...highlighted(full.text, mine, claimNumbers));
  }

  // Python counts offsets in code points, JavaScript strings in UTF-16 units: they differ only
  // after a character outside the Basic Multilingual Plane (an emoji), so convert only then.
  function utf16Offsets(text) {
    if (!/[\uD800-\uDBFF]/.test(text)) return (offset) => offset;
    const units = [];
    let unit = 0;
    for (const character of text) {
      units.push(unit);
      unit += character.length;
    }
    units.push(unit);
    return (offset) => units[Math.min(offset, units.length - 1)];
  }

  function spanOf(text, claim, toUnits) {
    const start = toUnits(claim.evidence.start);
    const end = toUnits(claim.evidence.end);
    if (text.slice(start, end) === claim.evidence.text) return [start, end];
    const found = text.indexOf(claim.evidence.text); // offsets from an older text version: find the sentence
    return found >= 0 ? [found, found + claim.evidence.text.length] : null;
  }

  // The article as text nodes and <mark>s: overlapping evidence spans are cut at every boundary, so
  // each piece of text is marked with exactly the claims whose sentence covers it.
  function highlighted(text, claims, claimNumbers) {
    const toUnits = utf16Offsets(text);
    const spans = claims.map((claim) => ({claim, range: spanOf(text, claim, toUnits)})).filter((s) => s.range);
    const cuts = new Set([0, text.length]);
    for (const {range} of spans) { cuts.add(range[0]); cuts.add(range[1]); }
    const points = [...cuts].sort((a, b) => a - b);
    const nodes = [];
    const labelled = new Set();
    for (let i = 0; i < points.length - 1; i++) {
      const [from, to] = [points[i], points[i + 1]];
      if (from === to) continue;
      const covering = spans.filter(({range}) => range[0] <= from && to <= range[1]).map(({claim}) => claim);
      const piece = text.slice(from, to);
      if (!covering.length) {
        nodes.push(document.createTextNode(piece));
        continue;
      }
      const ids = covering.map((claim) => claim.id);
      const mark = el("mark", {attrs: {"data-claims": ids.join(" ")},
        title: covering.map((claim) => `${claimNumbers.get(claim.id)}. ${claim.source || t("unattributed")}`).join("\n")});
      const fresh = covering.filter((claim) => !labelled.has(claim.id));
      for (const claim of fresh) {
        labelled.add(claim.id);
        mark.append(el("span", {cls: "mark-label", text: claimNumbers.get(claim.id), attrs: {"aria-hidden": "true"}}));
      }
      mark.append(document.createTextNode(piece));
      nodes.push(mark);
    }
    return nodes;
  }

  function scrollWithin(container, target) {
    if (!container || !target) return;
    // The text box is position: relative, so it is the mark's offsetParent.
    container.scrollTop = Math.max(0, target.offsetTop - container.clientHeight / 3);
  }

  function focusEvidence(claimId) {
    const panel = document.getElementById("panel");
    for (const node of panel.querySelectorAll(".focused")) node.classList.remove("focused");
    const marks = [...panel.querySelectorAll("mark[data-claims]")]
      .filter((mark) => mark.dataset.claims.split(" ").includes(claimId));
    const claim = panel.querySelector(`li.claim[data-claim="${CSS.escape(claimId)}"]`);
    if (claim) claim.classList.add("focused");
    if (!marks.length) return;
    for (const mark of marks) mark.classList.add("focused");
    const box = marks[0].closest(".article-text");
    box.closest(".article").scrollIntoView({block: "nearest", behavior: "smooth"});
    scrollWithin(box, marks[0]);
  }

  function reviewSection(incident) {
    const section = el("section", {cls: "reviews"}, el("h3", {text: t("reviews")}));
    if (!incident.reviews.length) section.append(el("p", {cls: "muted", text: t("noReviews")}));
    const list = el("ul", {cls: "review-list"});
    for (const review of incident.reviews) {
      const what = review.action === "set" ? t("action_set", {field: (I18N[state.lang].fields || {})[review.field] || review.field, value: review.value})
        : review.action === "split" ? t("action_split", {claim: review.claim})
          : review.action === "merge" ? t("action_merge", {other: review.other_incident})
            : t("action_" + review.action);
      list.append(el("li", {attrs: {"data-review": review.id}},
        el("span", {cls: "muted", text: formatDateTime(review.at) + " · "}),
        el("strong", {text: review.by}), `: ${what}`,
        review.note ? el("div", {cls: "review-note", text: review.note}) : null));
    }
    if (incident.reviews.length) section.append(list);
    if (!state.analyst) {
      section.append(el("p", {cls: "hint", text: t("signInToReview")}));
      return section;
    }
    const note = el("textarea", {attrs: {id: "review-note", rows: 2, placeholder: t("notePlaceholder"), maxlength: 5000}});
    const field = el("select", {attrs: {id: "review-field"}},
      ...["killed", "injured", "sub_event_type", "date", "perpetrator", "target"].map((name) =>
        el("option", {text: (I18N[state.lang].fields || {})[name] || name, attrs: {value: name}})));
    const value = el("input", {attrs: {id: "review-value", placeholder: t("setValue")}});
    const other = el("input", {attrs: {id: "review-other", placeholder: "6d00…", spellcheck: "false"}});
    const message = el("p", {cls: "form-message", attrs: {id: "review-message", role: "status"}});
    section.append(el("form", {cls: "review-form", on: {submit: (event) => event.preventDefault()}},
      el("p", {cls: "hint muted", text: t("reviewHint")}),
      el("label", {attrs: {for: "review-note"}, text: t("note")}), note,
      el("div", {cls: "review-buttons"},
        el("button", {cls: "confirm", text: t("confirm"), attrs: {type: "button", id: "review-confirm"},
          on: {click: () => submitReview({action: "confirm"})}}),
        el("button", {cls: "reject", text: t("reject"), attrs: {type: "button", id: "review-reject"},
          on: {click: () => submitReview({action: "reject"})}})),
      el("div", {cls: "review-row"},
        el("span", {text: t("setField")}), field, value,
        el("button", {text: t("apply"), attrs: {type: "button", id: "review-set"},
          on: {click: () => submitReview({action: "set", field: field.value, value: value.value})}})),
      el("div", {cls: "review-row"},
        el("span", {text: t("mergeWith")}), other,
        el("button", {text: t("merge"), attrs: {type: "button", id: "review-merge"},
          on: {click: () => submitReview({action: "merge", other: other.value})}})),
      message));
    return section;
  }

  function linksSection(incident) {
    if (!incident.links.length) return "";
    const details = el("details", {cls: "links"}, el("summary", {text: t("linkedBecause")}));
    for (const link of incident.links) {
      const reasons = Object.entries(link.reasons).map(([reason, weight]) =>
        `${reason} (${weight >= 0 ? "+" : ""}${weight.toFixed(2)})`).join("; ");
      details.append(el("p", {cls: "link-reason"},
        el("span", {cls: "mono", text: `${link.report} → ${link.other_report || "?"}`}),
        ` · ${link.score.toFixed(2)} · ${reasons}`));
    }
    return details;
  }

  async function submitReview(decision) {
    const message = document.getElementById("review-message");
    const note = document.getElementById("review-note");
    if (!note || !note.value.trim()) {
      if (message) {
        message.className = "form-message error";
        message.textContent = t("needNote");
      }
      if (note) note.focus();
      return;
    }
    try {
      const result = await api("/api/incidents/" + encodeURIComponent(state.selected.id) + "/reviews",
        {json: Object.assign({note: note.value.trim()}, decision), auth: true});
      await reload(false);
      await selectIncident(result.incident);
      const fresh = document.getElementById("review-message");
      if (fresh) {
        fresh.className = "form-message ok";
        fresh.textContent = t("reviewSaved", {message: result.message});
      }
      loadTotals();
      loadFacets();
    } catch (error) {
      message.className = "form-message error";
      message.textContent = error.message;
      if (error.status === 401 || error.status === 403) signOut();
    }
  }

  // ---------------------------------------------------------------------------------------
  // Analyst token

  async function checkToken(token) {
    state.token = token;
    try {
      const me = await api("/api/me", {auth: true});
      state.analyst = me.name;
      localStorage.setItem("bilan.token", token);
      return true;
    } catch (error) {
      state.token = "";
      state.analyst = "";
      localStorage.removeItem("bilan.token");
      return false;
    } finally {
      drawAccount();
    }
  }

  function signOut() {
    state.token = "";
    state.analyst = "";
    localStorage.removeItem("bilan.token");
    drawAccount();
    if (state.selected) drawPanel();
  }

  function drawAccount() {
    document.getElementById("analyst-name").textContent = state.analyst ? t("signedInAs", {name: state.analyst}) : "";
    document.getElementById("sign-in").hidden = Boolean(state.analyst);
    document.getElementById("sign-out").hidden = !state.analyst;
  }

  function wireAccount() {
    const form = document.getElementById("token-form");
    const input = document.getElementById("token-input");
    const message = document.getElementById("token-message");
    document.getElementById("sign-in").addEventListener("click", () => {
      form.hidden = false;
      message.textContent = "";
      input.focus();
    });
    document.getElementById("token-cancel").addEventListener("click", () => { form.hidden = true; });
    document.getElementById("sign-out").addEventListener("click", signOut);
    form.addEventListener("submit", async (event) => {
      event.preventDefault();
      message.className = "form-message";
      message.textContent = t("tokenChecking");
      if (await checkToken(input.value.trim())) {
        form.hidden = true;
        input.value = "";
        if (state.selected) drawPanel();
      } else {
        message.className = "form-message error";
        message.textContent = t("tokenRefused");
      }
    });
  }

  // ---------------------------------------------------------------------------------------
  // Start

  function wireFilters() {
    const form = document.getElementById("filters");
    form.addEventListener("submit", (event) => { event.preventDefault(); reload(true); });
    form.addEventListener("change", () => reload(true));
    form.addEventListener("reset", () => setTimeout(() => reload(true), 0));
    document.getElementById("page-prev").addEventListener("click", () => {
      state.offset = Math.max(0, state.offset - PAGE_SIZE);
      reload(false);
    });
    document.getElementById("page-next").addEventListener("click", () => {
      state.offset += PAGE_SIZE;
      reload(false);
    });
    for (const button of document.querySelectorAll(".lang-switch button")) {
      button.addEventListener("click", () => {
        state.lang = button.dataset.lang;
        localStorage.setItem("bilan.lang", state.lang);
        translatePage();
        drawAccount();
        loadTotals();
        drawList();
        drawMarkers();
        drawTimeline();
        if (state.selected) drawPanel();
      });
    }
    let resizing;
    window.addEventListener("resize", () => {
      clearTimeout(resizing);
      resizing = setTimeout(drawTimeline, 150);
    });
  }

  async function start() {
    document.getElementById("filters").elements.order.value = "-date";
    translatePage();
    wireFilters();
    wireAccount();
    drawAccount();
    if (state.token) await checkToken(state.token);
    await Promise.all([loadFacets(), loadTotals(), reload(true)]);
    const wanted = new URLSearchParams(location.hash.slice(1)).get("incident");
    if (wanted) await selectIncident(wanted);
  }

  start();
})();
