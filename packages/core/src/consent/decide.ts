/**
 * The current decision for one person, feature and purpose, derived from the
 * events every time it is asked for. Nothing else holds a decision, so a
 * record can never disagree with its own history.
 */
import type { ConsentEvent, ConsentEventModel, ShownNotice } from './schema';

/**
 * - `not-asked`: explicit consent, never answered. The AI may not be used.
 * - `not-informed`: inform-and-object, the notice was never shown. Tell the person first.
 * - `granted`: explicit consent given and still current.
 * - `not-objected`: inform-and-object, informed and not objecting (or said they are happy).
 * - `declined`, `objected`, `withdrawn`: a standing "no".
 * - `expired`: a grant lapsed; ask again.
 * - `needs-asking-again`: the notice changed materially since the "yes" (or since the person
 *   was informed): a "yes" does not carry over to a new notice, a "no" always does.
 */
export type DecisionState =
  | 'not-asked'
  | 'not-informed'
  | 'granted'
  | 'not-objected'
  | 'declined'
  | 'objected'
  | 'withdrawn'
  | 'expired'
  | 'needs-asking-again';

export interface DecisionQuery {
  subject: string;
  feature: string;
  purpose: string;
  /** The purpose's model in the manifest now. */
  model: ConsentEventModel;
  /** The notice's version in the manifest now (`major.minor`); a newer major asks again. */
  noticeVersion?: string;
  /** The visit being asked about: a "not today" for it stops the AI for it alone. */
  visit?: string;
  /** The time to judge expiry at (default: now). */
  now?: Date;
}

export interface Decision {
  state: DecisionState;
  /** Whether the AI may be used for this purpose now (for the visit asked about, if any). */
  permits: boolean;
  /** A "not today" was recorded for the visit asked about. */
  objectedThisVisit: boolean;
  /** The event the standing decision rests on. */
  basis?: ConsentEvent;
  /** The latest notice shown for this purpose. */
  lastShown?: ConsentEvent;
  /** Every event for this person, feature and purpose, in order (corrected ones included). */
  history: ConsentEvent[];
  /** Ids of events a correction voided. */
  voided: ReadonlySet<string>;
}

const major = (version: string | undefined) => (version ? Number(version.split('.')[0]) : undefined);

/** Whether an event concerns the person, feature and purpose asked about. */
export function concerns(event: ConsentEvent, q: Pick<DecisionQuery, 'subject' | 'feature' | 'purpose'>): boolean {
  return event.subject === q.subject && event.feature === q.feature && event.purpose === q.purpose;
}

/** Derives the current decision from a ledger's events (any order; sorted by `seq`). */
export function decide(events: readonly ConsentEvent[], query: DecisionQuery): Decision {
  const history = events.filter((e) => concerns(e, query)).sort((a, b) => a.seq - b.seq);
  const voided = new Set<string>();
  for (const e of history) if (e.type === 'corrected' && e.corrects) voided.add(e.corrects);

  let basis: ConsentEvent | undefined;
  let lastShown: ConsentEvent | undefined;
  let objectedThisVisit = false;
  for (const e of history) {
    if (voided.has(e.id)) continue;
    switch (e.type) {
      case 'shown':
        lastShown = e;
        break;
      case 'objected-this-visit':
        if (query.visit !== undefined && e.visit === query.visit) objectedThisVisit = true;
        break;
      case 're-asked':
        // A re-ask ends a "yes"; a standing "no" stands.
        if (!basis || basis.type === 'granted') basis = e;
        break;
      case 'granted':
      case 'declined':
      case 'objected':
      case 'withdrawn':
      case 'expired':
        basis = e;
        break;
      case 'corrected':
        break;
    }
  }

  const now = query.now ?? new Date();
  const current = major(query.noticeVersion);
  const outdated = (shown: ShownNotice | undefined) => current !== undefined && (major(shown?.version) ?? 0) < current;
  let state: DecisionState;
  if (!basis) {
    if (query.model === 'explicit-consent') state = 'not-asked';
    else if (!lastShown) state = 'not-informed';
    else state = outdated(lastShown.shown) ? 'needs-asking-again' : 'not-objected';
  } else {
    switch (basis.type) {
      case 'granted': {
        // Agreement recorded under the other model does not count as explicit consent.
        const counts = query.model === 'inform-and-object' || basis.model === 'explicit-consent';
        const seen = basis.shown ?? lastShown?.shown;
        if (!counts) state = 'not-asked';
        else if (basis.expiresAt && Date.parse(basis.expiresAt) <= now.getTime()) state = 'expired';
        else if (outdated(seen)) state = 'needs-asking-again';
        else state = query.model === 'explicit-consent' ? 'granted' : 'not-objected';
        break;
      }
      case 'declined':
        state = query.model === 'explicit-consent' ? 'declined' : 'objected';
        break;
      case 'objected':
        state = 'objected';
        break;
      case 'withdrawn':
        state = query.model === 'explicit-consent' ? 'withdrawn' : 'objected';
        break;
      case 'expired':
        state = 'expired';
        break;
      default:
        state = 'needs-asking-again';
    }
  }
  const permits = (state === 'granted' || state === 'not-objected') && !objectedThisVisit;
  return { state, permits, objectedThisVisit, basis, lastShown, history, voided };
}
