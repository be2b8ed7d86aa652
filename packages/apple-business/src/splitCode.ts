import type { AppleBusinessReason, AppleBusinessResource } from './types.ts';

export interface SplitCode {
  readonly resource: AppleBusinessResource | undefined;
  readonly reason: AppleBusinessReason;
}

/**
 * Splits `RESOURCE__REASON` on the FIRST `__` only: validation rule names may contain single
 * underscores (`VALIDATION__SpecialHours_Expected…`). A code without a prefix (`Unauthorized`,
 * `RESOURCE_HAS_NO_NEW_CHANGES`) has no resource and is its own reason.
 */
export function splitCode(code: string): SplitCode {
  const at = code.indexOf('__');
  if (at <= 0) return { resource: undefined, reason: code };
  return { resource: code.slice(0, at), reason: code.slice(at + 2) };
}
