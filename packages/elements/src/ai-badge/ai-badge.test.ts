import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../define/ai-badge';
import type { CandourAiBadge } from './ai-badge';
import { withProvider, exampleManifest, settled } from '../../test/fixtures';
import { badgeLabelMessages, badgeMessages } from '../i18n/badge';
import { commonMessages } from '../i18n/common';

const button = (badge: CandourAiBadge) => badge.shadowRoot!.querySelector<HTMLButtonElement>('button[part~="button"]')!;
const tip = (badge: CandourAiBadge) => badge.shadowRoot!.querySelector<HTMLElement>('[part~="toggletip"]');

describe('candour-ai-badge', () => {
  it('says how AI is involved and whether a person reviews it, from the manifest', async () => {
    const { element } = await withProvider<CandourAiBadge>(html`<candour-ai-badge feature="visit-note-summary"></candour-ai-badge>`);
    expect(button(element).textContent).to.equal('AI generated · Checked by a person');
    expect(button(element).getAttribute('aria-expanded')).to.equal('false');
  });

  it('builds its toggletip only when first opened', async () => {
    const { element } = await withProvider<CandourAiBadge>(html`<candour-ai-badge feature="visit-note-summary"></candour-ai-badge>`);
    expect(tip(element)).to.equal(null);
    button(element).click();
    await settled(element);
    expect(tip(element)!.hidden).to.equal(false);
    expect(tip(element)!.textContent).to.contain('AI drafted this visit note');
    expect(button(element).getAttribute('aria-expanded')).to.equal('true');
    // Its rules come with it: a positioned box under the badge, not a block in the text.
    expect(getComputedStyle(tip(element)!).position).to.equal('absolute');
    expect(getComputedStyle(element).position).to.equal('relative');
  });

  it('opens with the keyboard, closes on Escape and returns focus to the button', async () => {
    const { element } = await withProvider<CandourAiBadge>(html`<candour-ai-badge feature="visit-note-summary"></candour-ai-badge>`);
    button(element).focus();
    await sendKeys({ press: 'Enter' });
    await settled(element);
    expect(button(element).getAttribute('aria-expanded')).to.equal('true');
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Escape' });
    await settled(element);
    expect(button(element).getAttribute('aria-expanded')).to.equal('false');
    expect(tip(element)!.hidden).to.equal(true);
    expect(element.shadowRoot!.activeElement === button(element), 'focus is back on the badge button').to.equal(true);
  });

  it('never opens on hover', async () => {
    const { element } = await withProvider<CandourAiBadge>(html`<candour-ai-badge feature="visit-note-summary"></candour-ai-badge>`);
    button(element).dispatchEvent(new MouseEvent('mouseover', { bubbles: true, composed: true }));
    button(element).dispatchEvent(new MouseEvent('mouseenter'));
    await settled(element);
    expect(button(element).getAttribute('aria-expanded')).to.equal('false');
  });

  it('emits an auditable event when the explanation is shown', async () => {
    const { element } = await withProvider<CandourAiBadge>(html`<candour-ai-badge feature="family-chatbot"></candour-ai-badge>`, { locale: 'cy' });
    setTimeout(() => button(element).click());
    const event = await oneEvent(element, 'candour-explanation-show');
    expect(event.detail).to.deep.equal({ feature: 'family-chatbot', layer: 'label', reader: 'person', audience: 'person', readingLevel: 'standard', locale: 'cy' });
    expect(event.bubbles && event.composed).to.equal(true);
  });

  it('speaks Welsh, and marks supplier text with its language', async () => {
    const { element } = await withProvider<CandourAiBadge>(html`<candour-ai-badge feature="family-chatbot"></candour-ai-badge>`, { locale: 'cy' });
    expect(button(element).textContent).to.equal('Sgwrsfot AI · Rhai atebion wedi\u2019u gwirio gan berson');
    button(element).click();
    await settled(element);
    expect(tip(element)!.querySelector('p')!.getAttribute('lang')).to.equal('cy');
  });

  it('falls back visibly for an unknown feature, warns and emits an error', async () => {
    const manifest = await exampleManifest();
    const errors: Event[] = [];
    document.addEventListener('candour-error', (e) => errors.push(e), { once: true });
    const { element } = await withProvider<CandourAiBadge>(html`<candour-ai-badge feature="no-such-feature"></candour-ai-badge>`, { manifest });
    expect(button(element).textContent).to.equal('AI is used here');
    button(element).click();
    await settled(element);
    expect(tip(element)!.textContent).to.contain('ask Larkspur Care Systems Ltd');
    expect(errors.length).to.equal(1);
  });

  it('renders hostile supplier text as text', async () => {
    const manifest = (await exampleManifest()) as { features: { label: { short: Record<string, string> } }[] };
    manifest.features[0]!.label.short['en-GB'] = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>';
    const { element } = await withProvider<CandourAiBadge>(html`<candour-ai-badge feature="visit-note-summary"></candour-ai-badge>`, { manifest });
    button(element).click();
    await settled(element);
    expect(tip(element)!.querySelector('img, script')).to.equal(null);
    expect(tip(element)!.textContent).to.contain('<img src=x');
    expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
  });

  it('an open toggletip sits above the badges that follow it', async () => {
    const { provider } = await withProvider<CandourAiBadge>(
      html`<div style="display:flex;flex-direction:column">
        <candour-ai-badge feature="rota-builder"></candour-ai-badge><candour-ai-badge feature="rota-builder"></candour-ai-badge><candour-ai-badge feature="rota-builder"></candour-ai-badge>
      </div>`,
    );
    const [first] = [...provider.querySelectorAll<CandourAiBadge>('candour-ai-badge')];
    for (const b of provider.querySelectorAll<CandourAiBadge>('candour-ai-badge')) await settled(b);
    button(first!).click();
    await settled(first!);
    // Each badge is its own stacking context (layout containment), so the open one must be lifted.
    const second = provider.querySelectorAll<CandourAiBadge>('candour-ai-badge')[1]!;
    expect(Number(getComputedStyle(first!).zIndex)).to.be.greaterThan(Number(getComputedStyle(second).zIndex) || 0);
    button(first!).click();
    await settled(first!);
    expect(getComputedStyle(first!).zIndex).to.equal('auto');
  });

  it('marks its interface text with the language it is in', async () => {
    const { element } = await withProvider<CandourAiBadge>(html`<candour-ai-badge feature="rota-builder"></candour-ai-badge>`, { locale: 'cy' });
    expect(button(element).getAttribute('lang')).to.equal('cy');
  });

  it('works without a provider from attributes alone', async () => {
    const badge = await fixture<CandourAiBadge>(html`<candour-ai-badge involvement="assisted" review="none"></candour-ai-badge>`);
    expect(button(badge).textContent).to.equal('AI assisted · Not checked by a person');
  });

  it('is accessible closed and open', async () => {
    const { element } = await withProvider<CandourAiBadge>(html`<candour-ai-badge feature="rota-builder"></candour-ai-badge>`);
    await expect(element).to.be.accessible();
    button(element).click();
    await settled(element);
    await expect(element).to.be.accessible();
  });

  it('shows the same words as the other elements (its catalogue repeats the shared phrases it needs)', () => {
    for (const locale of ['en-GB', 'cy'] as const) {
      const shared: Record<string, string> = { ...commonMessages[locale], ...badgeMessages[locale] };
      for (const [key, text] of Object.entries(badgeLabelMessages[locale])) expect(text, `${locale} ${key}`).to.equal(shared[key]);
    }
  });

  it('gives up its provider subscription when removed, and takes it up again when put back', async () => {
    const { provider, element } = await withProvider<CandourAiBadge>(html`<candour-ai-badge feature="rota-builder"></candour-ai-badge>`);
    element.remove();
    (provider as HTMLElement & { locale?: string }).locale = 'cy';
    await settled(provider);
    provider.append(element);
    await settled(element);
    expect(button(element).textContent).to.match(/^Gyda chymorth AI/);
  });

  it('badges side by side share one provider subscription, and keep it when the badge that asked leaves', async () => {
    const { provider } = await withProvider<CandourAiBadge>(
      html`<p><candour-ai-badge feature="rota-builder"></candour-ai-badge><candour-ai-badge feature="rota-builder"></candour-ai-badge><candour-ai-badge feature="rota-builder"></candour-ai-badge></p>`,
    );
    const badges = [...provider.querySelectorAll<CandourAiBadge>('candour-ai-badge')];
    for (const b of badges) await settled(b);
    const requests: Event[] = [];
    const count = (e: Event) => requests.push(e);
    provider.addEventListener('context-request', count, true);
    const more = document.createElement('candour-ai-badge') as CandourAiBadge;
    more.setAttribute('feature', 'rota-builder');
    badges[0]!.parentElement!.append(more);
    await settled(more);
    expect(requests.length, 'a badge beside others joins their subscription').to.equal(0);
    expect(button(more).textContent).to.match(/^AI assisted/);
    // The first badge made the request; once it is gone, the others still hear of changes.
    badges[0]!.remove();
    await settled(provider);
    (provider as HTMLElement & { locale?: string }).locale = 'cy';
    await settled(provider);
    for (const b of [badges[1]!, badges[2]!, more]) {
      await settled(b);
      expect(button(b).textContent).to.match(/^Gyda chymorth AI/);
    }
    // The removed badge hears nothing while away, and catches up when put back.
    expect(button(badges[0]!).textContent).to.match(/^AI assisted/);
    provider.append(badges[0]!);
    await settled(badges[0]!);
    expect(button(badges[0]!).textContent).to.match(/^Gyda chymorth AI/);
    provider.removeEventListener('context-request', count, true);
  });

  it('badges side by side under different providers each hear their own', async () => {
    const { provider } = await withProvider<CandourAiBadge>(
      html`<p><candour-ai-badge feature="rota-builder"></candour-ai-badge></p>`,
    );
    const inner = document.createElement('candour-provider') as HTMLElement & { manifest?: unknown; locale?: string; updateComplete?: Promise<unknown> };
    inner.manifest = await exampleManifest();
    inner.locale = 'cy';
    inner.innerHTML = '<p><candour-ai-badge feature="rota-builder"></candour-ai-badge></p>';
    provider.append(inner);
    await inner.updateComplete;
    const [outerBadge, innerBadge] = [...provider.querySelectorAll<CandourAiBadge>('candour-ai-badge')];
    await settled(outerBadge!);
    await settled(innerBadge!);
    expect(button(outerBadge!).textContent).to.match(/^AI assisted/);
    expect(button(innerBadge!).textContent).to.match(/^Gyda chymorth AI/);
    // Moved to the outer paragraph, the inner badge asks again from there.
    outerBadge!.parentElement!.append(innerBadge!);
    await settled(innerBadge!);
    expect(button(innerBadge!).textContent).to.match(/^AI assisted/);
  });
});
