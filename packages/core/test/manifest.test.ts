import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { parseManifest, parseManifestJson, formatPath, MANIFEST_SCHEMA_VERSION } from '@candour/core';
import { example, at, set, leafPaths, type Json, type JsonObject } from './helpers';

const now = new Date('2026-11-27');
const feature0 = ['features', 0] as const;

function errorsOf(doc: unknown) {
  const r = parseManifest(doc, { now });
  assert.equal(r.ok, false, 'expected the manifest to be rejected');
  return r.ok ? [] : r.errors;
}

function expectOnly(doc: unknown, expected: { path: string; code: string }[]) {
  const got = errorsOf(doc).map((e) => ({ path: e.path, code: e.code }));
  assert.deepEqual(
    [...got].sort((a, b) => (a.path + a.code).localeCompare(b.path + b.code)),
    [...expected].sort((a, b) => (a.path + a.code).localeCompare(b.path + b.code)),
  );
}

function mutate(fn: (m: JsonObject) => void): JsonObject {
  const m = example('minimal.candour.json');
  fn(m);
  return m;
}

describe('parseManifest: the valid examples', () => {
  test('the minimal manifest parses, with its types intact', () => {
    const r = parseManifest(example('minimal.candour.json'), { now });
    assert.ok(r.ok);
    assert.equal(r.manifest.schemaVersion, MANIFEST_SCHEMA_VERSION);
    assert.equal(r.manifest.features[0]?.id, 'visit-note-summary');
    assert.deepEqual(r.warnings, []);
  });

  test('text a supplier wrote is kept exactly, however hostile', () => {
    const hostile = '<script>alert(1)</script> \u202eevil\u202c \ud800 "quoted" & <b>';
    const m = mutate((m) => set(m, [...feature0, 'notice', 'person', 'summary', 'en-GB'], hostile));
    const r = parseManifest(m, { now });
    assert.ok(r.ok);
    assert.equal(r.manifest.features[0]?.notice.person.summary['en-GB'], hostile);
  });
});

