import { describe, expect, it, vi } from 'vitest';
import { MAX_LIMIT } from './json.ts';
import { DEFAULT_BODY_TIMEOUT_MS, DEFAULT_MAX_BODY_BYTES, isResponseLike, readResponse, viewOf } from './view.ts';
import { throwingProxy } from './hostile.ts';

const encoder = new TextEncoder();

function streamOf(chunks: string[], onCancel?: () => void): ReadableStream<Uint8Array> {
  let index = 0;
  return new ReadableStream({
    pull(controller) {
      const chunk = chunks[index++];
      if (chunk === undefined) controller.close();
      else controller.enqueue(encoder.encode(chunk));
    },
    cancel() {
      onCancel?.();
    },
  });
}

describe('viewOf', () => {
  it('accepts text, bytes, ArrayBuffer and parsed bodies alike', () => {
    const text = '{"code": 1}';
    for (const body of [text, encoder.encode(text), encoder.encode(text).buffer, { code: 1 }]) {
      expect(viewOf({ status: 400, body }).json()).toEqual({ code: 1 });
    }
  });

  it('cuts bodies over the cap and marks them truncated', () => {
    const view = viewOf({ status: 500, body: 'x'.repeat(100) }, { maxBodyBytes: 10 });
    expect(view.text).toBe('x'.repeat(10));
    expect(view.truncated).toBe(true);
    expect(view.json()).toBeUndefined();
    expect(view.jsonFailure()).toBe('too-large');
    const bytes = viewOf({ status: 500, body: encoder.encode('{"a":"bbbbbbbbbb"}') }, { maxBodyBytes: 5 });
    expect(bytes.text).toBe('{"a":');
    expect(bytes.truncated).toBe(true);
  });

  it('reports empty and non-JSON bodies', () => {
    expect(viewOf({ status: 502 }).jsonFailure()).toBe('empty');
    expect(viewOf({ status: 502, body: '' }).jsonFailure()).toBe('empty');
    expect(viewOf({ status: 502, body: '<html></html>' }).jsonFailure()).toBe('invalid');
  });

  it('refuses a parsed body that nests too deep or is cyclic', () => {
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    const view = viewOf({ status: 400, body: cyclic });
    expect(view.json()).toBeUndefined();
    expect(view.jsonFailure()).toBe('too-deep');
  });

  it('replaces impossible statuses with 0', () => {
    expect(viewOf({ status: Number.NaN }).status).toBe(0);
    expect(viewOf({ status: -1 }).status).toBe(0);
    expect(viewOf({ status: '404' as never }).status).toBe(0);
  });
});

describe('readResponse', () => {
  it("reads a clone and leaves the caller's body unread", async () => {
    const response = new Response('{"code": 50035}', { status: 400, headers: { 'content-type': 'application/json' } });
    const view = await readResponse(response);
    expect(view.json()).toEqual({ code: 50035 });
    expect(view.headers.get('Content-Type')).toBe('application/json');
    expect(response.bodyUsed).toBe(false);
    expect(await response.json()).toEqual({ code: 50035 });
  });

  it('stops at the byte cap and cancels the rest of the stream', async () => {
    let cancelled = false;
    const response = new Response(
      streamOf(Array.from({ length: 1000 }, () => 'y'.repeat(1024)), () => {
        cancelled = true;
      }),
      { status: 502 },
    );
    const view = await readResponse(response, { maxBodyBytes: 4096 });
    expect(view.text).toHaveLength(4096);
    expect(view.truncated).toBe(true);
    // The caller's branch of the tee still has the whole body.
    expect((await response.text()).length).toBe(1024 * 1000);
    expect(cancelled).toBe(false);
  });

  it('decodes multi-byte characters split across chunks', async () => {
    const bytes = encoder.encode('"é€"');
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        for (const byte of bytes) controller.enqueue(new Uint8Array([byte]));
        controller.close();
      },
    });
    const view = await readResponse(new Response(stream, { status: 400 }));
    expect(view.json()).toBe('é€');
  });

  it('gives a view without text for a used body or a failing stream', async () => {
    const used = new Response('{"a":1}', { status: 400 });
    await used.text();
    const fromUsed = await readResponse(used);
    expect(fromUsed.text).toBeUndefined();
    expect(fromUsed.status).toBe(400);

    const failing = new Response(
      new ReadableStream({
        pull() {
          throw new Error('connection reset');
        },
      }),
      { status: 503 },
    );
    const fromFailing = await readResponse(failing);
    expect(fromFailing.text).toBeUndefined();
    expect(fromFailing.status).toBe(503);
  });

  it('keeps the response URL', async () => {
    const response = new Response(null, { status: 404 });
    Object.defineProperty(response, 'url', { value: 'https://discord.com/api/v10/x' });
    expect((await readResponse(response)).url).toBe('https://discord.com/api/v10/x');
  });
});

