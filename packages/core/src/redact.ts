// One redactor for every surface. Free text goes through one left-to-right pass over char codes
// (no regular expressions on untrusted text), linear with explicit caps. The pass reads words and
// what follows each: a small table says what a name's value is (`NAMES`), and one predicate,
// `looksSecret`, decides whether a run of characters is a credential or readable text. JSON data
// gets a bounded copy whose strings and keys go through the same pass. Sizes are in REDACTION.md.

/** What replaces a secret on every surface errata produces. */
export const REDACTED = '[redacted]';

/** Header names whose values are credentials. Compared lower-case. */
export const SENSITIVE_HEADERS: ReadonlySet<string> = /* @__PURE__ */ wordSet(
  'authorization proxy-authorization cookie set-cookie x-api-key x-auth-token x-csrf-token x-xsrf-token x-amz-security-token dpop',
);

/** Query parameters whose values are credentials. Compared lower-case. */
export const SENSITIVE_PARAMS: ReadonlySet<string> = /* @__PURE__ */ wordSet(
  'access_token refresh_token id_token token code client_secret api_key apikey key password secret signature sig x-amz-signature x-amz-credential x-amz-security-token',
);

function wordSet(words: string): Set<string> {
  return new Set(words.split(' '));
}

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
export const MAX_REDACTED_LENGTH: number = 1_048_576;
// Past this many masks in one text the rest of it is masked whole: no message or excerpt comes
// near it, and it bounds both the work and the output a hostile body can cause.
const MAX_MASKS = 4096;
// errata's own token prefixes count on a word this long (`sk_live_…`, not `sk_test`); a path
// segment this long may be a token.
const MIN_TOKEN_LENGTH = 16;

// Character classes (ASCII; other characters are in none). WORD: names and base64url. STOP: ends a
// value. SPACE: space, tab, and `+` (a space in a form body). QUOTE: may close a name
// (`"token": …`, `\"token\":…`) or open a value. LINE: a line break. DOT: joins a JWT's parts.
// TOKEN: token68 (RFC 9110), the credential after an auth scheme.
const WORD = 1;
const STOP = 2;
const SPACE = 4;
const QUOTE = 8;
const LINE = 16;
const DOT = 32;
const TOKEN = 64;
const CLASSES: Uint8Array = /* @__PURE__ */ (() => {
  const table = new Uint8Array(128);
  for (let c = 0; c < 128; c++) table[c] = (c | 32) > 96 && (c | 32) < 123 ? WORD | TOKEN : c < 33 || c === 127 ? STOP : 0;
  for (const [chars, flag] of [
    ['0123456789_-', WORD | TOKEN],
    ['.~+/=', TOKEN],
    ['"\'&,;<>`()[]{}|\\', STOP],
    [' \t+', SPACE],
    ['"\'\\', QUOTE],
    ['\n\r', LINE],
    ['.', DOT],
  ] as const) {
    for (const char of chars) table[char.charCodeAt(0)] = (table[char.charCodeAt(0)] ?? 0) | flag;
  }
  return table;
})();

/** The class of a char code; `charCodeAt` past the end gives NaN, which must not reach the table (it would take the slow path). */
function classOf(c: number): number {
  const code = c | 0;
  return code < 128 ? (CLASSES[code] ?? 0) : 0;
}

/** Past the characters of `t` from `at` that are in the classes of `flags`. */
function skip(t: string, at: number, flags: number): number {
  while (classOf(t.charCodeAt(at)) & flags) at++;
  return at;
}

/** Up to the first character of `t` from `at` that is in the classes of `flags` (and no escape), or the end. */
function until(t: string, at: number, flags: number): number {
  while (at < t.length && !(classOf(t.charCodeAt(at)) & flags && isRaw(at))) at++;
  return at;
}

// How a name's value is found and judged.
const WEAK = 1; // `code`, `key`…: `name=value` is always a secret, other forms only when the value looks like one
const STRONG = 2;
const COOKIE = 3; // the rest of the line
const AUTHORIZATION = 4; // an optional scheme, then its credential
// Below 0: never a credential, even when shaped like one.

