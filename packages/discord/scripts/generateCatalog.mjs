#!/usr/bin/env node
/* global process, console, URL */
// Regenerates the catalog modules from the reference data:
//   src/codes.ts             one `export const Name = code` per code (tree-shakes one by one)
//   src/catalog/messages.ts  the message table: literal message, upstream name, sources, flags
//   src/policy.ts            the compact per-code CodePolicy table the parser reads (between its
//                            <encoded> markers; the rest of that file is written by hand)
//
// Usage: node scripts/generateCatalog.mjs [path/to/discord-codes.json] [--print]
// By default it reads the in-repo snapshot of reference/discord-codes.json
// (src/__fixtures__/reference.json, refreshed by `pnpm --filter @errata/scripts reference:sync`);
// a path reads that file instead (a raw discord-codes.json array, or a snapshot).
// The kind/action judgement lives in `classify` below; README.md ("How codes are classified")
// explains the same rules in prose. Re-run after the reference file changes, then run the tests.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const here = (path) => fileURLToPath(new URL(path, import.meta.url));
const args = process.argv.slice(2);
const source = args.find((arg) => !arg.startsWith('--')) ?? here('../src/__fixtures__/reference.json');
const print = args.includes('--print');
const loaded = JSON.parse(readFileSync(source, 'utf8'));
const entries = Array.isArray(loaded) ? loaded : loaded.facts.codes;

// Policies (core's CodePolicy): [kind, action, retryable]. The order is the encoding (letter A = 0);
// append new ones at the end so existing letters keep their meaning.
const CLASSES = [
  ['unknown', 'none', false], // A: code 0, the HTTP status decides
  ['not-found', 'none', false], // B
  ['invalid-argument', 'fix-request', false], // C
  ['failed-precondition', 'none', false], // D
  ['permission-denied', 'none', false], // E
  ['unauthenticated', 'reauthenticate', false], // F
  ['resource-exhausted', 'none', false], // G: a hard quota; freeing something up is the only fix
  ['resource-exhausted', 'retry', true], // H: a rate limit or cooldown
  ['unavailable', 'retry', true], // I
  ['already-exists', 'none', false], // J
  ['failed-precondition', 'user-action', false], // K
  ['invalid-argument', 'user-action', false], // L
  ['internal', 'retry', true], // M
  ['internal', 'contact-support', false], // N
  ['out-of-range', 'fix-request', false], // O
  ['permission-denied', 'user-action', false], // P
  ['permission-denied', 'fix-request', false], // Q
  ['failed-precondition', 'contact-support', false], // R
];
const CLASS = Object.fromEntries(CLASSES.map((_, index) => [String.fromCharCode(65 + index), index]));

// Codes decided one by one, where the wording alone would mislead.
const OVERRIDES = {
  0: 'A',
  20001: 'Q', // a user token on a bot-only route: use the other kind of token
  20002: 'Q',
  20023: 'C',
  20025: 'R', // "please contact support" about the account's state, not a server fault
  20031: 'C', // disallowed words: change the text
  20033: 'C',
  20039: 'R',
  20058: 'R',
  20062: 'K',
  30006: 'L',
  30029: 'D',
  40005: 'C',
  40043: 'I', // the interaction could not be delivered; sending again can work
  40060: 'J', // the interaction already has its response
  40333: 'Q', // Cloudflare refuses the request (often the User-Agent): change the request
  50007: 'E',
  60002: 'K',
  60010: 'K',
  60012: 'D',
  60021: 'L',
  90003: 'D',
  50016: 'O',
  50034: 'O',
  50085: 'O',
  50138: 'C',
  50242: 'O',
  50243: 'O',
  50278: 'E',
  110000: 'I', // the index is being built: answered with HTTP 202 and retry_after
  110001: 'I',
  200000: 'C', // AutoMod blocked the content: revise it
  200001: 'C',
  240000: 'C',
  270001: 'I',
  530012: 'D',
};

