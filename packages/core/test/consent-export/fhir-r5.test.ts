/**
 * FHIR R5 Consent export: every resource is checked against the official R5
 * JSON schema (hl7.fhir.r5.core) and its codes against the official R5 code
 * systems, and each mapping against values written out by hand.
 */
import { before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { ConsentEvent } from '@candour/core/consent';
import { toFhirR5Bundle, toFhirR5Consent, type FhirExtension, type FhirR5Consent } from '@candour/core/consent-export';
import { context, events, SHA_FAMILY, SHA_TRANSCRIPTION } from './fixtures';
import { errorsOf, fhirValidators, r5Codes, type FhirValidators } from './fhir-schema';

const SD = 'https://candour.dev/fhir/StructureDefinition/';
const ext = (list: FhirExtension[] | undefined, name: string) => list?.find((e) => e.url === SD + name);
const sub = (e: FhirExtension | undefined, url: string) => e?.extension?.filter((x) => x.url === url) ?? [];

let v: FhirValidators;
let all: ConsentEvent[];
let p1: FhirR5Consent[];
const byPurpose = (list: FhirR5Consent[], purpose: string) => list.find((c) => c.identifier?.[0]?.value?.endsWith(`:${purpose}`))!;
const everyone = () => ['p-001', 'p-002', 'p-003', 'p-004', 'p-005'].flatMap((s) => toFhirR5Consent(all, context(s)));

before(async () => {
  v = fhirValidators('r5');
  all = await events();
  p1 = toFhirR5Consent(all, context('p-001'));
});

describe('the R5 validator itself', () => {
  const minimal = { resourceType: 'Consent', status: 'active', date: '2026-11-02' };
  test('accepts a minimal Consent', () => assert.equal(v.consent(minimal), true, errorsOf(v.consent)));
  test('rejects R4 elements (scope, patient)', () => {
    assert.equal(v.consent({ ...minimal, scope: { text: 'privacy' } }), false);
    assert.equal(v.consent({ ...minimal, patient: { reference: 'Patient/1' } }), false);
  });
  test('rejects a time in Consent.date (a date only in R5)', () => assert.equal(v.consent({ ...minimal, date: '2026-11-02T10:15:30Z' }), false));
  test('rejects a Consent without resourceType', () => {
    const { resourceType: _r, ...rest } = minimal;
    assert.equal(v.consent(rest), false);
  });
});

describe('R5 Consent resources', () => {
  test('every resource for every person is valid against the official R5 schema', () => {
    for (const c of everyone()) assert.equal(v.consent(c), true, `${c.identifier?.[0]?.value}: ${errorsOf(v.consent)}`);
  });

  test('status and decision use only the official R5 codes, and a refusal is never "not-done"', () => {
    const states = r5Codes('consent-state-codes');
    const decisions = r5Codes('consent-provision-type');
    for (const c of everyone()) {
      assert.ok(states.includes(c.status), c.status);
      assert.ok(decisions.includes(c.decision!), c.decision);
      assert.notEqual(c.status, 'not-done');
    }
  });

  test('state mapping: objected / declined = active + deny; not objecting = active + permit; withdrawn = inactive + deny', () => {
    const rows = [
      ['visit-record', 'active', 'deny'],
      ['visit-transcription', 'active', 'permit'],
      ['improve-transcription', 'inactive', 'deny'],
      ['family-updates', 'active', 'permit'],
    ];
    for (const [purpose, status, decision] of rows) {
      const c = byPurpose(p1, purpose!);
      assert.deepEqual([c.status, c.decision], [status, decision], purpose);
    }
    const [declined] = toFhirR5Consent(all, context('p-003'));
    assert.deepEqual([declined!.status, declined!.decision], ['active', 'deny']);
    const [shownOnly] = toFhirR5Consent(all, context('p-005'));
    assert.deepEqual([shownOnly!.status, shownOnly!.decision], ['draft', 'deny']);
    const [inError] = toFhirR5Consent(all, context('p-004'));
    assert.equal(inError!.status, 'entered-in-error');
  });

  test('date is the date only; the precise instant is period.start and the recorded extension', () => {
    const c = byPurpose(p1, 'visit-transcription');
    assert.equal(c.date, '2026-11-02');
    assert.equal(c.period.start, '2026-11-02T10:15:30.123Z');
    assert.equal(ext(c.extension, 'consent-recorded')?.valueInstant, '2026-11-02T10:15:30.123Z');
    assert.deepEqual(c.subject, { reference: 'Patient/p-001', display: 'Mrs Ann Jones' });
  });

  test('the "not today" is an exception provision (data → Encounter) under a permit', () => {
    const c = byPurpose(p1, 'visit-transcription');
    assert.deepEqual(c.provision, [{ data: [{ meaning: 'related', reference: { reference: 'Encounter/visit-123' } }] }]);
  });

  test('the purpose is in our purpose extension, not in a provision (R5 provisions are exceptions)', () => {
    const c = byPurpose(p1, 'visit-record');
    assert.equal(c.provision, undefined);
    assert.deepEqual(ext(c.extension, 'consent-purpose')?.valueCodeableConcept?.coding?.map((x) => x.code), ['TREAT', 'visit-note-summary:visit-record']);
  });

  test('regulatoryBasis from the lawful basis; policyBasis is the versioned notice', () => {
    const c = byPurpose(p1, 'family-updates');
    assert.deepEqual(c.regulatoryBasis?.[0]?.coding?.map((x) => x.code), ['uk-gdpr-6-1-f', 'uk-gdpr-9-2-h', 'cldc-explicit-consent']);
    assert.deepEqual(c.policyBasis, { url: 'urn:candour:notice:family-chatbot:1.1' });
  });

  test('the notice: sourceAttachment with the SHA-256 in our extension, no Attachment.hash', () => {
    const a = byPurpose(p1, 'visit-transcription').sourceAttachment![0]!;
    assert.equal(ext(a.extension, 'notice-sha256')?.valueString, SHA_TRANSCRIPTION);
    assert.equal('hash' in a, false);
    assert.equal(ext(byPurpose(p1, 'family-updates').sourceAttachment?.[0]?.extension, 'notice-sha256')?.valueString, SHA_FAMILY);
  });

  test('an attorney is the grantor, with a validation verification', () => {
    const c = byPurpose(p1, 'family-updates');
    assert.deepEqual(c.grantor, [{ type: 'RelatedPerson', display: 'Gareth Jones (son)' }]);
    assert.deepEqual(c.verification, [{
      verified: true,
      verificationType: { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/consentverification', code: 'validation', display: 'Validation' }] },
      verifiedBy: { display: 'Office manager' },
      verifiedWith: { type: 'RelatedPerson', display: 'Gareth Jones (son)' },
      verificationDate: ['2026-11-01T09:30:00.000Z'],
    }]);
    assert.deepEqual(c.controller, [{ reference: 'Organization/bryn', display: 'Bryn Home Care Ltd' }]);
    assert.deepEqual(c.manager, c.controller);
  });

  test('the person deciding for themselves is the grantor', () => {
    assert.deepEqual(byPurpose(p1, 'visit-record').grantor, [{ reference: 'Patient/p-001', display: 'Mrs Ann Jones' }]);
  });

  test('best interests: the decision-maker is the grantor; the capacity assessment is a sourceReference and an extension', () => {
    const [c] = toFhirR5Consent(all, context('p-002'));
    assert.deepEqual(c!.grantor, [{ type: 'Practitioner', display: 'Dr Rhian Evans (registered manager)' }]);
    assert.deepEqual(c!.sourceReference, [{ type: 'DocumentReference', identifier: { value: 'DOC-42' }, display: 'Capacity assessment: whether family may use the chatbot' }]);
    assert.deepEqual(sub(ext(c!.extension, 'consent-capacity-assessment'), 'outcome').map((x) => x.valueCode), ['lacks-capacity']);
    assert.deepEqual(c!.period, { start: '2026-11-07T12:00:00.000Z', end: '2027-05-07T12:00:00.000Z' });
  });

  test('without an ODS-coded reference the provider is named by identifier', () => {
    const ctx = context('p-001');
    const { reference: _r, ...provider } = ctx.provider;
    const [c] = toFhirR5Consent(all, { ...ctx, provider });
    assert.deepEqual(c!.controller, [{ type: 'Organization', identifier: { system: 'https://fhir.nhs.uk/Id/ods-organization-code', value: 'AB1CD' }, display: 'Bryn Home Care Ltd' }]);
    assert.equal(v.consent(c), true, errorsOf(v.consent));
  });

  test('a Bundle (collection) of all the person’s consents is valid', () => {
    const b = toFhirR5Bundle(all, context('p-001'));
    assert.equal(b.entry.length, 4);
    assert.equal(v.bundle(b), true, errorsOf(v.bundle));
    assert.equal(v.bundle({ ...b, entry: [{ resource: { ...b.entry[0]!.resource, date: '2026-11-02T10:15:30Z' } }] }), false);
  });
});
