import { redactWith, type ApiError } from './apiError.ts';
import { isJsonObject } from './json.ts';
import { fromProblem } from './rehydrate.ts';
import type { Redactor } from './redact.ts';
import { asksModule, finishParsed, isErrorStatus, parseViewWith, requestIdHeadersOf, type ParseOptions, type VendorModule } from './defineVendor.ts';
import { isResponseLike, readResponse, safeField, settingsOf, viewOf, type ResponseLike, type ResponseParts, type ResponseView, type Settings } from './view.ts';

/**
 * Routes requests to a vendor by host (exact, or a suffix starting with `.`) and/or path prefix.
 * A prefix matches at a segment boundary: `/discord` matches `/discord` and `/discord/x`, not
 * `/discordx` (a trailing `/` changes nothing). When several routes match, the most specific wins:
 * an exact host over a suffix, a longer suffix or prefix over a shorter one, then the vendor name.
 */
export interface Route {
  readonly vendor: string;
  readonly host?: string;
  readonly pathPrefix?: string;
}

/** How a registry is set up. */
export interface RegistryOptions {
  readonly routes?: readonly Route[];
  /** Applied on every surface of the errors this registry returns (see `createRedactor`, `redactWith`). */
  readonly redactor?: Redactor;
}

/** Options of one `registry.parse` call: read limits and clock, plus routing hints. */
export interface RegistryParseOptions extends ParseOptions {
  /** The vendor to use, skipping routing and detection. */
  readonly vendor?: string | undefined;
  /** The request URL, for routing when the response does not carry one. */
  readonly url?: string | undefined;
}

/** Vendor modules composed: see `createRegistry`. */
export interface Registry {
  readonly modules: readonly VendorModule[];
  /** The module a hint or URL routes to, without looking at a body. */
  route(hint: { readonly vendor?: string | undefined; readonly url?: string | undefined }): VendorModule | undefined;
  parse(input: ResponseLike, options?: RegistryParseOptions): Promise<ApiError | undefined>;
  parse(input: ResponseParts, options?: RegistryParseOptions): ApiError | undefined;
}

// How specifically a host pattern matches: an exact name beats any suffix, a longer suffix a
// shorter one; 0 is no match.
function hostScore(host: string, pattern: unknown): number {
  if (typeof pattern !== 'string' || pattern === '') return 0;
  const wanted = pattern.toLowerCase();
  if (wanted.startsWith('.')) return host.endsWith(wanted) || host === wanted.slice(1) ? wanted.length : 0;
  // Longer than any suffix can be (a hostname has at most 253 characters).
  return host === wanted ? 1024 : 0;
}

function trimSlashes(prefix: string): string {
  let end = prefix.length;
  while (end > 0 && prefix.charCodeAt(end - 1) === 47) end--;
  return prefix.slice(0, end);
}

/**
 * True when `path` starts with `prefix` at a segment boundary: `/discord` matches `/discord` and
 * `/discord/x`, not `/discordx`. Trailing slashes of the prefix are ignored; `` and `/` match all.
 */
export function pathPrefixMatches(path: string, prefix: string): boolean {
  const wanted = trimSlashes(prefix);
  return wanted === '' || path === wanted || (path.startsWith(wanted) && path.charCodeAt(wanted.length) === 47);
}

/** The higher of two claims, ties going to the vendor name that sorts first: never to list order. */
function better(score: number, vendor: string, bestScore: number, bestVendor: string | undefined): boolean {
  return score > bestScore || (score === bestScore && score > 0 && (bestVendor === undefined || vendor < bestVendor));
}

/** A `detect` answer as a number: `true` is 1; `false`, 0, negatives, NaN and non-numbers are no claim. */
function specificity(claim: unknown): number {
  if (claim === true) return 1;
  return typeof claim === 'number' && claim > 0 ? claim : 0;
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
  const isProblem = (): boolean => view.headers.get('content-type')?.includes('problem+json') === true;
  // An error's body is parsed by detection anyway, so it is looked at first: most name no
  // `vendor`, and then no header is read. A success's body is parsed only for a problem type.
  if (!isErrorStatus(view.status) && !isProblem()) return undefined;
  const body = view.json();
  if (!isJsonObject(body) || typeof body.vendor !== 'string' || (typeof body.code !== 'string' && typeof body.code !== 'number') || !isProblem()) return undefined;
  try {
    return fromProblem(body, view);
  } catch {
    // A problem that cannot be rebuilt is left to the generic fallback, which keeps it whole.
    return undefined;
  }
}

/**
 * Composes vendor modules. Each response goes to the vendor named in the options, else the one
 * its URL routes to (configured routes, then the modules' `hosts`), else (for a problem+json body
 * an errata gateway wrote) the error it describes, else the module whose `detect` makes the most
 * specific claim, else the generic HTTP error, which reads every module's `requestIdHeaders`.
 * The answer never depends on the order of `modules` or `routes`: ties go to the vendor name that
 * sorts first. A success status only reaches modules that may send errors with one (see
 * `errorsWithSuccessStatus`).
 */
export function createRegistry(modules: readonly VendorModule[], options?: RegistryOptions): Registry {
  const byVendor = new Map(modules.map((module) => [module.vendor, module]));
  const routes = options?.routes ?? [];
  // Every module's request id headers, for responses no module claims (an Apple HTML 503).
  const requestIdHeaders = [...new Set(modules.flatMap((module) => requestIdHeadersOf(module) ?? []))];

  const routeOf = (host: string, path: string): VendorModule | undefined => {
    let best: VendorModule | undefined;
    let bestScore = 0;
    for (const candidate of routes) {
      const module = byVendor.get(candidate.vendor);
      if (module === undefined) continue;
      const byHost = candidate.host === undefined ? 1 : hostScore(host, candidate.host);
      if (byHost === 0) continue;
      if (candidate.pathPrefix !== undefined && !pathPrefixMatches(path, candidate.pathPrefix)) continue;
      // The host decides first, then the prefix: a longer one of either is more specific.
      const score = byHost * 65_536 + (candidate.pathPrefix === undefined ? 0 : Math.min(trimSlashes(candidate.pathPrefix).length + 1, 65_535));
      if (better(score, module.vendor, bestScore, best?.vendor)) [best, bestScore] = [module, score];
    }
    if (best !== undefined) return best;
    for (const module of modules) {
      for (const pattern of module.hosts ?? []) {
        const score = hostScore(host, pattern);
        if (better(score, module.vendor, bestScore, best?.vendor)) [best, bestScore] = [module, score];
      }
    }
    return best;
  };

  const route: Registry['route'] = (hint) => {
    const vendor = safeField(hint, 'vendor');
    if (vendor !== undefined) return byVendor.get(vendor as string);
    const target = urlParts(safeField(hint, 'url'));
    return target === undefined ? undefined : routeOf(target.host, target.path);
  };

  const detect = (view: ResponseView): VendorModule | undefined => {
    let best: VendorModule | undefined;
    let bestScore = 0;
    for (const module of modules) {
      if (!asksModule(module, view.status)) continue;
      let score: number;
      try {
        score = specificity(module.detect(view));
      } catch {
        // A detector bug only costs that vendor its claim.
        continue;
      }
      if (better(score, module.vendor, bestScore, best?.vendor)) [best, bestScore] = [module, score];
    }
    return best;
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
        finishParsed(problem, settings, parseView);
        return problem;
      }
    }
    return parseViewWith(routed ?? detect(view), view, settings, vendor, requestIdHeaders);
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
