import {
  ancestorsOf,
  describeIdentityRegistrationCode,
  identityRegistrationCatalog as registrationCatalog,
  type IdentityRegistrationCatalogEntry,
} from '@errata/identity-registration';
import { integerCode, type CodeEntry, type VendorCatalog } from './entry.ts';

function entryOf(info: IdentityRegistrationCatalogEntry): CodeEntry {
  const facts: [string, string][] = [['family', info.ancestors.length === 0 ? 'a range root' : `under ${info.ancestors.join(' < ')}`]];
  if (info.catchAll) facts.push(['catch-all', 'yes: stands for the codes below it and may be split later']);
  if (info.extraFields.length > 0) facts.push(['body fields', info.extraFields.join(', ')]);
  return {
    vendor: 'identity-registration',
    code: info.code,
    name: info.error,
    message: info.message,
    kind: info.policy.kind,
    action: info.policy.action,
    retryable: info.policy.retryable,
    statuses: [],
    statusNote: 'none of its own: the API sends most errors with HTTP 200 and stat "error" (OAuth endpoints: 400 or 401)',
    provenance: info.provenance.source.split('; ').map((text) => `${text} (checked ${info.provenance.verified})`),
    notes: info.note === undefined ? [] : [info.note],
    facts,
  };
}

export const identityRegistrationCatalog: VendorCatalog = {
  lookup(code) {
    const number = integerCode(code);
    const info = number === undefined ? undefined : describeIdentityRegistrationCode(number);
    return info === undefined ? undefined : entryOf(info);
  },
  all: () => registrationCatalog.entries.map((entry) => entryOf(entry)),
  unknownHint(code) {
    const number = integerCode(code);
    if (number === undefined) return 'Registration codes are integers, e.g. 210.';
    // Undocumented codes belong to the nearest documented catch-all above them.
    const family = ancestorsOf(number).find((candidate) => describeIdentityRegistrationCode(candidate) !== undefined);
    return family === undefined ? undefined : `It falls in the family of ${String(family)}: errata explain identity-registration ${String(family)}`;
  },
};
