/**
 * `candour statement <file> --out <dir> [--check]`: writes the static AI
 * transparency statement of a manifest, or (with --check) says whether the
 * one in <dir> is what the manifest gives today.
 */
import { mkdir, readdir, readFile, rm, stat } from 'node:fs/promises';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { CliError, EXIT_INVALID, EXIT_OK, oneFile, oneLine, parseCommandArgs, plural, sameFile, showArg, type CliIo } from '../commands/io';
import { loadManifest, printInvalid, printWarnings } from '../commands/manifest';
import { VERSION } from '../commands/version';
import { STYLESHEET } from './html';
import { buildStatementSite } from './site';

export const statementHelp = `Usage: candour statement <file> --out <dir> [--check]

Write a static, public AI transparency statement for the product a
candour.json manifest describes: an overview (the product, the supplier, its
contacts and every AI feature), one page per AI feature (an explanation for
people who draw on care, families and representatives, care workers and care
providers; what each purpose is, and how to object or say yes), an Easy Read
page per feature, the Technology Suppliers' Pledge commitment by commitment,
and the co-produced guidance's statements the features address.

Each locale the manifest has text in (en-GB, cy, ...) gets its own directory,
with a language switcher of plain links. The pages are plain HTML and one CSS
file: no script, readable with JavaScript off, printable, and safe under a
strict Content-Security-Policy. The same manifest always gives the same files.

Options:
  --out <dir>   The directory to write to (created if missing). It must be
                empty or hold a statement written before by this command;
                pages that no longer exist there are removed.
  --check       Write nothing; exit 1 if <dir> differs from what the
                manifest gives (for CI: is the published statement stale?)
  -h, --help    Show this help

Exit codes: 0 written (or, with --check, up to date); 1 the manifest is
invalid (nothing is written) or, with --check, <dir> is out of date; 2 usage
or input error, or <dir> cannot be written.
`;

/** The first line of the stylesheet: how a directory written by this command is recognised. */
const MARKER = '/* candour statement:';

function errorCode(error: unknown): string | undefined {
  if (error !== null && typeof error === 'object' && 'code' in error) {
    const code = (error as { code: unknown }).code;
    return typeof code === 'string' ? code : undefined;
  }
  return undefined;
}

function writeError(shownDir: string, what: string, error: unknown): CliError {
  const code = errorCode(error);
  switch (code) {
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
      return new CliError(`statement: cannot write ${what} in ${shownDir}: permission denied`);
    case 'ENOTDIR':
      return new CliError(`statement: cannot write ${what} in ${shownDir}: a part of the path is a file, not a directory`);
    case 'ENOSPC':
      return new CliError(`statement: cannot write ${what} in ${shownDir}: the disk is full`);
    default:
      return new CliError(`statement: cannot write ${what} in ${shownDir}: ${code ?? oneLine(error)}`);
  }
}

/** Every file under a directory, as relative paths with `/`, sorted. */
async function listFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  const walk = async (d: string, depth: number): Promise<void> => {
    if (depth > 4) return;
    for (const entry of await readdir(d, { withFileTypes: true })) {
      const path = join(d, entry.name);
      if (entry.isDirectory()) await walk(path, depth + 1);
      else out.push(relative(dir, path).split(sep).join('/'));
    }
  };
  await walk(dir, 0);
  return out.sort();
}

/** What is at `dir`: nothing, a file, an empty directory, a statement written before, or something else. */
async function inspect(dir: string): Promise<'missing' | 'file' | 'empty' | 'statement' | 'other'> {
  let info;
  try {
    info = await stat(dir);
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return 'missing';
    throw error;
  }
  if (!info.isDirectory()) return 'file';
  const entries = await readdir(dir);
  if (entries.length === 0) return 'empty';
  try {
    const css = await readFile(join(dir, STYLESHEET), 'utf8');
    if (css.startsWith(MARKER)) return 'statement';
  } catch {
    // no stylesheet: not ours
  }
  return 'other';
}

