// Render benchmark of candour-ai-badge, in Debian's headless Chromium driven by
// playwright-core (no browser download). Not a test: it measures and writes the
// figures into docs/PERFORMANCE.md between the render-badges markers.
//
//   pnpm bench:render            (builds first)
//   node test/bench/render-badges.bench.mjs [--rounds 9] [--no-write]
//
// What it measures, for 1,000 and 5,000 instances, each on a fresh page:
//   (a) candour-ai-badge inside a candour-provider holding examples/candour.json,
//   (b) Lit's floor: a minimal LitElement that renders only a label (test/bench/lit-floor.js),
//   (c) plain <span> elements with the same text,
//   (d) for the record of where the time goes: a minimal LitElement with the badge's own
//       stylesheet (`CandourAiBadge.styles`) rendering a real <button> with the label, and
//       nothing else (no context, no listeners, no localisation).
// Lit's floor (b) is the reference the aim is stated against.
// "Laid out": from creating and inserting the N elements to all of them rendered
// (every `updateComplete` settled) and the page laid out (a forced layout read).
// "Next frame": from the same start to the second requestAnimationFrame after
// insertion, so the first frame that contains them has been produced.
// "Main-thread CPU": the renderer main thread's CPU time over the same work (Chromium's
// Performance.getMetrics in thread ticks), steadier than wall time on a busy machine.
// And, on pages of 1,000 badges: from a real mouse click on a badge (never opened
// before, so its toggletip is built then) to the next animation frame, checking
// that the toggletip is laid out there with a non-zero size.
import { createServer } from 'node:http';
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { cpus, totalmem, release, platform, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { rollup } from 'rollup';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { chromium } from 'playwright-core';

const root = fileURLToPath(new URL('../..', import.meta.url));
const elements = `${root}packages/elements`;
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : fallback;
};
const ROUNDS = Number(option('rounds', '9'));
const SIZES = [1000, 5000];
const CLICKS_PER_ROUND = 10;
const KINDS = [
  { id: 'badge', name: '`candour-ai-badge` in a `candour-provider` (example manifest)' },
  { id: 'lit', name: "Lit's floor: a minimal `LitElement` rendering a label" },
  { id: 'span', name: 'Plain `<span>` elements with the same text' },
  { id: 'button', name: "For the record: Lit + the badge's stylesheet + a `<button>`, nothing else" },
];
const executablePath = ['/usr/bin/chromium', '/usr/lib/chromium/chromium'].find((p) => existsSync(p));
if (!executablePath) throw new Error('Chromium is not installed: apt-get install chromium');
for (const f of ['define/ai-badge.js', 'define/provider.js']) {
  if (!existsSync(`${elements}/dist/${f}`)) throw new Error(`packages/elements/dist/${f} is missing: run \`pnpm build\` first.`);
}

// --- The page: the built elements (dist) and Lit's floor, bundled and minified as a supplier would ship them.
const entry = `
import '${elements}/dist/define/provider.js';
import { CandourAiBadge } from '${elements}/dist/define/ai-badge.js';
import '${root}test/bench/lit-floor.js';
import { LitElement, html } from 'lit';

class LitButton extends LitElement {
  static properties = { label: {} };
  static styles = CandourAiBadge.styles;
  render() {
    return html\`<button part="button" type="button" aria-expanded="false">\${this.label}</button>\`;
  }
}
customElements.define('lit-button', LitButton);
`;
const bundle = await rollup({
  input: 'entry',
  logLevel: 'silent',
  plugins: [
    {
      name: 'entry',
      resolveId: (id) => (id === 'entry' ? id : null),
      load: (id) => (id === 'entry' ? entry : null),
    },
    {
      // Lit for test/bench/lit-floor.js comes from the elements package, so the page holds one Lit.
      name: 'one-lit',
      async resolveId(id, importer, options) {
        if (/^[./]/.test(id) || id === 'entry' || !importer || importer.includes('/node_modules/') || importer.startsWith(`${root}packages/`)) return null;
        // Left: the entry's own `lit` import and test/bench/lit-floor.js's.
        return this.resolve(id, `${elements}/package.json`, { ...options, skipSelf: true });
      },
    },
    nodeResolve({ rootDir: elements, browser: true }),
  ],
});
const { output } = await bundle.generate({ format: 'es', plugins: [terser({ format: { comments: false } })] });
await bundle.close();
const script = output[0].code;