// Names (lower case, without `-`, `_`, `.`): WEAK and never-secret ones match whole, the others also
// end a longer name (`x-goog-api-key`, `refreshToken`, `connect.sid`). `code` is an OAuth
// authorization code in a query or a form (`code=…`), but a vendor's error code in JSON
// (`"code": "VALIDATION__UnexpectedPhoneNumberFormatForCountryCode"`) unless the value looks like a
// credential. A DPoP nonce (RFC 9449) is given to the client to send back, and may be a JWT: a
// value that is one such token is kept; any other text under that name is redacted as usual.
const NAMES: readonly (readonly [string, number])[] = /* @__PURE__ */ (() => [
  ...'code key sig session sid auth pass pwd'.split(' ').map((name) => [name, WEAK] as const),
  ...'token secret password passwd passphrase signature credential apikey secretkey privatekey sessionid sessid connectsid assertion jwt dpop'
    .split(' ')
    .map((name) => [name, STRONG] as const),
  ['cookie', COOKIE] as const,
  ['authorization', AUTHORIZATION] as const,
  ['dpopnonce', -1] as const,
])();

// Auth schemes whose next word is a credential; looked up from the end, the common ones first.
// Digest (index 0) sends `response` and `cnonce` parameters instead.
const SCHEMES: readonly string[] = /* @__PURE__ */ (() => 'digest negotiate ntlm dpop bot token basic bearer'.split(' '))();
// Bit i set when a scheme starts with the i-th letter of the alphabet: b, d, n, t.
const SCHEME_INITIALS = 0x8_20_0a;

// Well-known token formats: GitHub, Stripe, OpenAI-style, Slack, AWS key ids, Google API keys, npm, GitLab.
const PREFIXES: readonly string[] = /* @__PURE__ */ (() =>
  'ghp_ gho_ ghu_ ghs_ ghr_ github_pat_ sk_ rk_ whsec_ sk- xoxb- xoxp- xoxa- xoxr- xoxs- xoxe- xapp- AKIA ASIA AIza npm_ glpat-'.split(' '))();

interface Rules {
  /** Your credential names, normalized. */
  readonly keys: readonly string[];
  /** errata's prefixes, then yours (which mask a word with anything after them). */
  readonly prefixes: readonly string[];
  readonly isSecret: ((word: string) => boolean) | undefined;
  /** Every form of your secret values, longest first. */
  readonly secrets: readonly string[];
}

const DEFAULT_RULES: Rules = { keys: [], prefixes: PREFIXES, isSecret: undefined, secrets: [] };

/**
 * Whether the name [from, to) of `t` is `name` (lower case), ignoring case and `-`, `_`, `.`; or,
 * with `suffix`, ends with it. Reads the text in place: no slice, no allocation per word.
 */
function isName(t: string, from: number, to: number, name: string, suffix = false): boolean {
  let left = name.length;
  while (left > 0 && to > from) {
    const c = t.charCodeAt(--to);
    if (c !== 45 && c !== 95 && c !== 46 && (c | 32) !== name.charCodeAt(--left)) return false;
  }
  return left === 0 && (suffix || to === from);
}

/** How the name [from, to) of `t` is treated (`WEAK`, `STRONG`, …), or 0 for an ordinary name. */
function kindOf(t: string, from: number, to: number, rules: Rules): number {
  if (to - from > 40) return 0;
  for (const key of rules.keys) if (isName(t, from, to, key)) return STRONG;
  for (const [name, kind] of NAMES) if (isName(t, from, to, name, kind > WEAK)) return kind;
  return 0;
}

// What `profile` reports about a run of characters.
const UPPER = 1;
const LOWER = 2;
const DIGIT = 4;
const OTHER = 8; // punctuation
const NOT_HEX = 16;
const CODE = 32; // shaped like a vendor's code: `RESOURCE__Reason` (Apple), `UPPER_CASE-2`
const RANDOM = 64; // mixed case that reads like base64, not like `PascalCaseWords`
const CAMEL = 128; // two or more small-to-capital changes (`expiredSRbaCwMv`): enough after an auth scheme

