import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { parseManifest, assessPledge, type PledgeAssessment } from '@candour/core';
import { getDefaultRegistry } from '@candour/core/frameworks';
import '../define/pledge';
import type { CandourPledge } from './pledge';
import { withProvider, exampleManifest, settled } from '../../test/fixtures';
import { collect } from '../../test/helpers';
import type { CandourErrorEvent } from '../events/events';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const words = { evidenced: 'Evidenced', partial: 'Partly evidenced', 'no-evidence': 'No evidence yet' } as const;
const clean = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();

const shadow = (el: CandourPledge) => el.shadowRoot!;
const articles = (el: CandourPledge) => [...shadow(el).querySelectorAll('article')];
/** The commitment's number and the pledge's own words, as the heading shows them. */
const headingOf = (a: Element) => a.querySelector('h1, h2, h3, h4, h5, h6')!;
const numberOf = (a: Element) => clean(headingOf(a).querySelector('.number')!.textContent);
const verdictOf = (a: Element) => clean(a.querySelector(':scope > [part~="verdict"]')!.textContent);
const article = (el: CandourPledge, id: string) => articles(el).find((a) => numberOf(a) === id)!;
const disclaimer = (el: CandourPledge) => clean(shadow(el).querySelector('[part~="disclaimer"]')?.textContent);

/** The example manifest's own assessment, computed here from core, not read from the element. */
async function expected(manifest?: unknown): Promise<PledgeAssessment> {
  const parsed = parseManifest(manifest ?? (await exampleManifest()));
  if (!parsed.ok) throw new Error(parsed.errors.map((e) => e.message).join(' '));
  return assessPledge(parsed.manifest);
}


const mount = (manifest?: unknown, options: { audience?: string; locale?: string } = {}) =>
  withProvider<CandourPledge>(html`<candour-pledge></candour-pledge>`, { ...(manifest ? { manifest } : {}), ...options });

