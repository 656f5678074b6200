/**
 * A care record page in React, open about its AI with Candour's wrappers.
 * Everyone in it is fictional; the explanations come from the example
 * manifest (examples/candour.json), served as /candour.json.
 */
import { useState, version } from 'react';
import {
  CandourAiBadge,
  CandourAiContent,
  CandourAiNotice,
  CandourConsentPrompt,
  CandourProvider,
  type CandourConsentDecisionEvent,
  type CandourContentReviewEvent,
  type CandourExplanationShowEvent,
} from '@candour/react';

/** Who is signed in: a real product passes its own user. */
const worker = { id: 'priya-shah', name: 'Priya Shah', role: 'Care worker' };

export function App() {
  const [features, setFeatures] = useState<string[]>([]);
  const [explained, setExplained] = useState<string>();
  const [review, setReview] = useState<{ id: string | undefined; by: string; at: string }>();
  const [decision, setDecision] = useState<string>();

  const onExplanationShow = (event: CandourExplanationShowEvent) =>
    setExplained(`${event.detail.feature} (${event.detail.layer}, read as ${event.detail.reader})`);

  // The element asks; the host saves the review to its record, then says who checked the content and when.
  // Cancel the event (event.preventDefault()) if saving fails.
  const onReview = (event: CandourContentReviewEvent) =>
    setReview({ id: event.detail.contentId, by: worker.name, at: new Date().toISOString() });

  const onDecision = (event: CandourConsentDecisionEvent) =>
    setDecision(`${event.detail.type} by the ${event.detail.decidedBy} for ${event.detail.purpose}${event.detail.stored ? ', saved' : ', not saved yet'}`);

  return (
    <CandourProvider
      src="candour.json"
      audience="worker"
      subject="eileen-parry-4471"
      consentStore="memory"
      recorder={worker}
      onCandourManifestLoad={(event) => setFeatures(event.detail.features)}
    >
      <main>
        <h1>
          Eileen Parry: visit note <CandourAiBadge feature="visit-note-summary" size="heading" onCandourExplanationShow={onExplanationShow} />
        </h1>

        <CandourAiContent
          feature="visit-note-summary"
          contentId="visit-2026-11-27-1230"
          reviewable
          reviewedBy={review?.by}
          reviewedAt={review?.at}
          onCandourContentReview={onReview}
        >
          <p>Eileen was sitting in the front room when I arrived. She ate half of a ham sandwich and drank all of her tea.</p>
        </CandourAiContent>

        <h2>Recording today’s visit</h2>
        <CandourConsentPrompt feature="visit-transcription" purpose="visit-transcription" visit="visit-2026-11-27-1230" headingLevel={3} onCandourConsentDecision={onDecision} />

        <h2>About the visit note’s AI</h2>
        <CandourAiNotice feature="visit-note-summary" headingLevel={3} />

        <section aria-labelledby="what-react-saw">
          <h2 id="what-react-saw">What the app heard (React {version})</h2>
          <dl>
            <dt>Features in the manifest</dt>
            <dd data-testid="features">{features.length ? features.join(', ') : 'loading…'}</dd>
            <dt>Last explanation shown</dt>
            <dd data-testid="explained">{explained ?? 'none yet'}</dd>
            <dt>Visit note</dt>
            <dd data-testid="review">{review ? `${review.id ?? 'the note'} checked by ${review.by}` : 'not checked yet'}</dd>
            <dt>Eileen’s choice about recording</dt>
            <dd data-testid="decision" role="status">{decision ?? 'not asked yet'}</dd>
          </dl>
          <p data-testid="react-version" hidden>{version}</p>
        </section>
      </main>
    </CandourProvider>
  );
}
