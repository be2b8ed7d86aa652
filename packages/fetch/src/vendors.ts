import { createRegistry, type ApiError, type Registry, type ResponseParts, type VendorModule } from '@errata/core';

/** Which vendors' errors to expect: one vendor module, a list of them, or a registry made with `createRegistry`. */
export type Vendors = Registry | VendorModule | readonly VendorModule[];

/** What every entry point of this package needs from `Vendors`. Internal. */
export interface Parser {
  /** True when a vendor module says it sends errors with a 2xx status: successes must be read too. */
  readonly errorsWithSuccessStatus: boolean;
  /** The vendor a request URL routes to (the only vendor, for a single module). */
  vendorFor(url: string | undefined): string | undefined;
  /** Parses an already-read response, or a `Response` (read by core up to its caps). */
  parse(input: Response | ResponseParts, url: string | undefined, limits?: ParseLimits): ApiError | undefined | Promise<ApiError | undefined>;
}

/** Read limits handed to core's parse. Internal. */
export interface ParseLimits {
  readonly signal?: AbortSignal | undefined;
  readonly timeoutMs?: number;
  /** The caller owns the response and throws it away: read the body itself, not a clone. */
  readonly consumeBody?: boolean;
}

function isRegistry(vendors: Vendors): vendors is Registry {
  return !Array.isArray(vendors) && typeof (vendors as Partial<Registry>).route === 'function';
}

/** Normalizes `Vendors` once, when a fetch or an adapter is created. Internal. */
export function parserOf(vendors: Vendors): Parser {
  let registry: Registry;
  let only: string | undefined;
  if (isRegistry(vendors)) registry = vendors;
  else if (Array.isArray(vendors)) registry = createRegistry(vendors as readonly VendorModule[]);
  else {
    // One vendor: its parser is used whatever the host, as `vendor.parse` would.
    const module = vendors as VendorModule;
    registry = createRegistry([module]);
    only = module.vendor;
  }
  const vendorFor = (url: string | undefined): string | undefined => only ?? (url === undefined ? undefined : registry.route({ url })?.vendor);
  return {
    errorsWithSuccessStatus: registry.modules.some((module) => module.errorsWithSuccessStatus === true),
    vendorFor,
    parse: (input, url, limits) => {
      const options = { ...limits, url, vendor: only };
      return input instanceof Response ? registry.parse(input, options) : registry.parse(input, options);
    },
  };
}
