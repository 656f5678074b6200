import { css } from 'lit';

/*
 * Next to GOV.UK and NHS.UK pages: their text colour, error red and yellow
 * focus with a black ring. Every choice button shares one rule, so no answer
 * looks more "right" than another; the choices share a row in equal columns
 * and stack on narrow screens. Never sticky or fixed (WCAG 2.4.11); targets at
 * least 44px; logical properties only, so it is right under dir="rtl".
 */
export const promptStyles = css`
  :host {
    display: block;
    font-family: var(--candour-font-family, inherit);
    color: var(--candour-prompt-fg, #0b0c0c);
  }
  :host([hidden]) { display: none; }

  .prompt {
    box-sizing: border-box;
    padding: var(--candour-prompt-padding, 1.25rem);
    border: 2px solid var(--candour-prompt-border, #0b0c0c);
    background: var(--candour-prompt-bg, #ffffff);
    color: var(--candour-prompt-fg, #0b0c0c);
    font-size: var(--candour-prompt-font-size, 1rem);
    line-height: 1.5;
    overflow-wrap: break-word;
    text-align: start;
  }
  @media (min-width: 40.0625em) {
    .prompt { font-size: var(--candour-prompt-font-size, 1.1875rem); }
  }
  .easy-read { font-size: var(--candour-prompt-easy-read-font-size, 1.375rem); line-height: 1.6; }

  dialog {
    box-sizing: border-box;
    max-inline-size: min(44rem, 94vw);
    max-block-size: 92vh;
    padding: 0;
    border: 0;
    background: transparent;
    color: inherit;
  }
  dialog::backdrop { background: rgb(0 0 0 / 0.5); }
  dialog .prompt { border-block-end: 0; }
  .close {
    display: block;
    inline-size: 100%;
    border: 2px solid var(--candour-prompt-border, #0b0c0c);
  }

  [part~='title'] { margin-block: 0 1rem; font-size: 1.5em; font-weight: 700; line-height: 1.2; }
  [part~='purpose-heading'] { margin-block: 0 0.5rem; font-size: 1.2em; font-weight: 700; line-height: 1.3; }
  [part~='title']:focus { outline: 3px solid var(--candour-focus, #ffdd00); outline-offset: 2px; }
  [part~='title']:focus:not(:focus-visible) { outline: none; }
  p { margin-block: 0 0.75rem; }

  .summary { display: flex; align-items: flex-start; gap: 1.25rem; }
  .summary > div { flex: 1 1 auto; min-inline-size: 0; }
  [part~='picture'] { flex: none; inline-size: 6rem; block-size: auto; }

  .purpose { margin-block: 1.5rem 0; padding-block-start: 1.25rem; border-block-start: 1px solid #b1b4b6; }
  .notice-line { padding-inline-start: 0.75rem; border-inline-start: 5px solid currentColor; }

  button, input { font: inherit; }
  button {
    appearance: none;
    box-sizing: border-box;
    min-block-size: 44px;
    min-inline-size: 44px;
    margin: 0;
    padding-block: 0.5rem;
    padding-inline: 1rem;
    border-radius: 0;
    cursor: pointer;
    line-height: 1.25;
    text-align: center;
  }
  /* One rule for every choice: identical weight whatever the answer. */
  .choices {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, var(--candour-choice-min-inline-size, 11rem)), 1fr));
    gap: 0.75rem;
    margin-block: 1rem;
  }
  .choice, .close {
    border: 2px solid var(--candour-choice-fg, #0b0c0c);
    background: var(--candour-choice-bg, #ffffff);
    color: var(--candour-choice-fg, #0b0c0c);
    font-weight: 700;
  }
  .choice:hover, .close:hover { background: var(--candour-choice-bg-hover, #f3f2f1); }
  button.link {
    min-inline-size: 0;
    padding-inline: 0;
    border: 0;
    background: none;
    color: var(--candour-link, #1d70b8);
    text-align: start;
    text-decoration: underline;
  }
  a { color: var(--candour-link, #1d70b8); }
  button:focus-visible, a:focus-visible, input:focus-visible {
    outline: 3px solid var(--candour-focus, #ffdd00);
    outline-offset: 0;
    box-shadow: 0 0 0 6px var(--candour-focus-ring, #0b0c0c);
  }
  button:focus-visible, a:focus-visible { background: var(--candour-focus, #ffdd00); color: var(--candour-focus-text, #0b0c0c); }

  /* The status message is always there (a live region must exist before it speaks); it takes space only when it says something. */
  .status.filled { margin-block: 0.75rem 0; padding: 0.75rem; border-inline-start: 5px solid #00703c; }
  .status:focus { outline: 3px solid var(--candour-focus, #ffdd00); outline-offset: 2px; }
  [part~='not-saved'] { border-inline-start-color: var(--candour-error, #d4351c); font-weight: 700; }
  .status p:last-child { margin-block-end: 0; }

  fieldset { margin: 0; padding: 0; border: 0; min-inline-size: 0; }
  .who { margin-block: 1rem; }
  legend { padding: 0; margin-block-end: 0.5rem; font-weight: 700; }
  .radios { display: grid; gap: 0.5rem; margin-block-end: 1rem; }
  .radio { display: flex; align-items: center; gap: 0.75rem; min-block-size: 44px; cursor: pointer; }
  .radio input { flex: none; inline-size: 1.75rem; block-size: 1.75rem; margin: 0; accent-color: var(--candour-prompt-fg, #0b0c0c); }
  .field { margin-block: 0 1rem; }
  .field > label { display: block; margin-block-end: 0.25rem; }
  .field input:not([type='radio']) {
    box-sizing: border-box;
    inline-size: 100%;
    max-inline-size: 30em;
    min-block-size: 44px;
    padding: 0.3rem 0.5rem;
    border: 2px solid var(--candour-prompt-fg, #0b0c0c);
    border-radius: 0;
    background: var(--candour-prompt-bg, #ffffff);
    color: var(--candour-prompt-fg, #0b0c0c);
  }
  .invalid { padding-inline-start: 0.75rem; border-inline-start: 5px solid var(--candour-error, #d4351c); }
  .invalid input:not([type='radio']) { border-color: var(--candour-error, #d4351c); }
  .error, .error-summary { color: var(--candour-error, #d4351c); font-weight: 700; }

  @media (prefers-color-scheme: dark) {
    :host, .prompt { color: var(--candour-prompt-fg, #f3f2f1); }
    .prompt { background: var(--candour-prompt-bg, #1d1d1f); border-color: var(--candour-prompt-border, #b1b4b6); }
    .choice, .close { background: var(--candour-choice-bg, #1d1d1f); color: var(--candour-choice-fg, #f3f2f1); border-color: var(--candour-choice-fg, #f3f2f1); }
    .choice:hover, .close:hover { background: var(--candour-choice-bg-hover, #383838); }
    a, button.link { color: var(--candour-link, #8fc3f0); }
    .field input:not([type='radio']) { background: var(--candour-prompt-bg, #1d1d1f); color: var(--candour-prompt-fg, #f3f2f1); border-color: var(--candour-prompt-fg, #f3f2f1); }
    .radio input { accent-color: var(--candour-prompt-fg, #f3f2f1); }
    .error, .error-summary { color: var(--candour-error, #ff8a73); }
    .invalid, [part~='not-saved'] { border-inline-start-color: var(--candour-error, #ff8a73); }
    .status:not([part~='not-saved']) { border-inline-start-color: #5ad48f; }
  }

  @media (forced-colors: active) {
    .prompt, .choice, .close, .field input:not([type='radio']) { border-color: CanvasText; }
    button:focus-visible, a:focus-visible, input:focus-visible, .status:focus, [part~='title']:focus { outline: 3px solid Highlight; outline-offset: 2px; }
    a, button.link { color: LinkText; }
    .invalid, .status, .notice-line { border-inline-start-color: CanvasText; }
  }

  @media (prefers-reduced-motion: reduce) {
    *, *::before, *::after { transition: none !important; animation: none !important; }
  }
`;
