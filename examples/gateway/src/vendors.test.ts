// The demo serves every vendor of the one list (tooling/vendors): a curated route, or a route of
// its own answering the list's typical error.
import { VENDORS } from '@errata/vendors';
import { describe, expect, it } from 'vitest';
import { upstreams } from './demoGateway.ts';
import { listedVendors, scenarios } from './scenarios.ts';

describe('the demo and the vendor list', () => {
  it.each(VENDORS.map((vendor) => [vendor.name, vendor] as const))('%s has a served route with its module', (_name, vendor) => {
    const routes = Object.entries(upstreams).filter(([, upstream]) => upstream.vendor === vendor.module && upstream.served);
    expect(routes.length).toBeGreaterThan(0);
    expect(scenarios.some((scenario) => routes.some(([route]) => route === scenario.route))).toBe(true);
  });

  it('adds a route of its own only for a vendor no curated route serves', () => {
    for (const vendor of listedVendors) {
      expect(Object.values(upstreams).filter((upstream) => upstream.vendor === vendor.module)).toHaveLength(1);
      expect(upstreams[vendor.name]?.vendor).toBe(vendor.module);
    }
  });
});
