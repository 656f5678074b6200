/**
 * The statement site in examples/statement (written by `candour statement
 * examples/candour.json`), in real browsers: pages are complete with scripts
 * disabled under their own Content-Security-Policy (the stylesheet loads,
 * nothing is hidden), the skip link and focus style work, and axe finds no
 * violations on the language choice page. Per-locale axe runs are in
 * statement-axe-*.test.ts. The test runner serves the repository root.
 */
import { expect } from '@open-wc/testing';
import { axePage, describeViolations, frame, loaded, ROOT } from './statement.helpers';

describe('statement site: the language choice', () => {
  it('index.html has no axe violations', async function () {
    this.timeout(30000);
    const result = await axePage('index.html');
    expect(result.violations.length, describeViolations(result)).to.equal(0);
  });
});

describe('statement site: without JavaScript, under its own CSP', () => {
  for (const path of ['en-GB/index.html', 'cy/feature-family-chatbot.html', 'en-GB/easy-read-visit-note-summary.html', 'en-GB/pledge.html', 'cy/framework.html']) {
    it(`${path} is complete with scripts disabled`, async function () {
      this.timeout(20000);
      // sandbox without allow-scripts: no script can run in the page at all.
      const iframe = frame({ sandbox: 'allow-same-origin', title: path });
      try {
        const doc = await loaded(iframe, () => {
          iframe.src = ROOT + path;
        });
        expect(doc.documentElement.lang).to.equal(path.startsWith('cy/') ? 'cy' : 'en-GB');
        // The test server adds its own web-socket script to every HTML file it serves; the page has none of its own.
        const scripts = [...doc.querySelectorAll('script')].filter((x) => x.getAttribute('src') !== '/__web-dev-server__web-socket.js');
        expect(scripts.map((x) => x.outerHTML.slice(0, 300)).join('\n')).to.equal('');
        expect(doc.querySelectorAll('h1').length).to.equal(1);
        expect(doc.querySelector('h1')!.textContent!.trim()).to.not.equal('');
        // The one stylesheet applied under style-src 'self': the skip link is moved off screen until focused.
        const skip = doc.querySelector<HTMLAnchorElement>('a.skip')!;
        expect(getComputedStyle(skip).position).to.equal('absolute');
        expect(getComputedStyle(doc.body).fontSize).to.not.equal('16px');
        // Nothing the reader needs is hidden.
        for (const el of doc.querySelectorAll('main h2, main h3, main p')) {
          expect(getComputedStyle(el).display, el.textContent ?? '').to.not.equal('none');
        }
      } finally {
        iframe.remove();
      }
    });
  }

  it('shows the skip link and a visible focus style when the link gets focus', async function () {
    this.timeout(20000);
    const iframe = frame({ sandbox: 'allow-same-origin', title: 'focus' });
    try {
      const doc = await loaded(iframe, () => {
        iframe.src = `${ROOT}en-GB/index.html`;
      });
      const skip = doc.querySelector<HTMLAnchorElement>('a.skip')!;
      // The skip link is the first thing in the page that takes focus.
      const focusable = doc.querySelectorAll('a[href], button, input, select, textarea, [tabindex]:not([tabindex="-1"])');
      expect(focusable[0] === skip).to.equal(true);
      expect(skip.getAttribute('href')).to.equal('#main');
      expect(doc.getElementById('main')?.tagName).to.equal('MAIN');
      skip.focus();
      expect(doc.activeElement === skip).to.equal(true);
      const style = getComputedStyle(skip);
      expect(style.position).to.equal('static');
      expect(style.backgroundColor).to.equal('rgb(255, 221, 0)');
      const link = doc.querySelector<HTMLAnchorElement>('main a[href^="feature-"]')!;
      link.focus();
      expect(getComputedStyle(link).backgroundColor).to.equal('rgb(255, 221, 0)');
    } finally {
      iframe.remove();
    }
  });
});
