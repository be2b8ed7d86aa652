import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_HEADER_COUNT, readHeaders } from './headers.ts';

describe('readHeaders', () => {
  it('reads fetch Headers case-insensitively', () => {
    const headers = readHeaders(new Headers({ 'Retry-After': '5' }));
    expect(headers.get('retry-after')).toBe('5');
    expect(headers.get('RETRY-AFTER')).toBe('5');
    expect(headers.entries()).toEqual([['retry-after', '5']]);
  });

  it('reads plain records with any casing', () => {
    const headers = readHeaders({ 'Retry-After': '5', 'x-id': 7 });
    expect(headers.get('retry-after')).toBe('5');
    expect(headers.get('X-Id')).toBe('7');
  });

  it("reads Node's incoming headers, joining arrays", () => {
    const headers = readHeaders({ 'set-cookie': ['a=1', 'b=2'], 'content-type': 'text/html', missing: undefined });
    expect(headers.get('set-cookie')).toBe('a=1, b=2');
    expect(headers.get('missing')).toBeUndefined();
  });

  it('reads pairs and joins repeated names', () => {
    const headers = readHeaders([
      ['WWW-Authenticate', 'Basic'],
      ['www-authenticate', 'Bearer'],
    ]);
    expect(headers.get('www-authenticate')).toBe('Basic, Bearer');
  });

  it('treats __proto__ as an ordinary header name', () => {
    const record = JSON.parse('{"__proto__": "x", "constructor": "y"}') as Record<string, string>;
    const headers = readHeaders(record);
    expect(headers.get('__proto__')).toBe('x');
    expect(headers.get('Constructor')).toBe('y');
    expect(headers.get('toString')).toBeUndefined();
    expect(readHeaders([['__proto__', 'z']]).get('__proto__')).toBe('z');
  });

  it('caps how many headers it keeps', () => {
    const many = Array.from({ length: MAX_HEADER_COUNT + 50 }, (_, index): [string, string] => [`h${String(index)}`, 'v']);
    expect(readHeaders(many).entries()).toHaveLength(MAX_HEADER_COUNT);
    expect(readHeaders(Object.fromEntries(many)).entries()).toHaveLength(MAX_HEADER_COUNT);
  });

  it('never throws on odd input', () => {
    expect(readHeaders(undefined).get('a')).toBeUndefined();
    expect(readHeaders(null).entries()).toEqual([]);
    expect(readHeaders([['only-name'], 42, ['n', 1]] as never).entries()).toEqual([['n', '1']]);
    expect(readHeaders(new Headers()).get('bad name')).toBeUndefined();
    const hostile = {
      [Symbol.iterator]() {
        throw new Error('boom');
      },
    };
    expect(readHeaders(hostile as never).get('a')).toBeUndefined();
  });

  it('answers every read of a record that is not all lower case, and of a small lower-case one', () => {
    const mixed = readHeaders({ 'Retry-After': '5', 'x-id': 'a' });
    for (let round = 0; round < 3; round++) {
      expect(mixed.get('retry-after')).toBe('5');
      expect(mixed.get('x-id')).toBe('a');
      expect(mixed.get('X-ID')).toBe('a');
      expect(mixed.get('absent')).toBeUndefined();
    }
    const lower = readHeaders({ 'retry-after': '5' });
    expect(lower.get('retry-after')).toBe('5');
    expect(lower.get('Retry-After')).toBe('5');
    expect(lower.get('absent')).toBeUndefined();
    const { get } = lower;
    expect(get('retry-after')).toBe('5');
  });
});

describe('readHeaders on small lower-case records', () => {
  it('finds a name that lower-cases to a longer one (U+0130), past the length filter', () => {
    // 'İ'.toLowerCase() is 'i̇' (two code units): lower-casing can grow a name, never shorten it.
    const headers = readHeaders({ 'i\u0307': 'dotted', 'x-b': 'b' });
    expect(headers.get('\u0130')).toBe('dotted');
    expect(headers.get('X-B')).toBe('b');
    expect(headers.get('x-b')).toBe('b');
    expect(headers.get('a-much-longer-name')).toBeUndefined();
  });

  it('answers every name as a case-insensitive lookup would (property)', () => {
    const letters = fc.constantFrom('a', 'A', 'x', 'X', 'w', 'c', 'C', '-', 'i', 'I', '\u0130', '\u0307', '\u00e9', '\u00c9', '0');
    const name = fc.string({ unit: letters, maxLength: 4 });
    fc.assert(
      fc.property(fc.uniqueArray(name.map((key) => key.toLowerCase()), { maxLength: 6 }), fc.array(name, { maxLength: 12 }), (keys, asked) => {
        const record = Object.fromEntries(keys.map((key, index) => [key, `v${String(index)}`]));
        const headers = readHeaders(record);
        for (const query of asked) {
          const index = keys.indexOf(query.toLowerCase());
          expect(headers.get(query)).toBe(index === -1 ? undefined : `v${String(index)}`);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('answers the same for records whose names were seen before in another casing', () => {
    expect(readHeaders({ 'x-seen': '1' }).get('x-seen')).toBe('1');
    expect(readHeaders({ 'x-seen': '2' }).get('X-SEEN')).toBe('2');
  });
});

describe('readHeaders accepts a reader', () => {
  it('returns its own readers as they are', () => {
    const reader = readHeaders({ a: '1' });
    expect(readHeaders(reader)).toBe(reader);
  });

  it('wraps another HeaderReader, checking its answers', () => {
    const custom = {
      get: (name: string) => (name === 'retry-after' ? '5' : name === 'odd' ? (7 as unknown as string) : null),
      entries: () => [
        ['Retry-After', '5'],
        ['bad', 1],
      ],
    };
    const reader = readHeaders(custom as never);
    expect(reader.get('retry-after')).toBe('5');
    expect(reader.get('odd')).toBeUndefined();
    expect(reader.get('missing')).toBeUndefined();
    expect(reader.entries()).toEqual([['retry-after', '5']]);
    const broken = readHeaders({
      get() {
        throw new Error('get');
      },
      entries() {
        throw new Error('entries');
      },
    } as never);
    expect(broken.get('a')).toBeUndefined();
    expect(broken.entries()).toEqual([]);
  });

  it('keeps at most MAX_HEADER_COUNT parts of a repeated field', () => {
    const reader = readHeaders({ 'set-cookie': Array.from({ length: 10_000 }, () => 'a') });
    expect(reader.get('set-cookie')?.split(', ')).toHaveLength(MAX_HEADER_COUNT);
  });

  it('never throws on hostile records, pairs or Headers look-alikes', () => {
    const fail = (): never => {
      throw new Error('trap');
    };
    const proxy = new Proxy({}, { get: fail, has: fail, ownKeys: fail, getOwnPropertyDescriptor: fail, getPrototypeOf: fail });
    const getter = Object.defineProperty({ 'x-a': '1' }, 'retry-after', { enumerable: true, get: fail });
    const polyfill = { get: () => 5, append: () => undefined, forEach: (callback: (value: unknown, name: unknown) => void) => callback(1, 2) };
    for (const input of [proxy, getter, polyfill, [proxy], [[proxy, 'x']], new Proxy([], { get: fail }), Object.freeze({ A: ['x', 1, null] })]) {
      const reader = readHeaders(input as never);
      expect(() => [reader.get('retry-after'), reader.get('A'), reader.entries()]).not.toThrow();
    }
    expect(readHeaders(polyfill as never).get('a')).toBeUndefined();
    expect(readHeaders(Object.freeze({ A: ['x', 1, null] }) as never).get('a')).toBe('x');
  });
});
