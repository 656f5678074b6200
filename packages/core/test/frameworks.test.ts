// The bundled framework packs: what suppliers and the manifest validator rely on.
// Expected texts and ids below are copied by hand from the sources, as an independent check
// on the JSON data (the tests do not read the seed document).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import * as z from 'zod/mini';
import Ajv2020 from 'ajv/dist/2020';
import {
  anyPackSchema,
  bundledPackIds,
  bundledPacks,
  createFrameworkRegistry,
  crosswalkPackSchema,
  frameworkPackSchema,
  getDefaultRegistry,
  parsePack,
  type FrameworkItem,
  type FrameworkPack,
} from '../src/frameworks';

const registry = getDefaultRegistry();

function framework(id: string): FrameworkPack {
  const pack = registry.getFramework(id);
  assert.ok(pack, `pack ${id} is bundled`);
  return pack;
}

const frameworkIds = bundledPackIds.filter((id) => id !== 'candour-crosswalk');

describe('bundled packs', () => {
  it('every bundled pack validates on its own', () => {
    assert.equal(bundledPacks.length, bundledPackIds.length);
    for (const json of bundledPacks) {
      const result = parsePack(json);
      assert.ok(result.ok, `${json.id}: ${JSON.stringify(!result.ok && result.errors)}`);
    }
  });

  it('the default registry holds exactly the bundled packs, and is shared', () => {
    assert.deepEqual(
      registry.listPacks().map((p) => p.id),
      [...bundledPackIds],
    );
    assert.equal(createFrameworkRegistry(), registry);
  });

  it('pack files point at the JSON Schema and carry a semver version', () => {
    for (const pack of bundledPacks) {
      assert.equal(pack.$schema, '../schema/framework-pack.schema.json', pack.id);
      assert.match(pack.version, /^\d+\.\d+\.\d+$/, pack.id);
    }
  });

  it('ids are stable: the full list, written by hand', () => {
    const expected: Record<string, string[]> = {
      'oxford-guidance': [
        'people', 'workforce', 'providers', 'tech',
        'ics', 'sg', 'tr', 'ep',
        'ics.people.1', 'ics.workforce.1', 'ics.workforce.2',
        'ics.providers.1', 'ics.providers.2', 'ics.providers.3', 'ics.providers.4', 'ics.providers.5',
        'ics.tech.1', 'ics.tech.2',
        'sg.people.missing', 'sg.workforce.missing', 'sg.providers.missing', 'sg.tech.missing',
        'tr.people.missing', 'tr.workforce.missing', 'tr.providers.missing', 'tr.tech.missing',
        'ep.people.missing', 'ep.workforce.missing', 'ep.providers.missing', 'ep.tech.missing',
      ],
      'tech-pledge': ['1', '2', '2a', '2b', '2c', '2d', '3', '4', '5', '6', '7', 'accreditation'],
      'responsible-ai': [
        'definition', 'human-rights', 'independence', 'choice-and-control', 'dignity', 'equality', 'wellbeing',
        'vision', 'mission', 'mission.1', 'mission.2', 'mission.3',
      ],
      'ethical-principles': [
        'first-stage', 'fair',
        'truth', 'transparency', 'equity', 'trust', 'accessibility', 'humanity', 'responsiveness',
      ],
      'cqc-ai': [
        'cqc.1', 'cqc.2', 'cqc.3', 'cqc.4', 'cqc.5', 'cqc.6', 'cqc.7', 'cqc.8', 'cqc.9', 'cqc.10', 'cqc.11',
        'reg.9', 'reg.10', 'reg.11', 'reg.12', 'reg.17',
      ],
      sssc: ['sssc.1', 'sssc.2', 'sssc.3', 'sssc.4', 'sssc.5'],
      'ai-uses': [
        'summarisation', 'chatbots', 'research', 'media-creation', 'transcription', 'data-analysis',
        'embedded', 'pain-wound-assessment', 'automation', 'brainstorming', 'supporting-staff',
      ],
    };
    assert.deepEqual(Object.keys(expected), frameworkIds);
    for (const [packId, ids] of Object.entries(expected)) {
      assert.deepEqual(registry.knownIds(packId), ids, packId);
      assert.equal(new Set(ids).size, ids.length, `${packId} ids are unique`);
    }
  });

  it('every verbatim item has a source and words; every missing item has no text', () => {
    for (const id of frameworkIds) {
      for (const item of framework(id).items) {
        const where = `${id}#${item.id}`;
        for (const [prov, words] of [
          [item.provenance, item.titleProvenance ? item.text : (item.text ?? item.title)],
          ...(item.titleProvenance ? [[item.titleProvenance, item.title] as const] : []),
        ] as const) {
          if (prov.status === 'verbatim') {
            assert.ok(prov.source, `${where}: verbatim needs a source`);
            assert.ok(words, `${where}: verbatim needs words`);
          }
          if (prov.status === 'paraphrase') assert.ok(words, `${where}: paraphrase needs words`);
        }
        if (item.provenance.status === 'missing') assert.equal(item.text, undefined, `${where}: missing has no text`);
        if (item.provenance.status === 'missing' && item.title !== undefined)
          assert.ok(item.titleProvenance, `${where}: a missing item's title has its own provenance`);
      }
    }
  });

  it('URLs are the ones in the research file', () => {
    const allowed = new Set([
      'https://www.digitalcarehub.co.uk/AIGuidance',
      'https://www.digitalcarehub.co.uk/sector-unites-to-define-responsible-ai-in-social-care',
      'https://www.digitalcarehub.co.uk/ai-and-robotics/oxford-project-the-responsible-use-of-generative-ai-in-social-care/pledge-by-tech-suppliers-on-the-responsible-use-of-ai-in-social-care/',
      'https://oxford-aiethics.ox.ac.uk/news/ai-social-care-summit-charting-course-responsible-use-ai-social-care',
      'https://digitalcarehub.reech.site/ai-and-robotics/oxford-project-the-responsible-use-of-generative-ai-in-social-care/ethical-principles-for-the-use-of-ai-in-social-care-contexts',
      'https://digitalcarehub.co.uk/ai-and-robotics/oxford-project-the-responsible-use-of-generative-ai-in-social-care/ethical-principles-for-the-use-of-ai-in-social-care-contexts/trust-building-confidence-and-accountability',
      'https://digitalcarehub.co.uk/ai-and-robotics/oxford-project-the-responsible-use-of-generative-ai-in-social-care/ethical-principles-for-the-use-of-ai-in-social-care-contexts/accessibility-ai-for-all-not-just-some',
      'https://digitalcarehub.co.uk/ai-and-robotics/oxford-project-the-responsible-use-of-generative-ai-in-social-care/ethical-principles-for-the-use-of-ai-in-social-care-contexts/humanity-keeping-people-at-the-heart-of-care',
      'https://www.cqc.org.uk/about-us/transparency/artificial-intelligence-health-social-care-cqcs-role-expectations-plans',
      'https://www.digitalcarehub.co.uk/cqc-and-the-use-of-ai-new-statement/',
      'https://www.advantage.co.uk/intelligence-hub/edgecare/what-the-cqcs-new-ai-statement-means-for-care-providers',
      'https://www.mills-reeve.com/blogs/health-and-care/june-2026/regulator-sets-out-its-approach-to-artificial-intelligence/',
      'https://www.sssc.uk.com/supporting-your-learning/safe-use-of-artificial-intelligence-ai/',
    ]);
    for (const id of frameworkIds) {
      const pack = framework(id);
      if (pack.url) assert.ok(allowed.has(pack.url), `${id}: ${pack.url}`);
      for (const item of pack.items)
        for (const prov of [item.provenance, item.titleProvenance]) {
          const source = prov?.source;
          if (source?.kind === 'url') assert.ok(allowed.has(source.url), `${id}#${item.id}: ${source.url}`);
          if (source?.kind === 'seed') {
            assert.match(source.note, /000_94704693e92431c2\.txt/);
            if (source.cites) assert.ok(allowed.has(source.cites), `${id}#${item.id}: ${source.cites}`);
          }
        }
    }
  });
});

