/**
 * Interface text of candour-ai-badge, in en-GB and Welsh (cy).
 *
 * `badgeMessages`: the badge's own phrases (the provider's dialog uses two).
 * `badgeLabelMessages`: everything the badge shows, its own phrases and the
 * shared ones it needs (the same words as `commonMessages`, repeated here so a
 * page of badges does not carry the other elements' error texts; the badge's
 * tests check that they stay the same). Suppliers override either with
 * `registerMessages`: look-up is by key.
 */
export const badgeMessages = {
  'en-GB': {
    'badge.about': 'About this use of AI',
    'badge.readNotice': 'Read the full explanation',
    'badge.close': 'Close',
  },
  cy: {
    'badge.about': 'Ynghylch y defnydd hwn o AI',
    'badge.readNotice': 'Darllen yr esboniad llawn',
    'badge.close': 'Cau',
  },
} as const;

export const badgeLabelMessages = {
  'en-GB': {
    'involvement.generated': 'AI generated',
    'involvement.assisted': 'AI assisted',
    'involvement.automated-decision': 'Automated decision',
    'involvement.conversational': 'AI chatbot',
    'review.before-use': 'Checked by a person',
    'review.after-use': 'Checked by a person after use',
    'review.sampled': 'Some answers checked by a person',
    'review.none': 'Not checked by a person',
    'fallback.title': 'AI is used here',
    'fallback.ask': 'To find out more, ask {who}.',
    'fallback.askProvider': 'your care provider',
    'fallback.loading': 'Loading the explanation of this AI\u2026',
    'badge.readNotice': 'Read the full explanation',
  },
  cy: {
    'involvement.generated': 'Wedi\u2019i greu gan AI',
    'involvement.assisted': 'Gyda chymorth AI',
    'involvement.automated-decision': 'Penderfyniad awtomataidd',
    'involvement.conversational': 'Sgwrsfot AI',
    'review.before-use': 'Wedi\u2019i wirio gan berson',
    'review.after-use': 'Wedi\u2019i wirio gan berson ar \u00f4l ei ddefnyddio',
    'review.sampled': 'Rhai atebion wedi\u2019u gwirio gan berson',
    'review.none': 'Heb ei wirio gan berson',
    'fallback.title': 'Mae AI yn cael ei ddefnyddio yma',
    'fallback.ask': 'I gael gwybod mwy, gofynnwch i {who}.',
    'fallback.askProvider': 'eich darparwr gofal',
    'fallback.loading': 'Wrthi\u2019n llwytho\u2019r esboniad o\u2019r AI hwn\u2026',
    'badge.readNotice': 'Darllen yr esboniad llawn',
  },
} as const;
