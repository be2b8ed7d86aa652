// Parse-from-text against a bare JSON.parse of the same body (DESIGN budget: at most 1.25x).
// Run with `node bench/parse.bench.ts` after building @errata/core.
import { Bench } from 'tinybench';
import { errorFromResource, icloudExtract } from '../src/index.ts';

const headers = { 'content-type': 'application/json', 'x-request-id': 'req-1' };
const bodies = {
  // The suite's small typical body (tooling/bench: icloudErrorParts({ code: 'invalid-credentials' })).
  'invalid-credentials': JSON.stringify({ error: 'invalid-credentials', message: 'The external service rejected the source or its credentials (unknown user or wrong password).' }),
  'missing-scope': JSON.stringify({ error: 'missing-scope', message: 'The key lacks the scope needed for this request.' }),
  'invalid-parameter': JSON.stringify({ error: 'invalid-parameter', message: 'Invalid parameters.', params: { source: 'Unknown source.', 'payload.code': 'Must be 6 digits.' } }),
  '2fa-required (legacy)': JSON.stringify({
    error: '2fa-required',
    message: 'This account has Two Factor authentication enabled, please select a device to challenge.',
    data: { trustedDevices: ['********02'], key: 'ae354ef8-b7b6-4a40-843f-96dddff3c64f' },
  }),
};
const session = JSON.stringify({ id: 'sess_1', resource: 'session', state: 'failed', error: 'code-required', source: 'src_1' });

const bench = new Bench({ time: 500 });
for (const [name, text] of Object.entries(bodies)) {
  bench.add(`JSON.parse ${name}`, () => JSON.parse(text) as unknown);
  bench.add(`icloudExtract.parse ${name}`, () => icloudExtract.parse({ status: 400, headers, body: text }, { now: 0 }));
}
bench.add('JSON.parse session', () => JSON.parse(session) as unknown);
bench.add('errorFromResource session', () => errorFromResource(session, { now: 0 }));
await bench.run();

// Medians: the machine is shared, and means are skewed by other processes' pauses.
const median = (name: string): number => {
  const result = bench.getTask(name)?.result;
  return result !== undefined && 'latency' in result ? result.latency.p50 : Number.NaN;
};
console.table(bench.table());
for (const name of [...Object.keys(bodies), 'session']) {
  const ours = name === 'session' ? 'errorFromResource session' : `icloudExtract.parse ${name}`;
  console.log(`${name}: ${(median(ours) / median(`JSON.parse ${name}`)).toFixed(2)}x JSON.parse`);
}
