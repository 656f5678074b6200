import { CandourAiContent } from '../ai-content/ai-content';
import { defineElement } from '../internal/define';

export { CandourAiContent };
defineElement('candour-ai-content', CandourAiContent);

declare global {
  interface HTMLElementTagNameMap {
    'candour-ai-content': CandourAiContent;
  }
}
