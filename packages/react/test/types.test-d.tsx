/**
 * Type test of the generated wrappers, checked by `tsc -p packages/react/tsconfig.json`
 * (never run). Each `@ts-expect-error` must meet an error, or tsc fails: a
 * wrapper whose props or event props went untyped (`any`) makes this file fail.
 */
import { useRef } from 'react';
import type { Ledger } from '@candour/core/consent';
import {
  CandourAiBadge,
  CandourAiContent,
  CandourConsentPrompt,
  CandourProvider,
  CandourPledge,
  type CandourAiBadgeElement,
  type CandourConsentDecisionEvent,
  type CandourExplanationShowEvent,
  type CandourProviderProps,
} from '@candour/react';

declare const ledger: Ledger;

export function Good() {
  const badge = useRef<CandourAiBadgeElement>(null);
  const onShow = (event: CandourExplanationShowEvent) => event.detail.layer;
  const onDecision = (event: CandourConsentDecisionEvent) => event.detail.type;
  return (
    <CandourProvider src="/candour.json" audience="worker" subject="person-1" ledger={ledger} onCandourManifestLoad={(e) => e.detail.features.length}>
      <CandourAiBadge ref={badge} feature="rota-builder" size="cell" onCandourExplanationShow={onShow} className="x" id="b" />
      <CandourAiContent feature="visit-note-summary" reviewable onCandourContentReview={(e) => e.detail.contentId?.toUpperCase()}>
        <p>Drafted by AI.</p>
      </CandourAiContent>
      <CandourConsentPrompt feature="visit-transcription" purpose="visit-transcription" mode="dialog" open onCandourConsentDecision={onDecision} onClose={(e) => e.type} />
      <CandourPledge headingLevel={3} />
    </CandourProvider>
  );
}

export function Bad() {
  const wrongHandler = (event: CandourConsentDecisionEvent) => event.detail.decidedBy;
  const provider: CandourProviderProps = {
    // @ts-expect-error: the audience is one of the four audiences, not any string.
    audience: 'everyone',
  };
  return (
    <CandourProvider {...provider}>
      {/* @ts-expect-error: a handler of the consent decision cannot take the badge's explanation event. */}
      <CandourAiBadge feature="rota-builder" onCandourExplanationShow={wrongHandler} />
      {/* @ts-expect-error: the badge has no such property. */}
      <CandourAiBadge feature="rota-builder" notAProp="x" />
      {/* @ts-expect-error: `ledger` is a Ledger, not a string. */}
      <CandourConsentPrompt feature="visit-transcription" ledger="local" />
      {/* @ts-expect-error: the content's review event detail has no `approved` field. */}
      <CandourAiContent feature="f" onCandourContentReview={(e) => e.detail.approved} />
      {/* @ts-expect-error: `size` is inline, cell or heading. */}
      <CandourAiBadge feature="rota-builder" size="huge" />
    </CandourProvider>
  );
}
