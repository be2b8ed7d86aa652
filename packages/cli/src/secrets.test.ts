// Secrets planted in `errata parse` input (and in arguments) never reach the output: every line
// the CLI prints, text and --json, stdout and stderr, goes through core's redaction.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { main } from './main.ts';

/** Each secret is unique, so a match names the one that leaked. */
const SECRET = {
  bearer: 'b3arerT0ken.Leak42',
  accessToken: 'accessTokenLeak77',
  password: 'Hunter2PasswordLeak',
  jwt: 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJsZWFrIn0.c2lnbmF0dXJlTGVhaw',
  userInfo: 'UrlPassw0rdLeak',
  apiKey: 'QueryApiKeyLeak9',
  webhookToken: 'WebhookPathTokenLeak0123456789abcdefghijklmnopqrstuvwxyz0123456789AB',
  clientSecret: 'ClientSecretLeak31',
  headerToken: 'HeaderBearerLeak55',
  cookie: 'CookieSessionLeak8',
} as const;

/** Free text carrying every kind of credential core's redactors know. */
const LEAKY = [
  `Authorization: Bearer ${SECRET.bearer}`,
  `access_token=${SECRET.accessToken}`,
  `password: ${SECRET.password}`,
  `token ${SECRET.jwt}`,
  `see https://admin:${SECRET.userInfo}@internal.example.com/path`,
  `https://api.example.com/v1?api_key=${SECRET.apiKey}&page=2`,
  `https://discord.com/api/webhooks/123/${SECRET.webhookToken}`,
  `client_secret=${SECRET.clientSecret}`,
].join(' ; ');

const HEADERS = [`authorization: Bearer ${SECRET.headerToken}`, `set-cookie: session=${SECRET.cookie}; HttpOnly`, `x-api-key: ${SECRET.apiKey}`];

function raw(statusLine: string, headers: readonly string[], body: string): string {
  return [statusLine, ...headers, ...HEADERS, '', body].join('\r\n');
}

const json = (value: unknown): string => JSON.stringify(value);

/** One response per vendor format (and the generic HTTP fallback), each full of secrets. */
const RESPONSES: readonly (readonly [string, string, readonly string[]])[] = [
  ['discord', raw('HTTP/2 400', ['content-type: application/json'], json({ code: 50035, message: LEAKY, errors: { url: { _errors: [{ code: 'URL_TYPE_INVALID_URL', message: LEAKY }] } } })), []],
  ['discord 401 bare body', json({ code: 0, message: `401: Unauthorized ${LEAKY}` }), ['--status', '401']],
  ['bearer-oauth', raw('HTTP/1.1 401 Unauthorized', [`www-authenticate: Bearer error="invalid_token", error_description="${LEAKY.replaceAll('"', "'")}"`, 'content-type: application/json'], json({ error: 'invalid_token', error_description: LEAKY })), []],
  ['bearer-oauth code/description', json({ code: 'INVALID_PARAMETER', description: LEAKY }), ['--vendor', 'oauth']],
  ['apple-business', raw('HTTP/1.1 400 Bad Request', ['content-type: application/json'], json([{ code: 'LOCATION__INVALID', message: `{{x}} ${LEAKY}`, context: { x: LEAKY }, details: { submitted: [{ field: 'url', value: LEAKY }] } }])), []],
  ['identity-registration', json({ stat: 'error', code: 200, error: 'invalid_argument', error_description: LEAKY, argument_name: LEAKY, invalid_fields: { password: [LEAKY] } }), ['--status', '200']],
  ['icloud-extract', raw('HTTP/1.1 400 Bad Request', ['content-type: application/json'], json({ error: 'invalid-parameter', message: LEAKY, params: { url: LEAKY } })), []],
  ['generic HTML', raw('HTTP/1.1 502 Bad Gateway', ['content-type: text/html'], `<html><body>${LEAKY}</body></html>`), []],
];

function expectNoSecret(output: string): void {
  for (const [name, secret] of Object.entries(SECRET)) expect(output, `${name} leaked`).not.toContain(secret);
}

async function inProcess(args: readonly string[], stdin?: string): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const input = stdin === undefined ? undefined : new TextEncoder().encode(stdin);
  const code = await main(args, { stdout: (text) => (stdout += text), stderr: (text) => (stderr += text), readStdin: () => Promise.resolve(input) });
  return { code, stdout, stderr };
}

const BIN = fileURLToPath(new URL('../dist/cli.mjs', import.meta.url));

function binary(args: readonly string[], stdin: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      resolve({ code, stdout, stderr });
    });
    child.stdin.end(stdin);
  });
}

describe('errata parse never prints a planted secret', () => {
  it.each(RESPONSES)('%s, text output', async (_name, input, args) => {
    const run = await inProcess(['parse', ...args], input);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('[redacted]');
    expectNoSecret(run.stdout + run.stderr);
  });

  it.each(RESPONSES)('%s, --json output (still valid JSON)', async (_name, input, args) => {
    const run = await inProcess(['parse', '--json', ...args], input);
    expect(run.code).toBe(0);
    expect(() => JSON.parse(run.stdout) as unknown).not.toThrow();
    expect(run.stdout).toContain('[redacted]');
    expectNoSecret(run.stdout + run.stderr);
  });

  it('keeps the surrounding words, so the output still says what went wrong', async () => {
    const run = await inProcess(['parse'], RESPONSES[0]![1]);
    expect(run.stdout).toContain('https://[redacted]:[redacted]@internal.example.com/path');
    expect(run.stdout).toContain('api_key=[redacted]&page=2');
    expect(run.stdout).toContain('URL_TYPE_INVALID_URL');
  });

  it('through the built binary too, text and --json', async () => {
    for (const args of [['parse'], ['parse', '--json']]) {
      const run = await binary(args, RESPONSES[0]![1]);
      expect(run.code).toBe(0);
      expectNoSecret(run.stdout + run.stderr);
    }
  });
});

describe('errors about the call never echo a secret either', () => {
  it.each([
    [['parse', '--vendor', `Bearer ${SECRET.bearer}`]],
    [['parse', `https://admin:${SECRET.userInfo}@example.com/`]],
    [['explain', 'discord', `access_token=${SECRET.accessToken}`]],
    [['explain', 'oauth', `password=${SECRET.password}`]],
    [['list', 'discord', '--kind', SECRET.jwt]],
    [[`--token=${SECRET.jwt}`]],
  ])('errata %j', async (args) => {
    const run = await inProcess(args, '{"code": 1}');
    expect(run.code).not.toBe(0);
    expect(run.stderr).toContain('[redacted]');
    expectNoSecret(run.stdout + run.stderr);
  });
});
