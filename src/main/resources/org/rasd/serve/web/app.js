// Rasd web map. Plain JS, no build step. Every value from the API is untrusted: the DOM is built with
// createElement/textContent only (never innerHTML with data).
'use strict';

const TYPE_COLORS = {
  'Battles': '#d62728',
  'Explosions/Remote violence': '#ff7f0e',
  'Violence against civilians': '#9467bd',
  'Protests': '#2ca02c',
  'Riots': '#8c564b',
  'Strategic developments': '#1f77b4'
};
const OTHER_COLOR = '#607d8b';
const CELL_PX = 48;
const MAP_LIMIT = 5000;
const LIST_LIMIT = 300;

const state = { events: [], byId: new Map(), map: null, layer: null, chart: null, selected: null };

function color(type) { return TYPE_COLORS[type] || OTHER_COLOR; }

/** el('div', {class: 'x', dir: 'rtl'}, 'text', childNode, ...): text children become text nodes. */
function el(tag, attrs, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === undefined || v === null || v === false) continue;
    if (k === 'class') e.className = v;
    else if (k.startsWith('on')) e.addEventListener(k.slice(2), v);
    else e.setAttribute(k, String(v));
  }
  for (const c of children) {
    if (c === undefined || c === null) continue;
    e.append(c instanceof Node ? c : String(c));
  }
  return e;
}

/** Arabic text, isolated and right-to-left. */
function ar(text, cls) {
  return el('span', { class: 'ar' + (cls ? ' ' + cls : ''), dir: 'rtl', lang: 'ar' }, text || '');
}

function filterParams() {
  const form = document.getElementById('filters');
  const p = new URLSearchParams();
  for (const [k, v] of new FormData(form).entries()) {
    if (String(v).trim() !== '') p.set(k, String(v).trim());
  }
  return p;
}

async function getJson(url) {
  const r = await fetch(url, { headers: { 'Accept': 'application/json' } });
  if (!r.ok) throw new Error(url + ': HTTP ' + r.status);
  return r.json();
}

function showTab(name) {
  for (const b of document.querySelectorAll('#tabs button')) b.classList.toggle('active', b.dataset.tab === name);
  for (const p of document.querySelectorAll('.panel')) p.classList.toggle('active', p.id === 'panel-' + name);
}

// ------------------------------------------------------------------ map

async function initMap() {
  const map = L.map('map', { worldCopyJump: true }).setView([31, 40], 4);
  state.map = map;
  try {
    const cfg = await getJson('/api/config');
    if (cfg.tiles) {
      const tiles = L.tileLayer(cfg.tiles, { maxZoom: 18, attribution: cfg.attribution || '' }).addTo(map);
      tiles.once('tileload', () => { state.tilesOk = true; if (state.basemap) state.basemap.setStyle({ fillOpacity: 0 }); });
    }
  } catch (e) {
    console.warn('no map config', e);
  }
  addBasemap(map);
  state.layer = L.layerGroup().addTo(map);
  map.on('zoomend', drawMarkers);
  const legend = document.getElementById('legend');
  for (const [type, c] of Object.entries(TYPE_COLORS)) {
    legend.append(el('div', {}, el('span', { class: 'dot', style: 'background:' + c }), type));
  }
}

/** Offline country outlines (Natural Earth 110m) so events have context without a tile server. */
async function addBasemap(map) {
  try {
    const geo = await getJson('/basemap/countries-110m.geojson');
    state.basemap = L.geoJSON(geo, {
      interactive: false, attribution: 'Borders: Natural Earth',
      style: { color: '#90a4ae', weight: 1, fillColor: '#f7f5ef', fillOpacity: state.tilesOk ? 0 : 1 }
    }).addTo(map);
  } catch (e) {
    console.warn('no basemap', e);
  }
}

