import { describe, expect, it } from 'vitest';
import { compileRoute, createRouter, targetUrl, type CompiledRoute } from './routing.ts';
import type { GatewayRoute } from './types.ts';

const findRoute = createRouter([
  compileRoute({ pathPrefix: '/v1/', upstream: 'https://one.test/base' }),
  compileRoute({ pathPrefix: 'discord', upstream: 'https://discord.test/api/v10' }),
  compileRoute({ pathPrefix: '/', upstream: 'http://fallback.test:8080', stripPrefix: false }),
]);

function route(url: string): string | undefined {
  const parsed = new URL(url);
  const found = findRoute(parsed);
  return found === undefined ? undefined : targetUrl(found, parsed);
}

/** The upstream each path goes to, with the routes in the given order. */
function upstreams(routes: readonly GatewayRoute[], paths: readonly string[]): (string | undefined)[] {
  const router = createRouter(routes.map(compileRoute));
  return paths.map((path) => router(new URL(`http://gw${path}`))?.route.upstream);
}

describe('routing', () => {
  it('matches prefixes at segment boundaries only', () => {
    expect(route('http://gw/v1/users?id=1')).toBe('https://one.test/base/users?id=1');
    expect(route('http://gw/v1')).toBe('https://one.test/base');
    expect(route('http://gw/v10/users')).toBe('http://fallback.test:8080/v10/users');
  });

  it('routes on the path alone: the URL\'s host never changes the route', () => {
    for (const host of ['gw', 'api.example', 'evil.test', '127.0.0.1:8080']) {
      expect(route(`http://${host}/v1/users`)).toBe('https://one.test/base/users');
      expect(route(`http://${host}/discord/x`)).toBe('https://discord.test/api/v10/x');
    }
  });

  it('refuses a route with a host: routes match on the path only', () => {
    const withHost = { host: 'api.example', upstream: 'https://x.test' } as GatewayRoute;
    expect(() => compileRoute(withHost)).toThrow(/path only/);
  });

  it('adds a missing leading slash to prefixes and strips the prefix by default', () => {
    expect(route('http://gw/discord/channels/1')).toBe('https://discord.test/api/v10/channels/1');
    expect(route('http://gw/discord')).toBe('https://discord.test/api/v10');
    expect(route('http://gw/discordx')).toBe('http://fallback.test:8080/discordx');
  });

  it('resolves dot segments before matching and keeps the upstream authority for any path', () => {
    expect(route('http://gw/discord/../admin')).toBe('http://fallback.test:8080/admin');
    expect(route('http://gw/discord/%2e%2e/admin')).toBe('http://fallback.test:8080/admin');
    expect(route('http://gw//evil.test/x')).toBe('http://fallback.test:8080//evil.test/x');
    expect(new URL(route('http://gw/discord//evil.test/x') ?? '').host).toBe('discord.test');
  });

  it('returns no route when nothing matches', () => {
    expect(createRouter([compileRoute({ pathPrefix: '/only', upstream: 'https://x.test' })])(new URL('http://gw/other'))).toBeUndefined();
    expect(createRouter<CompiledRoute>([])(new URL('http://gw/'))).toBeUndefined();
  });

  it('takes the longest matching prefix whatever the order (core registry semantics), and a route without a prefix last', () => {
    const routes: GatewayRoute[] = [
      { upstream: 'https://any.test' },
      { pathPrefix: '/api', upstream: 'https://api.test' },
      { pathPrefix: '/api/billing/', upstream: 'https://billing.test' },
      { pathPrefix: '/', upstream: 'https://root.test' },
    ];
    const paths = ['/api/billing/x', '/api/billing', '/api/billingx', '/api/x', '/apix', '/other'];
    const expected = ['https://billing.test', 'https://billing.test', 'https://api.test', 'https://api.test', 'https://root.test', 'https://root.test'];
    expect(upstreams(routes, paths)).toEqual(expected);
    expect(upstreams([...routes].reverse(), paths)).toEqual(expected);
    expect(upstreams(routes.slice(0, 1), ['/anything', '/'])).toEqual(['https://any.test', 'https://any.test']);
  });

  it('of two routes with the same prefix, takes the first listed (also past ten routes, where names would sort wrongly unpadded)', () => {
    const routes: GatewayRoute[] = Array.from({ length: 12 }, (_, index) => ({ pathPrefix: index < 2 ? '/other' : '/same', upstream: `https://u${String(index)}.test` }));
    expect(upstreams(routes, ['/same/x'])).toEqual(['https://u2.test']);
    expect(upstreams([...routes.slice(11), ...routes], ['/same/x'])).toEqual(['https://u11.test']);
  });
});
