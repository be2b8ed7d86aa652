import { createRegistry, networkErrorOf, redactWith, type ApiError, type Registry, type RegistryParseOptions, type ResponseParts, type VendorModule } from '@errata/core';
import { createApiError } from '@errata/core/vendor';
import { isValidHost } from './host.ts';
import { passedResponseHeaders, upstreamRequestHeaders, type HeaderVisitor } from './hopByHop.ts';
import { PROBLEM_CONTENT_TYPE, problemStatus, renderProblem, type ProblemSettings } from './problemResponse.ts';
import { compileRoute, createRouter, targetUrl, type CompiledRoute } from './routing.ts';
import { collectSecrets, coreFormsOf, coreRedactorOf, secretPolicyOf, type SecretPolicy } from './secrets.ts';
import { upstreamHeadersOf, type UpstreamHeaders } from './upstreamHeaders.ts';
import type { Gateway, GatewayOptions, GatewayRoute, ProblemEvent, UpstreamFetch } from './types.ts';

export const DEFAULT_TIMEOUT_MS = 30_000;
export const DEFAULT_MAX_ERROR_BODY_BYTES = 65_536;
export const DEFAULT_MAX_DETAILS_LENGTH = 8192;
/**
 * Upstream headers kept on problems unless `keepErrorHeaders` says otherwise: the challenge a
 * client answers (on 401 and 403 only) and the nonce its next DPoP proof must carry (RFC 9449).
 */
export const DEFAULT_KEPT_HEADERS: readonly string[] = ['www-authenticate', 'dpop-nonce'];

// Methods fetch refuses to send (Fetch standard, "forbidden method"): refused with 400, not a 502.
const UNSENDABLE_METHODS: ReadonlySet<string> = /* @__PURE__ */ new Set(['CONNECT', 'TRACE', 'TRACK']);

// Statuses whose responses have no body; `new Response` refuses one for them.
const NULL_BODY_STATUSES: ReadonlySet<number> = /* @__PURE__ */ new Set([101, 103, 204, 205, 304]);

/** `RequestInit` with the streaming-upload switch the DOM typings do not know yet. */
type StreamingInit = RequestInit & { duplex?: 'half' };

/**
 * An incoming request as the gateway reads it. Adapters build it straight from their server's
 * request (node:http's), so the hot path needs no fetch `Request`; `handle` builds it from one.
 */
export interface IncomingCall {
  readonly method: string;
  /**
   * The request target parsed against a fixed origin: only `pathname` and `search` are read (for
   * routing and the upstream URL), never the origin, so no header can change where a request goes.
   * `undefined` when the target is not a path (`*`, an authority).
   */
  readonly url: URL | undefined;
  /** The `Host` field value as received, only to refuse an invalid one; `undefined` when absent. */
  readonly host: string | undefined;
  /** Why the request is malformed before any routing (e.g. two `Host` fields), if it is. */
  readonly malformed: string | undefined;
  readonly forEachHeader: HeaderVisitor;
  /**
   * The body to send upstream: a stream, the bytes an earlier middleware left (see
   * `unforwardableBody`), or `null` (GET, HEAD, no body). Called at most once.
   */
  readonly body: () => ReadableStream<Uint8Array> | Uint8Array<ArrayBuffer> | null;
  /**
   * Why the body cannot be forwarded, if it cannot: an earlier middleware (a body parser) read
   * it and left nothing that can be sent as the client meant it. Asked once a route matched.
   */
  readonly unforwardableBody: () => string | undefined;
  /**
   * Hand requests no route takes back to the adapter (`serve` resolves to `undefined`) instead
   * of answering them with the 404 problem: the adapter passes them on, as Express's `next()`.
   */
  readonly passUnrouted: boolean;
  /** True once the client has gone away. */
  readonly isGone: () => boolean;
  /**
   * Calls `abort` (once) if the client goes away; returns the function that stops watching. A
   * callback, not an `AbortSignal`: adapters need not build an `AbortController` per request.
   */
  readonly onGone: (abort: (reason: unknown) => void) => () => void;
  /** The request as a fetch `Request`, for `onProblem`; built on demand. */
  readonly request: () => Request;
}

