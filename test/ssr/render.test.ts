/**
 * Every Candour element rendered on the server with @lit-labs/ssr: declarative shadow roots with the
 * content a person reads before any script runs, the manifest given to the provider on the server, and
 * supplier text escaped. Run: node --conditions=source --import tsx --test test/ssr/*.test.ts
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { html, ReactiveElement } from 'lit';
import { fixtures, exampleManifest, hostileManifest, HOSTILE } from './fixtures.js';
import { renderCandourToString, registerServerShadow, serialiseNodes, escapeHtml, type ServerNode } from '../../packages/elements/src/ssr/ssr.js';

const render = (name: string, manifest: unknown = exampleManifest, lang?: string) =>
  renderCandourToString(fixtures[name]!(manifest), lang ? { lang } : {});

/** The declarative shadow root written inside the first `<tag>`, without Lit's markers. */
function shadowOf(page: string, tag: string): string {
  const match = new RegExp(`<${tag}(?:\\s[^>]*)?>\\s*<template shadowroot="open" shadowrootmode="open">([^]*?)</template>`).exec(page);
  assert.ok(match, `<${tag}> has a declarative shadow root in:\n${page.slice(0, 600)}`);
  return match[1]!.replace(/<!--[^]*?-->|<\?>/g, '');
}