function profile(t: string, from: number, to: number): number {
  let flags = 0;
  let upper = 0;
  let lower = 0;
  let vowels = 0;
  let changes = 0;
  for (let at = from; at < to; at++) {
    const c = t.charCodeAt(at);
    const letter = (c | 32) - 97;
    if (letter >= 0 && letter < 26) {
      if (c > 90) lower++;
      else {
        upper++;
        const previous = t.charCodeAt(at - 1);
        if (at > from && previous > 96 && previous < 123) changes++;
      }
      // Bit i of the mask: the i-th letter is a vowel (a, e, i, o, u).
      vowels += (0x10_41_11 >> letter) & 1;
      if (letter > 5) flags |= NOT_HEX;
    } else if (c > 47 && c < 58) flags |= DIGIT;
    else {
      flags |= OTHER | NOT_HEX;
      // `__` after capitals only: Apple's `RESOURCE__Reason`, not a `__` inside random base64url.
      if (c === 95 && t.charCodeAt(at - 1) === 95 && !lower && !(flags & DIGIT)) flags |= CODE;
    }
  }
  if (upper) flags |= UPPER;
  if (lower) flags |= LOWER;
  else if (flags & OTHER) flags |= CODE;
  // Random base64 has about as many capitals as small letters and few vowels; words joined in
  // PascalCase have one capital per word and a vowel in each.
  if (upper && lower && (2 * upper > lower || 4 * vowels < to - from)) flags |= RANDOM;
  if (changes > 1) flags |= CAMEL;
  return flags;
}

/**
 * The one test of "credential or readable text": 8+ characters with letters, and a digit or mixed
 * case that reads like base64, not shaped like a vendor's code. `loose` (after an auth scheme) also
 * takes camel case and long or punctuated runs: "Bearer authentication failed" keeps its words,
 * "Bearer qwertyuiopasdfghjklz" does not. `mixed`: only a run with capitals and small letters.
 */
function looksSecret(t: string, from: number, to: number, loose = false, mixed = false): boolean {
  const length = to - from;
  // A run this long after a credential name or scheme is no word: deciding without reading it keeps
  // repeated names over one long value linear.
  if (length > 256) return true;
  if (length < 8) return false;
  const flags = profile(t, from, to);
  if (!(flags & (UPPER | LOWER)) || (mixed && (~flags & (UPPER | LOWER)) !== 0)) return false;
  if (flags & (loose ? DIGIT | RANDOM | CAMEL : DIGIT | RANDOM) && (loose || !(flags & CODE))) return true;
  return loose && (length >= MIN_TOKEN_LENGTH || ((flags & OTHER) !== 0 && length >= 12));
}

/**
 * Where a quoted value that starts at `at` ends: its closing quote (`"`, `'`, or `\"` when `escaped`;
 * an escape when the opening one was, `%22…%22`) or the line's end.
 */
function closingQuote(t: string, at: number, quote: number, escaped: boolean): number {
  const raw = isRaw(at - 1);
  for (let c = t.charCodeAt(at); at < t.length && ((c !== 10 && c !== 13) || !isRaw(at)); c = t.charCodeAt(at)) {
    if (c === 92) {
      if (escaped && t.charCodeAt(at + 1) === quote) break;
      at += 2;
    } else if (c === quote && !escaped && isRaw(at) === raw) break;
    else at++;
  }
  return Math.min(at, t.length);
}

/** The value of a hex digit, or -256 (so that a sum with a non-digit stays negative). */
function hexValue(c: number): number {
  return c > 47 && c < 58 ? c - 48 : (c | 32) > 96 && (c | 32) < 103 ? (c | 32) - 87 : -256;
}

// The state of the pass in progress. It lives here rather than in closures so that a pass allocates
// nothing but its result; a predicate of yours that itself redacts gets a state of its own (see
// `yourPredicate`).
/** The text being scanned (percent-decoded); each function reads it into a local. */
let scanned = '';
let rules: Rules = DEFAULT_RULES;
/** The text is one value that is never a credential (a DPoP nonce): its token shape does not count. */
let notSecret = false;
/** [from, to) pairs in the scanned text to mask, in order. */
let cuts: number[] = [];
/**
 * Which characters of the scanned text were `%XX` escapes (each stood for three characters of the
 * text); undefined when there were none. A decoded character splits words and may be a quote or a
 * separator, but never ends a value, a credential or a URL's authority: `password=pa%20ss` and
 * `https://user:p%2Fss@host` are masked whole.
 */
