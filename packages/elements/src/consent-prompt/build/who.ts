// The prompt's form for whoever decides when it is not the person: fetched the
// first time it is shown (a representative reading, or someone choosing
// "Someone else is making this choice"), with its styles and English, so a
// person deciding for themselves never loads it.
import { css } from '@lit/reactive-element/css-tag.js';
import type { Decider, DeciderRole } from '@candour/core/consent';
import type { consentPromptMessages } from '../../i18n/consent-prompt';
import { consentPromptWhoEnglish } from '../../i18n/consent-prompt.who';
import { h } from './dom';

export { consentPromptWhoEnglish };

export type Field = 'name' | 'relationship' | 'authority' | 'assessedBy' | 'assessedOn' | 'outcome' | 'reference';
type Key = keyof (typeof consentPromptMessages)['en-GB'];
type Tx = (key: Key) => string;

/** The form's rules, added to the prompt's shadow root with the form. */
export const whoStyles = css`
fieldset{margin:0;padding:0;border:0}
legend{padding:0;margin-block-end:.5rem;font-weight:700}
.field,.radios{margin-block-end:1rem}
.radio{display:flex;align-items:center;gap:.75rem;min-block-size:44px}
[type=radio]{inline-size:1.75rem;block-size:1.75rem;min-block-size:0;margin:0;accent-color:var(--f)}
label:not(.radio){display:block}
.field input:not([type=radio]){box-sizing:border-box;inline-size:100%;max-inline-size:30em;border:2px solid;background:var(--b)}
.invalid{padding-inline-start:.75rem;border-inline-start:5px solid}
.invalid,.invalid input{border-color:var(--e)}
.error{color:var(--e);font-weight:700}
`;

/**
 * "Who is making this choice?": the roles, then the details the chosen role
 * needs (name, relationship, LPA or court order reference, or the capacity
 * assessment), each with what the ledger found wrong with it.
 */
export function whoForm(role: DeciderRole, roles: readonly DeciderRole[], errors: Partial<Record<Field, string>>, known: Decider | undefined, tx: Tx): HTMLElement {
  const outcome = errors.outcome;
  const field = (name: Field, label: Key, value?: string, autocomplete = 'off', type = 'text'): HTMLElement => {
    const error = errors[name];
    return h(
      'div',
      { part: 'field', class: `field ${error ? 'invalid' : ''}` },
      h('label', { for: `field-${name}` }, tx(label)),
      error && h('p', { part: 'error', class: 'error', id: `error-${name}` }, error),
      h('input', {
        id: `field-${name}`,
        name,
        type,
        value: value ?? '',
        autocomplete,
        spellcheck: 'false',
        'aria-invalid': error ? 'true' : null,
        'aria-describedby': error ? `error-${name}` : null,
      }),
    );
  };
  const radios = <T extends string>(name: string, values: readonly T[], label: (v: T) => string, checked: (v: T) => boolean, invalid?: string): HTMLElement =>
    h(
      'div',
      { class: 'radios' },
      values.map((v) => {
        const input = h('input', { type: 'radio', name, value: v, 'aria-invalid': invalid ? 'true' : null }) as HTMLInputElement;
        input.checked = checked(v);
        return h('label', { class: 'radio' }, input, ` ${label(v)}`);
      }),
    );
  return h(
    'fieldset',
    { part: 'who', class: 'who' },
    h('legend', null, tx('prompt.who')),
    Object.keys(errors).length > 0 && h('p', { part: 'error-summary', class: 'error', role: 'alert' }, tx('prompt.error.summary')),
    radios('role', roles, (r) => tx(`prompt.role.${r}`), (r) => r === role),
    role !== 'person' && [
      field('name', 'prompt.field.name', known?.name, 'name'),
      field('relationship', 'prompt.field.relationship', known?.relationship),
      role !== 'best-interests'
        ? field('authority', role === 'deputy' ? 'prompt.field.order' : 'prompt.field.lpa', known?.authorityReference)
        : [
            field('assessedBy', 'prompt.field.assessedBy', known?.capacity?.assessedBy),
            field('assessedOn', 'prompt.field.assessedOn', known?.capacity?.assessedAt?.slice(0, 10), 'off', 'date'),
            h(
              'fieldset',
              { part: 'field', class: `field ${outcome ? 'invalid' : ''}`, 'aria-describedby': outcome ? 'error-outcome' : null },
              h('legend', null, tx('prompt.field.outcome')),
              outcome && h('p', { part: 'error', class: 'error', id: 'error-outcome' }, outcome),
              radios('outcome', ['lacks-capacity', 'has-capacity'] as const, (o) => tx(`prompt.outcome.${o}`), (o) => known?.capacity?.outcome === o, outcome),
            ),
            field('reference', 'prompt.field.reference', known?.capacity?.reference),
          ],
    ],
  );
}

/** What the ledger found wrong with the decider's details, as a message next to each field (`value`: what the field holds now). */
export function errorsFor(problems: readonly { path: string }[], role: DeciderRole, value: (field: Field) => string, tx: Tx): Partial<Record<Field, string>> {
  const errors: Partial<Record<Field, string>> = {};
  const missing = (f: Field, key: Key) => {
    if (!value(f)) errors[f] = tx(key);
  };
  for (const { path } of problems) {
    if (path === 'decidedBy.name') errors.name = tx('prompt.error.name');
    else if (path === 'decidedBy.authorityReference') errors.authority = tx(role === 'deputy' ? 'prompt.error.deputy' : 'prompt.error.attorney');
    else if (path === 'decidedBy.capacity.outcome') errors.outcome = tx('prompt.error.outcome');
    else if (path === 'decidedBy.capacity') {
      missing('assessedBy', 'prompt.error.assessedBy');
      missing('assessedOn', 'prompt.error.assessedOn');
      missing('outcome', 'prompt.error.outcome');
    }
  }
  return errors;
}
