import type { Action } from './action.ts';
import { actionOfRetry } from './retry.ts';
import { ERROR_BRAND, SERIAL_VERSION } from './brand.ts';
import type { FieldIssue } from './fieldIssue.ts';
import type { Kind } from './kind.ts';
import type { RateLimitSnapshot } from './rateLimitSnapshot.ts';
import { NO_RETRY, type RetryAdvice } from './retry.ts';
import { chainRedactors, DEFAULT_REDACTOR, excerptOf, isRedactor, type Redactor } from './redact.ts';
import { publicMessageOf } from './publicMessage.ts';
import { requestContextOf, type RequestContext } from './requestContext.ts';
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
 * a vendor guard or `hasKind`. It is a native `Error` (`Error.isError`, `instanceof Error`), named
 * after its vendor (`DiscordError`), built without walking the stack (that would cost ten times
 * the parse): `stack` is one line until you pass `captureStack: true` when parsing or call
 * `Error.captureStackTrace(err)` where you throw.
 */
export interface ApiError<TVendor extends string = string, TCode extends Code = Code, TDetails = unknown> extends Error {
  readonly [ERROR_BRAND]: true;
  /**
   * The version of the plain form, also carried by the error itself as own data, so that a copy of
   * its own fields (`{ ...error }`, a logger's serializer) is still recognized by `rehydrate`.
   */
  readonly errata: typeof SERIAL_VERSION;
  /**
   * `DiscordError`, `AppleBusinessError`, `HttpError`, `NetworkError`: derived from the vendor, or
   * the name its module chose (`errorName`, e.g. `BearerOAuthError`).
   */
  readonly name: string;
  readonly vendor: TVendor;
  readonly code: TCode;
  readonly kind: Kind;
  /** The HTTP status, or 0 when there was no HTTP response (a network failure, a session object). */
  readonly status: number;
  /**
   * The vendor's own message, for developers and logs, with secrets masked (redacted on first read;
   * see `redactWith`). A getter, not own data: send `toJSON()` across `postMessage`, not the error.
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
  /** The cause (a fetch failure, a parse error), as given. Not own data: no clone or copy carries it. */
  readonly cause: unknown;
  /**
   * The request the error came from, when the client that made it recorded one (`@errata/fetch`,
   * `annotate`): method, redacted URL, attempts and total delay. Own data, the URL already
   * redacted; absent on errors parsed without one.
   */
  readonly request?: RequestContext;
  /** The parsed body (or text when it was not JSON). Not enumerable. */
  readonly body: unknown;
  /** Redacted response metadata. Not enumerable. */
  readonly response: ResponseMeta | undefined;
  toJSON(): SerializedApiError;
  toProblem(options?: ProblemOptions): ProblemDetails;
}

/**
 * What `createApiError` takes: the discriminants and message, and every optional field with its default.
 * Parsers build it as one literal with every member below except `cause`, `request` and `redactor`,
 * in this order (`undefined` where there is nothing): objects of one shape keep the constructor's
 * property reads monomorphic, which saves a third of its cost in a process that parses for several
 * vendors.
 */
