// Rasd review queue. Plain JS, no build step. Values from the API are untrusted: the DOM is built with
// createElement/textContent only. Keyboard-driven: j/k move, c confirm, r reject (1-5 reason), e correct (with a
// gazetteer place picker on a Leaflet map), m merge (twice: on the event kept, then on its duplicate), s split.
'use strict';

const S = { me: null, events: [], index: -1, detail: null, mode: null, mergeInto: null, map: null, candLayer: null,
  candidates: [], split: null, config: null };
const REASONS = ['not-event', 'background', 'statement', 'wrong-place', 'duplicate'];

function el(tag, attrs, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === undefined || v === null || v === false) continue;
    if (k === 'class') e.className = v;
    else e.setAttribute(k, String(v));
  }
  for (const c of children) {
    if (c === undefined || c === null) continue;
    e.append(c instanceof Node ? c : String(c));
  }
  return e;
}
function ar(text) { return el('span', { class: 'ar', dir: 'rtl', lang: 'ar' }, text || ''); }
function $(id) { return document.getElementById(id); }
function status(msg, error) { const s = $('status'); s.textContent = msg; s.className = error ? 'error' : ''; }

async function api(method, url, body) {
  const headers = { 'Accept': 'application/json' };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  if (method !== 'GET' && S.me) headers['X-CSRF-Token'] = S.me.csrf;
  const r = await fetch(url, { method, headers, body: body === undefined ? undefined : JSON.stringify(body),
    credentials: 'same-origin' });
  const text = await r.text();
  const data = text ? JSON.parse(text) : null;
  if (!r.ok) throw new Error((data && data.error) || ('HTTP ' + r.status));
  return data;
}

function showMe() {
  $('login').hidden = !!S.me;
  $('me').hidden = !S.me;
  $('me-name').textContent = S.me ? S.me.name + ' (' + S.me.role + ')' : '';
}

async function loadQueue(keepId) {
  const p = new URLSearchParams();
  for (const [k, v] of new FormData($('filters')).entries()) if (String(v).trim() !== '') p.set(k, String(v).trim());
  p.set('sort', 'confidence');
  p.set('limit', '500');
  const page = await api('GET', '/api/events?' + p.toString());
  S.events = page.events;
  const body = $('queue').querySelector('tbody');
  body.replaceChildren();
  S.events.forEach((e, i) => {
    const tr = el('tr', { class: 'row' + (e.id === S.mergeInto ? ' merge-target' : ''), 'data-id': e.id },
      el('td', {}, (e.confidence ?? 0).toFixed(2)), el('td', {}, e.event_date || '—'),
      el('td', {}, e.sub_event_type || ''), el('td', {}, e.location || '', ' ', ar(e.location_ar)),
      el('td', {}, e.review_status ? el('span', { class: 'badge ' + e.review_status }, e.review_status) : ''));
    tr.addEventListener('click', () => select(i));
    body.append(tr);
  });
  $('queue-note').textContent = page.total + ' events' + (page.total > S.events.length ? ' (first ' + S.events.length + ')' : '');
  let i = keepId ? S.events.findIndex(e => e.id === keepId) : -1;
  if (i < 0) i = Math.min(Math.max(S.index, 0), S.events.length - 1);
  await select(i);
}

async function select(i) {
  S.index = i;
  closeModes();
  for (const tr of $('queue').querySelectorAll('tr.row')) tr.classList.toggle('selected', Number(tr.dataset.id) === (S.events[i] || {}).id);
  const row = $('queue').querySelector('tr.selected');
  if (row) row.scrollIntoView({ block: 'nearest' });
  if (i < 0 || !S.events[i]) { $('event').replaceChildren(el('p', { class: 'hint' }, 'Nothing to review here.')); $('reports').replaceChildren(); $('history').replaceChildren(); return; }
  await showEvent(S.events[i].id);
}

function fieldRow(label, ...value) { return el('tr', {}, el('th', {}, label), el('td', {}, ...value)); }

