// The demo gateway: one route per upstream, each upstream simulated in-process from the
// scenarios, so the whole thing runs offline.
import { appleBusiness } from '@errata/apple-business';
import { bearerOAuth } from '@errata/bearer-oauth';
import type { VendorModule } from '@errata/core';
import { buildResponse } from '@errata/core/testing';
import { discord } from '@errata/discord';
import { createGateway, type Gateway, type GatewayOptions, type GatewayRoute } from '@errata/gateway';
import { inProcessFetch, type UpstreamHandler } from '@errata/gateway/testing';
import { icloudExtract } from '@errata/icloud-extract';
import { identityRegistration } from '@errata/identity-registration';
import { listedVendors, scenarios, type RouteName } from './scenarios.ts';

interface Upstream {
  /** Where the simulated API lives; `.test` names can never reach a real host. */
  readonly base: string;
  readonly vendor?: VendorModule;
  readonly inspectSuccess?: boolean;
  /** Route deadline; the internal service gets a short one so the hanging scenario ends quickly. */
  readonly timeoutMs?: number;
  /** False for the upstream that is deliberately not served (an unreachable host). */
  readonly served: boolean;
}

export const upstreams: Readonly<Record<RouteName, Upstream>> = {
  discord: { base: 'https://discord.test/api/v10', vendor: discord, served: true },
  apple: { base: 'https://businessconnect.test/api/v1', vendor: appleBusiness, served: true },
  oauth: { base: 'https://oauth.test', vendor: bearerOAuth, served: true },
  // Registration reports errors with HTTP 200, so its successful bodies are inspected too.
  registration: { base: 'https://registration.test', vendor: identityRegistration, inspectSuccess: true, served: true },
  icloud: { base: 'https://ricloud.test/v3', vendor: icloudExtract, served: true },
  internal: { base: 'https://status.internal.test', timeoutMs: 500, served: true },
  offline: { base: 'https://offline.test', served: false },
  // Every other vendor of the one list (none today): a route named after it.
  ...Object.fromEntries(listedVendors.map((vendor) => [vendor.name, { base: `https://${vendor.name}.test`, vendor: vendor.module, served: true }])),
};

/** The simulated server behind one route: answers the scenario its path names. */
function upstreamHandler(route: RouteName, base: string): UpstreamHandler {
  const basePath = new URL(base).pathname.replace(/\/$/, '');
  return (request) => {
    const path = decodeURIComponent(new URL(request.url).pathname).slice(basePath.length + 1);
    const scenario = scenarios.find((candidate) => candidate.route === route && candidate.name === path);
    if (scenario === undefined) return buildResponse({ status: 404, body: 'no such simulated endpoint', contentType: 'text/plain' });
    // A scenario without a response is an upstream that never answers: the gateway's deadline ends it.
    return scenario.respond?.() ?? new Promise<Response>(() => undefined);
  };
}

function routeOf(name: RouteName, upstream: Upstream): GatewayRoute {
  return {
    pathPrefix: `/${name}`,
    upstream: upstream.base,
    ...(upstream.vendor === undefined ? {} : { vendor: upstream.vendor }),
    ...(upstream.inspectSuccess === undefined ? {} : { inspectSuccess: upstream.inspectSuccess }),
    ...(upstream.timeoutMs === undefined ? {} : { timeoutMs: upstream.timeoutMs }),
  };
}

/** The gateway with every route and its simulated upstream. Extra options (e.g. `onProblem`) are merged in. */
export function createDemoGateway(options: Partial<Omit<GatewayOptions, 'routes' | 'fetch'>> = {}): Gateway {
  const entries = Object.entries(upstreams) as [RouteName, Upstream][];
  const handlers: Record<string, UpstreamHandler> = {};
  for (const [name, upstream] of entries) {
    if (upstream.served) handlers[new URL(upstream.base).origin] = upstreamHandler(name, upstream.base);
  }
  return createGateway({
    ...options,
    routes: entries.map(([name, upstream]) => routeOf(name, upstream)),
    fetch: inProcessFetch(handlers),
    timeoutMs: 5_000,
  });
}