/** What the gateway answers: the upstream's response passed on, or a problem. */
export type Outcome =
  | {
      readonly kind: 'upstream';
      readonly status: number;
      readonly statusText: string;
      /** `[name, value, name, value, ...]`, `set-cookie` fields apart. */
      readonly headers: string[];
      readonly body: ReadableStream<Uint8Array> | null;
    }
  | {
      readonly kind: 'problem';
      readonly status: number;
      readonly headers: string[];
      /** The problem+json text. */
      readonly body: string;
    };

/** Answers a call; `undefined` only for a call that asked to pass on requests no route takes. */
type Serve = (call: IncomingCall) => Promise<Outcome | undefined>;

// Adapters reach a gateway's `IncomingCall` entry through this map: it stays off the public
// object, and a gateway built some other way (or wrapped) simply takes the `Request` path.
const SERVE = /* @__PURE__ */ new WeakMap<Gateway, Serve>();

/** The gateway's `IncomingCall` entry, for adapters; `undefined` for gateways not made by `createGateway`. */
export function serveOf(gateway: Gateway): Serve | undefined {
  return SERVE.get(gateway);
}

/** Any origin would do: routing reads only the path and query of URLs parsed against it. */
const TARGET_ORIGIN = 'http://gateway.invalid';

/**
 * The request target as a URL: origin-form (`/path?query`) parsed against a fixed origin, or the
 * path and query of an absolute-form target (`http://host/path`, RFC 9112 3.2.2), whose authority
 * is ignored. `undefined` for anything else.
 */
export function targetOf(target: string): URL | undefined {
  try {
    if (target.startsWith('/')) return new URL(`${TARGET_ORIGIN}${target}`);
    const absolute = new URL(target);
    if (absolute.protocol !== 'http:' && absolute.protocol !== 'https:') return undefined;
    return new URL(`${TARGET_ORIGIN}${absolute.pathname}${absolute.search}`);
  } catch {
    return undefined;
  }
}

/** The gateway's own errors: kind, status and default message of each. */
const GATEWAY_ERRORS = {
  'no-route': ['not-found', 404, 'No upstream route matches this request'],
  'bad-request': ['invalid-argument', 400, 'The request could not be read'],
  // A server set-up fault (a body parser mounted before the gateway), not the client's: a 500.
  'body-consumed': ['internal', 500, 'The request body was read before the gateway could forward it'],
  internal: ['internal', 500, 'The gateway failed while handling the request'],
} as const;

type GatewayCode = keyof typeof GATEWAY_ERRORS;

function gatewayError(code: GatewayCode, message?: string, cause?: unknown): ApiError {
  const [kind, status, fallback] = GATEWAY_ERRORS[code];
  return createApiError({ vendor: 'gateway', code, kind, status, message: message ?? fallback, cause });
}

function cancelBody(response: Response): void {
  try {
    response.body?.cancel().catch(() => undefined);
  } catch {
    // A locked or already closed body has nobody left to free.
  }
}

function passThrough(upstream: Response, decoded: boolean, method: string): Outcome {
  const body = NULL_BODY_STATUSES.has(upstream.status) || method === 'HEAD' ? null : upstream.body;
  if (body === null) cancelBody(upstream);
  return { kind: 'upstream', status: upstream.status, statusText: upstream.statusText, headers: passedResponseHeaders(upstream.headers, decoded), body };
}

/** The answer when even building a problem failed: fixed, so it cannot fail in turn. A fresh object: adapters may add headers. */
const lastResort = (): Outcome => ({
  kind: 'problem',
  status: 500,
  headers: ['content-type', PROBLEM_CONTENT_TYPE, 'cache-control', 'no-store'],
  body: '{"type":"urn:errata:gateway:internal","title":"Something went wrong on our side. Please try again later.","status":500,"vendor":"gateway","code":"internal","kind":"internal","action":"none","retryable":false}',
});

/** `work`'s result, or `undefined` as soon as `signal` aborts. */
function untilAborted<T>(work: Promise<T>, signal: AbortSignal): Promise<T | undefined> {
  if (signal.aborted) return Promise.resolve(undefined);
  return new Promise((resolve) => {
    const onAbort = (): void => {
      resolve(undefined);
    };
    signal.addEventListener('abort', onAbort, { once: true });
    work.then(
      (value) => {
        signal.removeEventListener('abort', onAbort);
        resolve(value);
      },
      () => {
        signal.removeEventListener('abort', onAbort);
        resolve(undefined);
      },
    );
  });
}