async function showEvent(id) {
  S.showing = id;
  const e = await api('GET', '/api/events/' + id);
  if (S.showing !== id) return; // another event was selected meanwhile
  S.detail = e;
  const t = el('table', { class: 'fields' },
    fieldRow('Event', el('strong', {}, e.sub_event_type || ''), ' (' + (e.event_type || '') + ')'),
    fieldRow('Date', e.event_date || '—', ' precision ' + e.time_precision),
    fieldRow('Place', e.location || '', ' ', ar(e.location_ar), ' · ' + [e.admin1, e.country].filter(Boolean).join(', '),
      ' (' + (e.latitude ?? '?') + ', ' + (e.longitude ?? '?') + ', precision ' + e.geo_precision + ')'),
    fieldRow('Actor 1', (e.actor1 || '—') + ' [' + e.inter1 + ']'),
    fieldRow('Actor 2', (e.actor2 || '—') + ' [' + e.inter2 + ']'),
    fieldRow('Fatalities', e.fatalities ?? '—'),
    fieldRow('Confidence', (e.confidence ?? 0).toFixed(3)),
    fieldRow('Review', e.review_status ? el('span', { class: 'badge ' + e.review_status, id: 'review-status' }, e.review_status)
      : el('span', { class: 'badge', id: 'review-status' }, 'unreviewed')));
  $('event').replaceChildren(el('h2', {}, 'Event ' + e.id), t);
  const h = await api('GET', '/api/events/' + id + '/history');
  if (S.showing !== id) return;
  const list = el('ul', {});
  for (const c of h.history) {
    list.append(el('li', {}, c.at.replace('T', ' ').slice(0, 19) + ' ' + c.reviewer + ': ' + c.action + ' ' + (c.field || '')
      + ' ', c.before === null ? '' : ar(c.before), ' → ', ar(c.after)));
  }
  $('history').replaceChildren(h.history.length ? el('h3', {}, 'History') : '', list);
  const reports = $('reports');
  reports.replaceChildren();
  for (const r of e.reports) {
    const art = await api('GET', '/api/articles/' + r.article_id);
    if (S.showing !== id) return;
    reports.append(el('div', { class: 'report' },
      el('div', { class: 'meta' }, (r.source || 'unknown outlet') + ' · ' + (r.published || '') + ' · fatalities ' + (r.fatalities ?? '—')),
      el('h3', { class: 'ar', dir: 'rtl', lang: 'ar' }, art.title || ''),
      highlighted(art.text, art.spans, e.id)));
  }
  const cur = reports.querySelector('mark.current');
  if (cur) cur.scrollIntoView({ block: 'nearest' });
}

/** The article text split at every span boundary; covered segments are marked, the reviewed event's as mark.current. */
function highlighted(text, spans, eventId) {
  const div = el('div', { class: 'article-text ar', dir: 'rtl', lang: 'ar' });
  const ok = spans.filter(s => s.start >= 0 && s.end <= text.length && s.end > s.start);
  const cuts = [...new Set([0, text.length, ...ok.flatMap(s => [s.start, s.end])])].sort((a, b) => a - b);
  for (let i = 0; i + 1 < cuts.length; i++) {
    const a = cuts[i], b = cuts[i + 1];
    const cover = ok.filter(s => s.start <= a && s.end >= b);
    if (cover.length === 0) { div.append(text.slice(a, b)); continue; }
    const mine = cover.find(s => s.event_id === eventId);
    const s = mine || cover[0];
    div.append(el('mark', { class: mine ? 'current' : null, title: s.sub_event_type + ' · ' + s.role }, text.slice(a, b)));
  }
  return div;
}

function closeModes() {
  S.mode = null;
  S.split = null;
  $('reject-box').hidden = true;
  $('correct').hidden = true;
  $('split-box').hidden = true;
}

function requireLogin() {
  if (!S.me) { status('Log in to review.', true); $('login-name').focus(); return false; }
  return true;
}

async function act(path, body) {
  const e = S.events[S.index];
  if (!e || !requireLogin()) return;
  try {
    const st = await api('POST', '/api/events/' + e.id + '/' + path, body);
    const next = S.events[S.index + 1];
    await loadQueue(next ? next.id : null);
    // said once the queue is drawn again, so that what follows acts on the new selection
    status('Event ' + e.id + ': ' + st.review_status + (st.reason ? ' (' + st.reason + ')' : ''));
  } catch (err) {
    status(err.message, true);
  }
}

function startReject() {
  if (!S.events[S.index] || !requireLogin()) return;
  closeModes();
  S.mode = 'reject';
  $('reject-box').hidden = false;
}