const html = `<!doctype html>
<html lang="en-GB"><head><meta charset="utf-8"><title>render-badges</title>
<style>body { margin: 8px; font: 16px/1.5 system-ui, sans-serif; } #host { max-width: 60rem; }</style>
</head><body><div id="host"></div><script type="module" src="/bench.js"></script></body></html>`;

const server = createServer((req, res) => {
  if (req.url === '/') {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html);
  } else if (req.url === '/bench.js') {
    res.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8' }).end(script);
  } else {
    res.writeHead(404).end();
  }
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const url = `http://127.0.0.1:${server.address().port}/`;

const manifest = JSON.parse(readFileSync(`${root}examples/candour.json`, 'utf8'));
const features = manifest.features.map((f) => f.id);

const browser = await chromium.launch({
  executablePath,
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-dev-shm-usage'],
});
const chromiumVersion = browser.version();

async function freshPage() {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  page.on('pageerror', (e) => console.error('page error:', e.message));
  await page.goto(url);
  await page.waitForFunction(() => customElements.get('candour-ai-badge') && customElements.get('lit-floor') && customElements.get('lit-button') && customElements.get('candour-provider'));
  return page;
}

// Runs in the page: mounts N elements of one kind and times them. Returns the timings and a check of what rendered.
async function mount({ kind, n, manifest, features, labels }) {
  const host = document.getElementById('host');
  const frame = () => new Promise((r) => requestAnimationFrame(() => r()));
  let parent = host;
  if (kind === 'badge') {
    const provider = document.createElement('candour-provider');
    provider.manifest = manifest;
    provider.setAttribute('locale', 'en-GB');
    host.append(provider);
    await provider.updateComplete;
    parent = provider;
  }
  await frame();
  await frame();
  const start = performance.now();
  const fragment = document.createDocumentFragment();
  const created = [];
  for (let i = 0; i < n; i++) {
    let el;
    if (kind === 'badge') {
      el = document.createElement('candour-ai-badge');
      el.setAttribute('feature', features[i % features.length]);
    } else if (kind === 'lit' || kind === 'button') {
      el = document.createElement(kind === 'lit' ? 'lit-floor' : 'lit-button');
      el.setAttribute('label', labels[i % labels.length]);
    } else {
      el = document.createElement('span');
      el.textContent = labels[i % labels.length];
    }
    created.push(el);
    fragment.append(el, ' ');
  }
  parent.append(fragment);
  if (kind !== 'span') await Promise.all(created.map((el) => el.updateComplete));
  const height = host.getBoundingClientRect().height;
  const laidOut = performance.now() - start;
  await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => r())));
  const nextFrame = performance.now() - start;
  const text = (el) => (kind === 'badge' || kind === 'button' ? el.shadowRoot?.querySelector('button')?.textContent : kind === 'lit' ? el.shadowRoot?.textContent : el.textContent) ?? '';
  const rendered = created.filter((el, i) => text(el).trim() === labels[i % labels.length]).length;
  return { laidOut, nextFrame, height, rendered };
}

// Runs in the page, on a page of badges: arms a one-shot probe for the next click on `index`.
function armClick(index) {
  const badge = document.querySelectorAll('candour-ai-badge')[index];
  const button = badge.shadowRoot.querySelector('button');
  const r = button.getBoundingClientRect();
  window.__click = new Promise((resolve) => {
    let t0 = 0;
    let built;
    const tipSize = () => {
      const tip = badge.shadowRoot.querySelector('[part~="toggletip"]');
      if (!tip || tip.hidden) return 0;
      const box = tip.getBoundingClientRect();
      return box.width * box.height;
    };
    // First on the page: the click's time stamp, and the next frame's check.
    document.addEventListener(
      'click',
      (event) => {
        t0 = event.timeStamp;
        requestAnimationFrame(() => {
          const size = tipSize();
          resolve({ frameMs: performance.now() - t0, visibleInFirstFrame: size > 0, builtMs: built, expanded: button.getAttribute('aria-expanded') });
        });
      },
      { capture: true, once: true },
    );
    // After the badge's own listener (added first, on the host): its update is then pending.
    badge.addEventListener(
      'click',
      () => {
        badge.updateComplete.then(() => {
          if (tipSize() > 0) built = performance.now() - t0;
        });
      },
      { once: true },
    );
  });
  return { x: r.left + r.width / 2, y: r.top + r.height / 2, visible: r.bottom < innerHeight && r.top >= 0 };
}

