/**
 * The HTML report of `candour assess --html`: one self-contained page, with no
 * script and no outside resources (an inline style only), readable printed.
 *
 * Accessibility: lang="en-GB", one h1 and headings in order, data tables with
 * a caption and header cells with scope, and every verdict and support level in
 * words (colour and symbols only repeat them).
 *
 * Safety: every string from the manifest (and the file name) is escaped with
 * `escapeHtml`; only https:, mailto: and tel: addresses become links.
 */
import { localise, BASE_LOCALE, type Contact, type PledgeVerdict, type ClaimSupport, type CommitmentAssessment } from '@candour/core';
import { escapeHtml as h, link, mailLink, safeHref, telLink } from './escape';
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
import { longDate } from './terminal';

const VERDICT_MARK: Record<PledgeVerdict, string> = { evidenced: '✓', partial: '◐', 'no-evidence': '✗' };
const SUPPORT_CLASS: Record<ClaimSupport, string> = { supported: 'evidenced', 'partly-supported': 'partial', 'claimed-only': 'no-evidence' };

const STYLE = `
:root { color-scheme: light; --ink: #1b1b1b; --muted: #505a5f; --rule: #b1b4b6; --ok: #00703c; --part: #8a4d00; --no: #b3261e; --bg-ok: #e6f4ec; --bg-part: #fff4e0; --bg-no: #fbe9e7; }
* { box-sizing: border-box; }
body { margin: 0; color: var(--ink); background: #fff; font: 1rem/1.5 system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; }
main { max-width: 60rem; margin: 0 auto; padding: 1.5rem 1rem 3rem; }
h1 { font-size: 2rem; line-height: 1.2; margin: 0 0 .5rem; }
h2 { font-size: 1.5rem; margin: 2.5rem 0 .75rem; padding-top: .5rem; border-top: 2px solid var(--ink); }
h3 { font-size: 1.2rem; margin: 1.75rem 0 .5rem; }
h4 { font-size: 1.05rem; margin: 1.25rem 0 .5rem; }
p, ul, dl { margin: .5rem 0; }
a { color: #1d4f91; text-decoration-thickness: .08em; text-underline-offset: .15em; }
a:focus { outline: 3px solid #fd0; outline-offset: 0; background: #fd0; color: #0b0c0c; }
code { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: .9em; overflow-wrap: anywhere; }
.meta { color: var(--muted); }
.disclaimer { border-left: 5px solid var(--rule); padding: .5rem 1rem; background: #f3f2f1; }
table { border-collapse: collapse; width: 100%; margin: .75rem 0 1rem; }
caption { text-align: left; font-weight: 700; padding: .25rem 0; }
th, td { text-align: left; vertical-align: top; padding: .4rem .5rem; border-bottom: 1px solid var(--rule); }
thead th { border-bottom: 2px solid var(--ink); }
.verdict { display: inline-block; font-weight: 700; padding: 0 .4rem; border-radius: .2rem; border: 1px solid currentColor; white-space: nowrap; }
.evidenced { color: var(--ok); background: var(--bg-ok); }
.partial { color: var(--part); background: var(--bg-part); }
.no-evidence { color: var(--no); background: var(--bg-no); }
.part { padding-left: 1.5rem; }
.evidence th:first-child { width: 40%; }
.coverage th:first-child { width: 20%; }
.coverage td:last-child { width: 35%; }
td ul { margin: 0; padding-left: 1.1rem; }
.sub { margin-left: 1.5rem; }
.total { font-weight: 700; font-size: 1.1rem; border: 2px solid var(--ink); padding: .5rem 1rem; }
@media print {
  body { font-size: 11pt; }
  main { max-width: none; padding: 0; }
  h2 { break-after: avoid; }
  h3, h4, caption { break-after: avoid; }
  tr, .disclaimer, .total { break-inside: avoid; }
  .verdict { background: none !important; }
  a[href^="https:"]::after { content: " (" attr(href) ")"; font-size: .85em; overflow-wrap: anywhere; }
}
`;

