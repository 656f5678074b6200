import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { getDefaultRegistry, type FrameworkPack } from '@candour/core/frameworks';
import '../define/statements';
import type { CandourStatements } from './statements';
import { withProvider, exampleManifest } from '../../test/fixtures';
import { collect } from '../../test/helpers';
import type { CandourErrorEvent } from '../events/events';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const clean = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
const shadow = (el: CandourStatements) => el.shadowRoot!;
const quotes = (el: Element | ShadowRoot) => [...el.querySelectorAll('blockquote')];
const domains = (el: CandourStatements) => [...shadow(el).querySelectorAll('section[part~="domain"]')];
const domainTitle = (d: Element) => clean(d.querySelector('h1, h2, h3, h4, h5, h6')!.textContent);
const missingText = 'The text of these statements is not available yet.';


/** A newer copy of the guidance pack in which the people's transparency statement has been published. */
function newerGuidancePack(text: string, url = 'https://guidance.example/transparency'): Json {
  const pack = structuredClone(getDefaultRegistry().getFramework('oxford-guidance')) as FrameworkPack as Json;
  pack.version = '1.1.0';
  const at = (pack.items as Json[]).findIndex((i) => i.id === 'tr.people.missing');
  pack.items.splice(at, 1, {
    id: 'tr.people.1',
    type: 'statement',
    perspective: 'people',
    domain: 'tr',
    text,
    order: pack.items[at].order,
    provenance: { status: 'verbatim', source: { kind: 'url', url } },
  });
  return pack;
}

