// Every input position a secret can arrive in, per vendor wire format: a function from a planted
// secret to the error errata builds from a response (or a failure) carrying it. Built with each
// vendor's own test builders where they exist, and raw bodies where the position is not modelled.
import { appleBusiness } from '@errata/apple-business';
import { appleBusinessParts, buildAppleBusinessError, buildAppleBusinessOAuthError } from '@errata/apple-business/testing';
import { bearerOAuth } from '@errata/bearer-oauth';
import { buildBearerOAuthError } from '@errata/bearer-oauth/testing';
import { createRegistry, networkErrorOf, type ApiError, type ResponseParts } from '@errata/core';
import { toHeaders } from '@errata/core/testing';
import { discord } from '@errata/discord';
import { cloudflareBanSpec, discordError, oauthErrorSpec, rateLimitSpec, toParts } from '@errata/discord/testing';
import { icloudExtract } from '@errata/icloud-extract';
import { buildIcloudExtractError, buildIcloudResourceError, icloudErrorParts } from '@errata/icloud-extract/testing';
import { identityRegistration } from '@errata/identity-registration';
import { buildIdentityRegistrationError, identityRegistrationParts } from '@errata/identity-registration/testing';
import type { Planted } from './shapes.ts';

/** Builds the error for one planted secret. */
export type Position = (planted: Planted) => ApiError | undefined;

/** Positions for text of any shape (messages, descriptions, field errors, params, details, causes). */
export type Positions = Readonly<Record<string, Position>>;

const registry = createRegistry([discord, appleBusiness, identityRegistration, icloudExtract, bearerOAuth]);

/** Response headers that carry the planted value: a custom one, Location, Set-Cookie, Link, a request id, rate-limit names. */
export function plantedHeaders(text: string): Record<string, string> {
  return {
    'x-debug-info': text,
    location: text,
    'set-cookie': `sid=${text}`,
    link: `<${text}>; rel="next"`,
    'x-request-id': text,
    'x-ratelimit-bucket': text,
    'content-location': text,
  };
}

function withUrl(parts: ResponseParts, url: string): ResponseParts {
  return { ...parts, url };
}

