/**
 * The example care app: `pnpm care-app` (dev, http://127.0.0.1:5173/) and
 * `pnpm build:care-app` (to examples/care-app/dist). Candour is used from its
 * TypeScript sources, so nothing needs building first. The page's only
 * network request is the provider's `src`: the example manifest, served next
 * to the page from examples/candour.json rather than kept as a second copy.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import { candourViteConfig } from '../../scripts/vite-candour.js';

const manifestFile = fileURLToPath(new URL('../candour.json', import.meta.url));

/** Serves examples/candour.json as /candour.json in dev and writes it beside index.html in a build. */
function exampleManifest(): Plugin {
  return {
    name: 'candour-example-manifest',
    configureServer(server) {
      server.watcher.add(manifestFile);
      server.middlewares.use((req, res, next) => {
        if (req.url?.split('?')[0] !== '/candour.json' || (req.method !== 'GET' && req.method !== 'HEAD')) return next();
        res.setHeader('content-type', 'application/json; charset=utf-8');
        res.setHeader('cache-control', 'no-cache');
        res.end(req.method === 'HEAD' ? undefined : readFileSync(manifestFile));
      });
    },
    buildStart() {
      this.addWatchFile(manifestFile);
    },
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: 'candour.json', source: readFileSync(manifestFile, 'utf8') });
    },
  };
}

export default defineConfig({
  ...candourViteConfig,
  root: fileURLToPath(new URL('.', import.meta.url)),
  // Relative URLs, so the built page works from any folder.
  base: './',
  publicDir: false,
  plugins: [exampleManifest()],
  server: { host: '127.0.0.1', port: 5173, strictPort: true },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
  build: { outDir: 'dist', emptyOutDir: true },
});
