// Realistic riCloud (v3) wire forms for the tests, written in our own words from the provider's
// documented facts. Facts copied (not prose), from the shared reference `icloud-extract.md` and
// the errors page (seed 000): error bodies are `{error, message, params?}`; the statuses are
// generic (429 = a rate limit was hit); limit-exceeded means a limit on the organisation, key or
// user was reached; icloud-service-outage is a rare, transient outage where retrying "within a
// few minutes" should work; choice-required lists the devices a 2SV code can go to; sessions
// carry `id`, `resource`, `state` (`pending`/`active`/`failed`/`expired`) and `error`.

/** A 429 rate limit: limit-exceeded, with the wait in a standard Retry-After header. */
export const throttled = {
  status: 429,
  headers: { 'content-type': 'application/json', 'retry-after': '30', 'x-request-id': 'a41f0c9e-77d2-4c55-9b1e-2f0d6c3e8b10' },
  body: { error: 'limit-exceeded', message: 'Too many sessions were started with this key in a short time.' },
} as const;

/** The documented quota case: a limit that does not lift in seconds (no Retry-After). */
export const quota = {
  status: 403,
  headers: { 'content-type': 'application/json' },
  body: { error: 'limit-exceeded', message: 'This user may access at most 2 iCloud accounts per month.' },
} as const;

/** A session that failed on an iCloud outage (read from `GET /sessions/{id}`: no HTTP error). */
export const outageSession = {
  id: 'ses_7Hq2LmZ0pW',
  resource: 'session',
  state: 'failed',
  source: 'src_Yt5k0aPq3r',
  error: 'icloud-service-outage',
} as const;

/** A session asking which trusted device should receive the 2SV code (list field best guess). */
export const choiceSession = {
  id: 'ses_Kd81Nw3vQe',
  resource: 'session',
  state: 'failed',
  error: 'choice-required',
  devices: [
    { id: 'dev-1', name: 'iPhone (•••• 14)' },
    { id: 'dev-2', name: 'SMS to +44 ••••• •••789' },
  ],
} as const;
