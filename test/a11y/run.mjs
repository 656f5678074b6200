// The accessibility suite: every story in storybook-static, as shipped, in Chromium and Firefox ESR.
//
//   pnpm build-storybook && node test/a11y/run.mjs            run it (Chromium, Firefox, Firefox in forced colours)
//   BROWSERS=chromium node test/a11y/run.mjs                    one of chromium, firefox, firefox-forced-colours
//   node test/a11y/run.mjs --stories=consent-prompt,pledge      stories whose id contains one of these texts
//   node test/a11y/run.mjs --update                             rewrite the accessibility-tree snapshots
//   node test/a11y/run.mjs --fresh                              load the page anew for every story
//
// For each story: axe (WCAG 2.0/2.1/2.2 A and AA) over the story and its shadow roots; Tab through
// it (every control reached, a visible focus indicator, nothing covering the focused control, and
// focus leaves the story, or stays inside a modal dialog); reflow at 320 px and at 640 px wide
// (1280 px at 200% zoom); forced colours (Chromium's emulation, and a Firefox whose profile forces
// colours); and, in Chromium, for each element's main states, a text snapshot of the accessibility
// tree compared with test/a11y/__snapshots__. First, the checks are run on a page of planted
// problems (fixtures/broken.html) and must find each one.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createReadStream } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium, launchFirefox, desktop } from './browsers.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const repo = resolve(here, '../..');
const staticDir = join(repo, 'storybook-static');
const snapshotDir = join(here, '__snapshots__');
const args = process.argv.slice(2);
const update = args.includes('--update');
const fresh = args.includes('--fresh');
const only = args.find((a) => a.startsWith('--stories='))?.slice('--stories='.length);
const unknown = args.filter((a) => !['--update', '--fresh'].includes(a) && !a.startsWith('--stories='));
if (unknown.length) {
  console.error(`Unknown argument ${unknown.join(' ')}: expected --update, --fresh or --stories=<text>[,<text>…]`);
  process.exit(2);
}
// firefox-forced-colours: a second Firefox whose profile forces colours, for the forced-colours checks only.
const wanted = (process.env.BROWSERS ?? 'chromium,firefox,firefox-forced-colours').split(',').map((b) => b.trim());

if (!existsSync(join(staticDir, 'index.json'))) {
  console.error('storybook-static/index.json is missing: run `pnpm build-storybook` first.');
  process.exit(1);
}
for (const b of wanted) if (!['chromium', 'firefox', 'firefox-forced-colours'].includes(b)) throw new Error(`BROWSERS: unknown browser "${b}" (chromium, firefox, firefox-forced-colours)`);

// axe-core comes with @open-wc/testing (through chai-a11y-axe); it is not a root dependency.
const require = createRequire(import.meta.url);
const fromTesting = createRequire(require.resolve('@open-wc/testing'));
let axePath;
try {
  axePath = fromTesting.resolve('axe-core/axe.min.js');
} catch {
  axePath = createRequire(fromTesting.resolve('chai-a11y-axe')).resolve('axe-core/axe.min.js');
}
const axeSource = readFileSync(axePath, 'utf8');
const checksSource = readFileSync(join(here, 'page-checks.js'), 'utf8');
const { allowed, snapshotStories, firefoxForcedColoursAxeOff } = await import('./config.mjs');

const index = JSON.parse(readFileSync(join(staticDir, 'index.json'), 'utf8'));
const stories = Object.values(index.entries)
  .filter((e) => e.type === 'story')
  .map((e) => e.id)
  .filter((id) => !only || only.split(',').some((part) => id.includes(part)));
if (stories.length === 0) throw new Error(`No stories to test${only ? ` (none has "${only}" in its id)` : ''}`);
for (const id of snapshotStories) if (!index.entries[id]) throw new Error(`config.mjs names story ${id}, which index.json does not have`);

