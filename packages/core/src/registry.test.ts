import { describe, expect, it } from 'vitest';
import { createApiError } from './apiError.ts';
import { isJsonObject, numberField, stringField, type JsonObject } from './json.ts';
import { kindOfStatus } from './kind.ts';
import { createRegistry, pathPrefixMatches, type Route } from './registry.ts';
import { buildResponse } from './testing.ts';
import { defineVendor, type VendorModule } from './defineVendor.ts';
import { viewOf } from './view.ts';

function numericVendor(vendor: string, field: string, hosts?: string[]): VendorModule {
  return {
    vendor,
    ...(hosts === undefined ? {} : { hosts }),
    detect: (view) => {
      const body = view.json();
      return isJsonObject(body) && numberField(body, field) !== undefined;
    },
    parseView: (view) => {
      const body = view.json();
      const code = isJsonObject(body) ? numberField(body, field) : undefined;
      if (code === undefined || !isJsonObject(body)) return undefined;
      return createApiError({ vendor, code, kind: kindOfStatus(view.status), status: view.status, message: stringField(body, 'message') ?? '', source: view });
    },
  };
}

const alpha = numericVendor('alpha', 'code', ['alpha.test', '.alpha.example']);
const beta = numericVendor('beta', 'beta_code');
const registry = createRegistry([alpha, beta], { routes: [{ vendor: 'beta', host: 'gateway.test', pathPrefix: '/beta/' }] });

describe('createRegistry', () => {
  it('uses an explicit vendor first, even against the body shape', () => {
    const error = registry.parse({ status: 400, body: '{"code": 1}' }, { vendor: 'beta' });
    expect(error?.vendor).toBe('http');
    expect(error?.details).toMatchObject({ expectedVendor: 'beta' });
  });

  it('routes by configured host and path prefix, then by module hosts', () => {
    expect(registry.route({ url: 'https://gateway.test/beta/items' })?.vendor).toBe('beta');
    expect(registry.route({ url: 'https://gateway.test/other' })).toBeUndefined();
    expect(registry.route({ url: 'https://api.alpha.example/x' })?.vendor).toBe('alpha');
    expect(registry.route({ url: 'https://alpha.test/x' })?.vendor).toBe('alpha');
    expect(registry.route({ url: 'not a url' })).toBeUndefined();
  });

  it('detects the vendor from the body shape when nothing routes', () => {
    expect(registry.parse({ status: 404, body: '{"beta_code": 7}' })?.vendor).toBe('beta');
    expect(registry.parse({ status: 404, body: { code: 7 } })?.vendor).toBe('alpha');
  });

  it('falls back to the generic HTTP error and keeps the status and body', () => {
    const error = registry.parse({ status: 502, headers: { 'content-type': 'text/html' }, body: '<html>Bad gateway</html>' });
    expect(error).toMatchObject({ vendor: 'http', code: 502, kind: 'unavailable', status: 502 });
    expect(error?.details).toMatchObject({ excerpt: '<html>Bad gateway</html>', contentType: 'text/html', jsonFailure: 'invalid' });
    expect(error?.retry.retryable).toBe(true);
  });

  it('says "not an error" for successes no vendor claims', () => {
    expect(registry.parse({ status: 200, body: '{"ok": true}' })).toBeUndefined();
    expect(registry.parse({ status: 204 })).toBeUndefined();
  });

  it('reads a Response and routes by its URL', async () => {
    const response = buildResponse({ status: 403, body: { code: 9, message: 'nope' } });
    Object.defineProperty(response, 'url', { value: 'https://gateway.test/beta/x' });
    const error = await registry.parse(response);
    expect(error?.vendor).toBe('http');
    expect(response.bodyUsed).toBe(false);
    const direct = await registry.parse(buildResponse({ status: 403, body: { code: 9, message: 'nope' } }));
    expect(direct).toMatchObject({ vendor: 'alpha', code: 9, message: 'nope' });
  });

  it("keeps a vendor's request id header when the body is not the vendor's", () => {
    const apple = createRegistry([{ ...alpha, vendor: 'apple', requestIdHeaders: ['apple-request-id'] }]);
    const error = apple.parse({ status: 503, headers: { 'apple-request-id': 'A-1', 'cf-ray': 'ray' }, body: '<html>' }, { vendor: 'apple' });
    expect(error).toMatchObject({ vendor: 'http', requestId: 'A-1' });
  });

  it('survives modules that throw', () => {
    const broken: VendorModule = {
      vendor: 'broken',
      detect: () => {
        throw new Error('detect bug');
      },
      parseView: () => {
        throw new Error('parse bug');
      },
    };
    const withBroken = createRegistry([broken, alpha]);
    expect(withBroken.parse({ status: 400, body: '{"code": 3}' })?.vendor).toBe('alpha');
    expect(withBroken.parse({ status: 400, body: '{}' }, { vendor: 'broken' })?.vendor).toBe('http');
  });
});

