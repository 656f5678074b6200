import { CandourProvider } from '../provider/provider';
import { defineElement } from '../internal/define';

export { CandourProvider };
defineElement('candour-provider', CandourProvider);

declare global {
  interface HTMLElementTagNameMap {
    'candour-provider': CandourProvider;
  }
}
