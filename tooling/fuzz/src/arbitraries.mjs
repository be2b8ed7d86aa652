// Input generators for the fuzz run. They aim at the parsers' edges: JSON with hostile keys
// (`__proto__`, `constructor`), real vendor bodies with random mutations, truncation and deep
// nesting, header values built from each grammar's pieces, and plain random text.
import fc from 'fast-check';

const DANGEROUS_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'valueOf', 'hasOwnProperty', 'toJSON', 'then', 'length'];
const VENDOR_KEYS = [
  // discord
  'code', 'message', 'errors', '_errors', 'retry_after', 'global',
  // bearer-oauth
  'error', 'error_description', 'error_uri', 'description',
  // apple-business
  'context', 'details', 'severity', 'field', 'id',
  // identity-registration
  'stat', 'request_id', 'request_token', 'sub_error', 'invalid_fields', 'argument_name',
  // icloud-extract
  'params', 'devices', 'choices', 'data', 'trustedDevices', 'key',
  // errata serial form and problem details
  'errata', 'vendor', 'kind', 'status', 'publicMessage', 'action', 'retry', 'retryable', 'retryAfterMs', 'retryAt', 'source',
  'rateLimit', 'limit', 'remaining', 'resetAt', 'issues', 'path', 'requestId', 'type', 'title', 'detail', 'instance', 'response',
];

const key = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...VENDOR_KEYS) },
  { weight: 1, arbitrary: fc.constantFrom(...DANGEROUS_KEYS) },
  { weight: 1, arbitrary: fc.string({ maxLength: 12 }) },
);

const scalar = fc.oneof(
  fc.integer(),
  fc.constantFrom(0, -1, 1e21, 1.5, 50013, 50035, 210, 429, 3600, Number.MAX_SAFE_INTEGER),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.string({ maxLength: 40 }),
  fc.constantFrom('invalid_token', 'LOCATION__NOT_FOUND', 'error', 'ok', 'choice-required', 'urn:errata:discord:50013', 'https://example.com/probs/x', 'Bearer', '1970-01-01T00:00:00Z', 'not-found', 'retry-after'),
  fc.boolean(),
  fc.constant(null),
);

/** JSON text (not a value): object keys are written verbatim, so `"__proto__"` reaches JSON.parse. */
export const jsonText = fc.letrec((tie) => ({
  value: fc.oneof({ depthSize: 'small', withCrossShrink: true }, scalar.map((v) => JSON.stringify(v)), tie('array'), tie('object')),
  array: fc.array(tie('value'), { maxLength: 5 }).map((items) => `[${items.join(',')}]`),
  object: fc.array(fc.tuple(key, tie('value')), { maxLength: 8 }).map((entries) => `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${v}`).join(',')}}`),
})).value;

/** A JSON object text, for parsers that only look at objects. */
export const jsonObjectText = fc.array(fc.tuple(key, jsonText), { maxLength: 10 }).map((entries) => `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${v}`).join(',')}}`);

/** Applies random edits to a seed text: insertions, deletions, replacements, truncation. */
export function mutationsOf(seeds) {
  const edit = fc.tuple(fc.nat(), fc.nat({ max: 8 }), fc.oneof(fc.string({ maxLength: 6 }), fc.constantFrom('"', '\\', '{', '}', '[', ']', ',', ':', '__proto__', '\u0000', '\uD800', 'null')));
  return fc.tuple(fc.constantFrom(...seeds), fc.array(edit, { maxLength: 6 }), fc.option(fc.nat())).map(([seed, edits, cut]) => {
    let text = seed;
    for (const [at, remove, insert] of edits) {
      const i = text.length === 0 ? 0 : at % (text.length + 1);
      text = text.slice(0, i) + insert + text.slice(i + remove);
    }
    return cut === null || text.length === 0 ? text : text.slice(0, cut % (text.length + 1));
  });
}

/** Big or deep inputs, where super-linear work would show. */
export const heavyText = fc.oneof(
  fc.tuple(fc.constantFrom('[', '{"a":', '{"errors":', '{"_errors":[', '"'), fc.integer({ min: 10, max: 5000 })).map(([unit, n]) => unit.repeat(n)),
  fc.tuple(fc.constantFrom('{"code":50035,"errors":', '[{"code":"A__B","message":"{{x}}","context":'), fc.integer({ min: 1, max: 2000 })).map(
    ([head, n]) => head + '{"a":'.repeat(n) + '1' + '}'.repeat(n) + '}',
  ),
  fc.tuple(fc.string({ maxLength: 8 }), fc.integer({ min: 100, max: 20_000 })).map(([unit, n]) => unit.repeat(Math.ceil(n / Math.max(1, unit.length)))),
);