/** Free-text positions (any shape can be planted: a message may quote a whole header). */
export const TEXT_POSITIONS: Positions = {
  // Discord
  'discord message': (p) => discordError({ code: 50013, message: p.text }),
  'discord nested field error message': (p) =>
    discordError({ code: 50035, status: 400, message: 'Invalid Form Body', errors: { embeds: { 0: { title: { _errors: [{ code: 'BASE_TYPE_REQUIRED', message: p.text }] } } } } }),
  'discord field error path': (p) => discordError({ code: 50035, status: 400, message: 'Invalid Form Body', errors: { [p.text]: { _errors: [{ code: 'BASE_TYPE_BAD', message: 'bad' }] } } }),
  'discord OAuth error_description': (p) => discord.parse(toParts(oauthErrorSpec({ error: 'invalid_grant', description: p.text }))),
  'discord 429 message': (p) => discord.parse(toParts(rateLimitSpec({ retryAfter: 1.5, message: p.text }))),
  'discord Cloudflare HTML page': (p) => {
    const spec = cloudflareBanSpec({ format: 'html' });
    return discord.parse(toParts({ ...spec, body: String(spec.body).replace('</p>', ` ${p.text}</p>`) }));
  },
  // bearer-oauth
  'bearer-oauth API description': (p) => buildBearerOAuthError({ code: 'USER_NOT_EXIST', description: p.text }),
  'bearer-oauth OAuth error_description (JSON)': (p) => buildBearerOAuthError({ error: 'invalid_grant', errorDescription: p.text }),
  'bearer-oauth OAuth error_description (form)': (p) => buildBearerOAuthError({ error: 'invalid_grant', errorDescription: p.text, encoding: 'form' }),
  'bearer-oauth WWW-Authenticate error_description': (p) =>
    buildBearerOAuthError({ challenges: [{ scheme: 'Bearer', params: { realm: 'api', error: 'invalid_token', error_description: p.text.replaceAll('\n', ' ') } }] }),
  'bearer-oauth LINE WORKS returnMessage': (p) => bearerOAuth.parse({ status: 400, headers: { 'content-type': 'application/json' }, body: JSON.stringify({ returnCode: 'INVALID_REQUEST', returnMessage: p.text }) }),
  // Apple Business Connect
  'apple-business message': (p) => buildAppleBusinessError({ code: 'LOCATION__NOT_FOUND', message: p.text }),
  'apple-business context value': (p) => buildAppleBusinessError({ code: 'LOCATION__INVALID', message: 'Value {{value}} is not valid for {{field}}', context: { value: p.text, field: 'name' } }),
  'apple-business details': (p) => buildAppleBusinessError({ code: 'LOCATION__INVALID', details: { submitted: [p.text], expected: ['x'], compared: [{ field: 'name', value: p.text }] } }),
  'apple-business second item': (p) => buildAppleBusinessError({ errors: [{ code: 'LOCATION__NOT_FOUND' }, { code: 'LOCATION__INVALID', message: p.text, context: { note: p.text } }] }),
  'apple-business OAuth description': (p) => buildAppleBusinessOAuthError({ error: 'invalid_client', description: p.text }),
  // Identity Registration
  'identity-registration error_description': (p) => buildIdentityRegistrationError({ code: 200, description: p.text }),
  'identity-registration invalid_fields message': (p) => buildIdentityRegistrationError({ code: 390, fields: { invalid_fields: { emailAddress: [p.text, 'Email address is not valid.'], password: p.text } } }),
  'identity-registration invalid_fields name': (p) => buildIdentityRegistrationError({ code: 390, fields: { invalid_fields: { [p.text]: ['Required.'] } } }),
  'identity-registration other fields': (p) => buildIdentityRegistrationError({ code: 200, fields: { argument_name: p.text, context: { echoed: p.text } } }),
  'identity-registration OAuth variant': (p) => buildIdentityRegistrationError({ code: 200, oauth: true, description: p.text }),
  // iCloud extraction
  'icloud-extract message': (p) => buildIcloudExtractError({ code: 'invalid-credentials', message: p.text }),
  'icloud-extract params (by name)': (p) => buildIcloudExtractError({ code: 'invalid-parameter', params: { password: p.text, appleId: [p.text] } }),
  'icloud-extract params (list)': (p) => buildIcloudExtractError({ code: 'invalid-parameter', params: [{ param: p.text, message: p.text }] }),
  'icloud-extract devices': (p) => buildIcloudExtractError({ code: 'choice-required', devices: [p.text, { id: p.text, type: 'sms', number: p.text }] }),
  'icloud-extract extra body fields': (p) => buildIcloudExtractError({ code: 'code-required', extra: { session: p.text, data: { hint: p.text } } }),
  'icloud-extract failed session resource': (p) => buildIcloudResourceError({ code: 'code-rate-limited', message: p.text, resource: 'session' }),
  // The registry, across all five vendors: their bodies, a gateway's problem+json, and what no vendor claims.
  'registry discord body': (p) => registry.parse(toParts({ status: 403, body: { code: 50013, message: p.text } })),
  'registry icloud-extract body': (p) => registry.parse(icloudErrorParts({ code: 'invalid-parameter', message: p.text, params: { token: p.text } })),
  'registry identity-registration body (HTTP 200)': (p) => registry.parse(identityRegistrationParts({ code: 390, description: p.text })),
  'registry apple-business body': (p) => registry.parse(appleBusinessParts({ code: 'LOCATION__NOT_FOUND', message: p.text })),
  'registry gateway problem+json': (p) =>
    registry.parse({
      status: 403,
      headers: { 'content-type': 'application/problem+json' },
      body: JSON.stringify({
        type: 'urn:errata:discord:50013',
        title: p.text,
        status: 403,
        detail: p.text,
        vendor: 'discord',
        code: 50013,
        kind: 'permission-denied',
        issues: [{ path: ['a', p.text], code: 'X', message: p.text }],
        requestId: p.text,
        details: { note: p.text, nested: [{ value: p.text }] },
      }),
    }),
  'fallback JSON message': (p) => registry.parse({ status: 500, headers: { 'content-type': 'application/json' }, body: JSON.stringify({ message: p.text, trace: [p.text] }) }),
  'fallback nested error.message': (p) => registry.parse({ status: 502, headers: { 'content-type': 'application/json' }, body: JSON.stringify({ error: { message: p.text } }) }),
  'fallback HTML page': (p) => registry.parse({ status: 502, headers: { 'content-type': 'text/html' }, body: `<html><body><h1>Bad gateway</h1><pre>${p.text}</pre></body></html>` }),
  'fallback plain text': (p) => registry.parse({ status: 503, headers: { 'content-type': 'text/plain' }, body: p.text }),
  'fallback truncated JSON': (p) => registry.parse({ status: 500, headers: { 'content-type': 'application/json' }, body: `{"message": ${JSON.stringify(p.text)}, "detail": ` }),
  'fallback problem+json of another server': (p) => registry.parse({ status: 400, headers: { 'content-type': 'application/problem+json' }, body: JSON.stringify({ type: 'https://x.test/p', title: p.text, detail: p.text }) }),
  // Fetch failures.
  'networkErrorOf cause message': (p) => networkErrorOf(new TypeError(`fetch failed: ${p.text}`)),
  'networkErrorOf cause name and code': (p) => networkErrorOf(Object.assign(new Error('failed'), { name: p.text, code: p.text })),
  'networkErrorOf nested causes': (p) => networkErrorOf(new TypeError('fetch failed', { cause: new Error('connect', { cause: new Error(p.text) }) })),
  'networkErrorOf string cause': (p) => networkErrorOf(p.text, 'discord'),
};

