// Side-by-side benchmark of candour-ai-badge against the anchor libraries, in
// Debian's headless Chromium driven by playwright-core (no browser download).
// Not a test: it measures and writes the figures into docs/PERFORMANCE.md
// between the bench:anchors markers.
//
//   pnpm bench:anchors                       (builds first)
//   node test/bench/anchors.bench.mjs [--rounds 5] [--sizes 100,1000,5000] [--clicks 2] [--limit 30] [--no-write]
//
// --limit: seconds one page may take to render its N instances; an anchor that takes longer is
// recorded as over the limit and not run again at that N or above (the full run stays within minutes).
//
// Kinds, each on its own page with only its own script, all in one Chromium session:
//   badge     candour-ai-badge in a candour-provider holding examples/candour.json (packages/elements/dist)
//   carbon    IBM Carbon's cds-ai-label (@carbon/web-components), kind="inline" with the same label text
//   shoelace  Shoelace's sl-tooltip (trigger="click") around an sl-badge with the label text
//   c2pa      c2pa-wc's cai-indicator as the trigger of a cai-popover (trigger="click:blur")
//   lit       Lit's floor: a minimal LitElement that renders only a label (test/bench/lit-floor.js)
//   span      plain <span> elements with the label text (the browser's floor)
// The anchors carry the badge's own explanation text (read from the badge) in the slot each
// library documents for it. Anchors are installed by test/bench/anchors.mjs (pinned versions,
// install scripts disabled, cached in node_modules/.cache/candour-anchors) and bundled with
// Rollup + terser into one file per kind, served from a local HTTP server: nothing else is fetched.
//
// For each N and kind, on a fresh page, in an order that is reversed every other round:
//   laid out     insertion (one fragment) → every Lit element on the page, through shadow roots,
//                has settled `updateComplete` (re-walked until no new element appears) → a forced
//                layout read. All six kinds pay the same walk.
//   next frame   the same start → the second requestAnimationFrame after insertion.
//   CPU          the renderer main thread's CPU time over the same work (Performance.getMetrics).
//   heap         JS heap used after a full GC (CDP HeapProfiler.collectGarbage, Runtime.getHeapUsage):
//                the N instances (after − before insertion) and the whole page.
//   DOM nodes    nodes added to the document, counted by a walk that enters every shadow root.
//   click        a real mouse click (playwright, Chromium input events) on an instance's trigger →
//                the first animation frame at which its explanation is laid out with a non-zero size,
//                not hidden and not fully transparent (`checkVisibility` with opacity). Lit's floor
//                and the spans have no explanation: n/a.
import { createServer } from 'node:http';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem, release, platform, loadavg } from 'node:os';
import { chromium } from 'playwright-core';
import { BADGE_ANCHORS, bundle, installAnchor, root } from './anchors.mjs';

const elements = `${root}packages/elements`;
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  if (i < 0) return fallback;
  const value = args[i + 1];
  if (value === undefined || value.startsWith('--')) throw new Error(`--${name} needs a value`);
  return value;
};
const known = new Set(['--rounds', '--sizes', '--clicks', '--limit', '--no-write']);
for (const a of args) if (a.startsWith('--') && !known.has(a)) throw new Error(`Unknown option ${a}: expected --rounds N, --sizes N,N,…, --clicks N, --limit seconds, --no-write`);
const positiveInt = (name, text) => {
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1) throw new Error(`--${name} must be a whole number of at least 1, not "${text}"`);
  return n;
};
const ROUNDS = positiveInt('rounds', option('rounds', '5'));
const SIZES = option('sizes', '100,1000,5000').split(',').map((s) => positiveInt('sizes', s.trim()));
const CLICKS = positiveInt('clicks', option('clicks', '2'));
const LIMIT = positiveInt('limit', option('limit', '30'));
const WRITE = !args.includes('--no-write');
const loadStart = loadavg();

const executablePath = ['/usr/bin/chromium', '/usr/lib/chromium/chromium'].find((p) => existsSync(p));
if (!executablePath) throw new Error('Chromium is not installed: apt-get install chromium');
for (const f of ['define/ai-badge.js', 'define/provider.js']) {
  if (!existsSync(`${elements}/dist/${f}`)) throw new Error(`packages/elements/dist/${f} is missing: run \`pnpm build\` first.`);
}