// A tiny static server for storybook-static (Storybook's preview needs http: for its modules).
const types = { '.html': 'text/html', '.js': 'text/javascript', '.mjs': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml', '.woff2': 'font/woff2', '.png': 'image/png' };
// /__a11y/ serves test/a11y/fixtures, the page of known problems the checks are tested on.
const fixtureDir = join(here, 'fixtures');
const server = createServer((req, res) => {
  const path = normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
  const fixture = path.startsWith('/__a11y/');
  const base = fixture ? fixtureDir : staticDir;
  const file = join(base, fixture ? path.slice('/__a11y/'.length) : path.endsWith('/') ? `${path}index.html` : path);
  if (!file.startsWith(base) || !existsSync(file)) {
    res.writeHead(404).end();
    return;
  }
  res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream', 'cache-control': 'max-age=600' });
  createReadStream(file).pipe(res);
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const origin = `http://127.0.0.1:${server.address().port}`;

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Opens a story and waits until Storybook has rendered it, run its play function, and the elements have settled. */
async function open(driver, id) {
  // Storybook's preview switches stories in place, as its own UI does; loading the page again for
  // every story costs several seconds each on a busy machine. --fresh loads every story anew.
  const switched =
    !fresh &&
    (await driver.evaluate((storyId) => {
      const channel = window.__STORYBOOK_ADDONS_CHANNEL__;
      if (!channel || !window.__STORYBOOK_PREVIEW__ || !window.__candourA11y) return false;
      document.activeElement?.blur?.();
      window.scrollTo(0, 0);
      channel.emit('setCurrentStory', { storyId, viewMode: 'story' });
      return true;
    }, id));
  // a11y.manual: the Storybook a11y addon's own axe run (a third of the time per story) is not needed here.
  if (!switched) await driver.goto(`${origin}/iframe.html?id=${encodeURIComponent(id)}&viewMode=story&globals=a11y.manual:!true`);
  await driver.waitFor(
    (storyId) => {
      const render = window.__STORYBOOK_PREVIEW__?.currentRender;
      return render?.id === storyId && ['finished', 'errored', 'aborted'].includes(render.phase);
    },
    id,
    30000,
  );
  const failed = await driver.evaluate(() =>
    document.body.classList.contains('sb-show-errordisplay') ? (document.getElementById('error-message')?.textContent ?? 'the story threw') : null,
  );
  assert.equal(failed, null, `the story failed to render: ${failed}`);
  if (!switched) {
    await driver.addScript(axeSource);
    await driver.addScript(checksSource);
  }
  await driver.evaluate(() => window.__candourA11y.settle());
}

async function axe(driver, id, label) {
  const disabled = { ...(allowed[id]?.axe ?? {}), ...(driver.name === 'firefox-forced-colours' ? firefoxForcedColoursAxeOff : {}) };
  const result = await driver.evaluate(
    async ({ tags, rules }) => {
      const results = await window.axe.run(
        { include: [['#storybook-root']] },
        { runOnly: { type: 'tag', values: tags }, rules: Object.fromEntries(rules.map((r) => [r, { enabled: false }])), resultTypes: ['violations'] },
      );
      return results.violations.map(
        (v) => `${v.id} (${v.impact}): ${v.help}\n${v.nodes.map((n) => `      at ${n.target.join(' › ')}\n        ${n.failureSummary.replace(/\n/g, '\n        ')}`).join('\n')}`,
      );
    },
    { tags: AXE_TAGS, rules: Object.keys(disabled) },
  );
  assert.deepEqual(result, [], `axe found ${result.length} WCAG 2.2 AA violation(s)${label ? ` ${label}` : ''}:\n  ${result.join('\n  ')}`);
}

async function keyboard(driver) {
  const start = await driver.evaluate(() => window.__candourA11y.startKeyboard());
  const problems = [];
  const trail = [];
  if (start.modal) {
    // Inside a modal dialog, focus must start inside and stay inside. Never Tab past its last control
    // (Firefox sends focus to its own toolbar then, and Chromium to the page's <body>): walk forward
    // until the last control, then back until the first. Browsers may add stops of their own (Chromium
    // gives a scrolling dialog a stop), so the walk stops on the controls, not on a count.
    if (!start.focusInModal) problems.push(`the modal dialog is open but focus is on ${start.focused}`);
    trail.push(start.focused);
    const limit = start.tabbables + 10;
    for (const [key, goal] of [['Tab', start.last], ['Shift+Tab', start.first]]) {
      let at = { focused: start.focused };
      for (let i = 0; i < limit && at.focused !== goal; i++) {
        await driver.press(key);
        at = await driver.evaluate(() => window.__candourA11y.recordFocus());
        trail.push(at.focused);
        problems.push(...at.problems.filter((p) => !p.includes('a keyboard trap')));
        if (at.where !== 'story') {
          problems.push(`${key} took focus out of the modal dialog, to ${at.focused}`);
          break;
        }
      }
      if (at.focused !== goal) problems.push(`${key} did not reach ${goal} in the modal dialog`);
    }
  } else {
    if (start.tabbables === 0) {
      const end = await driver.evaluate(() => window.__candourA11y.finishKeyboard());
      return { controls: 0, trail: [], problems: [], ...end, skipped: true };
    }
    const limit = start.tabbables + 10;
    let left = false;
    for (let i = 0; i < limit; i++) {
      await driver.press('Tab');
      const at = await driver.evaluate(() => window.__candourA11y.recordFocus());
      trail.push(at.focused);
      problems.push(...at.problems);
      if (at.where === 'after') {
        left = true;
        break;
      }
      if (at.where !== 'story') {
        problems.push(`Tab took focus to ${at.focused}, outside the story, before it reached the end of the story`);
        break;
      }
      if (at.repeat) {
        problems.push(`focus came back to ${at.focused}: a keyboard trap`);
        break;
      }
    }
    if (!left && !problems.some((p) => p.includes('trap') || p.includes('outside the story'))) problems.push(`focus did not leave the story after ${limit} Tab presses`);
    // And back out the top with Shift+Tab from the first control, which must not be trapped either.
  }
  const end = await driver.evaluate(() => window.__candourA11y.finishKeyboard());
  for (const missed of end.missed) problems.push(`Tab never reached ${missed}`);
  for (const element of end.noIndicator) problems.push(`${element} shows no visible focus indicator (no outline, shadow, border or background change)`);
  return { controls: start.stops, trail, problems: [...new Set(problems)] };
}

/** Reflow at a width: the page does not scroll sideways and no text is clipped. */
async function reflow(driver, size) {
  await driver.setViewport(size);
  try {
    await driver.evaluate(() => window.__candourA11y.settle());
    return await driver.evaluate(() => window.__candourA11y.reflow());
  } finally {
    await driver.setViewport(desktop);
  }
}

const drivers = {};
const launchers = { chromium: launchChromium, firefox: launchFirefox, 'firefox-forced-colours': () => launchFirefox({ forced: true }) };

// The two browsers run side by side (each in its own process); stories run one at a time in each.
describe('every story', { concurrency: wanted.length }, () => {
  for (const name of wanted) {
    describe(`${name}`, { concurrency: 1 }, () => {
      before(async () => {
        drivers[name] = await launchers[name]();
      });
      after(async () => {
        await drivers[name]?.close();
      });
      // The Firefox whose profile forces colours runs only the forced-colours checks.
      const forcedOnly = name === 'firefox-forced-colours';

      // The checks must find problems where there are some, or a pass below means nothing.
      test('the checks themselves find the problems planted in fixtures/broken.html', async (t) => {
        const driver = drivers[name];
        await driver.goto(`${origin}/__a11y/broken.html`);
        await driver.addScript(axeSource);
        await driver.addScript(checksSource);
        await t.test('axe reports the image without a text alternative', () => assert.rejects(axe(driver, 'fixture'), /image-alt/));
        if (!forcedOnly) await t.test('keyboard: no focus indicator, covered control and keyboard trap are reported', async () => {
          const { problems } = await keyboard(driver);
          const all = problems.join('\n');
          assert.match(all, /No focus ring" shows no visible focus indicator/);
          assert.match(all, /Behind the sticky footer" has focus but div\.sticky covers it/);
          assert.match(all, /Trap A".*a keyboard trap/);
        });
        if (!forcedOnly) await t.test('reflow: sideways scrolling and clipped text are reported', async () => {
          const all = (await reflow(driver, { width: 320, height: 256 })).join('\n');
          assert.match(all, /the page scrolls sideways.*p\.wide/);
          assert.match(all, /p\.clip "This sentence.*clips its text/);
        });
        if (driver.forcedColours) {
          await t.test('forced colours: a control with no border and an icon in a fixed colour are reported', async () => {
            await driver.forcedColours(true);
            try {
              const all = (await driver.evaluate(() => window.__candourA11y.forcedColours())).join('\n');
              assert.match(all, /button#no-ring "No focus ring" has no full border in forced colours/);
              assert.match(all, /path in <svg> paints its fill/);
            } finally {
              await driver.forcedColours(false);
            }
          });
        }
      });

      for (const id of stories) {
        test(id, async (t) => {
          const driver = drivers[name];
          const skip = allowed[id] ?? {};
          await open(driver, id);

          if (!forcedOnly) await t.test('axe: WCAG 2.0, 2.1 and 2.2 A and AA', () => axe(driver, id));

          if (driver.axTree && snapshotStories.includes(id)) {
            await t.test('accessibility tree matches its snapshot', async () => {
              // Chromium runs with a fixed clock (browsers.mjs), so times recorded "now" do not change.
              const tree = await driver.axTree();
              const file = join(snapshotDir, `${id}.txt`);
              if (update || !existsSync(file)) {
                if (!update) assert.fail(`No snapshot at ${file}: run with --update to write it, then review it`);
                mkdirSync(snapshotDir, { recursive: true });
                writeFileSync(file, tree);
                return;
              }
              assert.equal(tree, readFileSync(file, 'utf8'), `What a screen reader gets from ${id} changed: review the diff, then run with --update if it is right`);
            });
          }

          if (!forcedOnly) await t.test('keyboard: every control reached, focus visible and not covered, not trapped', async (k) => {
            const result = await keyboard(driver);
            k.diagnostic(`${result.controls} tab stops, ${result.trail.length} key presses`);
            const expected = skip.keyboard ?? [];
            const unexpected = result.problems.filter((p) => !expected.some((e) => p.includes(e)));
            assert.deepEqual(unexpected, [], `keyboard problems:\n  ${unexpected.join('\n  ')}\n  (focus went: ${result.trail.join(' → ') || 'nowhere'})`);
          });

          if (!forcedOnly) await t.test('reflow at 320 × 256 CSS px', async () => {
            const problems = await reflow(driver, { width: 320, height: 256 });
            assert.deepEqual(problems, [], `at 320 px wide:\n  ${problems.join('\n  ')}`);
          });

          // 1280 px at 200% zoom lays out as 640 CSS px; a 640 × 400 viewport is that layout.
          if (!forcedOnly) await t.test('reflow at 640 × 400 CSS px (1280 × 800 at 200% zoom)', async () => {
            const problems = await reflow(driver, { width: 640, height: 400 });
            assert.deepEqual(problems, [], `at 640 px wide:\n  ${problems.join('\n  ')}`);
          });

          if (driver.forcedColours) {
            await t.test('forced colours: boundaries kept, icons in currentColor, axe passes', async () => {
              await driver.forcedColours(true);
              try {
                const problems = await driver.evaluate(() => window.__candourA11y.forcedColours());
                assert.deepEqual(problems, [], `in forced colours:\n  ${problems.join('\n  ')}`);
                await axe(driver, id, 'in forced colours');
              } finally {
                await driver.forcedColours(false);
              }
            });
          }
        });
      }
    });
  }
});

after(() => server.close());