function verdictBadge(v: PledgeVerdict): string {
  return `<span class="verdict ${v}"><span aria-hidden="true">${VERDICT_MARK[v]} </span>${h(VERDICT_WORDS[v])}</span>`;
}

function supportBadge(s: ClaimSupport): string {
  const cls = SUPPORT_CLASS[s];
  return `<span class="verdict ${cls}"><span aria-hidden="true">${VERDICT_MARK[cls as PledgeVerdict]} </span>${h(s === 'claimed-only' ? 'claimed only' : SUPPORT_WORDS[s])}</span>`;
}

function contactHtml(label: string, c: Contact | undefined): string {
  if (!c) return '';
  const ways: string[] = [];
  if (c.email) ways.push(mailLink(c.email));
  if (c.phone) ways.push(telLink(c.phone));
  if (c.url) ways.push(link(c.url, c.url));
  if (c.postal) ways.push(h(c.postal));
  const role = c.role ? ` (${h(localise(c.role, BASE_LOCALE).text)})` : '';
  return `<dt>${h(label)}</dt><dd>${h(c.name)}${role}${ways.length ? `: ${ways.join(', ')}` : ''}</dd>`;
}

function commitmentSection(c: CommitmentAssessment, depth: number, featureCount: number): string {
  const tag = depth === 0 ? 'h3' : 'h4';
  const anchor = `commitment-${c.id.replace(/[^A-Za-z0-9-]/g, '-')}`;
  const parts: string[] = [];
  parts.push(`<section${depth ? ' class="sub"' : ''} aria-labelledby="${h(anchor)}">`);
  parts.push(`<${tag} id="${h(anchor)}">${h(c.id)}. ${h(c.title)}: ${verdictBadge(c.verdict)}</${tag}>`);
  if (c.evidence.length) {
    parts.push('<table class="evidence">');
    parts.push(`<caption>Manifest fields behind commitment ${h(c.id)}</caption>`);
    parts.push('<thead><tr><th scope="col">Field</th><th scope="col">Filled in</th><th scope="col">Why it counts</th></tr></thead><tbody>');
    for (const e of c.evidence) {
      const filled = e.complete ? 'Yes' : e.any ? 'In part' : 'No';
      const cls = e.complete ? 'evidenced' : e.any ? 'partial' : 'no-evidence';
      const mark = VERDICT_MARK[cls];
      const missing = e.scope === 'feature' && e.missingIn.length && featureCount > 1 ? `; missing in ${e.missingIn.map(h).join(', ')}` : '';
      parts.push(
        `<tr><th scope="row"><code>${h(e.path)}</code></th><td><span class="verdict ${cls}"><span aria-hidden="true">${mark} </span>${filled}</span> ${h(evidenceCoverage(e))}${missing}</td><td>${h(e.why)}</td></tr>`,
      );
    }
    parts.push('</tbody></table>');
  } else {
    parts.push('<p>No manifest fields are mapped to this commitment.</p>');
  }
  if (c.claimedBy.length) parts.push(`<p>Claimed by: ${c.claimedBy.map((f) => `<code>${h(f)}</code>`).join(', ')}.</p>`);
  if (c.supplierStatement) {
    const text = h(localise(c.supplierStatement.evidence, BASE_LOCALE).text);
    const url = c.supplierStatement.url;
    const href = url === undefined ? undefined : safeHref(url);
    const more = url === undefined ? '' : href ? ` <a href="${h(href)}">Read the supplier’s evidence</a>.` : ` (address not linked: ${h(url)})`;
    parts.push(`<p>Supplier’s statement: ${text}${more}</p>`);
  }
  if (c.toAdd.length) {
    parts.push(`<p><strong>What to add</strong></p><ul>${c.toAdd.map((a) => `<li>${h(a)}</li>`).join('')}</ul>`);
  }
  if (c.relatedTo.length) {
    parts.push(`<p class="meta">Related, in Candour’s crosswalk: ${c.relatedTo.map((r) => `<code>${h(r)}</code>`).join(', ')}.</p>`);
  }
  parts.push('</section>');
  return parts.join('\n');
}

