/**
 * Hostile strings for the manifest's fields. Those that would run script set
 * `window.__candourPwned`, which the tests check stays unset.
 */
export interface Payload {
  name: string;
  value: string;
  /** Bidirectional controls: the text must not reorder the interface text around it. */
  bidi?: boolean;
}

const pwn = (how: string) => `window.__candourPwned='${how}'`;

/** For free-text fields: markup, script-like text, template syntax, bidi controls and broken Unicode. */
export const TEXT_PAYLOADS: readonly Payload[] = [
  { name: 'an <img> with onerror', value: `<img src=x onerror="${pwn('img')}">` },
  { name: 'a <script> element', value: `<script>${pwn('script')}</script>` },
  { name: 'an attribute break into <svg onload>', value: `"><svg onload="${pwn('svg')}"><a href="javascript:${pwn('a')}">x</a>` },
  { name: 'a quote break into an event handler', value: `' autofocus onfocus='${pwn('focus')}' x='` },
  { name: 'a javascript: URL', value: `javascript:${pwn('js')}//` },
  { name: 'a data: URL with markup', value: `data:text/html,<script>${pwn('data')}</script>` },
  { name: 'template syntax', value: '{{constructor.constructor("' + pwn('tpl') + '")()}} ${' + pwn('tpl') + '} {who} {feature} %s' },
  { name: 'a right-to-left override', value: 'Report\u202Efdp.exe', bidi: true },
  { name: 'unclosed bidi isolates and embeddings', value: 'Mixed \u2067right\u2066left\u2068first\u202Bembed\u202Dover', bidi: true },
  { name: 'a closed isolate and a pop', value: 'Start \u2066inner\u2069 then \u2069\u202C stray pops', bidi: true },
  { name: 'zero-width characters', value: 'zero\u200Bwidth\u200C\u200Djoin\uFEFFbom\u2060word' },
  { name: 'lone surrogates', value: 'broken \uD800 high and \uDFFF low' },
  { name: 'a NUL and control characters', value: 'before\u0000after\u0007bell\u001Besc' },
  { name: 'HTML entities', value: '&lt;img src=x onerror=alert(1)&gt; &amp; &#x3C;script&#x3E;' },
];

/** For link, e-mail and telephone fields. */
export const LINK_PAYLOADS: readonly Payload[] = [
  { name: 'a javascript: URL', value: `javascript:${pwn('link-js')}` },
  { name: 'a mixed-case, padded javascript: URL', value: ` JaVaScRiPt:${pwn('link-js2')}` },
  { name: 'a javascript: URL with a tab inside the scheme', value: `java\tscript:${pwn('link-js3')}` },
  { name: 'a data: URL', value: `data:text/html;base64,PHNjcmlwdD53aW5kb3cuX19jYW5kb3VyUHduZWQ9MTwvc2NyaXB0Pg==` },
  { name: 'a vbscript: URL', value: 'vbscript:msgbox(1)' },
  { name: 'an https URL breaking out of its attribute', value: `https://x.example/" onmouseover="${pwn('href')}` },
  { name: 'a protocol-relative URL', value: '//evil.example/x' },
  { name: 'an e-mail address with markup', value: `a@b.example?subject=<script>${pwn('mail')}</script>` },
];

/** 100 KB without a break, and 100 KB of words. */
export const LONG_WORD = 'W'.repeat(100 * 1024);
export const LONG_WORDS = 'long words '.repeat(Math.ceil((100 * 1024) / 11));
