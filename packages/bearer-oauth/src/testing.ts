import { statusOfKind, type HeaderInput } from '@errata/core';
import { buildResponse, toHeaders } from '@errata/core/testing';
import { describeBearerOAuthCode } from './catalog.ts';
import { buildChallenges, type ChallengeInit } from './challenge/build.ts';
import type { BearerOAuthError } from './types.ts';
import { bearerOAuth } from './vendor.ts';

/** A response of a Bearer-token API or OAuth server. Give at least one of `code`, `error`, `returnCode` or `challenges`. */
export interface BearerOAuthResponseSpec {
  /** A `{code, description}` body code (`NOT_FOUND`, `USER_NOT_EXIST`, …). */
  readonly code?: string;
  readonly description?: string;
  /**
   * An OAuth error body `{error, error_description?, error_uri?}`. Sent with a 2xx status (GitHub's
   * codes default to 200) and no description, it gets a placeholder one, as GitHub always sends one.
   */
  readonly error?: string;
  readonly errorDescription?: string;
  readonly errorUri?: string;
  /** The OAuth error body as JSON (default) or form-encoded, as GitHub sends it by default. */
  readonly encoding?: 'json' | 'form';
  /** A LINE WORKS token-endpoint body `{returnCode, returnMessage?}`. */
  readonly returnCode?: string;
  readonly returnMessage?: string;
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
  const fallback = spec.challenges === undefined ? 400 : 401;
  for (const code of [challengeError, spec.error, spec.code]) {
    if (code === undefined) continue;
    const entry = describeBearerOAuthCode(code);
    if (entry === undefined) continue;
    // The documented status; a code sent in a redirect (none documented) gets the status of its kind.
    const usual = entry.statuses[0] ?? statusOfKind(entry.policy.kind);
    // A code documented with a 2xx (GitHub's) is sent that way only in an OAuth error body.
    return usual >= 400 || code === spec.error ? usual : fallback;
  }
  return fallback;
}

function bodyOf(spec: BearerOAuthResponseSpec): Record<string, string> | undefined {
  if (spec.error !== undefined) {
    const status = statusOf(spec);
    // Sent with a 2xx, an error body without a description or URI would read as no error at all.
    const bare = (spec.errorDescription ?? '') === '' && (spec.errorUri ?? '') === '';
    const description = status >= 200 && status < 300 && bare ? `${spec.error} (sent with HTTP ${String(status)})` : spec.errorDescription;
    return {
      error: spec.error,
      ...(description === undefined ? {} : { error_description: description }),
      ...(spec.errorUri === undefined ? {} : { error_uri: spec.errorUri }),
    };
  }
  if (spec.code !== undefined) return { code: spec.code, ...(spec.description === undefined ? {} : { description: spec.description }) };
  if (spec.returnCode !== undefined) return { returnCode: spec.returnCode, ...(spec.returnMessage === undefined ? {} : { returnMessage: spec.returnMessage }) };
  return undefined;
}

/** The body as sent: JSON, or form-encoded (`+` for spaces, as `URLSearchParams` writes it). */
function wireBody(spec: BearerOAuthResponseSpec): string | undefined {
  const body = bodyOf(spec);
  if (body === undefined) return undefined;
  return spec.encoding === 'form' && spec.error !== undefined ? new URLSearchParams(body).toString() : JSON.stringify(body);
}

function headersOf(spec: BearerOAuthResponseSpec): Headers {
  const headers = toHeaders(spec.headers);
  if (spec.challenges !== undefined) headers.set('www-authenticate', buildChallenges(spec.challenges));
  if (spec.dpopNonce !== undefined) headers.set('dpop-nonce', spec.dpopNonce);
  // OAuth token error responses carry it (RFC 6749 §5.2).
  if (spec.error !== undefined) headers.set('cache-control', 'no-store');
  if (!headers.has('content-type') && bodyOf(spec) !== undefined) {
    headers.set('content-type', spec.encoding === 'form' && spec.error !== undefined ? 'application/x-www-form-urlencoded; charset=utf-8' : 'application/json');
  }
  return headers;
}

/** The wire response for a spec: a real `Response` with status, body (JSON or form) and headers. */
export function buildBearerOAuthResponse(spec: BearerOAuthResponseSpec): Response {
  return buildResponse({ status: statusOf(spec), headers: headersOf(spec), body: wireBody(spec) });
}

/**
 * The error errata gives for a spec: the same parse an application would run, done synchronously
 * on the parts of the built response.
 */
export function buildBearerOAuthError(spec: BearerOAuthResponseSpec): BearerOAuthError {
  const error = bearerOAuth.parse({ status: statusOf(spec), headers: headersOf(spec), body: wireBody(spec) });
  if (error?.vendor !== 'bearer-oauth') throw new TypeError('The spec describes no bearer-oauth error: give a code, an error, a returnCode or a challenge with error');
  return error;
}

export { buildChallenge, buildChallenges } from './challenge/build.ts';
