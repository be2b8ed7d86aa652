import { UsageError } from '../usage.ts';

/**
 * Turns an error of `util.parseArgs` into a one-line usage error; anything else is rethrown.
 * Node's messages go on about `--` separators: the first sentence is what the user needs.
 */
export function usageErrorOf(error: unknown, usage: string): never {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code !== 'string' || !code.startsWith('ERR_PARSE_ARGS')) throw error;
  const message = (error as Error).message;
  const first = /^.*?'[^']*'[^.]*/.exec(message)?.[0] ?? message.split('. ')[0] ?? message;
  throw new UsageError(first.charAt(0).toLowerCase() + first.slice(1), usage);
}

/** Exactly `count` positionals, or a usage error saying what is missing or extra. */
export function positionals(values: readonly string[], names: readonly string[], usage: string): string[] {
  if (values.length < names.length) throw new UsageError(`missing ${names.slice(values.length).map((name) => `<${name}>`).join(' ')}`, usage);
  if (values.length > names.length) throw new UsageError(`unexpected argument ${JSON.stringify(values[names.length])}`, usage);
  return [...values];
}
