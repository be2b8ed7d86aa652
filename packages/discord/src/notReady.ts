import { isJsonObject } from '@errata/core/vendor';

/** The body Discord sends with HTTP 202 when a resource (e.g. a search index) is not ready yet. */
export interface NotReadyBody {
  readonly code?: number;
  readonly message?: string;
  /** Seconds to wait before asking again. */
  readonly retry_after?: number;
}

/**
 * True for a 202 "not ready, retry" body. Clients that treat every 2xx as success (discord.js
 * does) hand this body over as data; check it before using the result.
 */
export function isNotReadyBody(body: unknown): body is NotReadyBody {
  // The body comes from the caller's own client, so a Proxy or a throwing getter is possible: reading it must not throw.
  try {
    if (!isJsonObject(body)) return false;
    const { code, retry_after: retryAfter } = body;
    // Codes of this kind all start with 11 (110000 index not ready, 110001 application not ready).
    return typeof retryAfter === 'number' || (typeof code === 'number' && Math.floor(code / 10_000) === 11);
  } catch {
    return false;
  }
}
