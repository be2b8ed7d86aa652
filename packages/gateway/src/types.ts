import type { ApiError, Registry, VendorModule } from '@errata/core';
import type { SecretOptions } from './secrets.ts';

export type { SecretOptions } from './secrets.ts';

/**
 * How the gateway reaches upstreams. The global `fetch` fits; so does any function that answers a
 * `Request` with a `Response`, such as in-process handlers that simulate upstreams.
 */
export type UpstreamFetch = (request: Request) => Promise<Response>;

/**
 * One upstream: which requests go to it, where it lives, and how its errors are read. Routes
 * match on the request target's path only, never on the `Host` header (or `X-Forwarded-*`): a
 * client cannot pick a route by what it puts in a header.
 */
export interface GatewayRoute {
  /**
   * Match on a path prefix, at a segment boundary (`/discord` matches `/discord/x`, not
   * `/discordx`); the longest matching prefix wins. Without one, the route matches every path no
   * prefixed route takes.
   */
  readonly pathPrefix?: string;
  /** Base URL of the upstream, e.g. `https://discord.com/api/v10`. The request path is appended. */
  readonly upstream: string;
  /**
   * The vendor that reads this upstream's errors: its module, or its name in the gateway's
   * `registry`. Without one, errors get core's generic HTTP error, or (when the gateway was given
   * a `registry`) whatever that registry makes of the response: see `GatewayOptions.registry`.
   */
  readonly vendor?: VendorModule | string;
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
  /**
   * Send the vendor's `details` (e.g. riCloud's device list, the scopes a token lacks, Apple's
   * error list) as the `details` member of problems, redacted and size-capped. Default true; set
   * false for an upstream whose details clients must not see. Never on 5xx unless `exposeDetail`.
   */
  readonly details?: boolean;
}

/** What `onProblem` is told each time the gateway answers with a problem. */
export interface ProblemEvent {
  readonly error: ApiError;
  /** The status the gateway answered with. */
  readonly status: number;
  /** The client's request. From the node adapter it is built on first read, without the body. */
  readonly request: Request;
  /** The route the request matched, if any. */
  readonly route: GatewayRoute | undefined;
}

export interface GatewayOptions {
  /**
   * Where requests go. The route whose `pathPrefix` is the longest match wins, whatever the order
   * (core's registry picks it); of two routes with the same prefix, the first listed.
   */
  readonly routes: readonly GatewayRoute[];
  /**
   * The registry that reads upstream errors (`createRegistry` from `@errata/core`), e.g. to share
   * one with the rest of your app or to attach a redactor. A route's `vendor` is then a hint to it
   * (a module or a name it holds), and a route without one gets the registry's own resolution from
   * the upstream URL and the body: its routes and the modules' hosts, an errata gateway's problem,
   * the most specific `detect`, then the generic error. Default: a registry of the routes'
   * vendors, asked only with a route's vendor; routes without one get the generic error.
   */
  readonly registry?: Registry;
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
   * Upstream response headers copied onto problem responses, their values redacted (core's
   * credential patterns, then the request's own secrets; a value holding a short secret is
   * dropped). Credential headers (`set-cookie`, ...) are never copied. Default: `www-authenticate` on
   * 401 and 403 answers, and `dpop-nonce`. A list given here is kept on every problem; `[]` keeps none.
   */
  readonly keepErrorHeaders?: readonly string[];
  /** Most characters of a problem's serialized vendor `details`; larger details are left out. Default 8192. */
  readonly maxDetailsLength?: number;
  /**
   * Secrets to keep out of problems besides the built-in ones (the request's credential headers,
   * cookies and credential query parameters, and the upstream's `set-cookie` values).
   */
  readonly secrets?: SecretOptions;
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
