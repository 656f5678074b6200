/**
 * Warnings: things a supplier should fix that do not make a manifest unusable.
 * An element keeps working; `candour validate --strict` turns them into errors.
 */
import type { Manifest } from './schema';
import { BASE_LOCALE } from './primitives';
import { ruleIssue, formatPath, type ManifestIssue } from '../issues';
import { noticeSectionKeys } from './layers';

/** Easy Read practice: one idea a sentence, and sentences of about 15 words at most. */
export const EASY_READ_MAX_WORDS = 15;

function isLocalisedText(value: unknown): value is Record<string, string> {
  return (
    value !== null &&
    typeof value === 'object' &&
    !Array.isArray(value) &&
    typeof (value as Record<string, unknown>)[BASE_LOCALE] === 'string' &&
    Object.values(value).every((v) => typeof v === 'string')
  );
}

/** Every localised text below a value, with its path. */
export function* localisedTexts(value: unknown, path: (string | number)[] = []): Generator<[(string | number)[], Record<string, string>]> {
  if (isLocalisedText(value)) {
    yield [path, value];
    return;
  }
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) yield* localisedTexts(value[i], [...path, i]);
  } else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) yield* localisedTexts(v, [...path, k]);
  }
}

function sentences(text: string): string[] {
  return text
    .split(/(?<=[.!?])\s+|\n+/)
    .map((s) => s.trim())
    .filter(Boolean);
}

export function manifestWarnings(manifest: Manifest, now: Date): ManifestIssue[] {
  const out: ManifestIssue[] = [];
  const today = now.toISOString().slice(0, 10);

  const signedOn = manifest.supplier.pledge.signedOn;
  if (signedOn && signedOn > today) {
    out.push(ruleIssue('supplier.pledge.signedOn', 'pledge-date-not-future', 'The pledge cannot have been signed in the future.', `a date on or before ${today}`, signedOn, 'warning'));
  }

  manifest.features.forEach((feature, i) => {
    const base = ['features', i];
    const reviewDue = feature.record.lifecycle.reviewDue;
    if (reviewDue < today) {
      out.push(
        ruleIssue(formatPath([...base, 'record', 'lifecycle', 'reviewDue']), 'review-due-in-future', 'The record\u2019s review is overdue: review it and set the next date.', `a date after ${today}`, reviewDue, 'warning'),
      );
    }
    if (!feature.notice.representative) {
      out.push(
        ruleIssue(formatPath([...base, 'notice', 'representative']), 'representative-notice', 'Family members, attorneys and advocates will be shown the person\u2019s notice, written to the person.', 'a notice written for representatives', 'nothing', 'warning'),
      );
    }

    // Locale coverage: a person or representative who chose Welsh should not meet English halfway
    // through what they read. Staff notices and the record are for professionals and may stay in en-GB.
    const publicParts: [(string | number)[], unknown][] = [
      [['name'], feature.name],
      [['label'], feature.label],
      [['notice', 'person'], feature.notice.person],
      [['notice', 'representative'], feature.notice.representative],
      ...feature.purposes.flatMap((p, j): [(string | number)[], unknown][] => [
        [['purposes', j, 'description'], p.description],
        [['purposes', j, 'consent'], p.consent],
      ]),
    ];
    const texts = publicParts.flatMap(([path, value]) => [...localisedTexts(value, [...base, ...path])]);
    const locales = new Set<string>();
    for (const [, t] of texts) for (const l of Object.keys(t)) if (l !== BASE_LOCALE) locales.add(l);
    for (const locale of locales) {
      const missing = texts.filter(([, t]) => !(locale in t));
      if (missing.length) {
        out.push(
          ruleIssue(
            formatPath(base),
            'locale-complete',
            `Some of what people read about this feature is in ${locale} and some is not; readers who chose ${locale} will meet ${BASE_LOCALE} part of the way through.`,
            `${locale} for all ${texts.length} texts people read (name, label, the person's and representative's notices, purposes)`,
            `${missing.length} without it, first at ${formatPath(missing[0]![0])}`,
            'warning',
          ),
        );
      }
    }

    // Easy Read: short sentences.
    for (const key of noticeSectionKeys) {
      const section = feature.notice.person.easyRead[key];
      for (const [locale, text] of Object.entries(section)) {
        const long = sentences(text).find((s) => s.split(/\s+/).length > EASY_READ_MAX_WORDS);
        if (long) {
          out.push(
            ruleIssue(
              formatPath([...base, 'notice', 'person', 'easyRead', key, locale]),
              'easy-read-short-sentences',
              'Easy Read works best with one idea a sentence.',
              `sentences of at most ${EASY_READ_MAX_WORDS} words`,
              `a sentence of ${long.split(/\s+/).length} words`,
              'warning',
            ),
          );
        }
      }
    }
  });
  return out;
}
