/**
 * The receipt a person can read: the structured model, and the printable
 * HTML page (standard and Easy Read, English and Welsh), including hostile
 * supplier and provider strings.
 */
import { before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { ConsentEvent } from '@candour/core/consent';
import { escapeHtml, personReceipt, renderReceiptHtml, safeHref, type PersonReceiptContext } from '@candour/core/consent-export';
import { context, events, manifest, provider, SHA_FAMILY } from './fixtures';

let all: ConsentEvent[];
before(async () => {
  all = await events();
});
const ctx = (over: Partial<PersonReceiptContext> = {}): PersonReceiptContext => ({ ...context('p-001'), ...over });
const hrefs = (html: string) => [...html.matchAll(/\shref="([^"]*)"/g)].map((m) => m[1]!);
const count = (html: string, re: RegExp) => html.match(re)?.length ?? 0;

describe('personReceipt (the model)', () => {
  test('one entry per feature × purpose with what was decided, by whom, when, and the notice shown', () => {
    const r = personReceipt(all, ctx());
    assert.equal(r.locale, 'en-GB');
    assert.equal(r.title.text, 'Your choices about AI in your care');
    assert.equal(r.issuedAt, '2026-12-01T09:00:00.000Z');
    assert.deepEqual(r.person, { id: 'p-001', name: 'Mrs Ann Jones' });
    assert.deepEqual(r.decisions.map((d) => [d.feature, d.purpose, d.state, d.permits]), [
      ['visit-note-summary', 'visit-record', 'objected', false],
      ['visit-transcription', 'visit-transcription', 'not-objected', true],
      ['visit-transcription', 'improve-transcription', 'withdrawn', false],
      ['family-chatbot', 'family-updates', 'granted', true],
    ]);
    const family = r.decisions[3]!;
    assert.deepEqual(family.decidedBy, { role: 'attorney', name: 'Gareth Jones', relationship: 'son', authorityReference: 'OPG-7000-1234-5678' });
    assert.equal(family.decidedAt, '2026-11-05T14:30:00.250Z');
    assert.deepEqual(family.notice, { version: '1.1', format: 'standard', locale: 'cy', sha256: SHA_FAMILY, shownAt: '2026-11-05T14:30:00.250Z' });
    assert.equal(family.recordedBy, 'Sam Carer');
    assert.deepEqual(r.decisions[1]!.visitObjections, [{ visit: 'visit-123', at: '2026-11-03T08:00:00.000Z' }]);
    assert.equal(r.decisions[1]!.ifObjecting?.text.startsWith('Nothing is recorded at your visits'), true);
    assert.equal(r.howToChange.text, 'You can change any of these choices at any time. Saying no is as easy as saying yes, and your care will not get worse. Use the care app, tell your care worker, or contact Bryn Home Care Ltd.');
    assert.deepEqual(r.contacts.map((c) => [c.kind, c.name]), [
      ['provider', 'Bryn Home Care Ltd'],
      ['supplier', 'Larkspur data protection officer'],
      ['supplier', 'Larkspur AI concerns line'],
    ]);
  });

  test('a best-interests decision carries the capacity assessment', () => {
    const [d] = personReceipt(all, { ...context('p-002') }).decisions;
    assert.deepEqual(d!.capacity, { decision: 'whether family may use the chatbot', outcome: 'lacks-capacity', assessedBy: 'Dr Rhian Evans', assessedAt: '2026-11-06T15:00:00.000Z' });
    assert.equal(d!.expiresAt, '2027-05-07T12:00:00.000Z');
  });

  test('Welsh: supplier text in Welsh where it exists, marked English where it falls back', () => {
    const r = personReceipt(all, ctx({ locale: 'cy' }));
    assert.equal(r.locale, 'cy');
    assert.equal(r.title.text, 'Eich dewisiadau am AI yn eich gofal');
    assert.equal(r.decisions[3]!.featureName.lang, 'cy');
    assert.equal(r.decisions[0]!.featureName.lang, 'en-GB');
  });
});

describe('renderReceiptHtml', () => {
  test('a complete, self-contained, printable document', () => {
    const html = renderReceiptHtml(personReceipt(all, ctx()));
    assert.ok(html.startsWith('<!DOCTYPE html>\n<html lang="en-GB" dir="ltr">'));
    assert.match(html, /<meta charset="utf-8">/);
    assert.match(html, /<title>Your choices about AI in your care: Mrs Ann Jones<\/title>/);
    assert.match(html, /@media print/);
    assert.match(html, /<\/html>\n$/);
    assert.equal(count(html, /<h1>/g), 1);
    assert.equal(count(html, /<h2 /g), 3);
    assert.equal(count(html, /<h3 /g), 4);
    assert.equal(count(html, /<script/gi), 0);
    assert.equal(count(html, /<link|\ssrc=|@import|url\(/gi), 0, 'nothing loaded from elsewhere');
  });

  test('standard: what, who, when, how, the notice version and its fingerprint', () => {
    const html = renderReceiptHtml(personReceipt(all, ctx()));
    assert.match(html, /Gareth Jones, your attorney \(Lasting Power of Attorney for health and welfare\)<br>Relationship: son<br>Reference: OPG-7000-1234-5678/);
    assert.match(html, /<time datetime="2026-11-05T14:30:00.250Z">5 November 2026 at 14:30<\/time>/);
    assert.match(html, /Version 1\.1, standard, language cy/);
    assert.ok(html.includes(`<span class="hash">${SHA_FAMILY}</span>`));
    assert.match(html, /Consent withdrawn/);
    assert.match(html, /Visit visit-123: you said &#34;not today&#34;/);
    assert.match(html, /<dl>/);
  });

  test('Easy Read: short sentences one per line, larger text, no tables of detail', () => {
    const html = renderReceiptHtml(personReceipt(all, ctx()), { readingLevel: 'easy-read' });
    assert.match(html, /<body class="easy-read">/);
    assert.match(html, /\.easy-read \{ font-size: 1\.375rem/);
    assert.match(html, /<h1>Your choices about AI<\/h1>/);
    assert.ok(html.includes('<p>You said yes.</p>'));
    assert.ok(html.includes('<p>Gareth Jones decided for you.</p><p>Gareth Jones is your attorney.</p>'));
    assert.ok(html.includes('<p>You said yes before.</p><p>Then you said no.</p>'));
    assert.ok(html.includes('<p>You can change your mind at any time.</p>'));
    assert.equal(count(html, /<dl>/g), 0);
    assert.equal(html.includes(SHA_FAMILY), false);
    for (const [, sentence] of html.matchAll(/<p>([^<]*)<\/p>/g)) assert.ok(sentence!.split(' ').length <= 15, `long Easy Read line: ${sentence}`);
  });

  test('Welsh: lang="cy" on the page, lang="en-GB" on English supplier text', () => {
    const html = renderReceiptHtml(personReceipt(all, ctx({ locale: 'cy' })));
    assert.ok(html.includes('<html lang="cy" dir="ltr">'));
    assert.match(html, /<h1>Eich dewisiadau am AI yn eich gofal<\/h1>/);
    assert.match(html, /<span lang="en-GB">Visit note drafting<\/span>/);
    assert.match(html, /Sut i newid eich meddwl/);
    const easy = renderReceiptHtml(personReceipt(all, ctx({ locale: 'cy' })), { readingLevel: 'easy-read' });
    assert.ok(easy.includes('<p>Dywedoch chi ie.</p>'));
    // The interface language can be chosen at render time too.
    assert.ok(renderReceiptHtml(personReceipt(all, ctx()), { locale: 'cy' }).includes('<html lang="cy"'));
  });

  test('links are only https, mailto and tel', () => {
    const html = renderReceiptHtml(personReceipt(all, ctx()));
    const links = hrefs(html);
    assert.ok(links.includes('tel:01632960555'));
    assert.ok(links.includes('mailto:office@bryn-care.example'));
    assert.ok(links.includes('https://bryn-care.example/'));
    for (const h of links) assert.match(h, /^(https:\/\/|mailto:|tel:)/);
  });

  test('hostile supplier and provider strings are escaped and never become links', () => {
    const hostileManifest = structuredClone(manifest);
    hostileManifest.features[0]!.name['en-GB'] = '<img src=x onerror=alert(1)>';
    hostileManifest.supplier.contacts.dataProtection.url = 'http://insecure.example/dpo';
    hostileManifest.supplier.contacts.dataProtection.name = 'DPO </li><script>alert(2)</script>';
    const hostile = ctx({
      manifest: hostileManifest,
      provider: { ...provider, name: '<script>alert(1)</script> & "Co"', url: 'javascript:alert(1)', email: 'a@b.example" onclick="x', phone: 'call <me>' },
      subject: { id: 'p-001', reference: 'Patient/p-001', display: '"><svg onload=alert(3)>' },
    });
    const html = renderReceiptHtml(personReceipt(all, hostile));
    assert.equal(count(html, /<script/gi), 0);
    assert.equal(count(html, /<img|<svg/gi), 0);
    assert.ok(html.includes('&#60;script&#62;alert(1)&#60;/script&#62; &#38; &#34;Co&#34;'));
    assert.ok(html.includes('&#60;img src=x onerror=alert(1)&#62;'));
    for (const h of hrefs(html)) assert.match(h, /^(https:\/\/|mailto:|tel:)/);
    assert.equal(html.includes('href="javascript'), false);
    assert.equal(html.includes('href="http://'), false);
    assert.equal(count(html, /onclick="/g), 0);
    for (const level of ['standard', 'easy-read'] as const) {
      const page = renderReceiptHtml(personReceipt(all, hostile), { readingLevel: level });
      assert.equal(count(page, /<script|<svg|<img/gi), 0, level);
    }
  });

  test('escapeHtml and safeHref', () => {
    assert.equal(escapeHtml(`<a href='x'>&"\``), '&#60;a href=&#39;x&#39;&#62;&#38;&#34;&#96;');
    assert.equal(safeHref('url', 'https://example.org/a?b=1'), 'https://example.org/a?b=1');
    assert.equal(safeHref('url', 'http://example.org'), undefined);
    assert.equal(safeHref('url', 'javascript:alert(1)'), undefined);
    assert.equal(safeHref('url', 'data:text/html,x'), undefined);
    assert.equal(safeHref('email', 'privacy@larkspur-care.example'), 'mailto:privacy@larkspur-care.example');
    assert.equal(safeHref('email', 'x@y.example?body=hi'), undefined);
    assert.equal(safeHref('phone', '0808 157 0420'), 'tel:08081570420');
    assert.equal(safeHref('phone', '+44 (0)1632 960100'), 'tel:+4401632960100');
    assert.equal(safeHref('phone', 'ring the office'), undefined);
  });
});
