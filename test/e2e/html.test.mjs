// End to end, in Debian's Chromium (playwright-core; nothing is downloaded):
// the plain-HTML examples in examples/html/, exactly as a supplier would copy
// them. Each page is opened at https://care.example/ and every request is
// answered here, without the network: the page and candour.json from the
// repository, and the pinned jsDelivr addresses
// (https://cdn.jsdelivr.net/npm/<package>@<version>/<path>) from the workspace's
// build and node_modules. A pinned version that is not the workspace's fails.
// Needs `pnpm build` first.
import assert from 'node:assert/strict';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, normalize, sep } from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { launchChromium } from '../support/chromium.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const site = 'https://care.example';
const cdnPrefix = 'https://cdn.jsdelivr.net/npm/';

const types = { '.js': 'text/javascript', '.mjs': 'text/javascript', '.json': 'application/json', '.html': 'text/html', '.map': 'application/json' };
const typeOf = (file) => types[file.slice(file.lastIndexOf('.'))] ?? 'application/octet-stream';

/** The folder of `name@version` in this workspace, or an error saying why there is none. */
function packageDir(name, version) {
  const workspace = { '@candour/elements': 'packages/elements', '@candour/core': 'packages/core', '@candour/cli': 'packages/cli' }[name];
  if (workspace) {
    const dir = join(root, workspace);
    const actual = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')).version;
    if (actual !== version) return { error: `the page pins ${name}@${version} but the workspace has ${name}@${actual}` };
    return { dir };
  }
  const dir = join(root, 'node_modules/.pnpm', `${name.replace('/', '+')}@${version}`, 'node_modules', name);
  if (!existsSync(dir)) return { error: `the page pins ${name}@${version}, which is not installed in this workspace` };
  return { dir };
}

/** Serves a file from inside `dir`, or says why not. */
function fileIn(dir, path) {
  const file = normalize(join(dir, path));
  if (!file.startsWith(dir + sep)) return { error: `${path} is outside its package` };
  if (!existsSync(file) || !statSync(file).isFile()) return { error: `${file.slice(root.length)} does not exist (has \`pnpm build\` run?)` };
  return { file };
}

/**
 * Answers every request of a page: `pages` maps paths on care.example to files;
 * jsDelivr addresses come from the workspace. Returns what was asked for and what went wrong.
 */