// Rules on the message (lower-cased, internal constants' underscores as spaces), first match wins.
const RULES = [
  ['H', /rate limit|too fast|slowmode|(maximum|max|too many).*try again later|sending too many messages/],
  ['I', /try again later|temporarily|currently unavailable|is currently overloaded|not yet available|service unavailable/],
  ['N', /contact support/],
  ['M', /internal error|unexpected state|error while|api error|account link error|^failed to |^discord failed to/],
  ['B', /^unknown |not found|could not be found|does not exist|no users with|cannot find|no link currently exists/],
  ['G', /maximum number|max number|max storage|reached max|limit reached|user threshold|max claims|max members|more than 1 /],
  ['C', /exceed|too (long|large|small|high)|maximum (size|dimensions|framerate)/],
  ['G', /too many|maximum .*reached/],
  [
    'J',
    /already (exists|taken|a member|enrolled|claimed|been created|been granted|own|purchased|subscribed|has a|been crossposted|linked|friends|open|submitted|approved|succeeded|requested|partially|joined|completed|acked|owner|whitelisted|using)|must be unique|not unique|redeemed already|already been acknowledged|already exists/,
  ],
  ['D', /already/],
  ['F', /^unauthorized$|authentication token|oauth2 access token|webhook token|connection has been revoked|token is (invalid|past expiration)|authentication required|two-factor (auth ticket|session)|id token|jwt|^invalid client$|^invalid token$|should be authed/],
  ['L', /invalid two-factor (code|secret)|^invalid key$|verification code is invalid|password does not match|linking code is invalid|valid mobile phone|card was declined|please try another|unable to send sms|recently used|unable to be associated|could not verify your phone/],
  ['C', /^invalid |is invalid|must provide|not in expected format|query parameter is required/],
  ['P', /two factor is required|multi-factor authentication is required|verify your|must be a verified account|must first be verified|consent is required|must be claimed|two fa not enabled|passcode unlock required|friend list sync requires/],
  ['K', /must accept|have not been accepted|must confirm|must complete|payment (source )?required|a payment is required|confirmation required|new subscription required|must have nitro|requires a premium|restart your app|check your email|needs to be authorized|must join the server|must be friends|need to be friends|must transfer ownership|must revoke|payment team required|must be authorized by the user/],
  ['E', /missing access|missing permissions|permission|not authorized|use this endpoint|banned|blocked|limited for|limited access|only the owner|do not have access|does not have access|not allowed to accept|restricted from|quarantine|not available in your location|cannot invite this user|under minimum age|maze|disallowed words|on a timeout/],
  ['D', /ineligible|not eligible|needs more boosts|needs monetization|monetization features|disabled|not enabled|scheduled for deletion/],
];

// What a code's group means when no rule above applies.
const CATEGORY_DEFAULT = {
  General: 'A',
  'Unknown API object': 'B',
  Restrictions: 'E',
  'Resource limitations': 'G',
  'Disallowed actions': 'D',
  'Validation issues': 'C',
  'Two-factor authentication': 'P',
  'Phone numbers': 'L',
  Relationships: 'D',
  'Blocked actions': 'E',
  Billing: 'D',
  'Pending resources': 'I',
  'LFG channels': 'D',
  'API resources': 'I',
  Achievements: 'G',
  'Applications/requests': 'D',
  'Chat limitations': 'D',
  'Guild stickers': 'C',
  'Guild events': 'D',
  'Application Verification': 'D',
  'Automatic moderation': 'C',
  'Guild monetization': 'D',
  Webhooks: 'C',
  'Guild home': 'D',
  'Harmful links filter': 'C',
  'Drops / Quests': 'D',
  'External integrations': 'D',
  'Providers (two-way linking)': 'D',
  'Family center': 'D',
  'Clyde AI': 'D',
  'User limitations': 'E',
  'Guild onboarding': 'D',
  'Summaries AI': 'D',
  'Guest invites': 'E',
  'Emoji inventory': 'D',
  'Guild limitations': 'E',
  'Partner promotions': 'D',
  'Guild bans': 'M',
  'Polls / Safety hub': 'D',
  'Discord Partner SDK': 'D',
  E2EE: 'C',
  'Account Revert': 'D',
  'Guild Discovery': 'C',
  'Message Potions': 'E',
  'Subscriptions Rewards': 'D',
};

function classify(entry) {
  if (Object.hasOwn(OVERRIDES, entry.code)) return OVERRIDES[entry.code];
  const text = entry.message.toLowerCase().replaceAll('_', ' ');
  for (const [letter, pattern] of RULES) if (pattern.test(text)) return letter;
  return CATEGORY_DEFAULT[entry.category] ?? 'D';
}

// Source bits, in the order the reference lists them.
const SOURCE_BITS = { official: 1, 'discord-api-types': 2, userdoccers: 4, kord: 8, jda: 16 };
const MESSAGE_SOURCES = ['userdoccers', 'official', 'userdoccers-internal-constant', 'kord', 'jda'];

// Our own short verification notes (the reference's caveats, reworded).
const NOTES = {
  0: 'Generic code: also carries status-prefixed messages ("401: Unauthorized") and the static Cloudflare ban.',
  10008: 'A 403 with this code can mean anti-abuse systems blocked the request.',
  20017: 'Listed by discord-api-types but no longer in the official table.',
  20026: 'The captured message may be cut short.',
  30003: 'The limit inside the message changed over time (50, later 250).',
  30007: 'The limit inside the message differs between sources (10 vs 15).',
  40115: 'Seen only in an unmerged JDA pull request: unconfirmed.',
  40333: 'Sent by Cloudflare, not by the API.',
  50252: 'Only the internal constant was captured; a later copy of the list has a readable message.',
  110000: 'Arrives with HTTP 202 (a success status) and retry_after.',
};

