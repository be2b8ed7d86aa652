// Hostile JavaScript values: what a careless or malicious caller can hand a "never throws" API.
// Each value comes with a label that says what it is, so a failure names its input.
import { throwingProxy } from '@errata/core/testing';
import fc from 'fast-check';

// A Proxy whose every trap throws (over an object, an array or a function): core's, shared.
export { throwingProxy };

export interface Hostile {
  readonly label: string;
  /** Built fresh for each use: some values (revoked Proxies, detached buffers) are stateful. */
  readonly make: () => unknown;
}

const BRAND = Symbol.for('errata.error/v1');

class Trap extends Error {
  override readonly name = 'HostileTrap';
}

function fail(what: string): () => never {
  return () => {
    throw new Trap(`hostile ${what}`);
  };
}

/** A Proxy that has been revoked: every operation on it throws a TypeError. */
export function revokedProxy(target: object = {}): object {
  const { proxy, revoke } = Proxy.revocable(target, {});
  revoke();
  return proxy;
}

/** `target` with each of `keys` turned into an enumerable getter that throws. */
export function withThrowingGetters<T extends object>(target: T, keys: readonly PropertyKey[]): T {
  for (const key of keys) Object.defineProperty(target, key, { enumerable: true, configurable: true, get: fail(`getter ${String(key)}`) });
  return target;
}

/** An object whose conversions (toString, valueOf, toJSON, Symbol.toPrimitive) all throw. */
export function unconvertible(): object {
  return { toString: fail('toString'), valueOf: fail('valueOf'), toJSON: fail('toJSON'), [Symbol.toPrimitive]: fail('toPrimitive') };
}

function cyclic(): object {
  const value: Record<string, unknown> = { code: 1, message: 'cycle' };
  value.self = value;
  value.list = [value, { back: value }];
  return value;
}

/** Each object holds its child twice, `levels` deep: 2^levels paths through `levels + 1` objects. */
export function doubling(levels: number): unknown {
  let node: unknown = { code: 50035, message: 'leaf' };
  for (let level = 0; level < levels; level++) node = level % 2 === 0 ? { errors: node, message: node } : [node, node];
  return node;
}

function detachedBuffer(): ArrayBuffer {
  const buffer = new ArrayBuffer(16);
  structuredClone(buffer, { transfer: [buffer] });
  return buffer;
}

/** A well-formed error shape with the brand, for forging. */
const FORGED_FIELDS = { vendor: 'discord', code: 50013, kind: 'permission-denied', status: 403, retry: { retryable: true }, message: 'forged' };

/** Values that stand in for anything: in a position of any type, each of these must be survived. */
export const REPLACEMENTS: readonly Hostile[] = [
  { label: 'a throwing Proxy', make: () => throwingProxy({}) },
  { label: 'a throwing array Proxy', make: () => throwingProxy([]) },
  { label: 'a revoked Proxy', make: () => revokedProxy() },
  { label: 'a BigInt', make: () => 2n ** 70n },
  { label: 'a Symbol', make: () => Symbol('hostile') },
  { label: 'a cycle', make: cyclic },
  { label: 'a DAG of 2^40 paths', make: () => doubling(40) },
  { label: 'an unconvertible object', make: unconvertible },
  { label: 'a function', make: () => fail('call') },
  { label: 'NaN', make: () => Number.NaN },
  { label: 'null', make: () => null },
  { label: 'undefined', make: () => undefined },
  { label: 'a frozen empty object', make: () => Object.freeze({}) },
  { label: 'a null-prototype object', make: () => Object.create(null) as object },
  { label: 'a 1 MiB string', make: () => '\\"['.repeat(349_526) },
];

/** Whole values to hand to any function taking `unknown`. */
export function hostileValues(): Hostile[] {
  return [
    ...REPLACEMENTS,
    { label: '0', make: () => 0 },
    { label: '-0', make: () => -0 },
    { label: 'Infinity', make: () => Infinity },
    { label: 'an empty string', make: () => '' },
    { label: 'true', make: () => true },
    { label: 'an object with every common key a throwing getter', make: () => withThrowingGetters({}, COMMON_KEYS) },
    { label: 'a Proxy over a function', make: () => throwingProxy(() => undefined) },
    { label: 'a detached ArrayBuffer', make: detachedBuffer },
    { label: 'a frozen cycle', make: () => Object.freeze(cyclic()) },
    { label: 'an object with Symbol keys only', make: () => ({ [Symbol('a')]: 1, [BRAND]: 'no' }) },
    { label: 'a Map', make: () => new Map([['code', 1]]) },
    { label: 'a Date', make: () => new Date(Number.NaN) },
    { label: 'a sparse array of length 2^32-1', make: () => Object.assign([], { length: 2 ** 32 - 1 }) },
    { label: 'a forged brand alone', make: () => ({ [BRAND]: true }) },
    { label: 'a forged brand on a complete shape', make: () => ({ [BRAND]: true, ...FORGED_FIELDS }) },
    { label: 'a forged brand with a throwing retry', make: () => ({ [BRAND]: true, ...FORGED_FIELDS, retry: throwingProxy({}) }) },
    { label: 'a forged brand with throwing getters', make: () => withThrowingGetters({ [BRAND]: true }, ['vendor', 'code', 'kind', 'status', 'retry', 'details', 'issues', 'message']) },
    { label: 'a forged brand with wrong types', make: () => ({ [BRAND]: true, vendor: 1, code: {}, kind: 2n, status: '403', retry: 'yes' }) },
    { label: 'a frozen forged brand', make: () => Object.freeze({ [BRAND]: true, ...FORGED_FIELDS, details: throwingProxy({}) }) },
    { label: 'a brand on a Proxy that throws otherwise', make: () => new Proxy({}, { get: (_target, key) => (key === BRAND ? true : fail('get')()) }) },
  ];
}