// --- Scripts, one per kind.
/** Bare imports of our own entries (and of test/bench/lit-floor.js) resolve from the elements package, so Lit is the one we ship. */
const fromElements = {
  name: 'from-elements',
  async resolveId(id, importer, options) {
    if (/^[./]/.test(id) || id === 'entry' || !importer || importer.includes('/node_modules/') || importer.startsWith(`${root}packages/`)) return null;
    return this.resolve(id, `${elements}/package.json`, { ...options, skipSelf: true });
  },
};
const KINDS = [
  { id: 'badge', name: '**Candour** `candour-ai-badge` in a `candour-provider`', tags: ['candour-ai-badge', 'candour-provider'], explains: true },
  ...BADGE_ANCHORS.map((a) => ({ id: a.id, name: a.name, tags: a.tags, explains: true, anchor: a })),
  { id: 'lit', name: "Lit's floor: a minimal `LitElement` rendering a label", tags: ['lit-floor'], explains: false },
  { id: 'span', name: 'Plain `<span>` elements (the browser’s floor)', tags: [], explains: false },
];
const scripts = {};
const versions = {};
console.log('Bundling the pages’ scripts…');
scripts.badge = (
  await bundle({
    code: `import '${elements}/dist/define/provider.js';\nimport '${elements}/dist/define/ai-badge.js';`,
    rootDir: elements,
    plugins: [fromElements],
  })
).code;
scripts.lit = (await bundle({ input: `${root}test/bench/lit-floor.js`, rootDir: elements, plugins: [fromElements] })).code;
scripts.span = '';
for (const kind of KINDS.filter((k) => k.anchor)) {
  const installed = installAnchor(kind.id);
  if (installed.fresh) console.log(`Installed ${installed.name}@${installed.version} into ${installed.dir}`);
  versions[kind.id] = `${installed.name} ${installed.version}`;
  scripts[kind.id] = (await bundle({ code: kind.anchor.entry(installed.pkg), rootDir: installed.dir })).code;
}
versions.lit = `lit ${JSON.parse(readFileSync(`${elements}/node_modules/lit/package.json`, 'utf8')).version}`;

const page = (kind) => `<!doctype html>
<html lang="en-GB"><head><meta charset="utf-8"><title>anchors: ${kind}</title>
<style>body { margin: 8px; font: 16px/1.5 system-ui, sans-serif; } #host { max-width: 60rem; }</style>
</head><body><div id="host"></div>${scripts[kind] ? `<script type="module" src="/${kind}.js"></script>` : ''}</body></html>`;
const server = createServer((req, res) => {
  const m = /^\/(\w+)\.(html|js)$/.exec(req.url ?? '');
  if (m && m[1] in scripts) {
    const [, kind, ext] = m;
    res.writeHead(200, { 'content-type': `text/${ext === 'js' ? 'javascript' : 'html'}; charset=utf-8` }).end(ext === 'js' ? scripts[kind] : page(kind));
  } else {
    res.writeHead(404).end();
  }
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const base = `http://127.0.0.1:${server.address().port}`;

const manifest = JSON.parse(readFileSync(`${root}examples/candour.json`, 'utf8'));
const features = manifest.features.map((f) => f.id);

const browser = await chromium.launch({
  executablePath,
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-dev-shm-usage'],
});
const chromiumVersion = browser.version();

async function freshPage(kind) {
  const p = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const errors = [];
  p.on('pageerror', (e) => errors.push(e.message));
  await p.goto(`${base}/${kind.id}.html`);
  await p.waitForFunction((tags) => tags.every((t) => customElements.get(t)), kind.tags, { timeout: 30_000 }).catch((e) => {
    throw new Error(`${kind.id}: its elements (${kind.tags.join(', ')}) were not defined${errors.length ? `; page errors: ${errors.join('; ')}` : ''}: ${e.message}`);
  });
  return { page: p, errors };
}

// --- Runs in the page.
/** Nodes in the document, entering every shadow root. */
function countNodes() {
  let n = 0;
  const walk = (node) => {
    n++;
    if (node.shadowRoot) walk(node.shadowRoot);
    for (let c = node.firstChild; c; c = c.nextSibling) walk(c);
  };
  walk(document);
  return n;
}

/** What a page needs once before any instance: for the badges, the provider holding the manifest. */
async function prepare({ kind, manifest }) {
  const host = document.getElementById('host');
  window.__parent = host;
  if (kind === 'badge') {
    const provider = document.createElement('candour-provider');
    provider.manifest = manifest;
    provider.setAttribute('locale', 'en-GB');
    host.append(provider);
    await provider.updateComplete;
    window.__parent = provider;
  }
  await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => r())));
}

