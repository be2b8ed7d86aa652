import type { ApiError, RateLimitSnapshot } from '@errata/core';
import type { CatalogEntry, CodePolicy, Provenance } from '@errata/core/vendor';
import type { Found } from './lookup.ts';
import { redactDisplayText, redactedJsonText } from './redact.ts';
import type { VendorEntry } from '@errata/vendors';

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

/** The retry advice of a code's policy in words. */
export function retryText(policy: CodePolicy): string {
  if (!policy.retryable) return 'no';
  if (policy.waitMs !== undefined) return `yes, after at least ${duration(policy.waitMs)}`;
  return policy.action === 'retry-after' ? 'yes, after the wait the response names' : 'yes, with backoff';
}

/** The statuses a code comes with; when the catalog records none, what decides the status instead. */
export function statusText(entry: CatalogEntry, vendor: VendorEntry): string {
  if (entry.statuses.length > 0) return entry.statuses.map(String).join(' or ');
  const successes = vendor.module.errorsWithSuccessStatus;
  const alsoSuccess = successes === true || (Array.isArray(successes) && successes.length > 0);
  return `not catalogued per code: the status comes with the response${alsoSuccess ? ` (${vendor.name} also sends errors with a success status)` : ''}`;
}

// The fields of core's CatalogEntry and CodePolicy, shown in their own rows; a vendor's other
// fields are shown after them, by name.
const ENTRY_FIELDS: ReadonlySet<string> = new Set(['code', 'name', 'message', 'statuses', 'policy', 'provenance', 'note']);
const POLICY_FIELDS: ReadonlySet<string> = new Set(['kind', 'action', 'retryable', 'waitMs']);
/** Nesting shown inline before it is cut: vendor fields are flat or one level deep. */
const MAX_INLINE_DEPTH = 3;

/** `messageSource` → `message source`. */
export function labelOf(key: string): string {
  return key.replace(/(?<=[a-z0-9])(?=[A-Z])/g, ' ').toLowerCase();
}

function isProvenance(value: object): value is Provenance {
  const { source, verified } = value as Partial<Record<keyof Provenance, unknown>>;
  return typeof source === 'string' && typeof verified === 'string';
}

/** `source (checked 2026-11-22)`: where a fact comes from. */
export function provenanceText(provenance: Provenance): string {
  return `${provenance.source} (checked ${provenance.verified})`;
}

/** A value on one line: scalars as they are, lists comma-separated, objects as `label value` pairs. */
function inlineText(value: unknown, depth: number): string {
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'bigint') return String(value);
  if (typeof value !== 'object' || value === null) return '';
  if (depth >= MAX_INLINE_DEPTH) return '…';
  if (Array.isArray(value)) return value.map((item: unknown) => inlineText(item, depth + 1)).join(', ');
  if (isProvenance(value)) return provenanceText(value);
  return Object.entries(value)
    .filter(([, item]) => item !== undefined)
    .map(([key, item]) => `${labelOf(key)} ${inlineText(item, depth + 1)}`)
    .join(', ');
}

/** A number of milliseconds under a `…Ms` name, as a duration under the name without it. */
function durationField(key: string, value: unknown): [string, string] | undefined {
  return key.length > 2 && key.endsWith('Ms') && typeof value === 'number' && Number.isFinite(value) && value >= 0 ? [labelOf(key.slice(0, -2)), duration(value)] : undefined;
}

const sameProvenance = (item: unknown, provenance: Provenance): boolean =>
  typeof item === 'object' && item !== null && isProvenance(item) && item.source === provenance.source && item.verified === provenance.verified;

/**
 * The rows of a vendor field: nothing for an absent or empty value, one row per item for a list
 * of objects (documented responses, references; the entry's own provenance, already shown, left
 * out), one row otherwise.
 */
function fieldRows(key: string, value: unknown, provenance: Provenance): [string, string][] {
  if (value === undefined || value === null || value === '') return [];
  const asDuration = durationField(key, value);
  if (asDuration !== undefined) return [asDuration];
  if (Array.isArray(value)) {
    const items = (value as readonly unknown[]).filter((item) => !sameProvenance(item, provenance));
    if (items.length === 0) return [];
    const lines = items.every((item) => typeof item !== 'object' || item === null) ? [inlineText(items, 0)] : items.map((item) => inlineText(item, 1));
    return lines.map((line, index) => [index === 0 ? labelOf(key) : '', line]);
  }
  return [[labelOf(key), inlineText(value, 0)]];
}

/** `explain` output: everything the catalog says about one code, core's fields first. */
export function formatEntry(found: Found): string[] {
  const { vendor, asked, entry } = found;
  const catalogued = String(entry.code);
  const head = `${vendor.name} ${asked}${entry.name === '' || entry.name === asked || found.relation !== undefined ? '' : ` (${entry.name})`}`;
  const pairs: [string, string][] = [];
  if (found.relation !== undefined) {
    const see = catalogued === asked ? '' : ` (errata explain ${vendor.name} ${catalogued})`;
    pairs.push(['not catalogued', `these are the facts of ${catalogued}, ${found.relation}${see}`]);
  }
  else if (catalogued !== asked) pairs.push(['catalogued as', catalogued]);
  pairs.push(
    ['message', entry.message],
    ['kind', entry.policy.kind],
    ['action', entry.policy.action],
    ['retry', retryText(entry.policy)],
    ['HTTP status', statusText(entry, vendor)],
  );
  for (const [key, value] of Object.entries(entry.policy)) if (!POLICY_FIELDS.has(key)) pairs.push(...fieldRows(key, value, entry.provenance));
  pairs.push(['source', provenanceText(entry.provenance)]);
  if (entry.note !== undefined) pairs.push(['note', entry.note]);
  for (const [key, value] of Object.entries(entry)) if (!ENTRY_FIELDS.has(key)) pairs.push(...fieldRows(key, value, entry.provenance));
  return [displayText(head), ...rows(pairs)];
}

function truncate(text: string, length: number): string {
  const flat = text.replace(/\s+/g, ' ');
  return flat.length <= length ? flat : `${flat.slice(0, length - 1)}…`;
}

/** `list` output: one line per code, columns aligned. */
export function formatList(entries: readonly CatalogEntry[]): string[] {
  const codeWidth = Math.max(4, ...entries.map((entry) => String(entry.code).length));
  const kindWidth = Math.max(4, ...entries.map((entry) => entry.policy.kind.length));
  const actionWidth = Math.max(6, ...entries.map((entry) => entry.policy.action.length));
  const line = (code: string, kind: string, action: string, message: string): string =>
    `${code.padEnd(codeWidth)}  ${kind.padEnd(kindWidth)}  ${action.padEnd(actionWidth)}  ${message}`.trimEnd();
  return [
    line('code', 'kind', 'action', 'message'),
    ...entries.map((entry) => displayText(line(String(entry.code), entry.policy.kind, entry.policy.action, truncate(redactDisplayText(entry.message), 72)))),
  ];
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
