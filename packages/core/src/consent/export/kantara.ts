/**
 * A consent receipt in the shape of the Kantara Initiative Consent Receipt
 * Specification v1.1 (KI-CR-v1.1.0): what the person agreed to, for whom,
 * under which controller, as JSON a person or their software can keep.
 *
 * Kantara 1.1 only knows purposes that were agreed to, so only purposes whose
 * current decision permits the AI (granted, or informed and not objecting)
 * are listed under `services`. Every decision, refusals, objections and
 * withdrawals included, is in the `x-candour` extension member with the
 * notice version and SHA-256 and the ledger event ids, which Kantara cannot
 * hold. Purpose and data categories are our own plain words, not Kantara's
 * numbered example lists.
 */
import type { DecisionState } from '../decide';
import type { ConsentEventModel, DeciderRole } from '../schema';
import { sha256 } from '../sha256';
import { localise } from '../../read';
import { ConsentExportError, type ExportAddress, type ExportContext, type ExportDataCategory } from './context';
import { decisionsFor, type ExportDecision } from './decisions';
import type { ConsentEvent } from '../schema';
import { CHANNEL_TEXT } from './vocabulary';
import type { PurposeKind } from '../../manifest/layers';

export const KANTARA_VERSION = 'KI-CR-v1.1.0';
/** Names the shape of our `x-candour` member. */
export const KANTARA_EXTENSION_FORMAT = 'https://candour.dev/kantara/x-candour/1';

export interface KantaraController {
  piiController: string;
  onBehalf?: boolean;
  contact: string;
  address: ExportAddress;
  email: string;
  phone: string;
  piiControllerUrl?: string;
}

export interface KantaraPurpose {
  purpose: string;
  consentType: 'EXPLICIT' | 'IMPLIED';
  purposeCategory: string[];
  piiCategory: string[];
  primaryPurpose: boolean;
  termination: string;
  thirdPartyDisclosure: boolean;
  thirdPartyName?: string;
}

export interface KantaraService {
  service: string;
  purposes: KantaraPurpose[];
}

/** One decision as our extension records it. */
export interface KantaraDecisionRecord {
  service: string;
  purpose: string;
  state: DecisionState;
  model: ConsentEventModel;
  /** Whether the AI may be used for this purpose now. */
  permits: boolean;
  recordedAt: string;
  decidedBy: { role: DeciderRole; name?: string; authorityReference?: string };
  notice?: { version: string; sha256: string; locale: string; format: 'standard' | 'easy-read'; audience: string };
  /** Visits the person said "not today" for. */
  visitObjections: string[];
  events: string[];
  chainHash: string;
}

export interface KantaraReceipt {
  version: typeof KANTARA_VERSION;
  jurisdiction: string;
  /** Seconds since 1970-01-01T00:00:00Z: when the latest decision on the receipt was recorded. */
  consentTimestamp: number;
  collectionMethod: string;
  consentReceiptID: string;
  language: string;
  /** The pseudonymous subject id; never an NHS number or a name. */
  piiPrincipalId: string;
  piiControllers: KantaraController[];
  policyUrl: string;
  services: KantaraService[];
  sensitive: boolean;
  spiCat: string[];
  'x-candour': { format: typeof KANTARA_EXTENSION_FORMAT; decisions: KantaraDecisionRecord[] };
}

export interface KantaraContext extends ExportContext {
  /** Where the law the consent rests on applies (default "GB"; e.g. "GB-ENG", "GB-WLS"). */
  jurisdiction?: string;
  /** Language of the receipt's text (default "en"). */
  language?: string;
  /** The receipt's id (default: a UUID-shaped digest of the decisions on it, so the same record gives the same id). */
  receiptId?: string;
}

const CATEGORY_TEXT: Record<ExportDataCategory, string> = {
  identity: 'Identity',
  contact: 'Contact details',
  health: 'Health',
  'care-needs': 'Care needs',
  medication: 'Medicines',
  audio: 'Audio recordings',
  video: 'Video recordings',
  images: 'Images',
  location: 'Location',
  financial: 'Financial',
  'staff-records': 'Staff records',
  'free-text-notes': 'Free-text notes',
  'special-category-other': 'Other special category data',
};
const SPECIAL = new Set<ExportDataCategory>(['health', 'care-needs', 'medication', 'special-category-other']);

const KIND_TEXT: Record<PurposeKind, string> = {
  'direct-care': 'Direct care',
  'care-administration': 'Care administration',
  'staff-support': 'Support for staff',
  'service-improvement': 'Service improvement',
  'model-training': 'Training or improving an AI model',
  research: 'Research',
  communication: 'Communication',
};

const permitting = (d: ExportDecision) => d.decision.state === 'granted' || d.decision.state === 'not-objected';

function controller(context: KantaraContext): KantaraController {
  const p = context.provider;
  const missing: string[] = [];
  if (!p.contact) missing.push('provider.contact');
  if (!p.address || Object.values(p.address).every((v) => !v)) missing.push('provider.address');
  if (!p.email) missing.push('provider.email');
  if (!p.phone) missing.push('provider.phone');
  if (missing.length) {
    throw new ConsentExportError(
      `A Kantara consent receipt must say how to reach the controller (${p.name}): give ${missing.join(', ')} in the context. The Kantara 1.1 specification requires a contact, an address, an email and a phone number for every controller.`,
      missing,
    );
  }
  return {
    piiController: p.name,
    onBehalf: false,
    contact: p.contact!,
    address: { ...p.address! },
    email: p.email!,
    phone: p.phone!,
    ...(p.url ? { piiControllerUrl: p.url } : {}),
  };
}

