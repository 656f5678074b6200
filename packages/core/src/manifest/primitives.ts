/**
 * Building blocks shared by every layer of the manifest. Each carries a
 * human description in its `error` so that a supplier reading a validation
 * message learns what was expected, not just that something was wrong.
 */
import * as z from 'zod/mini';

export { BASE_LOCALE } from './base-locale';
import { BASE_LOCALE } from './base-locale';

/** BCP 47 language tag, in the common shape: language, optional script, region and variants. */
export const bcp47Pattern = /^[a-z]{2,3}(?:-[A-Z][a-z]{3})?(?:-(?:[A-Z]{2}|[0-9]{3}))?(?:-(?:[A-Za-z0-9]{5,8}|[0-9][A-Za-z0-9]{3}))*$/;

export const localeTag = z.string().check(
  z.regex(bcp47Pattern, { error: 'a BCP 47 language tag such as "en-GB", "cy" or "pa-Guru-IN"' }),
);

/** Text a person will read; trimmed length 1..4000 characters. */
export const text = z.string().check(
  z.minLength(1, { error: 'some text (it is empty)' }),
  z.maxLength(4000, { error: 'text of at most 4,000 characters' }),
  z.refine((s) => s.trim().length > 0, { error: 'some text (it is only spaces)' }),
);

/** A short name or code: one line, 1..200 characters. */
export const name = z.string().check(
  z.minLength(1, { error: 'a name (it is empty)' }),
  z.maxLength(200, { error: 'a name of at most 200 characters' }),
  z.refine((s) => !/[\r\n]/.test(s), { error: 'a single line with no line breaks' }),
);

/**
 * Text in one or more locales. `en-GB` is required so every element always has
 * something to fall back to; any other BCP 47 locale may be added.
 */
export const localisedText = z
  .record(localeTag, text)
  .check(
    z.refine((v) => typeof v[BASE_LOCALE] === 'string', {
      error: `text in ${BASE_LOCALE} (every localised text needs an "${BASE_LOCALE}" entry)`,
      params: { candour: 'missing-base-locale' },
    }),
  );
export type LocalisedText = z.infer<typeof localisedText>;

/** Web address a person may be sent to: https only. */
export const httpsUrl = z.string().check(
  z.regex(/^https:\/\/[^\s/?#]+\.[^\s/?#]+(?:[/?#]\S*)?$/, {
    error: 'a web address starting with https:// (other schemes are refused so no link can run script)',
  }),
);

export const email = z.string().check(
  z.regex(/^[^\s@<>()"]+@[^\s@<>()"]+\.[^\s@<>()"]+$/, { error: 'an email address such as privacy@example.co.uk' }),
);

/** A telephone number as people write it: digits, spaces, +, brackets and hyphens. */
export const phone = z.string().check(
  z.regex(/^\+?[0-9][0-9 ()-]{5,24}$/, { error: 'a telephone number such as "0300 123 4567" or "+44 300 123 4567"' }),
);

/** A calendar date, YYYY-MM-DD, that exists. */
export const isoDate = z.string().check(
  z.regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'a date written YYYY-MM-DD' }),
  z.refine(
    (s) => {
      const d = new Date(`${s}T00:00:00Z`);
      return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
    },
    { error: 'a real calendar date (YYYY-MM-DD)' },
  ),
);

/** A stable identifier in a manifest: lower-case letters, digits and hyphens. */
export const slug = z.string().check(
  z.regex(/^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/, {
    error: 'an id of lower-case letters, digits and single hyphens, starting with a letter (e.g. "visit-note-summary")',
  }),
  z.maxLength(64, { error: 'an id of at most 64 characters' }),
);

/** Semantic version, e.g. 2.3.0. */
export const semver = z.string().check(
  z.regex(/^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?$/, {
    error: 'a semantic version such as "2.3.0"',
  }),
);

/** Companies House number: eight digits, or two letters and six digits (e.g. SC123456). */
export const companyNumber = z.string().check(
  z.regex(/^(?:\d{8}|[A-Z]{2}\d{6})$/, {
    error: 'a Companies House number: eight digits, or two capital letters and six digits (e.g. "SC123456")',
  }),
);

/** How to reach a team or a person. At least one way in. */
export const contact = z
  .strictObject({
    name: name,
    role: z.optional(localisedText),
    email: z.optional(email),
    phone: z.optional(phone),
    url: z.optional(httpsUrl),
    postal: z.optional(text),
  })
  .check(
    z.refine((c) => Boolean(c.email || c.phone || c.url || c.postal), {
      error: 'at least one way to get in touch: email, phone, url or postal',
    }),
  );
export type Contact = z.infer<typeof contact>;

/**
 * A yes/no fact that may honestly be unknown or withheld (the pattern of AI
 * nutrition labels): `not-disclosed` and `unknown` need a reason.
 */
export const disclosedFact = z
  .strictObject({
    value: z.enum(['yes', 'no', 'not-disclosed', 'unknown', 'not-applicable']),
    details: z.optional(localisedText),
    evidenceUrl: z.optional(httpsUrl),
  })
  .check(
    z.refine((f) => (f.value === 'not-disclosed' || f.value === 'unknown' ? Boolean(f.details) : true), {
      error: 'a reason in "details" when the value is "not-disclosed" or "unknown"',
      path: ['details'],
    }),
  );
export type DisclosedFact = z.infer<typeof disclosedFact>;

/** Care settings in UK adult social care. */
export const careSetting = z.enum([
  'residential',
  'nursing',
  'domiciliary',
  'supported-living',
  'extra-care',
  'day-service',
  'shared-lives',
  'hospice',
  'community',
  'reablement',
]);
export type CareSetting = z.infer<typeof careSetting>;
