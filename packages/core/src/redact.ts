// One redactor for every surface: a single left-to-right scanner over untrusted text (no regular
// expressions), linear in the input with explicit caps, plus a bounded deep copy for JSON data.

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

/** Extra rules for `createRedactor`; every redactor also applies all of errata's own rules. */
export interface RedactorOptions {
  /**
   * Exact values to mask wherever they appear, at any length: for each, its raw, percent-encoded,
   * JSON-escaped and base64 forms, and for a base64 value also the decoded text (and the password
   * of a decoded `user:password`). Use it for the credentials of the request at hand.
   */
  readonly secrets?: readonly string[];
  /**
   * More names whose values are credentials: in `name=value`, `name: value` and JSON form, as query
   * parameters and as header names. Matched ignoring case, `-` and `_` (`apiKey` = `API_KEY`).
   */
  readonly keys?: readonly string[];
  /** Prefixes of your own token formats (`acme_live_`): a word that starts with one is masked. */
  readonly prefixes?: readonly string[];
  /**
   * Your own test for a word (a run of letters, digits, `_`, `-` and `.`): return true to mask it.
   * Called at most once per word; a predicate that throws masks the word.
   */
  readonly isSecret?: (word: string) => boolean;
}

/** Masks credentials. Every method is total (never throws) and linear in its input. */
export interface Redactor {
  /** Free text: messages, header values, body excerpts, anything with URLs, tokens or `key=value` in it. */
  text(text: string): string;
  /** A URL or a path: user info, credential query and fragment values, token-like path segments. */
  url(url: string): string;
  /** One header value: `REDACTED` for credential headers, the value with its secrets masked otherwise. */
  header(name: string, value: string): string;
  /**
   * A JSON-safe deep copy of `value` with every string and key redacted and the values of credential
   * keys masked. Bounded (depth, node count and string length), cycle-safe; never throws.
   */
  value(value: unknown): unknown;
}

/** Longest text redacted; the rest is cut (a message or an excerpt is never near this). */
export const MAX_REDACTED_LENGTH: number = 1 << 20;
const TRUNCATED = '…';
// Bounds of `value()`: deep enough for any vendor's details, small enough for a log line.
const MAX_DEPTH = 12;
const MAX_NODES = 2000;
const MAX_STRING = 8192;
const MAX_CHARS = 65_536;
const MAX_SECRETS = 64;
// Past this many masks in one text the rest of it is masked whole: no error message or excerpt
// comes near it, and it bounds the output a hostile body can make the redactor build.
const MAX_MASKS = 4096;
const MAX_KEY_LENGTH = 40;

