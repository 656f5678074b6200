// A care page rendered on the server with Candour's elements: readable with JavaScript off (declarative
// shadow DOM), and hydrated when the script loads. Node's own http server, no framework.
//
//   pnpm build && node examples/ssr/server.mjs      (PORT=8080 to choose the port)
//
// Needs the packages built (dist/), @lit-labs/ssr on the server, and, for the browser bundle made at
// start-up, @lit-labs/ssr-client with Rollup; a real site would build its script with its own bundler.
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
// The definitions the page uses: on the server they register the classes Lit SSR renders.
import '@candour/elements/define/provider.js';
import '@candour/elements/define/ai-badge.js';
import '@candour/elements/define/ai-content.js';
import '@candour/elements/define/ai-notice.js';
import '@candour/elements/define/pledge.js';
import { renderCandour, manifestScript } from '@candour/elements/ssr/ssr.js';
import { RenderResultReadable } from '@lit-labs/ssr/lib/render-result-readable.js';
import { rollup } from 'rollup';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import { carePage } from './page.mjs';

const here = fileURLToPath(new URL('.', import.meta.url));
const manifest = JSON.parse(readFileSync(new URL('../candour.json', import.meta.url), 'utf8'));

/** The browser's script, bundled once at start-up (production builds of Lit; @candour/core loaded only by the pledge). */
async function bundleClient() {
  const build = await rollup({ input: `${here}client.mjs`, plugins: [nodeResolve({ browser: true, exportConditions: ['browser', 'production'] })], onwarn: () => {} });
  const { output } = await build.generate({ format: 'es', entryFileNames: 'client.js', chunkFileNames: '[name]-[hash].js' });
  await build.close();
  return new Map(output.filter((o) => o.type === 'chunk').map((o) => [`/${o.fileName}`, o.code]));
}

const head = `<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Visit note: Mrs Evans</title>
<style>
  body { font: 1.1875rem/1.5 system-ui, sans-serif; margin: 0 auto; padding: 1rem; max-width: 48rem; color: #0b0c0c; }
  h1 { font-size: 2rem; }
  main > * + * { margin-block-start: 2rem; }
</style>
</head>
<body>
`;

export async function start(port = Number(process.env.PORT ?? 8080), host = '127.0.0.1') {
  const scripts = await bundleClient();
  const server = createServer(async (req, res) => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    if (req.method !== 'GET' && req.method !== 'HEAD') return void res.writeHead(405, { allow: 'GET, HEAD' }).end();
    if (scripts.has(path)) return void res.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8' }).end(scripts.get(path));
    if (path !== '/') return void res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found\n');
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.write(head);
    // Streamed as it renders: the top of the page is on its way while the pledge is still being read.
    const body = new RenderResultReadable(renderCandour(carePage(manifest), { lang: 'en-GB' }));
    body.on('error', (error) => {
      console.error(error);
      res.end();
    });
    body.on('end', () => res.end(`\n${manifestScript(manifest)}\n<script type="module" src="/client.js"></script>\n</body>\n</html>\n`));
    body.pipe(res, { end: false });
  });
  await new Promise((resolve) => server.listen(port, host, resolve));
  const { port: actual } = server.address();
  console.log(`Candour server-rendering example on http://${host}:${actual}/`);
  return server;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await start();
