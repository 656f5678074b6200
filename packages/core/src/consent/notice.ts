/**
 * What a person was shown, in a form that can be hashed and kept: the exact
 * text of every section of the notice in the language each was shown in,
 * with the Easy Read pictures' addresses and descriptions. Its SHA-256 goes
 * on the consent event, so a provider can show years later that the text they
 * keep is the text that was read.
 */
import type { Audience, EasyReadNotice, NoticeContent } from '../manifest/layers';
import type { DisplayFeature } from '../display';
import { localise, noticeFor, noticeSectionKeys, type ReadingLevel } from '../read';
import { canonicalJson } from './canonical';
import { sha256 } from './sha256';
import type { ShownNotice } from './schema';

/** The notice version a feature's manifest entry declares, or "1.0". */
export function noticeVersionOf(feature: Pick<DisplayFeature, 'noticeVersion'>): string {
  return feature.noticeVersion ?? '1.0';
}

export interface NoticeSnapshot {
  feature: string;
  version: string;
  /** Whose notice it is (a representative without their own reads the person's). */
  audience: Audience;
  format: 'standard' | 'easy-read';
  /** The locale asked for. */
  requestedLocale: string;
  /** The locale of the summary as shown (sections fall back one by one, each says its own). */
  locale: string;
  sections: Record<string, { text: string; lang: string }>;
  pictures?: Record<string, { src: string; alt: string; lang: string }>;
}

/** The exact notice an audience reads at a reading level and locale. */
export function noticeSnapshot(feature: DisplayFeature, options: { audience: Audience; readingLevel?: ReadingLevel; locale: string }): NoticeSnapshot {
  const { content, audience, readingLevel } = noticeFor(feature, options.audience, options.readingLevel ?? 'standard');
  const sections: NoticeSnapshot['sections'] = {};
  for (const key of noticeSectionKeys) {
    const { text, locale } = localise((content as NoticeContent)[key], options.locale);
    sections[key] = { text, lang: locale };
  }
  const snapshot: NoticeSnapshot = {
    feature: feature.id,
    version: noticeVersionOf(feature),
    audience,
    format: readingLevel,
    requestedLocale: options.locale,
    locale: sections.summary!.lang,
    sections,
  };
  const pictures = readingLevel === 'easy-read' ? (content as EasyReadNotice).pictures : undefined;
  if (pictures) {
    snapshot.pictures = {};
    for (const [key, picture] of Object.entries(pictures)) {
      if (!picture) continue;
      const alt = localise(picture.alt, options.locale);
      snapshot.pictures[key] = { src: picture.src, alt: alt.text, lang: alt.locale };
    }
  }
  return snapshot;
}

/** The canonical text of a snapshot: what is hashed and what a provider keeps. */
export function canonicalNotice(snapshot: NoticeSnapshot): string {
  const { requestedLocale: _asked, ...shown } = snapshot;
  return canonicalJson(shown);
}

/** The `shown` part of a consent event for a snapshot. */
export function shownFrom(snapshot: NoticeSnapshot): ShownNotice {
  return {
    feature: snapshot.feature,
    version: snapshot.version,
    audience: snapshot.audience,
    locale: snapshot.locale,
    format: snapshot.format,
    sha256: sha256(canonicalNotice(snapshot)),
  };
}
