// One small driver per browser, so the suite reads the same for both:
// - Chromium through playwright-core (the project's e2e driver), which also gives CDP for the
//   accessibility tree and forced-colours emulation;
// - Firefox ESR through puppeteer-core over WebDriver BiDi (Playwright cannot drive stock Firefox;
//   puppeteer-core is the one @web/test-runner-chrome already uses for Firefox here).
// Nothing here downloads a browser.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

export const chromiumPath = ['/usr/bin/chromium', '/usr/lib/chromium/chromium'].find((p) => existsSync(p));
export const firefoxPath = ['/usr/bin/firefox-esr', '/usr/bin/firefox'].find((p) => existsSync(p));

/** The viewport a story opens in before the reflow checks change it. */
export const desktop = { width: 1024, height: 768 };

export async function launchChromium() {
  if (!chromiumPath) throw new Error('Chromium is not installed: apt-get install chromium');
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-dev-shm-usage'],
  });
  // A fixed clock, time zone and locale, so the accessibility-tree snapshots of stories that record
  // a decision "now" read the same on every run and every machine (timers still run).
  const context = await browser.newContext({ viewport: desktop, reducedMotion: 'reduce', timezoneId: 'Europe/London', locale: 'en-GB' });
  const page = await context.newPage();
  await page.clock.setFixedTime(new Date('2026-11-27T15:00:00Z'));
  const cdp = await context.newCDPSession(page);
  return {
    name: 'chromium',
    page,
    goto: (url) => page.goto(url, { waitUntil: 'load' }),
    evaluate: (fn, arg) => page.evaluate(fn, arg),
    addScript: (content) => page.addScriptTag({ content }),
    waitFor: (fn, arg, timeout) => page.waitForFunction(fn, arg, { timeout, polling: 50 }),
    press: (key) => page.keyboard.press(key),
    setViewport: (size) => page.setViewportSize(size),
    /** Real forced-colours emulation (Chromium's own, as DevTools does it): system colours replace the page's. */
    forcedColours: async (on) => {
      await cdp.send('Emulation.setEmulatedMedia', { features: [{ name: 'forced-colors', value: on ? 'active' : 'none' }] });
    },
    axTree: () => chromiumAxTree(cdp),
    close: () => browser.close(),
  };
}

/**
 * Firefox cannot emulate forced colours page by page (puppeteer over BiDi: "Unsupported media
 * feature"), but a profile that always overrides the page's colours puts it in forced-colours mode
 * for real. `forced: true` launches such a Firefox; its forcedColours() only checks that it is on.
 */
export async function launchFirefox({ forced = false } = {}) {
  if (!firefoxPath) throw new Error('Firefox ESR is not installed: apt-get install firefox-esr');
  // puppeteer-core is a dependency of @web/test-runner-chrome, not of the root package: resolve it from there.
  const fromLauncher = createRequire(require.resolve('@web/test-runner-chrome'));
  const puppeteer = fromLauncher('puppeteer-core');
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: firefoxPath,
    headless: true,
    extraPrefsFirefox: {
      'network.proxy.type': 0,
      'app.update.enabled': false,
      'datareporting.policy.dataSubmissionEnabled': false,
      'toolkit.telemetry.enabled': false,
      // Tab reaches links as well as form controls (macOS-style "form controls only" would hide links).
      'accessibility.tabfocus': 7,
      'ui.prefersReducedMotion': 1,
      ...(forced ? { 'browser.display.document_color_use': 2 } : {}),
    },
  });
  const page = await browser.newPage();
  await page.setViewport(desktop);
  return {
    name: forced ? 'firefox-forced-colours' : 'firefox',
    page,
    goto: (url) => page.goto(url, { waitUntil: 'load' }),
    evaluate: (fn, arg) => page.evaluate(fn, arg),
    addScript: (content) => page.addScriptTag({ content }),
    waitFor: (fn, arg, timeout) => page.waitForFunction(fn, { timeout, polling: 50 }, arg),
    press: async (key) => {
      if (key === 'Shift+Tab') {
        await page.keyboard.down('Shift');
        await page.keyboard.press('Tab');
        await page.keyboard.up('Shift');
      } else await page.keyboard.press(key);
    },
    setViewport: (size) => page.setViewport(size),
    forcedColours: forced
      ? async (on) => {
          const active = await page.evaluate(() => matchMedia('(forced-colors: active)').matches);
          if (on && !active) throw new Error('Firefox was started to override page colours, but forced-colors: active does not match');
        }
      : null,
    onlyForcedColours: forced,
    axTree: null,
    close: () => browser.close(),
  };
}

