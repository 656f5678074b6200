/**
 * The React example: `pnpm --filter candour-example-react dev` (http://127.0.0.1:5174/)
 * and `pnpm --filter candour-example-react build` (to examples/react/dist).
 *
 * In your own app the config is just `plugins: [react()]`, with your
 * `candour.json` in Vite's `public/` folder. The rest is for this repository:
 * Candour is used from its TypeScript sources (no build first), and the
 * example manifest is served from examples/candour.json rather than copied.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { candourViteConfig } from '../../scripts/vite-candour.js';

const manifestFile = fileURLToPath(new URL('../candour.json', import.meta.url));

/** Serves examples/candour.json as /candour.json in dev and writes it beside index.html in a build. */
function exampleManifest(): Plugin {
  return {
    name: 'candour-example-manifest',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        if (req.url?.split('?')[0] !== '/candour.json') return next();
        res.setHeader('content-type', 'application/json; charset=utf-8');
        res.end(readFileSync(manifestFile));
      });
    },
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: 'candour.json', source: readFileSync(manifestFile, 'utf8') });
    },
  };
}

export default defineConfig({
  // Workspace only: read Candour's TypeScript sources.
  ...candourViteConfig,
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  publicDir: false,
  plugins: [react(), exampleManifest()],
  server: { host: '127.0.0.1', port: 5174, strictPort: true },
  preview: { host: '127.0.0.1', port: 4174, strictPort: true },
  build: { outDir: 'dist', emptyOutDir: true },
});
