import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { parseManifest, assessPledge, frameworkCoverage, getDefaultRegistry, type Manifest } from '@candour/core';
import { example, set, at, type JsonObject, type Json } from './helpers';

const now = new Date('2026-11-27');

function manifestFrom(change: (m: JsonObject) => void = () => {}): Manifest {
  const m = example('minimal.candour.json');
  change(m);
  const r = parseManifest(m, { now });
  assert.ok(r.ok, r.ok ? '' : r.errors.map((e) => e.message).join('\n'));
  return r.manifest;
}

/** The minimal manifest with a second feature, a copy of the first under another id. */
function twoFeatures(change: (second: JsonObject) => void): Manifest {
  return manifestFrom((m) => {
    const second = structuredClone(at(m, ['features', 0])) as JsonObject;
    second.id = 'care-plan-drafting';
    change(second);
    (m.features as Json[]).push(second);
  });
}

const verdict = (a: ReturnType<typeof assessPledge>, id: string) => a.commitments.find((c) => c.id === id)!;

describe('assessPledge', () => {
  test('covers every commitment, 2a–2d under 2, with the pledge\u2019s own headings', () => {
    const a = assessPledge(manifestFrom());
    assert.deepEqual(
      a.commitments.map((c) => c.id),
      ['1', '2', '2a', '2b', '2c', '2d', '3', '4', '5', '6', '7'],
    );
    assert.equal(verdict(a, '2c').parent, '2');
    assert.equal(verdict(a, '2d').title, 'Risk management and incident response');
    assert.equal(verdict(a, '4').title, 'Transparency');
  });

  test('says plainly the pledge is not an accreditation and whose mapping this is', () => {
    const a = assessPledge(manifestFrom());
    assert.match(a.disclaimer, /not a formal accreditation/);
    assert.match(a.disclaimer, /Candour\u2019s own mapping/);
    assert.deepEqual(a.basis, [{ crosswalk: 'candour-crosswalk', version: '1.0.0' }]);
  });

  test('a field filled in for every feature counts; missing in one feature makes it partial, naming the feature', () => {
    const full = assessPledge(twoFeatures(() => {}));
    const fullAdvice = verdict(full, '6').toAdd.join(' ');
    const partial = assessPledge(
      twoFeatures((second) => {
        set(second, ['record', 'rights', 'appeal'], undefined);
        set(second, ['record', 'lifecycle', 'phase'], 'pilot');
      }),
    );
    const six = verdict(partial, '6');
    const appeal = six.evidence.find((e) => e.path === 'features[].record.rights.appeal')!;
    assert.deepEqual(appeal.presentIn, ['visit-note-summary']);
    assert.deepEqual(appeal.missingIn, ['care-plan-drafting']);
    assert.equal(appeal.complete, false);
    assert.notEqual(six.verdict, 'evidenced');
    assert.ok(six.toAdd.some((t) => t.includes('record.rights.appeal for care-plan-drafting')));
    assert.doesNotMatch(fullAdvice, /record\.rights\.appeal/);
  });

  test('commitment 2 is evidenced only when its parts are', () => {
    const a = assessPledge(twoFeatures((second) => set(second, ['notice', 'representative'], undefined)));
    assert.equal(verdict(a, '2b').verdict, 'partial');
    assert.equal(verdict(a, '2').verdict, 'partial');
    assert.ok(verdict(a, '2').toAdd.some((t) => t.includes('Strengthen 2b')));
  });

  test('records the supplier\u2019s own statements and the features that claim a commitment', () => {
    const a = assessPledge(
      manifestFrom((m) => {
        set(m, ['supplier', 'pledge', 'commitments'], [{ id: '5', evidence: { 'en-GB': 'We run a user panel every quarter.' } }]);
        set(m, ['features', 0, 'framework', 'pledge'], ['5', '2c']);
      }),
    );
    assert.equal(verdict(a, '5').supplierStatement?.evidence['en-GB'], 'We run a user panel every quarter.');
    assert.deepEqual(verdict(a, '5').claimedBy, ['visit-note-summary']);
    assert.deepEqual(verdict(a, '2c').claimedBy, ['visit-note-summary']);
    assert.deepEqual(verdict(a, '1').claimedBy, []);
  });

  test('an unsigned pledge is reported as unsigned', () => {
    const a = assessPledge(manifestFrom((m) => set(m, ['supplier', 'pledge'], { signed: false })));
    assert.equal(a.signed, false);
    assert.equal(a.signedOn, undefined);
  });

  test('the totals add up to the commitments', () => {
    const a = assessPledge(manifestFrom());
    assert.equal(a.totals.evidenced + a.totals.partial + a.totals['no-evidence'], a.commitments.length);
  });

  test('a newer crosswalk, loaded as data, changes the verdicts without code changes', () => {
    const base = getDefaultRegistry();
    const crosswalk = structuredClone(base.getPack('candour-crosswalk')) as unknown as JsonObject;
    crosswalk.version = '1.1.0';
    for (const link of crosswalk.links as JsonObject[]) {
      if (link.from === 'tech-pledge#7') link.evidence = [{ path: 'features[].record.regulatory.iso42001', why: 'shows an AI management system is certified' }];
    }
    const loaded = base.load(crosswalk);
    assert.ok(loaded.ok, loaded.ok ? '' : loaded.errors.map((e) => `${e.path} ${e.message}`).join('\n'));
    const manifest = manifestFrom((m) => set(m, ['features', 0, 'record', 'regulatory', 'iso42001'], undefined));
    assert.equal(verdict(assessPledge(manifest, { registry: loaded.registry }), '7').verdict, 'no-evidence');
    assert.notEqual(verdict(assessPledge(manifest), '7').verdict, 'no-evidence');
    assert.deepEqual(assessPledge(manifest, { registry: loaded.registry }).basis, [{ crosswalk: 'candour-crosswalk', version: '1.1.0' }]);
  });
});