/** Grid clustering in screen space: events within one CELL_PX cell at the current zoom share a marker. */
function drawMarkers() {
  const map = state.map;
  state.layer.clearLayers();
  const zoom = map.getZoom();
  const cells = new Map();
  for (const e of state.events) {
    if (e.latitude == null || e.longitude == null) continue;
    const pt = map.project([e.latitude, e.longitude], zoom);
    const key = Math.floor(pt.x / CELL_PX) + ':' + Math.floor(pt.y / CELL_PX);
    if (!cells.has(key)) cells.set(key, []);
    cells.get(key).push(e);
  }
  for (const members of cells.values()) {
    const lat = members.reduce((s, e) => s + e.latitude, 0) / members.length;
    const lon = members.reduce((s, e) => s + e.longitude, 0) / members.length;
    const counts = {};
    for (const e of members) counts[e.event_type] = (counts[e.event_type] || 0) + 1;
    const top = Object.entries(counts).sort((a, b) => b[1] - a[1])[0][0];
    const size = members.length === 1 ? 16 : Math.min(44, 22 + 4 * Math.log2(members.length));
    const div = el('div', { class: 'rasd-marker', title: members.length === 1
        ? members[0].event_type + ' — ' + (members[0].location || '') : members.length + ' events' },
        members.length === 1 ? '' : String(members.length));
    div.style.background = color(top);
    div.style.width = size + 'px';
    div.style.height = size + 'px';
    div.dataset.count = String(members.length);
    const icon = L.divIcon({ html: div, className: 'rasd-icon', iconSize: [size, size] });
    const m = L.marker([lat, lon], { icon: icon, keyboard: true, title: members.length + ' events' });
    m.on('click', () => {
      if (members.length === 1) {
        showEvent(members[0].id);
        return;
      }
      const b = L.latLngBounds(members.map(e => [e.latitude, e.longitude]));
      if (zoom < map.getMaxZoom() && b.getNorthEast().distanceTo(b.getSouthWest()) > 50) {
        map.fitBounds(b.pad(0.3));
      } else {
        renderList(members, members.length, 'Events at this place');
        showTab('list');
      }
    });
    m.addTo(state.layer);
  }
}

function fitToEvents() {
  const pts = state.events.filter(e => e.latitude != null && e.longitude != null).map(e => [e.latitude, e.longitude]);
  if (pts.length > 0) {
    state.map.fitBounds(L.latLngBounds(pts).pad(0.2), { maxZoom: 9 });
  }
}

// ------------------------------------------------------------------ data

async function load() {
  const p = filterParams();
  const ev = new URLSearchParams(p);
  ev.set('limit', String(MAP_LIMIT));
  const [page, stats] = await Promise.all([getJson('/api/events?' + ev), getJson('/api/stats?' + p)]);
  state.events = page.events;
  state.byId = new Map(page.events.map(e => [e.id, e]));
  document.getElementById('summary').textContent = page.total + ' events, ' + stats.fatalities
      + ' fatalities (conservative) · ' + stats.articles_total + ' articles stored'
      + (page.total > page.events.length ? ' · map shows the newest ' + page.events.length : '');
  drawMarkers();
  fitToEvents();
  renderList(page.events.slice(0, LIST_LIMIT), page.total, null);
  renderTimeline(stats.by_day);
}

function renderList(events, total, title) {
  const tbody = document.querySelector('#event-list tbody');
  tbody.replaceChildren();
  for (const e of events) {
    const loc = el('td', {}, e.location || '', e.location_ar ? ar(e.location_ar, 'gloss') : null);
    const tr = el('tr', { class: 'event-row', 'data-id': e.id, tabindex: 0 },
        el('td', {}, e.event_date || ''),
        el('td', {}, el('span', { class: 'dot', style: 'background:' + color(e.event_type) }), e.sub_event_type || e.event_type || ''),
        loc,
        el('td', {}, e.fatalities == null ? '' : String(e.fatalities)),
        el('td', {}, String(e.source_count)));
    tr.addEventListener('click', () => showEvent(e.id));
    tr.addEventListener('keydown', (k) => { if (k.key === 'Enter') showEvent(e.id); });
    tbody.append(tr);
  }
  document.getElementById('list-note').textContent = (title ? title + ': ' : '')
      + (events.length < total ? 'showing ' + events.length + ' of ' + total : total + ' events');
}

/** Fills days without events with zeros when the range is short enough to read as a daily series. */
function continuous(days) {
  if (days.length < 2) return days;
  const first = new Date(days[0].date + 'T00:00:00Z');
  const last = new Date(days[days.length - 1].date + 'T00:00:00Z');
  const span = Math.round((last - first) / 86400000);
  if (span > 180) return days;
  const byDate = new Map(days.map(d => [d.date, d]));
  const out = [];
  for (let t = first.getTime(); t <= last.getTime(); t += 86400000) {
    const key = new Date(t).toISOString().slice(0, 10);
    out.push(byDate.get(key) || { date: key, events: 0, fatalities: 0 });
  }
  return out;
}

