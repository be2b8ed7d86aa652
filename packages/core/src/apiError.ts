import type { Action } from './action.ts';
import { actionOfRetry } from './retry.ts';
import { ERROR_BRAND, SERIAL_VERSION } from './brand.ts';
import type { FieldIssue } from './fieldIssue.ts';
import type { Kind } from './kind.ts';
import type { RateLimitSnapshot } from './rateLimitSnapshot.ts';
import { NO_RETRY, type RetryAdvice } from './retry.ts';
import { chainRedactors, DEFAULT_REDACTOR, excerptOf, isRedactor, type Redactor } from './redact.ts';
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
  /**
   * The version of the plain form, also carried by the error itself so that a `structuredClone` or
   * `postMessage` copy (which keeps only own enumerable data) is still recognized by `rehydrate`.
   */
  readonly errata: typeof SERIAL_VERSION;
  readonly name: 'ApiError';
  readonly vendor: TVendor;
  readonly code: TCode;
  readonly kind: Kind;
  /** The HTTP status, or 0 when there was no HTTP response (a network failure, a session object). */
  readonly status: number;
  /**
   * The vendor's own message, for developers and logs, with secrets masked (redacted on first read;
   * see `redactWith`). Not own data: `structuredClone(error)` keeps everything else; clone `toJSON()`.
   */
  readonly message: string;
  /** A message that is safe to show to end users: it names no internals. */
  readonly publicMessage: string;
  readonly action: Action;
  readonly retry: RetryAdvice;
  readonly rateLimit: RateLimitSnapshot | undefined;
  /** Field issues, as data for code; every surface (`toJSON`, `toProblem`, inspect) shows them redacted. */
  readonly issues: readonly FieldIssue[];
  /** The upstream's id for this request, to quote to its support. */
  readonly requestId: string | undefined;
  /**
   * Vendor-specific data (JSON-safe), e.g. Discord's `global` flag or Apple's error list. Kept exact
   * for vendor helpers; every surface shows a redacted, size-capped copy.
   */
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
  /** Masks secrets on every surface of the error (one made by `createRedactor`); default errata's own rules. */
  readonly redactor?: Redactor | undefined;
}

const NO_ISSUES: readonly FieldIssue[] = /* @__PURE__ */ Object.freeze([]);
const INSPECT = Symbol.for('nodejs.util.inspect.custom');

// Nested causes are walked this deep; a cycle ends there too.
const MAX_CAUSE_DEPTH = 4;
const MAX_NAME_LENGTH = 200;

function describeCause(cause: unknown, redactor: Redactor, depth: number): unknown {
  if (cause === undefined) return undefined;
  try {
    if ((typeof cause === 'object' && cause !== null) || typeof cause === 'function') {
      const { name, message, code } = cause as { name?: unknown; message?: unknown; code?: unknown };
      const nested = depth < MAX_CAUSE_DEPTH ? describeCause((cause as { cause?: unknown }).cause, redactor, depth + 1) : undefined;
      return {
        name: typeof name === 'string' ? redactor.text(name.slice(0, MAX_NAME_LENGTH)) : 'Error',
        message: typeof message === 'string' ? redactor.text(message) : '',
        ...(typeof code === 'string' ? { code: redactor.text(code.slice(0, MAX_NAME_LENGTH)) } : typeof code === 'number' ? { code } : {}),
        ...(nested === undefined ? {} : { cause: nested }),
      };
    }
    if (typeof cause === 'string') return redactor.text(cause);
    return typeof cause === 'number' || typeof cause === 'boolean' || typeof cause === 'bigint' ? String(cause) : typeof cause;
  } catch {
    // A Proxy or a throwing getter: say that there was a cause, nothing more.
    return { name: 'Error', message: '' };
  }
}

function metaOf(view: ResponseView, redactor: Redactor): ResponseMeta {
  const headers: Record<string, string> = Object.create(null) as Record<string, string>;
  for (const [name, value] of view.headers.entries()) headers[name] = redactor.header(name, value);
  const contentType = view.headers.get('content-type');
  return {
    status: view.status,
    ...(view.url === undefined ? {} : { url: redactor.url(view.url) }),
    ...(contentType === undefined ? {} : { contentType: redactor.text(contentType) }),
    headers,
    ...(view.text === undefined ? {} : { bodyExcerpt: excerptOf(view.text, BODY_EXCERPT_LENGTH, redactor) }),
    truncated: view.truncated,
  };
}

