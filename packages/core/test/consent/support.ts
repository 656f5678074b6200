/** Shared pieces of the consent tests: inputs, a Web Storage double that can fail on demand. */
import type { ConsentEventInput, KeyValueStorage } from '@candour/core/consent';

export const SHOWN = {
  feature: 'visit-transcription',
  version: '2.0',
  audience: 'person',
  locale: 'en-GB',
  format: 'standard',
  sha256: 'a'.repeat(64),
} as const;

export function input(overrides: Partial<ConsentEventInput> = {}): ConsentEventInput {
  return {
    type: 'granted',
    subject: 'person-1',
    feature: 'visit-transcription',
    purpose: 'improve-transcription',
    model: 'explicit-consent',
    decidedBy: { role: 'person' },
    channel: 'self-service',
    shown: { ...SHOWN },
    ...overrides,
  };
}

/** A fixed clock that moves on one second per reading. */
export function clock(start = Date.parse('2026-11-27T10:00:00.000Z')) {
  let t = start;
  return () => new Date((t += 1000));
}

/** An in-memory Web Storage whose writes (or every access) can be made to fail like a browser's. */
export class FakeStorage implements KeyValueStorage {
  readonly map = new Map<string, string>();
  /** Throw a QuotaExceededError on setItem for keys matching this. */
  quotaFor: RegExp | null = null;
  /** Throw a SecurityError on every access (storage disabled). */
  disabled = false;

  private guard(): void {
    if (this.disabled) {
      const e = new Error('The operation is insecure.');
      e.name = 'SecurityError';
      throw e;
    }
  }
  get length(): number {
    this.guard();
    return this.map.size;
  }
  key(index: number): string | null {
    this.guard();
    return [...this.map.keys()][index] ?? null;
  }
  getItem(key: string): string | null {
    this.guard();
    return this.map.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    this.guard();
    if (this.quotaFor?.test(key)) {
      const e = new Error('The quota has been exceeded.');
      e.name = 'QuotaExceededError';
      throw e;
    }
    this.map.set(key, value);
  }
  removeItem(key: string): void {
    this.guard();
    this.map.delete(key);
  }
}