// Properties of an accessibility node that a screen reader announces, in the order they are written.
const SPOKEN = ['level', 'checked', 'pressed', 'expanded', 'selected', 'disabled', 'required', 'invalid', 'readonly', 'modal', 'multiselectable', 'haspopup', 'valuetext', 'live', 'busy'];

/**
 * The accessibility tree Chromium builds for the story (what a screen reader is given), as text:
 * one line per node that is not ignored, indented by depth: role "name" (description) [states].
 * Generic containers without a name are folded into their parent so markup-only changes do not show.
 */
async function chromiumAxTree(cdp) {
  const { root } = await cdp.send('DOM.getDocument', { depth: 0 });
  const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector: '#storybook-root' });
  if (!nodeId) throw new Error('No #storybook-root in the page');
  const { node } = await cdp.send('DOM.describeNode', { nodeId });
  const { nodes } = await cdp.send('Accessibility.getFullAXTree', {});
  const byId = new Map(nodes.map((n) => [n.nodeId, n]));
  // While a modal dialog is open, the rest of the page is inert and Chromium leaves it out of the
  // tree: then the dialog is what a screen reader gets.
  const start =
    nodes.find((n) => n.backendDOMNodeId === node.backendNodeId) ??
    nodes.find((n) => !n.ignored && (n.properties ?? []).some((p) => p.name === 'modal' && p.value?.value === true));
  if (!start) throw new Error('Neither #storybook-root nor a modal dialog is in the accessibility tree');
  const lines = [];
  const text = (value) => String(value ?? '').replace(/\s+/g, ' ').trim();
  const visit = (axNode, depth) => {
    const role = axNode.role?.value ?? '';
    const name = text(axNode.name?.value);
    const folded = axNode.ignored || ((role === 'generic' || role === 'none' || role === 'GenericContainer') && !name);
    let childDepth = depth;
    if (!folded && (axNode !== start || axNode.backendDOMNodeId !== node.backendNodeId)) {
      if (role === 'InlineTextBox') return;
      if (role === 'StaticText') {
        if (!name) return;
        // The text itself is what is read; the parent's name often repeats it, so keep it short.
        lines.push(`${'  '.repeat(depth)}text "${name}"`);
        return;
      }
      const description = text(axNode.description?.value);
      const states = (axNode.properties ?? [])
        .filter((p) => SPOKEN.includes(p.name) && p.value?.value !== undefined && p.value.value !== false && p.value.value !== 'false')
        .map((p) => (p.value.value === true || p.value.value === 'true' ? p.name : `${p.name}=${text(p.value.value)}`));
      const value = text(axNode.value?.value);
      lines.push(
        `${'  '.repeat(depth)}${role}${name ? ` "${name}"` : ''}${description ? ` (${description})` : ''}${value ? ` value="${value}"` : ''}${states.length ? ` [${states.join(', ')}]` : ''}`,
      );
      childDepth = depth + 1;
      // A button or heading whose only content is the text of its name: the name says it already.
      const kids = (axNode.childIds ?? []).map((id) => byId.get(id)).filter((k) => k && !k.ignored);
      if (name && kids.length && kids.every((k) => k.role?.value === 'StaticText') && [' ', ''].some((gap) => text(kids.map((k) => k.name?.value).join(gap)) === name)) return;
    }
    for (const id of axNode.childIds ?? []) {
      const child = byId.get(id);
      if (child) visit(child, childDepth);
    }
  };
  visit(start, 0);
  return `${lines.join('\n')}\n`;
}
