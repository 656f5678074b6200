/**
 * Test helpers: a fake io backed by a real temporary directory (so file-system
 * errors are the real ones), and small manifests built from the minimal example.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main, type CliIo } from '../src/main';

export const MINIMAL_URL = new URL('../../../examples/minimal.candour.json', import.meta.url);

/** A fixed "today", before the minimal manifest's review date. */
export const TODAY = new Date('2026-11-20T12:00:00Z');

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };

/** A fresh deep copy of examples/minimal.candour.json. */
export function minimal(): JsonObject {
  return JSON.parse(readFileSync(MINIMAL_URL, 'utf8')) as JsonObject;
}

/** Walks a path of keys in a JSON value, for edits in tests. */
export function at(value: Json, ...path: (string | number)[]): JsonObject {
  let node: Json = value;
  for (const key of path) {
    if (node === null || typeof node !== 'object') throw new Error(`no ${String(key)} in test fixture`);
    node = Array.isArray(node) ? (node[key as number] as Json) : (node[key as string] as Json);
  }
  if (node === null || typeof node !== 'object' || Array.isArray(node)) throw new Error(`not an object at ${path.join('.')}`);
  return node;
}

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** A temporary directory to work in; removed by `cleanup`. */
export class Sandbox {
  readonly dir: string;
  constructor() {
    this.dir = mkdtempSync(join(tmpdir(), 'candour-cli-test-'));
  }
  write(name: string, content: string | Uint8Array | JsonObject): string {
    const data = typeof content === 'string' || content instanceof Uint8Array ? content : JSON.stringify(content, null, 2);
    writeFileSync(join(this.dir, name), data);
    return name;
  }
  read(name: string): string {
    return readFileSync(join(this.dir, name), 'utf8');
  }
  io(extra: Partial<CliIo> = {}): { io: CliIo; result: () => Omit<Run, 'code'> } {
    let stdout = '';
    let stderr = '';
    const io: CliIo = {
      stdout: (s) => {
        stdout += s;
      },
      stderr: (s) => {
        stderr += s;
      },
      readFile: (p) => readFile(p),
      writeFile: (p, t) => writeFile(p, t, 'utf8'),
      cwd: this.dir,
      now: TODAY,
      isTTY: false,
      env: {},
      ...extra,
    };
    return { io, result: () => ({ stdout, stderr }) };
  }
  async run(argv: string[], extra: Partial<CliIo> = {}): Promise<Run> {
    const { io, result } = this.io(extra);
    const code = await main(argv, io);
    return { code, ...result() };
  }
  cleanup(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }
}

/** Lines of output, without the final empty one. */
export function lines(text: string): string[] {
  const all = text.split('\n');
  if (all[all.length - 1] === '') all.pop();
  return all;
}

/** True if the text looks like it holds a stack trace. */
export function hasStackTrace(text: string): boolean {
  return /^\s+at /m.test(text) || /\n\s+at /.test(text) || /Error: .*\n\s+at/.test(text);
}
