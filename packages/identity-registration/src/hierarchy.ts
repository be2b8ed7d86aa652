/**
 * The documented ranges, one root each. 400 is a root although no response carries code 400:
 * the docs define 400–499 as the auth range without a catch-all code for it. Everything from
 * 500 up is "unexpected internal" per the docs, so 500 is the root of 600, 1234, … too.
 */
export const IdentityRegistrationRoot = {
  MissingArgument: 100,
  InvalidArgument: 200,
  Record: 300,
  Auth: 400,
  Internal: 500,
} as const;

export type IdentityRegistrationRoot = (typeof IdentityRegistrationRoot)[keyof typeof IdentityRegistrationRoot];

// The defined codes that are multiples of 10: only these can be an ancestor, because the docs'
// catch-all rule says a multiple of 10 or 100 covers the codes below it. Undefined multiples
// (220, 230, 350, 370, 410, …) are skipped rather than invented.
const CATCH_ALLS: ReadonlySet<number> = /* @__PURE__ */ new Set([100, 200, 210, 300, 310, 320, 330, 340, 360, 380, 390, 420, 480, 500, 510, 540]);

/** The range root of a code, or `undefined` for values outside the scheme (below 100, not an integer). */
export function rootOf(code: number): IdentityRegistrationRoot | undefined {
  if (!Number.isInteger(code) || code < 100) return undefined;
  return code >= 500 ? 500 : ((code - (code % 100)) as IdentityRegistrationRoot);
}

/**
 * The nearest catch-all above a code, known or not: the enclosing multiple of 10 if it is a
 * defined code, else the enclosing multiple of 100 if it is defined or a root, else the range
 * root. `undefined` for a root and for values outside the scheme.
 *
 * The hundreds are not nested: 300 is a root although the docs also call 200–399 "invalid
 * argument", and 352 hangs under 300, not under 340 (`invalid_data_format` covers 341–349 only).
 */
export function parentOf(code: number): number | undefined {
  const root = rootOf(code);
  if (root === undefined || code === root) return undefined;
  const ten = code - (code % 10);
  if (ten !== code && CATCH_ALLS.has(ten)) return ten;
  const hundred = code - (code % 100);
  if (hundred !== code && (hundred === root || CATCH_ALLS.has(hundred))) return hundred;
  return root;
}

/**
 * Every catch-all above a code, nearest first; the last one is the range root (367 → [360, 300],
 * 415 → [400], 1234 → [500]). Empty for a root and for values outside the scheme.
 */
export function ancestorsOf(code: number): number[] {
  const out: number[] = [];
  // parentOf always returns a smaller number, so the walk ends (in at most three steps).
  for (let next = parentOf(code); next !== undefined; next = parentOf(next)) out.push(next);
  return out;
}

/** True when `code` is `family` itself or sits anywhere below it in the hierarchy. */
export function isInFamily(code: number, family: number): boolean {
  for (let next: number | undefined = code; next !== undefined; next = parentOf(next)) {
    if (next === family) return rootOf(code) !== undefined;
  }
  return false;
}