// Labels as the badge shows them, so Lit's floor and the spans lay out the same text.
const probe = await freshPage();
const labels = await probe.evaluate(async ({ manifest, features }) => {
  const provider = document.createElement('candour-provider');
  provider.manifest = manifest;
  provider.setAttribute('locale', 'en-GB');
  document.getElementById('host').append(provider);
  await provider.updateComplete;
  const out = [];
  for (const id of features) {
    const badge = document.createElement('candour-ai-badge');
    badge.setAttribute('feature', id);
    provider.append(badge);
    await badge.updateComplete;
    out.push(badge.shadowRoot.querySelector('button').textContent.trim());
  }
  return out;
}, { manifest, features });
await probe.close();
console.log(`Chromium ${chromiumVersion}; labels: ${labels.join(' | ')}`);

const results = {}; // `${kind}:${n}` → { laidOut: [], nextFrame: [], cpu: [] }
const counts = {}; // kind → what one element adds to the page (first round, 1,000 elements)
const clicks = [];
for (let round = 0; round < ROUNDS; round++) {
  const order = round % 2 === 0 ? KINDS : [...KINDS].reverse();
  for (const n of SIZES) {
    for (const { id: kind } of order) {
      const page = await freshPage();
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
      const metrics = async () => Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]));
      const before = await metrics();
      const r = await page.evaluate(mount, { kind, n, manifest, features, labels });
      const after = await metrics();
      if (r.rendered !== n) throw new Error(`${kind} × ${n}: only ${r.rendered} rendered the expected text`);
      const key = `${kind}:${n}`;
      results[key] ??= { laidOut: [], nextFrame: [], cpu: [] };
      results[key].laidOut.push(r.laidOut);
      results[key].nextFrame.push(r.nextFrame);
      results[key].cpu.push((after.ThreadTime - before.ThreadTime) * 1000);
      if (round === 0 && n === 1000) {
        const per = (name) => (after[name] - before[name]) / n;
        counts[kind] = { nodes: per('Nodes'), listeners: per('JSEventListeners'), layoutObjects: per('LayoutObjects') };
      }
      if (kind === 'badge' && n === 1000) {
        for (let k = 0; k < CLICKS_PER_ROUND; k++) {
          const target = await page.evaluate(armClick, k * 7);
          if (!target.visible) continue;
          await page.mouse.click(target.x, target.y);
          const c = await page.evaluate(() => window.__click);
          if (c.expanded !== 'true') throw new Error(`badge ${k * 7} did not open on click`);
          clicks.push(c);
          // Close it again, as a person would, so its toggletip does not cover the next badge.
          await page.keyboard.press('Escape');
        }
      }
      await page.close();
    }
  }
  process.stdout.write(`round ${round + 1}/${ROUNDS} done\n`);
}
await browser.close();
server.close();

// --- Figures.
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const ms = (x) => `${x.toFixed(1)} ms`;
const stat = (xs) => ({ median: median(xs), min: Math.min(...xs), max: Math.max(...xs) });
const cell = (s) => `${ms(s.median)} (${ms(s.min)}–${ms(s.max)})`;

const lines = [];
for (const n of SIZES) {
  const floorLaid = median(results[`lit:${n}`].laidOut);
  const floorFrame = median(results[`lit:${n}`].nextFrame);
  const floorCpu = median(results[`lit:${n}`].cpu);
  for (const { id, name } of KINDS) {
    const laid = stat(results[`${id}:${n}`].laidOut);
    const frame = stat(results[`${id}:${n}`].nextFrame);
    const cpu = stat(results[`${id}:${n}`].cpu);
    lines.push(
      `| ${n.toLocaleString('en-GB')} | ${name} | ${cell(laid)} | ${(laid.median / floorLaid).toFixed(2)}× | ${cell(frame)} | ${(frame.median / floorFrame).toFixed(2)}× | ${cell(cpu)} | ${(cpu.median / floorCpu).toFixed(2)}× |`,
    );
  }
}
const table = [
  '| N | elements | laid out | ratio to Lit | next frame | ratio to Lit | main-thread CPU | ratio to Lit |',
  '| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: |',
  ...lines,
].join('\n');
const countTable = [
  '| per element | DOM nodes | event listeners | layout objects |',
  '| --- | ---: | ---: | ---: |',
  ...KINDS.map(({ id, name }) => `| ${name} | ${counts[id].nodes.toFixed(1)} | ${counts[id].listeners.toFixed(1)} | ${counts[id].layoutObjects.toFixed(1)} |`),
].join('\n');

