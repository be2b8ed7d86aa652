import {
  appleBusinessCodes,
  appleBusinessOAuthErrors,
  appleBusinessReasons,
  splitCode,
  type AppleBusinessCodeInfo,
  type AppleBusinessOAuthInfo,
  type AppleBusinessReasonInfo,
  type Provenance,
} from '@errata/apple-business';
import type { Action } from '@errata/core';
import { own, type CodeEntry } from './entry.ts';
import type { VendorCatalog } from './entry.ts';

function provenanceOf(info: Provenance): string[] {
  return [`${info.evidence}: ${info.source} (checked ${info.checked})`];
}

const isRetry = (action: Action): boolean => action === 'retry' || action === 'retry-after';

function listEntry(code: string, info: AppleBusinessCodeInfo): CodeEntry {
  const facts: [string, string][] = [];
  if (info.resource !== undefined) facts.push(['resource', info.resource]);
  facts.push(['reason', info.reason]);
  if (info.severity !== undefined) facts.push(['severity', `${info.severity}${info.severity === 'VIOLATION' ? '' : ' (does not fail the request)'}`]);
  for (const template of info.templates) facts.push(['template', template]);
  return {
    vendor: 'apple-business',
    code,
    message: info.description,
    kind: info.kind,
    action: info.action,
    retryable: info.retryable,
    statuses: info.status === undefined ? [] : [info.status],
    ...(info.status === undefined ? { statusNote: 'no source says' } : {}),
    provenance: provenanceOf(info),
    notes: info.note === undefined ? [] : [info.note],
    facts,
  };
}

function oauthEntry(code: string, info: AppleBusinessOAuthInfo): CodeEntry {
  const first = info.responses[0];
  const statuses = [...new Set(info.responses.flatMap((response) => (response.status === 'redirect' ? [] : [response.status])))];
  const action = first?.action ?? 'fix-request';
  return {
    vendor: 'apple-business',
    code,
    message: info.description,
    kind: first?.kind ?? 'unknown',
    action,
    retryable: isRetry(action),
    statuses,
    ...(info.responses.some((response) => response.status === 'redirect') ? { statusNote: 'also sent in the authorization redirect' } : {}),
    provenance: provenanceOf(info),
    notes: [...(info.note === undefined ? [] : [info.note]), ...info.responses.flatMap((response) => (response.note === undefined ? [] : [response.note]))],
    facts: info.responses.map((response) => {
      const differs = response.kind !== first?.kind || response.action !== action;
      return ['documented', `${String(response.status)}: ${response.description}${differs ? ` (${response.kind}, ${response.action})` : ''}`] as const;
    }),
  };
}

function reasonEntry(code: string, reason: string, info: AppleBusinessReasonInfo): CodeEntry {
  return {
    vendor: 'apple-business',
    code,
    message: info.description,
    kind: info.kind,
    action: info.action,
    retryable: isRetry(info.action),
    statuses: info.status === undefined ? [] : [info.status],
    provenance: provenanceOf(info),
    notes: [
      ...(code === reason ? [] : [`Not catalogued as a whole code: these are the facts of its reason ${reason}.`]),
      ...(info.note === undefined ? [] : [info.note]),
    ],
    facts: [['documented for', info.resources.join(', ')]],
  };
}

export const appleBusinessCatalog: VendorCatalog = {
  lookup(code) {
    const listed = own(appleBusinessCodes, code);
    if (listed !== undefined) return listEntry(code, listed);
    const oauth = own(appleBusinessOAuthErrors, code);
    if (oauth !== undefined) return oauthEntry(code, oauth);
    // An uncatalogued RESOURCE__REASON still has a documented reason.
    const { reason } = splitCode(code);
    const byReason = own(appleBusinessReasons, reason);
    return byReason === undefined ? undefined : reasonEntry(code, reason, byReason);
  },
  all: () => [
    ...Object.entries(appleBusinessCodes).map(([code, info]) => listEntry(code, info)),
    ...Object.entries(appleBusinessOAuthErrors).map(([code, info]) => oauthEntry(code, info)),
  ],
  unknownHint: () => 'Apple Business codes look like RESOURCE__REASON (LOCATION__NOT_FOUND) or are OAuth errors (invalid_grant).',
};
