import { defineVendor, isJsonObject, type JsonObject, type ResponseView, type VendorParser } from '@errata/core';
import { parseErrorList, REQUEST_ID_HEADER } from './parseErrorList.ts';
import { isOAuthBody, parseOAuth } from './parseOAuth.ts';
import { VENDOR, type AppleBusinessError } from './types.ts';

function looksLikeItem(value: unknown): boolean {
  return isJsonObject(value) && typeof value.code === 'string' && (typeof value.message === 'string' || isJsonObject(value.context));
}

/**
 * Which of Apple's shapes a body has. Total: an already-parsed body that throws when its shape is
 * read (a proxy, a getter) has none.
 */
function shapeOf(body: unknown): 'list' | 'oauth' | 'item' | undefined {
  try {
    if (Array.isArray(body)) return 'list';
    if (!isJsonObject(body)) return undefined;
    if (isOAuthBody(body)) return 'oauth';
    // Not the device-management product's `{"errors": [...]}`, which has no top-level code.
    return typeof body.code === 'string' && Object.hasOwn(body, 'code') ? 'item' : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Apple Business Connect: resource endpoints answer with a JSON array of `{code, message,
 * context, details}` items; the OAuth token endpoint with `{error, error_description}`.
 * A lone item object (not wrapped in an array) is accepted too. Success statuses are never errors.
 */
export const appleBusiness: VendorParser<AppleBusinessError> = /* @__PURE__ */ defineVendor<AppleBusinessError>({
  vendor: VENDOR,
  hosts: ['.business.apple.com', '.businessconnect.apple.com'],
  detect(view: ResponseView): boolean {
    try {
      const body = view.json();
      if (Array.isArray(body)) return looksLikeItem(body[0]);
      // The OAuth shape is generic RFC 6749: claim it only with Apple's own header.
      return isJsonObject(body) && view.headers.get(REQUEST_ID_HEADER) !== undefined && (isOAuthBody(body) || looksLikeItem(body));
    } catch {
      // An already-parsed body that throws when read is not one we can claim.
      return false;
    }
  },
  parseView(view, context) {
    const { status } = view;
    if (status > 0 && status < 400) return undefined;
    const body = view.json();
    switch (shapeOf(body)) {
      case 'list':
        return parseErrorList(view, context, body as readonly unknown[]);
      case 'oauth':
        return parseOAuth(view, context, body as JsonObject);
      case 'item':
        return parseErrorList(view, context, [body]);
      default:
        return undefined;
    }
  },
});
