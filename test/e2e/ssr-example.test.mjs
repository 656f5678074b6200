// End to end, the server-rendering example (examples/ssr): its server is started as a supplier would
// run it; the page must be readable with JavaScript off (everything a person needs is in the HTML, in
// declarative shadow roots), and must hydrate in Debian's Chromium (playwright-core) with nothing on the
// console, the elements working afterwards. Needs `pnpm build` first.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { launchChromium } from '../support/chromium.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));

let server;
let origin;
let browser;

before(async () => {
  server = spawn(process.execPath, ['examples/ssr/server.mjs'], { cwd: root, env: { ...process.env, PORT: '0' }, stdio: ['ignore', 'pipe', 'pipe'] });
  let said = '';
  origin = await new Promise((resolve, reject) => {
    server.stdout.on('data', (chunk) => {
      said += chunk;
      const url = /on (http:\/\/127\.0\.0\.1:\d+)\//.exec(said);
      if (url) resolve(url[1]);
    });
    server.stderr.on('data', (chunk) => (said += chunk));
    server.on('exit', (code) => reject(new Error(`The example server stopped (${code}) before listening:\n${said}`)));
  });
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  server?.kill();
});

test('the page as served: the content is in the HTML, in declarative shadow roots', async () => {
  const response = await fetch(`${origin}/`);
  assert.equal(response.status, 200);
  assert.match(response.headers.get('content-type'), /^text\/html/);
  // Lit's hydration markers (comments) left out.
  const html = (await response.text()).replace(/<!--[^]*?-->/g, '');
  assert.match(html, /<candour-ai-badge[^>]*><template shadowroot="open" shadowrootmode="open">/);
  assert.match(html, /<button part="button" type="button" lang="en-GB" aria-expanded="false">AI generated · Checked by a person<\/button>/);
  assert.match(html, /How <bdi lang="en-GB">Visit note drafting<\/bdi> uses AI/);
  assert.match(html, /Drafted with AI: <bdi lang="en-GB">Visit note drafting<\/bdi>/);
  assert.match(html, /Ethical innovation/);
  assert.match(html, /<script type="application\/json" id="candour-manifest">/);
  assert.equal((await fetch(`${origin}/nothing-here`)).status, 404);
});

test('with JavaScript off, a person can read the label, the notice, the provenance and the pledge', async () => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const tab = await context.newPage();
  await tab.goto(`${origin}/`);
  // Playwright's locators see into open shadow roots: these are the declarative ones, attached by the parser.
  await tab.getByRole('button', { name: 'AI generated · Checked by a person' }).waitFor({ state: 'visible' });
  await tab.getByRole('heading', { name: 'How Visit note drafting uses AI' }).waitFor({ state: 'visible' });
  await tab.getByRole('heading', { name: 'Who checks it' }).waitFor({ state: 'visible' });
  await tab.getByText('Not yet checked by a person. Check it before relying on it.').waitFor({ state: 'visible' });
  await tab.getByRole('heading', { name: /Ethical innovation/ }).waitFor({ state: 'visible' });
  await tab.getByText('Mrs Evans ate a full breakfast').waitFor({ state: 'visible' });
  await context.close();
});

test('with JavaScript on, the page hydrates with nothing on the console, and the elements work', async () => {
  const context = await browser.newContext();
  const tab = await context.newPage();
  const said = [];
  tab.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') said.push(`${m.type()}: ${m.text()}`);
  });
  tab.on('pageerror', (e) => said.push(`uncaught: ${e}`));
  await tab.goto(`${origin}/`);
  assert.equal(await tab.evaluate(() => window.candourHydrated), true);
  await tab.evaluate(async () => {
    const elements = [...document.querySelectorAll('*')].filter((el) => el.localName.startsWith('candour-'));
    await Promise.all(elements.map((el) => el.updateComplete));
  });
  const state = await tab.evaluate(() =>
    [...document.querySelectorAll('*')]
      .filter((el) => el.localName.startsWith('candour-'))
      .map((el) => `${el.localName}:${customElements.get(el.localName) ? 'defined' : 'undefined'}:${el.hasAttribute('defer-hydration') ? 'deferred' : 'live'}:${el.shadowRoot?.querySelectorAll('button[part~="button"]').length ?? 0}`),
  );
  assert.deepEqual(state, ['candour-provider:defined:live:0', 'candour-ai-badge:defined:live:1', 'candour-ai-content:defined:live:0', 'candour-ai-notice:defined:live:0', 'candour-pledge:defined:live:0']);

  const badge = tab.getByRole('button', { name: 'AI generated · Checked by a person' });
  await badge.click();
  await tab.getByText("AI drafted this visit note from the care worker's own points.").waitFor({ state: 'visible' });
  assert.equal(await badge.getAttribute('aria-expanded'), 'true');
  await tab.keyboard.press('Escape');
  await tab.waitForFunction(() => document.querySelector('candour-ai-badge').shadowRoot.querySelector('button').getAttribute('aria-expanded') === 'false');

  const easyRead = tab.getByRole('button', { name: 'Easy Read' });
  assert.equal(await easyRead.getAttribute('aria-pressed'), 'false');
  await easyRead.click();
  await tab.waitForFunction(() => document.querySelector('candour-ai-notice').shadowRoot.querySelector('[part~="easy-read-toggle"]').getAttribute('aria-pressed') === 'true');
  assert.deepEqual(said, []);
  await context.close();
});
