/** The locale every localised text must carry, and the last fallback when reading. */
export const BASE_LOCALE = 'en-GB';