function renderTimeline(rawDays) {
  const ctx = document.getElementById('timeline');
  const days = continuous(rawDays);
  const labels = days.map(d => d.date);
  const data = {
    labels: labels,
    datasets: [
      { type: 'bar', label: 'Events', data: days.map(d => d.events), backgroundColor: '#546e7a', yAxisID: 'y' },
      { type: 'line', label: 'Fatalities', data: days.map(d => d.fatalities), borderColor: '#c62828',
        backgroundColor: '#c62828', yAxisID: 'y1', tension: 0.2, pointRadius: 2 }
    ]
  };
  if (state.chart) {
    state.chart.data = data;
    state.chart.update();
    return;
  }
  state.chart = new Chart(ctx, {
    data: data,
    options: {
      animation: false, responsive: true, maintainAspectRatio: false,
      scales: { y: { beginAtZero: true, position: 'left', title: { display: true, text: 'events' } },
                y1: { beginAtZero: true, position: 'right', grid: { drawOnChartArea: false },
                      title: { display: true, text: 'fatalities' } } },
      onClick: (evt, elements) => {
        if (elements.length === 0) return;
        const day = state.chart.data.labels[elements[0].index];
        const form = document.getElementById('filters');
        form.elements.from.value = day;
        form.elements.to.value = day;
        load().catch(showError);
      }
    }
  });
}

// ------------------------------------------------------------------ event and article views

function fieldRow(label, ...value) {
  return el('tr', {}, el('th', {}, label), el('td', {}, ...value));
}

function actorText(name, inter, assoc) {
  if (!name) return 'unknown';
  return name + ' (inter ' + inter + ')' + (assoc ? '; with ' + assoc : '');
}

async function showEvent(id) {
  const panel = document.getElementById('panel-detail');
  panel.replaceChildren(el('p', { class: 'hint' }, 'Loading…'));
  showTab('detail');
  for (const tr of document.querySelectorAll('#event-list tr')) tr.classList.toggle('selected', tr.dataset.id === String(id));
  const e = await getJson('/api/events/' + encodeURIComponent(id));
  state.selected = e.id;
  if (location.hash !== '#event=' + e.id) history.replaceState(null, '', '#event=' + e.id);
  const head = el('h2', {}, el('span', { class: 'dot', style: 'background:' + color(e.event_type) }),
      (e.sub_event_type || e.event_type || '') + ' — ' + (e.event_date || ''));
  const fields = el('table', { class: 'fields' },
      fieldRow('Event id', e.event_id_cnty),
      fieldRow('Type', (e.event_type || '') + ' / ' + (e.sub_event_type || '') + ' (' + (e.disorder_type || '') + ')'),
      fieldRow('Date', (e.event_date || '') + ' (time precision ' + e.time_precision + ')'),
      fieldRow('Location', e.location || '', e.location_ar ? ar(e.location_ar, 'gloss') : null),
      fieldRow('Admin', [e.country, e.admin1, e.admin2, e.admin3].filter(Boolean).join(' › ')),
      fieldRow('Coordinates', e.latitude == null ? 'none' : e.latitude.toFixed(4) + ', ' + e.longitude.toFixed(4)
          + ' (geo precision ' + e.geo_precision + ')'),
      fieldRow('Actor 1', actorText(e.actor1, e.inter1, e.assoc_actor_1)),
      fieldRow('Actor 2', actorText(e.actor2, e.inter2, e.assoc_actor_2)),
      fieldRow('Interaction', String(e.interaction)),
      fieldRow('Fatalities', e.fatalities == null ? 'not reported' : String(e.fatalities)
          + (e.reports.length > 1 ? ' (lowest credible figure across reports)' : '')),
      fieldRow('Civilian targeting', e.civilian_targeting ? 'yes' : 'no'),
      fieldRow('Notes', e.notes || ''),
      fieldRow('Reports', String(e.reports.length) + ' from ' + (e.sources || []).join(', ')),
      fieldRow('Review', e.review_status || 'unreviewed'));
  const reports = el('div', { id: 'reports' });
  for (const r of e.reports) {
    const quotes = r.evidence.map(x => el('blockquote', { dir: 'rtl', lang: 'ar', class: 'ar evidence' },
        x.text || '', x.role ? el('span', { class: 'gloss', dir: 'ltr', lang: 'en' }, '[' + x.role + ']') : null));
    const open = el('button', { type: 'button', class: 'open-article' }, 'Open article');
    open.addEventListener('click', () => showArticle(r.article_id, e.id));
    reports.append(el('div', { class: 'report', 'data-article': r.article_id },
        el('div', { class: 'meta' }, (r.source || 'unknown outlet') + ' · ' + (r.published || 'no date')
            + ' · fatalities in this report: ' + (r.fatalities == null ? 'none given' : r.fatalities)),
        r.title ? el('div', { dir: 'auto', class: 'ar' }, r.title) : null,
        ...quotes, open));
  }
  panel.replaceChildren(head, fields, el('h3', {}, 'Reports and evidence'), reports);
  if (e.reviewed) {
    // the analysts' changes: who, when, which field, before and after
    const h = await getJson('/api/events/' + encodeURIComponent(e.id) + '/history');
    const list = el('ul', { class: 'history' });
    for (const c of h.history) {
      list.append(el('li', {}, c.at.replace('T', ' ').slice(0, 19) + ' ' + c.reviewer + ': ' + c.action
          + (c.field ? ' ' + c.field : '') + ' ', c.before == null ? '' : ar(c.before), ' → ', ar(c.after)));
    }
    panel.append(el('h3', {}, 'Review history'), list);
  }
  if (e.latitude != null && state.map) {
    state.map.setView([e.latitude, e.longitude], Math.max(state.map.getZoom(), 8));
  }
}

