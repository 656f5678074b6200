/**
 * `candour validate <file> [--strict] [--json]`: checks a manifest against the
 * schema, the cross-field rules and the framework ids.
 */
import { EXIT_INVALID, EXIT_OK, parseCommandArgs, oneFile, plural, showArg, type CliIo } from './io';
import { loadManifest, printInvalid, printWarnings } from './manifest';

export const validateHelp = `Usage: candour validate <file> [--strict] [--json]

Check a candour.json manifest: its shape, the cross-field rules and the
framework ids it links to.

Options:
  --strict    Treat warnings (an overdue review, a missing translation, ...)
              as errors: exit 1 if there are any
  --json      Print {ok, errors, warnings} as JSON instead of text
  -h, --help  Show this help

Prints "✓ <file>: valid candour.json ..." on success. Errors and warnings go
to standard error, one a line, each with the path of the field concerned.

Exit codes: 0 valid; 1 invalid (or warnings with --strict); 2 usage or input
error (no such file, not UTF-8, not JSON: the message gives line and column).
`;

export async function validate(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs('validate', args, {
    strict: { type: 'boolean' },
    json: { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) {
    io.stdout(validateHelp);
    return EXIT_OK;
  }
  const file = oneFile('validate', positionals);
  const result = await loadManifest(io, file);
  const strict = values.strict === true;
  const errors = result.ok ? [] : result.errors;
  const warnings = result.warnings;
  const ok = errors.length === 0 && !(strict && warnings.length > 0);

  if (values.json) {
    io.stdout(`${JSON.stringify({ ok, errors, warnings }, null, 2)}\n`);
    return ok ? EXIT_OK : EXIT_INVALID;
  }
  if (!result.ok) {
    printInvalid(io, file, result.errors, result.warnings);
    return EXIT_INVALID;
  }
  const m = result.manifest;
  if (strict && warnings.length > 0) {
    printWarnings(io, warnings);
    io.stderr(`✗ ${showArg(file)}: ${plural(warnings.length, 'warning')}, which --strict treats as errors\n`);
    return EXIT_INVALID;
  }
  io.stdout(`✓ ${showArg(file)}: valid candour.json (schema ${m.schemaVersion}, ${plural(m.features.length, 'feature')})\n`);
  if (warnings.length) {
    printWarnings(io, warnings);
    io.stderr(`${plural(warnings.length, 'warning')} (use --strict to make warnings fail)\n`);
  }
  return EXIT_OK;
}
