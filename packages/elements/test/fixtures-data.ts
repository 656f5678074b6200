/** The example manifest for browser tests, without defining any element. */
let cached: Record<string, unknown> | undefined;

/** The complete example manifest, as a fresh copy. */
export async function exampleManifest(): Promise<Record<string, unknown>> {
  if (!cached) {
    const response = await fetch(new URL('../../../examples/candour.json', import.meta.url));
    cached = (await response.json()) as Record<string, unknown>;
  }
  return structuredClone(cached);
}

