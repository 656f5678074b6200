/**
 * `candour schema [--out <file>]`: the JSON Schema of candour.json.
 */
import { manifestJsonSchema } from '@candour/core';
import { EXIT_OK, parseCommandArgs, showArg, CliError, writeOutput, type CliIo } from './io';

export const schemaHelp = `Usage: candour schema [--out <file>]

Print the JSON Schema (draft 2020-12) of candour.json, for editors and for
validators in other languages. The schema checks shapes, types and formats;
the cross-field rules and framework ids are checked by "candour validate".

Options:
  --out <file>  Write the schema to <file> instead of standard output
  -h, --help    Show this help

Exit codes: 0 success; 2 usage error or the file could not be written.
`;

export async function schema(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs('schema', args, {
    out: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) {
    io.stdout(schemaHelp);
    return EXIT_OK;
  }
  if (positionals.length) throw new CliError(`schema: unexpected argument ${showArg(positionals[0]!)}; use --out <file> to write to a file`);
  if (values.out === '') throw new CliError('schema: --out needs a file name');
  await writeOutput(io, values.out, `${JSON.stringify(manifestJsonSchema(), null, 2)}\n`);
  if (values.out !== undefined) io.stderr(`Wrote the JSON Schema to ${showArg(values.out)}\n`);
  return EXIT_OK;
}
