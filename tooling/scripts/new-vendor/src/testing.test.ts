import { describe, expect, it } from 'vitest';
import { fixtures } from './__fixtures__/responses.ts';
import { build__PASCAL__Error, build__PASCAL__Response, __CAMEL__Parts } from './testing.ts';
import { __CAMEL__ } from './vendor.ts';

describe('testing builders', () => {
  it('build what the parser reads, as the fixtures do', async () => {
    for (const fixture of fixtures) {
      const spec = { code: fixture.code, status: fixture.parts.status };
      expect(__CAMEL__.parse(__CAMEL__Parts(spec))).toMatchObject({ code: fixture.code, kind: fixture.kind });
      expect(await __CAMEL__.parse(build__PASCAL__Response(spec))).toMatchObject({ code: fixture.code, status: fixture.parts.status });
      expect(build__PASCAL__Error(spec)).toMatchObject({ vendor: '__NAME__', code: fixture.code });
    }
  });

  it('use the catalog\'s usual status', () => {
    expect(__CAMEL__Parts({ code: 'UNAUTHENTICATED' }).status).toBe(401);
    expect(__CAMEL__Parts({ code: 'SOMETHING_NEW' }).status).toBe(400);
  });
});