describe('candour-pledge', () => {
  describe('from the provider\u2019s manifest', () => {
    it('says when the supplier signed and always shows the disclaimer', async () => {
      const manifest = await exampleManifest();
      const { element } = await mount(manifest, { audience: 'provider' });
      const pledge = (manifest.supplier as Json).pledge as Json;
      const heading = shadow(element).querySelector('h2[part~="heading"]')!;
      expect(clean(heading.textContent)).to.equal('Technology Suppliers\u2019 Pledge');
      const status = shadow(element).querySelector('[part~="status"]')!;
      expect(clean(status.textContent)).to.equal('Larkspur Care Systems Ltd signed the pledge on 12 June 2025.');
      expect(status.querySelector('time')!.getAttribute('datetime')).to.equal(pledge.signedOn);
      const link = shadow(element).querySelector<HTMLAnchorElement>('.public a')!;
      expect(link.getAttribute('href')).to.equal(pledge.publicStatementUrl);
      expect(disclaimer(element)).to.contain('voluntary').and.contain('not a formal accreditation').and.contain('Candour\u2019s own mapping');
    });

    it('lists every commitment of the pledge once, with 2a\u20132d nested under 2', async () => {
      const { element } = await mount(undefined, { audience: 'provider' });
      const commitments = getDefaultRegistry().items('tech-pledge', { type: 'commitment' });
      const parts = commitments.filter((c) => c.parent === '2').map((c) => c.id);
      expect(commitments.length).to.equal(11);
      expect(parts).to.deep.equal(['2a', '2b', '2c', '2d']);
      expect(articles(element).map(numberOf)).to.deep.equal(commitments.map((c) => c.id));
      const top = shadow(element).querySelector('[part~="base"] > ol[part~="commitments"]')!;
      expect(top.children.length).to.equal(commitments.filter((c) => !c.parent).length);
      const nested = article(element, '2').querySelector('ol[part~="commitments"]')!;
      expect([...nested.querySelectorAll(':scope > li > article')].map(numberOf)).to.deep.equal(parts);
      expect(nested.getAttribute('aria-label')).to.equal('Parts of commitment 2');
      // Headings are the pledge's own words.
      for (const c of commitments) expect(clean(headingOf(article(element, c.id)).textContent)).to.equal(`${c.id} ${c.title}`);
    });

    it('gives each commitment the verdict core\u2019s assessment gives it, in words', async () => {
      const { element } = await mount(undefined, { audience: 'provider' });
      const assessment = await expected();
      for (const c of assessment.commitments) expect(verdictOf(article(element, c.id)), c.id).to.equal(words[c.verdict]);
      const summary = [...shadow(element).querySelectorAll('[part~="summary"] > div')].map((d) => clean(d.textContent));
      expect(summary).to.deep.equal([
        `Evidenced${assessment.totals.evidenced}`,
        `Partly evidenced${assessment.totals.partial}`,
        `No evidence yet${assessment.totals['no-evidence']}`,
      ]);
    });

    it('changes a verdict when the manifest fills in the missing evidence', async () => {
      const manifest = await exampleManifest();
      const features = manifest.features as Json[];
      expect(features.some((f) => f.record.regulatory.atrsRecordUrl)).to.equal(false);
      const before = await mount(structuredClone(manifest), { audience: 'provider' });
      expect(verdictOf(article(before.element, '4'))).to.equal('Partly evidenced');
      for (const f of features) f.record.regulatory.atrsRecordUrl = `https://larkspur-care.example/atrs/${f.id}`;
      const after = await mount(manifest, { audience: 'provider' });
      expect(verdictOf(article(after.element, '4'))).to.equal('Evidenced');
      expect(after.element.shadowRoot!.querySelector('[part~="to-add"]')).to.not.equal(null);
      expect(article(after.element, '4').querySelector('[part~="to-add"]')).to.equal(null);
    });

    it('shows the evidence behind a verdict: the field, why it counts and how many features fill it in', async () => {
      const manifest = await exampleManifest();
      const features = manifest.features as Json[];
      const without = features.filter((f) => !f.record.rights.humanIntervention);
      const { element } = await mount(manifest, { audience: 'provider' });
      const evidence = article(element, '6').querySelector(':scope > details[part~="evidence"]')!;
      expect(clean(evidence.querySelector('summary')!.textContent)).to.equal('What shows it');
      const row = [...evidence.querySelectorAll('li')].find((li) => li.querySelector('code')!.textContent === 'features[].record.rights.humanIntervention')!;
      expect(clean(row.textContent)).to.contain('says how to ask for a person to decide');
      expect(clean(row.querySelector('.fill')!.textContent)).to.equal(`${features.length - without.length} of ${features.length} features`);
      const missing = clean(row.querySelector('.missing')!.textContent);
      for (const f of without) expect(missing).to.contain(f.name['en-GB']);
      const supplierWide = [...evidence.querySelectorAll('li')].find((li) => li.querySelector('code')!.textContent === 'supplier.contacts.aiConcerns')!;
      expect(clean(supplierWide.querySelector('.fill')!.textContent)).to.equal('Filled in');
      const advice = article(element, '6').querySelector(':scope > details[part~="to-add"]')!;
      expect(clean(advice.querySelector('summary')!.textContent)).to.equal('What would strengthen it');
      expect(clean(advice.textContent)).to.contain('record.rights.humanIntervention');
      expect(clean(shadow(element).querySelector('.basis')!.textContent)).to.equal('The verdicts come from candour-crosswalk 1.0.0.');
    });

    it('quotes the supplier\u2019s own statement with a link to its evidence', async () => {
      const manifest = await exampleManifest();
      const said = ((manifest.supplier as Json).pledge.commitments as Json[]).find((c) => c.id === '2d')!;
      const { element } = await mount(manifest, { audience: 'person' });
      const statement = article(element, '2d').querySelector('[part~="supplier-statement"]')!;
      expect(clean(statement.querySelector('.label')!.textContent)).to.equal('In Larkspur Care Systems Ltd\u2019s words');
      expect(clean(statement.querySelector('blockquote')!.textContent)).to.equal(said.evidence['en-GB']);
      expect(statement.querySelector('a')!.getAttribute('href')).to.equal(said.url);
      expect(article(element, '1').querySelector('[part~="supplier-statement"]')).to.equal(null);
    });

    it('shows people a short plain version, workers the evidence, providers also what would strengthen it', async () => {
      const person = await mount(undefined, { audience: 'person' });
      expect(shadow(person.element).querySelectorAll('details').length).to.equal(0);
      expect(shadow(person.element).querySelector('.basis')).to.equal(null);
      expect(disclaimer(person.element)).to.equal(
        'Signing the pledge is voluntary. It is a promise, not a formal accreditation, and nobody checks it. What you see here is Candour\u2019s own reading of what Larkspur Care Systems Ltd says about its AI.',
      );
      expect(articles(person.element).map(verdictOf)).to.have.length(11);

      const representative = await mount(undefined, { audience: 'representative' });
      expect(shadow(representative.element).querySelectorAll('details').length).to.equal(0);

      const worker = await mount(undefined, { audience: 'worker' });
      expect(shadow(worker.element).querySelectorAll('details[part~="evidence"]').length).to.equal(11);
      expect(shadow(worker.element).querySelectorAll('details[part~="to-add"]').length).to.equal(0);
      expect(disclaimer(worker.element)).to.contain('not a formal accreditation');

      const provider = await mount(undefined, { audience: 'provider' });
      const assessment = await expected();
      expect(shadow(provider.element).querySelectorAll('details[part~="to-add"]').length).to.equal(assessment.commitments.filter((c) => c.toAdd.length).length);
    });

    it('says so when the supplier has not signed', async function (this: { timeout(ms: number): void }) {
      this.timeout(30000); // axe is slow on a loaded two-core machine
      const manifest = await exampleManifest();
      (manifest.supplier as Json).pledge = { signed: false };
      const { element } = await mount(manifest, { audience: 'provider' });
      expect(clean(shadow(element).querySelector('[part~="status"]')!.textContent)).to.equal('Larkspur Care Systems Ltd has not signed the pledge.');
      expect(shadow(element).querySelector('time')).to.equal(null);
      expect(shadow(element).querySelector('.public')).to.equal(null);
      expect(shadow(element).querySelector('[part~="supplier-statement"]')).to.equal(null);
      expect(articles(element)).to.have.length(11);
      expect(disclaimer(element)).to.contain('voluntary');
      await expect(element).to.be.accessible();
    });

    it('falls back when the manifest fails full validation, with an error event naming the paths', async function (this: { timeout(ms: number): void }) {
      this.timeout(30000); // axe is slow on a loaded two-core machine
      const manifest = await exampleManifest();
      // The visible layers stay valid (the provider is happy); the record is not.
      (manifest.features as Json[])[2]!.record.data.retention = 42;
      const errors = collect<CandourErrorEvent>('candour-error');
      try {
        const { element, provider } = await mount(manifest);
        expect((provider as unknown as { state: { status: string } }).state.status).to.equal('ready');
        const fallback = shadow(element).querySelector('[part~="fallback"]')!;
        expect(clean(fallback.textContent)).to.equal('The description of this AI could not be read.');
        expect(articles(element)).to.have.length(0);
        expect(clean(shadow(element).querySelector('[part~="heading"]')!.textContent)).to.equal('Technology Suppliers\u2019 Pledge');
        expect(disclaimer(element)).to.contain('not a formal accreditation');
        const mine = errors.events.filter((e) => e.target === element);
        expect(mine).to.have.length(1);
        expect(mine[0]!.detail.code).to.equal('invalid-manifest');
        expect(mine[0]!.detail.paths).to.include('features[2].record.data.retention');
        await expect(element).to.be.accessible();
      } finally {
        errors.stop();
      }
    });

    it('falls back when even the visible layers cannot be read', async () => {
      const errors = collect<CandourErrorEvent>('candour-error');
      try {
        const { element } = await mount({ schemaVersion: '1.0', supplier: { name: 42 } });
        expect(clean(shadow(element).querySelector('[part~="fallback"]')!.textContent)).to.equal('The description of this AI could not be read.');
        const mine = errors.events.find((e) => e.target === element)!;
        expect(mine.detail.code).to.equal('invalid-manifest');
        expect(mine.detail.paths).to.include('supplier.name');
      } finally {
        errors.stop();
      }
    });

    it('speaks Welsh and marks the pledge\u2019s English headings with lang="en-GB"', async function (this: { timeout(ms: number): void }) {
      this.timeout(30000); // axe is slow on a loaded two-core machine
      const { element } = await mount(undefined, { locale: 'cy', audience: 'provider' });
      const base = shadow(element).querySelector('[part~="base"]')!;
      expect(base.getAttribute('lang')).to.equal('cy');
      expect(clean(shadow(element).querySelector('[part~="heading"]')!.textContent)).to.equal('Addewid y Cyflenwyr Technoleg');
      expect(clean(shadow(element).querySelector('[part~="status"]')!.textContent)).to.equal('Llofnododd Larkspur Care Systems Ltd yr addewid ar 12 Mehefin 2025.');
      expect(disclaimer(element)).to.contain('nid yw\u2019n achrediad ffurfiol');
      const assessment = await expected();
      const welsh = { evidenced: 'Wedi\u2019i dystiolaethu', partial: 'Wedi\u2019i dystiolaethu\u2019n rhannol', 'no-evidence': 'Dim tystiolaeth eto' } as const;
      for (const c of assessment.commitments) {
        const a = article(element, c.id);
        expect(verdictOf(a)).to.equal(welsh[c.verdict]);
        const title = headingOf(a).querySelector('[lang]')!;
        expect(title.getAttribute('lang')).to.equal('en-GB');
        expect(title.textContent).to.equal(c.title);
      }
      expect(clean(shadow(element).querySelector('.note')!.textContent)).to.contain('Saesneg yn unig');
      expect(clean(article(element, '1').querySelector('summary')!.textContent)).to.equal('Beth sy\u2019n ei ddangos');
      await expect(element).to.be.accessible();
    });

    it('renders a hostile supplier statement as text', async () => {
      const manifest = await exampleManifest();
      const hostile = '<img src=x onerror="window.__pwnedPledge=1"><script>window.__pwnedPledge=1</script>';
      ((manifest.supplier as Json).pledge.commitments as Json[])[0]!.evidence['en-GB'] = hostile;
      const { element } = await mount(manifest, { audience: 'person' });
      const quote = article(element, '2b').querySelector('blockquote')!;
      expect(quote.textContent).to.equal(hostile);
      expect(shadow(element).querySelector('img, script')).to.equal(null);
      expect((window as { __pwnedPledge?: number }).__pwnedPledge).to.equal(undefined);
    });
  });

  describe('from a precomputed assessment', () => {
    it('renders without a provider and without loading the validator', async function (this: { timeout(ms: number): void }) {
      this.timeout(30000); // axe is slow on a loaded two-core machine
      const assessment = await expected();
      const element = await fixture<CandourPledge>(html`<candour-pledge audience="worker" .assessment=${assessment}></candour-pledge>`);
      expect(articles(element).map(numberOf)).to.deep.equal(assessment.commitments.map((c) => c.id));
      for (const c of assessment.commitments) expect(verdictOf(article(element, c.id))).to.equal(words[c.verdict]);
      expect(clean(shadow(element).querySelector('[part~="status"]')!.textContent)).to.equal('Larkspur Care Systems Ltd signed the pledge on 12 June 2025.');
      expect(disclaimer(element)).to.contain('not a formal accreditation');
      // Feature ids stand in for names: there is no manifest to name them from.
      expect(clean(article(element, '2').querySelector('.missing')!.textContent)).to.equal('Not filled in yet for family-chatbot, pain-assessment.');
      await expect(element).to.be.accessible();
    });

    it('accepts the whole output of `candour assess --json`', async () => {
      const manifest = await exampleManifest();
      const report = { manifest: { supplier: manifest.supplier, product: manifest.product }, pledge: await expected(manifest), coverage: {}, warnings: [] };
      const element = await fixture<CandourPledge>(html`<candour-pledge .assessment=${JSON.parse(JSON.stringify(report))}></candour-pledge>`);
      expect(articles(element)).to.have.length(11);
      expect(shadow(element).querySelector('.public a')!.getAttribute('href')).to.equal('https://larkspur-care.example/ai/pledge');
    });

    it('shows "No evidence yet" in words, and each verdict with a shape of its own', async () => {
      const assessment = await expected();
      const five = assessment.commitments.find((c) => c.id === '5')!;
      five.verdict = 'no-evidence';
      const element = await fixture<CandourPledge>(html`<candour-pledge .assessment=${assessment}></candour-pledge>`);
      const verdict = article(element, '5').querySelector('[part~="verdict"]')!;
      expect(clean(verdict.textContent)).to.equal('No evidence yet');
      expect(verdict.querySelector('svg')!.getAttribute('aria-hidden')).to.equal('true');
      expect(verdict.querySelector('circle')!.getAttribute('fill')).to.equal('none');
      expect(verdict.querySelector('path')).to.equal(null);
      expect(article(element, '1').querySelector('[part~="verdict"] circle')!.getAttribute('fill')).to.equal('currentColor');
      // "Partly evidenced" is a half-filled circle: the half is a real SVG shape, drawn.
      const half = article(element, '2').querySelector('[part~="verdict"] path')!;
      expect(half).to.be.instanceOf(SVGPathElement);
      expect(half.getBoundingClientRect().width).to.be.greaterThan(0);
    });

    it('never turns a javascript: address into a link, and shows hostile text as text', async () => {
      const assessment = await expected();
      const hostile = '<img src=x onerror="window.__pwnedPledge2=1">';
      const c = assessment.commitments.find((x) => x.id === '3')!;
      c.title = hostile;
      c.supplierStatement = { evidence: { 'en-GB': hostile }, url: 'javascript:window.__pwnedPledge2=1' };
      const element = await fixture<CandourPledge>(
        html`<candour-pledge audience="provider" .assessment=${{ ...assessment, supplier: hostile, manifest: undefined }}></candour-pledge>`,
      );
      expect(shadow(element).querySelector('img')).to.equal(null);
      expect(headingOf(article(element, '3')).textContent).to.contain(hostile);
      expect(article(element, '3').querySelector('blockquote')!.textContent).to.equal(hostile);
      expect([...shadow(element).querySelectorAll('a')].some((a) => /^\s*javascript:/i.test(a.getAttribute('href') ?? ''))).to.equal(false);
      expect(article(element, '3').querySelector('[part~="supplier-statement"] a')).to.equal(null);
      expect(clean(shadow(element).querySelector('[part~="status"]')!.textContent)).to.contain(hostile);
      expect((window as { __pwnedPledge2?: number }).__pwnedPledge2).to.equal(undefined);
    });

    it('shows a signed pledge without a date', async () => {
      const assessment = await expected();
      delete assessment.signedOn;
      const element = await fixture<CandourPledge>(html`<candour-pledge .assessment=${assessment}></candour-pledge>`);
      expect(clean(shadow(element).querySelector('[part~="status"]')!.textContent)).to.equal('Larkspur Care Systems Ltd has signed the pledge.');
    });

    it('falls back and reports an assessment it cannot read', async function (this: { timeout(ms: number): void }) {
      this.timeout(30000); // axe is slow on a loaded two-core machine
      const errors = collect<CandourErrorEvent>('candour-error');
      try {
        const element = await fixture<CandourPledge>(html`<candour-pledge .assessment=${{ commitments: [{ id: '1', verdict: 'excellent' }] }}></candour-pledge>`);
        expect(clean(shadow(element).querySelector('[part~="fallback"]')!.textContent)).to.equal('The pledge could not be shown.');
        expect(disclaimer(element)).to.contain('not a formal accreditation');
        expect(errors.events.map((e) => e.detail.code)).to.deep.equal(['invalid-property']);
        await expect(element).to.be.accessible();
      } finally {
        errors.stop();
      }
    });
  });

  describe('with a framework registry', () => {
    it('assesses against a newer pledge pack loaded by the supplier', async () => {
      const pack = structuredClone(getDefaultRegistry().getFramework('tech-pledge')) as unknown as Json;
      pack.version = '1.1.0';
      (pack.items as Json[]).find((i) => i.id === '7')!.title = 'Responsible development and deployment';
      const loaded = getDefaultRegistry().load(pack);
      if (!loaded.ok) throw new Error(loaded.errors.map((e) => `${e.path}: ${e.message}`).join('\n'));
      const { element } = await withProvider<CandourPledge>(html`<candour-pledge .registry=${loaded.registry}></candour-pledge>`);
      expect(clean(headingOf(article(element, '7')).textContent)).to.equal('7 Responsible development and deployment');
      expect(articles(element)).to.have.length(11);
    });

    it('falls back and reports a registry it cannot use', async () => {
      const errors = collect<CandourErrorEvent>('candour-error');
      try {
        const { element } = await withProvider<CandourPledge>(html`<candour-pledge .registry=${{ nope: true }}></candour-pledge>`);
        expect(clean(shadow(element).querySelector('[part~="fallback"]')!.textContent)).to.equal('The pledge could not be shown.');
        expect(errors.events.filter((e) => e.target === element).map((e) => e.detail.code)).to.deep.equal(['invalid-property']);
      } finally {
        errors.stop();
      }
    });

    it('says it is loading while the provider waits for a manifest', async () => {
      const provider = await fixture<HTMLElement>(html`<candour-provider><candour-pledge></candour-pledge></candour-provider>`);
      const element = provider.querySelector('candour-pledge')!;
      await settled(element);
      expect(clean(shadow(element).querySelector('[part~="fallback"]')!.textContent)).to.equal('Loading the pledge\u2026');
      expect(shadow(element).querySelector('[part~="base"]')!.getAttribute('aria-busy')).to.equal('true');
    });
  });

  describe('structure and interaction', () => {
    it('follows heading-level', async () => {
      const { element } = await withProvider<CandourPledge>(html`<candour-pledge heading-level="3"></candour-pledge>`, { audience: 'provider' });
      expect(shadow(element).querySelector('[part~="heading"]')!.localName).to.equal('h3');
      expect(headingOf(article(element, '1')).localName).to.equal('h4');
      expect(headingOf(article(element, '2a')).localName).to.equal('h5');
    });

    it('opens the evidence with Enter and Space', async () => {
      const { element } = await mount(undefined, { audience: 'provider' });
      const [first, second] = [...shadow(element).querySelectorAll('details')];
      const focusOn = async (summary: HTMLElement) => {
        summary.focus();
        await waitUntil(() => shadow(element).activeElement === summary, 'the summary takes focus', { timeout: 5000 });
      };
      await focusOn(first!.querySelector('summary')!);
      expect(first!.open).to.equal(false);
      // A summary toggles its details when the key's default action runs, which a busy browser (two run these
      // tests side by side) may do a good while later.
      const slow = { timeout: 5000 };
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => first!.open, 'Enter on the first summary opens its evidence', slow);
      expect(first!.querySelector('li')!.checkVisibility()).to.equal(true);
      await focusOn(second!.querySelector('summary')!);
      await sendKeys({ press: ' ' });
      await waitUntil(() => second!.open, 'Space on the second summary opens its evidence', slow);
      await sendKeys({ press: ' ' });
      await waitUntil(() => !second!.open, 'Space again closes it', slow);
    });

    it('expands every detail for printing, and closes them again afterwards', async () => {
      const { element } = await mount(undefined, { audience: 'provider' });
      const details = [...shadow(element).querySelectorAll('details')];
      details[0]!.open = true;
      window.dispatchEvent(new Event('beforeprint'));
      expect(details.every((d) => d.open)).to.equal(true);
      window.dispatchEvent(new Event('afterprint'));
      expect(details.map((d) => d.open)).to.deep.equal(details.map((_, i) => i === 0));
    });

    for (const audience of ['person', 'representative', 'worker', 'provider']) {
      it(`is accessible for the ${audience} audience, with details closed and open`, async function (this: { timeout(ms: number): void }) {
        this.timeout(30000); // axe is slow on a loaded two-core machine
        const { element } = await mount(undefined, { audience });
        await expect(element).to.be.accessible();
        const details = shadow(element).querySelectorAll('details');
        if (details.length === 0) return;
        for (const d of details) d.open = true;
        await expect(element).to.be.accessible();
      });
    }

    it('shows a quiet fallback when it has nothing to show', async function (this: { timeout(ms: number): void }) {
      this.timeout(30000); // axe is slow on a loaded two-core machine
      const element = await fixture<CandourPledge>(html`<candour-pledge></candour-pledge>`);
      expect(clean(shadow(element).querySelector('[part~="fallback"]')!.textContent)).to.equal('The pledge could not be shown.');
      expect(disclaimer(element)).to.contain('the supplier');
      await expect(element).to.be.accessible();
    });
  });
});
