/**
 * The `candour` executable: runs `main` with the real process and file system
 * and sets the exit code. Nothing here, or below, prints a stack trace.
 *
 * Imported rather than run (`import { main } from '@candour/cli'`), it only
 * exports `main`, to run the command line in-process with an io of your own.
 */
import { realpathSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { main } from './main';

export { main, mainHelp, VERSION, EXIT_OK, EXIT_INVALID, EXIT_USAGE, type CliIo } from './main';

/** False only when this file is plainly being imported by another script rather than run. */
function isRunDirectly(): boolean {
  const script = process.argv[1];
  if (script === undefined) return false; // `node -e`, a REPL: imported
  try {
    return realpathSync(script) === realpathSync(fileURLToPath(import.meta.url));
  } catch {
    return true;
  }
}

function fail(error: unknown): void {
  const message = error instanceof Error ? error.message : String(error);
  const line = message.split(/\r?\n/)[0]?.replace(/[\u0000-\u001f\u007f-\u009f]/g, '?').slice(0, 300) ?? 'unknown error';
  try {
    process.stderr.write(`candour: unexpected error: ${line}\n`);
  } catch {
    // nothing more can be done
  }
  process.exitCode = 2;
}

function runCli(): void {
  // A closed pipe (`candour assess x.json | head`) is not an error worth a trace.
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
      fail(error);
    });
  }
  process.on('uncaughtException', (error) => {
    fail(error);
    process.exit(2);
  });
  process.on('unhandledRejection', (error) => {
    fail(error);
    process.exit(2);
  });

  main(process.argv.slice(2), {
    stdout: (text) => {
      process.stdout.write(text);
    },
    stderr: (text) => {
      process.stderr.write(text);
    },
    readFile: (path) => readFile(path),
    writeFile: (path, text) => writeFile(path, text, 'utf8'),
    cwd: process.cwd(),
    isTTY: process.stdout.isTTY === true,
    env: process.env,
  }).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => fail(error),
  );
}

if (isRunDirectly()) runCli();