/** Positions for a whole header value: each vendor's error with the secret in several headers. */
export const HEADER_POSITIONS: Positions = {
  'discord response headers': (p) => discordError({ code: 50013, headers: plantedHeaders(p.text) }),
  'discord 429 headers': (p) => {
    const spec = rateLimitSpec({ retryAfter: 2, bucket: p.text });
    return discord.parse(toParts({ ...spec, headers: { ...(spec.headers as Record<string, string>), ...plantedHeaders(p.text) } }));
  },
  'bearer-oauth response headers': (p) => buildBearerOAuthError({ error: 'invalid_token', headers: plantedHeaders(p.text) }),
  'bearer-oauth DPoP-Nonce': (p) => buildBearerOAuthError({ error: 'use_dpop_nonce', dpopNonce: p.text }),
  'apple-business apple-request-id and headers': (p) => buildAppleBusinessError({ code: 'LOCATION__NOT_FOUND', requestId: p.text, headers: plantedHeaders(p.text) }),
  'identity-registration request_id and headers': (p) => buildIdentityRegistrationError({ code: 200, requestId: p.text, headers: plantedHeaders(p.text) }),
  'icloud-extract response headers': (p) => icloudExtract.parse({ ...icloudErrorParts({ code: 'invalid-credentials' }), headers: toHeaders({ 'content-type': 'application/json', ...plantedHeaders(p.text) }) }),
  'registry generic response headers': (p) => registry.parse({ status: 503, headers: plantedHeaders(p.text), body: '' }),
};

/** Positions for a URL: the response's own URL (user info, query, fragment, path) and URL headers. */
export const URL_POSITIONS: Positions = {
  'discord response URL': (p) => discord.parse(withUrl(toParts({ status: 403, body: { code: 50013, message: 'Missing Permissions' } }), p.text)),
  'bearer-oauth response URL': (p) => bearerOAuth.parse(withUrl({ status: 400, headers: { 'content-type': 'application/json' }, body: '{"error":"invalid_grant"}' }, p.text)),
  'apple-business response URL': (p) => appleBusiness.parse(withUrl(appleBusinessParts({ code: 'LOCATION__NOT_FOUND' }), p.text)),
  'identity-registration response URL': (p) => identityRegistration.parse(withUrl(identityRegistrationParts({ code: 200 }), p.text)),
  'icloud-extract response URL': (p) => icloudExtract.parse(withUrl(icloudErrorParts({ code: 'invalid-credentials' }), p.text)),
  'registry routed by URL': (p) => registry.parse({ status: 404, headers: {}, body: '' }, { url: p.text }),
  'registry response URL': (p) => registry.parse(withUrl({ status: 500, headers: { location: p.text }, body: `see ${p.text}` }, p.text)),
  // Node's own error for a URL with user info quotes the URL, password included.
  'networkErrorOf fetch of the URL': (p) => {
    try {
      void new Request(p.text);
      return networkErrorOf(new TypeError(`fetch failed: ${p.text}`));
    } catch (failure) {
      return networkErrorOf(failure);
    }
  },
};
