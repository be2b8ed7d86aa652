import { parseArgs } from 'node:util';
import { displayLines, displayText, formatEntry } from '../format.ts';
import { entryJson, lookUp } from '../lookup.ts';
import { redactedJsonText } from '../redact.ts';
import { EXIT_NOT_FOUND, EXIT_OK, EXPLAIN_USAGE } from '../usage.ts';
import { vendorNamed } from '../vendorChoice.ts';
import { positionals, usageErrorOf } from './args.ts';
import type { Io } from './io.ts';

/** `errata explain <vendor> <code> [--json]` */
export function explain(args: readonly string[], io: Io): number {
  let parsed;
  try {
    parsed = parseArgs({ args: [...args], options: { json: { type: 'boolean' } }, allowPositionals: true, strict: true });
  } catch (error) {
    usageErrorOf(error, EXPLAIN_USAGE);
  }
  const [vendorName = '', code = ''] = positionals(parsed.positionals, ['vendor', 'code'], EXPLAIN_USAGE);
  const vendor = vendorNamed(vendorName);
  const found = lookUp(vendor, code);
  if (found === undefined) {
    io.stderr(`${displayText(`errata: ${vendor.name} has no code ${JSON.stringify(code)} in its catalog`)}\n${displayLines(vendor.codeHint)}\nSee the known codes with: errata list ${vendor.name}\n`);
    return EXIT_NOT_FOUND;
  }
  io.stdout(parsed.values.json === true ? `${redactedJsonText(entryJson(vendor, found.entry, found))}\n` : `${formatEntry(found).join('\n')}\n`);
  return EXIT_OK;
}
