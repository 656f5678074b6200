import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { render } from 'lit';
import type { DisplayFeature } from '@candour/core/display';
import '../define/ai-notice';
import type { CandourAiNotice } from './ai-notice';
import type { CandourState } from '../internal/context';
import type { CandourErrorEvent, CandourExplanationShowEvent, CandourReadingLevelChangeEvent } from '../events/events';
import { withProvider, exampleManifest, settled } from '../../test/fixtures';
import { collect, captureWarnings, emulate, TestRoot } from '../../test/helpers';

type Manifest = { features: Array<Record<string, any>>; supplier: Record<string, any> };

const root = (el: CandourAiNotice) => el.shadowRoot!;
const article = (el: CandourAiNotice) => root(el).querySelector<HTMLElement>('article[part~="base"]')!;
const title = (el: CandourAiNotice) => root(el).querySelector<HTMLElement>('[part~="title"]')!;
const sections = (el: CandourAiNotice) => [...root(el).querySelectorAll<HTMLElement>('[part~="section"]')];
const sectionHeadings = (el: CandourAiNotice) => [...root(el).querySelectorAll<HTMLElement>('[part~="section-heading"]')];
const toggle = (el: CandourAiNotice) => root(el).querySelector<HTMLButtonElement>('button[part~="easy-read-toggle"]');
const text = (node: Element) => node.textContent!.replace(/\s+/g, ' ').trim();
const section = (el: CandourAiNotice, heading: string) => sections(el).find((s) => text(s.querySelector('[part~="section-heading"]')!) === heading)!;
const paragraphs = (s: HTMLElement) => [...s.querySelectorAll<HTMLElement>('.lines > p')];
/** A section's own text, without its heading or the supplier's contacts. */
const body = (el: CandourAiNotice, heading: string) => paragraphs(section(el, heading)).map(text).join(' ');

async function feature(id: string): Promise<Record<string, any>> {
  const manifest = (await exampleManifest()) as Manifest;
  return manifest.features.find((f) => f.id === id)!;
}




async function withState(state: Partial<CandourState>, inner = html`<candour-ai-notice feature="visit-note-summary"></candour-ai-notice>`) {
  const full: CandourState = { status: 'ready', issues: [], locale: 'en-GB', audience: 'person', readingLevel: 'standard', ...state };
  const host = await fixture<TestRoot>(html`<candour-test-root></candour-test-root>`);
  host.provider.setValue(full);
  const wrapper = document.createElement('div');
  host.append(wrapper);
  render(inner, wrapper);
  const element = wrapper.querySelector('candour-ai-notice') as CandourAiNotice;
  await settled(element);
  return element;
}


