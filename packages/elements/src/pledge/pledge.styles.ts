import { css } from 'lit';

export const pledgeStyles = css`
  :host {
    display: block;
    color: var(--candour-pledge-fg, #0b0c0c);
    font: inherit;
    line-height: 1.5;
  }
  :host([hidden]) { display: none; }
  [part~='base'] { max-inline-size: var(--candour-pledge-max-width, 48rem); }
  h1, h2, h3, h4, h5, h6 { margin-block: 0 0.5rem; line-height: 1.25; }
  [part~='heading'] { font-size: 1.5em; }
  .commitment-heading { font-size: 1.15em; }
  .parts .commitment-heading { font-size: 1.05em; }
  p { margin-block: 0 0.75rem; }
  .number { display: inline-block; min-inline-size: 1.75em; font-variant-numeric: tabular-nums; }
  .disclaimer {
    padding-block: 0.5rem;
    padding-inline: 1rem;
    border-inline-start: 5px solid var(--candour-disclaimer-border, #b1b4b6);
    background: var(--candour-disclaimer-bg, #f3f2f1);
  }
  .note, .basis, .missing, .claimed { color: var(--candour-pledge-muted, #484949); }
  .summary { display: flex; flex-wrap: wrap; gap: 0.5rem 1.5rem; margin-block: 0 1rem; }
  .summary div { display: flex; gap: 0.5rem; align-items: center; }
  .summary dt { display: inline-flex; align-items: center; gap: 0.375rem; font-weight: 700; }
  .summary dd { margin: 0; font-weight: 700; font-variant-numeric: tabular-nums; }
  .commitments { list-style: none; margin: 0; padding: 0; }
  .commitment > article {
    margin-block-end: 1rem;
    padding: 1rem;
    border: 1px solid var(--candour-pledge-border, #b1b4b6);
    border-radius: 0.25rem;
    background: var(--candour-pledge-bg, #ffffff);
  }
  .parts { margin-block-start: 1rem; }
  .parts .commitment > article { margin-block-end: 0.75rem; padding: 0.75rem; border-inline-start-width: 4px; }
  .verdict { display: inline-flex; align-items: center; gap: 0.375rem; font-weight: 700; }
  p.verdict { padding-block: 0.125rem; padding-inline: 0.5rem; border: 1px solid currentColor; border-radius: 0.25rem; }
  .icon { flex: none; inline-size: 1em; block-size: 1em; }
  .evidenced { color: var(--candour-verdict-evidenced, #00703c); }
  .partial { color: var(--candour-verdict-partial, #8a4d00); }
  .no-evidence { color: var(--candour-verdict-none, #b3261e); }
  .supplier-statement .label { margin-block-end: 0.25rem; font-weight: 700; }
  blockquote {
    margin-block: 0 0.75rem;
    margin-inline: 0;
    padding-inline-start: 1rem;
    border-inline-start: 3px solid var(--candour-pledge-border, #b1b4b6);
    overflow-wrap: anywhere;
  }
  blockquote p { margin: 0; }
  details { margin-block: 0.5rem; }
  summary {
    min-block-size: 24px;
    cursor: pointer;
    color: var(--candour-link, #1d70b8);
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  details ul { margin-block: 0.5rem; padding-inline-start: 1.25rem; }
  details li { margin-block-end: 0.5rem; }
  .evidence ul { list-style: none; padding-inline-start: 0; }
  .evidence li > * { margin-inline-end: 0.25rem; }
  .fill { display: inline-flex; align-items: center; gap: 0.25rem; font-weight: 600; }
  .missing { display: block; }
  code { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: 0.9em; overflow-wrap: anywhere; }
  a { color: var(--candour-link, #1d70b8); text-underline-offset: 0.15em; }
  a:focus-visible, summary:focus-visible {
    outline: 3px solid var(--candour-focus, #ffdd00);
    outline-offset: 0;
    box-shadow: 0 0 0 5px var(--candour-focus-ring, #0b0c0c);
    text-decoration: none;
  }
  @media (prefers-color-scheme: dark) {
    :host { color: var(--candour-pledge-fg, #f3f2f1); }
    .commitment > article { background: var(--candour-pledge-bg, #1d1d1f); border-color: var(--candour-pledge-border, #6f777b); }
    .disclaimer { background: var(--candour-disclaimer-bg, #2a2a2d); border-color: var(--candour-disclaimer-border, #8f9496); }
    .note, .basis, .missing, .claimed { color: var(--candour-pledge-muted, #c8cacb); }
    blockquote { border-color: var(--candour-pledge-border, #6f777b); }
    .evidenced { color: var(--candour-verdict-evidenced, #85d5a5); }
    .partial { color: var(--candour-verdict-partial, #f0b45a); }
    .no-evidence { color: var(--candour-verdict-none, #ff9a8f); }
    a, summary { color: var(--candour-link, #8fc3f0); }
  }
  @media (forced-colors: active) {
    .commitment > article, .disclaimer, p.verdict, blockquote { border-color: CanvasText; }
    .evidenced, .partial, .no-evidence, .note, .basis, .missing, .claimed { color: CanvasText; }
    summary { color: LinkText; }
    a:focus-visible, summary:focus-visible { outline-color: Highlight; }
  }
  @media print {
    :host { color: #000; }
    [part~='base'] { max-inline-size: none; }
    .commitment > article, .disclaimer { break-inside: avoid; background: none; border-color: #000; }
    .evidenced, .partial, .no-evidence, .note, .basis, .missing, .claimed, summary { color: #000; }
    summary { text-decoration: none; font-weight: 700; list-style: none; }
    summary::-webkit-details-marker { display: none; }
    a[href]::after { content: ' (' attr(href) ')'; font-size: 0.85em; overflow-wrap: anywhere; }
  }
  /* Printing opens every detail (beforeprint); this also covers printing without that event, where supported. */
  @media print {
    details::details-content { content-visibility: visible; display: contents; }
  }
`;
