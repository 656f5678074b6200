// The React wrappers' generator (scripts/generate-react.mjs): the committed
// wrappers in packages/react/src cover every element the custom-elements
// manifest declares and every event each one fires, typed with the event class
// whose `eventName` is that event; `--check` fails on stale output. Plain Node,
// no browser and no build.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { readElements, render } from '../../scripts/generate-react.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const script = join(root, 'scripts/generate-react.mjs');
const manifestFile = join(root, 'packages/elements/custom-elements.json');
const srcDir = join(root, 'packages/react/src');
const manifest = JSON.parse(readFileSync(manifestFile, 'utf8'));

/** Every custom element the manifest declares with a tag, found independently of the generator. */
const declared = manifest.modules.flatMap((m) => (m.declarations ?? []).filter((d) => d.customElement && d.tagName));

/** The committed wrapper modules, by the tag each one wraps. */
const committed = new Map(
  readdirSync(srcDir)
    .filter((f) => f.endsWith('.ts') && f !== 'index.ts')
    .map((f) => {
      const text = readFileSync(join(srcDir, f), 'utf8');
      return [/tagName: '([^']+)'/.exec(text)?.[1], { file: f, text }];
    }),
);
const index = readFileSync(join(srcDir, 'index.ts'), 'utf8');

/** Event class → event name, read from the events module's source (`static get eventName() { return '…' }`). */
const eventNames = new Map(
  [...readFileSync(join(root, 'packages/elements/src/events/events.ts'), 'utf8').matchAll(/class (\w+) extends Event \{\s*static get eventName\(\) \{\s*return '([^']+)'/g)].map((m) => [m[1], m[2]]),
);

const temps = [];
after(() => temps.forEach((d) => rmSync(d, { recursive: true, force: true })));
const temp = () => {
  const dir = mkdtempSync(join(tmpdir(), 'candour-react-gen-'));
  temps.push(dir);
  return dir;
};
const run = (...args) => spawnSync(process.execPath, [script, ...args], { encoding: 'utf8' });

test('the manifest declares the eight elements (so the checks below check something)', () => {
  assert.ok(declared.length >= 8, `only ${declared.length} elements found in custom-elements.json`);
  assert.ok(eventNames.size >= 8, `only ${eventNames.size} event classes found in events.ts`);
});

test('every element in custom-elements.json has a committed wrapper, exported from the index', () => {
  for (const d of declared) {
    const wrapper = committed.get(d.tagName);
    assert.ok(wrapper, `<${d.tagName}> has no wrapper in packages/react/src: run node scripts/generate-react.mjs`);
    assert.match(wrapper.text, new RegExp(`import \\{ ${d.name} as ${d.name}Element \\} from '@candour/elements/define/[a-z-]+\\.js'`), `${wrapper.file} imports the registering module`);
    assert.match(index, new RegExp(`export \\{ ${d.name}\\b[^}]*\\} from '\\./${wrapper.file.slice(0, -3)}'`), `index.ts exports ${d.name}`);
  }
  assert.equal(committed.size, declared.length, 'a wrapper exists for an element the manifest no longer declares');
});

test('every event an element declares is an on… prop of its wrapper, typed with the event class of that name', () => {
  let checked = 0;
  for (const d of declared) {
    const { text, file } = committed.get(d.tagName);
    for (const event of d.events ?? []) {
      const prop = `on${event.name.split('-').map((w) => w[0].toUpperCase() + w.slice(1)).join('')}`;
      const found = new RegExp(`\\n    ${prop}: '${event.name}' as EventName<(\\w+)>,`).exec(text);
      assert.ok(found, `${file} has no ${prop} for "${event.name}"`);
      const type = found[1];
      if (type === 'Event') assert.equal(event.type?.text, 'Event', `${file}: only events the manifest types as Event may be plain Event`);
      else assert.equal(eventNames.get(type), event.name, `${file}: ${type}.eventName is not "${event.name}"`);
      assert.match(text, new RegExp(`\\n  ${prop}: EventName<${type}>;`), `${file}: ${prop} is in the exported events type`);
      checked++;
    }
  }
  assert.ok(checked >= 20, `only ${checked} events checked`);
});

test('the committed wrappers are what the generator writes now (--check passes)', () => {
  const result = run('--check');
  assert.equal(result.status, 0, result.stderr);
  assert.match(result.stdout, /up to date/);
});

test('--check fails, naming the file, when a wrapper was edited by hand or is missing, and a run repairs it', () => {
  const out = temp();
  cpSync(srcDir, out, { recursive: true });
  writeFileSync(join(out, 'ai-badge.ts'), readFileSync(join(out, 'ai-badge.ts'), 'utf8').replace("displayName: 'CandourAiBadge'", "displayName: 'Badge'"));
  rmSync(join(out, 'pledge.ts'));
  const stale = run('--check', '--out', out);
  assert.equal(stale.status, 1);
  assert.match(stale.stderr, /ai-badge\.ts \(differs\)/);
  assert.match(stale.stderr, /pledge\.ts \(missing\)/);
  assert.match(stale.stderr, /pnpm generate/);
  assert.equal(run('--out', out).status, 0);
  assert.equal(run('--check', '--out', out).status, 0);
  assert.equal(readFileSync(join(out, 'ai-badge.ts'), 'utf8'), readFileSync(join(srcDir, 'ai-badge.ts'), 'utf8'));
});

test('a new element in the manifest makes the committed wrappers stale', () => {
  const copy = structuredClone(manifest);
  const badgeModule = copy.modules.find((m) => m.path === 'src/ai-badge/ai-badge.ts');
  const badge = badgeModule.declarations.find((d) => d.tagName === 'candour-ai-badge');
  copy.modules.push(
    { kind: 'javascript-module', path: 'src/widget/widget.ts', declarations: [{ ...badge, name: 'CandourWidget', tagName: 'candour-widget' }], exports: [] },
    {
      kind: 'javascript-module',
      path: 'src/define/widget.ts',
      declarations: [],
      exports: [{ kind: 'custom-element-definition', name: 'candour-widget', declaration: { name: 'CandourWidget', module: 'src/widget/widget.ts' } }],
    },
  );
  const file = join(temp(), 'custom-elements.json');
  writeFileSync(file, JSON.stringify(copy));
  const result = run('--check', '--manifest', file);
  assert.equal(result.status, 1);
  assert.match(result.stderr, /packages\/react\/src\/widget\.ts \(missing\)/);
  assert.match(result.stderr, /packages\/react\/src\/index\.ts \(differs\)/);
  const { files } = render(copy);
  assert.match(files.get('widget.ts'), /export const CandourWidget: ReactWebComponent<CandourWidgetElement, CandourWidgetEvents>/);
  assert.match(files.get('widget.ts'), /from '@candour\/elements\/define\/widget\.js'/);
});

test('an event with no event class of its name and no type is refused with a clear message', () => {
  const copy = structuredClone(manifest);
  const badge = copy.modules.flatMap((m) => m.declarations ?? []).find((d) => d.tagName === 'candour-ai-badge');
  badge.events.push({ name: 'candour-badge-wiggle', description: 'Not a real event.' });
  assert.throws(() => readElements(copy), /<candour-ai-badge> fires "candour-badge-wiggle", but custom-elements\.json has no event class CandourBadgeWiggleEvent/);
});

test('a manifest without modules is refused with a clear message', () => {
  assert.throws(() => readElements({}), /no "modules" array/);
  const file = join(temp(), 'broken.json');
  writeFileSync(file, '{ not json');
  const result = run('--check', '--manifest', file);
  assert.equal(result.status, 1);
  assert.match(result.stderr, /Could not read .*broken\.json/);
});
