/** Interface text of `candour-consent-prompt`, in en-GB and Welsh (cy). Filled in with the element. */
export const consentPromptMessages = {
  'en-GB': {
    'prompt.title': 'Your choice about AI',
  },
  cy: {
    'prompt.title': 'Eich dewis am AI',
  },
} as const;