/** Mounts N instances of one kind, times them, and says what rendered. */
async function mount({ kind, n, features, labels, explanations }) {
  const host = document.getElementById('host');
  const frame = () => new Promise((r) => requestAnimationFrame(() => r()));
  const nodesBefore = window.__countNodes();
  const parent = window.__parent;
  await frame();
  await frame();
  const start = performance.now();
  const fragment = document.createDocumentFragment();
  const created = [];
  for (let i = 0; i < n; i++) {
    const label = labels[i % labels.length];
    const explanation = explanations[i % explanations.length];
    let el;
    if (kind === 'badge') {
      el = document.createElement('candour-ai-badge');
      el.setAttribute('feature', features[i % features.length]);
    } else if (kind === 'carbon') {
      el = document.createElement('cds-ai-label');
      el.setAttribute('kind', 'inline');
      el.setAttribute('ai-text-label', label);
      el.setAttribute('alignment', 'bottom');
      const body = document.createElement('div');
      body.slot = 'body-text';
      body.textContent = explanation;
      el.append(body);
    } else if (kind === 'shoelace') {
      el = document.createElement('sl-tooltip');
      el.setAttribute('trigger', 'click');
      el.setAttribute('placement', 'bottom');
      const content = document.createElement('div');
      content.slot = 'content';
      content.textContent = explanation;
      const badge = document.createElement('sl-badge');
      badge.setAttribute('variant', 'neutral');
      badge.textContent = label;
      el.append(content, badge);
    } else if (kind === 'c2pa') {
      el = document.createElement('cai-popover');
      el.setAttribute('trigger', 'click:blur');
      el.setAttribute('placement', 'bottom');
      const indicator = document.createElement('cai-indicator');
      indicator.slot = 'trigger';
      const content = document.createElement('div');
      content.slot = 'content';
      content.textContent = explanation;
      el.append(indicator, content);
    } else if (kind === 'lit') {
      el = document.createElement('lit-floor');
      el.setAttribute('label', label);
    } else {
      el = document.createElement('span');
      el.textContent = label;
    }
    created.push(el);
    fragment.append(el, ' ');
  }
  parent.append(fragment);
  // Every Lit element on the page, through shadow roots, until no new one appears.
  const settled = new Set();
  for (;;) {
    const waits = [];
    const walk = (node) => {
      for (const el of node.querySelectorAll('*')) {
        if (el.updateComplete && !settled.has(el)) {
          settled.add(el);
          waits.push(el.updateComplete);
        }
        if (el.shadowRoot) walk(el.shadowRoot);
      }
    };
    walk(host);
    if (!waits.length) break;
    await Promise.all(waits);
  }
  const height = host.getBoundingClientRect().height;
  const laidOut = performance.now() - start;
  await frame();
  await frame();
  const nextFrame = performance.now() - start;
  const shown = (el, i) => {
    const want = labels[i % labels.length];
    if (kind === 'badge') return el.shadowRoot?.querySelector('button')?.textContent.trim() === want;
    if (kind === 'carbon') return el.shadowRoot?.textContent.includes(want) && el.shadowRoot.querySelector('button') !== null;
    if (kind === 'shoelace') return el.shadowRoot?.querySelector('sl-popup') !== null && el.querySelector('sl-badge').shadowRoot?.querySelector('slot') !== null;
    if (kind === 'c2pa') return el.shadowRoot?.querySelector('#trigger') !== null && el.querySelector('cai-indicator').shadowRoot?.querySelector('cai-icon-info') !== null;
    if (kind === 'lit') return el.shadowRoot?.textContent.trim() === want;
    return el.textContent === want;
  };
  const rendered = created.filter(shown).length;
  return { laidOut, nextFrame, height, rendered, nodes: window.__countNodes() - nodesBefore };
}

