/**
 * English (en-GB) text of `candour-consent-prompt`'s form for whoever is
 * deciding when it is not the person (an attorney, a deputy, a professional in
 * the person's best interests). It comes with the form, fetched the first time
 * the form is shown, and joins the prompt's en-GB catalogue then. Welsh is in
 * `consent-prompt.cy.ts` with the rest.
 */
export const consentPromptWhoEnglish = {
  'prompt.who': 'Who is making this choice?',
  'prompt.field.name': 'Full name of the person deciding',
  'prompt.field.relationship': 'Relationship to the person (optional)',
  'prompt.field.lpa': 'LPA registration reference (from the Office of the Public Guardian)',
  'prompt.field.order': 'Court of Protection order reference',
  'prompt.field.assessedBy': 'Capacity assessed by',
  'prompt.field.assessedOn': 'Date of the capacity assessment',
  'prompt.field.outcome': 'Outcome of the capacity assessment',
  'prompt.outcome.lacks-capacity': 'Lacks capacity for this decision',
  'prompt.outcome.has-capacity': 'Has capacity for this decision',
  'prompt.field.reference': 'Where the assessment is kept (optional)',
  'prompt.capacityDecision': 'Whether AI may be used: {feature}',
  'prompt.error.name': 'Enter the full name of the person deciding',
  'prompt.error.attorney': 'Enter the LPA registration reference',
  'prompt.error.deputy': 'Enter the court order reference',
  'prompt.error.assessedBy': 'Enter who assessed capacity',
  'prompt.error.assessedOn': 'Enter the date of the capacity assessment',
  'prompt.error.outcome': 'A best-interests decision can only be made for a person assessed as lacking capacity for this decision. A person who has capacity decides for themselves.',
  'prompt.error.summary': 'Nothing has been recorded. Check who is making this choice.',
} as const;