function termination(d: ExportDecision): string {
  const basis = d.decision.basis;
  const until = d.model === 'explicit-consent' ? 'when consent is withdrawn' : 'when the person objects';
  if (basis?.type === 'granted' && basis.expiresAt) return `On ${basis.expiresAt}, or earlier ${until}`;
  return until.charAt(0).toUpperCase() + until.slice(1);
}

function purposeEntry(d: ExportDecision, context: KantaraContext): KantaraPurpose {
  const language = context.language ?? 'en';
  const categories = d.featureInfo?.record?.data?.categories ?? [];
  const third = [context.manifest.supplier.name, ...(d.featureInfo?.record?.data?.processors ?? []).map((p) => p.name)].filter((n) => n !== context.provider.name);
  return {
    purpose: d.purposeInfo ? localise(d.purposeInfo.description, language).text : d.purpose,
    consentType: d.model === 'explicit-consent' ? 'EXPLICIT' : 'IMPLIED',
    purposeCategory: d.purposeInfo ? [KIND_TEXT[d.purposeInfo.kind]] : [],
    piiCategory: categories.length ? categories.map((c) => CATEGORY_TEXT[c]) : ['Care record information'],
    primaryPurpose: d.purposeInfo?.kind === 'direct-care',
    termination: termination(d),
    ...(third.length ? { thirdPartyDisclosure: true, thirdPartyName: third.join(', ') } : { thirdPartyDisclosure: false }),
  };
}

function record(d: ExportDecision): KantaraDecisionRecord {
  const deciding = d.deciding;
  const shown = d.shownEvent?.shown;
  const latest = d.decision.history[d.decision.history.length - 1]!;
  const by = deciding.decidedBy;
  return {
    service: d.feature,
    purpose: d.purpose,
    state: d.decision.state,
    model: d.model,
    permits: permitting(d),
    recordedAt: d.recordedAt,
    decidedBy: { role: by.role, ...(by.name ? { name: by.name } : {}), ...(by.authorityReference ? { authorityReference: by.authorityReference } : {}) },
    ...(shown ? { notice: { version: shown.version, sha256: shown.sha256, locale: shown.locale, format: shown.format, audience: shown.audience } } : {}),
    visitObjections: d.visitObjections.map((e) => e.visit!),
    events: d.decision.history.map((e) => e.id),
    chainHash: latest.hash,
  };
}

function uuidFrom(hex: string): string {
  // A name-based UUID (version 8, RFC 9562): the same decisions always give the same receipt id.
  const variant = ((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/**
 * A Kantara v1.1-style consent receipt for the context's subject: every
 * feature × purpose they have events for. Throws `ConsentExportError` when the
 * provider's contact, address, email, phone or privacy notice is missing, or
 * when there is nothing to put on a receipt.
 */
export function toKantaraReceipt(events: readonly ConsentEvent[], context: KantaraContext): KantaraReceipt {
  const controllers = [controller(context)];
  if (!context.provider.privacyNoticeUrl) {
    throw new ConsentExportError(`A Kantara consent receipt links to the controller's privacy notice: give provider.privacyNoticeUrl in the context.`, ['provider.privacyNoticeUrl']);
  }
  const decisions = decisionsFor(events, context);
  if (decisions.length === 0) {
    throw new ConsentExportError(`There is nothing to put on a receipt: no consent events for subject "${context.subject.id}".`, ['events']);
  }
  const granted = decisions.filter(permitting);
  const services: KantaraService[] = [];
  for (const d of granted) {
    const name = d.featureInfo ? localise(d.featureInfo.name, context.language ?? 'en').text : d.feature;
    let service = services.find((s) => s.service === name);
    if (!service) services.push((service = { service: name, purposes: [] }));
    service.purposes.push(purposeEntry(d, context));
  }
  const special = new Set<string>();
  for (const d of granted) {
    for (const c of d.featureInfo?.record?.data?.categories ?? []) if (SPECIAL.has(c)) special.add(CATEGORY_TEXT[c]);
    if (d.purposeInfo?.lawfulBasis.article9 && special.size === 0) special.add('Health');
  }
  const methods = [...new Set((granted.length ? granted : decisions).map((d) => CHANNEL_TEXT[d.deciding.channel]))];
  const latest = decisions.reduce((a, d) => (Date.parse(d.recordedAt) > Date.parse(a) ? d.recordedAt : a), decisions[0]!.recordedAt);
  const digest = sha256(decisions.map((d) => `${d.feature}:${d.purpose}:${d.decision.history[d.decision.history.length - 1]!.hash}`).join('\n'));
  return {
    version: KANTARA_VERSION,
    jurisdiction: context.jurisdiction ?? 'GB',
    consentTimestamp: Math.floor(Date.parse(latest) / 1000),
    collectionMethod: methods.join('; '),
    consentReceiptID: context.receiptId ?? uuidFrom(digest),
    language: context.language ?? 'en',
    piiPrincipalId: context.subject.id,
    piiControllers: controllers,
    policyUrl: context.provider.privacyNoticeUrl,
    services,
    sensitive: special.size > 0,
    spiCat: [...special],
    'x-candour': { format: KANTARA_EXTENSION_FORMAT, decisions: decisions.map(record) },
  };
}
