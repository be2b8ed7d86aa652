import type { Action } from './action.ts';
import { actionOfRetry } from './retry.ts';
import { ERROR_BRAND } from './brand.ts';
import type { FieldIssue } from './fieldIssue.ts';
import type { Kind } from './kind.ts';
import type { RateLimitSnapshot } from './rateLimitSnapshot.ts';
import { NO_RETRY, type RetryAdvice } from './retry.ts';
import { redactHeaderValue, redactText, redactUrl } from './redact.ts';
import { publicMessageOf } from './publicMessage.ts';
import type { ResponseView } from './view.ts';
import { toSerialized, type SerializedApiError } from './toSerialized.ts';
import { toProblem, type ProblemDetails, type ProblemOptions } from './toProblem.ts';

/** Any vendor code: the vendor's literal union widened by `OrUnknown`. */
export type Code = string | number;

/**
 * A vendor's known codes plus any other value of the same primitive type. The `& Record<never, never>`
 * keeps the literals visible to autocompletion instead of collapsing into `string`/`number`.
 */
export type OrUnknown<TCode extends Code> = TCode | (TCode extends number ? number & Record<never, never> : string & Record<never, never>);

/** How much of the body `response.bodyExcerpt` keeps. */
export const BODY_EXCERPT_LENGTH = 1024;

/** A redacted summary of the response an error came from. */
export interface ResponseMeta {
  readonly status: number;
  readonly url?: string;
  readonly contentType?: string;
  /** Response headers, credential values replaced. */
  readonly headers: Readonly<Record<string, string>>;
  /** The first `BODY_EXCERPT_LENGTH` characters of the body text. */
  readonly bodyExcerpt?: string;
  /** True when the body was longer than the read cap. */
  readonly truncated: boolean;
}

/**
 * The normalized error value. Every vendor produces this one shape; narrow it with `isApiError`,
 * a vendor guard or `hasKind`. It is an `Error` (its prototype chain includes `Error.prototype`)
 * but is built without capturing a stack, which would cost ten times the parse; pass
 * `captureStack: true` when parsing, or call `Error.captureStackTrace(err)` where you throw.
 */
export interface ApiError<TVendor extends string = string, TCode extends Code = Code, TDetails = unknown> extends Error {
  readonly [ERROR_BRAND]: true;
  readonly name: 'ApiError';
  readonly vendor: TVendor;
  readonly code: TCode;
  readonly kind: Kind;
  /** The HTTP status, or 0 when there was no HTTP response (a network failure, a session object). */
  readonly status: number;
  /** The vendor's own message, for developers and logs. */
  readonly message: string;
  /** A message that is safe to show to end users: it names no internals. */
  readonly publicMessage: string;
  readonly action: Action;
  readonly retry: RetryAdvice;
  readonly rateLimit: RateLimitSnapshot | undefined;
  readonly issues: readonly FieldIssue[];
  /** The upstream's id for this request, to quote to its support. */
  readonly requestId: string | undefined;
  /** Vendor-specific data (JSON-safe), e.g. Discord's `global` flag or Apple's error list. */
  readonly details: TDetails;
  /** The parsed body (or text when it was not JSON). Not enumerable. */
  readonly body: unknown;
  /** Redacted response metadata. Not enumerable. */
  readonly response: ResponseMeta | undefined;
  toJSON(): SerializedApiError;
  toProblem(options?: ProblemOptions): ProblemDetails;
}

export interface ApiErrorInit<TVendor extends string, TCode extends Code, TDetails> {
  readonly vendor: TVendor;
  readonly code: TCode;
  readonly kind: Kind;
  readonly status: number;
  readonly message: string;
  /** Defaults to a generic message for the kind. */
  readonly publicMessage?: string | undefined;
  /** Defaults to no retry. */
  readonly retry?: RetryAdvice | undefined;
  /** Defaults to what `retry` implies. */
  readonly action?: Action | undefined;
  readonly rateLimit?: RateLimitSnapshot | undefined;
  readonly issues?: readonly FieldIssue[] | undefined;
  readonly requestId?: string | undefined;
  readonly details?: TDetails;
  readonly cause?: unknown;
  /** The response the error came from; kept non-enumerable. */
  readonly source?: ResponseView | undefined;
}

const NO_ISSUES: readonly FieldIssue[] = /* @__PURE__ */ Object.freeze([]);
const INSPECT = Symbol.for('nodejs.util.inspect.custom');

function describeCause(cause: unknown): unknown {
  if (cause === undefined) return undefined;
  if (typeof cause === 'object' && cause !== null) {
    const { name, message, code } = cause as { name?: unknown; message?: unknown; code?: unknown };
    return {
      name: typeof name === 'string' ? name : 'Error',
      message: typeof message === 'string' ? redactText(message) : '',
      ...(typeof code === 'string' || typeof code === 'number' ? { code } : {}),
    };
  }
  if (typeof cause === 'string') return redactText(cause);
  return typeof cause === 'number' || typeof cause === 'boolean' || typeof cause === 'bigint' ? String(cause) : typeof cause;
}

