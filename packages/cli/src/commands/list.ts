import { parseArgs } from 'node:util';
import { isKind, Kind } from '@errata/core';
import { displayText, formatList } from '../format.ts';
import { entryJson } from '../lookup.ts';
import { redactedJsonText } from '../redact.ts';
import { EXIT_OK, LIST_USAGE, UsageError } from '../usage.ts';
import { vendorNamed } from '../vendorChoice.ts';
import { positionals, usageErrorOf } from './args.ts';
import type { Io } from './io.ts';

/** `errata list <vendor> [--kind k] [--json]` */
export function list(args: readonly string[], io: Io): number {
  let parsed;
  try {
    parsed = parseArgs({ args: [...args], options: { kind: { type: 'string' }, json: { type: 'boolean' } }, allowPositionals: true, strict: true });
  } catch (error) {
    usageErrorOf(error, LIST_USAGE);
  }
  const [vendorName = ''] = positionals(parsed.positionals, ['vendor'], LIST_USAGE);
  const vendor = vendorNamed(vendorName);
  const { kind } = parsed.values;
  if (kind !== undefined && !isKind(kind)) throw new UsageError(`unknown kind ${JSON.stringify(kind)}`, `kinds: ${Object.values(Kind).join(', ')}`);
  const entries = vendor.catalog.entries.filter((entry) => kind === undefined || entry.policy.kind === kind);
  if (parsed.values.json === true) {
    io.stdout(`${redactedJsonText(entries.map((entry) => entryJson(vendor, entry)))}\n`);
    return EXIT_OK;
  }
  if (entries.length === 0) {
    io.stderr(`${displayText(`errata: no ${vendor.name} code has kind ${String(kind)}`)}\n`);
    return EXIT_OK;
  }
  io.stdout(`${formatList(entries).join('\n')}\n`);
  return EXIT_OK;
}