class ErrataError<TVendor extends string, TCode extends Code, TDetails> {
  // Own and enumerable, unlike the getters below: a structured clone keeps it, and rehydrate knows the copy.
  readonly errata: typeof SERIAL_VERSION = SERIAL_VERSION;
  readonly vendor: TVendor;
  readonly code: TCode;
  readonly kind: Kind;
  readonly status: number;
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
  #rawMessage: string;
  #message: string | undefined;
  #redactor: Redactor;

  constructor(init: ApiErrorInit<TVendor, TCode, TDetails>) {
    this.vendor = init.vendor;
    this.code = init.code;
    this.kind = init.kind;
    this.status = init.status;
    this.publicMessage = init.publicMessage ?? publicMessageOf(init.kind);
    this.retry = init.retry ?? NO_RETRY;
    this.action = init.action ?? actionOfRetry(this.retry);
    this.rateLimit = init.rateLimit;
    this.issues = init.issues ?? NO_ISSUES;
    this.requestId = init.requestId;
    this.details = init.details as TDetails;
    this.#source = init.source;
    this.#cause = init.cause;
    // Nothing is redacted while parsing (a scan costs as much as JSON.parse of a small body): the
    // message is redacted on first read and kept, and every other surface redacts on the way out.
    this.#rawMessage = typeof init.message === 'string' ? init.message : '';
    this.#redactor = isRedactor(init.redactor) ? init.redactor : DEFAULT_REDACTOR;
  }

  /**
   * The vendor's message with secrets masked, redacted on first read: loggers, error trackers and
   * stack traces all read it here. (A getter, so a structured clone does not carry it; clone
   * `toJSON()` to keep it.)
   */
  get message(): string {
    if (!(#rawMessage in this)) return '';
    return (this.#message ??= this.#redactor.text(this.#rawMessage));
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
    return (this.#meta ??= metaOf(this.#source, this.#redactor));
  }

  toJSON(): SerializedApiError {
    const redactor = ErrataError.redactorOf(this);
    return toSerialized(this as unknown as ApiError, describeCause(this.cause, redactor, 0), redactor);
  }

  toProblem(options?: ProblemOptions): ProblemDetails {
    return toProblem(this as unknown as ApiError, options);
  }

  toString(): string {
    return `ApiError [${this.vendor} ${String(this.code)}]: ${this.message}`;
  }

  /** The redactor of an errata error (also from another copy's prototype: none), else errata's own. */
  static redactorOf(value: unknown): Redactor {
    return typeof value === 'object' && value !== null && #redactor in value ? value.#redactor : DEFAULT_REDACTOR;
  }

  static use(value: unknown, redactor: Redactor): void {
    if (typeof value !== 'object' || value === null || !(#redactor in value) || !isRedactor(redactor)) return;
    const error = value as ErrataError<string, Code, unknown>;
    error.#redactor = chainRedactors(error.#redactor, redactor);
    error.#meta = undefined;
    error.#message = undefined;
    // A stack already captured was formatted from the old message: mask it with the new rules.
    const stack = Object.getOwnPropertyDescriptor(error, 'stack');
    if (stack !== undefined) {
      const text: unknown = stack.get === undefined ? stack.value : (error as { stack?: unknown }).stack;
      if (typeof text === 'string') Object.defineProperty(error, 'stack', { value: error.#redactor.text(text), writable: true, configurable: true });
    }
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

/** The redactor an error's surfaces use: its own (see `redactWith`), or errata's rules. Internal. */
export function redactorOf(error: unknown): Redactor {
  return ErrataError.redactorOf(error);
}

/**
 * Makes every surface of `error` (its `message`, `stack`, `toString`, `toJSON`, `toProblem`,
 * inspect, the response summary) also apply `redactor`, e.g. one built with the request's own
 * credentials as `secrets`. Adds to the rules the error already had; returns the same error.
 * Values that are not errata errors, and redactors not made by `createRedactor`, change nothing.
 */
export function redactWith<TError>(error: TError, redactor: Redactor): TError {
  ErrataError.use(error, redactor);
  return error;
}

/** Builds an error value. Vendor parsers call this; applications rarely need to. */
export function createApiError<TVendor extends string, TCode extends Code, TDetails = undefined>(
  init: ApiErrorInit<TVendor, TCode, TDetails>,
): ApiError<TVendor, TCode, TDetails> {
  return new BrandedError(init) as unknown as ApiError<TVendor, TCode, TDetails>;
}
