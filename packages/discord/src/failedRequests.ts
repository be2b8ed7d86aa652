/**
 * The request header Discord asks clients to send when they retry a failed request: how many
 * attempts of this request have failed so far. Spread it into the retry's headers:
 * `fetch(url, { headers: { ...headers, ...failedRequestsHeader(attempt) } })`.
 * Gives no header for a first attempt (0) or a count that is not a positive whole number.
 */
export function failedRequestsHeader(failedAttempts: number): Readonly<Record<string, string>> {
  return Number.isSafeInteger(failedAttempts) && failedAttempts > 0 ? { 'X-Failed-Requests': String(failedAttempts) } : {};
}
