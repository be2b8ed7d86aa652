import { leftoverOf, type Leftover } from './consumedBody.ts';
import { serveOf, targetOf, type IncomingCall, type Outcome } from './gateway.ts';
import { isValidHost } from './host.ts';
import { PROBLEM_CONTENT_TYPE, utf8Length } from './problemResponse.ts';
import type { Gateway } from './types.ts';

// Structural views of node:http's IncomingMessage and ServerResponse, so the package needs neither
// Node's types nor a Node import: the adapter only runs where Node hands it these objects.

/** What the adapter reads of `http.IncomingMessage` (and of an Express or Connect request). */
export interface NodeRequest extends AsyncIterable<Uint8Array> {
  readonly method?: string | undefined;
  readonly url?: string | undefined;
  /**
   * The request target as the client sent it, set by Express and Connect, which strip a mount
   * path from `url` (`app.use('/api', handler)` sees `/x` for `/api/x`). Routed on when present.
   */
  readonly originalUrl?: string | undefined;
  readonly headers: Readonly<Record<string, string | readonly string[] | undefined>>;
  /** `[name, value, name, value, ...]` as received, repeated fields kept apart. */
  readonly rawHeaders: readonly string[];
  readonly socket?: object | null;
  /** Node's stream state: true once anything read the body (an earlier middleware, a body parser). */
  readonly readableDidRead?: boolean | undefined;
  /** Node's stream state: true once the body was read to its end. */
  readonly readableEnded?: boolean | undefined;
  /** What a body parser made of the body (`express.json()`, `express.raw()`, `express.text()`). */
  readonly body?: unknown;
}

/** What the adapter uses of `http.ServerResponse`. */
export interface NodeResponse {
  statusCode: number;
  statusMessage: string;
  readonly headersSent: boolean;
  readonly writableFinished: boolean;
  readonly destroyed: boolean;
  setHeader(name: string, value: string | readonly string[]): unknown;
  /** `headers` as `[name, value, name, value, ...]`, repeated names allowed. */
  writeHead(statusCode: number, statusMessage: string | undefined, headers: string[]): unknown;
  write(chunk: Uint8Array): boolean;
  end(chunk?: string): unknown;
  destroy(error?: Error): unknown;
  once(event: 'drain' | 'close', listener: () => void): unknown;
  off(event: 'drain' | 'close', listener: () => void): unknown;
}

export interface NodeHandlerOptions {
  /** Scheme of the URL given to the gateway; default `https:` on TLS sockets, else `http:`. Never read from `X-Forwarded-Proto`. */
  readonly protocol?: 'http:' | 'https:';
}

/**
 * A `node:http` request listener, and an Express / Connect middleware: given `next`, it calls
 * `next()` for requests no route takes instead of answering them with the 404 problem. It handles
 * its own failures, so it returns nothing to await and never calls `next(error)`.
 */
export type NodeHandler = (request: NodeRequest, response: NodeResponse, next?: (error?: unknown) => void) => void;

function isEncrypted(socket: object | null | undefined): boolean {
  return typeof socket === 'object' && socket !== null && (socket as { encrypted?: unknown }).encrypted === true;
}

/** The `Host` field values as received (HTTP/2's `:authority` counts as one). */
function hostFields(raw: readonly string[]): string[] {
  const hosts: string[] = [];
  for (let i = 0; i + 1 < raw.length; i += 2) {
    const name = raw[i] ?? '';
    if ((name.length === 4 && name.toLowerCase() === 'host') || name === ':authority') hosts.push(raw[i + 1] ?? '');
  }
  return hosts;
}

/**
 * The request target the gateway routes on: Express's and Connect's `originalUrl` (what the client
 * sent, before a mount path was stripped from `url`), else `url`.
 */
function targetText(request: NodeRequest): string {
  const original = request.originalUrl;
  return typeof original === 'string' ? original : (request.url ?? '/');
}

/**
 * The URL a fetch `Request` for this request gets: the scheme, the `Host` (only once it is known
 * to be a valid host[:port]) and the path and query of the request target. Throws `TypeError` for
 * an invalid or repeated `Host` and for a target that is not a path.
 */
