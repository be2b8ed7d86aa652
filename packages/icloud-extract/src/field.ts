import { isJsonObject } from '@errata/core/vendor';

/**
 * `value[key]` when `value` is an object with that own property, else `undefined`. Never throws:
 * JSON.parse output cannot, but an already-parsed body or a rehydrated error's details may be a
 * proxy or have getters, and one bad field must not cost the whole error.
 */
export function ownField(value: unknown, key: string): unknown {
  try {
    return isJsonObject(value) && Object.hasOwn(value, key) ? value[key] : undefined;
  } catch {
    return undefined;
  }
}
