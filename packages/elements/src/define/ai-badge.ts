import { CandourAiBadge } from '../ai-badge/ai-badge';
import { defineElement } from '../internal/define';

export { CandourAiBadge };
defineElement('candour-ai-badge', CandourAiBadge);

declare global {
  interface HTMLElementTagNameMap {
    'candour-ai-badge': CandourAiBadge;
  }
}
