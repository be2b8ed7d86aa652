import { REDACTED, SENSITIVE_HEADERS, SENSITIVE_PARAMS } from '@errata/core';

// Shorter values are too likely to be ordinary words; masking them would garble problems.
const MIN_SECRET_LENGTH = 8;
const MAX_SECRETS = 32;

function add(secrets: string[], value: string): void {
  const trimmed = value.trim();
  if (trimmed.length >= MIN_SECRET_LENGTH && secrets.length < MAX_SECRETS && !secrets.includes(trimmed)) secrets.push(trimmed);
}

function addHeaderValue(secrets: string[], name: string, value: string): void {
  add(secrets, value);
  if (name === 'authorization' || name === 'proxy-authorization') {
    // `Bearer <token>`: an upstream that echoes the token rarely echoes the scheme with it.
    const space = value.indexOf(' ');
    if (space > 0) add(secrets, value.slice(space + 1));
  } else if (name === 'cookie' || name === 'set-cookie') {
    for (const part of value.split(';')) {
      const equals = part.indexOf('=');
      if (equals > 0) add(secrets, part.slice(equals + 1));
    }
  }
}

/**
 * The credentials of an exchange: values of the request's credential headers and query parameters,
 * and of the upstream's `set-cookie`. A problem must not repeat any of them, even when the upstream
 * echoed one inside its message.
 */
export function secretsOf(request: Request, url: URL, upstreamHeaders: Headers | undefined): string[] {
  const secrets: string[] = [];
  request.headers.forEach((value, name) => {
    if (SENSITIVE_HEADERS.has(name)) addHeaderValue(secrets, name, value);
  });
  url.searchParams.forEach((value, name) => {
    if (SENSITIVE_PARAMS.has(name.toLowerCase())) add(secrets, value);
  });
  if (upstreamHeaders !== undefined) {
    for (const cookie of upstreamHeaders.getSetCookie()) addHeaderValue(secrets, 'set-cookie', cookie);
  }
  return secrets;
}

function maskText(text: string, secrets: readonly string[]): string {
  let out = text;
  for (const secret of secrets) if (out.includes(secret)) out = out.replaceAll(secret, REDACTED);
  return out;
}

/**
 * A copy of a JSON-safe value with every secret inside its strings replaced by the redaction
 * marker. Only strings are touched, so numbers and keys keep their meaning. `fromEntries` defines
 * own properties, so a `__proto__` key stays an ordinary key.
 */
export function maskSecrets<T>(value: T, secrets: readonly string[], depth: number = 8): T {
  if (secrets.length === 0) return value;
  if (typeof value === 'string') return maskText(value, secrets) as T;
  if (typeof value !== 'object' || value === null || depth <= 0) return value;
  if (Array.isArray(value)) return value.map((item: unknown) => maskSecrets(item, secrets, depth - 1)) as T;
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, maskSecrets(item, secrets, depth - 1)])) as T;
}