/** The explanation element of one instance, for the click probe. */
function explanationOf(kind, el) {
  if (kind === 'badge') return el.shadowRoot?.querySelector('[part~="toggletip"]') ?? null;
  if (kind === 'carbon') return el.querySelector('[slot="body-text"]');
  return el.querySelector('[slot="content"]');
}

/**
 * Arms a one-shot probe for the next click on instance `index`; returns where to click. The instance whose
 * explanation is watched is the one the browser hit-tests at that point: with c2pa-wc, a popover's invisible
 * 72 × 72 px hit area (`.hidden-layer`) covers its neighbours' indicators, so a click there opens the neighbour.
 */
function armClick({ kind, index, tag }) {
  const all = [...document.querySelectorAll(tag)];
  const el = all[index];
  const target = kind === 'badge' || kind === 'carbon' ? el.shadowRoot.querySelector('button') : kind === 'shoelace' ? el.querySelector('sl-badge') : el.querySelector('cai-indicator');
  target.scrollIntoView({ block: 'center' });
  const r = target.getBoundingClientRect();
  const x = r.left + r.width / 2;
  const y = r.top + r.height / 2;
  const hitEl = document.elementFromPoint(x, y)?.closest(tag);
  const hit = hitEl ? all.indexOf(hitEl) : -1;
  const watched = hitEl ?? el;
  const visible = () => {
    const e = window.__explanationOf(kind, watched);
    if (!e || !e.isConnected) return false;
    const box = e.getBoundingClientRect();
    return box.width * box.height > 0 && e.checkVisibility({ opacityProperty: true, visibilityProperty: true });
  };
  const wasVisible = visible();
  window.__click = new Promise((resolve) => {
    document.addEventListener(
      'click',
      (event) => {
        const t0 = event.timeStamp;
        let frames = 0;
        const tick = () => {
          frames++;
          if (visible()) resolve({ ms: performance.now() - t0, frames });
          else if (performance.now() - t0 > 3000) resolve({ ms: null, frames });
          else requestAnimationFrame(tick);
        };
        requestAnimationFrame(tick);
      },
      { capture: true, once: true },
    );
  });
  return { x, y, wasVisible, hit };
}

/** Closes an opened explanation again, so it does not cover the next instance. */
async function close({ kind, index, tag }) {
  const el = document.querySelectorAll(tag)[index];
  if (kind === 'carbon') el.open = false;
  else if (kind === 'shoelace') await el.hide();
  else if (kind === 'c2pa') el._hideTooltip();
  await el.updateComplete;
  await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => r())));
}

const clickTag = { badge: 'candour-ai-badge', carbon: 'cds-ai-label', shoelace: 'sl-tooltip', c2pa: 'cai-popover' };
async function install(p) {
  await p.evaluate(`window.__countNodes = ${countNodes.toString()}; window.__explanationOf = ${explanationOf.toString()};`);
}

// --- The badge's labels and explanations, so every kind shows the same texts.
const probe = await freshPage(KINDS[0]);
const { labels, explanations } = await probe.page.evaluate(
  async ({ manifest, features }) => {
    const provider = document.createElement('candour-provider');
    provider.manifest = manifest;
    provider.setAttribute('locale', 'en-GB');
    document.getElementById('host').append(provider);
    await provider.updateComplete;
    const labels = [];
    const explanations = [];
    for (const id of features) {
      const badge = document.createElement('candour-ai-badge');
      badge.setAttribute('feature', id);
      provider.append(badge);
      await badge.updateComplete;
      const button = badge.shadowRoot.querySelector('button');
      labels.push(button.textContent.trim());
      button.click();
      await badge.updateComplete;
      explanations.push(badge.shadowRoot.querySelector('[part~="toggletip"]').textContent.replace(/\s+/g, ' ').trim());
      button.click();
      await badge.updateComplete;
    }
    return { labels, explanations };
  },
  { manifest, features },
);
await probe.page.close();
console.log(`Chromium ${chromiumVersion}; labels: ${labels.join(' | ')}`);