// Character classes, ASCII only. ATOM: identifiers and base64url; TOKEN: token68 (a credential after an
// auth scheme); STOP: what ends an unquoted value.
const ATOM = 1;
const TOKEN = 2;
const STOP = 4;
const CLASSES: Uint8Array = /* @__PURE__ */ (() => {
  const table = new Uint8Array(128);
  for (let c = 0; c < 128; c++) {
    const atom = (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 45;
    if (atom) table[c] = ATOM | TOKEN;
    if (c <= 32 || c === 127) table[c] = STOP;
  }
  for (const c of '.~+/') table[c.charCodeAt(0)] = TOKEN;
  for (const c of '"\'&,;<>`()[]{}|\\') table[c.charCodeAt(0)] = STOP;
  return table;
})();

/** True when `text` has the percent escape `%` + `hex` (two upper-case hex digits, matched in either case) at `at`. */
function isEscape(text: string, at: number, hex: string): boolean {
  return codeAt(text, at) === 37 && (codeAt(text, at + 1) | 32) === (hex.charCodeAt(0) | 32) && (codeAt(text, at + 2) | 32) === (hex.charCodeAt(1) | 32);
}

/** The UTF-16 unit at `at`, or 0 (a STOP) outside the text: out-of-bounds reads deoptimize hot loops. */
function codeAt(text: string, at: number): number {
  return at >= 0 && at < text.length ? text.charCodeAt(at) : 0;
}

function classOf(text: string, at: number): number {
  const c = codeAt(text, at);
  return c < 128 ? (CLASSES[c] ?? 0) : 0;
}

// How a credential name's value is found and judged (plain numbers: no TS enums).
const WEAK = 1; // only `name=value` is always a secret; `name: value` and JSON only when it looks like one
const STRONG = 2;
const LINE = 3; // cookies: the rest of the line
const AUTH = 4; // authorization: an optional scheme and its credential

// Normalized (lower-case, no `-`, `_`, `.`) names. Short or ambiguous names are WEAK so that a vendor's
// `"code": "INVALID_ARGUMENT"` or "key: name" stays readable.
const KEY_KINDS: ReadonlyMap<string, number> = /* @__PURE__ */ (() => {
  const kinds = new Map<string, number>();
  const strong =
    'token accesstoken refreshtoken idtoken authtoken apitoken bearertoken sessiontoken securitytoken csrftoken xsrftoken privatetoken oauthtoken ' +
    'xauthtoken xaccesstoken xamzsecuritytoken xcsrftoken xxsrftoken clientsecret secret secretkey privatekey apikey xapikey xgoogapikey apisecret ' +
    'password passwd passphrase signature xamzsignature xgoogsignature credential xamzcredential xgoogcredential sessionid sessid phpsessid ' +
    'jsessionid connectsid clientassertion jwt dpop';
  for (const name of strong.split(' ')) kinds.set(name, STRONG);
  for (const name of 'code key sig session sid auth pass pwd'.split(' ')) kinds.set(name, WEAK);
  kinds.set('cookie', LINE);
  kinds.set('setcookie', LINE);
  kinds.set('authorization', AUTH);
  kinds.set('proxyauthorization', AUTH);
  return kinds;
})();

// Auth schemes whose next word is a credential. Digest sends `response`/`cnonce` parameters instead.
const SCHEMES: readonly string[] = ['bearer', 'basic', 'bot', 'token', 'dpop', 'digest', 'negotiate', 'ntlm'];
const BASIC = 1;
const DIGEST = 5;

// Well-known token formats: GitHub, Stripe, OpenAI-style, Slack, AWS key ids, Google API keys, npm, GitLab.
const PREFIXES: readonly string[] = [
  'ghp_',
  'gho_',
  'ghu_',
  'ghs_',
  'ghr_',
  'github_pat_',
  'sk_',
  'rk_',
  'whsec_',
  'sk-',
  'xoxb-',
  'xoxp-',
  'xoxa-',
  'xoxr-',
  'xoxs-',
  'xoxe-',
  'xapp-',
  'AKIA',
  'ASIA',
  'AIza',
  'npm_',
  'glpat-',
];
const MIN_PREFIXED_LENGTH = 16;

interface Rules {
  readonly keys: ReadonlyMap<string, number>;
  readonly prefixes: readonly string[];
  readonly isSecret: ((word: string) => boolean) | undefined;
  readonly secrets: readonly string[];
}

const DEFAULT_RULES: Rules = { keys: KEY_KINDS, prefixes: PREFIXES, isSecret: undefined, secrets: [] };

function lower(c: number): number {
  return c >= 65 && c <= 90 ? c | 32 : c;
}

/** The name's normalized form (lower-case, without `-`, `_`, `.`), or '' when it is too long to be a key. */
function normalize(text: string, from: number, to: number): string {
  if (to - from > MAX_KEY_LENGTH) return '';
  const name = text.slice(from, to).toLowerCase();
  return name.includes('-') || name.includes('_') || name.includes('.') ? name.replaceAll('-', '').replaceAll('_', '').replaceAll('.', '') : name;
}

/**
 * Whether a word looks like a credential rather than prose: 8+ characters with letters and digits,
 * or letters with several lower-to-upper case changes (base64). `loose` (after an auth scheme) also
 * takes long letter runs and punctuated words; "Bearer authentication failed" keeps its words.
 */
function looksSecret(text: string, from: number, to: number, loose: boolean): boolean {
  const length = to - from;
  if (length < 8) return false;
  // A run this long after a credential name or scheme is no prose word; deciding without reading it
  // keeps repeated names over one long value linear.
  if (length > 256) return true;
  let letters = 0;
  let digits = 0;
  let other = 0;
  let changes = 0;
  let wasLower = false;
  for (let at = from; at < to; at++) {
    const c = codeAt(text, at);
    const isLower = c >= 97 && c <= 122;
    if (isLower || (c >= 65 && c <= 90)) {
      letters++;
      if (!isLower && wasLower) changes++;
    } else if (c >= 48 && c <= 57) digits++;
    else other++;
    wasLower = isLower;
  }
  if (letters === 0) return false;
  if (digits > 0 || changes >= 2) return true;
  return loose && (length >= 16 || (other > 0 && length >= 12));
}

function isHex(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 97 && c <= 102) || (c >= 65 && c <= 70);
}

/** A path segment that is a token (webhook tokens, API keys), not an id, a UUID or a slug. */
function isTokenSegment(text: string, from: number, to: number): boolean {
  const length = to - from;
  if (length < 16) return false;
  let upper = false;
  let lowerCase = false;
  let digits = false;
  let hex = true;
  for (let at = from; at < to; at++) {
    const c = codeAt(text, at);
    if (c >= 65 && c <= 90) upper = true;
    else if (c >= 97 && c <= 122) lowerCase = true;
    else if (c >= 48 && c <= 57) digits = true;
    if (!isHex(c) && !(c === 45 && length === 36)) hex = false;
  }
  if (!upper && !lowerCase) return false; // snowflakes and other numeric ids
  if (hex && length === 36) return false; // a UUID
  if (length >= 40 || (hex && length >= 32)) return true;
  return upper && lowerCase && (digits || looksSecret(text, from, to, false));
}

