/** What replaces a secret on every surface errata produces. */
export const REDACTED = '[redacted]';

/** Header names whose values are credentials. Compared lower-case. */
export const SENSITIVE_HEADERS: ReadonlySet<string> = /* @__PURE__ */ new Set([
  'authorization',
  'proxy-authorization',
  'cookie',
  'set-cookie',
  'x-api-key',
  'x-auth-token',
  'x-csrf-token',
  'x-xsrf-token',
  'x-amz-security-token',
  'dpop',
]);

/** Query parameters whose values are credentials. Compared lower-case. */
export const SENSITIVE_PARAMS: ReadonlySet<string> = /* @__PURE__ */ new Set([
  'access_token',
  'refresh_token',
  'id_token',
  'token',
  'code',
  'client_secret',
  'api_key',
  'apikey',
  'key',
  'password',
  'secret',
  'signature',
  'sig',
  'x-amz-signature',
  'x-amz-credential',
  'x-amz-security-token',
]);

/** Path segments at least this long are treated as embedded tokens (Discord webhook tokens are 68). */
const TOKEN_SEGMENT_LENGTH = 40;

/** The value to show for a header: the value itself, or `REDACTED` for credential headers. */
export function redactHeaderValue(name: string, value: string): string {
  return SENSITIVE_HEADERS.has(name.toLowerCase()) ? REDACTED : value;
}

/**
 * A URL with user info, credential query values and token-like path segments replaced.
 * Text that is not a URL comes back with only its query-like parts masked.
 */
export function redactUrl(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return redactText(url);
  }
  if (parsed.username !== '') parsed.username = REDACTED;
  if (parsed.password !== '') parsed.password = REDACTED;
  parsed.pathname = parsed.pathname
    .split('/')
    .map((segment) => (segment.length >= TOKEN_SEGMENT_LENGTH ? REDACTED : segment))
    .join('/');
  const names = new Set<string>();
  parsed.searchParams.forEach((_value, name) => names.add(name));
  for (const name of names) {
    if (SENSITIVE_PARAMS.has(name.toLowerCase())) parsed.searchParams.set(name, REDACTED);
  }
  // URLSearchParams encodes the brackets; keep the marker readable.
  return parsed.href.replaceAll('%5Bredacted%5D', REDACTED);
}

// No pattern nests quantifiers or overlaps its character classes, so matching stays linear.
const SCHEME_CREDENTIAL = /\b(Bearer|Basic|DPoP)(\s+)([A-Za-z0-9\-._~+/]+=*)/gi;
// A credential after a scheme name has 8+ characters and a digit or punctuation; prose
// ("Bearer authentication failed") has neither, and keeps its words.
const CREDENTIAL_LIKE = /[0-9._~+/=-]/;
const PARAM_CREDENTIAL = /\b(access_token|refresh_token|id_token|client_secret|api_key|apikey|password|token)(["']?\s*[=:]\s*["']?)[^\s&"',;]+/gi;
const JWT = /\beyJ[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*/g;

/** Masks credentials that appear inside free text (messages, `cause` messages, URLs that failed to parse). */
export function redactText(text: string): string {
  return text
    .replace(SCHEME_CREDENTIAL, (match: string, scheme: string, space: string, credential: string) =>
      credential.length >= 8 && CREDENTIAL_LIKE.test(credential) ? `${scheme}${space}${REDACTED}` : match,
    )
    .replace(PARAM_CREDENTIAL, `$1$2${REDACTED}`)
    .replace(JWT, REDACTED);
}
