import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../define/provider';
import '../define/ai-badge';
import type { CandourProvider } from './provider';
import type { CandourAiBadge } from '../ai-badge/ai-badge';
import { exampleManifest, settled } from '../../test/fixtures';

const badgeButton = (badge: CandourAiBadge) => badge.shadowRoot!.querySelector<HTMLButtonElement>('button[part~="button"]')!;

describe('candour-provider', () => {
  it('fetches the supplier\u2019s own manifest from src and gives it to the elements inside', async () => {
    const provider = await fixture<CandourProvider>(html`<candour-provider><candour-ai-badge feature="rota-builder"></candour-ai-badge></candour-provider>`);
    setTimeout(() => (provider.src = '/examples/candour.json'));
    const loaded = await oneEvent(provider, 'candour-manifest-load');
    expect(loaded.detail.features).to.include('rota-builder');
    expect(loaded.detail.brokenFeatures).to.deep.equal([]);
    const badge = provider.querySelector<CandourAiBadge>('candour-ai-badge')!;
    await settled(badge);
    expect(badgeButton(badge).textContent).to.match(/^AI assisted/);
  });

  it('shows the loading state, not an error, while the manifest is on its way', async () => {
    const provider = await fixture<CandourProvider>(html`<candour-provider src="/examples/candour.json"><candour-ai-badge feature="rota-builder"></candour-ai-badge></candour-provider>`);
    const badge = provider.querySelector<CandourAiBadge>('candour-ai-badge')!;
    badgeButton(badge).click();
    await settled(badge);
    const tip = badge.shadowRoot!.querySelector('[part~="toggletip"]');
    expect(tip?.textContent ?? '').to.satisfy((t: string) => t.includes('Loading') || t.includes('rota'));
  });

  for (const [what, src, reason] of [
    ['a missing file', '/examples/no-such-manifest.json', /HTTP 404/],
    ['a response that is not JSON', '/README.md', /not JSON/],
    ['a server that drops the connection', '/__test/drop-connection', /.+/],
  ] as const) {
    it(`reports ${what} and falls back visibly`, async () => {
      const provider = await fixture<CandourProvider>(html`<candour-provider><candour-ai-badge feature="rota-builder"></candour-ai-badge></candour-provider>`);
      setTimeout(() => (provider.src = src));
      const error = await oneEvent(provider, 'candour-error');
      expect(error.detail.code).to.equal('fetch-failed');
      expect(error.detail.message).to.match(reason);
      const badge = provider.querySelector<CandourAiBadge>('candour-ai-badge')!;
      await settled(badge);
      expect(badgeButton(badge).textContent).to.equal('AI is used here');
    });
  }

  it('reports a manifest that cannot be read, with paths, and never throws', async () => {
    const provider = await fixture<CandourProvider>(html`<candour-provider><candour-ai-badge feature="rota-builder"></candour-ai-badge></candour-provider>`);
    setTimeout(() => (provider.manifest = { schemaVersion: '1.0', supplier: 'nobody' }));
    const error = await oneEvent(provider, 'candour-error');
    expect(error.detail.code).to.equal('invalid-manifest');
    expect(error.detail.paths).to.include('supplier');
    const badge = provider.querySelector<CandourAiBadge>('candour-ai-badge')!;
    await settled(badge);
    expect(badgeButton(badge).textContent).to.equal('AI is used here');
    await expect(badge).to.be.accessible();
  });

  it('keeps the good features when one feature is broken', async () => {
    const manifest = (await exampleManifest()) as { features: { id: string; label: { involvement: string } }[] };
    manifest.features.find((f) => f.id === 'family-chatbot')!.label.involvement = 'chatbot';
    const provider = await fixture<CandourProvider>(
      html`<candour-provider .manifest=${manifest}>
        <candour-ai-badge feature="family-chatbot"></candour-ai-badge>
        <candour-ai-badge feature="rota-builder"></candour-ai-badge>
      </candour-provider>`,
    );
    const [broken, good] = [...provider.querySelectorAll<CandourAiBadge>('candour-ai-badge')];
    await settled(broken!);
    await settled(good!);
    expect(badgeButton(broken!).textContent).to.equal('AI is used here');
    expect(badgeButton(good!).textContent).to.match(/^AI assisted/);
  });

  it('passes locale changes to every element inside', async () => {
    const provider = await fixture<CandourProvider>(html`<candour-provider .manifest=${await exampleManifest()} locale="en-GB"><candour-ai-badge feature="family-chatbot"></candour-ai-badge></candour-provider>`);
    const badge = provider.querySelector<CandourAiBadge>('candour-ai-badge')!;
    await settled(badge);
    expect(badgeButton(badge).textContent).to.match(/^AI chatbot/);
    provider.locale = 'cy';
    await settled(provider);
    await settled(badge);
    expect(badgeButton(badge).textContent).to.match(/^Sgwrsfot AI/);
  });

  it('opens the full notice in a dialog when a badge asks, and returns focus to the badge', async () => {
    const provider = await fixture<CandourProvider>(html`<candour-provider .manifest=${await exampleManifest()}><candour-ai-badge feature="visit-note-summary"></candour-ai-badge></candour-provider>`);
    const badge = provider.querySelector<CandourAiBadge>('candour-ai-badge')!;
    badgeButton(badge).click();
    await settled(badge);
    badge.shadowRoot!.querySelector<HTMLButtonElement>('[part~="notice-button"]')!.click();
    await waitUntil(() => provider.shadowRoot!.querySelector('dialog[open]'), 'the dialog did not open');
    const dialog = provider.shadowRoot!.querySelector('dialog[open]')!;
    expect(dialog.querySelector('candour-ai-notice')!.getAttribute('feature')).to.equal('visit-note-summary');
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !provider.shadowRoot!.querySelector('dialog[open]'), 'the dialog did not close');
    // Focus goes back when the dialog's `close` event is handled, a task after it closes.
    await waitUntil(() => badge.shadowRoot!.activeElement === badgeButton(badge), 'focus is back on the badge button');
  });

  it('lets the page show notices its own way by cancelling the request', async () => {
    const provider = await fixture<CandourProvider>(html`<candour-provider .manifest=${await exampleManifest()}><candour-ai-badge feature="visit-note-summary"></candour-ai-badge></candour-provider>`);
    const cancel = (e: Event) => e.preventDefault();
    document.addEventListener('candour-notice-request', cancel);
    try {
      const badge = provider.querySelector<CandourAiBadge>('candour-ai-badge')!;
      badgeButton(badge).click();
      await settled(badge);
      badge.shadowRoot!.querySelector<HTMLButtonElement>('[part~="notice-button"]')!.click();
      await new Promise((r) => setTimeout(r, 50));
      expect(provider.shadowRoot!.querySelector('dialog')).to.equal(null);
    } finally {
      document.removeEventListener('candour-notice-request', cancel);
    }
  });

  it('links to the supplier\u2019s notice page instead when notice-href is set, and only to safe addresses', async () => {
    const provider = await fixture<CandourProvider>(html`<candour-provider .manifest=${await exampleManifest()} notice-href="https://larkspur-care.example/ai/{feature}"><candour-ai-badge feature="rota-builder"></candour-ai-badge></candour-provider>`);
    const badge = provider.querySelector<CandourAiBadge>('candour-ai-badge')!;
    badgeButton(badge).click();
    await settled(badge);
    expect(badge.shadowRoot!.querySelector('a[part~="notice-link"]')!.getAttribute('href')).to.equal('https://larkspur-care.example/ai/rota-builder');
    provider.noticeHref = 'javascript:alert(1)//{feature}';
    await settled(provider);
    await settled(badge);
    expect(badge.shadowRoot!.querySelector('a[href^="javascript"]')).to.equal(null);
  });
});
