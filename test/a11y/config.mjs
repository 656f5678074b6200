// What the accessibility suite (test/a11y/run.mjs) snapshots, and the few exceptions it allows.

/**
 * Each element's main states: the accessibility tree of these stories (what a screen reader is
 * given, from Chromium) is kept in test/a11y/__snapshots__/<story id>.txt, so a change in what is
 * announced shows up in review.
 */
export const snapshotStories = [
  'elements-ai-badge--default', // closed
  'elements-ai-badge--open',
  'elements-ai-notice--default', // standard
  'elements-ai-notice--easy-read',
  'elements-ai-content--unreviewed',
  'elements-ai-content--reviewed',
  'elements-pledge--default',
  'elements-statements--people',
  'elements-consent-prompt--explicit-consent',
  'elements-consent-prompt--inform-and-object',
  'elements-consent-prompt--dialog',
  'elements-consent-centre--default', // the person's own view
  'elements-consent-centre--worker',
];

/**
 * Exceptions, by story id. `axe`: rule id → why it is off for that story. `keyboard`: text of a
 * keyboard problem that is expected → why. Every entry must say why; keep this empty if you can.
 * @type {Record<string, { axe?: Record<string, string>, keyboard?: string[] }>}
 */
export const allowed = {};

/**
 * axe rules off in Firefox's forced-colours run only, with why. Chromium's forced-colours run
 * keeps every rule.
 * @type {Record<string, string>}
 */
export const firefoxForcedColoursAxeOff = {
  'color-contrast':
    'In forced colours the text and background are the user\'s system colours, not ours. The elements use ' +
    'the system pairs as intended (Highlight with HighlightText for a pressed toggle); Firefox\'s built-in ' +
    'Linux palette pairs white HighlightText with #3399ff Highlight (2.94:1), which no page can change.',
};
