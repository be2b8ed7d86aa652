import { annotate, chooseErrorName, createApiError, type ApiError } from './apiError.ts';
import { captureStack } from './captureStack.ts';
import { httpErrorOf, type HttpError, type HttpErrorDetails } from './httpError.ts';
import { kindOfStatus } from './kind.ts';
import { isResponseLike, readResponse, safeField, settingsOf, viewOf, type ReadLimits, type ResponseLike, type ResponseParts, type ResponseView, type Settings } from './view.ts';

/** Options of `parse`: read limits (see `ReadLimits`), the clock, stack capture and the cause. */
export interface ParseOptions extends ReadLimits {
  /** The clock, in epoch milliseconds, for retry and reset times. Default `Date.now()`. */
  readonly now?: number | undefined;
  /** Capture a stack trace on the returned error (costs a few microseconds). */
  readonly captureStack?: boolean | undefined;
  /**
   * The returned error's `cause`: the error your HTTP client threw for this response (ky's
   * `HTTPError`, axios's `AxiosError`), say. It replaces any cause the vendor set; like every
   * cause it is the getter's value, never own data (no clone or copy carries it), and every
   * surface shows it redacted. Nothing is set on a success.
   */
  readonly cause?: unknown;
}

/** What a vendor parser is given besides the response. */
export interface ParseContext {
  /** Epoch milliseconds; read lazily because the clock costs as much as a small parse. */
  readonly now: number;
}

