/**
 * Server-rendered pages (test/ssr/fixtures.ts, rendered by @lit-labs/ssr through the test runner's
 * /__ssr/ middleware) in a real browser: the declarative shadow roots are there and readable before any
 * definition loads; then the elements load with Lit's hydration support and must hydrate without an
 * error or warning, keep the server's nodes, end with the same shadow DOM as a page rendered only in
 * the browser, and work.
 *
 * Each page is loaded in an iframe, because hydration support must be installed before Lit is
 * evaluated, and this test page has Lit already.
 */
import { expect } from '@open-wc/testing';
import { frame, frames, listen, loadElements, settle, text, checkHydration, serverReady } from '../ssr/browser-helpers.js';

describe('server-rendered elements in the browser', function () {
  this.timeout(120000);

  before(serverReady);

  afterEach(() => {
    frames.splice(0).forEach((f) => f.remove());
  });

  describe('before any script', () => {
    it('shows the badge, notice, content, pledge and statements from their declarative shadow roots', async () => {
      const { win, doc } = await frame({ src: '/__ssr/care-page' });
      expect(win.customElements.get('candour-ai-badge')).to.equal(undefined);
      const badge = doc.querySelector('candour-ai-badge')!;
      expect(badge.shadowRoot, 'the declarative shadow root is attached by the parser').to.not.equal(null);
      const button = badge.shadowRoot!.querySelector('button[part="button"]')!;
      expect(text(button)).to.equal('AI generated · Checked by a person');
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      // Its styles apply before the definition loads: the badge is styled, not a plain button.
      expect(win.getComputedStyle(button).cursor).to.equal('pointer');
      const notice = doc.querySelector('candour-ai-notice')!.shadowRoot!;
      expect(text(notice.querySelector('h2'))).to.equal('How Visit note drafting uses AI');
      expect([...notice.querySelectorAll('h3')].map(text)).to.include.members(['In short', 'Who checks it', 'Your choices']);
      const content = doc.querySelector('candour-ai-content')!;
      expect(text(content.shadowRoot!.querySelector('[part~="provenance"]'))).to.equal('Drafted with AI: Visit note drafting');
      expect(content.shadowRoot!.querySelector('slot')!.assignedNodes().map(text).join('')).to.contain('Mrs Evans ate a full breakfast');
      const pledge = doc.querySelector('candour-pledge')!.shadowRoot!;
      expect([...pledge.querySelectorAll('[part~="commitment-heading"]')].map(text)).to.include('1 Ethical innovation');
    });

    it('shows the statements and the consent centre\u2019s honest loading state', async () => {
      const statements = await frame({ src: '/__ssr/statements' });
      const root = statements.doc.querySelector('candour-statements')!.shadowRoot!;
      expect(text(root.querySelector('blockquote'))).to.contain('I am confident that the technologies used in my care and support');
      const centre = await frame({ src: '/__ssr/consent-centre' });
      const centreRoot = centre.doc.querySelector('candour-consent-centre')!.shadowRoot!;
      expect(text(centreRoot.querySelector('h2'))).to.equal('Your choices about AI');
      expect(text(centreRoot.querySelector('[role="status"]'))).to.equal('Loading the choices about AI…');
    });
  });

  it('care page: hydrates with no error or warning, keeps the server\u2019s nodes and ends as a browser-only render does', () => checkHydration('care-page'));

  it('a hydrated badge opens its toggletip, and a hydrated notice switches to Easy Read', async () => {
    const { win, doc } = await frame({ src: '/__ssr/care-page' });
    const said = listen(win);
    await loadElements(win, doc);
    const badge = doc.querySelector('candour-ai-badge')!;
    const button = badge.shadowRoot!.querySelector<HTMLButtonElement>('button[part="button"]')!;
    button.click();
    await settle(doc);
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    const tip = badge.shadowRoot!.querySelector<HTMLElement>('[part~="toggletip"]')!;
    expect(tip.hidden).to.equal(false);
    expect(text(tip)).to.contain('AI drafted this visit note from the care worker');
    button.click();
    await settle(doc);
    expect(button.getAttribute('aria-expanded')).to.equal('false');

    const notice = doc.querySelector('candour-ai-notice')!;
    const toggle = notice.shadowRoot!.querySelector<HTMLButtonElement>('button[part~="easy-read-toggle"]')!;
    const before = text(notice.shadowRoot!.querySelector('[part~="section"]'));
    toggle.click();
    await settle(doc);
    expect(toggle.getAttribute('aria-pressed')).to.equal('true');
    expect(text(notice.shadowRoot!.querySelector('[part~="section"]'))).to.not.equal(before);
    expect(said, said.join('\n')).to.deep.equal([]);
  });
});
