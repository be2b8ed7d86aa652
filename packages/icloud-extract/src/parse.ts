import { defineVendor, isJsonObject, type JsonObject, type ParseContext, type ResponseView, type VendorParser } from '@errata/core';
import { buildError, VENDOR } from './build.ts';
import { codeOf } from './code.ts';
import { ownField } from './field.ts';
import type { IcloudExtractError } from './types.ts';

/**
 * A cheap shape test for registries: `{"error": "<lower-case code>", "message": "<text>"}`.
 * OAuth bodies also use `error`, but carry `error_description`; those are left to other vendors.
 */
/**
 * The code when the view holds a riCloud error body: `{"error": "<lower-case code>", …}` (the body
 * itself is `view.json()`, memoized). OAuth bodies also use `error`, but carry `error_description`;
 * those are left to other vendors. Total: an already-parsed body that throws when read is not ours.
 */
function claim(body: unknown): string | undefined {
  try {
    if (!isJsonObject(body)) return undefined;
    const code = codeOf(body);
    return code === undefined || Object.hasOwn(body, 'error_description') ? undefined : code;
  } catch {
    return undefined;
  }
}

/** A cheap shape test for registries: a riCloud code and a `message`. */
function detect(view: ResponseView): boolean {
  const body = view.json();
  return claim(body) !== undefined && typeof ownField(body, 'message') === 'string';
}

function parseView(view: ResponseView, context: ParseContext): IcloudExtractError | undefined {
  // A 1xx–3xx answer is not an error even if it carries a failed session: see `errorFromResource`.
  if (view.status > 0 && view.status < 400) return undefined;
  const body = view.json();
  const code = claim(body);
  if (code === undefined) return undefined;
  return buildError({ code, body: body as JsonObject, status: view.status, origin: 'http', context, view });
}

/**
 * The riCloud (iCloud extraction) vendor module. `parse(response)` reads a fetch `Response` from a
 * clone and resolves; `parse({ status, headers, body })` is synchronous. Bodies that are not
 * riCloud errors give core's generic `HttpError`, and successes give `undefined`. Never throws.
 */
export const icloudExtract: VendorParser<IcloudExtractError> = /* @__PURE__ */ defineVendor<IcloudExtractError>({
  vendor: VENDOR,
  hosts: ['ricloud-api.reincubate.com'],
  detect,
  parseView,
});