export const anyText = fc.oneof(
  { weight: 3, arbitrary: fc.string({ maxLength: 300 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 300 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme-ascii', maxLength: 300 }) },
);

/** WWW-Authenticate-like text: the grammar's pieces in random order, plus random text. */
export const challengeText = fc.oneof(
  {
    weight: 4,
    arbitrary: fc
      .array(
        fc.oneof(
          fc.constantFrom('Bearer', 'Basic', 'DPoP', 'Negotiate', 'Digest', ' ', '  ', ',', ', ', '=', '==', '"', '\\', '\\"', 'realm', 'error', 'error_description', 'scope', 'algs', 'nonce', 'invalid_token', 'insufficient_scope', 'token68/+=', '\t', '\u00e9', '__proto__', 'constructor'),
          fc.string({ maxLength: 6 }),
        ),
        { maxLength: 60 },
      )
      .map((parts) => parts.join('')),
  },
  { weight: 1, arbitrary: anyText },
  { weight: 1, arbitrary: heavyText },
);

const httpDate = fc
  .tuple(fc.constantFrom('Mon', 'Tue', 'Wed', 'Sun', 'Xyz', ''), fc.integer({ min: -5, max: 40 }), fc.constantFrom('Jan', 'Feb', 'Oct', 'Dec', 'Foo'), fc.integer({ min: -1, max: 99999 }), fc.integer({ min: -1, max: 99 }), fc.integer({ min: -1, max: 99 }), fc.integer({ min: -1, max: 99 }), fc.constantFrom('GMT', 'UTC', '', 'gmt', '+0000'))
  .chain(([wd, d, mo, y, h, mi, s, z]) =>
    fc.constantFrom(
      `${wd}, ${String(d).padStart(2, '0')} ${mo} ${y} ${h}:${mi}:${s} ${z}`, // IMF-fixdate
      `${wd}day, ${d}-${mo}-${String(y).slice(-2)} ${h}:${mi}:${s} ${z}`, // RFC 850
      `${wd} ${mo} ${d} ${h}:${mi}:${s} ${y}`, // asctime
    ),
  );

/** Header values: numbers, dates, structured fields, challenges, and random text. */
export const headerValue = fc.oneof(
  fc.integer().map(String),
  fc.double({ noNaN: false }).map(String),
  fc.constantFrom('', ' ', '0', '-1', '1.337', '1e3', '120', 'Infinity', 'NaN', '0x10', '99999999999999999999', 'true'),
  httpDate,
  fc
    .array(fc.oneof(fc.constantFrom('"default"', ';', 'r=', 't=', 'q=', 'w=', ',', ' ', '"', '\\', '=', '?1', ':YWJj:', '@1659578233', '%"x"', '*'), fc.string({ maxLength: 4 }), fc.integer().map(String)), { maxLength: 30 })
    .map((parts) => parts.join('')),
  challengeText,
  anyText,
);

const HEADER_NAMES = [
  'content-type', 'retry-after', 'www-authenticate', 'x-ratelimit-limit', 'x-ratelimit-remaining', 'x-ratelimit-reset',
  'x-ratelimit-reset-after', 'x-ratelimit-bucket', 'x-ratelimit-global', 'x-ratelimit-scope', 'ratelimit', 'ratelimit-policy',
  'ratelimit-limit', 'ratelimit-remaining', 'ratelimit-reset', 'apple-request-id', 'x-request-id', 'request-id', 'cf-ray',
  'cf-mitigated', 'date', 'dpop-nonce', 'x-rate-limit-reset', 'Content-Type', 'RETRY-AFTER',
];
const contentType = fc.constantFrom('application/json', 'application/problem+json', 'application/json; charset=utf-8', 'text/html', 'text/plain', '', 'application/x-www-form-urlencoded', 'APPLICATION/JSON');

/** Headers as a plain object (hostile names defined as own properties) or as a list of pairs. */
export const headers = fc
  .tuple(
    fc.array(fc.tuple(fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...HEADER_NAMES) }, { weight: 1, arbitrary: fc.constantFrom(...DANGEROUS_KEYS) }, { weight: 1, arbitrary: fc.string({ maxLength: 10 }) }), headerValue), { maxLength: 8 }),
    fc.option(contentType),
    fc.boolean(),
  )
  .map(([pairs, type, asObject]) => {
    if (type !== null) pairs = [['content-type', type], ...pairs];
    if (!asObject) return pairs;
    const object = {};
    for (const [name, value] of pairs) Object.defineProperty(object, name, { value, enumerable: true, writable: true, configurable: true });
    return object;
  });

export const status = fc.oneof(
  { weight: 5, arbitrary: fc.constantFrom(0, 200, 201, 204, 301, 400, 401, 403, 404, 409, 413, 415, 422, 429, 500, 502, 503, 504) },
  { weight: 2, arbitrary: fc.integer({ min: -10, max: 1000 }) },
  { weight: 1, arbitrary: fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, -1, 1e10, 99.5, 2 ** 31) },
);

/** Response parts { status, headers, body } for a vendor: its own bodies mutated, plus everything else. */
export function responseParts(seedBodies) {
  const body = fc.oneof(
    { weight: 4, arbitrary: mutationsOf(seedBodies) },
    { weight: 3, arbitrary: jsonText },
    { weight: 2, arbitrary: jsonObjectText },
    { weight: 1, arbitrary: anyText },
    { weight: 1, arbitrary: heavyText },
    { weight: 1, arbitrary: fc.constantFrom('', 'null', '[]', '{}', ' ', '"x"', '0') },
  );
  return fc.record({ status, headers, body });
}
