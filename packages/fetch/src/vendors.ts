import type { ApiError, Registry, ResponseParts, Specificity, VendorParser } from '@errata/core';

/**
 * Whose errors to expect: one vendor (`discord`, as its package exports it, whatever its `detect`
 * answers: a boolean or a specificity number), or a registry of several made with core's
 * `createRegistry([...])`, which routes by host and detects by body.
 */
export type Vendors = VendorParser<ApiError, Specificity> | Registry;

/** What every entry point of this package needs from `Vendors`. Internal. */
export interface Parser {
  /** True when a vendor says its errors can come with this success status: that success must be read too. */
  inspectsSuccess(status: number): boolean;
  /** The vendor a request URL routes to (the only vendor, for a single one). */
  vendorFor(url: string | undefined): string | undefined;
  /**
   * Parses the parts a client already read, or a fetch `Response` (core tells it by its shape and
   * reads a clone, or the body itself with `consumeBody`, up to its caps). Await the result.
   */
  parse(input: ResponseParts, url: string | undefined, limits?: ParseLimits): ApiError | undefined | Promise<ApiError | undefined>;
}

/** Read limits (and the cause) handed to core's parse. Internal. */
export interface ParseLimits {
  readonly signal?: AbortSignal | undefined;
  readonly timeoutMs?: number;
  /** The caller owns the response and throws it away: read the body itself, not a clone. */
  readonly consumeBody?: boolean;
  /** The client's error for this response: the parsed error's `cause` (core's `cause` parse option). */
  readonly cause?: unknown;
}

/** Whether a module's `errorsWithSuccessStatus` (true, or a list of statuses) covers `status`. */
function sendsErrorWith(flag: boolean | readonly number[] | undefined, status: number): boolean {
  return flag === true || (Array.isArray(flag) && (flag as readonly number[]).includes(status));
}

function isRegistry(vendors: Vendors): vendors is Registry {
  return typeof (vendors as Partial<Registry>).route === 'function';
}

/** Normalizes `Vendors` once, when a fetch or an adapter is created. Internal. */
export function parserOf(vendors: Vendors): Parser {
  if (isRegistry(vendors)) {
    return {
      inspectsSuccess: (status) => vendors.modules.some((module) => sendsErrorWith(module.errorsWithSuccessStatus, status)),
      vendorFor: (url) => (url === undefined ? undefined : vendors.route({ url })?.vendor),
      parse: (input, url, limits) => vendors.parse(input, { ...limits, url }),
    };
  }
  // One vendor: its own parser, whatever the host (a vendor parse app has it already: no registry to bundle).
  return {
    inspectsSuccess: (status) => sendsErrorWith(vendors.errorsWithSuccessStatus, status),
    vendorFor: () => vendors.vendor,
    parse: (input, _url, limits) => vendors.parse(input, limits),
  };
}