/**
 * A custom fetch's answer, or a rejection with the abort reason as soon as `signal` aborts, whether
 * or not that fetch honours the signal. A fetch may not, and one that reads it through the
 * `Request` it was given may lose it: fetch's `Request` follows the signal it was built with only
 * while the `Request` itself is alive (a weak reference), and nothing need keep it alive while an
 * upstream never answers. An answer that comes after the abort has its body cancelled.
 */
function abortable(work: Promise<Response>, signal: AbortSignal): Promise<Response> {
  let stop = noop;
  const aborted = new Promise<never>((_resolve, reject) => {
    // The gateway's reasons are `DOMException`s (errors); anything else reads as a plain abort.
    const onAbort = (): void => {
      reject(signal.reason instanceof Error ? signal.reason : new DOMException('The operation was aborted', 'AbortError'));
    };
    if (signal.aborted) {
      onAbort();
      return;
    }
    signal.addEventListener('abort', onAbort, { once: true });
    stop = () => {
      signal.removeEventListener('abort', onAbort);
    };
  });
  const answered = work.finally(stop).then((response) => {
    if (signal.aborted) cancelBody(response);
    return response;
  });
  return Promise.race([answered, aborted]);
}

/** The first bytes of a body: every chunk read, and whether the body went on past the cap. */
interface Captured {
  readonly chunks: Uint8Array[];
  readonly size: number;
  /** More than `maxBytes` arrived; the reader was left where it stopped. */
  readonly truncated: boolean;
  /** The body ended within the cap. */
  readonly done: boolean;
}

/**
 * Reads a body until it ends or passes `maxBytes` (one chunk past the cap at most), keeping the
 * chunks as they came so a success can still be passed on whole. Rejects when the stream fails.
 */
async function readCapped(reader: ReadableStreamDefaultReader<Uint8Array>, maxBytes: number): Promise<Captured> {
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return { chunks, size, truncated: false, done: true };
    if (!ArrayBuffer.isView(value)) throw new TypeError('The body yielded something other than bytes');
    chunks.push(value);
    size += value.byteLength;
    if (size > maxBytes) return { chunks, size, truncated: true, done: false };
  }
}

function concatenate(chunks: readonly Uint8Array[], size: number): Uint8Array {
  if (chunks.length === 1 && chunks[0] !== undefined) return chunks[0];
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

// Decoding a whole body in one call keeps no state between calls, so one decoder serves every request.
const DECODER = /* @__PURE__ */ new TextDecoder();

/**
 * The parts a registry parses: a body that ended within the cap decoded once here; one that went
 * past it as bytes, which core cuts at the cap (`maxBodyBytes` in the parse options) and marks truncated.
 */
function partsOf(upstream: Response, headers: UpstreamHeaders, captured: Captured | undefined): ResponseParts {
  // Core's own header reader: `readHeaders` takes it back as it is (its `ResponseParts` type lists only the containers it wraps).
  const parts = { status: upstream.status, headers: headers.reader, url: upstream.url };
  if (captured === undefined) return parts;
  const bytes = concatenate(captured.chunks, captured.size);
  return { ...parts, body: captured.truncated ? bytes : DECODER.decode(bytes) };
}

/** A route, and how its upstream's errors are read. */
interface GatewayRouteEntry extends CompiledRoute {
  /** The registry that reads them. */
  readonly registry: Registry;
  /** The vendor named to it, if the route has one (also the `expectedVendor` of network errors). */
  readonly vendorName: string | undefined;
  /** Parse options made once; `undefined` when they carry the upstream URL, for the registry to route on. */
  readonly parseOptions: RegistryParseOptions | undefined;
}

function vendorNameOf(vendor: VendorModule | string | undefined): string | undefined {
  return typeof vendor === 'string' ? vendor : vendor?.vendor;
}

/**
 * The registry of the routes' vendor modules, for a gateway not given one. Two different modules
 * under one name are refused: a registry holds one module per name, and one route would silently
 * get the other's parser.
 */
function registryOfRoutes(routes: readonly GatewayRoute[]): Registry {
  const modules = new Map<string, VendorModule>();
  for (const { vendor } of routes) {
    if (vendor === undefined || typeof vendor === 'string') continue;
    const known = modules.get(vendor.vendor);
    if (known !== undefined && known !== vendor) throw new TypeError(`errata gateway: two different vendor modules are named "${vendor.vendor}"`);
    modules.set(vendor.vendor, vendor);
  }
  return createRegistry([...modules.values()]);
}

/**
 * Every route with the registry that reads its errors. Routes name their vendor to the registry
 * (a hint, which core honours first); a route without one goes to the given registry's own
 * resolution, or to a registry without modules (core's generic error) when none was given.
 * Throws `TypeError` for a vendor the registry does not hold.
 */
function entriesOf(routes: readonly GatewayRoute[], given: Registry | undefined, maxBodyBytes: number): GatewayRouteEntry[] {
  const vendors = given ?? registryOfRoutes(routes);
  let generic: Registry | undefined;
  return routes.map((route) => {
    const compiled = compileRoute(route);
    const vendorName = vendorNameOf(route.vendor);
    if (vendorName !== undefined) {
      if (vendors.route({ vendor: vendorName }) === undefined) throw new TypeError(`errata gateway: no vendor named "${vendorName}" in the gateway's registry`);
      return { ...compiled, registry: vendors, vendorName, parseOptions: { vendor: vendorName, maxBodyBytes } };
    }
    if (given !== undefined) return { ...compiled, registry: given, vendorName, parseOptions: undefined };
    return { ...compiled, registry: (generic ??= createRegistry([])), vendorName, parseOptions: { maxBodyBytes } };
  });
}

/** A body that replays the chunks already read, then the rest of the upstream body. */
function replayed(captured: Captured, reader: ReadableStreamDefaultReader<Uint8Array>): ReadableStream<Uint8Array> {
  let next = 0;
  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        const chunk = captured.chunks[next];
        if (chunk !== undefined) {
          next += 1;
          controller.enqueue(chunk);
          return;
        }
        if (captured.done) {
          controller.close();
          return;
        }
        const { done, value } = await reader.read();
        if (done) controller.close();
        else controller.enqueue(value);
      },
      cancel(reason) {
        return reader.cancel(reason);
      },
    },
    { highWaterMark: 0 },
  );
}

