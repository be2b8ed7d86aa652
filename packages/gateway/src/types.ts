import type { ApiError, VendorModule } from '@errata/core';

/**
 * How the gateway reaches upstreams. The global `fetch` fits; so does any function that answers a
 * `Request` with a `Response`, such as in-process handlers that simulate upstreams.
 */
export type UpstreamFetch = (request: Request) => Promise<Response>;

/** One upstream: which requests go to it, where it lives, and how its errors are read. */
export interface GatewayRoute {
  /** Match on the request's hostname: exact, or a suffix starting with `.` (which also matches the bare domain). */
  readonly host?: string;
  /** Match on a path prefix, at a segment boundary (`/discord` matches `/discord/x`, not `/discordx`). */
  readonly pathPrefix?: string;
  /** Base URL of the upstream, e.g. `https://discord.com/api/v10`. The request path is appended. */
  readonly upstream: string;
  /** The vendor module that reads this upstream's errors. Without one, errors get core's generic HTTP error. */
  readonly vendor?: VendorModule;
  /** Remove `pathPrefix` before appending the path to `upstream`. Default true. */
  readonly stripPrefix?: boolean;
  /**
   * The vendor may report errors with a 2xx status (e.g. `stat: "error"` bodies). Then 2xx bodies are
   * read (up to the error cap) and given to the vendor before being passed on. Default false: 2xx
   * responses stream through untouched.
   */
  readonly inspectSuccess?: boolean;
  /** Overrides the gateway's `timeoutMs` for this route. */
  readonly timeoutMs?: number;
}

/** What `onProblem` is told each time the gateway answers with a problem. */
export interface ProblemEvent {
  readonly error: ApiError;
  /** The status the gateway answered with. */
  readonly status: number;
  readonly request: Request;
  /** The route the request matched, if any. */
  readonly route: GatewayRoute | undefined;
}

export interface GatewayOptions {
  /** Checked in order; the first match wins. */
  readonly routes: readonly GatewayRoute[];
  /** Default: the global `fetch`. */
  readonly fetch?: UpstreamFetch;
  /**
   * Longest wait for the upstream's response head, and for an error body, in milliseconds. A
   * successful body then streams for as long as it takes. Default 30 000.
   */
  readonly timeoutMs?: number;
  /** Most bytes of an upstream error body read; the rest is cancelled, never buffered. Default 64 KiB. */
  readonly maxErrorBodyBytes?: number;
  /** Base of problem `type` URIs; default core's `urn:errata:`. */
  readonly problemTypeBase?: string;
  /** Keep the developer `detail` on 5xx problems too. Default false: 5xx problems name no internals. */
  readonly exposeDetail?: boolean;
  /**
   * Upstream response headers copied onto problem responses (e.g. `www-authenticate`). Credential
   * headers (`set-cookie`, ...) are never copied. Default none.
   */
  readonly keepErrorHeaders?: readonly string[];
  /**
   * The status to answer with for an error; return `undefined` for the default (the upstream's
   * 4xx/5xx status, else the status of the error's kind; 504 for timeouts, 502 for unreachable upstreams).
   */
  readonly statusOf?: (error: ApiError) => number | undefined;
  /** Called for every problem the gateway answers with, e.g. to log it. Exceptions are ignored. */
  readonly onProblem?: (event: ProblemEvent) => void;
  /**
   * The fetch function decodes `content-encoding` itself (as every standard fetch does), so passed-on
   * responses drop `content-encoding` and `content-length`. Set false for a fetch that hands back
   * the raw bytes. Default true.
   */
  readonly fetchDecodes?: boolean;
}

/** The gateway: a Web-standard request handler. */
export interface Gateway {
  /** Answers any request; never rejects. Detachable (`Deno.serve(gateway.handle)`). */
  readonly handle: (request: Request) => Promise<Response>;
  /** The route a request would take, without sending it anywhere. */
  readonly match: (request: Request) => GatewayRoute | undefined;
}