describe('oxford-guidance', () => {
  const seedText: [string, string][] = [
    ['ics.people.1', 'I am confident that the technologies used in my care and support, are designed to enhance and improve my care, and to prioritise my well-being.'],
    ['ics.workforce.1', 'I am confident that the technologies I am asked to use in my work help to improve outcomes for the people I support.'],
    ['ics.workforce.2', 'I have access to technologies that support me to do my work and which improve my experience at work.'],
    ['ics.providers.1', 'We plan the use of technologies with the well-being of people who draw on care and support as our priority.'],
    ['ics.providers.2', 'We use technologies to enhance the care and support we offer. Our goal is better care and support.'],
    ['ics.providers.3', 'We ensure the technologies we use are suitable, safe and effective for the purposes for which we use them.'],
    ['ics.providers.4', 'We consider the impact of the technologies we use on the people who work in our services.'],
    ['ics.providers.5', 'We judge the effectiveness of the technologies we use in terms of outcomes for people who draw on care and support.'],
    ['ics.tech.1', 'We develop technologies with a focus on the well-being of our users. We are motivated by delivering better care and support for people who draw on it.'],
    ['ics.tech.2', 'We ensure our technologies are effective, and safe, for the purposes they were created.'],
  ];

  it('has the ten "Improving care and support" statements, in seed order, word for word', () => {
    const ics = registry.statements({ domain: 'ics' });
    assert.deepEqual(
      ics.map((s) => [s.id, s.text]),
      seedText,
    );
    for (const s of ics) {
      assert.equal(s.provenance.status, 'verbatim');
      assert.equal(s.provenance.source?.kind, 'seed');
      assert.equal(s.provenance.source?.kind === 'seed' && s.provenance.source.cites, 'https://www.digitalcarehub.co.uk/AIGuidance');
    }
  });

  it('has the four perspectives with their headings and voices', () => {
    assert.deepEqual(
      registry.items('oxford-guidance', { type: 'perspective' }).map((p) => [p.id, p.title, p.voice]),
      [
        ['people', 'As people who draw on care and support', 'I'],
        ['workforce', 'As people who work in social care', 'I'],
        ['providers', 'As providers of care', 'We'],
        ['tech', 'As technology providers', 'We'],
      ],
    );
  });

  it('statements speak in their perspective\'s voice', () => {
    for (const s of registry.statements({ status: 'verbatim' })) {
      const voice = registry.getItem('oxford-guidance', s.perspective ?? '')?.voice;
      assert.ok(s.text?.startsWith(voice === 'I' ? 'I ' : 'We '), s.id);
    }
  });

  it('looks statements up by perspective and by domain', () => {
    assert.deepEqual(
      registry.statements({ perspective: 'providers', domain: 'ics' }).map((s) => s.id),
      ['ics.providers.1', 'ics.providers.2', 'ics.providers.3', 'ics.providers.4', 'ics.providers.5'],
    );
    assert.deepEqual(
      registry.statements({ perspective: 'tech' }).map((s) => s.id),
      ['ics.tech.1', 'ics.tech.2', 'sg.tech.missing', 'tr.tech.missing', 'ep.tech.missing'],
    );
    assert.deepEqual(
      registry.statements({ domain: 'sg' }).map((s) => s.id),
      ['sg.people.missing', 'sg.workforce.missing', 'sg.providers.missing', 'sg.tech.missing'],
    );
    assert.equal(registry.statements({ status: 'verbatim' }).length, 10);
    assert.equal(registry.statements({ status: 'missing' }).length, 12);
    assert.deepEqual(registry.statements({ domain: 'nope' }), []);
  });

  it('marks the three domains of concern as unconfirmed, with missing statements', () => {
    for (const d of ['sg', 'tr', 'ep']) {
      const domain = registry.getItem(`oxford-guidance#${d}`);
      assert.equal(domain?.type, 'domain');
      assert.equal(domain?.provenance.status, 'paraphrase');
      const src = domain?.provenance.source;
      assert.equal(src?.kind === 'url' && src.url, 'https://www.digitalcarehub.co.uk/sector-unites-to-define-responsible-ai-in-social-care');
      for (const p of ['people', 'workforce', 'providers', 'tech']) {
        const s = registry.getItem('oxford-guidance', `${d}.${p}.missing`);
        assert.equal(s?.provenance.status, 'missing');
        assert.equal(s?.text, undefined);
        assert.equal(s?.perspective, p);
        assert.equal(s?.domain, d);
      }
    }
    assert.equal(registry.getItem('oxford-guidance#ics')?.title, 'Improving care and support');
    assert.equal(registry.getItem('oxford-guidance#ics')?.provenance.status, 'verbatim');
  });
});

