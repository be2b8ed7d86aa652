import { createRedactor, type Redactor } from '@errata/core';
import { REDACTED, secretForms, SENSITIVE_HEADERS, SENSITIVE_PARAMS } from '@errata/core/vendor';

// The request's own secrets (its credential headers, cookies, credential query parameters, the
// upstream's `set-cookie` values, and values the operator names) must not come back to the client
// in a problem, whatever the upstream echoed, and in whatever form it echoed them.
//
// Two rules, by length, so that masking never garbles a problem and never lets a secret through:
// - A secret of MIN_ANYWHERE_LENGTH characters or more is replaced wherever it occurs, in its
//   decoded, percent-encoded and base64 forms (base64 at any byte offset, so a secret inside a
//   longer base64 blob such as `Basic dXNlcjpzZWNyZXQ=` is found too).
// - A shorter secret ("1", "dark", a 6-digit PIN) would match ordinary words, so replacing its
//   occurrences would garble text and, by elimination, hint at the secret. Instead, a string that
//   contains it as a whole token (not inside a longer run of letters and digits) is replaced
//   whole, and a number equal to it is replaced by the marker. A header holding it is dropped.
// Text with percent escapes is also checked once decoded: an echo in any percent-encoding (upper
// or lower case hex, `+` for spaces, every byte escaped) replaces the whole string.

/** Secrets this long or longer are masked wherever they occur; shorter ones by whole token. */
export const MIN_ANYWHERE_LENGTH = 8;
/** Most secret values collected from one exchange (each then in several forms). */
const MAX_SECRETS = 32;
/** Secret values longer than this are cut: a prefix this long already identifies them. */
const MAX_SECRET_LENGTH = 4096;

/** What the operator adds to the built-in secret sources (`GatewayOptions.secrets`). */
export interface SecretOptions {
  /** Literal values masked like request credentials, e.g. keys the upstream might echo. */
  readonly values?: readonly string[];
  /** More request header names whose values are credentials (compared lower-case). */
  readonly headers?: readonly string[];
  /** More query parameter names whose values are credentials (compared lower-case). */
  readonly params?: readonly string[];
  /**
   * Patterns replaced by `[redacted]` wherever they match in a problem or a kept header. They run
   * on upstream text: give linear patterns (no nested or overlapping quantifiers). A pattern
   * without the `g` flag is used as if it had it.
   */
  readonly patterns?: readonly RegExp[];
}

/** The operator's options, prepared once per gateway. */
export interface SecretPolicy {
  readonly values: readonly string[];
  readonly headers: ReadonlySet<string>;
  readonly params: ReadonlySet<string>;
  readonly patterns: readonly RegExp[];
  /**
   * The masked forms of recently seen secret values, so a client's token is encoded once, not on
   * every error. Bounded (`FORMS_CACHE_SIZE` values) and owned by one gateway.
   */
  readonly forms: Map<string, readonly string[]>;
  /** The sets built lately, by their values: one client sends the same credentials request after request. */
  readonly sets: Map<string, SecretSet>;
  /** The set used last, found again without building its key (the same client, or no secrets at all). */
  readonly last: { set: SecretSet | undefined };
  /** Core redactors made for those sets (see `coreRedactorOf`). */
  readonly redactors: WeakMap<SecretSet, Redactor>;
  /** What `coreFormsOf` found for those sets: the forms, or `null` when it must not be left off. */
  readonly coreForms: WeakMap<SecretSet, readonly string[] | null>;
}

/** How many secret values' forms (and sets of them) a gateway keeps. */
export const FORMS_CACHE_SIZE = 256;

/** The operator's options, prepared once per gateway; entries of the wrong type (from untyped callers) are skipped. */
export function secretPolicyOf(options: SecretOptions | undefined): SecretPolicy {
  const strings = (list: readonly unknown[] | undefined): string[] => (Array.isArray(list) ? list.filter((item): item is string => typeof item === 'string' && item !== '') : []);
  const lower = (list: readonly unknown[] | undefined): Set<string> => new Set(strings(list).map((name) => name.toLowerCase()));
  const patterns = Array.isArray(options?.patterns) ? options.patterns.filter((pattern): pattern is RegExp => pattern instanceof RegExp) : [];
  return {
    values: strings(options?.values),
    headers: lower(options?.headers),
    params: lower(options?.params),
    patterns: patterns.map((pattern) => (pattern.global ? pattern : new RegExp(pattern.source, `${pattern.flags}g`))),
    forms: new Map(),
    sets: new Map(),
    last: { set: undefined },
    redactors: new WeakMap(),
    coreForms: new WeakMap(),
  };
}

