import type { UpstreamFetch } from './types.ts';

/** A simulated upstream: answers a request like a server would. */
export type UpstreamHandler = (request: Request) => Response | Promise<Response>;

/** What fetch rejects with on abort: the signal's reason (a `DOMException`, which is an `Error`). */
function abortReason(signal: AbortSignal): Error {
  return signal.reason instanceof Error ? signal.reason : new DOMException('The operation was aborted', 'AbortError');
}

/**
 * A fetch function that serves requests from in-process handlers, keyed by origin
 * (`https://discord.test`), for demos and tests that must run offline. It behaves like a network
 * where it matters to a gateway: an unknown origin or a handler that throws rejects with
 * `TypeError` (an unreachable upstream), and an aborted signal (the gateway's deadline) rejects
 * with the signal's reason even when the handler never answers.
 */
export function inProcessFetch(handlers: Readonly<Record<string, UpstreamHandler>>): UpstreamFetch {
  const byOrigin = new Map<string, UpstreamHandler>();
  for (const [origin, handler] of Object.entries(handlers)) byOrigin.set(new URL(origin).origin, handler);
  return (request) => {
    const { signal } = request;
    if (signal.aborted) return Promise.reject(abortReason(signal));
    const handler = byOrigin.get(new URL(request.url).origin);
    if (handler === undefined) return Promise.reject(new TypeError('fetch failed', { cause: new Error(`no upstream at ${new URL(request.url).origin}`) }));
    return new Promise<Response>((resolve, reject) => {
      const onAbort = (): void => {
        reject(abortReason(signal));
      };
      signal.addEventListener('abort', onAbort, { once: true });
      const settle = (): void => {
        signal.removeEventListener('abort', onAbort);
      };
      Promise.resolve()
        .then(() => handler(request))
        .then(
          (response) => {
            settle();
            resolve(response);
          },
          (cause: unknown) => {
            settle();
            reject(new TypeError('fetch failed', { cause }));
          },
        );
    });
  };
}
