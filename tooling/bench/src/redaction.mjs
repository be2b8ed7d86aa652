#!/usr/bin/env node
// @errata/core's redactor on 1 MiB adversarial values (design budget: < 20 ms each, and 4x the
// input costs at most 6x the time), what redaction costs on the surfaces of a typical error, and
// its bundle size. Run after building core:
//
//   pnpm --filter @errata/core build && node tooling/bench/src/redaction.mjs
//
// Measures the BUILT package (dist), in process CPU time (`process.cpuUsage`) so that a busy shared
// machine, which preempts long calls, does not inflate the figures: the fastest of several runs of
// repeated calls. The families are those of tooling/adversarial/src/secrets-redos.test.ts. Writes
// tooling/bench/REDACTION.md (pass --no-write to only print); `redactionSection()` returns the
// timing tables for tooling/bench/src/run.mjs to include.
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { createRedactor } from '@errata/core';
import { createApiError, redactText } from '@errata/core/vendor';

const KiB = 1024;
const MiB = 1024 * KiB;
const BUDGET_MS = 20;

const cpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

/** Fastest milliseconds per call of `fn(input)`: best of `runs` runs of at least ~5 ms of CPU each. */
function bestMs(fn, input, runs = 7) {
  let batch = 1;
  for (let started = cpuMs(); cpuMs() - started < 0.2; batch *= 2) for (let call = 0; call < batch; call++) fn(input);
  let best = Infinity;
  for (let run = 0; run < runs + 1; run++) {
    let calls = 0;
    const started = cpuMs();
    let elapsed;
    do {
      for (let call = 0; call < batch; call++) fn(input);
      calls += batch;
      elapsed = cpuMs() - started;
    } while (elapsed < 5);
    // The first run warms the optimizer up and is not counted.
    if (run > 0) best = Math.min(best, elapsed / calls);
  }
  return best;
}

const fill = (size, unit, prefix = '') => JSON.parse(JSON.stringify((prefix + unit.repeat(Math.ceil(size / unit.length))).slice(0, size)));

const withSecrets = createRedactor({ secrets: ['aab', 'aaaa', 'abcdefgh'] });

/** [function, family, make(size), run(input)]. */
const rows = [
  ...[
    ['eyJ- repeated (the old JWT pattern went quadratic)', 'eyJ-'],
    ['eyJ with dots', 'eyJa.'],
    ['a long run of token characters', 'aB3_'],
    ['one letter', 'a'],
    ['dotted words (a.a.…)', 'a.'],
    ['many key=', 'key='],
    ['many token=', 'token='],
    ['many password: ', 'password: '],
    ['JSON credential names, unterminated', '"code": "'],
    ['mixed quotes (code:"code:\'…)', `code:"code:'`],
    ['escaped JSON in JSON', '\\"token\\": \\"'],
    ['many scheme words (Bearer Bearer …)', 'Bearer '],
    ['scheme words with parameters (Bearer a=…)', 'Bearer a='],
    ['scheme words glued by + (Bearer+a=…)', 'Bearer+a='],
    ['Basic with short words', 'Basic '],
    ['Digest responses', 'Digest response="'],
    ['Authorization: repeated', 'Authorization: '],
    ['Cookie: repeated', 'Cookie: '],
    ['a:b@ chain', 'a:b@'],
    ['scheme:// repeated', 'https://'],
    ['encoded URLs (https%3A%2F%2Fa%3Ab%40…)', 'https%3A%2F%2Fa%3Ab%40'],
    ['encoded scheme separators (x%3A%2F%2Fa…)', 'x%3A%2F%2Fa'],
    ['slash tokens (/aB3dE6…)', '/aB3dE6gH9jK2mN5pQ'],
    ['percent-encoded names (key%3D…)', 'key%3D'],
    ['ghp_ repeated', 'ghp_'],
    ['prose (clean text)', 'The access token provided is expired, revoked, malformed, or invalid. '],
  ].map(([name, unit]) => ['redactText', name, (size) => fill(size, unit), redactText]),
  ['redactText', 'a:b@ chain in a URL', (size) => fill(size, 'a:b@', 'https://'), redactText],
  ['redactor with secrets .text', 'a secret repeated (aaab…)', (size) => fill(size, 'aaab'), (text) => withSecrets.text(text)],
  [
    'error.toJSON()',
    'deeply nested details (depth = size / 16)',
    (size) => {
      let value = 'Bearer AbCdEf12';
      for (let level = 0; level < size / 16; level++) value = { level: value };
      return createApiError({ vendor: 'x', code: 1, kind: 'internal', status: 500, message: '', details: value });
    },
    (error) => error.toJSON(),
  ],
  [
    'error.toJSON()',
    'wide details (size / 32 objects)',
    (size) => createApiError({ vendor: 'x', code: 1, kind: 'internal', status: 500, message: '', details: Array.from({ length: size / 32 }, (_, index) => ({ index, note: 'password=hunter2 Bearer AbCdEfGh12' })) }),
    (error) => error.toJSON(),
  ],
  ['error.message, first read', 'a 1 MiB message (Bearer a.b …)', (size) => fill(size, 'Bearer a.b '), (text) => createApiError({ vendor: 'x', code: 1, kind: 'internal', status: 500, message: text }).message],
];