describe('isResponseLike', () => {
  it('recognizes responses structurally', () => {
    expect(isResponseLike(new Response(null))).toBe(true);
    expect(isResponseLike({ status: 200, headers: {}, clone: () => undefined })).toBe(true);
    expect(isResponseLike({ status: 200, headers: {} })).toBe(false);
    expect(isResponseLike(null)).toBe(false);
  });
});

describe('readResponse with consumeBody', () => {
  it('reads the body itself, cancelling the rest past the cap', async () => {
    let cancelled = false;
    const response = new Response(
      streamOf(Array.from({ length: 100 }, () => 'z'.repeat(1024)), () => {
        cancelled = true;
      }),
      { status: 500 },
    );
    const view = await readResponse(response, { maxBodyBytes: 2048, consumeBody: true });
    expect(view.text).toHaveLength(2048);
    expect(response.bodyUsed).toBe(true);
    expect(cancelled).toBe(true);
  });
});

function stalling(chunks: string[], after: 'stall' | 'error' = 'stall'): { stream: ReadableStream<Uint8Array>; cancelled: () => boolean } {
  let index = 0;
  let cancelled = false;
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      const chunk = chunks[index++];
      if (chunk !== undefined) controller.enqueue(encoder.encode(chunk));
      // Fail a moment later, once the reader has taken what was queued (an error drops queued chunks).
      else if (after === 'error') return new Promise((resolve) => setTimeout(resolve, 10)).then(() => controller.error(new Error('connection reset')));
      // Or never enqueue again and never close, like a server that stops sending.
      else return new Promise(() => undefined);
      return undefined;
    },
    cancel() {
      cancelled = true;
    },
  });
  return { stream, cancelled: () => cancelled };
}

function throwingGetter<T extends object>(target: T, key: string): T {
  return Object.defineProperty(target, key, {
    enumerable: true,
    get() {
      throw new Error(`getter ${key}`);
    },
  });
}

