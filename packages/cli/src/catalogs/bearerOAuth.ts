import { bearerOAuthCatalog, describeCode, type CodeInfo } from '@errata/bearer-oauth';
import type { CodeEntry, VendorCatalog } from './entry.ts';

function entryOf(code: string, info: CodeInfo): CodeEntry {
  return {
    vendor: 'bearer-oauth',
    code,
    message: info.message,
    kind: info.kind,
    action: info.action,
    retryable: info.retryable,
    statuses: info.statuses,
    ...(info.statuses.length === 0 ? { statusNote: 'none: sent in a redirect URI, not as an HTTP error' } : {}),
    provenance: [`${info.source}: ${info.url}`],
    notes: [info.verification],
    facts: code === info.code ? [] : [['template', info.code]],
  };
}

export const oauthCatalog: VendorCatalog = {
  lookup(code) {
    const info = describeCode(code.trim());
    return info === undefined ? undefined : entryOf(code.trim(), info);
  },
  all: () => bearerOAuthCatalog.map((info) => entryOf(info.code, info)),
  unknownHint: () => 'Codes are OAuth error values (invalid_token, invalid_grant) or {code} API codes (NOT_FOUND, USER_NOT_EXIST).',
};
