/**
 * Shared set-up for the export tests: the example manifest, a provider, and
 * a ledger of events for several people, recorded with a fixed clock and
 * fixed ids so every expected value in the tests can be written by hand.
 */
import { readFileSync } from 'node:fs';
import { createLedger, memoryStore, type ConsentEvent, type ConsentEventInput } from '@candour/core/consent';
import type { ExportOrganisation, FhirExportContext } from '@candour/core/consent-export';
import { parseManifestJson } from '../../src/manifest/parse';
import type { Manifest } from '../../src/manifest/schema';

const text = readFileSync(new URL('../../../../examples/candour.json', import.meta.url), 'utf8');
const parsed = parseManifestJson(text, { now: new Date('2026-11-27') });
if (!parsed.ok) throw new Error('examples/candour.json does not parse');
export const manifest: Manifest = parsed.manifest;

export const SHA_TRANSCRIPTION = '1111111111111111111111111111111111111111111111111111111111111111';
export const SHA_IMPROVE = '2222222222222222222222222222222222222222222222222222222222222222';
export const SHA_FAMILY = '3333333333333333333333333333333333333333333333333333333333333333';

export const provider: ExportOrganisation = {
  name: 'Bryn Home Care Ltd',
  reference: 'Organization/bryn',
  identifiers: [{ system: 'https://fhir.nhs.uk/Id/ods-organization-code', value: 'AB1CD' }],
  url: 'https://bryn-care.example',
  privacyNoticeUrl: 'https://bryn-care.example/privacy',
  contact: 'Office manager',
  email: 'office@bryn-care.example',
  phone: '01632 960555',
  address: { streetAddress: '1 High Street', addressLocality: 'Aberystwyth', postalCode: 'SY23 1AA', addressCountry: 'GB' },
};

export const NOW = new Date('2026-12-01T09:00:00.000Z');

export function context(subject: string, reference = `Patient/${subject}`): FhirExportContext {
  return { manifest, provider, subject: { id: subject, reference, display: 'Mrs Ann Jones' }, now: NOW };
}

const person = { role: 'person' as const };
const staff = { id: 'u-17', name: 'Sam Carer', role: 'Care worker' };

type Step = { at: string; input: ConsentEventInput };

function shown(feature: string, version: string, sha256: string, format: 'standard' | 'easy-read' = 'standard', locale = 'en-GB') {
  return { feature, version, audience: 'person' as const, locale, format, sha256 };
}

