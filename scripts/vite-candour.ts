/**
 * What Vite needs to serve Candour's TypeScript sources directly, shared by
 * Storybook (.storybook/main.ts) and the example care app: no prior build.
 */
import { defaultClientConditions, type UserConfig } from 'vite';

export const candourViteConfig = {
  resolve: {
    // Workspace packages export a `source` condition pointing at their .ts files.
    conditions: ['source', ...defaultClientConditions],
  },
  // The elements use TypeScript's experimental decorators with
  // useDefineForClassFields false (see tsconfig.json). Said here as well so
  // Vite's transformer (oxc) honours it for every file, whichever tsconfig it finds:
  // left untransformed, decorators are a syntax error in the browser.
  oxc: {
    decorator: { legacy: true },
    assumptions: { setPublicClassFields: true },
    typescript: { removeClassFieldsWithoutInitializer: true },
  },
} satisfies UserConfig;
