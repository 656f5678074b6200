/**
 * The autoloader in real browsers: importing it defines only the Candour tags
 * the page uses (in the document, in an open shadow root, and added later),
 * nothing else, and warns once about a `candour-` tag that is not Candour's.
 * Each test file runs in its own page, so the registry starts empty here.
 */
import { expect, waitUntil } from '@open-wc/testing';
import cem from '../../packages/elements/custom-elements.json';

const candourTags = (): string[] =>
  (cem as { modules: { exports?: { kind: string; name: string }[] }[] }).modules
    .flatMap((m) => m.exports ?? [])
    .filter((e) => e.kind === 'custom-element-definition')
    .map((e) => e.name)
    .sort();

const defined = (): string[] => candourTags().filter((t) => customElements.get(t) !== undefined);

const warnings: string[] = [];
const originalWarn = console.warn;

describe('autoload', () => {
  let mod: typeof import('@candour/elements/autoload.js');

  before(async () => {
    console.warn = (...args: unknown[]) => {
      warnings.push(args.map(String).join(' '));
    };
    document.body.innerHTML = `
      <p>Visit notes <candour-ai-badge feature="visit-transcription"></candour-ai-badge></p>
      <candour-pledge></candour-pledge>
      <candour-not-an-element></candour-not-an-element>
      <candour-not-an-element></candour-not-an-element>
      <div id="host"></div>`;
    const shadow = document.getElementById('host')!.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<candour-ai-content feature="care-plan-summary"></candour-ai-content>';
    // Nothing Candour is defined before the autoloader runs.
    expect(defined()).to.deep.equal([]);
    mod = await import('@candour/elements/autoload.js');
    await mod.autoloaded();
  });

  after(() => {
    console.warn = originalWarn;
  });

  it('knows every element in the custom elements manifest', () => {
    expect([...mod.autoloadTags].sort()).to.deep.equal(candourTags());
    expect(candourTags().length).to.be.greaterThan(5);
  });

  it('defines the tags in the document and in an open shadow root, and nothing else', () => {
    expect(defined()).to.deep.equal(['candour-ai-badge', 'candour-ai-content', 'candour-pledge']);
    const badge = document.querySelector('candour-ai-badge')!;
    expect(badge instanceof (customElements.get('candour-ai-badge') as CustomElementConstructor)).to.equal(true);
    expect(badge.shadowRoot).to.not.equal(null);
  });

  it('warns once about a candour- tag that is not a Candour element', () => {
    const about = warnings.filter((w) => w.includes('<candour-not-an-element>'));
    expect(about.length).to.equal(1);
    expect(about[0]).to.contain('is not a Candour element');
    expect(customElements.get('candour-not-an-element')).to.equal(undefined);
  });

  it('defines a tag added to the page later, and still nothing else', async () => {
    expect(customElements.get('candour-statements')).to.equal(undefined);
    const wrapper = document.createElement('section');
    wrapper.innerHTML = '<div><candour-statements></candour-statements></div>';
    document.body.append(wrapper);
    await waitUntil(() => customElements.get('candour-statements') !== undefined, 'candour-statements was not defined', { timeout: 8000 });
    await mod.autoloaded();
    expect(defined()).to.deep.equal(['candour-ai-badge', 'candour-ai-content', 'candour-pledge', 'candour-statements']);
  });

  it('defines a tag added later inside a shadow root passed to autoload()', async () => {
    const host = document.createElement('div');
    document.body.append(host);
    const shadow = host.attachShadow({ mode: 'open' });
    mod.autoload(shadow);
    shadow.innerHTML = '<candour-consent-centre></candour-consent-centre>';
    await waitUntil(() => customElements.get('candour-consent-centre') !== undefined, 'candour-consent-centre was not defined', { timeout: 8000 });
    await mod.autoloaded();
    expect(defined()).to.deep.equal(['candour-ai-badge', 'candour-ai-content', 'candour-consent-centre', 'candour-pledge', 'candour-statements']);
  });
});