/** The secrets of one exchange, in every form that gets masked. */
export interface SecretSet {
  /** Masked wherever they occur; longest first, so a longer form is not half-replaced by a shorter one. */
  readonly anywhere: readonly string[];
  /** Short secrets and their short forms: a string holding one as a whole token is replaced whole. */
  readonly tokens: readonly string[];
  /** Both lists once each: what `mayContainSecret` searches text for. */
  readonly needles: readonly string[];
  /** The raw values, for the check of percent-decoded text. */
  readonly raw: readonly string[];
  readonly patterns: readonly RegExp[];
}

/** Where an exchange's secrets come from; built by the gateway from the request and the upstream answer. */
export interface SecretSources {
  /** Calls `visit` for each request header, names lower-case. */
  readonly forEachHeader: (visit: (value: string, name: string) => void) => void;
  /** The request's query string, `?` included or empty. */
  readonly search: string;
  /** The upstream's `set-cookie` values. */
  readonly setCookies: readonly string[];
}

const ENCODER = /* @__PURE__ */ new TextEncoder();
/** Standard base64 of text's UTF-8 bytes after `offset` zero bytes, without padding. */
function base64(text: string, offset = 0): string {
  const encoded = btoa('\0'.repeat(offset) + String.fromCharCode(...ENCODER.encode(text)));
  let end = encoded.length;
  while (end > 0 && encoded.charCodeAt(end - 1) === 61 /* = */) end--;
  return encoded.slice(0, end);
}

function toBase64Url(text: string): string {
  return text.replaceAll('+', '-').replaceAll('/', '_');
}

const FATAL_DECODER = /* @__PURE__ */ new TextDecoder('utf-8', { fatal: true });

/** Decodes standard or URL-safe base64 (padding optional) to text; `undefined` when it is not base64 of UTF-8. */
function fromBase64(text: string): string | undefined {
  try {
    const binary = atob(text.replaceAll('-', '+').replaceAll('_', '/'));
    const bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
    return FATAL_DECODER.decode(bytes);
  } catch {
    return undefined;
  }
}

/**
 * The base64 of `secret` as it appears inside any longer base64 text: for each byte offset 0, 1, 2
 * of the secret within the encoded data, the characters that depend on the secret's bytes alone.
 * The first of them is the plain base64 of the secret less its last, partial character.
 */
function base64Cores(secret: string): string[] {
  const length = ENCODER.encode(secret).length;
  const cores: string[] = [];
  for (let offset = 0; offset < 3; offset++) {
    const encoded = base64(secret, offset);
    const from = Math.ceil((offset * 8) / 6);
    const to = Math.floor(((offset + length) * 8) / 6);
    if (to > from) cores.push(encoded.slice(from, to));
  }
  return cores;
}

function hexValue(code: number): number {
  if (code >= 48 && code <= 57) return code - 48;
  if (code >= 65 && code <= 70) return code - 55;
  if (code >= 97 && code <= 102) return code - 87;
  return -1;
}

/** The byte of the `%HH` escape at `at` (its hex digits already checked). */
function escapedByte(text: string, at: number): number {
  return (hexValue(text.charCodeAt(at + 1)) << 4) | hexValue(text.charCodeAt(at + 2));
}

/** True when a `%HH` escape starts at `at`. */
function isEscapeAt(text: string, at: number): boolean {
  return text.charCodeAt(at) === 37 /* % */ && hexValue(text.charCodeAt(at + 1)) >= 0 && hexValue(text.charCodeAt(at + 2)) >= 0;
}

/**
 * Decodes the run of escapes in [at, end) as UTF-8 into `out` from `length`, and returns the new
 * length. A byte that starts no valid character (overlong forms, surrogates and stray
 * continuation bytes included) gives U+FFFD, and decoding goes on at the next byte.
 */