describe('defineVendor', () => {
  const vendor = defineVendor(alpha);

  it('parses parts synchronously and responses asynchronously', async () => {
    expect(vendor.parse({ status: 400, body: '{"code": 5}' })?.code).toBe(5);
    const pending = vendor.parse(buildResponse({ status: 400, body: { code: 6 } }));
    expect(pending).toBeInstanceOf(Promise);
    expect((await pending)?.code).toBe(6);
  });

  it('captures a stack when asked', () => {
    const error = vendor.parse({ status: 400, body: '{"code": 5}' }, { captureStack: true });
    expect(error?.stack).toContain('registry.test.ts');
  });
});

describe('problem+json from an errata gateway', () => {
  it('comes back as the vendor error it describes, with its issues and the response kept', () => {
    const original = alpha.parseView(viewOf({ status: 400, body: '{"code": 50035, "message": "Invalid Form Body"}' }), { now: 0 });
    const problem = { ...original?.toProblem(), issues: [{ path: ['embeds', 0, 'title'], code: 'BASE_TYPE_REQUIRED', message: 'required' }] };
    const error = registry.parse({ status: 400, headers: { 'content-type': 'application/problem+json' }, body: JSON.stringify(problem) });
    expect(error).toMatchObject({ vendor: 'alpha', code: 50035, kind: 'invalid-argument', status: 400, message: 'Invalid Form Body' });
    expect(error?.issues).toEqual(problem.issues);
    expect(error?.response?.contentType).toBe('application/problem+json');
  });

  it('leaves other problem documents to the generic fallback', () => {
    const error = registry.parse({ status: 403, headers: { 'content-type': 'application/problem+json' }, body: { type: 'https://example.com/probs/out-of-credit', title: 'No credit' } });
    expect(error).toMatchObject({ vendor: 'http', code: 403, details: { problemType: 'https://example.com/probs/out-of-credit' } });
  });
});

/** Every ordering of `items` (n! of them). */
function permutations<T>(items: readonly T[]): T[][] {
  if (items.length <= 1) return [[...items]];
  return items.flatMap((item, index) => permutations([...items.slice(0, index), ...items.slice(index + 1)]).map((rest) => [item, ...rest]));
}

/** A vendor whose code is the body's string `error`, claimed as `claim` says. */
function errorVendor(vendor: string, claim: (body: JsonObject) => boolean | number, extra: Partial<VendorModule> = {}): VendorModule {
  return {
    vendor,
    detect: (view) => {
      const body = view.json();
      return isJsonObject(body) && claim(body);
    },
    parseView: (view) => {
      const body = view.json();
      const code = isJsonObject(body) ? stringField(body, 'error') : undefined;
      return code === undefined ? undefined : createApiError({ vendor, code, kind: kindOfStatus(view.status), status: view.status, message: '' });
    },
    ...extra,
  };
}

