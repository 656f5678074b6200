/**
 * `@candour/core/read`: reading a manifest that has already been checked,
 * without zod. The elements that only show text (a notice) import this, so
 * they stay light; the provider, which checks, imports `@candour/core/display`.
 */
import type { Audience, NoticeContent, EasyReadNotice } from './manifest/layers';
import type { LocalisedText } from './manifest/primitives';
import type { DisplayFeature } from './display';
import { BASE_LOCALE } from './manifest/base-locale';

export { noticeSectionKeys, type NoticeSectionKey } from './manifest/sections';

/**
 * Picks the best text for a locale: the exact tag, then the same language
 * (cy-GB → cy, or cy → cy-GB), then en-GB. Says which locale it used so the
 * element can set `lang` on the text truthfully.
 */
export function localise(text: LocalisedText, locale: string): { text: string; locale: string } {
  const exact = text[locale];
  if (exact !== undefined) return { text: exact, locale };
  const language = locale.split('-')[0]!.toLowerCase();
  for (const [tag, value] of Object.entries(text)) {
    if (tag.split('-')[0]!.toLowerCase() === language) return { text: value, locale: tag };
  }
  return { text: text[BASE_LOCALE] ?? '', locale: BASE_LOCALE };
}

export type ReadingLevel = 'standard' | 'easy-read';

/**
 * The notice for an audience and reading level. Representatives without a
 * notice of their own see the person's; Easy Read exists for the person's
 * notice (and so for representatives reading it).
 */
export function noticeFor(feature: DisplayFeature, audience: Audience, readingLevel: ReadingLevel = 'standard'): { content: NoticeContent | EasyReadNotice; audience: Audience; readingLevel: ReadingLevel } {
  const own = audience === 'representative' ? feature.notice.representative : audience === 'person' ? undefined : feature.notice[audience];
  if (own && readingLevel === 'standard') return { content: own, audience, readingLevel };
  const person = feature.notice.person;
  if (readingLevel === 'easy-read' && (audience === 'person' || audience === 'representative')) {
    return { content: person.easyRead, audience: 'person', readingLevel };
  }
  if (own) return { content: own, audience, readingLevel: 'standard' };
  const { easyRead: _easyRead, ...standard } = person;
  return { content: standard, audience: 'person', readingLevel: 'standard' };
}
