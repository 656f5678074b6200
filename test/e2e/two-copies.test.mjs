// End to end, in Debian's Chromium (playwright-core): two copies of Candour on
// one page, as when a host product uses the npm build and an embedded widget
// brings the CDN bundle. Neither may break the other: each tag is defined once,
// by the first copy; elements of one copy work inside the other's provider;
// and when the versions differ the console names both. The "other version" is
// the CDN bundle served under a different version with its CANDOUR_VERSION
// changed to match, so the test needs no second release. Needs `pnpm build`.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { launchChromium } from '../support/chromium.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const site = 'https://care.example';
const cdn = 'https://cdn.jsdelivr.net/npm/';
const version = JSON.parse(readFileSync(join(root, 'packages/elements/package.json'), 'utf8')).version;
const otherVersion = '9.9.9-widget';

// The import map of examples/html/import-map.html: the host's copy is the package's ESM build.
const importMap = /<script type="importmap">[\s\S]*?<\/script>/.exec(readFileSync(join(root, 'examples/html/import-map.html'), 'utf8'))[0];

const allTags = ['candour-ai-badge', 'candour-ai-content', 'candour-ai-notice', 'candour-consent-centre', 'candour-consent-prompt', 'candour-pledge', 'candour-provider', 'candour-statements'];

/** A page: the host's modules (npm build through the import map, or a CDN bundle), then the widget's CDN bundle. */
function pageHtml({ host, widgetVersion }) {
  const hostScripts =
    host === 'npm'
      ? `${importMap}
  <script type="module">
    import '@candour/elements/define/provider.js';
    import '@candour/elements/define/ai-badge.js';
  </script>`
      : `<script type="module" src="${cdn}@candour/elements@${version}/dist/cdn/candour.js"></script>`;
  return `<!doctype html>
<html lang="en-GB"><head><meta charset="utf-8"><title>Two copies</title>
  ${hostScripts}
  <script type="module" src="${cdn}@candour/elements@${widgetVersion}/dist/cdn/candour.js"></script>
</head><body>
  <candour-provider src="candour.json" audience="worker">
    <h2>Lunch visit <candour-ai-badge feature="visit-note-summary"></candour-ai-badge></h2>
    <section id="widget">
      <candour-ai-content feature="visit-note-summary" content-id="note-1"><p>Eileen ate most of her soup.</p></candour-ai-content>
    </section>
  </candour-provider>
</body></html>`;
}

const types = { '.js': 'text/javascript', '.json': 'application/json', '.map': 'application/json' };

/** Where a jsDelivr address is in this workspace. The other version is our build under another name. */
function localFile(url) {
  const m = /^((?:@[^/@]+\/)?[^/@]+)@([^/]+)\/(.+)$/.exec(url.slice(cdn.length));
  if (!m) return undefined;
  const [, name, v, path] = m;
  const dirs = { '@candour/elements': 'packages/elements', '@candour/core': 'packages/core' };
  const dir = dirs[name] ? join(root, dirs[name]) : join(root, 'node_modules/.pnpm', `${name.replace('/', '+')}@${v}`, 'node_modules', name);
  if (dirs[name] && v !== version && v !== otherVersion) return undefined;
  const file = join(dir, path);
  return existsSync(file) ? { file, other: v === otherVersion } : undefined;
}

async function openPage(html) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const seen = { errors: [], warnings: [], unanswered: [] };
  page.on('console', (m) => {
    if (m.type() === 'error') seen.errors.push(m.text());
    if (m.type() === 'warning') seen.warnings.push(m.text());
  });
  page.on('pageerror', (e) => seen.errors.push(String(e)));
  await page.route('**/*', async (route) => {
    const url = route.request().url();
    if (url === `${site}/two.html`) return route.fulfill({ contentType: 'text/html', body: html });
    if (url === `${site}/candour.json`) return route.fulfill({ contentType: 'application/json', body: readFileSync(join(root, 'examples/candour.json')) });
    const found = url.startsWith(cdn) ? localFile(url) : undefined;
    if (!found) {
      seen.unanswered.push(url);
      return route.fulfill({ status: 404, body: 'not here' });
    }
    let body = readFileSync(found.file, 'utf8');
    if (found.other && found.file.endsWith('.js')) {
      const marker = JSON.stringify(version);
      assert.equal(body.split(marker).length, 2, `expected CANDOUR_VERSION (${marker}) exactly once in ${found.file}`);
      body = body.replace(marker, JSON.stringify(otherVersion));
    }
    return route.fulfill({ contentType: types[found.file.slice(found.file.lastIndexOf('.'))] ?? 'text/plain', headers: { 'access-control-allow-origin': '*' }, body });
  });
  await page.goto(`${site}/two.html`);
  return { page, seen, close: () => context.close() };
}

/** Waits until the badge shows the manifest's label and the widget's content element has rendered it. */
async function working(page) {
  await page.waitForFunction(
    (tags) => {
      if (!tags.every((t) => customElements.get(t))) return false;
      const b = document.querySelector('candour-ai-badge')?.shadowRoot?.querySelector('button[part~="button"]');
      return b && b.textContent === 'AI generated · Checked by a person';
    },
    allTags,
    { timeout: 30000 },
  );
}

