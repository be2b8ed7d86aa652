// Adversarial WWW-Authenticate fields, one generator per family, shared by the growth tests
// (src/challenge/parse.test.ts, 256 KiB against 1 MiB) and the benchmark (bench/challenge.bench.ts,
// 1 MiB under 20 ms). Each generator returns a field of exactly `size` UTF-16 code units.

/** `prefix` followed by `unit` repeated, cut to `size`. */
export function fill(prefix: string, unit: string, size: number): string {
  return (prefix + unit.repeat(Math.ceil(Math.max(0, size - prefix.length) / unit.length))).slice(0, size);
}

/** Challenges `S0 p0="\a", …, p255="\a", S1 …`: issue #12's case, where every escaped value used to allocate the rest of the field. */
function escapedChallenges(size: number): string {
  const params = Array.from({ length: 256 }, (_, j) => `p${String(j)}="\\a"`).join(', ');
  let text = '';
  for (let i = 0; text.length < size; i++) text += `S${String(i)} ${params}, `;
  return text.slice(0, size);
}

/**
 * The same with longer values (`p0="\a" + 56 x`), so that up to 1 MiB every value is under the
 * caps and kept: the number of escaped values grows with the field, which made the old parser
 * quadratic (about 16x the time for 4x the input).
 */
function keptEscapedValues(size: number): string {
  const filler = 'x'.repeat(56);
  const params = Array.from({ length: 256 }, (_, j) => `p${String(j)}="\\a${filler}"`).join(', ');
  let text = '';
  for (let i = 0; text.length < size; i++) text += `S${String(i)} ${params}, `;
  return text.slice(0, size);
}

/** `Bearer p0=v, p1=v, …`: every name new, so each kept one is stored. */
function uniqueParams(size: number): string {
  let text = 'Bearer ';
  for (let i = 0; text.length < size; i++) text += `p${String(i)}=v, `;
  return text.slice(0, size);
}

/** `a0 b=c, a1 b=c, …`: a new challenge per element. */
function manyChallenges(size: number): string {
  let text = '';
  for (let i = 0; text.length < size; i++) text += `a${String(i)} b=c, `;
  return text.slice(0, size);
}

export const CHALLENGE_FAMILIES: Readonly<Record<string, (size: number) => string>> = {
  'escaped params, 64 challenges x 256 (S p="\\a", …)': escapedChallenges,
  'escaped values, all kept (S p="\\a xxx…", …)': keptEscapedValues,
  'one value of escapes (a="\\a\\a…")': (size) => fill('Bearer a="', '\\a', size - 1) + '"',
  'backslash run in quotes': (size) => fill('Bearer realm="', '\\', size),
  'many params (p0=v, p1=v, …)': uniqueParams,
  'quoted params (p="v", …)': (size) => fill('Bearer ', 'p="v", ', size),
  'tiny params (a=b, …)': (size) => fill('Bearer ', 'a=b, ', size),
  'many challenges (a0 b=c, …)': manyChallenges,
  'bare schemes (a, a, …)': (size) => fill('', 'a, ', size),
  'long scheme token': (size) => fill('', 'a', size),
  'long parameter name': (size) => fill('Bearer ', 'a', size - 2) + '=v',
  'long unquoted value': (size) => fill('Bearer a=', 'x', size),
  'unterminated quote': (size) => fill('Bearer realm="', 'x', size),
  'stray quotes (" ," …)': (size) => fill('Bearer ', '" ,', size),
  'commas only': (size) => fill('', ',', size),
  'Bearer then commas': (size) => fill('Bearer ', ',', size),
  'huge token68': (size) => fill('Negotiate ', 'A', size - 2) + '==',
  'token68 padding run': (size) => fill('Negotiate A', '=', size),
  'token68-like params (A=A=A=…)': (size) => fill('Negotiate ', 'A=', size),
  'token68 lists (abc==, abc==, …)': (size) => fill('Negotiate ', 'abc==, ', size),
  'obs-fold runs between elements (CRLF SP)': (size) => fill('Bearer realm="a",', '\r\n ', size),
  'obs-fold runs inside quotes': (size) => fill('Bearer realm="', 'a\r\n ', size - 1) + '"',
  'LF HTAB folds between params': (size) => fill('Bearer ', 'a=b,\n\t', size),
  'bare line breaks (CRLF, no fold)': (size) => fill('Bearer ', '\r\n', size),
};