// One claims any JSON object with a string `error` (generic, specificity 1), one only
// `{ error: kebab-case, message }` bodies, more specifically (2).
const generic = errorVendor('generic', (body) => stringField(body, 'error') !== undefined);
const specific = errorVendor('specific', (body) => (stringField(body, 'error')?.includes('-') === true && stringField(body, 'message') !== undefined ? 2 : 0));
const twin = errorVendor('twin', (body) => stringField(body, 'error') !== undefined);

describe('order-independent composition', () => {
  const modules = [generic, specific, twin, alpha, beta];
  const bodies = ['{"error":"invalid-parameter","message":"bad"}', '{"error":"invalid_grant"}', '{"code": 4}', '{"beta_code": 4}', '<html>'];

  it('picks the most specific claim, and breaks ties by vendor name, in every order', () => {
    const expected = ['specific', 'generic', 'alpha', 'beta', 'http'];
    for (const order of permutations(modules)) {
      const registry = createRegistry(order);
      expect(bodies.map((body) => registry.parse({ status: 400, body })?.vendor)).toEqual(expected);
    }
  });

  it('reads true as 1 and ignores false, 0, negative, NaN and non-number claims', () => {
    const claim = (vendor: string, value: unknown): VendorModule => errorVendor(vendor, () => value as number);
    const body = '{"error":"x"}';
    const registry = createRegistry([claim('a0', 0), claim('a1', -1), claim('a2', Number.NaN), claim('a3', '9'), claim('a4', null), claim('a5', false), generic]);
    expect(registry.parse({ status: 400, body })?.vendor).toBe('generic');
    expect(createRegistry([claim('a-half', 0.5), claim('b-true', true)]).parse({ status: 400, body })?.vendor).toBe('b-true');
    expect(createRegistry([claim('zz', 1.5), generic]).parse({ status: 400, body })?.vendor).toBe('zz');
  });

  it('routes by the most specific route and module host, never by list order', () => {
    const routes: Route[] = [
      { vendor: 'alpha', pathPrefix: '/api' },
      { vendor: 'beta', pathPrefix: '/api/beta' },
      { vendor: 'generic', host: '.example.test' },
      { vendor: 'specific', host: 'edge.example.test' },
      { vendor: 'twin', host: 'edge.example.test', pathPrefix: '/v2' },
    ];
    for (const order of permutations(routes)) {
      const registry = createRegistry(modules, { routes: order });
      const vendorOf = (url: string): string | undefined => registry.route({ url })?.vendor;
      expect(vendorOf('https://x.test/api/items')).toBe('alpha');
      expect(vendorOf('https://x.test/api/beta/items')).toBe('beta');
      expect(vendorOf('https://x.test/api/betamax')).toBe('alpha');
      expect(vendorOf('https://a.example.test/x')).toBe('generic');
      expect(vendorOf('https://edge.example.test/x')).toBe('specific');
      expect(vendorOf('https://edge.example.test/v2/x')).toBe('twin');
    }
    const hosts = [
      { ...generic, hosts: ['.example.test'] },
      { ...specific, hosts: ['.api.example.test'] },
      { ...twin, hosts: ['api.example.test'] },
    ];
    for (const order of permutations(hosts)) {
      const registry = createRegistry(order);
      expect(['https://www.example.test/', 'https://v1.api.example.test/', 'https://api.example.test/'].map((url) => registry.route({ url })?.vendor)).toEqual(['generic', 'specific', 'twin']);
    }
  });

  it('matches path prefixes at segment boundaries', () => {
    expect([pathPrefixMatches('/discord', '/discord'), pathPrefixMatches('/discord/x', '/discord'), pathPrefixMatches('/discordx', '/discord')]).toEqual([true, true, false]);
    expect([pathPrefixMatches('/discord/x', '/discord/'), pathPrefixMatches('/discord', '/discord/'), pathPrefixMatches('/discordx', '/discord/')]).toEqual([true, true, false]);
    expect([pathPrefixMatches('/anything', '/'), pathPrefixMatches('/anything', '')]).toEqual([true, true]);
    const registry = createRegistry(modules, { routes: [{ vendor: 'beta', pathPrefix: '/beta' }] });
    expect(registry.route({ url: 'https://x.test/betamax' })).toBeUndefined();
    expect(registry.route({ url: 'https://x.test/beta' })?.vendor).toBe('beta');
  });
});

