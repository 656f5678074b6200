import { CandourProvider } from '../provider/provider';
import { defineElement } from '../internal/define';
// The provider shows full notices in its dialog.
import './ai-notice';

export { CandourProvider };
defineElement('candour-provider', CandourProvider);

declare global {
  interface HTMLElementTagNameMap {
    'candour-provider': CandourProvider;
  }
}
