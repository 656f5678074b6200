/**
 * `candour assess <file> [--json | --html] [--out <file>]`: what the manifest
 * shows against the Technology Suppliers' Pledge, and which guidance
 * statements its features address.
 */
import { buildReport, reportJson } from '../render/report';
import { renderHtml } from '../render/html';
import { renderText } from '../render/text';
import { colour, plain, useColour } from '../render/terminal';
import { CliError, EXIT_INVALID, EXIT_OK, oneFile, parseCommandArgs, sameFile, showArg, writeOutput, type CliIo } from './io';
import { loadManifest, printInvalid, printWarnings } from './manifest';
import { VERSION } from './version';

export const assessHelp = `Usage: candour assess <file> [--json | --html] [--out <file>]

Report what a candour.json manifest shows: for each commitment of the
Technology Suppliers' Pledge, a verdict (evidenced, partial, no evidence), the
manifest fields behind it and what to add; then which statements of the
co-produced guidance each feature addresses, by perspective.

The verdicts are Candour's reading, not a certification: the pledge is
voluntary and is not an accreditation. Every report says so.

Options:
  --json          Print {manifest, pledge, coverage, warnings} as JSON
  --html          Write a self-contained, accessible HTML page
  --out <file>    Write the report to <file> instead of standard output
  -h, --help      Show this help

The text report uses colour only when standard output is a terminal and
NO_COLOR is not set. Warnings go to standard error.

Exit codes: 0 report written; 1 the manifest is invalid (its errors are
listed); 2 usage or input error.
`;

export async function assess(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs('assess', args, {
    json: { type: 'boolean' },
    html: { type: 'boolean' },
    out: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) {
    io.stdout(assessHelp);
    return EXIT_OK;
  }
  if (values.json && values.html) throw new CliError('assess: choose one of --json and --html; run "candour assess --help" for usage');
  const file = oneFile('assess', positionals);
  const out = values.out;
  if (out !== undefined) {
    if (out === '') throw new CliError('assess: --out needs a file name; run "candour assess --help" for usage');
    if (sameFile(io, out, file)) throw new CliError(`assess: --out ${showArg(out)} is the manifest itself; choose another file for the report`);
  }

  const result = await loadManifest(io, file);
  if (!result.ok) {
    printInvalid(io, file, result.errors, result.warnings);
    return EXIT_INVALID;
  }
  const report = buildReport(result.manifest, result.warnings, file, io.now ?? new Date(), VERSION);

  let text: string;
  if (values.json) {
    text = `${JSON.stringify(reportJson(report), null, 2)}\n`;
  } else {
    printWarnings(io, result.warnings);
    if (values.html) text = renderHtml(report);
    else text = renderText(report, { style: out === undefined && useColour(io.isTTY, io.env) ? colour : plain });
  }
  await writeOutput(io, out, text);
  if (out !== undefined) io.stderr(`Wrote the ${values.json ? 'JSON' : values.html ? 'HTML' : 'text'} report to ${showArg(out)}\n`);
  return EXIT_OK;
}
