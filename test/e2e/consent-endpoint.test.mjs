// End to end, in Debian's Chromium (driven by playwright-core; nothing is
// downloaded): consent prompts on a page record decisions through a ledger
// whose HTTP sink posts to a real endpoint started here on 127.0.0.1. The
// endpoint fails for a while (503s and dropped connections), the page is
// reloaded while it is down, and every decision must still arrive, exactly once.
// Needs `pnpm build` first (the `test:e2e` script is run by `pnpm test` after it).
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { rollup } from 'rollup';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import { chromium } from 'playwright-core';

const root = fileURLToPath(new URL('../..', import.meta.url));
const executablePath = ['/usr/bin/chromium', '/usr/lib/chromium/chromium'].find((p) => existsSync(p));

const entry = `
import '@candour/elements/define/provider.js';
import '@candour/elements/define/consent-prompt.js';
import { indexedDbStore, createLedger, httpSink } from '@candour/core/consent';
const ledger = createLedger({
  store: indexedDbStore({ namespace: 'e2e' }),
  sinks: [httpSink({ url: '/consent', namespace: 'e2e', minDelay: 100, maxDelay: 400, timeout: 2000 })],
});
window.candourLedger = ledger;
document.querySelector('candour-provider').ledger = ledger;
`;

const page = `<!doctype html>
<html lang="en-GB"><head><meta charset="utf-8"><title>Consent end to end</title></head>
<body>
<main>
  <h1>Today's visit: Mrs Edna Bryant</h1>
  <candour-provider src="/candour.json" subject="person-edna" audience="person">
    <candour-consent-prompt id="training" feature="visit-transcription" purpose="improve-transcription"></candour-consent-prompt>
    <candour-consent-prompt id="chatbot" feature="family-chatbot" purpose="family-updates"></candour-consent-prompt>
    <candour-consent-prompt id="transcribe" feature="visit-transcription" purpose="visit-transcription" visit="visit-2026-11-27-am"></candour-consent-prompt>
  </candour-provider>
</main>
<script type="module" src="/page.js"></script>
</body></html>`;

/** The supplier's endpoint: stores every event it accepts (no de-duplication, so a duplicate would show). */
const endpoint = {
  arrivals: [],
  posts: 0,
  failures: 0,
  down: true,
};

let server;
let origin;
let bundle;
let browser;