const rows = entries.map((entry) => {
  const name = entry.name ?? entry.suggestedName;
  let sources = 0;
  for (const s of entry.sources) {
    if (!(s in SOURCE_BITS)) throw new Error(`unknown source ${s} for ${entry.code}`);
    sources |= SOURCE_BITS[s];
  }
  const messageSource = MESSAGE_SOURCES.indexOf(entry.messageSource);
  if (messageSource < 0) throw new Error(`unknown message source ${entry.messageSource}`);
  return { entry, name, sources, messageSource, letter: classify(entry) };
});

const names = new Set();
for (const row of rows) {
  if (names.has(row.name)) throw new Error(`duplicate name ${row.name}`);
  names.add(row.name);
}

if (print) {
  for (const letter of Object.keys(CLASS)) {
    const members = rows.filter((row) => row.letter === letter);
    console.log(`\n## ${letter} ${CLASSES[CLASS[letter]].join(' / ')} (${members.length})`);
    for (const row of members) console.log(`${row.entry.code} ${row.entry.message.slice(0, 90)}`);
  }
  process.exit(0);
}

const HEADER = '// Generated by scripts/generateCatalog.mjs from src/__fixtures__/reference.json (a snapshot of reference/discord-codes.json). Do not edit.\n';
const official = (row) => (row.sources & 3) !== 0;
const comment = (text) => text.replaceAll('*/', '*\\/');

// --- src/codes.ts -------------------------------------------------------------------------
let codes = `${HEADER}// One constant per code so bundlers keep only the ones you use. Import them as a namespace:
// \`import * as DiscordCode from '@errata/discord/codes'\` (the root's \`DiscordCode\` holds the same).\n`;
for (const row of rows) {
  const tag = official(row) ? '' : ' (unofficial)';
  codes += `\n/** ${row.entry.code}${tag}: ${comment(row.entry.message)} */\nexport const ${row.name} = ${row.entry.code};\n`;
  for (const alias of row.entry.deprecatedNames ?? []) {
    codes += `/** @deprecated Same value as \`${row.name}\` (an older upstream name). */\nexport const ${alias} = ${row.entry.code};\n`;
  }
}
writeFileSync(here('../src/codes.ts'), codes);

// --- src/catalog/messages.ts ------------------------------------------------------------
const q = (text) => JSON.stringify(text);
let table = `${HEADER}import type { CatalogRow } from './row.ts';

/**
 * The message table: \`[code, name, message, sources, flags]\` per code, sorted by code.
 * \`sources\` is a bit set (see \`SOURCE\`); \`flags\` holds the message provenance (\`MESSAGE_SOURCE\`
 * index in bits 0-2) and bit 3 when the message contains a runtime placeholder.
 */
export const ROWS: readonly CatalogRow[] = [\n`;
for (const row of rows) {
  const flags = row.messageSource | (row.entry.templated === true ? 8 : 0);
  table += `  [${row.entry.code}, ${q(row.name)}, ${q(row.entry.message)}, ${row.sources}, ${flags}],\n`;
}
table += `];

/** Our verification notes for codes whose sources disagree or are thin. */
export const NOTES: Readonly<Record<number, string>> = {\n`;
for (const [code, note] of Object.entries(NOTES)) table += `  ${code}: ${q(note)},\n`;
table += '};\n';
writeFileSync(here('../src/catalog/messages.ts'), table);

// --- src/policy.ts (encoded) --------------------------------------------------------
// Codes are grouped by `Math.floor(code / 10000)` (10xxx, 20xxx, …, 100xxx, …). Each group gets its
// most common class as a default (`<group base36><letter>`), then every code whose class differs is
// listed as an exception (`<gap from previous exception base36><letter>`).
const group = (code) => Math.floor(code / 10_000);
const counts = new Map();
for (const row of rows) {
  const key = group(row.entry.code);
  const tally = counts.get(key) ?? new Map();
  tally.set(row.letter, (tally.get(row.letter) ?? 0) + 1);
  counts.set(key, tally);
}
const defaults = new Map([...counts].map(([key, tally]) => [key, [...tally].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0][0]]));
const groups = [...defaults].map(([key, letter]) => key.toString(36) + letter).join('');
let encoded = '';
let previous = 0;
for (const row of rows) {
  if (row.letter === defaults.get(group(row.entry.code))) continue;
  encoded += (row.entry.code - previous).toString(36) + row.letter;
  previous = row.entry.code;
}
const meta = readFileSync(here('../src/policy.ts'), 'utf8');
const marker = /(\/\/ <encoded>\n)[\s\S]*?(\/\/ <\/encoded>)/;
if (!marker.test(meta)) throw new Error('src/policy.ts lacks the <encoded> markers');
const policies = CLASSES.map(([kind, action, retryable]) => `  { kind: ${q(kind)}, action: ${q(action)}, retryable: ${retryable} },`).join('\n');
writeFileSync(
  here('../src/policy.ts'),
  meta.replace(marker, `$1const GROUPS = ${q(groups)};\n\nconst EXCEPTIONS =\n  ${q(encoded)};\n\nconst POLICIES: readonly CodePolicy[] = [\n${policies}\n];\n$2`),
);
console.log(`${rows.length} codes, ${groups.length + encoded.length} encoded characters`);