/** Everything recorded, in order. Ids are evt-0, evt-1, … in this order. */
export const steps: Step[] = [
  // p-001, visit transcription (inform-and-object): told with Easy Read, then "not today" for one visit.
  { at: '2026-11-02T10:15:30.123Z', input: { type: 'shown', subject: 'p-001', feature: 'visit-transcription', purpose: 'visit-transcription', model: 'inform-and-object', decidedBy: person, recordedBy: staff, channel: 'staff-assisted', shown: shown('visit-transcription', '2.0', SHA_TRANSCRIPTION, 'easy-read') } },
  { at: '2026-11-03T08:00:00.000Z', input: { type: 'objected-this-visit', subject: 'p-001', feature: 'visit-transcription', purpose: 'visit-transcription', model: 'inform-and-object', decidedBy: person, recordedBy: staff, channel: 'verbal-recorded-by-staff', visit: 'visit-123' } },
  // p-001, improving the transcription (explicit consent): agreed, then withdrew.
  { at: '2026-11-04T11:00:00.000Z', input: { type: 'granted', subject: 'p-001', feature: 'visit-transcription', purpose: 'improve-transcription', model: 'explicit-consent', decidedBy: person, channel: 'self-service', shown: shown('visit-transcription', '2.0', SHA_IMPROVE) } },
  { at: '2026-11-20T16:45:10.500Z', input: { type: 'withdrawn', subject: 'p-001', feature: 'visit-transcription', purpose: 'improve-transcription', model: 'explicit-consent', decidedBy: person, channel: 'self-service' } },
  // p-001, family chatbot (explicit consent): agreed by a registered attorney.
  { at: '2026-11-05T14:30:00.250Z', input: { type: 'granted', subject: 'p-001', feature: 'family-chatbot', purpose: 'family-updates', model: 'explicit-consent', decidedBy: { role: 'attorney', name: 'Gareth Jones', relationship: 'son', authorityReference: 'OPG-7000-1234-5678', authorityCheckedBy: 'Office manager', authorityCheckedAt: '2026-11-01T09:30:00.000Z' }, recordedBy: staff, channel: 'staff-assisted', shown: { ...shown('family-chatbot', '1.1', SHA_FAMILY, 'standard', 'cy'), audience: 'representative' } } },
  // p-001, visit note drafting (inform-and-object): objected.
  { at: '2026-11-06T09:00:00.000Z', input: { type: 'objected', subject: 'p-001', feature: 'visit-note-summary', purpose: 'visit-record', model: 'inform-and-object', decidedBy: person, recordedBy: staff, channel: 'paper', reason: 'I would rather <b>not</b>' } },
  // p-002, family chatbot: best-interests decision resting on a capacity assessment.
  { at: '2026-11-07T12:00:00.000Z', input: { type: 'granted', subject: 'p-002', feature: 'family-chatbot', purpose: 'family-updates', model: 'explicit-consent', decidedBy: { role: 'best-interests', name: 'Dr Rhian Evans', relationship: 'registered manager', consulted: 'Daughter and key worker', capacity: { decision: 'whether family may use the chatbot', outcome: 'lacks-capacity', assessedBy: 'Dr Rhian Evans', assessedAt: '2026-11-06T15:00:00.000Z', reference: 'DOC-42' } }, recordedBy: staff, channel: 'staff-assisted', shown: shown('family-chatbot', '1.1', SHA_FAMILY), expiresAt: '2027-05-07T12:00:00.000Z' } },
  // p-003, improving the transcription: declined.
  { at: '2026-11-08T12:00:00.000Z', input: { type: 'declined', subject: 'p-003', feature: 'visit-transcription', purpose: 'improve-transcription', model: 'explicit-consent', decidedBy: person, channel: 'self-service', shown: shown('visit-transcription', '2.0', SHA_IMPROVE) } },
  // p-004, family chatbot: agreed, then that entry corrected as recorded in error (evt-8 corrects evt-9's predecessor).
  { at: '2026-11-09T12:00:00.000Z', input: { type: 'granted', subject: 'p-004', feature: 'family-chatbot', purpose: 'family-updates', model: 'explicit-consent', decidedBy: person, channel: 'staff-assisted', shown: shown('family-chatbot', '1.1', SHA_FAMILY) } },
  { at: '2026-11-09T12:05:00.000Z', input: { type: 'corrected', subject: 'p-004', feature: 'family-chatbot', purpose: 'family-updates', model: 'explicit-consent', decidedBy: person, channel: 'staff-assisted', corrects: 'evt-8' } },
  // p-005, family chatbot: shown, never answered.
  { at: '2026-11-10T12:00:00.000Z', input: { type: 'shown', subject: 'p-005', feature: 'family-chatbot', purpose: 'family-updates', model: 'explicit-consent', decidedBy: person, channel: 'self-service', shown: shown('family-chatbot', '1.1', SHA_FAMILY) } },
];

let cached: Promise<ConsentEvent[]> | undefined;
/** The recorded events (recorded once per test file). */
export function events(): Promise<ConsentEvent[]> {
  cached ??= (async () => {
    let i = 0;
    let clock = 0;
    const ledger = createLedger({ store: memoryStore(), now: () => new Date(steps[clock]!.at), newId: () => `evt-${i++}` });
    for (; clock < steps.length; clock++) await ledger.record(steps[clock]!.input);
    const all = await ledger.events();
    ledger.close();
    return all;
  })();
  return cached;
}