export function renderHtml(report: AssessReport): string {
  const { product, supplier, pledge, coverage } = report;
  const productName = `${product.name} ${product.version}`;
  const body: string[] = [];

  body.push(`<h1>AI disclosure assessment: ${h(productName)}</h1>`);
  body.push(
    `<p class="meta">From <code>${h(report.file)}</code> (candour.json schema ${h(report.schemaVersion)}, updated ${h(longDate(report.updated))}). Made by Candour ${h(report.toolVersion)} on ${h(longDate(report.generatedOn))}.</p>`,
  );
  body.push(`<p>${h(localise(product.description, BASE_LOCALE).text)}</p>`);

  // Supplier
  body.push('<section aria-labelledby="supplier"><h2 id="supplier">Supplier</h2>');
  body.push('<dl>');
  body.push(`<dt>Name</dt><dd>${link(supplier.name, supplier.website)}${supplier.companyNumber ? ` (company number ${h(supplier.companyNumber)})` : ''}</dd>`);
  body.push(`<dt>Website</dt><dd>${link(supplier.website, supplier.website)}</dd>`);
  body.push(contactHtml('General contact', supplier.contacts.general));
  body.push(contactHtml('Data protection', supplier.contacts.dataProtection));
  body.push(contactHtml('Concerns about AI', supplier.contacts.aiConcerns));
  body.push(contactHtml('Clinical safety', supplier.contacts.clinicalSafety));
  body.push('</dl>');
  body.push('<table><caption>AI features in this manifest</caption><thead><tr><th scope="col">Feature</th><th scope="col">Id</th><th scope="col">Version</th></tr></thead><tbody>');
  for (const f of report.features) body.push(`<tr><th scope="row">${h(f.name)}</th><td><code>${h(f.id)}</code></td><td>${h(f.version)}</td></tr>`);
  body.push('</tbody></table></section>');

  // Pledge
  body.push('<section aria-labelledby="pledge"><h2 id="pledge">Technology Suppliers’ Pledge</h2>');
  const statementUrl = supplier.pledge.publicStatementUrl;
  body.push(
    `<p><strong>${pledge.signed ? 'Signed' : 'Not signed'}.</strong> ${h(supplier.name)} ${pledge.signed ? `has signed the pledge${pledge.signedOn ? ` on ${h(longDate(pledge.signedOn))}` : ''}` : 'has not signed the pledge'}.${statementUrl ? ` ${link('Public statement', statementUrl)}.` : ''}</p>`,
  );
  body.push(`<p class="disclaimer">${h(pledge.disclaimer)}</p>`);
  if (pledge.basis.length) body.push(`<p class="meta">Verdicts from ${pledge.basis.map((b) => `${h(b.crosswalk)} ${h(b.version)}`).join(', ')}.</p>`);
  body.push('<table><caption>Verdict for each commitment</caption><thead><tr><th scope="col">Commitment</th><th scope="col">Verdict</th></tr></thead><tbody>');
  const ordered = orderedCommitments(pledge);
  for (const { commitment: c, depth } of ordered) {
    body.push(
      `<tr><th scope="row"${depth ? ' class="part"' : ''}><a href="#commitment-${h(c.id.replace(/[^A-Za-z0-9-]/g, '-'))}">${h(c.id)}. ${h(c.title)}</a></th><td>${verdictBadge(c.verdict)}</td></tr>`,
    );
  }
  body.push('</tbody></table>');
  for (const { commitment: c, depth } of ordered) body.push(commitmentSection(c, depth, report.features.length));
  body.push('</section>');

  // Coverage
  body.push('<section aria-labelledby="coverage"><h2 id="coverage">Framework coverage</h2>');
  body.push(
    `<p>Which statements of the co-produced guidance (<code>${h(coverage.pack.id)}</code> ${h(coverage.pack.version)}) each feature addresses, by perspective. A feature addresses a statement when its manifest links to it; the support level says whether the fields that would show it are filled in.</p>`,
  );
  for (const p of coverage.perspectives) {
    const id = `perspective-${p.id.replace(/[^A-Za-z0-9-]/g, '-')}`;
    body.push(`<section aria-labelledby="${h(id)}"><h3 id="${h(id)}">${h(p.title)}${p.voice ? ` (“${h(p.voice)}” statements)` : ''}</h3>`);
    if (!p.addressed) body.push('<p><strong>Not addressed by any feature.</strong></p>');
    body.push(`<table class="coverage"><caption>Guidance statements: ${h(p.title)}</caption><thead><tr><th scope="col">Domain</th><th scope="col">Statement</th><th scope="col">Addressed by</th></tr></thead><tbody>`);
    for (const d of p.domains) {
      if (d.statements.length === 0) continue;
      if (d.textMissing && d.statements.every((s) => s.addressedBy.length === 0)) {
        body.push(`<tr><th scope="row">${h(d.title)}</th><td>Text not available</td><td>Cannot be matched</td></tr>`);
        continue;
      }
      for (const s of d.statements) {
        const text = s.text === undefined ? 'Text not available' : h(s.text);
        const by = s.addressedBy.length
          ? `<ul>${s.addressedBy
              .map(
                (a) =>
                  `<li><code>${h(a.feature)}</code>: ${supportBadge(a.support)}${a.missingEvidence.length ? ` (missing ${a.missingEvidence.map((m) => `<code>${h(m)}</code>`).join(', ')})` : ''}</li>`,
              )
              .join('')}</ul>`
          : 'Not addressed';
        body.push(`<tr><th scope="row">${h(d.title)}</th><td><code>${h(s.id)}</code> ${text}</td><td>${by}</td></tr>`);
      }
    }
    body.push('</tbody></table></section>');
  }
  if (coverage.unaddressedPerspectives.length) {
    body.push(`<p><strong>Perspectives no feature addresses:</strong> ${coverage.unaddressedPerspectives.map((id) => h(perspectiveTitle(coverage, id))).join('; ')}.</p>`);
  }
  if (coverage.featuresWithoutStatements.length) {
    body.push(`<p><strong>Features linked to no guidance statement:</strong> ${coverage.featuresWithoutStatements.map((f) => `<code>${h(f)}</code>`).join(', ')}.</p>`);
  }
  const s = statementTotals(coverage);
  if (s.all > s.available) {
    body.push(`<p>The text of ${s.all - s.available} of the guidance’s ${s.all} statements is not available to Candour, so they cannot be matched.</p>`);
  }
  body.push('</section>');

  if (report.warnings.length) {
    body.push(`<section aria-labelledby="warnings"><h2 id="warnings">Warnings (${report.warnings.length})</h2>`);
    body.push('<p>These do not make the manifest invalid, but should be put right.</p>');
    body.push(`<ul>${report.warnings.map((w) => `<li>${h(w.message)}</li>`).join('')}</ul></section>`);
  }

  body.push(`<section aria-labelledby="total"><h2 id="total">Total</h2><p class="total">${h(totalLine(report).replace(/^Total: /, ''))}</p></section>`);

  return `<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'">
<meta name="referrer" content="no-referrer">
<meta name="generator" content="Candour ${h(report.toolVersion)}">
<title>AI disclosure assessment: ${h(productName)} (${h(supplier.name)})</title>
<style>${STYLE}</style>
</head>
<body>
<main>
${body.filter(Boolean).join('\n')}
</main>
</body>
</html>
`;
}