function startCorrect() {
  if (!S.detail || !requireLogin()) return;
  closeModes();
  S.mode = 'correct';
  const f = $('correct');
  f.reset();
  f.hidden = false;
  $('place-q').value = S.detail.location_ar || S.detail.location || '';
  $('place-candidates').replaceChildren();
  S.candidates = [];
  showPlaceMap();
  $('place-q').focus();
}

// ------------------------------------------------------------------ place picker

function showPlaceMap() {
  if (!S.map) {
    S.map = L.map('place-map', { worldCopyJump: true }).setView([31, 40], 4);
    if (S.config && S.config.tiles) {
      L.tileLayer(S.config.tiles, { maxZoom: 18, attribution: S.config.attribution || '' }).addTo(S.map);
    }
    api('GET', '/basemap/countries-110m.geojson').then(geo => L.geoJSON(geo, { interactive: false,
      attribution: 'Borders: Natural Earth', style: { color: '#90a4ae', weight: 1, fillColor: '#f7f5ef', fillOpacity: 0.6 } })
      .addTo(S.map).bringToBack()).catch(() => {});
    S.candLayer = L.layerGroup().addTo(S.map);
  }
  S.map.invalidateSize();
  S.candLayer.clearLayers();
  const e = S.detail;
  if (e && e.latitude != null && e.longitude != null) {
    L.circleMarker([e.latitude, e.longitude], { radius: 6, color: '#d84315', fillOpacity: 0.3, dashArray: '3' })
      .bindTooltip('now: ' + (e.location || '')).addTo(S.candLayer);
    S.map.setView([e.latitude, e.longitude], 8, { animate: false });
  }
}

async function searchPlaces() {
  const q = $('place-q').value.trim();
  if (!q) { status('Type a place name to look up.', true); return; }
  const p = new URLSearchParams({ q, limit: '9' });
  const e = S.detail || {};
  if (e.country_code) p.set('country', e.country_code);
  if (e.latitude != null && e.longitude != null) p.set('near', e.latitude + ',' + e.longitude);
  let res;
  try { res = await api('GET', '/api/places?' + p.toString()); } catch (err) { status(err.message, true); return; }
  S.candidates = res.candidates;
  showPlaceMap();
  const list = $('place-candidates');
  list.replaceChildren();
  const bounds = [];
  S.candidates.forEach((c, i) => {
    const label = c.name + ' · ' + [c.admin2, c.admin1, c.country_name || c.country].filter(Boolean).join(', ')
      + ' · ' + c.kind + (c.population ? ' · pop. ' + c.population.toLocaleString('en') : '');
    const b = el('button', { type: 'button', class: 'cand', 'data-index': i, 'data-id': c.gazetteer_id },
      label, ' ', ar(c.name_ar));
    b.addEventListener('click', () => pickPlace(i));
    list.append(el('li', {}, b));
    const m = L.circleMarker([c.lat, c.lon], { radius: 9, color: '#1565c0', fillOpacity: 0.7,
      className: 'cand-marker cand-' + i })
      .bindTooltip(String(i + 1), { permanent: true, direction: 'center', className: 'cand-label' })
      .on('click', () => pickPlace(i));
    m.addTo(S.candLayer);
    bounds.push([c.lat, c.lon]);
  });
  if (bounds.length) S.map.fitBounds(bounds, { maxZoom: 9, padding: [20, 20], animate: false });
  status(S.candidates.length ? S.candidates.length + ' candidates for ' + q + ': ↓/↑ and Enter, or 1–'
    + S.candidates.length + ', or click one' : 'No gazetteer place called ' + q + ' (type the fields instead).',
    !S.candidates.length);
  const first = list.querySelector('button');
  if (first) first.focus();
}

function pickPlace(i) {
  const c = S.candidates[i];
  if (!c) return;
  const f = $('correct').elements;
  f['location'].value = c.name || '';
  f['location_ar'].value = c.name_ar || '';
  f['country_code'].value = c.country || '';
  f['country'].value = c.country_name || '';
  f['admin1'].value = c.admin1 || '';
  f['admin2'].value = c.admin2 || '';
  f['latitude'].value = c.lat;
  f['longitude'].value = c.lon;
  f['geo_precision'].value = String(c.geo_precision);
  f['gazetteer_id'].value = c.gazetteer_id;
  for (const b of $('place-candidates').querySelectorAll('button')) b.classList.toggle('picked', Number(b.dataset.index) === i);
  status('Picked ' + c.name + ' (' + c.gazetteer_id + '): Enter saves.');
  f['location'].focus();
}