describe('candour-statements', () => {
  const expectedInIcs = { people: 1, workforce: 2, providers: 5, tech: 2 } as const;

  for (const [perspective, count] of Object.entries(expectedInIcs)) {
    it(`quotes the ${count} "${perspective}" statement(s) of "Improving care and support" as published`, async function (this: { timeout(ms: number): void }) {
      this.timeout(30000); // axe is slow on a loaded two-core machine
      const element = await fixture<CandourStatements>(html`<candour-statements perspective=${perspective} domain="ics"></candour-statements>`);
      const registry = getDefaultRegistry();
      const own = registry.statements({ perspective, domain: 'ics', status: 'verbatim' });
      expect(own.length).to.equal(count);
      const shown = quotes(shadow(element));
      expect(shown.map((q) => clean(q.textContent))).to.deep.equal(own.map((s) => s.text));
      for (const q of shown) expect(q.getAttribute('lang')).to.equal('en-GB');
      const heading = shadow(element).querySelector('h2[part~="heading"]')!;
      expect(clean(heading.textContent)).to.equal(registry.getItem('oxford-guidance', perspective)!.title);
      expect(domains(element).map(domainTitle)).to.deep.equal(['Improving care and support']);
      expect(shadow(element).querySelector('[part~="missing"]')).to.equal(null);
      await expect(element).to.be.accessible();
    });
  }

  it('shows every domain of the perspective, saying honestly which statements are not available', async function (this: { timeout(ms: number): void }) {
    this.timeout(30000); // axe is slow on a loaded two-core machine
    const element = await fixture<CandourStatements>(html`<candour-statements perspective="people"></candour-statements>`);
    const registry = getDefaultRegistry();
    const all = registry.items('oxford-guidance', { type: 'domain' });
    expect(domains(element).map(domainTitle)).to.deep.equal(all.map((d) => d.title));
    const withoutText = all.filter((d) => registry.statements({ perspective: 'people', domain: d.id, status: 'verbatim' }).length === 0);
    expect(withoutText.map((d) => d.id)).to.deep.equal(['sg', 'tr', 'ep']);
    for (const d of domains(element).slice(1)) {
      expect(quotes(d)).to.have.length(0);
      expect(clean(d.querySelector('[part~="missing"] p')!.textContent)).to.equal(missingText);
      expect(d.querySelector('[part~="missing"] a')!.getAttribute('href')).to.equal('https://www.digitalcarehub.co.uk/AIGuidance');
      // Candour's own names for these rows are said to be Candour's.
      expect(clean(d.querySelector('.note')!.textContent)).to.contain('Candour\u2019s name for this area');
    }
    expect(quotes(domains(element)[0]!)).to.have.length(1);
    expect(domains(element)[0]!.querySelector('.note')).to.equal(null);
    await expect(element).to.be.accessible();
  });

  it('shows where each statement comes from, linking the cited address', async () => {
    const element = await fixture<CandourStatements>(html`<candour-statements perspective="tech" domain="ics"></candour-statements>`);
    const sources = [...shadow(element).querySelectorAll('[part~="source"]')];
    expect(sources).to.have.length(2);
    for (const s of sources) {
      expect(clean(s.textContent)).to.equal('Source: a working copy of the guidance, citing www.digitalcarehub.co.uk/AIGuidance (not yet checked against it)');
      expect(s.querySelector('a')!.getAttribute('href')).to.equal('https://www.digitalcarehub.co.uk/AIGuidance');
    }
    const intro = shadow(element).querySelector('[part~="intro"]')!;
    expect(clean(intro.textContent)).to.equal('Quoted from Co-produced guidance on the responsible use of AI in social care.');
    expect(intro.querySelector('cite')!.getAttribute('lang')).to.equal('en-GB');
  });

  it('shows a newer pack loaded into a registry, without code changes', async function (this: { timeout(ms: number): void }) {
    this.timeout(30000); // axe is slow on a loaded two-core machine
    const text = 'I am told when AI is used in my care, and what it does.';
    const loaded = getDefaultRegistry().load(newerGuidancePack(text));
    if (!loaded.ok) throw new Error(loaded.errors.map((e) => `${e.path}: ${e.message}`).join('\n'));
    const element = await fixture<CandourStatements>(html`<candour-statements perspective="people" .registry=${loaded.registry}></candour-statements>`);
    const transparency = domains(element).find((d) => domainTitle(d) === 'Transparency')!;
    expect(quotes(transparency).map((q) => clean(q.textContent))).to.deep.equal([text]);
    expect(transparency.querySelector('[part~="missing"]')).to.equal(null);
    expect(transparency.querySelector('[part~="source"] a')!.getAttribute('href')).to.equal('https://guidance.example/transparency');
    // The default registry is unchanged: registries are values.
    const before = await fixture<CandourStatements>(html`<candour-statements perspective="people" domain="tr"></candour-statements>`);
    expect(clean(shadow(before).querySelector('[part~="missing"] p')!.textContent)).to.equal(missingText);
    await expect(element).to.be.accessible();
  });

  it('shows pack text as text, and never links an address that is not https', async () => {
    const hostile = '<img src=x onerror="window.__pwnedStatements=1">';
    const loaded = getDefaultRegistry().load(newerGuidancePack(hostile, 'http://guidance.example/plain'));
    if (!loaded.ok) throw new Error(loaded.errors.map((e) => e.message).join('\n'));
    const element = await fixture<CandourStatements>(html`<candour-statements perspective="people" domain="tr" .registry=${loaded.registry}></candour-statements>`);
    expect(quotes(shadow(element))[0]!.textContent).to.equal(hostile);
    expect(shadow(element).querySelector('img')).to.equal(null);
    const source = shadow(element).querySelector('[part~="source"]')!;
    expect(source.querySelector('a')).to.equal(null);
    expect(clean(source.textContent)).to.equal('Source: http://guidance.example/plain');
    expect((window as { __pwnedStatements?: number }).__pwnedStatements).to.equal(undefined);
  });

  it('speaks Welsh around the guidance\u2019s English words, marked lang="en-GB"', async function (this: { timeout(ms: number): void }) {
    this.timeout(30000); // axe is slow on a loaded two-core machine
    const element = await fixture<CandourStatements>(html`<candour-statements perspective="providers" locale="cy"></candour-statements>`);
    expect(shadow(element).querySelector('[part~="base"]')!.getAttribute('lang')).to.equal('cy');
    const heading = shadow(element).querySelector('[part~="heading"]')!;
    expect(clean(heading.textContent)).to.equal('Datganiadau\u2019r canllawiau: As providers of care');
    expect(heading.querySelector('[lang="en-GB"]')!.textContent).to.equal('As providers of care');
    expect(clean(shadow(element).querySelector('[part~="intro"]')!.textContent)).to.contain('Saesneg yn unig');
    for (const q of quotes(shadow(element))) expect(q.getAttribute('lang')).to.equal('en-GB');
    for (const d of domains(element)) expect(d.querySelector('h3 [lang]')!.getAttribute('lang')).to.equal('en-GB');
    const missing = [...shadow(element).querySelectorAll('[part~="missing"] p:first-child')].map((p) => clean(p.textContent));
    expect(missing).to.deep.equal(Array(3).fill('Nid yw testun y datganiadau hyn ar gael eto.'));
    expect(clean(shadow(element).querySelector('[part~="source"]')!.textContent)).to.match(/^Ffynhonnell: copi gwaith/);
    await expect(element).to.be.accessible();
  });

  it('says which AI features of the manifest address each statement', async function (this: { timeout(ms: number): void }) {
    this.timeout(30000); // axe is slow on a loaded two-core machine
    const manifest = await exampleManifest();
    const features = manifest.features as Json[];
    // Read defensively: a feature whose links are malformed is left out, not fatal.
    features.push({ id: 'broken', name: { 'en-GB': 'Broken' }, framework: { statements: 'ics.people.1' } });
    features[0]!.name['en-GB'] = '<b>Visit note</b> summary';
    const { element } = await withProvider<CandourStatements>(html`<candour-statements perspective="workforce" domain="ics" addressed-by></candour-statements>`, {
      manifest,
      audience: 'provider',
    });
    const items = [...shadow(element).querySelectorAll('li[part~="statement"]')];
    const ids = getDefaultRegistry().statements({ perspective: 'workforce', domain: 'ics' }).map((s) => s.id);
    expect(items).to.have.length(ids.length);
    items.forEach((li, i) => {
      const by = features.filter((f) => Array.isArray(f.framework?.statements) && f.framework.statements.includes(ids[i]));
      const line = clean(li.querySelector('[part~="addressed-by"]')!.textContent);
      if (by.length === 0) {
        expect(line).to.equal('No AI feature here says it addresses this.');
        expect(li.getAttribute('part')).to.equal('statement');
      } else {
        expect(line).to.equal(`AI features here that address it: ${by.map((f) => f.name['en-GB']).join(', ')}`);
        expect(li.getAttribute('part')).to.equal('statement addressed');
      }
    });
    expect(shadow(element).querySelector('b')).to.equal(null);
    await expect(element).to.be.accessible();
  });

  it('does not claim anything about features without addressed-by or without a manifest', async () => {
    const plain = await withProvider<CandourStatements>(html`<candour-statements perspective="people" domain="ics"></candour-statements>`);
    expect(shadow(plain.element).querySelector('[part~="addressed-by"]')).to.equal(null);
    const alone = await fixture<CandourStatements>(html`<candour-statements perspective="people" domain="ics" addressed-by></candour-statements>`);
    expect(shadow(alone).querySelector('[part~="addressed-by"]')).to.equal(null);
  });

  for (const [attrs, what] of [
    [{ perspective: 'carers' }, 'perspective "carers"'],
    [{ perspective: 'people', domain: 'nope' }, 'domain "nope"'],
    [{ perspective: '' }, 'perspective ""'],
  ] as const) {
    it(`falls back visibly and reports an unknown ${what}`, async function (this: { timeout(ms: number): void }) {
      this.timeout(30000); // axe is slow on a loaded two-core machine
      const errors = collect<CandourErrorEvent>('candour-error');
      try {
        const element = await fixture<CandourStatements>(
          html`<candour-statements perspective=${attrs.perspective} domain=${'domain' in attrs ? attrs.domain : ''}></candour-statements>`,
        );
        expect(clean(shadow(element).querySelector('[part~="heading"]')!.textContent)).to.equal('Guidance statements');
        expect(clean(shadow(element).querySelector('[part~="fallback"]')!.textContent)).to.equal('These guidance statements could not be shown.');
        expect(quotes(shadow(element))).to.have.length(0);
        const mine = errors.events.filter((e) => e.target === element);
        expect(mine).to.have.length(1);
        expect(mine[0]!.detail.code).to.equal('invalid-property');
        expect(mine[0]!.detail.message).to.contain(`Unknown ${what}`);
        await expect(element).to.be.accessible();
      } finally {
        errors.stop();
      }
    });
  }

  it('falls back and reports a registry it cannot use', async () => {
    const errors = collect<CandourErrorEvent>('candour-error');
    try {
      const element = await fixture<CandourStatements>(html`<candour-statements perspective="people" .registry=${{ nope: true }}></candour-statements>`);
      expect(clean(shadow(element).querySelector('[part~="fallback"]')!.textContent)).to.equal('These guidance statements could not be shown.');
      expect(errors.events.map((e) => e.detail.code)).to.deep.equal(['invalid-property']);
    } finally {
      errors.stop();
    }
  });

  it('follows heading-level', async () => {
    const element = await fixture<CandourStatements>(html`<candour-statements perspective="people" heading-level="4"></candour-statements>`);
    expect(shadow(element).querySelector('[part~="heading"]')!.localName).to.equal('h4');
    expect(domains(element).every((d) => d.querySelector('h5'))).to.equal(true);
  });

  it('reaches every link with the keyboard', async () => {
    const element = await fixture<CandourStatements>(html`<candour-statements perspective="workforce" domain="ics"></candour-statements>`);
    const links = [...shadow(element).querySelectorAll('a')];
    expect(links).to.have.length(3); // the guidance, and one source per statement
    const reached: Element[] = [];
    const start = document.createElement('button');
    start.textContent = 'before';
    element.before(start);
    start.focus();
    for (let i = 0; i < links.length; i++) {
      await sendKeys({ press: 'Tab' });
      reached.push(shadow(element).activeElement!);
    }
    start.remove();
    expect(reached).to.deep.equal(links);
  });
});