const fmt = (ms) => (ms >= 1 ? `${ms.toFixed(2)} ms` : `${(ms * 1000).toFixed(1)} µs`);

/** The cost on a typical error's surfaces, for scale (parsing itself redacts nothing). */
function typicalRows() {
  const make = () =>
    createApiError({
      vendor: 'discord',
      code: 50035,
      kind: 'invalid-argument',
      status: 400,
      message: 'Invalid Form Body',
      issues: [{ path: ['embeds', 0, 'title'], code: 'BASE_TYPE_REQUIRED', message: 'This field is required' }],
      details: { global: false },
    });
  const error = make();
  return [
    ['createApiError (nothing redacted while parsing)', fmt(bestMs(make, undefined))],
    ['error.message, first read ("Invalid Form Body")', fmt(bestMs(() => make().message, undefined))],
    ['error.toJSON()', fmt(bestMs(() => error.toJSON(), undefined))],
    ['error.toProblem()', fmt(bestMs(() => error.toProblem(), undefined))],
    ["redactText('The access token provided is expired, revoked, malformed, or invalid.')", fmt(bestMs(redactText, 'The access token provided is expired, revoked, malformed, or invalid.'))],
  ];
}

// The redactor's size, minified (esbuild) and gzipped (level 9), as the design budgets are measured.
// `before`: #12's scanner (commit d20444e), measured the same way.
const SIZES = [
  ['dist: redactText, createRedactor (an application or a gateway)', 'dist', 'redactText, createRedactor', 4967],
  ['dist: redactText', 'dist', 'redactText', 3870],
  ['src/redact.ts: what errors use on every surface (DEFAULT_REDACTOR, chainRedactors, excerptOf, isRedactor)', 'src', 'DEFAULT_REDACTOR, chainRedactors, excerptOf, isRedactor', 4560],
  [
    'src/redact.ts: the whole module (every export)',
    'src',
    'REDACTED, SENSITIVE_HEADERS, SENSITIVE_PARAMS, MAX_REDACTED_LENGTH, isRedactor, createRedactor, redactHeaderValue, redactUrl, redactText, DEFAULT_REDACTOR, chainRedactors, excerptOf',
    5162,
  ],
];

