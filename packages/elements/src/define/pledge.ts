import { CandourPledge } from '../pledge/pledge';
import { defineElement } from '../internal/define';

export { CandourPledge };
defineElement('candour-pledge', CandourPledge);

declare global {
  interface HTMLElementTagNameMap {
    'candour-pledge': CandourPledge;
  }
}