export interface ApiErrorInit<TVendor extends string, TCode extends Code, TDetails> {
  readonly vendor: TVendor;
  /**
   * The error's `name`, when the one derived from `vendor` reads wrong (`BearerOAuthError`, not
   * `BearerOauthError`): letters, digits, `_` and `$`, at most 64 of them; anything else is ignored.
   * A vendor module's `errorName` (see `defineVendor`) also names its rehydrated errors.
   */
  readonly errorName?: string | undefined;
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
  /** The request the error came from; its URL is redacted here (see `RequestContext`). */
  readonly request?: RequestContext | undefined;
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

// Error names by vendor string, derived once each: `name` is read by every stack, log line and
// tracker. Bounded, since vendor strings of rebuilt errors come from outside.
const NAMES = /* @__PURE__ */ new Map<string, string>();
const MAX_NAMES = 64;
const MAX_NAME_PART = 64;

/**
 * The error name for a vendor: its letters and digits in PascalCase plus `Error` (`discord` →
 * `DiscordError`, `apple-business` → `AppleBusinessError`, `http` → `HttpError`); `ApiError` when
 * the vendor has no letter or digit. Internal.
 */
export function errorNameOf(vendor: unknown): string {
  if (typeof vendor !== 'string') return 'ApiError';
  let name = NAMES.get(vendor);
  if (name !== undefined) return name;
  let stem = '';
  let wordStart = true;
  for (let index = 0; index < vendor.length && stem.length < MAX_NAME_PART; index++) {
    const code = vendor.charCodeAt(index);
    const lower = code >= 97 && code <= 122;
    if (!lower && !(code >= 65 && code <= 90) && !(code >= 48 && code <= 57)) {
      wordStart = true;
      continue;
    }
    stem += wordStart && lower ? String.fromCharCode(code - 32) : vendor.charAt(index);
    wordStart = false;
  }
  name = `${stem === '' ? 'Api' : stem}Error`;
  if (NAMES.size < MAX_NAMES) NAMES.set(vendor, name);
  return name;
}

// What `errorName` may be: a JavaScript identifier's characters, at most 64 (one pass, no backtracking).
const ERROR_NAME = /^[\w$]{1,64}$/;

/** `name` when it can be an error name (see `ApiErrorInit.errorName`), else `undefined`. Internal. */
export function validErrorName(name: unknown): string | undefined {
  return typeof name === 'string' && ERROR_NAME.test(name) ? name : undefined;
}

/**
 * Records the error name a vendor module chose for its vendor string (`defineVendor`), so errors
 * rebuilt from their plain form are named as parsed ones are. The first choice stays. Internal.
 */
export function chooseErrorName(vendor: unknown, errorName: unknown): void {
  const name = validErrorName(errorName);
  if (typeof vendor !== 'string' || name === undefined || CHOSEN.has(vendor) || CHOSEN.size >= MAX_NAMES) return;
  CHOSEN.add(vendor);
  // Replaces a name derived before the choice.
  NAMES.set(vendor, name);
}

// Vendor strings whose name a module chose; their entries in `NAMES` are never replaced.
const CHOSEN = /* @__PURE__ */ new Set<string>();

interface StackLimit {
  stackTraceLimit?: unknown;
}

/**
 * Sets `Error.stackTraceLimit` to 0 (V8, JavaScriptCore) and returns the value to restore, so the
 * native `Error` constructor records no frames: walking and symbolizing them costs ten times a
 * small parse. `undefined` when there is nothing to restore: no such knob (SpiderMonkey), already
 * 0 or disabled, or a frozen `Error` (a throwing assignment must not stop a parse).
 */
function silenceStack(): number | undefined {
  try {
    const limit = (Error as StackLimit).stackTraceLimit;
    if (typeof limit !== 'number' || !(limit > 0)) return undefined;
    (Error as StackLimit).stackTraceLimit = 0;
    return limit;
  } catch {
    return undefined;
  }
}

function restoreStack(limit: number | undefined): void {
  if (limit === undefined) return;
  try {
    (Error as StackLimit).stackTraceLimit = limit;
  } catch {
    // Set a moment ago, so writable; a getter that throws now changes nothing we can fix.
  }
}

/**
 * A native `Error` (`Error.isError`, `util.types.isNativeError`, `instanceof Error`), built by
 * `createApiError` with the stack trace limit at 0: its `stack` is the engine's own, a single
 * `DiscordError: <message>` line (formatted on first read, with the redacted message) until a
 * stack is captured. Data is own and enumerable; `message`, `name`, `cause`, `body` and `response`
 * are getters on the prototype, so the raw message and the cause are never own data (a structured
 * clone of a native error keeps own `message` and `cause`: they would cross unredacted).
 */
class ErrataError<TVendor extends string, TCode extends Code, TDetails> extends Error {
  // Own and enumerable, unlike the getters below: a copy of the own data (`{ ...error }`, a logger's
  // serializer) keeps it, and rehydrate knows the copy.
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
  // Declared, not defined: an error without a request has no such own key (and copies none).
  declare readonly request?: RequestContext;
  #source: ResponseView | undefined;
  #cause: unknown;
  #meta: ResponseMeta | undefined;
  #rawMessage: string;
  #message: string | undefined;
  #redactor: Redactor;
  // As given; checked when `name` is read (rarely), not on every parse.
  #name: unknown;