/** How the redactor is built and what it decides; appended to REDACTION.md. */
const DESIGN = `## How it works

\`packages/core/src/redact.ts\` makes one left-to-right pass over the char codes of a text (no
regular expression touches untrusted text). A 128-entry class table splits it into words; a word,
with the character after it, may start a rule: a dotted token (JWT/JWS/JWE, a Discord bot token), a
well-known token prefix, an auth scheme (its credential, token68, is judged when the scan reaches
it, so each character is read once), a token path segment, a credential name and its value
(\`name=value\`, \`name: value\`, JSON, JSON inside JSON, cookies, \`Authorization\`). At every \`://\` the
user info up to the authority's last \`@\` is masked and the host is then scanned like any text.
Names come from one table (\`NAMES\`): a few ambiguous names match whole, the others also end
longer names (\`x-goog-api-key\`, \`refreshToken\`, \`nextPageToken\`). One predicate, \`looksSecret\`,
decides "credential or readable text" wherever a value is judged. Text with percent escapes is
scanned in its decoded form, so a form body or an encoded URL needs no rules of its own; a decoded
character may split words and be a quote or a separator, but never ends a value, a credential or
an authority (\`password=pa%20ss\` and \`https://u:p%2Fss@h\` are masked whole); the masks are cut from
the text as it was. Most words are passed over by the loop itself: only a word followed by a
space, a quote, \`:\` or \`=\`, a long one, or one after an auth scheme is looked at. The state of a
pass lives in module variables, so a pass allocates nothing but its result.

- \`code\` is an OAuth authorization code in a query or a form (\`code=…\` is always masked) and a
  vendor's error code in JSON, in \`code: …\` and in details, where its value is masked only when it
  looks like a credential: a digit, or mixed case that reads like base64 (about as many capitals as
  small letters, or few vowels), and not shaped like a vendor code (\`RESOURCE__Reason\`, upper case
  with separators). \`VALIDATION__UnexpectedPhoneNumberFormatForCountryCode\` and
  \`InvalidParameterValue\` stay; \`SplxlOBeZQQYbYS6WxSbIA\` goes, also in a token request echoed
  as JSON. The same holds for the other ambiguous names (\`key\`, \`sig\`, \`session\`, \`sid\`,
  \`auth\`, \`pass\`, \`pwd\`); their value is judged on its first token. After an auth scheme and in a
  path segment, camel case (two small-to-capital changes) also counts, as before.
- A DPoP nonce (RFC 9449) is sent to the client to put in its next proof: not a credential, and
  some servers issue JWE-shaped ones. Under the name \`dpopNonce\` (details) or \`DPoP-Nonce\`
  (header), a value that is one such token is kept; any other text there is redacted as usual
  (\`token=…\`, a URL with user info, a JWT inside prose). The \`DPoP\` proof header stays a credential.

The 1,500 B target for the whole module is not reached: every rule above is exercised by the
planting suite (tooling/adversarial) or the unit tests. Of the rest, the copy of details (\`value()\`:
depth, node and length bounds, cycles, dates, BigInt) is about 370 B, the forms of
\`createRedactor\`'s secrets (percent-encoded, JSON-escaped, base64, decoded Basic) about 230 B and the
name, scheme and prefix tables about 300 B. Constants are not inlined by esbuild when the module
follows other code in a bundle; inlining them in the build (rolldown's const inlining) would save
about 85 B more.
`;

/**
 * Rows [what, before, now (min+gz), now (min)]; undefined when esbuild cannot be loaded. esbuild
 * comes with @errata/scripts (the size check), so it is resolved from there.
 */
export async function redactionSizes() {
  let esbuild;
  try {
    const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
    esbuild = await import(pathToFileURL(createRequire(join(root, 'tooling', 'scripts', 'package.json')).resolve('esbuild')).href);
  } catch {
    return undefined;
  }
  const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
  const files = { dist: join(root, 'packages', 'core', 'dist', 'index.mjs'), src: join(root, 'packages', 'core', 'src', 'redact.ts') };
  const table = [];
  for (const [what, from, names, before] of SIZES) {
    const result = await esbuild.build({
      stdin: { contents: `import { ${names} } from ${JSON.stringify(files[from])};\nglobalThis.__keep = [${names}];\n`, resolveDir: root, loader: 'js' },
      bundle: true,
      minify: true,
      format: 'esm',
      target: 'es2022',
      platform: 'neutral',
      write: false,
    });
    const code = result.outputFiles[0].contents;
    table.push([what, `${before} B`, `${gzipSync(code, { level: 9 }).length} B`, `${code.length} B`]);
  }
  return table;
}

