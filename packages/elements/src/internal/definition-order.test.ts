// This file runs in a page of its own: it checks that elements written in
// static HTML find their provider even when the badge is defined first.
import { expect, waitUntil } from '@open-wc/testing';
import '../define/ai-badge';
import type { CandourAiBadge } from '../ai-badge/ai-badge';
import { exampleManifest } from '../../test/fixtures-data';

describe('definition order', () => {
  it('a badge in static HTML, defined before the provider, still gets the manifest', async () => {
    const host = document.createElement('div');
    host.innerHTML = '<candour-provider><p>Visit note <candour-ai-badge feature="rota-builder"></candour-ai-badge></p></candour-provider>';
    document.body.append(host);
    const badge = host.querySelector<CandourAiBadge>('candour-ai-badge')!;
    await badge.updateComplete;
    expect(customElements.get('candour-provider')).to.equal(undefined);

    await import('../define/provider');
    const provider = host.querySelector('candour-provider') as HTMLElement & { manifest?: unknown };
    provider.manifest = await exampleManifest();
    await waitUntil(() => badge.shadowRoot!.querySelector('button')!.textContent!.startsWith('AI assisted'), 'the badge never got the manifest');
    host.remove();
  });
});