function decodeRunInto(text: string, at: number, end: number, out: Uint16Array, length: number): number {
  let written = length;
  let i = at;
  while (i < end) {
    const lead = escapedByte(text, i);
    if (lead < 0x80) {
      out[written++] = lead;
      i += 3;
      continue;
    }
    let size = 0;
    let point = 0;
    let min = 0;
    if (lead >= 0xc2 && lead <= 0xdf) {
      size = 2;
      point = lead & 0x1f;
      min = 0x80;
    } else if (lead >= 0xe0 && lead <= 0xef) {
      size = 3;
      point = lead & 0x0f;
      min = 0x800;
    } else if (lead >= 0xf0 && lead <= 0xf4) {
      size = 4;
      point = lead & 0x07;
      min = 0x10000;
    }
    let valid = size > 0 && i + 3 * size <= end;
    for (let k = 1; valid && k < size; k++) {
      const next = escapedByte(text, i + 3 * k);
      if (next < 0x80 || next > 0xbf) valid = false;
      else point = (point << 6) | (next & 0x3f);
    }
    if (valid && (point < min || point > 0x10ffff || (point >= 0xd800 && point <= 0xdfff))) valid = false;
    if (!valid) {
      out[written++] = 0xfffd;
      i += 3;
      continue;
    }
    if (point >= 0x10000) {
      out[written++] = 0xd800 + ((point - 0x10000) >> 10);
      out[written++] = 0xdc00 + ((point - 0x10000) & 0x3ff);
    } else {
      out[written++] = point;
    }
    i += 3 * size;
  }
  return written;
}

// Code units to a string natively. Only a lone surrogate would change (to U+FFFD): decoding never
// makes one, and header and query secrets cannot hold one, so no secret is missed for it.
const UTF16 = /* @__PURE__ */ new TextDecoder('utf-16le');

/** The string of the first `length` UTF-16 code units. */
function fromCodeUnits(units: Uint16Array, length: number): string {
  return UTF16.decode(units.subarray(0, length));
}

/**
 * Decodes `%HH` escapes, leaving every other character (a stray `%`, a `%` without two hex digits)
 * as it is; `plus` also reads `+` as a space. Escapes are read as UTF-8; bytes that form no
 * character become U+FFFD. One pass over the text into a buffer of code units (never longer than
 * the text): linear, and no string per escape.
 */
export function percentDecode(text: string, plus: boolean): string {
  // Literal `+` become spaces first, so an escaped `%2B` still decodes to `+`.
  const source = plus ? text.replaceAll('+', ' ') : text;
  const first = source.indexOf('%');
  if (first < 0) return source;
  const out = new Uint16Array(source.length);
  let length = 0;
  for (let at = 0; at < first; at++) out[length++] = source.charCodeAt(at);
  let decodedAny = false;
  for (let at = first; at < source.length; ) {
    if (!isEscapeAt(source, at)) {
      out[length++] = source.charCodeAt(at);
      at++;
      continue;
    }
    let end = at + 3;
    while (isEscapeAt(source, end)) end += 3;
    length = decodeRunInto(source, at, end, out, length);
    decodedAny = true;
    at = end;
  }
  return decodedAny ? fromCodeUnits(out, length) : source;
}

/** A value without surrounding spaces and double quotes (`"abc"` -> `abc`). */
function unquote(value: string): string {
  const trimmed = value.trim();
  return trimmed.length >= 2 && trimmed.startsWith('"') && trimmed.endsWith('"') ? trimmed.slice(1, -1) : trimmed;
}

class Collector {
  readonly values: string[] = [];

  add(value: string): void {
    const trimmed = value.trim();
    if (trimmed === '' || this.values.length >= MAX_SECRETS) return;
    const secret = trimmed.length > MAX_SECRET_LENGTH ? trimmed.slice(0, MAX_SECRET_LENGTH) : trimmed;
    if (!this.values.includes(secret)) this.values.push(secret);
    // A value sent percent-encoded (a cookie, a query parameter) may be echoed decoded.
    if (secret.includes('%')) {
      const decoded = percentDecode(secret, false);
      if (decoded !== secret && !this.values.includes(decoded) && this.values.length < MAX_SECRETS) this.values.push(decoded);
    }
  }

  /** `Authorization: <scheme> <credentials>`: the whole value, the credentials, and what Basic hides. */
  addAuthorization(value: string): void {
    this.add(value);
    const space = value.indexOf(' ');
    if (space <= 0) return;
    const scheme = value.slice(0, space).toLowerCase();
    const credentials = value.slice(space + 1).trim();
    this.add(credentials);
    if (scheme === 'basic') {
      const decoded = fromBase64(credentials);
      if (decoded !== undefined) {
        this.add(decoded);
        const colon = decoded.indexOf(':');
        if (colon >= 0) this.add(decoded.slice(colon + 1));
      }
      return;
    }
    // `Digest username="a", response="..."`: each parameter value.
    if (credentials.includes('=') && credentials.includes(',')) {
      for (const part of credentials.split(',')) {
        const equals = part.indexOf('=');
        if (equals > 0) this.add(unquote(part.slice(equals + 1)));
      }
    }
  }