describe('tech-pledge', () => {
  it('has 7 commitments and 4 sub-items of commitment 2, titled as in the seed, text missing', () => {
    const top = registry.items('tech-pledge', { type: 'commitment' }).filter((c) => c.parent === undefined);
    const sub = registry.items('tech-pledge', { parent: '2' });
    assert.deepEqual(
      top.map((c) => [c.id, c.title]),
      [
        ['1', 'Ethical innovation'],
        ['2', 'Responsible use of data and to promoting its responsible use in our software'],
        ['3', 'Inclusivity and diversity'],
        ['4', 'Transparency'],
        ['5', 'Continuous Learning and Collaboration'],
        ['6', 'Accountability'],
        ['7', 'Responsible development'],
      ],
    );
    assert.deepEqual(
      sub.map((c) => [c.id, c.title]),
      [
        ['2a', 'Tech user collaboration and education'],
        ['2b', 'Transparency'],
        ['2c', 'Training'],
        ['2d', 'Risk management and incident response'],
      ],
    );
    for (const c of [...top, ...sub]) {
      assert.equal(c.text, undefined);
      assert.equal(c.provenance.status, 'missing');
      assert.equal(c.titleProvenance?.status, 'verbatim');
      assert.equal(c.titleProvenance?.source?.kind, 'seed');
    }
  });

  it('says, in a sourced quotation, that the pledge is not a formal accreditation', () => {
    const note = registry.getItem('tech-pledge#accreditation');
    assert.equal(note?.type, 'note');
    assert.equal(note?.text, 'not a formal accreditation');
    assert.equal(note?.provenance.status, 'verbatim');
    assert.equal(note?.provenance.partial, 'fragment');
    const src = note?.provenance.source;
    assert.equal(src?.kind === 'url' && src.url, 'https://www.digitalcarehub.co.uk/sector-unites-to-define-responsible-ai-in-social-care');
    assert.match(framework('tech-pledge').description, /voluntary/);
    assert.equal(
      framework('tech-pledge').url,
      'https://www.digitalcarehub.co.uk/ai-and-robotics/oxford-project-the-responsible-use-of-generative-ai-in-social-care/pledge-by-tech-suppliers-on-the-responsible-use-of-ai-in-social-care/',
    );
  });
});

