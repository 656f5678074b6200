/**
 * The example care app's behaviour: the settings that stand in for the
 * product's own (language, audience, Easy Read) set the provider's
 * attributes, and checking the AI-drafted visit note records who checked it
 * and when.
 */
import '@candour/elements/define/provider.js';
import '@candour/elements/define/ai-badge.js';
import '@candour/elements/define/ai-notice.js';
import '@candour/elements/define/ai-content.js';
import '@candour/elements/define/pledge.js';
import '@candour/elements/define/statements.js';
import '@candour/elements/define/consent-prompt.js';
import '@candour/elements/define/consent-centre.js';

type Audience = 'person' | 'representative' | 'worker' | 'provider';

const provider = document.querySelector('candour-provider')!;
// A real product also records who the person is (subject) and, for staff, who is recording.
const form = document.querySelector<HTMLFormElement>('#view-settings')!;
const language = form.elements.namedItem('locale') as HTMLSelectElement;
const audience = form.elements.namedItem('audience') as HTMLSelectElement;
const easyRead = form.elements.namedItem('reading-level') as HTMLInputElement;
const statements = document.querySelector('#statements')!;
const workerName = document.querySelector('#signed-in-worker')!.textContent!.trim();

/** The guidance's perspective that matches each audience. */
const perspectives: Record<Audience, string> = { person: 'people', representative: 'people', worker: 'workforce', provider: 'providers' };

function apply(): void {
  const locale = language.value;
  const who = audience.value as Audience;
  provider.setAttribute('locale', locale);
  provider.setAttribute('audience', who);
  provider.setAttribute('reading-level', easyRead.checked ? 'easy-read' : 'standard');
  // Seen as a care worker, decisions are recorded by the signed-in worker; otherwise the person (or Siân) decides themselves.
  provider.recorder = who === 'worker' ? { id: 'priya-shah', name: workerName, role: 'Care worker' } : undefined;
  statements.setAttribute('perspective', perspectives[who]);
  // The page itself stays English; elements whose words are all their own say which language they speak.
  for (const element of document.querySelectorAll('candour-ai-badge, candour-ai-notice, candour-pledge, candour-statements, candour-consent-prompt, candour-consent-centre')) {
    element.setAttribute('lang', locale);
  }
  // Keep the choice in the address, so a reload or a shared link shows the same view.
  const url = new URL(location.href);
  url.searchParams.set('lang', locale);
  url.searchParams.set('audience', who);
  if (easyRead.checked) url.searchParams.set('easy-read', '');
  else url.searchParams.delete('easy-read');
  history.replaceState(null, '', url);
}

const params = new URLSearchParams(location.search);
const pick = (select: HTMLSelectElement, value: string | null) => {
  if (value && [...select.options].some((o) => o.value === value)) select.value = value;
};
pick(language, params.get('lang'));
pick(audience, params.get('audience'));
easyRead.checked = params.has('easy-read');
apply();
form.addEventListener('change', apply);
form.addEventListener('submit', (event) => event.preventDefault());

// Checking the AI-drafted note: the element asks; the record says who checked it and when.
const worker = workerName;
const status = document.querySelector<HTMLElement>('#review-status')!;
const lunchStatus = document.querySelector<HTMLElement>('#lunch-status')!;
const noteState = document.querySelector<HTMLElement>('#visit-note-state')!;

document.addEventListener('candour-content-review', (event) => {
  const content = event.target as HTMLElement;
  const at = new Date();
  // A real product saves the review to the record first and cancels the event if that fails.
  content.setAttribute('reviewed-by', worker);
  content.setAttribute('reviewed-at', at.toISOString());
  // The element now says who checked it and when, and moves focus there; the page confirms the save.
  status.textContent = 'Saved to Eileen’s record.';
  const time = at.toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit' });
  noteState.textContent = `12:30 to 13:00 · Priya Shah · drafted from Priya’s points, checked and saved at ${time}`;
  const tag = document.createElement('strong');
  tag.className = 'tag tag--green';
  tag.textContent = 'Done';
  lunchStatus.replaceChildren(tag);
});
