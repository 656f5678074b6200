// Browser tests of the elements, in Debian's Chromium and Firefox ESR. Nothing
// here downloads a browser. BROWSERS=chromium or BROWSERS=firefox runs one.
import { chromeLauncher } from '@web/test-runner-chrome';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { existsSync } from 'node:fs';
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const chromiumPath = ['/usr/bin/chromium', '/usr/lib/chromium/chromium'].find((p) => existsSync(p));
const firefoxPath = ['/usr/bin/firefox-esr', '/usr/bin/firefox'].find((p) => existsSync(p));
const wanted = (process.env.BROWSERS ?? 'chromium,firefox').split(',');

const quietChromium = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-dev-shm-usage',
];

const browsers = [];
if (wanted.includes('chromium')) {
  if (!chromiumPath) throw new Error('Chromium is not installed: apt-get install chromium');
  browsers.push(chromeLauncher({ launchOptions: { executablePath: chromiumPath, headless: true, args: quietChromium } }));
}
if (wanted.includes('firefox')) {
  if (!firefoxPath) throw new Error('Firefox ESR is not installed: apt-get install firefox-esr');
  browsers.push(
    chromeLauncher({
      launchOptions: {
        browser: 'firefox',
        executablePath: firefoxPath,
        headless: true,
        extraPrefsFirefox: { 'network.proxy.type': 0, 'app.update.enabled': false, 'datareporting.policy.dataSubmissionEnabled': false },
      },
    }),
  );
}

// @candour/core imports its framework packs as JSON modules (Rollup bundles them for dist/).
// Served from source, a .json file imported by a module becomes `export default <json>`;
// the same file fetched with fetch() is still plain JSON.
const jsonModules = {
  name: 'candour-json-modules',
  transformImport: ({ source }) => (/^\.{1,2}\/.*\.json$/.test(source) ? `${source}?json-module` : undefined),
  resolveMimeType: (context) => (context.path.endsWith('.json') && context.URL.searchParams.has('json-module') ? 'js' : undefined),
  transform: (context) =>
    context.path.endsWith('.json') && context.URL.searchParams.has('json-module') ? { body: `export default ${context.body};` } : undefined,
};

// For tests of a manifest server that fails: this path drops the connection
// without answering, as a broken proxy or a server that dies would.
const dropConnection = (ctx, next) => {
  if (ctx.path === '/__test/drop-connection') {
    ctx.req.socket.destroy();
    return undefined;
  }
  return next();
};

// For the hydration tests (test/browser/ssr*.test.ts): /__ssr/<fixture> answers with that page as the
// server renders it (test/ssr/fixtures.ts). All fixtures are rendered once, on the first request, in a
// child process: the renderer is TypeScript and installs Lit's server DOM shim, neither of which belongs
// in the test runner's own process.
let ssrPages;
const serverRendered = async (ctx, next) => {
  const match = /^\/__ssr\/([a-z-]+)$/.exec(ctx.path);
  if (!match) return next();
  ssrPages ??= new Promise((resolve, reject) => {
    const args = ['--conditions=source', '--import', 'tsx', 'test/ssr/render-fixture.ts'];
    execFile(process.execPath, args, { cwd: fileURLToPath(new URL('.', import.meta.url)), maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) =>
      error ? reject(new Error(`Server rendering failed: ${error.message}\n${stderr}`)) : resolve(JSON.parse(stdout)),
    );
  });
  let pages;
  try {
    pages = await ssrPages;
  } catch (error) {
    ssrPages = undefined;
    ctx.status = 500;
    ctx.body = String(error);
    return undefined;
  }
  if (!(match[1] in pages)) return next();
  ctx.type = 'html';
  ctx.body = pages[match[1]];
  return undefined;
};

export default {
  middleware: [dropConnection, serverRendered],
  files: ['packages/elements/src/**/*.test.ts', 'test/browser/**/*.test.ts'],
  nodeResolve: { exportConditions: ['source', 'browser', 'development'] },
  plugins: [esbuildPlugin({ ts: true, tsconfig: 'tsconfig.json', target: 'es2022' }), jsonModules],
  browsers,
  concurrency: 1,
  concurrentBrowsers: 2,
  testFramework: { config: { timeout: 10000 } },
  browserStartTimeout: 60000,
  testsStartTimeout: 60000,
  testsFinishTimeout: 180000,
};
