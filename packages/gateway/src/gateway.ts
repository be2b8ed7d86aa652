import { createApiError, networkErrorOf, parseViewWith, readResponse, viewOf, type ApiError } from '@errata/core';
import { passedResponseHeaders, upstreamRequestHeaders } from './hopByHop.ts';
import { problemHeaders, problemOf, problemResponse, problemStatus, type ProblemSettings } from './problemResponse.ts';
import { compileRoute, findRoute, targetUrl, type CompiledRoute } from './routing.ts';
import { secretsOf } from './secrets.ts';
import type { Gateway, GatewayOptions, GatewayRoute, UpstreamFetch } from './types.ts';

export const DEFAULT_TIMEOUT_MS = 30_000;
export const DEFAULT_MAX_ERROR_BODY_BYTES = 65_536;

// Statuses whose responses have no body; `new Response` refuses one for them.
const NULL_BODY_STATUSES: ReadonlySet<number> = /* @__PURE__ */ new Set([101, 103, 204, 205, 304]);

/** `RequestInit` with the streaming-upload switch the DOM typings do not know yet. */
type StreamingInit = RequestInit & { duplex?: 'half' };

function gatewayError(code: 'no-route' | 'bad-request' | 'internal', cause?: unknown): ApiError {
  const kind = code === 'no-route' ? 'not-found' : code === 'bad-request' ? 'invalid-argument' : 'internal';
  const message =
    code === 'no-route' ? 'No upstream route matches this request' : code === 'bad-request' ? 'The request URL could not be read' : 'The gateway failed while handling the request';
  return createApiError({ vendor: 'gateway', code, kind, status: code === 'no-route' ? 404 : code === 'bad-request' ? 400 : 500, message, cause });
}

function cancelBody(response: Response): void {
  try {
    response.body?.cancel().catch(() => undefined);
  } catch {
    // A locked or already closed body has nobody left to free.
  }
}

function passThrough(upstream: Response, decoded: boolean, method: string): Response {
  const body = NULL_BODY_STATUSES.has(upstream.status) || method === 'HEAD' ? null : upstream.body;
  if (body === null) cancelBody(upstream);
  return new Response(body, { status: upstream.status, statusText: upstream.statusText, headers: passedResponseHeaders(upstream.headers, decoded) });
}

/** The answer when even building a problem failed: fixed, so it cannot fail in turn. */
function lastResort(): Response {
  const body = '{"type":"urn:errata:gateway:internal","title":"Something went wrong on our side. Please try again later.","status":500,"vendor":"gateway","code":"internal","kind":"internal","action":"none","retryable":false}';
  return new Response(body, { status: 500, headers: { 'content-type': 'application/problem+json', 'cache-control': 'no-store' } });
}

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

function positive(value: number | undefined, fallback: number): number {
  return value !== undefined && Number.isFinite(value) && value > 0 ? value : fallback;
}

/**
 * A gateway in front of several upstreams. Successful responses stream through untouched; every
 * failure (an upstream error in any format, a timeout, an unreachable host) becomes RFC 9457
 * problem+json with the normalized kind, retry advice, IETF rate-limit headers and the upstream's
 * request id, and without upstream credentials or, on 5xx, internal detail.
 */
