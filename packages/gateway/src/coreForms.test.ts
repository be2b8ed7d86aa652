// The gateway leaves core's redactor off an error while the problem shows that it would change
// nothing (see `renderProblem`). These tests hold that to core's real behaviour: whenever core's
// redactor for a secret would give a different text, the check must say so, and a problem
// rendered that way must be the problem rendered with the redactor attached first, byte for byte.
import { Buffer } from 'node:buffer';
import { createRedactor, createRegistry, redactWith } from '@errata/core';
import { redactText } from '@errata/core/vendor';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { echo } from './__fixtures__/vendors.ts';
import { DEFAULT_KEPT_HEADERS, DEFAULT_MAX_DETAILS_LENGTH } from './gateway.ts';
import { renderProblem, type ProblemExchange, type ProblemSettings } from './problemResponse.ts';
import { collectSecrets, coreFormsOf, coreRedactorChanges, coreRedactorOf, secretPolicyOf } from './secrets.ts';
import { upstreamHeadersOf } from './upstreamHeaders.ts';

// Characters a credential header or a decoded query value may hold, the awkward ones included.
// A quote or a backslash makes the gateway attach the redactor first (JSON escapes them): rarer here.
const SECRET_CHARS = [...'abcXYZ019', '-', '_', '.', '~', '+', '/', '=', '%', ':', ' ', '!', '*', "'", '(', ')', 'é'];
const secretOf = (chars: readonly string[]): fc.Arbitrary<string> => fc.array(fc.constantFrom(...chars), { minLength: 8, maxLength: 20 }).map((picked) => picked.join(''));
const secretArb = fc.oneof({ arbitrary: secretOf(SECRET_CHARS), weight: 4 }, { arbitrary: secretOf([...SECRET_CHARS, '"', '\\']), weight: 1 });

/** Ways an upstream may write a secret back, core's own forms among them. */
function echoes(secret: string): string[] {
  const bytes = Buffer.from(secret);
  const encoded = encodeURIComponent(secret);
  return [
    secret,
    `Bearer ${secret}`,
    encoded,
    encoded.replace(/%[0-9A-F]{2}/g, (escape) => escape.toLowerCase()),
    encoded.replaceAll('%20', '+'),
    [...bytes].map((byte) => `%${byte.toString(16).padStart(2, '0')}`).join(''),
    JSON.stringify(secret).slice(1, -1),
    bytes.toString('base64'),
    bytes.toString('base64url'),
    Buffer.from(`x${secret}`).toString('base64'),
    Buffer.from(`user:${secret}`).toString('base64'),
    secret.replaceAll('+', ' '),
    secret.slice(1),
    secret.slice(0, -1),
  ];
}

