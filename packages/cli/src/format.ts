import type { ApiError, RateLimitSnapshot } from '@errata/core';
import type { CodeEntry } from './catalogs/index.ts';
import { redactDisplayText, redactedJsonText } from './redact.ts';

/**
 * Text from a response, made safe for a terminal: control characters (an ESC sequence in an
 * upstream message could recolour or rewrite the screen) are shown escaped, never sent.
 */
export function printable(text: string): string {
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  return text.replace(/[\u0000-\u001f\u007f-\u009f]/g, (char) => `\\x${char.charCodeAt(0).toString(16).padStart(2, '0')}`);
}

/**
 * Text for the terminal: credentials masked by core's redaction (see redact.ts), then control
 * characters escaped. Every line the text output prints goes through this.
 */
export function displayText(text: string): string {
  return printable(redactDisplayText(text));
}

/** `displayText` for each line of a multi-line text (usage and hints keep their line breaks). */
export function displayLines(text: string): string {
  return text.split('\n').map(displayText).join('\n');
}

/** `label  value` rows with the labels padded to one width. */
export function rows(pairs: readonly (readonly [string, string])[], indent: string = '  '): string[] {
  const width = Math.max(0, ...pairs.map(([label]) => label.length));
  return pairs.map(([label, value]) => `${indent}${label.padEnd(width)}  ${displayText(value)}`);
}

/** 1500 → `1.5 s`, 3600000 → `1 h`. */
export function duration(ms: number): string {
  if (ms >= 3_600_000 && ms % 3_600_000 === 0) return `${String(ms / 3_600_000)} h`;
  if (ms >= 60_000 && ms % 60_000 === 0) return `${String(ms / 60_000)} min`;
  return ms < 1000 ? `${String(ms)} ms` : `${String(Math.round(ms) / 1000)} s`;
}

/** The retry advice of a catalog entry in words. */
export function retryText(entry: Pick<CodeEntry, 'retryable' | 'action' | 'minWaitMs'>): string {
  if (!entry.retryable) return 'no';
  if (entry.minWaitMs !== undefined) return `yes, after at least ${duration(entry.minWaitMs)}`;
  return entry.action === 'retry-after' ? 'yes, after the wait the response names' : 'yes, with backoff';
}

export function statusText(entry: Pick<CodeEntry, 'statuses' | 'statusNote'>): string {
  const known = entry.statuses.map(String).join(' or ');
  if (known === '') return entry.statusNote ?? 'unknown';
  return entry.statusNote === undefined ? known : `${known} (${entry.statusNote})`;
}

/** `explain` output: everything the catalog says about one code. */
export function formatEntry(entry: CodeEntry): string[] {
  const head = `${entry.vendor} ${String(entry.code)}${entry.name === undefined || entry.name === String(entry.code) ? '' : ` (${entry.name})`}`;
  const pairs: [string, string][] = [
    ['message', entry.message],
    ['kind', entry.kind],
    ['action', entry.action],
    ['retry', retryText(entry)],
    ['HTTP status', statusText(entry)],
    ...entry.facts.map(([label, value]): [string, string] => [label, value]),
    ...entry.provenance.map((line, index): [string, string] => [index === 0 ? 'source' : '', line]),
    ...entry.notes.map((line, index): [string, string] => [index === 0 ? 'note' : '', line]),
  ];
  return [displayText(head), ...rows(pairs)];
}

function truncate(text: string, length: number): string {
  const flat = text.replace(/\s+/g, ' ');
  return flat.length <= length ? flat : `${flat.slice(0, length - 1)}…`;
}

/** `list` output: one line per code, columns aligned. */
export function formatList(entries: readonly CodeEntry[]): string[] {
  const codeWidth = Math.max(4, ...entries.map((entry) => String(entry.code).length));
  const kindWidth = Math.max(4, ...entries.map((entry) => entry.kind.length));
  const actionWidth = Math.max(6, ...entries.map((entry) => entry.action.length));
  const line = (code: string, kind: string, action: string, message: string): string =>
    `${code.padEnd(codeWidth)}  ${kind.padEnd(kindWidth)}  ${action.padEnd(actionWidth)}  ${message}`.trimEnd();
  return [line('code', 'kind', 'action', 'message'), ...entries.map((entry) => displayText(line(String(entry.code), entry.kind, entry.action, truncate(redactDisplayText(entry.message), 72))))];
}

function rateLimitText(limit: RateLimitSnapshot): string {
  const parts: string[] = [];
  if (limit.remaining !== undefined) parts.push(`${String(limit.remaining)}${limit.limit === undefined ? '' : ` of ${String(limit.limit)}`} left`);
  else if (limit.limit !== undefined) parts.push(`limit ${String(limit.limit)}`);
  if (limit.resetAfterMs !== undefined) parts.push(`resets in ${duration(limit.resetAfterMs)}`);
  if (limit.bucket !== undefined) parts.push(`bucket ${limit.bucket}`);
  if (limit.scope !== undefined) parts.push(`scope ${limit.scope}`);
  if (limit.global === true) parts.push('global');
  return parts.length === 0 ? redactedJsonText(limit, 0) : parts.join(', ');
}

function retryOf(error: ApiError): string {
  if (!error.retry.retryable) return 'no';
  if (error.retry.retryAfterMs === undefined) return 'yes, with backoff';
  return `yes, after ${duration(error.retry.retryAfterMs)}${error.retry.source === undefined ? '' : ` (from the ${error.retry.source.replace('-', ' ')})`}`;
}

function hasDetails(details: unknown): boolean {
  return typeof details === 'object' && details !== null && Object.keys(details).length > 0;
}

/** `parse` output: the normalized error for a person. */
export function formatError(error: ApiError, context: { readonly skippedBlocks?: number } = {}): string[] {
  const pairs: [string, string][] = [
    ['message', error.message],
    ['for users', error.publicMessage],
    ['kind', error.kind],
    ['action', error.action],
    ['retry', retryOf(error)],
  ];
  if (error.rateLimit !== undefined) pairs.push(['rate limit', rateLimitText(error.rateLimit)]);
  if (error.requestId !== undefined) pairs.push(['request id', error.requestId]);
  for (const issue of error.issues) pairs.push(['issue', `${issue.path.map(String).join('.') || '(body)'}: ${issue.message} (${issue.code})`]);
  // Redacted before it is cut short, so a cut can never leave part of a credential unmasked.
  if (hasDetails(error.details)) pairs.push(['details', truncate(redactedJsonText(error.details, 0), 160)]);
  pairs.push(['problem type', error.toProblem().type]);
  if (error.vendor !== 'http') pairs.push(['catalog', `errata explain ${error.vendor} ${String(error.code)}`]);
  if (context.skippedBlocks !== undefined && context.skippedBlocks > 0) pairs.push(['note', `read the last of ${String(context.skippedBlocks + 1)} responses`]);
  return [displayText(`${error.vendor} ${String(error.code)} · ${error.kind} · HTTP ${String(error.status)}`), ...rows(pairs)];
}
