import { describe, expect, it } from 'vitest';
import { fieldPath } from './fieldPath.ts';

describe('fieldPath', () => {
  it('reads pointer-like fields with bracket indexes', () => {
    expect(fieldPath('/locationDetails/phoneNumbers[0]/phoneNumber')).toEqual(['locationDetails', 'phoneNumbers', 0, 'phoneNumber']);
  });

  it('reads dotted fields with a leading dot', () => {
    expect(fieldPath('.0.providers.3')).toEqual([0, 'providers', 3]);
    expect(fieldPath('hours.open[2].from')).toEqual(['hours', 'open', 2, 'from']);
  });

  it('keeps dots inside pointer segments and decodes pointer escapes', () => {
    expect(fieldPath('/links/example.com/a~1b~0c')).toEqual(['links', 'example.com', 'a/b~c']);
  });

  it('gives an empty path for an empty field or bare separators', () => {
    expect(fieldPath('')).toEqual([]);
    expect(fieldPath('/')).toEqual([]);
    expect(fieldPath('..[]')).toEqual([]);
  });

  it('keeps very long digit runs as names, not unsafe numbers', () => {
    expect(fieldPath('a.12345678901234567890')).toEqual(['a', '12345678901234567890']);
  });

  it('caps the number of segments and the length it reads', () => {
    expect(fieldPath('a.'.repeat(500))).toHaveLength(64);
    expect(fieldPath('x'.repeat(5000))).toEqual(['x'.repeat(1024)]);
  });
});