// --- Rounds.
const results = {}; // `${kind}:${n}` → arrays
const tooSlow = new Map(); // kind → the smallest N it did not render within the limit
const started = Date.now();
for (let round = 0; round < ROUNDS; round++) {
  const order = round % 2 === 0 ? KINDS : [...KINDS].reverse();
  for (const n of SIZES) {
    for (const kind of order) {
      const key = `${kind.id}:${n}`;
      results[key] ??= { laidOut: [], nextFrame: [], cpu: [], heap: [], setupHeap: [], pageHeap: [], nodes: [], clicks: [], clickMisses: 0, clickNeighbour: 0, overLimit: 0, skipped: 0 };
      const s = results[key];
      // A kind that once ran past the limit at some N is not run again at that N or above.
      if (tooSlow.has(kind.id) && n >= tooSlow.get(kind.id)) {
        s.skipped++;
        continue;
      }
      const { page: p, errors } = await freshPage(kind);
      await install(p);
      const cdp = await p.context().newCDPSession(p);
      await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
      const heap = async () => {
        await cdp.send('HeapProfiler.collectGarbage');
        return (await cdp.send('Runtime.getHeapUsage')).usedSize;
      };
      const cpu = async () => (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'ThreadTime').value;
      const heapEmpty = await heap();
      await p.evaluate(prepare, { kind: kind.id, manifest });
      const heapBefore = await heap();
      const cpuBefore = await cpu();
      const mounting = p.evaluate(mount, { kind: kind.id, n, features, labels, explanations });
      mounting.catch(() => {}); // rejected when the page is closed after the limit
      let timer;
      const r = await Promise.race([mounting, new Promise((resolve) => (timer = setTimeout(() => resolve(undefined), LIMIT * 1000)))]);
      clearTimeout(timer);
      if (r === undefined) {
        if (kind.id === 'badge' || kind.id === 'lit' || kind.id === 'span') throw new Error(`${kind.id} × ${n} took over ${LIMIT} s: the ratios need it; raise --limit or lower --sizes`);
        tooSlow.set(kind.id, Math.min(n, tooSlow.get(kind.id) ?? Infinity));
        s.overLimit++;
        console.log(`  ${kind.id} × ${n}: not rendered within ${LIMIT} s; not run again at ${n} or more`);
        await p.close();
        continue;
      }
      const cpuAfter = await cpu();
      const heapAfter = await heap();
      if (r.rendered !== n) throw new Error(`${kind.id} × ${n}: only ${r.rendered} of ${n} rendered as expected${errors.length ? `; page errors: ${errors.join('; ')}` : ''}`);
      s.laidOut.push(r.laidOut);
      s.nextFrame.push(r.nextFrame);
      s.cpu.push((cpuAfter - cpuBefore) * 1000);
      s.heap.push(heapAfter - heapBefore);
      s.setupHeap.push(heapBefore - heapEmpty);
      s.pageHeap.push(heapAfter);
      s.nodes.push(r.nodes);
      if (kind.explains) {
        for (let k = 0; k < Math.min(CLICKS, n); k++) {
          const at = { kind: kind.id, index: Math.floor((k * n) / CLICKS), tag: clickTag[kind.id] };
          const target = await p.evaluate(armClick, at);
          if (target.hit < 0) throw new Error(`${kind.id}: nothing of instance ${at.index} is under its own trigger's centre`);
          if (target.wasVisible) throw new Error(`${kind.id}: instance ${target.hit}'s explanation was visible before the click`);
          if (target.hit !== at.index) s.clickNeighbour++;
          await p.mouse.click(target.x, target.y);
          const c = await p.evaluate(() => window.__click);
          if (c.ms === null) s.clickMisses++;
          else s.clicks.push(c.ms);
          await p.evaluate(close, { ...at, index: target.hit });
        }
      }
      if (errors.length) throw new Error(`${kind.id} × ${n}: page errors: ${errors.join('; ')}`);
      await p.close();
      console.log(`  ${kind.id} × ${n}: laid out ${r.laidOut.toFixed(0)} ms, CPU ${((cpuAfter - cpuBefore) * 1000).toFixed(0)} ms`);
    }
  }
  console.log(`round ${round + 1}/${ROUNDS} done (${((Date.now() - started) / 1000).toFixed(0)} s, load ${loadavg()[0].toFixed(1)})`);
}
await browser.close();
server.close();
const loadEnd = loadavg();

