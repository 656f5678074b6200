/**
 * What the commands need from the outside world, and the errors they stop with.
 * `main` takes an `CliIo` so every command can be run in-process by the tests;
 * `cli.ts` gives it the real process and file system.
 */
import { resolve } from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';

export interface CliIo {
  /** Writes text to standard output (the text carries its own line endings). */
  stdout(text: string): void;
  /** Writes text to standard error. */
  stderr(text: string): void;
  /** Reads a whole file as bytes; rejects with a Node file-system error (`code` ENOENT, EISDIR, ...). */
  readFile(path: string): Promise<Uint8Array> | Uint8Array;
  /** Writes a whole file (only `--out` uses it). Missing: `--out` is refused. */
  writeFile?(path: string, text: string): Promise<void> | void;
  /** The directory relative paths are resolved against. */
  cwd: string;
  /** "Today", for warnings about overdue reviews; defaults to the current date. */
  now?: Date;
  /** Whether standard output is a terminal (colour is used only then). */
  isTTY?: boolean;
  /** The environment, for NO_COLOR. */
  env?: Readonly<Record<string, string | undefined>>;
}

/** Exit codes. */
export const EXIT_OK = 0;
export const EXIT_INVALID = 1;
export const EXIT_USAGE = 2;

/** An error that ends the command with one line on stderr and an exit code (2 unless told). */
export class CliError extends Error {
  readonly exitCode: number;
  constructor(message: string, exitCode: number = EXIT_USAGE) {
    super(message);
    this.name = 'CliError';
    this.exitCode = exitCode;
  }
}

/**
 * Shows a path or other user-given string inside a one-line message: quoted with
 * escapes if it holds anything that could break the line or fool a terminal.
 */
export function showArg(value: string): string {
  if (/^[^\s"'\u0000-\u001f\u007f-\u009f\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]+$/.test(value)) return value;
  return JSON.stringify(value).replace(
    /[\u007f-\u009f\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/** Always quoted, with escapes: for command and option names in messages. */
export function quoteArg(value: string): string {
  return JSON.stringify(value).replace(
    /[\u007f-\u009f\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/** Makes any thrown value into one line of text. */
export function oneLine(error: unknown): string {
  const raw = error instanceof Error ? error.message : String(error);
  const line = raw.split(/\r?\n/).find((l) => l.trim() !== '') ?? 'unknown error';
  return line.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, '?').slice(0, 300);
}

function errorCode(error: unknown): string | undefined {
  if (error !== null && typeof error === 'object' && 'code' in error) {
    const code = (error as { code: unknown }).code;
    return typeof code === 'string' ? code : undefined;
  }
  return undefined;
}

/** Reads a file named on the command line as UTF-8 text; every failure is a CliError (exit 2). */
export async function readTextFile(io: CliIo, file: string): Promise<string> {
  const path = resolve(io.cwd, file);
  let bytes: Uint8Array;
  try {
    bytes = await io.readFile(path);
  } catch (error) {
    const code = errorCode(error);
    const shown = showArg(file);
    switch (code) {
      case 'ENOENT':
        throw new CliError(`cannot read ${shown}: no such file`);
      case 'EISDIR':
        throw new CliError(`cannot read ${shown}: it is a directory, not a file`);
      case 'ENOTDIR':
        throw new CliError(`cannot read ${shown}: a part of the path is not a directory`);
      case 'EACCES':
      case 'EPERM':
        throw new CliError(`cannot read ${shown}: permission denied`);
      case 'ERR_FS_FILE_TOO_LARGE':
        throw new CliError(`cannot read ${shown}: the file is too large to be a candour.json`);
      default:
        throw new CliError(`cannot read ${shown}: ${code ?? oneLine(error)}`);
    }
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new CliError(`${showArg(file)} is not UTF-8 text (is it a binary file?); a candour.json must be UTF-8 JSON`);
  }
  if (text.includes('\u0000')) {
    throw new CliError(`${showArg(file)} looks like a binary file (it contains NUL bytes); a candour.json must be UTF-8 JSON`);
  }
  return text;
}

/** Writes the output of a command to `--out`, or to stdout when there is none. */
export async function writeOutput(io: CliIo, out: string | undefined, text: string): Promise<void> {
  if (out === undefined) {
    io.stdout(text);
    return;
  }
  if (!io.writeFile) throw new CliError('--out is not available here');
  const path = resolve(io.cwd, out);
  try {
    await io.writeFile(path, text);
  } catch (error) {
    const code = errorCode(error);
    const shown = showArg(out);
    switch (code) {
      case 'ENOENT':
        throw new CliError(`cannot write ${shown}: its directory does not exist`);
      case 'EISDIR':
        throw new CliError(`cannot write ${shown}: it is a directory`);
      case 'ENOTDIR':
        throw new CliError(`cannot write ${shown}: a part of the path is not a directory`);
      case 'EACCES':
      case 'EPERM':
      case 'EROFS':
        throw new CliError(`cannot write ${shown}: permission denied`);
      default:
        throw new CliError(`cannot write ${shown}: ${code ?? oneLine(error)}`);
    }
  }
}

/** True when `--out` names the same file as the manifest being read. */
export function sameFile(io: CliIo, a: string, b: string): boolean {
  return resolve(io.cwd, a) === resolve(io.cwd, b);
}

/** The options of a command, as `parseArgs` takes them. */
export type CommandOptions = NonNullable<ParseArgsConfig['options']>;

/** What `parseArgs` returns for a command's options. */
export type ParsedCommand<T extends CommandOptions> = ReturnType<typeof parseArgs<{ args: string[]; options: T; strict: true; allowPositionals: true }>>;

/**
 * `parseArgs`, strict, with its errors turned into one-line usage errors that
 * name the command and where to get help.
 */
export function parseCommandArgs<T extends CommandOptions>(command: string, args: string[], options: T): ParsedCommand<T> {
  try {
    return parseArgs({ args, options, strict: true, allowPositionals: true });
  } catch (error) {
    const code = errorCode(error);
    const message = error instanceof Error ? error.message : String(error);
    const quoted = /'([^']*)'/.exec(message)?.[1];
    const help = `run "candour ${command} --help" for usage`;
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
      throw new CliError(`unknown option ${quoteArg(quoted ?? '?')} for "${command}"; ${help}`);
    }
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
      const name = quoted?.split(' ')[0] ?? '?';
      if (/argument missing/.test(message)) throw new CliError(`option ${quoteArg(name)} needs a value; ${help}`);
      throw new CliError(`option ${quoteArg(name)} does not take a value; ${help}`);
    }
    throw new CliError(`${oneLine(error)}; ${help}`);
  }
}

/** Exactly one positional argument: the manifest file. */
export function oneFile(command: string, positionals: string[]): string {
  const help = `run "candour ${command} --help" for usage`;
  if (positionals.length === 0) throw new CliError(`${command}: missing the file to read, e.g. "candour ${command} candour.json"; ${help}`);
  if (positionals.length > 1) {
    throw new CliError(`${command}: expected one file, found ${positionals.length} arguments (${positionals.slice(1).map(showArg).join(', ')} unexpected); ${help}`);
  }
  const file = positionals[0]!;
  if (file === '') throw new CliError(`${command}: the file name is empty; ${help}`);
  return file;
}

/** `n thing` / `n things`. */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}
