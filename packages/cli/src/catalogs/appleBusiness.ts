import {
  appleBusinessCatalog as appleBusinessCodeCatalog,
  appleBusinessReasonCatalog,
  describeAppleBusinessCode,
  splitCode,
  type AppleBusinessEvidence,
  type AppleBusinessListEntry,
  type AppleBusinessOAuthEntry,
  type AppleBusinessReasonEntry,
} from '@errata/apple-business';
import type { Action } from '@errata/core';
import type { CodeEntry } from './entry.ts';
import type { VendorCatalog } from './entry.ts';

function provenanceOf(info: { readonly evidence: AppleBusinessEvidence; readonly provenance: { readonly source: string; readonly verified: string } }): string[] {
  return [`${info.evidence}: ${info.provenance.source} (checked ${info.provenance.verified})`];
}

const isRetry = (action: Action): boolean => action === 'retry' || action === 'retry-after';

function listEntry(code: string, info: AppleBusinessListEntry): CodeEntry {
  const facts: [string, string][] = [];
  if (info.resource !== undefined) facts.push(['resource', info.resource]);
  facts.push(['reason', info.reason]);
  if (info.severity !== undefined) facts.push(['severity', `${info.severity}${info.severity === 'VIOLATION' ? '' : ' (does not fail the request)'}`]);
  for (const template of info.templates) facts.push(['template', template]);
  return {
    vendor: 'apple-business',
    code,
    message: info.message,
    kind: info.policy.kind,
    action: info.policy.action,
    retryable: info.policy.retryable,
    statuses: info.statuses,
    ...(info.statuses.length === 0 ? { statusNote: 'no source says' } : {}),
    provenance: provenanceOf(info),
    notes: info.note === undefined ? [] : [info.note],
    facts,
  };
}

function oauthEntry(code: string, info: AppleBusinessOAuthEntry): CodeEntry {
  const first = info.responses[0];
  const statuses = info.statuses;
  const action = first?.action ?? 'fix-request';
  return {
    vendor: 'apple-business',
    code,
    message: info.message,
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

function reasonEntry(code: string, reason: string, info: AppleBusinessReasonEntry): CodeEntry {
  return {
    vendor: 'apple-business',
    code,
    message: info.message,
    kind: info.policy.kind,
    action: info.policy.action,
    retryable: isRetry(info.policy.action),
    statuses: info.statuses,
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
    const entry = describeAppleBusinessCode(code);
    if (entry !== undefined) return entry.format === 'oauth' ? oauthEntry(code, entry) : listEntry(code, entry);
    // An uncatalogued RESOURCE__REASON still has a documented reason.
    const { reason } = splitCode(code);
    const byReason = appleBusinessReasonCatalog.get(reason);
    return byReason === undefined ? undefined : reasonEntry(code, reason, byReason);
  },
  all: () => [
    ...appleBusinessCodeCatalog.entries.map((entry) => (entry.format === 'oauth' ? oauthEntry(entry.code, entry) : listEntry(entry.code, entry))),
  ],
  unknownHint: () => 'Apple Business codes look like RESOURCE__REASON (LOCATION__NOT_FOUND) or are OAuth errors (invalid_grant).',
};