  /** `name=value; name2=value2` (a `Cookie` header) or `name=value; Path=/` (a `Set-Cookie`): the values. */
  addCookies(value: string, onlyFirst: boolean): void {
    if (onlyFirst) {
      // A `Set-Cookie`: only its first pair is the cookie; the attributes after it need no split.
      const end = value.indexOf(';');
      this.addPair(end < 0 ? value : value.slice(0, end));
      return;
    }
    for (const part of value.split(';')) this.addPair(part);
  }

  /** The value of a `name=value` pair. */
  addPair(part: string): void {
    const equals = part.indexOf('=');
    if (equals > 0) this.add(unquote(part.slice(equals + 1)));
  }
}

/** Collects the secrets of one exchange and works out the forms that get masked. */
export function collectSecrets(sources: SecretSources, policy: SecretPolicy): SecretSet {
  const collector = new Collector();
  for (const value of policy.values) collector.add(value);
  sources.forEachHeader((value, name) => {
    if (name === 'authorization' || name === 'proxy-authorization') collector.addAuthorization(value);
    else if (name === 'cookie') collector.addCookies(value, false);
    else if (SENSITIVE_HEADERS.has(name) || policy.headers.has(name)) collector.add(value);
  });
  if (sources.search.length > 1) {
    for (const pair of sources.search.slice(1).split('&')) {
      const equals = pair.indexOf('=');
      if (equals <= 0) continue;
      const name = percentDecode(pair.slice(0, equals), true).toLowerCase();
      if (!SENSITIVE_PARAMS.has(name) && !policy.params.has(name)) continue;
      const raw = pair.slice(equals + 1);
      collector.add(raw);
      collector.add(percentDecode(raw, true));
    }
  }
  for (const cookie of sources.setCookies) collector.addCookies(cookie, true);
  return formsOf(collector.values, policy);
}

/** Every form of one secret value that gets masked: as sent, percent-encoded, form-encoded, base64 (cores at each offset) and base64url. */
function formsOfValue(value: string): string[] {
  const forms = [value];
  const encoded = encodeURIComponent(value);
  if (encoded !== value) {
    forms.push(encoded);
    if (value.includes(' ')) forms.push(encoded.replaceAll('%20', '+'));
  }
  if (value.length >= MIN_ANYWHERE_LENGTH) {
    for (const core of base64Cores(value)) forms.push(core, toBase64Url(core));
  } else {
    // Too short for offset cores (they would be a few characters): the whole encoding, as a token.
    const whole = base64(value);
    forms.push(whole, toBase64Url(whole));
  }
  return forms.sort((a, b) => b.length - a.length);
}

/** The forms of a value, from the gateway's cache when it was seen lately (the same client sends the same token). */
function cachedForms(value: string, cache: Map<string, readonly string[]>): readonly string[] {
  return cache.get(value) ?? remember(cache, value, formsOfValue(value));
}

/** Sets `key` in a bounded map, first in first out: the oldest entry makes room. */
function remember<T>(cache: Map<string, T>, key: string, value: T): T {
  if (cache.size >= FORMS_CACHE_SIZE) {
    for (const oldest of cache.keys()) {
      cache.delete(oldest);
      break;
    }
  }
  cache.set(key, value);
  return value;
}