// Issue #12, item 7: a body that stalls or fails settles with what arrived.
describe('readResponse deadlines', () => {
  it('settles a stalled body at timeoutMs with what arrived, marked truncated', async () => {
    const { stream, cancelled } = stalling(['{"code": 50013, ', '"message": "Miss']);
    const response = new Response(stream, { status: 403 });
    const started = performance.now();
    const view = await readResponse(response, { timeoutMs: 50 });
    expect(performance.now() - started).toBeLessThan(2000);
    expect(view.text).toBe('{"code": 50013, "message": "Miss');
    expect(view.truncated).toBe(true);
    expect(view.bodyError).toBe('timeout');
    expect(view.json()).toBeUndefined();
    expect(view.jsonFailure()).toBe('incomplete');
    expect(view.status).toBe(403);
    // Only our branch of the tee is cancelled: the caller still owns theirs.
    expect(cancelled()).toBe(false);
  });

  it('keeps a whole JSON object that arrived before the stall', async () => {
    const { stream } = stalling(['{"code": 50013}']);
    const view = await readResponse(new Response(stream, { status: 403 }), { timeoutMs: 20 });
    expect(view.bodyError).toBe('timeout');
    expect(view.json()).toEqual({ code: 50013 });
  });

  it('does not trust a number or string cut by the stall', async () => {
    const { stream } = stalling(['12']);
    const view = await readResponse(new Response(stream, { status: 500 }), { timeoutMs: 20 });
    expect(view.json()).toBeUndefined();
    expect(view.jsonFailure()).toBe('incomplete');
  });

  it('stops when the signal aborts (AbortController and AbortSignal.timeout)', async () => {
    const controller = new AbortController();
    const first = stalling(['<html>partial']);
    const pending = readResponse(new Response(first.stream, { status: 502 }), { signal: controller.signal });
    setTimeout(() => {
      controller.abort();
    }, 20);
    const aborted = await pending;
    expect(aborted.bodyError).toBe('aborted');
    expect(aborted.text).toBe('<html>partial');
    expect(aborted.truncated).toBe(true);

    const second = stalling(['abc']);
    const timedOut = await readResponse(new Response(second.stream, { status: 502 }), { signal: AbortSignal.timeout(20) });
    expect(timedOut.bodyError).toBe('aborted');
    expect(timedOut.text).toBe('abc');
  });

  it('reads nothing when the signal has already aborted', async () => {
    const view = await readResponse(new Response('{"a":1}', { status: 500 }), { signal: AbortSignal.abort() });
    expect(view.bodyError).toBe('aborted');
    expect(view.text).toBeUndefined();
    expect(view.jsonFailure()).toBe('incomplete');
  });

  it('keeps the bytes read before a stream error, and says so', async () => {
    const { stream } = stalling(['{"message": "upstream ', 'exploded'], 'error');
    const view = await readResponse(new Response(stream, { status: 503 }));
    expect(view.text).toBe('{"message": "upstream exploded');
    expect(view.truncated).toBe(true);
    expect(view.bodyError).toBe('stream-error');
    expect(view.jsonFailure()).toBe('incomplete');
  });

  it('has a 10 s default deadline', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      const { stream } = stalling(['{']);
      let settled = false;
      const pending = readResponse(new Response(stream, { status: 504 })).then((view) => {
        settled = true;
        return view;
      });
      await vi.advanceTimersByTimeAsync(DEFAULT_BODY_TIMEOUT_MS - 1);
      expect(settled).toBe(false);
      await vi.advanceTimersByTimeAsync(1);
      expect((await pending).bodyError).toBe('timeout');
    } finally {
      vi.useRealTimers();
    }
    expect(DEFAULT_BODY_TIMEOUT_MS).toBe(10_000);
  });

  it('clears its timer and listener when the body ends in time', async () => {
    const controller = new AbortController();
    const view = await readResponse(new Response('{"a":1}', { status: 400 }), { signal: controller.signal, timeoutMs: 5 });
    await new Promise((resolve) => setTimeout(resolve, 20));
    controller.abort();
    expect(view.bodyError).toBeUndefined();
    expect(view.truncated).toBe(false);
    expect(view.json()).toEqual({ a: 1 });
  });

  // Issue #14: a used body was 'unreadable', as if the response were broken.
  it('marks a body that another consumer already read as consumed', async () => {
    const used = new Response('{"a":1}', { status: 400 });
    await used.text();
    const view = await readResponse(used);
    expect(view.bodyError).toBe('consumed');
    expect(view.text).toBeUndefined();
    expect(view.json()).toBeUndefined();
    // Read by us with consumeBody, it is the same: the body is gone before we look.
    expect((await readResponse(used, { consumeBody: true })).bodyError).toBe('consumed');
  });
});