function onCandidateKey(ev) {
  const b = ev.target;
  if (!(b instanceof HTMLButtonElement) || !b.classList.contains('cand')) return false;
  const i = Number(b.dataset.index);
  const buttons = [...$('place-candidates').querySelectorAll('button')];
  if (ev.key === 'ArrowDown' || ev.key === 'ArrowUp') {
    const j = ev.key === 'ArrowDown' ? Math.min(i + 1, buttons.length - 1) : Math.max(i - 1, 0);
    buttons[j].focus();
  } else if (/^[1-9]$/.test(ev.key)) {
    pickPlace(Number(ev.key) - 1);
  } else if (ev.key === 'Enter' || ev.key === ' ') {
    pickPlace(i);
  } else {
    return false;
  }
  ev.preventDefault();
  return true;
}

// ------------------------------------------------------------------ merge and split

function startMerge() {
  const e = S.events[S.index];
  if (!e || !requireLogin()) return;
  closeModes();
  if (S.mergeInto === null || S.mergeInto === e.id) {
    S.mergeInto = e.id;
    $('merge-box').hidden = false;
    $('merge-box').textContent = 'Merging into event ' + e.id + ' (' + (e.sub_event_type || '') + ', ' + (e.location || '')
      + '): select its duplicate with j/k and press m; Esc cancels.';
    for (const tr of $('queue').querySelectorAll('tr.row')) tr.classList.toggle('merge-target', Number(tr.dataset.id) === e.id);
    status('Merge: pick the duplicate of event ' + e.id);
    return;
  }
  const into = S.mergeInto;
  cancelMerge();
  doMerge(into, e.id);
}

function cancelMerge() {
  S.mergeInto = null;
  $('merge-box').hidden = true;
  for (const tr of $('queue').querySelectorAll('tr.merge-target')) tr.classList.remove('merge-target');
}

async function doMerge(into, from) {
  try {
    await api('POST', '/api/events/' + into + '/merge', { from });
    await loadQueue(into);
    status('Event ' + from + ' merged into event ' + into);
  } catch (err) { status(err.message, true); }
}

function startSplit() {
  const e = S.detail;
  if (!e || !requireLogin()) return;
  closeModes();
  const items = $('split-items');
  items.replaceChildren();
  if (e.reports.length > 1) {
    S.split = { kind: 'reports', ids: e.reports.map(r => r.report_id) };
    $('split-what').textContent = 'Move these reports to a new event (the first stays):';
    e.reports.forEach((r, i) => items.append(el('li', {}, el('label', {},
      el('input', { type: 'checkbox', 'data-index': i, disabled: i === 0 }),
      ' ' + (r.source || 'unknown outlet') + ' · ' + (r.published || '') + ' · ', ar(r.title || '')))));
  } else if (e.reports.length === 1 && e.reports[0].evidence.length > 1) {
    S.split = { kind: 'evidence', report: e.reports[0].report_id };
    $('split-what').textContent = 'Move these evidence passages to a new event:';
    e.reports[0].evidence.forEach((v, i) => items.append(el('li', {}, el('label', {},
      el('input', { type: 'checkbox', 'data-index': i }), ' ' + v.role + ': ', ar(v.text)))));
  } else {
    status('Nothing to split: one report with one evidence passage.', true);
    return;
  }
  S.mode = 'split';
  $('split-box').hidden = false;
}

function toggleSplit(n) {
  const box = $('split-items').querySelector('input[data-index="' + n + '"]');
  if (box && !box.disabled) box.checked = !box.checked;
}

async function doSplit() {
  const e = S.detail;
  const chosen = [...$('split-items').querySelectorAll('input:checked')].map(b => Number(b.dataset.index));
  if (!chosen.length) { status('Choose what moves to the new event (1–9).', true); return; }
  const body = S.split.kind === 'reports' ? { reports: chosen.map(i => S.split.ids[i]) }
    : { report: S.split.report, evidence: chosen };
  closeModes();
  try {
    const r = await api('POST', '/api/events/' + e.id + '/split', body);
    await loadQueue(e.id);
    status('Event ' + e.id + ' split: new event ' + r.created);
  } catch (err) { status(err.message, true); }
}