export function createGateway(options: GatewayOptions): Gateway {
  const routes: readonly CompiledRoute[] = options.routes.map(compileRoute);
  const upstreamFetch: UpstreamFetch = options.fetch ?? ((request) => fetch(request));
  const timeoutMs = positive(options.timeoutMs, DEFAULT_TIMEOUT_MS);
  const maxBodyBytes = positive(options.maxErrorBodyBytes, DEFAULT_MAX_ERROR_BODY_BYTES);
  const decoded = options.fetchDecodes ?? true;
  const settings: ProblemSettings = {
    typeBase: options.problemTypeBase,
    exposeDetail: options.exposeDetail ?? false,
    keepHeaders: options.keepErrorHeaders ?? [],
    statusOf: options.statusOf,
  };
  const { onProblem } = options;

  const answer = (error: ApiError, request: Request, url: URL | undefined, route: GatewayRoute | undefined, upstream: Response | undefined): Response => {
    const status = problemStatus(error, settings.statusOf);
    const secrets = url === undefined ? [] : secretsOf(request, url, upstream?.headers);
    const problem = problemOf(error, status, settings, upstream?.headers, secrets);
    if (onProblem !== undefined) {
      try {
        onProblem({ error, status, request, route });
      } catch {
        // A logging hook must not change the answer.
      }
    }
    return problemResponse(problem, problemHeaders(problem, error, settings, upstream?.headers, Date.now()));
  };

  const forward = async (request: Request, url: URL, compiled: CompiledRoute): Promise<Response> => {
    const { route } = compiled;
    const vendor = route.vendor;
    // One deadline covers the response head and, for errors, the capped body read. A successful
    // body then streams without a deadline: the client decides how long it waits.
    const controller = new AbortController();
    const timer = setTimeout(() => {
      controller.abort(new DOMException('The upstream did not answer in time', 'TimeoutError'));
    }, positive(route.timeoutMs, timeoutMs));
    const onClientGone = (): void => {
      controller.abort(request.signal.reason);
    };
    if (request.signal.aborted) onClientGone();
    else request.signal.addEventListener('abort', onClientGone, { once: true });
    const done = (): void => {
      clearTimeout(timer);
      request.signal.removeEventListener('abort', onClientGone);
    };

    let upstream: Response;
    try {
      const hasBody = request.method !== 'GET' && request.method !== 'HEAD' && request.body !== null;
      const init: StreamingInit = {
        method: request.method,
        headers: upstreamRequestHeaders(request.headers),
        redirect: 'manual',
        signal: controller.signal,
        ...(hasBody ? { body: request.body, duplex: 'half' } : {}),
      };
      upstream = await upstreamFetch(new Request(targetUrl(compiled, url), init));
    } catch (cause) {
      done();
      // Abort reasons come back as the rejection: `TimeoutError` for our deadline, the client's otherwise.
      return answer(networkErrorOf(request.signal.aborted ? new DOMException('The client went away', 'AbortError') : cause, vendor?.vendor), request, url, route, undefined);
    }

    const status = upstream.status;
    const isError = status >= 400 || status < 200;
    if (!isError && !(route.inspectSuccess === true && status < 300 && upstream.body !== null)) {
      done();
      return passThrough(upstream, decoded, request.method);
    }

    // Core reads a clone up to the cap and cancels that clone; the original keeps at most what the
    // clone read, until it is passed on (a success) or cancelled below (an error).
    // The deadline bounds this read even when a custom fetch does not tie the body to the signal.
    const view = (await untilAborted(readResponse(upstream, { maxBodyBytes }), controller.signal)) ?? viewOf({ status, headers: upstream.headers, url: upstream.url });
    done();
    const error = parseViewWith(vendor, view, undefined);
    if (error === undefined) return passThrough(upstream, decoded, request.method);
    cancelBody(upstream);
    return answer(error, request, url, route, upstream);
  };

  const match = (request: Request): GatewayRoute | undefined => {
    try {
      return findRoute(routes, new URL(request.url))?.route;
    } catch {
      return undefined;
    }
  };

  const handle = async (request: Request): Promise<Response> => {
    let url: URL | undefined;
    let compiled: CompiledRoute | undefined;
    try {
      url = new URL(request.url);
      compiled = findRoute(routes, url);
      if (compiled === undefined) return answer(gatewayError('no-route'), request, url, undefined, undefined);
      return await forward(request, url, compiled);
    } catch (cause) {
      // Only a bug (ours, a vendor's or a custom fetch's) gets here; the client still gets a problem.
      try {
        return answer(gatewayError(url === undefined ? 'bad-request' : 'internal', cause), request, url, compiled?.route, undefined);
      } catch {
        return lastResort();
      }
    }
  };

  return { handle, match };
}
