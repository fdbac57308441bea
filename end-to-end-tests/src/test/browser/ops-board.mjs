// Drives Debian's headless Chromium through the ops board as an operator would, and prints what it saw as one line
// of JSON on stdout (OpsBoardBrowserTest asserts on it). Exits 1, still printing JSON, when a step fails.
//
//   OPS_BOARD_TOKEN=<operator token> [OPS_BOARD_FORBIDDEN_TOKEN=<a non-operator token>] \
//     node ops-board.mjs --url http://127.0.0.1:8081/ops/ --order <order id> --screenshot target/ops-board.png
import { chromium } from 'playwright-core';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
// Required on this closed network: nothing may try to reach Google's services or update itself.
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const WAIT = 30_000;

function options(argv) {
  const parsed = {};
  for (let i = 2; i < argv.length; i += 2) {
    parsed[argv[i].replace(/^--/, '')] = argv[i + 1];
  }
  for (const required of ['url', 'order', 'screenshot']) {
    if (!parsed[required]) {
      throw new Error(`missing --${required}`);
    }
  }
  if (!process.env.OPS_BOARD_TOKEN) {
    throw new Error('OPS_BOARD_TOKEN is not set');
  }
  return parsed;
}

async function signIn(page, token) {
  await page.fill('#token', token);
  await page.click('#token-submit');
}

/** The error the page shows for a token that must not get the board (it hides the last error on submit). */
async function errorShownFor(page, token) {
  await signIn(page, token);
  await page.waitForSelector('#error:not([hidden])', { timeout: WAIT });
  await page.waitForSelector('#sign-in:not([hidden])', { timeout: WAIT });
  return (await page.textContent('#error')).trim();
}

/** The board as the page shows it. */
async function readBoard(page) {
  return page.evaluate(() => {
    const ids = (selector) => [...document.querySelectorAll(`${selector} tr.order-row`)].map((row) => row.dataset.orderId);
    const counts = {};
    document.querySelectorAll('#phases .stage').forEach((stage) => {
      counts[stage.dataset.status] = Number(stage.querySelector('.stage-count').textContent);
    });
    return {
      counts,
      total: Number(document.getElementById('total').dataset.total),
      overdueCount: Number(document.getElementById('overdue-count').textContent),
      overdue: ids('#overdue'),
      inLegalReview: ids('#in-legal-review'),
      onHold: ids('#on-hold'),
      deadLetterCount: Number(document.getElementById('dead-letter-count').textContent),
      deadLetters: [...document.querySelectorAll('#dead-letters tr.dead-letter')].map((row) => ({
        topic: row.dataset.topic,
        key: row.dataset.key,
        reason: row.querySelector('.reason span').textContent,
      })),
      live: document.getElementById('live').textContent,
      signedInAs: document.getElementById('who-name').textContent,
    };
  });
}

/** The counts of the board JSON at this moment, fetched the way the page does. */
async function countsFromApi(page, token) {
  return page.evaluate(async (bearer) => {
    const response = await fetch('/api/v1/ops/board', { headers: { Authorization: `Bearer ${bearer}` } });
    const board = await response.json();
    return Object.fromEntries(board.stages.map((stage) => [stage.status, stage.count]));
  }, token);
}

const sameCounts = (a, b) => JSON.stringify(Object.entries(a).sort()) === JSON.stringify(Object.entries(b).sort());

async function main() {
  const args = options(process.argv);
  const token = process.env.OPS_BOARD_TOKEN;
  const summary = { url: args.url, order: args.order, screenshot: args.screenshot };
  const userDataDir = mkdtempSync(join(tmpdir(), 'ops-board-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: FLAGS,
    viewport: { width: 1440, height: 1000 },
  });
  const origin = new URL(args.url).origin;
  summary.consoleErrors = [];
  summary.foreignRequests = [];
  try {
    const page = context.pages()[0] || await context.newPage();
    page.on('console', (message) => {
      // The failed calls the test provokes (401, 403) are logged by Chromium as console errors: expected.
      if (message.type() === 'error' && !/status of 40[13]/.test(message.text())) {
        summary.consoleErrors.push(message.text());
      }
    });
    page.on('pageerror', (error) => summary.consoleErrors.push(String(error)));
    page.on('request', (request) => {
      if (!request.url().startsWith(origin) && !request.url().startsWith('data:')) {
        summary.foreignRequests.push(request.url());
      }
    });

    await page.goto(args.url, { waitUntil: 'domcontentloaded', timeout: WAIT });
    await page.waitForSelector('#sign-in:not([hidden])', { timeout: WAIT });
    summary.badTokenError = await errorShownFor(page, 'not-a-token');
    if (process.env.OPS_BOARD_FORBIDDEN_TOKEN) {
      summary.forbiddenError = await errorShownFor(page, process.env.OPS_BOARD_FORBIDDEN_TOKEN);
    }

    await signIn(page, token);
    await page.waitForSelector('#board:not([hidden]) #phases .stage[data-status]', { timeout: WAIT });
    summary.errorHiddenAfterSignIn = await page.isHidden('#error');

    // The page polls: wait until what it shows is what the API says now (a poll may land between the two reads).
    const deadline = Date.now() + WAIT;
    let board = await readBoard(page);
    let api = await countsFromApi(page, token);
    while (!sameCounts(board.counts, api) && Date.now() < deadline) {
      await page.waitForTimeout(1000);
      board = await readBoard(page);
      api = await countsFromApi(page, token);
    }
    summary.board = board;
    summary.apiCounts = api;
    summary.countsMatchApi = sameCounts(board.counts, api);
    summary.sessionStorageHoldsToken = await page.evaluate(
      (bearer) => sessionStorage.getItem('lexroute.ops.token') === bearer, token);

    const row = `tr.order-row[data-order-id="${args.order}"]`;
    await page.waitForSelector(row, { timeout: WAIT });
    await page.click(row);
    await page.waitForSelector(`#timeline[data-order-id="${args.order}"][data-state="loaded"], `
      + `#timeline[data-order-id="${args.order}"][data-state="error"]`, { timeout: WAIT });
    summary.timelineState = await page.getAttribute('#timeline', 'data-state');
    summary.timeline = await page.evaluate(() => ({
      title: document.querySelector('#timeline .timeline-title')?.textContent ?? null,
      steps: [...document.querySelectorAll('#timeline-steps li.step')].map((step) => step.dataset.step),
      error: document.querySelector('#timeline .error-inline')?.textContent ?? null,
    }));

    await page.screenshot({ path: args.screenshot, fullPage: true });
    summary.ok = true;
  } catch (error) {
    summary.ok = false;
    summary.error = String(error && error.stack ? error.stack : error);
    try {
      const page = context.pages()[0];
      if (page) {
        await page.screenshot({ path: args.screenshot, fullPage: true });
      }
    } catch (ignored) {
      // the failure is already reported
    }
  } finally {
    await context.close();
    rmSync(userDataDir, { recursive: true, force: true });
  }
  process.stdout.write(`${JSON.stringify(summary)}\n`);
  process.exitCode = summary.ok ? 0 : 1;
}

main().catch((error) => {
  process.stdout.write(`${JSON.stringify({ ok: false, error: String(error && error.stack ? error.stack : error) })}\n`);
  process.exitCode = 1;
});
