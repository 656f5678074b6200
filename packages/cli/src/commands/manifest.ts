/**
 * Reading a manifest named on the command line, and printing its problems.
 */
import { parseManifestJson, type ManifestIssue, type ParseManifestResult } from '@candour/core';
import { cleanText } from '../render/terminal';
import { CliError, plural, readTextFile, showArg, type CliIo } from './io';

/**
 * Reads and checks a manifest. A file that cannot be read, is not UTF-8 or is
 * not JSON at all is an input error (CliError, exit 2); a JSON document that is
 * not a valid manifest is a result with `ok: false` (exit 1 for the caller).
 */
export async function loadManifest(io: CliIo, file: string): Promise<ParseManifestResult> {
  const text = await readTextFile(io, file);
  if (text.replace(/^\ufeff/, '').trim() === '') throw new CliError(`${showArg(file)} is empty; a candour.json must be a JSON object`);
  const result = parseManifestJson(text, io.now ? { now: io.now } : {});
  if (!result.ok) {
    const syntax = result.errors.find((e) => e.code === 'invalid_json');
    if (syntax) {
      const where = /line \d+, column \d+/.exec(syntax.found)?.[0];
      throw new CliError(`${showArg(file)} is not valid JSON: ${where ? `syntax error at ${where}` : cleanText(syntax.found)}`);
    }
  }
  return result;
}

/** Prints warnings to stderr, one a line, each starting "warning:". */
export function printWarnings(io: CliIo, warnings: readonly ManifestIssue[]): void {
  for (const w of warnings) io.stderr(`warning: ${cleanText(w.message)}\n`);
}

/** Prints errors (then warnings) to stderr, one a line, and a closing count. */
export function printInvalid(io: CliIo, file: string, errors: readonly ManifestIssue[], warnings: readonly ManifestIssue[]): void {
  for (const e of errors) io.stderr(`error: ${cleanText(e.message)}\n`);
  printWarnings(io, warnings);
  io.stderr(`✗ ${showArg(file)}: not a valid candour.json (${plural(errors.length, 'error')}${warnings.length ? `, ${plural(warnings.length, 'warning')}` : ''})\n`);
}