describe('parseManifest: what each bad input gets', () => {
  test('a value that is not an object gets one root error', () => {
    for (const v of [null, 42, 'manifest', [], true, undefined]) {
      const errors = errorsOf(v);
      assert.equal(errors.length, 1);
      assert.equal(errors[0]?.path, '(root)');
      assert.equal(errors[0]?.code, 'invalid_type');
    }
  });

  test('a newer major schema version is the only error, and says to upgrade', () => {
    const errors = errorsOf({ schemaVersion: '2.0', anything: 'else' });
    assert.equal(errors.length, 1);
    assert.equal(errors[0]?.code, 'rule:schema-version-supported');
    assert.match(errors[0]!.message, /newer than this version of Candour/);
    assert.match(errors[0]!.message, /Upgrade @candour\/core/);
  });

  test('a newer minor version of the same major is read', () => {
    const m = mutate((m) => (m.schemaVersion = '1.7'));
    assert.ok(parseManifest(m, { now }).ok);
  });

  test('an unknown key is an error naming the nearest real key', () => {
    const m = mutate((m) => {
      const labelObj = at(m, [...feature0, 'label']) as JsonObject;
      labelObj.humanReveiw = labelObj.humanReview!;
      delete labelObj.humanReview;
    });
    const errors = errorsOf(m);
    const unknown = errors.find((e) => e.code === 'unknown_key');
    assert.equal(unknown?.path, 'features[0].label.humanReveiw');
    assert.match(unknown!.message, /Did you mean "humanReview"\?/);
    assert.ok(errors.some((e) => e.path === 'features[0].label.humanReview' && e.code === 'invalid_value'));
  });

  test('a missing field says it is required and that nothing was found', () => {
    const m = mutate((m) => set(m, [...feature0, 'notice', 'worker', 'limits'], undefined));
    const [e] = errorsOf(m);
    assert.equal(e?.path, 'features[0].notice.worker.limits');
    assert.match(e!.expected, /required/);
    assert.match(e!.found, /nothing/);
  });

  test('text without en-GB names the locales it does have', () => {
    const m = mutate((m) => set(m, [...feature0, 'label', 'short'], { cy: 'Testun' }));
    const [e] = errorsOf(m);
    assert.equal(e?.code, 'missing_base_locale');
    assert.equal(e?.path, 'features[0].label.short');
    assert.match(e!.found, /only in cy/);
  });

  test('links must use https: a javascript: or http: address is refused', () => {
    for (const url of ['javascript:alert(1)', 'http://larkspur-care.example', 'data:text/html,<b>x</b>']) {
      const m = mutate((m) => set(m, ['supplier', 'website'], url));
      expectOnly(m, [{ path: 'supplier.website', code: 'invalid_format' }]);
    }
  });

  test('an unknown framework id is an error naming the nearest real id', () => {
    const m = mutate((m) => set(m, [...feature0, 'framework', 'statements'], ['ics.provider.3']));
    const [e] = errorsOf(m);
    assert.equal(e?.code, 'unknown_framework_id');
    assert.equal(e?.path, 'features[0].framework.statements[0]');
    assert.match(e!.message, /Did you mean "ics\.providers\.3"\?/);
  });

  test('a statement whose text is not available cannot be claimed', () => {
    const m = mutate((m) => set(m, [...feature0, 'framework', 'statements'], ['sg.people.missing']));
    expectOnly(m, [{ path: 'features[0].framework.statements[0]', code: 'rule:framework-text-available' }]);
  });

  test('an unknown pledge commitment in the supplier statements is reported', () => {
    const m = mutate((m) => set(m, ['supplier', 'pledge', 'commitments'], [{ id: '2e', evidence: { 'en-GB': 'x' } }]));
    expectOnly(m, [{ path: 'supplier.pledge.commitments[0].id', code: 'unknown_framework_id' }]);
  });

  test('a JSON syntax error gives its line and column', () => {
    const r = parseManifestJson('{\n  "schemaVersion": "1.0",\n  "supplier": ,\n}');
    assert.equal(r.ok, false);
    if (r.ok) return;
    assert.equal(r.errors[0]?.code, 'invalid_json');
    assert.match(r.errors[0]!.found, /line 3, column \d+/);
  });

  test('syntax errors are located whatever the engine says', () => {
    const cases: [string, string][] = [
      ['{"a": 1,}', 'line 1, column 9'],
      ['{"a": 1', 'line 1, column 8'],
      ['', 'line 1, column 1'],
      ['[1,]', 'line 1, column 4'],
      ['{"a":\n  tru}', 'line 2, column 3'],
      ['{"a": "bad \\q escape"}', 'line 1, column 12'],
      ['{"a": 1} trailing', 'line 1, column 10'],
      [`${'['.repeat(50_000)}x`, 'line 1, column 50001'],
    ];
    for (const [text, where] of cases) {
      const r = parseManifestJson(text);
      assert.equal(r.ok, false, text);
      if (!r.ok) assert.equal(r.errors[0]?.found, `a JSON syntax error at ${where}`, text.slice(0, 40));
    }
  });

  test('a byte-order mark does not break parsing', () => {
    const r = parseManifestJson(`\ufeff${JSON.stringify(example('minimal.candour.json'))}`, { now });
    assert.ok(r.ok);
  });

  test('a getter that throws is reported, not thrown', () => {
    const doc = { schemaVersion: '1.0', get supplier(): never { throw new Error('boom'); } };
    const [e] = errorsOf(doc);
    assert.equal(e?.code, 'unreadable');
    assert.match(e!.found, /boom/);
  });

  test('very deep nesting does not overflow the stack', () => {
    let deep: Json = 'bottom';
    for (let i = 0; i < 100_000; i++) deep = [deep];
    const m = mutate((m) => (m.features = [deep]));
    assert.equal(errorsOf(m)[0]?.path, 'features[0]');
    const m2 = mutate((m) => set(m, [...feature0, 'label', 'short'], { 'en-GB': 'x', deep } as unknown as Json));
    assert.ok(errorsOf(m2).length >= 1);
  });

  test('a hostile value quoted in a message cannot reorder or hide text', () => {
    const m = mutate((m) => set(m, [...feature0, 'label', 'involvement'], 'gen\u202eerated\u2066'));
    const [e] = errorsOf(m);
    assert.doesNotMatch(e!.message, /[\u202e\u2066]/);
    assert.match(e!.message, /\\u202e/);
  });

  test('a 100 KB string is cut in the message, with its length', () => {
    const m = mutate((m) => set(m, [...feature0, 'label', 'involvement'], 'x'.repeat(100_000)));
    const [e] = errorsOf(m);
    assert.ok(e!.message.length < 600);
    assert.match(e!.message, /100000 characters/);
  });

  test('a prototype-polluting key is refused as unknown and pollutes nothing', () => {
    const m = JSON.parse(`{"__proto__": {"polluted": true}, ${JSON.stringify(example('minimal.candour.json')).slice(1)}`) as JsonObject;
    const errors = errorsOf(m);
    assert.deepEqual(errors.map((e) => e.code), ['unknown_key']);
    assert.equal(({} as Record<string, unknown>).polluted, undefined);
  });
});

