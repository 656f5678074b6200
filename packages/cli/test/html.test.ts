/**
 * The HTML report with hostile input: every manifest string escaped, and no
 * address other than https:, mailto: and tel: ever becoming a link.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseManifest } from '@candour/core';
import { escapeHtml, link, mailLink, safeHref, telLink } from '../src/render/escape';
import { renderHtml } from '../src/render/html';
import { buildReport, type AssessReport } from '../src/render/report';
import { renderText } from '../src/render/text';
import { at, minimal, Sandbox, TODAY, type JsonObject } from './helpers';

const SCRIPT = '<script>alert(1)</script>';
const ATTR = '"><img src=x onerror=alert(1)>';
const STYLE_BREAK = '</style><script>alert(2)</script>';
const SINGLE = "' onmouseover='alert(3)";

const HOSTILE_URLS = [
  'javascript:alert(1)',
  'JaVaScRiPt:alert(1)',
  ' javascript:alert(1)',
  'java\tscript:alert(1)',
  'java\nscript:alert(1)',
  '\u0001javascript:alert(1)',
  'javascript&colon;alert(1)',
  '&#106;avascript:alert(1)',
  'vbscript:msgbox(1)',
  'data:text/html,<script>alert(1)</script>',
  'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
  'file:///etc/passwd',
  'http://insecure.example',
  '//evil.example/x',
  '/relative/path',
  'https://user:pass@evil.example/',
  'https:\\\\evil.example',
  '',
];

function hostileManifest(): JsonObject {
  const m = minimal();
  at(m, 'product')['name'] = SCRIPT;
  at(m, 'product')['version'] = ATTR;
  at(m, 'product')['description'] = { 'en-GB': STYLE_BREAK };
  at(m, 'supplier')['name'] = ATTR;
  at(m, 'supplier', 'contacts', 'general')['name'] = SINGLE;
  at(m, 'features', 0)['name'] = { 'en-GB': SCRIPT };
  at(m, 'supplier', 'pledge')['commitments'] = [{ id: '2b', evidence: { 'en-GB': `${SCRIPT}${ATTR}` }, url: 'https://larkspur-care.example/pledge?a=1&b="2"' }];
  return m;
}

/** Every href in a page. */
function hrefs(html: string): string[] {
  return [...html.matchAll(/\shref\s*=\s*("([^"]*)"|'([^']*)'|([^\s>]+))/gi)].map((m) => m[2] ?? m[3] ?? m[4] ?? '');
}

function assertOnlySafeLinks(html: string): void {
  for (const href of hrefs(html)) {
    const decoded = href.replace(/&amp;/g, '&');
    assert.ok(/^(https:\/\/|mailto:|tel:|#)/.test(decoded), `unsafe href: ${href}`);
  }
  assert.ok(!/javascript:/i.test(hrefs(html).join(' ')));
}

let box: Sandbox;
before(() => {
  box = new Sandbox();
  box.write('hostile.json', hostileManifest());
});
after(() => box.cleanup());

describe('escapeHtml', () => {
  it('escapes the characters that matter in content and attributes', () => {
    assert.equal(escapeHtml(SCRIPT), '&lt;script&gt;alert(1)&lt;/script&gt;');
    assert.equal(escapeHtml(ATTR), '&quot;&gt;&lt;img src=x onerror=alert(1)&gt;');
    assert.equal(escapeHtml(SINGLE), '&#39; onmouseover=&#39;alert(3)');
    assert.equal(escapeHtml('a & b'), 'a &amp; b');
    assert.equal(escapeHtml('&lt;'), '&amp;lt;', 'existing entities are not trusted');
    assert.equal(escapeHtml('`x`'), '&#96;x&#96;');
  });

  it('replaces control characters HTML does not allow, keeps text as it is otherwise', () => {
    assert.equal(escapeHtml('a\u0000b\u001bc'), 'a\ufffdb\ufffdc');
    assert.equal(escapeHtml('Line one\nLine two\tend'), 'Line one\nLine two\tend');
    assert.equal(escapeHtml('Café – “quoted” ✓'), 'Café – “quoted” ✓');
  });

  it('output never contains a raw < > " \' or `', () => {
    const all = [SCRIPT, ATTR, STYLE_BREAK, SINGLE, ...HOSTILE_URLS].join('');
    assert.ok(!/[<>"'`]/.test(escapeHtml(all)));
  });
});

describe('safeHref and links', () => {
  it('accepts https:, mailto: and tel: only', () => {
    assert.equal(safeHref('https://larkspur-care.example/ai'), 'https://larkspur-care.example/ai');
    assert.equal(safeHref('HTTPS://larkspur-care.example'), 'HTTPS://larkspur-care.example');
    assert.equal(safeHref('mailto:dpo@larkspur-care.example'), 'mailto:dpo@larkspur-care.example');
    assert.equal(safeHref('tel:+441632960100'), 'tel:+441632960100');
    for (const url of HOSTILE_URLS) assert.equal(safeHref(url), undefined, `must refuse ${JSON.stringify(url)}`);
  });

  it('an unsafe address is shown as escaped text, never as a link', () => {
    for (const url of HOSTILE_URLS) {
      const html = link(url, url);
      assert.ok(!html.includes('<a'), `no link for ${JSON.stringify(url)}`);
      assert.ok(!/[<>"]/.test(html));
    }
    assert.equal(link(SCRIPT, 'https://ok.example'), '<a href="https://ok.example">&lt;script&gt;alert(1)&lt;/script&gt;</a>');
    assert.equal(link('x', 'https://ok.example/?q="><script>'), '<a href="https://ok.example/?q=&quot;&gt;&lt;script&gt;">x</a>');
  });

  it('mail and telephone links are built only from plain addresses and numbers', () => {
    assert.equal(mailLink('dpo@larkspur-care.example'), '<a href="mailto:dpo@larkspur-care.example">dpo@larkspur-care.example</a>');
    assert.equal(mailLink('"><script>@x.y'), '&quot;&gt;&lt;script&gt;@x.y');
    assert.equal(mailLink('a@b.c?body=javascript:alert(1)'), 'a@b.c?body=javascript:alert(1)');
    assert.equal(telLink('01632 960100'), '<a href="tel:01632960100">01632 960100</a>');
    assert.equal(telLink('javascript:alert(1)'), 'javascript:alert(1)');
  });
});

describe('the HTML report with hostile manifest strings', () => {
  it('escapes every manifest string (through candour assess --html)', async () => {
    const r = await box.run(['assess', 'hostile.json', '--html']);
    assert.equal(r.code, 0, r.stderr);
    const html = r.stdout;
    assert.ok(!html.includes(SCRIPT), 'no raw <script>');
    assert.ok(!/<script/i.test(html), 'no script element at all');
    assert.ok(!/<img/i.test(html), 'no injected element');
    assert.ok(!html.includes(STYLE_BREAK));
    assert.equal(html.match(/<\/style>/g)?.length, 1, 'the style element cannot be closed early');
    assert.ok(!/<[^>]*\sonerror\s*=/i.test(html), 'no event handler attribute in any tag');
    assert.ok(!/<[^>]*\sonmouseover=/i.test(html), 'no attribute breakout');
    assert.ok(html.includes('&lt;script&gt;alert(1)&lt;/script&gt;'), 'the text is shown, escaped');
    assert.ok(html.includes('&quot;&gt;&lt;img src=x onerror=alert(1)&gt;'));
    assert.match(html, /<title>AI disclosure assessment: &lt;script&gt;/);
    assertOnlySafeLinks(html);
    assert.ok(html.includes('href="https://larkspur-care.example/pledge?a=1&amp;b=&quot;2&quot;"'), 'a safe link keeps its address, escaped');
  });

  it('the text report shows hostile strings as plain text', async () => {
    const r = await box.run(['assess', 'hostile.json']);
    assert.equal(r.code, 0, r.stderr);
    assert.ok(r.stdout.includes(SCRIPT), 'text is not HTML: shown as written');
  });

  it('javascript: and other unsafe addresses never become an href, wherever they appear', () => {
    const parsed = parseManifest(minimal(), { now: TODAY });
    assert.ok(parsed.ok, 'fixture is valid');
    for (const bad of HOSTILE_URLS) {
      const report: AssessReport = buildReport(parsed.manifest, [], 'candour.json', TODAY, '0.0.0-test');
      // The parser refuses these addresses; the renderer must not rely on it.
      report.supplier = {
        ...report.supplier,
        website: bad,
        contacts: { ...report.supplier.contacts, general: { name: 'Support', url: bad, email: bad, phone: bad } },
        pledge: { ...report.supplier.pledge, publicStatementUrl: bad },
      };
      const c = report.pledge.commitments.find((x) => x.id === '2b');
      assert.ok(c);
      c.supplierStatement = { evidence: { 'en-GB': 'See our page.' }, url: bad };
      const html = renderHtml(report);
      assertOnlySafeLinks(html);
      assert.ok(!/href="[^"]*script/i.test(html));
      if (bad !== '') assert.ok(html.includes(escapeHtml(bad)), `the address is still shown, as text: ${JSON.stringify(bad)}`);
    }
  });

  it('renders a hostile report without throwing, as text too', () => {
    const parsed = parseManifest(hostileManifest(), { now: TODAY });
    assert.ok(parsed.ok, parsed.ok ? '' : JSON.stringify(parsed.errors));
    const report = buildReport(parsed.manifest, parsed.warnings, `${SCRIPT}.json`, TODAY, '0.0.0-test');
    const html = renderHtml(report);
    assert.ok(html.includes(`<code>&lt;script&gt;alert(1)&lt;/script&gt;.json</code>`), 'the file name is escaped too');
    assert.ok(renderText(report).length > 0);
  });
});
