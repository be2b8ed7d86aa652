import { describe, expect, it } from 'vitest';
import { REDACTED, redactHeaderValue, redactText, redactUrl } from './redact.ts';

describe('redactHeaderValue', () => {
  it.each(['Authorization', 'proxy-authorization', 'Cookie', 'Set-Cookie', 'x-api-key', 'DPoP'])('hides %s', (name) => {
    expect(redactHeaderValue(name, 'secret')).toBe(REDACTED);
  });

  it('keeps ordinary headers', () => {
    expect(redactHeaderValue('content-type', 'application/json')).toBe('application/json');
  });
});

describe('redactUrl', () => {
  it('hides credential query values, user info and long path tokens', () => {
    const token = 'A'.repeat(68);
    const url = redactUrl(`https://user:pw@discord.com/api/webhooks/123/${token}?wait=true&access_token=abc&Code=xyz`);
    expect(url).toBe(`https://${REDACTED}:${REDACTED}@discord.com/api/webhooks/123/${REDACTED}?wait=true&access_token=${REDACTED}&Code=${REDACTED}`);
    expect(url).not.toContain(token);
  });

  it('keeps short ids such as snowflakes and UUIDs', () => {
    const url = 'https://example.test/items/123e4567-e89b-12d3-a456-426614174000?page=2';
    expect(redactUrl(url)).toBe(url);
  });

  it('masks text that is not a URL', () => {
    expect(redactUrl('/oauth?access_token=abc')).toBe(`/oauth?access_token=${REDACTED}`);
  });
});

describe('redactText', () => {
  it('masks authorization schemes, credential parameters and JWTs', () => {
    const jwt = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2lnbmF0dXJl';
    const text = `Authorization: Bearer abc.DEF-123 failed; bearer mF_9.B5f-4.1JqM; Basic dXNlcjpwdw==; url ?access_token=zzz&x=1; {"client_secret": "s3"}; ${jwt}`;
    const out = redactText(text);
    for (const secret of ['abc.DEF-123', 'mF_9.B5f-4.1JqM', 'dXNlcjpwdw==', 'zzz', 's3', jwt]) expect(out).not.toContain(secret);
    expect(out).toContain('&x=1');
  });

  it('leaves ordinary messages alone', () => {
    expect(redactText('The access token expired')).toBe('The access token expired');
    expect(redactText('Bearer authentication failed')).toBe('Bearer authentication failed');
    expect(redactText('Unknown Channel')).toBe('Unknown Channel');
    expect(redactText('401: Unauthorized')).toBe('401: Unauthorized');
  });

  it('stays linear on hostile input', () => {
    const hostile = `${'Bearer '.repeat(50_000)}${'a='.repeat(50_000)}${'eyJ'.repeat(50_000)}`;
    const started = performance.now();
    redactText(hostile);
    expect(performance.now() - started).toBeLessThan(500);
  });
});
