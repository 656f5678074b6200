import { CandourAiNotice } from '../ai-notice/ai-notice';
import { defineElement } from '../internal/define';

export { CandourAiNotice };
defineElement('candour-ai-notice', CandourAiNotice);

declare global {
  interface HTMLElementTagNameMap {
    'candour-ai-notice': CandourAiNotice;
  }
}
