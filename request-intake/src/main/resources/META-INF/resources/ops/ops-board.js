// The ops board: polls GET /api/v1/ops/board with the operator's token and shows it; a click on an order shows its
// timeline from GET /api/v1/orders/{id}. Everything from the server is put in the page as text, never as markup:
// dead-lettered records in particular hold whatever someone wrote to a topic.
'use strict';

const BOARD_PATH = '/api/v1/ops/board';
const ORDERS_PATH = '/api/v1/orders/';
const TOKEN_KEY = 'lexroute.ops.token';
const POLL_MILLIS = 5000;
const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const PHASES = {
  IN_FLIGHT: { label: 'In flight', hint: 'being assessed and located' },
  WAITING: { label: 'Waiting', hint: 'for a hold window or a reviewer' },
  RELEASING: { label: 'Releasing', hint: 'packages still to reach the authority' },
  ANSWERED: { label: 'Answered', hint: 'the authority has its answer' },
};

const $ = (id) => document.getElementById(id);

let pollTimer = null;
let selectedOrderId = null;
let boardTime = null;

class ApiError extends Error {
  constructor(status, title, detail) {
    super(`${status} ${title}${detail ? ': ' + detail : ''}`);
    this.status = status;
    this.title = title;
    this.detail = detail;
  }
}

// --- DOM helpers -----------------------------------------------------------------------------------------------

function el(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === null || value === undefined || value === false) {
      continue;
    }
    if (name === 'className') {
      element.className = value;
    } else if (name === 'onclick') {
      element.addEventListener('click', value);
    } else {
      element.setAttribute(name, value === true ? '' : String(value));
    }
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined) {
      continue;
    }
    element.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return element;
}

