import { css } from 'lit';
import { secondaryButton } from '../internal/button-styles';

/*
 * The default look sits next to GOV.UK and NHS.UK pages: their text colour,
 * link colour and yellow focus with a black ring, 19px body text on wide
 * screens. Logical properties only, so the notice is right under dir="rtl".
 */
export const noticeStyles = css`
  :host {
    display: block;
    font-family: var(--candour-font-family, inherit);
    color: var(--candour-notice-fg, #0b0c0c);
  }
  :host([hidden]) { display: none; }

  .notice {
    box-sizing: border-box;
    padding: var(--candour-notice-padding, 1.25rem);
    background: var(--candour-notice-bg, #ffffff);
    color: var(--candour-notice-fg, #0b0c0c);
    font-size: var(--candour-notice-font-size, 1rem);
    line-height: 1.5;
    overflow-wrap: break-word;
    text-align: start;
  }
  @media (min-width: 40.0625em) {
    .notice { font-size: var(--candour-notice-font-size, 1.1875rem); }
  }

  [part~='title'] {
    margin-block: 0 1rem;
    font-size: 1.6em;
    font-weight: 700;
    line-height: 1.2;
  }
  [part~='section-heading'] {
    margin-block: 0 0.5rem;
    font-size: 1.2em;
    font-weight: 700;
    line-height: 1.3;
  }
  .section { margin-block: 0 1.5rem; }
  p { margin-block: 0 0.75rem; }
  .lines > p:last-child { margin-block-end: 0; }

  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75rem;
    margin-block: 0 1.5rem;
  }
  button {
    ${secondaryButton}
    display: inline-flex;
    align-items: center;
    gap: 0.5rem;
    font: inherit;
    font-size: 1rem;
    line-height: 1.25;
    text-align: start;
  }
  button:hover { background: var(--candour-button-bg-hover, #dbdad9); }
  /* A box that shows a tick when pressed: the state is told by shape as well as colour. */
  .toggle svg { flex: none; inline-size: 1.25rem; block-size: 1.25rem; }
  .toggle .tick { opacity: 0; transition: opacity 0.15s ease-out; }
  .toggle[aria-pressed='true'] .tick { opacity: 1; }
  .toggle[aria-pressed='true'] {
    background: var(--candour-button-pressed-bg, #0b0c0c);
    color: var(--candour-button-pressed-fg, #ffffff);
    box-shadow: 0 2px 0 var(--candour-button-pressed-shadow, #505a5f);
  }
  button:focus-visible {
    outline: 3px solid var(--candour-focus, #ffdd00);
    outline-offset: 0;
    background: var(--candour-focus, #ffdd00);
    color: var(--candour-focus-text, #0b0c0c);
    box-shadow: 0 0 0 5px var(--candour-focus-ring, #0b0c0c);
  }

  a {
    color: var(--candour-link, #1d70b8);
    text-decoration: underline;
    text-decoration-thickness: max(1px, 0.0625rem);
    text-underline-offset: 0.1578em;
  }
  a:visited { color: var(--candour-link-visited, #4c2c92); }
  a:hover { color: var(--candour-link-hover, #003078); text-decoration-thickness: max(3px, 0.1875rem); }
  a:focus-visible {
    outline: 3px solid transparent;
    background: var(--candour-focus, #ffdd00);
    color: var(--candour-focus-text, #0b0c0c);
    box-shadow: 0 -2px var(--candour-focus, #ffdd00), 0 4px var(--candour-focus-ring, #0b0c0c);
    text-decoration: none;
  }

  .contact { margin-block-start: 1rem; }
  .contacts, .ways { margin: 0; padding: 0; list-style: none; }
  .contacts > li { margin-block: 0 0.75rem; }
  .contact-name { margin-block: 0 0.25rem; font-weight: 700; }
  .ways > li { margin-block: 0 0.25rem; }

  .footer { margin-block: 1.5rem 0; font-size: 0.875em; }

  /* Easy Read: larger type, more space, one short line per paragraph, picture at the start. */
  .easy-read { font-size: var(--candour-notice-easy-read-font-size, 1.375rem); line-height: 1.6; }
  .easy-read .section { margin-block-end: 2.25rem; }
  .easy-read .lines > p { margin-block-end: 1rem; }
  .with-picture { display: flex; align-items: flex-start; gap: 1.25rem; }
  .with-picture .lines { flex: 1 1 auto; min-inline-size: 0; }
  [part~='picture'] { flex: none; inline-size: var(--candour-notice-picture-size, 6rem); block-size: auto; }

  @media (prefers-color-scheme: dark) {
    :host, .notice { color: var(--candour-notice-fg, #f3f2f1); }
    .notice { background: var(--candour-notice-bg, #1d1d1f); }
    button { background: var(--candour-button-bg, #383838); color: var(--candour-button-fg, #f3f2f1); box-shadow: 0 2px 0 var(--candour-button-shadow, #000000); }
    button:hover { background: var(--candour-button-bg-hover, #4a4a4a); }
    .toggle[aria-pressed='true'] { background: var(--candour-button-pressed-bg, #f3f2f1); color: var(--candour-button-pressed-fg, #0b0c0c); }
    a { color: var(--candour-link, #8fc3f0); }
    a:visited { color: var(--candour-link-visited, #c6b3ef); }
    a:hover { color: var(--candour-link-hover, #c2e0f7); }
  }

  @media (forced-colors: active) {
    button { border-color: ButtonText; box-shadow: none; }
    .toggle[aria-pressed='true'] { background: Highlight; color: HighlightText; forced-color-adjust: none; }
    button:focus-visible, a:focus-visible { outline: 3px solid Highlight; outline-offset: 2px; }
    a { color: LinkText; }
  }

  @media (prefers-reduced-motion: reduce) {
    *, *::before, *::after { transition: none !important; animation: none !important; }
  }

  @media print {
    :host, .notice { color: #000 !important; background: #fff !important; }
    .notice { padding: 0; font-size: 12pt; }
    .easy-read { font-size: 14pt; }
    .actions { display: none !important; }
    [part~='title'], [part~='section-heading'] { break-after: avoid; }
    .with-picture, .contacts > li { break-inside: avoid; }
    a, a:visited { color: #000 !important; text-decoration: none; }
    [part~='picture'] { inline-size: 3cm; }
  }
`;