// --- Figures.
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const stat = (xs) => (xs.length ? { median: median(xs), min: Math.min(...xs), max: Math.max(...xs), n: xs.length } : undefined);
const ms = (x) => `${x.toFixed(1)} ms`;
const mib = (x) => `${(x / 2 ** 20).toFixed(2)} MiB`;
const cell = (s, f) => (s ? (f(s.min) === f(s.max) ? f(s.median) : `${f(s.median)} (${f(s.min)}–${f(s.max)})`) : 'n/a');
const ratio = (a, b) => (a && b && b.median > 0 ? `${(a.median / b.median).toFixed(2)}×` : 'n/a');
const count = (x) => Math.round(x).toLocaleString('en-GB');

const tables = [];
const summary = {};
for (const n of SIZES) {
  const get = (id, what) => stat(results[`${id}:${n}`][what]);
  const time = [
    `#### ${n.toLocaleString('en-GB')} instances: time`,
    '',
    '| elements | laid out | ×Lit | ×plain | next frame | ×Lit | ×plain | main-thread CPU | ×Lit | ×plain |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...KINDS.map(({ id, name }) => {
      const { overLimit: over, skipped } = results[`${id}:${n}`];
      const cols = ['laidOut', 'nextFrame', 'cpu'].map((w) => {
        const s = get(id, w);
        const notRun = skipped ? `, then not run again` : '';
        if (!s) return `${over ? `over ${LIMIT} s${notRun}` : `not run: over ${LIMIT} s with fewer`} | n/a | n/a`;
        return `${cell(s, ms)}${over ? `; over ${LIMIT} s in round ${s.n + 1}${notRun}` : ''} | ${ratio(s, get('lit', w))} | ${ratio(s, get('span', w))}`;
      });
      return `| ${name} | ${cols.join(' | ')} |`;
    }),
  ];
  const weight = [
    `#### ${n.toLocaleString('en-GB')} instances: memory, DOM and opening`,
    '',
    '| elements | JS heap of the instances | ×Lit | ×plain | JS heap, whole page | DOM nodes added | ×Lit | ×plain | click → explanation visible |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...KINDS.map(({ id, name, explains }) => {
      const h = get(id, 'heap');
      const nodes = get(id, 'nodes');
      const r = results[`${id}:${n}`];
      const notes = [r.clickMisses ? `${r.clickMisses} of ${r.clicks.length + r.clickMisses} not visible within 3 s` : '', r.clickNeighbour ? `${r.clickNeighbour} of ${r.clicks.length + r.clickMisses} hit a neighbouring instance` : ''].filter(Boolean);
      const click = explains ? (r.clicks.length + r.clickMisses ? `${cell(stat(r.clicks), ms)}${notes.length ? ` (${notes.join('; ')})` : ''}` : 'not run') : 'n/a';
      return `| ${name} | ${cell(h, mib)} | ${ratio(h, get('lit', 'heap'))} | ${ratio(h, get('span', 'heap'))} | ${cell(get(id, 'pageHeap'), mib)} | ${cell(nodes, count)} | ${ratio(nodes, get('lit', 'nodes'))} | ${ratio(nodes, get('span', 'nodes'))} | ${click} |`;
    }),
  ];
  tables.push(time.join('\n'), weight.join('\n'));
  const measured = BADGE_ANCHORS.filter((a) => get(a.id, 'heap'));
  summary[n] = {
    laidOut: get('badge', 'laidOut').median / get('lit', 'laidOut').median,
    nextFrame: get('badge', 'nextFrame').median / get('lit', 'nextFrame').median,
    cpu: get('badge', 'cpu').median / get('lit', 'cpu').median,
    measured: measured.map((a) => a.id),
    unmeasured: BADGE_ANCHORS.filter((a) => !get(a.id, 'heap')).map((a) => a.id),
    heavierHeap: measured.filter((a) => get(a.id, 'heap').median <= get('badge', 'heap').median).map((a) => a.id),
    heavierNodes: measured.filter((a) => get(a.id, 'nodes').median <= get('badge', 'nodes').median).map((a) => a.id),
    heap: Object.fromEntries(KINDS.map((k) => [k.id, get(k.id, 'heap')?.median])),
    nodes: Object.fromEntries(KINDS.map((k) => [k.id, get(k.id, 'nodes')?.median])),
  };
  console.log(`\n${time.join('\n')}\n\n${weight.join('\n')}`);
}

