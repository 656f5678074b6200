/** Gives the providers the page's manifest and releases their elements once it is read (see hydrateCandour). */
import { hydrateCandour } from '@candour/elements/ssr/client.js';

void hydrateCandour();
