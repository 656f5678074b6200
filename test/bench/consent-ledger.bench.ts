/**
 * Appending and verifying 10,000 hash-chained consent events, in Node.
 * Aim (the consent issue): append + verify under half a second on these
 * machines. Medians of several rounds; writes the figures into
 * docs/PERFORMANCE.md. A script, not a test: run with `pnpm bench:consent`.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, platform, release, totalmem } from 'node:os';
import { browserStore, createLedger, decide, memoryStore, type ConsentEventInput, type KeyValueStorage } from '@candour/core/consent';

const N = 10_000;
const ROUNDS = 7;
const root = new URL('../../', import.meta.url);

/** A realistic mix: notices shown, yes and no, objections for one visit, attorneys deciding, staff recording. */
function inputFor(i: number): ConsentEventInput {
  const subject = `person-${i % 400}`;
  const shown = { feature: 'visit-transcription', version: '2.0', audience: 'person', locale: 'en-GB', format: i % 5 ? 'standard' : 'easy-read', sha256: '3f'.repeat(32) } as const;
  const common = { subject, feature: 'visit-transcription', featureVersion: '2.0.1', channel: i % 3 ? 'self-service' : 'staff-assisted', recordedBy: i % 3 ? undefined : { id: `staff-${i % 40}`, role: 'Senior care worker' } } as const;
  switch (i % 4) {
    case 0:
      return { ...common, type: 'shown', purpose: 'improve-transcription', model: 'explicit-consent', decidedBy: { role: 'person' }, shown };
    case 1:
      return { ...common, type: 'granted', purpose: 'improve-transcription', model: 'explicit-consent', decidedBy: i % 8 === 1 ? { role: 'attorney', name: 'Sam Okafor', relationship: 'son', authorityReference: 'OPG 7000-1234-5678' } : { role: 'person' }, shown };
    case 2:
      return { ...common, type: 'objected-this-visit', purpose: 'visit-transcription', model: 'inform-and-object', decidedBy: { role: 'person' }, visit: `visit-${i}` };
    default:
      return { ...common, type: 'withdrawn', purpose: 'improve-transcription', model: 'explicit-consent', decidedBy: { role: 'person' }, reason: 'Changed my mind' };
  }
}

class MapStorage implements KeyValueStorage {
  private map = new Map<string, string>();
  private keys: string[] | null = null;
  get length() { return this.map.size; }
  key(i: number) { this.keys ??= [...this.map.keys()]; return this.keys[i] ?? null; }
  getItem(k: string) { return this.map.get(k) ?? null; }
  setItem(k: string, v: string) { if (!this.map.has(k)) this.keys = null; this.map.set(k, v); }
  removeItem(k: string) { this.keys = null; this.map.delete(k); }
}

const inputs = Array.from({ length: N }, (_, i) => inputFor(i));

async function round(kind: 'memory' | 'storage') {
  const store = kind === 'memory' ? memoryStore() : browserStore({ storage: new MapStorage(), locks: null });
  const ledger = createLedger({ store });
  const t0 = performance.now();
  for (const input of inputs) await ledger.record(input);
  const t1 = performance.now();
  const v = await ledger.verify();
  const t2 = performance.now();
  if (!v.ok || v.count !== N) throw new Error(`verify failed: ${JSON.stringify(v.faults.slice(0, 3))}`);
  const events = await ledger.events();
  const t3 = performance.now();
  for (let s = 0; s < 100; s++) decide(events, { subject: `person-${s}`, feature: 'visit-transcription', purpose: 'improve-transcription', model: 'explicit-consent', noticeVersion: '2.0' });
  const t4 = performance.now();
  ledger.close();
  return { append: t1 - t0, verify: t2 - t1, decide100: t4 - t3 };
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};
const fmt = (ms: number) => `${ms.toFixed(0)} ms`;
const cell = (xs: number[]) => `${fmt(median(xs))} (${fmt(Math.min(...xs))}–${fmt(Math.max(...xs))})`;

await round('memory'); // warm-up
const results = { memory: [] as Awaited<ReturnType<typeof round>>[], storage: [] as Awaited<ReturnType<typeof round>>[] };
for (let r = 0; r < ROUNDS; r++) {
  for (const kind of r % 2 ? (['storage', 'memory'] as const) : (['memory', 'storage'] as const)) results[kind].push(await round(kind));
}

const row = (name: string, rs: Awaited<ReturnType<typeof round>>[]) => {
  const total = rs.map((r) => r.append + r.verify);
  return `| ${name} | ${cell(rs.map((r) => r.append))} | ${cell(rs.map((r) => r.verify))} | ${cell(total)} | ${cell(rs.map((r) => r.decide100))} |`;
};
const memTotal = median(results.memory.map((r) => r.append + r.verify));
const machine = `${cpus()[0]?.model ?? 'unknown CPU'}, ${cpus().length} cores, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, ${platform()} ${release()}, Node ${process.version}`;
const section = `## Appending and verifying 10,000 consent events

Measured ${new Date().toISOString().slice(0, 10)} on ${machine}, by \`pnpm bench:consent\` (test/bench/consent-ledger.bench.ts).
Load average at the end: ${loadavg().map((l) => l.toFixed(1)).join(', ')}. Median of ${ROUNDS} rounds after a warm-up, alternating the stores; (min–max) in brackets.
Each round records ${N.toLocaleString('en-GB')} events one \`await ledger.record()\` at a time (a mix of notices shown, yes, "not today",
withdrawals; an attorney in one in eight grants; staff recording one in three), each checked, hashed (SHA-256 of its canonical
form) and chained, then runs \`verify()\` over the whole chain. "Decide ×100" derives 100 people's current decisions from all ${N.toLocaleString('en-GB')} events.

| store | append ${N.toLocaleString('en-GB')} | verify | append + verify | decide ×100 |
| --- | ---: | ---: | ---: | ---: |
${row('memory (`memoryStore`)', results.memory)}
${row('Web Storage API (`browserStore` over an in-memory Storage)', results.storage)}

Aim: append + verify under 500 ms in Node. **${memTotal < 500 ? 'Met' : 'Missed'}** with the memory store (${fmt(memTotal)}).
The browser store adds JSON and a key per event; in a browser, \`localStorage\` itself costs more than this in-memory stand-in.
`;

console.log(section);
const docPath = new URL('docs/PERFORMANCE.md', root);
let doc = readFileSync(docPath, 'utf8');
const start = '<!-- bench:consent-ledger:start -->';
const end = '<!-- bench:consent-ledger:end -->';
const block = `${start}\n${section}${end}`;
doc = doc.includes(start) ? doc.replace(new RegExp(`${start}[\\s\\S]*?${end}`), block) : `${doc.trimEnd()}\n\n${block}\n`;
writeFileSync(docPath, doc);
