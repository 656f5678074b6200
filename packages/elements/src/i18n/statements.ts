/** Interface text of candour-statements, in en-GB and Welsh (cy). */
export const statementsMessages = {
  'en-GB': {
    'statements.heading': '{perspective}',
    'statements.missing': 'The text of these statements is not available yet.',
    'statements.source': 'Source',
    'perspective.people': 'As people who draw on care and support',
    'perspective.workforce': 'As people who work in social care',
    'perspective.providers': 'As providers of care',
    'perspective.tech': 'As technology providers',
  },
  cy: {
    'statements.heading': '{perspective}',
    'statements.missing': 'Nid yw testun y datganiadau hyn ar gael eto.',
    'statements.source': 'Ffynhonnell',
    'perspective.people': 'Fel pobl sy\u2019n cael gofal a chymorth',
    'perspective.workforce': 'Fel pobl sy\u2019n gweithio ym maes gofal cymdeithasol',
    'perspective.providers': 'Fel darparwyr gofal',
    'perspective.tech': 'Fel darparwyr technoleg',
  },
} as const;
