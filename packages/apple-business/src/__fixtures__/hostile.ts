// Hostile JavaScript values for the "never throws" tests: what an already-parsed body, a
// hand-built error or a rehydrated value from anywhere could be. JSON.parse never yields these.
import { readHeaders, type ResponseView } from '@errata/core';

function boom(): never {
  throw new Error('trap');
}

/** A proxy that throws on every trap, `typeof` 'object'. */
export const trapAll: object = new Proxy(
  {},
  {
    get: boom,
    set: boom,
    has: boom,
    ownKeys: boom,
    getOwnPropertyDescriptor: boom,
    getPrototypeOf: boom,
    setPrototypeOf: boom,
    defineProperty: boom,
    deleteProperty: boom,
    isExtensible: boom,
    preventExtensions: boom,
    apply: boom,
    construct: boom,
  },
);

/** The same, over an array target (so `Array.isArray` is true). */
export const trapAllArray: object = new Proxy([], { get: boom, has: boom, ownKeys: boom, getOwnPropertyDescriptor: boom, getPrototypeOf: boom });

/** A revoked proxy: `Array.isArray` itself throws on it. */
export const revoked: object = (() => {
  const { proxy, revoke } = Proxy.revocable({}, {});
  revoke();
  return proxy;
})();

/** An object whose every listed key is an enumerable getter that throws. */
export function throwingGetters(keys: readonly string[], base: Record<string, unknown> = {}): Record<string, unknown> {
  const value: Record<string, unknown> = { ...base };
  for (const key of keys) Object.defineProperty(value, key, { enumerable: true, get: boom });
  return value;
}

/** An object that contains itself under `key`. */
export function cyclic(base: Record<string, unknown>, key = 'self'): Record<string, unknown> {
  const value: Record<string, unknown> = { ...base };
  value[key] = value;
  return value;
}

/** A sparse array claiming 2³² − 1 items: walking it whole would never end. */
export const endless: unknown[] = (() => {
  const list: unknown[] = [];
  list.length = 2 ** 32 - 1;
  return list;
})();

/** Values of every primitive type and the odd objects. */
export const oddValues: readonly unknown[] = [
  null,
  undefined,
  0,
  -1,
  Number.NaN,
  Infinity,
  10n,
  '',
  'text',
  Symbol('s'),
  true,
  () => 1,
  new Date(0),
  new Map([['a', 1]]),
  Object.create(null) as object,
  Object.freeze({ frozen: Object.freeze([1, 2]) }),
  [10n, Symbol('in-array')],
  { __proto__: { inherited: 'x' } },
];

/** Every hostile value above, for `it.each`-style loops. */
export const hostileValues: readonly unknown[] = [trapAll, trapAllArray, revoked, endless, throwingGetters(['a', 'b']), cyclic({ a: 1 }), ...oddValues];

/** A response view whose parsed body is `body` exactly, bypassing core's reading and checks. */
export function viewWithBody(body: unknown, status = 400): ResponseView {
  return { status, headers: readHeaders({ 'content-type': 'application/json' }), text: undefined, truncated: false, url: undefined, json: () => body, jsonFailure: () => undefined };
}