describe('parseManifest: cross-field rules', () => {
  const rule = (fn: (m: JsonObject) => void, path: string, id: string) => expectOnly(mutate(fn), [{ path, code: `rule:${id}` }]);
  const f = (...p: (string | number)[]) => [...feature0, ...p];

  test('an automated decision needs a human-intervention and an appeal route', () => {
    expectOnly(
      mutate((m) => {
        set(m, f('label', 'involvement'), 'automated-decision');
        set(m, f('record', 'purpose', 'decisionRole'), 'replaces');
        set(m, f('record', 'purpose', 'automatedDecision'), true);
        set(m, f('record', 'rights', 'humanIntervention'), undefined);
        set(m, f('record', 'rights', 'appeal'), undefined);
        set(m, f('record', 'lifecycle', 'phase'), 'pilot');
      }),
      [
        { path: 'features[0].record.rights.humanIntervention', code: 'rule:automated-decision-needs-human-and-appeal' },
        { path: 'features[0].record.rights.appeal', code: 'rule:automated-decision-needs-human-and-appeal' },
      ],
    );
  });

  test('in production, an appeal route is required', () =>
    rule((m) => set(m, f('record', 'rights', 'appeal'), undefined), 'features[0].record.rights.appeal', 'production-needs-appeal-route'));

  test('an output that replaces a decision must be labelled an automated decision', () =>
    rule((m) => set(m, f('record', 'purpose', 'decisionRole'), 'replaces'), 'features[0].label.involvement', 'replacing-a-decision-is-automated'));

  test('a solely automated decision must replace the decision', () =>
    rule(
      (m) => {
        set(m, f('record', 'purpose', 'automatedDecision'), true);
        set(m, f('record', 'rights', 'humanIntervention'), { 'en-GB': 'Ask your coordinator.' });
      },
      'features[0].record.purpose.decisionRole',
      'solely-automated-replaces',
    ));

  test('a conversational AI interacts with people', () =>
    rule(
      (m) => {
        set(m, f('label', 'involvement'), 'conversational');
        set(m, f('record', 'purpose', 'interactsWithPeople'), false);
      },
      'features[0].record.purpose.interactsWithPeople',
      'conversational-interacts-with-people',
    ));

  test('AI that people interact with is disclosed at first use or in context', () =>
    rule(
      (m) => {
        set(m, f('record', 'purpose', 'interactsWithPeople'), true);
        set(m, f('record', 'presentation', 'placement'), ['on-request']);
      },
      'features[0].record.presentation.placement',
      'interaction-disclosed-at-first-use',
    ));

  test('generated content must say how it is labelled', () =>
    rule((m) => set(m, f('record', 'content'), undefined), 'features[0].record.content', 'generated-content-labelled'));

  test('synthetic media must be marked', () =>
    rule(
      (m) => {
        set(m, f('record', 'content', 'syntheticMedia'), true);
        set(m, f('record', 'content', 'machineReadableMarking'), 'none');
      },
      'features[0].record.content.machineReadableMarking',
      'synthetic-media-marked',
    ));

  test('emotion recognition applied to workers is refused, with the reason', () => {
    const m = mutate((m) => set(m, f('record', 'technique', 'sensing'), { emotionRecognition: true, biometricCategorisation: false, subjects: ['workers'] }));
    const [e] = errorsOf(m);
    assert.equal(e?.code, 'rule:no-workplace-emotion-recognition');
    assert.equal(e?.path, 'features[0].record.technique.sensing');
    assert.match(e!.message, /prohibits it in the workplace/);
  });

  test('emotion recognition of nobody at work is not refused by that rule', () => {
    const m = mutate((m) => set(m, f('record', 'technique', 'sensing'), { emotionRecognition: true, biometricCategorisation: false, subjects: ['people-drawing-on-care'] }));
    assert.ok(parseManifest(m, { now }).ok);
  });

  test('an unacceptable-risk practice is refused', () =>
    rule((m) => set(m, f('record', 'risk', 'euRiskCategory'), 'unacceptable'), 'features[0].record.risk.euRiskCategory', 'prohibited-practice-refused'));

  test('a high-risk feature keeps a hazard log', () =>
    rule(
      (m) => {
        set(m, f('record', 'risk', 'euRiskCategory'), 'high');
        set(m, f('record', 'risk', 'hazards'), []);
      },
      'features[0].record.risk.hazards',
      'high-risk-needs-hazard-log',
    ));

  test('a medical device gives its class and marking', () =>
    expectOnly(
      mutate((m) => set(m, f('record', 'regulatory', 'medicalDevice'), { status: 'device' })),
      [
        { path: 'features[0].record.regulatory.medicalDevice.class', code: 'rule:medical-device-needs-class' },
        { path: 'features[0].record.regulatory.medicalDevice.ukca', code: 'rule:medical-device-needs-class' },
      ],
    ));

  test('model training rests on explicit consent', () =>
    expectOnly(
      mutate((m) => {
        set(m, f('purposes', 0, 'kind'), 'model-training');
        set(m, f('record', 'data', 'usedForTraining'), { value: 'yes' });
      }),
      [{ path: 'features[0].purposes[0].consent.model', code: 'rule:training-needs-explicit-consent' }],
    ));

  test('data used for training needs a training purpose', () =>
    rule((m) => set(m, f('record', 'data', 'usedForTraining'), { value: 'yes' }), 'features[0].purposes', 'training-use-declared'));

  test('a training purpose contradicts "not used for training"', () =>
    rule(
      (m) => {
        set(m, f('purposes', 0, 'kind'), 'model-training');
        set(m, f('purposes', 0, 'consent'), { model: 'explicit-consent' });
        set(m, f('record', 'data', 'usedForTraining'), { value: 'no' });
      },
      'features[0].record.data.usedForTraining.value',
      'training-use-declared',
    ));

  test('the badge cannot promise review the record does not describe', () =>
    rule((m) => set(m, f('record', 'oversight', 'reviewBeforeUse'), false), 'features[0].record.oversight.reviewBeforeUse', 'review-practice-consistent'));

  test('care data needs a DPIA', () =>
    rule((m) => set(m, f('record', 'risk', 'impactAssessments'), []), 'features[0].record.risk.impactAssessments', 'special-category-needs-dpia'));

  test('purpose ids are unique within a feature', () =>
    rule((m) => (at(m, f('purposes')) as Json[]).push(structuredClone(at(m, f('purposes', 0)))), 'features[0].purposes[1].id', 'unique-purpose-ids'));

  test('record dates are in order', () =>
    rule((m) => set(m, f('record', 'lifecycle', 'updated'), '2020-01-01'), 'features[0].record.lifecycle.updated', 'record-dates-ordered'));

  test('feature ids are unique', () =>
    rule((m) => (m.features as Json[]).push(structuredClone(at(m, feature0))), 'features[1].id', 'unique-feature-ids'));

  test('a signed pledge says when', () =>
    rule((m) => set(m, ['supplier', 'pledge', 'signedOn'], undefined), 'supplier.pledge.signedOn', 'pledge-signed-on'));

  test('a feature is used only in the product\u2019s care settings', () =>
    rule(
      (m) => {
        set(m, f('record', 'purpose', 'careSettings'), ['domiciliary', 'hospice']);
        set(m, ['product', 'careSettings'], ['domiciliary']);
      },
      'features[0].record.purpose.careSettings[1]',
      'care-settings-within-product',
    ));
});

