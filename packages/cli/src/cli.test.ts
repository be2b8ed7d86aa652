// The CLI through its built binary: `node dist/cli.mjs ...` as a child process, stdin piped in.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { main } from './main.ts';

const BIN = fileURLToPath(new URL('../dist/cli.mjs', import.meta.url));
const VERSION = (JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }).version;

interface Run {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the binary; `stdin` is piped in (and closed) when given, else stdin is empty /dev/null. */
function errata(args: readonly string[], stdin?: string | Uint8Array): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { stdio: [stdin === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout!.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr!.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      resolve({ code, stdout, stderr });
    });
    if (stdin !== undefined) child.stdin?.end(stdin);
  });
}

/** A stack trace line, which no user mistake may produce. */
const STACK = /^\s+at .+\(.*:\d+:\d+\)$|node:internal/m;

const CURL_RATE_LIMIT = [
  'HTTP/2 429 ',
  'date: Sun, 22 Nov 2026 05:00:00 GMT',
  'content-type: application/json',
  'retry-after: 2',
  'x-ratelimit-limit: 5',
  'x-ratelimit-remaining: 0',
  'x-ratelimit-reset-after: 1.337',
  'x-ratelimit-bucket: a06de4d1',
  'x-ratelimit-scope: user',
  'set-cookie: __cfruid=abc123; path=/; HttpOnly',
  '',
  '{"message": "You are being rate limited.", "retry_after": 1.337, "global": false}',
].join('\r\n');

describe('errata --help / --version', () => {
  it('prints the help with every command and vendor', async () => {
    const run = await errata(['--help']);
    expect(run.code).toBe(0);
    for (const text of ['errata explain <vendor> <code>', 'errata parse', 'errata list <vendor>', 'discord', 'apple-business', 'bearer-oauth', 'identity-registration', 'icloud-extract']) {
      expect(run.stdout).toContain(text);
    }
    expect(run.stderr).toBe('');
  });

  it('prints a command\'s usage with <command> --help and help <command>', async () => {
    expect((await errata(['parse', '--help'])).stdout).toMatch(/^usage: errata parse/);
    expect((await errata(['help', 'list'])).stdout).toMatch(/^usage: errata list/);
  });

  it('prints the package version', async () => {
    const run = await errata(['--version']);
    expect(run).toEqual({ code: 0, stdout: `${VERSION}\n`, stderr: '' });
  });
});