describe('requestIdHeaders and errorsWithSuccessStatus', () => {
  const apple: VendorModule = { ...alpha, vendor: 'apple', requestIdHeaders: ['apple-request-id'] };

  it("keeps any module's request id header when no module claims the response (an Apple HTML 503)", () => {
    for (const order of permutations([alpha, apple, beta])) {
      const error = createRegistry(order).parse({ status: 503, headers: { 'content-type': 'text/html', 'apple-request-id': 'A-1', 'cf-ray': 'ray-1' }, body: '<html>Service Unavailable</html>' });
      expect(error).toMatchObject({ vendor: 'http', code: 503, requestId: 'A-1' });
    }
    expect(createRegistry([alpha]).parse({ status: 503, headers: { 'apple-request-id': 'A-1', 'cf-ray': 'ray-1' }, body: '<html>' })?.requestId).toBe('ray-1');
  });

  it('reads a hostile requestIdHeaders as none', () => {
    const hostile = { ...alpha, vendor: 'hostile', requestIdHeaders: [1, null, 'x-hostile-id'] as unknown as string[] };
    expect(createRegistry([hostile]).parse({ status: 500, headers: { 'x-hostile-id': 'h-1' }, body: '' })?.requestId).toBe('h-1');
    const throwing = Object.defineProperty({ ...alpha, vendor: 'throwing' }, 'requestIdHeaders', {
      get: () => {
        throw new Error('trap');
      },
    }) as VendorModule;
    expect(createRegistry([throwing]).parse({ status: 500, headers: { 'x-request-id': 'r-1' }, body: '' })?.requestId).toBe('r-1');
  });

  it('never asks a module that says its errors have error statuses about a success', () => {
    let asked = 0;
    const strict = errorVendor(
      'strict',
      () => {
        asked++;
        return true;
      },
      { errorsWithSuccessStatus: false },
    );
    const lenient = errorVendor('lenient', () => true, { errorsWithSuccessStatus: true });
    expect(createRegistry([strict]).parse({ status: 200, body: '{"error":"x"}' })).toBeUndefined();
    expect(defineVendor(strict).parse({ status: 200, body: '{"error":"x"}' })).toBeUndefined();
    expect(createRegistry([strict]).parse({ status: 200, body: '{"error":"x"}' }, { vendor: 'strict' })).toBeUndefined();
    expect(asked).toBe(0);
    expect(createRegistry([strict]).parse({ status: 400, body: '{"error":"x"}' })?.vendor).toBe('strict');
    expect(asked).toBe(1);
    expect(createRegistry([strict, lenient]).parse({ status: 200, body: '{"error":"x"}' })?.vendor).toBe('lenient');
    // Unset still means "ask", as before.
    expect(createRegistry([generic]).parse({ status: 200, body: '{"error":"x"}' })?.vendor).toBe('generic');
  });

  it('asks a module that lists success statuses only about those', () => {
    let asked = 0;
    const listed = errorVendor(
      'listed',
      () => {
        asked++;
        return true;
      },
      { errorsWithSuccessStatus: [202] },
    );
    expect(createRegistry([listed]).parse({ status: 200, body: '{"error":"x"}' })).toBeUndefined();
    expect(defineVendor(listed).parse({ status: 204 })).toBeUndefined();
    expect(asked).toBe(0);
    expect(createRegistry([listed]).parse({ status: 202, body: '{"error":"x"}' })?.vendor).toBe('listed');
  });
});
