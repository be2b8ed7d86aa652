// End-user wording for the codes whose action is `user-action`: the kind's generic message
// ("Please sign in again.") would mislead someone who mistyped a password. No codes or internals.
const WRONG_CREDENTIALS = 'The email address or password is incorrect.';
const REUSED_PASSWORD = 'Please choose a password you have not used before.';

const MESSAGES: ReadonlyMap<number, string> = /* @__PURE__ */ new Map([
  [210, WRONG_CREDENTIALS],
  [211, 'Please sign in with your social account.'],
  [212, WRONG_CREDENTIALS],
  [213, WRONG_CREDENTIALS],
  [214, REUSED_PASSWORD],
  [352, REUSED_PASSWORD],
  [380, 'An account with this email address already exists.'],
  [390, 'Please check the information you entered.'],
  [416, 'This code has expired. Please request a new one.'],
]);

/** Shown when a 390 reports too many sign-in attempts. */
export const TOO_MANY_ATTEMPTS = 'Too many attempts. Please try again later.';

/** The end-user message for a code, or `undefined` to use the kind's generic one. */
export function publicMessageOfCode(code: number): string | undefined {
  return MESSAGES.get(code);
}
