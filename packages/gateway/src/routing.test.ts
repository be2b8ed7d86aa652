import { describe, expect, it } from 'vitest';
import { compileRoute, findRoute, targetUrl } from './routing.ts';

const routes = [
  compileRoute({ host: 'api.example', pathPrefix: '/v1/', upstream: 'https://one.test/base' }),
  compileRoute({ host: '.tenant.example', upstream: 'https://two.test/' }),
  compileRoute({ pathPrefix: 'discord', upstream: 'https://discord.test/api/v10' }),
  compileRoute({ pathPrefix: '/', upstream: 'http://fallback.test:8080', stripPrefix: false }),
];

function route(url: string): string | undefined {
  const found = findRoute(routes, new URL(url));
  return found === undefined ? undefined : targetUrl(found, new URL(url));
}

describe('routing', () => {
  it('matches host and prefix together, prefixes at segment boundaries only', () => {
    expect(route('http://API.example/v1/users?id=1')).toBe('https://one.test/base/users?id=1');
    expect(route('http://api.example/v1')).toBe('https://one.test/base');
    expect(route('http://api.example/v10/users')).toBe('http://fallback.test:8080/v10/users');
  });

  it('matches host suffixes and the bare domain', () => {
    expect(route('http://a.tenant.example/x')).toBe('https://two.test/x');
    expect(route('http://tenant.example/')).toBe('https://two.test/');
    expect(route('http://eviltenant.example/x')).toBe('http://fallback.test:8080/x');
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
    expect(findRoute([compileRoute({ host: 'only.example', upstream: 'https://x.test' })], new URL('http://other.example/'))).toBeUndefined();
  });
});
