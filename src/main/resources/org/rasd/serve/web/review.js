// Rasd review queue. Plain JS, no build step. Values from the API are untrusted: the DOM is built with
// createElement/textContent only. Keyboard-driven: j/k move, c confirm, r reject (1-5 reason), e correct.
'use strict';

const S = { me: null, events: [], index: -1, detail: null, mode: null };
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
    const tr = el('tr', { class: 'row', 'data-id': e.id },
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
  const e = await api('GET', '/api/events/' + id);
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
  $('reject-box').hidden = true;
  $('correct').hidden = true;
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
    status('Event ' + e.id + ': ' + st.review_status + (st.reason ? ' (' + st.reason + ')' : ''));
    const next = S.events[S.index + 1];
    await loadQueue(next ? next.id : null);
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
  f.elements['location'].focus();
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
    if (ev.key === 'Escape') { closeModes(); ev.preventDefault(); }
    return; // Enter submits the form
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
    default: break;
  }
}

async function main() {
  const meta = await api('GET', '/api/review/fields');
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
  for (const b of $('reasons').querySelectorAll('button')) {
    b.addEventListener('click', () => { closeModes(); act('reject', { reason: b.dataset.reason }); });
  }
  document.addEventListener('keydown', onKey);
  await loadQueue();
  document.body.dataset.ready = 'true';
}

main().catch(err => status(err.message, true));
