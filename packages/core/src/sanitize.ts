import { isAction, type Action } from './action.ts';
import type { FieldIssue } from './fieldIssue.ts';
import { isJsonObject, numberField, stringField, type JsonObject } from './json.ts';
import type { RateLimitSnapshot } from './rateLimitSnapshot.ts';
import type { RetryAdvice, RetrySource } from './retry.ts';

// Readers for plain objects that came from outside (JSON, postMessage, a problem+json body):
// each keeps only well-typed known fields and never throws.

const MAX_ISSUES = 1000;
const MAX_PATH = 64;
const RETRY_SOURCES: ReadonlySet<string> = /* @__PURE__ */ new Set(['header', 'body', 'vendor-header', 'policy']);

function pathOf(value: unknown): (string | number)[] | undefined {
  if (!Array.isArray(value) || value.length > MAX_PATH) return undefined;
  const path: (string | number)[] = [];
  for (const part of value as unknown[]) {
    if (typeof part === 'string' || (typeof part === 'number' && Number.isInteger(part))) path.push(part);
    else return undefined;
  }
  return path;
}

export function sanitizeIssues(value: unknown): FieldIssue[] {
  if (!Array.isArray(value)) return [];
  const issues: FieldIssue[] = [];
  for (const item of (value as unknown[]).slice(0, MAX_ISSUES)) {
    if (!isJsonObject(item)) continue;
    const path = pathOf(item.path);
    const code = stringField(item, 'code');
    const message = stringField(item, 'message');
    if (path !== undefined && code !== undefined && message !== undefined) issues.push({ path, code, message });
  }
  return issues;
}

export function sanitizeRetry(value: unknown): RetryAdvice | undefined {
  if (!isJsonObject(value) || typeof value.retryable !== 'boolean') return undefined;
  const retryAfterMs = numberField(value, 'retryAfterMs');
  const retryAt = numberField(value, 'retryAt');
  const source = stringField(value, 'source');
  return {
    retryable: value.retryable,
    ...(retryAfterMs === undefined || retryAfterMs < 0 ? {} : { retryAfterMs }),
    ...(retryAt === undefined ? {} : { retryAt }),
    ...(source !== undefined && RETRY_SOURCES.has(source) ? { source: source as RetrySource } : {}),
  };
}

export function sanitizeRateLimit(value: unknown): RateLimitSnapshot | undefined {
  if (!isJsonObject(value)) return undefined;
  const out: Record<string, number | string | boolean> = {};
  for (const key of ['limit', 'remaining', 'resetAt', 'resetAfterMs', 'windowMs'] as const) {
    const field = numberField(value, key);
    if (field !== undefined) out[key] = field;
  }
  for (const key of ['bucket', 'scope'] as const) {
    const field = stringField(value, key);
    if (field !== undefined) out[key] = field;
  }
  if (typeof value.global === 'boolean') out.global = value.global;
  return out;
}

export function sanitizeAction(value: unknown): Action | undefined {
  return isAction(value) ? value : undefined;
}

export function codeField(value: JsonObject, key: string): string | number | undefined {
  const field = Object.hasOwn(value, key) ? value[key] : undefined;
  if (typeof field === 'string') return field;
  return typeof field === 'number' && Number.isFinite(field) ? field : undefined;
}