const inFirst = clicks.filter((c) => c.visibleInFirstFrame).length;
const clickFrame = stat(clicks.map((c) => c.frameMs));
const built = clicks.filter((c) => c.builtMs !== undefined).map((c) => c.builtMs);
const clickBuilt = built.length ? stat(built) : undefined;
const ratio1000 = median(results['badge:1000'].laidOut) / median(results['lit:1000'].laidOut);
const ratio1000Frame = median(results['badge:1000'].nextFrame) / median(results['lit:1000'].nextFrame);
const ratio1000Cpu = median(results['badge:1000'].cpu) / median(results['lit:1000'].cpu);
const load = loadavg().map((x) => x.toFixed(1)).join(', ');

console.log(table);
console.log(countTable);
console.log(`clicks: ${inFirst}/${clicks.length} visible in the first frame; click → frame ${cell(clickFrame)}${clickBuilt ? `; click → built ${cell(clickBuilt)}` : ''}`);

const cpu = cpus();
const machine = `${cpu[0]?.model.trim() ?? 'unknown CPU'}, ${cpu.length} cores, ${Math.round(totalmem() / 2 ** 30)} GiB, ${platform()} ${release()}`;
const date = new Date().toISOString().slice(0, 10);
const verdict = (ok, yes, no) => (ok ? `**Met**: ${yes}` : `**Missed**: ${no}`);
const section = `<!-- bench:render-badges:start -->
## Rendering a page of badges

Measured ${date} on ${machine}, Node ${process.version}, headless Chromium ${chromiumVersion} (Debian; \`--disable-gpu\`, so
software rendering), driven by playwright-core, by \`pnpm bench:render\` (test/bench/render-badges.bench.mjs). The page loads
the built elements (\`packages/elements/dist\`) bundled and minified with Rollup and terser.
Median of ${ROUNDS} rounds, a fresh page for every measurement, the order of the kinds reversed every other round;
(min–max) in brackets. The ratio is to Lit's floor. Load average at the end of the run: ${load} (other work shared the
machine; wall times move with it, main-thread CPU time much less).

- **Laid out**: from creating and inserting the N elements (one fragment) to every element's \`updateComplete\` settled and a
  forced layout read (\`getBoundingClientRect\`), with \`performance.now()\`.
- **Next frame**: from the same start to the second \`requestAnimationFrame\` after insertion, when the first frame with
  the elements has been produced (frame timing adds up to one 16.7 ms frame of granularity).
- Badges use the six features of \`examples/candour.json\` in turn, inside one provider that already holds the manifest.
  Lit's floor and the spans show the same texts as the badges.
- **Main-thread CPU**: the renderer main thread's CPU time over the same work (\`Performance.getMetrics\`, thread ticks).

${table}

What one element adds to the page (Chromium’s counters, 1,000 elements, first round; counts include the space between
elements, and a Lit element’s include its shadow root and Lit’s comment markers):

${countTable}

Opening a badge: ${clicks.length} real mouse clicks (Chromium input events) on badges never opened before, on pages of 1,000
badges. The toggletip was laid out with a non-zero size at the first animation frame after the click in ${inFirst} of
${clicks.length}; click → that frame ${cell(clickFrame)}${clickBuilt ? `; click → toggletip built and laid out ${cell(clickBuilt)}` : ''}.

Aims:
- 1,000 badges within 1.3× the time of 1,000 minimal Lit elements: ${verdict(ratio1000 <= 1.3, `${ratio1000.toFixed(2)}× laid out (${ratio1000Frame.toFixed(2)}× to the next frame, ${ratio1000Cpu.toFixed(2)}× in main-thread CPU).`, `${ratio1000.toFixed(2)}× laid out (${ratio1000Frame.toFixed(2)}× to the next frame, ${ratio1000Cpu.toFixed(2)}× in main-thread CPU), ${(ratio1000 - 1.3).toFixed(2)}× over.`)}
- The explanation visible within one frame of the click: ${verdict(inFirst === clicks.length && clicks.length > 0, `in ${inFirst} of ${clicks.length} clicks.`, `in ${inFirst} of ${clicks.length} clicks.`)}
<!-- bench:render-badges:end -->`;

if (!args.includes('--no-write')) {
  const docPath = `${root}docs/PERFORMANCE.md`;
  const doc = existsSync(docPath) ? readFileSync(docPath, 'utf8') : '# Performance\n';
  const re = /<!-- bench:render-badges:start -->[\s\S]*?<!-- bench:render-badges:end -->/;
  writeFileSync(docPath, re.test(doc) ? doc.replace(re, () => section) : `${doc.trimEnd()}\n\n${section}\n`);
  console.log('Wrote docs/PERFORMANCE.md');
}
