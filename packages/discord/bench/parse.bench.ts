// Parse benchmarks for @errata/discord, run with `pnpm bench` (plain Node 24, types stripped).
//   1. a 50035 body with nested field errors (the official docs' example), from text: our parse vs JSON.parse + discord.js's
//      DiscordAPIError (which flattens the same tree into its message); target: at least 3x faster.
//   2. a typical small 4xx body, from text: our parse vs bare JSON.parse; target: at most 1.25x.
// Both sides start from the same string, as a client has it after reading the response.
import { DiscordAPIError } from '@discordjs/rest';
import { Bench } from 'tinybench';
import { discord } from '../src/index.ts';

// The official docs' "Array Error" example, verbatim: the measured case.
const nested = `{"code":50035,"errors":{"activities":{"0":{"platform":{"_errors":[{"code":"BASE_TYPE_CHOICES","message":"Value must be one of ('desktop', 'android', 'ios')."}]},"type":{"_errors":[{"code":"BASE_TYPE_CHOICES","message":"Value must be one of (0, 1, 2, 3, 4, 5)."}]}}}},"message":"Invalid Form Body"}`;
// A larger body with seven issues (informational: JSON.parse, common to both sides, dominates it).
const large = JSON.stringify({
  code: 50035,
  message: 'Invalid Form Body',
  errors: {
    _errors: [{ code: 'APPLICATION_COMMAND_TOO_LARGE', message: 'Command exceeds maximum size (8000)' }],
    username: { _errors: [{ code: 'BASE_TYPE_BAD_LENGTH', message: 'Must be between 2 and 32 in length.' }] },
    activities: {
      0: {
        platform: { _errors: [{ code: 'BASE_TYPE_CHOICES', message: "Value must be one of ('desktop', 'android', 'ios')." }] },
        type: { _errors: [{ code: 'BASE_TYPE_CHOICES', message: 'Value must be one of (0, 1, 2, 3, 4, 5).' }] },
      },
    },
    embeds: {
      0: {
        title: { _errors: [{ code: 'BASE_TYPE_MAX_LENGTH', message: 'Must be 256 or fewer in length.' }] },
        fields: { 1: { value: { _errors: [{ code: 'BASE_TYPE_REQUIRED', message: 'This field is required' }] } } },
      },
    },
    form_fields: { label: { _errors: [{ _errors: [{ code: 'BASE_TYPE_REQUIRED', message: 'This field is required' }] }] } },
  },
});
const small = '{"message": "Missing Permissions", "code": 50013}';
const headers = { 'content-type': 'application/json', 'x-ratelimit-limit': '5', 'x-ratelimit-remaining': '4', 'x-ratelimit-bucket': 'abcd1234' };
const url = 'https://discord.com/api/v10/channels/1/messages';
const requestBody = { body: undefined, files: undefined };

let sink: unknown;
const bench = new Bench({ time: 1000, warmup: true });
bench
  .add('50035 nested: @errata/discord parse', () => {
    sink = discord.parse({ status: 400, headers, body: nested });
  })
  .add('50035 nested: JSON.parse + new DiscordAPIError', () => {
    const raw = JSON.parse(nested) as { code: number; message: string };
    sink = new DiscordAPIError(raw, raw.code, 400, 'POST', url, requestBody);
  })
  .add('50035 large: @errata/discord parse', () => {
    sink = discord.parse({ status: 400, headers, body: large });
  })
  .add('50035 large: JSON.parse + new DiscordAPIError', () => {
    const raw = JSON.parse(large) as { code: number; message: string };
    sink = new DiscordAPIError(raw, raw.code, 400, 'POST', url, requestBody);
  })
  .add('small 4xx: @errata/discord parse', () => {
    sink = discord.parse({ status: 403, headers, body: small });
  })
  .add('small 4xx: JSON.parse alone', () => {
    sink = JSON.parse(small);
  });

await bench.run();
console.table(bench.table());

function statsOf(name: string): { mean: number; median: number } {
  const result = bench.getTask(name)?.result;
  if (result === undefined || !('latency' in result)) throw new Error(`no result for ${name}`);
  return { mean: result.latency.mean, median: result.latency.p50 };
}

function report(label: string, slow: string, fast: string, target: string, ok: (ratio: number) => boolean): void {
  const a = statsOf(slow);
  const b = statsOf(fast);
  const byMedian = a.median / b.median;
  const byMean = a.mean / b.mean;
  console.log(`${label}: ${byMedian.toFixed(2)}x by median, ${byMean.toFixed(2)}x by mean (target ${target}) ${ok(byMedian) ? 'ok' : 'MISSED'}`);
}

report('50035 nested, JSON.parse + DiscordAPIError / @errata/discord', '50035 nested: JSON.parse + new DiscordAPIError', '50035 nested: @errata/discord parse', '>= 3x', (ratio) => ratio >= 3);
report('50035 large (info), JSON.parse + DiscordAPIError / @errata/discord', '50035 large: JSON.parse + new DiscordAPIError', '50035 large: @errata/discord parse', '>= 3x', (ratio) => ratio >= 3);
report('small 4xx, @errata/discord / bare JSON.parse', 'small 4xx: @errata/discord parse', 'small 4xx: JSON.parse alone', '<= 1.25x', (ratio) => ratio <= 1.25);
if (sink === null) console.log('');