let decoded: Uint8Array | undefined;
/** Inside a Digest credential until the line ends: its `response` and `cnonce` are secrets. */
let digest = false;
/** End of the last dotted word examined, so that none is examined twice. */
let dottedEnd = 0;
/** Where the scheme after `Authorization:` starts: its credential is masked whatever it looks like. */
let authorization = -1;
/** End of the last URL authority looked through: one that starts before it has no `@` of its own. */
let authorityEnd = 0;
/** Where the credential after an auth scheme starts: it is judged when the scan gets there. */
let credential = -1;
/** That scheme came after `Authorization:`: its credential is masked whatever it looks like. */
let forced = false;

/** `text` with its `%XX` escapes decoded (each to one UTF-16 unit), and `decoded` set; `text` when it has none. */
function decode(text: string): string {
  decoded = undefined;
  if (!text.includes('%')) return text;
  const codes = new Uint16Array(text.length);
  const flags = new Uint8Array(text.length);
  let length = 0;
  for (let at = 0; at < text.length; length++) {
    const byte = text.charCodeAt(at) === 37 ? hexValue(text.charCodeAt(at + 1)) * 16 + hexValue(text.charCodeAt(at + 2)) : -1;
    if (byte < 0) codes[length] = text.charCodeAt(at++);
    else {
      codes[length] = byte;
      flags[length] = 1;
      at += 3;
    }
  }
  if (length === text.length) return text;
  decoded = flags;
  return new TextDecoder('utf-16le', { ignoreBOM: true }).decode(codes.subarray(0, length));
}

/** True when the character at `at` of the scanned text was not an escape. */
function isRaw(at: number): boolean {
  return !decoded?.[at];
}

/** Masks [from, to); returns where scanning resumes: `to`, or the end once MAX_MASKS are made. */
function mask(from: number, to: number): number {
  if (to > from) cuts.push(from, cuts.length < 2 * MAX_MASKS ? to : (to = scanned.length));
  return to;
}

/** Your predicate on a word, given a state of its own; one that throws masks the word. */
function yourPredicate(word: string): boolean {
  const saved = [scanned, rules, notSecret, cuts, decoded, digest, dottedEnd, authorization, authorityEnd, credential, forced] as const;
  cuts = [];
  try {
    return rules.isSecret?.(word) === true;
  } catch {
    return true;
  } finally {
    [scanned, rules, notSecret, cuts, decoded, digest, dottedEnd, authorization, authorityEnd, credential, forced] = saved;
  }
}

/**
 * After `://` (at `start`): the user info, up to the authority's last `@`, masked (user and password
 * apart); returns where scanning resumes, past it, so that the host and path are scanned as text.
 */
function authority(start: number): number {
  const t = scanned;
  let colon = 0;
  let lastAt = 0;
  if (start < authorityEnd) return start;
  for (let at = start, c = t.charCodeAt(at); (authorityEnd = at) < t.length && !((classOf(c) & STOP || c === 47 || c === 63 || c === 35) && isRaw(at)); c = t.charCodeAt(++at)) {
    if (c === 64) lastAt = at;
    else if (c === 58) colon ||= at;
  }
  if (!lastAt) return start;
  const userEnd = colon && colon < lastAt ? colon : lastAt;
  mask(start, userEnd);
  return Math.max(mask(userEnd + 1, lastAt), lastAt + 1);
}

/**
 * The credential after an auth scheme, at `value`, its first word ending at `wordEnd`: it runs over
 * token68 characters (escapes never end it) and is masked unless auth parameters follow instead
 * (`realm="x"`, `error=…`: a lower-case name and `=`) or, not `forced`, it reads like a word.
 * Returns where scanning resumes, or 0 when nothing was masked.
 */
