import { expect, html } from '@open-wc/testing';
import '../define/ai-badge';
import type { CandourAiBadge } from '../ai-badge/ai-badge';
import { registerMessages, translate } from './translate';
import { badgeMessages } from './badge';
import { withProvider, settled } from '../../test/fixtures';

const label = (b: CandourAiBadge) => b.shadowRoot!.querySelector('button')!.textContent;

describe('localisation', () => {
  it('looks up the exact tag, then the language, then en-GB', () => {
    expect(translate(badgeMessages, 'cy', 'badge.close')).to.equal('Cau');
    expect(translate(badgeMessages, 'cy-GB', 'badge.close')).to.equal('Cau');
    expect(translate(badgeMessages, 'fr', 'badge.close')).to.equal('Close');
  });

  it('fills placeholders as text, leaving unknown ones visible', () => {
    registerMessages('x-test', { 'fallback.ask': 'Ask {who} or {nobody}.' });
    expect(translate({ 'en-GB': { 'fallback.ask': 'x' } }, 'x-test', 'fallback.ask', { who: '<b>you</b>' })).to.equal('Ask <b>you</b> or {nobody}.');
  });

  it('lets a supplier add a language, and elements already on the page re-render in it', async () => {
    const { element } = await withProvider<CandourAiBadge>(html`<candour-ai-badge feature="rota-builder"></candour-ai-badge>`, { locale: 'pl' });
    expect(label(element)).to.equal('AI assisted · Checked by a person');
    registerMessages('pl', { 'involvement.assisted': 'Wspomagane przez AI', 'review.before-use': 'Sprawdzone przez osobę' });
    await settled(element);
    expect(label(element)).to.equal('Wspomagane przez AI · Sprawdzone przez osobę');
  });

  it('lets a supplier reword one phrase of a built-in language', async () => {
    registerMessages('en-GB', { 'involvement.automated-decision': 'Decided by a computer' });
    const { element } = await withProvider<CandourAiBadge>(html`<candour-ai-badge involvement="automated-decision"></candour-ai-badge>`);
    expect(label(element)).to.equal('Decided by a computer');
  });
});
