// Browser tests of the elements, in Debian's Chromium and Firefox ESR. Nothing
// here downloads a browser. BROWSERS=chromium or BROWSERS=firefox runs one.
import { chromeLauncher } from '@web/test-runner-chrome';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { existsSync } from 'node:fs';

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

export default {
  files: ['packages/elements/src/**/*.test.ts', 'test/browser/**/*.test.ts'],
  nodeResolve: { exportConditions: ['source', 'browser', 'development'] },
  plugins: [esbuildPlugin({ ts: true, tsconfig: 'tsconfig.json', target: 'es2022' })],
  browsers,
  concurrency: 1,
  concurrentBrowsers: 2,
  testFramework: { config: { timeout: 10000 } },
  browserStartTimeout: 60000,
  testsStartTimeout: 60000,
  testsFinishTimeout: 180000,
};
