/**
 * The text report of `candour assess`: laid out for an 80-column terminal,
 * every verdict in words (colour, when used, only repeats them).
 */
import { localise, BASE_LOCALE, type PledgeVerdict } from '@candour/core';
import {
  evidenceCoverage,
  orderedCommitments,
  perspectiveTitle,
  statementTotals,
  SUPPORT_WORDS,
  totalLine,
  VERDICT_WORDS,
  type AssessReport,
} from './report';
import { cleanText, longDate, plain, REPORT_WIDTH, wrap, type Style } from './terminal';

export interface TextOptions {
  style?: Style;
  width?: number;
}

export function renderText(report: AssessReport, options: TextOptions = {}): string {
  const st = options.style ?? plain;
  const width = options.width ?? REPORT_WIDTH;
  const out: string[] = [];
  const para = (text: string, first = '', rest = first) => out.push(...wrap(text, width, first, rest));
  const verdict = (v: PledgeVerdict) => {
    const word = VERDICT_WORDS[v];
    return v === 'evidenced' ? st.green(word) : v === 'partial' ? st.yellow(word) : st.red(word);
  };
  const { product, supplier, pledge, coverage } = report;

  // Who and what
  out.push(st.bold(cleanText(`${product.name} ${product.version}`)));
  para(`Supplier: ${supplier.name}${supplier.companyNumber ? ` (company ${supplier.companyNumber})` : ''}`);
  para(`Manifest: ${report.file}, schema ${report.schemaVersion}, updated ${longDate(report.updated)}`);
  para(
    `AI features (${report.features.length}): ${report.features.map((f) => `${f.name} (${f.id})`).join(', ')}`,
    '',
    '  ',
  );
  out.push('');

  // The pledge
  out.push(st.bold("Technology Suppliers' Pledge"));
  para(
    pledge.signed
      ? `${supplier.name} has signed the pledge${pledge.signedOn ? ` (on ${longDate(pledge.signedOn)})` : ''}.`
      : `${supplier.name} has not signed the pledge.`,
  );
  out.push('');
  para(pledge.disclaimer);
  if (pledge.basis.length) {
    para(`Verdicts from ${pledge.basis.map((b) => `${b.crosswalk} ${b.version}`).join(', ')}.`);
  }
  out.push('');

  for (const { commitment: c, depth } of orderedCommitments(pledge)) {
    const pad = '  '.repeat(depth);
    const body = `${pad}    `;
    const head = `${pad}${c.id}${' '.repeat(Math.max(1, 4 - c.id.length))}`;
    const headLines = wrap(`${c.title}:`, width - 14, head, `${pad}    `);
    headLines[headLines.length - 1] = `${headLines[headLines.length - 1]} ${verdict(c.verdict)}`;
    out.push(...headLines.map((l, i) => (i === 0 ? st.bold(l.slice(0, head.length)) + l.slice(head.length) : l)));
    for (const e of c.evidence) {
      const mark = e.complete ? st.green('✓') : st.red('✗');
      const lines = wrap(`${e.path}: ${evidenceCoverage(e)}`, width, `${body}  `, `${body}    `);
      lines[0] = `${body}${mark} ${lines[0]!.slice(body.length + 2)}`;
      out.push(...lines);
    }
    if (c.evidence.length === 0) out.push(`${body}(no manifest fields are mapped to this commitment)`);
    if (c.claimedBy.length) para(`Claimed by: ${c.claimedBy.join(', ')}`, body, `${body}  `);
    if (c.supplierStatement) {
      const url = c.supplierStatement.url ? ` (${c.supplierStatement.url})` : '';
      para(`Supplier's statement: ${localise(c.supplierStatement.evidence, BASE_LOCALE).text}${url}`, body, `${body}  `);
    }
    if (c.toAdd.length) {
      out.push(`${body}To add:`);
      for (const a of c.toAdd) para(a, `${body}- `, `${body}  `);
    }
  }
  out.push('');

  // Framework coverage
  out.push(st.bold(`Framework coverage: guidance statements (${coverage.pack.id} ${coverage.pack.version})`));
  for (const p of coverage.perspectives) {
    out.push('');
    out.push(st.bold(cleanText(`${p.title}${p.voice ? ` ("${p.voice}" statements)` : ''}`)));
    if (!p.addressed) out.push(`  ${st.yellow('Not addressed by any feature.')}`);
    const missing: string[] = [];
    for (const d of p.domains) {
      if (d.statements.length === 0) continue;
      const addressed = d.statements.filter((s) => s.addressedBy.length > 0);
      if (d.textMissing && addressed.length === 0) {
        missing.push(d.title);
        continue;
      }
      const available = d.statements.filter((s) => s.status !== 'missing').length;
      para(`${d.title}: ${addressed.length} of ${available} ${available === 1 ? 'statement' : 'statements'} addressed`, '  ', '    ');
      for (const s of addressed) {
        para(`${s.id}: ${s.text ?? '(text not available)'}`, '    ', '      ');
        for (const a of s.addressedBy) {
          const gap = a.missingEvidence.length ? `; missing ${a.missingEvidence.join(', ')}` : '';
          para(`${a.feature}: ${SUPPORT_WORDS[a.support]}${gap}`, '      - ', '        ');
        }
      }
    }
    if (missing.length) para(`Text not available: ${missing.join(', ')}`, '  ', '    ');
  }
  out.push('');
  if (coverage.unaddressedPerspectives.length) {
    para(
      `Perspectives no feature addresses: ${coverage.unaddressedPerspectives.map((id) => perspectiveTitle(coverage, id)).join('; ')}.`,
    );
  }
  if (coverage.featuresWithoutStatements.length) {
    para(`Features linked to no guidance statement: ${coverage.featuresWithoutStatements.join(', ')}.`);
  }
  const s = statementTotals(coverage);
  if (s.all > s.available) {
    para(`The text of ${s.all - s.available} of the guidance's ${s.all} statements is not available to Candour, so they cannot be matched.`);
  }

  out.push('');
  out.push(st.bold(cleanText(totalLine(report))));
  return `${out.join('\n')}\n`;
}
