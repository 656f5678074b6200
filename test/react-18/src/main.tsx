/**
 * The wrappers on React 18: the manifest passed as an object property (no
 * fetch), a badge whose explanation event updates state, and a consent prompt
 * whose decision does. React 18 sets unknown props on custom elements as
 * attributes, so this shows @lit/react's property and event handling at work.
 */
import { StrictMode, useState, version } from 'react';
import { createRoot } from 'react-dom/client';
import { CandourAiBadge, CandourConsentPrompt, CandourProvider } from '@candour/react';
import manifest from '../../../examples/candour.json';

function App() {
  const [explained, setExplained] = useState('none yet');
  const [decision, setDecision] = useState('not asked yet');
  return (
    <CandourProvider manifest={manifest} audience="person" subject="person-r18" consentStore="memory">
      <main>
        <h1>
          React <span data-testid="react-version">{version}</span>
        </h1>
        <p>
          Rota <CandourAiBadge feature="rota-builder" onCandourExplanationShow={(e) => setExplained(`${e.detail.feature}/${e.detail.layer}`)} />
        </p>
        <CandourConsentPrompt feature="family-chatbot" purpose="family-updates" onCandourConsentDecision={(e) => setDecision(`${e.detail.type}/${e.detail.decidedBy}`)} />
        <p data-testid="explained">{explained}</p>
        <p data-testid="decision">{decision}</p>
      </main>
    </CandourProvider>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