function schemeCredential(value: number, wordEnd: number): number {
  const t = scanned;
  const next = t.charCodeAt(wordEnd + 1);
  if (t.charCodeAt(wordEnd) === 61 && ((classOf(next) & WORD) !== 0 || next === 34) && wordEnd - value <= 40 && !(profile(t, value, wordEnd) & UPPER)) return 0;
  let end = wordEnd;
  while (end < t.length && (classOf(t.charCodeAt(end)) & TOKEN || (decoded && !isRaw(end)))) end++;
  return (forced ? end > value : end - value > 7 && looksSecret(t, value, end, true)) ? mask(value, end) : 0;
}

/** The rules that start at the word [start, end) of `t`; returns where scanning resumes. */
function word(start: number, end: number): number {
  const t = scanned;
  const length = end - start;
  const next = t.charCodeAt(end) | 0;
  // (A short word that ends there is no credential: most scheme words are followed by prose.)
  if (start === credential && (forced || length > 7 || classOf(next) & TOKEN || !isRaw(end))) {
    const resume = schemeCredential(start, end);
    if (resume) return resume;
  }
  // A whole dotted word: your predicate, then a JWT/JWS/JWE or a Discord bot token: three or more
  // parts, the first 16+ characters (a JWT's header, a bot's id), 40+ in all, reading like base64.
  if (start >= dottedEnd && ((next === 46 && length >= MIN_TOKEN_LENGTH) || rules.isSecret)) {
    let wordEnd = (dottedEnd = skip(t, end, WORD | DOT));
    while (t.charCodeAt(wordEnd - 1) === 46) wordEnd--;
    const secondDot = t.indexOf('.', end + 1);
    // A value that is never a credential (a DPoP nonce) keeps its token shape when the token is all of it.
    if (
      (rules.isSecret && yourPredicate(t.slice(start, wordEnd))) ||
      ((!notSecret || start > 0 || wordEnd < t.length) && secondDot > 0 && secondDot < wordEnd && wordEnd - start > 39 && looksSecret(t, start, wordEnd, false, true))
    ) {
      return mask(start, wordEnd);
    }
  }
  for (let index = length < MIN_TOKEN_LENGTH ? PREFIXES.length : 0; index < rules.prefixes.length; index++) {
    const prefix = rules.prefixes[index] ?? '';
    if (length >= (index < PREFIXES.length ? MIN_TOKEN_LENGTH : prefix.length + 1) && t.startsWith(prefix, start)) return mask(start, end);
  }
  // An auth scheme and its credential, unless `name=value` parameters follow (`Bearer realm="x"`).
  let scheme = classOf(next) & SPACE && length > 2 && length < 10 && (SCHEME_INITIALS >> ((t.charCodeAt(start) | 32) - 97)) & 1 ? SCHEMES.length : 0;
  while (--scheme >= 0 && !isName(t, start, end, SCHEMES[scheme] ?? ''));
  if (!scheme) digest = true;
  if (scheme >= 0 || start === authorization) {
    let value = end;
    while (classOf(t.charCodeAt(value)) & SPACE) value++;
    forced = start === authorization;
    // A credential that starts with a word is judged when the scan reaches it (each character is
    // read once); one that starts with `+`, `/`, `.`, `~` or an escape, now.
    if (classOf(t.charCodeAt(value)) & WORD) credential = value;
    else {
      const resume = schemeCredential(value, value);
      if (resume) return resume;
    }
  }
  // A path segment that is a token, such as a webhook's: long, or hex, or mixed case with a digit or
  // reading like base64 or camel case. (Before names: a token may end like one, `…Token`.)
  if (length >= MIN_TOKEN_LENGTH && t.charCodeAt(start - 1) === 47) {
    const flags = profile(t, start, end);
    if (flags & (UPPER | LOWER) && (length > 39 || (!(flags & NOT_HEX) && length > 31) || ((~flags & (UPPER | LOWER)) === 0 && flags & (DIGIT | RANDOM | CAMEL)))) {
      return mask(start, end);
    }
  }
  // A credential name, then `=` or `:` (not `==`, not `://`), perhaps after quotes and spaces.
  let separator = end;
  while (classOf(t.charCodeAt(separator)) & (SPACE | QUOTE)) separator++;
  const c = t.charCodeAt(separator);
  return length > 2 && (c === 61 ? t.charCodeAt(separator + 1) !== 61 : c === 58 && t.charCodeAt(separator + 1) !== 47) ? nameValue(start, end, separator) : end;
}

