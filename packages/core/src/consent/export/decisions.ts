/**
 * The decisions an export describes: one per person × feature × purpose,
 * derived with `decide` from the events, with the manifest entries they
 * belong to and the events that matter to a reader (the one the decision
 * rests on, the notice shown for it, objections for single visits).
 */
import { decide, type Decision } from '../decide';
import type { ConsentEvent, ConsentEventModel } from '../schema';
import { ConsentExportError, type ExportContext, type ExportFeature, type ExportPurpose } from './context';

export interface ExportDecision {
  subject: string;
  feature: string;
  purpose: string;
  /** The manifest's entries, when the feature and purpose are still in it. */
  featureInfo?: ExportFeature;
  purposeInfo?: ExportPurpose;
  /** The model the decision was judged under. */
  model: ConsentEventModel;
  decision: Decision;
  /** The notice shown for the decision: the one on the decision's own event, else the last shown before it. */
  shownEvent?: ConsentEvent;
  /** Objections for one visit ("not today") still in force (not corrected), in order. */
  visitObjections: ConsentEvent[];
  /** Every event counted (not voided by a correction), in order. */
  live: ConsentEvent[];
  /** The event whose decider, channel and time stand for the decision: the basis, else the latest notice shown, else the latest event counted. */
  deciding: ConsentEvent;
  /** The instant the decision was recorded (the basis event's, else the latest notice shown, else the latest event). */
  recordedAt: string;
  /** Every event of the history was recorded in error. */
  allInError: boolean;
}

const key = (subject: string, feature: string, purpose: string) => `${subject}\u0000${feature}\u0000${purpose}`;

function lookup(context: ExportContext, feature: string, purpose: string) {
  const featureInfo = context.manifest.features.find((f) => f.id === feature);
  const purposeInfo = featureInfo?.purposes.find((p) => p.id === purpose);
  return { featureInfo, purposeInfo };
}

function modelFor(purposeInfo: ExportPurpose | undefined, history: readonly ConsentEvent[]): ConsentEventModel {
  const m = purposeInfo?.consent.model;
  if (m === 'explicit-consent' || m === 'inform-and-object') return m;
  // A purpose gone from the manifest (or now needing no consent): judge it as it was recorded.
  return history[history.length - 1]?.model ?? 'explicit-consent';
}

/** Completes a decision with what the exports need. */
export function describe(decision: Decision, context: ExportContext, model?: ConsentEventModel): ExportDecision {
  const first = decision.history[0];
  if (!first) throw new ConsentExportError('There is nothing to export: this decision has no events (nothing was ever shown or decided).', ['events']);
  const { subject, feature, purpose } = first;
  const { featureInfo, purposeInfo } = lookup(context, feature, purpose);
  const live = decision.history.filter((e) => !decision.voided.has(e.id));
  const basis = decision.basis;
  const shownEvent = basis?.shown
    ? basis
    : [...live].reverse().find((e) => e.shown && (!basis || e.seq < basis.seq)) ?? (basis ? undefined : decision.lastShown);
  const visitObjections = live.filter((e) => e.type === 'objected-this-visit' && e.visit);
  const latest = decision.history[decision.history.length - 1]!;
  return {
    subject,
    feature,
    purpose,
    featureInfo,
    purposeInfo,
    model: model ?? modelFor(purposeInfo, decision.history),
    decision,
    shownEvent,
    visitObjections,
    live,
    deciding: basis ?? decision.lastShown ?? live[live.length - 1] ?? latest,
    recordedAt: basis?.at ?? decision.lastShown?.at ?? latest.at,
    allInError: live.every((e) => e.type === 'corrected'),
  };
}

/**
 * Every decision about the context's subject, in manifest order (features,
 * then purposes), then any feature or purpose no longer in the manifest.
 */
export function decisionsFor(events: readonly ConsentEvent[], context: ExportContext): ExportDecision[] {
  const subject = context.subject.id;
  const groups = new Map<string, ConsentEvent[]>();
  for (const e of events) {
    if (e.subject !== subject) continue;
    const k = key(e.subject, e.feature, e.purpose);
    let list = groups.get(k);
    if (!list) groups.set(k, (list = []));
    list.push(e);
  }
  const order: string[] = [];
  for (const f of context.manifest.features) for (const p of f.purposes) {
    const k = key(subject, f.id, p.id);
    if (groups.has(k)) order.push(k);
  }
  for (const k of groups.keys()) if (!order.includes(k)) order.push(k);
  const now = context.now ?? new Date();
  return order.map((k) => {
    const history = groups.get(k)!;
    const { feature, purpose } = history[0]!;
    const { featureInfo, purposeInfo } = lookup(context, feature, purpose);
    const model = modelFor(purposeInfo, [...history].sort((a, b) => a.seq - b.seq));
    const decision = decide(history, { subject, feature, purpose, model, noticeVersion: featureInfo ? (featureInfo.noticeVersion ?? '1.0') : undefined, now });
    return describe(decision, context, model);
  });
}

/** Whether the value is a `Decision` (from `decide`) rather than a list of events. */
export function isDecision(value: Decision | readonly ConsentEvent[]): value is Decision {
  return !Array.isArray(value) && typeof (value as Decision).state === 'string';
}
