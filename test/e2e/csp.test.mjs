// Every element on a page served with a strict Content Security Policy: no
// inline script or style, no eval, and (in two of the three policies) Trusted
// Types required for every script sink. The page (test/fixtures/csp/) loads one
// external script bundled here with Rollup from the built packages (dist), so
// it needs `pnpm build` first. In Debian's Chromium (playwright-core) and in
// Firefox ESR (puppeteer-core over WebDriver BiDi, the one @web/test-runner
// uses); nothing is downloaded. Each policy: every element renders, the badge
// opens and its "read the full explanation" opens the notice in the provider's
// dialog, the notice switches to Easy Read, the consent prompt records a
// decision; no `securitypolicyviolation` event, no CSP message on the console,
// no error. A control then breaks the policy on purpose, to show the policy was
// in force and a violation would have been seen.
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { rollup } from 'rollup';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import { chromium } from 'playwright-core';
import { chromiumPath, quietChromiumArgs } from '../support/chromium.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const fixtures = `${root}test/fixtures/csp/`;
const firefoxPath = ['/usr/bin/firefox-esr', '/usr/bin/firefox'].find((p) => existsSync(p));

const STRICT = "default-src 'self'; script-src 'self'; style-src 'self'; object-src 'none'; base-uri 'none'";
/** The policies: the strict one, with Trusted Types required, and with only Lit's own policy allowed to exist. */
const POLICIES = {
  strict: STRICT,
  'trusted-types': `${STRICT}; require-trusted-types-for 'script'`,
  'trusted-types, lit-html policy only': `${STRICT}; require-trusted-types-for 'script'; trusted-types lit-html`,
};

let server;
let origin;