/**
 * `name=value`, `name: value`, `"name": "value"`, `\"name\":\"value\"`, `name%3Dvalue`: the word
 * [start, end) and its separator (`=` or `:`) at `separator`; returns where scanning resumes.
 */
function nameValue(start: number, end: number, separator: number): number {
  const t = scanned;
  const equals = t.charCodeAt(separator) === 61;
  const kind = digest && (isName(t, start, end, 'response') || isName(t, start, end, 'cnonce')) ? STRONG : kindOf(t, start, end, rules);
  if (kind > 0) {
    let value = skip(t, separator + 1, SPACE);
    if (t.charCodeAt(value) === 91 && t.startsWith(REDACTED, value)) return value + REDACTED.length;
    const open = t.charCodeAt(value);
    const quote = classOf(open) & QUOTE ? (open !== 92 ? 1 : t.charCodeAt(value + 1) === 34 ? 2 : 0) : 0;
    value += quote;
    // Quoted, a credential runs to the closing quote (which, like any character but a word's, is
    // passed over when scanning resumes). An ambiguous name's value is judged on its first token:
    // a code, a key or a signature is one.
    let valueEnd = until(t, value, kind === COOKIE ? LINE : STOP);
    if (quote && kind !== WEAK) valueEnd = closingQuote(t, value, t.charCodeAt(value - 1), quote > 1);
    else if (kind === AUTHORIZATION) {
      // `<scheme> <credential>` (any scheme), or a bare credential.
      const scheme = skip(t, value, WORD);
      if (classOf(t.charCodeAt(scheme)) & SPACE && !looksSecret(t, value, scheme, true)) return (authorization = value);
    }
    if (valueEnd > value && (kind !== WEAK || (equals && !quote) || looksSecret(t, value, valueEnd))) return mask(value, valueEnd);
  }
  return end;
}

/**
 * `text` with credentials masked: one pass over its percent-decoded form (so a form body or an
 * encoded URL reads like plain text), the masks then cut from the text as it was.
 */
function scan(text: string, scanRules: Rules, scanNotSecret: boolean): string {
  // A fresh list only when the last pass left something in it: most texts have no mask.
  if (cuts.length) cuts = [];
  const t = (scanned = decode(text));
  rules = scanRules;
  notSecret = scanNotSecret;
  digest = forced = false;
  dottedEnd = authorityEnd = 0;
  authorization = credential = -1;
  const n = t.length;
  for (let at = 0; at < n; ) {
    const c = t.charCodeAt(at);
    if (classOf(c) & WORD) {
      const start = at;
      while (classOf(t.charCodeAt(++at)) & WORD);
      // Most words are followed by punctuation that starts no rule, or are too short for any (a
      // scheme or a credential name has 3+ characters).
      const next = t.charCodeAt(at) | 0;
      if (at - start >= MIN_TOKEN_LENGTH || rules !== DEFAULT_RULES || start === credential || (at - start > 2 && (classOf(next) & (SPACE | QUOTE) || next === 58 || next === 61))) {
        at = word(start, at);
      }
    } else if (c === 58 && t.charCodeAt(at + 1) === 47 && t.charCodeAt(at + 2) === 47) {
      // A URL (or `://` anywhere): its user info.
      at = authority(at + 3);
    } else {
      if (c === 10 || c === 13) digest = false;
      at++;
    }
  }
  if (cuts.length === 0) return text;
  let out = '';
  let copied = 0;
  // Where a character of `t` starts in `text`: cuts come in order, so the walk over `decoded` (the
  // escapes before the cut, each two characters longer in `text`) goes forward only.
  let walked = 0;
  let extra = 0;
  for (let index = 0; index < cuts.length; index++) {
    const at = cuts[index] ?? 0;
    for (; decoded && walked < at; walked++) extra += 2 * (decoded[walked] ?? 0);
    if (index % 2) copied = at + extra;
    else out += text.slice(copied, at + extra) + REDACTED;
  }
  return out + text.slice(copied);
}