function base64Digit(c: number): number {
  if (c >= 65 && c <= 90) return c - 65;
  if (c >= 97 && c <= 122) return c - 71;
  if (c >= 48 && c <= 57) return c + 4;
  if (c === 43 || c === 45) return 62;
  return c === 47 || c === 95 ? 63 : -1;
}

/** True when base64 (either alphabet) in [from, to) decodes to bytes with a `:` (Basic's `user:password`). */
function decodesToPair(text: string, from: number, to: number): boolean {
  let bits = 0;
  let count = 0;
  const end = Math.min(to, from + 1024);
  for (let at = from; at < end; at++) {
    const value = base64Digit(codeAt(text, at));
    if (value < 0) return false;
    bits = ((bits << 6) | value) & 0xffffff;
    count += 6;
    if (count >= 8) {
      count -= 8;
      if (((bits >> count) & 0xff) === 58) return true;
    }
  }
  return false;
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9;
}

function isAtom(c: number): boolean {
  return c < 128 && ((CLASSES[c] ?? 0) & ATOM) !== 0;
}

/** The index of the auth scheme that [start, end) names (any case), or -1. */
function schemeOf(text: string, start: number, end: number): number {
  const length = end - start;
  if (length < 3 || length > 9) return -1;
  const first = lower(codeAt(text, start));
  if (first !== 98 && first !== 116 && first !== 100 && first !== 110) return -1;
  search: for (let index = 0; index < SCHEMES.length; index++) {
    const name = SCHEMES[index] ?? '';
    if (name.length !== length) continue;
    for (let at = 0; at < length; at++) if (lower(codeAt(text, start + at)) !== name.charCodeAt(at)) continue search;
    return index;
  }
  return -1;
}

/** Where the credential after an auth scheme ending at `end` starts: past spaces, `+` or `%20`. */
function credentialStart(text: string, end: number): number {
  return spacesEnd(text, end);
}

const AUTH_PARAMS = -1;

/** The end of a token68 run from `from`, percent escapes included (a form body), `%3D` excluded. */
function tokenEnd(text: string, from: number): number {
  let at = from;
  for (;;) {
    if (classOf(text, at) & TOKEN) at++;
    else if (codeAt(text, at) === 37 && isHex(codeAt(text, at + 1)) && isHex(codeAt(text, at + 2)) && !isEscape(text, at, '3D')) at += 3;
    else return at;
  }
}

/** A lower-case token such as `realm` or `error_description`: no upper case, at most 40 characters. */
function isParameterName(text: string, from: number, to: number): boolean {
  if (to - from > MAX_KEY_LENGTH) return false;
  for (let at = from; at < to; at++) {
    const c = codeAt(text, at);
    if ((c >= 65 && c <= 90) || (classOf(text, at) & ATOM) === 0) return false;
  }
  return true;
}

/**
 * The end of the credential after an auth scheme ending at `end` (`scheme`: its index, or -1 for an
 * unknown one after `Authorization:`), 0 when there is none, or `AUTH_PARAMS` when `name=value`
 * parameters follow instead (`Bearer realm="x"`, Digest's response).
 */
function credentialEnd(text: string, end: number, scheme: number, forced: boolean): number {
  const start = credentialStart(text, end);
  if (start === end) return 0;
  const stop = tokenEnd(text, start);
  if (stop === start) return 0;
  let padded = stop;
  while (codeAt(text, padded) === 61) padded++;
  // `realm="x"` (or `realm%3D%22x` in a form body): an auth parameter, whose names are lower-case
  // tokens, not `…QUE="` ending a quoted credential.
  const parameter = padded === stop + 1 ? classOf(text, padded) & TOKEN || codeAt(text, padded) === 34 : isEscape(text, stop, '3D');
  if (parameter && isParameterName(text, start, stop)) return AUTH_PARAMS;
  return forced || looksSecret(text, start, padded, true) || (scheme === BASIC && decodesToPair(text, start, stop)) ? padded : 0;
}

/** Where the separator after a key [start, end) is: past a closing quote (`"`, `'`, `\\"`, `%22`) and spaces. */
function separatorAt(text: string, end: number): number {
  let at = end;
  const c = codeAt(text, at);
  if (c === 34 || c === 39) at++;
  else if (c === 92 && codeAt(text, at + 1) === 34) at += 2;
  else if (isEscape(text, at, '22') || isEscape(text, at, '27')) at += 3;
  return spacesEnd(text, at);
}

/** Past spaces and tabs, and in URL-encoded text `+` and `%20`. */
function spacesEnd(text: string, from: number): number {
  let at = from;
  for (;;) {
    const c = codeAt(text, at);
    if (isSpace(c) || c === 43) at++;
    else if (isEscape(text, at, '20')) at += 3;
    else return at;
  }
}

/** Where the value starts after the separator at `at` (`=`, `:`, or either percent-encoded), or 0 when there is none. */
function valueStartAt(text: string, at: number): number {
  const c = codeAt(text, at);
  if (c === 61) return codeAt(text, at + 1) === 61 ? 0 : at + 1;
  if (c === 37) return isEscape(text, at, '3D') || isEscape(text, at, '3A') ? at + 3 : 0;
  return c === 58 && !text.startsWith('//', at + 1) ? at + 1 : 0;
}

