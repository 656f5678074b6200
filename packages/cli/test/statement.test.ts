/**
 * `candour statement`: the pages it writes for the example manifest (every
 * locale, every feature, the pledge, the guidance), that every link between
 * pages lands on a written file and anchor, that the pages are accessible in
 * the ways a static check can see, that hostile manifest text stays text, that
 * the output is the same every time, and the errors.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseManifestJson, type Manifest } from '@candour/core';
import { buildStatementSite, manifestLocales } from '../src/statement/site';
import { at, minimal, Sandbox, type JsonObject } from './helpers';

const EXAMPLE = fileURLToPath(new URL('../../../examples/candour.json', import.meta.url));
const COMMITTED = fileURLToPath(new URL('../../../examples/statement', import.meta.url));
const example = JSON.parse(readFileSync(EXAMPLE, 'utf8')) as JsonObject;
const FEATURE_IDS = (example['features'] as JsonObject[]).map((f) => f['id'] as string);

/** Every file under a directory, relative, with `/`. */
function filesUnder(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string): void => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else out.push(posix.join(...p.slice(dir.length + 1).split(/[\\/]/)));
    }
  };
  walk(dir);
  return out.sort();
}

function attrValues(html: string, attr: string): string[] {
  return [...html.matchAll(new RegExp(`\\s${attr}\\s*=\\s*"([^"]*)"`, 'gi'))].map((m) => m[1]!.replace(/&amp;/g, '&'));
}

function ids(html: string): Set<string> {
  return new Set(attrValues(html, 'id'));
}

/** Checks every href and src of every page of a site in `dir`; returns the external addresses. */
function checkLinks(dir: string): string[] {
  const files = filesUnder(dir);
  const external: string[] = [];
  for (const file of files.filter((f) => f.endsWith('.html'))) {
    const html = readFileSync(join(dir, file), 'utf8');
    for (const ref of [...attrValues(html, 'href'), ...attrValues(html, 'src')]) {
      if (/^(https:|mailto:|tel:)/.test(ref)) {
        external.push(ref);
        continue;
      }
      assert.ok(!/^[a-z][a-z0-9+.-]*:/i.test(ref) && !ref.startsWith('//'), `${file}: unexpected scheme in ${ref}`);
      const [path, fragment] = ref.split('#') as [string, string | undefined];
      const target = path === '' ? file : posix.normalize(posix.join(posix.dirname(file), path));
      assert.ok(!target.startsWith('..'), `${file}: ${ref} leaves the site`);
      assert.ok(files.includes(target), `${file}: ${ref} points to ${target}, which was not written`);
      if (fragment) assert.ok(ids(readFileSync(join(dir, target), 'utf8')).has(fragment), `${file}: ${ref}: no id "${fragment}" in ${target}`);
    }
  }
  return external;
}

/** Heading levels in document order. */
function headings(html: string): number[] {
  return [...html.matchAll(/<h([1-6])[\s>]/g)].map((m) => Number(m[1]));
}

let box: Sandbox;
let site: string;
let run: { code: number; stdout: string; stderr: string };

before(async () => {
  box = new Sandbox();
  site = join(box.dir, 'site');
  run = await box.run(['statement', EXAMPLE, '--out', 'site']);
});
after(() => box.cleanup());

