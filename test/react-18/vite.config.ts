/**
 * The React wrappers built against React 18.3.1 (the example app uses React 19).
 * Built and driven in Chromium by test/e2e/react.test.mjs.
 */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { candourViteConfig } from '../../scripts/vite-candour.js';

export default defineConfig({
  ...candourViteConfig,
  resolve: {
    ...candourViteConfig.resolve,
    // @candour/react is a workspace link whose own node_modules holds React 19:
    // resolve react and react-dom from this folder (React 18) for every importer.
    dedupe: ['react', 'react-dom'],
  },
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  publicDir: false,
  plugins: [react()],
  build: { outDir: 'dist', emptyOutDir: true },
});
