import type { HeaderInput } from '@errata/core';
import { buildResponse, toHeaders } from '@errata/core/testing';
import { buildChallenges, type ChallengeInit } from './challenge/build.ts';
import { metaOf } from './meta.ts';
import { matchTemplate } from './template.ts';
import type { BearerOAuthError } from './types.ts';
import { bearerOAuth } from './vendor.ts';

/** A response of a Bearer-token API or OAuth server. Give at least one of `code`, `error` or `challenges`. */
export interface BearerOAuthResponseSpec {
  /** A `{code, description}` body code (`NOT_FOUND`, `USER_NOT_EXIST`, …). */
  readonly code?: string;
  readonly description?: string;
  /** An OAuth error body `{error, error_description?, error_uri?}`. */
  readonly error?: string;
  readonly errorDescription?: string;
  readonly errorUri?: string;
  /** Challenges written into `WWW-Authenticate` with `buildChallenges`. */
  readonly challenges?: readonly ChallengeInit[];
  /** Default: the code's documented status (challenge error first, then `error`, then `code`), else 400. */
  readonly status?: number;
  /** Sent as `DPoP-Nonce`. */
  readonly dpopNonce?: string;
  readonly headers?: HeaderInput;
}

function statusOf(spec: BearerOAuthResponseSpec): number {
  if (spec.status !== undefined) return spec.status;
  const challengeError = spec.challenges?.find((challenge) => challenge.params?.error !== undefined)?.params?.error;
  for (const code of [challengeError, spec.error, spec.code]) {
    if (code === undefined) continue;
    const meta = metaOf(code) ?? metaOf(matchTemplate(code)?.template ?? '');
    if (meta !== undefined) return meta[2];
  }
  return spec.challenges === undefined ? 400 : 401;
}

function bodyOf(spec: BearerOAuthResponseSpec): Record<string, string> | undefined {
  if (spec.error !== undefined) {
    return {
      error: spec.error,
      ...(spec.errorDescription === undefined ? {} : { error_description: spec.errorDescription }),
      ...(spec.errorUri === undefined ? {} : { error_uri: spec.errorUri }),
    };
  }
  if (spec.code !== undefined) return { code: spec.code, ...(spec.description === undefined ? {} : { description: spec.description }) };
  return undefined;
}

function headersOf(spec: BearerOAuthResponseSpec): Headers {
  const headers = toHeaders(spec.headers);
  if (spec.challenges !== undefined) headers.set('www-authenticate', buildChallenges(spec.challenges));
  if (spec.dpopNonce !== undefined) headers.set('dpop-nonce', spec.dpopNonce);
  // OAuth token error responses carry it (RFC 6749 §5.2).
  if (spec.error !== undefined) headers.set('cache-control', 'no-store');
  return headers;
}

/** The wire response for a spec: a real `Response` with status, JSON body and headers. */
export function buildBearerOAuthResponse(spec: BearerOAuthResponseSpec): Response {
  return buildResponse({ status: statusOf(spec), headers: headersOf(spec), body: bodyOf(spec) });
}

/**
 * The error errata gives for a spec: the same parse an application would run, done synchronously
 * on the parts of the built response.
 */
export function buildBearerOAuthError(spec: BearerOAuthResponseSpec): BearerOAuthError {
  const body = bodyOf(spec);
  const error = bearerOAuth.parse({ status: statusOf(spec), headers: headersOf(spec), body: body === undefined ? undefined : JSON.stringify(body) });
  if (error?.vendor !== 'bearer-oauth') throw new TypeError('The spec describes no bearer-oauth error: give a code, an error or a challenge with error');
  return error;
}

export { buildChallenge, buildChallenges } from './challenge/build.ts';
