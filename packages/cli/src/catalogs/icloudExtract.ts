import { describeIcloudExtractCode, icloudExtractCatalog as catalog, type IcloudExtractCatalogEntry } from '@errata/icloud-extract';
import type { CodeEntry, VendorCatalog } from './entry.ts';

const CHANNEL: Readonly<Record<IcloudExtractCatalogEntry['channels'][number], string>> = {
  http: 'an HTTP error body',
  session: 'the error of a failed session',
  task: 'the error of a failed task',
  'legacy-http': 'the legacy (v1/v2) log-in answer',
};

function entryOf(info: IcloudExtractCatalogEntry): CodeEntry {
  return {
    vendor: 'icloud-extract',
    code: info.code,
    message: info.message,
    kind: info.policy.kind,
    action: info.policy.action,
    retryable: info.policy.retryable,
    ...(info.policy.minWaitMs === undefined ? {} : { minWaitMs: info.policy.minWaitMs }),
    statuses: info.statuses,
    // The catalog's note already says how sure the status is.
    statusNote: info.note,
    provenance: info.provenance.source.split('; ').map((source) => `${source} (checked ${info.provenance.verified})`),
    notes: [],
    facts: [
      ['next step', info.policy.step],
      ['arrives as', `${info.channels.map((channel) => CHANNEL[channel]).join('; ')}${info.channelsVerified ? '' : ' (inferred)'}`],
    ],
  };
}

export const icloudExtractCatalog: VendorCatalog = {
  lookup(code) {
    const info = describeIcloudExtractCode(code.trim());
    return info === undefined ? undefined : entryOf(info);
  },
  all: () => catalog.entries.map((entry) => entryOf(entry)),
  unknownHint: () => 'riCloud codes are kebab-case, e.g. choice-required.',
};