function redactWith(text: string, rules: Rules, notSecret = false): string {
  // Total on any input: a non-string (a type error in the caller) shows as nothing, not as itself.
  if (typeof text !== 'string') return typeof text === 'number' || typeof text === 'boolean' || typeof text === 'bigint' ? String(text) : '';
  let out = text.length > MAX_REDACTED_LENGTH ? text.slice(0, MAX_REDACTED_LENGTH) + '…' : text;
  if (rules.secrets.length > 0) {
    // A noncharacter stands in for a marker meanwhile: a later (shorter) form never matches inside
    // one. Past MAX_MASKS occurrences of a form, the rest of the text goes too.
    out = out.replaceAll(REDACTED, '\uFFFF');
    for (const secret of rules.secrets) {
      const pieces = out.split(secret, MAX_MASKS);
      out = pieces.join('\uFFFF') + (pieces.length < MAX_MASKS ? '' : '\uFFFF');
    }
    out = out.replaceAll('\uFFFF', REDACTED);
  }
  return scan(out, rules, notSecret);
}

/**
 * A JSON-safe copy: strings and keys redacted, credential keys' values masked. Bounded: 12 levels,
 * 2000 nodes, 8192 characters a string and 65,536 in all; a cycle, a level too deep or a value
 * that throws when read becomes the marker.
 */
function valueWith(value: unknown, rules: Rules): unknown {
  let nodes = 2000;
  let chars = 65_536;
  const ancestors: unknown[] = [];
  const copy = (value: unknown, depth: number, notSecret: boolean): unknown => {
    if (nodes-- <= 0) return undefined;
    if (typeof value === 'string') {
      const room = Math.max(1, Math.min(8192, chars));
      chars -= value.length;
      return redactWith(value.length > room ? value.slice(0, room - 1) + '…' : value, rules, notSecret);
    }
    if (typeof value === 'number') return Number.isFinite(value) ? value : null;
    if (typeof value === 'bigint') return String(value);
    if (typeof value !== 'object' || value === null) return typeof value === 'boolean' || value === null ? value : undefined;
    if (depth > 11 || ancestors.includes(value)) return REDACTED;
    ancestors.push(value);
    try {
      if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString();
      const array = Array.isArray(value);
      const entries: [string, unknown][] = [];
      for (const key of array ? (value as unknown[]).keys() : Object.keys(value)) {
        if (nodes <= 0) break;
        const kind = array ? 0 : kindOf(String(key), 0, String(key).length, rules);
        const item: unknown = (value as Record<string, unknown>)[key];
        const copied =
          (kind > WEAK && item !== null && item !== undefined && item !== '') || (kind === WEAK && typeof item === 'string' && looksSecret(item, 0, item.length))
            ? REDACTED
            : copy(item, depth + 1, kind < 0);
        if (array) entries.push([String(key), copied ?? null]);
        else if (copied !== undefined) entries.push([redactWith(String(key), rules), copied]);
      }
      // fromEntries defines own properties: a `__proto__` key stays a key.
      return array ? entries.map((entry) => entry[1]) : Object.fromEntries(entries);
    } catch {
      return REDACTED;
    } finally {
      ancestors.pop();
    }
  };
  return copy(value, 0, false);
}

/** The forms of a secret value that get masked: raw, percent-encoded, JSON-escaped, base64, and what a base64 value decodes to. */
/**
 * Every form of `secret` that a redactor made with `createRedactor({ secrets: [secret] })` looks
 * for: raw, percent-encoded (upper- and lower-case hex, `+` for spaces), JSON-escaped, base64 and
 * base64url (padded and not), and for a percent-encoded or base64 value what it decodes to (and the
 * password of a decoded `user:password`). For code that must know, before redacting, whether a
 * text could hold the secret at all (a gateway deciding whether to redact a rendered problem).
 */
