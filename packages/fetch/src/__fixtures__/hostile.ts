// Values that try to make a "never throws" function throw: Proxies that throw on every trap,
// throwing getters, BigInt, cycles, frozen objects, forged brands, primitives of every type.
import { throwingProxy } from '@errata/core/testing';

export function hostileValues(): unknown[] {
  const cycle: Record<string, unknown> = { status: 500 };
  cycle.self = cycle;
  const getter = Object.defineProperty({}, 'status', {
    get(): never {
      throw new Error('getter');
    },
  });
  const forged = { [Symbol.for('errata.error/v1')]: true, vendor: 'x', code: 1, kind: 'unknown', status: 500, retry: { retryable: true }, toJSON: 1, toProblem: 1 };
  return [null, undefined, 0, -1, Number.NaN, 'text', '', true, 10n, Symbol('s'), throwingProxy({}), getter, cycle, Object.freeze({ status: 400 }), forged, [], () => undefined, new Error('plain')];
}