function humanStatus(status) {
  if (!status) {
    return '';
  }
  const text = status.toLowerCase().replace(/_/g, ' ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** A time as 2026-11-29 09:33 (UTC, as the column headings say). */
function utc(instant) {
  if (!instant) {
    return '–';
  }
  return new Date(instant).toISOString().replace('T', ' ').slice(0, 16);
}

function duration(seconds) {
  const s = Math.max(0, Math.floor(seconds));
  if (s < 60) {
    return `${s} s`;
  }
  if (s < 3600) {
    return `${Math.floor(s / 60)} min`;
  }
  if (s < 86400) {
    return `${Math.floor(s / 3600)} h ${Math.floor((s % 3600) / 60)} min`;
  }
  return `${Math.floor(s / 86400)} d ${Math.floor((s % 86400) / 3600)} h`;
}

function secondsBetween(from, to) {
  return (new Date(to).getTime() - new Date(from).getTime()) / 1000;
}

// --- token -----------------------------------------------------------------------------------------------------

function token() {
  return sessionStorage.getItem(TOKEN_KEY);
}

/** The token's claims, for showing who is signed in; the server alone decides what the token may do. */
function claims(jwt) {
  try {
    const payload = jwt.split('.')[1].replace(/-/g, '+').replace(/_/g, '/');
    return JSON.parse(atob(payload.padEnd(payload.length + ((4 - (payload.length % 4)) % 4), '=')));
  } catch (e) {
    return null;
  }
}

function showSignedIn() {
  const c = claims(token());
  const name = c ? (c.name || c.sub || 'unknown') : 'an unreadable token';
  const roles = c && Array.isArray(c.groups) ? c.groups.join(', ') : '?';
  const expires = c && c.exp ? `, valid until ${utc(c.exp * 1000)} UTC` : '';
  $('who-name').textContent = `${name} (${roles}${expires})`;
  $('who').hidden = false;
}

function askForToken(message) {
  stopPolling();
  $('board').hidden = true;
  $('who').hidden = !token();
  $('sign-in').hidden = false;
  setLive(message || 'Not connected', 'off');
  $('token').focus();
}

function forgetToken() {
  sessionStorage.removeItem(TOKEN_KEY);
  hideError();
  askForToken('Token forgotten');
}

// --- server calls ----------------------------------------------------------------------------------------------

async function api(path) {
  let response;
  try {
    response = await fetch(path, {
      headers: { Authorization: `Bearer ${token()}`, Accept: 'application/json' },
      cache: 'no-store',
    });
  } catch (e) {
    throw new ApiError(0, 'request-intake did not answer', e.message);
  }
  if (!response.ok) {
    let title = response.statusText || 'Error';
    let detail = '';
    try {
      const problem = await response.json();
      title = problem.title || title;
      detail = problem.detail || '';
    } catch (e) {
      // not problem+json: the status line says enough
    }
    throw new ApiError(response.status, title, detail);
  }
  return response.json();
}

function explain(error) {
  switch (error.status) {
    case 401:
      return `401 Unauthorized: the token is missing, expired or not valid (${error.detail || error.title}). `
        + 'Paste a fresh operator token.';
    case 403:
      return `403 Forbidden: this token may not do that (${error.detail || error.title}). `
        + 'The ops board needs a token with the operator role.';
    case 0:
      return `request-intake did not answer (${error.detail}); trying again every ${POLL_MILLIS / 1000} s.`;
    default:
      return `${error.status} ${error.title}${error.detail ? ': ' + error.detail : ''}`;
  }
}

function showError(text) {
  const box = $('error');
  box.textContent = text;
  box.hidden = false;
}

function hideError() {
  $('error').hidden = true;
  $('error').textContent = '';
}

function setLive(text, state) {
  const live = $('live');
  live.textContent = text;
  live.dataset.state = state;
}

// --- polling ---------------------------------------------------------------------------------------------------

function stopPolling() {
  if (pollTimer !== null) {
    clearTimeout(pollTimer);
    pollTimer = null;
  }
}

async function refresh() {
  stopPolling();
  try {
    const board = await api(BOARD_PATH);
    hideError();
    $('sign-in').hidden = true;
    $('board').hidden = false;
    showSignedIn();
    render(board);
    if (selectedOrderId !== null && $('timeline').dataset.state === 'loaded') {
      showTimeline(selectedOrderId, true);
    }
    setLive(`Live · updated ${new Date(board.generatedAt).toISOString().slice(11, 19)} UTC`, 'on');
  } catch (error) {
    showError(explain(error));
    if (error.status === 401 || error.status === 403) {
      sessionStorage.removeItem(TOKEN_KEY);
      askForToken(`${error.status}: not signed in as an operator`);
      return;
    }
    setLive('Stale: last refresh failed', 'stale');
  }
  pollTimer = setTimeout(refresh, POLL_MILLIS);
}

// --- rendering the board ---------------------------------------------------------------------------------------

function render(board) {
  boardTime = board.generatedAt;
  renderStages(board.stages);
  renderOrders('overdue', board.overdue, 'No order is past its deadline.', true);
  renderOrders('in-legal-review', board.inLegalReview, 'No order waits for a reviewer.', false);
  renderOrders('on-hold', board.onHold, 'No order is on hold.', false);
  $('overdue-count').textContent = board.overdue.total;
  $('overdue-count').dataset.count = board.overdue.total;
  $('review-count').textContent = board.inLegalReview.total;
  $('hold-count').textContent = board.onHold.total;
  renderDeadLetters(board.deadLetters);
}

function renderStages(stages) {
  const total = stages.reduce((sum, stage) => sum + stage.count, 0);
  $('total').textContent = `${total} order${total === 1 ? '' : 's'}`;
  $('total').dataset.total = total;
  const phases = Object.keys(PHASES).map((phase) => {
    const inPhase = stages.filter((stage) => stage.phase === phase);
    const sum = inPhase.reduce((s, stage) => s + stage.count, 0);
    return el('div', { className: `phase phase-${phase.toLowerCase()}`, 'data-phase': phase },
      el('div', { className: 'phase-head' },
        el('span', { className: 'phase-name' }, PHASES[phase].label),
        el('span', { className: 'phase-sum' }, sum)),
      el('div', { className: 'phase-hint' }, PHASES[phase].hint),
      el('div', { className: 'stages' }, inPhase.map((stage) =>
        el('div', { className: `stage${stage.count === 0 ? ' empty' : ''}`, 'data-status': stage.status },
          el('span', { className: 'stage-count' }, stage.count),
          el('span', { className: 'stage-name' }, humanStatus(stage.status))))));
  });
  $('phases').replaceChildren(...phases);
}

/** The overdue list shows deadlines; the waiting lists how long each order has waited and what time is left. */
function renderOrders(containerId, list, emptyText, overdueList) {
  const container = $(containerId);
  if (list.orders.length === 0) {
    container.replaceChildren(el('p', { className: 'muted empty-list' }, emptyText));
    return;
  }
  const headings = overdueList
    ? ['Order', 'Status', 'Provider', 'Deadline (UTC)', 'Overdue by']
    : ['Order', 'Provider', 'Waiting', 'Deadline'];
  const rows = list.orders.map((order) => el('tr', {
    className: `order-row${order.id === selectedOrderId ? ' selected' : ''}${order.overdue ? ' is-overdue' : ''}`,
    'data-order-id': order.id,
    tabindex: 0,
    title: `Show the timeline of ${order.id}`,
    onclick: () => showTimeline(order.id),
  },
  el('td', { className: 'nowrap' }, el('span', { className: 'reference' }, order.externalReference),
    el('span', { className: 'order-id' }, order.id.slice(0, 8))),
  overdueList
    ? el('td', {}, el('span', { className: `pill status-${order.status.toLowerCase()}` }, humanStatus(order.status)))
    : null,
  el('td', { className: 'nowrap' }, `${order.provider} · ${order.issuingAuthorityCountry}`),
  overdueList
    ? el('td', { className: 'nowrap' }, utc(order.answerDeadline))
    : el('td', { className: 'nowrap', title: `since ${utc(order.lastChangeAt)} UTC, received ${duration(order.ageSeconds)} ago` },
      duration(secondsBetween(order.lastChangeAt, boardTime))),
  overdueList
    ? el('td', { className: 'danger-text nowrap' }, duration(secondsBetween(order.answerDeadline, boardTime)))
    : deadlineCell(order)));
  const table = el('table', { className: 'orders' },
    el('thead', {}, el('tr', {}, headings.map((heading) => el('th', {}, heading)))),
    el('tbody', {}, rows));
  const more = list.total > list.orders.length
    ? el('p', { className: 'muted' }, `and ${list.total - list.orders.length} more`)
    : null;
  container.replaceChildren(table, ...(more ? [more] : []));
  container.querySelectorAll('tr.order-row').forEach((row) => row.addEventListener('keydown', (event) => {
    if (event.key === 'Enter') {
      showTimeline(row.dataset.orderId);
    }
  }));
}

function deadlineCell(order) {
  if (!order.answerDeadline) {
    return el('td', { className: 'muted' }, '–');
  }
  const left = secondsBetween(boardTime, order.answerDeadline);
  return left < 0
    ? el('td', { className: 'danger-text nowrap', title: `${utc(order.answerDeadline)} UTC` }, `${duration(-left)} over`)
    : el('td', { className: 'nowrap', title: `${utc(order.answerDeadline)} UTC` }, `in ${duration(left)}`);
}

function renderDeadLetters(deadLetters) {
  const container = $('dead-letters');
  const total = deadLetters.topics.reduce((sum, topic) => sum + topic.records, 0);
  $('dead-letter-count').textContent = total;
  $('dead-letter-count').className = total > 0 ? 'badge danger' : 'badge';
  if (!deadLetters.available) {
    $('dead-letter-topics').replaceChildren();
    container.replaceChildren(el('p', { className: 'error-inline' }, deadLetters.error || 'Kafka could not be read.'));
    return;
  }
  $('dead-letter-topics').replaceChildren(...deadLetters.topics.map((topic) =>
    el('span', { className: `topic-count${topic.records > 0 ? ' has-records' : ''}`, 'data-topic': topic.topic },
      `${topic.topic} `, el('strong', {}, topic.records))));
  if (deadLetters.latest.length === 0) {
    container.replaceChildren(el('p', { className: 'muted empty-list' }, 'Nothing was dead-lettered.'));
    return;
  }
  const rows = deadLetters.latest.map((letter) => el('tr', {
    className: 'dead-letter', 'data-topic': letter.topic, 'data-key': letter.key || '',
  },
  el('td', { className: 'nowrap' }, utc(letter.timestamp)),
  el('td', {}, el('span', { className: 'topic' }, letter.topic),
    el('span', { className: 'muted small' }, `${letter.partition}@${letter.offset}`)),
  el('td', { className: 'nowrap' }, keyCell(letter.key)),
  el('td', { className: 'reason' },
    el('span', {}, letter.reason || '(no reason given)'),
    letter.cause && !(letter.reason || '').includes(letter.cause)
      ? el('span', { className: 'cause' }, `cause: ${letter.cause}`) : null,
    letter.value !== null && letter.value !== undefined
      ? el('code', { className: 'value', title: letter.value }, letter.value)
      : null)));
  container.replaceChildren(el('table', { className: 'orders dead-letter-table' },
    el('thead', {}, el('tr', {}, el('th', {}, 'When (UTC)'), el('th', {}, 'Topic'), el('th', {}, 'Key'),
      el('th', {}, 'Error'))),
    el('tbody', {}, rows)));
}

function keyCell(key) {
  if (!key) {
    return el('span', { className: 'muted' }, '(no key)');
  }
  if (UUID_PATTERN.test(key)) {
    return el('button', { type: 'button', className: 'link', title: 'Show this order', onclick: () => showTimeline(key) },
      key.slice(0, 8));
  }
  return el('span', { className: 'key', title: key }, key.length > 16 ? key.slice(0, 16) + '…' : key);
}

// --- one order's timeline --------------------------------------------------------------------------------------

/** Shows the order's timeline; {@code quietly} (a poll's refresh) keeps the current one on screen meanwhile. */
async function showTimeline(orderId, quietly = false) {
  selectedOrderId = orderId;
  document.querySelectorAll('tr.order-row').forEach((row) =>
    row.classList.toggle('selected', row.dataset.orderId === orderId));
  const panel = $('timeline');
  if (!quietly) {
    panel.dataset.orderId = orderId;
    panel.dataset.state = 'loading';
    panel.replaceChildren(el('p', { className: 'muted' }, `Loading ${orderId}…`));
  }
  let order;
  try {
    order = await api(ORDERS_PATH + encodeURIComponent(orderId));
  } catch (error) {
    if (selectedOrderId !== orderId) {
      return;
    }
    panel.dataset.state = 'error';
    panel.replaceChildren(el('p', { className: 'error-inline' }, `Order ${orderId}: ${explain(error)}`));
    return;
  }
  if (selectedOrderId !== orderId) {
    return;
  }
  panel.dataset.state = 'loaded';
  const assessment = order.assessment || {};
  const facts = el('dl', { className: 'facts' },
    el('dt', {}, 'Status'), el('dd', {}, el('span', { className: `pill status-${order.status.toLowerCase()}` },
      humanStatus(order.status))),
    el('dt', {}, 'Authority'), el('dd', {}, order.order ? `${order.order.issuingAuthority.name} (${order.order.issuingAuthority.country})` : '–'),
    el('dt', {}, 'Provider'), el('dd', {}, order.order ? order.order.provider : '–'),
    el('dt', {}, 'Received'), el('dd', {}, `${utc(order.receivedAt)} UTC`),
    el('dt', {}, 'Deadline'), el('dd', {}, assessment.answerDeadline ? `${utc(assessment.answerDeadline)} UTC` : '–'));
  const steps = (order.timeline || []).map((step) => el('li', { className: 'step', 'data-step': step.step },
    el('div', { className: 'step-head' },
      el('span', { className: 'step-name' }, humanStatus(step.step)),
      el('span', { className: 'step-time' }, utc(step.at))),
    el('div', { className: 'step-meta' }, `${step.service} → ${humanStatus(step.status)}`),
    step.detail ? el('div', { className: 'step-detail' }, step.detail) : null));
  const outcomes = order.decision && Array.isArray(order.decision.outcomes)
    ? el('div', { className: 'outcomes' }, el('h3', {}, 'Decision'),
      el('ul', {}, order.decision.outcomes.map((outcome) => el('li', {},
        el('span', { className: `pill outcome-${String(outcome.outcome).toLowerCase()}` }, outcome.outcome),
        ` ${outcome.dataCategory}${outcome.location ? ' @ ' + outcome.location : ''}`))))
    : null;
  panel.replaceChildren(
    el('h3', { className: 'timeline-title' }, order.externalReference),
    el('p', { className: 'order-id-full' }, order.id),
    facts,
    el('ol', { className: 'steps', id: 'timeline-steps' }, steps),
    outcomes);
}

// --- start -----------------------------------------------------------------------------------------------------

document.addEventListener('DOMContentLoaded', () => {
  $('token-form').addEventListener('submit', (event) => {
    event.preventDefault();
    const pasted = $('token').value.trim().replace(/^Bearer\s+/i, '');
    if (!pasted) {
      showError('Paste an operator token first.');
      return;
    }
    sessionStorage.setItem(TOKEN_KEY, pasted);
    $('token').value = '';
    hideError();
    setLive('Connecting…', 'stale');
    refresh();
  });
  $('forget').addEventListener('click', forgetToken);
  $('lookup-form').addEventListener('submit', (event) => {
    event.preventDefault();
    const id = $('lookup').value.trim();
    if (id) {
      showTimeline(id);
    }
  });
  if (token()) {
    setLive('Connecting…', 'stale');
    refresh();
  } else {
    askForToken();
  }
});