const KINDS_SETUP = SIZES.flatMap((n) => results[`badge:${n}`].setupHeap);
const cpu0 = cpus();
const machine = `${cpu0[0]?.model.trim() ?? 'unknown CPU'}, ${cpu0.length} cores, ${Math.round(totalmem() / 2 ** 30)} GiB, ${platform()} ${release()}`;
const load = (l) => l.map((x) => x.toFixed(2)).join(', ');
const when = new Date().toISOString().replace(/\.\d+Z$/, ' UTC').replace('T', ' ');
const command = `node test/bench/anchors.bench.mjs${args.length ? ` ${args.join(' ')}` : ''}`;
const anchorName = Object.fromEntries(BADGE_ANCHORS.map((a) => [a.id, a.name]));
const aims = SIZES.map((n) => {
  const s = summary[n];
  const met = s.laidOut <= 1.3;
  const time = `${met ? '**Met**' : `**Missed** by ${(s.laidOut - 1.3).toFixed(2)}×`}: ${s.laidOut.toFixed(2)}× Lit's floor laid out (${s.nextFrame.toFixed(2)}× to the next frame, ${s.cpu.toFixed(2)}× in main-thread CPU${met && s.cpu > 1.3 ? `, **over** 1.3× by ${(s.cpu - 1.3).toFixed(2)}×` : ''})`;
  const against = (what, f) => `${f(s[what].badge)} against ${s.measured.map((id) => `${id} ${f(s[what][id])}`).join(', ')}`;
  const lighter = (list, what, f) =>
    !s.measured.length
      ? `${what}: no anchor measured`
      : list.length
        ? `**not lighter** in ${what} than ${list.map((id) => anchorName[id]).join(', ')} (${against(what === 'JS heap' ? 'heap' : 'nodes', f)})`
        : `lighter in ${what} than every anchor measured (${against(what === 'JS heap' ? 'heap' : 'nodes', f)})`;
  const unmeasured = s.unmeasured.length ? `; not measured at this size (over the ${LIMIT} s limit): ${s.unmeasured.map((id) => anchorName[id]).join(', ')}` : '';
  return `- ${n.toLocaleString('en-GB')} badges: ${time}; ${lighter(s.heavierHeap, 'JS heap', mib)}; ${lighter(s.heavierNodes, 'DOM nodes', count)}${unmeasured}.`;
});

const section = `<!-- bench:anchors:start -->
## The badge beside the anchor libraries

Run ${when} on ${machine}, Node ${process.version}, headless Chromium ${chromiumVersion} (Debian; \`--disable-gpu\`, so
software rendering) driven by playwright-core, by \`pnpm bench:anchors\` (this run: \`${command}\`, test/bench/anchors.bench.mjs).
**Load average** (1, 5, 15 min) at the start: ${load(loadStart)}; at the end: ${load(loadEnd)}. The machine has
${cpu0.length} cores; a load above that means other work shared them, and wall times move with it (main-thread CPU much less).${
  Math.max(loadStart[0], loadEnd[0]) > cpu0.length
    ? `\n**This run was on a busy machine** (load above ${cpu0.length}): its wall times (laid out, next frame, click) are inflated and
