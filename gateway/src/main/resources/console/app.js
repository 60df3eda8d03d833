// The web console: polls the REST API and renders plugins, orders and whatever else the gateway offers.
'use strict';

const REFRESH_MS = 1000;
const tokenInput = document.getElementById('token');
tokenInput.value = localStorage.getItem('dto-token') || '';
tokenInput.addEventListener('change', () => localStorage.setItem('dto-token', tokenInput.value));

function authHeaders() {
  return tokenInput.value ? { 'Authorization': 'Bearer ' + tokenInput.value } : {};
}

async function getJson(path) {
  const response = await fetch(path, { headers: { 'Accept': 'application/json' } });
  if (!response.ok) {
    const error = new Error(path + ' answered ' + response.status);
    error.status = response.status;
    throw error;
  }
  return response.json();
}

async function send(method, path, body) {
  const response = await fetch(path, {
    method,
    headers: Object.assign({ 'Content-Type': 'application/json' }, authHeaders()),
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const json = await response.json().catch(() => ({}));
  if (!response.ok) {
    const details = json.details ? ': ' + json.details.join('; ') : '';
    const error = new Error((json.error || json.reason || ('HTTP ' + response.status)) + details);
    error.body = json;
    throw error;
  }
  return json;
}

function cell(text, className) {
  const td = document.createElement('td');
  td.textContent = text === null || text === undefined ? '' : String(text);
  if (className) td.className = className;
  return td;
}

function fillTable(tableId, rows, toCells) {
  const body = document.querySelector('#' + tableId + ' tbody');
  const fresh = document.createDocumentFragment();
  rows.forEach(row => {
    const tr = document.createElement('tr');
    tr.dataset.id = row.id;
    toCells(row).forEach(td => tr.appendChild(td));
    fresh.appendChild(tr);
  });
  body.replaceChildren(fresh);
}

async function refreshReadiness() {
  const badge = document.getElementById('readiness');
  const response = await fetch('/ready');
  badge.textContent = response.ok ? 'ready' : 'not ready';
  badge.className = 'badge ' + (response.ok ? 'ready' : 'not-ready');
}

async function refreshPlugins() {
  const { plugins } = await getJson('/api/plugins');
  const details = await Promise.all(plugins.map(p => getJson('/api/plugins/' + encodeURIComponent(p.id)).catch(() => p)));
  fillTable('plugins', details, p => {
    const stats = p.stats || {};
    const actions = document.createElement('td');
    if (p.state === 'RUNNING') {
      actions.appendChild(actionButton('Reload', () => send('POST', '/api/plugins/' + p.id + '/reload')));
      actions.appendChild(actionButton('Unload', () => send('DELETE', '/api/plugins/' + p.id), 'danger'));
    }
    return [cell(p.id), cell(p.version), cell(p.type), cell(p.state, 'state-' + p.state),
      cell((stats.eventsIn || 0) + ' / ' + (stats.eventsOut || 0)), cell(stats.errors || 0),
      cell((p.lastError || []).join('; '), 'wrap'), actions];
  });
}

function actionButton(label, action, className) {
  const button = document.createElement('button');
  button.textContent = label;
  if (className) button.className = className;
  button.addEventListener('click', async () => {
    button.disabled = true;
    try {
      await action();
    } catch (e) {
      alert(label + ' failed: ' + e.message);
    } finally {
      button.disabled = false;
      refreshPlugins();
    }
  });
  return button;
}

function fmt(n) {
  return n === null || n === undefined ? '' : Number(n).toLocaleString(undefined, { maximumFractionDigits: 4 });
}

async function refreshOrders() {
  const { orders } = await getJson('/api/orders');
  fillTable('orders', orders.slice(0, 200), o => [cell(o.id), cell((o.timestamp || '').replace('T', ' ').slice(0, 23)),
    cell(o.strategyId), cell(o.symbol), cell(o.side), cell(o.type), cell(fmt(o.quantity)), cell(fmt(o.price)),
    cell(o.status, 'status-' + o.status), cell(fmt(o.filledQuantity)), cell(fmt(o.averagePrice)),
    cell(o.reason, 'wrap')]);
}

// Sections for API resources other parts of the gateway add; each shows only when its route answers.
const EXTRA_SECTIONS = [
  { id: 'positions', title: 'Positions', path: '/api/positions', key: 'positions',
    columns: ['account', 'symbol', 'quantity', 'averagePrice', 'marketPrice', 'unrealizedPnl', 'realizedPnl'] },
  { id: 'sessions', title: 'FIX sessions', path: '/api/sessions', key: 'sessions',
    columns: ['broker', 'sessionId', 'loggedOn', 'nextSenderSeqNum', 'nextTargetSeqNum', 'lastHeartbeat'] },
];

async function refreshExtraSections() {
  const container = document.getElementById('extra-sections');
  for (const spec of EXTRA_SECTIONS) {
    let data;
    try {
      data = await getJson(spec.path);
    } catch (e) {
      if (e.status === 404) continue;
      throw e;
    }
    let section = document.getElementById(spec.id + '-section');
    if (!section) {
      section = document.createElement('section');
      section.id = spec.id + '-section';
      section.innerHTML = '<h2></h2><table id="' + spec.id + '"><thead><tr></tr></thead><tbody></tbody></table>';
      section.querySelector('h2').textContent = spec.title;
      const head = section.querySelector('thead tr');
      spec.columns.forEach(c => { const th = document.createElement('th'); th.textContent = c; head.appendChild(th); });
      container.appendChild(section);
    }
    fillTable(spec.id, data[spec.key] || [], row => spec.columns.map(c => cell(typeof row[c] === 'number' ? fmt(row[c]) : row[c])));
  }
}

async function refreshUiPanels() {
  const container = document.getElementById('ui-panels');
  const { plugins } = await getJson('/api/ui');
  const fresh = document.createDocumentFragment();
  for (const plugin of plugins) {
    for (const panel of plugin.panels || []) {
      const section = document.createElement('section');
      section.className = 'ui-panel';
      const title = document.createElement('h2');
      title.textContent = panel.title + ' (' + plugin.plugin + ')';
      section.appendChild(title);
      const data = await getJson('/api/ui/' + plugin.plugin + '/' + panel.id).catch(e => ({ values: { error: e.message } }));
      section.appendChild(renderPanel(data));
      fresh.appendChild(section);
    }
  }
  container.replaceChildren(fresh);
}

function renderPanel(data) {
  const table = document.createElement('table');
  if (Array.isArray(data.rows)) {
    const columns = data.rows.length ? Object.keys(data.rows[0]) : [];
    const head = table.createTHead().insertRow();
    columns.forEach(c => { const th = document.createElement('th'); th.textContent = c; head.appendChild(th); });
    const body = table.createTBody();
    data.rows.forEach(row => { const tr = body.insertRow(); columns.forEach(c => tr.appendChild(cell(row[c]))); });
  } else {
    const body = table.createTBody();
    Object.entries(data.values || {}).forEach(([k, v]) => { const tr = body.insertRow(); tr.appendChild(cell(k)); tr.appendChild(cell(v)); });
  }
  return table;
}

document.getElementById('order-form').addEventListener('submit', async event => {
  event.preventDefault();
  const form = new FormData(event.target);
  const order = {};
  for (const [key, value] of form.entries()) {
    if (value === '') continue;
    order[key] = ['quantity', 'price', 'stopPrice'].includes(key) ? Number(value) : value;
  }
  const result = document.getElementById('order-result');
  try {
    const accepted = await send('POST', '/api/orders', order);
    result.className = '';
    result.textContent = 'Order ' + accepted.id + ' is ' + accepted.status;
    refreshOrders();
  } catch (e) {
    result.className = 'error';
    // A risk rejection (422) is still an order, with its id and the rule and figures that refused it.
    result.textContent = e.body && e.body.id
      ? 'Order ' + e.body.id + ' is ' + e.body.status + ': ' + e.body.reason
      : 'Refused: ' + e.message;
    refreshOrders();
  }
});

async function refresh() {
  await Promise.allSettled([refreshReadiness(), refreshPlugins(), refreshOrders(), refreshExtraSections(), refreshUiPanels()]);
  setTimeout(refresh, REFRESH_MS);
}

refresh();
