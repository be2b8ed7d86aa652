// Parse-from-text cost against a bare JSON.parse of the same body (design budget: at most 1.25x).
// Run: `node bench/parse.bench.ts` from the package folder (plain Node 24, types stripped), after
// building @errata/core. Bodies are shaped like the documented examples (reference: Akamai's
// Registration error pages and Janrain's SDK sources), written here in our own words.
import { Bench } from 'tinybench';
import { identityRegistration } from '../src/index.ts';

const headers = { 'content-type': 'application/json' };
const bodies: Record<string, string> = {
  // The Authentication API's documented shape: HTTP 200, stat "error", request_id.
  'missing argument (200)': JSON.stringify({ stat: 'error', code: 100, error_description: 'missing arguments: flow', error: 'missing_argument', request_id: 'q3b8x1mzp0k7d2fn' }),
  // Form validation with field messages, as the SDKs read `invalid_fields`.
  'invalid form fields (200)': JSON.stringify({
    stat: 'error',
    code: 390,
    error: 'invalid_form_fields',
    error_description: 'Form did not pass validation',
    invalid_fields: { emailAddress: ['Email address is already in use.'], newPassword: ['Password must be 8 characters or more.', 'Passwords must match.'] },
    request_id: 'h7c4v9w2r5t1y8ue',
  }),
  // The OAuth style: HTTP 400, the Registration string in sub_error.
  'oauth invalid argument (400)': JSON.stringify({
    code: 200,
    error: 'invalid_request',
    sub_error: 'invalid_argument',
    argument_name: 'grant_type',
    error_description: 'invalid grant_type: password2',
    stat: 'error',
  }),
};
const statusOf = (name: string): number => (name.endsWith('(400)') ? 400 : 200);

const bench = new Bench({ time: 500, warmup: true });
let sink: unknown;
for (const [name, text] of Object.entries(bodies)) {
  bench.add(`JSON.parse ${name}`, () => {
    sink = JSON.parse(text);
  });
  bench.add(`identityRegistration.parse ${name}`, () => {
    sink = identityRegistration.parse({ status: statusOf(name), headers, body: text }, { now: 0 });
  });
}
await bench.run();
if (sink === undefined) throw new Error('nothing parsed');

// Medians: the machine is shared, and means are skewed by other processes' pauses.
const median = (task: string): number => {
  const result = bench.getTask(task)?.result;
  return result !== undefined && 'latency' in result ? result.latency.p50 : Number.NaN;
};
for (const name of Object.keys(bodies)) {
  const ours = median(`identityRegistration.parse ${name}`);
  const json = median(`JSON.parse ${name}`);
  console.log(`${name}: JSON.parse ${(json * 1e6).toFixed(0)} ns, parse ${(ours * 1e6).toFixed(0)} ns, ratio ${(ours / json).toFixed(2)}x`);
}