/** Splits the text at every span boundary; covered segments become <mark> (current event's spans highlighted). */
function highlighted(text, spans, currentEvent) {
  const cuts = new Set([0, text.length]);
  for (const s of spans) {
    if (s.start >= 0 && s.end <= text.length && s.start < s.end) { cuts.add(s.start); cuts.add(s.end); }
  }
  const points = [...cuts].sort((a, b) => a - b);
  const out = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const a = points[i], b = points[i + 1];
    const seg = text.slice(a, b);
    const covering = spans.filter(s => s.start <= a && s.end >= b);
    if (covering.length === 0) { out.push(document.createTextNode(seg)); continue; }
    const cur = covering.find(s => s.event_id === currentEvent) || covering[0];
    const m = el('mark', { 'data-event': cur.event_id, class: cur.event_id === currentEvent ? 'current' : null,
        title: [...new Set(covering.map(s => (s.sub_event_type || s.event_type) + (s.role ? ' [' + s.role + ']' : '')))].join('; ') }, seg);
    m.addEventListener('click', () => showEvent(cur.event_id));
    out.push(m);
  }
  return out;
}

async function showArticle(id, currentEvent) {
  const panel = document.getElementById('panel-article');
  panel.replaceChildren(el('p', { class: 'hint' }, 'Loading…'));
  showTab('article');
  const a = await getJson('/api/articles/' + encodeURIComponent(id));
  if (location.hash !== '#article=' + a.id) history.replaceState(null, '', '#article=' + a.id);
  const link = a.url && /^https?:\/\//i.test(a.url) ? el('a', { href: a.url, rel: 'noopener noreferrer', target: '_blank' }, 'original') : null;
  const head = el('div', { class: 'meta' }, 'Article ' + a.id + ' · ' + (a.source || 'unknown outlet') + ' · '
      + (a.published || 'no date') + ' · ' + a.spans.length + ' evidence spans ', link);
  const title = el('h2', { dir: 'auto', lang: 'ar', class: 'ar', id: 'article-title' }, a.title || a.doc_id || '');
  const body = el('div', { id: 'article-text', dir: 'rtl', lang: 'ar', class: 'ar' },
      ...highlighted(a.text, a.spans, currentEvent));
  panel.replaceChildren(head, title, body);
  const cur = body.querySelector('mark.current');
  if (cur) cur.scrollIntoView({ block: 'center' });
}

function showError(err) {
  console.error(err);
  document.getElementById('summary').textContent = 'Error: ' + (err && err.message ? err.message : err);
}

function route() {
  const m = /^#(event|article)=(\d+)$/.exec(location.hash);
  if (!m) return;
  (m[1] === 'event' ? showEvent(Number(m[2])) : showArticle(Number(m[2]), null)).catch(showError);
}

async function main() {
  for (const b of document.querySelectorAll('#tabs button')) b.addEventListener('click', () => showTab(b.dataset.tab));
  document.getElementById('filters').addEventListener('submit', (e) => { e.preventDefault(); load().catch(showError); });
  document.getElementById('reset').addEventListener('click', () => { document.getElementById('filters').reset(); load().catch(showError); });
  window.addEventListener('hashchange', route);
  await initMap();
  await load();
  document.body.dataset.ready = 'true';
  route();
}

main().catch(showError);
