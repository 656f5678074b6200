/** Interface text of candour-ai-badge, in en-GB and Welsh (cy). */
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
