import { describe, expect, it } from 'vitest';
import { createApiError } from './apiError.ts';
import { isJsonObject, numberField, stringField } from './json.ts';
import { kindOfStatus } from './kind.ts';
import { createRegistry } from './registry.ts';
import { buildResponse } from './testing.ts';
import { defineVendor, type VendorModule } from './vendor.ts';
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
