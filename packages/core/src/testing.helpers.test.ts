// The shared test helpers of `@errata/core/testing`: growth measurement and hostile values.
import { describe, expect, it } from 'vitest';
import { isApiError } from './isApiError.ts';
import { bodyFamilyTable, checkBodyFamily, cpuTimeMs, fill, growth, hostileValues, KiB, measureGrowth, oddValues, paired, throwingGetters, trapAll, viewWithBody, type BodyFamily } from './testing.ts';

describe('growth measurement', () => {
  it('tells a linear walk from a quadratic one', () => {
    const linear = (text: string): number => {
      let sum = 0;
      for (let index = 0; index < text.length; index++) sum += text.charCodeAt(index);
      return sum;
    };
    const quadratic = (text: string): number => {
      let sum = 0;
      for (let outer = 0; outer < text.length; outer += 64) for (let index = outer; index < text.length; index++) sum += text.charCodeAt(index);
      return sum;
    };
    expect(measureGrowth(linear, 'a'.repeat(16 * KiB), 'a'.repeat(64 * KiB)).ratio).toBeLessThanOrEqual(6);
    expect(growth((size) => 'a'.repeat(size), quadratic, 4 * KiB, { attempts: 2 }).ratio).toBeGreaterThan(8);
  });

  it('counts calls refused at once as constant time', () => {
    expect(measureGrowth(() => 0, 'small', 'large').ratio).toBe(1);
  });

  it('compares work with a reference on the same input', () => {
    const text = JSON.stringify({ list: Array.from({ length: 200 }, (_, index) => index) });
    const { work, reference } = paired(text, (input) => JSON.parse(input) as unknown, (input) => input.length, 3);
    expect(work).toBeGreaterThan(reference);
  });

  it('reads CPU time that moves forward', () => {
    const before = cpuTimeMs();
    let sink = 0;
    for (let index = 0; index < 1e6; index++) sink += index;
    expect(sink).toBeGreaterThan(0);
    expect(cpuTimeMs()).toBeGreaterThan(before);
  });

  it('fills texts to exact sizes with whole units', () => {
    const text = fill(100, '{"a":[', (index) => `${String(index)},`, '0]}');
    expect(text).toHaveLength(100);
    expect(JSON.parse(text)).toMatchObject({ a: expect.any(Array) as unknown });
    expect(fill(10, '', '')).toBe(' '.repeat(10));
  });
});

describe('adversarial body families', () => {
  // A JSON string of exactly `size` characters; the walks scan it with indexOf (fast, so the
  // superlinear one stays quick at 4 MiB: it scans it once per 64 KiB of input).
  const text = (size: number): string => JSON.stringify('a'.repeat(size - 2));
  const scan = (parsed: unknown, times: number): number => {
    let found = 0;
    for (let pass = 0; pass < times; pass++) found += String(parsed).indexOf('\u0000', pass);
    return found;
  };
  const family = (name: string, walk: BodyFamily['walk']): BodyFamily => ({ name, text, walk, parse: (body) => JSON.parse(body) as unknown });
  const linear = family('linear', (parsed) => scan(parsed, 4));
  const superlinear = family('superlinear', (parsed) => scan(parsed, String(parsed).length / (64 * KiB)));

  it('passes a linear walk and names the figures of a superlinear one', () => {
    expect(checkBodyFamily(linear)).toEqual({ ok: true, detail: 'ok' });
    const verdict = checkBodyFamily(superlinear);
    expect(verdict.ok).toBe(false);
    expect(verdict.detail).toMatch(/^walk .* ms → .* ms \(\d+\.\d+x for 4x the input\)$/);
  });

  it('refuses a family whose text is not the size asked for', () => {
    expect(checkBodyFamily({ ...linear, text: (size) => text(size - 1) })).toEqual({ ok: false, detail: `text(${String(1024 * KiB)}) has ${String(1024 * KiB - 1)} characters` });
  });

  it('prints one table row per family and counts the misses', () => {
    const { lines, missed } = bodyFamilyTable([linear, superlinear]);
    expect(lines).toHaveLength(4);
    expect(lines[2]).toMatch(/^\| linear \|.*\| ok \|$/);
    expect(lines[3]).toMatch(/^\| superlinear \|.*\| MISSED \|$/);
    expect(missed).toBe(1);
  });
});

describe('hostile values', () => {
  it('throw where they promise to', () => {
    expect(() => Object.keys(trapAll)).toThrow();
    expect(() => throwingGetters(['a']).a).toThrow();
    expect(oddValues).toContain(null);
    expect(hostileValues.length).toBeGreaterThan(oddValues.length);
    expect(hostileValues.some(isApiError)).toBe(false);
  });

  it('viewWithBody hands a body over untouched', () => {
    expect(viewWithBody(trapAll).json()).toBe(trapAll);
    expect(viewWithBody({}, 418).status).toBe(418);
  });
});
