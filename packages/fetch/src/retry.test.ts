import { rehydrate, type ApiError } from '@errata/core';
import { discord, failedRequestsHeader } from '@errata/discord';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { requestContextOf } from './context.ts';
import { retry, type Attempt } from './retry.ts';
import { settle } from './__fixtures__/settle.ts';

/** An errata error with the given advice, built the way a client behind a gateway would get it. */
function failure(retryAdvice: Record<string, unknown>, extra: Record<string, unknown> = {}): ApiError {
  const error = rehydrate({ errata: 1, vendor: 'acme', code: 'busy', kind: 'unavailable', status: 503, message: 'busy', retry: retryAdvice, ...extra });
  if (error === undefined) throw new Error('fixture');
  return error;
}

beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(1_700_000_000_000);
});
afterEach(() => {
  vi.useRealTimers();
});

describe('retry(fn, options)', () => {
  it('returns the first success without waiting', async () => {
    const fn = vi.fn(() => 'done');
    const outcome = await settle(retry(fn));
    expect(outcome).toEqual({ value: 'done', at: 0 });
    expect(fn).toHaveBeenCalledTimes(1);
  });

  it('waits retryAfterMs between attempts and hands each attempt its number', async () => {
    const seen: Attempt[] = [];
    const outcome = await settle(
      retry((attempt) => {
        seen.push(attempt);
        if (attempt.attempt < 3) throw failure({ retryable: true, retryAfterMs: 400 });
        return attempt.attempt;
      }),
    );
    expect(outcome.value).toBe(3);
    expect(outcome.at).toBe(800);
    expect(seen.map((attempt) => attempt.attempt)).toEqual([1, 2, 3]);
  });

  it('waits until retryAt when the advice carries an absolute time', async () => {
    const at = Date.now() + 1500;
    let calls = 0;
    const outcome = await settle(
      retry(() => {
        calls += 1;
        if (calls === 1) throw failure({ retryable: true, retryAfterMs: 1500, retryAt: new Date(at).toISOString() });
        return 'ok';
      }),
    );
    expect(outcome.at).toBeGreaterThanOrEqual(1500);
    expect(outcome.at).toBeLessThan(1520);
  });

  it('rethrows errors that are not errata errors at once', async () => {
    const bug = new RangeError('bug');
    const fn = vi.fn(() => {
      throw bug;
    });
    const outcome = await settle(retry(fn));
    expect(outcome.error).toBe(bug);
    expect(fn).toHaveBeenCalledTimes(1);
  });

  it('gives up on non-retryable errors, with attempts and a stack from the caller', async () => {
    const error = failure({ retryable: false });
    async function callTheApi(): Promise<never> {
      return retry(() => {
        throw error;
      });
    }
    const outcome = await settle(callTheApi());
    expect(outcome.error).toBe(error);
    expect(requestContextOf(error)).toEqual({ attempts: 1, totalDelayMs: 0 });
    expect(error.stack).toContain('callTheApi');
  });

  it('keeps to maxAttempts and records method, redacted URL and total delay', async () => {
    const outcome = await settle(
      retry(
        () => {
          throw failure({ retryable: true, retryAfterMs: 100 });
        },
        { maxAttempts: 5, method: 'get', url: 'https://api.example/x?access_token=abcdefghijklmnop' },
      ),
    );
    const context = requestContextOf(outcome.error);
    expect(context).toMatchObject({ method: 'get', attempts: 5, totalDelayMs: 400 });
    expect(context?.url).not.toContain('abcdefghijklmnop');
  });

  it('resends a non-idempotent method only with an idempotency key or the opt-in', async () => {
    const busy = (): never => {
      throw failure({ retryable: true, retryAfterMs: 10 });
    };
    const plain = vi.fn(busy);
    await settle(retry(plain, { method: 'POST' }));
    expect(plain).toHaveBeenCalledTimes(1);
    const keyed = vi.fn(busy);
    await settle(retry(keyed, { method: 'POST', idempotencyKey: true }));
    expect(keyed).toHaveBeenCalledTimes(3);
    const optIn = vi.fn(busy);
    await settle(retry(optIn, { method: 'PATCH', retryNonIdempotent: true }));
    expect(optIn).toHaveBeenCalledTimes(3);
  });

  it('uses full jitter under an exponential ceiling when no wait is advised', async () => {
    const random = vi.spyOn(Math, 'random').mockReturnValue(1);
    const waits: number[] = [];
    await settle(
      retry(
        () => {
          throw failure({ retryable: true });
        },
        { maxAttempts: 6, baseDelayMs: 100, maxDelayMs: 1000, onRetry: (event) => waits.push(event.delayMs) },
      ),
    );
    expect(waits).toEqual([100, 200, 400, 800, 1000]);
    random.mockReturnValue(0);
    waits.length = 0;
    await settle(
      retry(
        () => {
          throw failure({ retryable: true });
        },
        { maxAttempts: 3, onRetry: (event) => waits.push(event.delayMs) },
      ),
    );
    expect(waits).toEqual([0, 0]);
  });

  it('hands retry headers to the next attempt, by vendor', async () => {
    const headers: Readonly<Record<string, string>>[] = [];
    const notReady = discord.parse({ status: 202, body: { code: 110_000, message: 'not ready', retry_after: 0.2 } });
    if (notReady === undefined) throw new Error('fixture');
    await settle(
      retry(
        (attempt) => {
          headers.push(attempt.headers);
          if (attempt.attempt < 3) throw notReady;
        },
        { retryHeaders: failedRequestsHeader },
      ),
    );
    expect(headers).toEqual([{}, { 'X-Failed-Requests': '1' }, { 'X-Failed-Requests': '2' }]);
  });

  it('hands the hook the error, so one hook can serve several vendors', async () => {
    const seen: string[] = [];
    await settle(
      retry(
        (attempt) => {
          if (attempt.attempt < 2) throw failure({ retryable: true, retryAfterMs: 1 });
        },
        { retryHeaders: (_failed, error) => (seen.push(error.vendor), undefined) },
      ),
    );
    expect(seen).toEqual(['acme']);
  });

  it('rejects with an aborted network error as soon as the signal aborts while waiting', async () => {
    const controller = new AbortController();
    const fn = vi.fn(() => {
      throw failure({ retryable: true, retryAfterMs: 10_000 });
    });
    const pending = retry(fn, { signal: controller.signal });
    setTimeout(() => controller.abort(), 250);
    const outcome = await settle(pending);
    expect(outcome.at).toBe(250);
    expect(outcome.error).toMatchObject({ vendor: 'network', code: 'aborted' });
    expect(requestContextOf(outcome.error)).toEqual({ attempts: 1, totalDelayMs: 0 });
    expect(fn).toHaveBeenCalledTimes(1);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('rejects at once when the signal is already aborted before a wait', async () => {
    const controller = new AbortController();
    controller.abort();
    const outcome = await settle(
      retry(
        () => {
          throw failure({ retryable: true, retryAfterMs: 10_000 });
        },
        { signal: controller.signal },
      ),
    );
    expect(outcome.at).toBe(0);
    expect(outcome.error).toMatchObject({ vendor: 'network', code: 'aborted' });
  });

  it('gives up without waiting when the wait would pass maxTotalMs', async () => {
    const fn = vi.fn(() => {
      throw failure({ retryable: true, retryAfterMs: 5000 });
    });
    const outcome = await settle(retry(fn, { maxTotalMs: 4000 }));
    expect(outcome.at).toBe(0);
    expect(fn).toHaveBeenCalledTimes(1);
  });

  it('treats `shouldRetry: () => true` as a retry even against the advice', async () => {
    vi.spyOn(Math, 'random').mockReturnValue(0);
    const fn = vi.fn(() => {
      throw failure({ retryable: false });
    });
    await settle(retry(fn, { shouldRetry: () => true, maxAttempts: 2 }));
    expect(fn).toHaveBeenCalledTimes(2);
  });
});
