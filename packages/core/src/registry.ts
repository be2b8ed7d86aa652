import { redactWith, type ApiError } from './apiError.ts';
import { captureStack } from './captureStack.ts';
import { isJsonObject } from './json.ts';
import { fromProblem } from './rehydrate.ts';
import type { Redactor } from './redact.ts';
import { parseViewWith, type ParseOptions, type VendorModule } from './vendor.ts';
import { isResponseLike, readResponse, safeField, settingsOf, viewOf, type ResponseLike, type ResponseParts, type ResponseView, type Settings } from './view.ts';

/** Routes requests to a vendor by host (exact, or a suffix starting with `.`) and/or path prefix. */
export interface Route {
  readonly vendor: string;
  readonly host?: string;
  readonly pathPrefix?: string;
}

export interface RegistryOptions {
  readonly routes?: readonly Route[];
  /** Applied on every surface of the errors this registry returns (see `createRedactor`, `redactWith`). */
  readonly redactor?: Redactor;
}

export interface RegistryParseOptions extends ParseOptions {
  /** The vendor to use, skipping routing and detection. */
  readonly vendor?: string | undefined;
  /** The request URL, for routing when the response does not carry one. */
  readonly url?: string | undefined;
}

export interface Registry {
  readonly modules: readonly VendorModule[];
  /** The module a hint or URL routes to, without looking at a body. */
  route(hint: { readonly vendor?: string | undefined; readonly url?: string | undefined }): VendorModule | undefined;
  parse(input: ResponseLike, options?: RegistryParseOptions): Promise<ApiError | undefined>;
  parse(input: ResponseParts, options?: RegistryParseOptions): ApiError | undefined;
}

function hostMatches(host: string, pattern: string): boolean {
  const wanted = pattern.toLowerCase();
  return wanted.startsWith('.') ? host.endsWith(wanted) || host === wanted.slice(1) : host === wanted;
}

function urlParts(url: unknown): { host: string; path: string } | undefined {
  if (typeof url !== 'string') return undefined;
  try {
    const parsed = new URL(url);
    return { host: parsed.hostname.toLowerCase(), path: parsed.pathname };
  } catch {
    return undefined;
  }
}

/**
 * A problem+json body that an errata gateway wrote (it names `vendor` and `code`) rebuilt as the
 * original error, so a client behind the gateway gets back the vendor, code and field issues.
 * Other problem documents are left to the generic fallback.
 */
function errataProblem(view: ResponseView): ApiError | undefined {
  if (view.headers.get('content-type')?.includes('problem+json') !== true) return undefined;
  const body = view.json();
  if (!isJsonObject(body) || typeof body.vendor !== 'string' || (typeof body.code !== 'string' && typeof body.code !== 'number')) return undefined;
  try {
    return fromProblem(body, view);
  } catch {
    // A problem that cannot be rebuilt is left to the generic fallback, which keeps it whole.
    return undefined;
  }
}

/**
 * Composes vendor modules. Each response goes to the vendor named in the options, else the one
 * its URL routes to, else (for a problem+json body an errata gateway wrote) the error it describes,
 * else the first whose `detect` claims the body, else the generic HTTP error.
 */
export function createRegistry(modules: readonly VendorModule[], options?: RegistryOptions): Registry {
  const byVendor = new Map(modules.map((module) => [module.vendor, module]));
  const routes = options?.routes ?? [];

  const route: Registry['route'] = (hint) => {
    const vendor = safeField(hint, 'vendor');
    if (vendor !== undefined) return byVendor.get(vendor as string);
    const target = urlParts(safeField(hint, 'url'));
    if (target === undefined) return undefined;
    for (const candidate of routes) {
      if (candidate.host !== undefined && !hostMatches(target.host, candidate.host)) continue;
      if (candidate.pathPrefix !== undefined && !target.path.startsWith(candidate.pathPrefix)) continue;
      const module = byVendor.get(candidate.vendor);
      if (module !== undefined) return module;
    }
    return modules.find((module) => module.hosts?.some((host) => hostMatches(target.host, host)) === true);
  };

  const detect = (view: ResponseView): VendorModule | undefined => {
    for (const module of modules) {
      try {
        if (module.detect(view)) return module;
      } catch {
        // A detector bug only costs that vendor its claim.
      }
    }
    return undefined;
  };

  const parseView = (view: ResponseView, settings: Settings): ApiError | undefined => {
    const { vendor } = settings;
    const url = settings.url ?? view.url;
    // Without a vendor or a URL nothing can route: go straight to detection.
    const routed = vendor === undefined && url === undefined ? undefined : route({ vendor, url });
    if (routed === undefined) {
      // Unambiguous (a problem content type naming vendor and code), so it goes before detection,
      // whose shape tests could otherwise claim the problem's `code` member.
      const problem = errataProblem(view);
      if (problem !== undefined) {
        if (settings.captureStack) captureStack(problem, parseView);
        return problem;
      }
    }
    return parseViewWith(routed ?? detect(view), view, settings, vendor);
  };

  // Read once and checked by `redactWith`, which ignores anything `createRedactor` did not make.
  const redactor = safeField(options, 'redactor') as Redactor | undefined;
  const redacted = (error: ApiError | undefined): ApiError | undefined => (redactor === undefined || error === undefined ? error : redactWith(error, redactor));

  return {
    modules,
    route,
    // Never throws, and its promise never rejects: see `defineVendor` for how input is read.
    parse: ((input: ResponseLike | ResponseParts, parseOptions?: RegistryParseOptions) => {
      const settings = settingsOf(parseOptions);
      if (isResponseLike(input)) return readResponse(input, settings).then((view) => redacted(parseView(view, settings)));
      return redacted(parseView(viewOf(input, settings), settings));
    }) as Registry['parse'],
  };
}