before(async () => {
  assert.ok(executablePath, 'Debian chromium is not installed (scripts/install.sh installs it)');
  const build = await rollup({
    input: 'entry',
    plugins: [
      { name: 'entry', resolveId: (id) => (id === 'entry' ? id : null), load: (id) => (id === 'entry' ? entry : null) },
      nodeResolve({ browser: true, rootDir: root }),
    ],
    onwarn: () => {},
  });
  bundle = (await build.generate({ format: 'es', inlineDynamicImports: true })).output[0].code;
  const manifest = readFileSync(`${root}examples/candour.json`);
  server = createServer((req, res) => {
    if (req.url === '/') return void res.writeHead(200, { 'content-type': 'text/html' }).end(page);
    if (req.url === '/page.js') return void res.writeHead(200, { 'content-type': 'text/javascript' }).end(bundle);
    if (req.url === '/candour.json') return void res.writeHead(200, { 'content-type': 'application/json' }).end(manifest);
    if (req.url === '/consent' && req.method === 'POST') {
      let body = '';
      req.on('data', (c) => (body += c));
      req.on('end', () => {
        endpoint.posts++;
        if (endpoint.down) {
          endpoint.failures++;
          // Alternate the two ways an endpoint fails: an error answer, and a connection cut before answering.
          if (endpoint.failures % 2) return void res.writeHead(503).end();
          return void req.socket.destroy();
        }
        const { event } = JSON.parse(body);
        assert.equal(req.headers['idempotency-key'], event.id);
        endpoint.arrivals.push(event);
        res.writeHead(201).end();
      });
      return;
    }
    res.writeHead(404).end();
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  origin = `http://127.0.0.1:${server.address().port}`;
  browser = await chromium.launch({ executablePath, args: ['--no-sandbox'] });
});

after(async () => {
  await browser?.close();
  await new Promise((r) => server?.close(r));
});

const until = async (cond, what, ms = 20000) => {
  const end = Date.now() + ms;
  while (!(await cond())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
};

test('every decision reaches a failing endpoint exactly once, across a reload', async () => {
  const context = await browser.newContext();
  const tab = await context.newPage();
  const errors = [];
  tab.on('pageerror', (e) => errors.push(String(e)));
  await tab.goto(`${origin}/`);

  // Decide on two prompts while the endpoint is down.
  await tab.locator('#training').getByRole('button', { name: /^yes/i }).click();
  await tab.locator('#chatbot').getByRole('button', { name: /^no/i }).click();
  await until(() => endpoint.failures >= 2, 'the endpoint to be tried and fail');

  // Reload while it is still down: the outbox is in the browser's storage and goes on.
  await tab.reload();
  await tab.locator('#transcribe').getByRole('button', { name: /not today/i }).click();
  const recordedBeforeRecovery = await tab.evaluate(async () => (await window.candourLedger.events()).length);
  assert.ok(recordedBeforeRecovery >= 3);

  endpoint.down = false;
  await until(async () => {
    const ids = await tab.evaluate(async () => (await window.candourLedger.events()).map((e) => e.id));
    return ids.length > 0 && ids.every((id) => endpoint.arrivals.some((a) => a.id === id));
  }, 'every recorded event to arrive');

  const recorded = await tab.evaluate(async () => (await window.candourLedger.events()).map((e) => ({ id: e.id, type: e.type, purpose: e.purpose })));
  const arrivedIds = endpoint.arrivals.map((a) => a.id);
  assert.deepEqual([...arrivedIds].sort(), recorded.map((e) => e.id).sort(), 'what arrived is exactly what was recorded, each once');
  assert.ok(endpoint.failures >= 2, `the endpoint failed ${endpoint.failures} times`);
  // The three decisions are among them, with what was shown.
  const decisions = recorded.filter((e) => e.type !== 'shown').map((e) => `${e.purpose}:${e.type}`).sort();
  assert.deepEqual(decisions, ['family-updates:declined', 'improve-transcription:granted', 'visit-transcription:objected-this-visit']);
  const status = await tab.evaluate(() => window.candourLedger.status());
  assert.deepEqual(Object.values(status.undelivered), [0]);
  const verify = await tab.evaluate(() => window.candourLedger.verify());
  assert.equal(verify.ok, true);
  assert.deepEqual(errors, []);
  await context.close();
});

test('two tabs deciding at the same moment both keep their decisions, in one unbroken chain', async () => {
  const context = await browser.newContext();
  const [a, b] = [await context.newPage(), await context.newPage()];
  await Promise.all([a.goto(`${origin}/`), b.goto(`${origin}/`)]);
  await Promise.all([a, b].map((t) => t.waitForFunction(() => window.candourLedger !== undefined)));
  const decide = (tab, subject) =>
    tab.evaluate(async (subject) => {
      const results = [];
      for (let i = 0; i < 10; i++) {
        results.push(
          window.candourLedger.record({ type: 'objected', subject, feature: 'visit-note-summary', purpose: 'visit-record', model: 'inform-and-object', decidedBy: { role: 'person' }, channel: 'self-service' }),
        );
      }
      return (await Promise.all(results)).map((r) => ({ id: r.event.id, stored: r.stored }));
    }, subject);
  const [fromA, fromB] = await Promise.all([decide(a, 'person-a'), decide(b, 'person-b')]);
  assert.ok([...fromA, ...fromB].every((r) => r.stored));
  // The prompts on both pages record what they show meanwhile; count only these two people's objections.
  const all = await a.evaluate(async () => (await window.candourLedger.events()).filter((e) => e.subject === 'person-a' || e.subject === 'person-b').map((e) => e.id));
  assert.equal(all.length, 20);
  for (const r of [...fromA, ...fromB]) assert.ok(all.includes(r.id), `decision ${r.id} is kept`);
  assert.equal((await b.evaluate(() => window.candourLedger.verify())).ok, true);
  await context.close();
});
