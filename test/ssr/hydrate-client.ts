/**
 * The browser side of a server-rendered page, for the hydration tests: Lit's hydration support first
 * (before any element's class is evaluated), then the manifest the server rendered with, given to the
 * provider before it upgrades, then the definitions, provider first.
 */
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import './hydrate-manifest.js';
import '@candour/elements/define/provider.js';
import '@candour/elements/define/ai-badge.js';
import '@candour/elements/define/ai-notice.js';
import '@candour/elements/define/ai-content.js';
import '@candour/elements/define/pledge.js';
import '@candour/elements/define/statements.js';
import '@candour/elements/define/consent-centre.js';
import '@candour/elements/define/consent-prompt.js';

(globalThis as { candourHydrated?: boolean }).candourHydrated = true;
