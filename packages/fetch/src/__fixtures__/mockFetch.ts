// A fetch stand-in for unit tests with fake timers: answers from a queue (the last entry repeats),
// records what it was called with, and honours the signal like fetch (rejects with its reason).

export type Answer = Response | (() => Response) | Error | 'hang';

export interface Call {
  readonly input: RequestInfo | URL;
  readonly init: RequestInit | undefined;
  readonly headers: Headers;
  readonly body: string | undefined;
}

export interface MockFetch {
  (input: RequestInfo | URL, init?: RequestInit): Promise<Response>;
  readonly calls: Call[];
}

export function mockFetch(...answers: Answer[]): MockFetch {
  const calls: Call[] = [];
  const queue = [...answers];
  const fn = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const request = input instanceof Request ? input : undefined;
    const headers = new Headers(init?.headers ?? request?.headers);
    const body = request !== undefined && request.body !== null ? await request.text() : typeof init?.body === 'string' ? init.body : undefined;
    calls.push({ input, init, headers, body });
    const next = (queue.length > 1 ? queue.shift() : queue[0]) ?? new Error('no answer scripted');
    const signal = init?.signal ?? request?.signal;
    if (signal?.aborted === true) throw signal.reason;
    if (next === 'hang') {
      return new Promise<Response>((_, reject) => {
        signal?.addEventListener('abort', () => {
          reject(signal.reason as Error);
        });
      });
    }
    if (next instanceof Error) throw next;
    return typeof next === 'function' ? next() : next.clone();
  };
  return Object.assign(fn, { calls });
}

export function json(status: number, body: unknown, headers: Record<string, string> = {}): () => Response {
  return () => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } });
}
