import {
  actionOf,
  createApiError,
  isJsonObject,
  kindOfStatus,
  NO_RETRY,
  parseRateLimit,
  requestIdOf,
  retryAdviceOf,
  stringField,
  type ParseContext,
  type ResponseView,
  type Specificity,
} from '@errata/core/vendor';
import { policyOf } from './policy.ts';
import type { __PASCAL__Details, __PASCAL__Error } from './types.ts';

// TODO(new-vendor): this reads the example wire format `{"error": {"code", "message", "target"?}}`;
// change it to the vendor's documented error body.

/** Longest code and target read from a body; longer ones are not this vendor's. */
export const MAX_FIELD_LENGTH = 256;

interface Claim {
  readonly code: string;
  readonly message: string;
  readonly target: string | undefined;
}

const bounded = (value: string | undefined): string | undefined => (value !== undefined && value.length > 0 && value.length <= MAX_FIELD_LENGTH ? value : undefined);

/** The error object of a __TITLE__ body, or `undefined`. Total: a body that throws when read is not ours. */
function claim(body: unknown): Claim | undefined {
  try {
    if (!isJsonObject(body) || !Object.hasOwn(body, 'error')) return undefined;
    const error = body.error;
    if (!isJsonObject(error)) return undefined;
    const code = bounded(stringField(error, 'code'));
    const message = stringField(error, 'message');
    return code === undefined || message === undefined ? undefined : { code, message, target: bounded(stringField(error, 'target')) };
  } catch {
    return undefined;
  }
}

/** How specific a claim on the response is, for registries: 2 for the vendor's own body shape, else 0. */
export function detect(view: ResponseView): Specificity {
  return claim(view.json()) === undefined ? 0 : 2;
}

/** The __TITLE__ error of a response, or `undefined` when the body is not one. Never throws. */
export function parseView(view: ResponseView, context: ParseContext): __PASCAL__Error | undefined {
  const found = claim(view.json());
  if (found === undefined) return undefined;
  const policy = policyOf(found.code);
  const kind = policy?.kind ?? kindOfStatus(view.status);
  const retry = policy === undefined ? NO_RETRY : retryAdviceOf(view, context, policy);
  const details: __PASCAL__Details = found.target === undefined ? {} : { target: found.target };
  return createApiError({
    vendor: '__NAME__',
    code: found.code,
    kind,
    status: view.status,
    message: found.message,
    retry,
    action: actionOf(kind, retry, policy?.action),
    // The clock is read only when a rate-limit snapshot is plausible.
    rateLimit: view.status === 429 || kind === 'resource-exhausted' ? parseRateLimit(view.headers, context.now) : undefined,
    requestId: requestIdOf(view.headers),
    details,
    source: view,
  });
}
