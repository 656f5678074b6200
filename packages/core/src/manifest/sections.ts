/** Kept apart from the schemas so that code which only reads a manifest need not load zod. */

/** The sections of a notice, in the order a person reads them. */
export const noticeSectionKeys = [
  'summary',
  'whatItDoes',
  'why',
  'dataUsed',
  'whoChecks',
  'limits',
  'yourChoices',
  'contact',
  'concerns',
  'alternative',
] as const;
export type NoticeSectionKey = (typeof noticeSectionKeys)[number];