describe('errata explain', () => {
  it.each([
    [['discord', '50013'], [/^discord 50013 \(MissingPermissions\)\n/, /^ {2}message +Missing Permissions$/m, /^ {2}kind +permission-denied$/m, /^ {2}sources +official, discord-api-types, userdoccers$/m, /^ {2}message source +userdoccers$/m]],
    [['apple', 'LOCATION__NOT_FOUND'], [/^apple-business LOCATION__NOT_FOUND \(LocationNotFound\)\n/, /^ {2}HTTP status +404$/m, /^ {2}source +https:\/\/business\.apple\.com\/docs\/api\/v1\/references\/errors \(checked /m, /^ {2}evidence +verified$/m]],
    [['oauth', 'invalid_token'], [/^bearer-oauth invalid_token/, /^ {2}action +reauthenticate$/m, /^ {2}HTTP status +401$/m, /RFC 6750 §3\.1/]],
    [['registration', '510'], [/^identity-registration 510/, /^ {2}kind +resource-exhausted$/m, /^ {2}retry +yes/m, /^ {2}error +\w/m]],
    [['icloud', 'code-rate-limited'], [/^icloud-extract code-rate-limited/, /^ {2}retry +yes, after at least 1 h$/m, /^ {2}step +wait-and-retry$/m]],
  ])('explain %j', async (args, expected) => {
    const run = await errata(['explain', ...args]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    for (const line of expected) expect(run.stdout).toMatch(line);
  });

  it('--json prints the entry as the vendor package defines it (core\'s entry type), with the vendor', async () => {
    const run = await errata(['explain', 'discord', '10003', '--json']);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ vendor: 'discord', code: 10003, name: 'UnknownChannel', message: 'Unknown Channel', policy: { kind: 'not-found' }, provenance: { source: expect.any(String) as unknown } });
  });

  it('an unknown code exits 1 with a hint, no stack', async () => {
    const run = await errata(['explain', 'registration', 'abc']);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('identity-registration has no code "abc"');
    expect(run.stderr).toContain('Registration codes are integers, e.g. 210.');
    expect(await errata(['explain', 'discord', '__proto__'])).toMatchObject({ code: 1, stdout: '' });
  });

  it('a code the catalog lacks shows the entry it falls under, and says so', async () => {
    const registration = await errata(['explain', 'registration', '215']);
    expect(registration.code).toBe(0);
    expect(registration.stdout).toMatch(/^identity-registration 215\n/);
    expect(registration.stdout).toContain('these are the facts of 210, the documented catch-all above it (errata explain identity-registration 210)');
    const apple = await errata(['explain', 'apple', 'BRAND__NOT_FOUND']);
    expect(apple.stdout).toMatch(/^apple-business BRAND__NOT_FOUND\n {2}not catalogued +these are the facts of NOT_FOUND, its reason/);
    const template = await errata(['explain', 'oauth', 'USER_NOT_EXIST']);
    expect(template.stdout).toMatch(/^ {2}catalogued as +\{RESOURCE\}_NOT_EXIST$/m);
  });

  it('explains Discord\'s text codes, the ones errata gives a 429 without a code', async () => {
    const run = await errata(['explain', 'discord', 'rate-limited']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^discord rate-limited \(RateLimited\)\n/);
    expect(run.stdout).toMatch(/^ {2}kind +resource-exhausted$/m);
    expect(run.stdout).toMatch(/^ {2}HTTP status +429$/m);
    const list = await errata(['list', 'discord', '--kind', 'resource-exhausted']);
    expect(list.stdout).toMatch(/^rate-limited\s+resource-exhausted/m);
  });
});

