import { bearerOAuthCatalog, describeBearerOAuthCode, type BearerOAuthCatalogEntry } from '@errata/bearer-oauth';
import type { CodeEntry, VendorCatalog } from './entry.ts';

function entryOf(code: string, info: BearerOAuthCatalogEntry): CodeEntry {
  return {
    vendor: 'bearer-oauth',
    code,
    message: info.message,
    kind: info.policy.kind,
    action: info.policy.action,
    retryable: info.policy.retryable,
    statuses: info.statuses,
    ...(info.statuses.length === 0 ? { statusNote: 'none: sent in a redirect URI, not as an HTTP error' } : {}),
    provenance: [`${info.provenance.source} (verified ${info.provenance.verified})`],
    notes: info.note === undefined ? [] : [info.note],
    facts: code === info.code ? [] : [['template', info.code]],
  };
}

export const oauthCatalog: VendorCatalog = {
  lookup(code) {
    const info = describeBearerOAuthCode(code.trim());
    return info === undefined ? undefined : entryOf(code.trim(), info);
  },
  all: () => bearerOAuthCatalog.entries.map((info) => entryOf(info.code, info)),
  unknownHint: () => 'Codes are OAuth error values (invalid_token, invalid_grant) or {code} API codes (NOT_FOUND, USER_NOT_EXIST).',
};