/** The text a person reads (styles and markup left out, whitespace collapsed, the few entities Lit writes decoded). */
function textOf(fragment: string): string {
  return fragment
    .replace(/<style>[^]*?<\/style>/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
}

test('candour-provider: a declarative shadow root with its slot; its children are written in light DOM', async () => {
  const page = await render('provider');
  const shadow = shadowOf(page, 'candour-provider');
  assert.match(shadow, /<slot><\/slot>/);
  assert.match(shadow, /display: contents/, 'its styles are in the shadow root');
  assert.match(page, /<\/template>\s*<p>Inside the provider<\/p>/);
  assert.match(page, /<candour-provider[^>]* audience="person" reading-level="standard"/);
});

test('candour-ai-badge: a real button with the label from the provider\u2019s manifest, closed', async () => {
  const shadow = shadowOf(await render('badge'), 'candour-ai-badge');
  assert.match(shadow, /<button part="button" type="button" lang="en-GB" aria-expanded="false">AI generated · Checked by a person<\/button>/);
  assert.match(shadow, /<style>[^]*:host/, 'its styles are in the shadow root');
  assert.doesNotMatch(shadow, /toggletip/, 'the toggletip is built in the browser when first opened');
});

test('candour-ai-badge: alone, from its attributes', async () => {
  const page = await render('badge-alone');
  assert.match(page, /<candour-ai-badge[^>]* involvement="assisted" review="sampled"/);
  assert.match(shadowOf(page, 'candour-ai-badge'), />AI assisted · Some answers checked by a person<\/button>/);
});

test('candour-ai-badge: in the provider\u2019s language', async () => {
  const shadow = shadowOf(await render('badge-welsh'), 'candour-ai-badge');
  assert.match(shadow, /lang="cy"/);
  assert.match(shadow, />Wedi’i greu gan AI · Wedi’i wirio gan berson</);
});

test('the page\u2019s language (lang option) is used when neither element nor provider gives one', async () => {
  const shadow = shadowOf(await render('badge-alone', undefined, 'cy'), 'candour-ai-badge');
  assert.match(shadow, /lang="cy"/);
  assert.match(shadow, />Gyda chymorth AI · Rhai atebion wedi’u gwirio gan berson</);
});

test('candour-ai-notice: the notice\u2019s heading, sections and contacts', async () => {
  const shadow = shadowOf(await render('notice'), 'candour-ai-notice');
  const text = textOf(shadow);
  assert.match(shadow, /<h2 part="title" id="title" dir="auto">How <bdi lang="en-GB">Visit note drafting<\/bdi> uses AI<\/h2>/);
  for (const heading of ['In short', 'What it does', 'Why it is used', 'Who checks it', 'What it can get wrong', 'Your choices', 'Who to ask', 'How to raise a concern']) {
    assert.match(shadow, new RegExp(`<h3 part="section-heading"\\s+dir="auto">${heading}</h3>`), heading);
  }
  assert.ok(text.includes('Your care worker reads every draft before it is saved'), text.slice(0, 300));
  assert.match(shadow, /<button part="easy-read-toggle"[^>]*aria-pressed="false"/);
  assert.match(shadow, /href="mailto:ai-concerns@larkspur-care.example"/);
});

test('candour-ai-content: provenance, review status and the slotted content', async () => {
  const page = await render('content');
  const text = textOf(shadowOf(page, 'candour-ai-content'));
  assert.ok(text.includes('Drafted with AI: Visit note drafting'), text);
  assert.ok(text.includes('Warning: Not yet checked by a person. Check it before relying on it.'), text);
  assert.match(page, /<\/template><p>Mrs Evans ate a full breakfast.<\/p><\/candour-ai-content>/);
});

test('candour-pledge: the supplier\u2019s commitments, verdicts and own words (read with @candour/core on the server)', async () => {
  const shadow = shadowOf(await render('pledge'), 'candour-pledge');
  const text = textOf(shadow);
  assert.doesNotMatch(shadow, /aria-busy="true"/, 'the server waits for the reading, it does not write the loading state');
  assert.ok(text.includes('Larkspur Care Systems Ltd signed the pledge on 12 June 2025'), text.slice(0, 300));
  for (const commitment of ['Ethical innovation', 'Transparency', 'Training', 'Risk management and incident response', 'Inclusivity and diversity']) {
    assert.match(shadow, new RegExp(`<span\\s*>${commitment}</span>`), commitment);
  }
  assert.match(shadow, /<blockquote lang="en-GB"><p>We publish this manifest, with a plain-language notice and an Easy Read version for every AI feature/);
});

test('candour-statements: the guidance\u2019s statements, quoted', async () => {
  const shadow = shadowOf(await render('statements'), 'candour-statements');
  assert.match(shadow, /<h2 id="heading" part="heading"><span lang="en-GB">As people who draw on care and support<\/span><\/h2>/);
  assert.match(shadow, /<blockquote part="quote" lang="en-GB" cite="https:\/\/www.digitalcarehub.co.uk\/AIGuidance"><p>I am confident that the technologies used in my care and support, are designed to enhance and improve my care, and to prioritise my well-being.<\/p><\/blockquote>/);
});

test('candour-consent-centre: its honest server state, a heading and "loading", since choices live in the browser', async () => {
  const shadow = shadowOf(await render('consent-centre'), 'candour-consent-centre');
  assert.match(shadow, /<h2 part="title" id="title"\s+dir="auto">Your choices about AI<\/h2>/);
  assert.match(shadow, /<p role="status" dir="auto">Loading the choices about AI…<\/p>/);
  assert.doesNotMatch(shadow, /cannot be shown/);
});

test('candour-consent-centre without any ledger says the choices cannot be shown here', async () => {
  const page = await renderCandourToString(html`<candour-provider .manifest=${exampleManifest}><candour-consent-centre></candour-consent-centre></candour-provider>`);
  assert.ok(textOf(shadowOf(page, 'candour-consent-centre')).includes('These choices cannot be shown or changed here at the moment.'));
});

test('candour-consent-prompt: written as its host only (it asks only in the browser, once the ledger says a decision is needed)', async () => {
  const page = await render('consent-prompt');
  const prompt = /<candour-consent-prompt[^>]*>([^]*?)<\/candour-consent-prompt>/.exec(page);
  assert.ok(prompt, page);
  assert.match(prompt[0], /feature="visit-note-summary"/);
  // Whatever the prompt writes on the server, it must not be a question that no ledger has asked for.
  assert.doesNotMatch(prompt[1]!, /<button|<form|<dialog/);
});

test('a provider given only src fetches nothing on the server: its elements render as loading, as in the browser before the fetch answers', async () => {
  const original = globalThis.fetch;
  const fetched: string[] = [];
  globalThis.fetch = (async (input: string | URL | Request) => {
    fetched.push(String(input));
    throw new Error('no network on the server');
  }) as typeof fetch;
  try {
    const page = await renderCandourToString(html`<candour-provider src="/candour.json"><candour-ai-notice feature="visit-note-summary"></candour-ai-notice><candour-ai-badge feature="visit-note-summary"></candour-ai-badge></candour-provider>`);
    assert.deepEqual(fetched, []);
    assert.ok(textOf(shadowOf(page, 'candour-ai-notice')).includes('Loading'), textOf(shadowOf(page, 'candour-ai-notice')));
    assert.match(shadowOf(page, 'candour-ai-badge'), />AI is used here<\/button>/);
  } finally {
    globalThis.fetch = original;
  }
});

test('notice-href: resolved against the page\u2019s address (baseURI), as the browser does', async () => {
  const page = await renderCandourToString(
    html`<candour-provider .manifest=${exampleManifest} notice-href="/ai/{feature}"><candour-ai-content feature="visit-note-summary"></candour-ai-content></candour-provider>`,
    { baseURI: 'https://care.example/visits/20' },
  );
  assert.match(shadowOf(page, 'candour-ai-content'), /<a part="about" class="about"[^>]*href="https:\/\/care.example\/ai\/visit-note-summary"/);
});

test('hostile supplier strings come out as text, never markup', async () => {
  const m = hostileManifest();
  const escaped = escapeHtml(HOSTILE);
  for (const [name, tag] of [['badge', 'candour-ai-badge'], ['notice', 'candour-ai-notice'], ['content', 'candour-ai-content'], ['pledge', 'candour-pledge']] as const) {
    const page = await render(name, m);
    const shadow = shadowOf(page, tag);
    assert.doesNotMatch(page, /<img|<script/, `${name}: no element from supplier text`);
    if (name !== 'badge') assert.ok(shadow.includes('&lt;img src=x onerror=&quot;alert(1)&quot;&gt;&lt;script&gt;alert(2)&lt;/script&gt;&amp;amp;') || shadow.includes(escaped), `${name}: the hostile text is shown, escaped:\n${textOf(shadow).slice(0, 400)}`);
  }
  // The badge's label is Candour's own phrase; hostile attributes are escaped too.
  const page = await renderCandourToString(html`<candour-ai-badge feature=${'"><script>alert(3)</script>'} involvement="generated"></candour-ai-badge>`);
  assert.doesNotMatch(page, /<script/);
  assert.match(page, /feature="&quot;&gt;&lt;script&gt;alert\(3\)&lt;\/script&gt;"/);
});

test('a hand-built element plugs in with a server shadow; its text and attributes are escaped', async () => {
  class HandBuilt extends ReactiveElement {
    static override properties = { greeting: {} };
    declare greeting?: string;
  }
  customElements.define('candour-test-hand-built', HandBuilt);
  registerServerShadow<HandBuilt>('candour-test-hand-built', (el) => [{ tag: 'p', attrs: { part: 'greeting', title: el.greeting, hidden: false, 'data-on': true }, children: [el.greeting ?? 'none'] }]);
  const page = await renderCandourToString(html`<candour-test-hand-built greeting=${'<b>"hi"</b>'}></candour-test-hand-built>`);
  assert.match(page, /<template shadowroot="open" shadowrootmode="open"><p part="greeting" title="&lt;b&gt;&quot;hi&quot;&lt;\/b&gt;" data-on>&lt;b&gt;&quot;hi&quot;&lt;\/b&gt;<\/p><\/template>/);
  // An element class may instead have its own serverShadow() method.
  class OwnShadow extends ReactiveElement {
    serverShadow(): ServerNode[] {
      return [{ tag: 'span', children: ['own'] }];
    }
  }
  customElements.define('candour-test-own-shadow', OwnShadow);
  assert.match(await renderCandourToString(html`<candour-test-own-shadow></candour-test-own-shadow>`), /shadowrootmode="open"><span>own<\/span><\/template>/);
});

test('a server shadow that is not a tree of elements is refused with a clear error', () => {
  assert.throws(() => serialiseNodes([{ tag: 'p onclick=x' }]), /"p onclick=x", which is not a tag name/);
  assert.throws(() => serialiseNodes([{ tag: 'p', attrs: { 'on click': 'x' } }]), /"on click", which is not an attribute name/);
  assert.throws(() => registerServerShadow('nodash', () => []), /"nodash" is not a custom element name/);
  assert.throws(() => registerServerShadow('candour-x', 'nope' as never), /must be a function/);
});

test('no element is connected on the server, so nothing is left subscribed or listening after a render', async () => {
  const tags = ['candour-provider', 'candour-ai-badge', 'candour-ai-notice', 'candour-ai-content', 'candour-pledge'];
  const calls: string[] = [];
  const restore: (() => void)[] = [];
  for (const tag of tags) {
    const proto = customElements.get(tag)!.prototype as { connectedCallback(): void };
    const original = proto.connectedCallback;
    proto.connectedCallback = function (this: HTMLElement) {
      calls.push(tag);
      original.call(this);
    };
    restore.push(() => void (proto.connectedCallback = original));
  }
  try {
    const page = await render('care-page');
    assert.match(page, /AI generated · Checked by a person/, 'the page rendered with the manifest');
  } finally {
    restore.forEach((r) => r());
  }
  assert.deepEqual(calls, []);
});
