import { CandourConsentPrompt } from '../consent-prompt/consent-prompt';
import { CANDOUR_VERSION } from '../internal/define';

export { CandourConsentPrompt };

// Registers as `defineElement` does (the first copy of Candour on the page wins;
// a warning when versions differ), without attaching a context root to the
// document: the prompt asks its provider again by itself when one is defined
// after it, and leaving the root out keeps the prompt's entry small.
const tag = 'candour-consent-prompt';
const versions = ((globalThis as { __candourVersions?: Map<string, string> }).__candourVersions ??= new Map<string, string>());
if (typeof customElements !== 'undefined') {
  if (!customElements.get(tag)) {
    // The tag written out, not `tag`: the manifest analyzer reads it from this call.
    customElements.define('candour-consent-prompt', CandourConsentPrompt);
    versions.set(tag, CANDOUR_VERSION);
  } else if (versions.get(tag) !== CANDOUR_VERSION) {
    console.warn(`<${tag}> is already defined by Candour ${versions.get(tag) ?? 'of an unknown version'}; this copy (${CANDOUR_VERSION}) is not used.`);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'candour-consent-prompt': CandourConsentPrompt;
  }
}
