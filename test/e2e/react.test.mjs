// End to end, in Debian's Chromium (driven by playwright-core; nothing is
// downloaded): @candour/react's wrappers in two real React apps built here with
// Vite, the example app (examples/react, React 19) and test/react-18 (React 18).
// Each dist is served on 127.0.0.1 and checked for what a supplier relies on:
// the elements upgrade and render from the manifest, objects passed as props
// arrive as properties (not "[object Object]" attributes), `on…` event props
// call React handlers whose state shows on the page, and nothing logs an error.
// Vite builds from the packages' TypeScript sources: no `pnpm build` needed.
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { launchChromium } from '../support/chromium.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const exampleManifest = JSON.parse(readFileSync(join(root, 'examples/candour.json'), 'utf8'));
const shortText = (id) => exampleManifest.features.find((f) => f.id === id).label.short['en-GB'];

const types = { '.html': 'text/html', '.js': 'text/javascript', '.json': 'application/json', '.css': 'text/css', '.svg': 'image/svg+xml' };

/** A static server for one dist folder; resolves to its origin. */
function serve(dir) {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    const file = normalize(join(dir, path === '/' ? 'index.html' : path));
    if (!file.startsWith(dir) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': `${types[extname(file)] ?? 'application/octet-stream'}; charset=utf-8` });
    res.end(readFileSync(file));
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve({ server, origin: `http://127.0.0.1:${server.address().port}` })));
}

let browser;
before(async () => {
  browser = await launchChromium();
});
after(async () => {
  await browser?.close();
});

/** Builds an app with its own vite.config.ts, serves its dist and opens it; collects console errors and failed requests. */
async function open(appDir) {
  await build({ configFile: join(root, appDir, 'vite.config.ts'), logLevel: 'error' });
  const { server, origin } = await serve(join(root, appDir, 'dist'));
  const page = await browser.newPage();
  const errors = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => errors.push(`page error: ${e.message}`));
  page.on('requestfailed', (r) => errors.push(`request failed: ${r.url()}`));
  page.on('response', (r) => {
    if (r.status() >= 400) errors.push(`HTTP ${r.status()}: ${r.url()}`);
  });
  await page.goto(`${origin}/`);
  return { page, errors, close: async () => (await page.close(), server.close()) };
}

describe('examples/react (React 19)', () => {
  let app;
  before(async () => {
    app = await open('examples/react');
  });
  after(async () => app?.close());

  test('runs on React 19', async () => {
    assert.match((await app.page.getByTestId('react-version').textContent()) ?? '', /^19\./);
  });

  test('the provider reads the manifest it fetches and tells React which features it holds', async () => {
    const features = app.page.getByTestId('features');
    await features.filter({ hasText: 'visit-note-summary' }).waitFor();
    assert.deepEqual((await features.textContent()).split(', ').sort(), exampleManifest.features.map((f) => f.id).sort());
  });

  test('props arrive as properties: objects are not stringified into attributes', async () => {
    const seen = await app.page.evaluate(() => {
      const provider = document.querySelector('candour-provider');
      const prompt = document.querySelector('candour-consent-prompt');
      return {
        upgraded: provider instanceof customElements.get('candour-provider'),
        recorder: provider.recorder,
        recorderAttribute: provider.getAttribute('recorder'),
        consentStore: provider.consentStore,
        headingLevel: prompt.headingLevel,
      };
    });
    assert.equal(seen.upgraded, true);
    assert.deepEqual(seen.recorder, { id: 'priya-shah', name: 'Priya Shah', role: 'Care worker' });
    assert.equal(seen.recorderAttribute, null);
    assert.equal(seen.consentStore, 'memory');
    assert.equal(seen.headingLevel, 3);
  });

  test('the badge renders from the manifest, and opening it calls onCandourExplanationShow', async () => {
    const { page } = app;
    assert.equal(await page.getByTestId('explained').textContent(), 'none yet');
    const button = page.locator('candour-ai-badge').locator('button[part~="button"]');
    await button.click();
    await page.getByTestId('explained').filter({ hasText: 'visit-note-summary (label, read as worker)' }).waitFor();
    const tip = page.locator('candour-ai-badge').locator('[part~="toggletip"]');
    assert.ok((await tip.textContent()).includes(shortText('visit-note-summary')), 'the toggletip shows the manifest’s short explanation');
    await page.keyboard.press('Escape');
  });

  test('marking AI content as checked calls onCandourContentReview, and the element shows who checked it', async () => {
    const { page } = app;
    const content = page.locator('candour-ai-content');
    await content.locator('button[part~="review-button"]').click();
    await page.getByTestId('review').filter({ hasText: 'visit-2026-11-27-1230 checked by Priya Shah' }).waitFor();
    await content.locator('[part~="status"]').filter({ hasText: 'Priya Shah' }).waitFor();
    assert.equal(await content.evaluate((el) => el.reviewedBy), 'Priya Shah');
  });

  test('a choice in the consent prompt calls onCandourConsentDecision and React shows it', async () => {
    const { page } = app;
    assert.equal(await page.getByTestId('decision').textContent(), 'not asked yet');
    const choice = page.locator('candour-consent-prompt').locator('button[part~="choice"][data-type="objected"]');
    await choice.click();
    await page.getByTestId('decision').filter({ hasText: /^objected by the person for visit-transcription/ }).waitFor();
  });

  test('nothing logged an error or failed to load', () => {
    assert.deepEqual(app.errors, []);
  });
});

describe('test/react-18 (React 18)', () => {
  let app;
  before(async () => {
    app = await open('test/react-18');
  });
  after(async () => app?.close());

  test('runs on React 18, not the workspace’s React 19', async () => {
    assert.match((await app.page.getByTestId('react-version').textContent()) ?? '', /^18\./);
  });

  test('the manifest object passed as a prop arrives as the provider’s property', async () => {
    const seen = await app.page.evaluate(() => {
      const provider = document.querySelector('candour-provider');
      return { type: typeof provider.manifest, schemaVersion: provider.manifest?.schemaVersion, attribute: provider.getAttribute('manifest') };
    });
    assert.deepEqual(seen, { type: 'object', schemaVersion: exampleManifest.schemaVersion, attribute: null });
  });

  test('the badge renders from the manifest object, and opening it calls onCandourExplanationShow', async () => {
    const { page } = app;
    assert.equal(await page.getByTestId('explained').textContent(), 'none yet');
    await page.locator('candour-ai-badge').locator('button[part~="button"]').click();
    await page.getByTestId('explained').filter({ hasText: 'rota-builder/label' }).waitFor();
    assert.ok((await page.locator('candour-ai-badge').locator('[part~="toggletip"]').textContent()).includes(shortText('rota-builder')));
    await page.keyboard.press('Escape');
  });

  test('a choice in the consent prompt calls onCandourConsentDecision and React shows it', async () => {
    const { page } = app;
    await page.locator('candour-consent-prompt').locator('button[part~="choice"][data-type="granted"]').click();
    await page.getByTestId('decision').filter({ hasText: 'granted/person' }).waitFor();
  });

  test('nothing logged an error or failed to load', () => {
    assert.deepEqual(app.errors, []);
  });
});
