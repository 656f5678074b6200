// Placeholder being replaced by the full notice element in this same change.
import { html } from 'lit';
import { property } from 'lit/decorators.js';
import { CandourElement } from '../internal/candour-element';

export class CandourAiNotice extends CandourElement {
  @property({ reflect: true }) feature?: string;
  protected override render() {
    return html`<p>${this.feature}</p>`;
  }
}
