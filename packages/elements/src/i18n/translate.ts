/**
 * One localisation mechanism for every element. Each element ships its own
 * phrases in en-GB and Welsh (so a page of badges does not carry the pledge's
 * text); suppliers add a locale or override a phrase, for every element at
 * once, with `registerMessages`. Look-up: the exact tag, then the language,
 * then en-GB.
 */
import type { commonMessages } from './common';
import type { badgeMessages } from './badge';
import type { noticeMessages } from './notice';
import type { contentMessages } from './content';
import type { pledgeMessages } from './pledge';
import type { statementsMessages } from './statements';
import type { consentPromptMessages } from './consent-prompt';
import type { consentCentreMessages } from './consent-centre';

type Keys<T> = T extends { 'en-GB': infer E } ? keyof E : never;
export type MessageKey =
  | Keys<typeof commonMessages>
  | Keys<typeof badgeMessages>
  | Keys<typeof noticeMessages>
  | Keys<typeof contentMessages>
  | Keys<typeof pledgeMessages>
  | Keys<typeof statementsMessages>
  | Keys<typeof consentPromptMessages>
  | Keys<typeof consentCentreMessages>;

/** Every phrase of every element, for suppliers writing a whole catalog. */
export type Catalog = Record<MessageKey, string>;

/** An element's own phrases: en-GB in full, other locales in part. */
export interface DefaultMessages<K extends string> {
  readonly 'en-GB': Readonly<Record<K, string>>;
  readonly [locale: string]: Readonly<Partial<Record<K, string>>>;
}

const overrides = new Map<string, Partial<Catalog>>();
const listeners = new Set<() => void>();

/** Adds or overrides interface text for a locale. Elements on the page re-render. */
export function registerMessages(locale: string, messages: Partial<Catalog>): void {
  overrides.set(locale, { ...overrides.get(locale), ...messages });
  for (const l of listeners) l();
}

/** For elements: re-render when catalogs change. Returns an unsubscribe function. */
export function onMessagesChanged(listener: () => void): () => void {
  listeners.add(listener);
  return () => void listeners.delete(listener);
}

function candidates(locale: string): string[] {
  const language = locale.split('-')[0]!;
  return language === locale ? [locale] : [locale, language];
}

/** The phrase and the locale it is really in (for the `lang` attribute). */
export function lookup<K extends MessageKey>(defaults: DefaultMessages<K>, locale: string, key: K): { text: string; locale: string } {
  for (const tag of candidates(locale)) {
    const text = overrides.get(tag)?.[key] ?? defaults[tag]?.[key];
    if (text !== undefined) return { text, locale: tag };
  }
  const language = locale.split('-')[0];
  for (const [tag, catalog] of overrides) {
    if (tag.split('-')[0] === language && catalog[key] !== undefined) return { text: catalog[key]!, locale: tag };
  }
  return { text: overrides.get('en-GB')?.[key] ?? defaults['en-GB'][key], locale: 'en-GB' };
}

/** The phrase for a key, with `{name}` placeholders filled in (as text: elements never render it as HTML). */
export function translate<K extends MessageKey>(
  defaults: DefaultMessages<K>,
  locale: string,
  key: K,
  params: Readonly<Record<string, string | number>> = {},
): string {
  return lookup(defaults, locale, key).text.replace(/\{(\w+)\}/g, (m, name: string) => (name in params ? String(params[name]) : m));
}
