import type { Gateway } from './types.ts';

// Structural views of node:http's IncomingMessage and ServerResponse, so the package needs neither
// Node's types nor a Node import: the adapter only runs where Node hands it these objects.

/** What the adapter reads of `http.IncomingMessage`. */
export interface NodeRequest extends AsyncIterable<Uint8Array> {
  readonly method?: string | undefined;
  readonly url?: string | undefined;
  readonly headers: Readonly<Record<string, string | readonly string[] | undefined>>;
  /** `[name, value, name, value, ...]` as received, repeated fields kept apart. */
  readonly rawHeaders: readonly string[];
  readonly socket?: object | null;
}

/** What the adapter uses of `http.ServerResponse`. */
export interface NodeResponse {
  statusCode: number;
  statusMessage: string;
  readonly headersSent: boolean;
  readonly writableFinished: boolean;
  readonly destroyed: boolean;
  setHeader(name: string, value: string | readonly string[]): unknown;
  write(chunk: Uint8Array): boolean;
  end(chunk?: string): unknown;
  destroy(error?: Error): unknown;
  once(event: 'drain' | 'close', listener: () => void): unknown;
  off(event: 'drain' | 'close', listener: () => void): unknown;
}

export interface NodeHandlerOptions {
  /** Scheme of the URL given to the gateway; default `https:` on TLS sockets, else `http:`. */
  readonly protocol?: 'http:' | 'https:';
}

/** A `node:http` request listener. It handles its own failures, so it returns nothing to await. */
export type NodeHandler = (request: NodeRequest, response: NodeResponse) => void;

function isEncrypted(socket: object | null | undefined): boolean {
  return typeof socket === 'object' && socket !== null && (socket as { encrypted?: unknown }).encrypted === true;
}

function requestUrl(request: NodeRequest, protocol: string): string {
  const hostHeader = request.headers.host ?? request.headers[':authority'];
  const host = typeof hostHeader === 'string' && hostHeader !== '' ? hostHeader : 'localhost';
  const path = request.url ?? '/';
  // Always origin + path: an absolute-form or `//host` target must not pick another authority.
  return `${protocol}//${host}${path.startsWith('/') ? path : `/${path}`}`;
}

function requestHeaders(raw: readonly string[]): Headers {
  const headers = new Headers();
  for (let i = 0; i + 1 < raw.length; i += 2) {
    const name = raw[i] ?? '';
    // HTTP/2 pseudo-headers are not fields.
    if (name.startsWith(':')) continue;
    try {
      headers.append(name, raw[i + 1] ?? '');
    } catch {
      // A value fetch cannot carry is dropped rather than failing the request.
    }
  }
  return headers;
}

function hasBody(request: NodeRequest): boolean {
  const method = request.method ?? 'GET';
  if (method === 'GET' || method === 'HEAD') return false;
  const length = request.headers['content-length'];
  return request.headers['transfer-encoding'] !== undefined || (length !== undefined && length !== '0');
}

/** The request body as a web stream that pulls from Node's stream, so backpressure carries through. */
function bodyStream(request: NodeRequest): ReadableStream<Uint8Array> {
  const chunks = request[Symbol.asyncIterator]();
  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        const next = await chunks.next();
        if (next.done === true) controller.close();
        else controller.enqueue(next.value);
      },
      async cancel() {
        await chunks.return?.();
      },
    },
    { highWaterMark: 0 },
  );
}

/** Builds the fetch `Request` for an incoming Node request; `signal` fires when the client goes away. */
export function toWebRequest(request: NodeRequest, signal: AbortSignal, options?: NodeHandlerOptions): Request {
  const protocol = options?.protocol ?? (isEncrypted(request.socket) ? 'https:' : 'http:');
  const init: RequestInit & { duplex?: 'half' } = {
    method: request.method ?? 'GET',
    headers: requestHeaders(request.rawHeaders),
    signal,
    ...(hasBody(request) ? { body: bodyStream(request), duplex: 'half' } : {}),
  };
  return new Request(requestUrl(request, protocol), init);
}

function waitForDrain(response: NodeResponse, gone: AbortSignal): Promise<void> {
  if (gone.aborted) return Promise.resolve();
  return new Promise((resolve) => {
    const settle = (): void => {
      response.off('drain', settle);
      gone.removeEventListener('abort', settle);
      resolve();
    };
    response.once('drain', settle);
    gone.addEventListener('abort', settle, { once: true });
  });
}

/**
 * Writes a fetch `Response` to a Node response, streaming with backpressure. `gone` fires when the
 * client disconnects; the body is then cancelled, which cancels the upstream body too.
 */
export async function sendWebResponse(web: Response, response: NodeResponse, gone: AbortSignal): Promise<void> {
  response.statusCode = web.status;
  if (web.statusText !== '') response.statusMessage = web.statusText;
  const grouped = new Map<string, string[]>();
  web.headers.forEach((value, name) => {
    if (name === 'set-cookie') return;
    const list = grouped.get(name);
    if (list === undefined) grouped.set(name, [value]);
    else list.push(value);
  });
  for (const [name, values] of grouped) response.setHeader(name, values.length === 1 ? (values[0] ?? '') : values);
  const cookies = web.headers.getSetCookie();
  if (cookies.length > 0) response.setHeader('set-cookie', cookies);

  if (web.body === null) {
    response.end();
    return;
  }
  const reader = web.body.getReader();
  // A client that leaves while a read is pending must not keep the upstream open until its next chunk.
  const stop = (): void => {
    reader.cancel().catch(() => undefined);
  };
  gone.addEventListener('abort', stop, { once: true });
  try {
    for (;;) {
      if (gone.aborted || response.destroyed) {
        await reader.cancel().catch(() => undefined);
        return;
      }
      const { done, value } = await reader.read();
      if (done) break;
      if (!response.write(value)) await waitForDrain(response, gone);
    }
    response.end();
  } catch (error) {
    // The upstream failed mid-body: cut the connection so the client sees an incomplete response.
    response.destroy(error instanceof Error ? error : undefined);
    reader.cancel().catch(() => undefined);
  } finally {
    gone.removeEventListener('abort', stop);
  }
}

const BAD_REQUEST =
  '{"type":"urn:errata:gateway:bad-request","title":"The request is not valid.","status":400,"vendor":"gateway","code":"bad-request","kind":"invalid-argument","action":"fix-request","retryable":false}';

/**
 * A `node:http` request listener for a gateway: `http.createServer(toNodeHandler(gateway))`.
 * Request and response bodies stream both ways; a client that disconnects aborts the upstream call.
 */
export function toNodeHandler(gateway: Gateway, options?: NodeHandlerOptions): NodeHandler {
  const serve = async (request: NodeRequest, response: NodeResponse): Promise<void> => {
    const gone = new AbortController();
    response.once('close', () => {
      if (!response.writableFinished) gone.abort(new DOMException('The client went away', 'AbortError'));
    });
    try {
      const web = await gateway.handle(toWebRequest(request, gone.signal, options));
      await sendWebResponse(web, response, gone.signal);
    } catch {
      // Only a request `Request` cannot represent gets here (`handle` itself never rejects).
      if (!response.headersSent && !response.destroyed) {
        response.statusCode = 400;
        response.setHeader('content-type', 'application/problem+json');
        response.end(BAD_REQUEST);
      } else {
        response.destroy();
      }
    }
  };
  return (request, response) => {
    void serve(request, response);
  };
}