before(async () => {
  assert.ok(existsSync(`${root}packages/elements/dist/define/provider.js`), 'run `pnpm build` first: the page loads the built packages');
  const build = await rollup({ input: `${fixtures}main.js`, plugins: [nodeResolve({ browser: true, rootDir: root })], onwarn: () => {} });
  const bundle = (await build.generate({ format: 'es', inlineDynamicImports: true })).output[0].code;
  assert.doesNotMatch(bundle, /\beval\(|new Function\(/, 'the bundle itself should not call eval');
  const files = {
    '/watch.js': ['text/javascript', readFileSync(`${fixtures}watch.js`)],
    '/page.css': ['text/css', readFileSync(`${fixtures}page.css`)],
    '/page.js': ['text/javascript', bundle],
    '/candour.json': ['application/json', readFileSync(`${root}examples/candour.json`)],
  };
  const page = readFileSync(`${fixtures}index.html`);
  server = createServer((req, res) => {
    const url = new URL(req.url, 'http://localhost');
    if (url.pathname === '/') {
      const policy = POLICIES[url.searchParams.get('policy') ?? 'strict'];
      return void res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': policy }).end(page);
    }
    const file = files[url.pathname];
    if (file) return void res.writeHead(200, { 'content-type': file[0] }).end(file[1]);
    if (url.pathname === '/favicon.ico') return void res.writeHead(204).end();
    res.writeHead(404).end();
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  origin = `http://127.0.0.1:${server.address().port}`;
});

after(async () => {
  await new Promise((r) => server?.close(r));
});

// ---- Run in the page (as strings, so Chromium and Firefox get the same code). ----

/** What each element shows now. */
function snapshot() {
  const deep = (node, out = []) => {
    if (node.nodeType === 1) {
      out.push(node);
      if (node.shadowRoot) deep(node.shadowRoot, out);
    }
    for (let c = node.firstChild; c; c = c.nextSibling) deep(c, out);
    return out;
  };
  const tags = ['candour-ai-badge', 'candour-ai-content', 'candour-ai-notice', 'candour-consent-prompt', 'candour-consent-centre', 'candour-pledge', 'candour-statements'];
  const elements = {};
  for (const tag of tags) {
    const el = document.querySelector(`candour-provider > ${tag}, candour-provider > p > ${tag}`);
    const r = el && el.shadowRoot;
    elements[tag] = {
      text: r ? r.textContent.replace(/\s+/g, ' ').trim().slice(0, 100) : '',
      fallback: !!r && (!!r.querySelector('[part~="fallback"]') || (tag === 'candour-ai-badge' && r.querySelector('button')?.textContent.trim() === 'AI is used here')),
      loading: !!r && /loading/i.test(r.textContent),
    };
  }
  const inline = deep(document).filter((e) => e.localName === 'style' || (e.localName === 'script' && !e.src) || e.hasAttribute('style'));
  return { elements, inlineNodes: inline.map((e) => `<${e.localName}> in ${e.getRootNode().host?.localName ?? 'the page'}`), csp: window.__csp };
}

/** Does one step of the walk-through; returns what it saw. */
function act(step) {
  const q = (sel, host) => (host ? host.shadowRoot.querySelector(sel) : document.querySelector(sel));
  const badge = q('candour-ai-badge');
  const notice = q('candour-provider > candour-ai-notice');
  const prompt = q('candour-consent-prompt');
  const provider = q('candour-provider');
  switch (step) {
    case 'open-badge':
      q('button', badge).click();
      return null;
    case 'badge-tip': {
      const tip = q('#tip', badge);
      return tip && !tip.hidden ? tip.textContent : null;
    }
    case 'read-full': {
      const more = q('#tip a, #tip .link', badge);
      more.click();
      return null;
    }
    case 'dialog': {
      const dialog = q('dialog', provider);
      const inner = dialog && dialog.querySelector('candour-ai-notice');
      return dialog && dialog.open && inner && inner.shadowRoot ? q('[part~="title"]', inner)?.textContent ?? null : null;
    }
    case 'close-dialog':
      q('dialog button[part~="close"]', provider).click();
      return null;
    case 'dialog-closed':
      return !q('dialog', provider);
    case 'easy-read':
      q('[part~="easy-read-toggle"]', notice).click();
      return null;
    case 'easy-read-shown': {
      const toggle = q('[part~="easy-read-toggle"]', notice);
      return toggle?.getAttribute('aria-pressed') === 'true' && !!q('article.easy-read', notice);
    }
    case 'decide': {
      const choice = q('button[part~="choice"]', prompt);
      choice.click();
      return choice.textContent.trim();
    }
    case 'break-the-policy': {
      // An inline script and an inline style, added as a page's own code would: both must be refused and reported.
      const s = document.createElement('script');
      try {
        s.textContent = 'window.__inlineRan = true';
      } catch (e) {
        window.__csp.thrown = String(e);
      }
      document.body.append(s);
      document.dispatchEvent(new Event('csp-control-eval'));
      const style = document.createElement('style');
      style.textContent = 'body { outline: 1px solid red }';
      document.head.append(style);
      return null;
    }
    case 'inline-ran':
      return window.__inlineRan === true;
  }
  throw new Error(`no step ${step}`);
}

// ---- Drivers: playwright-core for Chromium, puppeteer-core over BiDi for Firefox. ----

async function chromiumDriver() {
  if (!chromiumPath) return undefined;
  const browser = await chromium.launch({ executablePath: chromiumPath, args: quietChromiumArgs });
  return {
    name: 'Chromium',
    async open(url) {
      const context = await browser.newContext();
      const page = await context.newPage();
      const console_ = [];
      page.on('console', (m) => console_.push(`${m.type()}: ${m.text()}`));
      page.on('pageerror', (e) => console_.push(`pageerror: ${e.message}`));
      await page.goto(url);
      return { evaluate: (source) => page.evaluate(source), console: console_, close: () => context.close() };
    },
    close: () => browser.close(),
  };
}

async function firefoxDriver() {
  if (!firefoxPath) return undefined;
  // puppeteer-core is not a direct dependency: use the copy @web/test-runner-chrome drives Firefox with.
  const fromRunner = createRequire(createRequire(`${root}package.json`).resolve('@web/test-runner-chrome'));
  const puppeteer = (await import(pathToFileURL(fromRunner.resolve('puppeteer-core')).href)).default;
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: firefoxPath,
    headless: true,
    extraPrefsFirefox: { 'network.proxy.type': 0, 'app.update.enabled': false, 'datareporting.policy.dataSubmissionEnabled': false },
  });
  return {
    name: 'Firefox',
    async open(url) {
      const page = await browser.newPage();
      const console_ = [];
      page.on('console', (m) => console_.push(`${m.type()}: ${m.text()}`));
      page.on('pageerror', (e) => console_.push(`pageerror: ${e.message}`));
      await page.goto(url);
      return { evaluate: (source) => page.evaluate(source), console: console_, close: () => page.close() };
    },
    close: () => browser.close(),
  };
}

const call = (fn, arg) => `(${fn.toString()})(${arg === undefined ? '' : JSON.stringify(arg)})`;

/** Polls `source` (an expression run in the page) until it is truthy. */
async function until(tab, source, what, ms = 30000) {
  const end = Date.now() + ms;
  for (;;) {
    const value = await tab.evaluate(source);
    if (value) return value;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}: ${JSON.stringify(await tab.evaluate(call(snapshot))).slice(0, 1500)}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

const cspMessages = (lines) => lines.filter((l) => /content.security.policy|trusted.?type|refused to|unsafe-eval|unsafe-inline/i.test(l));

for (const [browserName, makeDriver] of [
  ['Chromium', chromiumDriver],
  ['Firefox', firefoxDriver],
]) {
  describe(`${browserName} under a strict Content Security Policy`, { concurrency: false }, () => {
    let driver;
    before(async () => {
      driver = await makeDriver();
    });
    after(async () => {
      await driver?.close();
    });

    for (const [name, policy] of Object.entries(POLICIES)) {
      test(`${name}: every element renders and works, with no violation (${policy})`, async (t) => {
        if (!driver) return t.skip(`${browserName} is not installed`);
        const tab = await driver.open(`${origin}/?policy=${encodeURIComponent(name)}`);
        try {
          const state = await until(tab, `(() => { const s = ${call(snapshot)}; return Object.values(s.elements).every((e) => e.text && !e.loading) ? s : null; })()`, 'every element to render');
          for (const [tag, el] of Object.entries(state.elements)) assert.equal(el.fallback, false, `${tag} shows its fallback: ${el.text}`);
          assert.deepEqual(state.inlineNodes, [], 'no inline <style>, <script> or style attribute was added');

          await tab.evaluate(call(act, 'open-badge'));
          const tip = await until(tab, call(act, 'badge-tip'), 'the badge to open');
          assert.match(tip, /AI drafted this visit note/);
          await tab.evaluate(call(act, 'read-full'));
          const title = await until(tab, call(act, 'dialog'), 'the full notice in the provider’s dialog');
          assert.match(title, /Visit note drafting/);
          await tab.evaluate(call(act, 'close-dialog'));
          await until(tab, call(act, 'dialog-closed'), 'the dialog to close');

          await tab.evaluate(call(act, 'easy-read'));
          await until(tab, call(act, 'easy-read-shown'), 'the notice to switch to Easy Read');

          await tab.evaluate(call(act, 'decide'));
          await until(tab, 'window.__csp.decisions.length > 0', 'the consent decision to be recorded');

          const end = await tab.evaluate(call(snapshot));
          assert.deepEqual(end.csp.violations, [], 'securitypolicyviolation events');
          assert.deepEqual(end.csp.errors, [], 'errors in the page');
          assert.deepEqual(cspMessages(tab.console), [], 'CSP messages on the console');
          assert.deepEqual(end.inlineNodes, [], 'no inline <style>, <script> or style attribute was added');

          // The control: the policy is in force, and a violation would have been seen.
          await tab.evaluate(call(act, 'break-the-policy'));
          const seen = await until(tab, 'window.__csp.violations.length >= 3 && (window.__csp.evalRefused || window.__csp.evalResult) && window.__csp.violations', 'the control’s violations to be reported', 5000);
          assert.equal(await tab.evaluate(call(act, 'inline-ran')), false, 'the inline script must not run');
          // Under Trusted Types, eval is refused as a Trusted Types sink (sample "eval|…"), before script-src.
          const isEval = (v) => v.blocked === 'eval' || v.sample.startsWith('eval');
          assert.ok(seen.some((v) => /script-src|trusted-types/.test(v.directive) && !isEval(v)), JSON.stringify(seen));
          assert.ok(seen.some(isEval), JSON.stringify(seen));
          assert.ok(seen.some((v) => /style-src/.test(v.directive)), JSON.stringify(seen));
          const after = await tab.evaluate(call(snapshot));
          assert.equal(after.csp.evalResult, undefined, `eval must be refused: ${JSON.stringify(after.csp)}`);
          assert.match(after.csp.evalRefused ?? '', /EvalError|eval|Content Security Policy|call to (eval|Function)/i, JSON.stringify(after.csp));
          if (policy.includes('require-trusted-types-for')) {
            const enforced = await tab.evaluate(`typeof trustedTypes !== 'undefined'`);
            // Where the browser has Trusted Types, giving a <script> plain text must throw.
            if (enforced) assert.ok(after.csp.thrown, 'a plain string was accepted by a Trusted Types sink');
            t.diagnostic(`${browserName}: Trusted Types ${enforced ? 'enforced' : 'not supported, so not tested'}`);
          }
        } finally {
          await tab.close();
        }
      });
    }
  });
}

