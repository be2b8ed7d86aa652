import type { KnownCode } from './types.ts';

const CHOOSE_DEVICE = 'Choose a device to receive a verification code.';

// End-user messages for the codes where the user can do something about it. They name no
// internals and stay short (this table ships with the parser); codes missing here fall back to
// core's generic message for their kind.
export const PUBLIC_MESSAGES: Readonly<Partial<Record<KnownCode, string>>> = {
  'limit-exceeded': 'A usage limit has been reached.',
  'session-expired': 'Your iCloud session has expired. Please sign in again.',
  'invalid-credentials': 'The Apple ID or password is incorrect.',
  'source-locked': 'This Apple account is locked. Unlock it, then try again.',
  'code-required': 'Enter the verification code sent to your Apple device.',
  'code-rate-limited': 'Too many incorrect codes. Wait an hour, then try again.',
  'choice-required': CHOOSE_DEVICE,
  'code-invalid': 'That code is incorrect. Please try again.',
  'icloud-terms-not-accepted': 'Accept the latest iCloud terms at iCloud.com, then try again.',
  'icloud-account-not-verified': 'Verify your Apple account email at appleid.apple.com, then try again.',
  'icloud-service-not-activated': 'Turn on the required iCloud service, then try again.',
  'icloud-service-outage': 'iCloud is temporarily unavailable. Please try again in a few minutes.',
  '2fa-required': CHOOSE_DEVICE,
};
