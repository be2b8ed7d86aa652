// Generated secrets of every shape errata promises to mask, each with the text to plant and the
// substrings that must never appear on a surface (the raw secret and its encoded forms).
import fc from 'fast-check';

/** A secret ready to plant: `text` goes into an input; none of `forms` may come out. */
export interface Planted {
  /** Which shape, for failure messages. */
  readonly shape: string;
  /** What is put into the response (a header value, a message, a URL…). */
  readonly text: string;
  /** What must not appear anywhere: the secret, percent-encoded, and base64 where the shape uses it. */
  readonly forms: readonly string[];
}

const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const BASE64URL = `${ALNUM}-_`;
const UPPER_DIGITS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
const HEX = '0123456789abcdef';

function chars(alphabet: string, min: number, max: number): fc.Arbitrary<string> {
  return fc.string({ unit: fc.constantFrom(...alphabet), minLength: min, maxLength: max });
}

/**
 * A random credential that cannot collide with prose or catalog text: it always mixes upper case,
 * lower case and digits (`Q7x` at the start), as real tokens do.
 */
function token(min: number, max: number, alphabet: string = ALNUM): fc.Arbitrary<string> {
  return chars(alphabet, Math.max(0, min - 3), max - 3).map((rest) => `Q7x${rest}`);
}

function base64(text: string): string {
  return Buffer.from(text, 'utf8').toString('base64');
}

/** The forms of a secret that must not leak: raw, percent-encoded (both cases of hex) and base64. */
export function formsOf(secret: string, extra: readonly string[] = []): string[] {
  const encoded = encodeURIComponent(secret);
  const lowerHex = encoded.replaceAll(/%[0-9A-F]{2}/g, (escape) => escape.toLowerCase());
  const forms = new Set([secret, encoded, lowerHex, ...extra]);
  return [...forms].filter((form) => form.length >= 8);
}

function planted(shape: string, text: string, secrets: readonly string[], extra: readonly string[] = []): Planted {
  return { shape, text, forms: [...new Set(secrets.flatMap((secret) => formsOf(secret, extra)))] };
}

const jwtPart = (min: number, max: number): fc.Arbitrary<string> => chars(BASE64URL, min, max);

/** JWS compact: header.payload.signature, the header starting `eyJ` as every JSON header does. */
export const jws: fc.Arbitrary<string> = fc
  .tuple(jwtPart(16, 40), jwtPart(8, 80), token(20, 60, BASE64URL))
  .map(([header, payload, signature]) => `eyJ${header}.eyJ${payload}.${signature}`);

/** JWE compact: five parts, the encrypted key empty for direct encryption. */
const jwe: fc.Arbitrary<string> = fc
  .tuple(jwtPart(20, 40), fc.constantFrom('', 'Q7xKEY0123456789abc'), jwtPart(16, 16), token(20, 60, BASE64URL), jwtPart(22, 22))
  .map(([header, key, iv, ciphertext, tag]) => `eyJ${header}.${key}.${iv}.${ciphertext}.${tag}`);

/** A Discord bot token: base64 of the bot's id, a timestamp, an HMAC. */
const discordBotToken: fc.Arbitrary<string> = fc
  .tuple(fc.bigInt({ min: 10n ** 17n, max: 10n ** 19n }), chars(BASE64URL, 6, 6), token(27, 38, BASE64URL))
  .map(([id, stamp, hmac]) => `${Buffer.from(String(id)).toString('base64url')}.${stamp}.${hmac}`);

/** Token formats recognized by their prefix, at their real lengths. */
const prefixed: fc.Arbitrary<string> = fc.oneof(
  fc.tuple(fc.constantFrom('ghp_', 'gho_', 'ghu_', 'ghs_', 'ghr_'), token(36, 36)).map(([prefix, rest]) => prefix + rest),
  token(70, 82, `${ALNUM}_`).map((rest) => `github_pat_${rest}`),
  fc.tuple(fc.constantFrom('sk_live_', 'sk_test_', 'rk_live_', 'whsec_'), token(24, 99)).map(([prefix, rest]) => prefix + rest),
  fc.tuple(fc.constantFrom('xoxb-', 'xoxp-', 'xoxa-', 'xoxs-'), chars('0123456789', 12, 12), token(24, 32)).map(([prefix, team, rest]) => `${prefix}${team}-${rest}`),
  fc.tuple(fc.constantFrom('AKIA', 'ASIA'), chars(UPPER_DIGITS, 16, 16)).map(([prefix, rest]) => prefix + rest),
  token(35, 35, BASE64URL).map((rest) => `AIza${rest}`),
  token(36, 36).map((rest) => `npm_${rest}`),
);

/** Credential names in every form they take: `name=value`, `name: value`, JSON. */
const NAMES = [
  'token',
  'access_token',
  'refresh_token',
  'id_token',
  'client_secret',
  'api_key',
  'apikey',
  'x-api-key',
  'password',
  'passwd',
  'secret',
  'signature',
  'sig',
  'code',
  'session_id',
  'sessionid',
  'X-Amz-Signature',
  'X-Goog-Signature',
];

