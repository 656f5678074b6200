/**
 * Events the elements emit, as typed classes. Each bubbles and is composed, so
 * a provider (or the host page) can listen once at the top and keep an audit
 * trail of what each person was shown. Listeners are typed through
 * `HTMLElementEventMap`. Each name is a static getter, not a static field, so a
 * bundler can drop the classes an entry never uses.
 */
import type { Audience, ReadingLevel } from '@candour/core/display';

const init = (cancelable = false): EventInit => ({ bubbles: true, composed: true, cancelable });

export type ExplanationLayer = 'label' | 'notice';

export interface ExplanationDetail {
  feature: string;
  /** `label`: the badge's short explanation; `notice`: the full notice. */
  layer: ExplanationLayer;
  /** Who was reading: the person, a representative, a worker or the provider. */
  reader: Audience;
  /** The audience whose version was shown (a representative without a notice of their own reads the person's). */
  audience: Audience;
  readingLevel: ReadingLevel;
  /** The locale the explanation was shown in (after fallback). */
  locale: string;
}

/** An explanation became visible to the person: the badge's toggletip opened, or a notice was shown. */
export class CandourExplanationShowEvent extends Event {
  static get eventName() {
    return 'candour-explanation-show' as const;
  }
  constructor(readonly detail: ExplanationDetail) {
    super(CandourExplanationShowEvent.eventName, init());
  }
}

/** The badge's toggletip closed; `reason` says how. */
export class CandourExplanationHideEvent extends Event {
  static get eventName() {
    return 'candour-explanation-hide' as const;
  }
  constructor(readonly detail: { feature: string; reason: 'escape' | 'toggle' | 'outside' }) {
    super(CandourExplanationHideEvent.eventName, init());
  }
}

/**
 * The person asked for the full notice of a feature. Cancelable: call
 * `preventDefault()` to show it yourself; otherwise the provider opens it.
 */
export class CandourNoticeRequestEvent extends Event {
  static get eventName() {
    return 'candour-notice-request' as const;
  }
  constructor(readonly detail: { feature: string; audience: Audience; readingLevel: ReadingLevel }) {
    super(CandourNoticeRequestEvent.eventName, init(true));
  }
}

/** The reader switched between the standard notice and Easy Read. */
export class CandourReadingLevelChangeEvent extends Event {
  static get eventName() {
    return 'candour-reading-level-change' as const;
  }
  constructor(readonly detail: { feature: string; readingLevel: ReadingLevel }) {
    super(CandourReadingLevelChangeEvent.eventName, init());
  }
}

/**
 * A person confirmed they have checked AI-drafted content. Cancelable: the
 * host records the review (who, when) and sets `reviewed-by` on the element;
 * cancel it to refuse.
 */
export class CandourContentReviewEvent extends Event {
  static get eventName() {
    return 'candour-content-review' as const;
  }
  constructor(readonly detail: { feature: string; contentId?: string }) {
    super(CandourContentReviewEvent.eventName, init(true));
  }
}

/** The provider read a manifest: how many features are usable, and what was wrong with the rest. */
export class CandourManifestLoadEvent extends Event {
  static get eventName() {
    return 'candour-manifest-load' as const;
  }
  constructor(readonly detail: { features: string[]; brokenFeatures: string[]; issueCount: number }) {
    super(CandourManifestLoadEvent.eventName, init());
  }
}

export interface ConsentDecisionDetail {
  /** The person the decision is about. */
  subject: string;
  feature: string;
  purpose: string;
  /** What was recorded: granted, declined, objected, objected-this-visit, withdrawn… */
  type: import('@candour/core/consent').ConsentEventType;
  /** Who decided: the person, an attorney, a deputy, or a best-interests decision. */
  decidedBy: import('@candour/core/consent').DeciderRole;
  /** The ledger event's id. */
  eventId: string;
  /** Whether the ledger's store holds it yet (if not, the ledger keeps it and retries). */
  stored: boolean;
}

/** A consent decision (or an objection, or a withdrawal) was recorded in the ledger. */
export class CandourConsentDecisionEvent extends Event {
  static get eventName() {
    return 'candour-consent-decision' as const;
  }
  constructor(readonly detail: ConsentDecisionDetail) {
    super(CandourConsentDecisionEvent.eventName, init());
  }
}

export type CandourErrorCode =
  | 'unknown-feature'
  | 'invalid-manifest'
  | 'fetch-failed'
  | 'missing-text'
  | 'invalid-property'
  /** A consent element has no ledger, subject or purpose to record with: nothing can be recorded. */
  | 'consent-unavailable'
  /** A decision was recorded but not stored yet, or a sink could not deliver; the ledger keeps it and retries. */
  | 'consent-not-saved';

/**
 * Something the element could not show as asked. The element shows an
 * accessible fallback instead; this event and a console warning tell the
 * developer why.
 */
export class CandourErrorEvent extends Event {
  static get eventName() {
    return 'candour-error' as const;
  }
  constructor(readonly detail: { code: CandourErrorCode; message: string; feature?: string; paths?: string[] }) {
    super(CandourErrorEvent.eventName, init());
  }
}

declare global {
  interface HTMLElementEventMap {
    'candour-explanation-show': CandourExplanationShowEvent;
    'candour-explanation-hide': CandourExplanationHideEvent;
    'candour-notice-request': CandourNoticeRequestEvent;
    'candour-reading-level-change': CandourReadingLevelChangeEvent;
    'candour-content-review': CandourContentReviewEvent;
    'candour-manifest-load': CandourManifestLoadEvent;
    'candour-error': CandourErrorEvent;
    'candour-consent-decision': CandourConsentDecisionEvent;
  }
}
