import { describe, expect, it } from 'vitest';
import * as ApiCode from './apiCodes.ts';
import * as BearerOAuthCode from './codes.ts';
import * as OAuthCode from './oauthCodes.ts';

describe('BearerOAuthCode and the 0.1 aliases', () => {
  it('holds every OAuth and API code once', () => {
    const values = Object.values(BearerOAuthCode);
    expect(values).toHaveLength(64);
    expect(new Set(values).size).toBe(64);
    expect(BearerOAuthCode.AccessDenied).toBe('access_denied');
    expect(BearerOAuthCode.ApiAccessDenied).toBe('ACCESS_DENIED');
  });

  it('keeps OAuthCode and ApiCode as they were in 0.1', () => {
    expect(Object.keys(OAuthCode)).toHaveLength(38);
    expect(Object.keys(ApiCode)).toHaveLength(26);
    expect(ApiCode.AccessDenied).toBe('ACCESS_DENIED');
    expect(OAuthCode.AccessDenied).toBe('access_denied');
    for (const [name, value] of Object.entries(OAuthCode)) expect((BearerOAuthCode as Readonly<Record<string, string>>)[name], name).toBe(value);
    for (const [name, value] of Object.entries(ApiCode)) expect((BearerOAuthCode as Readonly<Record<string, string>>)[name === 'AccessDenied' ? 'ApiAccessDenied' : name], name).toBe(value);
  });
});