/** The tables: one row per function and family (1 MiB, 256 KiB, ratio, budget), then typical costs. */
export function redactionSection() {
  const table = [];
  for (const [fn, name, make, run] of rows) {
    const large = bestMs(run, make(MiB));
    const small = bestMs(run, make(256 * KiB));
    const ratio = large / small;
    table.push([fn, name, fmt(large), fmt(small), ratio.toFixed(2), large < BUDGET_MS && ratio <= 6 ? 'ok' : 'MISSED']);
  }
  return {
    title: 'Redaction, 1 MiB adversarial values',
    note: `Fastest of 7 runs, in process CPU time (\`process.cpuUsage\`), of the built @errata/core on ${process.version}. Budget: < ${BUDGET_MS} ms at 1 MiB and at most 6x for 4x the input. Text past 1 MiB is cut before it is scanned; \`value()\` (details) stops at depth 12, 2000 nodes and 64 Ki characters.`,
    header: ['function', 'adversarial family', '1 MiB', '256 KiB', '1 MiB / 256 KiB', 'budget'],
    rows: table,
    typical: { header: ['call', 'time'], rows: typicalRows() },
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { title, note, header, rows: table, typical } = redactionSection();
  const widths = header.map((cell, index) => Math.max(cell.length, ...table.map((row) => String(row[index]).length)));
  const line = (cells) => cells.map((cell, index) => String(cell).padEnd(widths[index])).join('  ').trimEnd();
  console.log(`## ${title}\n${note}\n${line(header)}\n${table.map(line).join('\n')}\n`);
  for (const [call, time] of typical.rows) console.log(`${call.padEnd(80)} ${time}`);
  const sizes = await redactionSizes();
  const sizeHeader = ['bundle', 'before (#12)', 'now, min+gz', 'now, min'];
  if (sizes === undefined) console.log('\n(esbuild not found: no size table)');
  else for (const row of sizes) console.log(`${row[0].padEnd(110)} ${row.slice(1).join('  ')}`);
  if (!process.argv.includes('--no-write')) {
    const md = [
      `# ${title}`,
      '',
      'Written by `node tooling/bench/src/redaction.mjs`.',
      '',
      note,
      '',
      `| ${header.join(' | ')} |`,
      `|${header.map(() => '---').join('|')}|`,
      ...table.map((row) => `| ${row.join(' | ')} |`),
      '',
      '## Redaction on the surfaces of a typical error',
      '',
      `| ${typical.header.join(' | ')} |`,
      '|---|---|',
      ...typical.rows.map((row) => `| ${row.join(' | ')} |`),
      '',
      ...(sizes === undefined
        ? []
        : [
            '## Size',
            '',
            'Bundled with esbuild (esm, es2022, minified) and gzipped at level 9, as `pnpm size` measures the design budgets. `dist` rows import the built `@errata/core`; `src` rows bundle `packages/core/src/redact.ts` itself, whose internal names errors use. The design target for the whole module is 1,500 B.',
            '',
            `| ${sizeHeader.join(' | ')} |`,
            `|${sizeHeader.map(() => '---').join('|')}|`,
            ...sizes.map((row) => `| ${row.join(' | ')} |`),
            '',
          ]),
      DESIGN,
    ];
    const file = join(dirname(fileURLToPath(import.meta.url)), '..', 'REDACTION.md');
    writeFileSync(file, md.join('\n'));
    console.log(`wrote ${file}`);
  }
}