function metaOf(view: ResponseView): ResponseMeta {
  const headers: Record<string, string> = Object.create(null) as Record<string, string>;
  for (const [name, value] of view.headers.entries()) headers[name] = redactHeaderValue(name, value);
  const contentType = view.headers.get('content-type');
  return {
    status: view.status,
    ...(view.url === undefined ? {} : { url: redactUrl(view.url) }),
    ...(contentType === undefined ? {} : { contentType }),
    headers,
    ...(view.text === undefined ? {} : { bodyExcerpt: view.text.slice(0, BODY_EXCERPT_LENGTH) }),
    truncated: view.truncated,
  };
}

class ErrataError<TVendor extends string, TCode extends Code, TDetails> {
  readonly vendor: TVendor;
  readonly code: TCode;
  readonly kind: Kind;
  readonly status: number;
  readonly message: string;
  readonly publicMessage: string;
  readonly action: Action;
  readonly retry: RetryAdvice;
  readonly rateLimit: RateLimitSnapshot | undefined;
  readonly issues: readonly FieldIssue[];
  readonly requestId: string | undefined;
  readonly details: TDetails;
  #source: ResponseView | undefined;
  #cause: unknown;
  #meta: ResponseMeta | undefined;

  constructor(init: ApiErrorInit<TVendor, TCode, TDetails>) {
    this.vendor = init.vendor;
    this.code = init.code;
    this.kind = init.kind;
    this.status = init.status;
    this.message = init.message;
    this.publicMessage = init.publicMessage ?? publicMessageOf(init.kind);
    this.retry = init.retry ?? NO_RETRY;
    this.action = init.action ?? actionOfRetry(this.retry);
    this.rateLimit = init.rateLimit;
    this.issues = init.issues ?? NO_ISSUES;
    this.requestId = init.requestId;
    this.details = init.details as TDetails;
    this.#source = init.source;
    this.#cause = init.cause;
  }

  // A getter, not a field: like Error's own `name`, it belongs on the prototype, not in Object.keys.
  // eslint-disable-next-line @typescript-eslint/class-literal-property-style
  get name(): 'ApiError' {
    return 'ApiError';
  }

  // Getters guard with `#x in this`: loggers and test printers read them on the prototype too.
  get cause(): unknown {
    return #cause in this ? this.#cause : undefined;
  }

  // `Error.captureStackTrace(err)` defines an own `stack` that shadows this placeholder.
  get stack(): string {
    return `ApiError: ${this.message}\n    at ${this.vendor} response (stack not captured)`;
  }

  get body(): unknown {
    const source = #source in this ? this.#source : undefined;
    if (source === undefined) return undefined;
    return source.json() ?? source.text;
  }

  get response(): ResponseMeta | undefined {
    if (!(#source in this) || this.#source === undefined) return undefined;
    return (this.#meta ??= metaOf(this.#source));
  }

  toJSON(): SerializedApiError {
    return toSerialized(this as unknown as ApiError, describeCause(this.cause));
  }

  toProblem(options?: ProblemOptions): ProblemDetails {
    return toProblem(this as unknown as ApiError, options);
  }

  toString(): string {
    return `ApiError [${this.vendor} ${String(this.code)}]: ${redactText(this.message)}`;
  }

}

// Inherit Error.prototype without running the Error constructor (which captures a stack), and
// brand the prototype. Wrapped in a pure call so bundles that never build an error drop the class.
const BrandedError: typeof ErrataError = /* @__PURE__ */ ((): typeof ErrataError => {
  Object.setPrototypeOf(ErrataError.prototype, Error.prototype);
  Object.defineProperty(ErrataError.prototype, ERROR_BRAND, { value: true });
  // What console.log and util.inspect show: the serialized, redacted form plus the response summary.
  // (Defined here, not as a computed class member, which bundlers cannot tree-shake.)
  Object.defineProperty(ErrataError.prototype, INSPECT, {
    value(this: ErrataError<string, Code, unknown>): unknown {
      return { ...this.toJSON(), response: this.response };
    },
  });
  return ErrataError;
})();

/** Builds an error value. Vendor parsers call this; applications rarely need to. */
export function createApiError<TVendor extends string, TCode extends Code, TDetails = undefined>(
  init: ApiErrorInit<TVendor, TCode, TDetails>,
): ApiError<TVendor, TCode, TDetails> {
  return new BrandedError(init) as unknown as ApiError<TVendor, TCode, TDetails>;
}
