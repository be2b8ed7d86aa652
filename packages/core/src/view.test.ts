import { describe, expect, it } from 'vitest';
import { isResponseLike, readResponse, viewOf } from './view.ts';

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