function sameValues(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function formsOf(values: readonly string[], policy: SecretPolicy): SecretSet {
  const last = policy.last.set;
  if (last !== undefined && sameValues(last.raw, values)) return last;
  // NUL cannot be in a header value, so it separates values unambiguously (a decoded query value
  // holding one only makes a different key, never a wrong hit).
  const key = values.join('\0');
  const set = policy.sets.get(key) ?? remember(policy.sets, key, mergedForms(values, policy));
  policy.last.set = set;
  return set;
}

function mergedForms(values: readonly string[], policy: SecretPolicy): SecretSet {
  const anywhere: string[] = [];
  const tokens: string[] = [];
  // A form listed twice is harmless (the second pass finds nothing left), so no dedupe.
  for (const value of values) {
    for (const form of cachedForms(value, policy.forms)) {
      if (form.length >= MIN_ANYWHERE_LENGTH) anywhere.push(form);
      else if (form !== '') tokens.push(form);
    }
  }
  // Longest first, so a longer form is not half-replaced by a shorter one it contains (each
  // value's forms are cached in that order already).
  if (values.length > 1) anywhere.sort((a, b) => b.length - a.length);
  return { anywhere, tokens, needles: [...new Set([...anywhere, ...tokens])], raw: values, patterns: policy.patterns };
}

export function isEmpty(secrets: SecretSet): boolean {
  return secrets.anywhere.length === 0 && secrets.tokens.length === 0 && secrets.patterns.length === 0;
}

function isWordChar(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

/**
 * True when `token` occurs in `text` not inside a longer run of letters and digits. Linear: after a
 * candidate that starts inside a word, the search resumes at the end of that word (no occurrence
 * starting inside it can be bounded), so each character is passed over a bounded number of times.
 */
export function containsToken(text: string, token: string): boolean {
  if (token === '') return false;
  const wordStart = isWordChar(token.charCodeAt(0));
  const wordEnd = isWordChar(token.charCodeAt(token.length - 1));
  let from = 0;
  for (;;) {
    const at = text.indexOf(token, from);
    if (at < 0) return false;
    const end = at + token.length;
    const boundedBefore = !wordStart || at === 0 || !isWordChar(text.charCodeAt(at - 1));
    const boundedAfter = !wordEnd || end === text.length || !isWordChar(text.charCodeAt(end));
    if (boundedBefore && boundedAfter) return true;
    if (wordStart) {
      // Every later start inside this run of letters and digits follows a letter or digit.
      let next = at + 1;
      while (next < text.length && isWordChar(text.charCodeAt(next))) next++;
      from = next;
    } else {
      from = at + 1;
    }
  }
}

// A `%HH` escape somewhere in the text: fixed length, so the test is linear.
const ESCAPE = /%[0-9A-Fa-f]{2}/;

function holdsSecret(decoded: string, secrets: SecretSet): boolean {
  for (const secret of secrets.raw) {
    if (secret.length >= MIN_ANYWHERE_LENGTH ? decoded.includes(secret) : containsToken(decoded, secret)) return true;
  }
  return false;
}

/** Whether `text` holds a short secret as a token, or any secret once percent-decoded. */
function needsWholeReplacement(text: string, secrets: SecretSet): boolean {
  for (const token of secrets.tokens) if (containsToken(text, token)) return true;
  if (text.includes('%') && ESCAPE.test(text)) {
    if (holdsSecret(percentDecode(text, false), secrets)) return true;
    if (text.includes('+') && holdsSecret(percentDecode(text, true), secrets)) return true;
  }
  return false;
}

/**
 * `text` with the exchange's secrets masked: long ones replaced where they occur, and the whole
 * text replaced when it holds a short one or an encoded echo that cannot be cut out in place.
 */
export function maskText(text: string, secrets: SecretSet): string {
  let out = text;
  for (const secret of secrets.anywhere) if (out.includes(secret)) out = out.replaceAll(secret, REDACTED);
  for (const pattern of secrets.patterns) {
    pattern.lastIndex = 0;
    out = out.replace(pattern, REDACTED);
  }
  return needsWholeReplacement(out, secrets) ? REDACTED : out;
}

/** A header value with the exchange's secrets masked, or `undefined` when nothing of it is left to send. */
export function maskHeaderValue(value: string, secrets: SecretSet): string | undefined {
  const masked = maskText(value, secrets);
  return masked === REDACTED ? undefined : masked;
}

/** True when `text` holds one of `needles`. */
export function containsAny(text: string, needles: readonly string[]): boolean {
  for (const needle of needles) if (text.includes(needle)) return true;
  return false;
}

/** Quick check on serialized text: could any secret be in it? False means nothing needs masking. */
export function mayContainSecret(text: string, secrets: SecretSet): boolean {
  return containsAny(text, secrets.needles) || mayContainSecretOtherwise(text, secrets);
}

/** `mayContainSecret` for text known to hold none of the secrets' `needles`: patterns, and echoes in percent-encodings. */
export function mayContainSecretOtherwise(text: string, secrets: SecretSet): boolean {
  if (secrets.patterns.length > 0) return true;
  return text.includes('%') && ESCAPE.test(text) && needsWholeReplacement(text, secrets);
}

/**
 * A copy of a JSON-safe value with secrets masked in every string (and object key), and numbers
 * equal to a secret replaced by the marker. `fromEntries` defines own properties, so a `__proto__`
 * key stays an ordinary key. Depth-capped: deeper values are replaced, not copied unchecked.
 */
export function maskValue(value: unknown, secrets: SecretSet, depth: number = 16): unknown {
  if (typeof value === 'string') return maskText(value, secrets);
  if (typeof value === 'number') {
    const text = String(value);
    return secrets.raw.includes(text) ? REDACTED : value;
  }
  if (typeof value !== 'object' || value === null) return value;
  if (depth <= 0) return REDACTED;
  if (Array.isArray(value)) return value.map((item: unknown) => maskValue(item, secrets, depth - 1));
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [maskText(key, secrets), maskValue(item, secrets, depth - 1)]));
}

