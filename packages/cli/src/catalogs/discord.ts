import { describeDiscordCode, discordCatalog as discordEntries, type DiscordJsonCodeEntry, type DiscordTextCodeEntry } from '@errata/discord';
import { integerCode, type CodeEntry, type VendorCatalog } from './entry.ts';

const MESSAGE_SOURCE: Readonly<Record<DiscordJsonCodeEntry['messageSource'], string>> = {
  userdoccers: 'the literal string the API sends (collected from real responses)',
  official: "Discord's official documentation (may differ from the wire text)",
  'userdoccers-internal-constant': 'an internal constant name from the unofficial list',
  kord: "Kord's JsonErrorCode",
  jda: "JDA's ErrorResponse",
};

function entryOf(info: DiscordJsonCodeEntry): CodeEntry {
  const notes = info.note === undefined ? [] : [info.note];
  if (info.templated) notes.push('The message holds a placeholder the API fills in.');
  return {
    vendor: 'discord',
    code: info.code,
    name: info.name,
    message: info.message,
    kind: info.policy.kind,
    action: info.policy.action,
    retryable: info.policy.retryable,
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

/** The string codes: errata's own (`rate-limited`, `cloudflare-ban`) and the OAuth2 `error` values. */
function textEntryOf(info: DiscordTextCodeEntry): CodeEntry {
  return {
    vendor: 'discord',
    code: info.code,
    name: info.name,
    message: info.message,
    kind: info.policy.kind,
    action: info.policy.action,
    retryable: info.policy.retryable,
    statuses: info.statuses,
    statusNote: info.origin === 'errata' ? 'errata gives this code to responses that carry none of their own' : 'an OAuth2 error body (RFC 6749)',
    provenance: info.references.map((reference) => `${reference.source} (read ${reference.verified})`),
    notes: info.note === undefined ? [] : [info.note],
    facts: [],
  };
}

export const discordCatalog: VendorCatalog = {
  lookup(code) {
    const number = integerCode(code);
    if (number === undefined) {
      const text = describeDiscordCode(code.trim());
      return text === undefined ? undefined : textEntryOf(text);
    }
    const info = describeDiscordCode(number);
    return info === undefined ? undefined : entryOf(info);
  },
  all: () => discordEntries.entries.map((info) => (info.origin === 'json' ? entryOf(info) : textEntryOf(info))),
  unknownHint: (code) =>
    integerCode(code) === undefined ? `Discord's JSON codes are integers, e.g. 50013; its text codes: ${discordEntries.entries.flatMap((info) => (info.origin === 'json' ? [] : [info.code])).join(', ')}.` : undefined,
};
