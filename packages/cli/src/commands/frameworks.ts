/**
 * `candour frameworks [--json] [<packId>]`: the bundled framework packs, or the
 * items of one, each with the provenance of its words.
 */
import { getDefaultRegistry, nearestId, type AnyPack, type FrameworkItem, type ProvenanceStatus } from '@candour/core';
import { cleanText, REPORT_WIDTH, wrap } from '../render/terminal';
import { CliError, EXIT_OK, parseCommandArgs, plural, showArg, type CliIo } from './io';

export const frameworksHelp = `Usage: candour frameworks [<packId>] [--json]

List the framework packs bundled with Candour: id, version, number of items
and the provenance of their words (verbatim, paraphrase, missing). With a pack
id, list that pack's items: id, type, title or text, and provenance.

Options:
  --json      Print JSON instead of text
  -h, --help  Show this help

Exit codes: 0 success; 2 usage error (such as an unknown pack id).
`;

type Counts = Record<ProvenanceStatus, number>;

function provenanceCounts(items: readonly FrameworkItem[]): Counts {
  const counts: Counts = { verbatim: 0, paraphrase: 0, missing: 0 };
  for (const item of items) counts[item.provenance.status]++;
  return counts;
}

interface PackSummary {
  id: string;
  kind: 'framework' | 'crosswalk';
  version: string;
  title: string;
  items?: number;
  /** Provenance of each item's words (its text; its title too unless it has its own). */
  provenance?: Counts;
  /** Provenance of titles that have their own (`titleProvenance`), when any do. */
  titleProvenance?: Counts;
  links?: number;
}

function summary(pack: AnyPack): PackSummary {
  if (pack.kind === 'framework') {
    const titled = pack.items.filter((i) => i.titleProvenance);
    const titles: Counts = { verbatim: 0, paraphrase: 0, missing: 0 };
    for (const i of titled) if (i.titleProvenance) titles[i.titleProvenance.status]++;
    return {
      id: pack.id,
      kind: pack.kind,
      version: pack.version,
      title: pack.title,
      items: pack.items.length,
      provenance: provenanceCounts(pack.items),
      ...(titled.length ? { titleProvenance: titles } : {}),
    };
  }
  return { id: pack.id, kind: pack.kind, version: pack.version, title: pack.title, links: pack.links.length };
}

/** The provenance of an item's words, in a few words: "verbatim", or "title verbatim, text missing". */
function itemStatus(item: FrameworkItem): string {
  if (item.titleProvenance) return `title ${item.titleProvenance.status}, text ${item.provenance.status}`;
  return item.provenance.status;
}

