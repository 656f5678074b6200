import { css } from 'lit';

export const statementsStyles = css`
  :host {
    display: block;
    color: var(--candour-statements-fg, #0b0c0c);
    font: inherit;
    line-height: 1.5;
  }
  :host([hidden]) { display: none; }
  [part~='base'] { max-inline-size: var(--candour-statements-max-width, 48rem); }
  h1, h2, h3, h4, h5, h6 { margin-block: 0 0.5rem; line-height: 1.25; }
  [part~='heading'] { font-size: 1.5em; }
  .domain { margin-block-start: 1.5rem; }
  .domain > :first-child { font-size: 1.15em; }
  p { margin-block: 0 0.5rem; }
  .intro, .note, .source, .addressed-by.none { color: var(--candour-statements-muted, #484949); }
  .source, .note, .addressed-by { font-size: 0.9em; }
  .statements { list-style: none; margin: 0; padding: 0; }
  .statement {
    margin-block-end: 1.25rem;
    padding-inline-start: 0.75rem;
    border-inline-start: 4px solid transparent;
  }
  .statement.addressed { border-inline-start-color: var(--candour-addressed-border, #1d70b8); }
  blockquote, .paraphrase {
    margin-block: 0 0.375rem;
    margin-inline: 0;
    padding-inline-start: 1rem;
    border-inline-start: 3px solid var(--candour-quote-border, #b1b4b6);
    font-size: 1.1em;
    overflow-wrap: anywhere;
  }
  blockquote p { margin: 0; }
  blockquote p::before { content: open-quote; }
  blockquote p::after { content: close-quote; }
  .paraphrase { font-style: italic; }
  .addressed-by { font-weight: 600; overflow-wrap: anywhere; }
  .missing {
    padding-block: 0.5rem;
    padding-inline: 1rem;
    border-inline-start: 5px solid var(--candour-quote-border, #b1b4b6);
    background: var(--candour-missing-bg, #f3f2f1);
  }
  .missing p:last-child { margin-block-end: 0; }
  code { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: 0.9em; }
  a { color: var(--candour-link, #1d70b8); text-underline-offset: 0.15em; overflow-wrap: anywhere; }
  a:focus-visible {
    outline: 3px solid var(--candour-focus, #ffdd00);
    outline-offset: 0;
    box-shadow: 0 0 0 5px var(--candour-focus-ring, #0b0c0c);
    text-decoration: none;
  }
  @media (prefers-color-scheme: dark) {
    :host { color: var(--candour-statements-fg, #f3f2f1); }
    .intro, .note, .source, .addressed-by.none { color: var(--candour-statements-muted, #c8cacb); }
    blockquote, .paraphrase, .missing { border-color: var(--candour-quote-border, #6f777b); }
    .statement.addressed { border-inline-start-color: var(--candour-addressed-border, #8fc3f0); }
    .missing { background: var(--candour-missing-bg, #2a2a2d); }
    a { color: var(--candour-link, #8fc3f0); }
  }
  @media (forced-colors: active) {
    blockquote, .paraphrase, .missing { border-color: CanvasText; }
    .statement.addressed { border-inline-start-color: Highlight; }
    .intro, .note, .source, .addressed-by.none { color: CanvasText; }
    a:focus-visible { outline-color: Highlight; }
  }
  @media print {
    :host { color: #000; }
    [part~='base'] { max-inline-size: none; }
    .statement, .missing { break-inside: avoid; }
    .missing { background: none; border-color: #000; }
    .intro, .note, .source, .addressed-by.none { color: #000; }
    a[href]::after { content: ' (' attr(href) ')'; font-size: 0.85em; overflow-wrap: anywhere; }
  }
`;
