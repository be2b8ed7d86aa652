// Parse speed against the floor (issue #13): `bearerOAuth.parse` of the package's small typical
// body (an RFC 6749 token error) and of a Bearer challenge with a {code, description} body, each
// as a ratio to `JSON.parse` of the same text. Run after `pnpm --filter @errata/bearer-oauth build`:
// `node bench/parse.bench.ts` (budget: <= 1.25x for the small body).
import { paired } from '@errata/core/testing';
import { bearerOAuth } from '@errata/bearer-oauth';
import { buildBearerOAuthResponse } from '@errata/bearer-oauth/testing';

interface Parts {
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string;
}

async function partsOf(response: Response): Promise<Parts> {
  // Plain header records, as the repository bench (tooling/bench) passes them.
  return { status: response.status, headers: Object.fromEntries(response.headers), body: await response.text() };
}

const samples: Readonly<Record<string, Parts>> = {
  'small: {error, error_description}': await partsOf(buildBearerOAuthResponse({ error: 'invalid_grant', errorDescription: 'The refresh token is invalid or expired' })),
  'challenge + {code, description}': await partsOf(
    buildBearerOAuthResponse({ code: 'FORBIDDEN', description: 'no scope', challenges: [{ scheme: 'Bearer', params: { realm: 'api', error: 'insufficient_scope', scope: 'bot user.read' } }] }),
  ),
};

const NOW = 1_800_000_000_000;
for (const [name, parts] of Object.entries(samples)) {
  let best = Infinity;
  let figures = { work: 0, reference: 0 };
  for (let run = 0; run < 5; run++) {
    const result = paired(
      parts,
      (input) => bearerOAuth.parse(input, { now: NOW }),
      (input) => JSON.parse(input.body) as unknown,
    );
    const ratio = result.work / result.reference;
    if (ratio < best) {
      best = ratio;
      figures = result;
    }
  }
  console.log(`${name.padEnd(36)} parse ${(figures.work * 1e6).toFixed(0).padStart(5)} ns  JSON.parse ${(figures.reference * 1e6).toFixed(0).padStart(5)} ns  ratio ${best.toFixed(2)}x`);
}
