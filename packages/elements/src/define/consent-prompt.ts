import { CandourConsentPrompt } from '../consent-prompt/consent-prompt';
import { defineElement } from '../internal/define';

export { CandourConsentPrompt };
defineElement('candour-consent-prompt', CandourConsentPrompt);

declare global {
  interface HTMLElementTagNameMap {
    'candour-consent-prompt': CandourConsentPrompt;
  }
}
