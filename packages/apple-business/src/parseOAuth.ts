import { createApiError, requestIdOf, stringField, type JsonObject, type ParseContext, type ResponseView } from '@errata/core';
import { REQUEST_ID_HEADERS } from './parseErrorList.ts';
import { oauthOutcomeOf, retryOf } from './policy.ts';
import { VENDOR, type AppleBusinessError } from './types.ts';

/** True for an RFC 6749 error object, the shape of the OAuth token endpoint's errors. */
export function isOAuthBody(body: JsonObject): boolean {
  return typeof body.error === 'string' && Object.hasOwn(body, 'error');
}

/** Builds the error for a token-endpoint body `{ error, error_description }`. */
export function parseOAuth(view: ResponseView, context: ParseContext, body: JsonObject): AppleBusinessError | undefined {
  const error = stringField(body, 'error');
  if (error === undefined || error === '') return undefined;
  const description = stringField(body, 'error_description');
  const { status } = view;
  const { kind, action } = oauthOutcomeOf(status, error, description);
  return createApiError({
    vendor: VENDOR,
    code: error,
    kind,
    status,
    message: description === undefined || description === '' ? error : `${error}: ${description}`,
    retry: retryOf(status, view.headers, context),
    action,
    requestId: requestIdOf(view.headers, REQUEST_ID_HEADERS),
    details: { format: 'oauth', resource: undefined, reason: error, description },
    source: view,
  });
}