noisy, and the render-time verdicts below rest on them; compare main-thread CPU, heap and DOM nodes, and re-run on a quiet machine.`
    : ''
}
Median of ${ROUNDS} round${ROUNDS === 1 ? '' : 's'}, (min–max) in brackets; every measurement on a fresh page in one Chromium session,
the kinds in the order below in even rounds and reversed in odd ones. ×Lit and ×plain are the ratios of the medians to Lit's floor
and to plain spans.

What each page loads, bundled and minified with Rollup and terser into one script served locally: Candour's built
\`@candour/elements/define/provider.js\` and \`define/ai-badge.js\` (${versions.lit}); ${BADGE_ANCHORS.map((a) => `${versions[a.id]} (\`${a.entryFile}\`)`).join('; ')};
test/bench/lit-floor.js with ${versions.lit}; nothing for the spans. The anchors are installed at those pinned versions with
\`npm install --ignore-scripts\` into node_modules/.cache/candour-anchors (test/bench/anchors.mjs).

How each instance is written, with the texts the badges show (their labels, and their explanation for the anchors' slots):

- Candour: \`<candour-ai-badge feature>\` in one \`<candour-provider>\` holding examples/candour.json (six features in turn).
  Its toggletip is built on first open, so it is not in the DOM until clicked.
- Carbon: \`<cds-ai-label kind="inline" ai-text-label="label" alignment="bottom">\` with the explanation in a
  \`slot="body-text"\` child.
- Shoelace: \`<sl-tooltip trigger="click" placement="bottom">\` with the explanation in a \`slot="content"\` child, around an
  \`<sl-badge variant="neutral">label</sl-badge>\`. (Its default trigger is hover and focus; click is set so one click opens it.)
- c2pa-wc: \`<cai-popover trigger="click:blur" placement="bottom">\` with a \`<cai-indicator slot="trigger">\` (an icon, no
  text) and the explanation in a \`slot="content"\` child. (Its default trigger is hover and focus.)
- Lit's floor: \`<lit-floor label>\`; plain: \`<span>label</span>\`.

Measures:

- **Laid out**: from inserting the N elements (one fragment) until every Lit element on the page, found by a walk through
  shadow roots repeated until no new one appears, has settled \`updateComplete\`, then a forced layout read. (All the anchors
  are Lit elements, so this one test fits all; the spans pay the same walk.)
- **Next frame**: the same start to the second \`requestAnimationFrame\` after that.
- **Main-thread CPU**: the renderer main thread's CPU time over the same work (\`Performance.getMetrics\`, thread ticks).
- **JS heap**: \`Runtime.getHeapUsage\` after a full garbage collection (\`HeapProfiler.collectGarbage\`), before and after
  inserting: "of the instances" is the difference; "whole page" is the heap after, with the library's own code and data.
  For the badges, the one \`candour-provider\` holding the parsed manifest is in place before the "before" reading, so it
  counts in the whole page but not in the instances; it adds ${mib(median(KINDS_SETUP))} once per page (median over all badge pages).
- **DOM nodes added**: every node (elements, text, comments, shadow roots) the N instances add to the document, counted by
  a walk that enters every shadow root (the badges' provider is in place before, as for the heap).
- **Time limit**: a page that has not rendered its N instances within ${LIMIT} s (\`--limit\`) is closed, and that library
  is not run again at that N or above, in this round or later ones; its cells say so, and a median then covers only the
  rounds that finished.
- **Click → explanation visible**: ${CLICKS} real mouse click${CLICKS === 1 ? '' : 's'} per page (Chromium input events) on instances never opened before;
  time from the click event to the first animation frame at which the explanation is laid out with a non-zero size, not
  hidden and not fully transparent. Shoelace and c2pa-wc fade their popups in, so they count from the first frame the
  fade is above zero opacity. The instance watched is the one the browser hit-tests under the centre of the trigger: each
  c2pa-wc popover has an invisible 72 × 72 px hit area (\`.hidden-layer\`) that, at inline spacing, covers the next
  indicator, so a click on an indicator opens its neighbour; the table counts how often. Lit's floor and spans have no
  explanation (n/a).

${tables.join('\n\n')}

Aims (render time: within 1.3× Lit's floor; lighter than every anchor):

${aims.join('\n')}

Weights (minified and gzipped) of each entry against the same anchors are in [SIZE.md](SIZE.md).
<!-- bench:anchors:end -->`;

if (WRITE) {
  const docPath = `${root}docs/PERFORMANCE.md`;
  const doc = existsSync(docPath) ? readFileSync(docPath, 'utf8') : '# Performance\n';
  const re = /<!-- bench:anchors:start -->[\s\S]*?<!-- bench:anchors:end -->/;
  writeFileSync(docPath, re.test(doc) ? doc.replace(re, () => section) : `${doc.trimEnd()}\n\n${section}\n`);
  console.log('\nWrote docs/PERFORMANCE.md');
} else {
  console.log(`\n${aims.join('\n')}`);
}