describe('candour statement: the example manifest', () => {
  it('succeeds and says what it wrote', () => {
    assert.equal(run.code, 0, run.stderr);
    assert.equal(run.stdout, '');
    assert.match(run.stderr, /Wrote the AI transparency statement to site: 32 files, 2 locales \(en-GB, cy\)/);
  });

  it('writes a language choice, one stylesheet, and the same pages in each locale', () => {
    const perLocale = ['index.html', 'pledge.html', 'framework.html', ...FEATURE_IDS.flatMap((id) => [`feature-${id}.html`, `easy-read-${id}.html`])].sort();
    const expected = ['index.html', 'statement.css', ...['cy', 'en-GB'].flatMap((l) => perLocale.map((p) => `${l}/${p}`))].sort();
    assert.deepEqual(filesUnder(site), expected);
  });

  it('finds the locales the manifest has text in, en-GB first', () => {
    const parsed = parseManifestJson(readFileSync(EXAMPLE, 'utf8'));
    assert.ok(parsed.ok);
    assert.deepEqual(manifestLocales(parsed.manifest), ['en-GB', 'cy']);
  });

  it('sets lang on each page to the language of its own words', () => {
    for (const file of filesUnder(site).filter((f) => f.endsWith('.html'))) {
      const html = readFileSync(join(site, file), 'utf8');
      const lang = /<html lang="([^"]+)"/.exec(html)?.[1];
      assert.equal(lang, file.startsWith('cy/') ? 'cy' : 'en-GB', file);
    }
  });

  it('marks English text on Welsh pages, and not Welsh text, with lang', () => {
    const chatbot = readFileSync(join(site, 'cy/feature-family-chatbot.html'), 'utf8');
    assert.match(chatbot, /<h1>Sut mae <bdi>Sgwrsfot cwestiynau i’r teulu<\/bdi> yn defnyddio AI<\/h1>/);
    const notes = readFileSync(join(site, 'cy/feature-visit-note-summary.html'), 'utf8');
    assert.match(notes, /<h1>Sut mae <bdi lang="en-GB">Visit note drafting<\/bdi> yn defnyddio AI<\/h1>/);
    assert.match(notes, /<p class="note">Mae rhywfaint o’r testun ar y dudalen hon ar gael yn Saesneg yn unig\.<\/p>/);
    const english = readFileSync(join(site, 'en-GB/feature-visit-note-summary.html'), 'utf8');
    const main = english.slice(english.indexOf('<main'));
    assert.ok(!/lang="/.test(main), 'no redundant lang in an English page');
  });

  it('links every page to the same page in the other language, in plain links', () => {
    for (const file of filesUnder(site).filter((f) => f.startsWith('en-GB/'))) {
      const page = file.slice('en-GB/'.length);
      const html = readFileSync(join(site, file), 'utf8');
      assert.ok(html.includes(`<a href="../cy/${page}" hreflang="cy" lang="cy">Cymraeg</a>`), file);
      const welsh = readFileSync(join(site, 'cy', page), 'utf8');
      assert.ok(welsh.includes(`<a href="../en-GB/${page}" hreflang="en-GB" lang="en-GB">English</a>`), `cy/${page}`);
    }
  });

  it('has no broken link between pages or to an anchor, and links out only to https:, mailto: and tel:', () => {
    const external = checkLinks(site);
    assert.ok(external.some((u) => u.startsWith('mailto:support@larkspur-care.example')));
    assert.ok(external.some((u) => u.startsWith('tel:')));
    assert.ok(external.includes('https://www.digitalcarehub.co.uk/AIGuidance'));
  });

  it('gives every page one h1, headings in order, landmarks, a skip link, a CSP and no script or inline style', () => {
    for (const file of filesUnder(site).filter((f) => f.endsWith('.html'))) {
      const html = readFileSync(join(site, file), 'utf8');
      const levels = headings(html);
      assert.equal(levels.filter((l) => l === 1).length, 1, `${file}: one h1`);
      assert.equal(levels[0], 1, `${file}: h1 first`);
      levels.forEach((l, i) => i > 0 && assert.ok(l <= levels[i - 1]! + 1, `${file}: h${levels[i - 1]} then h${l}`));
      assert.equal((html.match(/<main[\s>]/g) ?? []).length, 1, `${file}: one main`);
      assert.match(html, /<main id="main"/);
      assert.match(html, /<footer class="site-footer">/);
      if (file !== 'index.html') {
        assert.match(html, /<a class="skip" href="#main">/, `${file}: skip link`);
        assert.match(html, /<header class="site-header">/);
        assert.match(html, /<nav class="sections" aria-label="[^"]+">/);
      }
      assert.match(html, /<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'self'; img-src 'self' https:; base-uri 'none'; form-action 'none'">/);
      assert.ok(!/<script/i.test(html), `${file}: no script`);
      assert.ok(!/\sstyle\s*=/i.test(html) && !/<style/i.test(html), `${file}: no inline style`);
      assert.ok(!/\son[a-z]+\s*=/i.test(html), `${file}: no event handler attributes`);
      assert.match(html, /<link rel="stylesheet" href="(\.\.\/)?statement\.css">/);
    }
  });

  it('prints without the navigation and with the address after each link', () => {
    const css = readFileSync(join(site, 'statement.css'), 'utf8');
    const print = css.slice(css.indexOf('@media print'));
    assert.match(print, /\.skip, \.languages, \.sections, \.toc \{ display: none !important; \}/);
    assert.match(print, /a\[href\^="https:"\]::after \{ content: " \(" attr\(href\) "\)"/);
    assert.match(css, /a:focus, a:focus-visible \{[^}]*background: var\(--focus\)/);
  });

  it('lists every feature on the overview with its purpose and links to its page and Easy Read page', () => {
    const html = readFileSync(join(site, 'en-GB/index.html'), 'utf8');
    assert.match(html, /<h1>AI transparency statement: <bdi>Larkspur Home Care Record<\/bdi><\/h1>/);
    assert.ok(html.includes('<h3><a href="feature-visit-note-summary.html"><bdi>Visit note drafting</bdi></a></h3>'));
    assert.ok(html.includes('Drafting the daily visit note that forms part of the person’s care record.'));
    assert.ok(html.includes('<a href="easy-read-visit-note-summary.html">Easy Read explanation of <bdi>Visit note drafting</bdi></a>'));
    assert.ok(html.includes('<dt>Data protection</dt>'));
    assert.ok(html.includes('<a href="mailto:privacy@larkspur-care.example">privacy@larkspur-care.example</a>'));
    assert.ok(html.includes('Company number <bdi>09876543</bdi>'));
    for (const id of FEATURE_IDS) assert.ok(html.includes(`href="feature-${id}.html"`), id);
  });

  it('explains each feature to the person, the representative, the worker and the provider, with each purpose’s choice', () => {
    const html = readFileSync(join(site, 'en-GB/feature-visit-note-summary.html'), 'utf8');
    for (const h of ['For people who draw on care and support', 'For family, attorneys, deputies and advocates', 'For care workers', 'For care providers', 'What it is used for, and your choice']) {
      assert.ok(html.includes(`>${h}</h2>`), h);
    }
    // The person's words, the worker's words and the provider's words, each under its audience.
    const person = html.slice(html.indexOf('id="person"'), html.indexOf('id="representative"'));
    assert.ok(person.includes('Your care worker can write the whole note themselves, as they did before this feature existed.'));
    const worker = html.slice(html.indexOf('id="worker"'), html.indexOf('id="provider"'));
    assert.ok(worker.includes('The &quot;Write it myself&quot; button gives you a blank note as before.'));
    const provider = html.slice(html.indexOf('id="provider"'), html.indexOf('id="purposes"'));
    assert.ok(provider.includes('Manual note-writing remains available to every user at all times.'));
    for (const h of ['In short', 'What it does', 'Why it is used', 'What information it uses', 'Who checks it', 'What it can get wrong', 'Your choices', 'Who to ask', 'How to raise a concern', 'Getting help without AI']) {
      assert.equal(person.split(`>${h}</h3>`).length - 1, 1, `person: ${h}`);
    }
    const purposes = html.slice(html.indexOf('id="purposes"'));
    assert.ok(purposes.includes('>For your care</h3>'));
    assert.ok(purposes.includes('AI will be used for this unless you object. You can object at any time.'));
    assert.ok(purposes.includes('<strong>If you object:</strong>'));
    assert.ok(purposes.includes('Your care worker writes your visit notes themselves, without the AI. Nothing else about your care changes.'));
    assert.ok(purposes.includes('Lawful basis under UK GDPR: Article 6(1)(e), Article 9(2)(h).'));
    assert.ok(html.includes('<dt>How AI is involved</dt><dd>AI generated</dd>'));
    assert.ok(html.includes('<dt>Checked by a person</dt><dd>Checked by a person</dd>'));
  });

  it('writes the Easy Read explanation on its own page, one sentence a line', () => {
    const html = readFileSync(join(site, 'en-GB/easy-read-visit-note-summary.html'), 'utf8');
    assert.match(html, /<body class="easy-read">/);
    assert.match(html, /<h1>How <bdi>Visit note drafting<\/bdi> uses AI: Easy Read<\/h1>/);
    assert.ok(html.includes('<p dir="auto">Your care worker writes a note after each visit.</p>\n<p dir="auto">A computer helps them write it.</p>'));
    assert.ok(html.includes('<a href="feature-visit-note-summary.html">Read the full explanation of <bdi>Visit note drafting</bdi></a>'));
    const welsh = readFileSync(join(site, 'cy/easy-read-family-chatbot.html'), 'utf8');
    assert.match(welsh, /<h1>Sut mae <bdi>Sgwrsfot cwestiynau i’r teulu<\/bdi> yn defnyddio AI: Hawdd ei Ddeall<\/h1>/);
    assert.ok(welsh.includes('<p dir="auto">Gall eich teulu ofyn i gyfrifiadur am eich ymweliadau.</p>'));
  });

  it('shows each pledge commitment with its verdict in words, the evidence, and the disclaimer', () => {
    const html = readFileSync(join(site, 'en-GB/pledge.html'), 'utf8');
    assert.ok(html.includes('<bdi>Larkspur Care Systems Ltd</bdi> signed the pledge on <time datetime="2025-06-12">12 June 2025</time>.'));
    assert.match(html, /<p class="disclaimer">The pledge is voluntary and is not a formal accreditation\. This is <bdi>Larkspur Care Systems Ltd<\/bdi>’s own assessment, not an independent one/);
    for (const [id, title] of [
      ['1', 'Ethical innovation'],
      ['2', 'Responsible use of data and to promoting its responsible use in our software'],
      ['2a', 'Tech user collaboration and education'],
      ['2b', 'Transparency'],
      ['2c', 'Training'],
      ['2d', 'Risk management and incident response'],
      ['3', 'Inclusivity and diversity'],
      ['4', 'Transparency'],
      ['5', 'Continuous Learning and Collaboration'],
      ['6', 'Accountability'],
      ['7', 'Responsible development'],
    ] as const) {
      const level = id.length === 2 ? 3 : 2;
      const heading = `<h${level} id="commitment-${id}">${id}. <span>${title}</span></h${level}>`;
      assert.ok(html.includes(heading), heading);
      const after = html.slice(html.indexOf(heading));
      assert.match(after, /^[^]*?<p class="verdict (evidenced|partial|no-evidence)">Verdict: <span aria-hidden="true">. <\/span>(Evidenced|Partly evidenced|No evidence yet)<\/p>/);
    }
    assert.ok(html.includes('We publish this manifest, with a plain-language notice and an Easy Read version for every AI feature'));
    assert.ok(html.includes('<a href="https://larkspur-care.example/ai">Read <bdi>Larkspur Care Systems Ltd</bdi>’s evidence for commitment 2b</a>'));
    assert.match(html, /<caption>Commitments at a glance<\/caption>/);
    assert.match(html, /<th scope="row" class="verdict evidenced"><span aria-hidden="true">✓ <\/span>Evidenced<\/th><td>3<\/td>/);
  });

  it('quotes the guidance’s statements verbatim with their source, names the features that address them, and says which text is missing', () => {
    const html = readFileSync(join(site, 'en-GB/framework.html'), 'utf8');
    // Words of the guidance pack (packages/core), quoted as they are there.
    assert.ok(
      html.includes(
        '<blockquote cite="https://www.digitalcarehub.co.uk/AIGuidance"><p>I have access to technologies that support me to do my work and which improve my experience at work.</p></blockquote>',
      ),
    );
    assert.ok(html.includes('Source: a working copy of the guidance, citing <a href="https://www.digitalcarehub.co.uk/AIGuidance">www.digitalcarehub.co.uk/AIGuidance</a> (not yet checked against it)'));
    const workforce2 = html.slice(html.indexOf('I have access to technologies that support me'));
    assert.match(workforce2, /^[^]*?AI features here that address it:<\/p><ul>\n<li><a href="feature-visit-note-summary\.html"><bdi>Visit note drafting<\/bdi><\/a>: /);
    assert.ok(html.includes('No AI feature here says it addresses this.'));
    assert.equal((html.match(/The text of these statements is not available yet\./g) ?? []).length, 12, 'three domains missing for each of four perspectives');
    assert.ok(html.includes('The full guidance is at <a href="https://www.digitalcarehub.co.uk/AIGuidance">www.digitalcarehub.co.uk/AIGuidance</a>.'));
    assert.ok(html.includes('Candour’s name for this area; the guidance’s own title is not confirmed.'));
    const welsh = readFileSync(join(site, 'cy/framework.html'), 'utf8');
    assert.ok(welsh.includes('<p lang="en-GB">I have access to technologies that support me to do my work and which improve my experience at work.</p>'));
    assert.ok(welsh.includes('Mae’r datganiadau hyn wedi’u cyhoeddi yn Saesneg yn unig.'));
  });

  it('dates come from the manifest only: the footer gives its "updated" date', () => {
    const html = readFileSync(join(site, 'en-GB/index.html'), 'utf8');
    assert.ok(html.includes('This statement was last updated on <time datetime="2026-11-20">20 November 2026</time>.'));
    const welsh = readFileSync(join(site, 'cy/index.html'), 'utf8');
    assert.ok(welsh.includes('Diweddarwyd y datganiad hwn ddiwethaf ar <time datetime="2026-11-20">20 Tachwedd 2026</time>.'));
  });
});

describe('candour statement: the same files every time', () => {
  it('builds byte-identical files from the same manifest', () => {
    const parsed = parseManifestJson(readFileSync(EXAMPLE, 'utf8'));
    assert.ok(parsed.ok);
    const a = buildStatementSite(parsed.manifest, { version: '9.9.9' });
    const b = buildStatementSite(parsed.manifest, { version: '9.9.9' });
    assert.deepEqual([...a.files.keys()], [...b.files.keys()]);
    for (const [k, v] of a.files) assert.equal(b.files.get(k), v, k);
  });

  it('writes again over its own output, and removes the page of a feature that is gone', async () => {
    const b = new Sandbox();
    try {
      const m = JSON.parse(readFileSync(EXAMPLE, 'utf8')) as JsonObject;
      b.write('m.json', m);
      assert.equal((await b.run(['statement', 'm.json', '--out', 'out'])).code, 0);
      (m['features'] as JsonObject[]).splice(
        (m['features'] as JsonObject[]).findIndex((f) => f['id'] === 'rota-builder'),
        1,
      );
      b.write('m.json', m);
      const second = await b.run(['statement', 'm.json', '--out', 'out']);
      assert.equal(second.code, 0, second.stderr);
      assert.match(second.stderr, /removed 4 old pages/);
      assert.ok(!existsSync(join(b.dir, 'out/en-GB/feature-rota-builder.html')));
      assert.ok(!existsSync(join(b.dir, 'out/cy/easy-read-rota-builder.html')));
      assert.equal((await b.run(['statement', 'm.json', '--out', 'out', '--check'])).code, 0);
    } finally {
      b.cleanup();
    }
  });

  it('--check passes when the directory is up to date and fails naming what differs', async () => {
    const ok = await box.run(['statement', EXAMPLE, '--out', 'site', '--check']);
    assert.equal(ok.code, 0, ok.stderr);
    assert.match(ok.stderr, /✓ site is up to date \(32 files, 2 locales\)/);
    const page = join(site, 'en-GB/pledge.html');
    const original = readFileSync(page, 'utf8');
    writeFileSync(page, original.replace('Evidenced', 'Certified'));
    writeFileSync(join(site, 'cy/extra.html'), '<p>stray</p>');
    try {
      const stale = await box.run(['statement', EXAMPLE, '--out', 'site', '--check']);
      assert.equal(stale.code, 1);
      assert.match(stale.stderr, /out of date en-GB\/pledge\.html/);
      assert.match(stale.stderr, /not part of the statement cy\/extra\.html/);
      assert.match(stale.stderr, /✗ site is not the statement .* gives \(2 differences\)/);
    } finally {
      writeFileSync(page, original);
      rmSync(join(site, 'cy/extra.html'));
    }
    const none = await box.run(['statement', EXAMPLE, '--out', 'nowhere', '--check']);
    assert.equal(none.code, 1);
    assert.match(none.stderr, /nowhere holds no statement/);
    assert.ok(!existsSync(join(box.dir, 'nowhere')), '--check writes nothing');
  });

  it('examples/statement is the statement examples/candour.json gives today', async () => {
    const r = await box.run(['statement', EXAMPLE, '--out', COMMITTED, '--check']);
    assert.equal(r.code, 0, `examples/statement is stale; regenerate it:\n${r.stderr}`);
  });
});

const SCRIPT = '<script>alert(1)</script>';
const ATTR = '"><img src=x onerror=alert(1)>';
const RLO = '\u202eevil\u202c';

/** A manifest with markup, attribute breakers and bidi overrides in every kind of string a page shows. */
function hostile(): JsonObject {
  const m = minimal();
  at(m, 'product')['name'] = `Care${RLO}${SCRIPT}`;
  at(m, 'product')['version'] = ATTR;
  at(m, 'product')['description'] = { 'en-GB': `${SCRIPT}\n${ATTR}` };
  at(m, 'supplier')['name'] = `Supplier ${ATTR}${RLO}`;
  at(m, 'supplier', 'contacts', 'general')['name'] = `</dd></dl>${SCRIPT}`;
  at(m, 'supplier', 'contacts', 'general')['postal'] = `1 ${SCRIPT} Street\nTown ${RLO}`;
  at(m, 'features', 0)['name'] = { 'en-GB': `Feature ${SCRIPT}${RLO}` };
  at(m, 'features', 0, 'label')['short'] = { 'en-GB': `${ATTR}` };
  at(m, 'features', 0, 'notice', 'person')['summary'] = { 'en-GB': `</p></section></main>${SCRIPT}` };
  at(m, 'features', 0, 'notice', 'person', 'easyRead')['summary'] = { 'en-GB': `${SCRIPT}\n${RLO}` };
  at(m, 'supplier', 'pledge')['commitments'] = [{ id: '2b', evidence: { 'en-GB': `${SCRIPT}${ATTR}` }, url: 'https://larkspur-care.example/pledge?a=1&b="2"' }];
  return m;
}

describe('candour statement: hostile manifest text', () => {
  let hbox: Sandbox;
  let out: string;
  before(async () => {
    hbox = new Sandbox();
    hbox.write('hostile.json', hostile());
    const r = await hbox.run(['statement', 'hostile.json', '--out', 'out']);
    assert.equal(r.code, 0, r.stderr);
    out = join(hbox.dir, 'out');
  });
  after(() => hbox.cleanup());

  it('escapes every string: no markup from the manifest reaches a page', () => {
    for (const file of filesUnder(out).filter((f) => f.endsWith('.html'))) {
      const html = readFileSync(join(out, file), 'utf8');
      assert.ok(!html.includes('<script'), `${file}: script`);
      assert.ok(!/<img[^>]*src=x/i.test(html) && !/<[a-z][^>]*\sonerror=/i.test(html), `${file}: img`);
      assert.ok(!html.includes('</main><script') && (html.match(/<\/main>/g) ?? []).length === 1, `${file}: structure`);
      if (file.includes('feature-') || file.includes('index')) assert.ok(html.includes('&lt;script&gt;alert(1)&lt;/script&gt;'), `${file}: shown as text`);
    }
    const pledge = readFileSync(join(out, 'en-GB/pledge.html'), 'utf8');
    assert.ok(pledge.includes('<a href="https://larkspur-care.example/pledge?a=1&amp;b=&quot;2&quot;">'));
  });

  it('keeps bidi overrides inside an isolating element, and out of the title', () => {
    let seen = 0;
    for (const file of filesUnder(out).filter((f) => f.endsWith('.html'))) {
      const html = readFileSync(join(out, file), 'utf8');
      const title = /<title>([^<]*)<\/title>/.exec(html)?.[1] ?? '';
      assert.ok(!/[\u202a-\u202e\u2066-\u2069]/.test(title), `${file}: bidi control in the title`);
      // Every override sits in a <bdi> or an element with dir="auto" that closes before any of the page's own words.
      for (const m of html.matchAll(/\u202e/g)) {
        seen++;
        const before = html.slice(0, m.index);
        const open = Math.max(before.lastIndexOf('<bdi'), before.lastIndexOf(' dir="auto"'));
        const lastClose = Math.max(before.lastIndexOf('</bdi>'), before.lastIndexOf('</p>'), before.lastIndexOf('</span>'));
        assert.ok(open > lastClose, `${file}: an override at ${m.index} is not isolated`);
      }
    }
    assert.ok(seen > 20, `the overrides are on the pages (${seen} seen)`);
  });

  it('never makes a link of an unsafe address, even when handed one without validation', () => {
    const parsed = parseManifestJson(readFileSync(EXAMPLE, 'utf8'));
    assert.ok(parsed.ok);
    const m = structuredClone(parsed.manifest) as Manifest & { product: { url?: string } };
    const bad = ['javascript:alert(1)', 'JaVaScRiPt:alert(1)', 'data:text/html,<script>alert(1)</script>', 'http://insecure.example', '//evil.example', ' javascript:alert(1)'];
    m.supplier.website = bad[0]!;
    m.product.url = bad[1]!;
    m.supplier.contacts.general.url = bad[2]!;
    m.supplier.contacts.general.email = 'x@y.example?body=<script>';
    m.supplier.contacts.general.phone = 'javascript:alert(1)';
    m.supplier.pledge.publicStatementUrl = bad[3]!;
    m.supplier.pledge.commitments = [{ id: '2b', evidence: { 'en-GB': 'e' }, url: bad[4]! }];
    m.features[0]!.notice.person.easyRead.pictures = { summary: { src: bad[5]!, alt: { 'en-GB': 'a picture' } } };
    const built = buildStatementSite(m, { version: '0.0.0' });
    for (const [file, html] of built.files) {
      if (!file.endsWith('.html')) continue;
      for (const ref of [...attrValues(html, 'href'), ...attrValues(html, 'src')]) {
        assert.ok(/^(https:\/\/[^/]|mailto:|tel:\+?[0-9]+$|(\.\.\/)?([A-Za-z-]+\/)?[a-z0-9-]+\.(html|css)(#[\w-]+)?$|#)/.test(ref), `${file}: unsafe address ${ref}`);
        assert.ok(!/javascript:|data:|http:\/\/|^\/\//i.test(ref), `${file}: ${ref}`);
      }
    }
    const index = built.files.get('en-GB/index.html')!;
    assert.ok(!index.includes('href="javascript'), 'website not linked');
    assert.ok(index.includes('javascript:alert(1)'), 'the phone number is shown as text');
  });
});

describe('candour statement: errors', () => {
  let ebox: Sandbox;
  before(() => {
    ebox = new Sandbox();
  });
  after(() => ebox.cleanup());

  it('an invalid manifest: each error with its path, exit 1, nothing written', async () => {
    const m = minimal();
    at(m, 'product')['url'] = 'javascript:alert(1)';
    delete at(m, 'features', 0, 'notice', 'person')['limits'];
    ebox.write('bad.json', m);
    const r = await ebox.run(['statement', 'bad.json', '--out', 'out']);
    assert.equal(r.code, 1);
    assert.match(r.stderr, /^error: product\.url: /m);
    assert.match(r.stderr, /^error: features\[0\]\.notice\.person\.limits: /m);
    assert.match(r.stderr, /Nothing was written to out\./);
    assert.ok(!existsSync(join(ebox.dir, 'out')));
  });

  it('a file that is not JSON: exit 2, nothing written', async () => {
    ebox.write('broken.json', '{ "schemaVersion": ');
    const r = await ebox.run(['statement', 'broken.json', '--out', 'out']);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /^candour: broken\.json is not valid JSON/);
    assert.ok(!existsSync(join(ebox.dir, 'out')));
  });

  it('no --out, an empty --out, or no manifest: a usage error', async () => {
    ebox.write('ok.json', minimal());
    const none = await ebox.run(['statement', 'ok.json']);
    assert.equal(none.code, 2);
    assert.equal(none.stderr, 'candour: statement: missing --out <dir>, the directory to write the statement to; run "candour statement --help" for usage\n');
    const empty = await ebox.run(['statement', 'ok.json', '--out', '']);
    assert.equal(empty.code, 2);
    assert.match(empty.stderr, /--out needs a directory name/);
    const noFile = await ebox.run(['statement', '--out', 'x']);
    assert.equal(noFile.code, 2);
    assert.match(noFile.stderr, /statement: missing the file to read/);
    const same = await ebox.run(['statement', 'ok.json', '--out', 'ok.json']);
    assert.equal(same.code, 2);
    assert.match(same.stderr, /is the manifest itself/);
  });

  it('--out that is a file, or a directory with other things in it: refused, nothing touched', async () => {
    ebox.write('ok.json', minimal());
    ebox.write('afile', 'keep me');
    const file = await ebox.run(['statement', 'ok.json', '--out', 'afile']);
    assert.equal(file.code, 2);
    assert.match(file.stderr, /--out afile is a file; give a directory/);
    assert.equal(ebox.read('afile'), 'keep me');
    mkdirSync(join(ebox.dir, 'photos'));
    writeFileSync(join(ebox.dir, 'photos/index.html'), 'mine');
    const other = await ebox.run(['statement', 'ok.json', '--out', 'photos']);
    assert.equal(other.code, 2);
    assert.match(other.stderr, /photos is not empty and does not hold a statement written by candour/);
    assert.deepEqual(readdirSync(join(ebox.dir, 'photos')), ['index.html']);
    const under = await ebox.run(['statement', 'ok.json', '--out', 'afile/sub']);
    assert.equal(under.code, 2);
    assert.match(under.stderr, /a part of the path is a file, not a directory/);
  });

  it('a directory that cannot be written: a clear error', async () => {
    ebox.write('ok.json', minimal());
    const denied = Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' });
    const r = await ebox.run(['statement', 'ok.json', '--out', 'locked'], {
      writeFile: () => {
        throw denied;
      },
    });
    assert.equal(r.code, 2);
    assert.equal(r.stderr, 'candour: statement: cannot write index.html in locked: permission denied\n');
  });

  it('has help, and is in the main help', async () => {
    const r = await ebox.run(['statement', '--help']);
    assert.equal(r.code, 0);
    assert.match(r.stdout, /^Usage: candour statement <file> --out <dir> \[--check\]/);
    const main = await ebox.run(['--help']);
    assert.match(main.stdout, /candour statement <file> --out <dir> \[--check\]/);
    const unknown = await ebox.run(['statement', 'ok.json', '--out', 'o', '--force']);
    assert.equal(unknown.code, 2);
    assert.match(unknown.stderr, /unknown option "--force" for "statement"/);
  });
});