/**
 * Where a word really starts: in URL-encoded text `%22token` is a quote and `token`, so the two
 * hex digits after a `%` are not part of the word.
 */
function escapedStart(text: string, start: number, end: number): number {
  return codeAt(text, start - 1) === 37 && isHex(codeAt(text, start)) && isHex(codeAt(text, start + 1)) ? Math.min(start + 2, end) : start;
}

/** True when [start, end), followed by the separator at `at`, is a credential name or a URL scheme. */
function isKeyOrUrl(text: string, start: number, end: number): boolean {
  const separator = separatorAt(text, end);
  if (codeAt(text, separator) === 58 && text.startsWith('//', separator + 1)) return true;
  // No credential name is shorter than three characters (`sig`, `sid`, `key`, `pwd`, `jwt`).
  return end - start >= 3 && valueStartAt(text, separator) > 0 && (codeAt(text, separator) !== 58 || KEY_KINDS.has(normalize(text, start, end)));
}

/**
 * True when errata's own rules could not mask anything in `text`: no long word, no dotted word, no
 * URL, no auth scheme with a credential, no `=` / `%3D` after a word, no credential name before a
 * `:`. It allocates nothing and does little per character, which is what lets a parse redact
 * `message` at once: typical messages are clean and come back as they are.
 */
function isClean(text: string): boolean {
  const n = text.length;
  let dots = 0;
  let at = 0;
  while (at < n) {
    let c = codeAt(text, at);
    if (c >= 128 || ((CLASSES[c] ?? 0) & ATOM) === 0) {
      at++;
      continue;
    }
    let start = at;
    do c = codeAt(text, ++at);
    while (c < 128 && ((CLASSES[c] ?? 0) & ATOM) !== 0);
    start = escapedStart(text, start, at);
    if (at - start >= MIN_PREFIXED_LENGTH) return false;
    if (c === 46) {
      // A dot inside a word: two of them may be a JWT or a bot token.
      if (isAtom(codeAt(text, at + 1)) && ++dots >= 2) return false;
      continue;
    }
    dots = 0;
    if (c === 32 || c === 9 || c === 43 || c === 37) {
      const scheme = schemeOf(text, start, at);
      if (scheme >= 0 && credentialEnd(text, at, scheme, false) !== 0) return false;
      if (c !== 37) {
        let next = at + 1;
        while (isSpace(codeAt(text, next))) next++;
        c = codeAt(text, next);
        if (c !== 61 && c !== 58) continue;
      }
    }
    if ((c === 61 || c === 58 || c === 37 || c === 34 || c === 39 || c === 92) && isKeyOrUrl(text, start, at)) return false;
  }
  return true;
}

/** The full pass, for text the quick check could not clear. State lives in fields (one shape). */
class Scan {
  readonly text: string;
  readonly rules: Rules;
  /** What is kept and the markers, joined once at the end (many masks stay linear). */
  readonly out: string[] = [];
  copied = 0;
  /** End of the last whole word (letters, digits, `_`, `-`, `.`) examined, so none is examined twice. */
  wordEnd = 0;
  /** Inside a Digest credential until the line ends: its `response` and `cnonce` are secrets. */
  digest = false;
  /** Cached end of the unquoted value that starts at or before `stopFrom`, so values are scanned once. */
  stopFrom = -1;
  stopAt = 0;

  constructor(text: string, rules: Rules) {
    this.text = text;
    this.rules = rules;
  }

  mask(from: number, to: number): void {
    if (to <= from || (to - from === REDACTED.length && this.text.startsWith(REDACTED, from))) return;
    this.out.push(this.text.slice(this.copied, from), REDACTED);
    this.copied = this.out.length < 2 * MAX_MASKS ? to : this.text.length;
  }

  run(): string {
    const { text, rules } = this;
    const n = text.length;
    // Short words followed by a space or punctuation that starts no rule are passed over here.
    const quick = rules.prefixes === PREFIXES && rules.isSecret === undefined;
    let at = 0;
    while (at < n && this.copied < n) {
      const c = text.charCodeAt(at);
      if (c >= 128 || ((CLASSES[c] ?? 0) & ATOM) === 0) {
        if (c === 10 || c === 13) this.digest = false;
        at++;
        continue;
      }
      let end = at + 1;
      let next = codeAt(text, end);
      while (next < 128 && ((CLASSES[next] ?? 0) & ATOM) !== 0) next = codeAt(text, ++end);
      const length = end - at;
      if (
        quick &&
        length < MIN_PREFIXED_LENGTH &&
        // Followed by punctuation that starts no rule; inside a dotted word already examined whole;
        // or too short to be a credential name before `=`.
        ((next < 128 && ((CLASSES[next] ?? 0) & STOP) !== 0 && next !== 32 && next !== 9 && next !== 34 && next !== 39 && next !== 92) ||
          (next === 46 && at < this.wordEnd) ||
          // Too short for a credential name or a scheme: only a URL or a dotted word can start here.
          (length < 3 && next !== 37 && next !== 46 && (next !== 58 || !text.startsWith('//', end + 1))))
      ) {
        at = end;
        continue;
      }
      const start = escapedStart(text, at, end);
      at = start < end ? this.atom(start, end) : end;
    }
    if (this.copied === 0) return text;
    this.out.push(text.slice(this.copied));
    return this.out.join('');
  }

