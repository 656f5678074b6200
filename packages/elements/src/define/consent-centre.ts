import { CandourConsentCentre } from '../consent-centre/consent-centre';
import { defineElement } from '../internal/define';

export { CandourConsentCentre };
defineElement('candour-consent-centre', CandourConsentCentre);

declare global {
  interface HTMLElementTagNameMap {
    'candour-consent-centre': CandourConsentCentre;
  }
}