class LazyClock implements ParseContext {
  #now: number | undefined;
  constructor(now: unknown) {
    this.#now = typeof now === 'number' && Number.isFinite(now) ? now : undefined;
  }
  get now(): number {
    return (this.#now ??= Date.now());
  }
}

/** A parse context whose clock is read on first use (or fixed to `now`), for errors built outside `parse`. */
export function createParseContext(now?: number): ParseContext {
  return new LazyClock(now);
}

/**
 * How sure a `detect` is that a body is its vendor's: `false` (or 0) is no claim, `true` counts as
 * 1, and a larger number is a more specific match (say 2 for a shape only this vendor sends, 1
 * for a generic one such as any `{ error }`). A registry takes the highest claim.
 */
export type Specificity = boolean | number;

/**
 * A vendor's parser as a plain object. `detect` is a cheap shape test the registry uses to pick a
 * vendor; `parseView` returns the vendor's error, or `undefined` when the response is not one of
 * its errors (then core decides between "not an error" and the generic fallback). `TClaim` is
 * what `detect` answers: any `Specificity` here; see `VendorParser` for a module's own type.
 */
export interface VendorModule<TError extends ApiError = ApiError, TClaim extends Specificity = Specificity> {
  /** The vendor's name, unique in a registry: `discord`, `apple-business`. */
  readonly vendor: TError['vendor'];
  /**
   * The `name` of the vendor's errors when the one derived from `vendor` reads wrong: `bearer-oauth`
   * gives `BearerOauthError`, so that module says `BearerOAuthError`. Letters, digits, `_` and `$`,
   * at most 64. `defineVendor` records it, so errors rebuilt by `rehydrate` carry it too; the
   * module's parser passes it to `createApiError` as well.
   */
  readonly errorName?: string;
  /** Hostnames (or suffixes such as `.discord.com`) the vendor's API is served from. */
  readonly hosts?: readonly string[];
  /**
   * Vendor headers that carry a request id (e.g. `apple-request-id`), read before the common ones.
   * The generic fallback reads them too: a registry's fallback reads every module's.
   */
  readonly requestIdHeaders?: readonly string[];
  /**
   * Whether the vendor reports errors with a status that is not an error status (a 2xx, a 3xx),
   * so such responses must reach `parseView`. `false`: core answers them with `undefined` without
   * asking `parseView` or `detect`. Unset: for now as `true` (every response reaches `parseView`);
   * set it, since unset will mean `false` in a later release. A list names the only success
   * statuses that can carry an error (Discord: `[202]`), so clients need not read other successes.
   */
  readonly errorsWithSuccessStatus?: boolean | readonly number[];
  /** A cheap shape test: how specific a claim on this response is (see `Specificity`). Total. */
  detect(view: ResponseView): TClaim;
  parseView(view: ResponseView, context: ParseContext): TError | undefined;
}

/** The result of parsing: the vendor's error, the generic fallback, or `undefined` for a success. */
export type ParseResult<TError extends ApiError> = TError | HttpError | undefined;

/**
 * A vendor module with `parse`, which takes a fetch `Response` (async) or read parts (sync).
 * `TClaim` is what its `detect` answers: `boolean` unless the module says `Specificity` (or a
 * number type), so code that reads `detect` keeps the module's own type.
 */
export interface VendorParser<TError extends ApiError = ApiError, TClaim extends Specificity = boolean> extends VendorModule<TError, TClaim> {
  parse(input: ResponseLike, options?: ParseOptions): Promise<ParseResult<TError>>;
  parse(input: ResponseParts, options?: ParseOptions): ParseResult<TError>;
}

/**
 * True for statuses that are errors whatever the body says: 400 and above, and 0 (no response, or
 * a status that could not be read). The one place errata decides what is a success.
 */
export function isErrorStatus(status: number): boolean {
  return status >= 400 || status === 0;
}

/**
 * True when the module's `parseView` (and `detect`) should see a response with this status: every
 * error status, and other statuses unless the module says its errors never come with them.
 */
export function asksModule(module: VendorModule, status: number): boolean {
  if (isErrorStatus(status)) return true;
  const flag = safeField(module, 'errorsWithSuccessStatus');
  return Array.isArray(flag) ? (flag as readonly unknown[]).includes(status) : flag !== false;
}

/**
 * Runs a module (if any) on a view, then the fallback for error statuses. Never throws. Internal:
 * `requestIdHeaders` are read by the fallback when no module is given (a registry's, merged).
 */
export function parseViewWith<TError extends ApiError>(
  module: VendorModule<TError> | undefined,
  view: ResponseView,
  options: ParseOptions | undefined,
  expectedVendor?: string,
  requestIdHeaders?: readonly string[],
): ParseResult<TError> {
  const settings = settingsOf(options);
  const context = createParseContext(settings.now);
  let error: TError | HttpError | undefined;
  try {
    error = module !== undefined && asksModule(module, view.status) ? module.parseView(view, context) : undefined;
  } catch {
    // A vendor bug must not lose the response: fall through to the generic error.
    error = undefined;
  }
  if (error === undefined && isErrorStatus(view.status)) {
    const vendor = expectedVendor ?? module?.vendor;
    try {
      error = httpErrorOf(view, context.now, vendor, requestIdHeadersOf(module) ?? requestIdHeaders);
    } catch {
      // The last resort keeps the status, whatever else went wrong.
      const { status } = view;
      const details: HttpErrorDetails = vendor === undefined ? {} : { expectedVendor: vendor };
      const fallback: HttpError = createApiError({ vendor: 'http', code: status, kind: kindOfStatus(status), status, message: `HTTP ${String(status)}`, details });
      error = fallback;
    }
  }
  if (error !== undefined) finishParsed(error, settings, parseViewWith);
  return error;
}

/** What every parsed error gets from the options: the cause, and a stack when asked. Internal. */
export function finishParsed(error: ApiError, settings: Settings, above: (...args: never[]) => unknown): void {
  if (settings.cause !== undefined) annotate(error, { cause: settings.cause });
  if (settings.captureStack) captureStack(error, above);
}

/** A module's `requestIdHeaders`, when it has a readable list of strings. Never throws. */
export function requestIdHeadersOf(module: VendorModule | undefined): readonly string[] | undefined {
  const names = safeField(module, 'requestIdHeaders');
  try {
    return Array.isArray(names) ? (names as unknown[]).filter((name): name is string => typeof name === 'string').slice(0, 16) : undefined;
  } catch {
    return undefined;
  }
}

/** Parses with one vendor module; a `Response` is read from a clone and gives a promise. */
export function parseWith<TError extends ApiError>(module: VendorModule<TError>, input: ResponseLike, options?: ParseOptions): Promise<ParseResult<TError>>;
export function parseWith<TError extends ApiError>(module: VendorModule<TError>, input: ResponseParts, options?: ParseOptions): ParseResult<TError>;
export function parseWith<TError extends ApiError>(
  module: VendorModule<TError>,
  input: ResponseLike | ResponseParts,
  options?: ParseOptions,
): ParseResult<TError> | Promise<ParseResult<TError>> {
  // Options are read once, here: a hostile or malformed object cannot throw or lift a cap later.
  const settings = settingsOf(options);
  if (isResponseLike(input)) return readResponse(input, settings).then((view) => parseViewWith(module, view, settings));
  return parseViewWith(module, viewOf(input, settings), settings);
}

/**
 * Adds `parse` to a vendor module. `parse` never throws and its promise never rejects, on any
 * input: core reads the input once (a throwing getter or Proxy reads as absent), copies an
 * already-parsed body as plain JSON data, and bounds a `Response` body read in bytes and time
 * (`maxBodyBytes`, `timeoutMs`, `signal`), so `parseView` only ever sees plain data.
 */
/* @__NO_SIDE_EFFECTS__ */
export function defineVendor<TError extends ApiError, TClaim extends Specificity = boolean>(module: VendorModule<TError, TClaim>): VendorParser<TError, TClaim> {
  chooseErrorName(safeField(module, 'vendor'), safeField(module, 'errorName'));
  return {
    ...module,
    parse: ((input: ResponseLike | ResponseParts, options?: ParseOptions) => parseWith(module, input, options)) as VendorParser<TError, TClaim>['parse'],
  };
}