export async function frameworks(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs('frameworks', args, {
    json: { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) {
    io.stdout(frameworksHelp);
    return EXIT_OK;
  }
  if (positionals.length > 1) throw new CliError(`frameworks: expected at most one pack id, found ${positionals.length} arguments`);
  const registry = getDefaultRegistry();
  const packs = registry.listPacks();
  const width = REPORT_WIDTH;
  const out: string[] = [];

  const packId = positionals[0];
  if (packId === undefined) {
    const summaries = packs.map(summary);
    if (values.json) {
      io.stdout(`${JSON.stringify(summaries, null, 2)}\n`);
      return EXIT_OK;
    }
    out.push(`Framework packs bundled with Candour (${summaries.length}):`);
    const idWidth = Math.max(...summaries.map((s) => s.id.length));
    for (const s of summaries) {
      out.push('');
      const what =
        s.kind === 'framework' && s.provenance
          ? `${plural(s.items ?? 0, 'item')}: ${s.provenance.verbatim} verbatim, ${s.provenance.paraphrase} paraphrase, ${s.provenance.missing} missing`
          : `crosswalk, ${plural(s.links ?? 0, 'link')}`;
      out.push(`${s.id.padEnd(idWidth)}  ${s.version}  ${what}`);
      if (s.titleProvenance) {
        const t = s.titleProvenance;
        out.push(`${' '.repeat(idWidth + s.version.length + 4)}titles: ${t.verbatim} verbatim, ${t.paraphrase} paraphrase, ${t.missing} missing`);
      }
      out.push(...wrap(s.title, width, '  ', '  '));
    }
    out.push('');
    out.push('Provenance: verbatim = copied exactly from the cited source; paraphrase =');
    out.push("Candour's summary or label; missing = the words exist but are not available.");
    out.push('Counts are of each item\'s text; "titles:" counts headings known separately.');
    out.push('Run "candour frameworks <packId>" to list the items of a pack.');
    io.stdout(`${out.join('\n')}\n`);
    return EXIT_OK;
  }

  const pack = registry.getPack(packId);
  if (!pack) {
    const ids = packs.map((p) => p.id);
    const guess = nearestId(packId, ids);
    throw new CliError(`frameworks: no bundled pack ${showArg(packId)}${guess ? `; did you mean "${guess}"?` : ''} (packs: ${ids.join(', ')})`);
  }

  if (pack.kind === 'crosswalk') {
    if (values.json) {
      io.stdout(`${JSON.stringify({ ...summary(pack), authoredBy: pack.authoredBy, description: pack.description, links: pack.links }, null, 2)}\n`);
      return EXIT_OK;
    }
    out.push(`${pack.id} ${pack.version}: ${pack.title}`);
    out.push(...wrap(`By ${pack.authoredBy}. ${pack.description}`, width));
    for (const link of pack.links) {
      out.push('');
      out.push(`${link.id}: ${link.from}`);
      out.push(...wrap(`related to ${link.to.join(', ')}`, width, '  ', '    '));
      for (const e of link.evidence ?? []) out.push(...wrap(`evidence: ${e.path} (${e.why})`, width, '  ', '    '));
    }
    io.stdout(`${out.join('\n')}\n`);
    return EXIT_OK;
  }

  const items = registry.items(pack.id);
  if (values.json) {
    io.stdout(
      `${JSON.stringify(
        {
          ...summary(pack),
          publisher: pack.publisher,
          ...(pack.url ? { url: pack.url } : {}),
          items: items.map((i) => ({
            id: i.id,
            type: i.type,
            ...(i.title !== undefined ? { title: i.title } : {}),
            ...(i.text !== undefined ? { text: i.text } : {}),
            ...(i.parent ? { parent: i.parent } : {}),
            ...(i.perspective ? { perspective: i.perspective } : {}),
            ...(i.domain ? { domain: i.domain } : {}),
            status: i.provenance.status,
            ...(i.titleProvenance ? { titleStatus: i.titleProvenance.status } : {}),
          })),
        },
        null,
        2,
      )}\n`,
    );
    return EXIT_OK;
  }
  const counts = provenanceCounts(items);
  out.push(`${pack.id} ${pack.version}: ${pack.title}`);
  out.push(...wrap(`Published by ${pack.publisher}.${pack.url ? ` ${pack.url}` : ''}`, width));
  out.push(`${plural(items.length, 'item')}: ${counts.verbatim} verbatim, ${counts.paraphrase} paraphrase, ${counts.missing} missing.`);
  for (const item of items) {
    out.push('');
    const where = [item.parent ? `part of ${item.parent}` : '', item.perspective ? `perspective ${item.perspective}` : '', item.domain ? `domain ${item.domain}` : '']
      .filter(Boolean)
      .join(', ');
    out.push(cleanText(`${item.id}  ${item.type}${where ? ` (${where})` : ''}  [${itemStatus(item)}]`));
    if (item.title !== undefined) out.push(...wrap(item.title, width, '  ', '  '));
    if (item.text !== undefined) out.push(...wrap(item.text, width, '  ', '  '));
    else if (item.provenance.status === 'missing') out.push('  (text not available)');
  }
  io.stdout(`${out.join('\n')}\n`);
  return EXIT_OK;
}
