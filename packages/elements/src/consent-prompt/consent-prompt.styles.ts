import { css } from '@lit/reactive-element/css-tag.js';

/*
 * Next to GOV.UK and NHS.UK pages: their text colour, error red and yellow
 * focus with a black ring. Every choice button shares one rule (`.choice`, the
 * dialog's "Close" too), so no answer looks more "right" than another; the
 * choices share a row in equal columns and stack on narrow screens. Never
 * sticky or fixed (WCAG 2.4.11); targets at least 44px; logical properties
 * only, so it is right under dir="rtl". The colours are set once, as private
 * properties on the host, and swapped for the dark scheme; forced colours need
 * nothing of ours (the browser replaces every colour and keeps the outlines and
 * underlines). There is no motion to reduce. The status message is always there
 * (a live region must exist before it speaks); it takes room only when it says
 * something (`.status:not(:empty)`). Written compactly, one rule a line, as the
 * badge's styles are: it ships as written. The form for representatives brings its
 * own rules (`build/who.ts`).
 */
export const promptStyles = css`
:host{--f:var(--candour-prompt-fg,#0b0c0c);--b:var(--candour-prompt-bg,#fff);--h:var(--candour-choice-bg-hover,#f3f2f1);--e:var(--candour-error,#d4351c);--l:var(--candour-link,#1d70b8);--ok:#00703c;--focus:var(--candour-focus,#fd0);display:block;font-family:var(--candour-font-family,inherit);color:var(--f)}
@media (prefers-color-scheme:dark){:host{--f:var(--candour-prompt-fg,#f3f2f1);--b:var(--candour-prompt-bg,#1d1d1f);--h:var(--candour-choice-bg-hover,#383838);--e:var(--candour-error,#ff8a73);--l:var(--candour-link,#8fc3f0);--ok:#5ad48f}}
:host([hidden]){display:none}
.prompt{padding:var(--candour-prompt-padding,1.25rem);border:2px solid var(--candour-prompt-border,var(--f));background:var(--b);font-size:var(--candour-prompt-font-size,1.1875rem);line-height:1.5;overflow-wrap:break-word}
.easy-read{font-size:var(--candour-prompt-easy-read-font-size,1.375rem)}
dialog{max-inline-size:min(44rem,94vw);padding:0;border:0;background:none;color:inherit}
::backdrop{background:rgb(0 0 0/.5)}
[role=heading]{margin-block-end:.5rem;font-size:1.2em;font-weight:700}
#title{font-size:1.5em}
p{margin-block:0 .75rem}
.summary{display:flex;gap:1.25rem}
.summary>div{flex:1;min-inline-size:0}
img{flex:none;inline-size:6rem}
.purpose{margin-block-start:1.5rem;padding-block-start:1.25rem;border-block-start:1px solid #b1b4b6}
.notice-line,.status:not(:empty){padding-inline-start:.75rem;border-inline-start:5px solid}
button,input{min-block-size:44px;font:inherit;color:inherit}
.choices{display:grid;grid-template-columns:repeat(auto-fit,minmax(min(100%,var(--candour-choice-min-inline-size,11rem)),1fr));gap:.75rem;margin-block:1rem}
.choice{inline-size:100%;padding:.5rem 1rem;border:2px solid var(--candour-choice-fg,var(--f));background:var(--candour-choice-bg,var(--b));color:var(--candour-choice-fg,var(--f));font-weight:700}
.choice:hover{background:var(--h)}
.link{padding:0;border:0;background:none;color:var(--l);text-decoration:underline}
a{color:var(--l)}
:focus-visible{outline:3px solid var(--focus);box-shadow:0 0 0 6px var(--candour-focus-ring,#0b0c0c)}
button:focus-visible,a:focus-visible{background:var(--focus);color:var(--candour-focus-text,#0b0c0c)}
.status:not(:empty){padding-block:.75rem;border-color:var(--ok)}
.status p:last-child{margin:0}
.status[part~=not-saved]{border-color:var(--e);font-weight:700}
.who{margin-block-end:1rem}
`;
