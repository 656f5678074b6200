// Runs in a page of its own: importing the classes must not register any tag.
import { expect } from '@open-wc/testing';
import * as candour from './index';

describe('@candour/elements (the classes)', () => {
  it('exports every element class without defining a single tag', () => {
    expect(Object.keys(candour)).to.include.members(['CandourAiBadge', 'CandourAiNotice', 'CandourAiContent', 'CandourProvider', 'CandourPledge', 'CandourStatements', 'CandourConsentCentre', 'CandourConsentPrompt']);
    for (const tag of ['candour-provider', 'candour-ai-badge', 'candour-ai-notice', 'candour-ai-content', 'candour-pledge', 'candour-statements', 'candour-consent-centre', 'candour-consent-prompt']) {
      expect(customElements.get(tag), tag).to.equal(undefined);
    }
  });

  it('lets a page register a class under its own name', async () => {
    customElements.define('acme-ai-badge', candour.CandourAiBadge);
    const badge = document.createElement('acme-ai-badge') as InstanceType<typeof candour.CandourAiBadge>;
    badge.setAttribute('involvement', 'generated');
    document.body.append(badge);
    await badge.updateComplete;
    expect(badge.shadowRoot!.querySelector('button')!.textContent).to.equal('AI generated');
    badge.remove();
  });
});
