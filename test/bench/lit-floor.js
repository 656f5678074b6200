// Lit's floor, for the size table (scripts/size.mjs) and the render benchmark
// (test/bench/render-badges.bench.mjs): the least a Lit element can be that
// shows a label. Plain JavaScript, no decorators, nothing but `lit`.
import { LitElement, html } from 'lit';

export class LitFloor extends LitElement {
  static properties = { label: {} };

  render() {
    return html`${this.label}`;
  }
}

if (!customElements.get('lit-floor')) customElements.define('lit-floor', LitFloor);