describe('candour-ai-notice', () => {
  let warnings: ReturnType<typeof captureWarnings>;
  beforeEach(() => (warnings = captureWarnings()));
  afterEach(() => warnings.restore());

  describe('from the example manifest', () => {
    it('shows every section of the person’s notice under a titled article', async () => {
      const { element } = await withProvider<CandourAiNotice>(html`<candour-ai-notice feature="visit-note-summary"></candour-ai-notice>`);
      expect(title(element).localName).to.equal('h2');
      expect(text(title(element))).to.equal('How Visit note drafting uses AI');
      expect(article(element).getAttribute('aria-labelledby')).to.equal(title(element).id);
      expect(sectionHeadings(element).map((h) => h.localName)).to.deep.equal(Array(10).fill('h3'));
      expect(sectionHeadings(element).map(text)).to.deep.equal([
        'In short',
        'What it does',
        'Why it is used',
        'What information it uses',
        'Who checks it',
        'What it can get wrong',
        'Your choices',
        'Who to ask',
        'How to raise a concern',
        'Getting help without AI',
      ]);
      const f = await feature('visit-note-summary');
      expect(body(element, 'What it can get wrong')).to.contain(f.notice.person.limits['en-GB']);
      expect(body(element, 'Getting help without AI')).to.contain(f.notice.person.alternative['en-GB']);
      expect(text(root(element).querySelector('[part~="footer"]')!)).to.equal('Made by Larkspur Care Systems Ltd');
      expect(warnings.warnings).to.deep.equal([]);
    });

    for (const audience of ['person', 'representative', 'worker', 'provider'] as const) {
      it(`shows the ${audience}’s notice, with Easy Read offered only to people who draw on care and their representatives`, async () => {
        const { element } = await withProvider<CandourAiNotice>(html`<candour-ai-notice feature="visit-note-summary"></candour-ai-notice>`, { audience });
        const f = await feature('visit-note-summary');
        expect(body(element, 'In short')).to.equal(f.notice[audience].summary['en-GB']);
        expect(body(element, 'Who checks it')).to.equal(f.notice[audience].whoChecks['en-GB']);
        const offered = audience === 'person' || audience === 'representative';
        expect(toggle(element) !== null).to.equal(offered);
        if (offered) expect(toggle(element)!.getAttribute('aria-pressed')).to.equal('false');
        await expect(element).to.be.accessible();
      });
    }

    it('takes its audience from its own attribute before the provider’s', async () => {
      const { element } = await withProvider<CandourAiNotice>(html`<candour-ai-notice feature="visit-note-summary" audience="worker"></candour-ai-notice>`, { audience: 'provider' });
      const f = await feature('visit-note-summary');
      expect(body(element, 'In short')).to.equal(f.notice.worker.summary['en-GB']);
    });

    for (const audience of ['person', 'representative'] as const) {
      it(`shows Easy Read to the ${audience} in short lines, larger type and more space`, async () => {
        const { element: standard } = await withProvider<CandourAiNotice>(html`<candour-ai-notice feature="visit-note-summary"></candour-ai-notice>`, { audience });
        const standardSize = parseFloat(getComputedStyle(article(standard)).fontSize);
        const standardSpacing = parseFloat(getComputedStyle(sections(standard)[0]!).marginBlockEnd);
        const { element } = await withProvider<CandourAiNotice>(html`<candour-ai-notice feature="visit-note-summary"></candour-ai-notice>`, { audience, readingLevel: 'easy-read' });
        const f = await feature('visit-note-summary');
        expect(toggle(element)!.getAttribute('aria-pressed')).to.equal('true');
        expect(paragraphs(section(element, 'In short')).map(text)).to.deep.equal(f.notice.person.easyRead.summary['en-GB'].split('\n'));
        expect(paragraphs(section(element, 'How to raise a concern'))).to.have.length(4);
        expect(parseFloat(getComputedStyle(article(element)).fontSize)).to.be.greaterThan(standardSize);
        expect(parseFloat(getComputedStyle(sections(element)[0]!).marginBlockEnd)).to.be.greaterThan(standardSpacing);
        await expect(element).to.be.accessible();
      });
    }

    it('gives workers and providers the standard notice even when Easy Read is asked for', async () => {
      const { element } = await withProvider<CandourAiNotice>(html`<candour-ai-notice feature="visit-note-summary"></candour-ai-notice>`, { audience: 'worker', readingLevel: 'easy-read' });
      const f = await feature('visit-note-summary');
      expect(body(element, 'In short')).to.equal(f.notice.worker.summary['en-GB']);
      expect(toggle(element)).to.equal(null);
    });
  });

  describe('headings', () => {
    for (const level of [2, 3, 4, 5] as const) {
      it(`puts the title at level ${level} and the sections one below`, async () => {
        const { element } = await withProvider<CandourAiNotice>(html`<candour-ai-notice feature="rota-builder" heading-level=${level}></candour-ai-notice>`);
        expect(title(element).localName).to.equal(`h${level}`);
        expect(new Set(sectionHeadings(element).map((h) => h.localName))).to.deep.equal(new Set([`h${level + 1}`]));
        await expect(element).to.be.accessible();
      });
    }

    it('at level 6 gives the sections ARIA level 7 rather than skip or repeat a level', async () => {
      const { element } = await withProvider<CandourAiNotice>(html`<candour-ai-notice feature="rota-builder" heading-level="6"></candour-ai-notice>`);
      expect(title(element).localName).to.equal('h6');
      for (const h of sectionHeadings(element)) {
        expect(h.getAttribute('role')).to.equal('heading');
        expect(h.getAttribute('aria-level')).to.equal('7');
      }
      await expect(element).to.be.accessible();
    });

    it('uses level 2 for a level out of range, and says so', async () => {
      const errors = collect<CandourErrorEvent>('candour-error');
      const { element } = await withProvider<CandourAiNotice>(html`<candour-ai-notice feature="rota-builder" heading-level="9"></candour-ai-notice>`);
      errors.stop();
      expect(title(element).localName).to.equal('h2');
      expect(sectionHeadings(element)[0]!.localName).to.equal('h3');
      expect(errors.events.map((e) => e.detail.code)).to.deep.equal(['invalid-property']);
      expect(warnings.warnings[0]).to.contain('heading-level');
    });
  });

  describe('Easy Read toggle', () => {
    it('switches with the keyboard, keeps focus on the toggle and says which level was chosen', async () => {
      const { element } = await withProvider<CandourAiNotice>(html`<candour-ai-notice feature="visit-note-summary"></candour-ai-notice>`);
      const button = toggle(element)!;
      expect(text(button)).to.equal('Easy Read');
      button.focus();
      const changes = collect<CandourReadingLevelChangeEvent>('candour-reading-level-change');
      await sendKeys({ press: 'Enter' });
      await settled(element);
      expect(button.getAttribute('aria-pressed')).to.equal('true');
      expect(root(element).activeElement).to.equal(button);
      expect(toggle(element)).to.equal(button);
      expect(paragraphs(section(element, 'In short'))).to.have.length(4);
      await sendKeys({ press: ' ' });
      await settled(element);
      changes.stop();
      expect(button.getAttribute('aria-pressed')).to.equal('false');
      expect(root(element).activeElement).to.equal(button);
      expect(paragraphs(section(element, 'In short'))).to.have.length(1);
      expect(changes.events.map((e) => e.detail)).to.deep.equal([
        { feature: 'visit-note-summary', readingLevel: 'easy-read' },
        { feature: 'visit-note-summary', readingLevel: 'standard' },
      ]);
      expect(changes.events.every((e) => e.bubbles && e.composed)).to.equal(true);
    });

    it('is a real toggle button with a constant name', async () => {
      const { element } = await withProvider<CandourAiNotice>(html`<candour-ai-notice feature="family-chatbot" audience="representative"></candour-ai-notice>`);
      const button = toggle(element)!;
      expect(button.localName).to.equal('button');
      expect(button.type).to.equal('button');
      button.click();
      await settled(element);
      expect(text(button)).to.equal('Easy Read');
      expect(button.getAttribute('aria-pressed')).to.equal('true');
      await expect(element).to.be.accessible();
    });
  });

  describe('audit events', () => {
    it('says when the notice is shown, and again when the reading level, audience or feature changes', async () => {
      const shows = collect<CandourExplanationShowEvent>('candour-explanation-show');
      const { element } = await withProvider<CandourAiNotice>(html`<candour-ai-notice feature="visit-note-summary"></candour-ai-notice>`);
      element.requestUpdate();
      await settled(element);
      expect(shows.events.map((e) => e.detail)).to.deep.equal([{ feature: 'visit-note-summary', layer: 'notice', reader: 'person', audience: 'person', readingLevel: 'standard', locale: 'en-GB' }]);
      toggle(element)!.click();
      await settled(element);
      element.audience = 'worker';
      await settled(element);
      element.feature = 'rota-builder';
      await settled(element);
      shows.stop();
      expect(shows.events.map((e) => e.detail).slice(1)).to.deep.equal([
        { feature: 'visit-note-summary', layer: 'notice', reader: 'person', audience: 'person', readingLevel: 'easy-read', locale: 'en-GB' },
        { feature: 'visit-note-summary', layer: 'notice', reader: 'worker', audience: 'worker', readingLevel: 'standard', locale: 'en-GB' },
        { feature: 'rota-builder', layer: 'notice', reader: 'worker', audience: 'worker', readingLevel: 'standard', locale: 'en-GB' },
      ]);
      expect(shows.events.every((e) => e.bubbles && e.composed && !e.cancelable)).to.equal(true);
    });

    it('reports the variant really shown: a representative reading Easy Read reads the person’s', async () => {
      const shows = collect<CandourExplanationShowEvent>('candour-explanation-show');
      await withProvider<CandourAiNotice>(html`<candour-ai-notice feature="family-chatbot"></candour-ai-notice>`, { audience: 'representative', readingLevel: 'easy-read', locale: 'cy' });
      shows.stop();
      expect(shows.events.map((e) => e.detail)).to.deep.equal([{ feature: 'family-chatbot', layer: 'notice', reader: 'representative', audience: 'person', readingLevel: 'easy-read', locale: 'cy' }]);
    });

    it('sends nothing for a notice it could not show', async () => {
      const shows = collect<CandourExplanationShowEvent>('candour-explanation-show');
      await withProvider<CandourAiNotice>(html`<candour-ai-notice feature="no-such-feature"></candour-ai-notice>`);
      shows.stop();
      expect(shows.events).to.deep.equal([]);
    });
  });

  describe('Welsh', () => {
    it('shows a notice written in Welsh in Welsh, marked cy', async () => {
      const shows = collect<CandourExplanationShowEvent>('candour-explanation-show');
      const { element } = await withProvider<CandourAiNotice>(html`<candour-ai-notice feature="family-chatbot"></candour-ai-notice>`, { locale: 'cy' });
      shows.stop();
      expect(article(element).getAttribute('lang')).to.equal('cy');
      expect(text(title(element))).to.equal('Sut mae Sgwrsfot cwestiynau i\u2019r teulu yn defnyddio AI');
      expect(title(element).querySelector('bdi')!.getAttribute('lang')).to.equal('cy');
      expect(body(element, 'Yn fyr')).to.contain('Gall eich teulu ofyn cwestiynau i sgwrsfot');
      const texts = sections(element).flatMap(paragraphs);
      expect(texts.length).to.be.greaterThan(9);
      expect(texts.every((p) => p.getAttribute('lang') === 'cy')).to.equal(true);
      expect(text(toggle(element)!)).to.equal('Hawdd ei Ddeall');
      expect(text(root(element).querySelector('[part~="print"]')!)).to.equal('Argraffu\u2019r esboniad hwn');
      expect(shows.events[0]!.detail.locale).to.equal('cy');
      await expect(element).to.be.accessible();
    });

    it('shows Welsh Easy Read line by line', async () => {
      const { element } = await withProvider<CandourAiNotice>(html`<candour-ai-notice feature="family-chatbot"></candour-ai-notice>`, { locale: 'cy', readingLevel: 'easy-read' });
      const lines = paragraphs(section(element, 'Yn fyr'));
      expect(lines.map(text)).to.deep.equal(['Gall eich teulu ofyn i gyfrifiadur am eich ymweliadau.', 'Sgwrsfot yw enw\u2019r cyfrifiadur hwn.', 'Mae\u2019n ateb cwestiynau maen nhw\u2019n eu teipio.']);
      expect(lines.every((p) => p.getAttribute('lang') === 'cy')).to.equal(true);
      await expect(element).to.be.accessible();
    });

    it('falls back to English text marked lang="en-GB" under Welsh headings', async () => {
      const shows = collect<CandourExplanationShowEvent>('candour-explanation-show');
      const { element } = await withProvider<CandourAiNotice>(html`<candour-ai-notice feature="visit-note-summary"></candour-ai-notice>`, { locale: 'cy' });
      shows.stop();
      expect(article(element).getAttribute('lang')).to.equal('cy');
      expect(text(title(element))).to.equal('Sut mae Visit note drafting yn defnyddio AI');
      expect(title(element).querySelector('bdi')!.getAttribute('lang')).to.equal('en-GB');
      const p = paragraphs(section(element, 'Beth all fynd o chwith'))[0]!;
      expect(p.getAttribute('lang')).to.equal('en-GB');
      expect(text(p)).to.contain('The AI can get things wrong.');
      expect(shows.events[0]!.detail.locale).to.equal('en-GB');
      await expect(element).to.be.accessible();
    });

    it('marks the worker’s English-only notice en-GB inside a Welsh page', async () => {
      const { element } = await withProvider<CandourAiNotice>(html`<candour-ai-notice feature="family-chatbot" audience="worker"></candour-ai-notice>`, { locale: 'cy' });
      expect(title(element).querySelector('bdi')!.getAttribute('lang')).to.equal('cy');
      expect(sections(element).flatMap(paragraphs).every((p) => p.getAttribute('lang') === 'en-GB')).to.equal(true);
    });
  });

  describe('contacts', () => {
    it('links the supplier’s contacts after “Who to ask”, by email, phone and web only', async () => {
      const { element } = await withProvider<CandourAiNotice>(html`<candour-ai-notice feature="visit-note-summary"></candour-ai-notice>`);
      const contact = section(element, 'Who to ask').querySelector('[part~="contact"]')!;
      expect(text(contact)).to.contain('Contact details for Larkspur Care Systems Ltd');
      expect(text(contact)).to.contain('Larkspur support team');
      expect(text(contact)).to.contain('Larkspur AI concerns line');
      const links = [...contact.querySelectorAll('a')].map((a) => [a.getAttribute('href'), text(a)]);
      expect(links).to.deep.equal([
        ['mailto:support@larkspur-care.example', 'support@larkspur-care.example'],
        ['tel:01632960100', '01632 960100'],
        ['https://larkspur-care.example/support', 'https://larkspur-care.example/support'],
        ['mailto:ai-concerns@larkspur-care.example', 'ai-concerns@larkspur-care.example'],
        ['tel:08081570421', '0808 157 0421'],
        ['https://larkspur-care.example/ai/concerns', 'https://larkspur-care.example/ai/concerns'],
      ]);
      // The supplier's own notice text stays text, even where it holds an address.
      const worker = await withProvider<CandourAiNotice>(html`<candour-ai-notice feature="family-chatbot" audience="worker"></candour-ai-notice>`);
      expect(body(worker.element, 'How to raise a concern')).to.contain('ai-concerns@larkspur-care.example');
      expect(section(worker.element, 'How to raise a concern').querySelector('a')).to.equal(null);
    });

    it('drops a contact address with an unsafe scheme and says so', async () => {
      const manifest = (await exampleManifest()) as Manifest;
      const errors = collect<CandourErrorEvent>('candour-error');
      const element = await withState({
        manifest: {
          supplier: {
            ...manifest.supplier,
            contacts: { general: { name: 'Help <b>desk</b>', url: 'javascript:alert(1)', email: 'help@example.org' }, aiConcerns: { name: 'Only bad', url: 'data:text/html,<script>alert(1)</script>', phone: 'javascript:1' } },
          },
          product: { name: 'P' },
          features: new Map([['visit-note-summary', manifest.features[0] as DisplayFeature]]),
          brokenFeatures: new Map(),
        } as unknown as CandourState['manifest'],
      });
      errors.stop();
      const hrefs = [...root(element).querySelectorAll('a')].map((a) => a.getAttribute('href'));
      expect(hrefs).to.deep.equal(['mailto:help@example.org']);
      expect(root(element).querySelector('b')).to.equal(null);
      expect(text(root(element).querySelector('[part~="contact"]')!)).to.contain('Help <b>desk</b>');
      expect(text(root(element).querySelector('[part~="contact"]')!)).not.to.contain('Only bad');
      expect(errors.events.map((e) => [e.detail.code, e.detail.paths])).to.deep.equal([
        ['invalid-property', ['supplier.contacts.general.url']],
        ['invalid-property', ['supplier.contacts.aiConcerns.phone']],
        ['invalid-property', ['supplier.contacts.aiConcerns.url']],
      ]);
    });

    it('falls back with no links when the manifest’s contact has a javascript: address', async () => {
      const manifest = (await exampleManifest()) as Manifest;
      manifest.supplier.contacts.general.url = 'javascript:alert(document.domain)';
      const { element } = await withProvider<CandourAiNotice>(html`<candour-ai-notice feature="visit-note-summary"></candour-ai-notice>`, { manifest });
      expect(text(title(element))).to.equal('AI is used here');
      expect(root(element).querySelectorAll('a')).to.have.length(0);
    });
  });

  describe('print and colour schemes', () => {
    it('has a print button that prints', async () => {
      const { element } = await withProvider<CandourAiNotice>(html`<candour-ai-notice feature="visit-note-summary"></candour-ai-notice>`);
      const original = window.print;
      let printed = 0;
      window.print = () => void printed++;
      try {
        const button = root(element).querySelector<HTMLButtonElement>('button[part~="print"]')!;
        expect(text(button)).to.equal('Print this explanation');
        button.click();
      } finally {
        window.print = original;
      }
      expect(printed).to.equal(1);
    });

    it('prints the full text in black on white, without its buttons', async () => {
      const { element } = await withProvider<CandourAiNotice>(html`<candour-ai-notice feature="visit-note-summary"></candour-ai-notice>`, { readingLevel: 'easy-read' });
      const stop = await emulate(element, 'print');
      try {
        expect(getComputedStyle(root(element).querySelector('[part~="actions"]')!).display).to.equal('none');
        expect(getComputedStyle(article(element)).color).to.equal('rgb(0, 0, 0)');
        expect(getComputedStyle(article(element)).backgroundColor).to.equal('rgb(255, 255, 255)');
        expect(sections(element).every((s) => getComputedStyle(s).display !== 'none')).to.equal(true);
        expect(sections(element).flatMap(paragraphs).length).to.be.greaterThan(30);
        expect(getComputedStyle(root(element).querySelector('a')!).color).to.equal('rgb(0, 0, 0)');
      } finally {
        await stop();
      }
      expect(getComputedStyle(root(element).querySelector('[part~="actions"]')!).display).not.to.equal('none');
    });

    it('keeps its contrast in the dark colour scheme', async () => {
      const { element } = await withProvider<CandourAiNotice>(html`<candour-ai-notice feature="visit-note-summary"></candour-ai-notice>`);
      const stop = await emulate(element, 'dark');
      try {
        expect(getComputedStyle(article(element)).backgroundColor).to.equal('rgb(29, 29, 31)');
        expect(getComputedStyle(article(element)).color).to.equal('rgb(243, 242, 241)');
        toggle(element)!.click();
        await settled(element);
        await expect(element).to.be.accessible();
      } finally {
        await stop();
      }
    });
  });

  describe('when it cannot show the notice', () => {
    it('falls back visibly for an unknown feature, warns and emits an error', async () => {
      const errors = collect<CandourErrorEvent>('candour-error');
      const { element } = await withProvider<CandourAiNotice>(html`<candour-ai-notice feature="no-such-feature" heading-level="3"></candour-ai-notice>`);
      errors.stop();
      expect(title(element).localName).to.equal('h3');
      expect(text(title(element))).to.equal('AI is used here');
      expect(text(article(element))).to.contain('To find out more, ask Larkspur Care Systems Ltd.');
      expect(article(element).getAttribute('part')).to.equal('base fallback');
      expect(errors.events.map((e) => e.detail)).to.deep.equal([{ code: 'unknown-feature', message: 'No AI feature "no-such-feature" in the manifest.', feature: 'no-such-feature' }]);
      expect(warnings.warnings).to.deep.equal(['<candour-ai-notice>: No AI feature "no-such-feature" in the manifest.']);
      await expect(element).to.be.accessible();
    });

    it('falls back for a feature the manifest describes wrongly, naming the path', async () => {
      const manifest = (await exampleManifest()) as Manifest;
      delete manifest.features[0]!.notice.person.summary;
      const errors = collect<CandourErrorEvent>('candour-error');
      const { element } = await withProvider<CandourAiNotice>(html`<candour-ai-notice feature="visit-note-summary"></candour-ai-notice>`, { manifest });
      errors.stop();
      expect(text(title(element))).to.equal('AI is used here');
      const mine = errors.events.filter((e) => e.target === element);
      expect(mine.map((e) => e.detail.code)).to.deep.equal(['invalid-manifest']);
      expect(mine[0]!.detail.paths).to.deep.equal(['features[0].notice.person.summary']);
      // The other features still show.
      const { element: other } = await withProvider<CandourAiNotice>(html`<candour-ai-notice feature="rota-builder"></candour-ai-notice>`, { manifest });
      expect(text(title(other))).to.equal('How Rota builder uses AI');
    });

    it('falls back for a manifest that cannot be read at all', async () => {
      const errors = collect<CandourErrorEvent>('candour-error');
      const { element } = await withProvider<CandourAiNotice>(html`<candour-ai-notice feature="visit-note-summary"></candour-ai-notice>`, { manifest: {} });
      errors.stop();
      expect(text(title(element))).to.equal('AI is used here');
      expect(text(article(element))).to.contain('To find out more, ask your care provider.');
      expect(errors.events.filter((e) => e.target === element).map((e) => e.detail.code)).to.deep.equal(['invalid-manifest']);
      expect(root(element).querySelector('[part~="contact"]')).to.equal(null);
      await expect(element).to.be.accessible();
    });

    it('says it is loading while the manifest loads, without an error', async () => {
      const errors = collect<CandourErrorEvent>('candour-error');
      const element = await withState({ status: 'loading' });
      errors.stop();
      expect(text(title(element))).to.equal('AI is used here');
      expect(root(element).querySelector('[role="status"]')!.textContent).to.equal('Loading the explanation of this AI\u2026');
      expect(errors.events).to.deep.equal([]);
      await expect(element).to.be.accessible();
    });

    it('skips a section with no text and says which', async () => {
      const data = await feature('visit-note-summary');
      delete data.notice.person.why;
      data.notice.person.limits = { 'en-GB': '   ' };
      const errors = collect<CandourErrorEvent>('candour-error');
      const element = await fixture<CandourAiNotice>(html`<candour-ai-notice .data=${data}></candour-ai-notice>`);
      errors.stop();
      expect(sectionHeadings(element).map(text)).not.to.include('Why it is used');
      expect(sectionHeadings(element).map(text)).not.to.include('What it can get wrong');
      expect(sectionHeadings(element)).to.have.length(8);
      expect(errors.events.map((e) => e.detail)).to.deep.equal([
        { code: 'missing-text', message: 'The notice has no text for why, limits.', feature: 'visit-note-summary', paths: ['notice.person.why', 'notice.person.limits'] },
      ]);
    });

    it('never throws on a feature object of the wrong shape', async () => {
      const errors = collect<CandourErrorEvent>('candour-error');
      const element = await fixture<CandourAiNotice>(html`<candour-ai-notice feature="x" .data=${{ id: 'x', name: 42, notice: null } as unknown as DisplayFeature}></candour-ai-notice>`);
      errors.stop();
      expect(text(title(element))).to.equal('AI is used here');
      expect(text(article(element))).to.contain('To find out more, ask your care provider.');
      expect(errors.events.map((e) => e.detail.code)).to.deep.equal(['invalid-property']);
    });

    it('falls back without a provider or data', async () => {
      const errors = collect<CandourErrorEvent>('candour-error');
      const element = await fixture<CandourAiNotice>(html`<candour-ai-notice feature="visit-note-summary"></candour-ai-notice>`);
      errors.stop();
      expect(text(title(element))).to.equal('AI is used here');
      expect(errors.events.map((e) => e.detail.code)).to.deep.equal(['unknown-feature']);
      await expect(element).to.be.accessible();
    });
  });

  describe('without a provider', () => {
    it('shows a notice from .data and its own attributes', async () => {
      const data = await feature('family-chatbot');
      const element = await fixture<CandourAiNotice>(html`<candour-ai-notice .data=${data} audience="representative" locale="cy"></candour-ai-notice>`);
      expect(text(title(element))).to.equal('Sut mae Sgwrsfot cwestiynau i\u2019r teulu yn defnyddio AI');
      expect(body(element, 'Yn fyr')).to.equal(data.notice.representative.summary.cy);
      expect(root(element).querySelector('[part~="contact"]')).to.equal(null);
      expect(root(element).querySelector('[part~="footer"]')).to.equal(null);
      await expect(element).to.be.accessible();
    });

    it('shows Easy Read pictures only from https:// or a relative path, with their description', async () => {
      const data = await feature('visit-note-summary');
      data.notice.person.easyRead.pictures = {
        summary: { src: 'https://pictures.example/care-worker.png', alt: { 'en-GB': 'A care worker writing a note', cy: 'Gweithiwr gofal yn ysgrifennu nodyn' } },
        whatItDoes: { src: 'pictures/computer.svg', alt: { 'en-GB': 'A computer' } },
        why: { src: 'javascript:alert(1)//x.png', alt: { 'en-GB': 'bad' } },
        dataUsed: { src: '//evil.example/x.png', alt: { 'en-GB': 'bad' } },
        whoChecks: { src: 'http://plain.example/x.png', alt: { 'en-GB': 'bad' } },
        limits: { src: 'data:image/png;base64,AAAA', alt: { 'en-GB': 'bad' } },
      };
      const element = await fixture<CandourAiNotice>(html`<candour-ai-notice .data=${data} reading-level="easy-read" locale="cy"></candour-ai-notice>`);
      const pictures = [...root(element).querySelectorAll('img')].map((img) => [img.getAttribute('src'), img.alt, img.getAttribute('lang')]);
      expect(pictures).to.deep.equal([
        ['https://pictures.example/care-worker.png', 'Gweithiwr gofal yn ysgrifennu nodyn', 'cy'],
        ['pictures/computer.svg', 'A computer', 'en-GB'],
      ]);
      // Not shown in the standard notice.
      element.readingLevel = 'standard';
      await settled(element);
      expect(root(element).querySelectorAll('img')).to.have.length(0);
    });
  });

  describe('hostile text', () => {
    it('renders markup, bidi overrides and very long text as text', async () => {
      const data = await feature('visit-note-summary');
      const long = 'A'.repeat(100 * 1024);
      data.name = { 'en-GB': '\u202Eevil\u202C <i>name</i>' };
      data.notice.person.summary = { 'en-GB': '<img src=x onerror="window.__noticePwned=1"><script>window.__noticePwned=1</script><a href="javascript:alert(1)">x</a>' };
      data.notice.person.whatItDoes = { 'en-GB': long };
      data.notice.person.contact = { 'en-GB': 'See https://example.org or javascript:alert(1)' };
      const element = await fixture<CandourAiNotice>(html`<candour-ai-notice .data=${data}></candour-ai-notice>`);
      expect(root(element).querySelectorAll('img, script, i, a')).to.have.length(0);
      expect(body(element, 'In short')).to.contain('<img src=x onerror=');
      expect(body(element, 'What it does').length).to.equal(long.length);
      expect(body(element, 'Who to ask')).to.equal('See https://example.org or javascript:alert(1)');
      const name = title(element).querySelector('bdi')!;
      expect(name.textContent).to.equal('\u202Eevil\u202C <i>name</i>');
      expect((window as { __noticePwned?: number }).__noticePwned).to.equal(undefined);
      await expect(element).to.be.accessible();
    });
  });

  describe('right to left', () => {
    it('renders under dir="rtl" without error', async () => {
      const errors = collect<CandourErrorEvent>('candour-error');
      const { provider } = await withProvider<HTMLElement>(html`<div dir="rtl"><candour-ai-notice feature="visit-note-summary" reading-level="easy-read"></candour-ai-notice></div>`);
      errors.stop();
      const element = provider.querySelector('candour-ai-notice') as CandourAiNotice;
      await settled(element);
      expect(getComputedStyle(article(element)).direction).to.equal('rtl');
      expect(text(title(element))).to.equal('How Visit note drafting uses AI');
      const actions = root(element).querySelector<HTMLElement>('[part~="actions"]')!;
      const articleBox = article(element).getBoundingClientRect();
      // The toggle starts at the right-hand edge in a right-to-left page.
      expect(Math.round(articleBox.right - toggle(element)!.getBoundingClientRect().right)).to.equal(Math.round(parseFloat(getComputedStyle(article(element)).paddingInlineStart)));
      expect(actions.children.length).to.equal(2);
      expect(errors.events).to.deep.equal([]);
      await expect(element).to.be.accessible();
    });
  });
});
