import { rehydrate } from '@errata/core';
import { createApiError } from '@errata/core/vendor';
import { describe, expect, it } from 'vitest';
import { BrandAlreadyExists, LocationAlreadyExists, LocationNotFound } from './codes.ts';
import { isAppleBusinessError, isAppleBusinessReason, isAppleBusinessResource } from './guard.ts';
import { buildAppleBusinessError, buildAppleBusinessOAuthError } from './testing.ts';

const locationExists = buildAppleBusinessError({ code: LocationAlreadyExists, context: { partnersLocationId: 'p-1' } });
const brandExists = buildAppleBusinessError({ code: BrandAlreadyExists });
const notFound = buildAppleBusinessError({ code: LocationNotFound, context: { id: '1' } });
const unauthorized = buildAppleBusinessError({ code: 'Unauthorized', message: 'Expired Token' });
const oauth = buildAppleBusinessOAuthError({ error: 'invalid_grant', description: 'Invalid refresh_token', status: 401 });

describe('isAppleBusinessError', () => {
  it('matches any Apple Business error, one full code or a list', () => {
    expect(isAppleBusinessError(notFound)).toBe(true);
    expect(isAppleBusinessError(notFound, 'LOCATION__NOT_FOUND')).toBe(true);
    expect(isAppleBusinessError(notFound, ['BRAND__NOT_FOUND', 'LOCATION__NOT_FOUND'])).toBe(true);
    expect(isAppleBusinessError(notFound, 'BRAND__NOT_FOUND')).toBe(false);
    expect(isAppleBusinessError(oauth, 'invalid_grant')).toBe(true);
  });

  it('rejects other vendors and non-errors', () => {
    const other = createApiError({ vendor: 'discord', code: 'LOCATION__NOT_FOUND', kind: 'not-found', status: 404, message: 'x' });
    for (const value of [other, new Error('x'), { vendor: 'apple-business', code: 'LOCATION__NOT_FOUND' }, null, undefined, 'LOCATION__NOT_FOUND']) {
      expect(isAppleBusinessError(value)).toBe(false);
    }
  });

  it('holds after a round trip through JSON (another realm or process)', () => {
    const copy = rehydrate(JSON.parse(JSON.stringify(locationExists)));
    expect(isAppleBusinessError(copy, 'LOCATION__ALREADY_EXISTS')).toBe(true);
    expect(isAppleBusinessReason(copy, 'ALREADY_EXISTS', 'LOCATION')).toBe(true);
  });
});

describe('isAppleBusinessReason', () => {
  it('matches a reason whatever the resource', () => {
    expect(isAppleBusinessReason(locationExists, 'ALREADY_EXISTS')).toBe(true);
    expect(isAppleBusinessReason(brandExists, 'ALREADY_EXISTS')).toBe(true);
    expect(isAppleBusinessReason(notFound, 'ALREADY_EXISTS')).toBe(false);
    expect(isAppleBusinessReason(notFound, ['ALREADY_EXISTS', 'NOT_FOUND'])).toBe(true);
  });

  it('can be restricted to resources', () => {
    expect(isAppleBusinessReason(locationExists, 'ALREADY_EXISTS', ['LOCATION', 'BRAND'])).toBe(true);
    expect(isAppleBusinessReason(brandExists, 'ALREADY_EXISTS', 'LOCATION')).toBe(false);
  });

  it('matches unprefixed codes and OAuth errors by their whole code', () => {
    expect(isAppleBusinessReason(unauthorized, 'Unauthorized')).toBe(true);
    expect(isAppleBusinessReason(unauthorized, 'Unauthorized', 'LOCATION')).toBe(false);
    expect(isAppleBusinessReason(oauth, 'invalid_grant')).toBe(true);
  });

  it('is false for non-Apple values and for Apple errors without details', () => {
    expect(isAppleBusinessReason({ details: { reason: 'ALREADY_EXISTS' } }, 'ALREADY_EXISTS')).toBe(false);
    const bare = createApiError({ vendor: 'apple-business', code: 'X__ALREADY_EXISTS', kind: 'already-exists', status: 400, message: 'x' });
    expect(isAppleBusinessReason(bare, 'ALREADY_EXISTS')).toBe(false);
  });
});

describe('isAppleBusinessResource', () => {
  it('matches every code of a resource type', () => {
    const rule = buildAppleBusinessError({ code: 'VALIDATION__PartnersLocationIdNotMatched', severity: 'VIOLATION' });
    expect(isAppleBusinessResource(rule, 'VALIDATION')).toBe(true);
    expect(isAppleBusinessResource(locationExists, ['LOCATION', 'BRAND'])).toBe(true);
    expect(isAppleBusinessResource(unauthorized, 'LOCATION')).toBe(false);
    expect(isAppleBusinessResource(oauth, 'LOCATION')).toBe(false);
  });
});
