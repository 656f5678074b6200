import { css } from 'lit';
import { secondaryButton } from '../internal/button-styles';

/*
 * Unchecked AI content is told apart three ways besides colour: the words
 * (a visually hidden "Warning" and the status line), the "!" icon, and a
 * dashed border; checked content has a tick and a solid border. Logical
 * properties only, so the thick edge sits at the start of the line in
 * right-to-left pages too.
 */
export const contentStyles = css`
  :host {
    display: block;
    font-family: var(--candour-font-family, inherit);
    color: var(--candour-content-fg, #0b0c0c);
  }
  :host([hidden]) { display: none; }

  .base {
    box-sizing: border-box;
    border: 3px dashed var(--candour-content-unreviewed-border, #0b0c0c);
    border-inline-start: 8px solid var(--candour-content-unreviewed-border, #0b0c0c);
    border-radius: var(--candour-content-radius, 0);
    background: var(--candour-content-bg, #ffffff);
    color: var(--candour-content-fg, #0b0c0c);
    line-height: 1.5;
    overflow-wrap: break-word;
    text-align: start;
  }
  .header {
    display: flex;
    align-items: flex-start;
    gap: 0.75rem;
    padding-block: 0.75rem;
    padding-inline: 0.75rem 1rem;
    border-block-end: 3px dashed var(--candour-content-unreviewed-border, #0b0c0c);
    background: var(--candour-content-unreviewed-bg, #fff7bf);
  }
  .reviewed {
    border: 2px solid var(--candour-content-reviewed-border, #00703c);
    border-inline-start: 8px solid var(--candour-content-reviewed-border, #00703c);
  }
  .reviewed .header {
    border-block-end: 1px solid var(--candour-content-reviewed-border, #00703c);
    background: var(--candour-content-reviewed-bg, #f3f2f1);
  }

  .icon {
    flex: none;
    box-sizing: border-box;
    display: inline-flex;
    align-items: center;
    justify-content: center;
    inline-size: 2rem;
    block-size: 2rem;
    border: 2px solid var(--candour-content-icon-bg, #0b0c0c);
    border-radius: 50%;
    background: var(--candour-content-icon-bg, #0b0c0c);
    color: var(--candour-content-icon-fg, #ffffff);
    font-size: 1.5rem;
    font-weight: 700;
    line-height: 1;
  }
  .reviewed .icon {
    border-color: var(--candour-content-reviewed-border, #00703c);
    background: var(--candour-content-reviewed-border, #00703c);
  }
  .icon svg { inline-size: 1.25rem; block-size: 1.25rem; }

  .lines { flex: 1 1 auto; min-inline-size: 0; }
  p { margin-block: 0 0.25rem; }
  .provenance { font-weight: 700; }
  .status:focus { outline: 3px solid var(--candour-focus, #ffdd00); outline-offset: 2px; }
  .status:focus:not(:focus-visible) { outline: none; }
  .fallback { font-size: 0.9375em; }

  .actions { display: flex; flex-wrap: wrap; align-items: center; gap: 0.75rem; margin-block-start: 0.5rem; }
  button, a { font: inherit; }
  .review {
    ${secondaryButton}
  }
  .review:hover { background: var(--candour-button-bg-hover, #dbdad9); }
  .about {
    min-block-size: 44px;
    padding: 0;
    border: 0;
    background: none;
    color: var(--candour-link, #1d70b8);
    text-decoration: underline;
    text-underline-offset: 0.1578em;
    cursor: pointer;
    text-align: start;
  }
  a.about { display: inline-flex; align-items: center; }
  .about:hover { color: var(--candour-link-hover, #003078); text-decoration-thickness: max(3px, 0.1875rem); }
  .review:focus-visible {
    outline: 3px solid var(--candour-focus, #ffdd00);
    outline-offset: 0;
    background: var(--candour-focus, #ffdd00);
    color: var(--candour-focus-text, #0b0c0c);
    box-shadow: 0 0 0 5px var(--candour-focus-ring, #0b0c0c);
  }
  .about:focus-visible {
    outline: 3px solid transparent;
    background: var(--candour-focus, #ffdd00);
    color: var(--candour-focus-text, #0b0c0c);
    box-shadow: 0 -2px var(--candour-focus, #ffdd00), 0 4px var(--candour-focus-ring, #0b0c0c);
    text-decoration: none;
  }

  .content { padding: 1rem; }

  .visually-hidden {
    position: absolute !important;
    inline-size: 1px !important;
    block-size: 1px !important;
    margin: 0 !important;
    padding: 0 !important;
    overflow: hidden !important;
    clip: rect(0 0 0 0) !important;
    clip-path: inset(50%) !important;
    border: 0 !important;
    white-space: nowrap !important;
  }

  @media (prefers-color-scheme: dark) {
    :host, .base { color: var(--candour-content-fg, #f3f2f1); }
    .base { background: var(--candour-content-bg, #1d1d1f); border-color: var(--candour-content-unreviewed-border, #ffdd00); }
    .header { background: var(--candour-content-unreviewed-bg, #3b3200); border-block-end-color: var(--candour-content-unreviewed-border, #ffdd00); }
    .icon { border-color: var(--candour-content-icon-bg, #ffdd00); background: var(--candour-content-icon-bg, #ffdd00); color: var(--candour-content-icon-fg, #0b0c0c); }
    .reviewed { border-color: var(--candour-content-reviewed-border, #5cc287); }
    .reviewed .header { background: var(--candour-content-reviewed-bg, #2a2a2d); border-block-end-color: var(--candour-content-reviewed-border, #5cc287); }
    .reviewed .icon { border-color: var(--candour-content-reviewed-border, #5cc287); background: var(--candour-content-reviewed-border, #5cc287); color: #0b0c0c; }
    .review { background: var(--candour-button-bg, #383838); color: var(--candour-button-fg, #f3f2f1); box-shadow: 0 2px 0 var(--candour-button-shadow, #000000); }
    .review:hover { background: var(--candour-button-bg-hover, #4a4a4a); }
    .about { color: var(--candour-link, #8fc3f0); }
    .about:hover { color: var(--candour-link-hover, #c2e0f7); }
  }

  @media (forced-colors: active) {
    .base, .reviewed, .header, .reviewed .header { border-color: CanvasText; }
    .icon, .reviewed .icon { forced-color-adjust: none; border-color: CanvasText; background: CanvasText; color: Canvas; }
    .review { border-color: ButtonText; box-shadow: none; }
    .about { color: LinkText; }
    .review:focus-visible, .about:focus-visible, .status:focus { outline: 3px solid Highlight; outline-offset: 2px; }
  }

  @media (prefers-reduced-motion: reduce) {
    *, *::before, *::after { transition: none !important; animation: none !important; }
  }

  @media print {
    :host, .base, .header, .reviewed .header { color: #000 !important; background: #fff !important; }
    .base, .reviewed, .header, .reviewed .header { border-color: #000 !important; }
    /* Backgrounds are not printed by default: draw the icon with its outline instead. */
    .icon, .reviewed .icon { background: none !important; color: #000 !important; border-color: #000 !important; }
    .actions { display: none !important; }
    .base { break-inside: avoid; }
  }
`;
