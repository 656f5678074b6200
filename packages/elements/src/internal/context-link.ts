/**
 * The provider's state for the elements that stay light (the badge, the
 * consent prompt): the context protocol's `context-request` event, written by
 * hand instead of @lit/context's consumer. It subscribes to changes, leaves
 * an old provider when a new one answers, and, when nobody answers yet (a
 * page whose provider is defined after the element), asks again as soon as a
 * provider announces itself with `context-provider`.
 */
import { candourContext, type CandourState } from './context';

const waiting = new Set<ContextLink>();
let listening = false;

export class ContextLink {
  private leave?: () => void;

  constructor(
    private readonly host: HTMLElement,
    private readonly receive: (state: CandourState | undefined) => void,
  ) {}

  /** Call from `connectedCallback`. */
  connect(): void {
    if (!listening && typeof document !== 'undefined') {
      listening = true;
      document.addEventListener('context-provider', (event) => {
        if ((event as Event & { context?: unknown }).context === candourContext) waiting.forEach((link) => link.ask());
      });
    }
    this.ask();
    // Providers answer at once; without an answer, ask again when one appears.
    if (!this.leave) waiting.add(this);
  }

  /** Call from `disconnectedCallback`. */
  disconnect(): void {
    waiting.delete(this);
    this.leave?.();
    this.leave = undefined;
  }

  private ask(): void {
    this.host.dispatchEvent(
      Object.assign(new Event('context-request', { bubbles: true, composed: true }), { context: candourContext, contextTarget: this.host, callback: this.provide, subscribe: true }),
    );
  }

  /** The provider's answer, now and on every change. */
  private provide = (state: CandourState | undefined, unsubscribe?: () => void): void => {
    // A different unsubscribe means a different provider: leave the old one.
    if (this.leave !== unsubscribe) this.leave?.();
    this.leave = unsubscribe;
    waiting.delete(this);
    this.receive(state);
  };
}
