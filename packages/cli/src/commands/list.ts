import { parseArgs } from 'node:util';
import { isKind, Kind } from '@errata/core';
import { CATALOGS } from '../catalogs/index.ts';
import { displayText, formatList } from '../format.ts';
import { redactedJsonText } from '../redact.ts';
import { EXIT_OK, LIST_USAGE, UsageError } from '../usage.ts';
import { vendorNamed } from '../vendors.ts';
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
  const entries = CATALOGS[vendor.name].all().filter((entry) => kind === undefined || entry.kind === kind);
  if (parsed.values.json === true) {
    io.stdout(`${redactedJsonText(entries)}\n`);
    return EXIT_OK;
  }
  if (entries.length === 0) {
    io.stderr(`${displayText(`errata: no ${vendor.name} code has kind ${String(kind)}`)}\n`);
    return EXIT_OK;
  }
  io.stdout(`${formatList(entries).join('\n')}\n`);
  return EXIT_OK;
}
