import { isJsonObject, type JsonObject } from '@errata/core/vendor';
import { codeValue } from './codeValue.ts';
import type { IdentityRegistrationDetails, RegistrationScalar } from './types.ts';

type Writable<T> = { -readonly [K in keyof T]: T[K] };

/** What one pass over a Registration error body yields. */
export interface BodyFields {
  readonly details: Writable<IdentityRegistrationDetails>;
  code: number | undefined;
  description: string | undefined;
  requestId: string | undefined;
  requestToken: string | undefined;
  invalidFields: unknown;
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

function scalar(value: unknown): RegistrationScalar | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  return typeof value === 'string' || typeof value === 'boolean' || value === null ? value : undefined;
}


// `body[key]`, or undefined when reading it throws (a getter on an already-parsed body): one bad
// field must not cost the others. JSON.parse output never throws here.
function valueAt(body: JsonObject, key: string): unknown {
  try {
    return body[key];
  } catch {
    return undefined;
  }
}

// The keys to read. A body has a handful of fields: walk them once. A huge one (hostile or broken)
// is probed for the known names instead, so the work past V8's own key listing stays constant.
// An already-parsed body whose keys cannot be listed reads as empty.
function keysOf(body: JsonObject): readonly string[] {
  try {
    const keys = Object.keys(body);
    if (keys.length <= MAX_WALKED_KEYS) return keys;
    wireNames ??= ['code', 'error_description', 'request_id', 'request_token', 'invalid_fields', ...EXTRAS.keys()];
    return wireNames.filter((name) => Object.hasOwn(body, name));
  } catch {
    return [];
  }
}

/**
 * Reads the body in one pass over its own keys, instead of probing each known name in turn.
 * Wire names become camelCase; values of the wrong type are dropped. Only fixed literal keys
 * are ever assigned, so nothing in the body becomes a property name here.
 */
export function readBody(body: JsonObject): BodyFields {
  const details: Writable<IdentityRegistrationDetails> = {};
  const out: BodyFields = { details, code: undefined, description: undefined, requestId: undefined, requestToken: undefined, invalidFields: undefined };
  for (const key of keysOf(body)) {
    const value = valueAt(body, key);
    switch (key) {
      case 'code':
        out.code = codeValue(value);
        break;
      case 'error_description':
        out.description = text(value);
        break;
      case 'request_id':
        out.requestId = text(value);
        break;
      case 'request_token':
        out.requestToken = text(value);
        break;
      case 'invalid_fields':
        out.invalidFields = value;
        break;
      default:
        readExtra(details, key, value);
    }
  }
  return out;
}

type Reader = (value: unknown) => unknown;

function object(value: unknown): JsonObject | undefined {
  try {
    return isJsonObject(value) ? value : undefined;
  } catch {
    // `Array.isArray` throws on a revoked proxy (only in an already-parsed body).
    return undefined;
  }
}

// Wire name → detail name and reader. A Map, so body keys such as `constructor` or `__proto__`
// can never match something inherited.
const EXTRAS: ReadonlyMap<string, readonly [keyof IdentityRegistrationDetails, Reader]> = /* @__PURE__ */ new Map<
  string,
  readonly [keyof IdentityRegistrationDetails, Reader]
>([
  ['error', ['error', text]],
  ['sub_error', ['subError', text]],
  ['message', ['message', text]],
  ['argument_name', ['argumentName', text]],
  ['application_id', ['applicationId', text]],
  ['type_name', ['typeName', text]],
  ['attribute_name', ['attributeName', text]],
  ['actual_value', ['actualValue', scalar]],
  ['supplied_value', ['suppliedValue', scalar]],
  ['expected_value', ['expectedValue', scalar]],
  ['existing_provider', ['existingProvider', text]],
  ['prereg_attributes', ['preregAttributes', object]],
  ['prereg_fields', ['preregFields', object]],
]);

/** Bodies with more keys than this are probed by name rather than walked. */
const MAX_WALKED_KEYS = 64;
// Every wire name `readBody` reads; built on first use (few bodies need it).
let wireNames: readonly string[] | undefined;

function readExtra(details: Writable<IdentityRegistrationDetails>, key: string, value: unknown): void {
  const extra = EXTRAS.get(key);
  if (extra === undefined) return;
  const read = extra[1](value);
  // Each reader returns the type its detail declares; the Map's value type cannot say so per key.
  if (read !== undefined) (details as Record<string, unknown>)[extra[0]] = read;
}