  /** Examines the word [start, end) and what follows it; returns where scanning resumes. */
  atom(start: number, end: number): number {
    const { text } = this;
    const next = codeAt(text, end);
    // A URL (also percent-encoded, inside a form body or a query): its user info is masked; the
    // path, query and fragment are scanned like any text.
    if (lower(codeAt(text, start)) >= 97) {
      if (next === 58 && text.startsWith('//', end + 1)) return this.authority(end + 3, false);
      if (isEscape(text, end, '3A') && isEscape(text, end + 3, '2F') && isEscape(text, end + 6, '2F')) return this.authority(end + 9, true);
    }
    if (start >= this.wordEnd) {
      let wordEnd = end;
      while (wordEnd < text.length && (isAtom(codeAt(text, wordEnd)) || codeAt(text, wordEnd) === 46)) wordEnd++;
      this.wordEnd = wordEnd;
      while (codeAt(text, wordEnd - 1) === 46) wordEnd--;
      if ((wordEnd > end || this.rules.isSecret !== undefined) && this.isSecretWord(start, wordEnd)) {
        this.mask(start, wordEnd);
        return wordEnd;
      }
    }
    const { prefixes } = this.rules;
    if (end - start >= MIN_PREFIXED_LENGTH || prefixes !== PREFIXES) {
      // errata's own prefixes need a whole token (16+ characters); yours only something after the prefix.
      for (let index = 0; index < prefixes.length; index++) {
        const prefix = prefixes[index] ?? '';
        if (text.startsWith(prefix, start) && end - start >= (index < PREFIXES.length ? MIN_PREFIXED_LENGTH : prefix.length + 1)) {
          this.mask(start, end);
          return end;
        }
      }
    }
    // A scheme is followed by a space (`+`, `%20` in a query); a name by `=`, `:`, `%3D`, a quote or spaces.
    const scheme = next === 32 || next === 9 || next === 43 || next === 37 ? schemeOf(text, start, end) : -1;
    if (scheme >= 0) {
      const stop = credentialEnd(text, end, scheme, false);
      if (stop === AUTH_PARAMS && scheme === DIGEST) this.digest = true;
      if (stop > 0) {
        this.mask(credentialStart(text, end), stop);
        return stop;
      }
    }
    if (next !== 46 && next !== 45 && next !== 43 && next !== 47) {
      const resumed = this.keyValue(start, end);
      if (resumed > 0) return resumed;
    }
    // A path segment (after `/`, or `%2F` in an encoded URL) that is a token, such as a webhook's.
    if (end - start >= MIN_PREFIXED_LENGTH && (codeAt(text, start - 1) === 47 || isEscape(text, start - 3, '2F')) && isTokenSegment(text, start, end)) this.mask(start, end);
    return end;
  }

  /** JWT/JWS/JWE, Discord bot tokens, and the user's own predicate, on a whole dotted word. */
  isSecretWord(start: number, end: number): boolean {
    const { text } = this;
    const { isSecret } = this.rules;
    if (isSecret !== undefined) {
      try {
        if (isSecret(text.slice(start, end))) return true;
      } catch {
        return true;
      }
    }
    let dots = 0;
    let first = 0;
    let second = 0;
    let segment = start;
    for (let at = start; at <= end; at++) {
      if (at === end || codeAt(text, at) === 46) {
        if (dots === 0) first = at - start;
        else if (dots === 1) second = at - segment;
        if (at < end) dots++;
        segment = at + 1;
      }
    }
    if (dots < 2) return false;
    if (text.startsWith('eyJ', start) && first >= 12) return true;
    // Discord: base64 of the bot's snowflake, a timestamp, an HMAC.
    const last = end - segment;
    return dots === 2 && first >= 18 && second >= 4 && last >= 25 && looksSecret(text, start, start + first, false) && looksSecret(text, segment, end, false);
  }