function requestUrl(request: NodeRequest, protocol: string): string {
  const hosts = hostFields(request.rawHeaders);
  if (hosts.length > 1) throw new TypeError('More than one Host header');
  const host = hosts[0];
  if (host !== undefined && !isValidHost(host)) throw new TypeError('The Host header is not a valid host[:port]');
  const target = targetOf(targetText(request));
  if (target === undefined) throw new TypeError('The request target is not a path');
  return `${protocol}//${host === undefined || host === '' ? 'localhost' : host}${target.pathname}${target.search}`;
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

/**
 * True once something read the body before the gateway (a body parser, a logger listening for
 * `data`): the stream no longer holds what the client sent.
 */
function wasRead(request: NodeRequest): boolean {
  return request.readableDidRead === true || request.readableEnded === true;
}

/** What an earlier middleware left of a body it read (see `leftoverOf`). */
function leftoverOfRequest(request: NodeRequest): Leftover {
  return leftoverOf(request.body, request.headers['content-type']);
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

function protocolOf(request: NodeRequest, options: NodeHandlerOptions | undefined): string {
  return options?.protocol ?? (isEncrypted(request.socket) ? 'https:' : 'http:');
}

/**
 * Builds the fetch `Request` for an incoming Node request; `signal` fires when the client goes
 * away. The URL's path and query come from the request target only (`originalUrl` when Express
 * set it); its host is the `Host` header once validated. A body an earlier middleware read is sent
 * as it left it, when it can be (see the README: Express). Throws `TypeError` for an invalid or
 * repeated `Host`, a target that is not a path, or a body that was read and cannot be sent.
 */
export function toWebRequest(request: NodeRequest, signal: AbortSignal, options?: NodeHandlerOptions): Request {
  const headers = requestHeaders(request.rawHeaders);
  let body: ReadableStream<Uint8Array> | Uint8Array<ArrayBuffer> | undefined;
  if (hasBody(request)) {
    if (wasRead(request)) {
      const leftover = leftoverOfRequest(request);
      if (leftover.refused !== undefined) throw new TypeError(leftover.refused);
      body = leftover.bytes;
      // Body parsers inflate compressed bodies: the bytes left are not encoded any more.
      headers.delete('content-encoding');
      headers.delete('content-length');
    } else {
      body = bodyStream(request);
    }
  }
  const init: RequestInit & { duplex?: 'half' } = { method: request.method ?? 'GET', headers, signal, ...(body === undefined ? {} : { body, duplex: 'half' }) };
  return new Request(requestUrl(request, protocolOf(request, options)), init);
}

/** A bodiless `Request` with the request line and headers, for `match` and `onProblem`. Throws like `toWebRequest`. */
function bareRequest(request: NodeRequest, options: NodeHandlerOptions | undefined): Request {
  return new Request(requestUrl(request, protocolOf(request, options)), { method: request.method ?? 'GET', headers: requestHeaders(request.rawHeaders) });
}

/** Whether the client went away, and who to tell: one per request, instead of an `AbortController`. */
interface Departure {
  reason: DOMException | undefined;
  abort: ((reason: unknown) => void) | undefined;
}

/** The gateway's view of a Node request, read straight from `rawHeaders`: no fetch `Request` on the hot path. */
function callOf(request: NodeRequest, departure: Departure, options: NodeHandlerOptions | undefined, passUnrouted: boolean): IncomingCall {
  const raw = request.rawHeaders;
  const method = request.method ?? 'GET';
  const hosts = hostFields(raw);
  let lowerNames: string[] | undefined;
  // A body an earlier middleware read: what it left is sent instead, or the request is refused.
  const readEarlier = (): boolean => hasBody(request) && wasRead(request);
  let leftover: Leftover | undefined;
  const leftoverNow = (): Leftover => (leftover ??= leftoverOfRequest(request));
  return {
    method,
    url: targetOf(targetText(request)),
    host: hosts[0],
    malformed: hosts.length > 1 ? 'The request has more than one Host header' : undefined,
    forEachHeader: (visit) => {
      if (lowerNames === undefined) {
        lowerNames = [];
        for (let i = 0; i + 1 < raw.length; i += 2) lowerNames.push((raw[i] ?? '').toLowerCase());
      }
      // Body parsers inflate compressed bodies: the bytes they leave are not encoded any more.
      const decodedBody = readEarlier();
      for (let i = 0; i < lowerNames.length; i++) {
        const name = lowerNames[i] ?? '';
        // HTTP/2 pseudo-headers are not fields.
        if (name.charCodeAt(0) === 58 /* : */ || (decodedBody && name === 'content-encoding')) continue;
        visit(raw[2 * i + 1] ?? '', name);
      }
    },
    body: () => (!hasBody(request) ? null : wasRead(request) ? (leftoverNow().bytes ?? null) : bodyStream(request)),
    unforwardableBody: () => (readEarlier() ? leftoverNow().refused : undefined),
    passUnrouted,
    isGone: () => departure.reason !== undefined,
    onGone: (abort) => {
      departure.abort = abort;
      return () => {
        departure.abort = undefined;
      };
    },
    // For `onProblem` only, after the body went upstream: the request line and headers suffice.
    // A request the gateway refused (a bad `Host`, a method fetch cannot send) still gets one.
    request: () => {
      try {
        return bareRequest(request, options);
      } catch {
        const target = targetOf(targetText(request));
        return new Request(`${protocolOf(request, options)}//localhost${target?.pathname ?? '/'}${target?.search ?? ''}`, { headers: requestHeaders(raw) });
      }
    },
  };
}

/** Resolves on `drain`, or when the response closes (the client left), whichever comes first. */
function waitForDrain(response: NodeResponse): Promise<void> {
  if (response.destroyed) return Promise.resolve();
  return new Promise((resolve) => {
    const settle = (): void => {
      response.off('drain', settle);
      response.off('close', settle);
      resolve();
    };
    response.once('drain', settle);
    response.once('close', settle);
  });
}

/**
 * Streams a body to a Node response with backpressure. A client that leaves (the response closes
 * before it finished, or `gone` aborts) cancels the body, and so the upstream's.
 */
async function pipeBody(body: ReadableStream<Uint8Array>, response: NodeResponse, gone?: AbortSignal): Promise<void> {
  const reader = body.getReader();
  // A client that leaves while a read is pending must not keep the upstream open until its next chunk.
  const stop = (): void => {
    if (!response.writableFinished) reader.cancel().catch(() => undefined);
  };
  response.once('close', stop);
  gone?.addEventListener('abort', stop, { once: true });
  try {
    for (;;) {
      if (gone?.aborted === true || response.destroyed) {
        await reader.cancel().catch(() => undefined);
        return;
      }
      const { done, value } = await reader.read();
      if (done) break;
      if (!response.write(value)) await waitForDrain(response);
    }
    response.end();
  } catch (error) {
    // The upstream failed mid-body: cut the connection so the client sees an incomplete response.
    response.destroy(error instanceof Error ? error : undefined);
    reader.cancel().catch(() => undefined);
  } finally {
    response.off('close', stop);
    gone?.removeEventListener('abort', stop);
  }
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
  await pipeBody(web.body, response, gone);
}

/** Writes a problem in one write, with its length. */
function sendProblem(outcome: Extract<Outcome, { kind: 'problem' }>, response: NodeResponse): void {
  outcome.headers.push('content-length', String(utf8Length(outcome.body)));
  response.writeHead(outcome.status, undefined, outcome.headers);
  response.end(outcome.body);
}

/** Writes the upstream's response, streamed. */
async function sendUpstream(outcome: Extract<Outcome, { kind: 'upstream' }>, response: NodeResponse): Promise<void> {
  try {
    response.writeHead(outcome.status, outcome.statusText === '' ? undefined : outcome.statusText, outcome.headers);
  } catch {
    // A reason phrase Node will not write: the status code alone says it.
    if (response.headersSent) throw new Error('headers already sent');
    response.writeHead(outcome.status, undefined, outcome.headers);
  }
  if (outcome.body === null) {
    response.end();
    return;
  }
  await pipeBody(outcome.body, response);
}

const BAD_REQUEST =
  '{"type":"urn:errata:gateway:bad-request","title":"The request is not valid.","status":400,"vendor":"gateway","code":"bad-request","kind":"invalid-argument","action":"fix-request","retryable":false}';
const BODY_CONSUMED =
  '{"type":"urn:errata:gateway:body-consumed","title":"Something went wrong on our side. Please try again later.","status":500,"vendor":"gateway","code":"body-consumed","kind":"internal","action":"none","retryable":false}';
const UNRELAYABLE =
  '{"type":"urn:errata:gateway:unrelayable","title":"The service is temporarily unavailable. Please try again later.","status":502,"vendor":"gateway","code":"unrelayable","kind":"unavailable","action":"none","retryable":false}';

/** A fixed problem, when the normal answer cannot be written; a response already under way is cut instead. */
function answerFixed(response: NodeResponse, status: number, body: string): void {
  if (!response.headersSent && !response.destroyed) {
    response.statusCode = status;
    response.setHeader('content-type', PROBLEM_CONTENT_TYPE);
    response.setHeader('cache-control', 'no-store');
    response.end(body);
  } else {
    response.destroy();
  }
}

/**
 * A `node:http` request listener for a gateway: `http.createServer(toNodeHandler(gateway))`, or
 * Express / Connect middleware: `app.use(toNodeHandler(gateway))`, `app.use('/api', ...)`.
 * Request and response bodies stream both ways; a client that disconnects aborts the upstream call.
 * Routes match the path the client sent (`originalUrl` when Express set it), so a mount path is
 * part of each route's `pathPrefix`. Given `next`, requests no route takes go to `next()`. A body
 * an earlier middleware read is sent as that middleware left it when it can be, else refused with
 * a 500 `gateway:body-consumed` problem (see the README: Express). For a gateway made by
 * `createGateway`, requests go to it without building fetch `Request` objects; any other
 * `Gateway` gets `handle(request)`.
 */
export function toNodeHandler(gateway: Gateway, options?: NodeHandlerOptions): NodeHandler {
  const serve = serveOf(gateway);
  /** Serves one request; resolves to true when it was left for `next()` (no route takes it). */
  const run = async (request: NodeRequest, response: NodeResponse, passUnrouted: boolean): Promise<boolean> => {
    if (serve !== undefined) {
      const departure: Departure = { reason: undefined, abort: undefined };
      const onClose = (): void => {
        if (response.writableFinished) return;
        departure.reason = new DOMException('The client went away', 'AbortError');
        departure.abort?.(departure.reason);
      };
      response.once('close', onClose);
      const outcome = await serve(callOf(request, departure, options, passUnrouted));
      if (outcome === undefined) {
        // The response now belongs to the app's next handler.
        response.off('close', onClose);
        return true;
      }
      try {
        // A problem is written at once: no promise to wait for.
        if (outcome.kind === 'problem') sendProblem(outcome, response);
        else await sendUpstream(outcome, response);
      } catch {
        // Only an upstream response Node refuses to write gets here.
        if (outcome.kind === 'upstream') outcome.body?.cancel().catch(() => undefined);
        answerFixed(response, 502, UNRELAYABLE);
      }
      return false;
    }
    if (passUnrouted && !matches(gateway, request, options)) return true;
    if (hasBody(request) && wasRead(request) && leftoverOfRequest(request).refused !== undefined) {
      answerFixed(response, 500, BODY_CONSUMED);
      return false;
    }
    const gone = new AbortController();
    response.once('close', () => {
      if (!response.writableFinished) gone.abort(new DOMException('The client went away', 'AbortError'));
    });
    try {
      const web = await gateway.handle(toWebRequest(request, gone.signal, options));
      await sendWebResponse(web, response, gone.signal);
    } catch {
      // Only a request `Request` cannot represent gets here (`handle` itself never rejects).
      answerFixed(response, 400, BAD_REQUEST);
    }
    return false;
  };
  return (request, response, next) => {
    const pass = typeof next === 'function' ? next : undefined;
    run(request, response, pass !== undefined).then(
      (unrouted) => {
        // Outside the catch below: whatever the app's next handler does is not the gateway's failure.
        if (unrouted) pass?.();
      },
      () => {
        answerFixed(response, 400, BAD_REQUEST);
      },
    );
  };
}

/** Whether any route of a gateway not made by `createGateway` takes the request; false for one `Request` cannot represent. */
function matches(gateway: Gateway, request: NodeRequest, options: NodeHandlerOptions | undefined): boolean {
  try {
    return gateway.match(bareRequest(request, options)) !== undefined;
  } catch {
    return false;
  }
}
