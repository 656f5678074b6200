/**
 * FHIR R4 Consent export: every resource is checked against the official R4
 * JSON schema, and each mapping against values written out by hand.
 */
import { before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { decide, type ConsentEvent } from '@candour/core/consent';
import { ConsentExportError, toFhirR4Bundle, toFhirR4Consent, type FhirExtension, type FhirR4Consent } from '@candour/core/consent-export';
import { context, events, NOW, SHA_FAMILY, SHA_TRANSCRIPTION } from './fixtures';
import { errorsOf, fhirValidators, type FhirValidators } from './fhir-schema';

const SD = 'https://candour.dev/fhir/StructureDefinition/';
const ext = (list: FhirExtension[] | undefined, name: string) => list?.find((e) => e.url === SD + name);
const sub = (e: FhirExtension | undefined, url: string) => e?.extension?.filter((x) => x.url === url) ?? [];

let v: FhirValidators;
let all: ConsentEvent[];
let p1: FhirR4Consent[];
const byPurpose = (list: FhirR4Consent[], purpose: string) => list.find((c) => c.identifier?.[0]?.value?.endsWith(`:${purpose}`))!;

before(async () => {
  v = fhirValidators('r4');
  all = await events();
  p1 = toFhirR4Consent(all, context('p-001'));
});

describe('the R4 validator itself', () => {
  const minimal = { resourceType: 'Consent', status: 'active', scope: { text: 'privacy' }, category: [{ text: 'consent' }], policyRule: { text: 'x' } };
  test('accepts a minimal Consent', () => assert.equal(v.consent(minimal), true, errorsOf(v.consent)));
  test('rejects a status outside the R4 codes', () => assert.equal(v.consent({ ...minimal, status: 'declined' }), false));
  test('rejects a Consent without its required scope', () => {
    const { scope: _s, ...noScope } = minimal;
    assert.equal(v.consent(noScope), false);
  });
  test('rejects an R5-only element (decision)', () => assert.equal(v.consent({ ...minimal, decision: 'deny' }), false));
  test('rejects a provision type other than permit or deny', () => assert.equal(v.consent({ ...minimal, provision: { type: 'maybe' } }), false));
});

describe('R4 Consent resources', () => {
  test('every resource for every person is valid against the official R4 schema', () => {
    for (const subject of ['p-001', 'p-002', 'p-003', 'p-004', 'p-005']) {
      for (const c of toFhirR4Consent(all, context(subject))) assert.equal(v.consent(c), true, `${subject} ${c.identifier?.[0]?.value}: ${errorsOf(v.consent)}`);
    }
  });

  test('one resource per feature × purpose, in manifest order', () => {
    assert.deepEqual(p1.map((c) => c.identifier?.[0]?.value), [
      'p-001:visit-note-summary:visit-record',
      'p-001:visit-transcription:visit-transcription',
      'p-001:visit-transcription:improve-transcription',
      'p-001:family-chatbot:family-updates',
    ]);
    assert.deepEqual(p1.map((c) => c.resourceType), ['Consent', 'Consent', 'Consent', 'Consent']);
  });

  test('an objection is an active consent whose provision denies', () => {
    const c = byPurpose(p1, 'visit-record');
    assert.equal(c.status, 'active');
    assert.equal(c.provision?.type, 'deny');
    assert.equal(ext(c.extension, 'consent-decision-state')?.valueCode, 'objected');
    assert.equal(ext(c.extension, 'consent-model')?.valueCode, 'inform-and-object');
    assert.equal(ext(c.extension, 'consent-channel')?.valueCode, 'paper');
    assert.equal(c.dateTime, '2026-11-06T09:00:00.000Z');
    assert.deepEqual(c.patient, { reference: 'Patient/p-001', display: 'Mrs Ann Jones' });
    assert.deepEqual(c.scope.coding?.[0], { system: 'http://terminology.hl7.org/CodeSystem/consentscope', code: 'patient-privacy', display: 'Privacy Consent' });
    assert.deepEqual(c.category[0]?.coding?.[0], { system: 'http://loinc.org', code: '59284-0', display: 'Patient Consent' });
  });

  test('policy and policyRule come from the purpose (ppc-1): the versioned notice and the lawful basis', () => {
    const c = byPurpose(p1, 'visit-record');
    assert.deepEqual(c.policy, [{ authority: 'https://bryn-care.example/privacy', uri: 'urn:candour:notice:visit-note-summary:1.0' }]);
    assert.deepEqual(c.policyRule?.coding?.map((x) => x.code), ['uk-gdpr-6-1-e', 'uk-gdpr-9-2-h', 'cldc-implied-consent']);
    assert.equal(c.policyRule?.text, 'UK GDPR Article 6(1)(e) and Article 9(2)(h); common-law duty of confidentiality: implied consent');
    const improve = byPurpose(p1, 'improve-transcription');
    assert.deepEqual(improve.policyRule?.coding?.map((x) => x.code), ['uk-gdpr-6-1-a', 'uk-gdpr-9-2-a', 'cldc-explicit-consent']);
  });

  test('provision.purpose carries HL7 PurposeOfUse and our feature:purpose code', () => {
    assert.deepEqual(byPurpose(p1, 'visit-record').provision?.purpose?.map((p) => `${p.system}|${p.code}`), [
      'http://terminology.hl7.org/CodeSystem/v3-ActReason|TREAT',
      'https://candour.dev/fhir/CodeSystem/feature-purpose|visit-note-summary:visit-record',
    ]);
    assert.equal(byPurpose(p1, 'improve-transcription').provision?.purpose?.[0]?.code, 'SYSDEV');
  });

  test('not objecting after being told is active + permit; the "not today" is a nested deny for that Encounter', () => {
    const c = byPurpose(p1, 'visit-transcription');
    assert.equal(c.status, 'active');
    assert.equal(c.provision?.type, 'permit');
    assert.deepEqual(c.provision?.provision, [{ type: 'deny', data: [{ meaning: 'related', reference: { reference: 'Encounter/visit-123' } }] }]);
    // Decided when the person was told: the instant, to the millisecond.
    assert.equal(c.dateTime, '2026-11-02T10:15:30.123Z');
    assert.equal(ext(c.extension, 'consent-channel')?.valueCode, 'staff-assisted');
  });

  test('the notice shown is the sourceAttachment, its SHA-256 in our extension and never in Attachment.hash', () => {
    const a = byPurpose(p1, 'visit-transcription').sourceAttachment!;
    assert.equal(ext(a.extension, 'notice-sha256')?.valueString, SHA_TRANSCRIPTION);
    assert.equal('hash' in a, false);
    assert.equal(a.language, 'en-GB');
    assert.equal(a.creation, '2026-11-02T10:15:30.123Z');
    assert.deepEqual(sub(ext(a.extension, 'notice-presentation'), 'format').map((x) => x.valueCode), ['easy-read']);
    assert.deepEqual(sub(ext(a.extension, 'notice-presentation'), 'version').map((x) => x.valueString), ['2.0']);
    assert.equal(a.title, 'Visit transcription: notice version 2.0 (Easy Read, person)');
  });

  test('a withdrawal makes the resource inactive, and it denies', () => {
    const c = byPurpose(p1, 'improve-transcription');
    assert.equal(c.status, 'inactive');
    assert.equal(c.provision?.type, 'deny');
    assert.equal(ext(c.extension, 'consent-decision-state')?.valueCode, 'withdrawn');
    assert.equal(c.dateTime, '2026-11-20T16:45:10.500Z');
  });

  test('history: every event id in order, the basis, and the chain hash of the latest event', () => {
    const h = ext(byPurpose(p1, 'improve-transcription').extension, 'consent-history');
    assert.deepEqual(sub(h, 'event').map((x) => x.valueString), ['evt-2', 'evt-3']);
    assert.deepEqual(sub(h, 'basis').map((x) => x.valueString), ['evt-3']);
    const latest = all.find((e) => e.id === 'evt-3')!;
    assert.deepEqual(sub(h, 'chainHash').map((x) => x.valueString), [latest.hash]);
    assert.deepEqual(sub(h, 'chainSeq').map((x) => x.valueInteger), [3]);
  });

  test('an attorney is the performer (RelatedPerson), with verification of their authority', () => {
    const c = byPurpose(p1, 'family-updates');
    assert.equal(c.status, 'active');
    assert.equal(c.provision?.type, 'permit');
    assert.deepEqual(c.performer, [{ type: 'RelatedPerson', display: 'Gareth Jones (son)' }]);
    assert.deepEqual(c.verification, [{ verified: true, verifiedWith: { type: 'RelatedPerson', display: 'Gareth Jones (son)' }, verificationDate: '2026-11-01T09:30:00.000Z' }]);
    const maker = ext(c.extension, 'consent-decision-maker');
    assert.deepEqual(sub(maker, 'role').map((x) => x.valueCode), ['attorney']);
    assert.deepEqual(sub(maker, 'authorityReference').map((x) => x.valueString), ['OPG-7000-1234-5678']);
    assert.equal(c.sourceAttachment?.language, 'cy');
    assert.equal(ext(c.sourceAttachment?.extension, 'notice-sha256')?.valueString, SHA_FAMILY);
  });

  test('references the receiving system knows are used when given', () => {
    const ctx = { ...context('p-001'), references: { decider: () => 'RelatedPerson/77', encounter: (v: string) => `Encounter/enc-${v}`, notice: () => 'https://bryn-care.example/notices/x' } };
    const list = toFhirR4Consent(all, ctx);
    assert.deepEqual(byPurpose(list, 'family-updates').performer, [{ reference: 'RelatedPerson/77', display: 'Gareth Jones (son)' }]);
    assert.equal(byPurpose(list, 'visit-transcription').provision?.provision?.[0]?.data?.[0]?.reference.reference, 'Encounter/enc-visit-123');
    assert.equal(byPurpose(list, 'family-updates').sourceAttachment?.url, 'https://bryn-care.example/notices/x');
    assert.equal(byPurpose(list, 'family-updates').policy?.[0]?.uri, 'https://bryn-care.example/notices/x');
    for (const c of list) assert.equal(v.consent(c), true, errorsOf(v.consent));
  });

  test('a best-interests decision: the decision-maker (Practitioner) performs it; the capacity assessment is in an extension', () => {
    const [c] = toFhirR4Consent(all, context('p-002'));
    assert.deepEqual(c!.performer, [{ type: 'Practitioner', display: 'Dr Rhian Evans (registered manager)' }]);
    assert.equal(c!.verification, undefined);
    const cap = ext(c!.extension, 'consent-capacity-assessment');
    assert.deepEqual(sub(cap, 'outcome').map((x) => x.valueCode), ['lacks-capacity']);
    assert.deepEqual(sub(cap, 'assessedAt').map((x) => x.valueDateTime), ['2026-11-06T15:00:00.000Z']);
    assert.deepEqual(sub(cap, 'reference').map((x) => x.valueString), ['DOC-42']);
    assert.deepEqual(c!.provision?.period, { start: '2026-11-07T12:00:00.000Z', end: '2027-05-07T12:00:00.000Z' });
  });

  test('a refusal of explicit consent is active + deny, never "rejected"', () => {
    const [c] = toFhirR4Consent(all, context('p-003'));
    assert.equal(c!.status, 'active');
    assert.equal(c!.provision?.type, 'deny');
    assert.equal(ext(c!.extension, 'consent-decision-state')?.valueCode, 'declined');
  });

  test('a decision whose only entry was corrected as an error is entered-in-error', () => {
    const [c] = toFhirR4Consent(all, context('p-004'));
    assert.equal(c!.status, 'entered-in-error');
    assert.deepEqual(sub(ext(c!.extension, 'consent-history'), 'voided').map((x) => x.valueString), ['evt-8']);
  });

  test('a notice shown with no answer yet is proposed', () => {
    const [c] = toFhirR4Consent(all, context('p-005'));
    assert.equal(c!.status, 'proposed');
    assert.equal(c!.provision?.type, 'deny');
    assert.equal(ext(c!.extension, 'consent-decision-state')?.valueCode, 'not-asked');
  });

  test('a single Decision from decide gives the same resource', () => {
    const decision = decide(all, { subject: 'p-001', feature: 'family-chatbot', purpose: 'family-updates', model: 'explicit-consent', noticeVersion: '1.1', now: NOW });
    assert.deepEqual(toFhirR4Consent(decision, context('p-001')), byPurpose(p1, 'family-updates'));
  });

  test('refuses to label one person’s decision with another’s reference, or to export without a reference', () => {
    const decision = decide(all, { subject: 'p-002', feature: 'family-chatbot', purpose: 'family-updates', model: 'explicit-consent', now: NOW });
    assert.throws(() => toFhirR4Consent(decision, context('p-001')), ConsentExportError);
    const noRef = { ...context('p-001'), subject: { id: 'p-001' } } as unknown as Parameters<typeof toFhirR4Consent>[1];
    assert.throws(() => toFhirR4Consent(all, noRef), /context\.subject\.reference/);
  });

  test('a Bundle (collection) of all the person’s consents is valid', () => {
    const b = toFhirR4Bundle(all, context('p-001'));
    assert.equal(b.type, 'collection');
    assert.equal(b.timestamp, '2026-12-01T09:00:00.000Z');
    assert.equal(b.entry.length, 4);
    assert.equal(v.bundle(b), true, errorsOf(v.bundle));
    assert.equal(v.bundle({ ...b, type: 'pile' }), false);
  });
});
