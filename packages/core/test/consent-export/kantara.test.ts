/**
 * Kantara Consent Receipt v1.1-style export. The shape check below is our own
 * JSON Schema of the members Kantara CR v1.1 requires (written from the
 * specification's schema, not copied): required top-level members, the
 * controller's contact details, and each purpose's required members with the
 * third-party rule (a disclosure names the third party).
 */
import { before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import Ajv from 'ajv';
import type { ConsentEvent } from '@candour/core/consent';
import { ConsentExportError, toKantaraReceipt, type KantaraContext } from '@candour/core/consent-export';
import { context, events, provider, SHA_FAMILY } from './fixtures';

const str = { type: 'string' };
const strings = { type: 'array', items: str };
const kantaraShape = {
  type: 'object',
  required: ['version', 'jurisdiction', 'consentTimestamp', 'collectionMethod', 'consentReceiptID', 'piiPrincipalId', 'piiControllers', 'policyUrl', 'services', 'sensitive', 'spiCat'],
  properties: {
    version: { const: 'KI-CR-v1.1.0' },
    jurisdiction: str,
    consentTimestamp: { type: 'integer', minimum: 0 },
    collectionMethod: str,
    consentReceiptID: str,
    language: str,
    piiPrincipalId: str,
    piiControllers: {
      type: 'array',
      minItems: 1,
      items: {
        type: 'object',
        required: ['piiController', 'contact', 'address', 'email', 'phone'],
        properties: { piiController: str, onBehalf: { type: 'boolean' }, contact: str, address: { type: 'object' }, email: str, phone: str, piiControllerUrl: str },
      },
    },
    policyUrl: str,
    services: {
      type: 'array',
      items: {
        type: 'object',
        required: ['service', 'purposes'],
        properties: {
          service: str,
          purposes: {
            type: 'array',
            items: {
              type: 'object',
              required: ['consentType', 'purposeCategory', 'piiCategory', 'termination', 'thirdPartyDisclosure'],
              properties: { purpose: str, consentType: str, purposeCategory: strings, piiCategory: strings, primaryPurpose: { type: 'boolean' }, termination: str, thirdPartyDisclosure: { type: 'boolean' }, thirdPartyName: str },
              if: { properties: { thirdPartyDisclosure: { const: true } } },
              then: { required: ['thirdPartyName'] },
            },
          },
        },
      },
    },
    sensitive: { type: 'boolean' },
    spiCat: strings,
  },
};
const check = new Ajv({ allErrors: true }).compile(kantaraShape);

let all: ConsentEvent[];
const ctx = (over: Partial<KantaraContext> = {}): KantaraContext => ({ ...context('p-001'), ...over });
before(async () => {
  all = await events();
});

describe('Kantara consent receipt', () => {
  test('our shape check rejects a receipt missing what Kantara requires', () => {
    const r = toKantaraReceipt(all, ctx());
    const { policyUrl: _p, ...noPolicy } = r;
    assert.equal(check(noPolicy), false);
    assert.equal(check({ ...r, piiControllers: [{ ...r.piiControllers[0], phone: undefined }] }), false);
    const purpose = r.services[0]!.purposes[0]!;
    assert.equal(check({ ...r, services: [{ service: 'x', purposes: [{ ...purpose, thirdPartyName: undefined }] }] }), false);
  });

  test('has the Kantara v1.1 shape for every person', () => {
    for (const s of ['p-001', 'p-002', 'p-003', 'p-004', 'p-005']) {
      const r = toKantaraReceipt(all, { ...context(s) });
      assert.equal(check(r), true, `${s}: ${JSON.stringify(check.errors)}`);
    }
  });

  test('header: version, jurisdiction, timestamp in epoch seconds of the latest decision, pseudonymous principal', () => {
    const r = toKantaraReceipt(all, ctx({ jurisdiction: 'GB-WLS' }));
    assert.equal(r.version, 'KI-CR-v1.1.0');
    assert.equal(r.jurisdiction, 'GB-WLS');
    assert.equal(r.consentTimestamp, 1795193110); // 2026-11-20T16:45:10.500Z, the withdrawal
    assert.equal(r.piiPrincipalId, 'p-001');
    assert.equal(r.policyUrl, 'https://bryn-care.example/privacy');
    assert.equal(r.language, 'en');
    assert.match(r.consentReceiptID, /^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    assert.equal(toKantaraReceipt(all, ctx()).consentReceiptID, r.consentReceiptID, 'the same record gives the same receipt id');
    assert.notEqual(toKantaraReceipt(all, { ...context('p-002') }).consentReceiptID, r.consentReceiptID);
    assert.equal(toKantaraReceipt(all, ctx({ receiptId: 'fixed' })).consentReceiptID, 'fixed');
  });

  test('the controller is the provider, with its contact details', () => {
    assert.deepEqual(toKantaraReceipt(all, ctx()).piiControllers, [{
      piiController: 'Bryn Home Care Ltd',
      onBehalf: false,
      contact: 'Office manager',
      address: { streetAddress: '1 High Street', addressLocality: 'Aberystwyth', postalCode: 'SY23 1AA', addressCountry: 'GB' },
      email: 'office@bryn-care.example',
      phone: '01632 960555',
      piiControllerUrl: 'https://bryn-care.example',
    }]);
  });

  test('only purposes the AI may be used for are listed; EXPLICIT for consent, IMPLIED for inform-and-object', () => {
    const r = toKantaraReceipt(all, ctx());
    assert.deepEqual(r.services.map((s) => [s.service, s.purposes.map((p) => p.consentType)]), [
      ['Visit transcription', ['IMPLIED']],
      ['Family questions chatbot', ['EXPLICIT']],
    ]);
    const transcription = r.services[0]!.purposes[0]!;
    assert.equal(transcription.purpose, 'Transcribing the visit and drafting the visit note for the person’s care record.');
    assert.deepEqual(transcription.purposeCategory, ['Direct care']);
    assert.deepEqual(transcription.piiCategory, ['Identity', 'Audio recordings', 'Health', 'Care needs', 'Medicines', 'Free-text notes']);
    assert.equal(transcription.primaryPurpose, true);
    assert.equal(transcription.termination, 'When the person objects');
    assert.equal(transcription.thirdPartyDisclosure, true);
    assert.equal(transcription.thirdPartyName, 'Larkspur Care Systems Ltd, Wren Speech Ltd, Tern Language Models Ltd');
    assert.equal(r.services[1]!.purposes[0]!.termination, 'When consent is withdrawn');
    assert.equal(r.sensitive, true);
    assert.deepEqual(r.spiCat, ['Health', 'Care needs', 'Medicines']);
    assert.equal(r.collectionMethod, 'Chosen with help from a member of staff, who recorded it');
  });

  test('refusals, objections and withdrawals are in the x-candour extension, with notice and chain evidence', () => {
    const x = toKantaraReceipt(all, ctx())['x-candour'];
    assert.equal(x.format, 'https://candour.dev/kantara/x-candour/1');
    assert.deepEqual(x.decisions.map((d) => [d.service, d.purpose, d.state, d.permits]), [
      ['visit-note-summary', 'visit-record', 'objected', false],
      ['visit-transcription', 'visit-transcription', 'not-objected', true],
      ['visit-transcription', 'improve-transcription', 'withdrawn', false],
      ['family-chatbot', 'family-updates', 'granted', true],
    ]);
    const family = x.decisions[3]!;
    assert.deepEqual(family.decidedBy, { role: 'attorney', name: 'Gareth Jones', authorityReference: 'OPG-7000-1234-5678' });
    assert.deepEqual(family.notice, { version: '1.1', sha256: SHA_FAMILY, locale: 'cy', format: 'standard', audience: 'representative' });
    assert.deepEqual(x.decisions[1]!.visitObjections, ['visit-123']);
    assert.deepEqual(x.decisions[2]!.events, ['evt-2', 'evt-3']);
    assert.equal(x.decisions[2]!.chainHash, all.find((e) => e.id === 'evt-3')!.hash);
  });

  test('a person who said no to everything gets an empty services list, the refusal in the extension', () => {
    const r = toKantaraReceipt(all, { ...context('p-003') });
    assert.deepEqual(r.services, []);
    assert.equal(r.sensitive, false);
    assert.deepEqual(r['x-candour'].decisions.map((d) => d.state), ['declined']);
  });

  test('a grant with an expiry says when it ends', () => {
    const r = toKantaraReceipt(all, { ...context('p-002') });
    assert.equal(r.services[0]!.purposes[0]!.termination, 'On 2027-05-07T12:00:00.000Z, or earlier when consent is withdrawn');
    assert.equal(r.consentTimestamp, 1794052800);
  });

  test('clear errors when the controller’s required details are missing', () => {
    const { email: _e, phone: _p, address: _a, ...bare } = provider;
    assert.throws(
      () => toKantaraReceipt(all, ctx({ provider: bare })),
      (e: unknown) => e instanceof ConsentExportError && /provider\.address, provider\.email, provider\.phone/.test(e.message) && e.missing.join() === 'provider.address,provider.email,provider.phone',
    );
    const { contact: _c, ...noContact } = provider;
    assert.throws(() => toKantaraReceipt(all, ctx({ provider: noContact })), /provider\.contact/);
    const { privacyNoticeUrl: _u, ...noPolicy } = provider;
    assert.throws(() => toKantaraReceipt(all, ctx({ provider: noPolicy })), /provider\.privacyNoticeUrl/);
  });

  test('an error when there is nothing to put on a receipt', () => {
    assert.throws(() => toKantaraReceipt(all, { ...context('nobody') }), ConsentExportError);
  });
});