describe('parseManifest: warnings do not reject a manifest', () => {
  const warningsOf = (m: JsonObject, when = now) => {
    const r = parseManifest(m, { now: when });
    assert.ok(r.ok, r.ok ? '' : r.errors.map((e) => e.message).join('\n'));
    return r.warnings.map((w) => ({ path: w.path, code: w.code, severity: w.severity }));
  };

  test('an overdue review is a warning on its date', () => {
    const w = warningsOf(example('minimal.candour.json'), new Date('2031-01-01'));
    assert.deepEqual(w, [{ path: 'features[0].record.lifecycle.reviewDue', code: 'rule:review-due-in-future', severity: 'warning' }]);
  });

  test('no representative notice: representatives see the person\u2019s, with a warning', () => {
    const w = warningsOf(mutate((m) => set(m, [...feature0, 'notice', 'representative'], undefined)));
    assert.deepEqual(w, [{ path: 'features[0].notice.representative', code: 'rule:representative-notice', severity: 'warning' }]);
  });

  test('a translation that stops halfway is a warning', () => {
    const w = warningsOf(mutate((m) => set(m, [...feature0, 'label', 'short', 'cy'], 'Drafftiwyd y nodyn hwn gan AI.')));
    assert.equal(w.length, 1);
    assert.equal(w[0]?.code, 'rule:locale-complete');
  });

  test('long Easy Read sentences are a warning', () => {
    const long = Array.from({ length: 25 }, (_, i) => `word${i}`).join(' ') + '.';
    const w = warningsOf(mutate((m) => set(m, [...feature0, 'notice', 'person', 'easyRead', 'limits', 'en-GB'], long)));
    assert.deepEqual(w, [{ path: 'features[0].notice.person.easyRead.limits["en-GB"]', code: 'rule:easy-read-short-sentences', severity: 'warning' }]);
  });
});

