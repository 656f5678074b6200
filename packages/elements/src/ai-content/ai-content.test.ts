import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { render } from 'lit';
import type { DisplayFeature } from '@candour/core/display';
import type { CandourState } from '../internal/context';
import '../define/ai-content';
import type { CandourAiContent } from './ai-content';
import type { CandourContentReviewEvent, CandourErrorEvent, CandourNoticeRequestEvent } from '../events/events';
import { withProvider, exampleManifest, settled } from '../../test/fixtures';
import { collect, captureWarnings, emulate, TestRoot } from '../../test/helpers';

type Manifest = { features: Array<Record<string, any>>; supplier: Record<string, any> };

const note = html`<p>Mrs Jones ate a full breakfast and said she felt well. Medication taken at 8:10.</p>`;
const root = (el: CandourAiContent) => el.shadowRoot!;
const base = (el: CandourAiContent) => root(el).querySelector<HTMLElement>('[part~="base"]')!;
const part = (el: CandourAiContent, name: string) => root(el).querySelector<HTMLElement>(`[part~="${name}"]`);
const text = (node: Element) => node.textContent!.replace(/\s+/g, ' ').trim();
/** What the ids in an ARIA relationship point at, as text. */
const referenced = (el: CandourAiContent, attribute: string) =>
  base(el)
    .getAttribute(attribute)!
    .split(/\s+/)
    .map((id) => text(root(el).getElementById(id)!));