// Issue #12, item 7: NaN and Infinity disabled the cap, -1 kept 65,535 characters.
describe('invalid limits', () => {
  const body = 'x'.repeat(300_000);

  it.each([Number.NaN, -1, -Infinity, '5' as unknown as number])('falls back to the default byte cap for %s', (maxBodyBytes) => {
    const view = viewOf({ status: 500, body }, { maxBodyBytes });
    expect(view.text).toHaveLength(DEFAULT_MAX_BODY_BYTES);
    expect(view.truncated).toBe(true);
  });

  it('clamps Infinity and huge caps to MAX_LIMIT, and floors fractions', () => {
    const huge = 'y'.repeat(MAX_LIMIT + 10);
    expect(viewOf({ status: 500, body: huge }, { maxBodyBytes: Infinity }).text).toHaveLength(MAX_LIMIT);
    expect(viewOf({ status: 500, body: huge }, { maxBodyBytes: 1e12 }).text).toHaveLength(MAX_LIMIT);
    expect(viewOf({ status: 500, body: 'abcdef' }, { maxBodyBytes: 2.9 }).text).toBe('ab');
    expect(viewOf({ status: 500, body: 'abcdef' }, { maxBodyBytes: 0 }).text).toBe('');
  });

  it('applies the same rules to a Response read and to JSON limits', async () => {
    const view = await readResponse(new Response(body, { status: 500 }), { maxBodyBytes: Number.NaN });
    expect(view.text).toHaveLength(DEFAULT_MAX_BODY_BYTES);
    expect(viewOf({ status: 400, body: '[[1]]' }, { maxDepth: Number.NaN }).json()).toEqual([[1]]);
    expect(viewOf({ status: 400, body: '[[1]]' }, { maxDepth: 1 }).jsonFailure()).toBe('too-deep');
    expect(viewOf({ status: 400, body: '[1]' }, { maxLength: -1 }).json()).toEqual([1]);
  });

  it('survives an options object that throws', () => {
    const view = viewOf({ status: 400, body: '{"a":1}' }, throwingProxy({}));
    expect(view.json()).toEqual({ a: 1 });
    expect(viewOf({ status: 400, body: 'zz' }, throwingGetter({}, 'maxBodyBytes') as never).text).toBe('zz');
  });
});

