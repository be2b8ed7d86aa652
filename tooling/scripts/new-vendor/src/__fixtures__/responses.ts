// The wire responses the parser is tested on, with what each must parse to.
// TODO(new-vendor): replace with real responses from the vendor's documentation (note where each
// comes from), and keep tooling/vendors' sample in step with the first one.
import type { __PASCAL__Parts } from '../testing.ts';

export interface Fixture {
  readonly name: string;
  readonly parts: __PASCAL__Parts;
  readonly code: string;
  readonly kind: string;
  readonly action: string;
}

const json = { 'content-type': 'application/json' } as const;

export const fixtures: readonly Fixture[] = [
  {
    name: 'a missing resource',
    parts: { status: 404, headers: { ...json, 'x-request-id': 'req-1' }, body: '{"error": {"code": "NOT_FOUND", "message": "No such resource."}}' },
    code: 'NOT_FOUND',
    kind: 'not-found',
    action: 'none',
  },
  {
    name: 'a malformed field',
    parts: { status: 400, headers: json, body: '{"error": {"code": "INVALID_ARGUMENT", "message": "name is required.", "target": "name"}}' },
    code: 'INVALID_ARGUMENT',
    kind: 'invalid-argument',
    action: 'fix-request',
  },
  {
    name: 'a rate limit with Retry-After',
    parts: { status: 429, headers: { ...json, 'retry-after': '3' }, body: '{"error": {"code": "RATE_LIMITED", "message": "Slow down."}}' },
    code: 'RATE_LIMITED',
    kind: 'resource-exhausted',
    action: 'retry-after',
  },
  {
    name: 'a code the catalog does not know',
    parts: { status: 409, headers: json, body: '{"error": {"code": "SOMETHING_NEW", "message": "New."}}' },
    code: 'SOMETHING_NEW',
    kind: 'aborted',
    action: 'none',
  },
];
