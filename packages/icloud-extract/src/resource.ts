import { createParseContext, DEFAULT_MAX_BODY_BYTES, isJsonObject, stringField, viewOf, type JsonObject, type ReadLimits } from '@errata/core/vendor';
import { buildError, codeOf, isCodeString } from './parse.ts';
import type { IcloudErrorOrigin, IcloudExtractError } from './types.ts';

export interface ResourceErrorOptions {
  /** What the object is, when its own `resource` field does not say. */
  readonly resource?: 'session' | 'task' | 'poll';
  /** The clock, in epoch milliseconds, for retry times. Default `Date.now()`. */
  readonly now?: number;
}

const WHOLE_TEXT: ReadLimits = { maxBodyBytes: Infinity };

// States in which a session, task or poll has not failed; an `error` field then means nothing yet.
const HEALTHY_STATES: ReadonlySet<string> = /* @__PURE__ */ new Set(['pending', 'processing', 'suspended', 'active', 'succeeded', 'completed']);

function originOf(body: JsonObject, hint: ResourceErrorOptions['resource']): IcloudErrorOrigin {
  const named = hint ?? stringField(body, 'resource');
  return named === 'session' || named === 'task' || named === 'poll' ? named : 'resource';
}

// The code of a failed or expired resource. An expired session that names no reason is read as
// session-expired; a failed one without a usable code keeps its state as the code, so nothing is lost.
function resourceCode(body: JsonObject, state: string | undefined): string | undefined {
  const code = codeOf(body);
  if (code !== undefined) return code;
  if (state === 'expired') return 'session-expired';
  return state === 'failed' ? 'failed' : undefined;
}

/**
 * Reads the error of a failed (or expired) riCloud session, task or poll object, such as the answer
 * to `POST /sessions` with `Ricloud-Await`, or a `GET /sessions/{id}` while polling. Takes the
 * parsed object or its JSON text. The error has `status` 0 (it is not an HTTP failure) and the
 * same codes, kinds and next steps as an HTTP error body. `undefined` when the object has not
 * failed. Never throws.
 */
export function errorFromResource(value: unknown, options?: ResourceErrorOptions): IcloudExtractError | undefined {
  try {
    // Through core's view, as `parse` reads a body: text is parsed with its JSON caps (the byte cap
    // is lifted for long text: it guards network reads, and the text is already in memory; the
    // default settings are core's cached ones, cheaper than custom limits), and an already-parsed
    // object is checked and copied as plain JSON data.
    const limits = typeof value === 'string' && value.length > DEFAULT_MAX_BODY_BYTES ? WHOLE_TEXT : undefined;
    return read(viewOf({ status: 0, body: value }, limits).json(), options);
  } catch {
    // Only a caller's own object can throw here (a getter, a proxy): that is not a riCloud error.
    return undefined;
  }
}

function read(resource: unknown, options: ResourceErrorOptions | undefined): IcloudExtractError | undefined {
  if (!isJsonObject(resource)) return undefined;
  const rawState = stringField(resource, 'state');
  const state = rawState !== undefined && isCodeString(rawState) ? rawState : undefined;
  if (state !== undefined && HEALTHY_STATES.has(state)) return undefined;
  const code = resourceCode(resource, state);
  if (code === undefined) return undefined;
  const id = stringField(resource, 'id');
  return buildError({
    code,
    body: resource,
    status: 0,
    origin: originOf(resource, options?.resource),
    context: createParseContext(options?.now),
    resourceId: id !== undefined && id.length <= 256 ? id : undefined,
    state,
  });
}