async function saveCorrection(ev) {
  ev.preventDefault();
  const fields = {};
  for (const [k, v] of new FormData($('correct')).entries()) {
    const s = String(v).trim();
    if (s === '') continue;
    fields[k] = ['latitude', 'longitude'].includes(k) ? Number(s)
      : ['inter1', 'inter2', 'fatalities', 'geo_precision'].includes(k) ? parseInt(s, 10) : s;
  }
  if (Object.keys(fields).length === 0) { status('Nothing to correct.', true); return; }
  closeModes();
  await act('correct', { fields });
}

function onKey(ev) {
  const t = ev.target;
  const typing = t instanceof HTMLInputElement || t instanceof HTMLSelectElement || t instanceof HTMLTextAreaElement;
  if (S.mode === 'correct') {
    if (ev.key === 'Escape') { closeModes(); ev.preventDefault(); return; }
    if (onCandidateKey(ev)) return;
    if (t === $('place-q') && ev.key === 'Enter') { ev.preventDefault(); searchPlaces(); }
    return; // Enter submits the form
  }
  if (S.mode === 'split') {
    if (ev.ctrlKey || ev.metaKey || ev.altKey) return;
    const n = parseInt(ev.key, 10);
    if (n >= 1 && n <= 9) { ev.preventDefault(); toggleSplit(n - 1); }
    else if (ev.key === 'Enter') { ev.preventDefault(); doSplit(); }
    else if (ev.key === 'Escape') { ev.preventDefault(); closeModes(); }
    return;
  }
  if (typing || ev.ctrlKey || ev.metaKey || ev.altKey) return;
  if (S.mode === 'reject') {
    const n = parseInt(ev.key, 10);
    if (n >= 1 && n <= REASONS.length) { ev.preventDefault(); closeModes(); act('reject', { reason: REASONS[n - 1] }); }
    else if (ev.key === 'Escape') closeModes();
    return;
  }
  switch (ev.key) {
    case 'j': case 'ArrowDown': ev.preventDefault(); if (S.index < S.events.length - 1) select(S.index + 1); break;
    case 'k': case 'ArrowUp': ev.preventDefault(); if (S.index > 0) select(S.index - 1); break;
    case 'c': ev.preventDefault(); act('confirm'); break;
    case 'r': ev.preventDefault(); startReject(); break;
    case 'e': ev.preventDefault(); startCorrect(); break;
    case 'm': ev.preventDefault(); startMerge(); break;
    case 's': ev.preventDefault(); startSplit(); break;
    case 'Escape': if (S.mergeInto !== null) { ev.preventDefault(); cancelMerge(); status('Merge cancelled.'); } break;
    default: break;
  }
}

async function main() {
  const meta = await api('GET', '/api/review/fields');
  try { S.config = await api('GET', '/api/config'); } catch (e) { S.config = null; }
  const sel = $('correct').elements['sub_event_type'];
  for (const t of meta.sub_event_types) sel.append(el('option', { value: t.sub_event_type }, t.event_type + ' — ' + t.sub_event_type));
  try { S.me = await api('GET', '/api/session'); } catch (e) { S.me = null; }
  showMe();
  $('login').addEventListener('submit', async ev => {
    ev.preventDefault();
    const f = new FormData($('login'));
    try {
      S.me = await api('POST', '/api/login', { name: f.get('name'), password: f.get('password') });
      $('login').reset();
      showMe();
      status('Logged in as ' + S.me.name);
      document.activeElement.blur();
    } catch (err) { status(err.message, true); }
  });
  $('logout').addEventListener('click', async () => {
    try { await api('POST', '/api/logout'); } catch (e) { /* already out */ }
    S.me = null;
    showMe();
  });
  $('filters').addEventListener('submit', ev => { ev.preventDefault(); S.index = 0; loadQueue(); });
  $('correct').addEventListener('submit', saveCorrection);
  $('correct-cancel').addEventListener('click', closeModes);
  $('place-search').addEventListener('click', searchPlaces);
  $('split-go').addEventListener('click', doSplit);
  $('split-cancel').addEventListener('click', closeModes);
  for (const b of $('reasons').querySelectorAll('button')) {
    b.addEventListener('click', () => { closeModes(); act('reject', { reason: b.dataset.reason }); });
  }
  document.addEventListener('keydown', onKey);
  await loadQueue();
  document.body.dataset.ready = 'true';
}

main().catch(err => status(err.message, true));