const fragmentArb = (secret: string): fc.Arbitrary<string> =>
  fc.oneof(
    fc.constantFrom(...echoes(secret)),
    fc.constantFrom('the service is busy', ' ', 'token=', 'Basic ', '[redacted]', '\uFFFF', 'https://u:p@h.test/x?code=abc', 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2lnbmF0dXJl', '%', '%2'),
    fc.string({ maxLength: 12 }),
  );

const echoedArb = (secret: string): fc.Arbitrary<string> => fc.array(fragmentArb(secret), { maxLength: 5 }).map((parts) => parts.join(''));
// Most upstream text holds no secret: the case the gateway saves work on.
const textArb = (secret: string): fc.Arbitrary<string> =>
  fc.oneof({ arbitrary: fc.constantFrom('', 'busy', 'req-0001', 'try again later', 'invalid name'), weight: 6 }, { arbitrary: fc.string({ maxLength: 16 }), weight: 2 }, { arbitrary: echoedArb(secret), weight: 1 });

function setOf(secret: string) {
  const policy = secretPolicyOf(undefined);
  const secrets = collectSecrets({ forEachHeader: (visit) => visit(`Bearer ${secret}`, 'authorization'), search: '', setCookies: [] }, policy);
  return { policy, secrets, redactor: coreRedactorOf(secrets, policy), forms: coreFormsOf(secrets, policy) };
}

describe("core's redactor left off while it would change nothing", () => {
  it('a text the check passes is one core redacts the same with or without the secret (property)', () => {
    let passed = 0;
    fc.assert(
      fc.property(
        secretArb.chain((secret) => fc.tuple(fc.constant(secret), echoedArb(secret))),
        ([secret, text]) => {
          const { forms, redactor, secrets } = setOf(secret);
          if (forms === null || redactor === undefined) return;
          // What core's redactor writes for a surface, once (a title) and twice (a message, then its problem `detail`).
          const plain = redactText(text);
          const twice = redactText(plain);
          if (coreRedactorChanges(JSON.stringify({ plain, twice }), secrets, forms)) return;
          passed++;
          expect(redactor.text(text)).toBe(plain);
          expect(redactor.text(redactor.text(text))).toBe(twice);
        },
      ),
      { numRuns: 400 },
    );
    expect(passed).toBeGreaterThan(20);
  });

  it('gives up on secrets whose forms JSON escapes, and on operator-named credentials', () => {
    expect(setOf('abc"defghij').forms).toBeNull();
    expect(setOf('abc\\defghij').forms).toBeNull();
    const policy = secretPolicyOf({ headers: ['x-tenant-key'] });
    const secrets = collectSecrets({ forEachHeader: (visit) => visit('Bearer 0123456789abcdef', 'authorization'), search: '', setCookies: [] }, policy);
    expect(coreFormsOf(secrets, policy)).toBeNull();
  });

  it('the marker, the placeholder and every form count as a change', () => {
    const { forms, secrets } = setOf('sk_live_0123456789');
    expect(forms).not.toBeNull();
    if (forms === null) return;
    expect(coreRedactorChanges('{"detail":"nothing here"}', secrets, forms)).toBe(false);
    expect(coreRedactorChanges('{"detail":"[redacted] here"}', secrets, forms)).toBe(true);
    expect(coreRedactorChanges('{"detail":"\uFFFF"}', secrets, forms)).toBe(true);
    // Raw, the whole base64 (padded: core's form, not the gateway's cores), base64url, what the Basic-style decoding gives.
    for (const form of ['sk_live_0123456789', Buffer.from('sk_live_0123456789').toString('base64'), Buffer.from('sk_live_0123456789').toString('base64url'), Buffer.from('Bearer sk_live_0123456789').toString('base64')]) {
      expect(coreRedactorChanges(`{"detail":"x${form}y"}`, secrets, forms)).toBe(true);
    }
  });
});

describe('renderProblem: the same problem with the redactor attached first or only when needed', () => {
  const registry = createRegistry([echo]);
  const settings = (exposeDetail: boolean): ProblemSettings => ({
    typeBase: undefined,
    exposeDetail,
    keepHeaders: [...DEFAULT_KEPT_HEADERS],
    challengeOnAuthOnly: true,
    statusOf: undefined,
    maxDetailsLength: DEFAULT_MAX_DETAILS_LENGTH,
  });

  it('byte for byte, and the error shows the same on every surface afterwards (property)', () => {
    let lazy = 0;
    let attached = 0;
    fc.assert(
      fc.property(
        secretArb.chain((secret) =>
          fc.record({
            secret: fc.constant(secret),
            status: fc.constantFrom(400, 401, 429, 503),
            exposeDetail: fc.boolean(),
            withDetails: fc.boolean(),
            message: textArb(secret),
            code: textArb(secret),
            requestId: textArb(secret),
            issue: textArb(secret),
            detailKey: textArb(secret),
            detailValue: textArb(secret),
            header: textArb(secret),
            large: fc.boolean(),
          }),
        ),
        (sample) => {
          const { secrets, policy, redactor, forms } = setOf(sample.secret);
          const body = JSON.stringify({
            code: sample.code,
            message: sample.message,
            request_id: sample.requestId,
            issues: [{ field: 'name', message: sample.issue }],
            details: { [sample.detailKey]: sample.detailValue, note: sample.large ? 'x'.repeat(DEFAULT_MAX_DETAILS_LENGTH) : 'short' },
          });
          const upstream = new Headers({ 'content-type': 'application/json', 'dpop-nonce': sample.header.replace(/[^\x20-\x7e]/g, '') });
          const parse = () => registry.parse({ status: sample.status, headers: upstream, body }, { vendor: 'echo' });
          const first = parse();
          const second = parse();
          if (first === undefined || second === undefined) throw new Error('echo claims every JSON object');
          const exchange: ProblemExchange = { status: sample.status, settings: settings(sample.exposeDetail), upstreamHeaders: upstreamHeadersOf(upstream).reader, secrets, withDetails: sample.withDetails, now: 1_700_000_000_000 };
          const whenNeeded = renderProblem(first, exchange, redactor, forms);
          const firstThing = renderProblem(second, exchange, redactor, null);
          expect(whenNeeded.body).toBe(firstThing.body);
          expect(whenNeeded.headers).toEqual(firstThing.headers);
          if (whenNeeded.redacted) attached++;
          else lazy++;
          // What `onProblem` sees: the gateway attaches the redactor before calling it.
          if (redactor !== undefined && !whenNeeded.redacted) redactWith(first, redactor);
          expect(first.message).toBe(second.message);
          expect(JSON.stringify(first)).toBe(JSON.stringify(second));
          expect(JSON.stringify(first.toProblem())).toBe(JSON.stringify(second.toProblem()));
          expect(policy.coreForms.get(secrets)).toBe(forms);
        },
      ),
      { numRuns: 300 },
    );
    // Both ways were taken: the check is neither always nor never satisfied.
    expect(lazy).toBeGreaterThan(10);
    expect(attached).toBeGreaterThan(10);
  });

  it('a secret the upstream wrote back is masked as core masks it, with the redactor attached', () => {
    const secret = 'sk_live_4eC39HqLyjWDarjtT1zdp7dc';
    const { secrets, redactor, forms } = setOf(secret);
    const upstream = new Headers({ 'content-type': 'application/json' });
    const error = registry.parse({ status: 400, headers: upstream, body: JSON.stringify({ code: 'bad', message: `token ${secret} refused` }) }, { vendor: 'echo' });
    if (error === undefined) throw new Error('echo claims every JSON object');
    const rendered = renderProblem(error, { status: 400, settings: settings(false), upstreamHeaders: upstreamHeadersOf(upstream).reader, secrets, withDetails: true, now: 0 }, redactor, forms);
    expect(rendered.redacted).toBe(true);
    expect(rendered.body).not.toContain(secret);
    expect(JSON.parse(rendered.body)).toMatchObject({ detail: 'token [redacted] refused' });
  });

  it('core gets the secrets it would get from createRedactor', () => {
    // The same secret list core's redactor is made with: its masking of a planted value proves it.
    const { redactor } = setOf('0123456789abcdef');
    expect(redactor?.text('x 0123456789abcdef y')).toBe(createRedactor({ secrets: ['0123456789abcdef'] }).text('x 0123456789abcdef y'));
  });
});
