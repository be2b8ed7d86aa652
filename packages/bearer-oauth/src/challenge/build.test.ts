import { describe, expect, it } from 'vitest';
import { buildChallenge, buildChallenges } from './build.ts';

describe('buildChallenge', () => {
  it('quotes only when needed, and always quotes realm (RFC 9110 §11.5)', () => {
    expect(buildChallenge({ scheme: 'Bearer', params: { realm: 'example', error: 'invalid_token', error_description: 'The access token expired' } })).toBe(
      'Bearer realm="example", error=invalid_token, error_description="The access token expired"',
    );
  });

  it('quotes everything on request', () => {
    expect(buildChallenge({ scheme: 'Bearer', params: { error: 'invalid_token' } }, { quote: 'always' })).toBe('Bearer error="invalid_token"');
  });

  it('escapes quotes and backslashes', () => {
    expect(buildChallenge({ scheme: 'Newauth', params: { title: 'Login to "apps" \\ now' } })).toBe('Newauth title="Login to \\"apps\\" \\\\ now"');
  });

  it('writes bare schemes, token68 and leaves out undefined values', () => {
    expect(buildChallenges([{ scheme: 'Bearer' }, { scheme: 'DPoP', params: { algs: 'ES256 PS256', realm: undefined } }])).toBe('Bearer, DPoP algs="ES256 PS256"');
    expect(buildChallenge({ scheme: 'Negotiate', token68: 'YII==' })).toBe('Negotiate YII==');
  });

  it('refuses what no header can carry', () => {
    expect(() => buildChallenge({ scheme: 'Bad Scheme' })).toThrow(TypeError);
    expect(() => buildChallenge({ scheme: '' })).toThrow(TypeError);
    expect(() => buildChallenge({ scheme: 'Bearer', params: { 'bad name': 'x' } })).toThrow(TypeError);
    expect(() => buildChallenge({ scheme: 'Bearer', params: { realm: 'a', Realm: 'b' } })).toThrow(TypeError);
    expect(() => buildChallenge({ scheme: 'Bearer', params: { error_description: 'line\r\nSet-Cookie: x=y' } })).toThrow(TypeError);
    expect(() => buildChallenge({ scheme: 'Basic', token68: 'a=b' })).toThrow(TypeError);
    expect(() => buildChallenge({ scheme: 'Basic', token68: 'abc', params: { realm: 'x' } })).toThrow(TypeError);
  });
});