const noop = (): void => undefined;

function positive(value: number | undefined, fallback: number): number {
  return value !== undefined && Number.isFinite(value) && value > 0 ? value : fallback;
}

/** An `IncomingCall` for a fetch `Request` (what `handle` receives). */
function callOf(request: Request): IncomingCall {
  let url: URL | undefined;
  try {
    const parsed = new URL(request.url);
    url = targetOf(`${parsed.pathname}${parsed.search}`);
  } catch {
    url = undefined;
  }
  const { method, headers } = request;
  return {
    method,
    url,
    host: headers.get('host') ?? undefined,
    malformed: undefined,
    forEachHeader: (visit) => {
      headers.forEach(visit);
    },
    body: () => (method === 'GET' || method === 'HEAD' ? null : request.body),
    // A fetch `Request` that was read already cannot be sent at all (fetch refuses a used body).
    unforwardableBody: () => (request.bodyUsed ? 'The request body was already read' : undefined),
    passUnrouted: false,
    isGone: () => request.signal.aborted,
    onGone: (abort) => {
      const { signal } = request;
      const listener = (): void => {
        abort(signal.reason);
      };
      signal.addEventListener('abort', listener, { once: true });
      return () => {
        signal.removeEventListener('abort', listener);
      };
    },
    request: () => request,
  };
}

/** A web `Response` for an outcome. */
export function responseOf(outcome: Outcome): Response {
  const headers = new Headers();
  for (let i = 0; i + 1 < outcome.headers.length; i += 2) headers.append(outcome.headers[i] ?? '', outcome.headers[i + 1] ?? '');
  if (outcome.kind === 'problem') return new Response(outcome.body, { status: outcome.status, headers });
  return new Response(outcome.body, { status: outcome.status, statusText: outcome.statusText, headers });
}

/**
 * A gateway in front of several upstreams. Successful responses stream through untouched; every
 * failure (an upstream error in any format, a timeout, an unreachable host) becomes RFC 9457
 * problem+json with the normalized kind, retry advice, IETF rate-limit headers, the upstream's
 * request id and the vendor's details, and without secrets or, on 5xx, internal detail.
 */
