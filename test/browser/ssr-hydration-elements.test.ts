/**
 * Each element's server-rendered page (test/ssr/fixtures.ts) hydrates with no error or warning, keeps the
 * server's nodes and ends with the same shadow DOM as a browser-only render (badge, badge-alone, badge-welsh, notice, content).
 */
import { frames, checkHydration, serverReady } from '../ssr/browser-helpers.js';

describe('server-rendered elements hydrate (a)', function () {
  this.timeout(120000);
  before(serverReady);
  afterEach(() => {
    frames.splice(0).forEach((f) => f.remove());
  });

  for (const name of ['badge', 'badge-alone', 'badge-welsh', 'notice', 'content']) {
    it(`${name}: hydrates cleanly and ends as a browser-only render does`, () => checkHydration(name));
  }
});
