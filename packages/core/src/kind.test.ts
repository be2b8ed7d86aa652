import { describe, expect, it } from 'vitest';
import { isKind, Kind, kindOfStatus, statusOfKind } from './kind.ts';

describe('kinds', () => {
  it('has the sixteen canonical codes, each with an HTTP status', () => {
    const kinds = Object.values(Kind);
    expect(kinds).toHaveLength(16);
    for (const kind of kinds) {
      expect(isKind(kind)).toBe(true);
      expect(statusOfKind(kind)).toBeGreaterThanOrEqual(400);
    }
    expect(isKind('toString')).toBe(false);
  });

  it('gives 500 for a string that is not a kind (a forged error), never a prototype member', () => {
    for (const value of ['__proto__', 'toString', 'teapot']) expect(statusOfKind(value as never)).toBe(500);
  });

  it('maps statuses the way AIP-193 does', () => {
    expect(kindOfStatus(400)).toBe('invalid-argument');
    expect(kindOfStatus(401)).toBe('unauthenticated');
    expect(kindOfStatus(403)).toBe('permission-denied');
    expect(kindOfStatus(404)).toBe('not-found');
    expect(kindOfStatus(409)).toBe('aborted');
    expect(kindOfStatus(429)).toBe('resource-exhausted');
    expect(kindOfStatus(499)).toBe('cancelled');
    expect(kindOfStatus(500)).toBe('internal');
    expect(kindOfStatus(501)).toBe('unimplemented');
    expect(kindOfStatus(503)).toBe('unavailable');
    expect(kindOfStatus(504)).toBe('deadline-exceeded');
    expect(kindOfStatus(418)).toBe('invalid-argument');
    expect(kindOfStatus(599)).toBe('internal');
    expect(kindOfStatus(200)).toBe('unknown');
    expect(kindOfStatus(0)).toBe('unknown');
  });
});