export function secretForms(secret: string): string[] {
  const encoded = encodeURIComponent(secret);
  let binary = '';
  for (const byte of new TextEncoder().encode(secret)) binary += String.fromCharCode(byte);
  let base64 = btoa(binary);
  const forms = [
    secret,
    encoded,
    encoded.replaceAll('%20', '+'),
    // Some encoders write lower-case hex; only the escapes change case, never the text between them.
    encoded
      .split('%')
      .map((part, index) => (index ? part.slice(0, 2).toLowerCase() + part.slice(2) : part))
      .join('%'),
    JSON.stringify(secret).slice(1, -1),
    base64,
    (base64 = base64.replaceAll('=', '')),
    base64.replaceAll('+', '-').replaceAll('/', '_'),
  ];
  try {
    forms.push(decodeURIComponent(secret.replaceAll('+', ' ')));
    // A base64 value (a Basic credential): its decoded text, and the password of `user:password`.
    const decoded = new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(atob(secret.replaceAll('-', '+').replaceAll('_', '/')), (char) => char.charCodeAt(0)));
    if (secret.length > 3) forms.push(decoded, decoded.slice(decoded.indexOf(':') + 1));
  } catch {
    // Not percent-encoded, or not base64 of UTF-8 text: nothing more to add.
  }
  return forms;
}

function strings(list: unknown): string[] {
  return Array.isArray(list) ? (list as unknown[]).filter((item): item is string => typeof item === 'string' && item !== '').slice(0, 64) : [];
}

// Redactors made here, the only ones errors accept: their methods never throw.
const MADE = /* @__PURE__ */ new WeakSet();

/** True for redactors made by `createRedactor` (and errata's own). Internal. */
export function isRedactor(value: unknown): value is Redactor {
  return typeof value === 'object' && value !== null && MADE.has(value);
}

function made(redactor: Redactor): Redactor {
  MADE.add(redactor);
  return redactor;
}

function redactorOf(rules: Rules): Redactor {
  return made({
    text: (text) => redactWith(text, rules),
    url: (url) => redactWith(url, rules),
    header: (name, value) => {
      const kind = typeof name === 'string' ? kindOf(name, 0, name.length, rules) : STRONG;
      return kind > WEAK ? REDACTED : redactWith(value, rules, kind < 0);
    },
    value: (value) => valueWith(value, rules),
  });
}

/**
 * A redactor with errata's rules plus yours: secret values (the request's own credentials), key
 * names, token prefixes and a word predicate. Pass it to `createRegistry({ redactor })` or
 * `redactWith(error, redactor)` so every surface of those errors uses it.
 */
export function createRedactor(options: RedactorOptions = {}): Redactor {
  let rules = DEFAULT_RULES;
  try {
    const { isSecret } = options;
    rules = {
      keys: strings(options.keys).map((key) => key.toLowerCase().replaceAll('-', '').replaceAll('_', '').replaceAll('.', '')),
      prefixes: [...PREFIXES, ...strings(options.prefixes)],
      isSecret: typeof isSecret === 'function' ? isSecret : undefined,
      // Longest first: where two forms overlap, the longer one is masked whole.
      secrets: [...new Set(strings(options.secrets).flatMap(secretForms))].filter(Boolean).sort((a, b) => b.length - a.length),
    };
  } catch {
    // Options that cannot be read (a hostile Proxy) add nothing; errata's own rules still apply.
  }
  return redactorOf(rules);
}

/** errata's own rules as a `Redactor`: what errors use unless given another. Internal. */
export const DEFAULT_REDACTOR: Redactor = /* @__PURE__ */ redactorOf(DEFAULT_RULES);

/** The value to show for a header: `REDACTED` for credential headers, else the value with secrets masked. */
export function redactHeaderValue(name: string, value: string): string {
  return DEFAULT_REDACTOR.header(name, value);
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

/** `second` applied after `first`: both idempotent, so the result masks what either would. Internal. */
export function chainRedactors(first: Redactor, second: Redactor): Redactor {
  return first === DEFAULT_REDACTOR || first === second
    ? second
    : made({
        text: (text) => second.text(first.text(text)),
        url: (url) => second.url(first.url(url)),
        header: (name, value) => second.header(name, first.header(name, value)),
        value: (value) => second.value(first.value(value)),
      });
}

/**
 * The first `length` characters of `text`, redacted before the cut (over twice the length), so a
 * secret that straddles the cut is still recognized whole. Internal.
 */
export function excerptOf(text: string, length: number, redactor: Redactor): string {
  return redactor.text(text.slice(0, length * 2)).slice(0, length);
}
