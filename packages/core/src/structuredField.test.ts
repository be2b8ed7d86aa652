import { describe, expect, it } from 'vitest';
import { MAX_STRUCTURED_FIELD_LENGTH, parseStructuredField } from './structuredField.ts';

describe('parseStructuredField', () => {
  it('reads list members with parameters', () => {
    const [first, second] = parseStructuredField('"burst";r=0;t=30, "daily";r=997;t=86000');
    expect(first?.name).toBe('burst');
    expect(Object.fromEntries(first?.params ?? [])).toEqual({ r: '0', t: '30' });
    expect(second?.name).toBe('daily');
    expect(second?.params.get('r')).toBe('997');
  });

  it('reads dictionary members', () => {
    const members = parseStructuredField('limit=100, remaining=4, reset=36');
    expect(members.map((member) => [member.name, member.value])).toEqual([
      ['limit', '100'],
      ['remaining', '4'],
      ['reset', '36'],
    ]);
  });

  it('unescapes quoted strings and keeps commas inside them', () => {
    const [member] = parseStructuredField('"a,\\"b\\"";w=1');
    expect(member?.name).toBe('a,"b"');
    expect(member?.params.get('w')).toBe('1');
  });

  it('gives bare parameters the boolean true value and keeps the first duplicate', () => {
    const [member] = parseStructuredField('x;flag;W=2;w=3');
    expect(member?.params.get('flag')).toBe('?1');
    expect(member?.params.get('w')).toBe('2');
  });

  it('skips empty members and refuses oversized input', () => {
    expect(parseStructuredField(' , ,a').map((member) => member.name)).toEqual(['a']);
    expect(parseStructuredField('a'.repeat(MAX_STRUCTURED_FIELD_LENGTH + 1))).toEqual([]);
  });

  it('survives an unterminated string', () => {
    expect(parseStructuredField('"abc;r=1').map((member) => member.name)).toEqual(['abc;r=1']);
  });
});
