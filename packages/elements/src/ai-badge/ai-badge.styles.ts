import { css } from 'lit';

export const badgeStyles = css`
  :host {
    display: inline-block;
    position: relative;
    contain: layout style;
    vertical-align: baseline;
    font: inherit;
    font-size: var(--candour-badge-font-size, 0.875em);
    line-height: 1.25;
  }
  :host([data-open]) { z-index: var(--candour-z, 1000); }
  :host([size='cell']) { font-size: var(--candour-badge-font-size-cell, 0.8125em); }
  :host([size='heading']) { font-size: var(--candour-badge-font-size-heading, 0.6em); vertical-align: middle; }
  button {
    appearance: none;
    font: inherit;
    margin: 0;
    min-height: 24px;
    padding: 0.125em 0.5em;
    border: 1px solid var(--candour-badge-border, #4c2c92);
    border-radius: var(--candour-badge-radius, 0.25em);
    background: var(--candour-badge-bg, #f3f0fa);
    color: var(--candour-badge-fg, #3a216f);
    font-weight: 600;
    cursor: pointer;
    text-align: start;
  }
  button:hover { background: var(--candour-badge-bg-hover, #e5ddf5); text-decoration: underline; }
  button:focus-visible, a:focus-visible {
    outline: 3px solid var(--candour-focus, #ffdd00);
    outline-offset: 0;
    box-shadow: 0 0 0 5px var(--candour-focus-ring, #0b0c0c);
  }
  [part~='toggletip'] {
    position: absolute;
    inset-block-start: calc(100% + 0.375rem);
    inset-inline-start: 0;
    z-index: var(--candour-z, 1000);
    inline-size: max-content;
    max-inline-size: min(22rem, 90vw);
    padding: 0.75rem 1rem;
    border: 1px solid var(--candour-tip-border, #0b0c0c);
    border-radius: 0.25rem;
    background: var(--candour-tip-bg, #ffffff);
    color: var(--candour-tip-fg, #0b0c0c);
    font-size: var(--candour-tip-font-size, 1rem);
    font-weight: 400;
    line-height: 1.4;
    white-space: normal;
    overflow-wrap: anywhere;
    box-shadow: 0 2px 6px rgb(0 0 0 / 0.2);
  }
  [part~='toggletip'][hidden] { display: none; }
  p { margin: 0 0 0.5rem; }
  a, .link {
    color: var(--candour-link, #1d70b8);
    text-decoration: underline;
    background: none;
    border: 0;
    padding: 0;
    font: inherit;
    min-height: 24px;
    cursor: pointer;
  }
  @media (prefers-color-scheme: dark) {
    button { background: var(--candour-badge-bg, #2b2140); color: var(--candour-badge-fg, #e9e1ff); border-color: var(--candour-badge-border, #b9a5ee); }
    button:hover { background: var(--candour-badge-bg-hover, #3a2d57); }
    [part~='toggletip'] { background: var(--candour-tip-bg, #1d1d1f); color: var(--candour-tip-fg, #f3f2f1); border-color: var(--candour-tip-border, #b1b4b6); }
    a, .link { color: var(--candour-link, #8fc3f0); }
  }
  @media (forced-colors: active) {
    button, [part~='toggletip'] { border-color: CanvasText; }
    button:focus-visible, a:focus-visible { outline-color: Highlight; }
  }
  @media print {
    [part~='toggletip'] { display: none; }
    button { border-color: #000; background: none; color: #000; }
  }
`;
