import type { GatewayRoute } from './types.ts';

/** A route with its URL parts worked out once, at configuration time. */
export interface CompiledRoute {
  readonly route: GatewayRoute;
  /** The prefix without a trailing slash; `''` matches every path. */
  readonly prefix: string | undefined;
  readonly strip: boolean;
  /** `scheme://authority` of the upstream. */
  readonly origin: string;
  /** The upstream's base path without a trailing slash (`''` for the root). */
  readonly basePath: string;
}

function trimSlash(path: string): string {
  return path.endsWith('/') ? path.slice(0, -1) : path;
}

/** Checks and prepares a route. Throws `TypeError` for an unusable upstream: that is a configuration bug. */
export function compileRoute(route: GatewayRoute): CompiledRoute {
  let base: URL;
  try {
    base = new URL(route.upstream);
  } catch {
    throw new TypeError(`errata gateway: upstream "${route.upstream}" is not an absolute URL`);
  }
  if (base.protocol !== 'http:' && base.protocol !== 'https:') {
    throw new TypeError(`errata gateway: upstream "${route.upstream}" must use http or https`);
  }
  if ('host' in route) {
    // Host routing was removed: a route that used it would otherwise match every host.
    throw new TypeError('errata gateway: routes match on the path only; "host" is not supported (see the README: routing and trust)');
  }
  if (base.search !== '' || base.hash !== '') {
    throw new TypeError(`errata gateway: upstream "${route.upstream}" must not carry a query or fragment`);
  }
  const prefix = route.pathPrefix === undefined ? undefined : trimSlash(route.pathPrefix.startsWith('/') ? route.pathPrefix : `/${route.pathPrefix}`);
  return {
    route,
    prefix,
    strip: route.stripPrefix ?? true,
    origin: base.origin,
    basePath: trimSlash(base.pathname),
  };
}

function pathMatches(path: string, prefix: string): boolean {
  return prefix === '' || path === prefix || (path.startsWith(prefix) && path.charCodeAt(prefix.length) === 47 /* '/' */);
}

/** The first route whose prefix matches the path (a URL's `pathname`, dot segments resolved). */
export function findRoute(routes: readonly CompiledRoute[], pathname: string): CompiledRoute | undefined {
  for (const candidate of routes) {
    if (candidate.prefix === undefined || pathMatches(pathname, candidate.prefix)) return candidate;
  }
  return undefined;
}

/**
 * Where the request goes upstream. The origin is written out literally, so no path (even one that
 * starts with `//`) can move the request to another host; `URL` has already resolved dot segments.
 */
export function targetUrl(compiled: CompiledRoute, url: URL): string {
  let path = url.pathname;
  if (compiled.strip && compiled.prefix !== undefined) path = path.slice(compiled.prefix.length);
  if (path === '' && compiled.basePath === '') path = '/';
  return `${compiled.origin}${compiled.basePath}${path}${url.search}`;
}
