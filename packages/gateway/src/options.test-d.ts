import { createRegistry, type Registry, type VendorModule } from '@errata/core';
import { describe, expectTypeOf, it } from 'vitest';
import { createGateway } from './gateway.ts';
import type { GatewayOptions, GatewayRoute, SecretOptions } from './types.ts';

describe('option types', () => {
  it('routes have no host: routing is by path only', () => {
    // @ts-expect-error: a route cannot name a host
    const withHost: GatewayRoute = { host: 'api.example', upstream: 'https://up.test' };
    expectTypeOf(withHost).toEqualTypeOf<GatewayRoute>();
    expectTypeOf<GatewayRoute>().toHaveProperty('details').toEqualTypeOf<boolean | undefined>();
  });

  it('secrets take values, header and parameter names, and patterns', () => {
    expectTypeOf<GatewayOptions['secrets']>().toEqualTypeOf<SecretOptions | undefined>();
    createGateway({ routes: [{ upstream: 'https://up.test', details: false }], secrets: { values: ['k'], headers: ['x-t'], params: ['p'], patterns: [/acct_\d+/] } });
    // @ts-expect-error: patterns are regular expressions, not strings
    createGateway({ routes: [], secrets: { patterns: ['acct_'] } });
  });

  it('a route names its vendor by module or by name; a registry may be given', () => {
    expectTypeOf<GatewayRoute['vendor']>().toEqualTypeOf<VendorModule | string | undefined>();
    expectTypeOf<GatewayOptions['registry']>().toEqualTypeOf<Registry | undefined>();
    createGateway({ registry: createRegistry([]), routes: [{ upstream: 'https://up.test', vendor: 'discord' }] });
    // @ts-expect-error: a registry, not a list of modules
    createGateway({ registry: [], routes: [] });
  });

  it('keepErrorHeaders and maxDetailsLength are plain data', () => {
    expectTypeOf<GatewayOptions['keepErrorHeaders']>().toEqualTypeOf<readonly string[] | undefined>();
    expectTypeOf<GatewayOptions['maxDetailsLength']>().toEqualTypeOf<number | undefined>();
  });
});
