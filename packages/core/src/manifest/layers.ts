/**
 * The two layers that people see: the label (the badge) and the notice (the
 * explanation for each audience), plus the purposes a feature serves and the
 * consent model each purpose rests on. The elements validate only these, so
 * this module must stay free of the full record's schema.
 */
import * as z from 'zod/mini';
import { localisedText, slug } from './primitives';

/** How AI is involved in what a person sees (the badge's first word). */
export const involvement = z.enum(['generated', 'assisted', 'automated-decision', 'conversational']);
export type Involvement = z.infer<typeof involvement>;

/** Whether a person reviews the output, as a standing practice of the feature. */
export const humanReviewPractice = z.enum(['before-use', 'after-use', 'sampled', 'none']);
export type HumanReviewPractice = z.infer<typeof humanReviewPractice>;

/** Layer 1: the label, read by the badge. */
export const label = z.strictObject({
  involvement,
  humanReview: humanReviewPractice,
  /** One or two sentences shown in the badge's toggletip. */
  short: localisedText,
});
export type Label = z.infer<typeof label>;

import { noticeSectionKeys } from './sections';

export { noticeSectionKeys, type NoticeSectionKey } from './sections';

const noticeShape = {
  /** One or two sentences: what this is. */
  summary: localisedText,
  /** What the AI does, in the audience's words. */
  whatItDoes: localisedText,
  /** Why it is used: the benefit to this audience. */
  why: localisedText,
  /** What information it uses. */
  dataUsed: localisedText,
  /** Who checks its output, and when. */
  whoChecks: localisedText,
  /** What it cannot do or gets wrong. */
  limits: localisedText,
  /** What the reader can choose: say no, object, ask for a person. */
  yourChoices: localisedText,
  /** Who to contact with a question. */
  contact: localisedText,
  /** How to raise a concern or complain. */
  concerns: localisedText,
  /** How to get the same help without AI. */
  alternative: localisedText,
};

/** Layer 2: a notice for one audience. */
export const noticeContent = z.strictObject(noticeShape);
export type NoticeContent = z.infer<typeof noticeContent>;

/** A picture that supports an Easy Read section. */
export const easyReadPicture = z.strictObject({
  src: z.string().check(
    z.regex(/^(?:https:\/\/[^\s/?#]+\.[^\s/?#]+\S*|(?:\.{1,2}\/|\/)?[A-Za-z0-9_][^\s:]*\.(?:png|svg|jpe?g|webp))$/i, {
      error: 'an https:// address or a relative path to a .png, .svg, .jpg or .webp picture',
    }),
  ),
  alt: localisedText,
});

/** The Easy Read variant: the same sections in short sentences, with optional pictures. */
export const easyReadNotice = z.strictObject({
  ...noticeShape,
  pictures: z.optional(z.partialRecord(z.enum(noticeSectionKeys), easyReadPicture)),
});
export type EasyReadNotice = z.infer<typeof easyReadNotice>;

/** The person's notice carries an Easy Read variant, as DCB1605 expects. */
export const personNotice = z.strictObject({ ...noticeShape, easyRead: easyReadNotice });
export type PersonNotice = z.infer<typeof personNotice>;

/** Audiences a notice is written for. `representative` covers family, attorneys, deputies and advocates. */
export const audience = z.enum(['person', 'representative', 'worker', 'provider']);
export type Audience = z.infer<typeof audience>;

/** Layer 2, all audiences. The representative's notice is optional and falls back to the person's. */
export const notice = z.strictObject({
  person: personNotice,
  representative: z.optional(noticeContent),
  worker: noticeContent,
  provider: noticeContent,
});
export type Notice = z.infer<typeof notice>;

/** What a purpose is for; model training is held to a stricter rule. */
export const purposeKind = z.enum([
  'direct-care',
  'care-administration',
  'staff-support',
  'service-improvement',
  'model-training',
  'research',
  'communication',
]);
export type PurposeKind = z.infer<typeof purposeKind>;

/**
 * The consent model a purpose rests on. In UK care most direct-care uses rest on
 * "inform and object"; others (training a model on recordings) need explicit
 * consent; `none` must say why.
 */
export const consentModel = z.discriminatedUnion('model', [
  z.strictObject({
    model: z.literal('explicit-consent'),
    /** Whether a "not today" (this visit only) decision is offered as well as a standing one. */
    perVisit: z.optional(z.boolean()),
  }),
  z.strictObject({
    model: z.literal('inform-and-object'),
    /** What happens if the person objects, in their words. */
    ifObjecting: localisedText,
    perVisit: z.optional(z.boolean()),
  }),
  z.strictObject({
    model: z.literal('none'),
    /** Why nobody is asked (e.g. no personal data is processed). */
    reason: localisedText,
  }),
]);
export type ConsentModel = z.infer<typeof consentModel>;

/** UK GDPR Article 6(1) and Article 9(2) letters. */
export const lawfulBasis = z.strictObject({
  article6: z.enum(['a', 'b', 'c', 'd', 'e', 'f']),
  article9: z.optional(z.enum(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j'])),
  /** The common-law duty of confidentiality basis, separate from UK GDPR. */
  confidentiality: z.optional(z.enum(['implied-consent', 'explicit-consent', 'statutory', 'public-interest', 'not-confidential'])),
  note: z.optional(localisedText),
});
export type LawfulBasis = z.infer<typeof lawfulBasis>;

export const purpose = z.strictObject({
  id: slug,
  kind: purposeKind,
  description: localisedText,
  consent: consentModel,
  lawfulBasis,
});
export type Purpose = z.infer<typeof purpose>;