const keyValue: fc.Arbitrary<Planted> = fc
  .tuple(fc.constantFrom(...NAMES), fc.constantFrom('equals', 'colon', 'json'), token(12, 40))
  .map(([name, form, value]) => {
    const text = form === 'equals' ? `${name}=${value}` : form === 'colon' ? `${name}: ${value}` : `{"${name}": "${value}"}`;
    return planted(`${name} (${form})`, text, [value]);
  });

/** A value with characters a URL must percent-encode, so the encoded form is checked too. */
const urlValue: fc.Arbitrary<string> = fc.tuple(token(12, 30), fc.constantFrom('+/=', ' &', '%!', '')).map(([value, tail]) => value + tail);

const schemes: fc.Arbitrary<Planted> = fc.oneof(
  token(20, 64, `${ALNUM}-._~+/`).map((value) => planted('Bearer', `Bearer ${value}`, [value])),
  // Letters only (no digit, no punctuation): what the old redactor let through.
  chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz', 24, 48).map((value) => planted('Bearer letters', `Authorization: Bearer Qx${value}`, [`Qx${value}`])),
  fc.tuple(chars('abcdefghijklmnopqrstuvwxyz', 6, 12), token(10, 24)).map(([user, password]) => {
    const encoded = base64(`${user}:${password}`);
    return planted('Basic', `Authorization: Basic ${encoded}`, [encoded, password]);
  }),
  discordBotToken.map((value) => planted('Bot', `Authorization: Bot ${value}`, [value])),
  prefixed.map((value) => planted('token scheme', `Authorization: token ${value}`, [value])),
  jws.map((value) => planted('DPoP', `DPoP ${value}`, [value.slice(value.lastIndexOf('.') + 1)])),
  fc.tuple(chars(HEX, 32, 32), chars(HEX, 16, 16)).map(([response, cnonce]) =>
    planted('Digest', `Authorization: Digest username="u", realm="r", nonce="n0", uri="/", response="${response}", cnonce="${cnonce}", qop=auth`, [response, cnonce]),
  ),
);

const tokens: fc.Arbitrary<Planted> = fc.oneof(
  jws.map((value) => planted('JWS', `rejected ${value}`, [value, value.slice(value.lastIndexOf('.') + 1)])),
  jwe.map((value) => planted('JWE', `rejected ${value}`, [value])),
  prefixed.map((value) => planted('prefixed token', `invalid ${value} given`, [value])),
  discordBotToken.map((value) => planted('Discord bot token', `token ${value}`, [value])),
);

const cookies: fc.Arbitrary<Planted> = fc.oneof(
  token(16, 40).map((value) => planted('Cookie line', `sent\nCookie: sid=${value}; theme=dark\nback`, [value])),
  token(16, 40).map((value) => planted('Set-Cookie line', `Set-Cookie: session=${value}; Path=/; HttpOnly`, [value])),
  token(16, 40).map((value) => planted('x-api-key line', `x-api-key: ${value}`, [value])),
);

/** URLs with the secret in each part; the planted text is the URL alone. */
export const urls: fc.Arbitrary<Planted> = fc.oneof(
  fc.tuple(chars('abcdefghijklmnopqrstuvwxyz', 4, 10), token(10, 24)).map(([user, password]) => planted('URL user info', `https://${user}:${password}@api.example.test/v1/items`, [password])),
  urlValue.map((value) => planted('URL query', `https://api.example.test/v1?wait=true&access_token=${encodeURIComponent(value)}&x=1`, [value])),
  urlValue.map((value) => planted('URL fragment', `https://app.example.test/callback#access_token=${encodeURIComponent(value)}&token_type=bearer`, [value])),
  token(20, 68, BASE64URL).map((value) => planted('URL path token', `https://discord.com/api/webhooks/223704706495545344/${value}`, [value])),
  chars(HEX, 64, 64).map((value) => planted('X-Amz-Signature', `https://bucket.s3.amazonaws.com/key?X-Amz-Date=20240101T000000Z&X-Amz-Signature=${value}`, [value])),
  chars(HEX, 64, 64).map((value) => planted('X-Goog-Signature', `https://storage.googleapis.com/b/o?X-Goog-Signature=${value}&X-Goog-Expires=900`, [value])),
  token(20, 40).map((value) => planted('OAuth code in a redirect', `https://app.example.test/cb?code=${value}&state=af0ifjsldkj`, [value])),
);

/** Every shape, for free text. */
export const anySecret: fc.Arbitrary<Planted> = fc.oneof(schemes, tokens, keyValue, cookies, urls);

/** Shapes that make sense as a whole header value (no line breaks). */
export const headerSecret: fc.Arbitrary<Planted> = fc.oneof(schemes, tokens, keyValue, urls);
