// Debian's Chromium for the end-to-end tests, through playwright-core: never a
// downloaded browser. The flags keep it from reaching for Google's services on
// a machine with a closed network.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';

export const chromiumPath = ['/usr/bin/chromium', '/usr/lib/chromium/chromium'].find((p) => existsSync(p));

export const quietChromiumArgs = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

/** Starts Debian's Chromium, or fails the test saying how to install it. */
export function launchChromium() {
  assert.ok(chromiumPath, 'Debian chromium is not installed (scripts/install.sh installs it)');
  return chromium.launch({ executablePath: chromiumPath, args: quietChromiumArgs });
}