export async function statement(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs('statement', args, {
    out: { type: 'string' },
    check: { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) {
    io.stdout(statementHelp);
    return EXIT_OK;
  }
  const file = oneFile('statement', positionals);
  const out = values.out;
  if (out === undefined) throw new CliError('statement: missing --out <dir>, the directory to write the statement to; run "candour statement --help" for usage');
  if (out === '') throw new CliError('statement: --out needs a directory name; run "candour statement --help" for usage');
  if (sameFile(io, out, file)) throw new CliError(`statement: --out ${showArg(out)} is the manifest itself; choose a directory for the statement`);
  const dir = resolve(io.cwd, out);
  const shownDir = showArg(out);

  const result = await loadManifest(io, file);
  if (!result.ok) {
    printInvalid(io, file, result.errors, result.warnings);
    io.stderr(`Nothing was written to ${shownDir}.\n`);
    return EXIT_INVALID;
  }
  printWarnings(io, result.warnings);
  const site = buildStatementSite(result.manifest, { version: VERSION });
  for (const note of site.notes) io.stderr(`note: ${note}\n`);

  let state: Awaited<ReturnType<typeof inspect>>;
  try {
    state = await inspect(dir);
  } catch (error) {
    const code = errorCode(error);
    if (code === 'EACCES' || code === 'EPERM') throw new CliError(`statement: cannot read ${shownDir}: permission denied`);
    if (code === 'ENOTDIR') throw new CliError(`statement: ${shownDir}: a part of the path is a file, not a directory`);
    throw new CliError(`statement: cannot read ${shownDir}: ${code ?? oneLine(error)}`);
  }
  if (state === 'file') throw new CliError(`statement: --out ${shownDir} is a file; give a directory (it is created if missing)`);

  if (values.check) {
    if (state === 'missing' || state === 'empty') {
      io.stderr(`✗ ${shownDir} holds no statement; run "candour statement ${showArg(file)} --out ${shownDir}" to write it\n`);
      return EXIT_INVALID;
    }
    const present = await listFiles(dir);
    const problems: string[] = [];
    for (const [path, content] of site.files) {
      if (!present.includes(path)) problems.push(`missing ${path}`);
      else if ((await readFile(join(dir, path), 'utf8')) !== content) problems.push(`out of date ${path}`);
    }
    for (const path of present) if (!site.files.has(path)) problems.push(`not part of the statement ${path}`);
    if (problems.length) {
      for (const p of problems.slice(0, 20)) io.stderr(`  ${p}\n`);
      if (problems.length > 20) io.stderr(`  ... and ${problems.length - 20} more\n`);
      io.stderr(`✗ ${shownDir} is not the statement ${showArg(file)} gives (${plural(problems.length, 'difference')}); run "candour statement ${showArg(file)} --out ${shownDir}" to update it\n`);
      return EXIT_INVALID;
    }
    io.stderr(`✓ ${shownDir} is up to date (${plural(site.files.size, 'file')}, ${plural(site.locales.length, 'locale')})\n`);
    return EXIT_OK;
  }

  if (state === 'other') {
    throw new CliError(`statement: --out ${shownDir} is not empty and does not hold a statement written by candour; choose an empty or new directory`);
  }
  if (!io.writeFile) throw new CliError('statement: writing files is not available here');
  const stale = state === 'statement' ? (await listFiles(dir)).filter((p) => p.endsWith('.html') && !site.files.has(p)) : [];
  try {
    await mkdir(dir, { recursive: true });
  } catch (error) {
    throw writeError(shownDir, 'the directory', error);
  }
  const made = new Set<string>();
  for (const [path, content] of site.files) {
    const target = join(dir, ...path.split('/'));
    const parent = dirname(target);
    try {
      if (!made.has(parent)) {
        await mkdir(parent, { recursive: true });
        made.add(parent);
      }
      await io.writeFile(target, content);
    } catch (error) {
      throw writeError(shownDir, path, error);
    }
  }
  for (const path of stale) {
    try {
      await rm(join(dir, ...path.split('/')), { force: true });
    } catch (error) {
      throw writeError(shownDir, `(removing the old page) ${path}`, error);
    }
  }
  io.stderr(
    `Wrote the AI transparency statement to ${shownDir}: ${plural(site.files.size, 'file')}, ${plural(site.locales.length, 'locale')} (${site.locales.join(', ')})${stale.length ? `; removed ${plural(stale.length, 'old page')}` : ''}\n`,
  );
  return EXIT_OK;
}
