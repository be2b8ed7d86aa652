import { growth, hostileValues, KiB } from '@errata/core/testing';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { leftoverOf, mediaTypeOf } from './consumedBody.ts';

const decoded = (bytes: Uint8Array | undefined): string | undefined => (bytes === undefined ? undefined : new TextDecoder().decode(bytes));

describe('mediaTypeOf', () => {
  it('reads the media type and whether the charset is UTF-8 or unstated', () => {
    expect(mediaTypeOf('application/json')).toEqual({ type: 'application/json', utf8: true });
    expect(mediaTypeOf(' Application/JSON ; Charset="UTF-8"')).toEqual({ type: 'application/json', utf8: true });
    expect(mediaTypeOf('application/json; charset=utf8; q=1')).toEqual({ type: 'application/json', utf8: true });
    expect(mediaTypeOf('text/plain; charset=iso-8859-1')).toEqual({ type: 'text/plain', utf8: false });
    expect(mediaTypeOf('application/json; charset=utf-16le')).toEqual({ type: 'application/json', utf8: false });
    expect(mediaTypeOf('')).toEqual({ type: '', utf8: true });
    // Past 1 KiB a value is not read: no type, and not trusted to say UTF-8.
    expect(mediaTypeOf(`application/json;${' '.repeat(1024)}`)).toEqual({ type: '', utf8: false });
  });

  it('never throws and always answers a lower-case type without parameters (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => {
        const { type, utf8 } = mediaTypeOf(text);
        expect(type).toBe(type.toLowerCase());
        expect(type.includes(';')).toBe(false);
        expect(typeof utf8).toBe('boolean');
      }),
    );
  });

  it('is linear in the header length on adversarial input (many parameters, long runs)', () => {
    for (const unit of [';', 'charset=', ';charset="', ' ; x=y', 'a']) {
      const result = growth((size) => unit.repeat(Math.ceil(size / unit.length)), mediaTypeOf, 64 * KiB);
      expect(result.ratio, JSON.stringify(unit)).toBeLessThanOrEqual(6);
    }
  });
});

describe('leftoverOf', () => {
  it('sends the bytes express.raw() kept as they are, copying a view of shared memory', () => {
    const bytes = new Uint8Array([0, 1, 2, 255]);
    expect(leftoverOf(bytes, 'application/octet-stream').bytes).toBe(bytes);
    const shared = new Uint8Array(new SharedArrayBuffer(3));
    shared.set([7, 8, 9]);
    const copied = leftoverOf(shared, undefined).bytes;
    expect(copied?.buffer).toBeInstanceOf(ArrayBuffer);
    expect([...(copied ?? [])]).toEqual([7, 8, 9]);
  });

  it('sends text as UTF-8 and JSON re-serialized, refusing another charset, forms and nothing', () => {
    expect(decoded(leftoverOf('héllo ✓', 'text/plain').bytes)).toBe('héllo ✓');
    expect(decoded(leftoverOf({ a: [1, 'x', null] }, 'application/json; charset=utf-8').bytes)).toBe('{"a":[1,"x",null]}');
    expect(decoded(leftoverOf([1, 2], 'application/merge-patch+json').bytes)).toBe('[1,2]');
    expect(leftoverOf('text', 'text/plain; charset=latin1').refused).toContain('not UTF-8');
    expect(leftoverOf('text', 'text/plain; charset=latin1').refused).toContain('mount the gateway before body parsers');
    expect(leftoverOf({ a: '1' }, 'application/x-www-form-urlencoded').refused).toContain('application/x-www-form-urlencoded');
    expect(leftoverOf({ a: '1' }, undefined).refused).toContain('no content type');
    // Raw text or a parsed JSON string? They would go out differently: refused.
    expect(leftoverOf('{"a":1}', 'application/json').refused).toContain('string under a JSON type');
    expect(leftoverOf(undefined, 'application/json').refused).toContain('nothing of it was kept');
    expect(leftoverOf(10n, 'application/json').refused).toContain('cannot be written back');
    expect(leftoverOf(() => 1, 'application/json').refused).toContain('cannot be written back');
    expect(leftoverOf({}, ['application/json', 'text/plain']).refused).toBeDefined();
  });

  it('gives any JSON value but a lone string back as the same JSON value, and refuses the string (property)', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const leftover = leftoverOf(value, 'application/json');
        if (typeof value === 'string') {
          expect(leftover.refused).toBeDefined();
          return;
        }
        const text = decoded(leftover.bytes);
        expect(text).toBeDefined();
        expect(JSON.parse(text ?? '')).toEqual(JSON.parse(JSON.stringify(value)));
      }),
    );
  });

  it('never throws, whatever the parser left or the header holds: it sends bytes or says why not', () => {
    for (const body of hostileValues) {
      for (const type of ['application/json', 'text/plain', undefined, ['a', 'b']]) {
        const leftover = leftoverOf(body, type);
        expect(leftover.bytes !== undefined || typeof leftover.refused === 'string').toBe(true);
      }
    }
    const hostileHeader = new Proxy([], {
      get() {
        throw new Error('trap');
      },
    }) as unknown as readonly string[];
    expect(leftoverOf({ a: 1 }, hostileHeader).refused).toContain('cannot be read');
  });
});
