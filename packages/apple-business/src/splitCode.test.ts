import { describe, expect, it } from 'vitest';
import { splitCode } from './splitCode.ts';

describe('splitCode', () => {
  it.each([
    ['LOCATION__NOT_FOUND', 'LOCATION', 'NOT_FOUND'],
    ['APPLE_OVERRIDE__ALREADY_ACCEPTED', 'APPLE_OVERRIDE', 'ALREADY_ACCEPTED'],
    ['VALIDATION__SpecialHours_ExpectedRegionSubtagForCountryNotPresent', 'VALIDATION', 'SpecialHours_ExpectedRegionSubtagForCountryNotPresent'],
    ['A__B__C', 'A', 'B__C'],
    ['LOCATION__', 'LOCATION', ''],
  ])('splits %s on the first double underscore', (code, resource, reason) => {
    expect(splitCode(code)).toEqual({ resource, reason });
  });

  it.each(['Unauthorized', 'RESOURCE_HAS_NO_NEW_CHANGES', 'LOCATION_MARKED_DELETED', '__LEADING', ''])('gives %j no resource', (code) => {
    expect(splitCode(code)).toEqual({ resource: undefined, reason: code });
  });
});