// Issue #12, item 6: parts and parsed bodies that throw, lie or loop.
describe('viewOf on hostile input', () => {
  it('reads null, undefined and primitives as a response without status or body', () => {
    for (const parts of [null, undefined, 0, 'x', Symbol('s'), 1n, () => undefined]) {
      const view = viewOf(parts as never);
      expect(view.status).toBe(0);
      expect(view.json()).toBeUndefined();
      expect(view.headers.entries()).toEqual([]);
    }
  });

  it('reads parts whose getters or Proxy traps throw as absent fields', () => {
    const view = viewOf(throwingGetter(throwingGetter({ status: 404, body: '{"a":1}' }, 'headers'), 'url'));
    expect(view.status).toBe(404);
    expect(view.json()).toEqual({ a: 1 });
    expect(view.url).toBeUndefined();
    const proxied = viewOf(throwingProxy({}) as never);
    expect(proxied.status).toBe(0);
    expect(proxied.jsonFailure()).toBe('empty');
  });

  it('copies an already-parsed body as plain data, reading each getter once', () => {
    let calls = 0;
    const body = Object.defineProperty({ code: 50013, nested: { list: [1, undefined, () => 1, Symbol('s')] } }, 'message', {
      enumerable: true,
      get() {
        calls++;
        return 'Missing Permissions';
      },
    });
    const view = viewOf({ status: 403, body });
    expect(view.json()).toEqual({ code: 50013, message: 'Missing Permissions', nested: { list: [1, null, null, null] } });
    view.json();
    expect(calls).toBe(1);
    expect(view.json() === body).toBe(false);
  });

  it('refuses a body whose getter throws, without throwing', () => {
    const view = viewOf({ status: 403, body: throwingGetter({ code: 50013 }, 'message') });
    expect(view.json()).toBeUndefined();
    expect(view.jsonFailure()).toBe('invalid');
    expect(viewOf({ status: 403, body: [1, throwingGetter({}, 'x')] }).jsonFailure()).toBe('invalid');
  });

  it('turns BigInts into numbers, so the body serializes', () => {
    const view = viewOf({ status: 400, body: { code: 50013n, huge: 10n ** 400n, nan: Number.NaN } });
    expect(view.json()).toEqual({ code: 50013, huge: null, nan: null });
    expect(() => JSON.stringify(view.json())).not.toThrow();
  });

  it('refuses a Proxy body that throws, and says why', () => {
    const view = viewOf({ status: 500, body: throwingProxy({}) });
    expect(view.json()).toBeUndefined();
    expect(view.jsonFailure()).toBe('invalid');
    expect(viewOf({ status: 500, body: { inner: throwingProxy([]) } }).jsonFailure()).toBe('invalid');
  });

  it('keeps __proto__ as an own key of the copy, and accepts frozen bodies', () => {
    const body = Object.freeze(JSON.parse('{"__proto__": {"polluted": true}, "a": [1]}') as object);
    const copy = viewOf({ status: 400, body }).json() as Record<string, unknown>;
    expect(Object.keys(copy)).toEqual(['__proto__', 'a']);
    expect(Object.getPrototypeOf(copy)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses bodies whose JSON would pass maxLength, counting shared parts each time', () => {
    const shared = { text: 'x'.repeat(1000) };
    const body = Array.from({ length: 2000 }, () => shared);
    expect(viewOf({ status: 400, body }).jsonFailure()).toBe('too-large');
    expect(viewOf({ status: 400, body: body.slice(0, 10) }).json()).toHaveLength(10);
    const sparse: unknown[] = [];
    sparse.length = 2 ** 32 - 1;
    expect(viewOf({ status: 400, body: sparse }).jsonFailure()).toBe('too-large');
  });

  it('treats a stream passed as parts as unreadable', () => {
    const view = viewOf({ status: 500, body: new Response('x').body });
    expect(view.bodyError).toBe('unreadable');
    expect(view.json()).toBeUndefined();
  });

  it('refuses bytes it cannot decode', () => {
    const buffer = new ArrayBuffer(8);
    structuredClone(buffer, { transfer: [buffer] });
    expect(viewOf({ status: 500, body: buffer }).jsonFailure()).toBe('invalid');
    expect(viewOf({ status: 500, body: new DataView(encoder.encode('{"a":1}').buffer) }).json()).toEqual({ a: 1 });
  });
});

describe('isResponseLike on hostile values', () => {
  it('never throws', () => {
    expect(isResponseLike(throwingProxy({}))).toBe(false);
    expect(isResponseLike(throwingGetter({ clone: () => undefined, headers: {} }, 'status'))).toBe(false);
  });
});

describe('readResponse on hostile response-likes', () => {
  it('never rejects', async () => {
    const response = new Response('{"a":1}', { status: 418 });
    const broken = {
      status: 502,
      headers: throwingProxy({}),
      url: 5,
      bodyUsed: false,
      body: {},
      clone() {
        throw new Error('no clone');
      },
    };
    const view = await readResponse(broken as never);
    expect(view.status).toBe(502);
    expect(view.bodyError).toBe('unreadable');
    expect(view.headers.get('content-type')).toBeUndefined();
    const notBytes = new ReadableStream({
      start(controller) {
        controller.enqueue('a string, not bytes');
      },
    });
    const odd = { status: 500, headers: new Headers(), url: '', bodyUsed: false, body: notBytes, clone: () => ({ body: notBytes }) };
    expect((await readResponse(odd as never)).bodyError).toBe('stream-error');
    expect((await readResponse(response)).json()).toEqual({ a: 1 });
  });
});
