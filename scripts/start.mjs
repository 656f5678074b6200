/**
 * `pnpm start`: serves the example care app and Storybook side by side on
 * 127.0.0.1, with each one's output prefixed, and stops both on Ctrl-C (or
 * when either stops). Both use the packages' TypeScript sources, so the only
 * thing to build first is the custom-elements manifest Storybook reads.
 * `pnpm assess` runs the old start: the CLI's assessment of the example manifest.
 */
import { spawn, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = (name) => `${root}node_modules/.bin/${name}`;
const colour = process.stdout.isTTY && !process.env.NO_COLOR;
const paint = (code, text) => (colour ? `\u001b[${code}m${text}\u001b[0m` : text);

const servers = [
  {
    name: 'care-app',
    colour: 36,
    url: 'http://127.0.0.1:5173/',
    command: bin('vite'),
    args: ['--config', 'examples/care-app/vite.config.ts', '--host', '127.0.0.1', '--port', '5173', '--strictPort'],
  },
  {
    name: 'storybook',
    colour: 35,
    url: 'http://127.0.0.1:6006/',
    command: bin('storybook'),
    args: ['dev', '-p', '6006', '--host', '127.0.0.1', '--no-open', '--ci', '--no-version-updates'],
  },
];

async function answers(url) {
  try {
    return (await fetch(url, { signal: AbortSignal.timeout(2000) })).ok;
  } catch {
    return false;
  }
}

// Something already there (another `pnpm start`?) would answer for us and hide our own failure.
for (const server of servers) {
  if (await answers(server.url)) {
    console.error(`Something is already serving ${server.url}: stop it first (another \`pnpm start\`?).`);
    process.exit(1);
  }
}

console.log('Writing packages/elements/custom-elements.json for Storybook…');
const cem = spawnSync(bin('cem'), ['analyze', '--litelement', '--quiet'], { cwd: `${root}packages/elements`, stdio: 'inherit' });
if (cem.status !== 0) process.exit(cem.status ?? 1);

let stopping = false;
const children = servers.map((server) => {
  const child = spawn(server.command, server.args, {
    cwd: root,
    env: { ...process.env, STORYBOOK_DISABLE_TELEMETRY: '1', ...(colour ? { FORCE_COLOR: '1' } : { NO_COLOR: '1' }) },
    stdio: ['ignore', 'pipe', 'pipe'],
    // Its own process group, so stopping it stops whatever it started too.
    detached: process.platform !== 'win32',
  });
  const prefix = paint(server.colour, `[${server.name}]`);
  for (const stream of [child.stdout, child.stderr]) {
    let rest = '';
    stream.setEncoding('utf8');
    stream.on('data', (chunk) => {
      const lines = (rest + chunk).split(/\r?\n/);
      rest = lines.pop() ?? '';
      for (const line of lines) {
        // Progress lines redraw themselves with carriage returns: keep the last state.
        const text = line
          .split('\r')
          .filter((part) => part.trim())
          .pop()
          ?.trimEnd();
        if (text) console.log(`${prefix} ${text}`);
      }
    });
  }
  child.on('exit', (code, signal) => {
    if (stopping) return;
    console.error(`${prefix} stopped (${signal ?? `exit code ${code}`}); stopping the other server.`);
    stop(code || 1);
  });
  return child;
});

function stop(code = 0) {
  if (stopping) return;
  stopping = true;
  for (const child of children) {
    if (child.exitCode !== null || child.pid === undefined) continue;
    try {
      if (process.platform === 'win32') child.kill();
      else process.kill(-child.pid, 'SIGTERM');
    } catch {
      // Already gone.
    }
  }
  setTimeout(() => process.exit(code), 500).unref();
}

process.on('SIGINT', () => stop(0));
process.on('SIGTERM', () => stop(0));

const deadline = Date.now() + 180_000;
const pending = new Set(servers);
while (pending.size && !stopping && Date.now() < deadline) {
  for (const server of [...pending]) if (await answers(server.url)) pending.delete(server);
  if (pending.size) await new Promise((resolve) => setTimeout(resolve, 500));
}
if (!stopping) {
  if (pending.size) {
    console.error(`Not answering after 3 minutes: ${[...pending].map((s) => s.url).join(', ')}`);
  } else {
    console.log('');
    console.log(paint(1, 'Candour is running:'));
    console.log(`  Care app (example home-care record)  ${servers[0].url}`);
    console.log(`  Storybook (every element and state)   ${servers[1].url}`);
    console.log('Press Ctrl-C to stop both.');
    console.log('');
  }
}
