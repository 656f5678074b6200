/**
 * The provider's state for the elements that stay light (the badge, the
 * consent prompt): the context protocol's `context-request` event, written by
 * hand instead of @lit/context's consumer. It subscribes to changes, leaves
 * an old provider when a new one answers, and, when nobody answers yet (a
 * page whose provider is defined after the element), asks again as soon as a
 * provider announces itself with `context-provider`.
 *
 * Elements that share a parent (or a slot) share one request and one
 * subscription: a request's path from there up is the same for all of them,
 * so the answer is too. A page of 1,000 badges in one paragraph asks once, not
 * 1,000 times. Moving an element disconnects and reconnects it, so it asks
 * again from where it is now.
 */
import { candourContext, type CandourState } from './context';

type Receive = (state: CandourState | undefined) => void;

/** One subscription, shared by the links whose request would take the same path. */
class Shared {
  /** The provider's answer; `answered` tells an answer of `undefined` from none. */
  state?: CandourState;
  answered = false;
  private leave?: () => void;
  /** The element the request is made from (a member). */
  private asker?: HTMLElement;
  readonly members = new Map<HTMLElement, Receive>();

  constructor(private readonly key: Node) {}

  join(host: HTMLElement, receive: Receive): void {
    this.members.set(host, receive);
    if (!this.asker) this.ask(host);
    else if (this.answered) receive(this.state);
  }

  part(host: HTMLElement): void {
    this.members.delete(host);
    if (!this.members.size) {
      // The last one out leaves the provider.
      this.leave?.();
      this.leave = this.asker = undefined;
      waiting.delete(this);
      if (shared.get(this.key) === this) shared.delete(this.key);
    } else if (this.asker === host) {
      // The provider knows the subscription by the element leaving (and would hand it to a new
      // provider from there): leave it, and once the DOM has settled (a whole list may be
      // leaving), ask again from a member still there.
      this.leave?.();
      this.leave = this.asker = undefined;
      queueMicrotask(() => {
        if (this.asker || !this.members.size) return;
        for (const member of this.members.keys()) if (member.isConnected) return this.ask(member);
      });
    }
  }

  ask(host = this.asker): void {
    if (!host) return;
    this.asker = host;
    host.dispatchEvent(
      Object.assign(new Event('context-request', { bubbles: true, composed: true }), { context: candourContext, contextTarget: host, callback: this.provide, subscribe: true }),
    );
    // Providers answer at once; without an answer, ask again when one appears.
    if (!this.leave) waiting.add(this);
  }

  /** The provider's answer, now and on every change. */
  private provide = (state: CandourState | undefined, unsubscribe?: () => void): void => {
    // A different unsubscribe means a different provider: leave the old one.
    if (this.leave !== unsubscribe) this.leave?.();
    this.leave = unsubscribe;
    waiting.delete(this);
    this.state = state;
    this.answered = true;
    this.members.forEach((receive) => receive(state));
  };
}

/** Subscriptions by where their requests start from: the members' parent, or the slot they are in. */
const shared = new WeakMap<Node, Shared>();
const waiting = new Set<Shared>();
let listening = false;

export class ContextLink {
  private joined?: Shared;

  constructor(
    private readonly host: HTMLElement,
    private readonly receive: Receive,
  ) {}

  /** Call from `connectedCallback`. */
  connect(): void {
    if (!listening && typeof document !== 'undefined') {
      listening = true;
      document.addEventListener('context-provider', (event) => {
        if ((event as Event & { context?: unknown }).context === candourContext) waiting.forEach((link) => link.ask());
      });
    }
    const key = this.host.assignedSlot ?? this.host.parentNode;
    if (!key) return;
    let link = shared.get(key);
    if (!link) shared.set(key, (link = new Shared(key)));
    this.joined = link;
    link.join(this.host, this.receive);
  }

  /** Call from `disconnectedCallback`. */
  disconnect(): void {
    this.joined?.part(this.host);
    this.joined = undefined;
  }
}
