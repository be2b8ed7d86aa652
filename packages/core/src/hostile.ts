// Hostile JavaScript values for "never throws" tests: what an already-parsed body, a hand-built
// error, options or a rehydrated value could be. `JSON.parse` never yields these; callers can.
import { readHeaders } from './headers.ts';
import type { ResponseView } from './view.ts';

function boom(): never {
  throw new Error('trap');
}

// Every trap a Proxy can have, each throwing.
const THROWING_TRAPS: ProxyHandler<object> = {
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
};

/**
 * A Proxy over `target` that throws on every trap: over an array `Array.isArray` is still true,
 * over a function `typeof` is still `'function'`. Typed as its target, to pass where one is expected.
 */
export function throwingProxy<T extends object>(target: T): T {
  return new Proxy<T>(target, THROWING_TRAPS);
}

/** A Proxy that throws on every trap; `typeof` is `'object'`. */
export const trapAll: object = /* @__PURE__ */ throwingProxy({});

/** The same over an array target, so `Array.isArray` is true. */
export const trapAllArray: object = /* @__PURE__ */ throwingProxy([]);

/** A revoked Proxy: `Array.isArray` itself throws on it. */
export const revoked: object = /* @__PURE__ */ ((): object => {
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

/** A sparse array claiming 2^32 - 1 items: a walk over every index would never end. */
export const endless: unknown[] = /* @__PURE__ */ ((): unknown[] => {
  const list: unknown[] = [];
  list.length = 2 ** 32 - 1;
  return list;
})();

/** A value that carries errata's brand but none of an error's fields. */
export const forgedBrand: object = /* @__PURE__ */ ((): object => ({ [Symbol.for('errata.error/v1')]: true, vendor: 'forged' }))();

/** Values of every primitive type and the odd objects: BigInt, Symbol, functions, frozen, null-prototype. */
export const oddValues: readonly unknown[] = /* @__PURE__ */ ((): readonly unknown[] => [
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
])();

/** Every hostile value above, for `it.each`-style loops. */
export const hostileValues: readonly unknown[] = /* @__PURE__ */ ((): readonly unknown[] => [
  trapAll,
  trapAllArray,
  revoked,
  endless,
  forgedBrand,
  throwingGetters(['a', 'b']),
  cyclic({ a: 1 }),
  ...oddValues,
])();

/**
 * A response view whose parsed body is `body` exactly, bypassing core's reading and copying: for
 * proving a vendor's `detect` and `parseView` total on values core itself would never hand them.
 */
export function viewWithBody(body: unknown, status = 400): ResponseView {
  return { status, headers: readHeaders({ 'content-type': 'application/json' }), text: undefined, truncated: false, url: undefined, json: () => body, jsonFailure: () => undefined };
}
