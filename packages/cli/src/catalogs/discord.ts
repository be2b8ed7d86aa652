import { discordCodeInfo, discordCodes, type DiscordCodeInfo } from '@errata/discord';
import { integerCode, type CodeEntry, type VendorCatalog } from './entry.ts';

const MESSAGE_SOURCE: Readonly<Record<DiscordCodeInfo['messageSource'], string>> = {
  userdoccers: 'the literal string the API sends (collected from real responses)',
  official: "Discord's official documentation (may differ from the wire text)",
  'userdoccers-internal-constant': 'an internal constant name from the unofficial list',
  kord: "Kord's JsonErrorCode",
  jda: "JDA's ErrorResponse",
};

function entryOf(info: DiscordCodeInfo): CodeEntry {
  const notes = info.note === undefined ? [] : [info.note];
  if (info.templated) notes.push('The message holds a placeholder the API fills in.');
  return {
    vendor: 'discord',
    code: info.code,
    name: info.name,
    message: info.message,
    kind: info.kind,
    action: info.action,
    retryable: info.retryable,
    statuses: [],
    statusNote: 'not catalogued per code: the status comes with the response',
    provenance: [
      `listed by: ${info.sources.join(', ')}${info.official ? '' : ' (not in the official docs)'}`,
      `message from: ${MESSAGE_SOURCE[info.messageSource]}`,
    ],
    notes,
    facts: [],
  };
}

export const discordCatalog: VendorCatalog = {
  lookup(code) {
    const number = integerCode(code);
    const info = number === undefined ? undefined : discordCodeInfo(number);
    return info === undefined ? undefined : entryOf(info);
  },
  all: () => discordCodes().map(entryOf),
  unknownHint: (code) => (integerCode(code) === undefined ? 'Discord codes are integers, e.g. 50013.' : undefined),
};
