/** Interface text of `candour-consent-centre`, in en-GB and Welsh (cy). Filled in with the element. */
export const consentCentreMessages = {
  'en-GB': {
    'centre.title': 'Your choices about AI',
  },
  cy: {
    'centre.title': 'Eich dewisiadau am AI',
  },
} as const;