  constructor(init: ApiErrorInit<TVendor, TCode, TDetails>) {
    // No message and no cause for Error itself: both would become own data, unredacted.
    super();
    this.vendor = init.vendor;
    this.#name = init.errorName;
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
    // Redacted now, not on the way out only: it is own data, which a copy (`{ ...error }`) keeps.
    const request = init.request === undefined ? undefined : requestContextOf(init.request, this.#redactor);
    if (request !== undefined) this.request = request;
  }

  /**
   * The vendor's message with secrets masked, redacted on first read: loggers, error trackers and
   * the stack's first line all read it here. (A getter, so it is not own data: a structured clone
   * does not carry it; send `toJSON()` to keep it.)
   */
  override get message(): string {
    if (!(#rawMessage in this)) return '';
    return (this.#message ??= this.#redactor.text(this.#rawMessage));
  }

  /** `DiscordError`, `AppleBusinessError`, `HttpError`…: logs and trackers group errors by vendor. */
  override get name(): string {
    if (!(#rawMessage in this)) return 'ApiError';
    return validErrorName(this.#name) ?? errorNameOf(this.vendor);
  }

  // Getters guard with `#x in this`: loggers and test printers read them on the prototype too.
  override get cause(): unknown {
    return #cause in this ? this.#cause : undefined;
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

  override toString(): string {
    return `${this.name} [${this.vendor} ${String(this.code)}]: ${this.message}`;
  }

  /** An errata error's message, already redacted with its redactor; `undefined` for anything else. */
  static redactedMessageOf(value: unknown): string | undefined {
    return typeof value === 'object' && value !== null && #rawMessage in value ? (value as ErrataError<string, Code, unknown>).message : undefined;
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
    maskStack(error, error.#redactor);
    if (error.request !== undefined) setRequest(error, requestContextOf(error.request, error.#redactor));
  }

  static annotate(value: unknown, annotation: Annotation): void {
    if (typeof value !== 'object' || value === null || !(#redactor in value)) return;
    const error = value as ErrataError<string, Code, unknown>;
    let request: unknown, cause: unknown;
    try {
      ({ request, cause } = annotation);
    } catch {
      // A hostile annotation records nothing.
      return;
    }
    // A private field: a frozen error takes it too, and no clone or copy carries it.
    if (cause !== undefined) error.#cause = cause;
    if (request !== undefined) setRequest(error, requestContextOf(request, error.#redactor));
  }
}

/** Sets (or replaces) the own `request` of an error; a frozen error keeps what it had. */
function setRequest(error: object, request: RequestContext | undefined): void {
  if (request === undefined) return;
  try {
    Object.defineProperty(error, 'request', { value: request, enumerable: true, writable: true, configurable: true });
  } catch {
    // Frozen: nothing here may turn a failure into a crash.
  }
}

/**
 * Makes `error.stack` apply `redactor` too: a stack read (or captured) before was formatted from
 * the message under the old rules. Lazy, as the stack itself is: the text is read and masked on
 * first read, not here, so a registry that adds its redactor to every error costs no scan.
 */
function maskStack(error: object, redactor: Redactor): void {
  try {
    const own = Object.getOwnPropertyDescriptor(error, 'stack');
    if (own === undefined) return;
    let masked: unknown;
    let done = false;
    Object.defineProperty(error, 'stack', {
      get(): unknown {
        if (!done) {
          const text: unknown = own.get === undefined ? own.value : own.get.call(error);
          masked = typeof text === 'string' ? redactor.text(text) : text;
          done = true;
        }
        return masked;
      },
      set(value: unknown): void {
        Object.defineProperty(error, 'stack', { value, writable: true, configurable: true });
      },
      configurable: true,
    });
  } catch {
    // A stack that cannot be redefined (a frozen error) keeps what it had.
  }
}

// Brand the prototype. Wrapped in a pure call so bundles that never build an error drop the class.
const BrandedError: typeof ErrataError = /* @__PURE__ */ ((): typeof ErrataError => {
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

/** The message of an errata error as its getter gives it (redacted once, kept); `undefined` for other values. Internal. */
export function redactedMessageOf(error: unknown): string | undefined {
  return ErrataError.redactedMessageOf(error);
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

/** What `annotate` records on an error that was already built. */
export interface Annotation {
  /** The request the error came from; replaces the one it carried. The URL is redacted. */
  readonly request?: RequestContext | undefined;
  /**
   * The error's cause (the client's own error, say); replaces the one it had. Kept as the cause
   * getter's value, never as own data, so clones and copies do not carry it and every surface
   * shows it redacted.
   */
  readonly cause?: unknown;
}

/**
 * Records on an errata error, after it was built, the request it came from and/or its cause:
 * what a client that retries learns only once it gives up (attempts, total delay), or the client
 * error that a parsed error replaces. Returns the same error. Fields left `undefined` change
 * nothing; values that are not errata errors (of this copy of `@errata/core`) are left alone.
 * Never throws.
 *
 * ```ts
 * throw annotate(error, { request: { method: 'GET', url, attempts: 3, totalDelayMs: 2000 } });
 * ```
 */
export function annotate<TError>(error: TError, annotation: Annotation): TError {
  ErrataError.annotate(error, annotation);
  return error;
}

/** Builds an error value. Vendor parsers call this; applications rarely need to. */
export function createApiError<TVendor extends string, TCode extends Code, TDetails = undefined>(
  init: ApiErrorInit<TVendor, TCode, TDetails>,
): ApiError<TVendor, TCode, TDetails> {
  // The limit is global: restored however the constructor ends.
  const limit = silenceStack();
  try {
    return new BrandedError(init) as unknown as ApiError<TVendor, TCode, TDetails>;
  } finally {
    restoreStack(limit);
  }
}