/** Keys a parser is likely to read on a response, a body, an error or a cause. */
export const COMMON_KEYS: readonly string[] = [
  'status',
  'headers',
  'body',
  'url',
  'clone',
  'bodyUsed',
  'code',
  'message',
  'error',
  'errors',
  'error_description',
  'name',
  'vendor',
  'kind',
  'retry',
  'details',
  'type',
  'title',
  'detail',
  'errata',
  'stat',
  'params',
  'context',
  'length',
  'then',
];

type Path = readonly (string | number)[];

/** Every path to a value inside `template` (objects and arrays walked; the root excluded). */
export function pathsOf(template: unknown, prefix: Path = []): Path[] {
  if (typeof template !== 'object' || template === null) return [];
  const paths: Path[] = [];
  for (const [key, value] of Object.entries(template)) {
    const path = [...prefix, Array.isArray(template) ? Number(key) : key];
    paths.push(path, ...pathsOf(value, path));
  }
  return paths;
}

/** A deep copy of a JSON-like template (no sharing with it). */
function copy<T>(template: T): T {
  return structuredClone(template);
}

function parentOf(root: unknown, path: Path): Record<string | number, unknown> {
  let node = root as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  return node;
}

/**
 * Variants of `template` with one position made hostile: its value replaced by each replacement,
 * turned into a throwing getter, or pointed back at the root (a cycle); and the whole template
 * frozen deeply. Built lazily, so each use gets fresh values.
 */
export function atEveryPosition(name: string, template: unknown): Hostile[] {
  const variants: Hostile[] = [];
  for (const path of pathsOf(template)) {
    const where = `${name} with ${path.join('.')} as`;
    const last = path[path.length - 1]!;
    for (const replacement of REPLACEMENTS) {
      variants.push({
        label: `${where} ${replacement.label}`,
        make: () => {
          const root = copy(template);
          parentOf(root, path)[last] = replacement.make();
          return root;
        },
      });
    }
    variants.push({
      label: `${where} a throwing getter`,
      make: () => {
        const root = copy(template);
        withThrowingGetters(parentOf(root, path), [last]);
        return root;
      },
    });
    variants.push({
      label: `${where} a reference to the root`,
      make: () => {
        const root = copy(template);
        parentOf(root, path)[last] = root;
        return root;
      },
    });
  }
  variants.push({ label: `${name}, deeply frozen`, make: () => deepFreeze(copy(template)) });
  variants.push({ label: `${name} behind a throwing Proxy`, make: () => throwingProxy(copy(template) as object) });
  return variants;
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}

/**
 * fast-check values of every kind (BigInt, boxed values, Maps, Sets, typed arrays, sparse arrays,
 * null prototypes, `__proto__` keys), with some nodes made hostile.
 */
export const hostileArbitrary: fc.Arbitrary<unknown> = fc
  .tuple(
    fc.anything({
      withBigInt: true,
      withBoxedValues: true,
      withDate: true,
      withMap: true,
      withSet: true,
      withNullPrototype: true,
      withObjectString: true,
      withSparseArray: true,
      withTypedArray: true,
      withUnicodeString: true,
      key: fc.oneof(fc.string(), fc.constantFrom(...COMMON_KEYS, '__proto__', 'constructor')),
      maxDepth: 4,
    }),
    fc.nat(),
    fc.nat({ max: REPLACEMENTS.length + 1 }),
  )
  .map(([value, at, how]) => {
    if (typeof value !== 'object' || value === null) return value;
    const paths = pathsOf(value);
    const path = paths[at % Math.max(paths.length, 1)];
    if (path === undefined) return value;
    try {
      const parent = parentOf(value, path);
      const last = path[path.length - 1]!;
      if (how === REPLACEMENTS.length) withThrowingGetters(parent, [last]);
      else if (how === REPLACEMENTS.length + 1) parent[last] = value;
      else parent[last] = REPLACEMENTS[how]!.make();
    } catch {
      // A Map or a frozen node cannot take the change: the value stays as generated.
    }
    return value;
  });