/**
 * Core's redactor for an exchange, so the error itself (what `onProblem` logs, its `toJSON`, its
 * message) masks the request's secrets too, and core's own rules see the operator's credential
 * names: `createRedactor` with the long secrets (core masks a secret at any length, which for a
 * one-letter cookie would mask every such letter: short ones stay with the gateway's whole-field
 * rule) and the operator's header and parameter names as `keys`. `undefined` when there is
 * nothing to add to core's rules. Made once per secret set.
 */
export function coreRedactorOf(secrets: SecretSet, policy: SecretPolicy): Redactor | undefined {
  let redactor = policy.redactors.get(secrets);
  if (redactor !== undefined) return redactor;
  const long = longValues(secrets);
  if (long.length === 0 && policy.headers.size === 0 && policy.params.size === 0) return undefined;
  redactor = createRedactor({ secrets: long, keys: [...policy.headers, ...policy.params] });
  policy.redactors.set(secrets, redactor);
  return redactor;
}

/** The secret values core's redactor gets for an exchange (see `coreRedactorOf`): the long ones. */
function longValues(secrets: SecretSet): string[] {
  return secrets.raw.filter((value) => value.length >= MIN_ANYWHERE_LENGTH);
}

/** True for a character `JSON.stringify` writes as an escape: a form holding one is not found as it is in JSON text. */
function hasJsonEscape(form: string): boolean {
  for (let i = 0; i < form.length; i++) {
    const code = form.charCodeAt(i);
    if (code < 0x20 || code === 0x22 || code === 0x5c || (code >= 0xd800 && code <= 0xdfff)) return true;
  }
  return false;
}

/**
 * The forms of the exchange's secrets that core's redactor (`coreRedactorOf`) masks, to tell
 * whether it can be left off an error (see `coreRedactorChanges`); `null` when it cannot: the
 * operator named credential headers or parameters (core's rules then differ from its own, not
 * only by the secrets), or a form holds a character JSON escapes (it would not be found as it is
 * in a problem's JSON text). Made once per secret set.
 */
export function coreFormsOf(secrets: SecretSet, policy: SecretPolicy): readonly string[] | null {
  const known = policy.coreForms.get(secrets);
  if (known !== undefined) return known;
  let forms: string[] | null = null;
  if (policy.headers.size === 0 && policy.params.size === 0) {
    const all = new Set<string>();
    for (const value of longValues(secrets)) for (const form of secretForms(value)) if (form !== '') all.add(form);
    // The forms the gateway's own search looks for already are not searched twice (see `coreRedactorChanges`).
    for (const needle of secrets.needles) all.delete(needle);
    forms = [...all];
    if (forms.some(hasJsonEscape) || secrets.needles.some(hasJsonEscape)) forms = null;
  }
  policy.coreForms.set(secrets, forms);
  return forms;
}

// What core writes in place of a masked value, and the placeholder it uses while masking (a text
// holding that character comes out of its secret pass changed even when no secret was in it).
const CORE_PLACEHOLDER = '\uFFFF';

/**
 * Whether core's redactor for the exchange (see `coreFormsOf`, whose forms leave out the secrets'
 * `needles`) could change a problem rendered from an error that does not carry it yet, judged on
 * that problem's JSON text. False only when the text holds none of the secrets' forms (core's and
 * the gateway's), no `[redacted]` marker and no U+FFFF: every string core redacted then came out
 * of its pass unmasked, and core's redactor, whose rules differ from the error's own only by the
 * secrets, would have found nothing more in it. True means: apply it and render again.
 * `holdsNeedle` is `containsAny(json, secrets.needles)`, when the caller has it already.
 */
export function coreRedactorChanges(json: string, secrets: SecretSet, forms: readonly string[], holdsNeedle: boolean = containsAny(json, secrets.needles)): boolean {
  return holdsNeedle || json.includes(REDACTED) || json.includes(CORE_PLACEHOLDER) || containsAny(json, forms);
}
