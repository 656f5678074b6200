// The page's script. Order matters: Lit's hydration support before any element class is evaluated,
// then hydrate.mjs (gives the provider the manifest the server wrote into the page), then the
// definitions, provider first. A bundler keeps this order (the server bundles it with Rollup).
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import './hydrate.mjs';
import '@candour/elements/define/provider.js';
import '@candour/elements/define/ai-badge.js';
import '@candour/elements/define/ai-content.js';
import '@candour/elements/define/ai-notice.js';
import '@candour/elements/define/pledge.js';