describe('errata list', () => {
  it('lists a vendor\'s codes in aligned columns', async () => {
    const run = await errata(['list', 'icloud']);
    expect(run.code).toBe(0);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^code\s+kind\s+action\s+message$/);
    expect(lines).toHaveLength(1 + 18);
    expect(lines.find((line) => line.startsWith('choice-required '))).toMatch(/^choice-required\s+unauthenticated\s+user-action\s+2SV is on/);
  });

  it('--kind keeps one kind', async () => {
    const run = await errata(['list', 'discord', '--kind', 'resource-exhausted']);
    expect(run.code).toBe(0);
    const rows = run.stdout.trimEnd().split('\n').slice(1);
    expect(rows.length).toBeGreaterThan(3);
    for (const row of rows) expect(row.split(/\s{2,}/)[1]).toBe('resource-exhausted');
  });

  it('--json prints the entries', async () => {
    const run = await errata(['list', 'oauth', '--kind', 'unauthenticated', '--json']);
    const entries = JSON.parse(run.stdout) as { vendor: string; code: string; policy: { kind: string } }[];
    expect(entries.map((entry) => entry.code)).toContain('invalid_token');
    expect(new Set(entries.map((entry) => entry.policy.kind))).toEqual(new Set(['unauthenticated']));
    expect(new Set(entries.map((entry) => entry.vendor))).toEqual(new Set(['bearer-oauth']));
  });

  it('stops quietly when the reader goes away (errata list discord | head -1)', async () => {
    const child = spawn(process.execPath, [BIN, 'list', 'discord'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    await new Promise((resolve) => child.stdout.once('data', resolve));
    child.stdout.destroy();
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(stderr).toBe('');
    expect(code).toBe(0);
  });
});

describe('errata parse', () => {
  it('reads curl -si output (HTTP/2, CRLF) and detects the vendor', async () => {
    const run = await errata(['parse'], CURL_RATE_LIMIT);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^discord rate-limited · resource-exhausted · HTTP 429\n/);
    expect(run.stdout).toContain('action        retry-after');
    expect(run.stdout).toContain('retry         yes, after 2 s (from the header)');
    expect(run.stdout).toContain('rate limit    0 of 5 left, resets in 1.337 s, bucket a06de4d1, scope user');
    expect(run.stdout).toContain('problem type  urn:errata:discord:rate-limited');
    expect(run.stdout).toContain('catalog       errata explain discord rate-limited');
  });

  it('takes the last response after 100 Continue and redirects', async () => {
    const input = `HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 302 Found\r\nLocation: /v1/locations/1\r\n\r\nHTTP/1.1 404 Not Found\r\ncontent-type: application/json\r\napple-request-id: req-42\r\n\r\n[{"code":"LOCATION__NOT_FOUND","message":"Resource not found for Apple-generated '1'"}]`;
    const run = await errata(['parse'], input);
    expect(run.stdout).toMatch(/^apple-business LOCATION__NOT_FOUND · not-found · HTTP 404\n/);
    expect(run.stdout).toContain('request id    req-42');
    expect(run.stdout).toContain('read the last of 3 responses');
  });

  it('reads a bare JSON body as HTTP 400, or with --status', async () => {
    const form = await errata(['parse'], '{"code": 50035, "message": "Invalid Form Body", "errors": {"name": {"_errors": [{"code": "BASE_TYPE_REQUIRED", "message": "This field is required"}]}}}');
    expect(form.stdout).toMatch(/^discord 50035 · invalid-argument · HTTP 400\n/);
    expect(form.stdout).toContain('issue         name: This field is required (BASE_TYPE_REQUIRED)');
    const registration = await errata(['parse', '--status', '200'], '{"stat": "error", "code": 210, "error": "invalid_credentials", "error_description": "wrong password", "request_id": "r-1"}');
    expect(registration.stdout).toMatch(/^identity-registration 210 · unauthenticated · HTTP 200\n/);
  });

  it('--vendor picks the parser instead of detection', async () => {
    const run = await errata(['parse', '--vendor', 'oauth', '--status', '401'], '{"error": "invalid_token"}');
    expect(run.stdout).toMatch(/^bearer-oauth invalid_token · unauthenticated · HTTP 401\n/);
  });

  it('--json prints error.toJSON() and the problem, without credentials', async () => {
    const run = await errata(['parse', '--json'], CURL_RATE_LIMIT);
    expect(run.code).toBe(0);
    const out = JSON.parse(run.stdout) as { error: Record<string, unknown>; problem: Record<string, unknown> };
    expect(out.error).toMatchObject({ errata: 1, vendor: 'discord', code: 'rate-limited', kind: 'resource-exhausted', status: 429, action: 'retry-after' });
    expect(out.problem).toMatchObject({ type: 'urn:errata:discord:rate-limited', status: 429, retryable: true, retryAfterMs: 2000 });
    expect(run.stdout).not.toContain('abc123');
  });

  it('falls back to the generic HTTP error for nobody\'s format (an HTML 502)', async () => {
    const run = await errata(['parse'], 'HTTP/1.1 502 Bad Gateway\nContent-Type: text/html\n\n<html><body>upstream down</body></html>');
    expect(run.stdout).toMatch(/^http 502 · unavailable · HTTP 502\n/);
    expect(run.stdout).not.toContain('errata explain');
  });

  it('decodes a gzip body curl printed as sent', async () => {
    const head = new TextEncoder().encode('HTTP/1.1 403 Forbidden\r\ncontent-type: application/json\r\ncontent-encoding: gzip\r\n\r\n');
    const body = gzipSync('{"code": 50013, "message": "Missing Permissions"}');
    const input = new Uint8Array(head.byteLength + body.byteLength);
    input.set(head);
    input.set(body, head.byteLength);
    expect((await errata(['parse'], input)).stdout).toMatch(/^discord 50013 · permission-denied · HTTP 403\n/);
  });

  it('says so when the response is not an error', async () => {
    expect(await errata(['parse'], 'HTTP/1.1 200 OK\r\ncontent-type: application/json\r\n\r\n{"id": "1"}')).toEqual({ code: 0, stdout: 'HTTP 200: not an error.\n', stderr: '' });
    expect(JSON.parse((await errata(['parse', '--json'], 'HTTP/1.1 204 No Content\r\n\r\n')).stdout)).toEqual({ error: null, status: 204 });
  });

  it('never lets the response drive the terminal: control characters are shown escaped', async () => {
    const run = await errata(['parse', '--status', '403'], '{"code": 50013, "message": "Missing \\u001b[2J\\u001b]0;pwned\\u0007Permissions"}');
    expect(run.stdout).not.toContain('\u001b');
    expect(run.stdout).toContain('Missing \\x1b[2J\\x1b]0;pwned\\x07Permissions');
  });

  it('survives hostile input without a stack trace', async () => {
    const inputs: (string | Uint8Array)[] = [
      new Uint8Array(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256)),
      'HTTP/1.1 400 Bad Request\r\n' + 'x-junk: ' + 'a'.repeat(100_000) + '\r\n\r\n{"__proto__": {"polluted": true}, "code": 1}',
      'HTTP/1.1 500 Internal\r\n\r\n' + '['.repeat(10_000),
      '{"code": 50013, "message": ' + '"x'.repeat(3) + '}',
      'HTTP/1.1 418\r\n' + 'h: v\r\n'.repeat(5000) + '\r\n',
    ];
    for (const input of inputs) {
      const run = await errata(['parse'], input);
      expect(run.code).toBe(0);
      expect(run.stderr).toBe('');
      expect(run.stdout).toMatch(/ · HTTP \d{3}\n/);
    }
  });
});

