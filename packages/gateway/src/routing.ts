import { createRegistry, type Route, type VendorModule } from '@errata/core';
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

/** Picks the route for a request target (a URL whose `pathname` has its dot segments resolved). */
export type Router<TRoute extends CompiledRoute> = (target: URL) => TRoute | undefined;

/**
 * The gateway's routing table as a core registry, so path matching has one definition, core's:
 * a prefix matches at a segment boundary, the longest matching prefix wins whatever the order of
 * the routes, a route without a prefix matches every path. Each route is entered under a key of
 * its own (a placeholder module that never claims a body), and `registry.route` names the key.
 * Keys sort in listing order, so of two routes with the same prefix the first listed wins, as
 * core breaks ties by name.
 */
export function createRouter<TRoute extends CompiledRoute>(routes: readonly TRoute[]): Router<TRoute> {
  const byKey = new Map<string, TRoute>();
  const modules: VendorModule[] = [];
  const table: Route[] = [];
  routes.forEach((compiled, index) => {
    const key = `route-${String(index).padStart(8, '0')}`;
    byKey.set(key, compiled);
    modules.push({ vendor: key, detect: () => false, parseView: () => undefined });
    table.push(compiled.prefix === undefined ? { vendor: key } : { vendor: key, pathPrefix: compiled.prefix });
  });
  const registry = createRegistry(modules, { routes: table });
  return (target) => {
    const chosen = registry.route({ url: target.href });
    return chosen === undefined ? undefined : byKey.get(chosen.vendor);
  };
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
