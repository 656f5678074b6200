/**
 * The elements' classes, events and localisation hook, without registering
 * any tag: for extending a class, typing listeners or registering under your
 * own control. To use an element, import its registration entry instead, e.g.
 * `@candour/elements/define/ai-badge.js`.
 */
export { CandourAiBadge } from './ai-badge/ai-badge';
export { CandourAiNotice } from './ai-notice/ai-notice';
export { CandourAiContent } from './ai-content/ai-content';
export { CandourProvider } from './provider/provider';
export { CandourPledge } from './pledge/pledge';
export { CandourStatements } from './statements/statements';
export { CandourConsentPrompt } from './consent-prompt/consent-prompt';
export { CandourConsentCentre } from './consent-centre/consent-centre';
export * from './events/events';
export { registerMessages, type Catalog, type MessageKey } from './i18n/translate';
export { candourContext, type CandourState, type ManifestStatus } from './internal/context';
