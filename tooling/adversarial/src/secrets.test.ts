// The secret-planting suite (#12): generated secrets of every shape, planted in every input position
// of every vendor's wire format, the registry, the generic fallback and fetch failures, must not
// appear on any surface of the error: serialization, problem details (4xx, 5xx, with and without
// detail), inspection, strings, stacks, messages and every round trip. Runs on the built packages.
import fc from 'fast-check';
import { afterAll, describe, it } from 'vitest';
import { HEADER_POSITIONS, TEXT_POSITIONS, URL_POSITIONS, type Positions } from './secrets/positions.ts';
import { anySecret, headerSecret, urls, type Planted } from './secrets/shapes.ts';
import { checks, expectNoLeak, SURFACE_COUNT } from './secrets/surfaces.ts';

// Per position; the shapes are drawn at random each run (fast-check's seed is printed on failure).
const RUNS = Number(process.env.SECRETS_RUNS ?? 40);

function plantEverywhere(title: string, positions: Positions, secrets: fc.Arbitrary<Planted>): void {
  describe(title, () => {
    for (const [where, position] of Object.entries(positions)) {
      it(where, () => {
        fc.assert(
          fc.property(secrets, (planted) => {
            expectNoLeak(position(planted), planted, where);
          }),
          { numRuns: RUNS },
        );
      });
    }
  });
}

plantEverywhere('secrets in free text (messages, descriptions, field errors, params, details, causes)', TEXT_POSITIONS, anySecret);
plantEverywhere('secrets in response headers (custom, Location, Set-Cookie, Link, request ids, rate-limit names)', HEADER_POSITIONS, headerSecret);
plantEverywhere('secrets in URLs (user info, query, fragment, path)', URL_POSITIONS, urls);

afterAll(() => {
  const total = [...checks.values()].reduce((sum, count) => sum + count, 0);
  const placements = total / SURFACE_COUNT;
  console.log(`secrets: ${String(placements)} placements in ${String(checks.size)} input positions × ${String(SURFACE_COUNT)} surfaces = ${String(total)} leak checks passed`);
});