  /** `name=value`, `name: value`, `"name": "value"` (also JSON inside a JSON string). */
  keyValue(start: number, end: number): number {
    const { text } = this;
    if (end - start < 3 || end - start > MAX_KEY_LENGTH) return 0;
    const separator = separatorAt(text, end);
    let valueStart = valueStartAt(text, separator);
    if (valueStart === 0) return 0;
    const name = normalize(text, start, end);
    let kind = this.rules.keys.get(name) ?? 0;
    if (this.digest && (name === 'response' || name === 'cnonce')) kind = STRONG;
    if (kind === 0) return 0;
    const equals = codeAt(text, separator) === 61 || isEscape(text, separator, '3D');
    valueStart = spacesEnd(text, valueStart);
    // A percent-encoded opening quote (a form body): the value then runs like an unquoted one.
    if (isEscape(text, valueStart, '22') || isEscape(text, valueStart, '27')) valueStart += 3;
    // Quoted: `"…"`, `'…'` or `\"…\"`; the value runs to the closing quote (or the line's end).
    let quote = codeAt(text, valueStart);
    let quoteLength = 1;
    if (quote === 92 && codeAt(text, valueStart + 1) === 34) quoteLength = 2;
    else if (quote !== 34 && quote !== 39) quoteLength = 0;
    if (quoteLength === 2) quote = 34;
    let valueEnd: number;
    let resume: number;
    if (quoteLength > 0) {
      valueEnd = this.closingQuote(valueStart + quoteLength, quote, quoteLength === 2);
      resume = valueEnd + (codeAt(text, valueEnd) === quote || codeAt(text, valueEnd) === 92 ? quoteLength : 0);
      valueStart += quoteLength;
    } else if (kind === AUTH) {
      return this.authorization(valueStart);
    } else {
      valueEnd = kind === LINE ? this.lineEnd(valueStart) : this.valueEnd(valueStart);
      resume = valueEnd;
    }
    if (valueEnd <= valueStart || text.startsWith(REDACTED, valueStart)) return 0;
    if (kind === WEAK && (quoteLength > 0 || !equals) && !looksSecret(text, valueStart, valueEnd, false)) return 0;
    this.mask(valueStart, valueEnd);
    return resume;
  }

  /** After `Authorization:`: `<scheme> <credential>` (any scheme), or a bare credential. */
  authorization(start: number): number {
    const { text } = this;
    let end = start;
    while (end < text.length && isAtom(codeAt(text, end))) end++;
    if (end === start) return 0;
    if (spacesEnd(text, end) > end && !looksSecret(text, start, end, true)) {
      const scheme = schemeOf(text, start, end);
      const stop = scheme === DIGEST ? AUTH_PARAMS : credentialEnd(text, end, scheme, true);
      if (stop === AUTH_PARAMS) this.digest ||= scheme === DIGEST;
      if (stop <= 0) return end;
      this.mask(credentialStart(text, end), stop);
      return stop;
    }
    let stop = tokenEnd(text, start);
    while (codeAt(text, stop) === 61) stop++;
    this.mask(start, stop);
    return stop;
  }

  valueEnd(start: number): number {
    if (start <= this.stopAt && start >= this.stopFrom) return this.stopAt;
    let at = start;
    while (at < this.text.length && (classOf(this.text, at) & STOP) === 0) at++;
    this.stopFrom = start;
    this.stopAt = at;
    return at;
  }

  lineEnd(start: number): number {
    let at = start;
    for (let c = codeAt(this.text, at); at < this.text.length && c !== 10 && c !== 13; c = codeAt(this.text, ++at));
    return at;
  }

  closingQuote(start: number, quote: number, escaped: boolean): number {
    const { text } = this;
    let at = start;
    while (at < text.length) {
      const c = codeAt(text, at);
      if (c === 10 || c === 13) break;
      if (c === 92) {
        if (escaped && codeAt(text, at + 1) === quote) break;
        at += 2;
        continue;
      }
      if (c === quote && !escaped) break;
      at++;
    }
    return Math.min(at, text.length);
  }

  /**
   * After `scheme://`: masks the user info (up to the last `@` of the authority); returns the
   * authority's end. In a percent-encoded URL, `%40`, `%3A` and `%2F` are its delimiters.
   */
  authority(start: number, encoded: boolean): number {
    const { text } = this;
    let at = start;
    let colon = -1;
    let colonEnd = -1;
    let lastAt = -1;
    while (at < text.length) {
      let c = codeAt(text, at);
      let width = 1;
      if (encoded && c === 37 && isHex(codeAt(text, at + 1)) && isHex(codeAt(text, at + 2))) {
        c = Number.parseInt(text.slice(at + 1, at + 3), 16);
        width = 3;
      }
      if (c === 47 || c === 63 || c === 35 || (width === 1 && classOf(text, at) & STOP)) break;
      if (c === 64) lastAt = at;
      else if (c === 58 && colon < 0) {
        colon = at;
        colonEnd = at + width;
      }
      at += width;
    }
    if (lastAt >= 0) {
      const userEnd = colon >= 0 && colon < lastAt ? colon : lastAt;
      this.mask(start, userEnd);
      if (userEnd < lastAt) this.mask(colonEnd, lastAt);
    }
    return at;
  }
}

