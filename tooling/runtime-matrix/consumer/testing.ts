// A TypeScript consumer of every package's `./testing` entry, type-checked with the rest of the
// consumer (skipLibCheck off), so the test builders' declarations must compile on the minimum
// TypeScript version the README states as well as on the current one.
import { type ApiError, isApiError } from '@errata/core';
import { buildResponse, toHeaders, wireBody, type ResponseSpec } from '@errata/core/testing';
import { buildAppleBusinessResponse } from '@errata/apple-business/testing';
import { buildBearerOAuthResponse } from '@errata/bearer-oauth/testing';
import { buildDiscordResponse, discordError } from '@errata/discord/testing';
import { buildIcloudErrorResponse } from '@errata/icloud-extract/testing';
import { buildIdentityRegistrationResponse } from '@errata/identity-registration/testing';

const spec: ResponseSpec = { status: 404, headers: { 'x-request-id': 'r-1' }, body: new Uint8Array([123, 125]) };

// The wire body goes straight into a fetch Response, on every TypeScript version.
const body = wireBody(spec);
export const echoed: Response = new Response(body, { status: spec.status, headers: toHeaders(spec.headers) });

export const responses: readonly Response[] = [
  buildResponse(spec),
  buildDiscordResponse({ code: 50013 }),
  buildBearerOAuthResponse({ error: 'invalid_token' }),
  buildAppleBusinessResponse({ status: 404, errors: [{ code: 'LOCATION__NOT_FOUND' }] }),
  buildIdentityRegistrationResponse({ code: 210 }),
  buildIcloudErrorResponse({ code: 'invalid-body' }),
];

export const built: ApiError | undefined = isApiError(discordError({ code: 50013 })) ? discordError({ code: 50013 }) : undefined;