describe('parseManifest: properties', () => {
  test('never throws on any JSON value, and always explains a rejection', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 6 }), (value) => {
        const r = parseManifest(value, { now });
        if (r.ok) return;
        assert.ok(r.errors.length > 0);
        for (const e of r.errors) {
          assert.equal(typeof e.path, 'string');
          assert.ok(e.path.length > 0);
          assert.doesNotMatch(e.message, /\n|Invalid input|\[object Object\]/);
        }
      }),
      { numRuns: 500 },
    );
  });

  test('never throws on objects shaped like a manifest with random contents', () => {
    const manifestLike = fc.record({
      schemaVersion: fc.oneof(fc.constant('1.0'), fc.string()),
      supplier: fc.anything(),
      product: fc.anything(),
      features: fc.oneof(fc.array(fc.anything(), { maxLength: 3 }), fc.anything()),
    }, { requiredKeys: [] });
    fc.assert(
      fc.property(manifestLike, (value) => {
        const r = parseManifest(value, { now });
        assert.equal(typeof r.ok, 'boolean');
      }),
      { numRuns: 300 },
    );
  });

  const base = example('minimal.candour.json');
  const leaves = leafPaths(base);
  const otherType = (v: Json): Json => (typeof v === 'string' ? 42 : typeof v === 'number' ? 'forty-two' : typeof v === 'boolean' ? 'yes' : 'null');

  test('swapping the type of any value is reported at exactly that path', () => {
    fc.assert(
      fc.property(fc.constantFrom(...leaves), (path) => {
        const m = structuredClone(base);
        set(m, path, otherType(at(m, path)));
        const r = parseManifest(m, { now });
        assert.equal(r.ok, false, `swapping ${formatPath(path)} was accepted`);
        if (r.ok) return;
        const where = formatPath(path);
        assert.ok(r.errors.some((e) => e.path === where), `no error at ${where}: ${r.errors.map((e) => e.path).join(', ')}`);
        for (const e of r.errors) assert.ok(e.path === where || where.startsWith(e.path), `error at ${e.path} for a change at ${where}`);
      }),
      { numRuns: Math.min(400, leaves.length * 2) },
    );
  });

  test('an unexpected key anywhere is reported where it was added', () => {
    const objects = [[] as (string | number)[], ...leafPaths(base).flatMap((p) => p.map((_, i) => p.slice(0, i)))]
      .filter((p) => { const v = at(base, p); return v !== null && typeof v === 'object' && !Array.isArray(v); })
      .filter((p, i, all) => all.findIndex((q) => formatPath(q) === formatPath(p)) === i);
    fc.assert(
      fc.property(fc.constantFrom(...objects), fc.stringMatching(/^[a-z][a-zA-Z]{2,12}$/), (path, key) => {
        const target = at(base, path) as JsonObject;
        fc.pre(!(key in target));
        // A key inside a localised text is a locale: use one no BCP 47 tag can be.
        const m = structuredClone(base);
        (at(m, path) as JsonObject)[`${key}_X`] = 'surplus';
        const r = parseManifest(m, { now });
        assert.equal(r.ok, false);
        if (r.ok) return;
        const where = formatPath([...path, `${key}_X`]);
        assert.ok(r.errors.some((e) => e.path === where), `no error at ${where}: ${r.errors.map((e) => `${e.path} ${e.code}`).join(', ')}`);
      }),
      { numRuns: 300 },
    );
  });

  test('removing any value either keeps the manifest valid or is reported at that path', () => {
    fc.assert(
      fc.property(fc.constantFrom(...leaves), (path) => {
        const m = structuredClone(base);
        set(m, path, undefined);
        const r = parseManifest(m, { now });
        if (r.ok) return;
        const where = formatPath(path);
        const parentWhere = formatPath(path.slice(0, -1));
        for (const e of r.errors) {
          assert.ok(
            e.path === where || e.path.startsWith(parentWhere) || e.code.startsWith('rule:'),
            `error at ${e.path} (${e.code}) for removing ${where}`,
          );
        }
      }),
      { numRuns: Math.min(400, leaves.length * 2) },
    );
  });
});
