/**
 * Who an element is rendering for, and in which language and reading level:
 * its own attribute first, then the provider's, then the page's `lang` (for
 * the locale), then the defaults. One rule for every element, whether it
 * extends the shared base class or (the badge, the consent prompt) not.
 */
import type { Audience, ReadingLevel } from '@candour/core/display';
import type { CandourState } from './context';

export function readerLocale(host: Element, own: string | undefined, state: CandourState | undefined): string {
  return own || state?.locale || host.closest('[lang]')?.getAttribute('lang') || 'en-GB';
}

export function readerAudience(own: Audience | undefined, state: CandourState | undefined): Audience {
  return own ?? state?.audience ?? 'person';
}

export function readerReadingLevel(own: ReadingLevel | undefined, state: CandourState | undefined): ReadingLevel {
  return own ?? state?.readingLevel ?? 'standard';
}