/** Which copy's class each tag has: 'host', 'widget' or 'neither'. */
async function owners(page, hostModule, widgetModule) {
  return page.evaluate(
    async ({ hostModule, widgetModule, tags }) => {
      const host = await import(hostModule);
      const widget = await import(widgetModule);
      const className = (tag) => 'Candour' + tag.slice('candour-'.length).split('-').map((w) => (w === 'ai' ? 'AI' : w[0].toUpperCase() + w.slice(1))).join('').replace(/^AI/, 'Ai');
      return Object.fromEntries(
        tags.map((t) => {
          const ctor = customElements.get(t);
          const name = className(t);
          return [t, ctor === host[name] ? 'host' : ctor === widget[name] ? 'widget' : `neither (${name})`];
        }),
      );
    },
    { hostModule, widgetModule, tags: allTags },
  );
}

let browser;
before(async () => {
  for (const f of ['packages/elements/dist/cdn/candour.js', 'packages/elements/dist/define/provider.js', 'packages/elements/dist/index.js']) {
    assert.ok(existsSync(join(root, f)), `${f} is missing: run \`pnpm build\` first`);
  }
  browser = await launchChromium();
});
after(async () => {
  await browser?.close();
});

/**
 * Waits until the widget's content element shows the feature's name from the manifest and offers its notice: both
 * need the provider's context, so they show that an element of one copy works inside the other copy's provider.
 */
async function contentHasManifest(page) {
  const manifest = JSON.parse(readFileSync(join(root, 'examples/candour.json'), 'utf8'));
  const name = manifest.features.find((f) => f.id === 'visit-note-summary').name['en-GB'];
  await page.waitForFunction(
    (name) => {
      const r = document.querySelector('candour-ai-content')?.shadowRoot;
      return Boolean(r?.querySelector('[part~="provenance"]')?.textContent?.includes(name) && r.querySelector('[part~="about"]'));
    },
    name,
    { timeout: 30000 },
  );
}

const alreadyDefined = (warnings) => warnings.filter((w) => / is already defined by Candour /.test(w));

test('npm build and CDN bundle of the same version: one definition per tag, first copy wins, no warning', async () => {
  const { page, seen, close } = await openPage(pageHtml({ host: 'npm', widgetVersion: version }));
  try {
    await working(page);
    const who = await owners(page, `${cdn}@candour/elements@${version}/dist/index.js`, `${cdn}@candour/elements@${version}/dist/cdn/candour.js`);
    // The host defined the provider and the badge (and the notice, which the provider brings); the widget the rest.
    assert.deepEqual(who, {
      'candour-ai-badge': 'host',
      'candour-ai-content': 'widget',
      'candour-ai-notice': 'host',
      'candour-consent-centre': 'widget',
      'candour-consent-prompt': 'widget',
      'candour-pledge': 'widget',
      'candour-provider': 'host',
      'candour-statements': 'widget',
    });
    // The widget's content element gets the manifest from the host's provider: it shows the feature's label.
    await contentHasManifest(page);
    assert.deepEqual(alreadyDefined(seen.warnings), []);
    assert.deepEqual(seen.errors, [], `console errors:\n${seen.errors.join('\n')}`);
    assert.deepEqual(seen.unanswered, []);
  } finally {
    await close();
  }
});

test('npm build and a CDN bundle of another version: the host keeps its tags, and the console names both versions', async () => {
  const { page, seen, close } = await openPage(pageHtml({ host: 'npm', widgetVersion: otherVersion }));
  try {
    await working(page);
    await contentHasManifest(page);
    const warned = alreadyDefined(seen.warnings);
    for (const tag of ['candour-provider', 'candour-ai-badge', 'candour-ai-notice']) {
      const about = warned.filter((w) => w.startsWith(`<${tag}>`));
      assert.equal(about.length, 1, `one warning about <${tag}>; got:\n${warned.join('\n')}`);
      assert.ok(about[0].includes(version) && about[0].includes(otherVersion), `the warning names both versions: ${about[0]}`);
    }
    assert.equal(warned.length, 3, `warnings only for the tags both copies define:\n${warned.join('\n')}`);
    const versions = await page.evaluate(() => Object.fromEntries(globalThis.__candourVersions));
    assert.equal(versions['candour-provider'], version);
    assert.equal(versions['candour-ai-content'], otherVersion);
    assert.deepEqual(seen.errors, [], `console errors:\n${seen.errors.join('\n')}`);
  } finally {
    await close();
  }
});

test('two CDN bundles of different versions: every tag from the first, a warning for each naming both versions', async () => {
  const { page, seen, close } = await openPage(pageHtml({ host: 'cdn', widgetVersion: otherVersion }));
  try {
    await working(page);
    const who = await owners(page, `${cdn}@candour/elements@${version}/dist/cdn/candour.js`, `${cdn}@candour/elements@${otherVersion}/dist/cdn/candour.js`);
    assert.deepEqual(new Set(Object.values(who)), new Set(['host']));
    const warned = alreadyDefined(seen.warnings);
    assert.deepEqual(warned.map((w) => /^<([a-z-]+)>/.exec(w)?.[1]).sort(), allTags);
    for (const w of warned) assert.ok(w.includes(`Candour ${version}`) && w.includes(`(${otherVersion})`), w);
    assert.deepEqual(seen.errors, [], `console errors:\n${seen.errors.join('\n')}`);
  } finally {
    await close();
  }
});
