// Runs a promise to completion while vitest's fake timers advance, and records when it settled.
import { vi } from 'vitest';

export interface Settled<T> {
  readonly value?: T;
  readonly error?: unknown;
  /** Fake milliseconds from the call to the settlement. */
  readonly at: number;
}

/** Advances fake time 10 ms at a step (at most 20 s) until `promise` settles. */
export async function settle<T>(promise: Promise<T>): Promise<Settled<T>> {
  const started = Date.now();
  let outcome: Settled<T> | undefined;
  promise.then(
    (value) => (outcome = { value, at: Date.now() - started }),
    (error: unknown) => (outcome = { error, at: Date.now() - started }),
  );
  for (let i = 0; i < 2000 && outcome === undefined; i++) await vi.advanceTimersByTimeAsync(10);
  if (outcome === undefined) throw new Error('did not settle');
  return outcome;
}
