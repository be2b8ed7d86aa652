import { readFileSync } from 'node:fs';
import type { Io } from './commands/io.ts';
import { explain } from './commands/explain.ts';
import { displayLines, displayText } from './format.ts';
import { list } from './commands/list.ts';
import { parse } from './commands/parse.ts';
import { EXIT_OK, EXIT_USAGE, EXPLAIN_USAGE, LIST_USAGE, PARSE_USAGE, UsageError } from './usage.ts';
import { VENDORS } from '@errata/vendors';

export type { Io } from './commands/io.ts';

type Command = (args: readonly string[], io: Io) => number | Promise<number>;

const COMMANDS: Readonly<Record<string, { readonly run: Command; readonly usage: string }>> = {
  explain: { run: explain, usage: EXPLAIN_USAGE },
  parse: { run: parse, usage: PARSE_USAGE },
  list: { run: list, usage: LIST_USAGE },
};

function help(): string {
  const width = Math.max(...VENDORS.map((vendor) => vendor.name.length));
  const vendors = VENDORS.map((vendor) => `  ${vendor.name.padEnd(width)}  ${vendor.about}${vendor.aliases.length === 0 ? '' : ` (also: ${vendor.aliases.join(', ')})`}`);
  return `errata: make sense of third-party API errors

usage:
  errata explain <vendor> <code>           what a vendor code means, and what to do about it
  errata parse [--vendor <vendor>]         normalize a response read from stdin (curl -si output or a JSON body)
  errata list <vendor> [--kind <kind>]     a vendor's codes with their kinds

options:
  --json         machine-readable output (explain, parse, list)
  -h, --help     this help, or a command's: errata parse --help
  -v, --version  the version

vendors:
${vendors.join('\n')}

examples:
  errata explain discord 50013
  curl -si https://discord.com/api/v10/users/@me | errata parse
  errata list icloud --kind unauthenticated
`;
}

/** The version in package.json (one folder up from both src/ and dist/). */
function version(): string {
  try {
    const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version?: unknown };
    return typeof pkg.version === 'string' ? pkg.version : 'unknown';
  } catch {
    return 'unknown';
  }
}

const wantsHelp = (args: readonly string[]): boolean => args.includes('--help') || args.includes('-h');

/**
 * Runs the CLI and gives the exit status. Mistakes in the call come back as a one-line message
 * (plus usage) on stderr and status 2; nothing a user types produces a stack trace.
 */
export async function main(argv: readonly string[], io: Io): Promise<number> {
  const [name, ...args] = argv;
  try {
    if (name === undefined) throw new UsageError('missing command', help());
    if (name === '--help' || name === '-h' || name === 'help') {
      const topic = name === 'help' && args[0] !== undefined ? COMMANDS[args[0]] : undefined;
      io.stdout(topic === undefined ? help() : `${topic.usage}\n`);
      return EXIT_OK;
    }
    if (name === '--version' || name === '-v' || name === '-V') {
      io.stdout(`${version()}\n`);
      return EXIT_OK;
    }
    const command = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
    if (command === undefined) {
      throw new UsageError(name.startsWith('-') ? `unknown option ${JSON.stringify(name)}` : `unknown command ${JSON.stringify(name)}`, 'commands: explain, parse, list (errata --help)');
    }
    if (wantsHelp(args)) {
      io.stdout(`${command.usage}\n`);
      return EXIT_OK;
    }
    return await command.run(args, io);
  } catch (error) {
    if (error instanceof UsageError) {
      // The message may quote what the user typed (or a line of the piped response): mask and escape it.
      io.stderr(`errata: ${displayText(error.message)}\n${error.hint === undefined ? '' : `\n${displayLines(error.hint.trimEnd())}\n`}`);
      return EXIT_USAGE;
    }
    // A bug, not a mistake: one line, and the stack only on request.
    io.stderr(`errata: unexpected failure: ${displayText(error instanceof Error ? error.message : String(error))}\n`);
    if (process.env.ERRATA_DEBUG !== undefined && error instanceof Error && error.stack !== undefined) io.stderr(`${error.stack}\n`);
    return 70;
  }
}