export function createGateway(options: GatewayOptions): Gateway {
  const customFetch: UpstreamFetch | undefined = options.fetch;
  const timeoutMs = positive(options.timeoutMs, DEFAULT_TIMEOUT_MS);
  const maxBodyBytes = positive(options.maxErrorBodyBytes, DEFAULT_MAX_ERROR_BODY_BYTES);
  const findRoute = createRouter(entriesOf(options.routes, options.registry, maxBodyBytes));
  const decoded = options.fetchDecodes ?? true;
  const settings: ProblemSettings = {
    typeBase: options.problemTypeBase,
    exposeDetail: options.exposeDetail ?? false,
    keepHeaders: (options.keepErrorHeaders ?? DEFAULT_KEPT_HEADERS).map((name) => name.toLowerCase()),
    challengeOnAuthOnly: options.keepErrorHeaders === undefined,
    statusOf: options.statusOf,
    maxDetailsLength: positive(options.maxDetailsLength, DEFAULT_MAX_DETAILS_LENGTH),
  };
  const secretPolicy: SecretPolicy = secretPolicyOf(options.secrets);
  const { onProblem } = options;

  const answer = (error: ApiError, call: IncomingCall, route: GatewayRoute | undefined, upstream: UpstreamHeaders | undefined): Outcome => {
    const status = problemStatus(error, settings.statusOf);
    const secrets = collectSecrets({ forEachHeader: call.forEachHeader, search: call.url?.search ?? '', setCookies: upstream?.setCookies ?? [] }, secretPolicy);
    // Core masks them on every surface of the error too (what `onProblem` logs), once the problem or
    // the hook needs it (see `renderProblem`); the problem then gets the gateway's own pass on top
    // (base64 at any offset, decoded escapes, short secrets).
    const redactor = coreRedactorOf(secrets, secretPolicy);
    const rendered = renderProblem(error, { status, settings, upstreamHeaders: upstream?.reader, secrets, withDetails: route?.details !== false, now: Date.now() }, redactor, redactor === undefined ? null : coreFormsOf(secrets, secretPolicy));
    if (onProblem !== undefined) {
      // The error goes out to the hook: every surface of it masks the request's secrets.
      if (redactor !== undefined && !rendered.redacted) redactWith(error, redactor);
      try {
        let request: Request | undefined;
        const event: ProblemEvent = {
          error,
          status,
          get request(): Request {
            return (request ??= call.request());
          },
          route,
        };
        onProblem(event);
      } catch {
        // A logging hook must not change the answer.
      }
    }
    return { kind: 'problem', status, headers: rendered.headers, body: rendered.body };
  };

  const forward = async (call: IncomingCall, url: URL, compiled: GatewayRouteEntry): Promise<Outcome> => {
    const { route, vendorName } = compiled;
    const target = targetUrl(compiled, url);
    // One deadline covers the response head and, for errors, the capped body read. A successful
    // body then streams without a deadline: the client decides how long it waits.
    const controller = new AbortController();
    const timer = setTimeout(() => {
      controller.abort(new DOMException('The upstream did not answer in time', 'TimeoutError'));
    }, positive(route.timeoutMs, timeoutMs));
    const stopWatching = call.isGone() ? noop : call.onGone((reason) => {
      controller.abort(reason);
    });
    const done = (): void => {
      clearTimeout(timer);
      stopWatching();
    };
    const clientGone = (): DOMException | undefined => (call.isGone() ? new DOMException('The client went away', 'AbortError') : undefined);

    let upstream: Response;
    try {
      const gone = clientGone();
      if (gone !== undefined) throw gone;
      const body = call.body();
      const init: StreamingInit = {
        method: call.method,
        headers: upstreamRequestHeaders(call.forEachHeader),
        redirect: 'manual',
        signal: controller.signal,
        ...(body === null ? {} : { body, duplex: 'half' }),
      };
      // With the global fetch, hand it the URL and init: it builds its one `Request` itself.
      upstream = await (customFetch === undefined ? fetch(target, init) : abortable(customFetch(new Request(target, init)), controller.signal));
    } catch (cause) {
      done();
      // Abort reasons come back as the rejection: `TimeoutError` for our deadline, the client's otherwise.
      return answer(networkErrorOf(clientGone() ?? cause, vendorName), call, route, undefined);
    }

    const status = upstream.status;
    const isError = status >= 400 || status < 200;
    if (!isError && !(route.inspectSuccess === true && status < 300 && upstream.body !== null)) {
      done();
      return passThrough(upstream, decoded, call.method);
    }

    // The body is read here, up to the cap, within the deadline (which bounds the read even when a
    // custom fetch does not tie the body to the signal). An error is never passed on, so what is
    // left is cancelled; a 2xx the vendor does not claim is passed on, replaying what was read.
    let reader: ReadableStreamDefaultReader<Uint8Array> | undefined;
    let captured: Captured | undefined;
    try {
      reader = upstream.body?.getReader();
      // The global fetch errors the body when the signal aborts; a custom fetch may not, so its
      // read is also raced against the deadline.
      const reading = reader === undefined ? undefined : readCapped(reader, maxBodyBytes);
      captured = reading === undefined ? undefined : customFetch === undefined ? await reading : await untilAborted(reading, controller.signal);
    } catch {
      captured = undefined;
    }
    done();
    // Core's registry reads the error: the route's vendor when it names one, else the registry's own choice from the upstream URL and the body.
    const headers = upstreamHeadersOf(upstream.headers);
    const error = compiled.registry.parse(partsOf(upstream, headers, captured), compiled.parseOptions ?? { url: target, maxBodyBytes });
    if (error !== undefined) {
      if (captured?.done !== true) reader?.cancel().catch(() => undefined);
      return answer(error, call, route, headers);
    }
    // A 2xx the vendor does not claim as an error: passed on whole, or, when its body could not be
    // read in time, answered as the failure it is (never cut short silently).
    if (reader === undefined) return passThrough(upstream, decoded, call.method);
    if (captured === undefined) {
      reader.cancel().catch(() => undefined);
      const cause: unknown = clientGone() ?? (controller.signal.aborted ? controller.signal.reason : new TypeError('The upstream body failed'));
      return answer(networkErrorOf(cause, vendorName), call, route, undefined);
    }
    const body = NULL_BODY_STATUSES.has(status) || call.method === 'HEAD' ? null : replayed(captured, reader);
    if (body === null) reader.cancel().catch(() => undefined);
    return { kind: 'upstream', status, statusText: upstream.statusText, headers: passedResponseHeaders(upstream.headers, decoded), body };
  };

  const serve: Serve = async (call) => {
    let compiled: GatewayRouteEntry | undefined;
    try {
      const { url } = call;
      if (call.passUnrouted) {
        // Requests no route takes belong to the app's other handlers, valid or not: checked first.
        compiled = url === undefined ? undefined : findRoute(url);
        if (compiled === undefined) return undefined;
      }
      if (call.malformed !== undefined) return answer(gatewayError('bad-request', call.malformed), call, undefined, undefined);
      if (call.host !== undefined && !isValidHost(call.host)) {
        return answer(gatewayError('bad-request', 'The Host header is not a valid host[:port]'), call, undefined, undefined);
      }
      if (url === undefined) return answer(gatewayError('bad-request', 'The request target is not a path'), call, undefined, undefined);
      if (UNSENDABLE_METHODS.has(call.method.toUpperCase())) return answer(gatewayError('bad-request', `The method ${call.method} cannot be forwarded`), call, undefined, undefined);
      compiled ??= findRoute(url);
      if (compiled === undefined) return answer(gatewayError('no-route'), call, undefined, undefined);
      const unforwardable = call.unforwardableBody();
      // Never an empty or cut body in its place: the upstream would act on a request nobody sent.
      if (unforwardable !== undefined) return answer(gatewayError('body-consumed', unforwardable), call, compiled.route, undefined);
      return await forward(call, url, compiled);
    } catch (cause) {
      // Only a bug (ours, a vendor's or a custom fetch's) gets here; the client still gets a problem.
      try {
        return answer(gatewayError('internal', undefined, cause), call, compiled?.route, undefined);
      } catch {
        return lastResort();
      }
    }
  };

  const match = (request: Request): GatewayRoute | undefined => {
    try {
      const url = new URL(request.url);
      const host = request.headers.get('host');
      if (host !== null && !isValidHost(host)) return undefined;
      return findRoute(url)?.route;
    } catch {
      return undefined;
    }
  };

  const handle = async (request: Request): Promise<Response> => {
    let outcome: Outcome;
    try {
      // `handle` answers every request: its calls never ask to pass any on.
      outcome = (await serve(callOf(request))) ?? lastResort();
    } catch {
      outcome = lastResort();
    }
    try {
      return responseOf(outcome);
    } catch {
      return responseOf(lastResort());
    }
  };

  const gateway: Gateway = { handle, match };
  SERVE.set(gateway, serve);
  return gateway;
}
