/** Interface text of candour-ai-content, in en-GB and Welsh (cy). */
export const contentMessages = {
  'en-GB': {
    'content.label': 'AI-drafted content',
    'content.draftedBy': 'Drafted with AI: {feature}',
    'content.unreviewed': 'Not yet checked by a person. Check it before relying on it.',
    'content.reviewed': 'Checked by {name} on {date}',
    'content.reviewedNoDate': 'Checked by {name}',
    'content.reviewedNoName': 'Checked by a person on {date}',
    'content.edited': 'Changed by a person after the AI drafted it',
    'content.markReviewed': 'Mark as checked',
    'content.warning': 'Warning',
    'content.about': 'Read about this use of AI',
  },
  cy: {
    'content.label': 'Cynnwys a ddrafftiwyd gan AI',
    'content.draftedBy': 'Wedi\u2019i ddrafftio gydag AI: {feature}',
    'content.unreviewed': 'Heb ei wirio gan berson eto. Gwiriwch ef cyn dibynnu arno.',
    'content.reviewed': 'Wedi\u2019i wirio gan {name} ar {date}',
    'content.reviewedNoDate': 'Wedi\u2019i wirio gan {name}',
    'content.reviewedNoName': 'Wedi\u2019i wirio gan berson ar {date}',
    'content.edited': 'Wedi\u2019i newid gan berson ar \u00f4l i\u2019r AI ei ddrafftio',
    'content.markReviewed': 'Nodi ei fod wedi\u2019i wirio',
    'content.warning': 'Rhybudd',
    'content.about': 'Darllen am y defnydd hwn o AI',
  },
} as const;