describe('responsible-ai', () => {
  it('has the summit definition, verbatim, and its six values (an open list)', () => {
    const def = registry.getItem('responsible-ai#definition');
    assert.equal(
      def?.text,
      'The responsible use of (generative) AI in social care means that the use of AI systems in the care or related to the care of people supports and does not undermine, harm or unfairly breach fundamental values of care, including human rights, independence, choice and control, dignity, equality and wellbeing.',
    );
    const src = def?.provenance.source;
    assert.equal(src?.kind === 'url' && src.url, 'https://oxford-aiethics.ox.ac.uk/news/ai-social-care-summit-charting-course-responsible-use-ai-social-care');
    assert.match(def?.note ?? '', /open/);
    const values = registry.items('responsible-ai', { type: 'value' });
    assert.deepEqual(
      values.map((v) => [v.id, v.title]),
      [
        ['human-rights', 'human rights'],
        ['independence', 'independence'],
        ['choice-and-control', 'choice and control'],
        ['dignity', 'dignity'],
        ['equality', 'equality'],
        ['wellbeing', 'wellbeing'],
      ],
    );
    for (const v of values) assert.ok(def?.text?.includes(v.title ?? '?'), v.id);
  });

  it('has the Alliance vision and three mission items from the seed', () => {
    assert.equal(
      registry.getItem('responsible-ai#vision')?.text,
      'Our vision is a future where artificial intelligence in social care is pro-social and responsible. This means the use of AI systems in the care or related to the care of people aligns with our core definition of responsible AI. We believe AI should not just automate tasks, but actively strengthen human-centered care, empower individuals, and create a more equitable and compassionate social care system.',
    );
    assert.deepEqual(
      registry.items('responsible-ai', { parent: 'mission' }).map((m) => m.text),
      [
        'Puts people at the heart of AI development and implementation, ensuring that technology serves the needs and upholds the rights of individuals drawing on care and support.',
        'Provides practical guidance and tools to navigate the ethical and technical challenges of integrating AI, based on our values framework.',
        'Drives policy and regulatory change to create a supportive and safe environment for responsible innovation.',
      ],
    );
    for (const id of ['vision', 'mission', 'mission.1', 'mission.2', 'mission.3'])
      assert.equal(registry.getItem('responsible-ai', id)?.provenance.source?.kind, 'seed', id);
  });
});

