import type { ApiError } from './apiError.ts';
import { captureStack } from './captureStack.ts';
import { httpErrorOf, type HttpError } from './httpError.ts';
import { isResponseLike, readResponse, viewOf, type ReadLimits, type ResponseLike, type ResponseParts, type ResponseView } from './view.ts';

export interface ParseOptions extends ReadLimits {
  /** The clock, in epoch milliseconds, for retry and reset times. Default `Date.now()`. */
  readonly now?: number;
  /** Capture a stack trace on the returned error (costs a few microseconds). */
  readonly captureStack?: boolean;
}

/** What a vendor parser is given besides the response. */
export interface ParseContext {
  /** Epoch milliseconds; read lazily because the clock costs as much as a small parse. */
  readonly now: number;
}

class LazyClock implements ParseContext {
  #now: number | undefined;
  constructor(now: number | undefined) {
    this.#now = now;
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
 * A vendor's parser as a plain object. `detect` is a cheap shape test the registry uses to pick a
 * vendor; `parseView` returns the vendor's error, or `undefined` when the response is not one of
 * its errors (then core decides between "not an error" and the generic fallback).
 */
export interface VendorModule<TError extends ApiError = ApiError> {
  readonly vendor: TError['vendor'];
  /** Hostnames (or suffixes such as `.discord.com`) the vendor's API is served from. */
  readonly hosts?: readonly string[];
  /** Vendor headers that carry a request id (e.g. `apple-request-id`); the generic fallback reads them too. */
  readonly requestIdHeaders?: readonly string[];
  /** True when the vendor may report errors with a 2xx status, so success bodies must be inspected. */
  readonly errorsWithSuccessStatus?: boolean;
  detect(view: ResponseView): boolean;
  parseView(view: ResponseView, context: ParseContext): TError | undefined;
}

/** The result of parsing: the vendor's error, the generic fallback, or `undefined` for a success. */
export type ParseResult<TError extends ApiError> = TError | HttpError | undefined;

/** A vendor module with `parse`, which takes a fetch `Response` (async) or read parts (sync). */
export interface VendorParser<TError extends ApiError = ApiError> extends VendorModule<TError> {
  parse(input: ResponseLike, options?: ParseOptions): Promise<ParseResult<TError>>;
  parse(input: ResponseParts, options?: ParseOptions): ParseResult<TError>;
}

/** True for statuses that are errors whatever the body says. */
export function isErrorStatus(status: number): boolean {
  return status >= 400 || status === 0;
}

/** Runs a module (if any) on a view, then the fallback for error statuses. Never throws. */
export function parseViewWith<TError extends ApiError>(
  module: VendorModule<TError> | undefined,
  view: ResponseView,
  options: ParseOptions | undefined,
  expectedVendor?: string,
): ParseResult<TError> {
  const context = createParseContext(options?.now);
  let error: TError | HttpError | undefined;
  try {
    error = module?.parseView(view, context);
  } catch {
    // A vendor bug must not lose the response: fall through to the generic error.
    error = undefined;
  }
  if (error === undefined && isErrorStatus(view.status)) {
    error = httpErrorOf(view, context.now, expectedVendor ?? module?.vendor, module?.requestIdHeaders);
  }
  if (error !== undefined && options?.captureStack === true) captureStack(error, parseViewWith);
  return error;
}

/** Parses with one vendor module; a `Response` is read from a clone and gives a promise. */
export function parseWith<TError extends ApiError>(module: VendorModule<TError>, input: ResponseLike, options?: ParseOptions): Promise<ParseResult<TError>>;
export function parseWith<TError extends ApiError>(module: VendorModule<TError>, input: ResponseParts, options?: ParseOptions): ParseResult<TError>;
export function parseWith<TError extends ApiError>(
  module: VendorModule<TError>,
  input: ResponseLike | ResponseParts,
  options?: ParseOptions,
): ParseResult<TError> | Promise<ParseResult<TError>> {
  if (isResponseLike(input)) return readResponse(input, options).then((view) => parseViewWith(module, view, options));
  return parseViewWith(module, viewOf(input, options), options);
}

/** Adds `parse` to a vendor module. */
/* @__NO_SIDE_EFFECTS__ */
export function defineVendor<TError extends ApiError>(module: VendorModule<TError>): VendorParser<TError> {
  return {
    ...module,
    parse: ((input: ResponseLike | ResponseParts, options?: ParseOptions) =>
      isResponseLike(input)
        ? readResponse(input, options).then((view) => parseViewWith(module, view, options))
        : parseViewWith(module, viewOf(input, options), options)) as VendorParser<TError>['parse'],
  };
}
