import { IcloudExtractCatalog, type CatalogEntry } from '@errata/icloud-extract';
import { own, type CodeEntry, type VendorCatalog } from './entry.ts';

const CHANNEL: Readonly<Record<CatalogEntry['channels'][number], string>> = {
  http: 'an HTTP error body',
  session: 'the error of a failed session',
  task: 'the error of a failed task',
  'legacy-http': 'the legacy (v1/v2) log-in answer',
};

function entryOf(info: CatalogEntry): CodeEntry {
  return {
    vendor: 'icloud-extract',
    code: info.code,
    message: info.summary,
    kind: info.kind,
    action: info.action,
    retryable: info.retryable,
    ...(info.minWaitMs === undefined ? {} : { minWaitMs: info.minWaitMs }),
    statuses: info.httpStatus === undefined ? [] : [info.httpStatus],
    // The catalog's note already says how sure the status is.
    statusNote: info.statusNote,
    provenance: info.sources.map((source) => `${source} (checked ${info.checked})`),
    notes: [],
    facts: [
      ['next step', info.nextStep],
      ['arrives as', `${info.channels.map((channel) => CHANNEL[channel]).join('; ')}${info.channelsVerified ? '' : ' (inferred)'}`],
    ],
  };
}

export const icloudExtractCatalog: VendorCatalog = {
  lookup(code) {
    const info = own<CatalogEntry>(IcloudExtractCatalog, code.trim());
    return info === undefined ? undefined : entryOf(info);
  },
  all: () => Object.values<CatalogEntry>(IcloudExtractCatalog).map(entryOf),
  unknownHint: () => 'riCloud codes are kebab-case, e.g. choice-required.',
};
