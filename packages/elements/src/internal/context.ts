/**
 * What `candour-provider` gives every element inside it. Elements read it
 * through @lit/context and also work without it, from their own properties.
 */
import { createContext } from '@lit/context';
import type { Audience, DisplayManifest, ManifestIssue, ReadingLevel } from '@candour/core/display';
import type { Ledger, Recorder, ConsentChannel } from '@candour/core/consent';

export type ManifestStatus = 'empty' | 'loading' | 'ready' | 'error';

export interface CandourState {
  status: ManifestStatus;
  /** The visible layers of the manifest, validated. */
  manifest?: DisplayManifest;
  /** The manifest as given, for elements that need more than the visible layers (the pledge). */
  source?: unknown;
  /** What was wrong with the manifest, if anything. */
  issues: readonly ManifestIssue[];
  locale: string;
  audience: Audience;
  readingLevel: ReadingLevel;
  /** Where the full notice of a feature lives, e.g. "/ai/{feature}"; without it the provider opens it in a dialog. */
  noticeHref?: string;
  /** Where consent decisions are recorded; without one, consent elements say they cannot record. */
  ledger?: Ledger;
  /** The person the page is about (a pseudonymous id), for consent elements. */
  subject?: string;
  /** The care worker using the page, when staff record decisions. */
  recorder?: Recorder;
  /** How decisions reach the record on this page (default: self-service, or staff-assisted with a recorder). */
  channel?: ConsentChannel;
}

export const candourContext = createContext<CandourState | undefined>(Symbol.for('candour-state'));
