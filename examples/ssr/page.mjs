// The care page, as a lit-html template: the same markup a supplier would write in HTML, with the
// manifest given to the provider as a property (no fetch on the server or in the browser).
import { html } from 'lit';

/** A visit note with its AI label, the provenance of the AI-drafted text, the full notice and the pledge. */
export const carePage = (manifest) => html`<candour-provider .manifest=${manifest}>
  <main>
    <h1>Visit on 20 November: Mrs Evans</h1>
    <section aria-labelledby="note">
      <h2 id="note">Visit note <candour-ai-badge feature="visit-note-summary"></candour-ai-badge></h2>
      <candour-ai-content feature="visit-note-summary">
        <p>Mrs Evans ate a full breakfast and said she slept well. Her medicines were taken at 9:10.</p>
      </candour-ai-content>
    </section>
    <candour-ai-notice feature="visit-note-summary"></candour-ai-notice>
    <candour-pledge></candour-pledge>
  </main>
</candour-provider>`;
