/**
 * Interface text of `candour-consent-prompt`, in en-GB and Welsh (cy).
 * `prompt.er.*` are the Easy Read forms of phrases that have one (short
 * sentences, one idea each, one per line). The Welsh is in its own module
 * (`consent-prompt.cy.ts`), fetched by the prompt the first time it speaks
 * Welsh (`loadConsentPromptMessages`), so a page in English does not carry it.
 * Likewise the English of the representative's form (`consent-prompt.who.ts`)
 * comes with the form, the first time it is shown, and joins `en-GB` here.
 */
import type { DefaultMessages } from './translate';
import type { consentPromptWhoEnglish } from './consent-prompt.who';

const en = {
  'prompt.title': 'Your choice about AI',
  'prompt.heading': '{feature}: your choice about AI',
  'prompt.readMore': 'Read the full explanation',
  'prompt.kind.direct-care': 'For your care',
  'prompt.kind.care-administration': 'To organise your care',
  'prompt.kind.staff-support': 'To help the staff who support you',
  'prompt.kind.service-improvement': 'To improve the service',
  'prompt.kind.model-training': 'To improve the AI',
  'prompt.kind.research': 'For research',
  'prompt.kind.communication': 'To keep in touch',
  'prompt.explicit.intro': 'We would like to use AI for this. We will only do so if you say yes. You can change your mind at any time.',
  'prompt.er.explicit.intro': 'We would like to use AI for this.\nWe only do it if you say yes.\nYou can change your mind.',
  'prompt.object.intro': 'AI will be used for this unless you object. You can object at any time.',
  'prompt.er.object.intro': 'We will use AI for this.\nYou can say no at any time.',
  'prompt.ifObjecting': 'If you object:',
  'prompt.yes': 'Yes, I agree',
  'prompt.no': 'No, I do not agree',
  'prompt.fine': 'That\u2019s fine',
  'prompt.object': 'I object',
  'prompt.notToday': 'Not today, for this visit',
  'prompt.changed': 'The explanation has changed since the last answer (it was version {from}; it is now version {to}). Please read it and choose again.',
  'prompt.expired': 'The earlier yes has ended. Please choose again.',
  'prompt.you.granted': 'You said yes on {date}.',
  'prompt.you.declined': 'You said no on {date}.',
  'prompt.you.not-objected': 'You said this was fine on {date}.',
  'prompt.you.objected': 'You objected on {date}.',
  'prompt.you.withdrawn': 'You took back your agreement on {date}.',
  'prompt.they.granted': '{name} said yes on {date}.',
  'prompt.they.declined': '{name} said no on {date}.',
  'prompt.they.not-objected': '{name} said this was fine on {date}.',
  'prompt.they.objected': '{name} objected on {date}.',
  'prompt.they.withdrawn': '{name} took back the agreement on {date}.',
  'prompt.thePerson': 'The person',
  'prompt.as': 'Decided as: {role}.',
  'prompt.change': 'You can change this answer:',
  'prompt.thisVisit': 'Not today: AI will not be used for this at this visit.',
  'prompt.saved': 'Your answer has been recorded.',
  'prompt.changeLater': 'You can change your mind at any time. Come back here, or ask the person supporting you.',
  'prompt.notSaved': 'Your answer is kept on this device, but it is not saved yet. We will keep trying. Please tell the person supporting you what you chose.',
  'prompt.failed': 'Your answer could not be recorded. Please tell the person supporting you what you would like.',
  'prompt.loading': 'Loading\u2026',
  'prompt.unavailable': 'We cannot record your choice here. Please tell the person supporting you what you would like.',
  'prompt.close': 'Close',
  'prompt.who.self': 'You are making this choice for yourself.',
  'prompt.who.other': 'Someone else is making this choice',
  'prompt.role.person': 'The person themselves',
  'prompt.role.attorney': 'An attorney (Lasting Power of Attorney for health and welfare)',
  'prompt.role.deputy': 'A deputy appointed by the Court of Protection',
  'prompt.role.best-interests': 'A professional, in the person\u2019s best interests',
} as const;

type PromptKey = keyof typeof en | keyof typeof consentPromptWhoEnglish;

/** en-GB in full once the form's English has joined it (until then, the form's keys are missing: only the form uses them). */
export const consentPromptMessages: DefaultMessages<PromptKey> & { readonly 'en-GB': Readonly<Record<PromptKey, string>> } = { 'en-GB': en as typeof en & typeof consentPromptWhoEnglish };

let welsh: Promise<void> | undefined;

/**
 * Makes sure the catalogue for `locale` is in `consentPromptMessages`: for
 * Welsh (`cy`, `cy-GB`…), fetches it the first time and resolves once it is
 * there; for every other locale returns undefined at once. If it cannot be
 * fetched, the prompt speaks en-GB, as for any locale it has no words for.
 */
export function loadConsentPromptMessages(locale: string): Promise<void> | undefined {
  if (locale.split('-')[0] !== 'cy' || consentPromptMessages.cy) return undefined;
  return (welsh ??= import('./consent-prompt.cy').then(
    (m) => void ((consentPromptMessages as Record<string, unknown>).cy = m.consentPromptWelsh),
    () => (welsh = undefined),
  ));
}