describe('frameworkCoverage', () => {
  test('shows which statements a feature addresses, by perspective and domain', () => {
    const c = frameworkCoverage(manifestFrom((m) => set(m, ['features', 0, 'framework', 'statements'], ['ics.providers.3', 'ics.workforce.2'])));
    const providers = c.perspectives.find((p) => p.id === 'providers')!;
    const ics = providers.domains.find((d) => d.id === 'ics')!;
    assert.deepEqual(
      ics.statements.filter((s) => s.addressedBy.length).map((s) => s.id),
      ['ics.providers.3'],
    );
    assert.equal(ics.statements.length, 5);
    assert.deepEqual(c.byFeature, [{ feature: 'visit-note-summary', statements: ['ics.providers.3', 'ics.workforce.2'], perspectives: ['providers', 'workforce'] }]);
    assert.deepEqual(c.unaddressedPerspectives, ['people', 'tech']);
  });

  test('a claim shows how much the manifest backs it: supported, partly, or claimed only', () => {
    const claim = (c: ReturnType<typeof frameworkCoverage>, perspective: string, id: string) =>
      c.perspectives.find((p) => p.id === perspective)!.domains.find((d) => d.id === 'ics')!.statements.find((s) => s.id === id)!.addressedBy[0]!;
    const supported = frameworkCoverage(
      manifestFrom((m) => {
        set(m, ['features', 0, 'framework', 'statements'], ['ics.workforce.2']);
        set(m, ['features', 0, 'record', 'rights', 'workerNotice'], { 'en-GB': 'Staff are told at their team meeting before it is switched on.' });
      }),
    );
    assert.equal(claim(supported, 'workforce', 'ics.workforce.2').support, 'supported');
    assert.deepEqual(claim(supported, 'workforce', 'ics.workforce.2').missingEvidence, []);

    const partly = frameworkCoverage(manifestFrom((m) => set(m, ['features', 0, 'framework', 'statements'], ['ics.workforce.2'])));
    assert.equal(claim(partly, 'workforce', 'ics.workforce.2').support, 'partly-supported');
    assert.deepEqual(claim(partly, 'workforce', 'ics.workforce.2').missingEvidence, ['features[].record.rights.workerNotice']);

    const bare = frameworkCoverage(
      manifestFrom((m) => {
        set(m, ['features', 0, 'framework', 'statements'], ['ics.providers.1']);
        set(m, ['features', 0, 'record', 'purpose', 'proportionality'], undefined);
        set(m, ['features', 0, 'record', 'data', 'categories'], ['staff-records']);
        set(m, ['features', 0, 'record', 'risk', 'impactAssessments'], []);
      }),
    );
    assert.equal(claim(bare, 'providers', 'ics.providers.1').support, 'claimed-only');
  });

  test('domains whose statements are not available say so, and nothing is matched in them', () => {
    const c = frameworkCoverage(manifestFrom());
    for (const p of c.perspectives) {
      for (const id of ['sg', 'tr', 'ep']) {
        const d = p.domains.find((x) => x.id === id)!;
        assert.equal(d.textMissing, true);
        assert.ok(d.statements.every((s) => s.text === undefined && s.addressedBy.length === 0));
      }
    }
  });

  test('a feature linking to no statement is listed, and every perspective is unaddressed', () => {
    const c = frameworkCoverage(manifestFrom());
    assert.deepEqual(c.featuresWithoutStatements, ['visit-note-summary']);
    assert.deepEqual(c.unaddressedPerspectives, ['people', 'workforce', 'providers', 'tech']);
  });
});
