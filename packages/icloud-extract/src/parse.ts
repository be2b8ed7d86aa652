import { defineVendor, isJsonObject, stringField, type ParseContext, type ResponseView, type VendorParser } from '@errata/core';
import { buildError, VENDOR } from './build.ts';
import { codeOf } from './code.ts';
import type { IcloudExtractError } from './types.ts';

/**
 * A cheap shape test for registries: `{"error": "<lower-case code>", "message": "<text>"}`.
 * OAuth bodies also use `error`, but carry `error_description`; those are left to other vendors.
 */
function detect(view: ResponseView): boolean {
  const body = view.json();
  return isJsonObject(body) && stringField(body, 'message') !== undefined && codeOf(body) !== undefined && !Object.hasOwn(body, 'error_description');
}

function parseView(view: ResponseView, context: ParseContext): IcloudExtractError | undefined {
  // A 1xx–3xx answer is not an error even if it carries a failed session: see `errorFromResource`.
  // OAuth-style bodies (`error` + `error_description`) come from elsewhere, e.g. a proxy.
  if (view.status > 0 && view.status < 400) return undefined;
  const body = view.json();
  if (!isJsonObject(body)) return undefined;
  const code = codeOf(body);
  if (code === undefined || Object.hasOwn(body, 'error_description')) return undefined;
  return buildError({ code, body, status: view.status, origin: 'http', context, view });
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
