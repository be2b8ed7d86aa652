// Parse-from-text cost against a bare JSON.parse of the same body (design budget: at most 1.25x).
// Run: pnpm --filter @errata/apple-business bench
import { Bench } from 'tinybench';
import { appleBusiness } from '../src/index.ts';
import { locationNotFound, validationFailed } from '../src/fixtures.ts';

const cases = [
  { name: 'documented 404 (one item)', fixture: locationNotFound },
  { name: 'validation 400 (two items, details)', fixture: validationFailed },
];

const results: { name: string; parse: number; json: number }[] = [];
for (const { name, fixture } of cases) {
  const text = JSON.stringify(fixture.body);
  const parts = { status: fixture.status, headers: fixture.headers, body: text };
  // Hold results somewhere the optimizer cannot see through.
  let sink: unknown;
  const bench = new Bench({ time: 500, warmup: true });
  bench
    .add('JSON.parse', () => {
      sink = JSON.parse(text);
    })
    .add('appleBusiness.parse', () => {
      sink = appleBusiness.parse(parts, { now: 0 });
    });
  await bench.run();
  if (sink === undefined) throw new Error('nothing parsed');
  const mean = (task: string): number => {
    const result = bench.getTask(task)?.result;
    return result !== undefined && 'latency' in result ? result.latency.mean : Number.NaN;
  };
  results.push({ name, json: mean('JSON.parse'), parse: mean('appleBusiness.parse') });
}

for (const { name, json, parse } of results) {
  console.log(`${name}: JSON.parse ${(json * 1000).toFixed(2)} µs, appleBusiness.parse ${(parse * 1000).toFixed(2)} µs, ratio ${(parse / json).toFixed(2)}x`);
}