describe('ethical-principles', () => {
  it('has seven principles with their adjacent principles', () => {
    assert.deepEqual(
      registry.items('ethical-principles', { type: 'principle' }).map((p) => [p.id, p.title, p.adjacent]),
      [
        ['truth', 'Truth', ['Transparency', 'Validity', 'Explicit']],
        ['transparency', 'Transparency', ['Honesty', 'Justification', 'Explainability']],
        ['equity', 'Equity', ['Fairness', 'Non-discrimination', 'Human Rights', 'Inclusivity']],
        ['trust', 'Trust', ['Privacy', 'Accountability']],
        ['accessibility', 'Accessibility', ['Non-discrimination', 'Equality']],
        ['humanity', 'Humanity', ['Freedom', 'Person-led', 'Empathy', 'Human oversight']],
        ['responsiveness', 'Responsiveness', ['Review', 'Assessment', 'Evaluation']],
      ],
    );
  });

  it('has statement text only for trust, accessibility and humanity; the elision is marked', () => {
    const withText = registry.items('ethical-principles', { type: 'principle', status: 'verbatim' }).map((p) => p.id);
    assert.deepEqual(withText, ['trust', 'accessibility', 'humanity']);
    const missing = registry.items('ethical-principles', { type: 'principle', status: 'missing' }).map((p) => p.id);
    assert.deepEqual(missing, ['truth', 'transparency', 'equity', 'responsiveness']);
    const a = registry.getItem('ethical-principles#accessibility');
    assert.equal(a?.provenance.partial, 'elided');
    assert.ok(a?.text?.includes(' … '));
    assert.ok(registry.getItem('ethical-principles#trust')?.text?.startsWith('Trust is the cornerstone of any AI implementation in social care.'));
    assert.ok(
      registry
        .getItem('ethical-principles#humanity')
        ?.text?.endsWith('the personal, face-to-face relationships that are at the heart of good care.'),
    );
  });

  it('includes the FAIR method (truncated) and the first-stage caveat', () => {
    const fair = registry.getItem('ethical-principles#fair');
    assert.equal(fair?.type, 'method');
    assert.equal(fair?.provenance.partial, 'truncated');
    assert.ok(fair?.text?.startsWith('The FAIR human rights model, as developed by the Scottish Human Rights Commission'));
    assert.equal(
      registry.getItem('ethical-principles#first-stage')?.text,
      'Please note that this work is still in the first stage and additional work is ongoing.',
    );
  });
});

