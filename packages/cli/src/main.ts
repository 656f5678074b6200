/**
 * `candour`: the command line. `main` takes the arguments (without `node` and
 * the script) and an `io`, and returns the exit code; it never throws and never
 * prints a stack trace, so it can be tested in-process.
 */
import { nearestId } from '@candour/core';
import { assess, assessHelp } from './commands/assess';
import { frameworks, frameworksHelp } from './commands/frameworks';
import { CliError, EXIT_OK, EXIT_USAGE, oneLine, quoteArg, type CliIo } from './commands/io';
import { schema, schemaHelp } from './commands/schema';
import { statement, statementHelp } from './statement/command';
import { validate, validateHelp } from './commands/validate';
import { VERSION } from './commands/version';

export type { CliIo } from './commands/io';
export { EXIT_OK, EXIT_INVALID, EXIT_USAGE } from './commands/io';
export { VERSION } from './commands/version';

export const mainHelp = `candour ${VERSION}: check and report on a candour.json AI disclosure manifest

Usage:
  candour validate <file> [--strict] [--json]
  candour assess <file> [--json | --html] [--out <file>]
  candour statement <file> --out <dir> [--check]
  candour schema [--out <file>]
  candour frameworks [<packId>] [--json]

Commands:
  validate     Check a manifest: shape, cross-field rules and framework ids
  assess       Report what a manifest shows against the Technology Suppliers'
               Pledge and the co-produced guidance (text, --json or --html)
  statement    Write a static, accessible AI transparency statement site
               (a page per feature, the pledge, the guidance), per locale
  schema       Print the JSON Schema of candour.json
  frameworks   List the bundled framework packs, or the items of one

Options:
  -h, --help     Show this help; "candour <command> --help" for a command
  -v, --version  Show the version

Exit codes: 0 success; 1 an invalid manifest (or warnings with --strict);
2 a usage or input error.
`;

type Command = (args: string[], io: CliIo) => Promise<number>;

const commands: Record<string, { run: Command; help: string }> = {
  validate: { run: validate, help: validateHelp },
  assess: { run: assess, help: assessHelp },
  statement: { run: statement, help: statementHelp },
  schema: { run: schema, help: schemaHelp },
  frameworks: { run: frameworks, help: frameworksHelp },
};

async function run(argv: readonly string[], io: CliIo): Promise<number> {
  const [first, ...rest] = argv;
  if (first === undefined) {
    throw new CliError('missing command (validate, assess, statement, schema or frameworks); run "candour --help" for usage');
  }
  if (first === '--help' || first === '-h') {
    io.stdout(mainHelp);
    return EXIT_OK;
  }
  if (first === '--version' || first === '-v' || first === '-V') {
    io.stdout(`${VERSION}\n`);
    return EXIT_OK;
  }
  if (first === 'help') {
    const topic = rest[0];
    if (topic === undefined) {
      io.stdout(mainHelp);
      return EXIT_OK;
    }
    const command = Object.hasOwn(commands, topic) ? commands[topic] : undefined;
    if (!command) throw new CliError(`no help for unknown command ${quoteArg(topic)}; run "candour --help" for usage`);
    io.stdout(command.help);
    return EXIT_OK;
  }
  if (first.startsWith('-')) {
    throw new CliError(`unknown option ${quoteArg(first)}; run "candour --help" for usage`);
  }
  const command = Object.hasOwn(commands, first) ? commands[first] : undefined;
  if (!command) {
    const guess = nearestId(first, Object.keys(commands));
    throw new CliError(
      `unknown command ${quoteArg(first)}${guess ? `; did you mean "${guess}"?` : ''} (commands: ${Object.keys(commands).join(', ')}); run "candour --help" for usage`,
    );
  }
  return command.run([...rest], io);
}

export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    return await run(argv, io);
  } catch (error) {
    if (error instanceof CliError) {
      io.stderr(`candour: ${error.message}\n`);
      return error.exitCode;
    }
    // Not a path we expect: say what happened in one line, never a stack trace.
    try {
      io.stderr(`candour: unexpected error: ${oneLine(error)} (please report this)\n`);
    } catch {
      // stderr itself failed; nothing more can be said
    }
    return EXIT_USAGE;
  }
}
