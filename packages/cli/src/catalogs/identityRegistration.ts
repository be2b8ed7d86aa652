import {
  ancestorsOf,
  describeIdentityRegistrationCode,
  IDENTITY_REGISTRATION_CODES,
  IDENTITY_REGISTRATION_SOURCES,
  type IdentityRegistrationCodeInfo,
} from '@errata/identity-registration';
import { integerCode, type CodeEntry, type VendorCatalog } from './entry.ts';

function entryOf(info: IdentityRegistrationCodeInfo): CodeEntry {
  const facts: [string, string][] = [['family', info.ancestors.length === 0 ? 'a range root' : `under ${info.ancestors.join(' < ')}`]];
  if (info.catchAll) facts.push(['catch-all', 'yes: stands for the codes below it and may be split later']);
  if (info.extraFields.length > 0) facts.push(['body fields', info.extraFields.join(', ')]);
  return {
    vendor: 'identity-registration',
    code: info.code,
    name: info.error,
    message: info.description,
    kind: info.kind,
    action: info.action,
    retryable: info.retryable,
    statuses: [],
    statusNote: 'none of its own: the API sends most errors with HTTP 200 and stat "error" (OAuth endpoints: 400 or 401)',
    provenance: info.sources.map((source) => IDENTITY_REGISTRATION_SOURCES[source]).map((text) => `${text} (checked ${info.checked})`),
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
  all: () => IDENTITY_REGISTRATION_CODES.flatMap((code) => {
    const info = describeIdentityRegistrationCode(code);
    return info === undefined ? [] : [entryOf(info)];
  }),
  unknownHint(code) {
    const number = integerCode(code);
    if (number === undefined) return 'Registration codes are integers, e.g. 210.';
    // Undocumented codes belong to the nearest documented catch-all above them.
    const family = ancestorsOf(number).find((candidate) => describeIdentityRegistrationCode(candidate) !== undefined);
    return family === undefined ? undefined : `It falls in the family of ${String(family)}: errata explain identity-registration ${String(family)}`;
  },
};