describe('cqc-ai', () => {
  it('has principles 1-8 verbatim (8 truncated) and 9-11 missing', () => {
    const principles = registry.items('cqc-ai', { type: 'principle' });
    assert.equal(principles.length, 11);
    assert.equal(principles.filter((p) => p.provenance.status === 'verbatim').length, 8);
    assert.equal(principles.filter((p) => p.provenance.status === 'missing').length, 3);
    assert.deepEqual(
      principles.slice(0, 8).map((p) => p.title),
      [
        'AI to support, not to replace',
        'Human oversight',
        'Transparency and choice',
        'Safety and reliability',
        'Security',
        'Fairness and impartiality',
        'AI readiness and training',
        'Effective governance',
      ],
    );
    assert.equal(registry.getItem('cqc-ai#cqc.1')?.text, 'AI can enhance, but not replace human decision making.');
    const eight = registry.getItem('cqc-ai#cqc.8');
    assert.equal(eight?.provenance.partial, 'truncated');
    assert.match(eight?.provenance.note ?? '', /runcated/);
    for (const n of [9, 10, 11]) {
      const p = registry.getItem('cqc-ai', `cqc.${n}`);
      assert.equal(p?.title, undefined);
      assert.equal(p?.text, undefined);
    }
  });

  it('has the five regulations from Mills & Reeve', () => {
    const regs = registry.items('cqc-ai', { type: 'regulation' });
    assert.deepEqual(
      regs.map((r) => [r.id, r.title]),
      [
        ['reg.9', 'Regulation 9: Person-centred care'],
        ['reg.10', 'Regulation 10: Dignity and respect'],
        ['reg.11', 'Regulation 11: Consent'],
        ['reg.12', 'Regulation 12: Safe care and treatment'],
        ['reg.17', 'Regulation 17: Good governance'],
      ],
    );
    assert.equal(registry.getItem('cqc-ai#reg.12')?.text, 'ensuring equipment, including AI, is safe to use.');
    for (const r of regs) {
      const src = r.provenance.source;
      assert.equal(
        src?.kind === 'url' && src.url,
        'https://www.mills-reeve.com/blogs/health-and-care/june-2026/regulator-sets-out-its-approach-to-artificial-intelligence/',
      );
    }
  });
});

describe('sssc and ai-uses', () => {
  it('has the five SSSC principles', () => {
    const ps = registry.items('sssc');
    assert.deepEqual(
      ps.map((p) => p.title),
      ['Put people first', 'Work safely and securely', 'Be open and get consent', 'Challenge bias', 'Take accountability'],
    );
    assert.equal(registry.getItem('sssc#sssc.2')?.text, 'Never use unauthorised AI tools.');
  });

  it('has the eleven uses of AI, titled as in the seed', () => {
    const uses = registry.items('ai-uses', { type: 'use' });
    assert.equal(uses.length, 11);
    assert.deepEqual(
      uses.map((u) => u.title),
      [
        'Meeting summarisation/drafting documents',
        'Chatbots – recruitment/occupancy management/FAQs/signposting',
        'Research',
        'Media creation',
        'Automated transcription',
        'Data analysis',
        'Embedded within existing systems',
        'Pain/Wound Assessments',
        'Automation – rostering etc',
        'Brainstorming – activities etc',
        'Supporting Staff',
      ],
    );
  });
});

describe('JSON Schema', () => {
  it('generates from the zod schemas', () => {
    for (const schema of [frameworkPackSchema, crosswalkPackSchema, anyPackSchema]) {
      const js = z.toJSONSchema(schema);
      assert.equal(typeof js, 'object');
    }
  });

  it('the generated schema accepts every bundled pack and rejects a broken one', () => {
    const ajv = new Ajv2020({ strict: false, allErrors: true });
    const validate = ajv.compile(z.toJSONSchema(anyPackSchema));
    for (const pack of bundledPacks) assert.ok(validate(pack), `${pack.id}: ${ajv.errorsText(validate.errors)}`);
    const broken = structuredClone(bundledPacks[0]) as { items: FrameworkItem[] };
    (broken.items[0] as unknown as Record<string, unknown>)['titel'] = 'x';
    assert.equal(validate(broken), false);
  });
});