describe('candour-ai-content', () => {
  let warnings: ReturnType<typeof captureWarnings>;
  beforeEach(() => (warnings = captureWarnings()));
  afterEach(() => warnings.restore());

  describe('before a person has checked it', () => {
    it('is a group named by its provenance and described by a warning in words', async () => {
      const { element } = await withProvider<CandourAiContent>(html`<candour-ai-content feature="visit-note-summary">${note}</candour-ai-content>`);
      expect(base(element).getAttribute('role')).to.equal('group');
      expect(referenced(element, 'aria-labelledby')).to.deep.equal(['Drafted with AI: Visit note drafting']);
      expect(referenced(element, 'aria-describedby')).to.deep.equal(['Warning: Not yet checked by a person. Check it before relying on it.']);
      // "Warning" is for screen readers; sighted readers get the icon, the bold words and the dashed border.
      const hidden = part(element, 'status')!.querySelector<HTMLElement>('.visually-hidden')!;
      expect(hidden.textContent).to.equal('Warning: ');
      expect(hidden.getBoundingClientRect().width).to.be.at.most(1);
      expect(part(element, 'status')!.querySelector('strong')).not.to.equal(null);
      expect(part(element, 'icon')!.textContent).to.equal('!');
      expect(part(element, 'icon')!.getAttribute('aria-hidden')).to.equal('true');
      expect(getComputedStyle(base(element)).borderTopStyle).to.equal('dashed');
      expect(element.textContent).to.contain('Mrs Jones ate a full breakfast');
      expect(part(element, 'content')!.querySelector('slot')!.assignedElements()).to.have.length(1);
      expect(warnings.warnings).to.deep.equal([]);
      await expect(element).to.be.accessible();
    });

    it('says when a person changed the draft', async () => {
      const { element } = await withProvider<CandourAiContent>(html`<candour-ai-content feature="visit-note-summary" edited>${note}</candour-ai-content>`);
      expect(text(part(element, 'edited')!)).to.equal('Changed by a person after the AI drafted it');
      expect(referenced(element, 'aria-describedby')).to.deep.equal([
        'Warning: Not yet checked by a person. Check it before relying on it.',
        'Changed by a person after the AI drafted it',
      ]);
      await expect(element).to.be.accessible();
    });
  });

  describe('after a person has checked it', () => {
    it('says who checked it and on which day, in a <time>', async () => {
      const { element } = await withProvider<CandourAiContent>(
        html`<candour-ai-content feature="visit-note-summary" reviewed-by="Sam Patel" reviewed-at="2026-11-20" reviewable>${note}</candour-ai-content>`,
      );
      expect(text(part(element, 'status')!)).to.equal('Checked by Sam Patel on 20 November 2026');
      expect(part(element, 'status')!.querySelector('time')!.getAttribute('datetime')).to.equal('2026-11-20');
      expect(referenced(element, 'aria-describedby')).to.deep.equal(['Checked by Sam Patel on 20 November 2026']);
      expect(root(element).textContent).not.to.contain('Warning');
      expect(part(element, 'review-button')).to.equal(null);
      expect(part(element, 'icon')!.querySelector('svg')).not.to.equal(null);
      expect(getComputedStyle(base(element)).borderTopStyle).to.equal('solid');
      await expect(element).to.be.accessible();
    });

    it('shows a date and time in the reader’s language', async () => {
      const { element } = await withProvider<CandourAiContent>(
        html`<candour-ai-content feature="visit-note-summary" reviewed-by="Sam Patel" reviewed-at="2026-11-20T14:05:00Z" edited>${note}</candour-ai-content>`,
      );
      const time = part(element, 'status')!.querySelector('time')!;
      expect(time.getAttribute('datetime')).to.equal('2026-11-20T14:05:00Z');
      expect(time.textContent).to.equal(new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeStyle: 'short' }).format(new Date('2026-11-20T14:05:00Z')));
      expect(time.textContent).to.match(/November 2026.*\d\d:\d\d/);
      await expect(element).to.be.accessible();
    });

    it('says “checked by a person” when only the date is known', async () => {
      const { element } = await withProvider<CandourAiContent>(html`<candour-ai-content feature="visit-note-summary" reviewed-at="2026-11-20">${note}</candour-ai-content>`);
      expect(text(part(element, 'status')!)).to.equal('Checked by a person on 20 November 2026');
    });

    for (const bad of ['yesterday', '2026-02-30', '20/11/2026', '2026-11-20T25:00']) {
      it(`leaves out a date it cannot read (“${bad}”) and says so`, async () => {
        const errors = collect<CandourErrorEvent>('candour-error');
        const { element } = await withProvider<CandourAiContent>(html`<candour-ai-content feature="visit-note-summary" reviewed-by="Sam Patel" reviewed-at=${bad}>${note}</candour-ai-content>`);
        errors.stop();
        expect(text(part(element, 'status')!)).to.equal('Checked by Sam Patel');
        expect(part(element, 'status')!.querySelector('time')).to.equal(null);
        expect(root(element).textContent).not.to.contain(bad);
        expect(errors.events.map((e) => [e.detail.code, e.detail.feature])).to.deep.equal([['invalid-property', 'visit-note-summary']]);
        expect(warnings.warnings[0]).to.contain('reviewed-at');
      });
    }

    it('does not count an unreadable date alone as a check', async () => {
      const { element } = await withProvider<CandourAiContent>(html`<candour-ai-content feature="visit-note-summary" reviewed-at="soon">${note}</candour-ai-content>`);
      expect(text(part(element, 'status')!)).to.equal('Warning: Not yet checked by a person. Check it before relying on it.');
    });
  });

  describe('marking as checked', () => {
    it('asks the host with the keyboard, never marks itself, and moves focus to the new status once the host records it', async () => {
      const { element } = await withProvider<CandourAiContent>(
        html`<candour-ai-content feature="visit-note-summary" reviewable content-id="note-4471">${note}</candour-ai-content>`,
      );
      const button = part(element, 'review-button') as HTMLButtonElement;
      expect(text(button)).to.equal('Mark as checked');
      await expect(element).to.be.accessible();
      const reviews = collect<CandourContentReviewEvent>('candour-content-review');
      button.focus();
      await sendKeys({ press: 'Enter' });
      await settled(element);
      reviews.stop();
      expect(reviews.events.map((e) => e.detail)).to.deep.equal([{ feature: 'visit-note-summary', contentId: 'note-4471' }]);
      expect(reviews.events[0]!.cancelable && reviews.events[0]!.bubbles && reviews.events[0]!.composed).to.equal(true);
      // Still unchecked: only the host can say who checked it.
      expect(text(part(element, 'status')!)).to.contain('Not yet checked by a person');
      expect(part(element, 'review-button')).to.equal(button);
      element.reviewedBy = 'Sam Patel';
      element.reviewedAt = '2026-11-20';
      await settled(element);
      expect(part(element, 'review-button')).to.equal(null);
      expect(root(element).activeElement).to.equal(part(element, 'status'));
      expect(text(part(element, 'status')!)).to.equal('Checked by Sam Patel on 20 November 2026');
    });

    it('sends no content id when none is set', async () => {
      const { element } = await withProvider<CandourAiContent>(html`<candour-ai-content feature="visit-note-summary" reviewable>${note}</candour-ai-content>`);
      const reviews = collect<CandourContentReviewEvent>('candour-content-review');
      part(element, 'review-button')!.click();
      reviews.stop();
      expect(reviews.events.map((e) => e.detail)).to.deep.equal([{ feature: 'visit-note-summary' }]);
    });

    it('has no button unless reviewable', async () => {
      const { element } = await withProvider<CandourAiContent>(html`<candour-ai-content feature="visit-note-summary">${note}</candour-ai-content>`);
      expect(part(element, 'review-button')).to.equal(null);
    });
  });

  describe('the way to the full notice', () => {
    it('asks the provider to open the notice, which it does', async () => {
      const { element, provider } = await withProvider<CandourAiContent>(html`<candour-ai-content feature="visit-note-summary">${note}</candour-ai-content>`, { audience: 'representative' });
      const requests = collect<CandourNoticeRequestEvent>('candour-notice-request');
      const about = part(element, 'about') as HTMLButtonElement;
      expect(about.localName).to.equal('button');
      expect(text(about)).to.equal('Read about this use of AI');
      about.click();
      requests.stop();
      expect(requests.events.map((e) => e.detail)).to.deep.equal([{ feature: 'visit-note-summary', audience: 'representative', readingLevel: 'standard' }]);
      await new Promise((r) => setTimeout(r, 50));
      const dialog = provider.shadowRoot!.querySelector('dialog')!;
      expect(dialog.open).to.equal(true);
      expect(dialog.querySelector('candour-ai-notice')!.getAttribute('feature')).to.equal('visit-note-summary');
      dialog.close();
    });

    it('links to the notice page when there is one, and never to an unsafe address', async () => {
      const { element } = await withProvider<CandourAiContent>(html`<candour-ai-content feature="visit-note-summary" notice-href="https://care.example/ai/{feature}">${note}</candour-ai-content>`);
      expect(part(element, 'about')!.getAttribute('href')).to.equal('https://care.example/ai/visit-note-summary');
      const { element: hostile } = await withProvider<CandourAiContent>(html`<candour-ai-content feature="visit-note-summary" notice-href="javascript:alert(1)//{feature}">${note}</candour-ai-content>`);
      expect(root(hostile).querySelector('a')).to.equal(null);
      expect(part(hostile, 'about')!.localName).to.equal('button');
    });

    it('offers no dead button without a provider or a notice page', async () => {
      const data = (await exampleManifest()) as Manifest;
      const element = await fixture<CandourAiContent>(html`<candour-ai-content .data=${data.features[0] as DisplayFeature}>${note}</candour-ai-content>`);
      expect(text(part(element, 'provenance')!)).to.equal('Drafted with AI: Visit note drafting');
      expect(part(element, 'about')).to.equal(null);
      await expect(element).to.be.accessible();
    });
  });

  describe('Welsh', () => {
    it('speaks Welsh, marks the feature’s name cy and gives the date in Welsh', async () => {
      const { element } = await withProvider<CandourAiContent>(
        html`<candour-ai-content feature="family-chatbot" reviewed-by="Siân Jones" reviewed-at="2026-11-20" edited>${note}</candour-ai-content>`,
        { locale: 'cy' },
      );
      expect(base(element).getAttribute('lang')).to.equal('cy');
      expect(text(part(element, 'provenance')!)).to.equal('Wedi\u2019i ddrafftio gydag AI: Sgwrsfot cwestiynau i\u2019r teulu');
      expect(part(element, 'provenance')!.querySelector('bdi')!.getAttribute('lang')).to.equal('cy');
      // Browsers built without Welsh date data give the date in digits rather than in English words.
      const date = Intl.DateTimeFormat.supportedLocalesOf(['cy']).length ? '20 Tachwedd 2026' : '20/11/2026';
      expect(text(part(element, 'status')!)).to.equal(`Wedi\u2019i wirio gan Siân Jones ar ${date}`);
      expect(text(part(element, 'edited')!)).to.equal('Wedi\u2019i newid gan berson ar \u00f4l i\u2019r AI ei ddrafftio');
      expect(text(part(element, 'about')!)).to.equal('Darllen am y defnydd hwn o AI');
      await expect(element).to.be.accessible();
    });

    it('marks a name with no Welsh version lang="en-GB"', async () => {
      const { element } = await withProvider<CandourAiContent>(html`<candour-ai-content feature="visit-note-summary" reviewable>${note}</candour-ai-content>`, { locale: 'cy' });
      expect(text(part(element, 'provenance')!)).to.equal('Wedi\u2019i ddrafftio gydag AI: Visit note drafting');
      expect(part(element, 'provenance')!.querySelector('bdi')!.getAttribute('lang')).to.equal('en-GB');
      expect(text(part(element, 'status')!)).to.equal('Rhybudd: Heb ei wirio gan berson eto. Gwiriwch ef cyn dibynnu arno.');
      expect(text(part(element, 'review-button')!)).to.equal('Nodi ei fod wedi\u2019i wirio');
      await expect(element).to.be.accessible();
    });
  });

  describe('when the feature cannot be shown', () => {
    it('still wraps and marks the content for an unknown feature, and says who to ask', async () => {
      const errors = collect<CandourErrorEvent>('candour-error');
      const { element } = await withProvider<CandourAiContent>(html`<candour-ai-content feature="no-such-feature" reviewable>${note}</candour-ai-content>`);
      errors.stop();
      expect(text(part(element, 'provenance')!)).to.equal('AI-drafted content');
      expect(text(part(element, 'fallback')!)).to.equal('To find out more, ask Larkspur Care Systems Ltd.');
      expect(text(part(element, 'status')!)).to.contain('Not yet checked by a person');
      expect(part(element, 'review-button')).not.to.equal(null);
      expect(part(element, 'about')).to.equal(null);
      expect(element.textContent).to.contain('Mrs Jones');
      expect(errors.events.map((e) => e.detail)).to.deep.equal([{ code: 'unknown-feature', message: 'No AI feature "no-such-feature" in the manifest.', feature: 'no-such-feature' }]);
      expect(warnings.warnings).to.deep.equal(['<candour-ai-content>: No AI feature "no-such-feature" in the manifest.']);
      await expect(element).to.be.accessible();
    });

    it('falls back for a broken feature, naming the path', async () => {
      const manifest = (await exampleManifest()) as Manifest;
      manifest.features[0]!.label.involvement = 'magic';
      const errors = collect<CandourErrorEvent>('candour-error');
      const { element } = await withProvider<CandourAiContent>(html`<candour-ai-content feature="visit-note-summary">${note}</candour-ai-content>`, { manifest });
      errors.stop();
      expect(text(part(element, 'provenance')!)).to.equal('AI-drafted content');
      const mine = errors.events.filter((e) => e.target === element);
      expect(mine.map((e) => [e.detail.code, e.detail.paths])).to.deep.equal([['invalid-manifest', ['features[0].label.involvement']]]);
    });

    it('falls back for a manifest that cannot be read at all', async () => {
      const errors = collect<CandourErrorEvent>('candour-error');
      const { element } = await withProvider<CandourAiContent>(html`<candour-ai-content feature="visit-note-summary" reviewed-by="Sam Patel">${note}</candour-ai-content>`, { manifest: {} });
      errors.stop();
      expect(text(part(element, 'fallback')!)).to.equal('To find out more, ask your care provider.');
      expect(text(part(element, 'status')!)).to.equal('Checked by Sam Patel');
      expect(errors.events.filter((e) => e.target === element).map((e) => e.detail.code)).to.deep.equal(['invalid-manifest']);
      expect(referenced(element, 'aria-describedby')).to.deep.equal(['Checked by Sam Patel', 'To find out more, ask your care provider.']);
      await expect(element).to.be.accessible();
    });

    it('says only “AI-drafted content” while the manifest loads, without an error or an announcement', async () => {
      const errors = collect<CandourErrorEvent>('candour-error');
      const host = await fixture<TestRoot>(html`<candour-test-root></candour-test-root>`);
      host.provider.setValue({ status: 'loading', issues: [], locale: 'en-GB', audience: 'person', readingLevel: 'standard' } satisfies CandourState);
      const wrapper = document.createElement('div');
      host.append(wrapper);
      render(html`<candour-ai-content feature="visit-note-summary" reviewable>${note}</candour-ai-content>`, wrapper);
      const element = wrapper.querySelector('candour-ai-content') as CandourAiContent;
      await settled(element);
      errors.stop();
      expect(text(part(element, 'provenance')!)).to.equal('AI-drafted content');
      expect(text(part(element, 'status')!)).to.contain('Not yet checked by a person');
      expect(root(element).querySelector('[role="status"], [aria-live]')).to.equal(null);
      expect(part(element, 'fallback')).to.equal(null);
      expect(errors.events).to.deep.equal([]);
      await expect(element).to.be.accessible();
    });

    it('is plain AI-drafted content with no feature and no provider, without complaint', async () => {
      const errors = collect<CandourErrorEvent>('candour-error');
      const element = await fixture<CandourAiContent>(html`<candour-ai-content>${note}</candour-ai-content>`);
      errors.stop();
      expect(text(part(element, 'provenance')!)).to.equal('AI-drafted content');
      expect(text(part(element, 'fallback')!)).to.equal('To find out more, ask your care provider.');
      expect(errors.events).to.deep.equal([]);
      await expect(element).to.be.accessible();
    });
  });

  describe('hostile text', () => {
    it('shows names, markup and bidi overrides as text', async () => {
      const manifest = (await exampleManifest()) as Manifest;
      manifest.features[0]!.name = { 'en-GB': '<img src=x onerror="window.__contentPwned=1">\u202Eevil' };
      const reviewer = '<script>window.__contentPwned=1</script>\u202EnaM'.concat('x'.repeat(100 * 1024));
      const { element } = await withProvider<CandourAiContent>(
        html`<candour-ai-content feature="visit-note-summary" reviewed-by=${reviewer} reviewed-at="2026-11-20" content-id="<b>id</b>" reviewable>${note}</candour-ai-content>`,
        { manifest },
      );
      expect(root(element).querySelectorAll('img, script, b')).to.have.length(0);
      expect(part(element, 'provenance')!.querySelector('bdi')!.textContent).to.equal('<img src=x onerror="window.__contentPwned=1">\u202Eevil');
      const name = part(element, 'status')!.querySelector('bdi')!;
      expect(name.textContent).to.equal(reviewer);
      expect((window as { __contentPwned?: number }).__contentPwned).to.equal(undefined);
      await expect(element).to.be.accessible();
    });
  });

  describe('layout', () => {
    it('puts its thick edge at the start of the line under dir="rtl"', async () => {
      const errors = collect<CandourErrorEvent>('candour-error');
      const { provider } = await withProvider<HTMLElement>(html`<div dir="rtl"><candour-ai-content feature="visit-note-summary" reviewable edited>${note}</candour-ai-content></div>`);
      errors.stop();
      const element = provider.querySelector('candour-ai-content') as CandourAiContent;
      await settled(element);
      const style = getComputedStyle(base(element));
      expect(style.direction).to.equal('rtl');
      expect(style.borderRightWidth).to.equal('8px');
      expect(style.borderLeftWidth).to.equal('3px');
      // The icon comes first, at the right.
      expect(part(element, 'icon')!.getBoundingClientRect().left).to.be.greaterThan(part(element, 'provenance')!.getBoundingClientRect().left);
      expect(errors.events).to.deep.equal([]);
      await expect(element).to.be.accessible();
    });

    it('prints its provenance and review state as text, without buttons', async () => {
      const { element } = await withProvider<CandourAiContent>(html`<candour-ai-content feature="visit-note-summary" reviewable edited>${note}</candour-ai-content>`);
      const stop = await emulate(element, 'print');
      try {
        expect(getComputedStyle(part(element, 'actions')!).display).to.equal('none');
        for (const name of ['provenance', 'status', 'edited']) expect(getComputedStyle(part(element, name)!).display).to.equal('block');
        expect(getComputedStyle(part(element, 'provenance')!).color).to.equal('rgb(0, 0, 0)');
        expect(getComputedStyle(part(element, 'header')!).backgroundColor).to.equal('rgb(255, 255, 255)');
        expect(getComputedStyle(part(element, 'icon')!).color).to.equal('rgb(0, 0, 0)');
        expect(getComputedStyle(base(element)).borderTopStyle).to.equal('dashed');
      } finally {
        await stop();
      }
      expect(getComputedStyle(part(element, 'actions')!).display).to.equal('flex');
    });

    for (const reviewed of [false, true]) {
      it(`keeps its contrast in the dark colour scheme (${reviewed ? 'checked' : 'not checked'})`, async () => {
        const { element } = await withProvider<CandourAiContent>(
          html`<candour-ai-content feature="visit-note-summary" reviewable edited reviewed-by=${reviewed ? 'Sam Patel' : ''}>${note}</candour-ai-content>`,
        );
        const stop = await emulate(element, 'dark');
        try {
          expect(getComputedStyle(base(element)).backgroundColor).to.equal('rgb(29, 29, 31)');
          await expect(element).to.be.accessible();
        } finally {
          await stop();
        }
      });
    }
  });
});
