/** What a response said about the caller's rate limit. Every field is optional: vendors send subsets. */
export interface RateLimitSnapshot {
  /** Requests allowed in the window. */
  readonly limit?: number;
  /** Requests left in the window. */
  readonly remaining?: number;
  /** When the window resets, as an epoch timestamp in milliseconds. */
  readonly resetAt?: number;
  /** How long until the window resets, in milliseconds. */
  readonly resetAfterMs?: number;
  /** The vendor's bucket or policy name. */
  readonly bucket?: string;
  /** The vendor's scope (e.g. Discord's `user`, `global`, `shared`). */
  readonly scope?: string;
  /** True when the limit applies to every route, not only this one. */
  readonly global?: boolean;
  /** The window length in milliseconds, from a `RateLimit-Policy` header. */
  readonly windowMs?: number;
}
