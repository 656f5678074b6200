import { css } from '@lit/reactive-element/css-tag.js';

// Kept small, in bytes and in work, for pages of hundreds of badges: written
// compactly (it ships as written); a closed badge is an inline host (no box of
// its own) around one button styled by one rule; plain selectors (type, id, one
// host attribute). Two sheets: every badge's shadow root holds only the closed
// badge's rules; the toggletip's (and the open host's) are added to a badge's
// root when it is first opened, so 1,000 badges do not each take them on.
export const badgeStyles = css`
button{appearance:none;margin:0;min-height:24px;padding:.125em .5em;border:1px solid var(--candour-badge-border,#4c2c92);border-radius:var(--candour-badge-radius,.25em);background:var(--candour-badge-bg,#f3f0fa);color:var(--candour-badge-fg,#3a216f);font:inherit;font-size:var(--candour-badge-font-size,.875em);font-weight:600;line-height:1.25;text-align:start;cursor:pointer}
:host([size=cell]) button{font-size:var(--candour-badge-font-size-cell,.8125em)}
:host([size=heading]) button{font-size:var(--candour-badge-font-size-heading,.6em);vertical-align:middle}
button:hover{background:var(--candour-badge-bg-hover,#e5ddf5);text-decoration:underline}
:focus-visible{outline:3px solid var(--candour-focus,#fd0);outline-offset:0;box-shadow:0 0 0 5px var(--candour-focus-ring,#0b0c0c)}
@media (prefers-color-scheme:dark){
button{background:var(--candour-badge-bg,#2b2140);color:var(--candour-badge-fg,#e9e1ff);border-color:var(--candour-badge-border,#b9a5ee)}
button:hover{background:var(--candour-badge-bg-hover,#3a2d57)}
}
@media (forced-colors:active){button{border-color:CanvasText}:focus-visible{outline-color:Highlight}}
@media print{button{border-color:#000;background:none;color:#000}}
`;

// The open badge: the host becomes a positioned box lifted above its neighbours, and its toggletip.
export const tipStyles = css`
:host([data-open]){display:inline-block;position:relative;z-index:var(--candour-z,1000)}
#tip{position:absolute;inset-block-start:calc(100% + .375rem);inset-inline-start:0;box-sizing:border-box;inline-size:max-content;max-inline-size:min(22rem,90vw);padding:.75rem 1rem;border:1px solid var(--candour-tip-border,#0b0c0c);border-radius:.25rem;background:var(--candour-tip-bg,#fff);color:var(--candour-tip-fg,#0b0c0c);font-size:var(--candour-tip-font-size,1rem);font-weight:400;line-height:1.4;white-space:normal;overflow-wrap:anywhere;box-shadow:0 2px 6px #0003}
p{margin:0 0 .5rem}
#tip a,#tip .link{min-height:24px;padding:0;border:0;background:none;color:var(--candour-link,#1d70b8);font:inherit;text-decoration:underline;cursor:pointer}
@media (prefers-color-scheme:dark){
#tip{background:var(--candour-tip-bg,#1d1d1f);color:var(--candour-tip-fg,#f3f2f1);border-color:var(--candour-tip-border,#b1b4b6)}
#tip a,#tip .link{color:var(--candour-link,#8fc3f0)}
}
@media (forced-colors:active){#tip{border-color:CanvasText}}
@media print{#tip{display:none}}
`;
