// How soon a consent prompt is visible after it is asked to show, in Debian's
// headless Chromium driven by playwright-core (no browser download). Not a
// test: it measures and writes the figures into docs/PERFORMANCE.md between
// the consent-prompt markers.
//
//   pnpm bench:prompt            (builds first)
//
// Each round puts a fresh `candour-consent-prompt mode="dialog"` in a provider
// that already holds the example manifest and an in-memory ledger, waits until
// it has rendered, then calls `show()` and, in the next animation frame,
// checks that the dialog is open, laid out with a non-zero size and shows the
// prompt's title. Aim (the consent issue): visible within one frame.
import { createServer } from 'node:http';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, platform, release, totalmem } from 'node:os';
import { fileURLToPath } from 'node:url';
import { rollup } from 'rollup';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { chromium } from 'playwright-core';

const root = fileURLToPath(new URL('../..', import.meta.url));
const ROUNDS = 40;
const executablePath = ['/usr/bin/chromium', '/usr/lib/chromium/chromium'].find((p) => existsSync(p));
if (!executablePath) throw new Error('Chromium is not installed: apt-get install chromium');
if (!existsSync(`${root}packages/elements/dist/define/consent-prompt.js`)) throw new Error('Run `pnpm build` first.');

const entry = `
import '${root}packages/elements/dist/define/provider.js';
import '${root}packages/elements/dist/define/consent-prompt.js';
import { createLedger, memoryStore } from '${root}packages/core/dist/consent.js';
window.makeLedger = () => createLedger({ store: memoryStore() });
`;
const bundle = await rollup({
  input: 'entry',
  logLevel: 'silent',
  plugins: [
    { name: 'entry', resolveId: (id) => (id === 'entry' ? id : null), load: (id) => (id === 'entry' ? entry : null) },
    nodeResolve({ rootDir: `${root}packages/elements`, browser: true }),
  ],
});
const script = (await bundle.generate({ format: 'es', inlineDynamicImports: true, plugins: [terser()] })).output[0].code;
await bundle.close();
const page = `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>prompt</title></head>
<body><button id="opener">Ask</button><div id="host"></div><script type="module" src="/bench.js"></script></body></html>`;
const server = createServer((req, res) => {
  if (req.url === '/') res.writeHead(200, { 'content-type': 'text/html' }).end(page);
  else if (req.url === '/bench.js') res.writeHead(200, { 'content-type': 'text/javascript' }).end(script);
  else res.writeHead(404).end();
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const manifest = JSON.parse(readFileSync(`${root}examples/candour.json`, 'utf8'));

const browser = await chromium.launch({ executablePath, headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
const tab = await browser.newPage({ viewport: { width: 1280, height: 900 } });
tab.on('pageerror', (e) => console.error('page error:', e.message));
await tab.goto(`http://127.0.0.1:${server.address().port}/`);
await tab.waitForFunction(() => customElements.get('candour-consent-prompt') && window.makeLedger);

const results = [];
for (let round = 0; round < ROUNDS; round++) {
  const feature = round % 2 ? 'family-chatbot' : 'visit-transcription';
  results.push(
    await tab.evaluate(
      async ({ manifest, feature, round }) => {
        const host = document.getElementById('host');
        host.replaceChildren();
        const provider = document.createElement('candour-provider');
        provider.manifest = manifest;
        provider.ledger = window.makeLedger();
        provider.setAttribute('subject', `person-${round}`);
        const prompt = document.createElement('candour-consent-prompt');
        prompt.setAttribute('mode', 'dialog');
        prompt.setAttribute('feature', feature);
        provider.append(prompt);
        host.append(provider);
        await prompt.updateComplete;
        await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
        document.getElementById('opener').focus();
        const t0 = performance.now();
        prompt.show();
        return new Promise((resolve) =>
          requestAnimationFrame(() => {
            const dialog = prompt.shadowRoot.querySelector('dialog');
            const rect = dialog?.getBoundingClientRect();
            const title = prompt.shadowRoot.querySelector('[part~="title"]')?.textContent?.trim() ?? '';
            resolve({ ms: performance.now() - t0, open: Boolean(dialog?.open), height: rect?.height ?? 0, title });
          }),
        );
      },
      { manifest, feature, round },
    ),
  );
}
const version = browser.version();
await browser.close();
server.close();

const visible = results.filter((r) => r.open && r.height > 0 && r.title.length > 0).length;
const sorted = results.map((r) => r.ms).sort((a, b) => a - b);
const median = sorted[Math.floor(sorted.length / 2)];
const machine = `${cpus()[0]?.model ?? 'unknown CPU'}, ${cpus().length} cores, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, ${platform()} ${release()}`;
const section = `## The consent prompt, from \`show()\` to visible

Measured ${new Date().toISOString().slice(0, 10)} on ${machine}, Chromium ${version} (Debian, headless), by \`pnpm bench:prompt\`
(test/bench/consent-prompt.bench.mjs). Load average at the end: ${loadavg().map((l) => l.toFixed(1)).join(', ')}.
Each of ${ROUNDS} rounds puts a fresh \`candour-consent-prompt mode="dialog"\` (alternately explicit consent and inform-and-object)
in a provider holding the example manifest and an in-memory ledger, lets it render, calls \`show()\`, and checks in the very
next animation frame that the dialog is open, laid out with a non-zero size and shows its title.

| visible in the first frame after \`show()\` | \`show()\` to that frame: median (min–max) |
| ---: | ---: |
| ${visible} of ${ROUNDS} | ${median.toFixed(1)} ms (${sorted[0].toFixed(1)}–${sorted[sorted.length - 1].toFixed(1)} ms) |

Aim: visible within one frame of being asked to show. **${visible === ROUNDS ? 'Met' : 'Missed'}** (${visible} of ${ROUNDS}).
`;
console.log(section);
if (!process.argv.includes('--no-write')) {
  const docPath = `${root}docs/PERFORMANCE.md`;
  let doc = readFileSync(docPath, 'utf8');
  const start = '<!-- bench:consent-prompt:start -->';
  const end = '<!-- bench:consent-prompt:end -->';
  const block = `${start}\n${section}${end}`;
  doc = doc.includes(start) ? doc.replace(new RegExp(`${start}[\\s\\S]*?${end}`), block) : `${doc.trimEnd()}\n\n${block}\n`;
  writeFileSync(docPath, doc);
}