function maskSecrets(text: string, secrets: readonly string[]): string {
  if (secrets.length === 0) return text;
  // Markers already written stay whole, so a short secret such as `red` never rewrites one.
  if (text.includes(REDACTED)) return text.split(REDACTED).map((piece) => maskSecrets(piece, secrets)).join(REDACTED);
  // One left-to-right pass over the earliest match of any form (the longest first on ties: the
  // list is sorted by length), each form searched again only once passed.
  const found = secrets.map((secret) => text.indexOf(secret));
  const out: string[] = [];
  let from = 0;
  for (;;) {
    let best = -1;
    let position = text.length;
    for (let index = 0; index < found.length; index++) {
      const at = found[index] ?? -1;
      if (at >= 0 && at < position) {
        best = index;
        position = at;
      }
    }
    if (best < 0) break;
    out.push(text.slice(from, position), REDACTED);
    from = out.length < 2 * MAX_MASKS ? position + (secrets[best] ?? '').length : text.length;
    for (let index = 0; index < found.length; index++) {
      const at = found[index] ?? -1;
      if (at >= 0 && at < from) found[index] = text.indexOf(secrets[index] ?? '', from);
    }
  }
  if (from === 0) return text;
  out.push(text.slice(from));
  return out.join('');
}

function redactWith(text: string, rules: Rules): string {
  // Total on any input: a non-string (a type error in the caller) shows as nothing, not as itself.
  if (typeof text !== 'string') return typeof text === 'number' || typeof text === 'boolean' || typeof text === 'bigint' ? String(text) : '';
  const capped = text.length > MAX_REDACTED_LENGTH ? text.slice(0, MAX_REDACTED_LENGTH) + TRUNCATED : text;
  const masked = maskSecrets(capped, rules.secrets);
  if (rules.keys === KEY_KINDS && rules.prefixes === PREFIXES && rules.isSecret === undefined && isClean(masked)) return masked;
  return new Scan(masked, rules).run();
}

function headerWith(name: string, value: string, rules: Rules): string {
  if (typeof name !== 'string') return REDACTED;
  const kind = rules.keys.get(normalize(name, 0, name.length)) ?? 0;
  return SENSITIVE_HEADERS.has(name.toLowerCase()) || kind >= STRONG ? REDACTED : redactWith(value, rules);
}

interface Budget {
  nodes: number;
  chars: number;
}

function copyWith(value: unknown, rules: Rules, depth: number, budget: Budget, ancestors: unknown[]): unknown {
  if (budget.nodes-- <= 0) return undefined;
  switch (typeof value) {
    case 'string': {
      const room = Math.max(1, Math.min(MAX_STRING, budget.chars));
      budget.chars -= value.length;
      return redactWith(value.length > room ? value.slice(0, room - 1) + TRUNCATED : value, rules);
    }
    case 'number':
      return Number.isFinite(value) ? value : null;
    case 'boolean':
      return value;
    case 'bigint':
      return String(value);
    case 'object':
      break;
    default:
      return undefined;
  }
  if (value === null) return null;
  if (depth >= MAX_DEPTH || ancestors.includes(value)) return REDACTED;
  ancestors.push(value);
  try {
    if (Array.isArray(value)) {
      const items: unknown[] = [];
      for (const item of value as unknown[]) {
        if (budget.nodes <= 0) break;
        const copy = copyWith(item, rules, depth + 1, budget, ancestors);
        items.push(copy === undefined ? null : copy);
      }
      return items;
    }
    if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString();
    const entries: [string, unknown][] = [];
    for (const key of Object.keys(value)) {
      if (budget.nodes <= 0) break;
      const kind = rules.keys.get(normalize(key, 0, key.length)) ?? 0;
      const item: unknown = (value as Record<string, unknown>)[key];
      let copy: unknown;
      if (kind >= STRONG && item !== null && item !== undefined && item !== '') copy = REDACTED;
      else if (kind === WEAK && typeof item === 'string' && looksSecret(item, 0, item.length, false)) copy = REDACTED;
      else copy = copyWith(item, rules, depth + 1, budget, ancestors);
      if (copy !== undefined) entries.push([redactWith(key, rules), copy]);
    }
    // fromEntries defines own properties: a `__proto__` key stays a key.
    return Object.fromEntries(entries);
  } catch {
    return REDACTED;
  } finally {
    ancestors.pop();
  }
}

function valueWith(value: unknown, rules: Rules): unknown {
  return copyWith(value, rules, 0, { nodes: MAX_NODES, chars: MAX_CHARS }, []);
}

function encodings(secret: string): string[] {
  const forms = [secret];
  const add = (form: string | undefined): void => {
    if (form !== undefined && form !== '' && !forms.includes(form)) forms.push(form);
  };
  const attempt = (make: () => string): string | undefined => {
    try {
      return make();
    } catch {
      return undefined;
    }
  };
  const encoded = encodeURIComponent(secret);
  add(encoded);
  add(encoded.replaceAll('%20', '+'));
  // Some encoders write lower-case hex; only the escapes change case, never the text between them.
  add(encoded.split('%').map((part, index) => (index === 0 ? part : part.slice(0, 2).toLowerCase() + part.slice(2))).join('%'));
  add(JSON.stringify(secret).slice(1, -1));
  add(attempt(() => decodeURIComponent(secret.replaceAll('+', ' '))));
  const bytes = new TextEncoder().encode(secret);
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  const base64 = btoa(binary);
  const unpadded = base64.replaceAll('=', '');
  add(base64);
  add(unpadded);
  add(unpadded.replaceAll('+', '-').replaceAll('/', '_'));
  // A base64 value (a Basic credential): its decoded text, and the password of `user:password`.
  const decoded = attempt(() => {
    const raw = atob(secret.replaceAll('-', '+').replaceAll('_', '/'));
    return new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(raw, (char) => char.charCodeAt(0)));
  });
  if (decoded !== undefined && secret.length >= 4) {
    add(decoded);
    const colon = decoded.indexOf(':');
    if (colon >= 0) add(decoded.slice(colon + 1));
  }
  return forms;
}