describe('bad usage: a one-line message, usage, exit 2, no stack', () => {
  it.each([
    [[], 'missing command'],
    [['frobnicate'], 'unknown command "frobnicate"'],
    [['--frob'], 'unknown option "--frob"'],
    [['explain'], 'missing <vendor> <code>'],
    [['explain', 'discord'], 'missing <code>'],
    [['explain', 'myspace', '1'], 'unknown vendor "myspace"'],
    [['explain', 'discord', '1', '2'], 'unexpected argument "2"'],
    [['explain', 'discord', '50013', '--verbose'], "unknown option '--verbose'"],
    [['list'], 'missing <vendor>'],
    [['list', 'discord', '--kind', 'teapot'], 'unknown kind "teapot"'],
    [['list', 'discord', '--kind'], "option '--kind <value>' argument missing"],
    [['parse', '--vendor', 'nope'], 'unknown vendor "nope"'],
    [['parse', '--status', '999'], '--status must be an HTTP status from 100 to 599, not "999"'],
    [['parse', 'response.txt'], 'unexpected argument "response.txt": the response is read from stdin'],
  ])('errata %j', async (args, message) => {
    const run = await errata(args, '{"code": 1}');
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr.split('\n')[0]).toBe(`errata: ${message}`);
    expect(run.stderr).not.toMatch(STACK);
  });

  it('parse with empty stdin, or with --status on a response that has a status line', async () => {
    const empty = await errata(['parse'], '  \r\n');
    expect(empty.code).toBe(2);
    expect(empty.stderr).toMatch(/^errata: stdin was empty: nothing to parse\n/);
    const both = await errata(['parse', '--status', '404'], 'HTTP/1.1 403 Forbidden\r\n\r\n{}');
    expect(both.code).toBe(2);
    expect(both.stderr).toMatch(/^errata: --status is for a bare body; this response has its own status line \(HTTP\/1\.1 403 Forbidden\)\n/);
    const malformed = await errata(['parse'], 'HTTP/1.1 OK\r\n\r\n');
    expect(malformed.code).toBe(2);
    expect(malformed.stderr).toMatch(/^errata: stdin starts like an HTTP response but its status line is malformed\n/);
  });

  it('parse with nothing piped in (stdin is a terminal) explains instead of waiting', async () => {
    let stderr = '';
    const code = await main(['parse'], { stdout: () => undefined, stderr: (text) => (stderr += text), readStdin: () => Promise.resolve(undefined) });
    expect(code).toBe(2);
    expect(stderr).toMatch(/^errata: errata parse reads a response from stdin: pipe one in\n/);
  });
});
