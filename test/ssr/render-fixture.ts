/**
 * Server-renders every fixture page (fixtures.ts) as a whole HTML document and prints them as one JSON
 * object, { name: html }. The browser tests' middleware (web-test-runner.config.mjs) runs this once, in
 * its own process, since the test runner's Node process has no TypeScript loader and must not get Lit's
 * server DOM shim. Run: node --conditions=source --import tsx test/ssr/render-fixture.ts [name...]
 */
import { fixtures, exampleManifest } from './fixtures.js';
import { renderCandourToString, manifestScript } from '../../packages/elements/src/ssr/ssr.js';

export async function renderDocument(name: string): Promise<string> {
  const fixture = fixtures[name];
  if (!fixture) throw new Error(`No fixture "${name}"; expected one of: ${Object.keys(fixtures).join(', ')}.`);
  const body = await renderCandourToString(fixture(exampleManifest), { lang: 'en-GB' });
  return `<!doctype html>
<html lang="en-GB">
<head><meta charset="utf-8"><title>${name}</title></head>
<body>
${body}
${manifestScript(exampleManifest)}
</body>
</html>
`;
}

const names = process.argv.slice(2).length ? process.argv.slice(2) : Object.keys(fixtures);
const out: Record<string, string> = {};
for (const name of names) out[name] = await renderDocument(name);
process.stdout.write(JSON.stringify(out));