function strings(list: unknown): string[] {
  return Array.isArray(list) ? (list as unknown[]).filter((item): item is string => typeof item === 'string' && item !== '').slice(0, MAX_SECRETS) : [];
}

function rulesOf(options: RedactorOptions): Rules {
  const keys = new Map(KEY_KINDS);
  for (const key of strings(options.keys)) keys.set(normalize(key, 0, key.length), STRONG);
  const prefixes = strings(options.prefixes);
  const secrets: string[] = [];
  for (const secret of strings(options.secrets)) for (const form of encodings(secret)) if (!secrets.includes(form)) secrets.push(form);
  // Longest first: where two forms start at the same place, the longer one is masked whole.
  secrets.sort((a, b) => b.length - a.length);
  const { isSecret } = options;
  return {
    keys: keys.size === KEY_KINDS.size ? KEY_KINDS : keys,
    prefixes: prefixes.length === 0 ? PREFIXES : [...PREFIXES, ...prefixes],
    isSecret: typeof isSecret === 'function' ? isSecret : undefined,
    secrets,
  };
}

// Redactors made here, the only ones errors accept: their methods never throw.
const MADE = /* @__PURE__ */ new WeakSet();

/** True for redactors made by `createRedactor` (and errata's own). Internal. */
export function isRedactor(value: unknown): value is Redactor {
  return typeof value === 'object' && value !== null && (value === DEFAULT_REDACTOR || MADE.has(value));
}

/**
 * A redactor with errata's rules plus yours: secret values (the request's own credentials), key
 * names, token prefixes and a word predicate. Pass it to `createRegistry({ redactor })` or
 * `redactWith(error, redactor)` so every surface of those errors uses it.
 */
export function createRedactor(options: RedactorOptions = {}): Redactor {
  let rules = DEFAULT_RULES;
  try {
    rules = rulesOf(options);
  } catch {
    // Options that cannot be read (a hostile Proxy) add nothing; errata's own rules still apply.
  }
  const redactor: Redactor = {
    text: (text) => redactWith(text, rules),
    url: (url) => redactWith(url, rules),
    header: (name, value) => headerWith(name, value, rules),
    value: (value) => valueWith(value, rules),
  };
  MADE.add(redactor);
  return redactor;
}

/** The value to show for a header: `REDACTED` for credential headers, else the value with secrets masked. */
export function redactHeaderValue(name: string, value: string): string {
  return headerWith(name, value, DEFAULT_RULES);
}

/**
 * A URL (or a path) with user info, credential query and fragment values and token-like path
 * segments replaced. Text that is not a URL comes back with its secrets masked as `redactText` does.
 */
export function redactUrl(url: string): string {
  return redactWith(url, DEFAULT_RULES);
}

/**
 * Masks credentials in free text: auth schemes with their credentials (Bearer, Basic, Bot, token,
 * DPoP, Digest), JWTs, well-known token formats, `key=value` / `key: value` / JSON forms of
 * credential names, cookies, URL user info and token path segments. Prose stays readable.
 */
export function redactText(text: string): string {
  return redactWith(text, DEFAULT_RULES);
}

/** errata's own rules as a `Redactor`: what errors use unless given another. Internal. */
export const DEFAULT_REDACTOR: Redactor = {
  text: redactText,
  url: redactUrl,
  header: redactHeaderValue,
  value: (value) => valueWith(value, DEFAULT_RULES),
};

/** `second` applied after `first`: both idempotent, so the result masks what either would. Internal. */
export function chainRedactors(first: Redactor, second: Redactor): Redactor {
  if (first === DEFAULT_REDACTOR || first === second) return second;
  const chained: Redactor = {
    text: (text) => second.text(first.text(text)),
    url: (url) => second.url(first.url(url)),
    header: (name, value) => second.header(name, first.header(name, value)),
    value: (value) => second.value(first.value(value)),
  };
  MADE.add(chained);
  return chained;
}

/**
 * The first `length` characters of `text`, redacted before the cut (over twice the length), so a
 * secret that straddles the cut is still recognized whole. Internal.
 */
export function excerptOf(text: string, length: number, redactor: Redactor): string {
  return redactor.text(text.slice(0, length * 2)).slice(0, length);
}
