import { css } from 'lit';
import { secondaryButton } from '../internal/button-styles';

/*
 * Beside GOV.UK and NHS.UK pages: their text colour, yellow focus with a black
 * ring, 44px targets. The state of each decision is told in words and by a
 * marker's shape as well as its colour. Logical properties only (RTL).
 */
export const centreStyles = css`
  :host {
    display: block;
    font-family: var(--candour-font-family, inherit);
    color: var(--candour-centre-fg, #0b0c0c);
  }
  :host([hidden]) { display: none; }

  .centre {
    box-sizing: border-box;
    padding: var(--candour-centre-padding, 1.25rem);
    background: var(--candour-centre-bg, #ffffff);
    color: var(--candour-centre-fg, #0b0c0c);
    font-size: 1rem;
    line-height: 1.5;
    overflow-wrap: break-word;
    text-align: start;
  }
  @media (min-width: 40.0625em) {
    .centre.person { font-size: 1.1875rem; }
  }
  p { margin-block: 0 0.5rem; }
  [part~='title'], [part~='receipt-title'] { margin-block: 0 0.75rem; font-size: 1.6em; font-weight: 700; line-height: 1.2; }
  [part~='receipt-title'] { font-size: 1.35em; }
  [part~='feature-name'], [part~='receipt-heading'] { margin-block: 0 0.25rem; font-size: 1.2em; font-weight: 700; line-height: 1.3; }
  [part~='title']:focus, [part~='receipt-title']:focus, .state:focus { outline: 3px solid var(--candour-focus, #ffdd00); outline-offset: 2px; }

  .list, .receipt-list { margin: 0; padding: 0; list-style: none; }
  .row {
    display: grid;
    gap: 0.5rem 1.5rem;
    grid-template-columns: minmax(0, 1fr);
    padding-block: 1rem;
    border-block-start: 1px solid var(--candour-centre-border, #b1b4b6);
  }
  .row:last-child { border-block-end: 1px solid var(--candour-centre-border, #b1b4b6); }
  @media (min-width: 48em) {
    .row { grid-template-columns: minmax(0, 3fr) minmax(0, 2fr); }
    .row .actions, .row .history { grid-column: 1 / -1; }
  }

  .state { display: flex; flex-wrap: wrap; align-items: baseline; gap: 0.25rem 0.5rem; margin-block-end: 0.25rem; }
  .state .effect { flex-basis: 100%; }
  /* Shape as well as colour: a filled circle for yes, a bar for no, a hollow ring for an open question. */
  .marker { flex: none; display: inline-block; inline-size: 0.85em; block-size: 0.85em; border-radius: 50%; background: var(--candour-centre-yes, #00703c); align-self: center; }
  .no .marker { border-radius: 0; block-size: 0.3em; background: var(--candour-centre-no, #d4351c); }
  .open .marker { background: transparent; border: 0.2em solid var(--candour-centre-open, #f47738); box-sizing: border-box; }
  .when, .not-today { font-size: 0.9em; }
  .not-today { font-weight: 700; }

  .actions { display: flex; flex-wrap: wrap; gap: 0.75rem; align-items: center; }

  button {
    ${secondaryButton}
    display: inline-flex;
    align-items: center;
    min-inline-size: 44px;
    font: inherit;
    font-size: 1rem;
    line-height: 1.25;
    text-align: start;
  }
  button:hover { background: var(--candour-button-bg-hover, #dbdad9); }
  button[disabled] { cursor: progress; opacity: 0.7; }
  /* Equal weight: agreeing and refusing look alike; only the order differs. */
  .link-button { box-shadow: none; background: transparent; color: var(--candour-link, #1d70b8); text-decoration: underline; padding-inline: 0.25rem; }
  .link-button:hover { background: transparent; color: var(--candour-link-hover, #003078); }
  button:focus-visible, summary:focus-visible, input:focus-visible {
    outline: 3px solid var(--candour-focus, #ffdd00);
    outline-offset: 0;
    background: var(--candour-focus, #ffdd00);
    color: var(--candour-focus-text, #0b0c0c);
    box-shadow: 0 0 0 5px var(--candour-focus-ring, #0b0c0c);
  }
  input:focus-visible { background: var(--candour-centre-bg, #ffffff); }

  .history { grid-column: 1 / -1; }
  summary { display: inline-flex; align-items: center; min-block-size: 44px; cursor: pointer; color: var(--candour-link, #1d70b8); text-decoration: underline; list-style: none; }
  summary::before { content: '\\25B8'; margin-inline-end: 0.4em; text-decoration: none; display: inline-block; }
  :host(:dir(rtl)) summary::before { content: '\\25C2'; }
  details[open] > summary::before { content: '\\25BE'; }
  summary::-webkit-details-marker { display: none; }
  .events { margin-block: 0.5rem 0; padding-inline-start: 1.5rem; }
  .events > li { margin-block-end: 0.5rem; }
  .events .meta { display: block; font-size: 0.9em; }
  .in-error .what { text-decoration: line-through; }
  .error-tag { font-weight: 700; }

  /* min-inline-size: 0 and a shrinkable column let the fieldset and its inputs narrow to a 320 px screen. */
  .decider { margin-block: 0 1rem; padding: 0.75rem 1rem; border: 1px solid var(--candour-centre-border, #b1b4b6); min-inline-size: 0; }
  .decider.given { border-inline-start: 5px solid var(--candour-centre-border, #b1b4b6); }
  legend { font-weight: 700; padding-inline: 0.25rem; }
  .radios { display: flex; flex-wrap: wrap; gap: 0.25rem 1.5rem; }
  .radio { display: inline-flex; align-items: center; gap: 0.5rem; min-block-size: 44px; cursor: pointer; }
  .radio input { inline-size: 1.5rem; block-size: 1.5rem; margin: 0; flex: none; accent-color: var(--candour-centre-fg, #0b0c0c); }
  .details { display: grid; grid-template-columns: minmax(0, 1fr); gap: 0.25rem; margin-block-start: 0.75rem; max-inline-size: 30rem; }
  .details input { font: inherit; min-block-size: 44px; box-sizing: border-box; padding-inline: 0.5rem; border: 2px solid currentColor; border-radius: 0; margin-block-end: 0.5rem; color: inherit; background: var(--candour-centre-bg, #ffffff); }
  .details input[aria-invalid='true'] { border-color: var(--candour-error, #d4351c); border-width: 3px; }
  .error-message { color: var(--candour-error, #d4351c); font-weight: 700; border-inline-start: 5px solid var(--candour-error, #d4351c); padding-inline-start: 0.75rem; }
  .warning { font-weight: 700; border-inline-start: 5px solid var(--candour-centre-open, #f47738); padding-inline-start: 0.75rem; }

  .status:empty { display: none; }
  .status { margin-block-start: 1rem; padding: 0.75rem 1rem; border-inline-start: 5px solid var(--candour-centre-yes, #00703c); }
  .status.warn { border-inline-start-color: var(--candour-centre-open, #f47738); }
  .status.error { border-inline-start-color: var(--candour-error, #d4351c); }
  .status p { margin: 0; }

  .receipt-button { margin-block-start: 1.25rem; }
  .receipt-actions { display: flex; flex-wrap: wrap; gap: 0.75rem; margin-block: 0 1rem; }
  .receipt-row { padding-block: 0.75rem; border-block-start: 1px solid var(--candour-centre-border, #b1b4b6); break-inside: avoid; }
  .fingerprint { font-size: 0.875em; overflow-wrap: anywhere; }
  .entries-label { margin-block-end: 0; }
  .receipt.easy-read { font-size: var(--candour-centre-easy-read-font-size, 1.375rem); line-height: 1.6; }
  .receipt.easy-read p { margin-block-end: 0.75rem; }

  /* Worker mode: compact rows for a care record. */
  .worker { padding: var(--candour-centre-padding, 0.75rem); }
  .worker [part~='title'] { font-size: 1.25em; }
  .worker [part~='feature-name'] { font-size: 1em; }
  .worker .row { padding-block: 0.5rem; gap: 0.25rem 1rem; }
  @media (min-width: 48em) {
    .worker .row { grid-template-columns: minmax(0, 2fr) minmax(0, 2fr) auto; align-items: start; }
    .worker .row .actions { grid-column: auto; }
  }
  .worker p { margin-block-end: 0.25rem; }
  .single .row:only-child { border-block: none; }

  @media (prefers-color-scheme: dark) {
    :host, .centre { color: var(--candour-centre-fg, #f3f2f1); }
    .centre { background: var(--candour-centre-bg, #1d1d1f); }
    button { background: var(--candour-button-bg, #383838); color: var(--candour-button-fg, #f3f2f1); box-shadow: 0 2px 0 var(--candour-button-shadow, #000000); }
    button:hover { background: var(--candour-button-bg-hover, #4a4a4a); }
    .link-button, summary { background: transparent; color: var(--candour-link, #8fc3f0); }
    .link-button:hover { background: transparent; color: var(--candour-link-hover, #c2e0f7); }
    .details input { background: var(--candour-centre-bg, #1d1d1f); }
    .marker { background: var(--candour-centre-yes, #5fd68f); }
    .no .marker { background: var(--candour-centre-no, #ff8a75); }
    .open .marker { border-color: var(--candour-centre-open, #ffb273); }
    .error-message { color: var(--candour-error, #ff8a75); border-color: var(--candour-error, #ff8a75); }
  }

  @media (forced-colors: active) {
    button { border-color: ButtonText; box-shadow: none; }
    .link-button, summary { color: LinkText; }
    .marker { forced-color-adjust: none; background: CanvasText; }
    .no .marker { background: CanvasText; }
    .open .marker { background: Canvas; border-color: CanvasText; }
    button:focus-visible, summary:focus-visible, input:focus-visible { outline: 3px solid Highlight; outline-offset: 2px; }
    .status, .warning, .error-message { border-inline-start-color: CanvasText; }
  }

  @media (prefers-reduced-motion: reduce) {
    *, *::before, *::after { transition: none !important; animation: none !important; scroll-behavior: auto !important; }
  }

  @media print {
    :host, .centre { color: #000 !important; background: #fff !important; }
    .centre { padding: 0; font-size: 12pt; }
    .receipt.easy-read { font-size: 15pt; }
    button, .actions, .receipt-actions, .decider, .status, summary { display: none !important; }
    .row, .receipt-row { break-inside: avoid; }
  }
`;
