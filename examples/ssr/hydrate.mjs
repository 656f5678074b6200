// A module of its own, so it runs after hydration support and before the definitions (see client.mjs).
import { hydrateCandour } from '@candour/elements/ssr/client.js';

window.candourHydrated = hydrateCandour().then(() => true);