export async function serve(page, pages, { rewrite } = {}) {
  const log = { requests: [], problems: [] };
  await page.route('**/*', async (route) => {
    const url = route.request().url();
    log.requests.push(url);
    let found;
    if (url.startsWith(`${site}/`)) {
      const path = new URL(url).pathname;
      found = pages[path] ? { file: pages[path] } : { error: `no page ${path}` };
    } else if (url.startsWith(cdnPrefix)) {
      const m = /^((?:@[^/@]+\/)?[^/@]+)@([^/]+)\/(.+)$/.exec(url.slice(cdnPrefix.length).split(/[?#]/)[0]);
      if (!m) found = { error: `not a pinned jsDelivr file address: ${url}` };
      else {
        const pkg = rewrite?.pkg?.(m[1], m[2]) ?? { name: m[1], version: m[2] };
        const where = packageDir(pkg.name, pkg.version);
        found = where.error ? where : fileIn(where.dir, m[3]);
      }
    } else {
      found = { error: `a request outside the page and the CDN: ${url}` };
    }
    if (found.error) {
      log.problems.push(found.error);
      await route.fulfill({ status: 404, contentType: 'text/plain', body: found.error });
      return;
    }
    let body = readFileSync(found.file);
    if (rewrite?.body) body = rewrite.body(url, body);
    await route.fulfill({ status: 200, contentType: typeOf(found.file), headers: { 'access-control-allow-origin': '*' }, body });
  });
  return log;
}

/** Console errors, warnings and uncaught exceptions of a page. */
export function watchConsole(page) {
  const seen = { errors: [], warnings: [] };
  page.on('console', (m) => {
    if (m.type() === 'error') seen.errors.push(m.text());
    if (m.type() === 'warning') seen.warnings.push(m.text());
  });
  page.on('pageerror', (e) => seen.errors.push(String(e)));
  return seen;
}

/** The visible label of the first badge, once it shows the manifest's (not the fallback before the manifest arrives). */
export async function badgeLabel(page) {
  await page.waitForFunction(() => {
    const b = document.querySelector('candour-ai-badge')?.shadowRoot?.querySelector('button[part~="button"]');
    return b && b.textContent !== 'AI is used here' && b.textContent.trim() !== '';
  }, undefined, { timeout: 30000 });
  return page.evaluate(() => document.querySelector('candour-ai-badge').shadowRoot.querySelector('button[part~="button"]').textContent);
}

const manifest = join(root, 'examples/candour.json');
const examples = join(root, 'examples/html');
let browser;

before(async () => {
  for (const f of ['packages/elements/dist/cdn/candour.js', 'packages/elements/dist/cdn/autoload.js', 'packages/elements/dist/define/ai-badge.js', 'packages/core/dist/display.js']) {
    assert.ok(existsSync(join(root, f)), `${f} is missing: run \`pnpm build\` first`);
  }
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
});

/** Opens an example page; returns the page, its request log and its console. */
async function open(name) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const consoleSeen = watchConsole(page);
  const log = await serve(page, { [`/${name}`]: join(examples, name), '/candour.json': manifest });
  await page.goto(`${site}/${name}`);
  return { page, log, consoleSeen, close: () => context.close() };
}

// The label the example manifest gives visit-note-summary (generated, checked before use), in English.
const expectedLabel = 'AI generated · Checked by a person';

for (const name of ['cdn.html', 'autoload.html', 'import-map.html']) {
  test(`examples/html/${name}: the elements are defined and show the manifest, with no other request`, async () => {
    const { page, log, consoleSeen, close } = await open(name);
    try {
      assert.equal(await badgeLabel(page), expectedLabel);
      const state = await page.evaluate(() => ({
        provider: customElements.get('candour-provider') !== undefined,
        content: customElements.get('candour-ai-content') !== undefined,
        contentRendered: (document.querySelector('candour-ai-content')?.shadowRoot?.textContent ?? '').trim().length > 0,
      }));
      assert.deepEqual(state, { provider: true, content: true, contentRendered: true });
      assert.deepEqual(log.problems, [], `requests that could not be answered:\n${log.problems.join('\n')}`);
      assert.deepEqual(consoleSeen.errors, [], `console errors:\n${consoleSeen.errors.join('\n')}`);
      const manifestFetches = log.requests.filter((u) => u === `${site}/candour.json`);
      assert.equal(manifestFetches.length, 1, 'the manifest is fetched once');
      if (name === 'cdn.html') {
        const scripts = log.requests.filter((u) => u.startsWith(cdnPrefix));
        assert.deepEqual(scripts, ['https://cdn.jsdelivr.net/npm/@candour/elements@0.1.0/dist/cdn/candour.js'], 'the CDN page fetches one file');
      }
      if (name === 'autoload.html') {
        // Only the elements on the page (the provider also brings the notice it shows in its dialog).
        const defined = await page.evaluate(() =>
          ['candour-ai-badge', 'candour-ai-content', 'candour-ai-notice', 'candour-provider', 'candour-pledge', 'candour-statements', 'candour-consent-prompt', 'candour-consent-centre'].filter(
            (t) => customElements.get(t) !== undefined,
          ),
        );
        assert.deepEqual(defined, ['candour-ai-badge', 'candour-ai-content', 'candour-ai-notice', 'candour-provider']);
        const defines = log.requests.filter((u) => u.includes('/dist/cdn/define/')).map((u) => u.slice(u.lastIndexOf('/') + 1)).sort();
        assert.deepEqual(defines, ['ai-badge.js', 'ai-content.js', 'ai-notice.js', 'provider.js']);
        assert.equal(log.requests.filter((u) => u.includes('/dist/cdn/candour.js')).length, 0, 'the autoloader does not fetch the all-in-one file');
        // A tag added later is defined too.
        await page.evaluate(() => document.querySelector('main').insertAdjacentHTML('beforeend', '<candour-pledge></candour-pledge>'));
        await page.waitForFunction(() => customElements.get('candour-pledge') !== undefined, undefined, { timeout: 30000 });
      }
    } finally {
      await close();
    }
  });
}

test('a pinned version that is not the workspace’s is reported, not served', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  try {
    const log = await serve(page, { '/old.html': join(examples, 'cdn.html'), '/candour.json': manifest }, { rewrite: { pkg: (name) => (name === '@candour/elements' ? { name, version: '0.0.1' } : undefined) } });
    await page.goto(`${site}/old.html`);
    await page.waitForLoadState('load');
    assert.match(log.problems.join('\n'), /pins @candour\/elements@0\.0\.1 but the workspace has @candour\/elements@/);
    assert.equal(await page.evaluate(() => customElements.get('candour-ai-badge')), undefined);
  } finally {
    await context.close();
  }
});
